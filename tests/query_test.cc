// `claimgraph query` and the export filters, end to end on examples/, plus
// the filter functions (cli/export_filter.h) on small hand-made graphs.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/harness.h"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "cli/export_filter.h"

namespace fs = std::filesystem;
using namespace claimgraph::testing;
using nlohmann::json;
using namespace claimgraph;

namespace {

// A database of the five example articles.
struct ExampleDb {
  TempDir dir;
  std::string db = dir / "k.db";
  ExampleDb() { REQUIRE(Claimgraph("ingest --quiet --db '" + db + "' '" + kExamples + "'").code == 0); }
  Run Query(const std::string& args, bool with_stderr = false) const {
    return Claimgraph("query --db '" + db + "' " + args, with_stderr);
  }
  json QueryJson(const std::string& args) const {
    Run r = Query(args + " --format json");
    REQUIRE(r.code == 0);
    json j = json::parse(r.out);
    REQUIRE(j.is_array());
    return j;
  }
};

Node MakeNode(std::string id, NodeType type, std::string label) {
  Node n;
  n.id = std::move(id);
  n.type = type;
  n.label = std::move(label);
  return n;
}

// Words as GraphIndex::FindByName splits them: runs of ASCII letters and
// digits and of non-ASCII bytes, lowered.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> words;
  std::string word;
  for (unsigned char c : s + " ") {
    if (std::isalnum(c) || c >= 0x80) word += static_cast<char>(std::tolower(c));
    else if (!word.empty()) { words.push_back(word); word.clear(); }
  }
  return words;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_CASE("query statements: by speaker (any case, through aliases), relation and subject", "[query][e2e]") {
  ExampleDb ex;
  json putin = ex.QueryJson("statements --speaker Putin");
  REQUIRE(putin.size() >= 2);
  for (const auto& row : putin) {
    CHECK(row["speaker"] == "Vladimir Putin");
    CHECK((row["relation"] == "said" || row["relation"] == "denied"));
    CHECK_FALSE(row["claim"].get<std::string>().empty());
    CHECK_FALSE(row["sentence"].get<std::string>().empty());
    CHECK(row["article"].get<std::string>().find("examples/") != std::string::npos);
    CHECK(row["about"].is_array());
  }
  CHECK(ex.QueryJson("statements --speaker 'vladimir PUTIN'") == putin);

  json all = ex.QueryJson("statements");
  json denied = ex.QueryJson("statements --relation denied");
  CHECK(all.size() > putin.size());
  REQUIRE_FALSE(denied.empty());
  CHECK(denied.size() < all.size());
  for (const auto& row : denied) CHECK(row["relation"] == "denied");

  // --about keeps the statements whose claim is about that entity.
  json about_kursk = ex.QueryJson("statements --about 'Kursk Oblast'");
  REQUIRE_FALSE(about_kursk.empty());
  for (const auto& row : about_kursk) {
    auto subjects = row["about"].get<std::vector<std::string>>();
    CHECK(std::find(subjects.begin(), subjects.end(), "Kursk Oblast") != subjects.end());
  }

  // CSV: a header line and one line per JSON row (no field here spans lines).
  Run csv = ex.Query("statements --speaker Putin --format csv");
  REQUIRE(csv.code == 0);
  CHECK(csv.out.rfind("speaker,speaker_id,relation,claim,claim_id,about,article,sentence,direct,confidence\r\n", 0) == 0);
  Run table = ex.Query("statements --speaker Putin");
  REQUIRE(table.code == 0);
  CHECK(table.out.find("(" + std::to_string(putin.size()) + " rows)") != std::string::npos);
}

TEST_CASE("query disputed lists each side / entities counts / unknown and ambiguous names exit 2", "[query][e2e]") {
  ExampleDb ex;
  json disputed = ex.QueryJson("disputed");
  REQUIRE_FALSE(disputed.empty());
  for (const auto& row : disputed) {
    CHECK_FALSE(row["said_by"].empty());
    CHECK_FALSE(row["denied_by"].empty());
    CHECK_FALSE(row["claim"].get<std::string>().empty());
  }

  json people = ex.QueryJson("entities --type person");
  REQUIRE_FALSE(people.empty());
  for (const auto& row : people) CHECK(row["type"] == "person");
  CHECK(people[0]["statements"].get<int>() >= people.back()["statements"].get<int>());  // most quoted first
  auto putin = std::find_if(people.begin(), people.end(), [](const json& r) { return r["name"] == "Vladimir Putin"; });
  REQUIRE(putin != people.end());
  CHECK((*putin)["statements"].get<int>() >= 2);
  CHECK((*putin)["articles"].get<int>() >= 3);
  CHECK((*putin)["mentions"].get<int>() >= (*putin)["statements"].get<int>());
  json places = ex.QueryJson("entities --type place");
  REQUIRE_FALSE(places.empty());
  CHECK(places.size() + people.size() < ex.QueryJson("entities").size() + 1);

  Run unknown = ex.Query("statements --speaker 'Nobody Atall'", true);
  CHECK(unknown.code == 2);
  CHECK(unknown.out.find("Nobody Atall") != std::string::npos);

  // An ambiguous name: a word that is no entity's whole name or alias but
  // part of several (e.g. "armed" in "Armed Forces of Russia/Ukraine").
  json entities = ex.QueryJson("entities");
  std::map<std::string, std::set<std::string>> ids_by_word;
  std::set<std::string> whole_names;
  for (const auto& row : entities) {
    std::vector<std::string> names{row["name"].get<std::string>()};
    for (const auto& a : row["aliases"]) names.push_back(a.get<std::string>());
    for (const auto& name : names) {
      whole_names.insert(Lower(name));
      for (const auto& w : Words(name)) ids_by_word[w].insert(row["id"].get<std::string>());
    }
  }
  std::string word;
  for (const auto& [w, ids] : ids_by_word)
    if (ids.size() >= 2 && !whole_names.count(w)) { word = w; break; }
  REQUIRE_FALSE(word.empty());
  Run ambiguous = ex.Query("neighbours '" + word + "'", true);
  INFO("name: " << word << "\n" << ambiguous.out);
  CHECK(ambiguous.code == 2);
  CHECK(ambiguous.out.find("ambiguous") != std::string::npos);
  for (const auto& id : ids_by_word[word]) CHECK(ambiguous.out.find(id) != std::string::npos);
}

TEST_CASE("query neighbours and path walk the graph / sql cannot write", "[query][e2e]") {
  ExampleDb ex;
  json one = ex.QueryJson("neighbours Putin");
  json two = ex.QueryJson("neighbours Putin --depth 2");
  REQUIRE_FALSE(one.empty());
  for (const auto& row : one) CHECK(row["distance"] == 1);
  CHECK(two.size() > one.size());

  json path = ex.QueryJson("path Putin Trump");
  REQUIRE(path.size() >= 2);
  CHECK(path.front()["name"] == "Vladimir Putin");
  CHECK(path.back()["name"].get<std::string>().find("Trump") != std::string::npos);
  for (size_t i = 1; i < path.size(); ++i) CHECK_FALSE(path[i]["relation"].get<std::string>().empty());

  json counted = ex.QueryJson("sql 'SELECT count(*) AS n FROM entities'");
  REQUIRE(counted.size() == 1);
  CHECK(std::stoi(counted[0]["n"].get<std::string>()) > 10);
  CHECK(ex.Query("sql 'DELETE FROM entities'").code == 2);
  CHECK(ex.Query("sql 'DROP TABLE edges'").code == 2);
  CHECK(ex.QueryJson("sql 'SELECT count(*) AS n FROM entities'") == counted);

  CHECK(ex.Query("frobnicate").code == 2);
  CHECK(ex.Query("disputed --depth 2").code == 2);  // an option of another subcommand
  CHECK(ex.Query("statements --format xml").code == 2);
}

TEST_CASE("export --focus, --only and --article narrow the graph / DOT stays stable", "[query][export][e2e]") {
  ExampleDb ex;
  auto export_json = [&](const std::string& options) {
    Run r = Claimgraph("export --db '" + ex.db + "' --format json " + options);
    REQUIRE(r.code == 0);
    return json::parse(r.out);
  };
  json whole = export_json("");
  json focus = export_json("--focus 'Vladimir Putin' --depth 1");
  CHECK(focus["nodes"].size() > 1);
  CHECK(focus["nodes"].size() < whole["nodes"].size());
  CHECK(export_json("--focus putin --depth 2")["nodes"].size() > focus["nodes"].size());

  json only = export_json("--only said,denied");
  REQUIRE_FALSE(only["edges"].empty());
  for (const auto& e : only["edges"]) CHECK((e["type"] == "said" || e["type"] == "denied"));

  std::string article;
  for (const auto& e : fs::directory_iterator(kExamples)) article = std::max(article, e.path().filename().string());
  json one = export_json("--article '" + article + "'");
  REQUIRE_FALSE(one["nodes"].empty());
  CHECK(one["nodes"].size() < whole["nodes"].size());
  for (const auto& e : one["edges"])
    for (const auto& ev : e["evidence"]) CHECK(ev["article"].get<std::string>().find(article) != std::string::npos);

  CHECK(Claimgraph("export --db '" + ex.db + "' --format json --only said,shouted").code == 2);
  CHECK(Claimgraph("export --db '" + ex.db + "' --format json --focus 'Nobody Atall'").code == 2);
  CHECK(Claimgraph("export --db '" + ex.db + "' --format json --article nosuch.txt").code == 2);

  // Focused DOT does not depend on ingest order.
  TempDir dir;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(kExamples)) files.push_back(e.path().string());
  std::sort(files.rbegin(), files.rend());
  for (const auto& f : files) REQUIRE(Claimgraph("ingest --quiet --db '" + dir / "r.db" + "' '" + f + "'").code == 0);
  const std::string options = " --format dot --focus Putin --depth 2 --cluster type";
  Run a = Claimgraph("export --db '" + ex.db + "'" + options);
  Run b = Claimgraph("export --db '" + dir / "r.db" + "'" + options);
  REQUIRE(a.code == 0);
  CHECK(a.out == b.out);
  CHECK(a.out.find("Putin") != std::string::npos);
}

