// Raw file bytes -> article text: what ingest feeds the extractor. Empty
// and binary inputs are refused; invalid UTF-8 is decoded as Windows-1252
// (the usual culprit in news archives) with a warning; HTML is reduced to
// its text (scripts and styles dropped, entities decoded).
#ifndef CLAIMGRAPH_EXTRACT_DOCUMENT_H_
#define CLAIMGRAPH_EXTRACT_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace claimgraph::extract {

struct DecodedText {
  std::string text;                   // valid UTF-8, LF line ends
  std::vector<std::string> warnings;  // recoveries made, for the user
};

// Largest input accepted, in bytes; larger files are refused (documented in
// docs/formats.md) so memory stays bounded.
inline constexpr size_t kMaxArticleBytes = 16 * 1024 * 1024;

// InvalidArgument with the reason for empty, binary (NUL bytes) or
// oversized input, or input with no text once decoded.
StatusOr<DecodedText> DecodeArticle(std::string_view bytes);

bool IsValidUtf8(std::string_view s);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_DOCUMENT_H_
