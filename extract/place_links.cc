// located_in: which place the text puts in which ("Russia's Kursk Oblast",
// "Sudzha in Kursk", "Pokrovsk, Donetsk Oblast", "the Kursk region of Russia").
#include "extract/link_finder.h"

#include <algorithm>
#include <set>

#include "extract/names.h"

namespace claimgraph::extract {

namespace {

class PlaceLinkFinder : public LinkFinder {
 public:
  PlaceLinkFinder(const LinkInput& in, ArticleFacts& facts)
      : LinkFinder(in, facts), strongest_typing_(in.table.entities.size(), 0) {
    for (const Mention& m : table_.mentions)
      if (m.entity >= 0) strongest_typing_[m.entity] = std::max(strongest_typing_[m.entity], m.strength);
  }

 private:
  void Run(int s) override {
    FindLocatedIn(s);
    FindNamedByKind(s);
    LinkBasedIn(s);
  }

  // Where a place name starts after "in"/"of"/",": skips "the", modifiers
  // and a "<place noun> of" ("in the southern province of Tamil Nadu", "in
  // the far east of Russia", "in north west London").
  // After a bare comma "east of" means near, not in ("Park City, east of
  // Salt Lake City").
  uint32_t SkipPlaceIntro(int s, uint32_t u, bool after_in) const {
    if (Lower(s, u) == "the") ++u;
    bool compass = false;
    // (a name may start with one: "West Sussex", "North Korea")
    while (!PlaceStartingAt(s, u) && (IsCompassWord(Lower(s, u)) || (IsPlaceModifier(Lower(s, u)) && !IsCapitalized(s, u))))
      compass |= IsCompassWord(Lower(s, u++));
    // "in Indian-administered Kashmir", "in rebel-held Goma": a held-by
    // modifier of two words joined by a hyphen
    if (!PlaceStartingAt(s, u) && sentences_[s].tokens.size() > u + 3 && sentences_[s].tokens[u + 1].text == "-" &&
        !IsCapitalized(s, u + 2) && IsHeldBy(Lower(s, u + 2)) && PlaceStartingAt(s, u + 3))
      u += 3;
    if (compass && Lower(s, u) == "of") return after_in ? u + 1 : u;
    if (IsPlaceNoun(Lower(s, u)) && Lower(s, u + 1) == "of") return u + 2;
    // "in the southern German state of Bavaria": Bavaria (which the demonym places)
    if (u + 2 < sentences_[s].tokens.size() && IsCapitalized(s, u) &&
        lex_.CountryByDemonym(sentences_[s].tokens[u].text) && IsPlaceNoun(Lower(s, u + 1)) && Lower(s, u + 2) == "of")
      return u + 3;
    return u;
  }
  // Past the lower-case compass words and modifiers after a possessive, to
  // where the owned place starts: "India's |eastern Andhra Pradesh".
  uint32_t PastOwnedModifiers(int s, uint32_t u) const {
    while (u < sentences_[s].tokens.size() && !IsCapitalized(s, u) &&
           (IsCompassWord(Lower(s, u)) || IsPlaceModifier(Lower(s, u))))
      ++u;
    return u;
  }
  static bool IsHeldBy(std::string_view w) {
    return w == "administered" || w == "held" || w == "controlled" || w == "occupied" || w == "run";
  }
  static bool IsPlaceModifier(std::string_view w) {
    return w == "far" || w == "rural" || w == "coastal" || w == "remote" || w == "occupied" || w == "partially" ||
           w == "border" || w == "mountainous" || w == "new" || w == "old" || w == "main" || w == "ancient" ||
           w == "historic" || w == "famous" || w == "international";
  }
  // "Kursk region", "Sichuan Province": a unit "of" a country names its
  // container ("the Kursk region of Russia"); "Bank of England" does not.
  // (not "state": "the West African state of Benin" names no unit of Benin)
  static bool IsAdministrativeUnit(const std::string& name) {
    const std::string last = LowerAscii(LastWord(name));
    return name.find(' ') != std::string::npos && IsAdministrativeWord(last) && last != "state";
  }
  // "Earls Court", "US District Court", "Roosevelt Hotel": a building
  // typed as an organisation by its head word.
  bool IsBuildingBody(const Mention& m) const {
    if (m.type != NodeType::kOrganisation) return false;
    const std::string_view w = LastWord(table_.entities[m.entity].name);
    return w == "Court" || w == "House" || w == "Hall" || w == "Gallery" || w == "Museum" || w == "Centre" ||
           w == "Center" || w == "Hotel" || w == "Library" || w == "Gardens" || w == "Abbey";
  }
  bool IsListSeparator(int s, uint32_t t) const {
    std::string_view w = Lower(s, t);
    return w == "," || w == "and" || w == "or" || w == "&";
  }
  // The place entity of a country named in this article, or -1.
  int CountryEntity(const Country* country) const {
    if (!country) return -1;
    for (size_t e = 0; e < table_.entities.size(); ++e)
      if (table_.entities[e].type == NodeType::kPlace && table_.entities[e].name == country->name)
        return static_cast<int>(e);
    return -1;
  }
  // The country most recently named before token t of sentence s, looking
  // back `sentences_back` sentences: the country under discussion.
  int RecentCountry(int s, uint32_t t, int sentences_back = 2) const {
    for (int ss = s; ss >= 0 && ss >= s - sentences_back; --ss) {
      int best = -1;
      for (int mi : table_.by_sentence[ss]) {
        const Mention& m = table_.mentions[mi];
        if (ss == s && m.first >= t) break;
        if (m.entity >= 0 && m.type == NodeType::kPlace && IsCountry(m)) best = m.entity;
      }
      if (best >= 0) return best;
    }
    return -1;
  }

