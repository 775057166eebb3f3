// End-to-end tests of the claimgraph executable on examples/.
#include <sys/wait.h>

#include <catch2/catch.hpp>

#include "tests/harness.h"
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace claimgraph::testing;

namespace {

const std::string kShared = std::string(CLAIMGRAPH_SOURCE_DIR) + "/../shared";

}  // namespace

TEST_CASE("ingest then export: the examples give one Putin and a well-formed graph", "[cli][e2e]") {
  TempDir dir;
  const std::string db = dir / "k.db";
  REQUIRE(Claimgraph("ingest --quiet --db '" + db + "' '" + kExamples + "'").code == 0);
  Run json = Claimgraph("export --format json --db '" + db + "'");
  REQUIRE(json.code == 0);
  auto g = nlohmann::json::parse(json.out);
  std::set<std::string> ids, types, edge_types;
  int putins = 0;
  for (const auto& n : g["nodes"]) {
    ids.insert(n["id"].get<std::string>());
    types.insert(n["type"].get<std::string>());
    std::string names = n["label"].get<std::string>();
    for (const auto& a : n["aliases"]) names += " " + a.get<std::string>();
    if (n["type"] == "person" && names.find("Putin") != std::string::npos) ++putins;
  }
  CHECK(putins == 1);
  CHECK(types == std::set<std::string>{"claim", "organisation", "person", "place"});
  for (const auto& e : g["edges"]) {
    edge_types.insert(e["type"].get<std::string>());
    CHECK(ids.count(e["source"].get<std::string>()));
    CHECK(ids.count(e["target"].get<std::string>()));
    if (e["type"] == "said" || e["type"] == "denied") {
      REQUIRE_FALSE(e["evidence"].empty());
      for (const auto& ev : e["evidence"]) CHECK_FALSE(ev["sentence"].get<std::string>().empty());
    }
  }
  CHECK(edge_types.count("said"));
  CHECK(edge_types.count("about"));
  // One claim that Ukrainian troops are surrounded: said by Trump and Putin,
  // denied by Ukraine's General Staff, across outlets.
  std::map<std::string, std::string> label;
  for (const auto& n : g["nodes"]) label[n["id"].get<std::string>()] = n["label"].get<std::string>();
  bool found = false;
  for (const auto& n : g["nodes"]) {
    if (n["type"] != "claim" || !n["disputed"].get<bool>()) continue;
    std::set<std::string> said, denied;
    for (const auto& e : g["edges"]) {
      if (e["target"] != n["id"]) continue;
      if (e["type"] == "said") said.insert(label[e["source"].get<std::string>()]);
      if (e["type"] == "denied") denied.insert(label[e["source"].get<std::string>()]);
    }
    if (said.count("Donald Trump") && said.count("Vladimir Putin") &&
        denied.count("General Staff of the Armed Forces of Ukraine") && n["articles"].size() >= 2)
      found = true;
  }
  CHECK(found);
}

TEST_CASE("export writes DOT, SVG, PNG, PDF and GraphML", "[cli][e2e]") {
  TempDir dir;
  const std::string db = dir / "k.db";
  REQUIRE(Claimgraph("ingest --quiet --db '" + db + "' '" + kExamples + "'").code == 0);
  REQUIRE(Claimgraph("export --db '" + db + "' --format svg -o '" + dir / "g.svg" + "' --size 16:9").code == 0);
  std::string svg = Slurp(dir / "g.svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Putin") != std::string::npos);
  if (fs::exists("/usr/bin/xmllint")) CHECK(std::system(("xmllint --noout '" + dir / "g.svg" + "'").c_str()) == 0);
  Run dot = Claimgraph("export --db '" + db + "' --format dot");
  REQUIRE(dot.code == 0);
  CHECK(dot.out.rfind("digraph", 0) == 0);
  REQUIRE(Claimgraph("export --db '" + db + "' --format png -o '" + dir / "g.png" + "'").code == 0);
  CHECK(Slurp(dir / "g.png").substr(0, 4) == "\x89PNG");
  REQUIRE(Claimgraph("export --db '" + db + "' --format pdf -o '" + dir / "g.pdf" + "'").code == 0);
  CHECK(Slurp(dir / "g.pdf").substr(0, 4) == "%PDF");
  Run graphml = Claimgraph("export --db '" + db + "' --format graphml");
  REQUIRE(graphml.code == 0);
  CHECK(graphml.out.find("<graphml") != std::string::npos);
}

TEST_CASE("stats reports counts / a second ingest of the same folder changes nothing", "[cli][e2e]") {
  TempDir dir;
  const std::string db = dir / "k.db";
  REQUIRE(Claimgraph("ingest --quiet --db '" + db + "' '" + kExamples + "'").code == 0);
  Run first = Claimgraph("stats --format json --db '" + db + "'");
  REQUIRE(first.code == 0);
  auto s1 = nlohmann::json::parse(first.out);
  CHECK(s1["articles"] == 5);
  CHECK(s1["entities"].get<int>() > 10);
  CHECK(s1["claims"].get<int>() > 10);
  CHECK(s1["edges"].get<int>() > 20);
  std::string json1 = Claimgraph("export --format json --db '" + db + "'").out;
  REQUIRE(Claimgraph("ingest --quiet --db '" + db + "' '" + kExamples + "'").code == 0);
  CHECK(nlohmann::json::parse(Claimgraph("stats --format json --db '" + db + "'").out) == s1);
  CHECK(Claimgraph("export --format json --db '" + db + "'").out == json1);
}

