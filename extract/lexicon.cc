#include "extract/lexicon.h"

#include <geonames/geonames.h>

#include <algorithm>
#include <array>
#include <functional>

#include "extract/embedded_data.h"

#ifdef CLAIMGRAPH_HAVE_WORDNET
#include "extract/tools/wordnet_embedded.h"
#endif

namespace claimgraph::extract {

namespace {

// Calls fn(line) for each non-empty, non-comment line of `text`.
template <typename Fn>
void ForEachDataLine(std::string_view text, Fn fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fn(line);
  }
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t at = s.find(sep, pos);
    out.push_back(s.substr(pos, at == std::string_view::npos ? std::string_view::npos : at - pos));
    if (at == std::string_view::npos) break;
    pos = at + 1;
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  for (auto part : Split(s, ';'))
    if (!part.empty()) out.emplace_back(part);
  return out;
}

char LowerChar(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Writes the normalised form of `s` to `out` (room for s.size() bytes) and
// returns its length: ASCII lower case, and with `straighten_quotes`
// U+2018/2019 (E2 80 98/99) -> ' and U+201C/201D (E2 80 9C/9D) -> ".
size_t LowerInto(std::string_view s, bool straighten_quotes, char* out) {
  // Most keys have no curly quote: then a byte-for-byte loop the compiler can
  // vectorise does it all.
  if (!straighten_quotes || s.find('\xE2') == std::string_view::npos) {
    std::transform(s.begin(), s.end(), out, LowerChar);
    return s.size();
  }
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (straighten_quotes && static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char c = static_cast<unsigned char>(s[i + 2]);
      if (c == 0x98 || c == 0x99) { out[n++] = '\''; i += 2; continue; }
      if (c == 0x9C || c == 0x9D) { out[n++] = '"'; i += 2; continue; }
    }
    out[n++] = LowerChar(s[i]);
  }
  return n;
}

std::string Lowered(std::string_view s, bool straighten_quotes) {
  std::string out(s.size(), '\0');
  out.resize(LowerInto(s, straighten_quotes, out.data()));
  return out;
}

// Inflections stripped to find a lemma, with what replaces them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kSuffixes{{
    {"ies", "y"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}};

}  // namespace

LoweredKey::LoweredKey(std::string_view text, bool straighten_quotes) {
  // Most look-ups pass a token that is already lower case: use it as it is.
  const bool unchanged = std::none_of(text.begin(), text.end(), [&](char c) {
    return (c >= 'A' && c <= 'Z') || (straighten_quotes && c == '\xE2');
  });
  if (unchanged) {
    view_ = text;
    return;
  }
  char* out = inline_;
  if (text.size() > kInline) {
    heap_.resize(text.size());
    out = heap_.data();
  }
  view_ = std::string_view(out, LowerInto(text, straighten_quotes, out));
}

std::string LowerAscii(std::string_view s) { return Lowered(s, false); }
std::string NormalizeKey(std::string_view s) { return Lowered(s, true); }

Lexicon::Lexicon() {
  UErrorCode status = U_ZERO_ERROR;
  sentence_prototype_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) sentence_prototype_.reset();
}

std::unique_ptr<icu::BreakIterator> Lexicon::NewSentenceBreaker() const {
  if (!sentence_prototype_) return nullptr;
  return std::unique_ptr<icu::BreakIterator>(sentence_prototype_->clone());
}

StatusOr<std::unique_ptr<const Lexicon>> Lexicon::LoadMinimal() {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  CG_RETURN_IF_ERROR(lex->LoadEmbedded());
  return std::unique_ptr<const Lexicon>(std::move(lex));
}

StatusOr<std::unique_ptr<const Lexicon>> Lexicon::Load() {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  CG_RETURN_IF_ERROR(lex->LoadEmbedded());
#ifdef CLAIMGRAPH_HAVE_WORDNET
  CG_RETURN_IF_ERROR(lex->LoadWordnet(WordnetLexiconData()));
#endif
  lex->LoadGeonames();
  return std::unique_ptr<const Lexicon>(std::move(lex));
}

