#include "core/facts.h"

#include <iterator>

namespace claimgraph {

namespace {
constexpr std::string_view kNodeTypeNames[] = {"person", "organisation", "place", "claim"};
constexpr std::string_view kRelationNames[] = {"said", "denied", "about", "located_in", "met_with"};
}  // namespace

std::string_view ToString(NodeType t) { return kNodeTypeNames[static_cast<int>(t)]; }
std::string_view ToString(Relation r) { return kRelationNames[static_cast<int>(r)]; }

std::optional<NodeType> ParseNodeType(std::string_view s) {
  if (s == "organization") s = "organisation";  // accept US spelling
  for (size_t i = 0; i < std::size(kNodeTypeNames); ++i)
    if (kNodeTypeNames[i] == s) return static_cast<NodeType>(i);
  return std::nullopt;
}

std::optional<Relation> ParseRelation(std::string_view s) {
  for (size_t i = 0; i < std::size(kRelationNames); ++i)
    if (kRelationNames[i] == s) return static_cast<Relation>(i);
  return std::nullopt;
}

}  // namespace claimgraph
