// Writers that turn a KnowledgeGraph into files people open: JSON (the
// documented contract, docs/formats.md), GraphML, and diagrams drawn by
// Graphviz through its C API (DOT, SVG, PNG, PDF). All Graphviz calls of the
// project live in export/.
//
// Threading: Graphviz is not thread-safe; call RenderDiagram from one thread
// at a time. The other writers are pure functions.
#ifndef CLAIMGRAPH_EXPORT_EXPORT_H_
#define CLAIMGRAPH_EXPORT_EXPORT_H_

#include <string>

#include "core/facts.h"
#include "core/status.h"

namespace claimgraph::exporter {

// The JSON contract: {"nodes":[...],"edges":[...]}, pretty-printed with two
// spaces, nodes and edges in the graph's (sorted) order, ending in "\n".
std::string ToJson(const KnowledgeGraph& graph);

// GraphML with typed keys (type, label, aliases, disputed, evidence...),
// readable by Gephi and yEd.
std::string ToGraphMl(const KnowledgeGraph& graph);

enum class DiagramFormat { kDot, kSvg, kPng, kPdf };

enum class ClusterMode { kNone, kType, kArticle };

struct DiagramOptions {
  std::string layout = "dot";   // dot, neato, fdp, sfdp, circo
  double width_in = 0;          // page size in inches; 0: Graphviz's own
  double height_in = 0;
  bool legend = true;
  bool include_inferred = true;
  ClusterMode cluster = ClusterMode::kNone;
  std::string caption;          // shown under the diagram when not empty
};

// Lays the graph out and renders it. Nodes are shaped and coloured by type,
// claims are boxes of wrapped text, said and denied edges look different,
// disputed claims stand out, edges carry their evidence sentence as tooltip.
// The same graph and options give byte-identical DOT. InvalidArgument for an
// unknown layout; Internal when Graphviz fails.
StatusOr<std::string> RenderDiagram(const KnowledgeGraph& graph, DiagramFormat format,
                                    const DiagramOptions& options);

}  // namespace claimgraph::exporter

#endif  // CLAIMGRAPH_EXPORT_EXPORT_H_
