#include "extract/entities.h"

#include "extract/body_descriptions.h"
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

namespace {

std::string TitleCased(std::string_view word) {
  std::string out = LowerAscii(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  // "U.S." stays "U.S."; "D.C." likewise
  for (size_t i = 2; i < out.size(); ++i)
    if (out[i - 1] == '.' && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
  return out;
}

bool IsConnector(std::string_view w) {
  static const std::unordered_set<std::string_view> kConnectors = {"of", "for", "the", "de", "del", "la", "le",
                                                                   "du", "van", "von", "der", "den", "bin", "al",
                                                                   "da", "dos", "di", "y", "&", "on", "and"};
  return kConnectors.count(w) > 0;
}

// Lower-case nouns before the title of a work: "the sitcom Extras".
bool IsWorkNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "play", "film", "movie", "show", "series", "sitcom", "book", "novel", "album", "single", "song", "programme",
      "program", "drama", "documentary", "opera", "musical", "comedy", "thriller", "game", "title", "hit", "soap",
      "bill", "act", "law"};
  return kNouns.count(w) > 0;
}

// Nouns after a possessive that only a person has: "Adriano's agent".
bool IsKinOrBodyNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "agent", "wife", "husband", "father", "mother", "son", "daughter", "brother", "sister", "girlfriend",
      "boyfriend", "parents", "widow", "knee", "ankle", "hamstring", "groin", "shoulder"};
  return kNouns.count(w) > 0;
}

// Last words of event and competition names: "Carling Cup", "Boxing Day".
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


// Lower-case words that extend a name into a place ("Kursk region").
bool IsTrailingPlaceNoun(std::string_view w) {
  return w == "region" || w == "oblast" || w == "province" || w == "district" || w == "krai" || w == "state";
}
// Lower-case words that make a name a venue, a place even after a title
// ("King Cross station", "the Tor Di Valle arena").
bool IsTrailingVenueNoun(std::string_view w) {
  return w == "station" || w == "airport" || w == "arena" || w == "stadium" || w == "embankment" ||
         w == "theatre" || w == "theater" || w == "dam" || w == "prison" || w == "jail" || w == "bridge" ||
         w == "canal" || w == "refinery" || w == "reservoir" || w == "racecourse";
}

// Whether token i opens a sentence or a clause, where any word is
// capitalised: first, or after a quote, ":", "(" or a dash.
bool OpensClause(const Sentence& s, size_t i) {
  if (i == 0) return true;
  const Token& before = s.tokens[i - 1];
  return before.kind == TokenKind::kQuote || before.text == ":" || before.text == "(" || before.text == "—";
}

// A set of views, filled first and searched afterwards.
class SortedViews {
 public:
  void Add(std::string_view v) { views_.push_back(v); }
  void Freeze() {
    std::sort(views_.begin(), views_.end());
    views_.erase(std::unique(views_.begin(), views_.end()), views_.end());
  }
  bool Contains(std::string_view v) const { return std::binary_search(views_.begin(), views_.end(), v); }

 private:
  std::vector<std::string_view> views_;
};

struct Builder {
  Builder(std::string_view text, const std::vector<Sentence>& sentences, const Lexicon& lex)
      : text(text), sentences(sentences), lex(lex) {}

  std::string_view text;
  const std::vector<Sentence>& sentences;
  const Lexicon& lex;
  EntityTable table;
  // Views into the article text, which outlives the builder; sorted sets
  // (filled once per article, then only searched: cheaper than hash nodes).
  SortedViews caps_mid;    // capitalised mid-sentence somewhere
  SortedViews lower_seen;  // written in lower case somewhere
  std::vector<std::vector<bool>> masked;       // credits in parentheses
  const Country* main_country = nullptr;
  bool sports = false;

  std::string Slice(int s, uint32_t a, uint32_t b) const {
    const auto& toks = sentences[s].tokens;
    return std::string(text.substr(toks[a].begin, toks[b - 1].end - toks[a].begin));
  }
  std::string_view Tok(int s, uint32_t i) const {
    const auto& toks = sentences[s].tokens;
    return i < toks.size() ? toks[i].text : std::string_view();
  }

  // Sports reports name clubs after their cities ("Chelsea beat Valencia").
  bool IsSportsArticle() const {
    static const std::unordered_set<std::string_view> kSports = {
        "match", "goal", "goals", "season", "league", "striker", "midfielder", "coach", "manager", "cup",
        "victory", "defeat", "fixture", "injury", "squad", "club", "championship", "tournament", "players",
        "scored", "final", "rugby", "football", "tennis", "cricket", "referee", "semi-final", "quarter-final",
        "champions", "draw", "premiership", "tries", "wickets", "innings", "athletics", "olympic", "medal"};
    std::set<std::string_view> seen;
    for (const auto& s : sentences)
      for (const auto& t : s.tokens)
        if (t.kind == TokenKind::kWord && !t.capitalized && kSports.count(t.text)) seen.insert(t.text);
    return seen.size() >= 5;
  }

