// Graph algorithms over a GraphIndex, as plain functions: k-hop
// neighbourhoods, shortest paths, connected components, rankings by degree
// ("most quoted", "most talked about") and by betweenness, and cutting a
// KnowledgeGraph down to a set of nodes.
//
// All of them treat the graph as undirected (see graph_index.h) and break
// ties by node id, so the same graph always gives the same answer.
#ifndef CLAIMGRAPH_GRAPH_ALGORITHMS_H_
#define CLAIMGRAPH_GRAPH_ALGORITHMS_H_

#include <cstddef>
#include <map>
#include <set>
#include <vector>

#include "core/facts.h"
#include "graph/graph_index.h"

namespace claimgraph::graph {

// A node reached from a start node, `distance` edges away.
struct Reached {
  size_t node = 0;
  int distance = 0;
};

// Every node at most `depth` edges from `start` (start itself at distance
// 0), sorted by distance, then node id. Claims are nodes too: "who said what
// about whom" around a person is depth 2 (person - claim - entity).
// A negative depth is treated as 0.
std::vector<Reached> Neighbourhood(const GraphIndex& index, size_t start, int depth);

// The nodes of a shortest path from `from` to `to`, both included; the first
// one found by breadth-first search in graph order (so always the same one).
// {from} when from == to; empty when they are not connected.
std::vector<size_t> ShortestPath(const GraphIndex& index, size_t from, size_t to);

// Component number of each node (indexed like graph().nodes). Components are
// numbered 0, 1, ... in the order of their first node. `count` receives the
// number of components when not null.
std::vector<int> ConnectedComponents(const GraphIndex& index, int* count = nullptr);

// A node and its score in a ranking.
struct Ranked {
  size_t node = 0;
  double score = 0;
};

// Which end of an edge counts for RankByDegree.
enum class EdgeEnd { kSource, kTarget, kEither };

// Every node scored by how many edges of `relations` touch it at `end`,
// highest first, ties by node id. Nodes scoring 0 are included (last).
//   most quoted:        {kSaid, kDenied}, kSource
//   most talked about:  {kAbout}, kTarget
std::vector<Ranked> RankByDegree(const GraphIndex& index, const std::vector<Relation>& relations, EdgeEnd end);

// Every node scored by (unnormalised) betweenness centrality: how many
// shortest paths between other nodes run through it. Highest first, ties by
// node id. Brandes' algorithm: O(nodes x edges) time.
std::vector<Ranked> RankByBetweenness(const GraphIndex& index);

// Claim node -> the entity nodes it is about (its kAbout edges), for
// "statements about X" questions.
std::map<size_t, std::set<size_t>> AboutTargets(const GraphIndex& index);

// Above this many nodes, TopNodes skips betweenness (too slow) and ranks by
// degree alone.
inline constexpr size_t kBetweennessNodeLimit = 5000;

// The `n` most important nodes for a diagram that cannot show all of them:
// by number of edges, then betweenness, then id. Sorted by node index (graph
// order). All nodes when n >= size.
std::vector<size_t> TopNodes(const GraphIndex& index, size_t n);

// The part of `graph` made of the nodes with keep[i] (keep is indexed like
// graph.nodes) and the edges between two kept nodes, in the graph's order.
KnowledgeGraph Subgraph(const KnowledgeGraph& graph, const std::vector<bool>& keep);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_ALGORITHMS_H_
