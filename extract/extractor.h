// The extraction core: text in, facts out. A pure function of the article
// text and the lexicon: no files, no database, no mutable globals, so one
// Extractor may be used from many threads at once.
#ifndef CLAIMGRAPH_EXTRACT_EXTRACTOR_H_
#define CLAIMGRAPH_EXTRACT_EXTRACTOR_H_

#include <string_view>

#include "core/facts.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

class Extractor {
 public:
  // `lexicon` must outlive the Extractor.
  explicit Extractor(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Entities, claims, statements and links of one article. `text` must be
  // valid UTF-8 (see document.h for decoding raw bytes). Never fails: text
  // with nothing to find gives empty facts.
  ArticleFacts Extract(std::string_view text) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_EXTRACTOR_H_
