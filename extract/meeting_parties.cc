#include "extract/meeting_parties.h"

#include <algorithm>

#include "extract/names.h"

namespace claimgraph::extract {

namespace {
// A count: "60", "1,200", "two" ... "twenty", "dozens", "hundreds".
bool IsNumberWord(std::string_view w) {
  static const std::set<std::string_view> kNumbers = {
      "two",    "three",  "four", "five",  "six",    "seven",   "eight",  "nine", "ten", "eleven",
      "twelve", "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "hundred", "hundreds"};
  if (kNumbers.count(w)) return true;
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
}
}  // namespace

int MeetingParties::PartyBefore(int s, uint32_t t, uint32_t* end) const {
  int best = -1;
  uint32_t best_end = 0;
  for (int mi : table_.by_sentence[s]) {
    const Mention& m = table_.mentions[mi];
    if (m.last > t) break;
    if (m.entity >= 0 && m.type != NodeType::kPlace) {
      best = m.entity;
      best_end = m.last;
    }
  }
  if (end) *end = best_end;
  return best;
}

int MeetingParties::PartyAfter(int s, uint32_t t, uint32_t limit, uint32_t* end) const {
  for (int mi : table_.by_sentence[s]) {
    const Mention& m = table_.mentions[mi];
    if (m.first < t) continue;
    if (m.first > t + limit) break;
    if (m.entity < 0 || m.type == NodeType::kPlace) continue;
    // "a Jackson associate, Marc Schaffel": a name used as a modifier
    if (m.first > 0 && (Lower(s, m.first - 1) == "a" || Lower(s, m.first - 1) == "an") &&
        m.last < sentences_[s].tokens.size() && sentences_[s].tokens[m.last].kind == TokenKind::kWord &&
        !sentences_[s].tokens[m.last].capitalized)
      continue;
    // "NATO Secretary General Mark Rutte", "LSE boss Clara Furse", "LSE's
    // chief executive Clara Furse": the person, not the body; "Trump's
    // envoy Steve Witkoff", "Deutsche Boerse's rival Euronext": the one
    // described by a relation to the owner
    const auto& toks = sentences_[s].tokens;
    const bool owner = m.last < toks.size() && toks[m.last].kind == TokenKind::kPossessive;
    if (owner || m.type == NodeType::kOrganisation) {
      const uint32_t start = owner ? m.last + 1 : m.last;
      uint32_t after = start;
      // (lower-case words, or a role in capitals: "Hallstein CEO Matthias Brenninger")
      while (after < toks.size() && after < start + 3 && toks[after].kind == TokenKind::kWord &&
             (!toks[after].capitalized || IsRoleAcronym(toks[after].text)) &&
             Lower(s, after) != "and")
        ++after;
      const int next = table_.MentionAt(s, after);
      // (after an owner, a word for a relation must stand right before the
      // name: not "received Danny Murphy's pass from Jamie Carragher")
      const bool described =
          next >= 0 && table_.mentions[next].entity >= 0 &&
          (owner ? after > start && table_.mentions[next].first == after &&
                       table_.mentions[next].type != NodeType::kPlace && IsRelationWord(Lower(s, after - 1))
                 : table_.mentions[next].type == NodeType::kPerson);
      if (described) {
        if (end) *end = table_.mentions[next].last;
        return table_.mentions[next].entity;
      }
    }
    if (end) *end = m.last;
    return m.entity;
  }
  return -1;
}

bool MeetingParties::IsRelationWord(std::string_view w) const {
  static const std::set<std::string_view> kRelations = {
      "rival", "rivals", "partner", "ally", "envoy", "aide", "adviser", "advisor", "deputy", "successor",
      "predecessor", "subsidiary", "parent", "owner", "unit", "arm", "counterpart", "wife", "husband",
      "son", "daughter", "brother", "sister", "lawyer", "agent", "spokesman", "spokeswoman", "boss"};
  return kRelations.count(w) > 0 || !lex_.RoleClass(w).empty();
}

uint32_t MeetingParties::SkipCommasAndAnd(int s, uint32_t t, bool* saw_and) const {
  for (; t < sentences_[s].tokens.size() && (Lower(s, t) == "," || Lower(s, t) == "and"); ++t)
    *saw_and |= Lower(s, t) == "and";
  return t;
}

uint32_t MeetingParties::PastOwnedDescription(int s, uint32_t t) const {
  const auto& toks = sentences_[s].tokens;
  uint32_t k = t;
  if (IsOwnerPronoun(Lower(s, k))) {
    ++k;
  } else if (const Mention* owner = At(s, k); owner && owner->first == k && owner->last < toks.size() &&
                                             toks[owner->last].kind == TokenKind::kPossessive) {
    k = owner->last + 1;
  } else {
    return t;
  }
  // (lower-case words and demonyms up to the comma: "commissioner for culture
  // and sports", "Polish counterpart", "chief executive")
  uint32_t x = k;
  for (; x < toks.size() && x < k + 7 && Lower(s, x) != ","; ++x) {
    if (toks[x].kind != TokenKind::kWord) return t;
    if (toks[x].capitalized && !lex_.CountryByDemonym(toks[x].text)) return t;
  }
  if (x == k || x >= toks.size() || Lower(s, x) != ",") return t;
  const Mention* person = At(s, x + 1);
  return person && person->first == x + 1 && IsPerson(person->entity) ? x + 1 : t;
}

std::vector<int> MeetingParties::PartiesAfter(int s, uint32_t t, uint32_t first_limit, bool* joined) const {
  const auto& toks = sentences_[s].tokens;
  std::vector<int> parties;
  // "met Atlantico Sul's chief executive, Fernanda Moura Castro": the person named
  t = PastOwnedDescription(s, t);
  uint32_t end = t;
  bool saw_and = false;
  int p = PartyAfter(s, t, first_limit, &end);
  while (p >= 0) {
    parties.push_back(p);
    // "UK government officials, ...": the body's people stand for it
    if (IsGroupHead(Lower(s, end)) && !IsCapitalized(s, end)) ++end;
    bool and_here = false;
    uint32_t next = SkipCommasAndAnd(s, end, &and_here);
    if (next == end) break;
    // "X and Y, who later dismissed Z": a relative clause, not a party
    static const std::set<std::string_view> kRelative = {"who", "whom", "whose", "which", "that", "where", "when"};
    if (kRelative.count(Lower(s, next))) break;
    // "X, Turkcell's chief operating officer, and Y": an apposition
    // describing X, not a party of its own ("and India's minister Y" is)
    if (const Mention* owner = At(s, next);
        !and_here && owner && owner->first == next && owner->last < toks.size() &&
        toks[owner->last].kind == TokenKind::kPossessive) {
      next = owner->last + 1;
      while (next < toks.size() && Lower(s, next) != ",") ++next;
      next = SkipCommasAndAnd(s, next, &and_here);
    }
    uint32_t found_end = end;
    p = PartyAfter(s, next, 5, &found_end);
    // The words skipped before the next party: an unnamed item there may
    // hold the list's "and" ("X, industry representatives and Y"); a
    // conjunction there starts another clause ("met Blair and Bush, then
    // Chirac arrived")
    bool clause = false;
    if (const Mention* m = p >= 0 ? At(s, found_end - 1) : nullptr)
      for (uint32_t k = next; k < m->first; ++k) {
        const std::string_view w = Lower(s, k);
        and_here |= w == "and";
        clause |= w == "then" || w == "but" || w == "while" || w == "when" || w == "before" || w == "after" ||
                  w == "although" || w == "whereas";
      }
    saw_and |= and_here;
    if (clause) break;
    // "met Bush and Chirac (later) met Putin": a name before a verb starts
    // a clause; so does a verb before the next name
    if (p >= 0 && and_here) {
      uint32_t after = found_end;
      while (IsBetweenSubjectAndCue(Lower(s, after))) ++after;
      bool verb_before = false;
      for (uint32_t k = next; k < found_end && !verb_before; ++k) verb_before = IsClauseVerb(Lower(s, k));
      if (IsClauseVerb(Lower(s, after)) || verb_before) break;
    }
    end = found_end;
  }
  if (joined) *joined = saw_and;
  // "with Mr Thorpe, Sir Edward told": without an "and" the name after a
  // comma starts the next clause
  if (!saw_and) parties.resize(std::min<size_t>(parties.size(), 1));
  return parties;
}

bool MeetingParties::IsClauseVerb(std::string_view w) {
  static const std::set<std::string_view> kVerbs = {"met", "meets", "held", "holds", "spoke", "said", "says",
                                                    "told"};
  return kVerbs.count(w) > 0;
}

bool MeetingParties::OpensSentence(int s, uint32_t t) const {
  return t == 0 || (t == 1 && sentences_[s].tokens[0].kind != TokenKind::kWord);
}

bool MeetingParties::IsTalksState(std::string_view w) {
  static const std::set<std::string_view> kState = {"is", "are", "was", "were", "been", "be",
                                                    "still", "locked", "remains", "remain"};
  return kState.count(w) > 0;
}

bool MeetingParties::IsGroupHead(std::string_view w) {
  static const std::set<std::string_view> kHeads = {
      "shareholders", "investors",   "unions",       "councillors", "teachers",    "parents",     "residents",
      "workers",      "employees",   "members",      "delegates",   "representatives", "officials", "executives",
      "leaders",      "ministers",   "mps",          "campaigners", "protesters",  "families",    "relatives",
      "students",     "farmers",     "doctors",      "nurses",      "bosses",      "chiefs",      "directors",
      "lawyers",      "officers",    "diplomats",    "negotiators", "activists",   "victims",     "creditors",
      "counterparts", "authorities", "councils",     "figures",
      "bankers",      "regulators",  "lenders",      "businessmen", "governors",   "peers",       "bishops",
      "commanders",   "stewards",    "envoys",       "advisers",    "aides",       "villagers",   "elders"};
  return kHeads.count(w) > 0;
}

MeetingParties::GroupPhrase MeetingParties::GroupAt(int s, uint32_t t) const {
  const auto& toks = sentences_[s].tokens;
  const std::string_view det = Lower(s, t);
  const bool definite = det == "the";
  const bool skip = definite || det == "a" || det == "an" || IsOwnerPronoun(det);
  uint32_t from = skip ? t + 1 : t;
  // "around 60 residents", "some 200 workers": the count's qualifier is part of the phrase
  const bool about = !skip && IsApproximator(det) && t + 1 < toks.size() && IsNumberWord(Lower(s, t + 1));
  auto modifier = [&](uint32_t x) {
    if (about && x == t) return true;
    if (x >= toks.size() || toks[x].kind != TokenKind::kWord) return false;
    const std::string_view w = Lower(s, x);
    return !IsFunctionWord(w) && !IsTalksState(w) && w != "with" && !IsWeekday(w) && !IsClauseVerb(w) &&
           !lex_.FindSpeechVerb(toks[x].text);
  };
  uint32_t k = from;
  // "a delegation of north Wales councils", "a large number of local authorities"
  uint32_t of = from;
  while (of < toks.size() && of < from + 2 && Lower(s, of) != "delegation" && Lower(s, of) != "number") ++of;
  if ((Lower(s, of) == "delegation" && (Lower(s, of + 1) == "of" || Lower(s, of + 1) == "from")) ||
      (Lower(s, of) == "number" && Lower(s, of + 1) == "of" && of <= from + 1)) {
    // (its last word a group noun: not "met a number of times")
    uint32_t e = of + 2;
    while (e < toks.size() && e < of + 6 && modifier(e) && !IsGroupHead(Lower(s, e))) ++e;
    if (e >= toks.size() || !IsGroupHead(Lower(s, e)) || (toks[e].capitalized && Lower(s, e) != "mps")) return {};
    k = e;
  } else {
    while (k < toks.size() && k < from + 4 && !IsGroupHead(Lower(s, k)) && modifier(k)) ++k;
    if (k >= toks.size() || !IsGroupHead(Lower(s, k))) return {};
    // (a capitalised group noun inside a sentence is a name, "MPs" aside)
    if (toks[k].capitalized && !(k == from && OpensSentence(s, k)) && Lower(s, k) != "mps") return {};
  }
  const std::string_view head = Lower(s, k);
  uint32_t stop = k + 1;
  if (Lower(s, stop) == "and" && IsGroupHead(Lower(s, stop + 1))) stop += 2;  // "Parents and teachers"
  // "finance ministers of the G8": the body they are of, named right after
  bool of_body = false;
  // ("ministers from the EU's member states": past the body's own noun phrase;
  // "officials of X" are X's people, read as X where they are met)
  if ((Lower(s, stop) == "of" || Lower(s, stop) == "from") && !IsRepresentativeHead(head)) {
    const uint32_t body_at = Lower(s, stop + 1) == "the" ? stop + 2 : stop + 1;
    if (const Mention* body = At(s, body_at); body && body->first == body_at) {
      stop = body->last;
      of_body = true;
      if (stop < toks.size() && toks[stop].kind == TokenKind::kPossessive) {
        uint32_t e = stop + 1;
        while (e < toks.size() && e < stop + 5 && toks[e].kind == TokenKind::kWord && !toks[e].capitalized &&
               !IsFunctionWord(Lower(s, e)) && !IsWeekday(Lower(s, e)))
          ++e;
        if (e > stop + 1) stop = e;
      }
    }
  }
  // a bare "leaders" or "parents" is too vague to be a side; a firm's
  // stakeholders are not ("met shareholders")
  static const std::set<std::string_view> kStakeholders = {"shareholders", "investors", "creditors", "lenders",
                                                          "regulators",   "unions",    "counterparts"};
  if (!definite && !of_body && stop == k + 1 && k == from && !kStakeholders.count(head)) return {};
  // "shareholders' meeting", "union leaders' demands": an owner, not a side
  if (stop < toks.size() && toks[stop].kind == TokenKind::kPossessive) return {};
  GroupPhrase g;
  g.name = std::string(text_.substr(toks[from].begin, toks[stop - 1].end - toks[from].begin));
  g.end = stop;
  for (uint32_t x = from; x < stop && g.named_inside < 0; ++x)
    if (const Mention* m = At(s, x); m && x != k && m->type != NodeType::kPlace) g.named_inside = m->entity;
  g.representatives = IsRepresentativeHead(head);
  for (size_t e = 0; e < table_.entities.size() && g.entity < 0; ++e)
    if (table_.entities[e].name == g.name ||
        (definite && groups_.count(static_cast<int>(e)) && LowerAscii(LastWord(table_.entities[e].name)) == head))
      g.entity = static_cast<int>(e);
  if (g.entity < 0 && definite) return {};
  return g;
}

bool MeetingParties::SpeakerBeforeCue(int s, uint32_t v) const {
  uint32_t end = 0;
  if (PartyBefore(s, v, &end) < 0) return false;
  for (uint32_t k = end; k < v; ++k)
    if (OpensReportedClause(s, k)) return true;
  return false;
}

bool MeetingParties::OpensReportedClause(int s, uint32_t k) const {
  return Lower(s, k) == "that" || (!IsCapitalized(s, k) && lex_.FindSpeechVerb(sentences_[s].tokens[k].text));
}

// (a narrower list than IsBodyPeopleNoun in names.h, which reads "members of
// X", "the board of X": "Labour members" and "the board" are no body's people
// by themselves)
bool MeetingParties::IsRepresentativeHead(std::string_view w) {
  return w == "executives" || w == "officials" || w == "representatives" || w == "bosses" || w == "chiefs" ||
         w == "directors";
}

MeetingParties::GroupPhrase MeetingParties::GroupBefore(int s, uint32_t v) const {
  while (v > 0 && IsBetweenSubjectAndCue(Lower(s, v - 1))) --v;
  const std::string_view last = v > 0 ? Lower(s, v - 1) : std::string_view();
  for (uint32_t start = v >= 8 ? v - 8 : 0; !last.empty() && last.back() == 's' && start < v; ++start) {
    if (!(start == 0 || OpensSentence(s, start) || Lower(s, start - 1) == "," || Lower(s, start - 1) == "that" ||
          Lower(s, start - 1) == "when"))
      continue;
    if (GroupPhrase g = GroupAt(s, start); g.end == v) return g;
  }
  // "Two local councillors who back Mr Flight met Mr Tanguay": the group
  // opening the sentence, before a short relative clause
  for (uint32_t start = 0; start < v && start < 2; ++start)
    if (OpensSentence(s, start))
      if (GroupPhrase g = GroupAt(s, start); g.end > 0 && (Lower(s, g.end) == "who" || Lower(s, g.end) == "which") &&
                                             v <= g.end + 8) {
        // (not past a comma, "that" or a speech verb: another clause, "Union
        // leaders who were sacked say Tony Blair met George Bush")
        bool clause_ends = false;
        for (uint32_t k = g.end; k < v; ++k) clause_ends |= Lower(s, k) == "," || OpensReportedClause(s, k);
        if (!clause_ends) return g;
      }
  return {};
}

MeetingParties::GroupPhrase MeetingParties::PersonDescriptionAt(int s, uint32_t t) const {
  static const std::set<std::string_view> kKin = {"sister", "brother", "father", "mother", "wife", "husband",
                                                  "son", "daughter", "uncle", "aunt", "cousin", "widow"};
  const auto& toks = sentences_[s].tokens;
  const std::string_view det = Lower(s, t);
  if (det != "the" && det != "a" && !IsOwnerPronoun(det)) return {};
  uint32_t k = t + 1, words = 0;
  // (an owner's phrase: "the local association's chairman")
  for (; k < toks.size() && words < 4; ++k) {
    if (toks[k].kind == TokenKind::kPossessive) continue;
    if (toks[k].kind != TokenKind::kWord || toks[k].capitalized || IsFunctionWord(Lower(s, k))) break;
    ++words;
  }
  if (words == 0) return {};
  const uint32_t head = k - 1;
  const std::string_view noun = Lower(s, head);
  if (toks[head].kind != TokenKind::kWord || (lex_.RoleClass(noun).empty() && !kKin.count(noun))) return {};
  // "the chairman John Smith": the name is the person
  if (k < toks.size() && IsCapitalized(s, k) && toks[k].kind == TokenKind::kWord) return {};
  if (At(s, t) || At(s, head)) return {};  // already a person's description
  GroupPhrase d;
  for (uint32_t x = t; x <= head; ++x) {
    if (x > t && toks[x].kind != TokenKind::kPossessive) d.name += ' ';
    d.name += toks[x].text;
  }
  d.end = k;
  return d;
}

int MeetingParties::AddDescribedPerson(const GroupPhrase& d) {
  groups_table_.entities.push_back(ArticleEntity{NodeType::kPerson, d.name, {}, /*unnamed=*/true});
  return static_cast<int>(table_.entities.size()) - 1;
}

int MeetingParties::AddGroup(const GroupPhrase& g) {
  if (g.entity >= 0) return g.entity;
  const std::string head = LowerAscii(LastWord(g.name));
  const bool bodies = head == "unions" || head == "councils" || head == "authorities";
  groups_table_.entities.push_back(
      ArticleEntity{bodies ? NodeType::kOrganisation : NodeType::kPerson, g.name, {}, /*unnamed=*/true});
  const int e = static_cast<int>(table_.entities.size()) - 1;
  groups_.insert(e);
  return e;
}

std::vector<int> MeetingParties::PairSubjectBefore(int s, uint32_t v) const {
  uint32_t t = v;
  while (t > 0 && IsBetweenSubjectAndCue(Lower(s, t - 1))) --t;
  std::vector<int> pair = PairNamedBefore(s, t);
  // "the Irish duo have cut off talks with X": past the verb of the talks
  for (uint32_t back = 1; pair.empty() && back <= 4 && t > back && !IsCapitalized(s, t - back) &&
                          sentences_[s].tokens[t - back].kind == TokenKind::kWord;
       ++back)
    pair = PairNamedBefore(s, t - back);
  // (the pair of a meeting just told, unless two others were named since:
  // "Blair met Musharraf. Brown and Milburn appeared. The pair met privately")
  const auto in_latest = [&](int e) { return e == latest_meeting_.a || e == latest_meeting_.b; };
  if (!pair.empty() && latest_meeting_.sentence >= 0 && s - latest_meeting_.sentence <= 2 &&
      table_.entities[latest_meeting_.a].type == table_.entities[pair[0]].type &&
      std::any_of(pair.begin(), pair.end(), in_latest))
    return {latest_meeting_.a, latest_meeting_.b};
  return pair;
}

std::vector<int> MeetingParties::CoordinatedSubjects(int s, uint32_t v, int subject) const {
  uint32_t end = 0;
  if (PartyBefore(s, v, &end) != subject) return {subject};
  int mi = table_.MentionEndingAt(s, end);
  if (mi < 0) return {subject};
  std::vector<int> list = {subject};
  bool joined = false;
  uint32_t first = table_.mentions[mi].first;
  while (true) {
    uint32_t t = first;
    // "and rival Euronext": a body noun or a role before the name
    for (int skipped = 0; skipped < 2 && t > 0 && !IsCapitalized(s, t - 1) &&
                          (lex_.IsOrgCueBefore(Lower(s, t - 1)) || !lex_.RoleClass(Lower(s, t - 1)).empty());
         ++skipped)
      --t;
    if (t == 0 || (Lower(s, t - 1) != "and" && Lower(s, t - 1) != ",")) break;
    const bool and_here = Lower(s, t - 1) == "and";
    uint32_t before = t - 1;
    if (and_here && before > 0 && Lower(s, before - 1) == ",") --before;  // "X, Y, and Z"
    const int prev = table_.MentionEndingAt(s, before);
    if (prev < 0 || table_.mentions[prev].entity < 0 || table_.mentions[prev].type == NodeType::kPlace) break;
    joined |= and_here;
    list.push_back(table_.mentions[prev].entity);
    first = table_.mentions[prev].first;
  }
  if (list.size() < 2 || !joined) return {subject};
  static const std::set<std::string_view> kOpeners = {
      ",", "both", "and", "but", "as", "when", "while", "after", "that", "since", "because", "said", "says",
      "including",
      "\"", "“", "week", "month", "year", "yesterday", "today", "earlier", "recently"};
  if (first > 0 && !kOpeners.count(Lower(s, first - 1)) && !IsWeekday(Lower(s, first - 1))) return {subject};
  std::reverse(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
  return list;
}

bool MeetingParties::IsBetweenSubjectAndCue(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "have",       "has",     "had",      "also",     "first",    "finally", "later",   "then",  "who",
      "last",       "previously", "already", "recently", "secretly", "both",  "again",   "briefly",
      "separately"};
  return kWords.count(w) > 0;
}

std::vector<int> MeetingParties::SubjectList(int s, uint32_t v) const {
  uint32_t t = v;
  while (t > 0 && (IsBetweenSubjectAndCue(Lower(s, t - 1)) || Lower(s, t - 1) == ",")) --t;
  std::vector<int> parties;
  bool joined = false;
  while (t > 0) {
    int mi = table_.MentionEndingAt(s, t);
    // "Han Do-yeon, the South Korean foreign minister, held": past an
    // apposition that opens with a determiner, to the name before it
    if (mi < 0 && t >= 3 && Lower(s, t) == ",")
      for (uint32_t c = t - 1; c > 0 && c + 9 > t; --c)
        if (Lower(s, c - 1) == ",") {
          if (Lower(s, c) == "the" || Lower(s, c) == "a" || Lower(s, c) == "an") mi = table_.MentionEndingAt(s, c - 1);
          break;
        }
    // "He and Han Do-yeon held talks": a pronoun opening the list
    if (mi < 0 && IsPersonalPronoun(Lower(s, t - 1)) && !parties.empty() && (t == 1 || OpensSentence(s, t - 1))) {
      if (const int p = ResolvePronoun(s, t - 1); p >= 0 && p != parties.back()) parties.push_back(p);
      t = t - 1;
      break;
    }
    if (mi < 0) break;
    const Mention& m = table_.mentions[mi];
    if (m.entity < 0 || m.type == NodeType::kPlace) break;
    // (an apposition repeats the party: "Han Do-yeon, the South Korean foreign minister,")
    if (parties.empty() || parties.back() != m.entity) parties.push_back(m.entity);
    t = m.first;
    // "X and the rebel Y": past a determiner and up to two lower-case words
    for (uint32_t k = t, words = 0; k > 1 && words < 3; --k, ++words) {
      const std::string_view w = Lower(s, k - 1);
      if (w == "the" && (Lower(s, k - 2) == "and" || Lower(s, k - 2) == ",")) { t = k - 1; break; }
      if (IsCapitalized(s, k - 1) || sentences_[s].tokens[k - 1].kind != TokenKind::kWord || IsFunctionWord(w)) break;
    }
    if (t == 0 || (Lower(s, t - 1) != "and" && Lower(s, t - 1) != ",")) break;
    joined |= Lower(s, t - 1) == "and";
    --t;
    if (t > 0 && Lower(s, t - 1) == "," && Lower(s, t) == "and") --t;  // "X, Y, and Z"
  }
  std::reverse(parties.begin(), parties.end());
  if (parties.size() >= 2 && joined) return parties;
  return PairSubjectBefore(s, t);
}

std::vector<int> MeetingParties::PairNamedBefore(int s, uint32_t t) const {
  static const std::set<std::string_view> kPeople = {"men", "women", "leaders", "presidents", "ministers",
                                                     "players", "managers", "chiefs", "bosses", "pair", "duo"};
  static const std::set<std::string_view> kBodies = {"companies", "firms", "groups", "exchanges", "clubs",
                                                     "banks", "carmakers", "airlines", "parties", "governments"};
  if (t < 2) return {};
  const std::string_view noun = Lower(s, t - 1);
  // "the Irish duo", "the two German firms": a demonym may stand before the noun
  uint32_t before_noun = t - 1;
  if (before_noun >= 2 && IsCapitalized(s, before_noun - 1) &&
      lex_.CountryByDemonym(sentences_[s].tokens[before_noun - 1].text))
    --before_noun;
  const bool pair_word = (noun == "pair" || noun == "duo") && Lower(s, before_noun - 1) == "the";
  const bool two = before_noun >= 2 && Lower(s, before_noun - 1) == "two" && Lower(s, before_noun - 2) == "the";
  if (!pair_word && !two) return {};
  NodeType type;
  if (kPeople.count(noun)) type = NodeType::kPerson;
  else if (kBodies.count(noun)) type = NodeType::kOrganisation;
  else return {};
  const uint32_t phrase = before_noun - (pair_word ? 1 : 2);
  std::vector<int> pair;
  for (int ss = s; ss >= 0 && ss >= s - 2 && pair.size() < 2; --ss) {
    const auto& in = table_.by_sentence[ss];
    for (auto it = in.rbegin(); it != in.rend() && pair.size() < 2; ++it) {
      const Mention& m = table_.mentions[*it];
      if (ss == s && m.last > phrase) continue;
      if (m.entity < 0 || table_.entities[m.entity].type != type) continue;
      if (std::find(pair.begin(), pair.end(), m.entity) == pair.end()) pair.push_back(m.entity);
    }
  }
  if (pair.size() == 2) return pair;
  // Bodies named further back: the pair named together last ("Real Madrid
  // and Real Sociedad will play ...", five sentences before "The two clubs
  // met X"), within eight sentences (persons named apart are too many to guess from)
  if (type != NodeType::kOrganisation) return {};
  for (int ss = s; ss >= 0 && ss >= s - 8; --ss) {
    const auto& in = table_.by_sentence[ss];
    for (size_t k = in.size(); k-- > 1;) {
      const Mention& second = table_.mentions[in[k]];
      const Mention& first = table_.mentions[in[k - 1]];
      if (ss == s && second.last > phrase) continue;
      if (first.entity < 0 || second.entity < 0 || first.entity == second.entity) continue;
      if (table_.entities[first.entity].type != type || table_.entities[second.entity].type != type) continue;
      if (second.first == first.last + 1 && Lower(ss, first.last) == "and") return {first.entity, second.entity};
    }
  }
  return {};
}

std::vector<int> MeetingParties::Between(int s, uint32_t t) const {
  if (Lower(s, t) == "the" && Lower(s, t + 1) == "two") return PairNamedBefore(s, t + 3);
  if (Lower(s, t) == "the" && (Lower(s, t + 1) == "pair" || Lower(s, t + 1) == "duo"))
    return PairNamedBefore(s, t + 2);
  bool joined = false;
  std::vector<int> parties = PartiesAfter(s, t, 2, &joined);
  return parties.size() >= 2 && joined ? parties : std::vector<int>();
}

int MeetingParties::StatementSpeaker(int s, bool direct_only) const {
  const int64_t begin = offsets_.ToCodePoint(sentences_[s].begin);
  for (const Statement& st : facts_.statements)
    if ((st.direct || !direct_only) && st.speaker >= 0 && st.evidence.start == begin) return st.speaker;
  return -1;
}

int MeetingParties::ResolvePronoun(int s, uint32_t p) const {
  const int here = FirstBefore(s, p, NodeType::kPerson);
  if (here >= 0) return here;
  if (const int subject = OpeningPhraseSubject(s, p); subject >= 0) return subject;
  return s == 0 ? -1 : FirstBefore(s - 1, sentences_[s - 1].tokens.size(), NodeType::kPerson);
}

int MeetingParties::ResolveBody(int s) const {
  return s == 0 ? -1 : FirstBefore(s - 1, sentences_[s - 1].tokens.size(), NodeType::kOrganisation);
}

int MeetingParties::OpeningPhraseSubject(int s, uint32_t p) const {
  static const std::set<std::string_view> kOpeners = {
      "after", "before", "during", "following", "within", "while", "when", "on", "in", "at", "since",
      "as", "despite", "upon", "having", "speaking", "shortly", "hours", "days", "moments"};
  const auto& toks = sentences_[s].tokens;
  const uint32_t first = !toks.empty() && toks[0].kind != TokenKind::kWord ? 1 : 0;  // past a quote or dash
  if (!kOpeners.count(Lower(s, first))) return -1;
  for (uint32_t c = p + 1; c + 1 < toks.size(); ++c) {
    if (Lower(s, c) != ",") continue;
    const Mention* m = At(s, c + 1);
    if (!m || m->first != c + 1 || m->type != NodeType::kPerson) continue;
    const std::string_view next = Lower(s, m->last);
    if (m->last < toks.size() && toks[m->last].kind == TokenKind::kWord && next != "and" && next != "or")
      return m->entity;
  }
  return -1;
}

bool MeetingParties::IsSpeechOrThat(std::string_view w) {
  return w == "said" || w == "says" || w == "that" || w == "confirmed" || w == "announced" || w == "added";
}

bool MeetingParties::IsFirstPerson(std::string_view w) {
  return w == "i" || ((w.size() == 4 || w.size() == 3) && w.substr(0, 2) == "i'") ||
         ((w.size() == 6 || w.size() == 5) && w.substr(0, 4) == "i\xE2\x80\x99");
}

int MeetingParties::PronounOrPartyBefore(int s, uint32_t v) const {
  // "he has met", "she also held talks", "I've spoken": skip auxiliaries
  // and adverbs (not "who": a relative clause is read below)
  while (v > 0 && ((IsBetweenSubjectAndCue(Lower(s, v - 1)) && Lower(s, v - 1) != "who") ||
                   IsContractedAuxiliary(Lower(s, v - 1)) || Lower(s, v - 1) == "just"))
    --v;
  if (v > 0 && IsFirstPerson(Lower(s, v - 1))) return QuotationSpeaker(s);
  // "Tony Blair, Labour leader, met X": the person before an apposition
  if (v >= 3 && Lower(s, v - 1) == ",")
    if (const int person = PersonBeforeComma(s, v - 2, 6); person >= 0) return person;
  uint32_t party_end = 0;
  const int party = PartyBefore(s, v, &party_end);
  // "Blair met Bush and Chirac met Putin": a name no entity stands for is
  // the subject right before the cue, not the party named before it
  if (party >= 0 && v >= 1 && party_end < v - 1 && IsCapitalized(s, v - 1) && !OpensSentence(s, v - 1) &&
      sentences_[s].tokens[v - 1].kind == TokenKind::kWord && !At(s, v - 1) &&
      !lex_.IsStopword(sentences_[s].tokens[v - 1].text))
    return -1;
  for (uint32_t p = v; p > party_end; --p) {
    if (IsPersonalPronoun(Lower(s, p - 1))) return ResolvePronoun(s, p - 1);
    // "I had a chat with X," he said: the quotation's speaker
    if (IsFirstPerson(Lower(s, p - 1))) return QuotationSpeaker(s);
    // "Its management has continued talks with X": the body it stands for
    if ((Lower(s, p - 1) == "its" || Lower(s, p - 1) == "their") && OpensSentence(s, p - 1)) return ResolveBody(s);
    // "The German exchange said it had held talks with the LSE"
    if (Lower(s, p - 1) == "it" && p >= 2 && IsSpeechOrThat(Lower(s, p - 2)))
      return FirstBefore(s, p - 1, NodeType::kOrganisation);
  }
  // "Two local councillors who back Mr Flight met Mr Tanguay": a party in
  // a relative clause right before the cue is that clause's object; the
  // subject is named right before "who", or not at all
  const bool right_before = party_end == v || (party_end + 1 == v && Lower(s, party_end) == ",");
  if (const int mi = party >= 0 && right_before ? table_.MentionEndingAt(s, party_end) : -1; mi >= 0) {
    const uint32_t first = table_.mentions[mi].first;
    const auto& toks = sentences_[s].tokens;
    if (first >= 2 && toks[first - 1].kind == TokenKind::kWord && !toks[first - 1].capitalized &&
        (Lower(s, first - 2) == "who" || Lower(s, first - 2) == "which" || Lower(s, first - 2) == "that")) {
      uint32_t head_end = first - 2;
      if (head_end > 0 && Lower(s, head_end - 1) == ",") --head_end;
      uint32_t found_end = 0;
      const int head = PartyBefore(s, head_end, &found_end);
      return found_end == head_end ? head : -1;
    }
  }
  // "Giorgos Mavrikos, chairman of the X Association, led a delegation ...",
  // "Katarina Lindqvist, the senior X official who led the work, ... held
  // talks": a body inside a closed apposition after a person is the
  // person's description; the person is the subject
  if (const int mi = party >= 0 && !IsPerson(party) ? table_.MentionEndingAt(s, party_end) : -1; mi >= 0) {
    bool closed = false;
    for (uint32_t k = party_end; k < v && !closed; ++k) closed = Lower(s, k) == ",";
    const uint32_t first = table_.mentions[mi].first;
    if (closed && first >= 1)
      if (const int person = PersonBeforeComma(s, first - 1, 12); person >= 0) return person;
  }
  return party;
}

int MeetingParties::PersonBeforeComma(int s, uint32_t top, uint32_t span) const {
  for (uint32_t c = top; c >= 1 && c + span > top; --c)
    if (Lower(s, c) == ",") {
      const int named = table_.MentionEndingAt(s, c);
      const int entity = named >= 0 ? table_.mentions[named].entity : -1;
      return entity >= 0 && IsPerson(entity) ? entity : -1;
    }
  return -1;
}

bool MeetingParties::IsWeekday(std::string_view w) {
  static const std::set<std::string_view> kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
  return kDays.count(w) > 0;
}

}  // namespace claimgraph::extract