TEST_CASE("KeepTopRanked cuts a large graph to its hub and says so", "[query][export]") {
  // A star of 200 leaves around "hub", plus one isolated node.
  KnowledgeGraph g;
  g.nodes.push_back(MakeNode("hub", NodeType::kPerson, "Hub"));
  for (int i = 0; i < 200; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "leaf%03d", i);
    g.nodes.push_back(MakeNode(id, NodeType::kClaim, id));
    Edge e;
    e.source = "hub";
    e.target = id;
    g.edges.push_back(e);
  }
  g.nodes.push_back(MakeNode("zz_alone", NodeType::kPlace, "Alone"));
  std::sort(g.nodes.begin(), g.nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });

  std::string caption;
  KnowledgeGraph cut = cli::KeepTopRanked(g, cli::kDiagramNodeLimit, "use --all to show everything", &caption);
  CHECK(cut.nodes.size() == cli::kDiagramNodeLimit);
  CHECK(cut.edges.size() == cli::kDiagramNodeLimit - 1);  // every kept leaf keeps its edge to the hub
  CHECK(std::any_of(cut.nodes.begin(), cut.nodes.end(), [](const Node& n) { return n.id == "hub"; }));
  CHECK_FALSE(std::any_of(cut.nodes.begin(), cut.nodes.end(), [](const Node& n) { return n.id == "zz_alone"; }));
  CHECK(caption.find("150") != std::string::npos);
  CHECK(caption.find("202") != std::string::npos);
  CHECK(caption.find("--all") != std::string::npos);

  std::string untouched = "keep";
  CHECK(cli::KeepTopRanked(cut, cli::kDiagramNodeLimit, "use --all", &untouched).nodes.size() == cut.nodes.size());
  CHECK(untouched == "keep");
}

