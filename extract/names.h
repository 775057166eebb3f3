// Small helpers on names shared by in-article resolution (entities.cc) and
// cross-article resolution (consolidate.cc). Internal to extract/.
#ifndef CLAIMGRAPH_EXTRACT_NAMES_H_
#define CLAIMGRAPH_EXTRACT_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

// The space-separated words of a name.
std::vector<std::string> Words(std::string_view name);

// Surname spellings that differ by a short ending ("Zelensky", "Zelenskyy"):
// equal, or the shorter (five letters or more) begins the longer, which has
// at most two letters more.
bool SameSurname(const std::string& a, const std::string& b);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_NAMES_H_