  static bool IsTownNoun(std::string_view w) {
    return w == "city" || w == "town" || w == "village" || w == "port" || w == "resort" || w == "suburb";
  }
  // Whether `entity` is named in sentence s before token t or in the two
  // sentences before it.
  bool CountryNamedNear(int s, uint32_t t, int entity) const {
    for (int ss = s; ss >= 0 && ss >= s - 2; --ss)
      for (int mi : table_.by_sentence[ss]) {
        const Mention& m = table_.mentions[mi];
        if (ss == s && m.first >= t) break;
        if (m.entity == entity) return true;
      }
    return false;
  }

  // "Camberley, Surrey", "Kentish Town, London" name a place and what holds
  // it, unless the two are items of a list ("Paris, London and Rome", "in
  // Leeds, Manchester,"), an opening "In London, Brent crude fell", or two
  // towns of a size ("Plymouth, Liverpool": a list or two teams; a district
  // names the much larger town it lies in). A country after the comma is
  // its container unless the list guards say otherwise.
  bool CommaPairIsContainment(int s, const Mention& inner, const Mention& outer) const {
    const auto& toks = sentences_[s].tokens;
    if (const City* town = lex_.FindCity(table_.entities[inner.entity].name);
        town && !town->region.empty() && town->region == table_.entities[outer.entity].name)
      return true;  // "in Anantapur, Andhra Pradesh, and Barmer in Rajasthan": GeoNames agrees
    uint32_t before = inner.first;
    if (before > 0 && Lower(s, before - 1) == "the") --before;
    if (before > 0 && (IsListSeparator(s, before - 1) || Lower(s, before - 1) == ";" || Lower(s, before - 1) == ":"))
      return false;
    uint32_t next = outer.last;
    while (next < toks.size() && (IsListSeparator(s, next) || (next > outer.last && Lower(s, next) == "the"))) ++next;
    // (after a country only another place continues a list: "Oxford, UK, and Nokia")
    if (next > outer.last && next < toks.size() && toks[next].capitalized &&
        (!IsCountry(outer) || PlaceStartingAt(s, next)))
      return false;
    if (before == 1 && Lower(s, 0) == "in") return false;
    if (IsCountry(outer)) return true;
    const City* inner_city = lex_.FindCity(table_.entities[inner.entity].name);
    const City* outer_city = lex_.FindCity(table_.entities[outer.entity].name);
    const bool peers = inner_city && outer_city && !lex_.IsRegionName(outer_city->name) &&
                       inner_city->country == outer_city->country &&
                       outer_city->population < 5u * inner_city->population;
    return !peers;
  }

