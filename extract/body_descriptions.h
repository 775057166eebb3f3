// Definite descriptions of organisations: "the carmaker", "the London
// exchange", "the firm". Business reports name a company once and then
// describe it; its statements and talks are reported under the description.
#ifndef CLAIMGRAPH_EXTRACT_BODY_DESCRIPTIONS_H_
#define CLAIMGRAPH_EXTRACT_BODY_DESCRIPTIONS_H_

#include <vector>

#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"

namespace claimgraph::extract {

// Adds to `table` a description mention for each "the (modifiers) NOUN"
// that refers to an organisation named earlier in the article: NOUN is a
// body noun ("carmaker", "exchange", "bank") the body was introduced with
// ("French carmaker PSA", "X, the German exchange,") or its name holds
// ("the exchange" for the London Stock Exchange); "company", "firm" and
// "group" refer to a body shown to be a business ("shares in X", "X's
// profits", "IT firm X"). A place or demonym among the modifiers must fit
// the body ("the London exchange": a name with London, or a body introduced
// as "London-based"). The referent is the fitting body named last before the
// description; with none, nothing is added. A place modifier's own mention
// ("London" in "the London exchange") becomes the description. Entities and
// their names are unchanged; by_sentence stays in token order.
void ResolveBodyDescriptions(const std::vector<Sentence>& sentences, const Lexicon& lexicon, EntityTable* table);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_BODY_DESCRIPTIONS_H_
