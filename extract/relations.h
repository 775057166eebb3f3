// located_in and met_with links stated in one article's text.
#ifndef CLAIMGRAPH_EXTRACT_RELATIONS_H_
#define CLAIMGRAPH_EXTRACT_RELATIONS_H_

#include <string_view>
#include <vector>

#include "core/facts.h"
#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"

namespace claimgraph::extract {

// Appends located_in ("Russia's Kursk Oblast", "Sudzha in Kursk",
// "Pokrovsk, Donetsk Oblast", "the Kursk region of Russia") and met_with
// ("X met with Y", "talks between X and Y", "X held talks with Y") links.
// A group that meets a named party ("Five public sector unions met John
// Prescott") is added to `table` as an entity named by its description.
void FindRelations(std::string_view text, const std::vector<Sentence>& sentences, EntityTable& table,
                   const Lexicon& lexicon, const CodePointIndex& offsets, ArticleFacts& facts);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_RELATIONS_H_