TEST_CASE("FilterGraph: --only drops unlinked nodes, --focus resolves names, page sizes parse", "[query][export]") {
  KnowledgeGraph g;
  g.nodes = {MakeNode("a", NodeType::kPerson, "Vladimir Putin"), MakeNode("b", NodeType::kClaim, "a claim"),
             MakeNode("c", NodeType::kPlace, "Kursk"), MakeNode("d", NodeType::kPlace, "Russia")};
  Edge said;
  said.source = "a";
  said.target = "b";
  Edge about = said;
  about.source = "b";
  about.target = "c";
  about.type = Relation::kAbout;
  Edge inside = said;
  inside.source = "c";
  inside.target = "d";
  inside.type = Relation::kLocatedIn;
  inside.inferred = true;
  g.edges = {said, about, inside};

  cli::GraphFilter only;
  only.only = {Relation::kSaid};
  auto said_only = cli::FilterGraph(g, only);
  REQUIRE(said_only.ok());
  CHECK(said_only->nodes.size() == 2);
  CHECK(said_only->edges.size() == 1);

  cli::GraphFilter no_inferred;
  no_inferred.include_inferred = false;
  auto direct = cli::FilterGraph(g, no_inferred);
  REQUIRE(direct.ok());
  CHECK(direct->nodes.size() == 4);  // nodes stay
  CHECK(direct->edges.size() == 2);

  cli::GraphFilter focus;
  focus.focus = "putin";
  focus.depth = 2;
  auto around = cli::FilterGraph(g, focus);
  REQUIRE(around.ok());
  CHECK(around->nodes.size() == 3);
  focus.focus = "nobody";
  CHECK(cli::FilterGraph(g, focus).status().code() == Status::Code::kNotFound);

  auto relations = cli::ParseRelationList("said,denied,said");
  REQUIRE(relations.ok());
  CHECK(relations->size() == 2);
  CHECK_FALSE(cli::ParseRelationList("said,shouted").ok());
  CHECK_FALSE(cli::ParseRelationList(",").ok());

  double w = 0, h = 0;
  CHECK(cli::ParsePageSize("16:9", &w, &h));
  CHECK(w / h == Approx(16.0 / 9.0).epsilon(0.001));
  CHECK(cli::ParsePageSize("12x8", &w, &h));
  CHECK(w == 12);
  CHECK_FALSE(cli::ParsePageSize("x8", &w, &h));
  CHECK_FALSE(cli::ParsePageSize("12x0", &w, &h));
}
