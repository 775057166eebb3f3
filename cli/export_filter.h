// Choosing the part of the graph a command writes or draws: a focus entity
// and its neighbourhood, some relations only, one article, no inferred
// edges; and cutting a large graph down to its top-ranked nodes so a diagram
// stays readable. Shared by `export` and `slides`. Pure functions: no I/O.
#ifndef CLAIMGRAPH_CLI_EXPORT_FILTER_H_
#define CLAIMGRAPH_CLI_EXPORT_FILTER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/facts.h"
#include "core/status.h"

namespace claimgraph::cli {

// Above this many nodes a diagram keeps only the top-ranked ones (unless
// --all) and the default layout becomes sfdp. Documented in docs/cli.md.
inline constexpr size_t kDiagramNodeLimit = 150;

struct GraphFilter {
  std::string focus;                // entity name (resolved through aliases); empty: no focus
  int depth = 1;                    // hops around the focus
  std::vector<Relation> only;       // relations to keep; empty: all
  std::string article;              // article path; empty: all articles
  bool include_inferred = true;     // false: drop edges from outside knowledge
};

// "said,denied" -> {kSaid, kDenied}. InvalidArgument naming an unknown
// relation or for an empty list.
StatusOr<std::vector<Relation>> ParseRelationList(const std::string& list);

// Applies the filter, in this order:
//   1. article: nodes that article mentions; edges with evidence from it
//      (their evidence narrowed to it) and inferred edges between such nodes.
//      The path matches exactly, or as the unique stored path ending in
//      "/PATH". NotFound when no stored article matches.
//   2. include_inferred == false: inferred edges go; their nodes stay.
//   3. only: edges of other relations go, and so do the nodes left with no
//      edge at all.
//   4. focus: the nodes within `depth` hops of the focus entity (edges
//      followed either way) and the edges among them. The name resolves as
//      GraphIndex::Resolve does, against the whole graph: NotFound for an
//      unknown name, InvalidArgument listing the candidates when ambiguous.
// The result keeps the input's (sorted) order, so output stays stable.
StatusOr<KnowledgeGraph> FilterGraph(const KnowledgeGraph& graph, const GraphFilter& filter);

// When `graph` has more than `limit` nodes: the `limit` top-ranked nodes
// (graph::TopNodes: most edges, then betweenness) and the edges among them,
// with `*caption` set to say how many of how many nodes are shown, then
// `see_all` (how the reader gets everything: each command has its own way).
// Otherwise the graph unchanged and `*caption` untouched.
KnowledgeGraph KeepTopRanked(const KnowledgeGraph& graph, size_t limit, std::string_view see_all,
                             std::string* caption);

// Page sizes for --size: "16:9" (13.333 x 7.5 in), "4:3" (10 x 7.5 in) or
// "WxH" in inches, each in (0, 1000). False for anything else.
bool ParsePageSize(const std::string& text, double* width_in, double* height_in);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_EXPORT_FILTER_H_
