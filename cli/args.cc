#include "cli/args.h"

namespace claimgraph::cli {

StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const OptionSpec& spec) {
  Args args;
  bool options_done = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (options_done || a.size() < 2 || a[0] != '-') {
      args.positional.push_back(a);
      continue;
    }
    if (a == "--") { options_done = true; continue; }
    std::string name = a, value;
    bool has_inline = false;
    if (size_t eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      has_inline = true;
    }
    if (spec.flags.count(name)) {
      if (has_inline) return Status::InvalidArgument("option " + name + " takes no value");
      args.flags.insert(name);
    } else if (spec.with_value.count(name)) {
      if (!has_inline) {
        if (i + 1 >= argv.size()) return Status::InvalidArgument("option " + name + " needs a value");
        value = argv[++i];
      }
      args.values[name] = value;
    } else {
      return Status::InvalidArgument("unknown option " + name);
    }
  }
  return args;
}

}  // namespace claimgraph::cli