TEST_CASE("the same facts give the same JSON and DOT whatever the ingest order", "[cli][e2e]") {
  TempDir dir;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(kExamples))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::string forward, backward;
  for (const auto& f : files) forward += " '" + f + "'";
  for (auto it = files.rbegin(); it != files.rend(); ++it) {
    // one ingest per file, newest first
    REQUIRE(Claimgraph("ingest --quiet --db '" + dir / "b.db" + "' '" + *it + "'").code == 0);
  }
  REQUIRE(Claimgraph("ingest --quiet --db '" + dir / "a.db" + "'" + forward).code == 0);
  for (const char* format : {"json", "dot"}) {
    std::string a = Claimgraph(std::string("export --format ") + format + " --db '" + dir / "a.db" + "'").out;
    std::string b = Claimgraph(std::string("export --format ") + format + " --db '" + dir / "b.db" + "'").out;
    CHECK_FALSE(a.empty());
    CHECK(a == b);
  }
}

TEST_CASE("bad inputs are named and skipped (exit 1) / good ones are stored", "[cli][e2e]") {
  TempDir dir;
  fs::create_directories(dir / "in");
  fs::copy_file(kExamples + "/000_26f500a311b56174.txt", dir / "in/good.txt");
  { std::ofstream(dir / "in/empty.txt"); }
  { std::ofstream(dir / "in/binary.txt", std::ios::binary) << std::string("\x7f" "ELF\0\0\0", 7); }
  { std::ofstream(dir / "in/latin1.txt", std::ios::binary) << "Caf\xe9 owner Jean Dupont said \x93hello\x94 in Paris."; }
  const std::string db = dir / "b.db";
  std::string cmd = std::string("'") + CLAIMGRAPH_BINARY + "' ingest --db '" + db + "' '" + dir / "in" + "' '" +
                    dir / "missing.txt" + "' 2>'" + dir / "err.txt" + "'";
  int status = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(status) == 1);
  std::string err = Slurp(dir / "err.txt");
  CHECK(err.find("empty.txt: file is empty") != std::string::npos);
  CHECK(err.find("binary.txt: file is binary") != std::string::npos);
  CHECK(err.find("missing.txt: no such file") != std::string::npos);
  CHECK(err.find("latin1.txt: not valid UTF-8") != std::string::npos);
  auto stats = nlohmann::json::parse(Claimgraph("stats --format json --db '" + db + "'").out);
  CHECK(stats["articles"] == 2);  // good.txt and latin1.txt
}

TEST_CASE("usage errors exit 2 and help teaches", "[cli]") {
  CHECK(Claimgraph("").code == 2);
  CHECK(Claimgraph("frobnicate").code == 2);
  CHECK(Claimgraph("ingest").code == 2);
  CHECK(Claimgraph("export --format nope --db x.db").code == 2);
  CHECK(Claimgraph("stats --bogus").code == 2);
  Run help = Claimgraph("ingest --help");
  CHECK(help.code == 0);
  CHECK(help.out.find("usage: claimgraph ingest") != std::string::npos);
  CHECK(Claimgraph("--help").out.find("export") != std::string::npos);
  CHECK(Claimgraph("stats --db '/nonexistent/x.db'").code == 3);
}

namespace {

// Runs `claimgraph eval --stated-only` and checks each measure's F1 against
// its floor; skips (with a warning) when the gold or the corpus is not there
// (../shared is test data beside the repository). Links are scored against
// the pairs the text states (docs/evaluation.md), the reading of the
// reference gold; entities and statements are not affected by the option.
void CheckEvalFloors(const std::string& gold, const std::string& corpus,
                     std::initializer_list<std::pair<const char*, double>> floors) {
  if (!fs::exists(gold) || !fs::exists(corpus)) {
    WARN(gold + " or " + corpus + " not present: skipped");
    return;
  }
  Run r = Claimgraph("eval --stated-only --format json --gold '" + gold + "' --corpus '" + corpus + "'");
  REQUIRE(r.code == 0);
  const nlohmann::json total = nlohmann::json::parse(r.out)["total"];
  for (const auto& [measure, floor] : floors) {
    INFO(measure);
    CHECK(total[measure]["f1"].get<double>() >= floor);
  }
}

const std::string kGold = std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/gold/";

}  // namespace

