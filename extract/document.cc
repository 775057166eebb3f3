#include "extract/document.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace claimgraph::extract {

namespace {

// Windows-1252 bytes 0x80-0x9F; the rest of the range is Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void AppendUtf8(std::string& out, uint32_t cp) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, cp, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

std::string Cp1252ToUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (unsigned char c : in) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0xA0) AppendUtf8(out, kCp1252High[c - 0x80]);
    else AppendUtf8(out, c);
  }
  return out;
}

bool LooksLikeHtml(std::string_view s) {
  std::string head(s.substr(0, 1024));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
         (head.find("<p>") != std::string::npos && head.find("</") != std::string::npos) ||
         head.find("<body") != std::string::npos;
}

uint32_t NamedEntity(std::string_view name) {
  struct E { const char* n; uint32_t cp; };
  static const E kEntities[] = {{"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
                                {"apos", '\''},    {"nbsp", 0xA0},    {"ldquo", 0x201C}, {"rdquo", 0x201D},
                                {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"mdash", 0x2014}, {"ndash", 0x2013},
                                {"hellip", 0x2026}, {"eacute", 0xE9}, {"copy", 0xA9},    {"pound", 0xA3},
                                {"euro", 0x20AC}};
  for (const auto& e : kEntities)
    if (name == e.n) return e.cp;
  return 0;
}

// Tags out, block tags to line breaks, <script>/<style> dropped, entities decoded.
std::string HtmlToText(std::string_view html) {
  std::string out;
  size_t i = 0;
  auto lower_at = [&](size_t at, std::string_view word) {
    if (at + word.size() > html.size()) return false;
    for (size_t k = 0; k < word.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(html[at + k])) != word[k]) return false;
    return true;
  };
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      for (std::string_view skip : {"script", "style", "noscript"}) {
        if (lower_at(i + 1, skip)) {
          std::string close = "</" + std::string(skip);
          size_t end = i;
          while (end < html.size() && !lower_at(end, close)) ++end;
          i = end;
          break;
        }
      }
      size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      std::string_view tag = html.substr(i + 1, end - i - 1);
      bool block = false;
      for (std::string_view b : {"p", "/p", "br", "div", "/div", "h1", "h2", "h3", "/h1", "/h2", "/h3", "li", "tr", "title", "/title"})
        if (tag.size() >= b.size() && lower_at(i + 1, b) &&
            (tag.size() == b.size() || tag[b.size()] == ' ' || tag[b.size()] == '/'))
          block = true;
      out += block ? "\n\n" : " ";
      i = end + 1;
    } else if (c == '&') {
      size_t semi = html.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view name = html.substr(i + 1, semi - i - 1);
        uint32_t cp = 0;
        if (!name.empty() && name[0] == '#') {
          cp = static_cast<uint32_t>(name.size() > 1 && (name[1] == 'x' || name[1] == 'X')
                                         ? std::strtoul(std::string(name.substr(2)).c_str(), nullptr, 16)
                                         : std::strtoul(std::string(name.substr(1)).c_str(), nullptr, 10));
        } else {
          cp = NamedEntity(name);
        }
        if (cp > 0 && cp < 0x110000 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          AppendUtf8(out, cp == 0xA0 ? ' ' : cp);
          i = semi + 1;
          continue;
        }
      }
      out += c;
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  // collapse runs of spaces and blank lines
  std::string tidy;
  int newlines = 0;
  bool space = false;
  for (char ch : out) {
    if (ch == '\n') { ++newlines; space = false; continue; }
    if (ch == ' ' || ch == '\t' || ch == '\r') { space = true; continue; }
    if (newlines) { tidy += newlines > 1 ? "\n\n" : "\n"; newlines = 0; }
    else if (space && !tidy.empty()) tidy += ' ';
    space = false;
    tidy += ch;
  }
  return tidy;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

StatusOr<DecodedText> DecodeArticle(std::string_view bytes) {
  if (bytes.size() > kMaxArticleBytes)
    return Status::InvalidArgument("file is larger than the " + std::to_string(kMaxArticleBytes >> 20) +
                                   " MiB limit for one article");
  if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
    return Status::InvalidArgument("file is empty");
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr)
    return Status::InvalidArgument("file is binary (contains NUL bytes), not text");
  DecodedText out;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (IsValidUtf8(bytes)) {
    out.text.assign(bytes);
  } else {
    out.text = Cp1252ToUtf8(bytes);
    out.warnings.push_back("not valid UTF-8; decoded as Windows-1252");
  }
  out.text.erase(std::remove(out.text.begin(), out.text.end(), '\r'), out.text.end());
  if (LooksLikeHtml(out.text)) {
    out.text = HtmlToText(out.text);
    out.warnings.push_back("HTML; text extracted from markup");
  }
  // Control characters other than tab and newline carry no text.
  for (char& c : out.text)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7F) c = ' ';
  bool has_letter = std::any_of(out.text.begin(), out.text.end(), [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  });
  if (!has_letter) return Status::InvalidArgument("file has no text");
  return out;
}

}  // namespace claimgraph::extract