  void FindLocatedIn(int s) {
    const auto& toks = sentences_[s].tokens;
    for (int mi : table_.by_sentence[s]) {
      const Mention& m = table_.mentions[mi];
      if (m.entity < 0) continue;
      uint32_t t = m.last;
      // "the Royal Albert Hall in London": a building named like a body
      if (IsBuildingBody(m) && Lower(s, t) == "in") {
        if (const Mention* outer = PlaceStartingAt(s, SkipPlaceIntro(s, t + 1, true)))
          AddLink(Relation::kLocatedIn, m.entity, outer->entity, s);
        continue;
      }
      if (m.type != NodeType::kPlace) continue;
      // "Russia's Kursk Oblast": Y's X
      if (t < toks.size() && toks[t].kind == TokenKind::kPossessive) {
        LinkOwnedList(s, m);
        const uint32_t u = PastOwnedModifiers(s, t + 1);
        if (const Mention* inner = PlaceStartingAt(s, u); inner && !IsCountry(*inner)) {
          AddLink(Relation::kLocatedIn, inner->entity, m.entity, s);
        } else if (const Mention* site = At(s, u); site && site->first == u && !IsCountry(m) && IsBuildingBody(*site)) {
          // "London's Earls Court", "Belfast's Ulster Hall": a building named
          // like a body stands in the city
          AddLink(Relation::kLocatedIn, site->entity, m.entity, s);
        } else if (IsPlaceNoun(Lower(s, u)) && Lower(s, u + 1) == "of") {
          // "Frankfurt's state of Hessen": the city lies in the state
          // (a country's "region of Kursk" holds the region instead)
          if (const Mention* other = PlaceStartingAt(s, u + 2)) {
            if (IsCountry(m)) AddLink(Relation::kLocatedIn, other->entity, m.entity, s);
            else if (!IsCountry(*other)) AddLink(Relation::kLocatedIn, m.entity, other->entity, s);
          }
        }
        continue;
      }
      LinkListedParts(s, m);
      LinkWhereClause(s, m);
      if (IsCountry(m)) {
        if (IsPlaceNoun(Lower(s, t)) && Lower(s, t + 1) == ",")
          if (const Mention* city = PlaceStartingAt(s, t + 2); city && !IsCountry(*city))
            AddLink(Relation::kLocatedIn, city->entity, m.entity, s);
        continue;
      }
      // "Sudzha in Kursk", "Basra in southern Iraq", "Moscow, Russia",
      // "the Kursk region of Russia", "Valenciana - a region of Spain",
      // "Chennai, in the southern province of Tamil Nadu"
      std::string_view w = Lower(s, t);
      const bool bare_in = w == "in";  // not "X, in Y" nor "X - a region of Y"
      uint32_t u = t + 1;
      if (const uint32_t after = AppositionPrepositionEnd(s, t); after > 0) {
        // "Valenciana - a region of Spain", "Pokrovsk, a key logistics hub
        // in Donetsk Oblast", "Kyiv, the capital of Ukraine"
        w = "in";
        u = after;
      } else if (w == "," && Lower(s, u) == "in") {
        w = "in";
        ++u;
      } else if (IsAreaNoun(w) && Lower(s, u) == "in") {
        w = "in";  // "the East Kilbride seat in Lanarkshire"
        ++u;
      }
      // "Visakhapatnam on India's eastern coast"
      if (w == "on") {
        const Mention* outer = PlaceStartingAt(s, u);
        if (!outer || outer->last >= toks.size() || toks[outer->last].kind != TokenKind::kPossessive) continue;
        uint32_t k = outer->last + 1;
        while (IsCompassWord(Lower(s, k))) ++k;
        std::string_view noun = Lower(s, k);
        if (noun == "coast" || noun == "border" || noun == "shore" || noun == "shores" || noun == "outskirts")
          AddLink(Relation::kLocatedIn, m.entity, outer->entity, s);
        continue;
      }
      if (w == "in" || w == "of" || w == ",") {
        bool of_the = false;
        if (w == "of") {
          of_the = Lower(s, u) == "the";
          if (of_the) ++u;
          while (IsCompassWord(Lower(s, u))) ++u;  // "the Sichuan Province of southwest China"
        } else {
          u = SkipPlaceIntro(s, u, w == "in");
        }
        const Mention* outer = PlaceStartingAt(s, u);
        if (!outer) continue;
        if (outer->last < toks.size() && toks[outer->last].kind == TokenKind::kPossessive) {
          // "Kharkiv, Ukraine's second-largest city": in Ukraine
          if (w == "," && PlaceNounAfterModifiers(s, outer->last + 1)) {
            AddLink(Relation::kLocatedIn, m.entity, outer->entity, s);
            continue;
          }
          if (w == ",") continue;
          // "Sudzha in Russia's Kursk region": in the region, which "Russia's" places
          if (const Mention* inner = PlaceStartingAt(s, PastOwnedModifiers(s, outer->last + 1)); inner && !IsCountry(*inner))
            outer = inner;
        }
        // "the Kursk region of Russia"; "the Oval Office of the White House"
        // (a part of a named site), not "Bank of England"
        if (w == "of" && !IsAdministrativeUnit(table_.entities[m.entity].name) && !(of_the && !IsCountry(*outer) && m.role != "weak"))
          continue;
        if (w == "," && !CommaPairIsContainment(s, m, *outer)) continue;
        // "The B-52s in Florida", "Vauxhall in Europe", "Swiss Re in New
        // York": a name typed a place by this very "in" and nothing else is
        // too weak to be put in a country or a town, unless a locative
        // preposition stands before it too ("at Bluewater in Kent") or a
        // county or region follows ("Gleneagles in Perthshire")
        if (bare_in && OnlyTypedByContext(m.entity) && !LocativeBefore(s, m.first) &&
            (IsCountry(*outer) || !IsRegionLike(table_.entities[outer->entity].name) ||
             lex_.FindCity(table_.entities[outer->entity].name)))
          continue;
        // (a region lies in no town: "Wales might end their run against
        // England in Cardiff" places the match, not England)
        if (RegionNotTown(table_.entities[m.entity].name) && TownNotRegion(table_.entities[outer->entity].name))
          continue;
        if (outer->entity != m.entity) AddLink(Relation::kLocatedIn, m.entity, outer->entity, s);
      }
    }
  }
  bool RegionNotTown(const std::string& name) const { return lex_.IsRegionName(name) && !lex_.FindCity(name); }
  bool TownNotRegion(const std::string& name) const { return lex_.FindCity(name) && !lex_.IsRegionName(name); }

