#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
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
    "  --layout ENGINE    dot (default), neato, fdp, sfdp, circo\n"
    "  --size SIZE        page size: 16:9 (13.33x7.5 in), 4:3 (10x7.5 in) or WxH in inches\n"
    "  --cluster MODE     none (default), type, article\n"
    "  --no-inferred      leave out edges from outside knowledge (gazetteer)\n"
    "  --no-legend        leave out the legend\n\n"
    "Examples:\n"
    "  claimgraph export --format svg -o story.svg --size 16:9\n"
    "  claimgraph export --db story.db --format json | jq '.nodes | length'\n";

namespace {

bool ParseSize(const std::string& s, double* w, double* h) {
  if (s == "16:9") { *w = 13.333; *h = 7.5; return true; }
  if (s == "4:3") { *w = 10; *h = 7.5; return true; }
  size_t x = s.find('x');
  if (x == std::string::npos) return false;
  char* end = nullptr;
  *w = std::strtod(s.substr(0, x).c_str(), &end);
  if (*end) return false;
  *h = std::strtod(s.substr(x + 1).c_str(), &end);
  return !*end && *w > 0 && *h > 0 && *w < 1000 && *h < 1000;
}

}  // namespace

int RunExport(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv, {{"--db", "--format", "-o", "--output", "--layout", "--size", "--cluster"},
                               {"--no-inferred", "--no-legend"}});
  if (!args.ok()) { PrintError("export", args.status()); return kExitUsage; }
  if (!args->positional.empty()) { std::cerr << "claimgraph export: unexpected argument '" << args->positional[0] << "'\n"; return kExitUsage; }
  const std::string format = args->Get("--format");
  if (format.empty()) { std::cerr << "claimgraph export: --format is required (json, graphml, dot, svg, png, pdf)\n"; return kExitUsage; }
  exporter::DiagramOptions opts;
  opts.layout = args->Get("--layout", "dot");
  opts.include_inferred = !args->Has("--no-inferred");
  opts.legend = !args->Has("--no-legend");
  if (args->values.count("--size") && !ParseSize(args->Get("--size"), &opts.width_in, &opts.height_in)) {
    std::cerr << "claimgraph export: --size must be 16:9, 4:3 or WxH in inches (e.g. 12x8)\n";
    return kExitUsage;
  }
  const std::string cluster = args->Get("--cluster", "none");
  if (cluster == "type") opts.cluster = exporter::ClusterMode::kType;
  else if (cluster == "article") opts.cluster = exporter::ClusterMode::kArticle;
  else if (cluster != "none") { std::cerr << "claimgraph export: --cluster must be none, type or article\n"; return kExitUsage; }
  exporter::DiagramFormat diagram;
  bool is_diagram = true;
  if (format == "dot") diagram = exporter::DiagramFormat::kDot;
  else if (format == "svg") diagram = exporter::DiagramFormat::kSvg;
  else if (format == "png") diagram = exporter::DiagramFormat::kPng;
  else if (format == "pdf") diagram = exporter::DiagramFormat::kPdf;
  else if (format == "json" || format == "graphml") is_diagram = false;
  else { std::cerr << "claimgraph export: unknown format '" << format << "' (json, graphml, dot, svg, png, pdf)\n"; return kExitUsage; }
  const std::string out_path = args->Get("-o", args->Get("--output"));
  if (is_diagram && (format == "png" || format == "pdf") && out_path.empty() && isatty(1)) {
    std::cerr << "claimgraph export: refusing to write binary " << format << " to a terminal; use -o FILE\n";
    return kExitUsage;
  }

  const std::string db = args->Get("--db", kDefaultDb);
  auto graph = CurrentGraph(db);
  if (!graph.ok()) { PrintError(db, graph.status()); return kExitFailure; }
  std::string data;
  if (format == "json") data = exporter::ToJson(*graph);
  else if (format == "graphml") data = exporter::ToGraphMl(*graph);
  else {
    auto rendered = exporter::RenderDiagram(*graph, diagram, opts);
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
