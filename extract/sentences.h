// An article cut into sentences (ICU, locale en@ss=standard, which keeps
// "Mr." inside its sentence), each tokenised and marked as headline, title
// case, or site furniture to be ignored.
#ifndef CLAIMGRAPH_EXTRACT_SENTENCES_H_
#define CLAIMGRAPH_EXTRACT_SENTENCES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/facts.h"
#include "extract/lexicon.h"
#include "extract/tokenize.h"

namespace claimgraph::extract {

struct Sentence {
  uint32_t begin = 0;  // bytes, trimmed of surrounding white space
  uint32_t end = 0;
  std::vector<Token> tokens;
  // The sentence's bytes in ASCII lower case (same length as the text), so
  // that each token's lower-case form is a view, not a string per token.
  std::string lower_text;

  // The lower-cased text of token t, or "" past the end; valid as long as
  // the sentence is.
  std::string_view Lower(size_t t) const;
  bool furniture = false;   // bylines, "Read more", credits: not news text
  bool title_case = false;  // Headline Style or ALL CAPS: capitals carry no signal
  bool paragraph_start = false;
};

// Never fails: text that ICU cannot segment (it always can, for valid
// UTF-8) comes back as one sentence per line.
std::vector<Sentence> SplitSentences(std::string_view text, const Lexicon& lexicon);

// Converts byte offsets to code point offsets, for evidence spans.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  int64_t ToCodePoint(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 256;
  std::string_view text_;
  std::vector<int64_t> checkpoints_;  // code points before byte i*kStride
};

// The evidence span of a whole sentence: its code point offsets in `text`
// (the text the sentence was split from) and its text.
Span SentenceSpan(std::string_view text, const Sentence& sentence, const CodePointIndex& offsets);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_SENTENCES_H_
