#include "export/escape.h"

#include <cstdint>

namespace claimgraph::exporter {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// Decodes one code point at text[*pos] and advances *pos. Any malformed,
// overlong, surrogate or out-of-range sequence yields U+FFFD and consumes
// one byte, so decoding always makes progress.
char32_t DecodeOne(std::string_view text, size_t* pos) {
  const auto byte = [&](size_t i) { return static_cast<uint8_t>(text[i]); };
  const uint8_t lead = byte(*pos);
  if (lead < 0x80) {
    ++*pos;
    return lead;
  }
  size_t length;
  char32_t cp;
  char32_t min;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    ++*pos;
    return kReplacement;
  }
  if (*pos + length > text.size()) {
    ++*pos;
    return kReplacement;
  }
  for (size_t i = 1; i < length; ++i) {
    const uint8_t next = byte(*pos + i);
    if ((next & 0xC0) != 0x80) {
      ++*pos;
      return kReplacement;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++*pos;
    return kReplacement;
  }
  *pos += length;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsContinuationByte(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C ||
         cp == 0xA0 || cp == 0x2028 || cp == 0x2029;
}

}  // namespace

std::string SanitizeText(std::string_view text, Whitespace whitespace) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = DecodeOne(text, &pos);
    if (whitespace == Whitespace::kCollapse && IsSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    const bool is_control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    if (is_control && !(cp == '\t' || cp == '\n')) continue;
    if (cp == 0xFFFE || cp == 0xFFFF) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    AppendUtf8(cp, &out);
  }
  return out;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

size_t CodePointCount(std::string_view text) {
  size_t count = 0;
  for (char c : text)
    if (!IsContinuationByte(c)) ++count;
  return count;
}

std::string Truncate(std::string_view text, size_t max_code_points) {
  if (CodePointCount(text) <= max_code_points) return std::string(text);
  if (max_code_points == 0) return std::string();
  // Keep room for the ellipsis, then find the byte where the cut falls.
  const size_t keep = max_code_points - 1;
  size_t cut = 0;
  for (size_t seen = 0; cut < text.size(); ++cut) {
    if (!IsContinuationByte(text[cut]) && seen++ == keep) break;
  }
  // Prefer the last space in the final quarter, so words stay whole.
  const size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space > cut - cut / 4) cut = space;
  std::string out(text.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += kEllipsis;
  return out;
}

std::vector<std::string> WordWrap(std::string_view text, size_t width) {
  if (width == 0) width = 1;
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    size_t word_width = CodePointCount(word);
    if (line_width > 0 && line_width + 1 + word_width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    // Hard-split words (URLs, hashes) that cannot fit on any line.
    while (word_width > width) {
      size_t cut = 0;
      for (size_t seen = 0; cut < word.size(); ++cut) {
        if (!IsContinuationByte(word[cut]) && seen++ == width - line_width) break;
      }
      line.append(word.substr(0, cut));
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
      word = word.substr(cut);
      word_width = CodePointCount(word);
    }
    if (word.empty()) continue;
    if (line_width > 0) {
      line.push_back(' ');
      ++line_width;
    }
    line.append(word);
    line_width += word_width;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace claimgraph::exporter
