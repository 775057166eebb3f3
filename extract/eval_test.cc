#include "extract/eval.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimgraph::eval {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldDir = fs::path(CLAIMGRAPH_SOURCE_DIR) / ".." / "shared" / "gold" / "dev";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> GoldFiles() {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(kGoldDir, ec)) return out;
  for (const auto& e : fs::directory_iterator(kGoldDir, ec))
    if (e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Builds a predicted graph by hand.
struct Builder {
  KnowledgeGraph g;
  int next = 0;

  std::string Node(NodeType type, const std::string& label,
                   std::vector<std::string> aliases = {}) {
    char id[16];
    std::snprintf(id, sizeof id, "n%04d", next++);
    claimgraph::Node n;
    n.id = id;
    n.type = type;
    n.label = label;
    n.aliases = std::move(aliases);
    n.articles = {"a.txt"};
    g.nodes.push_back(n);
    return n.id;
  }

  void Edge(const std::string& s, const std::string& t, Relation r, bool inferred = false,
            int evidence = 1) {
    claimgraph::Edge e;
    e.source = s;
    e.target = t;
    e.type = r;
    e.inferred = inferred;
    for (int i = 0; i < (inferred ? 0 : evidence); ++i) {
      Evidence ev;
      ev.article = "a.txt";
      ev.start = i * 10;
      ev.end = i * 10 + 5;
      e.evidence.push_back(ev);
    }
    g.edges.push_back(e);
  }
  // A said/denied statement: a fresh claim node plus the edge.
  void Say(const std::string& speaker, const std::string& text, Relation r = Relation::kSaid,
           int evidence = 1) {
    const std::string c = Node(NodeType::kClaim, text);
    Edge(speaker, c, r, false, evidence);
  }
};

// A graph that states exactly what the gold says.
KnowledgeGraph PerfectGraph(const GoldArticle& gold) {
  Builder b;
  std::map<std::string, std::string> id_of;
  for (const auto& e : gold.entities) id_of[e.name] = b.Node(e.type, e.name, e.aliases);
  for (const auto& s : gold.statements) b.Say(id_of[s.speaker], s.text, s.relation);
  for (const auto& p : gold.located_in) b.Edge(id_of[p.a], id_of[p.b], Relation::kLocatedIn);
  for (const auto& p : gold.met_with) b.Edge(id_of[p.a], id_of[p.b], Relation::kMetWith);
  return b.g;
}

GoldArticle SmallGold() {
  auto g = ParseGold(R"({
    "article": "x.txt",
    "entities": [
      {"name": "Vladimir Putin", "type": "person", "aliases": ["Putin", "the Russian president"]},
      {"name": "Donald Trump", "type": "person", "aliases": ["Trump"]},
      {"name": "Kursk Oblast", "type": "place", "aliases": ["Kursk region"]},
      {"name": "Russia", "type": "place", "aliases": []},
      {"name": "Sudzha", "type": "place"},
      {"name": "Armed Forces of Ukraine", "type": "organisation", "aliases": ["Ukrainian troops"]}
    ],
    "statements": [
      {"speaker": "Vladimir Putin", "relation": "said", "direct": true,
       "text": "If they surrender, they will be guaranteed their due treatment", "about": []},
      {"speaker": "Armed Forces of Ukraine", "relation": "denied", "direct": false,
       "text": "its troops had been encircled in the Kursk region", "about": ["Kursk Oblast"]}
    ],
    "located_in": [{"place": "Kursk Oblast", "in": "Russia"}, {"place": "Sudzha", "in": "Kursk Oblast"}],
    "met_with": [{"a": "Donald Trump", "b": "Vladimir Putin"}]
  })");
  REQUIRE(g.ok());
  return g.value();
}

// tp/fp/fn of `c`, each checked (and named) on its own.
void CheckCounts(const Counts& c, int64_t tp, int64_t fp, int64_t fn) {
  CHECK(c.tp == tp);
  CHECK(c.fp == fp);
  CHECK(c.fn == fn);
}

