#include "extract/tokenize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/char_class.h"

namespace claimgraph::extract {

namespace {

constexpr UChar32 kLeftDouble = 0x201C, kRightDouble = 0x201D;
constexpr UChar32 kLeftSingle = 0x2018, kRightSingle = 0x2019;

struct Decoder {
  std::string_view text;
  uint32_t end;
  // The code point at `pos` and the position after it (U+FFFD if invalid).
  UChar32 At(uint32_t pos, uint32_t* next) const {
    if (pos >= end) { *next = pos; return -1; }
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(end), c);
    *next = static_cast<uint32_t>(i);
    return c < 0 ? 0xFFFD : c;
  }
  UChar32 Peek(uint32_t pos) const { uint32_t n; return At(pos, &n); }
};

// No ASCII character is a non-spacing mark, so ASCII needs one test.
bool IsWordChar(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsLetterOrDigit(c);
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == kRightSingle; }

}  // namespace

std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Token> tokens;
  Decoder d{text, end};
  uint32_t pos = begin;
  bool space = false;
  auto emit = [&](uint32_t b, uint32_t e, TokenKind kind, QuoteMark q = QuoteMark::kNone) {
    Token t;
    t.begin = b;
    t.end = e;
    t.text = text.substr(b, e - b);
    t.kind = kind;
    t.quote = q;
    t.space_before = space;
    if (kind == TokenKind::kWord) {
      int letters = 0, upper = 0;
      bool first = true;
      for (uint32_t p = b, n; p < e; p = n) {
        UChar32 c = d.At(p, &n);
        if (!IsLetter(c)) continue;
        ++letters;
        if (IsUpper(c)) ++upper;
        // "eBay", "iPod": a name whose capital comes second
        if (first) {
          uint32_t n2;
          UChar32 next_char = d.At(n, &n2);
          t.capitalized = IsUpper(c) || (IsLower(c) && next_char > 0 && IsUpper(next_char) && e - b > 2);
        }
        first = false;
      }
      t.all_caps = letters >= 2 && upper == letters;
    }
    tokens.push_back(t);
    space = false;
  };

  while (pos < end) {
    uint32_t next;
    UChar32 c = d.At(pos, &next);
    if (IsWhiteSpace(c) || c == 0xA0) { space = true; pos = next; continue; }
    if (!IsWordChar(c)) {
      if (c == '"') emit(pos, next, TokenKind::kQuote, QuoteMark::kStraightDouble);
      else if (c == kLeftDouble) emit(pos, next, TokenKind::kQuote, QuoteMark::kOpenDouble);
      else if (c == kRightDouble) emit(pos, next, TokenKind::kQuote, QuoteMark::kCloseDouble);
      else if (c == kLeftSingle) emit(pos, next, TokenKind::kQuote, QuoteMark::kOpenSingle);
      else if (c == kRightSingle || c == '\'') {
        // A bare apostrophe after a plural ("Ukrainians’ lives") is possessive
        // when a word follows; otherwise it is a quotation mark.
        UChar32 after = d.Peek(next);
        bool plural_possessive = !tokens.empty() && tokens.back().kind == TokenKind::kWord && !space &&
                                 (tokens.back().text.back() == 's') && after == ' ' &&
                                 IsWordChar(d.Peek(next + 1)) && IsLower(d.Peek(next + 1));
        if (plural_possessive) emit(pos, next, TokenKind::kPossessive);
        else emit(pos, next, TokenKind::kQuote, c == '\'' ? QuoteMark::kStraightSingle : QuoteMark::kCloseSingle);
      } else {
        emit(pos, next, TokenKind::kPunct);
      }
      pos = next;
      continue;
    }
    // A word: letters/digits joined by inner hyphens, apostrophes and dots.
    uint32_t start = pos, last = next;
    pos = next;
    while (pos < end) {
      UChar32 ch = d.At(pos, &next);
      if (IsWordChar(ch)) { pos = next; last = pos; continue; }
      uint32_t after;
      UChar32 follow = d.At(next, &after);
      if ((ch == '-' || ch == '.' || IsApostrophe(ch)) && IsWordChar(follow)) {
        // "'s" at the end of a word is split off below, not joined.
        if (IsApostrophe(ch) && (follow == 's' || follow == 'S') && !IsWordChar(d.Peek(after))) break;
        pos = after;
        last = pos;
        continue;
      }
      // Abbreviations with dots: "U.S." keeps its final dot when every part
      // before it is a single letter; so does an initial before a name
      // ("B. Satyanarayana").
      if (ch == '.') {
        std::string_view word = text.substr(start, pos - start);
        bool dotted = word.size() >= 3 && word[1] == '.';
        bool initial = word.size() == 1 && IsUpper(static_cast<unsigned char>(word[0])) && follow == ' ' &&
                       IsUpper(d.Peek(next + 1));
        if (dotted || initial) { pos = next; last = pos; }
      }
      break;
    }
    std::string_view word = text.substr(start, last - start);
    // Split "Gibraltar-based", "U.S.-brokered", "U.S.-Ukraine": a hyphen whose
    // left part is capitalised and right part is lower case, or whose left
    // part is a dotted abbreviation.
    size_t hyphen = word.rfind('-');
    if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size()) {
      std::string_view left = word.substr(0, hyphen), right = word.substr(hyphen + 1);
      size_t first_hyphen = word.find('-');
      bool left_caps = IsUpper(static_cast<unsigned char>(left[0]));
      bool right_lower = IsLower(static_cast<unsigned char>(right[0]));
      if (first_hyphen == hyphen && ((left_caps && right_lower) || left.back() == '.')) {
        emit(start, start + hyphen, TokenKind::kWord);
        emit(start + hyphen, start + hyphen + 1, TokenKind::kPunct);
        emit(start + hyphen + 1, last, TokenKind::kWord);
        continue;
      }
    }
    emit(start, last, TokenKind::kWord);
    // Possessive "'s" / "’s".
    uint32_t n1;
    UChar32 ap = d.At(pos, &n1);
    if (IsApostrophe(ap)) {
      uint32_t n2;
      UChar32 s = d.At(n1, &n2);
      if ((s == 's' || s == 'S') && !IsWordChar(d.Peek(n2))) {
        emit(pos, n2, TokenKind::kPossessive);
        pos = n2;
      }
    }
  }
  return tokens;
}

}  // namespace claimgraph::extract
