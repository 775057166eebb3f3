#include "extract/entities.h"

#include "extract/body_descriptions.h"
#include "extract/entity_builder.h"
#include "extract/names.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace claimgraph::extract {

int EntityTable::MentionAt(int s, uint32_t tok) const {
  for (int m : by_sentence[s])
    if (mentions[m].first <= tok && tok < mentions[m].last) return m;
  return -1;
}

int EntityTable::MentionEndingAt(int s, uint32_t tok) const {
  for (int m : by_sentence[s])
    if (mentions[m].last == tok) return m;
  return -1;
}

namespace entity_internal {

std::string TitleCased(std::string_view word) {
  std::string out = LowerAscii(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  // "U.S." stays "U.S."; "D.C." likewise
  for (size_t i = 2; i < out.size(); ++i)
    if (out[i - 1] == '.' && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
  return out;
}

bool IsConnector(std::string_view w) {
  static const std::unordered_set<std::string_view> kConnectors = {
      "of", "for", "the", "de", "del", "la",  "le",  "du",  "van", "von", "der", "den", "bin", "al",
      "da", "dos", "di",  "y",  "&",   "on",  "and", "pour", "et", "en", "les", "des", "los", "las"};
  return kConnectors.count(w) > 0;
}

bool IsWorkNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "play", "film", "movie", "show", "series", "sitcom", "book", "novel", "album", "single", "song", "programme",
      "program", "drama", "documentary", "opera", "musical", "comedy", "thriller", "game", "title", "hit", "soap",
      "bill", "act", "law"};
  return kNouns.count(w) > 0;
}

bool IsKinOrBodyNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "agent", "wife", "husband", "father", "mother", "son", "daughter", "brother", "sister", "girlfriend",
      "boyfriend", "parents", "widow", "knee", "ankle", "hamstring", "groin", "shoulder"};
  return kNouns.count(w) > 0;
}

bool IsEventHead(std::string_view w) {
  static const std::unordered_set<std::string_view> kHeads = {
      "Cup", "Day", "Act", "Bill", "Awards", "Award", "Prize", "Festival", "Games", "Olympics", "Championship",
      "Championships", "Trophy", "Prix", "Show", "Tour", "Series", "Week", "Eve", "Grammys", "Oscars", "Brits",
      "Honours", "Honors"};
  return kHeads.count(w) > 0;
}

bool IsPreposition(std::string_view w) {
  static const std::unordered_set<std::string_view> kPlacePrepositions = {
      "in", "at", "near", "from", "across", "outside", "inside", "into", "towards", "toward", "around", "throughout",
      "via", "within"};
  return kPlacePrepositions.count(w) > 0;
}

bool IsTrailingPlaceNoun(std::string_view w) {
  return w == "region" || w == "oblast" || w == "province" || w == "district" || w == "krai" || w == "state";
}

bool IsTrailingVenueNoun(std::string_view w) {
  return w == "station" || w == "airport" || w == "arena" || w == "stadium" || w == "embankment" ||
         w == "theatre" || w == "theater" || w == "dam" || w == "prison" || w == "jail" || w == "bridge" ||
         w == "canal" || w == "refinery" || w == "reservoir" || w == "racecourse";
}

bool OpensClause(const Sentence& s, size_t i) {
  if (i == 0) return true;
  const Token& before = s.tokens[i - 1];
  return before.kind == TokenKind::kQuote || before.text == ":" || before.text == "(" || before.text == "—";
}

std::string Builder::Slice(int s, uint32_t a, uint32_t b) const {
  const auto& toks = sentences[s].tokens;
  return std::string(text.substr(toks[a].begin, toks[b - 1].end - toks[a].begin));
}

std::string_view Builder::Tok(int s, uint32_t i) const {
  const auto& toks = sentences[s].tokens;
  return i < toks.size() ? toks[i].text : std::string_view();
}

