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

StatusOr<int> GetNumber(const Args& args, const std::string& opt, int min, int max, int fallback) {
  auto it = args.values.find(opt);
  if (it == args.values.end()) return fallback;
  const std::string& text = it->second;
  long value = 0;
  bool ok = !text.empty() && text.size() <= 9 && text.find_first_not_of("0123456789") == std::string::npos;
  if (ok) value = std::stol(text);
  if (!ok || value < min || value > max)
    return Status::InvalidArgument(opt + " must be a number from " + std::to_string(min) + " to " +
                                   std::to_string(max));
  return static_cast<int>(value);
}

}  // namespace claimgraph::cli
