// Internal to extract/: the builder behind FindEntities, shared by its three
// files: entities.cc (name candidates and descriptions), entity_typing.cc
// (what each candidate is) and entity_resolution.cc (mentions into
// entities). One builder reads one article; it holds no global state.
#ifndef CLAIMGRAPH_EXTRACT_ENTITY_BUILDER_H_
#define CLAIMGRAPH_EXTRACT_ENTITY_BUILDER_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"

namespace claimgraph::extract::entity_internal {

// "RUSSIA" -> "Russia"; dotted abbreviations keep their capitals ("U.S.").
std::string TitleCased(std::string_view word);

// Lower-case particles inside names: "of", "de", "van", "bin", "and"...
bool IsConnector(std::string_view w);

// Lower-case nouns before the title of a work: "the sitcom Extras".
bool IsWorkNoun(std::string_view w);

// Nouns after a possessive that only a person has: "Adriano's agent".
bool IsKinOrBodyNoun(std::string_view w);

// Last words of event and competition names: "Carling Cup", "Boxing Day".
bool IsEventHead(std::string_view w);

// Prepositions before a place: "in", "at", "near", "from", "across"...
bool IsPreposition(std::string_view w);

// Lower-case words that extend a name into a place ("Kursk region").
bool IsTrailingPlaceNoun(std::string_view w);

// Lower-case words that make a name a venue, a place even after a title
// ("King Cross station", "the Tor Di Valle arena").
bool IsTrailingVenueNoun(std::string_view w);

// Whether token i opens a sentence or a clause, where any word is
// capitalised: first, or after a quote, ":", "(" or a dash.
bool OpensClause(const Sentence& s, size_t i);

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

  std::string Slice(int s, uint32_t a, uint32_t b) const;
  std::string_view Tok(int s, uint32_t i) const;

  // Sports reports name clubs after their cities ("Chelsea beat Valencia").
  bool IsSportsArticle() const;

  // The country the article is mostly about, for "the government".
  const Country* MainCountry() const;

  void CollectDocumentWords();

  // Photo credits "(Mandel Ngan/AFP via Getty Images)" are not news text.
  void MaskCredits();

  bool KnownProper(std::string_view w) const;

  // "JP McManus", "JK Rowling": two capital initials (not a country: "UK
  // X") and a word that is neither a common word nor a place ("AC Milan",
  // "HI Europe").
  bool IsInitialsAndSurname(const std::string& name) const;

  bool IsNameToken(int s, uint32_t i) const;
  // Whether the name from token i runs on past the connectors before token k
  // to a name WordNet knows whole: "House of Commons", "Food and Drug Administration".
  bool KnownNameThrough(int s, uint32_t i, uint32_t k) const;

  const Country* CountryAt(int s, uint32_t i) const;

  // Length in tokens of a title phrase starting at i, 0 if none.
  uint32_t TitleAt(int s, uint32_t i, uint32_t end) const;

  // Length of a collective noun phrase ("troops", "armed forces") at i.
  uint32_t CollectiveAt(int s, uint32_t i, std::string* pattern) const;

  void AddMention(Mention m);

  // "Ukrainian troops", "the Russian military", "Ukraine's leadership",
  // "Kyiv's troops": one organisation per country and kind.
  bool TryCollective(int s, uint32_t a, uint32_t country_end, const Country* country);

  void ScanSentence(int s);

  // "the Russian leader", "Ukraine's top commander", "the U.S. president".
  // The role class of a role noun, singular or plural ("officials").
  // `w` is lower case.
  std::string RoleOf(std::string_view w, bool* plural) const;

  // "the Russian leader", "Ukraine's top commander", "the U.S. president"
  // (definite: may name someone already met); "a spokesman for Unison",
  // "An Andhra Pradesh official", "Critics" (indefinite or plural: a
  // referent of its own, an entity only if it speaks).
  bool TryDescription(int s, uint32_t i);

  void ProcessChunk(int s, uint32_t a, uint32_t b);

  // "MP for Sedgefield", "Minister for Children", "Governor of the Reserve
  // Bank": a title and "of"/"for" (from token k) make a post, not a name.
  // What the post is of is read alone, unless it is one common word
  // ("Children").
  void ReadAfterPost(int s, uint32_t k, uint32_t b);

  // Whether "<place>-based" and at most three lower-case words come right
  // before token a, so that the name there is a body based in that place.
  // A one-word name is a body there; a longer one only when a word between
  // says so ("US-based hedge fund Atticus Capital", not "US-based Alistair
  // Cragg").
  bool BasedBodyAt(int s, uint32_t a, uint32_t name_len) const;

  // "carmakers such as Toyota, Hyundai and Ford", "firms including X":
  // a list of names after a plural organisation noun.
  bool ListedAfterOrgNoun(int s, uint32_t a) const;
  // "towns such as Zalambessa and Badme", "cities including X": a place.
  bool ListedAfterPlaceNoun(int s, uint32_t a) const;
  // The plural noun before "such as" / "like" / "including" that opens the
  // list holding the name at token a, or empty.
  std::string_view ListNounBefore(int s, uint32_t a) const;