void RequirePerfect(const Counts& c, size_t expected) {
  CheckCounts(c, static_cast<int64_t>(expected), 0, 0);
  if (expected > 0) {
    CHECK(c.Precision() == Approx(1.0));
    CHECK(c.Recall() == Approx(1.0));
    CHECK(c.F1() == Approx(1.0));
  }
}

// One gold statement, one predicted statement; returns the attribution counts.
Counts ScoreContent(const std::string& gold_text, const std::string& predicted_text) {
  GoldArticle gold;
  gold.article = "c.txt";
  gold.entities.push_back({"Vladimir Putin", NodeType::kPerson, {"Putin"}});
  gold.statements.push_back({"Vladimir Putin", Relation::kSaid, false, gold_text, {}});
  Builder b;
  b.Say(b.Node(NodeType::kPerson, "Putin"), predicted_text);
  return ScoreArticle(gold, b.g).attribution;
}

// ------------------------------------------------------------------ tests

TEST_CASE("ParseGold reads the dev gold files", "[eval][gold]") {
  const auto files = GoldFiles();
  if (files.empty()) {
    WARN("no gold files under " << kGoldDir.string() << "; skipped");
    return;
  }
  for (const auto& f : files) {
    INFO(f.string());
    auto g = ParseGold(ReadFile(f));
    REQUIRE(g.ok());
    CHECK(g->article == f.stem().string() + ".txt");
    CHECK(!g->entities.empty());
    for (const auto& s : g->statements) {
      CHECK(!s.text.empty());
      CHECK((s.relation == Relation::kSaid || s.relation == Relation::kDenied));
    }
  }
  auto first = ParseGold(ReadFile(files.front()));
  REQUIRE(first.ok());
  if (first->article == "000_26f500a311b56174.txt") {
    CHECK(first->entities[0].name == "Vladimir Putin");
    CHECK(first->entities[0].type == NodeType::kPerson);
    CHECK(first->entities[0].aliases.size() == 3);
    REQUIRE(first->located_in.size() == 1);
    CHECK(first->located_in[0].a == "Kursk Oblast");
    CHECK(first->located_in[0].b == "Russia");
    CHECK(first->statements[0].direct);
  }
}

TEST_CASE("ParseGold rejects malformed files with a reason", "[eval][gold]") {
  const char* bad[] = {
      "",
      "{",
      "[1, 2]",
      R"({"entities": []})",                                         // no article
      R"({"article": "a.txt"})",                                     // no entities
      R"({"article": 3, "entities": []})",
      R"({"article": "a.txt", "entities": {}})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "claim"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "animal"}]})",
      R"({"article": "a.txt", "entities": [{"type": "person"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person", "aliases": "Y"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person", "aliases": [1]}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}, {"name": "X", "type": "place"}]})",
      R"({"article": "a.txt", "entities": [], "statement": []})",   // typo'd key
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}],
          "statements": [{"speaker": "Y", "relation": "said", "text": "t"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}],
          "statements": [{"speaker": "X", "relation": "about", "text": "t"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}],
          "statements": [{"speaker": "X", "relation": "said", "text": ""}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}],
          "statements": [{"speaker": "X", "relation": "said", "text": "t", "direct": "yes"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}],
          "statements": [{"speaker": "X", "relation": "said", "text": "t", "about": ["Z"]}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}, {"name": "P", "type": "place"}],
          "located_in": [{"place": "X", "in": "P"}]})",
      R"({"article": "a.txt", "entities": [{"name": "P", "type": "place"}],
          "located_in": [{"a": "P", "b": "P"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}],
          "met_with": [{"a": "X", "b": "Nobody"}]})",
      R"({"article": "a.txt", "entities": [], "met_with": [["X", "Y"]]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}, {"name": "Y", "type": "person"}],
          "met_with": [{"a": "X", "b": "Y", "basis": "guessed"}]})",
      R"({"article": "a.txt", "entities": [{"name": "X", "type": "person"}, {"name": "Y", "type": "person"}],
          "met_with": [{"a": "X", "b": "Y", "basis": true}]})",
  };
  for (const char* text : bad) {
    INFO(text);
    StatusOr<GoldArticle> g = Status::Internal("unset");
    REQUIRE_NOTHROW(g = ParseGold(text));
    REQUIRE(!g.ok());
    CHECK(g.status().code() == Status::Code::kInvalidArgument);
    CHECK(!g.status().message().empty());
  }
  // The minimal valid file, and the US spelling of organisation.
  auto ok = ParseGold(R"({"article": "a.txt", "entities": [{"name": "X", "type": "organization"}]})");
  REQUIRE(ok.ok());
  CHECK(ok->entities[0].type == NodeType::kOrganisation);
  CHECK(ok->statements.empty());
}