bool Builder::IsSportsArticle() const {
  static const std::unordered_set<std::string_view> kSports = {
      "match", "goal", "goals", "season", "league", "striker", "midfielder", "coach", "manager", "cup",
      "victory", "defeat", "fixture", "injury", "squad", "club", "championship", "tournament", "players",
      "scored", "final", "rugby", "football", "tennis", "cricket", "referee", "semi-final", "quarter-final",
      "champions", "draw", "premiership", "tries", "wickets", "innings", "athletics", "olympic", "medal"};
  // Team competitions: one named makes a short report on clubs a sports
  // report ("Bolton meet Ipswich" in an FA Cup draw)
  static const std::set<std::string_view> kCompetitions = {
      "Premiership",    "Bundesliga",    "Premier League", "FA Cup",       "Champions League", "Uefa Cup",
      "Six Nations",    "Heineken Cup",  "Carling Cup",    "Celtic League", "Scottish Cup",     "League Cup",
      "Serie A",        "La Liga",       "League One",     "League Two",    "Super League",     "Powergen Cup",
      "Tri-Nations"};
  std::set<std::string_view> seen;
  bool competition = false;
  for (const auto& s : sentences)
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      if (!t.capitalized && kSports.count(t.text)) seen.insert(t.text);
      if (t.capitalized && !competition) {
        competition = kCompetitions.count(t.text) > 0;
        if (i + 1 < s.tokens.size() && s.tokens[i + 1].capitalized)
          competition |= kCompetitions.count(text.substr(t.begin, s.tokens[i + 1].end - t.begin)) > 0;
      }
    }
  return seen.size() >= 5 || (competition && seen.size() >= 2);
}

const Country* Builder::MainCountry() const {
  std::map<const Country*, int> counts;
  for (const auto& s : sentences) {
    if (s.furniture) continue;
    for (const auto& t : s.tokens) {
      if (t.kind != TokenKind::kWord || !t.capitalized) continue;
      const Country* c = lex.CountryByName(t.text);
      if (!c) c = lex.CountryByDemonym(t.text);
      if (c && !c->is_union) ++counts[c];
    }
  }
  const Country* best = nullptr;
  int most = 0;
  for (const auto& [c, n] : counts)
    if (n > most || (n == most && best && c->name < best->name)) { best = c; most = n; }
  return best;
}

void Builder::CollectDocumentWords() {
  for (const auto& s : sentences) {
    if (s.furniture || s.title_case) continue;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      if (!t.capitalized) { lower_seen.Add(t.text); continue; }
      if (!OpensClause(s, i) && !t.all_caps) caps_mid.Add(t.text);
    }
  }
  caps_mid.Freeze();
  lower_seen.Freeze();
}

void Builder::MaskCredits() {
  masked.resize(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto& toks = sentences[s].tokens;
    masked[s].assign(toks.size(), false);
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].text != "(") continue;
      size_t j = i + 1;
      bool credit = false;
      while (j < toks.size() && toks[j].text != ")") {
        auto w = toks[j].text;
        if (w == "/" || w == "via" || w == "Getty" || w == "Images" || w == "AP" || w == "AFP" ||
            w == "Reuters" || w == "Photo" || w == "Courtesy")
          credit = true;
        ++j;
      }
      if (credit)
        for (size_t k = i; k < j && k < toks.size(); ++k) masked[s][k] = true;
    }
  }
}

bool Builder::KnownProper(std::string_view w) const {
  return lex.CountryByName(w) || lex.CountryByDemonym(w) || lex.CountryByCapital(w) || lex.FindCity(w) ||
         lex.ProperNameClass(w) != ProperClass::kUnknown || lex.IsOrgHead(w) || lex.IsPlaceHead(w) ||
         lex.IsTitle(w);
}

bool Builder::IsInitialsAndSurname(const std::string& name) const {
  const auto words = Words(name);
  if (words.size() != 2 || words[0].size() != 2 || !std::isupper(static_cast<unsigned char>(words[0][0])) ||
      !std::isupper(static_cast<unsigned char>(words[0][1])) || lex.CountryByName(words[0]))
    return false;
  const std::string& surname = words[1];
  const ProperClass known = lex.ProperNameClass(surname);
  return !lex.IsCommonWord(LowerAscii(surname)) && surname.find('-') == std::string::npos &&
         !lex.FindCity(surname) && !lex.CountryByName(surname) && known != ProperClass::kPlace &&
         known != ProperClass::kOrganisation;
}

