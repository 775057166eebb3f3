// libFuzzer target: arbitrary bytes through what ingest does to a file before
// storing it, DecodeArticle then Extractor::Extract. Finds crashes, hangs and
// sanitizer reports (out-of-bounds reads in the HTML and UTF-8 decoders,
// offsets past the text in the extractor).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"

namespace {
// Loaded once: it is immutable and loading it per input would dominate.
const claimgraph::extract::Lexicon* g_lexicon = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto lexicon = claimgraph::extract::Lexicon::Load();
  if (!lexicon.ok()) {
    std::fprintf(stderr, "fuzz_extract: %s\n", lexicon.status().ToString().c_str());
    std::abort();
  }
  g_lexicon = std::move(lexicon).value().release();  // lives until exit
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte also picks how the file is named, so the forced-HTML path
  // is reached without markers in the content.
  const auto format = size > 0 && (data[0] & 1) ? extract::SourceFormat::kHtml : extract::SourceFormat::kDetect;
  auto decoded = extract::DecodeArticle(bytes, format);
  if (!decoded.ok()) return 0;
  if (!extract::IsValidUtf8(decoded->text)) std::abort();  // DecodeArticle's contract
  const ArticleFacts facts = extract::Extractor(*g_lexicon).Extract(decoded->text);
  // Evidence must point into the text (offsets are code points, so the
  // byte length is an upper bound).
  for (const auto& s : facts.statements)
    if (s.evidence.start > s.evidence.end || s.evidence.end > static_cast<int64_t>(decoded->text.size())) std::abort();
  return 0;
}
