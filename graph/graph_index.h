// The consolidated KnowledgeGraph loaded into Boost.Graph, for the
// algorithms in graph/algorithms.h, plus name lookup through aliases.
//
// The Boost graph is undirected: "who is connected to whom" questions
// (neighbourhoods, paths, components, betweenness) ignore the direction of
// said/about/located_in, and met_with has none. The direction stays in the
// KnowledgeGraph edges that each Boost edge points back to.
//
// Vertex i is graph().nodes[i] and Boost edges are added in graph().edges
// order, so every traversal is deterministic for a given graph.
#ifndef CLAIMGRAPH_GRAPH_GRAPH_INDEX_H_
#define CLAIMGRAPH_GRAPH_GRAPH_INDEX_H_

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/facts.h"
#include "core/status.h"

namespace claimgraph::graph {

// Bundled edge property: the index back into KnowledgeGraph::edges (a
// vertex is its node's index already).
struct EdgeProps {
  size_t edge = 0;
};

using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeProps>;
using Vertex = Adjacency::vertex_descriptor;

// The result of looking a name up: exactly one node, or the candidates.
struct NameMatch {
  std::vector<size_t> nodes;  // node indexes, sorted by node id
  bool unique() const { return nodes.size() == 1; }
};

class GraphIndex {
 public:
  // Takes the graph (sorted as KnowledgeGraph documents) and builds the Boost
  // graph and the name index. Edges whose endpoints are not nodes are
  // skipped (they cannot occur in a graph read from the store).
  explicit GraphIndex(KnowledgeGraph graph);

  GraphIndex(GraphIndex&&) = default;
  GraphIndex& operator=(GraphIndex&&) = default;

  const KnowledgeGraph& graph() const { return graph_; }
  const Adjacency& adjacency() const { return adjacency_; }
  size_t size() const { return graph_.nodes.size(); }

  // The vertex (= node index) with this id, or NotFound.
  StatusOr<size_t> NodeWithId(const std::string& id) const;

  // Node indexes of graph().edges[e]'s source and target, resolved once when
  // the index is built; kNoNode for an end that is not a node (such edges
  // are not in the Boost graph).
  static constexpr size_t kNoNode = static_cast<size_t>(-1);
  struct Ends {
    size_t source = kNoNode, target = kNoNode;
    bool ok() const { return source != kNoNode && target != kNoNode; }
  };
  const Ends& EdgeEnds(size_t e) const { return edge_ends_[e]; }

  // Finds the nodes a person typing `name` means. Tried in order, the first
  // step that finds anything decides:
  //   1. a node whose id is `name`;
  //   2. entities whose label or an alias equals `name`, ignoring ASCII case;
  //   3. entities whose label or an alias contains `name`'s words as
  //      consecutive whole words, ignoring ASCII case ("Putin" finds
  //      "Vladimir Putin", "putin" too, "Put" does not).
  // Claims are found only by id. Empty when nothing matches.
  NameMatch FindByName(std::string_view name) const;

  // FindByName reduced to one node: NotFound when nothing matches,
  // InvalidArgument listing "label (type, id)" of each candidate when the
  // name is ambiguous.
  StatusOr<size_t> Resolve(std::string_view name) const;

  // Indexes of the KnowledgeGraph edges joining nodes u and v (either
  // direction), in graph order.
  std::vector<size_t> EdgesBetween(size_t u, size_t v) const;

 private:
  KnowledgeGraph graph_;
  Adjacency adjacency_;
  std::unordered_map<std::string, size_t> by_id_;
  std::vector<Ends> edge_ends_;  // parallel to graph_.edges
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_GRAPH_INDEX_H_