bool Builder::IsNameToken(int s, uint32_t i) const {
  const Sentence& sent = sentences[s];
  if (i >= sent.tokens.size() || masked[s][i]) return false;
  const Token& t = sent.tokens[i];
  // "Hallstein CEO Matthias Brenninger": a role's acronym between two names
  // is the role, as "manager" is in "Arsenal manager Arsene Wenger"
  if (IsRoleAcronym(t.text) && i > 0 && sent.tokens[i - 1].capitalized && i + 1 < sent.tokens.size() &&
      sent.tokens[i + 1].capitalized && !sent.title_case)
    return false;
  // (a number goes on a channel's name: "BBC Radio 4", "Channel 4", "BBC News 24"; not "the
  // English Channel 12 times", "BBC News 24 hours later")
  if (t.kind == TokenKind::kWord && !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9') {
    static const std::unordered_set<std::string_view> kUnits = {"hours", "times", "miles", "minutes", "days",
                                                                "years", "points", "per", "percent", "metres"};
    if (i == 0 || (i + 1 < sent.tokens.size() && kUnits.count(sent.Lower(i + 1)))) return false;
    const std::string_view before = sent.tokens[i - 1].text;
    return (before == "Radio" && t.text.size() == 1 && t.text[0] >= '1' && t.text[0] <= '5') ||
           (before == "Channel" && (t.text == "4" || t.text == "5")) || (before == "News" && t.text == "24");
  }
  if (t.kind != TokenKind::kWord || !t.capitalized) return false;
  // "I'm", "It's", "That’ll": contractions, not names (O'Neill keeps its capital)
  for (std::string_view ap : {"'", "’"}) {
    size_t at = t.text.find(ap);
    if (at != std::string_view::npos && at + ap.size() < t.text.size() && t.text.size() - at - ap.size() <= 2 &&
        std::islower(static_cast<unsigned char>(t.text[at + ap.size()])))
      return false;
  }
  const std::string key = t.all_caps && t.text.find('.') == std::string_view::npos && t.text.size() > 4
                              ? TitleCased(t.text) : std::string(t.text);
  if (t.all_caps && lex.CountryByName(t.text)) return true;  // "US", not the pronoun "Us"
  // "Says" in a headline, "Dutchman": a verb and a demonym noun, not names
  if (i > 0 && sent.title_case && lex.ProperNameClass(t.text) == ProperClass::kUnknown) {
    const SpeechVerb* verb = lex.FindSpeechVerb(t.text);
    if (verb && LowerAscii(t.text) != verb->lemma && t.text.back() == 's') return false;  // "Says", "Warns"
  }
  for (std::string_view suffix : {"man", "men", "woman", "women"})
    if (t.text.size() > suffix.size() + 3 && t.text.substr(t.text.size() - suffix.size()) == suffix &&
        lex.CountryByDemonym(t.text.substr(0, t.text.size() - suffix.size())))
      return false;
  if (lex.IsStopword(key) || (t.all_caps && lex.IsStopword(TitleCased(t.text)))) {
    // a month opening a body's name after its noun: "rival May Department Stores"
    const bool next_word = i + 1 < sent.tokens.size() && sent.tokens[i + 1].capitalized &&
                           sent.tokens[i + 1].kind == TokenKind::kWord &&
                           !lex.IsStopword(std::string(sent.tokens[i + 1].text));
    if (IsMonth(sent.Lower(i)) && i > 0 && !sent.tokens[i - 1].capitalized && lex.IsOrgCueBefore(sent.Lower(i - 1)) &&
        next_word)
      return true;
    // a day before a paper's head word: "The Sunday Telegraph", "the Sunday Times" (not "On Sunday
    // Congress voted", "last Sunday Parliament")
    static const std::unordered_set<std::string_view> kPaperHeads = {
        "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "People", "Mail", "Sport", "Star",
        "Independent", "Tribune", "Observer", "Sun"};
    const std::string_view before = i > 0 ? sent.Lower(i - 1) : std::string_view();
    return t.text == "Sunday" && next_word && kPaperHeads.count(sent.tokens[i + 1].text) &&
           before != "on" && before != "last" && before != "this" && before != "next" && before != "every";
  }
  // plural acronyms ("POWs", "MPs") are common nouns
  if (t.text.size() >= 3 && t.text.back() == 's' && t.text[t.text.size() - 2] >= 'A' &&
      t.text[t.text.size() - 2] <= 'Z' && t.text[0] >= 'A' && t.text[0] <= 'Z' &&
      t.text[1] >= 'A' && t.text[1] <= 'Z')
    return false;
  if (t.all_caps && t.text.find_first_not_of("IVX") == std::string_view::npos && i > 0 &&
      sent.tokens[i - 1].capitalized)
    return true;  // "World War II"
  const std::string_view lower = sent.Lower(i);
  if (sent.title_case || t.all_caps) {
    if (KnownProper(key) || caps_mid.Contains(key)) return true;
    if (t.all_caps && key.size() <= 5) {
      if (lex.IsStopword(TitleCased(t.text))) return false;
      if (!lex.IsCommonWord(lower)) return true;  // NATO, BBC
      // an acronym that is also a word ("FA", "fa" in WordNet) in running
      // text: a name after a demonym ("the Spanish FA") or before a speech
      // verb ("The FA said"), not "IT firm" or "a TV"
      // (nor a role or a medium: "the DJ admitted", "British TV")
      static const std::unordered_set<std::string_view> kCommonAcronyms = {"tv", "dj", "mp", "pm", "qc", "mep",
                                                                           "ceo", "cd", "dvd", "pc", "vip"};
      if (kCommonAcronyms.count(lower) || !lex.RoleClass(lower).empty()) return false;
      return !sent.title_case && ((i > 0 && lex.CountryByDemonym(sent.tokens[i - 1].text)) || SpeechVerbFollows(s, i + 1));
    }
    return !lex.IsCommonWord(lower) && !lower_seen.Contains(lower);
  }
  if (OpensClause(sent, i)) {
    // "Trouble-hit Mitsubishi", "Cash-strapped X": a common word opening a
    // modifier, even one a gazetteer knows as a name (Johnny Cash)
    if (i + 2 < sent.tokens.size() && sent.tokens[i + 1].text == "-" && !sent.tokens[i + 2].capitalized &&
        lex.IsCommonWord(lower) && !caps_mid.Contains(key))
      return false;
    if (KnownProper(key) || caps_mid.Contains(key) || !lex.IsCommonWord(lower)) return true;
    // "Jean Ilunga and ...", "Bill Gates said": a given name that is also a
    // common word, before another name word
    if (lex.IsGivenName(t.text) && i + 1 < sent.tokens.size() && sent.tokens[i + 1].capitalized &&
        sent.tokens[i + 1].kind == TokenKind::kWord && !lex.IsCommonWord(sent.Lower(i + 1)))
      return true;
    // "Prime Minister Tony Blair arrived": a title of two or more words
    // opening the sentence before a name
    if (const uint32_t title = TitleAt(s, i, static_cast<uint32_t>(sent.tokens.size())); title >= 2 &&
        i + title < sent.tokens.size() && sent.tokens[i + title].capitalized) {
      bool capitalised = true;  // (not "Shadow foreign secretary X": the chunk would stop after "Shadow")
      for (uint32_t k = i; k < i + title; ++k) capitalised &= sent.tokens[k].capitalized;
      if (capitalised) return true;
    }
    // "Trump wrote:": a singular word opening the sentence as a speaker
    return lower.back() != 's' && SpeechVerbFollows(s, i + 1);
  }
  return true;
}

