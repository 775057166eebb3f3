#include "graph/graph_index.h"

#include <algorithm>
#include <cctype>

namespace claimgraph::graph {
namespace {

// Words of `s`, lowered: runs of ASCII letters/digits and of any non-ASCII
// bytes (so "Zelenskyy's" gives "zelenskyy", "s" and UTF-8 names stay whole).
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string current;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) {
      current += static_cast<char>(std::tolower(c));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

bool ContainsWords(const std::vector<std::string>& haystack, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > haystack.size()) return false;
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

// `s` with ASCII letters lowered; other bytes (UTF-8 included) kept.
std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

GraphIndex::GraphIndex(KnowledgeGraph graph) : graph_(std::move(graph)), adjacency_(graph_.nodes.size()) {
  for (size_t i = 0; i < graph_.nodes.size(); ++i) by_id_.emplace(graph_.nodes[i].id, i);
  edge_ends_.resize(graph_.edges.size());
  for (size_t e = 0; e < graph_.edges.size(); ++e) {
    Ends& ends = edge_ends_[e];
    if (auto s = by_id_.find(graph_.edges[e].source); s != by_id_.end()) ends.source = s->second;
    if (auto t = by_id_.find(graph_.edges[e].target); t != by_id_.end()) ends.target = t->second;
    if (ends.ok()) boost::add_edge(ends.source, ends.target, EdgeProps{e}, adjacency_);
  }
}

StatusOr<size_t> GraphIndex::NodeWithId(const std::string& id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return Status::NotFound("no node with id " + id);
  return it->second;
}

NameMatch GraphIndex::FindByName(std::string_view name) const {
  NameMatch match;
  if (auto it = by_id_.find(std::string(name)); it != by_id_.end()) {
    match.nodes.push_back(it->second);
    return match;
  }
  const std::string lowered = AsciiLower(name);
  auto names_of = [](const Node& n) {
    std::vector<const std::string*> names{&n.label};
    for (const auto& a : n.aliases) names.push_back(&a);
    return names;
  };
  for (size_t i = 0; i < graph_.nodes.size(); ++i) {
    const Node& n = graph_.nodes[i];
    if (n.type == NodeType::kClaim) continue;
    for (const std::string* candidate : names_of(n))
      if (AsciiLower(*candidate) == lowered) { match.nodes.push_back(i); break; }
  }
  if (!match.nodes.empty()) return match;
  const std::vector<std::string> wanted = Words(name);
  for (size_t i = 0; i < graph_.nodes.size(); ++i) {
    const Node& n = graph_.nodes[i];
    if (n.type == NodeType::kClaim) continue;
    for (const std::string* candidate : names_of(n))
      if (ContainsWords(Words(*candidate), wanted)) { match.nodes.push_back(i); break; }
  }
  return match;  // node order is id order, so candidates come out sorted
}

StatusOr<size_t> GraphIndex::Resolve(std::string_view name) const {
  NameMatch match = FindByName(name);
  if (match.unique()) return match.nodes[0];
  if (match.nodes.empty()) return Status::NotFound("no person, organisation or place named '" + std::string(name) + "'");
  std::string message = "'" + std::string(name) + "' is ambiguous; it could be:";
  for (size_t i : match.nodes) {
    const Node& n = graph_.nodes[i];
    message += "\n  " + n.label + " (" + std::string(ToString(n.type)) + ", " + n.id + ")";
  }
  return Status::InvalidArgument(message);
}

std::vector<size_t> GraphIndex::EdgesBetween(size_t u, size_t v) const {
  std::vector<size_t> edges;
  for (auto [it, end] = boost::out_edges(u, adjacency_); it != end; ++it)
    if (boost::target(*it, adjacency_) == v) edges.push_back(adjacency_[*it].edge);
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());  // a self-loop is listed twice
  return edges;
}

}  // namespace claimgraph::graph