  // Where the place after an apposition starts: "X, a region of |Y", "X - a
  // region of |Y", "X, a key logistics hub in |Y", "X, the capital of |Y":
  // a separator, an article, up to three lower-case modifiers, a noun for a
  // place, then "of" or "in". 0 when token t starts no such apposition (not
  // "Kharkiv, the day after strikes in Belgorod", "London, the mayor of X").
  uint32_t AppositionPrepositionEnd(int s, uint32_t t) const {
    const std::string_view sep = Lower(s, t);
    if (sep != "," && sep != "-" && sep != "—" && sep != "–") return 0;
    const std::string_view article = Lower(s, t + 1);
    if (article != "a" && article != "an" && article != "the") return 0;
    uint32_t k = t + 2;
    while (k < t + 6 && IsDescriptiveWord(s, k)) ++k;
    if (k == t + 2 || !IsPlaceDescription(Lower(s, k - 1))) return 0;
    const std::string_view prep = Lower(s, k);
    return prep == "of" || prep == "in" ? k + 1 : 0;
  }
  // A noun that describes a place in an apposition: "a town in", "a key
  // logistics hub in", "the capital of", "the heart of".
  static bool IsPlaceDescription(std::string_view w) {
    static const std::set<std::string_view> kNouns = {
        "hub", "centre", "center", "home", "stronghold", "heart", "outskirts", "edge", "birthplace", "part",
        "gateway", "enclave", "exclave", "resort", "base", "hometown", "neighbour", "neighbor"};
    return IsPlaceNoun(w) || IsAreaNoun(w) || kNouns.count(w) > 0;
  }
  // A lower-case word of a description: "key", "logistics", "hub",
  // "second-largest"; not a function word, a pronoun, or a word of time or
  // sequence ("after", "before", "day").
  bool IsDescriptiveWord(int s, uint32_t k) const {
    static const std::set<std::string_view> kNot = {"i",      "we",    "you",  "he",    "she",   "it",
                                                    "they",   "us",    "them", "after", "before", "since",
                                                    "during", "while", "when", "where", "until"};
    const auto& toks = sentences_[s].tokens;
    return k < toks.size() && toks[k].kind == TokenKind::kWord && !toks[k].capitalized &&
           !IsFunctionWord(Lower(s, k)) && !kNot.count(Lower(s, k));
  }
  // Whether lower-case modifiers and a place noun start at token k: "second-largest city".
  bool PlaceNounAfterModifiers(int s, uint32_t k) const {
    const uint32_t start = k;
    while (k < start + 3 && IsDescriptiveWord(s, k) && !IsPlaceNoun(Lower(s, k))) ++k;
    return IsKindOfPlaceWithin(Lower(s, k));
  }