const Country* Builder::CountryAt(int s, uint32_t i) const {
  auto w = Tok(s, i);
  if (w.empty()) return nullptr;
  const Country* c = lex.CountryByName(w);
  if (!c) c = lex.CountryByDemonym(TitleCased(w));
  return c;
}

uint32_t Builder::TitleAt(int s, uint32_t i, uint32_t end) const {
  for (uint32_t n = std::min<uint32_t>(lex.LongestTitleWords(), end - i); n >= 1; --n) {
    std::string phrase;
    for (uint32_t k = i; k < i + n; ++k) {
      if (k > i) phrase += ' ';
      phrase += Tok(s, k);
    }
    if (lex.IsTitle(phrase)) {
      // "St Petersburg", "St Albans": a town, not a saint
      if (n == 1 && (phrase == "St" || phrase == "St.") && end > i + 1 && lex.FindCity(Slice(s, i, end)))
        return 0;
      return n;
    }
  }
  return 0;
}

uint32_t Builder::CollectiveAt(int s, uint32_t i, std::string* pattern) const {
  for (uint32_t n = 3; n >= 1; --n) {
    if (i + n > sentences[s].tokens.size()) continue;
    std::string phrase;
    for (uint32_t k = i; k < i + n; ++k) {
      if (k > i) phrase += ' ';
      phrase += sentences[s].Lower(k);
    }
    auto p = lex.CollectivePattern(phrase);
    if (!p.empty()) { *pattern = std::string(p); return n; }
  }
  return 0;
}

