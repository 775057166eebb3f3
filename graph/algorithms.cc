#include "graph/algorithms.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <limits>

namespace claimgraph::graph {
namespace {

constexpr size_t kUnreached = std::numeric_limits<size_t>::max();

// Breadth-first search from `start`: hop distance and predecessor of every
// node (kUnreached when not connected).
struct BfsResult {
  std::vector<size_t> distance;
  std::vector<size_t> predecessor;
};

BfsResult Bfs(const GraphIndex& index, size_t start) {
  const Adjacency& g = index.adjacency();
  BfsResult r{std::vector<size_t>(index.size(), kUnreached), std::vector<size_t>(index.size(), kUnreached)};
  r.distance[start] = 0;
  r.predecessor[start] = start;
  boost::breadth_first_search(
      g, start,
      boost::visitor(boost::make_bfs_visitor(std::make_pair(
          boost::record_distances(r.distance.data(), boost::on_tree_edge()),
          boost::record_predecessors(r.predecessor.data(), boost::on_tree_edge())))));
  return r;
}

// Highest score first, then node id (= node index order).
void SortRanking(std::vector<Ranked>* ranking) {
  std::stable_sort(ranking->begin(), ranking->end(),
                   [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
}

std::vector<double> Betweenness(const GraphIndex& index) {
  std::vector<double> centrality(index.size(), 0.0);
  if (index.size() == 0) return centrality;
  boost::brandes_betweenness_centrality(
      index.adjacency(),
      boost::centrality_map(boost::make_iterator_property_map(
          centrality.begin(), boost::get(boost::vertex_index, index.adjacency()))));
  return centrality;
}

}  // namespace

std::vector<Reached> Neighbourhood(const GraphIndex& index, size_t start, int depth) {
  std::vector<Reached> reached;
  if (start >= index.size()) return reached;
  const size_t limit = static_cast<size_t>(std::max(depth, 0));
  BfsResult bfs = Bfs(index, start);
  for (size_t v = 0; v < index.size(); ++v)
    if (bfs.distance[v] <= limit) reached.push_back({v, static_cast<int>(bfs.distance[v])});
  std::stable_sort(reached.begin(), reached.end(),
                   [](const Reached& a, const Reached& b) { return a.distance < b.distance; });
  return reached;
}

std::vector<size_t> ShortestPath(const GraphIndex& index, size_t from, size_t to) {
  if (from >= index.size() || to >= index.size()) return {};
  BfsResult bfs = Bfs(index, from);
  if (bfs.distance[to] == kUnreached) return {};
  std::vector<size_t> path{to};
  while (path.back() != from) path.push_back(bfs.predecessor[path.back()]);
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<int> ConnectedComponents(const GraphIndex& index, int* count) {
  std::vector<int> component(index.size(), 0);
  int n = index.size() == 0 ? 0 : boost::connected_components(index.adjacency(), component.data());
  if (count) *count = n;
  return component;
}

std::vector<Ranked> RankByDegree(const GraphIndex& index, const std::vector<Relation>& relations, EdgeEnd end) {
  const KnowledgeGraph& g = index.graph();
  std::vector<Ranked> ranking(index.size());
  for (size_t i = 0; i < ranking.size(); ++i) ranking[i].node = i;
  for (size_t e = 0; e < g.edges.size(); ++e) {
    if (std::find(relations.begin(), relations.end(), g.edges[e].type) == relations.end()) continue;
    const GraphIndex::Ends& ends = index.EdgeEnds(e);
    if (!ends.ok()) continue;
    if (end != EdgeEnd::kTarget) ranking[ends.source].score += 1;
    if (end != EdgeEnd::kSource) ranking[ends.target].score += 1;
  }
  SortRanking(&ranking);
  return ranking;
}

std::map<size_t, std::set<size_t>> AboutTargets(const GraphIndex& index) {
  std::map<size_t, std::set<size_t>> about;
  const std::vector<Edge>& edges = index.graph().edges;
  for (size_t e = 0; e < edges.size(); ++e) {
    const GraphIndex::Ends& ends = index.EdgeEnds(e);
    if (edges[e].type == Relation::kAbout && ends.ok()) about[ends.source].insert(ends.target);
  }
  return about;
}

std::vector<Ranked> RankByBetweenness(const GraphIndex& index) {
  std::vector<double> centrality = Betweenness(index);
  std::vector<Ranked> ranking(index.size());
  for (size_t i = 0; i < ranking.size(); ++i) ranking[i] = {i, centrality[i]};
  SortRanking(&ranking);
  return ranking;
}

std::vector<size_t> TopNodes(const GraphIndex& index, size_t n) {
  std::vector<size_t> nodes(index.size());
  for (size_t i = 0; i < nodes.size(); ++i) nodes[i] = i;
  if (n >= nodes.size()) return nodes;
  std::vector<double> degree(index.size(), 0.0);
  for (size_t v = 0; v < index.size(); ++v) degree[v] = static_cast<double>(boost::degree(v, index.adjacency()));
  std::vector<double> centrality =
      index.size() <= kBetweennessNodeLimit ? Betweenness(index) : std::vector<double>(index.size(), 0.0);
  std::stable_sort(nodes.begin(), nodes.end(), [&](size_t a, size_t b) {
    if (degree[a] != degree[b]) return degree[a] > degree[b];
    return centrality[a] > centrality[b];
  });
  nodes.resize(n);
  std::sort(nodes.begin(), nodes.end());
  return nodes;
}

KnowledgeGraph Subgraph(const KnowledgeGraph& graph, const std::vector<bool>& keep) {
  KnowledgeGraph out;
  std::unordered_map<std::string, bool> kept;
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    bool k = i < keep.size() && keep[i];
    kept.emplace(graph.nodes[i].id, k);
    if (k) out.nodes.push_back(graph.nodes[i]);
  }
  auto is_kept = [&](const std::string& id) {
    auto it = kept.find(id);
    return it != kept.end() && it->second;
  };
  for (const Edge& e : graph.edges)
    if (is_kept(e.source) && is_kept(e.target)) out.edges.push_back(e);
  return out;
}

}  // namespace claimgraph::graph
