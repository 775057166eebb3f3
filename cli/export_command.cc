#include <unistd.h>

#include <iostream>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/export_filter.h"
#include "export/export.h"

namespace claimgraph::cli {

const char* const kExportHelp =
    "usage: claimgraph export [--db FILE] --format FORMAT [-o FILE] [OPTIONS]\n\n"
    "Writes the graph of who said what about whom.\n\n"
    "Formats:\n"
    "  json      nodes and edges with evidence (contract: docs/formats.md)\n"
    "  graphml   for Gephi and yEd\n"
    "  dot       Graphviz source (no layout positions; stable for diffs)\n"
    "  svg, png, pdf  diagrams laid out by Graphviz\n\n"
    "Options:\n"
    "  --db FILE          database (default ./claimgraph.db)\n"
    "  -o, --output FILE  write here instead of standard output\n"
    "  --focus NAME       only NAME (a person, organisation or place; aliases and\n"
    "                     any case work) and what lies within --depth hops of it\n"
    "  --depth N          hops around --focus (default 1; a claim is one hop, so\n"
    "                     \"who said what about whom\" around a person is 2)\n"
    "  --only RELATIONS   comma-separated: said,denied,about,located_in,met_with\n"
    "  --article PATH     only what that article says\n"
    "  --no-inferred      leave out edges from outside knowledge (gazetteer)\n"
    "  --layout ENGINE    dot, neato, fdp, sfdp, circo (default dot; sfdp above 150 nodes)\n"
    "  --size SIZE        page size: 16:9 (13.33x7.5 in), 4:3 (10x7.5 in) or WxH in inches\n"
    "  --cluster MODE     none (default), type, article\n"
    "  --no-legend        leave out the legend\n"
    "  --all              draw every node; by default a diagram of more than 150\n"
    "                     nodes keeps the 150 best-connected and says so in a caption\n\n"
    "The filters apply to every format; the 150-node cut to diagrams only.\n"
    "An unknown or ambiguous --focus name exits 2 (candidates are listed).\n\n"
    "Examples:\n"
    "  claimgraph export --format svg -o story.svg --size 16:9\n"
    "  claimgraph export --format svg -o putin.svg --focus Putin --depth 2\n"
    "  claimgraph export --format png -o quotes.png --only said,denied,about\n"
    "  claimgraph export --db story.db --format json | jq '.nodes | length'\n";

int RunExport(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv, {{"--db", "--format", "-o", "--output", "--layout", "--size", "--cluster", "--focus",
                                "--depth", "--only", "--article"},
                               {"--no-inferred", "--no-legend", "--all"}});
  if (!args.ok()) { PrintError("export", args.status()); return kExitUsage; }
  if (!args->positional.empty()) { std::cerr << "claimgraph export: unexpected argument '" << args->positional[0] << "'\n"; return kExitUsage; }
  const std::string format = args->Get("--format");
  if (format.empty()) { std::cerr << "claimgraph export: --format is required (json, graphml, dot, svg, png, pdf)\n"; return kExitUsage; }
  exporter::DiagramOptions opts;
  opts.include_inferred = !args->Has("--no-inferred");
  opts.legend = !args->Has("--no-legend");
  if (args->values.count("--size") && !ParsePageSize(args->Get("--size"), &opts.width_in, &opts.height_in)) {
    std::cerr << "claimgraph export: --size must be 16:9, 4:3 or WxH in inches (e.g. 12x8)\n";
    return kExitUsage;
  }
  const std::string cluster = args->Get("--cluster", "none");
  if (cluster == "type") opts.cluster = exporter::ClusterMode::kType;
  else if (cluster == "article") opts.cluster = exporter::ClusterMode::kArticle;
  else if (cluster != "none") { std::cerr << "claimgraph export: --cluster must be none, type or article\n"; return kExitUsage; }

  GraphFilter filter;
  filter.focus = args->Get("--focus");
  filter.article = args->Get("--article");
  filter.include_inferred = opts.include_inferred;
  if (args->values.count("--depth")) {
    auto depth = GetNumber(*args, "--depth", 0, 999, filter.depth);
    if (!depth.ok()) { PrintError("export", depth.status()); return kExitUsage; }
    if (filter.focus.empty()) { std::cerr << "claimgraph export: --depth needs --focus\n"; return kExitUsage; }
    filter.depth = *depth;
  }
  if (args->values.count("--only")) {
    auto only = ParseRelationList(args->Get("--only"));
    if (!only.ok()) { PrintError("export: --only", only.status()); return kExitUsage; }
    filter.only = *only;
  }

  exporter::DiagramFormat diagram = exporter::DiagramFormat::kDot;
  if (format == "svg") diagram = exporter::DiagramFormat::kSvg;
  else if (format == "png") diagram = exporter::DiagramFormat::kPng;
  else if (format == "pdf") diagram = exporter::DiagramFormat::kPdf;
  else if (format != "dot" && format != "json" && format != "graphml") {
    std::cerr << "claimgraph export: unknown format '" << format << "' (json, graphml, dot, svg, png, pdf)\n";
    return kExitUsage;
  }
  const std::string out_path = args->Get("-o", args->Get("--output"));
  if ((format == "png" || format == "pdf") && out_path.empty() && isatty(1)) {
    std::cerr << "claimgraph export: refusing to write binary " << format << " to a terminal; use -o FILE\n";
    return kExitUsage;
  }

  const std::string db = args->Get("--db", kDefaultDb);
  auto whole = CurrentGraph(db);
  if (!whole.ok()) { PrintError(db, whole.status()); return kExitFailure; }
  auto graph = FilterGraph(*whole, filter);
  if (!graph.ok()) { PrintError("export", graph.status()); return kExitUsage; }
  std::string data;
  if (format == "json") data = exporter::ToJson(*graph);
  else if (format == "graphml") data = exporter::ToGraphMl(*graph);
  else {
    // Large graphs: a layout that scales, and (unless --all) only the nodes
    // that matter most, so the drawing stays readable.
    const bool large = graph->nodes.size() > kDiagramNodeLimit;
    opts.layout = args->Get("--layout", large ? "sfdp" : "dot");
    KnowledgeGraph drawn = args->Has("--all") ? std::move(graph.value())
                                              : KeepTopRanked(*graph, kDiagramNodeLimit, "use --all to show everything", &opts.caption);
    auto rendered = exporter::RenderDiagram(drawn, diagram, opts);
    if (!rendered.ok()) {
      PrintError("export", rendered.status());
      return rendered.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFailure;
    }
    data = std::move(rendered.value());
  }
  Status written = WriteOutput(out_path, data);
  if (!written.ok()) { PrintError("export", written); return kExitFailure; }
  return kExitOk;
}

}  // namespace claimgraph::cli