void Builder::AddMention(Mention m) {
  table.by_sentence[m.sentence].push_back(static_cast<int>(table.mentions.size()));
  table.mentions.push_back(std::move(m));
}

bool Builder::TryCollective(int s, uint32_t a, uint32_t country_end, const Country* country) {
  uint32_t at = country_end;
  if (at < sentences[s].tokens.size() && sentences[s].tokens[at].kind == TokenKind::kPossessive) ++at;
  std::string pattern;
  uint32_t n = CollectiveAt(s, at, &pattern);
  if (n == 0) return false;
  Mention m;
  m.sentence = s;
  m.first = (a > 0 && sentences[s].Lower(a - 1) == "the") ? a - 1 : a;
  m.last = at + n;
  m.name_first = a;
  m.name_last = m.last;
  m.type = NodeType::kOrganisation;
  std::string name = pattern;
  name.replace(name.find('%'), 1, CountryAfterOf(country->name));
  m.name = name;
  m.surface = Slice(s, a, m.last);
  // "the general staff of the Ukrainian armed forces": a body of the collective
  uint32_t k = m.first;
  if (k >= 2 && sentences[s].Lower(k - 1) == "of") {
    uint32_t head = k - 2, from = head;
    if (lex.IsOrgHead(TitleCased(Tok(s, head))) && !sentences[s].tokens[head].capitalized) {
      while (from > 0 && from + 3 > head && sentences[s].tokens[from - 1].kind == TokenKind::kWord &&
             !sentences[s].tokens[from - 1].capitalized && sentences[s].Lower(from - 1) != "the" &&
             sentences[s].Lower(from - 1) != "a")
        --from;
      std::string body;
      for (uint32_t x = from; x <= head; ++x) body += (body.empty() ? "" : " ") + TitleCased(Tok(s, x));
      m.name = body + " of the " + name;
      m.first = from;
      m.name_first = from;
      m.surface = Slice(s, from, m.last);
    }
  }
  AddMention(std::move(m));
  return true;
}

bool Builder::KnownNameThrough(int s, uint32_t i, uint32_t k) const {
  // the longest run from i past the connectors ending at k that WordNet knows
  // whole ("House of Commons" in "the House of Commons Treasury committee")
  uint32_t end = k;
  while (end < sentences[s].tokens.size() && end < k + 4 && IsNameToken(s, end)) ++end;
  for (; end > k; --end)
    if (lex.ProperNameClass(Slice(s, i, end)) != ProperClass::kUnknown) return true;
  return false;
}

bool Builder::HyphenatedGivenNameAt(int s, uint32_t first, uint32_t j) const {
  // (the tokenizer splits "Gibraltar-based" at a hyphen before lower case;
  // inside a name, after its first word, a short lower-case part written
  // close is the rest of a given name, not "-based", "-led" or "-backed")
  static const std::unordered_set<std::string_view> kCompoundParts = {
      "based", "led",  "run",  "born", "owned", "style", "era",  "type", "like", "held",
      "made",  "bred", "wide", "free", "only",  "rich",  "hit",  "bound", "backed"};
  const auto& toks = sentences[s].tokens;
  if (j <= first + 1 || j + 1 >= toks.size() || toks[j].text != "-") return false;
  const Token& part = toks[j + 1];
  return toks[j].begin == toks[j - 1].end && part.begin == toks[j].end && part.kind == TokenKind::kWord &&
         !part.capitalized && part.text.size() >= 2 && part.text.size() <= 5 && !kCompoundParts.count(part.text);
}

