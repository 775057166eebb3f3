#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "export/escape.h"
#include "export/export.h"

namespace claimgraph::exporter {
namespace {

namespace fs = std::filesystem;

Evidence MakeEvidence(std::string article, std::string sentence, double confidence = 1.0,
                      bool direct = false) {
  Evidence e;
  e.article = std::move(article);
  e.start = 10;
  e.end = 10 + static_cast<int64_t>(sentence.size());
  e.sentence = std::move(sentence);
  e.confidence = confidence;
  e.direct = direct;
  return e;
}

Node MakeNode(std::string id, NodeType type, std::string label,
              std::vector<std::string> aliases = {}, std::vector<std::string> articles = {},
              bool disputed = false) {
  Node n;
  n.id = std::move(id);
  n.type = type;
  n.label = std::move(label);
  n.aliases = std::move(aliases);
  n.articles = std::move(articles);
  n.disputed = disputed;
  return n;
}

Edge MakeEdge(std::string source, std::string target, Relation type,
              std::vector<Evidence> evidence, bool inferred = false) {
  Edge e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.type = type;
  e.evidence = std::move(evidence);
  e.inferred = inferred;
  return e;
}

// Six nodes, one of each relation, one inferred edge, one disputed claim.
KnowledgeGraph SmallGraph() {
  KnowledgeGraph g;
  g.nodes = {
      MakeNode("c1", NodeType::kClaim, "The budget was cut by ten percent and hidden from parliament",
               {}, {"a1.txt", "a2.txt"}, /*disputed=*/true),
      MakeNode("c2", NodeType::kClaim, "Taxes will fall.", {}, {"a1.txt"}),
      MakeNode("o1", NodeType::kOrganisation, "Ministry of Finance", {"the ministry"}, {"a1.txt"}),
      MakeNode("p1", NodeType::kPerson, "Jane Doe", {"Doe", "the minister"}, {"a1.txt", "a2.txt"}),
      MakeNode("p2", NodeType::kPerson, "John Roe", {}, {"a2.txt"}),
      MakeNode("pl1", NodeType::kPlace, "Paris", {}, {"a2.txt"}),
  };
  g.edges = {
      MakeEdge("c1", "o1", Relation::kAbout, {MakeEvidence("a1.txt", "Doe said the budget was cut.")}),
      MakeEdge("o1", "pl1", Relation::kLocatedIn, {}, /*inferred=*/true),
      MakeEdge("p1", "c1", Relation::kSaid,
               {MakeEvidence("a1.txt", "\"The budget was cut,\" Doe said.", 0.9, true)}),
      MakeEdge("p1", "c2", Relation::kSaid, {MakeEvidence("a1.txt", "Doe said taxes will fall.", 0.6)}),
      MakeEdge("p1", "p2", Relation::kMetWith, {MakeEvidence("a2.txt", "Doe met Roe in Paris on Monday.")}),
      MakeEdge("p2", "c1", Relation::kDenied,
               {MakeEvidence("a2.txt", "Roe denied that the budget was cut.", 0.7, false)}),
  };
  g.edges[4].where = "Paris";
  g.edges[4].when = "Monday";
  return g;
}

// A graph whose claim holds everything that breaks naive writers.
KnowledgeGraph HostileGraph() {
  KnowledgeGraph g;
  const std::string hostile =
      "<script>alert(1)</script> \"]; x [label=\"pwned\"]; & \x01\x07\x1b ends with \\";
  g.nodes = {
      MakeNode("c\"]; x [", NodeType::kClaim, hostile + " <B>bold</B> &amp; \xff\xfe", {}, {"a.txt"}, true),
      MakeNode("p<1>", NodeType::kPerson, "O'Brien & \"Sons\" <Ltd>\\", {"\x02", "a\\"}, {"a.txt"}),
  };
  g.edges = {MakeEdge("p<1>", "c\"]; x [", Relation::kSaid, {MakeEvidence("a.txt", hostile)})};
  return g;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool HaveXmllint() { return access("/usr/bin/xmllint", X_OK) == 0; }

// True when xmllint accepts `xml` as well-formed.
bool XmlWellFormed(const std::string& xml) {
  static int counter = 0;
  const fs::path path = fs::temp_directory_path() /
                        ("claimgraph_export_" + std::to_string(getpid()) + "_" +
                         std::to_string(counter++) + ".xml");
  {
    std::ofstream out(path, std::ios::binary);
    out << xml;
  }
  const std::string command = "/usr/bin/xmllint --noout '" + path.string() + "'";
  const int rc = std::system(command.c_str());
  fs::remove(path);
  return rc == 0;
}

// Parses DOT text back with cgraph; -1 when it does not parse.
int DotNodeCount(const std::string& dot) {
  Agraph_t* g = agmemread(dot.c_str());
  if (g == nullptr) return -1;
  const int count = agnnodes(g);
  agclose(g);
  return count;
}

// Sanitizing changes nothing only in valid UTF-8 without stray controls.
bool IsValidUtf8(const std::string& s) { return SanitizeText(s, Whitespace::kKeepLineBreaks) == s; }

DiagramOptions NoLegend() {
  DiagramOptions options;
  options.legend = false;
  return options;
}

std::string Render(const KnowledgeGraph& g, DiagramFormat format, const DiagramOptions& options) {
  StatusOr<std::string> result = RenderDiagram(g, format, options);
  INFO(result.status().ToString());
  REQUIRE(result.ok());
  return result.value();
}

TEST_CASE("ToJson writes the documented shape in order", "[json]") {
  const std::string text = ToJson(SmallGraph());
  REQUIRE(text.back() == '\n');
  REQUIRE(text.compare(0, 15, "{\n  \"nodes\": [\n") == 0);

  const auto json = nlohmann::ordered_json::parse(text);
  std::vector<std::string> top;
  for (const auto& item : json.items()) top.push_back(item.key());
  CHECK(top == std::vector<std::string>{"nodes", "edges"});
  REQUIRE(json["nodes"].size() == 6);
  REQUIRE(json["edges"].size() == 6);

  const auto& claim = json["nodes"][0];
  std::vector<std::string> claim_keys;
  for (const auto& item : claim.items()) claim_keys.push_back(item.key());
  CHECK(claim_keys ==
        std::vector<std::string>{"id", "type", "label", "aliases", "articles", "disputed"});
  CHECK(claim["type"] == "claim");
  CHECK(claim["disputed"] == true);
  CHECK(json["nodes"][1]["disputed"] == false);

  const auto& person = json["nodes"][3];
  CHECK(person["id"] == "p1");
  CHECK(person["type"] == "person");
  CHECK(person["aliases"].get<std::vector<std::string>>() == std::vector<std::string>{"Doe", "the minister"});
  CHECK_FALSE(person.contains("disputed"));  // only claims carry it

  const auto& about = json["edges"][0];
  std::vector<std::string> edge_keys;
  for (const auto& item : about.items()) edge_keys.push_back(item.key());
  CHECK(edge_keys == std::vector<std::string>{"source", "target", "type", "evidence"});
  CHECK_FALSE(about["evidence"][0].contains("confidence"));
  std::vector<std::string> evidence_keys;
  for (const auto& item : about["evidence"][0].items()) evidence_keys.push_back(item.key());
  CHECK(evidence_keys == std::vector<std::string>{"article", "start", "end", "sentence"});
  CHECK(about["evidence"][0]["start"].is_number_integer());

  CHECK(json["edges"][1]["inferred"] == true);
  CHECK(json["edges"][1]["evidence"].empty());
  for (size_t i : {0, 2, 3, 4, 5}) CHECK_FALSE(json["edges"][i].contains("inferred"));

  const auto& said = json["edges"][2];
  CHECK(said["type"] == "said");
  CHECK(said["evidence"][0]["confidence"].get<double>() == Approx(0.9));
  CHECK(said["evidence"][0]["direct"] == true);
  CHECK(json["edges"][5]["evidence"][0]["direct"] == false);

  const auto& met = json["edges"][4];
  CHECK(met["type"] == "met_with");
  CHECK(met["where"] == "Paris");
  CHECK(met["when"] == "Monday");
  CHECK_FALSE(json["edges"][3].contains("where"));
}

TEST_CASE("ToJson is deterministic and survives invalid UTF-8", "[json]") {
  CHECK(ToJson(SmallGraph()) == ToJson(SmallGraph()));
  CHECK(ToJson(KnowledgeGraph{}) == "{\n  \"nodes\": [],\n  \"edges\": []\n}\n");

  KnowledgeGraph g = HostileGraph();
  std::string text;
  REQUIRE_NOTHROW(text = ToJson(g));
  const auto json = nlohmann::json::parse(text);
  CHECK(json["nodes"][0]["label"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(json["nodes"][0]["label"].get<std::string>().find("<script>") != std::string::npos);
}

TEST_CASE("ToGraphMl is well-formed GraphML with escaped values", "[graphml]") {
  const std::string xml = ToGraphMl(SmallGraph());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(xml.find("<graph id=\"claimgraph\" edgedefault=\"directed\">") != std::string::npos);
  CHECK(xml.find("attr.name=\"disputed\" attr.type=\"boolean\"") != std::string::npos);
  CHECK(xml.find("<data key=\"n_aliases\">Doe; the minister</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"e_inferred\">true</data>") != std::string::npos);
  CHECK(xml.find("directed=\"false\"") != std::string::npos);  // met_with
  CHECK(xml.find("&quot;The budget was cut,&quot; Doe said.") != std::string::npos);

  const std::string hostile = ToGraphMl(HostileGraph());
  CHECK(hostile.find("<script>") == std::string::npos);
  CHECK(hostile.find("&lt;script&gt;") != std::string::npos);
  CHECK(hostile.find("O&#39;Brien &amp; &quot;Sons&quot; &lt;Ltd&gt;") != std::string::npos);
  CHECK(hostile.find('\x01') == std::string::npos);
  CHECK(hostile.find('\x1b') == std::string::npos);
  CHECK(IsValidUtf8(hostile));
  if (HaveXmllint()) {
    CHECK(XmlWellFormed(xml));
    CHECK(XmlWellFormed(hostile));
  } else {
    WARN("xmllint not installed: well-formedness not checked");
  }
}

TEST_CASE("DOT matches the golden file and is stable", "[dot]") {
  DiagramOptions options;
  options.caption = "Budget row, May 2024";
  const std::string dot = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(dot == Render(SmallGraph(), DiagramFormat::kDot, options));

  const fs::path golden = fs::path(CLAIMGRAPH_SOURCE_DIR) / "export/testdata/small_graph.dot";
  if (std::getenv("CLAIMGRAPH_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << dot;
  }
  INFO("regenerate with CLAIMGRAPH_UPDATE_GOLDEN=1 after a deliberate change");
  CHECK(dot == ReadFile(golden));

  // Six graph nodes plus the legend: 4 node kinds incl. disputed, 5 relations
  // and inferred as node pairs.
  CHECK(DotNodeCount(dot) == 6 + 5 + 2 * 6);
}

TEST_CASE("DOT carries the slide styling", "[dot]") {
  DiagramOptions options = NoLegend();
  options.width_in = 13.33;
  options.height_in = 7.5;
  const std::string dot = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(dot.find("size=\"13.33,7.5\"") != std::string::npos);
  CHECK(dot.find("ratio=fill") != std::string::npos);
  CHECK(dot.find("fontname=Helvetica") != std::string::npos);
  CHECK(dot.find("DISPUTED") != std::string::npos);
  CHECK(dot.find("arrowhead=tee") != std::string::npos);             // denied
  CHECK(dot.find("dir=none") != std::string::npos);                  // met_with
  CHECK(dot.find("tooltip=\"Roe denied that the budget was cut. (a2.txt)\"") != std::string::npos);
  CHECK(dot.find("cluster") == std::string::npos);
  // Claims wrap at about 40 characters.
  CHECK(dot.find("The budget was cut by ten percent and<BR/>hidden from parliament") !=
        std::string::npos);
  CHECK(DotNodeCount(dot) == 6);

  options.cluster = ClusterMode::kType;
  const std::string by_type = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(by_type.find("subgraph cluster_person") != std::string::npos);
  CHECK(by_type.find("subgraph cluster_claim") != std::string::npos);
  CHECK(DotNodeCount(by_type) == 6);

  options.cluster = ClusterMode::kArticle;
  const std::string by_article = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(by_article.find("subgraph cluster_article_0") != std::string::npos);
  CHECK(by_article.find("a2.txt") != std::string::npos);
  CHECK(by_article == Render(SmallGraph(), DiagramFormat::kDot, options));
}

TEST_CASE("SVG is well-formed and shows labels and tooltips", "[svg]") {
  const std::string svg = Render(SmallGraph(), DiagramFormat::kSvg, DiagramOptions());
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Jane Doe") != std::string::npos);
  CHECK(svg.find("DISPUTED") != std::string::npos);
  CHECK(svg.find("Roe denied that the budget was cut.") != std::string::npos);  // tooltip
  if (HaveXmllint()) CHECK(XmlWellFormed(svg));
}

TEST_CASE("PNG and PDF have their signatures", "[png][pdf]") {
  DiagramOptions options;
  options.width_in = 8;
  options.height_in = 4.5;
  const std::string png = Render(SmallGraph(), DiagramFormat::kPng, options);
  REQUIRE(png.size() > 8);
  CHECK(png.compare(0, 8, std::string("\x89PNG\r\n\x1a\n", 8)) == 0);
  const std::string pdf = Render(SmallGraph(), DiagramFormat::kPdf, options);
  CHECK(pdf.compare(0, 4, "%PDF") == 0);
}

TEST_CASE("Every supported layout renders / others are rejected", "[layout]") {
  for (const char* layout : {"dot", "neato", "fdp", "sfdp", "circo"}) {
    DiagramOptions options;
    options.layout = layout;
    INFO(layout);
    CHECK(Render(SmallGraph(), DiagramFormat::kSvg, options).find("</svg>") != std::string::npos);
  }
  for (const char* layout : {"", "twopi2", "DOT", "dot; rm -rf /"}) {
    DiagramOptions options;
    options.layout = layout;
    for (DiagramFormat format : {DiagramFormat::kDot, DiagramFormat::kSvg}) {
      StatusOr<std::string> result = RenderDiagram(SmallGraph(), format, options);
      REQUIRE_FALSE(result.ok());
      CHECK(result.status().code() == Status::Code::kInvalidArgument);
    }
  }
}

TEST_CASE("Hostile text stays text in DOT and SVG", "[hostile]") {
  const KnowledgeGraph g = HostileGraph();
  const std::string dot = Render(g, DiagramFormat::kDot, NoLegend());
  CHECK(DotNodeCount(dot) == 2);
  // In the HTML-like label markup is escaped; in the quoted tooltip it is
  // plain text, which Graphviz escapes when it writes SVG.
  CHECK(dot.find("label=<<B><FONT COLOR=\"#cc0000\">DISPUTED</FONT></B><BR/>&lt;script&gt;") !=
        std::string::npos);
  CHECK(dot.find('\x01') == std::string::npos);
  CHECK(dot.find('\x1b') == std::string::npos);
  CHECK(IsValidUtf8(dot));
  CHECK(dot == Render(g, DiagramFormat::kDot, NoLegend()));

  // Parsing the written DOT again keeps the node names.
  Agraph_t* reread = agmemread(dot.c_str());
  REQUIRE(reread != nullptr);
  Agnode_t* claim = agnode(reread, const_cast<char*>("c\"]; x ["), 0);
  REQUIRE(claim != nullptr);
  const std::string tooltip = agget(claim, const_cast<char*>("tooltip"));
  CHECK(tooltip.find("<script>alert(1)</script> \"]; x [label=\"pwned\"]; & ends with") !=
        std::string::npos);
  CHECK(agnode(reread, const_cast<char*>("p<1>"), 0) != nullptr);
  agclose(reread);

  const std::string svg = Render(g, DiagramFormat::kSvg, DiagramOptions());
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  // A backslash shows as one backslash, in the label and in the tooltip.
  CHECK(svg.find("ends with \\<") != std::string::npos);
  CHECK(svg.find("ends with \\\\") == std::string::npos);
  CHECK(svg.find("O&#39;Brien") != std::string::npos);
  CHECK(IsValidUtf8(svg));
  if (HaveXmllint()) CHECK(XmlWellFormed(svg));
}

TEST_CASE("include_inferred=false leaves inferred edges out", "[inferred]") {
  DiagramOptions options = NoLegend();
  const std::string with = Render(SmallGraph(), DiagramFormat::kDot, options);
  options.include_inferred = false;
  const std::string without = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(with.find("(inferred)") != std::string::npos);
  CHECK(with.find("o1 -> pl1") != std::string::npos);
  CHECK(without.find("(inferred)") == std::string::npos);
  CHECK(without.find("o1 -> pl1") == std::string::npos);
  CHECK(without.find("p1 -> c1") != std::string::npos);
  CHECK(DotNodeCount(without) == 6);  // nodes stay
}

TEST_CASE("Legend is present only when asked and lists what is drawn", "[legend]") {
  DiagramOptions options;
  const std::string with = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(with.find("subgraph cluster_legend") != std::string::npos);
  CHECK(with.find("legend_disputed") != std::string::npos);
  CHECK(with.find("legend_inferred_from") != std::string::npos);

  options.include_inferred = false;
  const std::string no_inferred = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(no_inferred.find("legend_inferred_from") == std::string::npos);

  options.legend = false;
  const std::string without = Render(SmallGraph(), DiagramFormat::kDot, options);
  CHECK(without.find("cluster_legend") == std::string::npos);
  CHECK(without.find("legend_") == std::string::npos);

  // A graph node already called legend_person does not merge with the legend.
  KnowledgeGraph g;
  g.nodes = {MakeNode("legend_person", NodeType::kPerson, "Legend Person")};
  const std::string clash = Render(g, DiagramFormat::kDot, DiagramOptions());
  CHECK(DotNodeCount(clash) == 2);
  CHECK(Render(KnowledgeGraph{}, DiagramFormat::kDot, DiagramOptions()).find("cluster_legend") ==
        std::string::npos);
}

TEST_CASE("Text helpers sanitize, truncate and wrap", "[escape]") {
  CHECK(SanitizeText("a\x01 b\tc\nd", Whitespace::kKeepLineBreaks) == "a b\tc\nd");
  CHECK(SanitizeText("  a \n\t b  ", Whitespace::kCollapse) == "a b");
  CHECK(SanitizeText("x\xC3(\xED\xA0\x80", Whitespace::kCollapse) ==
        "x\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(SanitizeText("caf\xC3\xA9 \xE2\x82\xAC", Whitespace::kCollapse) == "caf\xC3\xA9 \xE2\x82\xAC");
  CHECK(XmlEscape("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
  CHECK(Truncate("short", 60) == "short");
  const std::string cut = Truncate(std::string(50, 'a') + " " + std::string(50, 'b'), 60);
  CHECK(CodePointCount(cut) <= 60);
  CHECK(cut == std::string(50, 'a') + "\xE2\x80\xA6");
  CHECK(CodePointCount(Truncate(std::string(100, 'x'), 60)) == 60);
  // Multi-byte text is cut between code points.
  std::string accents;
  for (int i = 0; i < 70; ++i) accents += "\xC3\xA9";
  CHECK(IsValidUtf8(Truncate(accents, 60)));
  const auto lines = WordWrap("one two three four five six seven eight nine ten eleven", 20);
  for (const auto& line : lines) CHECK(CodePointCount(line) <= 20);
  CHECK(lines.front() == "one two three four");
  const auto split = WordWrap(std::string(45, 'u'), 20);
  CHECK(split.size() == 3);
}

}  // namespace
}  // namespace claimgraph::exporter