  // The country the article is mostly about, for "the government".
  const Country* MainCountry() const {
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

  void CollectDocumentWords() {
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

  // Photo credits "(Mandel Ngan/AFP via Getty Images)" are not news text.
  void MaskCredits() {
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

  bool KnownProper(std::string_view w) const {
    return lex.CountryByName(w) || lex.CountryByDemonym(w) || lex.CountryByCapital(w) || lex.FindCity(w) ||
           lex.ProperNameClass(w) != ProperClass::kUnknown || lex.IsOrgHead(w) || lex.IsPlaceHead(w) ||
           lex.IsTitle(w);
  }

  // "JP McManus", "JK Rowling": two capital initials (not a country: "UK
  // X") and a word that is neither a common word nor a place ("AC Milan",
  // "HI Europe").
  bool IsInitialsAndSurname(const std::string& name) const {
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

  bool IsNameToken(int s, uint32_t i) const {
    const Sentence& sent = sentences[s];
    if (i >= sent.tokens.size() || masked[s][i]) return false;
    const Token& t = sent.tokens[i];
    if (t.kind != TokenKind::kWord || !t.capitalized) return false;
    if (t.text[0] >= '0' && t.text[0] <= '9') return false;
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
    if (lex.IsStopword(key) || (t.all_caps && lex.IsStopword(TitleCased(t.text)))) return false;
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
      if (t.all_caps && key.size() <= 5) return !lex.IsCommonWord(lower) && !lex.IsStopword(TitleCased(t.text));  // NATO, BBC
      return !lex.IsCommonWord(lower) && !lower_seen.Contains(lower);
    }
    if (OpensClause(sent, i)) {
      // "Trouble-hit Mitsubishi", "Cash-strapped X": a common word opening a
      // modifier, even one a gazetteer knows as a name (Johnny Cash)
      if (i + 2 < sent.tokens.size() && sent.tokens[i + 1].text == "-" && !sent.tokens[i + 2].capitalized &&
          lex.IsCommonWord(lower) && !caps_mid.Contains(key))
        return false;
      if (KnownProper(key) || caps_mid.Contains(key) || !lex.IsCommonWord(lower)) return true;
      // "Trump wrote:": a singular word opening the sentence as a speaker
      return lower.back() != 's' && SpeechVerbFollows(s, i + 1);
    }
    return true;
  }

  const Country* CountryAt(int s, uint32_t i) const {
    auto w = Tok(s, i);
    if (w.empty()) return nullptr;
    const Country* c = lex.CountryByName(w);
    if (!c) c = lex.CountryByDemonym(TitleCased(w));
    return c;
  }

  // Length in tokens of a title phrase starting at i, 0 if none.
  uint32_t TitleAt(int s, uint32_t i, uint32_t end) const {
    for (uint32_t n = std::min<uint32_t>(lex.LongestTitleWords(), end - i); n >= 1; --n) {
      std::string phrase;
      for (uint32_t k = i; k < i + n; ++k) {
        if (k > i) phrase += ' ';
        phrase += Tok(s, k);
      }
      if (lex.IsTitle(phrase)) return n;
    }
    return 0;
  }

  // Length of a collective noun phrase ("troops", "armed forces") at i.
  uint32_t CollectiveAt(int s, uint32_t i, std::string* pattern) const {
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

  void AddMention(Mention m) {
    table.by_sentence[m.sentence].push_back(static_cast<int>(table.mentions.size()));
    table.mentions.push_back(std::move(m));
  }

  // "Ukrainian troops", "the Russian military", "Ukraine's leadership",
  // "Kyiv's troops": one organisation per country and kind.
  bool TryCollective(int s, uint32_t a, uint32_t country_end, const Country* country) {
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
    name.replace(name.find('%'), 1, country->name);
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

  void ScanSentence(int s) {
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
        m.name = "Government of " + main_country->name;
        m.surface = Slice(s, i, i + 2);
        AddMention(std::move(m));
        i += 2;
        continue;
      }
      if (TryDescription(s, i)) { ++i; continue; }
      if (!IsNameToken(s, i)) { ++i; continue; }
      uint32_t j = i + 1;
      while (j < n) {
        if (IsNameToken(s, j)) { ++j; continue; }
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
          bool particle = first_conn != "of" && first_conn != "for" && first_conn != "the" && first_conn != "on" &&
                          first_conn != "and" && first_conn != "&";
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
          if ((particle && k == j + 1) || (!particle && head_before && first_conn != "and" && !known_place)) {
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

  // "the Russian leader", "Ukraine's top commander", "the U.S. president".
  // The role class of a role noun, singular or plural ("officials").
  // `w` is lower case.
  std::string RoleOf(std::string_view w, bool* plural) const {
    *plural = false;
    std::string role(lex.RoleClass(w));
    if (role.empty() && w.size() > 3 && w.back() == 's') {
      role = std::string(lex.RoleClass(w.substr(0, w.size() - 1)));
      *plural = !role.empty();
    }
    return role;
  }

  // "the Russian leader", "Ukraine's top commander", "the U.S. president"
  // (definite: may name someone already met); "a spokesman for Unison",
  // "An Andhra Pradesh official", "Critics" (indefinite or plural: a
  // referent of its own, an entity only if it speaks).
  bool TryDescription(int s, uint32_t i) {
    const auto& toks = sentences[s].tokens;
    uint32_t k = i;
    const Country* country = nullptr;
    bool indefinite = false;
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
        !lex.FindSpeechVerb(Tok(s, end)) && !lex.IsStopword(TitleCased(Tok(s, end))))
      return false;
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
    return true;
  }

  void ProcessChunk(int s, uint32_t a, uint32_t b) {
    const auto& toks = sentences[s].tokens;
    if (b >= a + 2 && toks[b - 1].text == toks[b - 2].text) --b;
    // A country or demonym alone may open a collective ("Ukrainian troops").
    if (const Country* c = CountryAt(s, a)) {
      uint32_t c_end = a + 1;
      if (c_end == b || (toks[c_end].kind == TokenKind::kPossessive)) {
        if (TryCollective(s, a, c_end, c)) return;
      }
      // A capital's possessive collective: "Kyiv's troops"
    } else if (const Country* cap = lex.CountryByCapital(Slice(s, a, b))) {
      if (b < toks.size() && toks[b].kind == TokenKind::kPossessive && TryCollective(s, a, b, cap)) return;
    }
    // Plural demonyms ("the Russians") and bare demonyms are not entities.
    std::string whole = Slice(s, a, b);
    if (b > a + 1) {
      if (const Country* c = lex.CountryByDemonym(whole)) {  // "North Korean troops"
        TryCollective(s, a, b, c);
        return;
      }
    }
    if (b == a + 1 && lex.IsFaithWord(whole)) return;
    // "Washington, D.C.-based": the "D.C." of the town before the comma, no place of its own
    if (b == a + 1 && a >= 2 && toks[a - 1].text == "," && IsAdministrativeWord(sentences[s].Lower(a)) &&
        toks[a - 2].capitalized)
      return;
    if (b == a + 1) {
      std::string w = TitleCased(whole);
      if (const Country* c = lex.CountryByDemonym(w); c && !lex.CountryByName(w)) {
        if (NamesPlaceByKind(s, b)) AddCountryMention(s, a, *c);  // "the Kenyan capital Nairobi"
        return;
      }
      if (w.size() > 2 && w.back() == 's' && lex.CountryByDemonym(w.substr(0, w.size() - 1))) return;
    }

    Mention m;
    m.sentence = s;
    m.first = a;
    m.last = b;
    uint32_t na = a;
    // leading country/demonym before a title: "Russian President", "U.S. President"
    std::string role_country;
    uint32_t k = a;
    if (const Country* c = CountryAt(s, k); c && k + 1 < b && TitleAt(s, k + 1, b) > 0) {
      role_country = c->name;
      if (lex.CountryByName(Tok(s, k))) AddCountryMention(s, k, *c);
      ++k;
    }
    // an organisation before a title: "NATO Secretary General Mark Rutte"
    bool person_evidence = false;
    uint32_t title_start = k;
    uint32_t t = 0;
    while (k < b && (t = TitleAt(s, k, b)) > 0) k += t;
    if (k == title_start && k + 1 < b) {
      // "NATO Secretary General Mark Rutte": look for a title after one word
      uint32_t t2 = TitleAt(s, a + 1, b);
      // only a body's short name or an acronym stands there, not "First"
      const bool body = toks[a].all_caps || lex.ProperNameClass(Tok(s, a)) == ProperClass::kOrganisation ||
                        lex.IsSeatOfPower(Tok(s, a));
      uint32_t at = 0, title_end = 0;
      if (body && t2 > 0 && a + 1 + t2 < b && !lex.IsOrgHead(Tok(s, b - 1))) {
        AddBodyBeforeTitle(m, s, a + 1);
        title_start = a + 1;
        k = a + 1 + t2;
      } else if (TitleAfterPortfolio(s, a, b, &at, &title_end)) {
        // "International Development Minister Gareth Thomas", "Home Office
        // Minister Fiona Mactaggart": the portfolio before the title is
        // part of it, or, when it is a body, a body of its own
        if (lex.IsOrgHead(Tok(s, at - 1)) && at - a >= 2) AddBodyBeforeTitle(m, s, at);
        k = title_end;
      }
    }
    std::string title_role;
    if (k > title_start) {
      if (IsConnector(Tok(s, k)) && lex.ProperNameClass(Slice(s, a, b)) == ProperClass::kUnknown &&
          !lex.IsOrgHead(Tok(s, b - 1)) && !lex.IsPlaceHead(Tok(s, b - 1))) {
        ReadAfterPost(s, k, b);
        return;
      }
      if (k == b || lex.IsOrgHead(Tok(s, b - 1)) || lex.IsPlaceHead(Tok(s, b - 1)) || IsConnector(Tok(s, k))) {
        // "General Staff", "President" alone, "Prince of Wales" (a name
        // WordNet knows whole): not a titled name
        k = title_start;
      } else {
        person_evidence = true;
        std::string title = LowerAscii(Slice(s, title_start, k));
        title_role = std::string(lex.RoleClass(title));
        if (title_role.empty()) title_role = std::string(lex.RoleClass(sentences[s].Lower(k - 1)));
        if (title_role.empty()) title_role = "titled";
        na = k;
      }
    }
    if (!person_evidence) role_country.clear();
    if (!person_evidence && b - na >= 2) {
      uint32_t x = na;
      while (x < b && (lex.CountryByDemonym(Tok(s, x)) || IsCompassWord(sentences[s].Lower(x)))) ++x;
      if (x == b) return;  // "North American": an adjective
      const std::string full = Slice(s, na, b);
      if (x > na && !lex.IsOrgHead(Tok(s, b - 1)) && !lex.IsPlaceHead(Tok(s, b - 1)) &&
          lex.ProperNameClass(full) == ProperClass::kUnknown && !lex.CountryByName(full) && !lex.FindCity(full) &&
          !lex.IsRegionName(full)) {  // ("East Kilbride", "West Sussex": a town's or region's whole name)
        if (x + 1 == b && lex.IsFaithWord(Tok(s, x))) return;  // "British Muslim"
        na = x;  // "American Joe Smith" -> "Joe Smith"
      }
    }
    m.name_first = na;
    m.name_last = b;
    m.name = Slice(s, na, b);
    m.surface = whole;
    m.role = title_role;
    m.country = role_country;
    // Possessive before a titled name gives the role's country: "Ukraine's Commander-in-Chief X";
    // so does "of" after it: "President Musharraf of Pakistan"
    if (person_evidence && a >= 2 && toks[a - 1].kind == TokenKind::kPossessive) {
      if (const Country* c = lex.CountryByName(Tok(s, a - 2))) m.country = c->name;
    }
    if (person_evidence && m.country.empty() && Tok(s, b) == "of") {
      if (const Country* c = lex.CountryByName(Tok(s, b + 1))) m.country = c->name;
    }
    // A lower-case role noun right before: "defense analyst Michael Kofman"
    if (!person_evidence && a >= 1) {
      auto role = lex.RoleClass(Tok(s, a - 1));
      if (!role.empty() && !toks[a - 1].capitalized) {
        person_evidence = true;
        m.role = std::string(role);
        uint32_t from = a - 1;
        if (a >= 2 && toks[a - 2].kind == TokenKind::kWord) {
          std::string_view before = sentences[s].Lower(a - 2);
          if (before != "the" && before != "a" && before != "an" && before != "and" && before != "by" &&
              before != "of" && before != "with" && before != "to")
            from = a - 2;
        }
        m.surface = Slice(s, from, b);
      }
    }
    if (b + 1 < toks.size() && toks[b].text == "," && toks[b + 1].text.size() == 4 && toks[b + 1].text[1] == '.' &&
        toks[b + 1].text[3] == '.' && (lex.CountryByCapital(Slice(s, na, b + 2)) || lex.FindCity(m.name))) {
      m.last = m.name_last = b + 2;
      m.name = Slice(s, na, b + 2);
      m.surface = m.name;
      m.type = NodeType::kPlace;
      AddMention(std::move(m));
      return;
    }
    if (!person_evidence && a >= 2 && toks[a - 1].kind == TokenKind::kPossessive && lex.IsOrgHead(Tok(s, b - 1)) &&
        lex.CountryByName(Tok(s, a - 2)))
      m.surface += "\x1f" + Slice(s, a - 2, b);
    const uint32_t name_len = b - na;
    const std::string_view last = Tok(s, b - 1);
    const std::string_view lower_prev = a > 0 ? sentences[s].Lower(a - 1) : "";
    // Extend "Kursk region" (lower-case administrative noun after a name).
    const bool venue = b < toks.size() && IsTrailingVenueNoun(sentences[s].Lower(b));
    if (venue && person_evidence) {  // "King" was read as a title
      na = a;
      m.role.clear();
      m.country.clear();
    }
    // (not a country's "state of": "the US state of Delaware" names Delaware)
    const bool unit_of = lex.CountryByName(m.name) && sentences[s].Lower(b + 1) == "of";
    bool trailing_place =
        b < toks.size() && ((IsTrailingPlaceNoun(sentences[s].Lower(b)) && !person_evidence && !unit_of) || venue);
    if (trailing_place) {
      m.last = m.name_last = b + 1;
      m.name = Slice(s, na, b + 1);
      m.surface = Slice(s, a, b + 1);
      m.type = NodeType::kPlace;
      AddMention(std::move(m));
      return;
    }
    // Typing, strongest evidence first. `strength` lets the strongest typing
    // of a name win for all its mentions in the article (Resolve).
    auto set = [&](NodeType t, int strength) { m.type = t; m.strength = strength; };
    const std::string_view next_lower = b < toks.size() ? sentences[s].Lower(b) : "";
    const bool possessor = next_lower == "'s" || next_lower == "’s";
    // "Deutsche Boerse bosses", "Yukos shareholders": only a body has them
    static const std::unordered_set<std::string_view> kBodyPeopleAfter = {
        "bosses", "shareholders", "executives", "employees", "directors", "management"};
    const bool org_cue_after =
        (kBodyPeopleAfter.count(next_lower) && !toks[b].capitalized) ||
        (possessor && b + 1 < toks.size() &&
         (lex.IsOrgCueAfter(sentences[s].Lower(b + 1)) ||
          (b + 2 < toks.size() && lex.IsOrgCueAfter(TwoWords(sentences[s].Lower(b + 1), sentences[s].Lower(b + 2)))))) ||
        ((lower_prev == "in" || lower_prev == "for" || lower_prev == "of") && a >= 2 &&
         (sentences[s].Lower(a - 2) == "shares" || sentences[s].Lower(a - 2) == "stake" ||
          sentences[s].Lower(a - 2) == "bid" || sentences[s].Lower(a - 2) == "takeover"));
    // a title or an event ("the hit show Friends"; not "trouble-hit Mitsubishi")
    const bool after_compound = a >= 2 && toks[a - 2].text == "-";
    if (!person_evidence && ((IsWorkNoun(lower_prev) && !after_compound) || IsEventHead(last))) return;
    if (person_evidence) {
      set(NodeType::kPerson, 3);
    } else if (name_len == 1 && possessor && b + 1 < toks.size() && IsKinOrBodyNoun(sentences[s].Lower(b + 1))) {
      set(NodeType::kPerson, 3);  // "Adriano's agent", "Ronaldo's knee": only a person has one
    } else if (PlaceAppositionFollows(s, b)) {
      set(NodeType::kPlace, 3);
    } else if (AfterVenueAndComma(s, a) && (lex.FindCity(m.name) || lex.IsRegionName(m.name))) {
      set(NodeType::kPlace, 3);  // "Lansdowne Road, Dublin": the town that holds a place, not its club
    } else if (b < toks.size() && IsAreaNoun(sentences[s].Lower(b)) && !person_evidence &&
               (name_len > 1 || !lex.IsCommonWord(LowerAscii(m.name)))) {
      set(NodeType::kPlace, 2);  // "the East Kilbride seat", "the Kibera area"
    } else if (name_len == 1 && PlaceBeforeComma(s, a) && SentenceEndsAt(s, b, m.name)) {
      set(NodeType::kPlace, 2);  // "in Kirkcaldy, Fife.": what holds the place before it
    } else if (OrgAppositionFollows(s, b) && !lex.CountryByName(m.name)) {
      set(NodeType::kOrganisation, 3);  // "Unison, Britain's biggest union,"
    } else if (ListedAfterOrgNoun(s, a) && !lex.CountryByName(m.name)) {
      set(NodeType::kOrganisation, 3);
    } else if (sports && !lex.CountryByName(m.name) && !lex.CountryByDemonym(m.name) &&
               (lex.FindCity(m.name) || lex.ProperNameClass(m.name) == ProperClass::kPlace ||
                lex.ProperNameClass(m.name) == ProperClass::kUnknown) &&
               !IsPreposition(lower_prev) && lower_prev != "of" && (name_len == 1 || lex.FindCity(m.name)) &&
               !SpeechVerbFollows(s, b) && !PlaceAppositionFollows(s, b)) {
      // a club named after its city; clubs take a plural verb in British
      // reports ("Chelsea have"), a player a singular one ("Adriano has")
      if (name_len == 1 && !lex.FindCity(m.name) && (next_lower == "has" || next_lower == "is" || next_lower == "was"))
        set(NodeType::kPerson, 2);
      else
        set(NodeType::kOrganisation, 2);
    } else if (sports && name_len >= 2 && lex.FindCity(Tok(s, na)) && !lex.CountryByName(m.name) &&
               !lex.IsPlaceHead(last) && !IsPreposition(lower_prev) && lex.IsCommonWord(LowerAscii(last))) {
      set(NodeType::kOrganisation, 2);  // "Nottingham Forest", "Aston Villa"
    } else if (lex.IsSeatOfPower(m.name)) {
      std::string_view before = a >= 2 && lower_prev == "the" ? sentences[s].Lower(a - 2) : lower_prev;
      set((IsPreposition(before) || before == "of") && !possessor ? NodeType::kPlace : NodeType::kOrganisation, 3);
    } else if (a >= 1 && !toks[a - 1].capitalized && lex.IsOrgCueBefore(lower_prev) &&
               !lex.CountryByName(m.name)) {
      set(NodeType::kOrganisation, 3);  // "IT firm Dimension Data", "rival Deutsche Boerse"
    } else if (BasedBodyAt(s, a, name_len) && !possessor && !lex.CountryByName(m.name) && !lex.FindCity(m.name) &&
               lex.ProperNameClass(m.name) != ProperClass::kPerson) {
      set(NodeType::kOrganisation, 3);  // "Cambridge-based Ubisense", "London-based software developer Connectotel"
    } else if (org_cue_after && !lex.CountryByName(m.name) && !lex.CountryByCapital(m.name)) {
      set(NodeType::kOrganisation, 3);  // "Toyota's profits", "shares in Yukos"
    } else if (b + 1 < toks.size() && !toks[b].capitalized && !lex.RoleClass(Tok(s, b)).empty() &&
               IsNameToken(s, b + 1)) {
      // "Arsenal manager Arsene Wenger", "Kremlin spokesperson Dmitry Peskov";
      // a city before a civic role ("London mayor") stays a place
      const std::string_view role = lex.RoleClass(Tok(s, b));
      const bool body_role = role == "player" || role == "chief" || role == "spokesperson";
      const bool city = lex.FindCity(m.name) || lex.CountryByCapital(m.name);
      if (body_role || !city) set(NodeType::kOrganisation, body_role ? 3 : 2);
      else set(NodeType::kPlace, 2);
    } else if (ProperClass wn = lex.ProperNameClass(m.name); wn != ProperClass::kUnknown && name_len >= 2 &&
               !(wn == ProperClass::kPlace && lex.IsOrgHead(last) && last != "Office" && last != "House")) {
      // a name WordNet knows whole ("Oval Office") outranks its head word,
      // except institutions filed as places ("New York Stock Exchange")
      if (wn == ProperClass::kEvent) return;
      set(wn == ProperClass::kPerson ? NodeType::kPerson
          : wn == ProperClass::kPlace ? NodeType::kPlace : NodeType::kOrganisation, 3);
    } else if (const Country* c = lex.CountryByName(m.name)) {
      set(c->is_union ? NodeType::kOrganisation : NodeType::kPlace, 3);
      m.name = c->name;
    } else if (lex.IsPlaceHead(last) && name_len >= 2) {
      set(NodeType::kPlace, 3);
    } else if (lex.IsOrgHead(last) || HasOrgHeadBeforeConnector(s, na, b)) {
      set(NodeType::kOrganisation, 3);
    } else if (lex.CountryByCapital(m.name) || lex.FindCity(m.name) ||
               (last.size() > 6 && last.substr(last.size() - 5) == "shire" && OnlyCompassBefore(s, na, b - 1))) {
      set(NodeType::kPlace, 2);  // (an English county: "Worcestershire", "North Yorkshire"; not "Leonard Cheshire")
    } else if (name_len == 1 && m.name.size() > 3 && m.name.back() == 's' &&
               lex.ProperNameClass(Singular(m.name)) == ProperClass::kPerson) {
      set(NodeType::kOrganisation, 2);  // "Tories", "Democrats": a party, not a person
    } else if (ProperClass pc = lex.ProperNameClass(m.name); pc != ProperClass::kUnknown) {
      if (pc == ProperClass::kEvent) return;
      set(pc == ProperClass::kPerson ? NodeType::kPerson
          : pc == ProperClass::kPlace ? NodeType::kPlace : NodeType::kOrganisation, 2);
    } else if (name_len == 1 && toks[na].all_caps && toks[na].text.size() <= 6) {
      set(NodeType::kOrganisation, 2);  // NATO, BBC, AFP
    } else if (name_len == 1 && toks[na].text.find('.') != std::string_view::npos) {
      set(NodeType::kOrganisation, 2);  // dotted abbreviations not known as countries
    } else if (b + 1 < toks.size() && toks[b].text == "-" && sentences[s].Lower(b + 1) == "based") {
      // "Bracknell-based": a place, unless the name is a common word ("Linux-based", "PC-based")
      if (name_len > 1 || !lex.IsCommonWord(LowerAscii(m.name))) set(NodeType::kPlace, 2);
      else return;
    } else if (AfterPlaceNounOf(s, a)) {
      set(NodeType::kPlace, 3);  // "the town of Sudzha", "the boroughs of Hillingdon and Wandsworth"
    } else if (name_len >= 2 && (lower_prev == "from" || lower_prev == "of" || lower_prev == "in") &&
               Tok(s, b) == "," && PlaceFollows(s, b)) {
      set(NodeType::kPlace, 1);  // "from Pease Pottage, West Sussex": not a body of common words
    } else if (name_len >= 2) {
      bool all_common = true;
      for (uint32_t x = na; x < b; ++x) {
        std::string_view w = sentences[s].Lower(x);
        if (!lex.IsCommonWord(w) && !IsConnector(w) && !lex.IsStopword(std::string(Tok(s, x)))) all_common = false;
      }
      // A person's name has no acronym, no place word first ("Lesotho Hats",
      // "BBC Liverpool") and no plural common noun last ("TW Garments").
      bool acronym = false;
      for (uint32_t x = na; x < b; ++x) acronym = acronym || (toks[x].all_caps && toks[x].text.size() <= 4);
      // (a city first only if it is a large one and no given name: "David
      // Barnes", "Nigel Melville" are people, though David and Nigel are towns)
      // (a city of two words, "San Francisco Ballet", is no given name)
      const City* city_first = lex.FindCity(Tok(s, na));
      const bool two_word_city_first = (b == na + 3) && lex.FindCity(Slice(s, na, na + 2));
      const bool place_first = lex.CountryByName(Tok(s, na)) || lex.CountryByDemonym(Tok(s, na)) ||
                               two_word_city_first ||
                               (city_first && city_first->population >= 250000 &&
                                lex.ProperNameClass(Tok(s, na)) != ProperClass::kPerson);
      const std::string last_lower = LowerAscii(last);
      // (a regular plural: "garments"; not "Barnes", which is no plural of "barn")
      const std::string last_lemma = lex.LemmaOf(last_lower);
      const bool es_plural = last_lower == last_lemma + "es" &&
                             (last_lemma.back() == 's' || last_lemma.back() == 'x' || last_lemma.back() == 'z' ||
                              (last_lemma.size() > 2 && last_lemma.back() == 'h' &&
                               (last_lemma[last_lemma.size() - 2] == 'c' || last_lemma[last_lemma.size() - 2] == 's')));
      const bool plural_noun_last = last_lower.size() > 3 && last_lower.back() == 's' && lex.IsCommonWord(last_lower) &&
                                    last_lemma != last_lower &&
                                    (last_lower == last_lemma + "s" || es_plural ||
                                     (last_lemma.back() == 'y' && last_lower.size() > 3 &&
                                      last_lower.compare(last_lower.size() - 3, 3, "ies") == 0));
      // "Guildford Four", "Maguire Seven": a group named by its number
      static const std::unordered_set<std::string_view> kNumbers = {"two", "three", "four", "five", "six",
                                                                    "seven", "eight", "nine", "ten", "twelve"};
      const bool number_last = kNumbers.count(last_lower) > 0;
      const bool body = all_common || acronym || place_first || plural_noun_last || number_last;
      set(body ? NodeType::kOrganisation : NodeType::kPerson, 1);
    } else if (SpeechVerbFollows(s, b) || AfterDealingWith(s, a)) {
      // "Zelenskyy countered", "in talks with Renault": a person when
      // resolved to a person named in full (pass 2); a lone word otherwise
      // is a body ("Google said", "a merger with Euronext"). The role
      // "speaker" marks such a lone word a body by its context alone.
      set(NodeType::kOrganisation, 1);
      m.role = "speaker";
    } else if (PlaceFollows(s, b)) {
      set(NodeType::kPlace, 1);  // "Sudzha in Kursk Oblast", "Pokrovsk, Donetsk Oblast"
    } else if (IsPreposition(lower_prev) && !sentences[s].title_case) {
      set(NodeType::kPlace, 1);
      m.role = "weak";  // typed by context only
    } else {
      set(NodeType::kPerson, 0);
      m.role = "unresolved";  // a lone word: kept only if it resolves
    }
    AddMention(std::move(m));
  }

  // "MP for Sedgefield", "Minister for Children", "Governor of the Reserve
  // Bank": a title and "of"/"for" (from token k) make a post, not a name.
  // What the post is of is read alone, unless it is one common word
  // ("Children").
  void ReadAfterPost(int s, uint32_t k, uint32_t b) {
    uint32_t tail = k;
    while (tail < b && IsConnector(Tok(s, tail))) ++tail;
    if (tail == b || (tail + 1 == b && lex.IsCommonWord(sentences[s].Lower(tail)))) return;
    // "of the Reserve Bank Alan Bollard", "of Canterbury Dr Rowan Williams":
    // the body ends at its head word or before a title ("Secretary of
    // Energy Spencer Abraham": the department is no name)
    auto is_head = [&](uint32_t x) { return lex.IsOrgHead(Tok(s, x)) || lex.IsPlaceHead(Tok(s, x)); };
    if (b - tail >= 3 && lex.IsCommonWord(sentences[s].Lower(tail)) && !is_head(tail) && !is_head(tail + 1)) ++tail;
    uint32_t split = tail + 1;
    while (split < b && !(is_head(split - 1) && !is_head(split)) && TitleAt(s, split, b) == 0) ++split;
    ProcessChunk(s, tail, split);
    if (split < b) ProcessChunk(s, split, b);
  }

  // Whether "<place>-based" and at most three lower-case words come right
  // before token a, so that the name there is a body based in that place.
  // A one-word name is a body there; a longer one only when a word between
  // says so ("US-based hedge fund Atticus Capital", not "US-based Alistair
  // Cragg").
  bool BasedBodyAt(int s, uint32_t a, uint32_t name_len) const {
    const auto& toks = sentences[s].tokens;
    uint32_t k = a;
    bool cue = false;
    while (k > 0 && a - k < 3 && toks[k - 1].kind == TokenKind::kWord && !toks[k - 1].capitalized &&
           !IsFunctionWord(sentences[s].Lower(k - 1)) && sentences[s].Lower(k - 1) != "based")
      cue |= lex.IsOrgCueBefore(sentences[s].Lower(--k));
    const bool based =
        k >= 3 && sentences[s].Lower(k - 1) == "based" && toks[k - 2].text == "-" && toks[k - 3].capitalized;
    return based && (name_len == 1 || cue);
  }

  // "carmakers such as Toyota, Hyundai and Ford", "firms including X":
  // a list of names after a plural organisation noun.
  bool ListedAfterOrgNoun(int s, uint32_t a) const {
    const auto& toks = sentences[s].tokens;
    uint32_t k = a;
    while (k > 0 && (toks[k - 1].capitalized || toks[k - 1].text == "," || sentences[s].Lower(k - 1) == "and" ||
                     sentences[s].Lower(k - 1) == "or" || toks[k - 1].kind == TokenKind::kPossessive))
      --k;
    if (k == 0) return false;
    std::string_view cue = sentences[s].Lower(k - 1);
    uint32_t noun_at;
    if (cue == "as" && k >= 3 && sentences[s].Lower(k - 2) == "such") noun_at = k - 3;
    else if (cue == "like" || cue == "including") noun_at = k >= 3 && toks[k - 2].text == "," ? k - 3 : k - 2;
    else return false;
    if (noun_at >= toks.size()) return false;
    const std::string_view noun = sentences[s].Lower(noun_at);
    if (noun.size() < 4 || noun.back() != 's') return false;
    return lex.IsOrgCueBefore(Singular(noun));
  }

  // Whether a place noun after a demonym ending at token b introduces a
  // named place: "the Kenyan capital Nairobi", "the Pakistani city of
  // Lahore", "the southern Indian state, Kerala".
  bool NamesPlaceByKind(int s, uint32_t b) const {
    const auto& toks = sentences[s].tokens;
    const std::string_view noun = sentences[s].Lower(b);
    if (!IsKindOfPlaceWithin(noun)) return false;
    uint32_t k = b + 1;
    if (k < toks.size() && (toks[k].text == "," || sentences[s].Lower(k) == "of")) ++k;
    return k < toks.size() && toks[k].capitalized && toks[k].kind == TokenKind::kWord && !lex.IsStopword(toks[k].text);
  }
  // A place mention of `country` for the demonym at token a.
  void AddCountryMention(int s, uint32_t a, const Country& country) {
    Mention place;
    place.sentence = s;
    place.first = place.name_first = a;
    place.last = place.name_last = a + 1;
    place.name = country.name;
    place.surface = std::string(Tok(s, a));
    place.type = NodeType::kPlace;
    AddMention(std::move(place));
  }

  // Whether "<place noun> of" comes before token a, perhaps across earlier
  // items of a list: "the town of |Sudzha", "the London boroughs of
  // Hillingdon and |Wandsworth".
  bool AfterPlaceNounOf(int s, uint32_t a) const {
    const auto& toks = sentences[s].tokens;
    while (a >= 2 && (toks[a - 1].text == "," || sentences[s].Lower(a - 1) == "and")) {
      const int item = table.MentionEndingAt(s, a - 1);
      if (item < 0 || table.mentions[item].type != NodeType::kPlace) return false;
      a = table.mentions[item].first;
    }
    if (a < 2 || sentences[s].Lower(a - 1) != "of") return false;
    return IsPlaceNounOrPlural(sentences[s].Lower(a - 2));
  }

  // Whether tokens [from, to) are all compass words ("North", "West").
  bool OnlyCompassBefore(int s, uint32_t from, uint32_t to) const {
    for (uint32_t x = from; x < to; ++x)
      if (!IsCompassWord(sentences[s].Lower(x))) return false;
    return true;
  }
  // The place named right before a comma that comes right before token a
  // ("Kirkcaldy, |Fife", "Lansdowne Road, |Dublin"), or null.
  const Mention* PlaceBeforeComma(int s, uint32_t a) const {
    if (a < 2 || sentences[s].tokens[a - 1].text != ",") return nullptr;
    const int before = table.MentionEndingAt(s, a - 1);
    if (before < 0 || table.mentions[before].type != NodeType::kPlace || table.mentions[before].description)
      return nullptr;
    return &table.mentions[before];
  }
  // Whether a venue, a place named by its head word (Road, Stadium, Park...),
  // and a comma come right before token a: "Lansdowne Road, |Dublin", not a
  // town ("Wigan, Lindsay said").
  bool AfterVenueAndComma(int s, uint32_t a) const {
    const Mention* venue = PlaceBeforeComma(s, a);
    return venue && venue->name_last - venue->name_first >= 2 && lex.IsPlaceHead(Tok(s, venue->name_last - 1));
  }
  // Whether the sentence ends at token b ("in Kirkcaldy, Fife."), or a clause
  // does and the lexicon knows the name as a town or region ("Bromsgrove,
  // Worcestershire, while"; not "In Paris, Macron, who spoke").
  bool SentenceEndsAt(int s, uint32_t b, const std::string& name) const {
    const auto& toks = sentences[s].tokens;
    if (b >= toks.size() || toks[b].text == "." || toks[b].text == ";") return true;
    return toks[b].text == "," && (lex.FindCity(name) || lex.IsRegionName(name));
  }

  bool PlaceAppositionFollows(int s, uint32_t b) const {
    const auto& toks = sentences[s].tokens;
    if (b + 3 >= toks.size()) return false;
    std::string_view sep = toks[b].text;
    if (sep != "," && sep != "-" && sep != "—" && sep != "–") return false;
    std::string_view det = sentences[s].Lower(b + 1), noun = sentences[s].Lower(b + 2), prep = sentences[s].Lower(b + 3);
    return (det == "a" || det == "the") && IsPlaceNoun(noun) && (prep == "of" || prep == "in");
  }

  bool OrgAppositionFollows(int s, uint32_t b) const {
    const auto& toks = sentences[s].tokens;
    if (b + 2 >= toks.size() || toks[b].text != ",") return false;
    uint32_t k = b + 1;
    std::string_view first = sentences[s].Lower(k);
    if (first == "the" || first == "a" || first == "an") ++k;
    else if (lex.CountryByName(Tok(s, k)) && k + 1 < toks.size() && toks[k + 1].kind == TokenKind::kPossessive) k += 2;
    else return false;
    for (uint32_t x = k; x < toks.size() && x < k + 4; ++x) {
      if (toks[x].kind != TokenKind::kWord || toks[x].capitalized) return false;
      if (lex.IsOrgCueBefore(sentences[s].Lower(x)))
        return x + 1 >= toks.size() || toks[x + 1].kind != TokenKind::kWord || sentences[s].Lower(x + 1) == "which";
    }
    return false;
  }

  // Honours that stay in a person's name after a post: "Lords Leader
  // Baroness Amos", "Commissioner Sir John Stevens".
  static bool IsPeerage(std::string_view w) {
    return w == "Lord" || w == "Lady" || w == "Baroness" || w == "Baron" || w == "Sir" || w == "Dame";
  }
  // Whether a title starts after one or two capitalised portfolio words at
  // the start of [a, b), with a name after it: "International Development
  // |Minister| Gareth Thomas", "Home Office |Minister| Fiona Mactaggart". The
  // portfolio words are common words or a body's name, not a person's. Sets
  // *at and *end to where the title (consecutive titles, "Chief Constable")
  // starts and ends.
  bool TitleAfterPortfolio(int s, uint32_t a, uint32_t b, uint32_t* at, uint32_t* end) const {
    for (uint32_t x = a + 1; x <= a + 2 && x < b; ++x) {
      if (TitleAt(s, x, b) == 0) continue;
      uint32_t e = x;
      while (e < b && TitleAt(s, e, b) > 0 && (e == x || !IsPeerage(Tok(s, e)))) e += TitleAt(s, e, b);
      // a person's name after the title: not one common word ("Criminal Justice Plan")
      if (e >= b || (e + 1 == b && lex.IsCommonWord(sentences[s].Lower(e)))) return false;
      for (uint32_t w = a; w < x; ++w)
        if (!lex.IsCommonWord(sentences[s].Lower(w)) && !lex.IsOrgHead(Tok(s, w))) return false;
      *at = x;
      *end = e;
      return true;
    }
    return false;
  }
  // The body named by the words of m from its first token up to `end`, before
  // a title: "NATO" in "NATO Secretary General Mark Rutte", "Home Office" in
  // "Home Office Minister Fiona Mactaggart" (a place when it is a country).
  void AddBodyBeforeTitle(const Mention& m, int s, uint32_t end) {
    Mention body = m;
    body.last = body.name_last = end;
    body.name_first = m.first;
    body.name = body.surface = Slice(s, m.first, end);
    body.type = lex.CountryByName(body.name) ? NodeType::kPlace : NodeType::kOrganisation;
    AddMention(std::move(body));
  }

  // Whether "talks with", "a merger with", "a deal with" ... comes right
  // before token a: what is named there is a party to it.
  bool AfterDealingWith(int s, uint32_t a) const {
    static const std::unordered_set<std::string_view> kNouns = {
        "talks", "negotiations", "discussions", "meeting", "meetings", "deal", "merger", "alliance",
        "partnership", "agreement", "venture", "tie-up", "contract"};
    return a >= 2 && sentences[s].Lower(a - 1) == "with" && kNouns.count(sentences[s].Lower(a - 2)) > 0;
  }
  bool SpeechVerbFollows(int s, uint32_t b) const {
    const auto& toks = sentences[s].tokens;
    uint32_t t = b;
    while (t < toks.size() && (sentences[s].Lower(t) == "also" || sentences[s].Lower(t) == "has" ||
                               sentences[s].Lower(t) == "later" || sentences[s].Lower(t) == "then"))
      ++t;
    if (t >= toks.size() || toks[t].capitalized) return false;
    const SpeechVerb* v = lex.FindSpeechVerb(toks[t].text);
    return v && !IsParticipleVerb(toks[t].text);
  }

  bool PlaceFollows(int s, uint32_t b) const {
    const auto& toks = sentences[s].tokens;
    if (b + 1 >= toks.size() || (toks[b].text != "in" && toks[b].text != ",")) return false;
    uint32_t t = b + 1;
    if (!toks[t].capitalized) return false;
    std::string_view next = toks[t].text;
    if (lex.CountryByName(next) || lex.FindCity(next) || lex.ProperNameClass(next) == ProperClass::kPlace) return true;
    if (toks[b].text == "," && t + 1 < toks.size() && toks[t + 1].capitalized) {  // ", West Sussex"
      const std::string two = Slice(s, t, t + 2);
      if (lex.IsRegionName(two) || lex.FindCity(two) || lex.ProperNameClass(two) == ProperClass::kPlace) return true;
    }
    return t + 1 < toks.size() && (lex.IsPlaceHead(toks[t + 1].text) || IsTrailingPlaceNoun(toks[t + 1].text));
  }

  bool HasOrgHeadBeforeConnector(int s, uint32_t a, uint32_t b) const {
    for (uint32_t x = a; x + 1 < b; ++x) {
      auto next = Tok(s, x + 1);
      if (lex.IsOrgHead(Tok(s, x)) && (next == "of" || next == "for")) return true;
    }
    return false;
  }

  // Appositions give a person a role and an alias: "Steve Witkoff, Trump's
  // Middle East envoy," and "Trump's Middle East envoy, Steve Witkoff,".
  void ReadAppositions() {
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

  void Run() {
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

  void Resolve();
};

// ---- Resolution: mentions -> entities.


std::string Initials(std::string_view name) {
  std::string out;
  for (const auto& w : Words(name))
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  return out;
}

void Builder::Resolve() {
  auto& mentions = table.mentions;
  auto& entities = table.entities;
  std::map<std::string, int> by_key;  // type-prefixed key -> entity
  std::vector<std::string> roles, countries;

  auto new_entity = [&](const Mention& m, const std::string& key) {
    int id = static_cast<int>(entities.size());
    entities.push_back(ArticleEntity{m.type, m.name, {}});
    roles.push_back(m.role);
    countries.push_back(m.country);
    by_key[key] = id;
    return id;
  };
  auto key_of = [](const Mention& m) { return EntityKey(m.type, m.name); };

  // Items of one list are of one kind: in "Sao Paolo, Rio de Janeiro,
  // Recife and Salvador" the name no gazetteer knows is a place too. A list
  // of three or more whose other items are places typed with confidence
  // retypes its guessed (strength <= 1) items.
  auto joined = [&](const Mention& a, const Mention& b) {
    if (a.sentence != b.sentence || a.description || b.description) return false;
    const Sentence& sent = sentences[a.sentence];
    uint32_t t = a.last;
    while (t < b.first && (sent.Lower(t) == "," || sent.Lower(t) == "and")) ++t;
    return t == b.first && b.first > a.last && b.first - a.last <= 2;
  };
  for (size_t i = 0; i < mentions.size();) {
    size_t j = i + 1;
    while (j < mentions.size() && joined(mentions[j - 1], mentions[j])) ++j;
    if (j - i >= 3) {
      size_t places = 0, guesses = 0;
      for (size_t k = i; k < j; ++k) {
        if (mentions[k].strength <= 1) ++guesses;
        else if (mentions[k].type == NodeType::kPlace) ++places;
      }
      if (guesses > 0 && places >= 2 && places + guesses == j - i)
        for (size_t k = i; k < j; ++k)
          if (mentions[k].strength <= 1) {
            mentions[k].type = NodeType::kPlace;
            mentions[k].role.clear();
          }
    }
    // "shareholders John Magnier and JP McManus": beside a person, two
    // initials and a surname are a person, not an acronym's body
    if (j - i >= 2) {
      bool person = false;
      for (size_t k = i; k < j; ++k) person |= mentions[k].type == NodeType::kPerson && mentions[k].strength >= 1;
      for (size_t k = i; k < j && person; ++k)
        if (mentions[k].strength <= 1 && mentions[k].type == NodeType::kOrganisation && IsInitialsAndSurname(mentions[k].name))
          mentions[k].type = NodeType::kPerson;
    }
    i = j;
  }

  // The strongest typing of a name holds for all its mentions ("Toyota's
  // profits" makes every "Toyota" in the article a company, not the city).
  {
    std::map<std::string, std::pair<int, NodeType>> best;
    for (const auto& m : mentions) {
      if (m.description) continue;
      auto [it, inserted] = best.emplace(NormalizeKey(m.name), std::make_pair(m.strength, m.type));
      if (!inserted && m.strength > it->second.first) it->second = {m.strength, m.type};
    }
    for (auto& m : mentions) {
      if (m.description) continue;
      const auto& [strength, type] = best[NormalizeKey(m.name)];
      if (strength <= m.strength || strength < 2) continue;
      m.type = type;
      m.strength = strength;
      if (m.role == "weak" || m.role == "speaker" || m.role == "unresolved") m.role.clear();
    }
  }

  // A lone word typed only by a gazetteer ("Jackson", a US city) that is the
  // surname of a person named in full is that person.
  {
    std::set<std::string> surnames;
    for (const auto& m : mentions)
      if (!m.description && m.type == NodeType::kPerson && m.strength >= 1) {
        auto w = Words(m.name);
        if (w.size() >= 2) surnames.insert(w.back());
      }
    // (not after "in"/"at": "talking in Milan" is the city even beside "Inter Milan")
    auto after_locative = [&](const Mention& m) {
      if (m.first == 0) return false;
      std::string_view before = sentences[m.sentence].Lower(m.first - 1);
      return (before == "in" || before == "at") && m.type == NodeType::kPlace;
    };
    for (auto& m : mentions)
      if (!m.description && m.type != NodeType::kPerson && m.strength <= 2 && Words(m.name).size() == 1 &&
          surnames.count(m.name) && !after_locative(m)) {
        m.type = NodeType::kPerson;
        m.role.clear();
      }
  }

  // Pass 1: multi-word names, places, organisations.
  for (auto& m : mentions) {
    if (m.description) continue;
    const bool lone = Words(m.name).size() == 1;
    if ((m.type == NodeType::kPerson || m.role == "weak" || m.role == "speaker") && lone) continue;  // pass 2
    std::string key = key_of(m);
    auto it = by_key.find(key);
    if (it == by_key.end() && m.type == NodeType::kPerson) {
      // same first name, surname spelt a little differently
      auto w = Words(m.name);
      for (size_t e = 0; e < entities.size(); ++e) {
        if (entities[e].type != NodeType::kPerson) continue;
        auto ew = Words(entities[e].name);
        if (ew.size() >= 2 && w.size() >= 2 && ew.front() == w.front() && SameSurname(ew.back(), w.back())) {
          it = by_key.emplace(key, static_cast<int>(e)).first;
          break;
        }
      }
    }
    if (it == by_key.end() && m.type == NodeType::kOrganisation) {
      // an acronym of an organisation named in full, in either order: "the
      // ILO" after "the International Labour Organisation", "the USTA
      // (United States Tennis Association)" (an acronym is capitals only:
      // Initials() gives nothing else, so no one-word name of mixed case joins)
      const std::string initials = lone ? std::string() : Initials(m.name);
      for (size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == NodeType::kOrganisation &&
            (lone ? Initials(entities[e].name) == m.name
                  : initials.size() >= 2 && entities[e].name == initials)) {
          it = by_key.emplace(key, static_cast<int>(e)).first;
          break;
        }
    }
    if (it == by_key.end() && m.type == NodeType::kPlace && lone) {
      // "Kursk" after "Kursk Oblast"
      auto admin = by_key.find(AdminPlaceKey(m.name));
      if (admin != by_key.end()) it = admin;
    }
    m.entity = it != by_key.end() ? it->second : new_entity(m, key);
    if (!m.role.empty() && m.role != "weak" && roles[m.entity].empty()) roles[m.entity] = m.role;
    if (!m.country.empty() && countries[m.entity].empty()) countries[m.entity] = m.country;
  }
  // A lone place name that only appeared before its admin form: merge later mentions.
  for (auto& m : mentions) {
    if (m.description || m.entity < 0 || m.type != NodeType::kPlace) continue;
    auto admin = by_key.find(AdminPlaceKey(m.name));
    if (admin != by_key.end() && Words(m.name).size() == 1) m.entity = admin->second;
  }

  // Joins m to the organisation or place of its name found so far, if any.
  auto join_body_or_place_named = [&](Mention& m) {
    for (NodeType t : {NodeType::kOrganisation, NodeType::kPlace}) {
      Mention probe = m;
      probe.type = t;
      if (auto it = by_key.find(key_of(probe)); it != by_key.end()) {
        m.entity = it->second;
        m.type = t;
        return true;
      }
    }
    return false;
  };

  // Pass 2: lone names resolve to a person (or other entity) named in full.
  for (size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    if (m.description || m.entity >= 0) continue;
    std::vector<int> candidates;
    for (size_t e = 0; e < entities.size(); ++e) {
      if (entities[e].type != NodeType::kPerson) continue;
      auto w = Words(entities[e].name);
      if (w.size() >= 2 && (SameSurname(w.back(), m.name) || w.front() == m.name)) candidates.push_back(static_cast<int>(e));
    }
    if (candidates.size() > 1) {
      // ambiguous surname: the one mentioned last before this mention
      int best = -1;
      for (size_t pj = 0; pj < mi; ++pj)
        if (std::find(candidates.begin(), candidates.end(), mentions[pj].entity) != candidates.end())
          best = mentions[pj].entity;
      candidates = best >= 0 ? std::vector<int>{best} : std::vector<int>{};
    }
    if (candidates.size() == 1) {
      m.entity = candidates[0];
      m.type = NodeType::kPerson;
      continue;
    }
    if (join_body_or_place_named(m)) continue;
    if (m.role == "unresolved") continue;  // a lone unknown word: not enough evidence
    if (m.role == "weak") m.type = NodeType::kPlace;
    if (m.role == "speaker") m.type = NodeType::kOrganisation;
    const std::string key = key_of(m);
    auto known = by_key.find(key);
    m.entity = known != by_key.end() ? known->second : new_entity(m, key);
  }
  // Lone names typed only by the mention that introduced them: the body or
  // place of that name typed later in the article ("The stock market
  // Euronext has approached ... a merger with Euronext"), else kept when
  // they are persons named more than once.
  {
    std::map<std::string, int> counts;
    for (const auto& m : mentions)
      if (!m.description && m.entity < 0 && m.role == "unresolved") ++counts[m.name];
    for (auto& m : mentions) {
      if (m.description || m.entity >= 0 || m.role != "unresolved") continue;
      if (join_body_or_place_named(m)) continue;
      if (counts[m.name] < 2 || lex.IsCommonWord(LowerAscii(m.name))) continue;
      auto key = key_of(m);
      auto it = by_key.find(key);
      m.entity = it != by_key.end() ? it->second : new_entity(m, key);
    }
  }

  // Pass 3: descriptions resolve by role class and country.
  // How often each person is named (not described): fixed during this pass.
  std::map<int, int> times_named;
  for (const auto& other : mentions)
    if (!other.description && other.entity >= 0 && entities[other.entity].type == NodeType::kPerson)
      ++times_named[other.entity];
  for (size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    if (!m.description || m.indefinite) continue;
    auto fits = [&](int e) {
      if (entities[e].type != NodeType::kPerson || roles[e].empty()) return false;
      if (roles[e] != m.role) return false;
      return m.country.empty() || countries[e] == m.country;
    };
    int best = -1;
    bool introduced_unnamed = false;  // "an unnamed executive ... the executive": that one, not a later name
    for (size_t pj = 0; pj < mi; ++pj) {
      if (mentions[pj].entity >= 0 && fits(mentions[pj].entity)) best = mentions[pj].entity;
      introduced_unnamed |= mentions[pj].description && mentions[pj].indefinite && mentions[pj].role == m.role;
    }
    if (best < 0 && !introduced_unnamed)
      for (size_t pj = mi + 1; pj < mentions.size() && best < 0; ++pj)
        if (mentions[pj].entity >= 0 && fits(mentions[pj].entity)) best = mentions[pj].entity;
    // "the comedian", "the star": with no one of that role, the person the
    // article is about (named most often, at least twice, with no other role)
    if (best < 0 && m.country.empty()) {
      int most = 1;
      for (const auto& [e, n] : times_named)
        if (n > most && (roles[e].empty() || roles[e] == m.role || roles[e] == "titled")) { best = e; most = n; }
    }
    m.entity = best;
    m.type = NodeType::kPerson;
  }

  // Names and aliases: the fullest name wins; every other surface is an alias.
  std::vector<std::set<std::string>> surfaces(entities.size());
  for (const auto& m : mentions) {
    if (m.entity < 0) continue;
    auto& set = surfaces[m.entity];
    size_t pos = 0;
    while (pos <= m.surface.size()) {
      size_t sep = m.surface.find('\x1f', pos);
      if (sep == std::string::npos) sep = m.surface.size();
      std::string alias = m.surface.substr(pos, sep - pos);
      if (alias.rfind("the ", 0) == 0 || alias.rfind("The ", 0) == 0) alias.erase(0, 4);
      if (!alias.empty()) set.insert(alias);
      pos = sep + 1;
    }
    if (!m.description) set.insert(m.name);
  }
  for (size_t e = 0; e < entities.size(); ++e) {
    ArticleEntity& ent = entities[e];
    if (ent.type == NodeType::kPerson) {
      // fullest name: most words among non-description names, first seen wins ties
      for (const auto& m : mentions)
        if (m.entity == static_cast<int>(e) && !m.description &&
            Words(m.name).size() > Words(ent.name).size())
          ent.name = m.name;
    } else if (ent.type == NodeType::kPlace && !lex.CountryByName(ent.name)) {
      // prefer a capitalised administrative form ("Kursk Oblast" over "Kursk region")
      for (const auto& m : mentions) {
        if (m.entity != static_cast<int>(e) || m.description) continue;
        auto w = Words(m.name);
        bool caps = std::all_of(w.begin(), w.end(), [](const std::string& x) { return x[0] >= 'A' && x[0] <= 'Z'; });
        auto cur = Words(ent.name);
        bool cur_caps = std::all_of(cur.begin(), cur.end(), [](const std::string& x) { return x[0] >= 'A' && x[0] <= 'Z'; });
        if ((caps && !cur_caps) || (caps == cur_caps && w.size() > cur.size())) ent.name = m.name;
      }
    }
    for (const auto& alias : surfaces[e])
      if (alias != ent.name) ent.aliases.push_back(alias);
  }
}

}  // namespace

EntityTable FindEntities(std::string_view text, const std::vector<Sentence>& sentences, const Lexicon& lexicon) {
  Builder b(text, sentences, lexicon);
  b.Run();
  ResolveBodyDescriptions(sentences, lexicon, &b.table);
  return std::move(b.table);
}

}  // namespace claimgraph::extract
