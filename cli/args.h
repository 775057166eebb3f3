// A small command-line parser: options may come before or after positional
// arguments, in any order; "--opt value" and "--opt=value" both work; "--"
// ends options.
#ifndef CLAIMGRAPH_CLI_ARGS_H_
#define CLAIMGRAPH_CLI_ARGS_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"

namespace claimgraph::cli {

struct OptionSpec {
  std::set<std::string> with_value;  // e.g. "--db", "-o"
  std::set<std::string> flags;       // e.g. "--help", "--all"
};

struct Args {
  std::map<std::string, std::string> values;
  std::set<std::string> flags;
  std::vector<std::string> positional;

  bool Has(const std::string& flag) const { return flags.count(flag) > 0; }
  std::string Get(const std::string& opt, const std::string& fallback = "") const {
    auto it = values.find(opt);
    return it == values.end() ? fallback : it->second;
  }
};

// InvalidArgument naming the unknown option or the missing value.
StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const OptionSpec& spec);

// The whole number given for option `opt` (decimal digits only, no sign or
// spaces, from `min` to `max`), or `fallback` when the option is absent.
// InvalidArgument "OPT must be a number from MIN to MAX" otherwise.
// Requires 0 <= min <= max.
StatusOr<int> GetNumber(const Args& args, const std::string& opt, int min, int max, int fallback);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_ARGS_H_
