#include "extract/document.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
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

uint32_t Cp1252CodePoint(unsigned char c) {
  if (c < 0x80 || c >= 0xA0) return c;
  return kCp1252High[c - 0x80];
}

// Valid UTF-8 sequences are copied; every byte that does not start one is
// read as Windows-1252. A file that is Latin-1 throughout comes out exactly
// as a Windows-1252 decoder would give it, and a UTF-8 file with a few stray
// Latin-1 bytes keeps its UTF-8 characters instead of turning them into
// mojibake.
std::string RepairToUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  const auto* data = reinterpret_cast<const uint8_t*>(in.data());
  const int64_t n = static_cast<int64_t>(in.size());
  int64_t i = 0;
  while (i < n) {
    if (data[i] < 0x80) {
      out += static_cast<char>(data[i++]);
      continue;
    }
    // U8_NEXT takes int32 offsets; look at most 4 bytes ahead.
    const int32_t window = static_cast<int32_t>(std::min<int64_t>(4, n - i));
    int32_t k = 0;
    UChar32 c;
    U8_NEXT(data + i, k, window, c);
    if (c >= 0) {
      out.append(in.data() + i, static_cast<size_t>(k));
      i += k;
    } else {
      AppendUtf8(out, Cp1252CodePoint(data[i]));
      ++i;
    }
  }
  return out;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Markers of an HTML document near its start, or a document that opens with
// markup: "<tag ...>" first (after blanks) and a closing tag somewhere in the
// first 4 KiB. Plain articles that merely quote a tag are not affected.
bool LooksLikeHtml(std::string_view s) {
  std::string head(s.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  if (head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
      head.find("<body") != std::string::npos || (head.find("<p>") != std::string::npos && head.find("</") != std::string::npos))
    return true;
  const size_t first = head.find_first_not_of(" \t\n\r\f\v");
  if (first == std::string::npos || head[first] != '<' || first + 1 >= head.size()) return false;
  const char next = head[first + 1];
  return (IsAsciiLetter(next) || next == '!' || next == '?') && head.find("</") != std::string::npos;
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
  // "<script" but not "<scripture": the name must end there.
  auto element_at = [&](size_t at, std::string_view name) {
    if (!lower_at(at, name)) return false;
    const size_t after = at + name.size();
    return after >= html.size() || html[after] == '>' || html[after] == '/' || std::isspace(static_cast<unsigned char>(html[after]));
  };
  while (i < html.size()) {
    char c = html[i];
    // "a < b" is text; only "<" followed by a name, "/", "!" or "?" opens a tag.
    const bool opens_tag = c == '<' && i + 1 < html.size() &&
                           (IsAsciiLetter(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!' || html[i + 1] == '?');
    if (opens_tag && lower_at(i, "<!--")) {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;  // an unclosed comment hides the rest
      out += ' ';
      i = end + 3;
      continue;
    }
    if (opens_tag) {
      for (std::string_view skip : {"script", "style", "noscript", "template"}) {
        if (element_at(i + 1, skip)) {
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
      // Look no further than the longest entity we know: a page full of
      // '&' and no ';' must not cost quadratic time.
      size_t semi = html.substr(i, 12).find(';');
      if (semi != std::string_view::npos) semi += i;
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view name = html.substr(i + 1, semi - i - 1);
        uint32_t cp = 0;
        if (!name.empty() && name[0] == '#') {
          const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
          const std::string digits(name.substr(hex ? 2 : 1));
          char* end = nullptr;
          const unsigned long value = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
          // Out of range, or not all digits: left as text. &#128;-&#159; mean
          // Windows-1252 characters, as browsers read them.
          if (!digits.empty() && end != nullptr && *end == '\0' && value < 0x110000)
            cp = value >= 0x80 && value < 0xA0 ? Cp1252CodePoint(static_cast<unsigned char>(value))
                                               : static_cast<uint32_t>(value);
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
    if (newlines) { if (!tidy.empty()) tidy += newlines > 1 ? "\n\n" : "\n"; newlines = 0; }
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

SourceFormat FormatForPath(std::string_view path) {
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return SourceFormat::kDetect;
  std::string extension(path.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension == "html" || extension == "htm" || extension == "xhtml" ? SourceFormat::kHtml
                                                                           : SourceFormat::kDetect;
}

StatusOr<DecodedText> DecodeArticle(std::string_view bytes, SourceFormat format) {
  if (bytes.size() > kMaxArticleBytes)
    return Status::InvalidArgument("file is larger than the " + std::to_string(kMaxArticleBytes >> 20) +
                                   " MiB limit for one article");
  if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
    return Status::InvalidArgument("file is empty");
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF"))
    return Status::InvalidArgument("file is UTF-16; only UTF-8 or Windows-1252 text is read");
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr)
    return Status::InvalidArgument("file is binary (contains NUL bytes), not text");
  // Binary formats without NUL bytes (rare, but a fuzzer finds them): text
  // has almost no C0 control characters besides tab, line and page breaks.
  const std::string_view sample = bytes.substr(0, 64 * 1024);
  const size_t controls = static_cast<size_t>(std::count_if(sample.begin(), sample.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F;
  }));
  if (controls > 16 && controls * 10 > sample.size())
    return Status::InvalidArgument("file is binary (mostly control characters), not text");

  DecodedText out;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (IsValidUtf8(bytes)) {
    out.text.assign(bytes);
  } else {
    out.text = RepairToUtf8(bytes);
    out.warnings.push_back("not valid UTF-8; decoded as Windows-1252");
  }
  out.text.erase(std::remove(out.text.begin(), out.text.end(), '\r'), out.text.end());
  if (format == SourceFormat::kHtml || LooksLikeHtml(out.text)) {
    out.text = HtmlToText(out.text);
    out.warnings.push_back("HTML; text extracted from markup");
  }
  // Control characters other than tab and newline carry no text; C1
  // controls (U+0080-U+009F, two bytes in UTF-8) become one space too, so
  // nothing downstream has to think about them.
  std::string& text = out.text;
  size_t kept = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      text[kept++] = ' ';
      ++i;
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      text[kept++] = ' ';
    } else {
      text[kept++] = text[i];
    }
  }
  text.resize(kept);
  bool has_letter = std::any_of(out.text.begin(), out.text.end(), [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  });
  if (!has_letter) return Status::InvalidArgument("file has no text");
  return out;
}

}  // namespace claimgraph::extract
