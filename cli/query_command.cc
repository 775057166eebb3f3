// Placeholder until the query command lands: says so and exits 3.
#include <iostream>

#include "cli/app.h"
#include "cli/commands.h"

namespace claimgraph::cli {

const char* const kQueryHelp = "usage: claimgraph query ...\n\n(not available yet)\n";

int RunQuery(const std::vector<std::string>&) {
  std::cerr << "claimgraph query: not available yet\n";
  return kExitFailure;
}

}  // namespace claimgraph::cli
