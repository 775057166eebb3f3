// Raw file bytes -> article text: what ingest feeds the extractor. Empty
// and binary inputs are refused; bytes that are not valid UTF-8 are decoded
// as Windows-1252 (the usual culprit in news archives; valid UTF-8 sequences
// in the same file are kept) with a warning; HTML is reduced to its text
// (comments, scripts and styles dropped, entities decoded).
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

// Largest input accepted, in bytes; larger files are refused so that time
// and memory stay bounded (docs/robustness.md). Extraction time grows faster
// than linearly with article length: 1 MiB of dense news takes ~4 s and
// ~70 MB, 2 MiB ~18 s. The longest BBC article is 25 KB; 1 MiB is a book.
inline constexpr size_t kMaxArticleBytes = 1024 * 1024;

// What the caller knows of the bytes' format. kDetect looks at the content
// (an HTML doctype, <html>, <body>, or a document that opens with markup);
// kHtml always strips markup, for files named *.html / *.htm.
enum class SourceFormat { kDetect, kHtml };

// kHtml for paths ending in .html, .htm or .xhtml (any case), else kDetect.
SourceFormat FormatForPath(std::string_view path);

// InvalidArgument with the reason for empty, binary (NUL bytes, UTF-16, or
// mostly control characters) or oversized input, or input with no text once
// decoded. Never reads past `bytes`; safe on arbitrary input (fuzzed).
StatusOr<DecodedText> DecodeArticle(std::string_view bytes, SourceFormat format = SourceFormat::kDetect);

bool IsValidUtf8(std::string_view s);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_DOCUMENT_H_