  // Where a list introduced at token t starts: after "(", a dash, ":",
  // "such as" or ", including"; 0 when nothing introduces one there.
  uint32_t ListStartAfter(int s, uint32_t t) const {
    const std::string_view w = Lower(s, t);
    if (w == "(" || w == "-" || w == "—" || w == "–" || w == ":") return t + 1;
    if ((w == "such" && Lower(s, t + 1) == "as") || (w == "," && Lower(s, t + 1) == "including")) return t + 2;
    return 0;
  }
  // The places listed from token t ("Sao Paolo, Rio de Janeiro and Recife"),
  // joined by commas, "and", "or" or "&".
  std::vector<const Mention*> PlacesListedFrom(int s, uint32_t t) const {
    std::vector<const Mention*> places;
    while (const Mention* place = PlaceStartingAt(s, t)) {
      places.push_back(place);
      t = place->last;
      if (!IsListSeparator(s, t)) break;
      while (IsListSeparator(s, t)) ++t;
    }
    return places;
  }

  // "the six main metropolitan areas of Brazil (Sao Paulo, Rio de Janeiro
  // and Recife)", "cities in China such as Shanghai and Beijing": each
  // listed place lies in the place the plural noun names.
  void LinkListedParts(int s, const Mention& whole) {
    uint32_t before = whole.first;
    if (before > 0 && Lower(s, before - 1) == "the") --before;
    if (before < 2 || (Lower(s, before - 1) != "of" && Lower(s, before - 1) != "in")) return;
    const std::string_view noun = Lower(s, before - 2);
    if (noun.size() < 4 || noun.back() != 's' || !(IsPlaceNoun(Singular(noun)) || IsAreaNoun(Singular(noun)))) return;
    const uint32_t t = ListStartAfter(s, whole.last);
    if (t == 0) return;
    const std::vector<const Mention*> parts = PlacesListedFrom(s, t);
    // "regions of Europe (France, Spain)": countries, not its parts
    if (std::any_of(parts.begin(), parts.end(), [&](const Mention* p) { return IsCountry(*p); })) return;
    for (const Mention* p : parts) AddLink(Relation::kLocatedIn, p->entity, whole.entity, s);
  }