TEST_CASE("A prediction built from the gold scores 1.0 everywhere", "[eval][score]") {
  const GoldArticle small = SmallGold();
  const ArticleScore s = ScoreArticle(small, PerfectGraph(small));
  CHECK(s.article == "x.txt");
  RequirePerfect(s.entities, 6);
  RequirePerfect(s.attribution, 2);
  RequirePerfect(s.attribution_relation, 2);
  RequirePerfect(s.located_in, 2);
  RequirePerfect(s.met_with, 1);

  for (const auto& f : GoldFiles()) {
    INFO(f.string());
    auto g = ParseGold(ReadFile(f));
    REQUIRE(g.ok());
    const ArticleScore a = ScoreArticle(*g, PerfectGraph(*g));
    RequirePerfect(a.entities, g->entities.size());
    RequirePerfect(a.attribution, g->statements.size());
    RequirePerfect(a.attribution_relation, g->statements.size());
    RequirePerfect(a.located_in, g->located_in.size());
    RequirePerfect(a.met_with, g->met_with.size());
  }
}

TEST_CASE("Entities need the right type", "[eval][entities]") {
  GoldArticle gold;
  gold.article = "t.txt";
  gold.entities.push_back({"Kursk", NodeType::kPlace, {}});
  Builder b;
  b.Node(NodeType::kOrganisation, "Kursk");
  ArticleScore s = ScoreArticle(gold, b.g);
  CheckCounts(s.entities, 0, 1, 1);

  b.Node(NodeType::kPlace, "Kursk");
  s = ScoreArticle(gold, b.g);
  CheckCounts(s.entities, 1, 1, 0);
}

TEST_CASE("Entities match through aliases and normalised names", "[eval][entities]") {
  GoldArticle gold;
  gold.article = "t.txt";
  gold.entities.push_back({"Vladimir Putin", NodeType::kPerson, {"Putin"}});
  gold.entities.push_back({"Kremlin", NodeType::kOrganisation, {}});
  gold.entities.push_back({"Volodymyr Zelensky", NodeType::kPerson, {"Zelenskyy"}});
  gold.entities.push_back({"Kursk Oblast", NodeType::kPlace, {"Kursk region"}});
  gold.entities.push_back({"O'Brien", NodeType::kPerson, {}});

  Builder b;
  b.Node(NodeType::kPerson, "PUTIN");                                // label = gold alias
  b.Node(NodeType::kOrganisation, "The Kremlin\xE2\x80\x99s");      // "the", curly "'s"
  b.Node(NodeType::kPerson, "President Zelenskyy", {"Zelenskyy,"}); // alias = gold alias
  b.Node(NodeType::kPlace, "  the   kursk\tregion. ");             // whitespace, punctuation
  b.Node(NodeType::kPerson, "O\xE2\x80\x99" "Brien");               // curly apostrophe
  b.Node(NodeType::kPerson, "Vladimir");                             // no name in common
  const ArticleScore s = ScoreArticle(gold, b.g);
  CheckCounts(s.entities, 5, 1, 0);
}

