// met_with: who the text says met whom ("X met with Y", "talks between X
// and Y", "X held talks with Y"), with the place and day when given.
#include "extract/meeting_parties.h"

#include <algorithm>

#include "extract/names.h"

namespace claimgraph::extract {

namespace {

class MeetingFinder : public MeetingParties {
 public:
  MeetingFinder(const LinkInput& in, EntityTable& table, ArticleFacts& facts) : MeetingParties(in, table, facts) {}

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

  // Words between a meeting noun and its owner or verb: "his final talks",
  // "is in final negotiations".
  static bool IsTalksAdjective(std::string_view w) {
    static const std::set<std::string_view> kAdjectives = {
        "first", "final", "last", "latest", "recent", "private", "secret", "informal", "formal", "brief",
        "lengthy", "previous", "earlier", "initial", "advanced", "detailed", "exclusive", "preliminary",
        "further", "fresh", "direct", "face-to-face", "clandestine", "high-level", "phone", "telephone",
        "video", "tough", "difficult", "intense", "intensive", "urgent", "emergency", "crisis", "protracted",
        "marathon", "frank", "constructive", "bilateral", "separate", "pay", "wage", "surprise", "state",
        "official", "flying", "courtesy"};
    if (kAdjectives.count(w) > 0) return true;
    // a length: "a three-hour meeting", "a 40-minute phone call", "two-day talks"
    const size_t dash = w.rfind('-');
    if (dash == std::string_view::npos) return false;
    const std::string_view unit = w.substr(dash + 1);
    return unit == "hour" || unit == "minute" || unit == "day" || unit == "long";
  }
  // Where the meeting noun at v starts with the adjectives before it (at
  // most `most`): "his final |talks", "held a |phone call".
  uint32_t PastAdjectivesBefore(int s, uint32_t v, uint32_t most, bool article = false) const {
    uint32_t k = v;
    // (with `article`, also past "a" or an owner: "held their first direct |talks")
    while (k > 0 && k + most > v &&
           (IsTalksAdjective(Lower(s, k - 1)) ||
            (article && (Lower(s, k - 1) == "a" || IsOwnerPronoun(Lower(s, k - 1))))))
      --k;
    return k;
  }
  // Whether a meeting noun at v is only sought or arranged: "set up a
  // meeting with", "hoping for talks with", "earn a second round meeting",
  // "has asked for a face-to-face meeting with".
  bool PlannedBefore(int s, uint32_t v) const {
    static const std::set<std::string_view> kPlans = {
        "set", "sets", "setting", "arrange", "arranged", "arranging", "earn", "earned", "book", "booked",
        "secure", "secured", "seek", "seeking", "sought", "request", "requested", "want", "wants", "wanted",
        "hope", "hoping", "hoped", "plan", "plans", "planned", "planning", "propose", "proposed", "offered",
        "ask", "asks", "asked", "asking", "demand", "demands", "demanded", "urged"};
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
      uint32_t k = PastTimeWords(s, v + 1);
      if (const uint32_t phone_end = ByPhoneEnd(s, k); phone_end > 0) k = PastTimeWords(s, phone_end);
      else if (Lower(s, k) == "by" || Lower(s, k) == "on" || Lower(s, k) == "over") return 0;
      // "spoke by telephone on Friday with X", "had spoken separately to X"
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
    if (k >= 3 && Lower(s, k - 1) == "of" && kSpans.count(Lower(s, k - 2))) {
      k -= 3;
      // "held just over two hours of talks", "had more than three rounds of talks"
      while (k > 0 && (IsApproximator(Lower(s, k - 1)) || Lower(s, k - 1) == "just" || Lower(s, k - 1) == "more" ||
                       Lower(s, k - 1) == "than"))
        --k;
    }
    return k > 0 && (Lower(s, k - 1) == "held" || Lower(s, k - 1) == "had") ? static_cast<int>(k - 1) : -1;
  }
  // Past a short time or manner phrase from token t: "on Friday (evening)",
  // "last week", "yesterday", "separately", "again".
  uint32_t PastTimeWords(int s, uint32_t t) const {
    static const std::set<std::string_view> kOne = {"yesterday", "today", "earlier", "later", "again", "twice",
                                                    "separately", "briefly", "privately", "recently", "also"};
    static const std::set<std::string_view> kPartOfDay = {"morning", "afternoon", "evening", "night"};
    for (int round = 0; round < 2; ++round) {
      if (kOne.count(Lower(s, t))) ++t;
      else if (Lower(s, t) == "on" && IsWeekday(Lower(s, t + 1))) t += kPartOfDay.count(Lower(s, t + 2)) ? 3 : 2;
      else if (Lower(s, t) == "last" && (Lower(s, t + 1) == "week" || Lower(s, t + 1) == "month" ||
                                         Lower(s, t + 1) == "night"))
        t += 2;
    }
    return t;
  }
  // Where "by phone", "on the phone", "by telephone", "over the phone"
  // starting at token t ends, or 0 when none starts there.
  uint32_t ByPhoneEnd(int s, uint32_t t) const {
    const std::string_view w = Lower(s, t);
    if (w != "by" && w != "on" && w != "over") return 0;
    if (Lower(s, t + 1) == "the") ++t;
    return Lower(s, t + 1) == "phone" || Lower(s, t + 1) == "telephone" ? t + 2 : 0;
  }
  // The person who receives, welcomes, greets, hosts or briefs someone in
  // "was received by X" at the cue v (past a description before the name:
  // "by its commander, Captain X"), or -1.
  int PassiveHostAfter(int s, uint32_t v) const {
    static const std::set<std::string_view> kWelcomes = {"received", "welcomed", "greeted", "hosted", "briefed"};
    if (v < 2 || !kWelcomes.count(Lower(s, v)) || Lower(s, v + 1) != "by") return -1;
    const std::string_view aux = Lower(s, v - 1);
    if (aux != "was" && aux != "were" && aux != "been" && aux != "being") return -1;
    const int host = PartyAfter(s, PastDescriptionToName(s, v + 2), 2);
    return host >= 0 && IsPerson(host) ? host : -1;
  }
  // Where the name after a description and a comma starts: "the Bulgarian
  // manager, |Hristo Stoichkov", "its commander, |Captain X" (an owned role,
  // PastOwnedDescription); t when no such description starts at t.
  uint32_t PastDescriptionToName(int s, uint32_t t) const {
    if (const int d = table_.MentionAt(s, t); d >= 0 && table_.mentions[d].description &&
                                             Lower(s, table_.mentions[d].last) == ",")
      return table_.mentions[d].last + 1;
    return PastOwnedDescription(s, t);
  }
  // Whether a verb of travel (or "was in") stands within eight words before
  // token t, in its clause: "flew to Kinshasa last week for".
  bool TravelBefore(int s, uint32_t t) const {
    static const std::set<std::string_view> kTravel = {"travelled", "traveled", "flew", "went", "came", "arrived",
                                                       "headed", "returned", "drove", "journeyed", "visited"};
    for (uint32_t k = t; k > 0 && k + 8 > t; --k) {
      const std::string_view w = Lower(s, k - 1);
      if (kTravel.count(w) || (w == "in" && k >= 2 && (Lower(s, k - 2) == "was" || Lower(s, k - 2) == "were")))
        return !NegatedBefore(s, k - 1);
      if (w == "," || w == ";" || OpensReportedClause(s, k - 1)) return false;
    }
    return false;
  }
  // Where ", including" follows the object of the cue at v (within ten
  // words, no clause between), or 0.
  uint32_t IncludingAfter(int s, uint32_t v) const {
    for (uint32_t k = v + 1; k + 1 < sentences_[s].tokens.size() && k < v + 10; ++k) {
      if (Lower(s, k) == "," && Lower(s, k + 1) == "including") return k + 1;
      if (Lower(s, k) == "," || OpensReportedClause(s, k)) return 0;
    }
    return 0;
  }
  // Whether "on the sidelines of", "on the margins of", "at the fringes of"
  // starts at token t, past up to two adverbs ("briefly", "privately").
  bool OnSidelinesAfter(int s, uint32_t t) const {
    for (int adverbs = 0; adverbs < 2; ++adverbs) {
      const std::string_view w = Lower(s, t);
      if (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0) ++t;
    }
    if (Lower(s, t) != "on" && Lower(s, t) != "at") return false;
    const std::string_view noun = Lower(s, t + 2);
    return Lower(s, t + 1) == "the" && (noun == "sidelines" || noun == "margins" || noun == "fringes") &&
           Lower(s, t + 3) == "of";
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
    // "travelled to Warsaw for talks with X", "was in Moscow for a meeting with X"
    if (prep == "for" && with && TravelBefore(s, k - 1)) return at;
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
    if (noun >= 2 && Lower(s, noun - 1) == "in") return IsTalksState(Lower(s, noun - 2)) || SpentBefore(s, noun - 1);
    // (up to five words between, besides quotes and commas: held
    // "constructive, professional and friendly" talks)
    for (uint32_t k = talks, words = 0; k > 0 && words < 6 && k + 10 > talks; --k) {
      if (kVerbs.count(Lower(s, k - 1))) return k < 2 || !IsNotYet(Lower(s, k - 2));
      if (sentences_[s].tokens[k - 1].kind == TokenKind::kWord) ++words;
    }
    return false;
  }