  // "Asia's biggest energy consumers - China, India, Japan and South Korea":
  // a place named with a possessive and a plural noun, then a list of
  // places, holds each of them.
  void LinkOwnedList(int s, const Mention& whole) {
    const auto& toks = sentences_[s].tokens;
    if (whole.last >= toks.size() || toks[whole.last].kind != TokenKind::kPossessive) return;
    uint32_t t = whole.last + 1;
    const uint32_t start = t;
    while (t < start + 5 && IsDescriptiveWord(s, t)) ++t;
    const std::string_view noun = Lower(s, t - 1);
    if (t == start || noun.size() < 4 || noun.back() != 's') return;
    t = ListStartAfter(s, t);
    if (t == 0) return;
    const std::vector<const Mention*> parts = PlacesListedFrom(s, t);
    if (parts.size() < 2) return;  // a list, not one place in passing
    // "America's closest allies - Britain, France and Germany": one country
    // does not hold others
    if (IsCountry(whole) && std::any_of(parts.begin(), parts.end(), [&](const Mention* p) { return IsCountry(*p); }))
      return;
    for (const Mention* p : parts) AddLink(Relation::kLocatedIn, p->entity, whole.entity, s);
  }

  // "a surprise visit to Iraq, where he met leaders in Baghdad": a town
  // named "in" the where-clause of a country lies in it.
  void LinkWhereClause(int s, const Mention& whole) {
    if (!IsCountry(whole) || Lower(s, whole.last) != "," || Lower(s, whole.last + 1) != "where") return;
    const auto& toks = sentences_[s].tokens;
    for (uint32_t t = whole.last + 2; t + 1 < toks.size() && Lower(s, t) != "," && Lower(s, t) != ";"; ++t) {
      if (Lower(s, t) != "in") continue;
      const Mention* part = PlaceStartingAt(s, t + 1);
      if (part && !IsCountry(*part)) AddLink(Relation::kLocatedIn, part->entity, whole.entity, s);
    }
  }

  // A lower-case word that may stand between "the" and a demonym, or
  // between the demonym and its place noun: "the embattled Russian
  // region", "the southern Pakistani city", "the Russian border region".
  bool IsModifierAt(int s, uint32_t t) const { return IsDescriptiveWord(s, t) && !IsPlaceNoun(Lower(s, t)); }
  // The country a capitalised word names as an adjective: "Russian", and
  // abbreviations used that way ("the US state of Ohio").
  const Country* AdjectiveCountry(const Token& tok) const {
    if (const Country* c = lex_.CountryByDemonym(tok.text)) return c;
    return tok.all_caps ? lex_.CountryByName(tok.text) : nullptr;
  }
  bool IsRegionLike(const std::string& name) const { return IsAdministrativeUnit(name) || lex_.IsRegionName(name); }

  // Whether "in", "at", "near" or "from" (and perhaps "the") comes right
  // before token t.
  bool LocativeBefore(int s, uint32_t t) const {
    if (t > 0 && Lower(s, t - 1) == "the") --t;
    const std::string_view w = t > 0 ? Lower(s, t - 1) : std::string_view();
    return w == "in" || w == "at" || w == "near" || w == "from";
  }
  // Whether the lexicon knows `name` as a place: a country or capital, a
  // GeoNames town or region, or a place WordNet names.
  bool KnownPlaceName(const std::string& name) const {
    return lex_.CountryByName(name) || lex_.CountryByCapital(name) || lex_.FindCity(name) || lex_.IsRegionName(name) ||
           lex_.ProperNameClass(name) == ProperClass::kPlace;
  }
  // Whether every mention of `entity` is a place by its context alone
  // ("in Florida" after it) and no lexicon or head word makes it one.
  bool OnlyTypedByContext(int entity) const {
    const std::string& name = table_.entities[entity].name;
    return strongest_typing_[entity] < 2 && !KnownPlaceName(name) && !lex_.IsPlaceHead(LastWord(name));
  }