TEST_CASE("Entity matching is one-to-one", "[eval][entities]") {
  GoldArticle gold;
  gold.article = "t.txt";
  gold.entities.push_back({"Donald Trump", NodeType::kPerson, {"Trump"}});

  SECTION("two predicted nodes with the same name: one TP, one FP") {
    Builder b;
    b.Node(NodeType::kPerson, "Trump");
    b.Node(NodeType::kPerson, "Donald Trump");
    const ArticleScore s = ScoreArticle(gold, b.g);
    CheckCounts(s.entities, 1, 1, 0);
  }
  SECTION("one predicted node covering two gold entities: one TP, one FN") {
    gold.entities.push_back({"Melania Trump", NodeType::kPerson, {"Trump"}});
    Builder b;
    b.Node(NodeType::kPerson, "Trump");
    const ArticleScore s = ScoreArticle(gold, b.g);
    CheckCounts(s.entities, 1, 0, 1);
  }
  SECTION("a preferred pair gives way when that matches one more pair") {
    // Node A's best match is Kursk (label == name) but A also carries the
    // alias "Kursk Oblast"; node B can only be Kursk. Greedy alone would give
    // A Kursk and leave B out; the augmenting step matches both.
    GoldArticle g2;
    g2.article = "t.txt";
    g2.entities.push_back({"Kursk", NodeType::kPlace, {}});
    g2.entities.push_back({"Kursk Oblast", NodeType::kPlace, {}});
    Builder b;
    b.Node(NodeType::kPlace, "Kursk", {"Kursk Oblast"});
    b.Node(NodeType::kPlace, "Kursk");
    const ArticleScore s = ScoreArticle(g2, b.g);
    CheckCounts(s.entities, 2, 0, 0);
  }
}

TEST_CASE("Statement content matches at the documented thresholds", "[eval][statements]") {
  SECTION("token F1 of exactly 0.5 matches, 0.4 does not") {
    // 2 of 4 tokens each side: F1 = 0.5.
    CHECK(ScoreContent("troops were retreating quickly", "troops were advancing slowly").tp == 1);
    // 2 of 5 each side: F1 = 0.4; 2 of 5 distinct tokens is under 80%.
    const Counts c =
        ScoreContent("troops were retreating very quickly", "troops were advancing rather slowly");
    CheckCounts(c, 0, 1, 1);
  }
  SECTION("case, punctuation and curly quotes do not matter") {
    CHECK(ScoreContent("We are sympathetic to President Trump's call",
                       "\xE2\x80\x9Cwe are SYMPATHETIC to president Trump\xE2\x80\x99s call,\xE2\x80\x9D")
              .tp == 1);
  }
  const std::string long_gold =
      "Ukrainian troops had been cut off and surrounded inside the conflict zone "
      "according to the latest reports from the Russian defence ministry";  // 22 tokens, 20 distinct
  SECTION("containment: 80% of a shorter side with at least 3 tokens") {
    // 5 tokens, 4 of them in the gold: 80%, although F1 = 8/27.
    CHECK(ScoreContent(long_gold, "troops had been surrounded yesterday").tp == 1);
    // 3 tokens, all in the gold.
    CHECK(ScoreContent(long_gold, "cut off troops").tp == 1);
    // Either side may be the shorter one.
    CHECK(ScoreContent("cut off troops", long_gold).tp == 1);
  }
  SECTION("containment below 80% or with fewer than 3 tokens does not match") {
    // 5 tokens, 3 in the gold: 60%.
    CHECK(ScoreContent(long_gold, "troops had been driven north").tp == 0);
    // 2 tokens, both in the gold, F1 = 4/24.
    CHECK(ScoreContent(long_gold, "troops surrounded").tp == 0);
  }
  SECTION("the speaker must be right") {
    GoldArticle gold;
    gold.article = "c.txt";
    gold.entities.push_back({"Vladimir Putin", NodeType::kPerson, {}});
    gold.entities.push_back({"Donald Trump", NodeType::kPerson, {}});
    gold.statements.push_back({"Vladimir Putin", Relation::kSaid, true, "the war must end", {}});
    Builder b;
    b.Say(b.Node(NodeType::kPerson, "Donald Trump"), "the war must end");
    const ArticleScore s = ScoreArticle(gold, b.g);
    CheckCounts(s.attribution, 0, 1, 1);
  }
}

