#include "extract/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace claimgraph::extract {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Sentence boundaries as byte offsets, from ICU over UTF-8 text.
std::vector<uint32_t> IcuBoundaries(std::string_view text, const Lexicon& lexicon) {
  std::vector<uint32_t> bounds;
  UErrorCode status = U_ZERO_ERROR;
  // Cloning the lexicon's prototype is far cheaper than building an iterator
  // (which loads and compiles rules) for every article.
  std::unique_ptr<icu::BreakIterator> it = lexicon.NewSentenceBreaker();
  if (!it) status = U_MISSING_RESOURCE_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) it->setText(ut, status);
  if (U_SUCCESS(status)) {
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next())
      bounds.push_back(static_cast<uint32_t>(b));
  }
  utext_close(ut);
  if (bounds.empty() || !U_SUCCESS(status)) {  // fall back to lines
    bounds = {0};
    for (uint32_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') bounds.push_back(i + 1);
    bounds.push_back(static_cast<uint32_t>(text.size()));
  }
  return bounds;
}

// Headline Style: most longer words capitalised and no full stop at the end.
bool LooksTitleCase(const std::vector<Token>& tokens) {
  int words = 0, caps = 0, all_caps = 0;
  for (const auto& t : tokens) {
    if (t.kind != TokenKind::kWord || t.text.size() < 4) continue;
    ++words;
    if (t.capitalized) ++caps;
    if (t.all_caps) ++all_caps;
  }
  if (words >= 3 && all_caps * 10 >= words * 7) return true;
  if (words < 3 || tokens.empty() || tokens.back().text == ".") return false;
  return caps * 10 >= words * 7;
}

// "U.S.", "D.C." as the last token, or a title abbreviation and its dot
// ("Dr.", "Gen.", "Sen.").
bool EndsWithAbbreviation(const std::vector<Token>& toks, const Lexicon& lexicon) {
  if (toks.empty()) return false;
  const Token& last = toks.back();
  if (last.kind == TokenKind::kWord && last.text.size() >= 4 && last.text.back() == '.' && last.text[1] == '.')
    return true;
  // an initial: "B. Satyanarayana"
  if (last.kind == TokenKind::kWord && last.text.size() == 2 && last.text[1] == '.' && last.capitalized) return true;
  if (toks.size() >= 2 && last.text == "." && toks[toks.size() - 2].kind == TokenKind::kWord) {
    std::string_view word = toks[toks.size() - 2].text;
    // (a short title before the dot, but not "Chief.", which ends sentences as a noun)
    return word.size() <= 5 && lexicon.IsTitle(word) && word != "Chief";
  }
  return false;
}

// A wire dateline opening a paragraph: "KYIV, Ukraine —", "WASHINGTON (AP) —",
// "LONDON, March 14 (Reuters) -": capitals, perhaps a comma and more words or
// a parenthesis, then a dash before the story. Returns the dash's index, or 0.
size_t DatelineDash(const std::vector<Token>& toks) {
  size_t k = 0;
  while (k < toks.size() && toks[k].kind == TokenKind::kWord && toks[k].all_caps) ++k;
  if (k == 0 || k > 4) return 0;
  for (size_t limit = k + 8; k < toks.size() && k < limit; ++k) {
    const std::string_view w = toks[k].text;
    if (w == "—" || w == "–" || w == "-") {
      const bool story_follows = k + 1 < toks.size() && (toks[k + 1].capitalized || toks[k + 1].kind == TokenKind::kQuote);
      return story_follows && toks[k].space_before ? k : 0;
    }
    if (toks[k].kind == TokenKind::kWord && !toks[k].capitalized && !(w[0] >= '0' && w[0] <= '9')) return 0;
  }
  return 0;
}

// A non-empty line of the text, trimmed, and whether it is site furniture.
struct Line {
  uint32_t begin = 0, end = 0;
  bool furniture = false;
};

// Every non-empty line, judged once: news lines are the unit of furniture.
std::vector<Line> JudgeLines(std::string_view text, const Lexicon& lexicon) {
  std::vector<Line> lines;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    size_t lb = b, le = e;
    while (lb < le && IsSpace(text[lb])) ++lb;
    while (le > lb && IsSpace(text[le - 1])) --le;
    if (lb < le)
      lines.push_back({static_cast<uint32_t>(lb), static_cast<uint32_t>(le),
                       lexicon.IsFurnitureLine(text.substr(lb, le - lb))});
    b = e + 1;
  }
  return lines;
}

