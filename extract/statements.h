// Who said or denied what in one article: quotations (direct, split,
// multi-sentence, continued), reported speech ("X said that ..."), and
// denials, each attributed to a speaker resolved through the entity table.
#ifndef CLAIMGRAPH_EXTRACT_STATEMENTS_H_
#define CLAIMGRAPH_EXTRACT_STATEMENTS_H_

#include <string_view>
#include <vector>

#include "core/facts.h"
#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"

namespace claimgraph::extract {

// Appends claims and statements to `facts` (whose entities are table's,
// in the same order); may add entities for speakers known only by a
// description ("a senior US official").
void FindStatements(std::string_view text, const std::vector<Sentence>& sentences, EntityTable& table,
                    const Lexicon& lexicon, const CodePointIndex& offsets, ArticleFacts& facts);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_STATEMENTS_H_
