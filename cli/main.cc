// claimgraph: who said what about whom. A thin dispatcher over a table of
// subcommands; each lives in its own *_command.cc.
#include <iostream>
#include <string>
#include <vector>

#include "cli/app.h"
#include "cli/commands.h"

namespace claimgraph::cli {
namespace {

const Command kCommands[] = {
    {"ingest", "read articles into the database (extract people, places, claims)", kIngestHelp, RunIngest},
    {"export", "write the graph as JSON, GraphML, DOT, SVG, PNG or PDF", kExportHelp, RunExport},
    {"stats", "count articles, entities, claims and edges", kStatsHelp, RunStats},
    {"query", "ask the graph: statements, disputed claims, entities, neighbours, paths, SQL", kQueryHelp, RunQuery},
    {"slides", "write a slide deck of diagrams (SVG, index.html, slides.md)", kSlidesHelp, RunSlides},
    {"eval", "score extraction against hand annotations (gold files)", kEvalHelp, RunEval},
    {"bench", "measure extraction, ingest, query and export speed", kBenchHelp, RunBench},
};

void PrintUsage(std::ostream& out) {
  out << "usage: claimgraph COMMAND [OPTIONS] [ARGS]\n\n"
         "Builds a knowledge graph of who said what about whom from news articles.\n\n"
         "Commands:\n";
  for (const auto& c : kCommands) out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << c.summary << "\n";
  out << "\nRun 'claimgraph COMMAND --help' for a command's options and examples.\n"
         "A typical session:\n"
         "  claimgraph ingest --db story.db articles/\n"
         "  claimgraph export --db story.db --format svg -o story.svg\n"
         "\nExit codes: 0 success, 1 some inputs skipped, 2 usage error, 3 failure.\n"
         "Documentation: docs/cli.md, docs/formats.md, docs/schema.md.\n";
}

}  // namespace
}  // namespace claimgraph::cli

int main(int argc, char** argv) {
  using namespace claimgraph::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return kExitUsage;
  }
  const std::string& name = args[0];
  if (name == "--help" || name == "-h" || name == "help") {
    if (args.size() > 1)
      for (const auto& c : kCommands)
        if (args[1] == c.name) { std::cout << c.help; return kExitOk; }
    PrintUsage(std::cout);
    return kExitOk;
  }
  if (name == "--version") {
    std::cout << "claimgraph 0.1.0\n";
    return kExitOk;
  }
  for (const auto& c : kCommands) {
    if (name != c.name) continue;
    std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const auto& a : rest)
      if (a == "--help" || a == "-h") { std::cout << c.help; return kExitOk; }
    return c.run(rest);
  }
  std::cerr << "claimgraph: unknown command '" << name << "'\n\n";
  PrintUsage(std::cerr);
  return kExitUsage;
}
