// Move-only owners of Graphviz C handles, and the one place that casts away
// const for Graphviz 2.42, whose API takes char* for names and attribute
// values it never modifies. Internal to export/.
//
// Graphviz is not thread-safe (global state in cgraph and gvc): use these
// from one thread at a time.
#ifndef CLAIMGRAPH_EXPORT_GRAPHVIZ_HANDLES_H_
#define CLAIMGRAPH_EXPORT_GRAPHVIZ_HANDLES_H_

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <string>
#include <utility>

namespace claimgraph::exporter {

// ---- The const_cast helpers. Nothing else in export/ may cast.

inline char* GvArg(const char* s) { return const_cast<char*>(s); }
inline char* GvArg(const std::string& s) { return const_cast<char*>(s.c_str()); }

// Sets a plain string attribute on a graph, node or edge, declaring it with
// an empty default when needed.
inline void SetAttr(void* object, const char* name, const std::string& value) {
  agsafeset(object, GvArg(name), GvArg(value), GvArg(""));
}

// Sets an HTML-like attribute (written <...> in DOT). cgraph marks a string
// as HTML when it is first interned through agstrdup_html; agsafeset then
// finds that interned copy and keeps the mark.
inline void SetHtmlAttr(Agraph_t* graph, void* object, const char* name,
                        const std::string& html) {
  char* interned = agstrdup_html(graph, GvArg(html));
  agsafeset(object, GvArg(name), interned, GvArg(""));
  agstrfree(graph, interned);
}

// Declares an attribute of `kind` (AGRAPH, AGNODE, AGEDGE) with a default.
inline void DeclareAttr(Agraph_t* graph, int kind, const char* name, const char* default_value) {
  agattr(graph, kind, GvArg(name), GvArg(default_value));
}

inline Agraph_t* OpenDirectedGraph(const char* name, Agdisc_t* discipline) {
  return agopen(GvArg(name), Agdirected, discipline);
}

inline Agnode_t* FindOrAddNode(Agraph_t* graph, const std::string& name, bool create) {
  return agnode(graph, GvArg(name), create ? 1 : 0);
}

inline Agraph_t* AddSubgraph(Agraph_t* graph, const std::string& name) {
  return agsubg(graph, GvArg(name), 1);
}

inline Agedge_t* AddEdge(Agraph_t* graph, Agnode_t* tail, Agnode_t* head) {
  return agedge(graph, tail, head, nullptr, 1);  // anonymous: parallel edges allowed
}

// ---- Owners.

class GvcContext {
 public:
  GvcContext() : gvc_(gvContext()) {}
  ~GvcContext() {
    if (gvc_ != nullptr) gvFreeContext(gvc_);
  }
  GvcContext(GvcContext&& other) noexcept : gvc_(std::exchange(other.gvc_, nullptr)) {}
  GvcContext& operator=(GvcContext&& other) noexcept {
    std::swap(gvc_, other.gvc_);
    return *this;
  }
  GvcContext(const GvcContext&) = delete;
  GvcContext& operator=(const GvcContext&) = delete;

  GVC_t* get() const { return gvc_; }

 private:
  GVC_t* gvc_;
};

// A root graph, closed with agclose (which frees its subgraphs, nodes and
// edges). A layout attached to it must be freed first: see LayoutGuard.
class GraphHandle {
 public:
  GraphHandle() = default;
  explicit GraphHandle(Agraph_t* graph) : graph_(graph) {}
  ~GraphHandle() {
    if (graph_ != nullptr) agclose(graph_);
  }
  GraphHandle(GraphHandle&& other) noexcept : graph_(std::exchange(other.graph_, nullptr)) {}
  GraphHandle& operator=(GraphHandle&& other) noexcept {
    std::swap(graph_, other.graph_);
    return *this;
  }
  GraphHandle(const GraphHandle&) = delete;
  GraphHandle& operator=(const GraphHandle&) = delete;

  Agraph_t* get() const { return graph_; }

 private:
  Agraph_t* graph_ = nullptr;
};

// gvFreeLayout on scope exit for a graph that gvLayout succeeded on. Declare
// it after the GraphHandle so it runs before agclose.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
  ~LayoutGuard() {
    if (graph_ != nullptr) gvFreeLayout(gvc_, graph_);
  }
  LayoutGuard(LayoutGuard&& other) noexcept
      : gvc_(other.gvc_), graph_(std::exchange(other.graph_, nullptr)) {}
  LayoutGuard& operator=(LayoutGuard&&) = delete;
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

// The buffer gvRenderData allocates, released with gvFreeRenderData.
class RenderBuffer {
 public:
  RenderBuffer() = default;
  ~RenderBuffer() {
    if (data_ != nullptr) gvFreeRenderData(data_);
  }
  RenderBuffer(RenderBuffer&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)), length_(std::exchange(other.length_, 0)) {}
  RenderBuffer& operator=(RenderBuffer&& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(length_, other.length_);
    return *this;
  }
  RenderBuffer(const RenderBuffer&) = delete;
  RenderBuffer& operator=(const RenderBuffer&) = delete;

  // Renders `graph` (laid out) in `format` into this buffer; gvRenderData's
  // return code (0 on success).
  int Render(GVC_t* gvc, Agraph_t* graph, const char* format) {
    return gvRenderData(gvc, graph, format, &data_, &length_);
  }
  // Binary-safe copy: PNG and PDF contain NUL bytes.
  std::string ToString() const {
    return data_ == nullptr ? std::string() : std::string(data_, length_);
  }

 private:
  char* data_ = nullptr;
  unsigned int length_ = 0;
};

}  // namespace claimgraph::exporter

#endif  // CLAIMGRAPH_EXPORT_GRAPHVIZ_HANDLES_H_
