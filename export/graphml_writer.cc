// ToGraphMl: GraphML 1.0 for Gephi and yEd. Written by hand rather than
// through an XML library because the format is flat and every value passes
// through SanitizeText + XmlEscape, which is all the safety XML needs here.
#include <string>
#include <string_view>
#include <vector>

#include "export/escape.h"
#include "export/export.h"

namespace claimgraph::exporter {

namespace {

struct KeyDecl {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
  const char* default_value;  // nullptr: no <default>
};

// Ids are short and stable; scripts should match on attr.name.
constexpr KeyDecl kKeys[] = {
    {"n_type", "node", "type", "string", nullptr},
    {"n_label", "node", "label", "string", nullptr},
    {"n_aliases", "node", "aliases", "string", ""},
    {"n_articles", "node", "articles", "string", ""},
    {"n_disputed", "node", "disputed", "boolean", "false"},
    {"e_type", "edge", "type", "string", nullptr},
    {"e_inferred", "edge", "inferred", "boolean", "false"},
    {"e_evidence", "edge", "evidence", "string", ""},
    {"e_articles", "edge", "articles", "string", ""},
    {"e_where", "edge", "where", "string", ""},
    {"e_when", "edge", "when", "string", ""},
};

std::string Text(std::string_view raw) {
  return XmlEscape(SanitizeText(raw, Whitespace::kKeepLineBreaks));
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

void AppendData(const char* key, std::string_view escaped_value, std::string* out) {
  *out += "      <data key=\"";
  *out += key;
  *out += "\">";
  out->append(escaped_value);
  *out += "</data>\n";
}

}  // namespace

std::string ToGraphMl(const KnowledgeGraph& graph) {
  std::string out;
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeyDecl& key : kKeys) {
    out += "  <key id=\"";
    out += key.id;
    out += "\" for=\"";
    out += key.domain;
    out += "\" attr.name=\"";
    out += key.name;
    out += "\" attr.type=\"";
    out += key.type;
    if (key.default_value == nullptr) {
      out += "\"/>\n";
    } else {
      out += "\"><default>";
      out += key.default_value;
      out += "</default></key>\n";
    }
  }
  out += "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";

  for (const Node& node : graph.nodes) {
    out += "    <node id=\"" + Text(node.id) + "\">\n";
    AppendData("n_type", ToString(node.type), &out);
    AppendData("n_label", Text(node.label), &out);
    if (!node.aliases.empty()) AppendData("n_aliases", Text(Join(node.aliases, "; ")), &out);
    if (!node.articles.empty()) AppendData("n_articles", Text(Join(node.articles, "; ")), &out);
    if (node.type == NodeType::kClaim) AppendData("n_disputed", node.disputed ? "true" : "false", &out);
    out += "    </node>\n";
  }

  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const Edge& edge = graph.edges[i];
    out += "    <edge id=\"e" + std::to_string(i) + "\" source=\"" + Text(edge.source) +
           "\" target=\"" + Text(edge.target) + "\"";
    // met_with has no direction; GraphML lets one edge override edgedefault.
    if (edge.type == Relation::kMetWith) out += " directed=\"false\"";
    out += ">\n";
    AppendData("e_type", ToString(edge.type), &out);
    if (edge.inferred) AppendData("e_inferred", "true", &out);
    std::vector<std::string> sentences;
    std::vector<std::string> articles;
    for (const Evidence& evidence : edge.evidence) {
      sentences.push_back(evidence.sentence);
      bool seen = false;
      for (const std::string& a : articles) seen = seen || a == evidence.article;
      if (!seen) articles.push_back(evidence.article);
    }
    if (!sentences.empty()) AppendData("e_evidence", Text(Join(sentences, "\n")), &out);
    if (!articles.empty()) AppendData("e_articles", Text(Join(articles, "; ")), &out);
    if (!edge.where.empty()) AppendData("e_where", Text(edge.where), &out);
    if (!edge.when.empty()) AppendData("e_when", Text(edge.when), &out);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace claimgraph::exporter