void Builder::ScanSentence(int s) {
  const auto& toks = sentences[s].tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  uint32_t i = 0;
  while (i < n) {
    // "the government": the government of the country the article is about
    if (main_country && sentences[s].Lower(i) == "the" && i + 1 < n && toks[i + 1].text == "government" &&
        (i + 2 >= n || !toks[i + 2].capitalized)) {
      Mention m;
      m.sentence = s;
      m.first = m.name_first = i;
      m.last = m.name_last = i + 2;
      m.type = NodeType::kOrganisation;
      m.name = "Government of " + CountryAfterOf(main_country->name);
      m.surface = Slice(s, i, i + 2);
      AddMention(std::move(m));
      i += 2;
      continue;
    }
    if (TryDescription(s, i)) { ++i; continue; }
    if (!IsNameToken(s, i)) { ++i; continue; }
    uint32_t j = i + 1;
    while (j < n) {
      // "told the Sunday Times Mr Campbell would ...": a courtesy title after a body's head word starts a name
      if (lex.IsOrgHead(Tok(s, j - 1)) && (toks[j].text == "Mr" || toks[j].text == "Mrs" || toks[j].text == "Ms"))
        break;
      if (IsNameToken(s, j)) { ++j; continue; }
      if (HyphenatedGivenNameAt(s, i, j)) { j += 2; continue; }  // "Seo Jae-won", "Ban Ki-moon"
      if (!sentences[s].title_case && j + 1 < n && toks[j].capitalized && !masked[s][j] &&
          (toks[j].text == "Without" || toks[j].text == "With" || toks[j].text == "For" || toks[j].text == "Of" ||
           toks[j].text == "On" || toks[j].text == "The") &&
          IsNameToken(s, j + 1)) {
        j += 2;
        continue;
      }
      // connectors inside names: "Institute for the Study of War"
      uint32_t k = j;
      while (k < n && !masked[s][k] && IsConnector(toks[k].text)) ++k;
      if (k > j && k < n && IsNameToken(s, k)) {
        auto first_conn = toks[j].text;
        // (a run of other languages' particles joins as one: "Mouvement pour la
        // Paix et la Justice", "Partido de los Trabajadores")
        bool particle = true;
        for (uint32_t x = j; x < k; ++x)
          particle &= toks[x].text != "of" && toks[x].text != "for" && toks[x].text != "the" &&
                      toks[x].text != "on" && toks[x].text != "and" && toks[x].text != "&";
        bool head_before = false;
        // a title joins only right before the connector ("Prince of Wales"):
        // "President Musharraf of Pakistan" is a person and a country; a
        // place joins only "of" ("Isle of Man", not "Leicester Square for
        // the UK premiere")
        for (uint32_t x = i; x < j; ++x)
          if (lex.IsOrgHead(Tok(s, x)) || (lex.IsPlaceHead(Tok(s, x)) && first_conn == "of") ||
              (lex.IsTitle(Tok(s, x)) && x + 1 == j))
            head_before = true;
        // "Oval Office of the White House" is two places, not one name
        bool known_place = lex.ProperNameClass(Slice(s, i, j)) == ProperClass::kPlace;
        if ((particle && k <= j + 2) ||
            (!particle && head_before && first_conn != "and" && !known_place) ||
            KnownNameThrough(s, i, k)) {
          j = k;
          continue;
        }
      }
      // "Transport and General Workers' Union": "and" inside a body's name
      if (toks[j].text == "and" && j + 1 < n && IsNameToken(s, j + 1)) {
        uint32_t e = j + 1;
        while (e < n && (IsNameToken(s, e) || toks[e].kind == TokenKind::kPossessive)) ++e;
        bool head_before = false;
        for (uint32_t x = i; x < j; ++x)
          if (lex.IsOrgHead(Tok(s, x))) head_before = true;
        if (!head_before && lex.IsOrgHead(Tok(s, e - 1)) && e - j <= 5) { j = e; continue; }
      }
      // "Prosecutor General's Office": X's + capitalised run ending in an org head
      if (toks[j].kind == TokenKind::kPossessive && !lex.CountryByName(Slice(s, i, j)) &&
          !lex.FindCity(Slice(s, i, j)) && lex.ProperNameClass(Slice(s, i, j)) != ProperClass::kPlace) {
        uint32_t e = j + 1;
        while (e < n && IsNameToken(s, e)) ++e;
        if (e > j + 1 && lex.IsOrgHead(Tok(s, e - 1)) && !CountryAt(s, j + 1)) { j = e; continue; }
      }
      break;
    }
    ProcessChunk(s, i, j);
    i = j;
  }
}

std::string Builder::RoleOf(std::string_view w, bool* plural) const {
  *plural = false;
  std::string role(lex.RoleClass(w));
  if (role.empty() && w.size() > 3 && w.back() == 's') {
    role = std::string(lex.RoleClass(w.substr(0, w.size() - 1)));
    *plural = !role.empty();
  }
  return role;
}