TEST_CASE("Speakers map by name even when their type is wrong", "[eval][statements]") {
  GoldArticle gold;
  gold.article = "c.txt";
  gold.entities.push_back({"Oleksandr Syrskyi", NodeType::kPerson, {"Syrskyi"}});
  gold.statements.push_back({"Oleksandr Syrskyi", Relation::kSaid, false,
                             "the troops were repositioning to better positions", {}});
  Builder b;
  b.Say(b.Node(NodeType::kOrganisation, "Syrskyi"),
        "the troops were repositioning to better positions");
  const ArticleScore s = ScoreArticle(gold, b.g);
  CHECK(s.entities.tp == 0);  // the entity itself is wrong ...
  CHECK(s.entities.fp == 1);
  CHECK(s.attribution.tp == 1);  // ... but the speaker is right
  CHECK(s.attribution.fp == 0);
  CHECK(s.attribution.fn == 0);
}

TEST_CASE("A wrong relation counts in attribution but not attribution_relation",
          "[eval][statements]") {
  GoldArticle gold = SmallGold();
  Builder b;
  const std::string putin = b.Node(NodeType::kPerson, "Vladimir Putin");
  const std::string afu = b.Node(NodeType::kOrganisation, "Ukrainian troops");
  b.Say(putin, "If they surrender, they will be guaranteed their due treatment", Relation::kSaid);
  b.Say(afu, "its troops had been encircled in the Kursk region", Relation::kSaid);  // gold: denied
  const ArticleScore s = ScoreArticle(gold, b.g);
  CheckCounts(s.attribution, 2, 0, 0);
  CheckCounts(s.attribution_relation, 1, 1, 1);
}

TEST_CASE("Each evidence item is one predicted statement / matching is one-to-one",
          "[eval][statements]") {
  GoldArticle gold;
  gold.article = "c.txt";
  gold.entities.push_back({"Vladimir Putin", NodeType::kPerson, {}});
  gold.statements.push_back({"Vladimir Putin", Relation::kSaid, true,
                             "Ukrainian troops have been surrounded", {}});
  gold.statements.push_back({"Vladimir Putin", Relation::kSaid, true,
                             "Ukrainian troops have been surrounded in Kursk", {}});
  Builder b;
  const std::string putin = b.Node(NodeType::kPerson, "Vladimir Putin");
  // Said twice (headline and body): two predictions. The best content score
  // pairs it with the identical first gold text, the second with the other.
  b.Say(putin, "Ukrainian troops have been surrounded", Relation::kSaid, 3);
  const ArticleScore s = ScoreArticle(gold, b.g);
  CheckCounts(s.attribution, 2, 1, 0);
}

TEST_CASE("located_in: ordered, text edges only", "[eval][links]") {
  const GoldArticle gold = SmallGold();
  Builder b;
  const std::string sudzha = b.Node(NodeType::kPlace, "Sudzha");
  const std::string kursk = b.Node(NodeType::kPlace, "Kursk region");
  const std::string russia = b.Node(NodeType::kPlace, "Russia");
  b.Edge(sudzha, kursk, Relation::kLocatedIn);                // right
  b.Edge(russia, kursk, Relation::kLocatedIn);                // reversed: wrong
  b.Edge(kursk, russia, Relation::kLocatedIn, /*inferred=*/true);  // ignored
  // A node that only an inferred edge brings in is not a prediction either.
  claimgraph::Node europe;
  europe.id = "zz-europe";
  europe.type = NodeType::kPlace;
  europe.label = "Europe";
  b.g.nodes.push_back(europe);
  b.Edge(russia, europe.id, Relation::kLocatedIn, /*inferred=*/true);

  const ArticleScore s = ScoreArticle(gold, b.g);
  CheckCounts(s.located_in, 1, 1, 1);
  CHECK(s.entities.tp == 3);
  CHECK(s.entities.fp == 0);
}