// A paragraph between two lines of site furniture, once the story's body has
// begun (a paragraph of 200 bytes or more), is a teaser for another story:
// "Read more / News Feed / \"<another story's quote>\" / Show More".
//
// Past the body, a short line with no closing punctuation right before a line
// of furniture is one too: the site's own menu ("The Facts Inside Our
// Reporter's Notebook / Just the News Spotlight / Support Just the News").
// Both are judged on the lines' own verdicts, then added to them.
void MarkTeasersAndMenus(std::string_view text, std::vector<Line>& lines) {
  std::vector<bool> marked(lines.size(), false);
  size_t body_line = lines.size();  // where the story's body begins
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool body_started = body_line < i;
    marked[i] = body_started && !lines[i].furniture && i > 0 && i + 1 < lines.size() && lines[i - 1].furniture &&
                lines[i + 1].furniture;
    if (!body_started && !lines[i].furniture && lines[i].end - lines[i].begin >= 200) body_line = i;
  }
  for (size_t i = lines.size(); i-- > body_line + 1;) {
    if (i + 1 >= lines.size() || !(lines[i + 1].furniture || marked[i + 1]) || lines[i].furniture) continue;
    const char last = text[lines[i].end - 1];
    const bool closed = last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
                        static_cast<unsigned char>(last) >= 0x80;  // (a closing curly quote)
    if (lines[i].end - lines[i].begin <= 60 && !closed) marked[i] = true;
  }
  for (size_t i = 0; i < lines.size(); ++i) lines[i].furniture = lines[i].furniture || marked[i];
}

void Lowercase(std::string_view text, Sentence& s) {
  s.lower_text = LowerAscii(text.substr(s.begin, s.end - s.begin));
}

}  // namespace

std::string_view Sentence::Lower(size_t t) const {
  if (t >= tokens.size()) return {};
  return std::string_view(lower_text).substr(tokens[t].begin - begin, tokens[t].end - tokens[t].begin);
}

std::vector<Sentence> SplitSentences(std::string_view text, const Lexicon& lexicon) {
  std::vector<Sentence> out;
  std::vector<uint32_t> bounds = IcuBoundaries(text, lexicon);
  std::vector<Line> lines = JudgeLines(text, lexicon);
  MarkTeasersAndMenus(text, lines);
  size_t line = 0;  // the line the current sentence starts on
  for (size_t i = 0; i + 1 < bounds.size(); ++i) {
    uint32_t b = bounds[i], e = bounds[i + 1];
    bool paragraph_start = b == 0 || text[b - 1] == '\n';
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b == e) continue;
    // A sentence may still span a line break ICU let through; news lines are
    // the unit of furniture, so take the verdict of the line it starts on.
    while (line + 1 < lines.size() && lines[line + 1].begin <= b) ++line;
    Sentence s;
    s.begin = b;
    s.end = e;
    s.paragraph_start = paragraph_start;
    s.furniture = lines[line].furniture || (b != lines[line].begin && lexicon.IsFurnitureLine(text.substr(b, e - b)));
    s.tokens = Tokenize(text, b, e);
    // ICU ends a sentence after "U.S." or "Dr." even before a name
    // ("U.S. President Trump"); join such pieces back within a line.
    if (!out.empty() && !s.tokens.empty() && EndsWithAbbreviation(out.back().tokens, lexicon) &&
        s.tokens[0].capitalized && !lexicon.IsStopword(s.tokens[0].text) &&
        text.substr(out.back().end, b - out.back().end).find('\n') == std::string_view::npos) {
      Sentence& prev = out.back();
      prev.end = e;
      prev.tokens = Tokenize(text, prev.begin, e);
      Lowercase(text, prev);
      prev.title_case = LooksTitleCase(prev.tokens);
      continue;
    }
    // "KYIV, Ukraine — Russian troops ...": the dateline is a sentence of its
    // own, so that it is no part of what the first sentence says
    if (const size_t dash = s.paragraph_start ? DatelineDash(s.tokens) : 0; dash > 0) {
      Sentence dateline = s;
      dateline.end = s.tokens[dash - 1].end;
      dateline.tokens.resize(dash);
      Lowercase(text, dateline);
      out.push_back(std::move(dateline));  // (capitals are its names: not title case)
      s.begin = s.tokens[dash + 1].begin;
      s.tokens.erase(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(dash) + 1);
      s.paragraph_start = false;
    }
    s.title_case = LooksTitleCase(s.tokens);
    Lowercase(text, s);
    out.push_back(std::move(s));
  }
  return out;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  int64_t count = 0;
  checkpoints_.reserve(text.size() / kStride + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(count);
}

int64_t CodePointIndex::ToCodePoint(uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  int64_t count = checkpoints_[byte_offset / kStride];
  for (uint32_t i = byte_offset / kStride * kStride; i < byte_offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  return count;
}

Span SentenceSpan(std::string_view text, const Sentence& sentence, const CodePointIndex& offsets) {
  return Span{offsets.ToCodePoint(sentence.begin), offsets.ToCodePoint(sentence.end),
              std::string(text.substr(sentence.begin, sentence.end - sentence.begin))};
}

}  // namespace claimgraph::extract
