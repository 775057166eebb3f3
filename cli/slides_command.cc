// Placeholder until the slides command lands: says so and exits 3.
#include <iostream>

#include "cli/app.h"
#include "cli/commands.h"

namespace claimgraph::cli {

const char* const kSlidesHelp = "usage: claimgraph slides ...\n\n(not available yet)\n";

int RunSlides(const std::vector<std::string>&) {
  std::cerr << "claimgraph slides: not available yet\n";
  return kExitFailure;
}

}  // namespace claimgraph::cli