TEST_CASE("met_with: unordered and deduplicated", "[eval][links]") {
  const GoldArticle gold = SmallGold();
  Builder b;
  const std::string putin = b.Node(NodeType::kPerson, "Putin");
  const std::string trump = b.Node(NodeType::kPerson, "Trump");
  const std::string witkoff = b.Node(NodeType::kPerson, "Steve Witkoff");
  b.Edge(putin, trump, Relation::kMetWith);  // gold has it as Trump - Putin
  b.Edge(trump, putin, Relation::kMetWith);  // the same meeting again
  b.Edge(putin, trump, Relation::kMetWith, /*inferred=*/true);
  b.Edge(witkoff, putin, Relation::kMetWith);  // not in the gold
  const ArticleScore s = ScoreArticle(gold, b.g);
  CheckCounts(s.met_with, 1, 1, 0);
}

TEST_CASE("located_in: a body 'located in' a place is outside the gold unless the gold calls it a place",
          "[eval][links]") {
  const GoldArticle gold = SmallGold();
  Builder b;
  const std::string kursk = b.Node(NodeType::kPlace, "Kursk region");
  const std::string russia = b.Node(NodeType::kPlace, "Russia");
  const std::string staff = b.Node(NodeType::kOrganisation, "Armed Forces of Ukraine");  // a gold organisation
  const std::string firm = b.Node(NodeType::kOrganisation, "Acme Holdings");  // not in the gold
  const std::string sudzha = b.Node(NodeType::kOrganisation, "Sudzha");       // mistyped gold place
  b.Edge(staff, kursk, Relation::kLocatedIn);   // not scored
  b.Edge(firm, russia, Relation::kLocatedIn);   // not scored
  b.Edge(sudzha, russia, Relation::kLocatedIn); // scored: the gold has Sudzha as a place, not in Russia
  const ArticleScore s = ScoreArticle(gold, b.g);
  CheckCounts(s.located_in, 0, 1, 2);
}

TEST_CASE("stated-only scoring: implied gold pairs are left out and predicting one counts neither way",
          "[eval][links]") {
  auto gold = ParseGold(R"({"article": "a.txt",
      "entities": [{"name": "A", "type": "person"}, {"name": "B", "type": "person"},
                   {"name": "C", "type": "person"}, {"name": "P", "type": "place"},
                   {"name": "Q", "type": "place"}, {"name": "R", "type": "place"}],
      "located_in": [{"place": "P", "in": "Q", "basis": "stated"}, {"place": "Q", "in": "R", "basis": "implied"}],
      "met_with": [{"a": "A", "b": "B"}, {"a": "B", "b": "C", "basis": "implied"}]})");
  REQUIRE(gold.ok());
  CHECK_FALSE(gold->located_in[0].implied);
  CHECK(gold->located_in[1].implied);
  CHECK_FALSE(gold->met_with[0].implied);  // no basis: stated
  Builder b;
  const std::string a = b.Node(NodeType::kPerson, "A"), bb = b.Node(NodeType::kPerson, "B"),
                    c = b.Node(NodeType::kPerson, "C");
  const std::string p = b.Node(NodeType::kPlace, "P"), q = b.Node(NodeType::kPlace, "Q"),
                    r = b.Node(NodeType::kPlace, "R");
  b.Edge(q, r, Relation::kLocatedIn);   // the implied pair
  b.Edge(p, r, Relation::kLocatedIn);   // wrong
  b.Edge(bb, c, Relation::kMetWith);    // the implied pair
  b.Edge(a, c, Relation::kMetWith);     // wrong
  const ArticleScore all = ScoreArticle(*gold, b.g);
  CheckCounts(all.located_in, 1, 1, 1);
  CheckCounts(all.met_with, 1, 1, 1);
  ScoreOptions stated;
  stated.stated_only = true;
  const ArticleScore strict = ScoreArticle(*gold, b.g, stated);
  CheckCounts(strict.located_in, 0, 1, 1);
  CheckCounts(strict.met_with, 0, 1, 1);
}

