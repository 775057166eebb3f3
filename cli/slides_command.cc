// `claimgraph slides`: a deck for a talk. An overview diagram, one diagram
// per most-quoted person, one per disputed claim, all 16:9 SVG drawn by
// exporter::RenderDiagram; index.html shows them in order with keyboard
// navigation, slides.md (Marp / reveal.js Markdown) uses the same images.
// Reference: docs/slides.md.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/export_filter.h"
#include "export/export.h"
#include "graph/algorithms.h"
#include "graph/graph_index.h"

namespace claimgraph::cli {

const char* const kSlidesHelp =
    "usage: claimgraph slides [--db FILE] -o DIR [--top N]\n\n"
    "Writes a slide deck about the graph into DIR (created if missing):\n"
    "  01-overview.svg            the whole graph (its 60 best-connected nodes\n"
    "                             when larger, said in a caption)\n"
    "  NN-person-NAME.svg         for each of the N most-quoted people: what they\n"
    "                             said or denied, and whom it was about\n"
    "  NN-disputed-K.svg          for each of up to N disputed claims: who said\n"
    "                             it, who denied it, whom it is about\n"
    "  index.html                 the diagrams in order; keys: right/left arrow,\n"
    "                             space, Page Up/Down, Home, End; #3 opens slide 3\n"
    "  slides.md                  the same deck as Marp / reveal.js Markdown\n"
    "All diagrams are 16:9 SVG (13.33 x 7.5 in). Existing files of these names\n"
    "are replaced; other files in DIR are left alone.\n\n"
    "Options:\n"
    "  --db FILE       database (default ./claimgraph.db)\n"
    "  -o, --output DIR  where to write the deck (required)\n"
    "  --top N         how many people and disputed claims get a slide (default 5)\n\n"
    "Example:\n"
    "  claimgraph slides --db story.db -o deck && xdg-open deck/index.html\n";

namespace {

// Nodes on the overview slide; above it, the best-connected are kept.
constexpr size_t kOverviewNodeLimit = 60;

struct Slide {
  std::string file;   // the SVG's name inside the deck folder
  std::string title;
  KnowledgeGraph graph;
  std::string caption;
  std::string layout = "dot";  // sfdp when drawn from more than kDiagramNodeLimit nodes
};

// "Vladimir Putin" -> "vladimir-putin"; non-ASCII letters are dropped.
std::string Slug(const std::string& text) {
  std::string slug;
  for (unsigned char c : text) {
    if (std::isalnum(c) && c < 0x80) slug += static_cast<char>(std::tolower(c));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 40) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string TwoDigits(size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string HtmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Whole words up to `max` bytes, then "…", for slide titles.
std::string Shorten(const std::string& text, size_t max) {
  if (text.size() <= max) return text;
  size_t cut = text.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return text.substr(0, cut) + "…";
}

// The slide's diagram: `nodes` and the edges among them, cut to the
// diagram limit as `export` does.
void DrawPart(const graph::GraphIndex& index, const std::set<size_t>& nodes, Slide* slide) {
  std::vector<bool> keep(index.size(), false);
  for (size_t n : nodes) keep[n] = true;
  if (nodes.size() > kDiagramNodeLimit) slide->layout = "sfdp";
  slide->graph = KeepTopRanked(graph::Subgraph(index.graph(), keep), kDiagramNodeLimit,
                               "claimgraph export --all draws the whole graph", &slide->caption);
}

// Claim node -> entities it is about; claim node -> (speaker, relation).
struct Statements {
  std::map<size_t, std::set<size_t>> about;
  std::map<size_t, std::vector<std::pair<size_t, Relation>>> speakers;
};

Statements CollectStatements(const graph::GraphIndex& index) {
  Statements s;
  s.about = graph::AboutTargets(index);
  const std::vector<Edge>& edges = index.graph().edges;
  for (size_t e = 0; e < edges.size(); ++e) {
    const auto& ends = index.EdgeEnds(e);
    if (ends.ok() && (edges[e].type == Relation::kSaid || edges[e].type == Relation::kDenied))
      s.speakers[ends.target].push_back({ends.source, edges[e].type});
  }
  return s;
}

std::vector<Slide> PlanDeck(const graph::GraphIndex& index, size_t top) {
  const KnowledgeGraph& g = index.graph();
  const Statements statements = CollectStatements(index);
  std::vector<Slide> deck;

  // A slide is read from across a room: the overview keeps fewer nodes than
  // an exported diagram would.
  Slide overview{"01-overview.svg", "Who said what about whom", {}, {}};
  overview.graph = KeepTopRanked(g, kOverviewNodeLimit, "claimgraph export --all draws them all", &overview.caption);
  if (g.nodes.size() > kDiagramNodeLimit) overview.layout = "sfdp";
  deck.push_back(std::move(overview));

  size_t people = 0;
  for (const graph::Ranked& r : graph::RankByDegree(index, {Relation::kSaid, Relation::kDenied}, graph::EdgeEnd::kSource)) {
    if (people == top || r.score == 0) break;
    if (g.nodes[r.node].type != NodeType::kPerson) continue;
    ++people;
    std::set<size_t> nodes{r.node};
    for (const auto& [claim, speakers] : statements.speakers)
      for (const auto& [speaker, relation] : speakers)
        if (speaker == r.node) {
          nodes.insert(claim);
          if (auto it = statements.about.find(claim); it != statements.about.end())
            nodes.insert(it->second.begin(), it->second.end());
        }
    const std::string& name = g.nodes[r.node].label;
    const int count = static_cast<int>(r.score);
    Slide slide{TwoDigits(deck.size() + 1) + "-person-" + Slug(name) + ".svg",
                name + ": " + std::to_string(count) + (count == 1 ? " claim" : " claims") + " made or denied", {}, {}};
    DrawPart(index, nodes, &slide);
    deck.push_back(std::move(slide));
  }

  // Disputed claims, the most contested (most speakers) first.
  std::vector<size_t> disputed;
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].type == NodeType::kClaim && g.nodes[i].disputed) disputed.push_back(i);
  auto speakers_of = [&](size_t claim) {
    auto it = statements.speakers.find(claim);
    return it == statements.speakers.end() ? size_t{0} : it->second.size();
  };
  std::stable_sort(disputed.begin(), disputed.end(), [&](size_t a, size_t b) { return speakers_of(a) > speakers_of(b); });
  if (disputed.size() > top) disputed.resize(top);
  for (size_t k = 0; k < disputed.size(); ++k) {
    const size_t claim = disputed[k];
    std::set<size_t> nodes{claim};
    if (auto it = statements.speakers.find(claim); it != statements.speakers.end())
      for (const auto& [speaker, relation] : it->second) nodes.insert(speaker);
    if (auto it = statements.about.find(claim); it != statements.about.end())
      nodes.insert(it->second.begin(), it->second.end());
    Slide slide{TwoDigits(deck.size() + 1) + "-disputed-" + std::to_string(k + 1) + ".svg",
                "Disputed: “" + Shorten(g.nodes[claim].label, 90) + "”", {}, {}};
    DrawPart(index, nodes, &slide);
    deck.push_back(std::move(slide));
  }
  return deck;
}

std::string IndexHtml(const std::vector<Slide>& deck) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>claimgraph: who said what about whom</title>\n<style>\n"
      "html, body { margin: 0; height: 100%; background: #fff; font-family: Helvetica, Arial, sans-serif; }\n"
      "section { display: none; height: 100vh; box-sizing: border-box; padding: 2vh 3vw 5vh; flex-direction: column; }\n"
      "section.current { display: flex; }\n"
      "h1 { margin: 0 0 1vh; font-size: 4.5vh; color: #222; }\n"
      "object { flex: 1; width: 100%; min-height: 0; }\n"
      "footer { position: fixed; bottom: 1vh; right: 2vw; color: #888; font-size: 2vh; }\n"
      "</style>\n<noscript><style>section { display: flex; }</style></noscript>\n</head>\n<body>\n";
  for (size_t i = 0; i < deck.size(); ++i)
    html += "<section id=\"slide-" + std::to_string(i + 1) + "\">\n<h1>" + HtmlEscape(deck[i].title) +
            "</h1>\n<object type=\"image/svg+xml\" data=\"" + HtmlEscape(deck[i].file) + "\" aria-label=\"" +
            HtmlEscape(deck[i].title) + "\"></object>\n</section>\n";
  html +=
      "<footer><span id=\"counter\"></span> &middot; &larr; &rarr; to move</footer>\n<script>\n"
      "const slides = Array.from(document.querySelectorAll('section'));\n"
      "let current = 0;\n"
      "function show(n) {\n"
      "  current = Math.max(0, Math.min(slides.length - 1, n));\n"
      "  slides.forEach((s, k) => s.classList.toggle('current', k === current));\n"
      "  document.getElementById('counter').textContent = (current + 1) + ' / ' + slides.length;\n"
      "  try { history.replaceState(null, '', '#' + (current + 1)); } catch (e) {}\n"
      "}\n"
      "document.addEventListener('keydown', (e) => {\n"
      "  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(e.key)) show(current + 1);\n"
      "  else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(e.key)) show(current - 1);\n"
      "  else if (e.key === 'Home') show(0);\n"
      "  else if (e.key === 'End') show(slides.length - 1);\n"
      "  else return;\n"
      "  e.preventDefault();\n"
      "});\n"
      "show((parseInt(location.hash.slice(1), 10) || 1) - 1);\n"
      "</script>\n</body>\n</html>\n";
  return html;
}

std::string SlidesMarkdown(const std::vector<Slide>& deck) {
  // Marp reads the front matter; reveal.js (data-separator="^---$") shows
  // the same slides.
  std::string md = "---\nmarp: true\nsize: 16:9\ntitle: Who said what about whom\n---\n";
  for (size_t i = 0; i < deck.size(); ++i) {
    if (i > 0) md += "\n---\n";
    md += "\n# " + deck[i].title + "\n\n![w:1200](" + deck[i].file + ")\n";
    if (!deck[i].caption.empty()) md += "\n" + deck[i].caption + "\n";
  }
  return md;
}

}  // namespace

