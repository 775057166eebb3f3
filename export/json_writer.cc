// ToJson: the documented JSON contract (docs/formats.md). Key order is part
// of the contract, hence ordered_json; optional keys are left out rather
// than written as false/empty so scripts can test for presence.
#include <nlohmann/json.hpp>

#include "export/export.h"

namespace claimgraph::exporter {

namespace {

using Json = nlohmann::ordered_json;

bool IsStatement(Relation r) { return r == Relation::kSaid || r == Relation::kDenied; }

Json NodeToJson(const Node& node) {
  Json out;
  out["id"] = node.id;
  out["type"] = std::string(ToString(node.type));
  out["label"] = node.label;
  out["aliases"] = node.aliases;
  out["articles"] = node.articles;
  if (node.type == NodeType::kClaim) out["disputed"] = node.disputed;
  return out;
}

Json EvidenceToJson(const Evidence& evidence, bool statement) {
  Json out;
  out["article"] = evidence.article;
  out["start"] = evidence.start;
  out["end"] = evidence.end;
  out["sentence"] = evidence.sentence;
  if (statement) {
    out["confidence"] = evidence.confidence;
    out["direct"] = evidence.direct;
  }
  return out;
}

Json EdgeToJson(const Edge& edge) {
  Json out;
  out["source"] = edge.source;
  out["target"] = edge.target;
  out["type"] = std::string(ToString(edge.type));
  if (edge.inferred) out["inferred"] = true;
  if (edge.type == Relation::kMetWith) {
    if (!edge.where.empty()) out["where"] = edge.where;
    if (!edge.when.empty()) out["when"] = edge.when;
  }
  Json evidence = Json::array();
  for (const Evidence& e : edge.evidence) evidence.push_back(EvidenceToJson(e, IsStatement(edge.type)));
  out["evidence"] = std::move(evidence);
  return out;
}

}  // namespace

std::string ToJson(const KnowledgeGraph& graph) {
  Json nodes = Json::array();
  for (const Node& node : graph.nodes) nodes.push_back(NodeToJson(node));
  Json edges = Json::array();
  for (const Edge& edge : graph.edges) edges.push_back(EdgeToJson(edge));
  Json root;
  root["nodes"] = std::move(nodes);
  root["edges"] = std::move(edges);
  // replace: a stray invalid byte in an article must not cost the export.
  std::string text = root.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
  text.push_back('\n');
  return text;
}

}  // namespace claimgraph::exporter