TEST_CASE("Counts: empty denominators give 0", "[eval][counts]") {
  Counts none;
  CHECK(none.Precision() == 0.0);
  CHECK(none.Recall() == 0.0);
  CHECK(none.F1() == 0.0);

  Counts no_predictions{0, 0, 4};
  CHECK(no_predictions.Precision() == 0.0);
  CHECK(no_predictions.Recall() == 0.0);
  CHECK(no_predictions.F1() == 0.0);

  Counts no_gold{0, 3, 0};
  CHECK(no_gold.Precision() == 0.0);
  CHECK(no_gold.Recall() == 0.0);
  CHECK(no_gold.F1() == 0.0);

  Counts some{2, 1, 3};
  CHECK(some.Precision() == Approx(2.0 / 3.0));
  CHECK(some.Recall() == Approx(0.4));
  CHECK(some.F1() == Approx(0.5));
  some += Counts{1, 1, 1};
  CheckCounts(some, 3, 2, 4);

  // Scoring an empty graph: everything in the gold is a false negative.
  const GoldArticle gold = SmallGold();
  const ArticleScore s = ScoreArticle(gold, KnowledgeGraph{});
  CHECK(s.entities.fn == 6);
  CHECK(s.attribution.fn == 2);
  CHECK(s.located_in.fn == 2);
  CHECK(s.met_with.fn == 1);
  CHECK(s.entities.tp + s.entities.fp == 0);
}

TEST_CASE("Reports: JSON parses with the documented keys / text has a TOTAL row",
          "[eval][format]") {
  const GoldArticle gold = SmallGold();
  std::vector<ArticleScore> scores;
  scores.push_back(ScoreArticle(gold, PerfectGraph(gold)));
  scores.push_back(ScoreArticle(gold, KnowledgeGraph{}));
  scores[1].article = "y.txt";

  const auto j = nlohmann::json::parse(FormatScoresJson(scores));
  REQUIRE(j.at("articles").size() == 2);
  CHECK(j["articles"][0]["article"] == "x.txt");
  CHECK(j["articles"][1]["article"] == "y.txt");
  for (const char* m : {"entities", "attribution", "attribution_relation", "located_in", "met_with"}) {
    INFO(m);
    for (const auto* obj : {&j["articles"][0], &j["articles"][1], &j["total"]}) {
      const auto& c = obj->at(m);
      for (const char* k : {"tp", "fp", "fn", "precision", "recall", "f1"}) CHECK(c.contains(k));
    }
  }
  // Micro-average: summed counts.
  CHECK(j["total"]["entities"]["tp"] == 6);
  CHECK(j["total"]["entities"]["fn"] == 6);
  CHECK(j["total"]["entities"]["recall"].get<double>() == Approx(0.5));
  CHECK(j["total"]["entities"]["precision"].get<double>() == Approx(1.0));
  CHECK(j["articles"][0]["met_with"]["f1"].get<double>() == Approx(1.0));

  const std::string text = FormatScoresText(scores);
  CHECK(text.find("x.txt") != std::string::npos);
  CHECK(text.find("y.txt") != std::string::npos);
  CHECK(text.find("TOTAL") != std::string::npos);
  CHECK(text.find("attribution_relation") != std::string::npos);
  CHECK(text.find("1.000 0.500 0.667") != std::string::npos);  // total entities
  CHECK(text.find("6/0/6") != std::string::npos);

  // No articles at all still gives a well-formed report.
  const auto empty = nlohmann::json::parse(FormatScoresJson({}));
  CHECK(empty["articles"].empty());
  CHECK(empty["total"]["entities"]["tp"] == 0);
  CHECK(FormatScoresText({}).find("TOTAL") != std::string::npos);
}

}  // namespace
}  // namespace claimgraph::eval
