#include "extract/names.h"

namespace claimgraph::extract {

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t sp = name.find(' ', pos);
    if (sp == std::string_view::npos) sp = name.size();
    if (sp > pos) out.emplace_back(name.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

bool SameSurname(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 5 && longer.size() - shorter.size() <= 2 && longer.compare(0, shorter.size(), shorter) == 0;
}

}  // namespace claimgraph::extract