  // Whether a place noun after a demonym ending at token b introduces a
  // named place: "the Kenyan capital Nairobi", "the Pakistani city of
  // Lahore", "the southern Indian state, Kerala".
  bool NamesPlaceByKind(int s, uint32_t b) const;
  // A place mention of `country` for the demonym at token a.
  void AddCountryMention(int s, uint32_t a, const Country& country);

  // Whether "<place noun> of" comes before token a, perhaps across earlier
  // items of a list: "the town of |Sudzha", "the London boroughs of
  // Hillingdon and |Wandsworth".
  bool AfterPlaceNounOf(int s, uint32_t a) const;

  // Whether tokens [from, to) are all compass words ("North", "West").
  bool OnlyCompassBefore(int s, uint32_t from, uint32_t to) const;
  // The place named right before a comma that comes right before token a
  // ("Kirkcaldy, |Fife", "Lansdowne Road, |Dublin"), or null.
  const Mention* PlaceBeforeComma(int s, uint32_t a) const;
  // Whether a venue, a place named by its head word (Road, Stadium, Park...),
  // and a comma come right before token a: "Lansdowne Road, |Dublin", not a
  // town ("Wigan, Lindsay said").
  bool AfterVenueAndComma(int s, uint32_t a) const;
  // Whether the sentence ends at token b ("in Kirkcaldy, Fife."), or a clause
  // does and the lexicon knows the name as a town or region ("Bromsgrove,
  // Worcestershire, while"; not "In Paris, Macron, who spoke").
  bool SentenceEndsAt(int s, uint32_t b, const std::string& name) const;

  bool PlaceAppositionFollows(int s, uint32_t b) const;

  bool OrgAppositionFollows(int s, uint32_t b) const;

  // Honours that stay in a person's name after a post: "Lords Leader
  // Baroness Amos", "Commissioner Sir John Stevens".
  static bool IsPeerage(std::string_view w);
  // Whether a title starts after one or two capitalised portfolio words at
  // the start of [a, b), with a name after it: "International Development
  // |Minister| Gareth Thomas", "Home Office |Minister| Fiona Mactaggart". The
  // portfolio words are common words or a body's name, not a person's. Sets
  // *at and *end to where the title (consecutive titles, "Chief Constable")
  // starts and ends.
  bool TitleAfterPortfolio(int s, uint32_t a, uint32_t b, uint32_t* at, uint32_t* end) const;
  // The body named by the words of m from its first token up to `end`, before
  // a title: "NATO" in "NATO Secretary General Mark Rutte", "Home Office" in
  // "Home Office Minister Fiona Mactaggart" (a place when it is a country).
  void AddBodyBeforeTitle(const Mention& m, int s, uint32_t end);

  // Whether "talks with", "a merger with", "a deal with" ... comes right
  // before token a: what is named there is a party to it.
  bool AfterDealingWith(int s, uint32_t a) const;
  // "car maker Mercedes", "drug-maker Pfizer" (not "film maker X", a person)
  bool MakerOfGoodsBefore(int s, uint32_t a) const;
  // A word that opens a football club's name: "Real" Madrid, "Inter" Milan, "Sporting" Lisbon
  static bool IsClubPrefix(std::string_view w);
  // Whether tokens j, j+1 are "-" and the rest of a given name in the name
  // chunk that starts at `first`: "Seo Jae-won", "Kim Jong-un".
  bool HyphenatedGivenNameAt(int s, uint32_t first, uint32_t j) const;
  // "Nato", "Opec": a word that WordNet knows in capitals as a body.
  bool AcronymWrittenAsWord(std::string_view word) const;
  // Whether token t is a common given name ("John", "Brad"; data/given_names.txt).
  bool GivenNameAt(int s, uint32_t t) const;
  // "an analyst with Bank Sal Oppenheim", "economist at Capital Economics"
  bool AnalystAtBody(int s, uint32_t a) const;
  bool SpeechVerbFollows(int s, uint32_t b) const;
  // "Volkswagen has been in talks with", "Sky met": a lone word in a meeting, typed like a speaker
  bool MeetingFollows(int s, uint32_t b) const;
  // Where a name starts after one or two lower-case role words from token
  // b ("manager Arsene Wenger", "chief executive Werner Seifert"), or b.
  uint32_t RoleBeforeNameEnd(int s, uint32_t b) const;

  bool PlaceFollows(int s, uint32_t b) const;

  // Whether the name on tokens [a, b) has an organisation head before a
  // connector ("Ministry of Defence", "Mouvement pour la Paix") or first,
  // before an uncommon last word ("Banco Serrano").
  bool HasOrgHeadBeforeConnector(int s, uint32_t a, uint32_t b) const;

  // Appositions give a person a role and an alias: "Steve Witkoff, Trump's
  // Middle East envoy," and "Trump's Middle East envoy, Steve Witkoff,".
  void ReadAppositions();

  // Finds, types and resolves every mention of the article into `table`.
  void Run();

  // Mentions into entities (entity_resolution.cc).
  void Resolve();
};

}  // namespace claimgraph::extract::entity_internal

#endif  // CLAIMGRAPH_EXTRACT_ENTITY_BUILDER_H_
