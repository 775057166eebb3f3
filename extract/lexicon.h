// The word lists extraction reads: titles, roles, speech verbs, organisation
// and place head words, countries, collectives, site furniture, plus the
// WordNet-derived lexicon and the GeoNames cities. Built once per process;
// every method is const and safe to call from many threads.
#ifndef CLAIMGRAPH_EXTRACT_LEXICON_H_
#define CLAIMGRAPH_EXTRACT_LEXICON_H_

#include <unicode/brkiter.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/facts.h"
#include "core/status.h"
#include "extract/key_map.h"

namespace claimgraph::extract {

struct Country {
  std::string name;                    // "Russia"
  std::vector<std::string> aliases;    // "Russian Federation"
  std::vector<std::string> demonyms;   // "Russian"
  std::vector<std::string> capitals;   // "Moscow" (first is canonical)
  bool is_union = false;               // the EU: an organisation, not a place
};

struct SpeechVerb {
  std::string lemma;                   // "say"
  Relation relation = Relation::kSaid; // kSaid or kDenied
  double strength = 0.5;               // how surely it marks a statement
};

// What WordNet says a capitalised name is.
enum class ProperClass { kUnknown, kPerson, kPlace, kOrganisation, kEvent };

struct City {
  std::string name, region, country;
  unsigned population = 0;
};

class Lexicon {
 public:
  // Loads the embedded lists, the embedded WordNet lexicon and GeoNames.
  // Errors only if embedded data is malformed (a build bug).
  static StatusOr<std::unique_ptr<const Lexicon>> Load();

  // Only the embedded lists (no WordNet, no GeoNames): for fast unit tests.
  static StatusOr<std::unique_ptr<const Lexicon>> LoadMinimal();

  // Word lookups. `word` is matched case-insensitively unless noted.
  const SpeechVerb* FindSpeechVerb(std::string_view word) const;
  bool IsTitle(std::string_view phrase) const;          // "Prime Minister", "Mr"
  size_t LongestTitleWords() const { return longest_title_words_; }
  // The role class of a lower-case role noun ("analyst" -> "analyst",
  // "president" -> "leader"); empty if not a role noun.
  std::string_view RoleClass(std::string_view word) const;
  bool IsOrgHead(std::string_view word) const;          // case-sensitive
  bool IsPlaceHead(std::string_view word) const;        // case-sensitive
  bool IsStopword(std::string_view word) const;         // case-sensitive
  // "Kremlin", "Downing Street": a seat of power standing for its body.
  bool IsSeatOfPower(std::string_view name) const;      // case-sensitive
  // "firm" in "IT firm Dimension Data"; "profits" in "Toyota's profits".
  bool IsOrgCueBefore(std::string_view lower) const;
  bool IsOrgCueAfter(std::string_view lower) const;
  // "Muslim", "Christians", "Easter": never an entity alone.
  bool IsFaithWord(std::string_view word) const;
  // A common given name, case-sensitive: "John", "Brad" (data/given_names.txt).
  bool IsGivenName(std::string_view word) const;
  // A lower-case common word of English (WordNet), e.g. "surrender".
  bool IsCommonWord(std::string_view lower) const;
  ProperClass ProperNameClass(std::string_view name) const;  // case-sensitive
  const Country* CountryByName(std::string_view name) const;   // name or alias (an acronym alias only in capitals)
  const Country* CountryByDemonym(std::string_view word) const;
  const Country* CountryByCapital(std::string_view city) const;
  const City* FindCity(std::string_view name) const;    // case-sensitive; "St X" also as "Saint X"
  // A region GeoNames lists cities in ("Nebraska", "Andhra Pradesh").
  bool IsRegionName(std::string_view name) const;
  // "Armed Forces of %" for "troops"; empty if not a collective noun.
  std::string_view CollectivePattern(std::string_view noun) const;
  bool IsFurnitureLine(std::string_view line) const;
  // A fresh ICU sentence breaker for locale en@ss=standard (which keeps
  // "Mr." inside its sentence); null only if ICU lacks its data.
  std::unique_ptr<icu::BreakIterator> NewSentenceBreaker() const;
  // A concept key for a content word: its lemma's first WordNet sense,
  // shared by synonyms and derivations ("encircle", "encirclement",
  // "surround"); the lower-cased word itself when WordNet lacks it.
  std::string ConceptOf(std::string_view lower_word) const;
  // The dictionary form of a lower-case word, verbs first ("surrounded" ->
  // "surround"); the word itself when WordNet lacks it.
  std::string LemmaOf(std::string_view lower_word) const;
  bool IsVerbLemma(std::string_view lower_lemma) const;
  // An action noun WordNet derives from a verb ("encirclement" -> encircle).
  bool IsNominalization(std::string_view lower_lemma) const;

 private:
  Lexicon();
  Status LoadEmbedded();
  // `tsv` must outlive the lexicon: keys and concepts are views into it.
  Status LoadWordnet(std::string_view tsv);
  void LoadGeonames();

  KeyMap<SpeechVerb> speech_verbs_;  // by form
  KeySet titles_;                    // lower-case
  size_t longest_title_words_ = 1;
  KeyMap<std::string> roles_;
  KeySet org_heads_, place_heads_, stopwords_, seats_, org_cues_before_, org_cues_after_, faiths_,
      given_names_;
  std::vector<Country> countries_;
  KeyMap<int> country_by_name_, country_by_demonym_, country_by_capital_;
  KeySet acronym_country_keys_;  // aliases written in capitals ("CAR", "U.S.")
  KeyMap<std::string> collectives_;
  std::vector<std::string> furniture_prefixes_, furniture_patterns_;
  // Searchers for furniture_patterns_, which they point into (filled once, never resized after).
  std::vector<std::boyer_moore_horspool_searcher<std::string::const_iterator>> furniture_contains_;
  KeySet common_words_;
  KeyMap<ProperClass> proper_;
  KeyMap<std::string_view> concepts_;       // lemma -> key (views into WordNet data)
  KeyMap<std::string_view> verb_concepts_;  // verb lemma -> key
  KeyMap<std::string_view> derived_;        // noun lemma -> its verb's key
  KeyMap<std::string_view> irregular_;      // form -> lemma
  KeyMap<City> cities_;
  KeySet regions_;
  std::unique_ptr<icu::BreakIterator> sentence_prototype_;  // only cloned
};

// ASCII lower-casing (UTF-8 bytes above 0x7f are left alone), and the same
// after mapping curly quotes and apostrophes to straight ones.
std::string LowerAscii(std::string_view s);
std::string NormalizeKey(std::string_view s);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_LEXICON_H_