  // The person met in "paid a (surprise) visit to X", "made a (phone) call
  // to X", "joined X for talks / dinner" at the cue v ("visit", "call",
  // "joined"), or -1. A place visited is a trip, not a meeting.
  int VisitedAfter(int s, uint32_t v) const {
    const std::string_view w = Lower(s, v);
    int person = -1;
    uint32_t end = 0;
    if (w == "joined") {
      person = PartyAfter(s, v + 1, 1, &end);
      if (person < 0 || Lower(s, end) != "for") return -1;
      uint32_t noun = end + 1;
      if (Lower(s, noun) == "a" || Lower(s, noun) == "the") ++noun;
      if (!IsMeetingNoun(Lower(s, noun)) && Lower(s, noun) != "meeting") return -1;
    } else if (w == "visit" || w == "call") {
      const uint32_t start = PastAdjectivesBefore(s, v, 2, /*article=*/true);
      if (start == 0 || (Lower(s, start - 1) != "paid" && Lower(s, start - 1) != "made") || Lower(s, v + 1) != "to")
        return -1;
      person = PartyAfter(s, v + 2, 1, &end);
    } else {
      return -1;
    }
    return person >= 0 && IsPerson(person) ? person : -1;
  }

  // Whether time was spent in what follows `in`: "have spent much of 2004
  // in tough talks with", "spent the week in talks with" (not "will spend").
  bool SpentBefore(int s, uint32_t in) const {
    for (uint32_t k = in; k > 0 && k + 6 > in; --k) {
      const std::string_view w = Lower(s, k - 1);
      if (w == "spent" || w == "spends") return true;
      if (sentences_[s].tokens[k - 1].kind != TokenKind::kWord) return false;
    }
    return false;
  }