int RunSlides(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv, {{"--db", "-o", "--output", "--top"}, {}});
  if (!args.ok()) { PrintError("slides", args.status()); return kExitUsage; }
  if (!args->positional.empty()) { std::cerr << "claimgraph slides: unexpected argument '" << args->positional[0] << "'\n"; return kExitUsage; }
  const std::string dir = args->Get("-o", args->Get("--output"));
  if (dir.empty()) { std::cerr << "claimgraph slides: -o DIR is required\n"; return kExitUsage; }
  auto top = GetNumber(*args, "--top", 0, 999, 5);
  if (!top.ok()) { PrintError("slides", top.status()); return kExitUsage; }
  const std::string db = args->Get("--db", kDefaultDb);
  auto whole = CurrentGraph(db);
  if (!whole.ok()) { PrintError(db, whole.status()); return kExitFailure; }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) { PrintError(dir, Status::IOError(ec.message())); return kExitFailure; }

  const graph::GraphIndex index(std::move(whole.value()));
  const std::vector<Slide> deck = PlanDeck(index, static_cast<size_t>(*top));
  for (const Slide& slide : deck) {
    exporter::DiagramOptions opts;
    opts.width_in = 13.333;
    opts.height_in = 7.5;
    opts.caption = slide.caption;
    opts.layout = slide.layout;
    auto svg = exporter::RenderDiagram(slide.graph, exporter::DiagramFormat::kSvg, opts);
    if (!svg.ok()) { PrintError("slides: " + slide.file, svg.status()); return kExitFailure; }
    Status written = WriteOutput((std::filesystem::path(dir) / slide.file).string(), *svg);
    if (!written.ok()) { PrintError("slides", written); return kExitFailure; }
  }
  for (const auto& [name, text] : {std::pair<std::string, std::string>{"index.html", IndexHtml(deck)},
                                   {"slides.md", SlidesMarkdown(deck)}}) {
    Status written = WriteOutput((std::filesystem::path(dir) / name).string(), text);
    if (!written.ok()) { PrintError("slides", written); return kExitFailure; }
  }
  std::cerr << "claimgraph slides: wrote " << deck.size() << " slides to " << dir << "/index.html and slides.md\n";
  return kExitOk;
}

}  // namespace claimgraph::cli
