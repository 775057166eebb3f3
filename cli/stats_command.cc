#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"

namespace claimgraph::cli {

const char* const kStatsHelp =
    "usage: claimgraph stats [--db FILE] [--format text|json]\n\n"
    "Counts what the database holds: articles, entities (people, places,\n"
    "organisations), claims, and edges of the consolidated graph.\n\n"
    "Options:\n"
    "  --db FILE        database (default ./claimgraph.db)\n"
    "  --format FORMAT  text (default) or json: {\"articles\":N,\"entities\":N,\"claims\":N,\"edges\":N}\n";

int RunStats(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv, {{"--db", "--format"}, {}});
  if (!args.ok()) { PrintError("stats", args.status()); return kExitUsage; }
  if (!args->positional.empty()) { std::cerr << "claimgraph stats: unexpected argument '" << args->positional[0] << "'\n"; return kExitUsage; }
  const std::string format = args->Get("--format", "text");
  if (format != "text" && format != "json") { std::cerr << "claimgraph stats: --format must be text or json\n"; return kExitUsage; }
  const std::string db = args->Get("--db", kDefaultDb);
  auto graph = CurrentGraph(db);  // brings a stale graph up to date first
  if (!graph.ok()) { PrintError(db, graph.status()); return kExitFailure; }
  auto store = graph::Store::Open(db, graph::Store::Mode::kReadOnly);
  if (!store.ok()) { PrintError(db, store.status()); return kExitFailure; }
  auto stats = store->Stats();
  if (!stats.ok()) { PrintError(db, stats.status()); return kExitFailure; }
  if (format == "json") {
    nlohmann::ordered_json j;
    j["articles"] = stats->articles;
    j["entities"] = stats->entities;
    j["claims"] = stats->claims;
    j["edges"] = stats->edges;
    std::cout << j.dump() << "\n";
  } else {
    std::cout << "articles  " << stats->articles << "\nentities  " << stats->entities << "\nclaims    "
              << stats->claims << "\nedges     " << stats->edges << "\n";
  }
  return kExitOk;
}

}  // namespace claimgraph::cli
