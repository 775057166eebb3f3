// Character classes for the tokenizer, as ICU defines them, with ASCII
// answered inline: news text is mostly ASCII, and a call into ICU's property
// tables for every code point was a tenth of extraction (docs/performance.md).
// extractor_test.cc checks every ASCII code point against ICU.
#ifndef CLAIMGRAPH_EXTRACT_CHAR_CLASS_H_
#define CLAIMGRAPH_EXTRACT_CHAR_CLASS_H_

#include <unicode/uchar.h>

namespace claimgraph::extract {

// u_isupper: Lu. Negative (no code point) is false, as in ICU.
inline bool IsUpper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c); }
// u_islower: Ll.
inline bool IsLower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }
// u_isalpha: L.
inline bool IsLetter(UChar32 c) { return c < 0x80 ? (IsUpper(c) || IsLower(c)) : u_isalpha(c); }
// u_isalnum: L or Nd.
inline bool IsLetterOrDigit(UChar32 c) { return c < 0x80 ? (IsLetter(c) || (c >= '0' && c <= '9')) : u_isalnum(c); }
// u_isUWhiteSpace: the White_Space property; in ASCII, tab to carriage return and space.
inline bool IsWhiteSpace(UChar32 c) { return c < 0x80 ? ((c >= 0x09 && c <= 0x0D) || c == ' ') : u_isUWhiteSpace(c); }

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_CHAR_CLASS_H_
