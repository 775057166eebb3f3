// RenderDiagram: builds a cgraph graph through the C API (never DOT text),
// then writes it with agwrite (kDot) or lays it out and renders it with gvc.
// Conventions (shapes, colours, legend) are documented in docs/formats.md.
//
// Text safety: every label is an HTML-like label made of sanitized,
// XML-escaped text, so markup and quotes in articles stay text. The few
// plain strings (node names, tooltips) are sanitized too. Backslashes are
// doubled everywhere: cgraph 2.42's writer does not escape a backslash
// before a quote or at the end of a string, and Graphviz reads backslash
// escapes in labels and tooltips, where "\\" stands for one backslash.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/escape.h"
#include "export/export.h"
#include "export/graphviz_handles.h"

namespace claimgraph::exporter {

namespace {

constexpr size_t kClaimWrapWidth = 40;    // code points per claim line
constexpr size_t kClaimMaxLength = 320;   // about eight lines
constexpr size_t kLabelMaxLength = 60;    // entity names, cluster titles
constexpr size_t kTooltipMaxLength = 500;
constexpr double kPngDpi = 150;           // sharp on a 1080p/4K slide

constexpr const char* kLayouts[] = {"dot", "neato", "fdp", "sfdp", "circo"};

// ---- A deterministic id discipline.
//
// cgraph's default discipline uses the address of a node's interned name as
// its id, and orders subgraphs by id, so agwrite's subgraph order (and so the
// DOT text) could vary between runs. Here names get ids in order of first
// use: even numbers for named objects, odd ones for anonymous (as cgraph
// expects), all per graph. Names stay interned with agstrdup because cgraph
// reads the interned header (the HTML mark) of what print returns; the
// graph's string dictionary frees them on agclose.
struct IdTable {
  Agraph_t* graph;
  std::unordered_map<std::string, IDTYPE> ids;
  std::vector<char*> names;  // interned; names[i] has id 2 * (i + 1)
  IDTYPE next_anonymous = 1;
};

void* IdOpen(Agraph_t* graph, Agdisc_t*) { return new IdTable{graph, {}, {}, 1}; }

long IdMap(void* state, int, char* name, IDTYPE* id, int create) {
  auto* table = static_cast<IdTable*>(state);
  if (name == nullptr) {
    *id = table->next_anonymous;
    table->next_anonymous += 2;
    return 1;
  }
  auto it = table->ids.find(name);
  if (it != table->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  table->names.push_back(agstrdup(table->graph, name));
  *id = 2 * static_cast<IDTYPE>(table->names.size());
  table->ids.emplace(name, *id);
  return 1;
}

long IdAlloc(void*, int, IDTYPE) { return 1; }
void IdFree(void*, int, IDTYPE) {}

char* IdPrint(void* state, int, IDTYPE id) {
  auto* table = static_cast<IdTable*>(state);
  if (id % 2 == 1 || id == 0 || id / 2 > table->names.size()) return nullptr;
  return table->names[id / 2 - 1];
}

void IdClose(void* state) { delete static_cast<IdTable*>(state); }
void IdRegister(void*, int, void*) {}

Agiddisc_t kIdDiscipline = {IdOpen, IdMap, IdAlloc, IdFree, IdPrint, IdClose, IdRegister};

// ---- agwrite into a std::string (the channel).

int NoRead(void*, char*, int) { return 0; }
int AppendToString(void* channel, const char* text) {
  static_cast<std::string*>(channel)->append(text);
  return 0;
}
int NoFlush(void*) { return 0; }

Agiodisc_t kStringIo = {NoRead, AppendToString, NoFlush};
Agdisc_t kDiscipline = {&AgMemDisc, &kIdDiscipline, &kStringIo};

// ---- Text.

// Graphviz reads backslash escapes (\n, \N...) in attribute values.
std::string DoubleBackslashes(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// For plain (non-HTML) attribute values and node names.
std::string PlainText(std::string_view raw, size_t max_length) {
  return DoubleBackslashes(Truncate(SanitizeText(raw, Whitespace::kCollapse), max_length));
}

// Escapes sanitized text for an HTML-like label. Graphviz 2.42 still reads
// backslash escapes (\n, \N...) inside HTML text, and reads past the end of
// a text ending in a backslash, so backslashes are doubled here too.
std::string HtmlEscape(std::string_view text) { return DoubleBackslashes(XmlEscape(text)); }

// Body of an HTML-like label: one escaped line.
std::string HtmlText(std::string_view raw, size_t max_length) {
  return HtmlEscape(Truncate(SanitizeText(raw, Whitespace::kCollapse), max_length));
}

std::string FormatInches(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", value);
  return buffer;
}

// ---- Styles.

struct NodeStyle {
  const char* shape;
  const char* style;
  const char* fillcolor;
  const char* color;
  const char* fontsize;
  const char* legend_label;
  const char* cluster_label;
};

NodeStyle StyleOf(NodeType type) {
  switch (type) {
    case NodeType::kPerson:
      return {"ellipse", "filled", "#dae8fc", "#6c8ebf", "14", "person", "People"};
    case NodeType::kOrganisation:
      return {"box", "rounded,filled", "#ffe6cc", "#d79b00", "14", "organisation", "Organisations"};
    case NodeType::kPlace:
      return {"hexagon", "filled", "#d5e8d4", "#82b366", "14", "place", "Places"};
    case NodeType::kClaim:
      return {"box", "filled", "#fffbe6", "#b0a060", "12", "claim", "Claims"};
  }
  return {"ellipse", "filled", "white", "black", "14", "?", "?"};
}

constexpr const char* kDisputedColor = "#cc0000";
constexpr const char* kDisputedFill = "#fdecea";

struct EdgeStyle {
  const char* color;
  const char* style;
  const char* penwidth;
  const char* arrowhead;
  const char* dir;
  const char* label;  // empty: unlabelled
};

EdgeStyle StyleOf(Relation relation) {
  switch (relation) {
    case Relation::kSaid:
      return {"#1b7f3b", "solid", "2", "normal", "forward", "said"};
    case Relation::kDenied:
      return {"#cc0000", "bold,dashed", "2.5", "tee", "forward", "denied"};
    case Relation::kAbout:
      return {"#b0b0b0", "dotted", "1.2", "vee", "forward", ""};
    case Relation::kLocatedIn:
      return {"#6a3d9a", "solid", "1.5", "diamond", "forward", "located in"};
    case Relation::kMetWith:
      return {"#1f4e99", "solid", "2", "none", "none", "met with"};
  }
  return {"black", "solid", "1", "normal", "forward", ""};
}

// Inferred edges keep their relation's look, half transparent.
std::string InferredColor(const char* color) { return std::string(color) + "80"; }

// ---- The builder.

class DiagramBuilder {
 public:
  DiagramBuilder(const KnowledgeGraph& graph, const DiagramOptions& options, DiagramFormat format)
      : graph_(graph), options_(options), format_(format) {}

  GraphHandle Build() {
    GraphHandle handle(OpenDirectedGraph("claimgraph", &kDiscipline));
    root_ = handle.get();
    if (root_ == nullptr) return handle;
    DeclareDefaults();
    AddNodes();
    AddEdges();
    if (options_.legend) AddLegend();
    return handle;
  }

 private:
  void DeclareDefaults() {
    DeclareAttr(root_, AGRAPH, "fontname", "Helvetica");
    DeclareAttr(root_, AGRAPH, "fontsize", "14");
    DeclareAttr(root_, AGRAPH, "layout", options_.layout.c_str());
    DeclareAttr(root_, AGRAPH, "rankdir", "LR");
    DeclareAttr(root_, AGRAPH, "nodesep", "0.35");
    DeclareAttr(root_, AGRAPH, "ranksep", "0.7");
    DeclareAttr(root_, AGRAPH, "pad", "0.3");
    DeclareAttr(root_, AGRAPH, "bgcolor", "white");
    DeclareAttr(root_, AGRAPH, "outputorder", "edgesfirst");
    // Spline routing around nodes makes the force-directed engines crawl on
    // hundreds of nodes (sfdp over a minute for 741 nodes, 0.2 s without):
    // they draw straight edges and scale the layout to remove overlaps.
    const bool force_directed = options_.layout == "neato" || options_.layout == "fdp" || options_.layout == "sfdp";
    DeclareAttr(root_, AGRAPH, "overlap", force_directed ? "scale" : "false");
    DeclareAttr(root_, AGRAPH, "splines", force_directed ? "false" : "true");
    // Declared before any cluster exists so clusters do not inherit the caption.
    DeclareAttr(root_, AGRAPH, "label", "");
    DeclareAttr(root_, AGRAPH, "labelloc", "t");
    DeclareAttr(root_, AGRAPH, "style", "");
    DeclareAttr(root_, AGRAPH, "color", "black");
    DeclareAttr(root_, AGRAPH, "fillcolor", "");

    DeclareAttr(root_, AGNODE, "fontname", "Helvetica");
    DeclareAttr(root_, AGNODE, "fontsize", "14");
    DeclareAttr(root_, AGNODE, "label", "\\N");
    DeclareAttr(root_, AGNODE, "shape", "ellipse");
    DeclareAttr(root_, AGNODE, "style", "filled");
    DeclareAttr(root_, AGNODE, "fillcolor", "white");
    DeclareAttr(root_, AGNODE, "color", "#444444");
    DeclareAttr(root_, AGNODE, "penwidth", "1.2");
    DeclareAttr(root_, AGNODE, "margin", "0.15,0.08");
    DeclareAttr(root_, AGNODE, "tooltip", "");

    DeclareAttr(root_, AGEDGE, "fontname", "Helvetica");
    DeclareAttr(root_, AGEDGE, "fontsize", "12");
    DeclareAttr(root_, AGEDGE, "label", "");
    DeclareAttr(root_, AGEDGE, "color", "#555555");
    DeclareAttr(root_, AGEDGE, "fontcolor", "#333333");
    DeclareAttr(root_, AGEDGE, "style", "solid");
    DeclareAttr(root_, AGEDGE, "penwidth", "1.5");
    DeclareAttr(root_, AGEDGE, "arrowhead", "normal");
    DeclareAttr(root_, AGEDGE, "arrowsize", "0.9");
    DeclareAttr(root_, AGEDGE, "dir", "forward");
    DeclareAttr(root_, AGEDGE, "tooltip", "");

    if (!options_.caption.empty()) {
      SetHtmlAttr(root_, root_, "label", HtmlText(options_.caption, 4 * kLabelMaxLength));
      SetAttr(root_, "labelloc", "b");
    }
    const bool has_width = options_.width_in > 0;
    const bool has_height = options_.height_in > 0;
    if (has_width || has_height) {
      // A bound nobody reaches stands in for the dimension not given.
      const std::string width = has_width ? FormatInches(options_.width_in) : "1000";
      const std::string height = has_height ? FormatInches(options_.height_in) : "1000";
      SetAttr(root_, "size", width + "," + height);
      // Both given: a slide area; stretch the layout to fill it exactly.
      if (has_width && has_height) SetAttr(root_, "ratio", "fill");
    }
    if (format_ == DiagramFormat::kPng) SetAttr(root_, "dpi", FormatInches(kPngDpi));
  }

  Agraph_t* AddCluster(const std::string& name, const std::string& html_label) {
    Agraph_t* cluster = AddSubgraph(root_, name);
    SetHtmlAttr(root_, cluster, "label", html_label);
    SetAttr(cluster, "labelloc", "t");
    SetAttr(cluster, "style", "rounded,filled");
    SetAttr(cluster, "fillcolor", "#f7f7f7");
    SetAttr(cluster, "color", "#cccccc");
    return cluster;
  }

  Agraph_t* ClusterFor(const Node& node) {
    std::string key;
    std::string label;
    switch (options_.cluster) {
      case ClusterMode::kNone:
        return root_;
      case ClusterMode::kType:
        key = "cluster_" + std::string(ToString(node.type));
        label = StyleOf(node.type).cluster_label;
        break;
      case ClusterMode::kArticle:
        if (node.articles.empty()) return root_;
        key = node.articles.front();
        label = HtmlText(node.articles.front(), kLabelMaxLength);
        break;
    }
    auto it = clusters_.find(key);
    if (it != clusters_.end()) return it->second;
    // Article paths are not valid in names; number the clusters instead.
    const std::string name = options_.cluster == ClusterMode::kArticle
                                 ? "cluster_article_" + std::to_string(clusters_.size())
                                 : key;
    Agraph_t* cluster = AddCluster(name, label);
    clusters_.emplace(key, cluster);
    return cluster;
  }

  static void StyleNode(Agnode_t* node, NodeType type, bool disputed) {
    const NodeStyle style = StyleOf(type);
    SetAttr(node, "shape", style.shape);
    SetAttr(node, "style", style.style);
    SetAttr(node, "fillcolor", disputed ? kDisputedFill : style.fillcolor);
    SetAttr(node, "color", disputed ? kDisputedColor : style.color);
    SetAttr(node, "fontsize", style.fontsize);
    if (disputed) SetAttr(node, "penwidth", "3");
  }

  static std::string ClaimHtml(const Node& node) {
    const std::string text = Truncate(SanitizeText(node.label, Whitespace::kCollapse), kClaimMaxLength);
    std::string html;
    if (node.disputed) {
      html += "<B><FONT COLOR=\"";
      html += kDisputedColor;
      html += "\">DISPUTED</FONT></B>";
    }
    for (const std::string& line : WordWrap(text, kClaimWrapWidth)) {
      if (!html.empty()) html += "<BR/>";
      html += HtmlEscape(line);
    }
    return html;
  }

  void AddNodes() {
    for (const Node& node : graph_.nodes) {
      Agraph_t* parent = ClusterFor(node);
      Agnode_t* gv_node = FindOrAddNode(parent, PlainText(node.id, SIZE_MAX), true);
      if (gv_node == nullptr) continue;
      gv_nodes_[node.id] = gv_node;
      const bool claim = node.type == NodeType::kClaim;
      const bool disputed = claim && node.disputed;
      StyleNode(gv_node, node.type, disputed);
      std::string html = claim ? ClaimHtml(node) : HtmlText(node.label, kLabelMaxLength);
      if (html.empty()) html = HtmlText(node.id, kLabelMaxLength);
      SetHtmlAttr(root_, gv_node, "label", html);

      // The tooltip carries what the label had to cut. Its "type: " prefix
      // also keeps it from equalling an HTML label: cgraph interns equal
      // strings once, and the copy interned first decides whether both are
      // HTML.
      std::string tooltip = std::string(ToString(node.type)) + ": " + node.label;
      std::string aliases;
      for (const std::string& alias : node.aliases) {
        const std::string clean = SanitizeText(alias, Whitespace::kCollapse);
        if (clean.empty()) continue;
        aliases += (aliases.empty() ? "" : "; ") + clean;
      }
      if (!aliases.empty()) tooltip += " (also: " + aliases + ")";
      SetAttr(gv_node, "tooltip", PlainText(tooltip, kTooltipMaxLength));

      node_kinds_present_.insert(disputed ? "disputed" : std::string(ToString(node.type)));
    }
  }

  static std::string EdgeLabelHtml(const Edge& edge) {
    const EdgeStyle style = StyleOf(edge.type);
    std::string html = style.label;
    if (edge.inferred) html += html.empty() ? "(inferred)" : " (inferred)";
    std::string details;
    if (edge.type == Relation::kMetWith) {
      details = HtmlText(edge.where, kLabelMaxLength / 2);
      const std::string when = HtmlText(edge.when, kLabelMaxLength / 2);
      if (!details.empty() && !when.empty()) details += ", ";
      details += when;
    }
    if (!details.empty()) html += "<BR/><FONT POINT-SIZE=\"10\">" + details + "</FONT>";
    return html;
  }

  void AddEdges() {
    for (const Edge& edge : graph_.edges) {
      if (edge.inferred && !options_.include_inferred) continue;
      auto tail = gv_nodes_.find(edge.source), head = gv_nodes_.find(edge.target);
      if (tail == gv_nodes_.end() || head == gv_nodes_.end()) continue;  // dangling: not drawable
      Agedge_t* gv_edge = AddEdge(root_, tail->second, head->second);
      if (gv_edge == nullptr) continue;
      const EdgeStyle style = StyleOf(edge.type);
      const std::string color = edge.inferred ? InferredColor(style.color) : style.color;
      SetAttr(gv_edge, "color", color);
      SetAttr(gv_edge, "fontcolor", color);
      SetAttr(gv_edge, "style", style.style);
      SetAttr(gv_edge, "penwidth", style.penwidth);
      SetAttr(gv_edge, "arrowhead", style.arrowhead);
      SetAttr(gv_edge, "dir", style.dir);
      const std::string label = EdgeLabelHtml(edge);
      if (!label.empty()) SetHtmlAttr(root_, gv_edge, "label", label);
      if (!edge.evidence.empty()) {
        // The source in parentheses: useful, and it keeps the text from
        // equalling a claim's HTML label (see AddNodes).
        const Evidence& first = edge.evidence.front();
        SetAttr(gv_edge, "tooltip",
                PlainText(first.sentence + " (" + first.article + ")", kTooltipMaxLength));
      }
      relations_present_.insert(static_cast<int>(edge.type));
      any_inferred_ = any_inferred_ || edge.inferred;
    }
  }

  // A name no graph node uses, so the legend never merges with the data.
  std::string UnusedNodeName(std::string name) const {
    while (FindOrAddNode(root_, name, false) != nullptr) name.insert(0, "_");
    return name;
  }

  void AddLegendEdge(Agraph_t* legend, const std::string& key, const EdgeStyle& style,
                     const std::string& color, const std::string& label) {
    Agnode_t* tail = FindOrAddNode(legend, UnusedNodeName("legend_" + key + "_from"), true);
    Agnode_t* head = FindOrAddNode(legend, UnusedNodeName("legend_" + key + "_to"), true);
    for (Agnode_t* end : {tail, head}) {
      SetAttr(end, "shape", "plaintext");
      SetAttr(end, "style", "");
      SetAttr(end, "label", "");
      SetAttr(end, "width", "0.3");
      SetAttr(end, "height", "0.2");
    }
    Agedge_t* edge = AddEdge(legend, tail, head);
    SetAttr(edge, "color", color);
    SetAttr(edge, "fontcolor", color);
    SetAttr(edge, "style", style.style);
    SetAttr(edge, "penwidth", style.penwidth);
    SetAttr(edge, "arrowhead", style.arrowhead);
    SetAttr(edge, "dir", style.dir);
    SetHtmlAttr(root_, edge, "label", label);
  }

  void AddLegend() {
    if (node_kinds_present_.empty() && relations_present_.empty()) return;
    Agraph_t* legend = AddSubgraph(root_, "cluster_legend");
    SetHtmlAttr(root_, legend, "label", "<B>Legend</B>");
    SetAttr(legend, "labelloc", "t");
    SetAttr(legend, "style", "rounded");
    SetAttr(legend, "fillcolor", "");
    SetAttr(legend, "color", "#999999");
    SetAttr(legend, "fontsize", "12");

    constexpr NodeType kTypes[] = {NodeType::kPerson, NodeType::kOrganisation, NodeType::kPlace,
                                   NodeType::kClaim};
    for (NodeType type : kTypes) {
      const std::string kind(ToString(type));
      if (node_kinds_present_.count(kind) == 0) continue;
      Agnode_t* node = FindOrAddNode(legend, UnusedNodeName("legend_" + kind), true);
      StyleNode(node, type, false);
      SetAttr(node, "fontsize", "12");
      SetHtmlAttr(root_, node, "label", StyleOf(type).legend_label);
    }
    if (node_kinds_present_.count("disputed") != 0) {
      Agnode_t* node = FindOrAddNode(legend, UnusedNodeName("legend_disputed"), true);
      StyleNode(node, NodeType::kClaim, true);
      SetAttr(node, "fontsize", "12");
      SetHtmlAttr(root_, node, "label",
                  std::string("<B><FONT COLOR=\"") + kDisputedColor +
                      "\">DISPUTED</FONT></B><BR/>disputed claim");
    }
    for (int relation : relations_present_) {
      const Relation type = static_cast<Relation>(relation);
      const EdgeStyle style = StyleOf(type);
      const std::string key(ToString(type));
      AddLegendEdge(legend, key, style, style.color, style.label[0] ? style.label : "about");
    }
    if (any_inferred_) {
      const EdgeStyle style = StyleOf(Relation::kSaid);
      AddLegendEdge(legend, "inferred", style, InferredColor("#555555"), "inferred");
    }
  }

  const KnowledgeGraph& graph_;
  const DiagramOptions& options_;
  const DiagramFormat format_;
  Agraph_t* root_ = nullptr;
  std::map<std::string, Agraph_t*> clusters_;      // key: type or article
  std::unordered_map<std::string, Agnode_t*> gv_nodes_;  // key: Node::id
  std::set<std::string> node_kinds_present_;             // type name or "disputed"
  std::set<int> relations_present_;                      // ordered as Relation
  bool any_inferred_ = false;
};

const char* RendererFor(DiagramFormat format) {
  switch (format) {
    case DiagramFormat::kSvg: return "svg";
    case DiagramFormat::kPng: return "png";
    case DiagramFormat::kPdf: return "pdf";
    case DiagramFormat::kDot: return "dot";
  }
  return "svg";
}

// One context for the process, freed at exit. Graphviz 2.42's pango plugin
// keeps a pointer to a font name owned by the first context's font cache, so
// a second context after gvFreeContext reads freed memory (seen in
// valgrind); one long-lived context is also cheaper (plugins load once).
GvcContext& SharedContext() {
  static GvcContext context;
  return context;
}

Status CheckOptions(const DiagramOptions& options) {
  bool known = false;
  for (const char* layout : kLayouts) known = known || options.layout == layout;
  if (!known) {
    return Status::InvalidArgument("unknown layout \"" + options.layout +
                                   "\" (expected dot, neato, fdp, sfdp or circo)");
  }
  if (!std::isfinite(options.width_in) || !std::isfinite(options.height_in)) {
    return Status::InvalidArgument("diagram width and height must be finite numbers");
  }
  return Status::OK();
}

}  // namespace

StatusOr<std::string> RenderDiagram(const KnowledgeGraph& graph, DiagramFormat format,
                                    const DiagramOptions& options) {
  CG_RETURN_IF_ERROR(CheckOptions(options));

  if (format == DiagramFormat::kDot) {
    // No layout: positions would make the text depend on fonts and versions.
    GraphHandle handle = DiagramBuilder(graph, options, format).Build();
    if (handle.get() == nullptr) return Status::Internal("Graphviz could not create a graph");
    std::string dot;
    if (agwrite(handle.get(), &dot) != 0) return Status::Internal("Graphviz could not write DOT");
    return dot;
  }

  GvcContext& context = SharedContext();
  if (context.get() == nullptr) return Status::Internal("Graphviz could not create a context");
  // Teardown runs in reverse: render buffer, layout, then the graph.
  GraphHandle handle = DiagramBuilder(graph, options, format).Build();
  if (handle.get() == nullptr) return Status::Internal("Graphviz could not create a graph");
  if (gvLayout(context.get(), handle.get(), options.layout.c_str()) != 0) {
    return Status::Internal("Graphviz layout \"" + options.layout +
                            "\" failed (is the graphviz package installed?)");
  }
  LayoutGuard layout(context.get(), handle.get());
  RenderBuffer buffer;
  if (buffer.Render(context.get(), handle.get(), RendererFor(format)) != 0) {
    return Status::Internal(std::string("Graphviz could not render ") + RendererFor(format) +
                            " (is the graphviz package installed?)");
  }
  return buffer.ToString();
}

}  // namespace claimgraph::exporter