Status Lexicon::LoadEmbedded() {
  ForEachDataLine(data::SpeechVerbs(), [&](std::string_view line) {
    auto cols = Split(line, '\t');
    if (cols.size() < 4) return;
    SpeechVerb verb{std::string(cols[0]), cols[1] == "denied" ? Relation::kDenied : Relation::kSaid,
                    std::stod(std::string(cols[2]))};
    for (const auto& form : SplitList(cols[3])) speech_verbs_.Emplace(form, verb);
  });
  ForEachDataLine(data::Titles(), [&](std::string_view line) {
    titles_.Insert(LowerAscii(line));
    longest_title_words_ = std::max<size_t>(longest_title_words_, Split(line, ' ').size());
  });
  ForEachDataLine(data::Roles(), [&](std::string_view line) {
    auto cols = Split(line, '\t');
    roles_.EmplaceStatic(cols[0], std::string(cols.size() > 1 ? cols[1] : cols[0]));
  });
  ForEachDataLine(data::OrgHeads(), [&](std::string_view l) { org_heads_.InsertStatic(l); });
  ForEachDataLine(data::PlaceHeads(), [&](std::string_view l) { place_heads_.InsertStatic(l); });
  ForEachDataLine(data::Stopwords(), [&](std::string_view l) { stopwords_.InsertStatic(l); });
  ForEachDataLine(data::Seats(), [&](std::string_view l) { seats_.InsertStatic(l); });
  ForEachDataLine(data::Faiths(), [&](std::string_view l) { faiths_.InsertStatic(l); });
  ForEachDataLine(data::GivenNames(), [&](std::string_view l) { given_names_.InsertStatic(l); });
  ForEachDataLine(data::OrgCues(), [&](std::string_view l) {
    if (l.rfind("before:", 0) == 0) org_cues_before_.InsertStatic(l.substr(7));
    if (l.rfind("after:", 0) == 0) org_cues_after_.InsertStatic(l.substr(6));
  });
  ForEachDataLine(data::Collectives(), [&](std::string_view line) {
    auto cols = Split(line, '\t');
    if (cols.size() == 2) collectives_.EmplaceStatic(cols[0], std::string(cols[1]));
  });
  ForEachDataLine(data::Furniture(), [&](std::string_view line) {
    if (line.rfind("prefix:", 0) == 0) furniture_prefixes_.push_back(LowerAscii(line.substr(7)));
    if (line.rfind("contains:", 0) == 0) furniture_patterns_.push_back(LowerAscii(line.substr(9)));
  });
  // Horspool skips through a line by the pattern's length where find() stops
  // at every occurrence of its first letter (" min read": every space).
  for (const std::string& pattern : furniture_patterns_) furniture_contains_.emplace_back(pattern.begin(), pattern.end());
  Status status;
  ForEachDataLine(data::Countries(), [&](std::string_view line) {
    auto cols = Split(line, '\t');
    if (cols.size() < 5) {
      status = Status::Internal("countries.tsv: bad line: " + std::string(line));
      return;
    }
    Country c{std::string(cols[0]), SplitList(cols[2]), SplitList(cols[3]), SplitList(cols[4]), cols[1] == "union"};
    const int index = static_cast<int>(countries_.size());
    country_by_name_.Emplace(NormalizeKey(c.name), index);
    for (const auto& a : c.aliases) {
      country_by_name_.Emplace(NormalizeKey(a), index);
      // an acronym names the country only in capitals: "CAR", not "Car giant hit by ..."
      if (std::none_of(a.begin(), a.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
        acronym_country_keys_.Insert(NormalizeKey(a));
    }
    for (const auto& d : c.demonyms) country_by_demonym_.Emplace(NormalizeKey(d), index);
    for (const auto& cap : c.capitals) country_by_capital_.Emplace(NormalizeKey(cap), index);
    countries_.push_back(std::move(c));
  });
  return status;
}

Status Lexicon::LoadWordnet(std::string_view tsv) {
  ForEachDataLine(tsv, [&](std::string_view line) {
    auto cols = Split(line, '\t');
    if (cols.size() < 2) return;
    const std::string_view kind = cols[0];
    if (kind == "C") {
      common_words_.InsertStatic(cols[1]);
    } else if (kind == "N" && cols.size() >= 3) {
      ProperClass pc = cols[2] == "person" ? ProperClass::kPerson
                       : cols[2] == "place" ? ProperClass::kPlace
                       : cols[2] == "organisation" ? ProperClass::kOrganisation
                       : cols[2] == "event" ? ProperClass::kEvent : ProperClass::kUnknown;
      // a name in several classes reads as a place first ("Europe", "White
      // House"), then a person, then an organisation
      auto rank = [](ProperClass c) {
        return c == ProperClass::kPlace ? 0 : c == ProperClass::kPerson ? 1 : c == ProperClass::kOrganisation ? 2 : 3;
      };
      if (pc != ProperClass::kUnknown) {
        auto [stored, inserted] = proper_.EmplaceStatic(cols[1], pc);
        if (!inserted && rank(pc) < rank(*stored)) *stored = pc;
      }
    } else if (kind == "S" && cols.size() >= 4) {
      // Verbs win over nouns and adjectives: claims are compared by what is
      // asserted to happen ("surround"), and D lines map nouns onto verbs.
      if (cols[2] == "v") verb_concepts_.EmplaceStatic(cols[1], cols[3]);
      else concepts_.EmplaceStatic(cols[1], cols[3]);
    } else if (kind == "D" && cols.size() >= 3) {
      // action nouns map onto the verb they derive from ("encirclement" ->
      // encircle); other derivations ("troop" -> to troop) would mislead
      static constexpr std::string_view kActionSuffixes[] = {"ment", "tion", "sion", "ance", "ence", "ure", "al"};
      std::string_view lemma = cols[1];
      bool action = std::any_of(std::begin(kActionSuffixes), std::end(kActionSuffixes), [&](std::string_view x) {
        return lemma.size() > x.size() + 2 && lemma.substr(lemma.size() - x.size()) == x;
      });
      if (action && cols[2].rfind("v:", 0) == 0) derived_.EmplaceStatic(cols[1], cols[2]);
    } else if (kind == "M" && cols.size() >= 3) {
      irregular_.EmplaceStatic(cols[1], cols[2]);
    }
  });
  return Status::OK();
}

void Lexicon::LoadGeonames() {
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    if (!city) continue;
    std::string name = geonames_city_get_name(city);
    const unsigned pop = geonames_city_get_population(city);
    City& best = cities_[name];  // population 0 when new
    if (pop >= best.population) {  // a name shared by several cities means the largest
      const char* state = geonames_city_get_state(city);
      if (state && *state) regions_.Insert(state);
      const char* country = geonames_city_get_country(city);
      best = City{name, state ? state : "", country ? country : "", pop};
    }
    geonames_city_free(city);
  }
}

const SpeechVerb* Lexicon::FindSpeechVerb(std::string_view word) const {
  return speech_verbs_.Find(LoweredKey(word, false).view());
}
bool Lexicon::IsTitle(std::string_view phrase) const {
  LoweredKey lowered(phrase, false);
  std::string_view key = lowered.view();
  if (!key.empty() && key.back() == '.') key.remove_suffix(1);
  return titles_.Contains(key);
}
std::string_view Lexicon::RoleClass(std::string_view word) const {
  const std::string* role = roles_.Find(LoweredKey(word, false).view());
  return role ? std::string_view(*role) : std::string_view();
}
bool Lexicon::IsOrgHead(std::string_view w) const { return org_heads_.Contains(w); }
bool Lexicon::IsPlaceHead(std::string_view w) const { return place_heads_.Contains(w); }
bool Lexicon::IsStopword(std::string_view w) const { return stopwords_.Contains(w); }
bool Lexicon::IsSeatOfPower(std::string_view w) const { return seats_.Contains(w); }
bool Lexicon::IsOrgCueBefore(std::string_view w) const { return org_cues_before_.Contains(w); }
bool Lexicon::IsOrgCueAfter(std::string_view w) const { return org_cues_after_.Contains(w); }
bool Lexicon::IsFaithWord(std::string_view w) const { return faiths_.Contains(w); }
bool Lexicon::IsGivenName(std::string_view w) const { return given_names_.Contains(w); }
bool Lexicon::IsCommonWord(std::string_view lower) const {
  if (common_words_.Contains(lower)) return true;
  std::string lemma = LemmaOf(lower);
  return lemma != lower && common_words_.Contains(lemma);
}
ProperClass Lexicon::ProperNameClass(std::string_view name) const {
  const ProperClass* pc = proper_.Find(name);
  return pc ? *pc : ProperClass::kUnknown;
}
const Country* Lexicon::CountryByName(std::string_view name) const {
  if (name.empty() || (name[0] >= 'a' && name[0] <= 'z')) return nullptr;  // "us" is not the US
  LoweredKey key(name, true);
  const int* i = country_by_name_.Find(key.view());
  if (i && acronym_country_keys_.Contains(key.view()) &&
      std::any_of(name.begin(), name.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
    return nullptr;
  return i ? &countries_[*i] : nullptr;
}
const Country* Lexicon::CountryByDemonym(std::string_view word) const {
  const int* i = country_by_demonym_.Find(LoweredKey(word, true).view());
  return i ? &countries_[*i] : nullptr;
}
const Country* Lexicon::CountryByCapital(std::string_view city) const {
  const int* i = country_by_capital_.Find(LoweredKey(city, true).view());
  return i ? &countries_[*i] : nullptr;
}
const City* Lexicon::FindCity(std::string_view name) const {
  if (const City* city = cities_.Find(name)) return city;
  // GeoNames spells some towns "Saint X" that news writes "St X" or "St. X"
  // ("St Petersburg", "St. Louis")
  for (std::string_view st : {"St ", "St. "})
    if (name.size() > st.size() && name.substr(0, st.size()) == st)
      return cities_.Find("Saint " + std::string(name.substr(st.size())));
  return nullptr;
}
bool Lexicon::IsRegionName(std::string_view name) const { return regions_.Contains(name); }
std::string_view Lexicon::CollectivePattern(std::string_view noun) const {
  const std::string* p = collectives_.Find(LoweredKey(noun, false).view());
  return p ? std::string_view(*p) : std::string_view();
}

bool Lexicon::IsFurnitureLine(std::string_view line) const {
  // Furniture is short: a long paragraph is judged by its opening only
  // (prefixes), and "contains" patterns apply to lines up to 400 bytes.
  constexpr size_t kLongLine = 400, kOpening = 80;
  const bool long_line = line.size() > kLongLine;
  // Lower-cased into a buffer on the stack: every line of every article comes here.
  std::array<char, kLongLine> buffer;
  std::string_view lower(buffer.data(), LowerInto(long_line ? line.substr(0, kOpening) : line, true, buffer.data()));
  // (past white space, a no-break space and an opening bracket: "(Updated: )" is "updated:")
  size_t start = 0;
  while (start < lower.size()) {
    if (lower[start] == ' ' || lower[start] == '\t' || lower[start] == '(' || lower[start] == '[') ++start;
    else if (lower.compare(start, 2, "\xC2\xA0") == 0) start += 2;
    else break;
  }
  if (start == lower.size()) return true;
  lower.remove_prefix(start);
  auto starts_with = [&](std::string_view prefix) { return lower.substr(0, prefix.size()) == prefix; };
  if (starts_with("http://") || starts_with("https://") || starts_with("www.")) return true;
  if (std::none_of(lower.begin(), lower.end(), [](char c) { return (c >= 'a' && c <= 'z'); })) return true;
  if (std::any_of(furniture_prefixes_.begin(), furniture_prefixes_.end(), starts_with)) return true;
  if (long_line) return false;
  return std::any_of(furniture_contains_.begin(), furniture_contains_.end(), [&](const auto& pattern) {
    return std::search(lower.begin(), lower.end(), pattern) != lower.end();
  });
}

std::string Lexicon::LemmaOf(std::string_view lower) const {
  std::string word(lower);
  if (const std::string_view* irr = irregular_.Find(word)) return std::string(*irr);
  if (verb_concepts_.Contains(word)) return word;
  // Inflected verbs first ("surrounded" -> "surround", not the adjective),
  // then any known lemma.
  auto strip = [&](auto&& known) -> std::string {
    for (const auto& [suffix, repl] : kSuffixes) {
      if (word.size() <= suffix.size() + 2 || word.compare(word.size() - suffix.size(), suffix.size(), suffix) != 0)
        continue;
      std::string cand = word.substr(0, word.size() - suffix.size()) + std::string(repl);
      if (known(cand)) return cand;
      // doubled consonant: "rebutted" -> "rebut"
      if (repl.empty() && cand.size() > 3 && cand[cand.size() - 1] == cand[cand.size() - 2]) {
        cand.pop_back();
        if (known(cand)) return cand;
      }
    }
    return "";
  };
  std::string verb = strip([&](const std::string& w) { return verb_concepts_.Contains(w); });
  if (!verb.empty()) return verb;
  if (concepts_.Contains(word) || common_words_.Contains(word)) return word;
  std::string any = strip([&](const std::string& w) { return concepts_.Contains(w) || common_words_.Contains(w); });
  return any.empty() ? word : any;
}

bool Lexicon::IsVerbLemma(std::string_view lemma) const { return verb_concepts_.Contains(lemma); }
bool Lexicon::IsNominalization(std::string_view lemma) const { return derived_.Contains(lemma); }

std::string Lexicon::ConceptOf(std::string_view lower_word) const {
  std::string lemma = LemmaOf(lower_word);
  const std::string_view* key = verb_concepts_.Find(lemma);
  if (!key) key = derived_.Find(lemma);
  if (!key) key = concepts_.Find(lemma);
  return key ? std::string(*key) : lemma;
}

}  // namespace claimgraph::extract
