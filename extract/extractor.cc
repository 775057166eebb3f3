#include "extract/extractor.h"

#include "extract/entities.h"
#include "extract/relations.h"
#include "extract/sentences.h"
#include "extract/statements.h"

namespace claimgraph::extract {

ArticleFacts Extractor::Extract(std::string_view text) const {
  ArticleFacts facts;
  std::vector<Sentence> sentences = SplitSentences(text, lexicon_);
  for (const auto& s : sentences)
    if (!s.furniture) {
      facts.title = std::string(text.substr(s.begin, s.end - s.begin));
      break;
    }
  CodePointIndex offsets(text);
  EntityTable table = FindEntities(text, sentences, lexicon_);
  FindStatements(text, sentences, table, lexicon_, offsets, facts);
  FindRelations(text, sentences, table, lexicon_, offsets, facts);
  facts.entities = std::move(table.entities);
  return facts;
}

}  // namespace claimgraph::extract