bool Builder::TryDescription(int s, uint32_t i) {
  const auto& toks = sentences[s].tokens;
  uint32_t k = i;
  const Country* country = nullptr;
  bool indefinite = false, owner_country = false;
  const std::string_view first = sentences[s].Lower(k);
  const bool initial = i == 0 || toks[i - 1].kind == TokenKind::kQuote || toks[i - 1].text == ",";
  if (first == "the") {
    ++k;
    if ((country = CountryAt(s, k))) ++k;
    if (k < toks.size() && toks[k].kind == TokenKind::kPossessive) return false;
  } else if (first == "a" || first == "an") {
    ++k;
    indefinite = true;
  } else if ((country = lex.CountryByName(Tok(s, k))) && k + 1 < toks.size() &&
             toks[k + 1].kind == TokenKind::kPossessive) {
    k += 2;
    owner_country = true;
  } else if (!initial) {
    // "..., which critics said": a bare plural group right before a speech verb
    const std::string_view word = sentences[s].Lower(k);
    if (word.size() <= 3 || word.back() != 's') return false;  // cheap first: RoleOf finds no plural
    if (k + 1 >= toks.size() || !lex.FindSpeechVerb(Tok(s, k + 1))) return false;
    bool plural_group = false;
    if (RoleOf(sentences[s].Lower(k), &plural_group).empty() || !plural_group) return false;
  }
  // modifiers before the role noun: "top", "senior US", "union", "Andhra Pradesh"
  const uint32_t modifiers_from = k;
  std::string role;
  bool plural = false;
  uint32_t end = k;
  for (; k < toks.size() && k < modifiers_from + 4; ++k) {
    if (toks[k].kind != TokenKind::kWord) return false;
    // (a determiner or preposition starts another phrase: not "The
    // pressure prompted the prime minister")
    static const std::unordered_set<std::string_view> kBreaks = {
        "which", "that", "who", "whose", "whom", "where", "when", "and", "or", "but", "as", "than", "of",
        "the", "a", "an", "on", "in", "at", "to", "for", "with", "by", "from", "into"};
    if (kBreaks.count(sentences[s].Lower(k))) return false;
    if (k + 1 < toks.size()) {
      role = std::string(lex.RoleClass(TwoWords(sentences[s].Lower(k), sentences[s].Lower(k + 1))));
      if (!role.empty()) { end = k + 2; break; }
    }
    role = RoleOf(sentences[s].Lower(k), &plural);
    if (!role.empty()) { end = k + 1; break; }
    if (lex.FindSpeechVerb(Tok(s, k)) && !toks[k].capitalized) return false;
    // "The CBI met SEC officials": a lower-case word after a name is a verb
    // of the clause, not a modifier ("the Andhra Pradesh official" has none)
    if (k > modifiers_from && !toks[k].capitalized && toks[k - 1].capitalized) return false;
  }
  if (role.empty()) return false;
  // without a determiner only a plural group opening the clause: "Critics say"
  if (first != "the" && !indefinite && !country && (!plural || end - i > 2)) return false;
  // "the Russian leader Vladimir Putin" is a title + name, handled as a chunk
  if (end < toks.size() && toks[end].capitalized && !sentences[s].title_case) return false;
  // "the next general election", "the chief executive's", "the head
  // teacher": a role word that is an adjective of the noun after it
  static const std::unordered_set<std::string_view> kAdjectivalRoles = {"general", "chief", "head", "lead",
                                                                       "executive"};
  if (end < toks.size() && end == k + 1 && kAdjectivalRoles.count(sentences[s].Lower(k)) &&
      toks[end].kind == TokenKind::kWord && !toks[end].capitalized && lex.IsCommonWord(sentences[s].Lower(end)) &&
      !lex.FindSpeechVerb(Tok(s, end)) && !lex.IsStopword(TitleCased(Tok(s, end)))) {
    // ("the head coach", "the general manager": a role of its own)
    bool next_plural = false;
    std::string next_role = RoleOf(sentences[s].Lower(end), &next_plural);
    if (next_role.empty()) return false;
    role = std::move(next_role);
    plural = next_plural;
    ++end;
  }
  if (end < toks.size() && lex.IsOrgHead(TitleCased(Tok(s, end)))) return false;  // "the general staff"
  // "a spokesman for Unison", "the organisers of the play"
  if ((indefinite || plural) && end + 1 < toks.size()) {
    std::string_view prep = sentences[s].Lower(end);
    if (prep == "for" || prep == "of" || prep == "at" || prep == "from") {
      uint32_t e = end + 1;
      if (sentences[s].Lower(e) == "the") ++e;
      uint32_t name_end = e;
      while (name_end < toks.size() && toks[name_end].kind == TokenKind::kWord && toks[name_end].capitalized &&
             name_end < e + 5)
        ++name_end;
      if (name_end == e && e < toks.size() && toks[e].kind == TokenKind::kWord && sentences[s].Lower(end + 1) == "the")
        name_end = e + 1;  // "the organisers of the play"
      if (name_end > e) end = name_end;
    }
  }
  Mention m;
  m.sentence = s;
  m.first = i;
  m.last = end;
  m.name_first = i;
  m.name_last = end;
  m.surface = Slice(s, i, end);
  m.name = m.surface;
  m.description = true;
  m.role = role;
  m.indefinite = indefinite || plural;
  if (country) m.country = country->name;
  AddMention(std::move(m));
  // "Japan's foreign minister" names Japan too (after the description, which
  // mention look-ups at its first token find first)
  if (owner_country) AddCountryMention(s, i, *country);
  return true;
}

