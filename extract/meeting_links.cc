// met_with: who the text says met whom ("X met with Y", "talks between X
// and Y", "X held talks with Y"), with the place and day when given.
#include "extract/link_finder.h"

#include <algorithm>

#include "extract/names.h"

namespace claimgraph::extract {

namespace {

class MeetingFinder : public LinkFinder {
 public:
  MeetingFinder(const LinkInput& in, ArticleFacts& facts) : LinkFinder(in, facts) {}

 private:
  void Run(int s) override { FindMeetings(s); }

  // Which tokens of sentence s lie inside a quotation (quotes paired within
  // the sentence; a quotation open at the start runs to its close).
  std::vector<bool> QuotedTokens(int s) const {
    const auto& toks = sentences_[s].tokens;
    std::vector<bool> in(toks.size(), false);
    bool open = false;
    for (size_t t = 0; t < toks.size(); ++t) {
      const bool mark = toks[t].kind == TokenKind::kQuote &&
                        (toks[t].quote == QuoteMark::kStraightDouble || toks[t].quote == QuoteMark::kOpenDouble ||
                         toks[t].quote == QuoteMark::kCloseDouble);
      if (mark) { open = !open; continue; }
      in[t] = open;
    }
    return in;
  }

  // The nearest person or organisation mention before token t in s; `end`
  // receives where it ends (0 when there is none).
  int PartyBefore(int s, uint32_t t, uint32_t* end = nullptr) const {
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
  // The first person or organisation named from token t on, within
  // `limit` tokens; `end` receives where its mention ends.
  int PartyAfter(int s, uint32_t t, uint32_t limit = 8, uint32_t* end = nullptr) const {
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
        while (after < toks.size() && after < start + 3 && toks[after].kind == TokenKind::kWord &&
               !toks[after].capitalized && Lower(s, after) != "and")
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

  // A word naming one party by its relation to an owner: "Trump's envoy X",
  // "Deutsche Boerse's rival Euronext", "LSE's chief executive X".
  bool IsRelationWord(std::string_view w) const {
    static const std::set<std::string_view> kRelations = {
        "rival", "rivals", "partner", "ally", "envoy", "aide", "adviser", "advisor", "deputy", "successor",
        "predecessor", "subsidiary", "parent", "owner", "unit", "arm", "counterpart", "wife", "husband",
        "son", "daughter", "brother", "sister", "lawyer", "agent", "spokesman", "spokeswoman", "boss"};
    return kRelations.count(w) > 0 || !lex_.RoleClass(w).empty();
  }

  // Past the commas and "and"s from token t; sets *saw_and if one was "and".
  uint32_t SkipCommasAndAnd(int s, uint32_t t, bool* saw_and) const {
    for (; t < sentences_[s].tokens.size() && (Lower(s, t) == "," || Lower(s, t) == "and"); ++t)
      *saw_and |= Lower(s, t) == "and";
    return t;
  }

  // Every party of "with X, (description,) Y and Z"; `joined` tells whether
  // an "and" linked them (a list, not "a meeting of X, Y said").
  std::vector<int> PartiesAfter(int s, uint32_t t, uint32_t first_limit = 6, bool* joined = nullptr) const {
    const auto& toks = sentences_[s].tokens;
    std::vector<int> parties;
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
      saw_and |= and_here;
      uint32_t found_end = end;
      p = PartyAfter(s, next, 5, &found_end);
      // "X, industry representatives and Y": an unnamed item skipped before
      // the next party may hold the list's "and"
      if (p >= 0 && !and_here)
        if (const Mention* m = At(s, found_end - 1))
          for (uint32_t k = next; k < m->first && !and_here; ++k) and_here = saw_and = Lower(s, k) == "and";
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

  // Verbs after a name that make it a new clause's subject.
  static bool IsClauseVerb(std::string_view w) {
    static const std::set<std::string_view> kVerbs = {"met", "meets", "held", "holds", "spoke", "said", "says",
                                                      "told"};
    return kVerbs.count(w) > 0;
  }

  // Words between a meeting noun and its owner or verb: "his final talks",
  // "is in final negotiations".
  static bool IsTalksAdjective(std::string_view w) {
    static const std::set<std::string_view> kAdjectives = {
        "first", "final", "last", "latest", "recent", "private", "secret", "informal", "formal", "brief",
        "lengthy", "previous", "earlier", "initial", "advanced", "detailed", "exclusive", "preliminary",
        "further", "fresh", "direct", "face-to-face", "clandestine", "high-level", "phone", "telephone",
        "video"};
    return kAdjectives.count(w) > 0;
  }
  // Where the meeting noun at v starts with the adjectives before it (at
  // most `most`): "his final |talks", "held a |phone call".
  uint32_t PastAdjectivesBefore(int s, uint32_t v, uint32_t most, bool article = false) const {
    uint32_t k = v;
    while (k > 0 && k + most > v && (IsTalksAdjective(Lower(s, k - 1)) || (article && Lower(s, k - 1) == "a"))) --k;
    return k;
  }
  // Whether a meeting noun at v is only sought or arranged: "set up a
  // meeting with", "hoping for talks with", "earn a second round meeting".
  bool PlannedBefore(int s, uint32_t v) const {
    static const std::set<std::string_view> kPlans = {
        "set", "sets", "setting", "arrange", "arranged", "arranging", "earn", "earned", "book", "booked",
        "secure", "secured", "seek", "seeking", "sought", "request", "requested", "want", "wants", "wanted",
        "hope", "hoping", "hoped", "plan", "plans", "planned", "planning", "propose", "proposed", "offered"};
    for (uint32_t k = v; k > 0 && k + 5 > v; --k)
      if (kPlans.count(Lower(s, k - 1))) return true;
    return false;
  }
  // "The meeting between X and Y is due to take place", "Talks with X are
  // scheduled for Friday": a meeting noun as the subject of a plan.
  // Talks that "will continue" were held: no plan ("Talks with X will
  // continue, Y said").
  bool PlannedAfter(int s, uint32_t v) const {
    if (!OpensSentence(s, v) && (v == 0 || (Lower(s, v - 1) != "the" && Lower(s, v - 1) != "a"))) return false;
    if (AddressedBefore(s, v) >= 0) return false;  // an object: "told a meeting of X it would be unwise"
    for (uint32_t k = v + 1; k + 1 < sentences_[s].tokens.size() && k < v + 16; ++k) {
      const std::string_view w = Lower(s, k);
      if (w == "," || w == "who" || w == "which" || w == "that") return false;
      const std::string_view next = Lower(s, k + 1);
      if ((w == "is" || w == "are" || w == "was" || w == "were") &&
          (next == "due" || next == "scheduled" || next == "expected" || next == "planned" ||
           (next == "to" && Lower(s, k + 2) != "continue")))
        return true;
      if ((w == "will" || w == "would") && next != "continue") return true;
    }
    return false;
  }
  // "talks", "dinner", "a chat": nouns for a meeting, read only with a
  // verb that reports it held, an owner or "after"/"during" (not "talk" or
  // "lunch" alone).
  static bool IsMeetingNoun(std::string_view w) {
    return w == "talks" || w == "discussions" || w == "negotiations" || w == "meetings" || w == "talk" ||
           w == "conversation" || w == "conversations" || w == "chat" || w == "dinner" || w == "lunch" ||
           w == "breakfast" || w == "audience" || w == "consultations";
  }
  // The owner of a meeting noun at v: "Blair's talks", "his final talks",
  // or -1.
  int OwnerBefore(int s, uint32_t v) const {
    const uint32_t k = PastAdjectivesBefore(s, v, 2);
    if (k < 2) return -1;
    if (sentences_[s].tokens[k - 1].kind == TokenKind::kPossessive) return PartyBefore(s, k - 1);
    // "his final talks with X", "Within hours of his final talks with X,
    // Sir Edward told"
    return IsPossessivePronoun(Lower(s, k - 1)) ? ResolvePronoun(s, k - 1) : -1;
  }
  // Where the person of "spoke to X", "spoke by phone with X", "talked on
  // the telephone to X", "dined with X", "sat down with X", "shook hands
  // with X", "conferred with X" starts, or 0 when v opens no such verb.
  uint32_t WithVerbObject(int s, uint32_t v) const {
    std::string_view w = Lower(s, v);
    if (w == "spoke" || w == "spoken" || w == "talked" || w == "talking" || w == "chatted") {
      uint32_t k = v + 1;
      if (const uint32_t phone_end = ByPhoneEnd(s, k); phone_end > 0) k = phone_end;
      else if (Lower(s, k) == "by" || Lower(s, k) == "on" || Lower(s, k) == "over") return 0;
      return Lower(s, k) == "to" || Lower(s, k) == "with" ? k + 1 : 0;
    }
    if ((w == "dined" || w == "lunched" || w == "conferred") && Lower(s, v + 1) == "with") return v + 2;
    if (w == "sat" && Lower(s, v + 1) == "down" && Lower(s, v + 2) == "with") return v + 3;
    if (w == "shook" && Lower(s, v + 1) == "hands" && Lower(s, v + 2) == "with") return v + 3;
    return 0;
  }

  // Where "held"/"had" stands before the meeting noun at v, past an
  // article and adjectives ("held talks", "held a phone call", "had
  // lengthy talks"), or -1.
  int HeldBefore(int s, uint32_t v) const {
    uint32_t k = PastAdjectivesBefore(s, v, 3, /*article=*/true);
    // "held four days of talks", "held two rounds of talks"
    static const std::set<std::string_view> kSpans = {"days", "hours", "weeks", "months", "rounds"};
    if (k >= 3 && Lower(s, k - 1) == "of" && kSpans.count(Lower(s, k - 2))) k -= 3;
    return k > 0 && (Lower(s, k - 1) == "held" || Lower(s, k - 1) == "had") ? static_cast<int>(k - 1) : -1;
  }
  // Where "by phone", "on the phone", "by telephone", "over the phone"
  // starting at token t ends, or 0 when none starts there.
  uint32_t ByPhoneEnd(int s, uint32_t t) const {
    const std::string_view w = Lower(s, t);
    if (w != "by" && w != "on" && w != "over") return 0;
    if (Lower(s, t + 1) == "the") ++t;
    return Lower(s, t + 1) == "phone" || Lower(s, t + 1) == "telephone" ? t + 2 : 0;
  }
  // Where the preposition of "after talks with", "following a meeting
  // with", "in a call with", "at a meeting with", "after meeting X" starts
  // for the meeting noun at v, or -1.
  int MeetingPhraseStart(int s, uint32_t v) const {
    static const std::set<std::string_view> kDeterminers = {"a", "an", "the", "his", "her", "their"};
    const std::string_view w = Lower(s, v);
    const bool with = Lower(s, v + 1) == "with";
    if (!(with && (IsMeetingNoun(w) || w == "meeting" || w == "call")) && w != "meeting") return -1;
    uint32_t k = PastAdjectivesBefore(s, v, 3);
    const bool determiner = k > 0 && kDeterminers.count(Lower(s, k - 1)) > 0;
    if (determiner) --k;
    if (k == 0 || (determiner && !with)) return -1;  // "after the meeting, Blair said": no one met
    const std::string_view prep = Lower(s, k - 1);
    const int at = static_cast<int>(k - 1);
    if (prep == "following" || prep == "after" || prep == "during") return at;
    if ((prep == "in" || prep == "at") && with && (determiner || OpensSentence(s, k - 1))) return at;
    // "had seen the change in conversations with Mr Bush" (not "take part in
    // talks with", "interest in talks with"; "is / locked in talks with" is
    // read as talks held, with every party)
    const std::string_view before = k >= 2 ? Lower(s, k - 2) : std::string_view();
    if (prep == "in" && with && w.size() > 4 && w.back() == 's' && k >= 2 && !IsNotYet(before) &&
        !IsTalksState(before) && before != "part" && before != "interest" && before != "interested")
      return at;
    return -1;
  }
  // Where "from" stands in "received his award (in Paris on Wednesday) from
  // X" after the cue at v: an honour's noun in the next three words, "from"
  // within eight; or 0.
  uint32_t AwardFromAfter(int s, uint32_t v) const {
    static const std::set<std::string_view> kHonours = {"award", "decoration", "honour", "honor", "medal",
                                                        "prize", "trophy", "knighthood", "damehood", "cup"};
    uint32_t noun = 0;
    for (uint32_t k = v + 1; k <= v + 3 && noun == 0; ++k)
      if (kHonours.count(Lower(s, k))) noun = k;
    if (noun == 0) return 0;
    for (uint32_t k = noun + 1; k < noun + 8 && k < sentences_[s].tokens.size(); ++k) {
      if (Lower(s, k) == "from") return k;
      if (sentences_[s].tokens[k].kind != TokenKind::kWord) return 0;  // (not past a clause's comma)
    }
    return 0;
  }
  // Where "told", "addressed" or "attended" stands before the meeting noun
  // at v, past an article and adjectives ("told a |meeting", "addressed a
  // special |meeting"), or -1.
  int AddressedBefore(int s, uint32_t v) const {
    const uint32_t start = PastAdjectivesBefore(s, v, 2, /*article=*/true);
    if (start == 0) return -1;
    const std::string_view verb = Lower(s, start - 1);
    return verb == "told" || verb == "addressed" || verb == "attended" ? static_cast<int>(start - 1) : -1;
  }

  // Whether token t opens its sentence (after an opening quote or dash at most).
  bool OpensSentence(int s, uint32_t t) const {
    return t == 0 || (t == 1 && sentences_[s].tokens[0].kind != TokenKind::kWord);
  }

  // A word before "in talks" that reports them under way: "is", "still", "locked".
  static bool IsTalksState(std::string_view w) {
    static const std::set<std::string_view> kState = {"is", "are", "was", "were", "been", "be",
                                                      "still", "locked", "remains", "remain"};
    return kState.count(w) > 0;
  }

  // Whether "talks" at `talks` follows a word that reports talks as held
  // ("held talks", "began talks", "held \"friendly\" talks"), not planned
  // ("is to hold talks", "will begin talks").
  bool TalksHeldBefore(int s, uint32_t talks) const {
    // (talks cut off, broken off or ended were held: "have cut off talks with X")
    static const std::set<std::string_view> kVerbs = {"held", "hold", "holds", "holding", "had", "began",
                                                      "begun", "begin", "opened", "open", "started", "resumed",
                                                      "continued", "continuing", "phone", "telephone", "cut",
                                                      "broke", "broken", "ended", "suspended", "concluded"};
    // "is in (final) talks with", "has been locked in talks with" (not
    // "take part in talks")
    const uint32_t noun = PastAdjectivesBefore(s, talks, 2);
    if (noun >= 2 && Lower(s, noun - 1) == "in") return IsTalksState(Lower(s, noun - 2));
    // (up to five words between, besides quotes and commas: held
    // "constructive, professional and friendly" talks)
    for (uint32_t k = talks, words = 0; k > 0 && words < 6 && k + 10 > talks; --k) {
      if (kVerbs.count(Lower(s, k - 1))) return k < 2 || !IsNotYet(Lower(s, k - 2));
      if (sentences_[s].tokens[k - 1].kind == TokenKind::kWord) ++words;
    }
    return false;
  }

  // A word that puts the verb after it in the future or the conditional.
  static bool IsNotYet(std::string_view w) {
    static const std::set<std::string_view> kNotYet = {"to", "could", "would", "will", "may", "might",
                                                       "should", "must", "can", "cannot", "shall"};
    return kNotYet.count(w) > 0;
  }
  // Whether the cue at v reports something that took place: not "could
  // meet", "is to meet", "hosted by" (passive), "its hosts" (a noun).
  bool Happened(int s, uint32_t v) const {
    static const std::set<std::string_view> kDeterminers = {"its", "the", "their", "his", "her", "our",
                                                            "a", "an", "whose"};
    std::string_view w = Lower(s, v), before = Lower(s, v - 1);
    const bool met = w == "met" || w == "meet" || w == "meets" || w == "hosted" || w == "hosts";
    // "she will now meet Venus Williams", "he now meets X": the next fixture
    if (met && (before == "now" || before == "next")) return false;
    if (met && IsNotYet(before)) return false;
    if ((w == "hosted" || w == "met") && Lower(s, v + 1) == "by") return false;
    if (w == "hosts" && kDeterminers.count(before)) return false;
    return true;
  }

  // Whether the cue at v is negated: "I haven't spoken to Rafa Benitez",
  // "had never met or spoken to the star", "did not meet".
  bool NegatedBefore(int s, uint32_t v) const {
    for (uint32_t k = v; k > 0 && k + 5 > v; --k) {
      const std::string_view w = Lower(s, k - 1);
      if (w == "," || w == ";" || w == "but" || w == "who" || w == "which") break;
      const bool nt = (w.size() >= 3 && w.compare(w.size() - 3, 3, "n't") == 0) ||
                      (w.size() >= 5 && w.compare(w.size() - 5, 5, "n’t") == 0);
      if (w == "not" || w == "never" || nt) return true;
    }
    return false;
  }
  // Whether the meeting at v is only claimed or reported: "claimed Redknapp
  // had been in talks with Southampton", "allegedly met", "is reported to
  // have held talks". A claimed meeting is the claim's, not a fact.
  bool HedgedBefore(int s, uint32_t v) const {
    static const std::set<std::string_view> kHedges = {
        "claimed", "claims", "claim", "claiming", "alleged", "allegedly", "alleging", "reportedly",
        "reported", "rumoured", "rumored", "supposedly", "purportedly", "accused", "denied", "denies",
        "speculation", "rumours", "rumors", "suggestions", "believed"};
    // (within the clause: not "Blair, who has been criticised over claims
    // about the war, met Bush")
    for (uint32_t k = v; k > 0 && k + 12 > v; --k) {
      const std::string_view w = Lower(s, k - 1);
      if (w == ";" || w == ":" || w == "," || w == "who" || w == "which") break;
      if (kHedges.count(w)) return true;
    }
    return false;
  }

  // The object of "met": named right after it (a title or "with" may come
  // first), not beyond a comma or a preposition ("met in Devon, beat X",
  // "met a cool reception from X", "met the same fate as X"), and not an
  // owner ("met Gary Neville's cross": a ball, not a meeting).
  std::vector<int> MetObjects(int s, uint32_t after) const {
    const auto& toks = sentences_[s].tokens;
    if (Lower(s, after) == "with" || Lower(s, after) == "up") ++after;
    uint32_t k = after;
    while (k < toks.size() && k < after + 6 && !At(s, k)) {
      std::string_view w = Lower(s, k);
      if (toks[k].kind != TokenKind::kWord || w == "in" || w == "at" || w == "on" || w == "during" ||
          w == "for" || w == "to" || w == "after" || w == "before" || w == "when" || w == "from" || w == "as" ||
          w == "by" || w == "of" || w == "over" || w == "about" || w == "amid")
        return {};  // ("Leaders meet over Turkish EU bid": what they met about)
      ++k;
    }
    // (an owner's relation is the object: "met Donald Trump's envoy Steve Witkoff")
    if (const Mention* object = At(s, k); object && object->last < toks.size() &&
                                          toks[object->last].kind == TokenKind::kPossessive &&
                                          PartyAfter(s, k, 0) == object->entity)
      return {};
    return PartiesAfter(s, after);
  }
  // "could be met", "had been met": "met" in the passive (a need or a
  // cross that was met), not a meeting.
  bool PassiveBefore(int s, uint32_t v) const {
    if (v == 0) return false;
    const std::string_view w = Lower(s, v - 1);
    return w == "be" || w == "been" || w == "being" || w == "was" || w == "were" || w == "is" || w == "are";
  }

  void FindMeetings(int s) {
    const auto& toks = sentences_[s].tokens;
    const std::vector<bool> quoted = QuotedTokens(s);
    // In a speaker's own words only "I" is resolved: to the speaker of the
    // quotation ("I spoke to Steven", said Benitez)
    const int quotation_speaker =
        std::find(quoted.begin(), quoted.end(), true) != quoted.end() ? QuotationSpeaker(s) : -1;
    for (uint32_t v = 0; v < toks.size(); ++v) {
      if (quoted[v] && quotation_speaker < 0) continue;
      static const std::set<std::string_view> kCues = {
          "met",      "meets",     "meet",      "meeting",  "hosted",    "hosts",       "talks",
          "call",     "summit",    "spoke",     "discussed", "discusses", "discussions", "negotiations",
          "talked",   "talking",   "chatted",   "rang",  "spoken",      "phoned",   "telephoned", "visited",
          "meetings", "talk",      "conversation", "conversations", "chat", "dinner", "lunch", "breakfast",
          "audience", "consultations", "received", "dined", "lunched", "sat", "shook", "conferred", "welcomed",
          "introduced", "negotiated", "negotiating"};
      std::string_view w = Lower(s, v);
      if (!kCues.count(w)) continue;
      // "Meet the Fockers": a capitalised cue inside a sentence is a title
      if (v > 0 && toks[v].capitalized && !sentences_[s].title_case) continue;
      if (v > 0 && (!Happened(s, v) || HedgedBefore(s, v) || NegatedBefore(s, v))) continue;
      if ((w == "meeting" || IsMeetingNoun(w)) && (PlannedBefore(s, v) || PlannedAfter(s, v))) continue;
      int a = -1;
      std::vector<int> others;
      // unnamed groups as sides ("met shareholders", "Five unions met X"),
      // taken only when the other side is named
      GroupPhrase subject_group, object_group;
      if ((IsMeetingNoun(w) || w == "call" || w == "meeting" || w == "summit") &&
          (Lower(s, v + 1) == "between" || (w == "meeting" && Lower(s, v + 1) == "of"))) {
        // "a meeting between X, Y and Z", "talks between X and Y"
        std::vector<int> parties = Between(s, v + 2);
        if (const int addressed = AddressedBefore(s, v); parties.empty() && w == "meeting" && addressed >= 0) {
          // "Sir Ian told a meeting of the Metropolitan Police Authority":
          // who addresses a body's meeting meets that body
          const int speaker = PronounOrPartyBefore(s, static_cast<uint32_t>(addressed));
          const int body = PartyAfter(s, v + 2, 2);
          if (speaker >= 0 && body >= 0 && IsPerson(speaker) && !IsPerson(body)) parties = {speaker, body};
        }
        LinkAll(w == "meeting" ? WithoutFixture(std::move(parties)) : parties, s, v);
        continue;
      }
      const bool talks_noun = IsMeetingNoun(w);
      const uint32_t with_object = WithVerbObject(s, v);
      const int owner =
          (talks_noun || w == "meeting" || w == "call") && Lower(s, v + 1) == "with" ? OwnerBefore(s, v) : -1;
      if (w == "met" || w == "meets" || w == "meet" || w == "hosted" || w == "hosts") {
        if (w == "met" && PassiveBefore(s, v)) continue;
        others = MetObjects(s, v + 1);
        if (w != "hosted" && w != "hosts") object_group = GroupAt(s, Lower(s, v + 1) == "with" ? v + 2 : v + 1);
        if (ReplacesParty(object_group)) others.clear();
        subject_group = GroupBefore(s, v);
        if (others.empty() && object_group.end == 0 && subject_group.end == 0 && w != "hosted" && w != "hosts" &&
            NoObjectAfter(s, v + 1)) {
          // "Blair and Bush met in Washington", "X, Y and Z, who met at school"
          LinkAll(WithoutFixture(SubjectList(s, v)), s, v);
          continue;
        }
        a = PronounOrPartyBefore(s, v);
      } else if (const int held = HeldBefore(s, v); (talks_noun || w == "call") && held >= 0 &&
                                                     Lower(s, v + 1) != "with") {
        // "Blair and Chirac held talks on Monday", "X and Y held a phone call"
        // (bodies that hold talks meet; bodies that "met" played a fixture)
        LinkAll(SubjectList(s, held), s, v);
        continue;
      } else if ((w == "spoke" || w == "talked") && with_object == 0 && ByPhoneEnd(s, v + 1) > 0) {
        // "Zelensky and Macron spoke by phone on Sunday"
        LinkAll(WithoutFixture(SubjectList(s, v)), s, v);
        continue;
      } else if ((w == "chatted" || w == "talked" || w == "dined" || w == "lunched") && with_object == 0 &&
                 NoObjectAfter(s, v + 1)) {
        // "But the pair chatted amicably", "Blair and Brown dined at Granita"
        LinkAll(WithoutFixture(SubjectList(s, v)), s, v);
        continue;
      } else if (const uint32_t from = w == "received" ? AwardFromAfter(s, v) : 0; from > 0) {
        // "Sir Alan received his decoration in Paris from French Culture
        // Minister X": an honour handed over in person
        const int giver = PartyAfter(s, from + 1, 2);
        if (giver >= 0 && IsPerson(giver)) others.push_back(giver);
        a = PronounOrPartyBefore(s, v);
      } else if (w == "rang" || w == "phoned" || w == "telephoned" || w == "visited" || w == "received" ||
                 w == "welcomed" || with_object > 0) {
        // "he rang Lucy", "visited Mr Blair", "I spoke to Matt Williams",
        // "received the Dalai Lama", "welcomed X to Beijing", "dined with
        // X", "sat down with X": a
        // person right after (a body spoken to is an interview or a
        // complaint; a place visited is a trip)
        uint32_t from = with_object > 0 ? with_object : v + 1;
        // "spoke with the Bulgarian manager, Hristo Stoichkov": past the description
        if (const int d = table_.MentionAt(s, from); d >= 0 && table_.mentions[d].description &&
                                                    Lower(s, table_.mentions[d].last) == ",")
          from = table_.mentions[d].last + 1;
        uint32_t end = from;
        int b = PartyAfter(s, from, 1, &end);
        // "spoke with Bath prop David Barnes": past a club or town and a
        // lower-case role word to the person
        if (const Mention* club = At(s, from); (b < 0 || !IsPerson(b)) && club && club->first == from &&
                                               club->last + 1 < toks.size() &&
                                               toks[club->last].kind == TokenKind::kWord &&
                                               !toks[club->last].capitalized && !IsFunctionWord(Lower(s, club->last)))
          if (const int person = PartyAfter(s, club->last + 1, 0, &end); person >= 0 && IsPerson(person)) b = person;
        // not "received Danny Murphy's free-kick", "received the Cecil B DeMille award"
        const bool owner_or_modifier =
            end < toks.size() && (toks[end].kind == TokenKind::kPossessive ||
                                  ((w == "received" || w == "welcomed") && toks[end].kind == TokenKind::kWord &&
                                   !toks[end].capitalized && !NoObjectAfter(s, end)));
        if (b >= 0 && IsPerson(b) && !owner_or_modifier) others.push_back(b);
        a = PronounOrPartyBefore(s, v);
        subject_group = GroupBefore(s, v);  // "a delegation of north Wales councils visited Ms Essex"
      } else if (const int phrase = MeetingPhraseStart(s, v); phrase >= 0) {
        // "Following talks with Mr Blair, Mr Abbas said", "After meeting Mr
        // Blair, he said", "In a meeting with X on Monday, Y said": an
        // opening phrase's meeting is its clause's subject's; inside a
        // sentence, the subject before it ("Y said in a call with X")
        const uint32_t object = Lower(s, v + 1) == "with" ? v + 2 : v + 1;
        uint32_t end = object;
        int b = PartyAfter(s, object, 3, &end);
        if (b >= 0) others.push_back(b);
        a = OpensSentence(s, phrase) ? PartyAfter(s, end, 6) : PronounOrPartyBefore(s, phrase);
      } else if (w == "meeting" && Lower(s, v + 1) == "with") {
        others = PartiesAfter(s, v + 2);
        object_group = GroupAt(s, v + 2);
        if (ReplacesParty(object_group)) others.clear();
        a = PronounOrPartyBefore(s, v);
      } else if (owner >= 0) {
        // "Blair's talks with Bush", "Bush's meeting with Putin", "his final talks with X"
        others = PartiesAfter(s, v + 2);
        object_group = GroupAt(s, v + 2);
        if (ReplacesParty(object_group)) others.clear();
        a = owner;
      } else if ((talks_noun || w == "call") && Lower(s, v + 1) == "with" && TalksHeldBefore(s, v)) {
        // "X held talks with Y", "X also began talks with Y"
        others = PartiesAfter(s, v + 2);
        object_group = GroupAt(s, v + 2);
        if (ReplacesParty(object_group)) others.clear();
        if (const int held = HeldBefore(s, v); held >= 0) subject_group = GroupBefore(s, static_cast<uint32_t>(held));
        a = PronounOrPartyBefore(s, v);
      } else if (w == "call" && v >= 2 && (Lower(s, v - 2) == "received" || Lower(s, v - 3) == "received")) {
        // "she received a phone call (on 13 February) from X"
        for (uint32_t k = v + 1; k < toks.size() && k < v + 7; ++k)
          if (Lower(s, k) == "from") {
            others = PartiesAfter(s, k + 1);
            break;
          }
        a = PronounOrPartyBefore(s, Lower(s, v - 2) == "received" ? v - 2 : v - 3);
      } else if (IsMeetingNoun(w) && Lower(s, v + 1) == "with" && OpensSentence(s, v)) {
        // "Talks with Euronext and with Deutsche Boerse will continue, the
        // LSE said": the speaker holds the talks the sentence opens with
        // (each party after its "with", past a description: "and with rival
        // bidder Deutsche Boerse")
        for (uint32_t k = v + 2; k < toks.size() && k < v + 12; ++k)
          if (k == v + 2 || Lower(s, k - 1) == "with")
            if (const int p = PartyAfter(s, k, 3); p >= 0 && std::find(others.begin(), others.end(), p) == others.end())
              others.push_back(p);
        a = StatementSpeaker(s);
      } else if (w == "introduced") {
        // "his former wife introduced him to actor Nicolas Cage": the one
        // introduced met the person
        uint32_t end = v + 1;
        const int introducer = PronounOrPartyBefore(s, v);
        int introduced = PartyAfter(s, v + 1, 0, &end);
        if (IsObjectPronoun(Lower(s, v + 1))) {
          // "him" is not the one who introduces: the person named before
          // the introducer, in this sentence or the one before
          introduced = ResolvePronoun(s, v + 1);
          if (introduced == introducer && s > 0)
            introduced = FirstBefore(s - 1, sentences_[s - 1].tokens.size(), NodeType::kPerson);
          if (introduced == introducer) introduced = -1;
          end = v + 2;
        }
        if (introduced >= 0 && IsPerson(introduced) && Lower(s, end) == "to") {
          uint32_t person_end = end + 1;
          const int met = PartyAfter(s, end + 1, 2, &person_end);
          if (met >= 0 && IsPerson(met)) others.push_back(met);
        }
        a = introduced;
      } else if (w == "negotiated" || w == "negotiating") {
        // "firms have been negotiating with unions", "having negotiated
        // savings of 500m euros with German workers": talks held
        for (uint32_t k = v + 1; k < toks.size() && k < v + 10 && toks[k].kind == TokenKind::kWord; ++k)
          if (Lower(s, k) == "with") {
            others = PartiesAfter(s, k + 1, 4);
            object_group = GroupAt(s, k + 1);
            if (ReplacesParty(object_group)) others.clear();
            break;
          }
        a = PronounOrPartyBefore(s, v);
      } else if (w == "discussed" || w == "discusses") {
        // "Kirchner discussed this problem and other issues with Chirac"
        for (uint32_t k = v + 1; k < toks.size() && k < v + 10 && toks[k].kind == TokenKind::kWord; ++k)
          if (Lower(s, k) == "with") {
            others = PartiesAfter(s, k + 1, 4);
            break;
          }
        a = PronounOrPartyBefore(s, v);
      }
      if (quoted[v] && a != quotation_speaker) continue;
      // "The two leaders later spoke with Macron": each of the pair; "Both
      // Deutsche Boerse and rival Euronext held talks with X": each subject
      std::vector<int> subjects = a >= 0 ? CoordinatedSubjects(s, v, a) : PairSubjectBefore(s, v);
      if (subject_group.end > 0 && !others.empty() && !quoted[v])
        subjects = {AddGroup(subject_group)};
      else if (object_group.end > 0 && others.empty() && !subjects.empty() && !SpeakerBeforeCue(s, v) &&
               std::none_of(subjects.begin(), subjects.end(), [&](int p) { return groups_.count(p) > 0; }))
        others = {AddGroup(object_group)};
      for (int subject : subjects) {
        std::vector<int> met = others;
        // a "meeting with" between two bodies is a fixture, as above
        // (and in a sports report a body that meets a body plays it: "Bolton meet Ipswich")
        const bool fixture_cue = w == "meeting" || w == "met" || w == "meet" || w == "meets";
        if (fixture_cue && table_.sports_article && !IsPerson(subject))
          met.erase(std::remove_if(met.begin(), met.end(), [&](int p) { return !IsPerson(p); }), met.end());
        for (int other : met) Meet(subject, other, s, v);
      }
    }
  }

  // Plural nouns for people or bodies that meet as a group: "unions",
  // "shareholders", "local councillors" (not "fans" or "reporters": a
  // star who meets them is seldom reported as holding a meeting).
  static bool IsGroupHead(std::string_view w) {
    static const std::set<std::string_view> kHeads = {
        "shareholders", "investors",   "unions",       "councillors", "teachers",    "parents",     "residents",
        "workers",      "employees",   "members",      "delegates",   "representatives", "officials", "executives",
        "leaders",      "ministers",   "mps",          "campaigners", "protesters",  "families",    "relatives",
        "students",     "farmers",     "doctors",      "nurses",      "bosses",      "chiefs",      "directors",
        "lawyers",      "officers",    "diplomats",    "negotiators", "activists",   "victims",     "creditors",
        "counterparts", "authorities", "councils",
        "bankers",      "regulators",  "lenders",      "businessmen", "governors",   "peers",       "bishops"};
    return kHeads.count(w) > 0;
  }

  // An unnamed group's phrase: "shareholders", "Five public sector unions".
  struct GroupPhrase {
    std::string name;  // as written, past "the"
    uint32_t end = 0;  // the token after the phrase; 0 when there is none
    int entity = -1;   // the entity already named so, if any
    bool named_inside = false;     // a modifier is a name ("EU counterparts")
    bool representatives = false;  // its noun is one for a body's people ("officials")
  };
  // The unnamed group whose phrase starts at token t: at most four
  // modifiers (numbers, lower-case words, demonyms and names: "Five public
  // sector unions", "union leaders", "German workers", "Welsh Liberal
  // Democrat council leaders", "EU counterparts"), then a lower-case group
  // noun, and "and" another ("Parents and teachers"); or "a delegation
  // of/from ..." or "a (large) number of ..." ending in a plural. "a"/"his"
  // before it is left out of the name; a phrase after "the" only names a
  // group met before ("the five unions").
  GroupPhrase GroupAt(int s, uint32_t t) const {
    const auto& toks = sentences_[s].tokens;
    const std::string_view det = Lower(s, t);
    const bool definite = det == "the";
    const bool skip = definite || det == "a" || det == "an" || det == "his" || det == "her" || det == "their" ||
                      det == "its";
    const uint32_t from = skip ? t + 1 : t;
    auto modifier = [&](uint32_t x) {
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
      uint32_t e = of + 2;
      while (e < toks.size() && e < of + 6 && modifier(e) && !IsGroupHead(Lower(s, e)) &&
             !(Lower(s, e).size() > 3 && Lower(s, e).back() == 's' && !toks[e].capitalized))
        ++e;
      const std::string_view last = Lower(s, e);
      if (e >= toks.size() || toks[e].capitalized || last.size() <= 3 || last.back() != 's') return {};
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
    // a bare "leaders" or "parents" is too vague to be a side; a firm's
    // stakeholders are not ("met shareholders")
    static const std::set<std::string_view> kStakeholders = {"shareholders", "investors", "creditors", "lenders",
                                                            "regulators",   "unions",    "counterparts"};
    if (!definite && stop == k + 1 && k == from && !kStakeholders.count(head)) return {};
    // "shareholders' meeting", "union leaders' demands": an owner, not a side
    if (stop < toks.size() && toks[stop].kind == TokenKind::kPossessive) return {};
    GroupPhrase g;
    g.name = std::string(text_.substr(toks[from].begin, toks[stop - 1].end - toks[from].begin));
    g.end = stop;
    g.named_inside = false;
    for (uint32_t x = from; x < k && !g.named_inside; ++x) g.named_inside = At(s, x) != nullptr;
    g.representatives = IsRepresentativeHead(head);
    for (size_t e = 0; e < table_.entities.size() && g.entity < 0; ++e)
      if (table_.entities[e].name == g.name ||
          (definite && groups_.count(static_cast<int>(e)) && LastWord(table_.entities[e].name) == head))
        g.entity = static_cast<int>(e);
    if (g.entity < 0 && definite) return {};
    return g;
  }
  // Whether the party named last before the cue at v is a speaker whose
  // clause the cue is in: "Nihon Keizai Shimbun claimed that the firms ...
  // have held discussions with Japanese regulators" (the firms held them).
  bool SpeakerBeforeCue(int s, uint32_t v) const {
    uint32_t end = 0;
    if (PartyBefore(s, v, &end) < 0) return false;
    for (uint32_t k = end; k < v; ++k)
      if (Lower(s, k) == "that" || (!IsCapitalized(s, k) && lex_.FindSpeechVerb(sentences_[s].tokens[k].text)))
        return true;
    return false;
  }
  // Group nouns for the people who act for a body: "Sky executives" met are
  // Sky, "UK government officials" the UK government ("EU counterparts" and
  // "Labour MPs" are groups of their own).
  static bool IsRepresentativeHead(std::string_view w) {
    return w == "executives" || w == "officials" || w == "representatives" || w == "bosses" || w == "chiefs" ||
           w == "directors";
  }
  // Whether group g, read where a party was found, stands instead of it: a
  // group whose modifiers hold that party's name ("his EU counterparts",
  // "Welsh Liberal Democrat council leaders"), unless the group acts for it
  // ("Sky executives").
  static bool ReplacesParty(const GroupPhrase& g) { return g.end > 0 && g.named_inside && !g.representatives; }
  // The unnamed group whose phrase ends right before the cue at v, past
  // auxiliaries and "who", opening its clause ("Five public sector unions
  // met X", "Parents and teachers who met Mr Blair"), or none.
  GroupPhrase GroupBefore(int s, uint32_t v) const {
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
          bool clause_ends = false;  // (not past a comma: another clause)
          for (uint32_t k = g.end; k < v; ++k) clause_ends |= Lower(s, k) == ",";
          if (!clause_ends) return g;
        }
    return {};
  }
  // The entity of group phrase g, added when it is new.
  int AddGroup(const GroupPhrase& g) {
    if (g.entity >= 0) return g.entity;
    const std::string_view head = LastWord(g.name);
    const bool bodies = head == "unions" || head == "Unions";
    table_.entities.push_back(ArticleEntity{bodies ? NodeType::kOrganisation : NodeType::kPerson, g.name, {}});
    const int e = static_cast<int>(table_.entities.size()) - 1;
    groups_.insert(e);
    return e;
  }

  // Adds the meeting of a and b stated by the cue at v of sentence s, with
  // the place and day the sentence gives, and remembers it as the latest.
  void Meet(int a, int b, int s, uint32_t v) {
    if (a < 0 || b < 0 || a == b) return;
    if (groups_.count(a) && groups_.count(b)) return;  // two unnamed groups: too vague to record
    AddLink(Relation::kMetWith, a, b, s, PlaceAfter(s, v), DayAfter(s, v));
    latest_meeting_ = {a, b, s};
  }
  // The pair a subject like "The two leaders" or "The pair" before the cue
  // at v stands for: the parties of the meeting stated in this sentence or
  // the two before, else the two persons or bodies named last. Empty when no
  // pair phrase is the subject.
  std::vector<int> PairSubjectBefore(int s, uint32_t v) const {
    uint32_t t = v;
    while (t > 0 && IsBetweenSubjectAndCue(Lower(s, t - 1))) --t;
    std::vector<int> pair = PairNamedBefore(s, t);
    // "the Irish duo have cut off talks with X": past the verb of the talks
    for (uint32_t back = 1; pair.empty() && back <= 4 && t > back && !IsCapitalized(s, t - back) &&
                            sentences_[s].tokens[t - back].kind == TokenKind::kWord;
         ++back)
      pair = PairNamedBefore(s, t - back);
    if (!pair.empty() && latest_meeting_.sentence >= 0 && s - latest_meeting_.sentence <= 2 &&
        table_.entities[latest_meeting_.a].type == table_.entities[pair[0]].type)
      return {latest_meeting_.a, latest_meeting_.b};
    return pair;
  }

  // The subjects joined with `subject`, the party named last before the cue
  // at v, when a list opens its clause: "Both X and rival Y held talks with
  // Z", "X, Y and Z have met W" (not "Blair met Bush and Chirac met Putin":
  // the list must open the sentence, follow a comma, "both" or a
  // conjunction). {subject} otherwise.
  std::vector<int> CoordinatedSubjects(int s, uint32_t v, int subject) const {
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

  // Auxiliaries and adverbs between a subject and its meeting cue: "Blair
  // and Bush have met", "The two leaders later spoke".
  static bool IsBetweenSubjectAndCue(std::string_view w) {
    static const std::set<std::string_view> kWords = {
        "have",       "has",     "had",      "also",     "first",    "finally", "later",   "then",  "who",
        "last",       "previously", "already", "recently", "secretly", "both",  "again",   "briefly",
        "separately"};
    return kWords.count(w) > 0;
  }

  // The subjects of a reciprocal cue at v: "Blair and Bush met", "X, Y and
  // Z, who met", "Blair and Chirac have held talks". Two or more parties
  // joined by "and", ending right before the cue (auxiliaries, "who" and a
  // comma may come between), or none.
  std::vector<int> SubjectList(int s, uint32_t v) const {
    uint32_t t = v;
    while (t > 0 && (IsBetweenSubjectAndCue(Lower(s, t - 1)) || Lower(s, t - 1) == ",")) --t;
    std::vector<int> parties;
    bool joined = false;
    while (t > 0) {
      const int mi = table_.MentionEndingAt(s, t);
      if (mi < 0) break;
      const Mention& m = table_.mentions[mi];
      if (m.entity < 0 || m.type == NodeType::kPlace) break;
      parties.push_back(m.entity);
      t = m.first;
      if (t == 0 || (Lower(s, t - 1) != "and" && Lower(s, t - 1) != ",")) break;
      joined |= Lower(s, t - 1) == "and";
      --t;
      if (t > 0 && Lower(s, t - 1) == "," && Lower(s, t) == "and") --t;  // "X, Y, and Z"
    }
    std::reverse(parties.begin(), parties.end());
    if (parties.size() >= 2 && joined) return parties;
    return PairSubjectBefore(s, t);
  }
  // "The two leaders met", "the pair chatted", "The two companies held
  // talks": the two persons (or bodies) named last before token t, in this
  // sentence or the two before, when a pair phrase ends right at t.
  std::vector<int> PairNamedBefore(int s, uint32_t t) const {
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
    return pair.size() == 2 ? pair : std::vector<int>();
  }
  // Whether a verb ending at token t has no object: the clause ends or an
  // adverbial follows ("met in 1994", "have met publicly", "met to discuss"),
  // not "met supporters' representatives".
  bool NoObjectAfter(int s, uint32_t t) const {
    static const std::set<std::string_view> kAdverbial = {
        "in", "at", "on", "for", "during", "as", "after", "before", "when", "while", "last", "this",
        "yesterday", "today", "twice", "once", "again", "up", "to", "several", "regularly", "often",
        "first", "earlier", "later", "and", "but", "over", "behind", "face-to-face", "privately", "publicly",
        "secretly", "briefly", "recently", "informally", "amicably", "about"};
    const auto& toks = sentences_[s].tokens;
    return t >= toks.size() || toks[t].kind != TokenKind::kWord || kAdverbial.count(Lower(s, t)) > 0;
  }
  // In a sports report, no parties when none is a person: two bodies that
  // "met" or held a "meeting" played a fixture.
  std::vector<int> WithoutFixture(std::vector<int> parties) const {
    if (table_.sports_article && std::none_of(parties.begin(), parties.end(), [&](int p) { return IsPerson(p); }))
      parties.clear();
    return parties;
  }

  // The parties of "between X and Y", "between X, Y and Z" or "between the
  // two exchanges" (the pair named last before it).
  std::vector<int> Between(int s, uint32_t t) const {
    if (Lower(s, t) == "the" && Lower(s, t + 1) == "two") return PairNamedBefore(s, t + 3);
    if (Lower(s, t) == "the" && (Lower(s, t + 1) == "pair" || Lower(s, t + 1) == "duo"))
      return PairNamedBefore(s, t + 2);
    bool joined = false;
    std::vector<int> parties = PartiesAfter(s, t, 2, &joined);
    return parties.size() >= 2 && joined ? parties : std::vector<int>();
  }

  // Links every two of `parties`.
  void LinkAll(const std::vector<int>& parties, int s, uint32_t v) {
    for (size_t i = 0; i < parties.size(); ++i)
      for (size_t j = i + 1; j < parties.size(); ++j)
        Meet(parties[i], parties[j], s, v);
  }

  // The speaker of a direct statement made in sentence s, or -1.
  int QuotationSpeaker(int s) const { return StatementSpeaker(s, /*direct_only=*/true); }
  // The speaker of a statement (direct or reported) made in sentence s, or -1.
  int StatementSpeaker(int s, bool direct_only = false) const {
    const int64_t begin = offsets_.ToCodePoint(sentences_[s].begin);
    for (const Statement& st : facts_.statements)
      if ((st.direct || !direct_only) && st.speaker >= 0 && st.evidence.start == begin) return st.speaker;
    return -1;
  }

  // The person "he"/"she"/"his"/"her" at token p of s stands for: the
  // sentence's first person before it; inside an opening phrase, the
  // subject after the phrase ("During a visit to Kyiv, where he met X,
  // Boris Johnson said"); else the previous sentence's first person.
  int ResolvePronoun(int s, uint32_t p) const {
    const int here = FirstBefore(s, p, NodeType::kPerson);
    if (here >= 0) return here;
    if (const int subject = OpeningPhraseSubject(s, p); subject >= 0) return subject;
    return s == 0 ? -1 : FirstBefore(s - 1, sentences_[s - 1].tokens.size(), NodeType::kPerson);
  }
  // The body "its" or "their" opening sentence s stands for: the first
  // organisation named in the sentence before, or -1.
  int ResolveBody(int s) const {
    return s == 0 ? -1 : FirstBefore(s - 1, sentences_[s - 1].tokens.size(), NodeType::kOrganisation);
  }
  // When sentence s opens with an adverbial phrase ("During ...", "After
  // ...", "Within hours of ...") that holds token p: the person named
  // right after a comma past p who goes on to a verb (not a list item), or -1.
  int OpeningPhraseSubject(int s, uint32_t p) const {
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
  // "said it", "that it": "it" is then the subject of the clause before.
  static bool IsSpeechOrThat(std::string_view w) {
    return w == "said" || w == "says" || w == "that" || w == "confirmed" || w == "announced" || w == "added";
  }
  static bool IsPersonalPronoun(std::string_view w) { return w == "he" || w == "she"; }
  static bool IsContractedAuxiliary(std::string_view w) { return w == "'ve" || w == "’ve" || w == "'d" || w == "’d"; }
  // "I", and "I've", "I'd", "I’ve" kept whole by the tokenizer.
  static bool IsFirstPerson(std::string_view w) {
    return w == "i" || ((w.size() == 4 || w.size() == 3) && w.substr(0, 2) == "i'") ||
           ((w.size() == 6 || w.size() == 5) && w.substr(0, 4) == "i\xE2\x80\x99");
  }
  static bool IsPossessivePronoun(std::string_view w) { return w == "his" || w == "her"; }
  static bool IsObjectPronoun(std::string_view w) { return w == "him" || w == "her"; }

  // The subject of a cue at v: a pronoun or party right before it (past
  // auxiliaries and adverbs), else the nearest pronoun or party before it,
  // whichever is closer ("Mourinho claimed he was in Milan talking to
  // Adriano on the day he held a meeting with Cole": "he", not Adriano).
  int PronounOrPartyBefore(int s, uint32_t v) const {
    // "he has met", "she also held talks", "I've spoken": skip auxiliaries
    // and adverbs (not "who": a relative clause is read below)
    while (v > 0 && ((IsBetweenSubjectAndCue(Lower(s, v - 1)) && Lower(s, v - 1) != "who") ||
                     IsContractedAuxiliary(Lower(s, v - 1)) || Lower(s, v - 1) == "just"))
      --v;
    if (v > 0 && IsFirstPerson(Lower(s, v - 1))) return QuotationSpeaker(s);
    // "Tony Blair, Labour leader, met X": the person before an apposition
    if (v >= 3 && Lower(s, v - 1) == ",")
      for (uint32_t c = v - 2; c > 0 && c + 8 > v; --c)
        if (Lower(s, c) == ",") {
          const int named = table_.MentionEndingAt(s, c);
          if (named >= 0 && table_.mentions[named].entity >= 0 && IsPerson(table_.mentions[named].entity))
            return table_.mentions[named].entity;
          break;
        }
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
      if (Lower(s, p - 1) == "it" && p >= 2 && IsSpeechOrThat(Lower(s, p - 2))) return FirstBefore(s, p - 1, NodeType::kOrganisation);
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
    return party;
  }

  // The place of the meeting at v: the first place named "in" or "at"
  // ("in Moscow", "at the Vatican", "in the Oval Office"), or "to" after
  // "welcomed" ("welcomed X to Beijing"), soon after it.
  std::string PlaceAfter(int s, uint32_t v) const {
    const auto& toks = sentences_[s].tokens;
    const bool welcome = Lower(s, v) == "welcomed";
    for (uint32_t t = v; t + 1 < toks.size() && t < v + 14; ++t) {
      if (Lower(s, t) != "in" && Lower(s, t) != "at" && !(welcome && Lower(s, t) == "to")) continue;
      const Mention* m = PlaceStartingAt(s, Lower(s, t + 1) == "the" ? t + 2 : t + 1);
      if (m) return table_.entities[m->entity].name;
    }
    return "";
  }

  // The day of the meeting at v, as the text gives it soon after: a
  // weekday ("on Thursday") or a date ("on March 14", "on 14 March 2025",
  // "on May 13, 2023").
  std::string DayAfter(int s, uint32_t v) const {
    const auto& toks = sentences_[s].tokens;
    for (uint32_t t = v; t < toks.size() && t < v + 16; ++t) {
      if (IsWeekday(Lower(s, t))) return std::string(toks[t].text);
      if (Lower(s, t) != "on") continue;
      uint32_t first = t + 1, last = 0;  // the date's tokens [first, last]
      if (IsMonth(Lower(s, first)) && IsDayNumber(s, first + 1)) last = first + 1;       // "March 14"
      else if (IsDayNumber(s, first) && IsMonth(Lower(s, first + 1))) last = first + 1;  // "14 March"
      if (last == 0) continue;
      if (IsYear(s, last + 1)) last += 1;                                                  // "14 March 2025"
      else if (Lower(s, last + 1) == "," && IsYear(s, last + 2)) last += 2;                // "March 14, 2025"
      return std::string(text_.substr(toks[first].begin, toks[last].end - toks[first].begin));
    }
    return "";
  }
  static bool IsWeekday(std::string_view w) {
    static const std::set<std::string_view> kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};
    return kDays.count(w) > 0;
  }
  static bool IsMonth(std::string_view w) {
    static const std::set<std::string_view> kMonths = {"january", "february", "march",     "april",   "may",
                                                       "june",    "july",     "august",    "september",
                                                       "october", "november", "december"};
    return kMonths.count(w) > 0;
  }
  bool IsDayNumber(int s, uint32_t t) const {
    const std::string_view w = Lower(s, t);
    if (w.empty() || w.size() > 2 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    const int day = std::stoi(std::string(w));
    return day >= 1 && day <= 31;
  }
  bool IsYear(int s, uint32_t t) const {
    const std::string_view w = Lower(s, t);
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  struct LatestMeeting {
    int a = -1, b = -1, sentence = -1;
  };
  LatestMeeting latest_meeting_;  // the meeting added last, for "The two leaders"
  std::set<int> groups_;          // entities added for unnamed groups (GroupAt)
};

}  // namespace

void FindMeetingLinks(const LinkInput& in, ArticleFacts& facts) { MeetingFinder(in, facts).RunOverArticle(); }

}  // namespace claimgraph::extract
