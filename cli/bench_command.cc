// Placeholder until the bench command lands: says so and exits 3.
#include <iostream>

#include "cli/app.h"
#include "cli/commands.h"

namespace claimgraph::cli {

const char* const kBenchHelp = "usage: claimgraph bench ...\n\n(not available yet)\n";

int RunBench(const std::vector<std::string>&) {
  std::cerr << "claimgraph bench: not available yet\n";
  return kExitFailure;
}

}  // namespace claimgraph::cli
