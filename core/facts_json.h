// ArticleFacts <-> JSON, the form in which the store keeps each article's
// extraction (so the graph can be rebuilt without re-reading files).
#ifndef CLAIMGRAPH_CORE_FACTS_JSON_H_
#define CLAIMGRAPH_CORE_FACTS_JSON_H_

#include <string>

#include "core/facts.h"
#include "core/status.h"

namespace claimgraph {

// Compact JSON; deterministic for equal input.
std::string FactsToJson(const ArticleFacts& facts);
// Corruption if `json` is not what FactsToJson writes.
StatusOr<ArticleFacts> FactsFromJson(const std::string& json);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_FACTS_JSON_H_