  // An article or possessive before a noun: after one, "hosts" is a noun
  // ("its hosts") and "negotiating" a modifier ("the negotiating position").
  static bool IsDeterminer(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" || w == "their" ||
           w == "our" || w == "my" || w == "your";
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
    std::string_view w = Lower(s, v), before = Lower(s, v - 1);
    const bool met = w == "met" || w == "meet" || w == "meets" || w == "hosted" || w == "hosts";
    // "she will now meet Venus Williams", "he now meets X": the next fixture
    if (met && (before == "now" || before == "next")) return false;
    if (met && IsNotYet(before)) return false;
    if ((w == "hosted" || w == "met") && Lower(s, v + 1) == "by") return false;
    if (w == "hosts" && (IsDeterminer(before) || before == "whose")) return false;
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
  // have held talks", "reports that X had held talks". A claimed meeting is
  // the claim's, not a fact.
  bool HedgedBefore(int s, uint32_t v) const {
    static const std::set<std::string_view> kHedges = {
        "claimed", "claims", "claim", "claiming", "alleged", "allegedly", "alleging", "reportedly",
        "reported", "rumoured", "rumored", "supposedly", "purportedly", "accused", "denied", "denies",
        "speculation", "rumours", "rumors", "suggestions", "believed", "report", "reports"};
    // (within the clause: not "Blair, who has been criticised over claims
    // about the war, met Bush")
    // (past an apposition naming the subject: "a report that its military
    // chief, Colonel X, had met Y")
    for (uint32_t k = v, window = 12; k > 0 && k + window > v; --k) {
      const std::string_view w = Lower(s, k - 1);
      if (w == "," && k >= 3) {
        const int named = table_.MentionEndingAt(s, k - 1);
        const uint32_t first = named >= 0 ? table_.mentions[named].first : 0;
        if (named >= 0 && first >= 2 && Lower(s, first - 1) == "," && table_.mentions[named].entity >= 0 &&
            IsPerson(table_.mentions[named].entity)) {
          window += k - first + 1;
          k = first;  // the loop's --k steps past the opening comma
          continue;
        }
      }
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
    // "met Atlantico Sul's chief executive, Fernanda Moura Castro"
    if (const uint32_t named = PastOwnedDescription(s, after); named != after) return PartiesAfter(s, named);
    uint32_t k = after;
    while (k < toks.size() && k < after + 6 && !At(s, k)) {
      std::string_view w = Lower(s, k);
      // "met representatives of Siemens", "a delegation from X", "the board of X": the body
      if ((w == "of" || w == "from") && k > after && IsBodyPeopleNoun(Lower(s, k - 1))) {
        std::vector<int> bodies = PartiesAfter(s, k + 1, 4);  // "officials of Unison and the TGWU"
        bodies.erase(std::remove_if(bodies.begin(), bodies.end(), [&](int p) { return IsPerson(p); }), bodies.end());
        return bodies;
      }
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
          "introduced", "negotiated", "negotiating", "greeted", "entertained", "visit", "joined", "briefed"};
      std::string_view w = Lower(s, v);
      if (!kCues.count(w)) continue;
      // "Meet the Fockers": a capitalised cue inside a sentence is a title
      if (v > 0 && toks[v].capitalized && !sentences_[s].title_case) continue;
      if (const int host = PassiveHostAfter(s, v); host >= 0) {
        // "where he was received by Prime Minister X", "he was briefed by its
        // commander, Captain X": the one received met the host
        if (!HedgedBefore(s, v) && !NegatedBefore(s, v) && !quoted[v])
          if (const int guest = PronounOrPartyBefore(s, v - 1); guest >= 0 && IsPerson(guest)) Meet(guest, host, s, v);
        continue;
      }
      if (w == "briefed") continue;  // (only as above: "briefed reporters" is no meeting)
      if (v > 0 && (!Happened(s, v) || HedgedBefore(s, v) || NegatedBefore(s, v))) continue;
      if ((w == "meeting" || IsMeetingNoun(w)) && (PlannedBefore(s, v) || PlannedAfter(s, v))) continue;
      int a = -1;
      std::vector<int> others;
      // unnamed groups as sides ("met shareholders", "Five unions met X"),
      // taken only when the other side is named
      GroupPhrase subject_group, object_group;
      bool use_object_group = false;  // the group stands where a party was read
      GroupPhrase described;          // a person met who is only described ("her sister")
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
      // "Blair was meeting Schroeder": the progressive of "met"
      const bool meeting_verb = w == "meeting" && v > 0 &&
                                (Lower(s, v - 1) == "was" || Lower(s, v - 1) == "were" || Lower(s, v - 1) == "been");
      if (w == "met" || w == "meets" || w == "meet" || w == "hosted" || w == "hosts" || meeting_verb) {
        if (w == "met" && PassiveBefore(s, v)) continue;
        others = MetObjects(s, v + 1);
        const uint32_t object = Lower(s, v + 1) == "with" ? v + 2 : v + 1;  // "met (with) X"
        if (w != "hosted" && w != "hosts") object_group = ObjectGroupAt(s, object, others, &use_object_group);
        described = DescribedObject(s, object, others, object_group);
        subject_group = GroupBefore(s, v);
        if (others.empty() && object_group.end == 0 && subject_group.end == 0 && w != "hosted" && w != "hosts" &&
            NoObjectAfter(s, v + 1)) {
          // "Blair and Bush met in Washington", "X, Y and Z, who met at school"
          LinkAll(WithoutFixture(SubjectList(s, v)), s, v);
          continue;
        }
        a = PronounOrPartyBefore(s, v);
      } else if (const int held = HeldBefore(s, v); (talks_noun || w == "call" || w == "meeting") && held >= 0 &&
                                                     Lower(s, v + 1) != "with") {
        // "Blair and Chirac held talks on Monday", "X and Y held a phone call"
        // (bodies that hold talks meet; bodies that "met" played a fixture)
        LinkAll(SubjectList(s, held), s, v);
        continue;
      } else if ((w == "spoke" || w == "talked") && with_object == 0 &&
                 (ByPhoneEnd(s, v + 1) > 0 || OnSidelinesAfter(s, v + 1))) {
        // "Zelensky and Macron spoke by phone on Sunday", "Blinken and Lavrov
        // briefly spoke on the margins of the G20"
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
      } else if (const int visited = VisitedAfter(s, v); visited >= 0) {
        // "paid a visit to Mr Blair", "made a call to X", "joined X for talks"
        others.push_back(visited);
        a = PronounOrPartyBefore(s, v);
      } else if (w == "rang" || w == "phoned" || w == "telephoned" || w == "visited" || w == "received" ||
                 w == "welcomed" || w == "greeted" || w == "entertained" || with_object > 0) {
        // "he rang Lucy", "visited Mr Blair", "I spoke to Matt Williams",
        // "received the Dalai Lama", "welcomed X to Beijing", "dined with
        // X", "sat down with X": a
        // person right after (a body spoken to is an interview or a
        // complaint; a place visited is a trip)
        uint32_t from = with_object > 0 ? with_object : v + 1;
        // "spoke with the Bulgarian manager, Hristo Stoichkov": past the description
        from = PastDescriptionToName(s, from);
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
        else if (b < 0 && w != "received") described = PersonDescriptionAt(s, from);  // "spoke to her sister"
        // "sat down with around 60 residents", "spoke to union leaders"
        if (with_object > 0 && described.end == 0 && others.empty())
          object_group = ObjectGroupAt(s, from, others, &use_object_group);
        a = PronounOrPartyBefore(s, v);
        // "a delegation of north Wales councils visited Ms Essex" (not "Angry
        // protesters greeted Mr Blair with jeers")
        if (w != "greeted" && w != "entertained") subject_group = GroupBefore(s, v);
      } else if (const int phrase = MeetingPhraseStart(s, v); phrase >= 0) {
        // "Following talks with Mr Blair, Mr Abbas said", "After meeting Mr
        // Blair, he said", "In a meeting with X on Monday, Y said": an
        // opening phrase's meeting is its clause's subject's; inside a
        // sentence, the subject before it ("Y said in a call with X")
        const uint32_t object = Lower(s, v + 1) == "with" ? v + 2 : v + 1;
        uint32_t end = object;
        // ("for talks with his Polish counterpart, Marta Zielinska")
        int b = PartyAfter(s, PastOwnedDescription(s, object), 3, &end);
        if (b >= 0) others.push_back(b);
        // "locked in talks with finance ministers of the G8"
        object_group = ObjectGroupAt(s, object, others, &use_object_group);
        if (use_object_group) end = object_group.end;
        // ("Speaking after talks with X, Y said": a participle opening the phrase)
        const std::string_view before = phrase > 0 ? Lower(s, phrase - 1) : std::string_view();
        const bool opening = OpensSentence(s, phrase) || (phrase > 0 && OpensSentence(s, phrase - 1) &&
                                                          before.size() > 4 && before.substr(before.size() - 3) == "ing");
        a = opening ? PartyAfter(s, end, 6) : PronounOrPartyBefore(s, phrase);
      } else if (w == "meeting" && Lower(s, v + 1) == "with") {
        others = PartiesAfter(s, v + 2);
        object_group = ObjectGroupAt(s, v + 2, others, &use_object_group);
        a = PronounOrPartyBefore(s, v);
      } else if (owner >= 0) {
        // "Blair's talks with Bush", "Bush's meeting with Putin", "his final talks with X"
        others = PartiesAfter(s, v + 2);
        object_group = ObjectGroupAt(s, v + 2, others, &use_object_group);
        a = owner;
      } else if ((talks_noun || w == "call") && Lower(s, v + 1) == "with" && TalksHeldBefore(s, v)) {
        // "X held talks with Y", "X also began talks with Y"
        others = PartiesAfter(s, v + 2);
        object_group = ObjectGroupAt(s, v + 2, others, &use_object_group);
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
      } else if ((w == "negotiated" || w == "negotiating") && !IsDeterminer(Lower(s, v - 1))) {
        // "firms have been negotiating with unions", "having negotiated
        // savings of 500m euros with German workers": talks held
        for (uint32_t k = v + 1; k < toks.size() && k < v + 10 && toks[k].kind == TokenKind::kWord; ++k)
          if (Lower(s, k) == "with") {
            others = PartiesAfter(s, k + 1, 4);
            object_group = ObjectGroupAt(s, k + 1, others, &use_object_group);
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
      const size_t entities_before = table_.entities.size(), links_before = facts_.links.size();
      if (subject_group.end > 0 && !others.empty() && !quoted[v])
        subjects = {AddGroup(subject_group)};
      else if (object_group.end > 0 && (others.empty() || use_object_group) && !subjects.empty() &&
               !SpeakerBeforeCue(s, v) &&
               std::none_of(subjects.begin(), subjects.end(), [&](int p) { return groups_.count(p) > 0; }))
        others.insert(others.begin(), AddGroup(object_group));
      // "held talks with Emirati officials, including Khalid Al Mansoori": each one named too
      if (const uint32_t including = IncludingAfter(s, v); including > 0 && others.size() == 1 && !IsPerson(others[0]))
        for (int named : PartiesAfter(s, including + 1, 3))
          if (IsPerson(named) && named != others[0]) others.push_back(named);
      if (described.end > 0 && !subjects.empty() && !quoted[v] && !SpeakerBeforeCue(s, v))
        others.push_back(AddDescribedPerson(described));
      for (int subject : subjects) {
        std::vector<int> met = others;
        // a "meeting with" between two bodies is a fixture, as above
        // (and in a sports report a body that meets a body plays it: "Bolton meet Ipswich")
        const bool fixture_cue = w == "meeting" || w == "met" || w == "meet" || w == "meets";
        if (fixture_cue && table_.sports_article && !IsPerson(subject))
          met.erase(std::remove_if(met.begin(), met.end(), [&](int p) { return !IsPerson(p); }), met.end());
        for (int other : met) Meet(subject, other, s, v);
      }
      DropGroupWithoutMeeting(entities_before, links_before);
    }
  }

  // A group added for this cue that no link added since names (a fixture
  // filtered it out) is taken back: no group entity without its meeting.
  void DropGroupWithoutMeeting(size_t entities_before, size_t links_before) {
    if (table_.entities.size() == entities_before) return;
    const int group = static_cast<int>(table_.entities.size()) - 1;
    for (size_t l = links_before; l < facts_.links.size(); ++l)
      if (facts_.links[l].a == group || facts_.links[l].b == group) return;
    groups_table_.entities.pop_back();
    groups_.erase(group);
  }

  // The unnamed group whose phrase starts at token t, where `parties` were
  // read as the cue's objects. When the group's words name the first of
  // them ("his EU counterparts": the group, not the EU), that party is
  // taken out and *in_place is set.
  GroupPhrase ObjectGroupAt(int s, uint32_t t, std::vector<int>& parties, bool* in_place) const {
    GroupPhrase g = GroupAt(s, t);
    if (!parties.empty() && ReplacesParty(g, parties.front())) {
      parties.erase(parties.begin());
      *in_place = true;
    }
    return g;
  }
  // A person met who is only described, at the object of "met" from token t:
  // first ("met her sister") when no party or group is there, or last in
  // the list after "and" ("met Mr Tanguay and the local association's
  // chairman"). Empty when there is none.
  GroupPhrase DescribedObject(int s, uint32_t t, const std::vector<int>& others, const GroupPhrase& group) const {
    if (group.end > 0) return {};
    if (others.empty()) return PersonDescriptionAt(s, t);
    // past the last party of the list
    uint32_t end = t;
    for (uint32_t k = t; k < sentences_[s].tokens.size() && k < t + 12; ++k)
      if (const Mention* m = At(s, k); m && m->entity == others.back()) end = m->last;
    return Lower(s, end) == "and" ? PersonDescriptionAt(s, end + 1) : GroupPhrase{};
  }
  // Adds the meeting of a and b stated by the cue at v of sentence s, with
  // the place and day the sentence gives, and remembers it as the latest.
  void Meet(int a, int b, int s, uint32_t v) {
    if (a < 0 || b < 0 || a == b) return;
    if (groups_.count(a) && groups_.count(b)) return;  // two unnamed groups: too vague to record
    AddLink(Relation::kMetWith, a, b, s, PlaceAfter(s, v), DayAfter(s, v));
    latest_meeting_ = {a, b, s};
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

  // Links every two of `parties`.
  void LinkAll(const std::vector<int>& parties, int s, uint32_t v) {
    for (size_t i = 0; i < parties.size(); ++i)
      for (size_t j = i + 1; j < parties.size(); ++j)
        Meet(parties[i], parties[j], s, v);
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
};

}  // namespace

void FindMeetingLinks(const LinkInput& in, EntityTable& table, ArticleFacts& facts) {
  MeetingFinder(in, table, facts).RunOverArticle();
}

}  // namespace claimgraph::extract