// Floors just under the figures measured when these tests were last changed
// (docs/evaluation.md): a regression below them fails. Raise them as
// extraction improves. The link floors rose when they moved to
// --stated-only scoring (implied pairs no longer count as misses), not only
// because extraction got better; `claimgraph eval` without the option still
// reports every pair, and docs/evaluation.md gives both.
TEST_CASE("eval on the Kursk dev gold stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kShared + "/gold/dev", kExamples,
                  {{"entities", 0.95}, {"attribution", 0.85}, {"attribution_relation", 0.85},
                   {"located_in", 0.99}, {"met_with", 0.99}});
}

TEST_CASE("eval on the BBC development gold stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev", kShared + "/corpus/bbc",
                  {{"entities", 0.86}, {"attribution", 0.75}, {"located_in", 0.90}, {"met_with", 0.92}});
}

TEST_CASE("eval on the second BBC development gold (places, meetings) stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev2", kShared + "/corpus/bbc",
                  {{"entities", 0.77}, {"attribution", 0.70}, {"located_in", 0.88}, {"met_with", 0.99}});
}

TEST_CASE("eval on the third BBC development gold (places, meetings) stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev3", kShared + "/corpus/bbc",
                  {{"entities", 0.77}, {"attribution", 0.60}, {"located_in", 0.85}, {"met_with", 0.95}});
}

TEST_CASE("eval on the fourth BBC development gold (chosen by seeded shuffle) stays above the floor",
          "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev4", kShared + "/corpus/bbc",
                  {{"entities", 0.80}, {"attribution", 0.81}, {"located_in", 0.74}, {"met_with", 0.95}});
}

TEST_CASE("eval on the fifth BBC development gold (strict links) stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev5", kShared + "/corpus/bbc",
                  {{"entities", 0.73}, {"attribution", 0.71}, {"located_in", 0.86}, {"met_with", 0.77}});
}

TEST_CASE("eval on the sixth BBC development gold (strict links) stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev6", kShared + "/corpus/bbc",
                  {{"entities", 0.77}, {"attribution", 0.65}, {"located_in", 0.70}, {"met_with", 0.87}});
}

TEST_CASE("eval on the seventh BBC development gold (meetings) stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev7", kShared + "/corpus/bbc",
                  {{"entities", 0.79}, {"attribution", 0.81}, {"met_with", 0.85}});
}

TEST_CASE("eval on the eighth BBC development gold (meetings, unnamed groups) stays above the floor",
          "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev8", kShared + "/corpus/bbc",
                  {{"entities", 0.76}, {"attribution", 0.72}, {"met_with", 0.85}});
}

TEST_CASE("eval on the ninth BBC development gold (meetings, unnamed groups) stays above the floor",
          "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev9", kShared + "/corpus/bbc",
                  {{"entities", 0.77}, {"attribution", 0.73}, {"met_with", 0.49}});
}

TEST_CASE("eval on the tenth BBC development gold (meetings) stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev10", kShared + "/corpus/bbc",
                  {{"entities", 0.73}, {"attribution", 0.79}, {"met_with", 0.74}});
}

// Its one met_with pair is too few for a floor.
TEST_CASE("eval on the eleventh BBC development gold stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-dev11", kShared + "/corpus/bbc", {{"entities", 0.77}, {"attribution", 0.73}});
}

// The written articles (tests/gold/synth1/README.md); their corpus is in the repository.
TEST_CASE("eval on the written-articles development gold stays above the floor", "[cli][eval]") {
  CheckEvalFloors(kGold + "synth1", kGold + "synth1/articles",
                  {{"entities", 0.74}, {"attribution", 0.64}, {"located_in", 0.70}, {"met_with", 0.61}});
}

// Regression guards on held-out sets, not targets.
TEST_CASE("eval on the held-out written articles stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kGold + "synth1-heldout", kGold + "synth1/articles",
                  {{"entities", 0.70}, {"attribution", 0.72}, {"met_with", 0.40}});
}

TEST_CASE("eval on the held-out BBC gold stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc", kShared + "/corpus/bbc",
                  {{"entities", 0.80}, {"attribution", 0.75}, {"attribution_relation", 0.75}, {"located_in", 0.55}});
}

TEST_CASE("eval on the second held-out BBC gold stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-heldout2", kShared + "/corpus/bbc",
                  {{"entities", 0.74}, {"attribution", 0.78}, {"located_in", 0.88}, {"met_with", 0.65}});
}

TEST_CASE("eval on the third held-out BBC gold (strict links) stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-heldout3", kShared + "/corpus/bbc",
                  {{"entities", 0.73}, {"attribution", 0.69}, {"located_in", 0.50}, {"met_with", 0.27}});
}

// Its two met_with pairs are too few for a floor; entities, statements and places have one.
TEST_CASE("eval on the fourth held-out BBC gold (strict links) stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-heldout4", kShared + "/corpus/bbc",
                  {{"entities", 0.76}, {"attribution", 0.71}, {"located_in", 0.70}});
}

TEST_CASE("eval on the fifth held-out BBC gold (meetings) stays above the floor reached", "[cli][eval]") {
  CheckEvalFloors(kGold + "bbc-heldout5", kShared + "/corpus/bbc",
                  {{"entities", 0.65}, {"attribution", 0.67}, {"met_with", 0.50}});
}