  // "the Pakistani city of Lahore", "the southern Russian city Kursk", and,
  // once a place is named, "the embattled Russian region" (the region just
  // named): the place lies in the demonym's country, when the article names
  // that country. Returns whether such a phrase starts at v.
  bool LinkDemonymPhrase(int s, uint32_t v) {
    const auto& toks = sentences_[s].tokens;
    if (Lower(s, v) != "the") return false;
    uint32_t d = v + 1;
    while (d < v + 4 && IsModifierAt(s, d)) ++d;
    const Country* country = d < toks.size() && toks[d].capitalized ? AdjectiveCountry(toks[d]) : nullptr;
    if (!country) return false;
    uint32_t n = d + 1;
    while (n < d + 3 && IsModifierAt(s, n)) ++n;
    const std::string_view noun = Lower(s, n);
    if (!IsKindOfPlaceWithin(noun)) return false;
    const int country_entity = CountryEntity(country);
    if (country_entity < 0) return true;
    const Mention* place = nullptr;
    if (Lower(s, n + 1) == "of") {
      place = PlaceStartingAt(s, n + 2);
    } else if (const Mention* named = PlaceStartingAt(s, Lower(s, n + 1) == "," ? n + 2 : n + 1)) {
      place = named;  // "the Russian city Kursk", "the Ukrainian city, Kharkiv"
    } else if (toks[n].kind == TokenKind::kWord && (n + 1 >= toks.size() || toks[n + 1].kind != TokenKind::kPossessive)) {
      place = Antecedent(s, v, noun, *country);
    }
    if (place && !IsCountry(*place)) AddLink(Relation::kLocatedIn, place->entity, country_entity, s);
    return true;
  }
  // "the London borough of Camden", "the Kent town of Ashford", "the
  // London boroughs of Hillingdon and Wandsworth": each place named after
  // the place noun lies in the place before it. Returns whether the
  // phrase starts at v.
  bool LinkNamedUnits(int s, uint32_t v) {
    if (Lower(s, v) != "the") return false;
    const Mention* whole = PlaceStartingAt(s, v + 1);
    if (!whole) return false;
    const std::string_view noun = Lower(s, whole->last);
    if (!IsPlaceNounOrPlural(noun) || noun == "country" || noun == "countries" || Lower(s, whole->last + 1) != "of")
      return false;
    for (const Mention* part : PlacesListedFrom(s, whole->last + 2))
      if (!IsCountry(*part)) AddLink(Relation::kLocatedIn, part->entity, whole->entity, s);
    return true;
  }

  // The place "the Russian region" or "the Russian city" stands for: the
  // latest place of the noun's kind named in sentence s before token v or
  // in the two sentences before. A region noun wants an administrative
  // unit; a town noun a town the gazetteer puts in `country` or does not
  // know (a capital: the country's capital); never a country or a venue.
  const Mention* Antecedent(int s, uint32_t v, std::string_view noun, const Country& country) const {
    const bool region = IsAdministrativeWord(noun);
    if (!region && !IsTownNoun(noun) && noun != "capital") return nullptr;
    for (int ss = s; ss >= 0 && ss >= s - 2; --ss) {
      const Mention* latest = nullptr;
      for (int mi : table_.by_sentence[ss]) {
        const Mention& m = table_.mentions[mi];
        if (ss == s && m.first >= v) break;
        if (m.entity < 0 || m.type != NodeType::kPlace || IsCountry(m)) continue;
        const std::string& name = table_.entities[m.entity].name;
        bool fits;
        if (region) {
          fits = IsRegionLike(name);
        } else if (noun == "capital") {
          fits = std::find(country.capitals.begin(), country.capitals.end(), name) != country.capitals.end();
        } else if (const City* city = lex_.FindCity(name)) {
          fits = (city->country == country.name || city->region == country.name) && !IsRegionLike(name);
        } else {
          fits = !IsRegionLike(name) && !lex_.IsPlaceHead(LastWord(name));
        }
        if (fits) latest = &m;
      }
      if (latest) return latest;
    }
    return nullptr;
  }

