#include "extract/entity_builder.h"

#include <unordered_set>

#include "extract/names.h"

namespace claimgraph::extract::entity_internal {

void Builder::ProcessChunk(int s, uint32_t a, uint32_t b) {
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

  // "Singer Bruce Springsteen", "Midfielder Andrew Frampton" opening a
  // sentence: the capitalised role is left out of the name (its role is not kept)
  const bool opens_sentence = a == 0 || (a == 1 && toks[0].kind != TokenKind::kWord);
  if (opens_sentence && b >= a + 3 && !lex.RoleClass(sentences[s].Lower(a)).empty() && TitleAt(s, a, b) == 0 &&
      !lex.IsOrgHead(Tok(s, b - 1)) && !lex.IsPlaceHead(Tok(s, b - 1)) && IsNameToken(s, a + 1)) {
    ProcessChunk(s, a + 1, b);
    return;
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
    // (or an acronym written as a word, as the BBC writes them: "Nato", "Opec")
    // (or a word that is no common word nor a given name before a title of
    // two words: "Delmarre Chief Executive Etienne Roussel"; not "Shadow
    // Chancellor X")
    const bool body = toks[a].all_caps || lex.ProperNameClass(Tok(s, a)) == ProperClass::kOrganisation ||
                      lex.IsSeatOfPower(Tok(s, a)) || AcronymWrittenAsWord(Tok(s, a)) ||
                      (t2 >= 2 && !lex.IsCommonWord(LowerAscii(Tok(s, a))) && !GivenNameAt(s, a) &&
                       lex.ProperNameClass(Tok(s, a)) == ProperClass::kUnknown);
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
  // (a role bodies also fill is no evidence: "partner Mitsubishi Motors"; of
  // extract/data/roles.txt only these three can name a body)
  static const std::unordered_set<std::string_view> kRolesOfBodies = {"partner", "owner", "investor"};
  if (!person_evidence && a >= 1 && !(kRolesOfBodies.count(sentences[s].Lower(a - 1)) && lex.IsOrgHead(Tok(s, b - 1)))) {
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
  // ("the Chrysler group": or is one)
  static const std::unordered_set<std::string_view> kBodyPeopleAfter = {
      "bosses", "shareholders", "executives", "employees", "directors", "management", "group"};
  // (not "the Kursk group of troops": a city's unit)
  // (nor "Pan-European group Euronext", "the UK-Dutch group": the group is named after it, or by its nations)
  auto nations_only = [&] {
    std::string_view rest = m.name;
    while (!rest.empty()) {
      const size_t dash = rest.find('-');
      const std::string_view part = rest.substr(0, dash);
      if (part != "Pan" && !lex.CountryByName(part) && !lex.CountryByDemonym(part)) return false;
      rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
    }
    return true;
  };
  const bool group_of_place = next_lower == "group" &&
                              (sentences[s].Lower(b + 1) == "of" || (b + 1 < toks.size() && toks[b + 1].capitalized) ||
                               lex.FindCity(m.name) || nations_only());
  // "Reuters news agency reports", "Time magazine": an outlet's noun right after its name
  const std::string_view noun_after = next_lower == "news" ? sentences[s].Lower(b + 1) : next_lower;
  // (not "A Murdoch newspaper": the owner's name)
  const bool body_noun_after = b < toks.size() && !toks[b].capitalized && lower_prev != "a" && lower_prev != "an" &&
                               (noun_after == "agency" || noun_after == "magazine" || noun_after == "newspaper" ||
                                noun_after == "tabloid") &&
                               !lex.FindCity(m.name) && !lex.IsRegionName(m.name) && !lex.CountryByDemonym(m.name) &&
                               !lex.CountryByName(m.name);
  // "DaimlerChrysler shares fell" (not "Blair shares the view")
  static const std::unordered_set<std::string_view> kShareMoves = {
      "fell", "rose", "closed", "jumped", "slipped", "slid", "dropped", "gained", "lost", "ended", "climbed",
      "tumbled", "soared", "plunged", "surged", "dipped", "edged", "eased", "were", "have", "had"};
  const bool shares_moved = next_lower == "shares" && kShareMoves.count(sentences[s].Lower(b + 1)) > 0;
  const bool org_cue_after =
      (kBodyPeopleAfter.count(next_lower) && !toks[b].capitalized && !group_of_place) || body_noun_after ||
      shares_moved ||
      (possessor && b + 1 < toks.size() &&
       (lex.IsOrgCueAfter(sentences[s].Lower(b + 1)) ||
        (b + 2 < toks.size() && lex.IsOrgCueAfter(TwoWords(sentences[s].Lower(b + 1), sentences[s].Lower(b + 2)))))) ||
      ((lower_prev == "in" || lower_prev == "for" || lower_prev == "of") && a >= 2 &&
       (sentences[s].Lower(a - 2) == "shares" || sentences[s].Lower(a - 2) == "stake" ||
        sentences[s].Lower(a - 2) == "bid" || sentences[s].Lower(a - 2) == "takeover"));
  const bool maker_before = MakerOfGoodsBefore(s, a);  // "car maker Mercedes", "games maker Peter Molyneux"
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
  } else if (ListedAfterPlaceNoun(s, a)) {
    set(NodeType::kPlace, 3);  // "towns such as Zalambessa and Badme", also in a sports report
  } else if (ListedAfterOrgNoun(s, a) && !lex.CountryByName(m.name)) {
    set(NodeType::kOrganisation, 3);
  } else if (sports && !lex.CountryByName(m.name) && !lex.CountryByDemonym(m.name) &&
             (lex.FindCity(m.name) || lex.ProperNameClass(m.name) == ProperClass::kPlace ||
              lex.ProperNameClass(m.name) == ProperClass::kUnknown) &&
             !IsPreposition(lower_prev) && lower_prev != "of" && (name_len == 1 || lex.FindCity(m.name)) &&
             !(name_len == 1 && GivenNameAt(s, na)) &&  // "I spoke to Steven": a player by first name
             !lex.IsRegionName(m.name) &&                // a nation's team is its country: "Scotland"
             !SpeechVerbFollows(s, b) && !PlaceAppositionFollows(s, b)) {
    // a club named after its city; clubs take a plural verb in British
    // reports ("Chelsea have"), a player a singular one ("Adriano has")
    // (a plural verb after a city's name is a club's: "Chelsea were reported", "Chelsea have had")
    // (when the name opens its clause: not "Sheridan and Bellamy were", "results under Wigley have")
    const bool opens_clause = a == 0 || toks[a - 1].kind != TokenKind::kWord || lower_prev == "but" ||
                              lower_prev == "that" || lower_prev == "as";
    // (nor a nation's team, which is its country: "England have")
    const bool plural_verb = opens_clause && !lex.IsRegionName(m.name) &&
                             (next_lower == "were" || next_lower == "have" || next_lower == "are");
    if (name_len == 1 && !lex.FindCity(m.name) && (next_lower == "has" || next_lower == "is" || next_lower == "was"))
      set(NodeType::kPerson, 2);
    else
      set(NodeType::kOrganisation, plural_verb ? 3 : 2);
  } else if (name_len >= 2 && IsClubPrefix(Tok(s, na)) && !lex.FindCity(m.name)) {
    set(NodeType::kOrganisation, 3);  // "Real Madrid", "Inter Milan", "Sporting Lisbon" (in any report)
  } else if (sports && name_len >= 2 && lex.FindCity(Tok(s, na)) && !GivenNameAt(s, na) && !lex.CountryByName(m.name) &&
             !lex.IsPlaceHead(last) && !IsPreposition(lower_prev) && lex.IsCommonWord(LowerAscii(last))) {
    set(NodeType::kOrganisation, 2);  // "Nottingham Forest", "Aston Villa"
  } else if (lex.IsSeatOfPower(m.name)) {
    std::string_view before = a >= 2 && lower_prev == "the" ? sentences[s].Lower(a - 2) : lower_prev;
    set((IsPreposition(before) || before == "of") && !possessor ? NodeType::kPlace : NodeType::kOrganisation, 3);
  } else if (a >= 1 && !toks[a - 1].capitalized &&
             (lex.IsOrgCueBefore(lower_prev) || maker_before ||
              (AnalystAtBody(s, a) && !lex.FindCity(m.name) && !lex.IsRegionName(m.name))) &&
             // (after a cue that also names people a given name makes a person: "games maker Peter
             // Molyneux", "rival John McEnroe"; not "fashion chain Ted Baker")
             !(name_len >= 2 && GivenNameAt(s, na) &&
               (lower_prev == "rival" || lower_prev == "partner" || lower_prev == "broadcaster" || maker_before)) &&
             !lex.CountryByName(m.name)) {
    // "IT firm Dimension Data", "rival Deutsche Boerse", "car maker Mercedes",
    // "an analyst with Bank Sal Oppenheim"
    set(NodeType::kOrganisation, 3);
  } else if (BasedBodyAt(s, a, name_len) && !possessor && !lex.CountryByName(m.name) && !lex.FindCity(m.name) &&
             lex.ProperNameClass(m.name) != ProperClass::kPerson) {
    set(NodeType::kOrganisation, 3);  // "Cambridge-based Ubisense", "London-based software developer Connectotel"
  } else if (org_cue_after && !lex.CountryByName(m.name) && !lex.CountryByCapital(m.name)) {
    set(NodeType::kOrganisation, 3);  // "Toyota's profits", "shares in Yukos"
  } else if (const uint32_t role_end = RoleBeforeNameEnd(s, b); role_end > b) {
    // "Arsenal manager Arsene Wenger", "Kremlin spokesperson Dmitry Peskov",
    // "Deutsche Boerse chief executive Werner Seifert"; a city before a
    // civic role ("London mayor", "California attorney general") stays a place
    const std::string_view role = lex.RoleClass(Tok(s, b));
    const bool body_role = role == "player" || role == "chief" || role == "spokesperson";
    const bool city = lex.FindCity(m.name) || lex.CountryByCapital(m.name) || lex.IsRegionName(m.name);
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
  } else if (name_len == 1 && ((toks[na].all_caps && toks[na].text.size() <= 6) ||
                               IsGroupOfNations(toks[na].text) || AcronymWrittenAsWord(toks[na].text))) {
    // NATO, BBC, AFP; "Nato", "Opec" as the BBC writes them; G8, G20 (not the
    // codes of products: "A380", "N64")
    set(NodeType::kOrganisation, 2);
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
    // (or by a channel's number: "Channel 4", "Radio 2")
    const bool number_last = kNumbers.count(last_lower) > 0 || (last[0] >= '0' && last[0] <= '9');
    // "Deutsche Boerse, which has asked": a person is "who" (but "arrested
    // Kweku Adoboli, which shocked the bank": "which" is the whole clause)
    static const std::unordered_set<std::string_view> kBodyVerbs = {
        "has", "had", "have", "is", "was", "owns", "owned", "runs", "ran", "makes", "made", "operates",
        "employs", "sells", "sold", "bought", "buys", "said", "says", "announced", "reported", "also", "already",
        "now", "plans", "hopes", "wants", "produces", "publishes", "controls", "merged"};
    const bool which_follows =
        Tok(s, b) == "," && sentences[s].Lower(b + 1) == "which" && kBodyVerbs.count(sentences[s].Lower(b + 2)) > 0;
    // (a given name first outweighs common words: "Tom Cruise", "Brad Gilbert", "Alicia Keys")
    const bool body = acronym || number_last || which_follows ||
                      (!GivenNameAt(s, na) && (all_common || place_first || plural_noun_last));
    set(body ? NodeType::kOrganisation : NodeType::kPerson, 1);
  } else if (SpeechVerbFollows(s, b) || AfterDealingWith(s, a) || MeetingFollows(s, b) ||
             lower_prev == "told" || lower_prev == "tells" ||
             ((lower_prev == "of" || lower_prev == "from") && a >= 2 && IsBodyPeopleNoun(sentences[s].Lower(a - 2)))) {
    // ("representatives of Siemens": whom people act for is a body)
    // ("he told Reuters": a lone word told something is a person named in
    // full or, like a speaker, a body)
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

void Builder::ReadAfterPost(int s, uint32_t k, uint32_t b) {
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

bool Builder::BasedBodyAt(int s, uint32_t a, uint32_t name_len) const {
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

std::string_view Builder::ListNounBefore(int s, uint32_t a) const {
  const auto& toks = sentences[s].tokens;
  uint32_t k = a;
  while (k > 0 && (toks[k - 1].capitalized || toks[k - 1].text == "," || sentences[s].Lower(k - 1) == "and" ||
                   sentences[s].Lower(k - 1) == "or" || toks[k - 1].kind == TokenKind::kPossessive))
    --k;
  if (k == 0) return {};
  std::string_view cue = sentences[s].Lower(k - 1);
  uint32_t noun_at;
  if (cue == "as" && k >= 3 && sentences[s].Lower(k - 2) == "such") noun_at = k - 3;
  else if (cue == "like" || cue == "including") noun_at = k >= 3 && toks[k - 2].text == "," ? k - 3 : k - 2;
  else return {};
  if (noun_at >= toks.size()) return {};
  const std::string_view noun = sentences[s].Lower(noun_at);
  return noun.size() < 4 || noun.back() != 's' ? std::string_view() : noun;
}

bool Builder::ListedAfterOrgNoun(int s, uint32_t a) const {
  const std::string_view noun = ListNounBefore(s, a);
  return !noun.empty() && lex.IsOrgCueBefore(Singular(noun));
}

bool Builder::ListedAfterPlaceNoun(int s, uint32_t a) const {
  static const std::unordered_set<std::string_view> kPlaces = {"towns",   "cities",    "villages", "regions",
                                                               "provinces", "countries", "districts", "ports",
                                                               "capitals",  "states"};
  return kPlaces.count(ListNounBefore(s, a)) > 0;
}

bool Builder::NamesPlaceByKind(int s, uint32_t b) const {
  const auto& toks = sentences[s].tokens;
  const std::string_view noun = sentences[s].Lower(b);
  if (!IsKindOfPlaceWithin(noun)) return false;
  uint32_t k = b + 1;
  if (k < toks.size() && (toks[k].text == "," || sentences[s].Lower(k) == "of")) ++k;
  return k < toks.size() && toks[k].capitalized && toks[k].kind == TokenKind::kWord && !lex.IsStopword(toks[k].text);
}

void Builder::AddCountryMention(int s, uint32_t a, const Country& country) {
  Mention place;
  place.sentence = s;
  place.first = place.name_first = a;
  place.last = place.name_last = a + 1;
  place.name = country.name;
  place.surface = std::string(Tok(s, a));
  place.type = NodeType::kPlace;
  AddMention(std::move(place));
}

bool Builder::AfterPlaceNounOf(int s, uint32_t a) const {
  const auto& toks = sentences[s].tokens;
  while (a >= 2 && (toks[a - 1].text == "," || sentences[s].Lower(a - 1) == "and")) {
    const int item = table.MentionEndingAt(s, a - 1);
    if (item < 0 || table.mentions[item].type != NodeType::kPlace) return false;
    a = table.mentions[item].first;
  }
  if (a < 2 || sentences[s].Lower(a - 1) != "of") return false;
  return IsPlaceNounOrPlural(sentences[s].Lower(a - 2));
}

bool Builder::OnlyCompassBefore(int s, uint32_t from, uint32_t to) const {
  for (uint32_t x = from; x < to; ++x)
    if (!IsCompassWord(sentences[s].Lower(x))) return false;
  return true;
}

const Mention* Builder::PlaceBeforeComma(int s, uint32_t a) const {
  if (a < 2 || sentences[s].tokens[a - 1].text != ",") return nullptr;
  const int before = table.MentionEndingAt(s, a - 1);
  if (before < 0 || table.mentions[before].type != NodeType::kPlace || table.mentions[before].description)
    return nullptr;
  return &table.mentions[before];
}

bool Builder::AfterVenueAndComma(int s, uint32_t a) const {
  const Mention* venue = PlaceBeforeComma(s, a);
  return venue && venue->name_last - venue->name_first >= 2 && lex.IsPlaceHead(Tok(s, venue->name_last - 1));
}

bool Builder::SentenceEndsAt(int s, uint32_t b, const std::string& name) const {
  const auto& toks = sentences[s].tokens;
  if (b >= toks.size() || toks[b].text == "." || toks[b].text == ";") return true;
  return toks[b].text == "," && (lex.FindCity(name) || lex.IsRegionName(name));
}

bool Builder::PlaceAppositionFollows(int s, uint32_t b) const {
  const auto& toks = sentences[s].tokens;
  if (b + 3 >= toks.size()) return false;
  std::string_view sep = toks[b].text;
  if (sep != "," && sep != "-" && sep != "—" && sep != "–") return false;
  std::string_view det = sentences[s].Lower(b + 1), noun = sentences[s].Lower(b + 2), prep = sentences[s].Lower(b + 3);
  return (det == "a" || det == "the") && IsPlaceNoun(noun) && (prep == "of" || prep == "in");
}

bool Builder::OrgAppositionFollows(int s, uint32_t b) const {
  const auto& toks = sentences[s].tokens;
  if (b + 2 >= toks.size() || toks[b].text != ",") return false;
  uint32_t k = b + 1;
  std::string_view first = sentences[s].Lower(k);
  if (first == "the" || first == "a" || first == "an") ++k;
  else if (lex.CountryByName(Tok(s, k)) && k + 1 < toks.size() && toks[k + 1].kind == TokenKind::kPossessive) k += 2;
  else return false;
  for (uint32_t x = k; x < toks.size() && x < k + 5; ++x) {
    // (a nation or an acronym may qualify the noun: "Unosat, the UN satellite mapping organisation,")
    const bool qualifier = toks[x].capitalized && x + 1 < toks.size() && !toks[x + 1].capitalized &&
                           (toks[x].all_caps || lex.CountryByName(Tok(s, x)) || lex.CountryByDemonym(Tok(s, x)));
    if (qualifier) continue;
    if (toks[x].kind != TokenKind::kWord || toks[x].capitalized) return false;
    if (lex.IsOrgCueBefore(sentences[s].Lower(x))) {
      // (not "John Smith, the British company's chairman,": the noun owns the apposition's head)
      if (x + 1 < toks.size() && toks[x + 1].kind == TokenKind::kPossessive) return false;
      return x + 1 >= toks.size() || toks[x + 1].kind != TokenKind::kWord || sentences[s].Lower(x + 1) == "which" ||
             sentences[s].Lower(x + 1) == "that";
    }
  }
  return false;
}

bool Builder::IsPeerage(std::string_view w) {
  return w == "Lord" || w == "Lady" || w == "Baroness" || w == "Baron" || w == "Sir" || w == "Dame";
}

bool Builder::TitleAfterPortfolio(int s, uint32_t a, uint32_t b, uint32_t* at, uint32_t* end) const {
  for (uint32_t x = a + 1; x <= a + 2 && x < b; ++x) {
    if (TitleAt(s, x, b) == 0) continue;
    uint32_t e = x;
    while (e < b && TitleAt(s, e, b) > 0 && (e == x || !IsPeerage(Tok(s, e)))) e += TitleAt(s, e, b);
    // a person's name after the title: not one common word ("Criminal Justice Plan")
    if (e >= b || (e + 1 == b && lex.IsCommonWord(sentences[s].Lower(e)))) return false;
    // (a demonym may open it: "French Culture Minister X")
    for (uint32_t w = a; w < x; ++w)
      if (!lex.IsCommonWord(sentences[s].Lower(w)) && !lex.IsOrgHead(Tok(s, w)) &&
          !(w == a && lex.CountryByDemonym(Tok(s, w))))
        return false;
    *at = x;
    *end = e;
    return true;
  }
  return false;
}

void Builder::AddBodyBeforeTitle(const Mention& m, int s, uint32_t end) {
  Mention body = m;
  body.last = body.name_last = end;
  body.name_first = m.first;
  body.name = body.surface = Slice(s, m.first, end);
  body.type = lex.CountryByName(body.name) ? NodeType::kPlace : NodeType::kOrganisation;
  AddMention(std::move(body));
}

bool Builder::AcronymWrittenAsWord(std::string_view word) const {
  if (word.size() < 3 || word.size() > 6) return false;
  std::string upper(word);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return upper != word && lex.ProperNameClass(upper) == ProperClass::kOrganisation;
}

bool Builder::GivenNameAt(int s, uint32_t t) const {
  return lex.IsGivenName(Tok(s, t));
}

bool Builder::IsClubPrefix(std::string_view w) {
  static const std::unordered_set<std::string_view> kPrefixes = {
      "Real",  "Inter",  "Atletico", "Atlético", "Athletic", "Sporting", "Dynamo",   "Dinamo",  "Lokomotiv",
      "Spartak", "CSKA", "Olympique", "Olympiakos", "Racing", "Deportivo", "Borussia", "Bayern", "Bayer",
      "Celta", "Partizan", "Partizani", "AC", "AS", "FC", "SV", "PSV", "Hertha", "Werder", "Schalke",
      "Galatasaray", "Fenerbahce", "Besiktas", "Benfica", "Ajax", "Feyenoord", "Anderlecht", "Juventus"};
  return kPrefixes.count(w) > 0;
}

bool Builder::MakerOfGoodsBefore(int s, uint32_t a) const {
  if (a < 2 || (sentences[s].Lower(a - 1) != "maker" && sentences[s].Lower(a - 1) != "makers")) return false;
  uint32_t noun = a - 2;
  if (sentences[s].tokens[noun].text == "-" && noun > 0) --noun;  // "drug-maker"
  const auto& tok = sentences[s].tokens[noun];
  if (tok.kind != TokenKind::kWord || tok.capitalized) return false;
  // a maker of works or choices is a person: "film maker", "policy maker"
  static const std::unordered_set<std::string_view> kPersonMakers = {
      "film", "movie", "programme", "program", "documentary", "policy", "decision", "peace", "music", "record",
      "trouble", "mischief", "match", "king", "law", "rule"};
  return kPersonMakers.count(sentences[s].Lower(noun)) == 0 && !IsFunctionWord(sentences[s].Lower(noun));
}

bool Builder::AnalystAtBody(int s, uint32_t a) const {
  static const std::unordered_set<std::string_view> kMarketRoles = {
      "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders",
      "dealer", "dealers", "researcher", "researchers", "consultant", "consultants"};
  if (a < 2) return false;
  const std::string_view prep = sentences[s].Lower(a - 1);
  return (prep == "with" || prep == "at") && kMarketRoles.count(sentences[s].Lower(a - 2)) > 0;
}

bool Builder::AfterDealingWith(int s, uint32_t a) const {
  static const std::unordered_set<std::string_view> kNouns = {
      "talks", "negotiations", "discussions", "meeting", "meetings", "deal", "merger", "alliance",
      "partnership", "agreement", "venture", "tie-up", "contract"};
  return a >= 2 && sentences[s].Lower(a - 1) == "with" && kNouns.count(sentences[s].Lower(a - 2)) > 0;
}

uint32_t Builder::RoleBeforeNameEnd(int s, uint32_t b) const {
  const auto& toks = sentences[s].tokens;
  uint32_t t = b;
  // at most two lower-case role words: "manager", "chief executive"
  while (t < toks.size() && t < b + 2 && (!toks[t].capitalized || IsRoleAcronym(Tok(s, t))) &&
         !lex.RoleClass(Tok(s, t)).empty())
    ++t;
  return t > b && t < toks.size() && IsNameToken(s, t) ? t : b;
}

bool Builder::SpeechVerbFollows(int s, uint32_t b) const {
  const auto& toks = sentences[s].tokens;
  uint32_t t = b;
  while (t < toks.size() && (sentences[s].Lower(t) == "also" || sentences[s].Lower(t) == "has" ||
                             sentences[s].Lower(t) == "later" || sentences[s].Lower(t) == "then"))
    ++t;
  if (t >= toks.size() || toks[t].capitalized) return false;
  const SpeechVerb* v = lex.FindSpeechVerb(toks[t].text);
  return v && !IsParticipleVerb(toks[t].text);
}

bool Builder::MeetingFollows(int s, uint32_t b) const {
  const auto& toks = sentences[s].tokens;
  static const std::unordered_set<std::string_view> kAuxiliaries = {
      "has", "have", "had", "is", "was", "are", "were", "been", "also", "later", "then", "already", "still"};
  uint32_t t = b;
  while (t < toks.size() && kAuxiliaries.count(sentences[s].Lower(t))) ++t;
  if (t >= toks.size() || toks[t].capitalized) return false;
  const std::string_view verb = sentences[s].Lower(t);
  if (verb == "met" || verb == "negotiated") return true;
  auto talks_at = [&](uint32_t x) {
    const std::string_view w = sentences[s].Lower(x);
    return w == "talks" || w == "negotiations" || w == "discussions";
  };
  // "held talks", "held urgent talks"; "in talks", "in tough talks"
  if (verb != "held" && verb != "in") return false;
  for (uint32_t x = t + 1; x < toks.size() && x <= t + 2; ++x) {
    if (talks_at(x)) return true;
    if (toks[x].kind != TokenKind::kWord || toks[x].capitalized || IsFunctionWord(sentences[s].Lower(x))) break;
  }
  return false;
}

bool Builder::PlaceFollows(int s, uint32_t b) const {
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

bool Builder::HasOrgHeadBeforeConnector(int s, uint32_t a, uint32_t b) const {
  for (uint32_t x = a; x + 1 < b; ++x) {
    auto next = Tok(s, x + 1);
    // "Ministry of Defence", "Mouvement pour la Paix", "Partido de los Trabajadores"
    if (lex.IsOrgHead(Tok(s, x)) && IsConnector(next) && next != "the" && next != "on" && next != "and" &&
        next != "&")
      return true;
  }
  // a head first, as other languages name bodies ("Banco Serrano", "Bank Sal
  // Oppenheim"), before a last word that is no common word (not "Office Space")
  return b >= a + 2 && lex.IsOrgHead(Tok(s, a)) && !lex.IsCommonWord(LowerAscii(Tok(s, b - 1)));
}

}  // namespace claimgraph::extract::entity_internal
