#include "cli/export_filter.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <unordered_set>

#include "graph/algorithms.h"
#include "graph/graph_index.h"

namespace claimgraph::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The stored article path `wanted` names: itself, or the one stored path
// ending in "/wanted" (so "examples/a.txt" finds "/work/examples/a.txt").
StatusOr<std::string> MatchArticle(const KnowledgeGraph& graph, const std::string& wanted) {
  std::set<std::string> paths;
  for (const Node& n : graph.nodes) paths.insert(n.articles.begin(), n.articles.end());
  if (paths.count(wanted)) return wanted;
  std::vector<std::string> candidates;
  for (const auto& p : paths)
    if (EndsWith(p, "/" + wanted) || EndsWith(wanted, "/" + p)) candidates.push_back(p);
  if (candidates.size() == 1) return candidates[0];
  if (candidates.empty()) return Status::NotFound("no stored article at '" + wanted + "'");
  std::string message = "'" + wanted + "' matches several articles:";
  for (const auto& c : candidates) message += "\n  " + c;
  return Status::InvalidArgument(message);
}

KnowledgeGraph OnlyArticle(const KnowledgeGraph& graph, const std::string& article) {
  KnowledgeGraph out;
  std::unordered_set<std::string> kept;
  for (const Node& n : graph.nodes)
    if (std::binary_search(n.articles.begin(), n.articles.end(), article)) {
      out.nodes.push_back(n);
      kept.insert(n.id);
    }
  for (const Edge& e : graph.edges) {
    if (!kept.count(e.source) || !kept.count(e.target)) continue;
    Edge narrowed = e;
    narrowed.evidence.clear();
    for (const Evidence& ev : e.evidence)
      if (ev.article == article) narrowed.evidence.push_back(ev);
    if (narrowed.evidence.empty() && !e.inferred) continue;  // read from other articles only
    out.edges.push_back(std::move(narrowed));
  }
  return out;
}

KnowledgeGraph OnlyRelations(const KnowledgeGraph& graph, const std::vector<Relation>& relations) {
  KnowledgeGraph out;
  std::unordered_set<std::string> touched;
  for (const Edge& e : graph.edges)
    if (std::find(relations.begin(), relations.end(), e.type) != relations.end()) {
      out.edges.push_back(e);
      touched.insert(e.source);
      touched.insert(e.target);
    }
  for (const Node& n : graph.nodes)
    if (touched.count(n.id)) out.nodes.push_back(n);
  return out;
}

}  // namespace

StatusOr<std::vector<Relation>> ParseRelationList(const std::string& list) {
  std::vector<Relation> relations;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string name = list.substr(start, comma - start);
    if (!name.empty()) {
      auto r = ParseRelation(name);
      if (!r) return Status::InvalidArgument("unknown relation '" + name + "' (said, denied, about, located_in, met_with)");
      if (std::find(relations.begin(), relations.end(), *r) == relations.end()) relations.push_back(*r);
    }
    start = comma + 1;
  }
  if (relations.empty()) return Status::InvalidArgument("empty relation list (said, denied, about, located_in, met_with)");
  return relations;
}

StatusOr<KnowledgeGraph> FilterGraph(const KnowledgeGraph& graph, const GraphFilter& filter) {
  KnowledgeGraph out = graph;
  if (!filter.article.empty()) {
    auto article = MatchArticle(graph, filter.article);
    if (!article.ok()) return article.status();
    out = OnlyArticle(out, *article);
  }
  if (!filter.include_inferred)
    out.edges.erase(std::remove_if(out.edges.begin(), out.edges.end(), [](const Edge& e) { return e.inferred; }),
                    out.edges.end());
  if (!filter.only.empty()) out = OnlyRelations(out, filter.only);
  if (filter.focus.empty()) return out;

  // Resolve against the whole graph, so a name means the same whatever the
  // other filters; a focus the filters removed is drawn alone.
  graph::GraphIndex whole(graph);
  auto focus = whole.Resolve(filter.focus);
  if (!focus.ok()) return focus.status();
  const Node& focus_node = graph.nodes[*focus];
  graph::GraphIndex filtered(std::move(out));
  auto start = filtered.NodeWithId(focus_node.id);
  if (!start.ok()) return KnowledgeGraph{{focus_node}, {}};
  std::vector<bool> keep(filtered.size(), false);
  for (const graph::Reached& r : graph::Neighbourhood(filtered, *start, filter.depth)) keep[r.node] = true;
  return graph::Subgraph(filtered.graph(), keep);
}

KnowledgeGraph KeepTopRanked(const KnowledgeGraph& graph, size_t limit, std::string_view see_all,
                             std::string* caption) {
  if (graph.nodes.size() <= limit) return graph;
  graph::GraphIndex index(graph);
  std::vector<bool> keep(graph.nodes.size(), false);
  for (size_t n : graph::TopNodes(index, limit)) keep[n] = true;
  *caption = "Showing the " + std::to_string(limit) + " best-connected of " + std::to_string(graph.nodes.size()) +
             " nodes; " + std::string(see_all) + ".";
  return graph::Subgraph(graph, keep);
}

bool ParsePageSize(const std::string& text, double* width_in, double* height_in) {
  if (text == "16:9") { *width_in = 13.333; *height_in = 7.5; return true; }
  if (text == "4:3") { *width_in = 10; *height_in = 7.5; return true; }
  size_t x = text.find('x');
  if (x == std::string::npos) return false;
  char* end = nullptr;
  std::string w = text.substr(0, x), h = text.substr(x + 1);
  if (w.empty() || h.empty()) return false;
  *width_in = std::strtod(w.c_str(), &end);
  if (*end) return false;
  *height_in = std::strtod(h.c_str(), &end);
  return !*end && *width_in > 0 && *height_in > 0 && *width_in < 1000 && *height_in < 1000;
}

}  // namespace claimgraph::cli