  // "Paris-based LVMH", "London-based software developer Connectotel",
  // "MMO2, the UK-based operator": the body is based in the place.
  void LinkBasedIn(int s) {
    const auto& toks = sentences_[s].tokens;
    for (uint32_t t = 1; t + 1 < toks.size(); ++t) {
      if (toks[t].text != "-" || Lower(s, t + 1) != "based" || toks[t].space_before) continue;
      const int pi = table_.MentionEndingAt(s, t);
      if (pi < 0) continue;
      const Mention& place = table_.mentions[pi];
      if (place.entity < 0 || place.type != NodeType::kPlace) continue;
      // (a place the lexicon knows: "Linux-based" and "Windows-based" name no place)
      const std::string& where = table_.entities[place.entity].name;
      if (!KnownPlaceName(where)) continue;
      const Mention* body = nullptr;
      uint32_t u = t + 2;
      while (u < t + 6 && IsModifierAt(s, u) && !At(s, u))
        ++u;  // "software developer", "anti-spyware firm"
      if (const Mention* after = At(s, u); after && after->first == u) body = after;
      uint32_t b = place.first;
      if (b > 0 && (Lower(s, b - 1) == "the" || Lower(s, b - 1) == "a" || Lower(s, b - 1) == "an")) --b;
      if (!body && b >= 2 && b < place.first && Lower(s, b - 1) == ",") {
        const int before = table_.MentionEndingAt(s, b - 1);  // "MMO2, the UK-based operator"
        if (before >= 0) body = &table_.mentions[before];
      }
      if (body && body->entity >= 0 && table_.entities[body->entity].type == NodeType::kOrganisation &&
          !lex_.CountryByName(table_.entities[body->entity].name))
        AddLink(Relation::kLocatedIn, body->entity, place.entity, s);
    }
  }

  // "the Pakistani city of Lahore" (Lahore in Pakistan), "the capital,
  // Kampala" (in the country under discussion), "Uganda's capital, Kampala".
  void FindNamedByKind(int s) {
    const auto& toks = sentences_[s].tokens;
    for (uint32_t v = 0; v + 2 < toks.size(); ++v) {
      if (LinkDemonymPhrase(s, v) || LinkNamedUnits(s, v)) continue;
      // "protests in Bolivia ... in the city of El Alto": a town named by
      // its kind lies in the country under discussion, when the gazetteer
      // agrees (a bare "the city of X" may be anywhere)
      if (Lower(s, v) == "the" && IsTownNoun(Lower(s, v + 1)) && Lower(s, v + 2) == "of") {
        const Mention* place = PlaceStartingAt(s, v + 3);
        if (!place || IsCountry(*place)) continue;
        int country = -1;
        if (const City* city = lex_.FindCity(table_.entities[place->entity].name)) {
          country = CountryEntity(lex_.CountryByName(city->country));
          if (country >= 0 && !CountryNamedNear(s, v, country)) country = -1;
        } else {  // a town the gazetteer does not know: the country named earlier in the sentence
          country = RecentCountry(s, v, /*sentences_back=*/0);
        }
        if (country >= 0) AddLink(Relation::kLocatedIn, place->entity, country, s);
        continue;
      }
      if (Lower(s, v) != "capital") continue;
      uint32_t u = v + 1;
      if (Lower(s, u) == ",") ++u;
      const Mention* city = PlaceStartingAt(s, u);
      if (!city || IsCountry(*city)) continue;
      int country = -1;
      if (v >= 2 && toks[v - 1].kind == TokenKind::kPossessive) {
        const Mention* owner = At(s, v - 2);
        if (owner && owner->type == NodeType::kPlace && IsCountry(*owner)) country = owner->entity;
      } else if (v >= 1 && Lower(s, v - 1) == "the") {
        country = CountryEntity(lex_.CountryByCapital(table_.entities[city->entity].name));
        if (country < 0) country = RecentCountry(s, v);
      }
      if (country >= 0) AddLink(Relation::kLocatedIn, city->entity, country, s);
    }
  }

  std::vector<int> strongest_typing_;  // by entity: the strongest typing of its mentions
};

}  // namespace

void FindPlaceLinks(const LinkInput& in, ArticleFacts& facts) { PlaceLinkFinder(in, facts).RunOverArticle(); }

}  // namespace claimgraph::extract
