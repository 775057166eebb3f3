// Words and punctuation of a stretch of UTF-8 text, with byte offsets into
// the article. A hand-written scanner: news English needs a few rules the
// ICU word breaker does not give (possessives split off, "U.S." kept whole,
// "Gibraltar-based" split at the hyphen).
#ifndef CLAIMGRAPH_EXTRACT_TOKENIZE_H_
#define CLAIMGRAPH_EXTRACT_TOKENIZE_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

enum class TokenKind : uint8_t {
  kWord,        // letters, digits, inner hyphens, apostrophes and dots
  kPunct,       // any other single character (incl. dashes)
  kQuote,       // a quotation mark: " “ ” ‘ ’ or a quoting '
  kPossessive,  // 's or ’s or a bare ’ after a plural
};

// For kQuote: which mark it is.
enum class QuoteMark : uint8_t { kNone, kStraightDouble, kOpenDouble, kCloseDouble, kStraightSingle, kOpenSingle, kCloseSingle };

struct Token {
  uint32_t begin = 0;   // byte offsets into the article text
  uint32_t end = 0;
  std::string_view text;
  TokenKind kind = TokenKind::kPunct;
  QuoteMark quote = QuoteMark::kNone;
  bool capitalized = false;  // first letter upper-case
  bool all_caps = false;     // every letter upper-case, at least two letters
  bool space_before = false; // white space between this and the previous token
};

// Tokenizes text[begin, end). `text` must outlive the tokens.
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_TOKENIZE_H_