void Builder::ReadAppositions() {
  for (size_t mi = 0; mi < table.mentions.size(); ++mi) {
    Mention& m = table.mentions[mi];
    if (m.description || m.type != NodeType::kPerson) continue;
    const auto& toks = sentences[m.sentence].tokens;
    auto phrase_role = [&](uint32_t from, uint32_t to, std::string* role) {
      if (to <= from || to - from > 9) return false;
      for (uint32_t x = from; x < to; ++x) {
        if (toks[x].kind == TokenKind::kQuote || toks[x].text == "said") return false;
        // "IAAF issued an official": a clause, not an apposition
        const std::string_view w = sentences[m.sentence].Lower(x);
        if (x + 1 < to && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0 && lex.IsVerbLemma(lex.LemmaOf(w)))
          return false;
      }
      *role = std::string(lex.RoleClass(Tok(m.sentence, to - 1)));
      return !role->empty() && !toks[to - 1].capitalized;
    };
    std::string role;
    if (m.last < toks.size() && toks[m.last].text == ",") {
      uint32_t e = m.last + 1;
      while (e < toks.size() && toks[e].text != "," && e - m.last < 10) ++e;
      uint32_t from = m.last + 1;
      if (from < e && (sentences[m.sentence].Lower(from) == "the" || sentences[m.sentence].Lower(from) == "a")) ++from;
      // the role noun may be followed by "for/of ..." ("team lead for the ...")
      uint32_t to = from;
      while (to < e && lex.RoleClass(Tok(m.sentence, to)).empty()) ++to;
      if (to < e && phrase_role(from, to + 1, &role)) {
        if (m.role.empty() || m.role == "unresolved") m.role = role;
        m.surface += "\x1f" + Slice(m.sentence, from, to + 1);  // extra alias
      }
    }
    if (m.first >= 2 && toks[m.first - 1].text == ",") {
      uint32_t e = m.first - 1, from = e;
      while (from > 0 && toks[from - 1].text != "," && e - from < 9) --from;
      if (from < e && sentences[m.sentence].Lower(from) == "the") ++from;
      if (phrase_role(from, e, &role) && (from == 0 || toks[from - 1].text != ",")) {
        if (m.role.empty() || m.role == "unresolved") m.role = role;
        m.surface += "\x1f" + Slice(m.sentence, from, e);
      }
    }
  }
}

void Builder::Run() {
  table.by_sentence.resize(sentences.size());
  CollectDocumentWords();
  main_country = MainCountry();
  sports = IsSportsArticle();
  table.sports_article = sports;
  MaskCredits();
  for (size_t s = 0; s < sentences.size(); ++s)
    if (!sentences[s].furniture) ScanSentence(static_cast<int>(s));
  ReadAppositions();
  Resolve();
}

}  // namespace entity_internal

EntityTable FindEntities(std::string_view text, const std::vector<Sentence>& sentences, const Lexicon& lexicon) {
  entity_internal::Builder b(text, sentences, lexicon);
  b.Run();
  ResolveBodyDescriptions(sentences, lexicon, &b.table);
  return std::move(b.table);
}

}  // namespace claimgraph::extract
