// Internal to extract/: the party readers of the met_with rules
// (meeting_links.cc). Given a meeting cue in a sentence they find who takes
// part: the parties named before and after it, lists of subjects ("Both X
// and rival Y held talks"), pairs ("the two leaders"), unnamed groups
// ("Five public sector unions", added to the entity table when they meet),
// pronouns and the speakers of quotations.
#ifndef CLAIMGRAPH_EXTRACT_MEETING_PARTIES_H_
#define CLAIMGRAPH_EXTRACT_MEETING_PARTIES_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/link_finder.h"

namespace claimgraph::extract {

// The base of MeetingFinder. Entities are indexes into the table (-1 for
// none); s is a sentence index and t, v token indexes within it (v the cue).
class MeetingParties : public LinkFinder {
 protected:
  // `table` is in.table, written only to add unnamed groups (AddGroup).
  MeetingParties(const LinkInput& in, EntityTable& table, ArticleFacts& facts)
      : LinkFinder(in, facts), groups_table_(table) {}

  // The nearest person or organisation mention before token t in s; `end`
  // receives where it ends (0 when there is none).
  int PartyBefore(int s, uint32_t t, uint32_t* end = nullptr) const;
  // The first person or organisation named from token t on, within
  // `limit` tokens; `end` receives where its mention ends.
  int PartyAfter(int s, uint32_t t, uint32_t limit = 8, uint32_t* end = nullptr) const;
  // A word naming one party by its relation to an owner: "Trump's envoy X",
  // "Deutsche Boerse's rival Euronext", "LSE's chief executive X".
  bool IsRelationWord(std::string_view w) const;
  // Past the commas and "and"s from token t; sets *saw_and if one was "and".
  uint32_t SkipCommasAndAnd(int s, uint32_t t, bool* saw_and) const;
  // Every party of "with X, (description,) Y and Z"; `joined` tells whether
  // an "and" linked them (a list, not "a meeting of X, Y said").
  std::vector<int> PartiesAfter(int s, uint32_t t, uint32_t first_limit = 6, bool* joined = nullptr) const;
  // Where the person named after an owned role and a comma starts ("his
  // Polish counterpart, Marta Zielinska", "Atlantico Sul's chief executive,
  // Fernanda Moura Castro"), or t when no such description starts at t.
  uint32_t PastOwnedDescription(int s, uint32_t t) const;
  // Verbs after a name that make it a new clause's subject.
  static bool IsClauseVerb(std::string_view w);
  // Whether token t opens its sentence (after an opening quote or dash at most).
  bool OpensSentence(int s, uint32_t t) const;
  // A word before "in talks" that reports them under way: "is", "still", "locked".
  static bool IsTalksState(std::string_view w);
  // Plural nouns for people or bodies that meet as a group: "unions",
  // "shareholders", "local councillors" (not "fans" or "reporters": a
  // star who meets them is seldom reported as holding a meeting).
  static bool IsGroupHead(std::string_view w);
  // An unnamed group's phrase: "shareholders", "Five public sector unions".
  struct GroupPhrase {
    std::string name;  // as written, past a leading "the", "a", "his", "its" ...
    uint32_t end = 0;  // the token after the phrase; 0 when there is none
    int entity = -1;   // the entity already named so, if any
    int named_inside = -1;         // the person or body a modifier names ("EU counterparts"), or -1
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
  GroupPhrase GroupAt(int s, uint32_t t) const;
  // A single unnamed person described at token t, as a meeting's side: a
  // determiner or an owner ("the local association's", "her"), at most
  // three lower-case modifiers and a role or kin noun ("the local
  // association's chairman", "her sister", "the party treasurer"), not
  // followed by a name (then the name is the person). `name` is as written.
  GroupPhrase PersonDescriptionAt(int s, uint32_t t) const;
  // The entity of a person description: appended to the entity table, marked
  // unnamed. Not a group: a meeting between it and a group is kept.
  int AddDescribedPerson(const GroupPhrase& d);
  // Whether the party named last before the cue at v is a speaker whose
  // clause the cue is in: "Nihon Keizai Shimbun claimed that the firms ...
  // have held discussions with Japanese regulators" (the firms held them).
  bool SpeakerBeforeCue(int s, uint32_t v) const;
  // Whether token k of s opens a reported clause: "that" or a lower-case
  // speech verb ("claimed", "say").
  bool OpensReportedClause(int s, uint32_t k) const;
  // Group nouns for the people who act for a body: "Sky executives" met are
  // Sky, "UK government officials" the UK government, as the reference gold
  // makes "Russian officials" an alias of the Government of Russia ("EU
  // counterparts" and "Labour MPs" are groups of their own).
  static bool IsRepresentativeHead(std::string_view w);
  // Whether group g, read where a party was found, stands instead of it: a
  // group whose modifiers hold that party's name ("his EU counterparts",
  // "Welsh Liberal Democrat council leaders"), unless the group acts for it
  // ("Sky executives").
  static bool ReplacesParty(const GroupPhrase& g, int party) {
    return g.end > 0 && party >= 0 && g.named_inside == party && !g.representatives;
  }
  // The unnamed group whose phrase ends right before the cue at v, past
  // auxiliaries and "who", opening its clause ("Five public sector unions
  // met X", "Parents and teachers who met Mr Blair"), or none.
  GroupPhrase GroupBefore(int s, uint32_t v) const;
  // The entity of group phrase g. When it is new, appends it to the entity
  // table (invalidating references into table_.entities), marked unnamed,
  // and records it in groups_.
  int AddGroup(const GroupPhrase& g);
  // The pair a subject like "The two leaders" or "The pair" before the cue
  // at v stands for: the parties of the meeting stated in this sentence or
  // the two before, else the two persons or bodies named last. Empty when no
  // pair phrase is the subject.
  std::vector<int> PairSubjectBefore(int s, uint32_t v) const;
  // The subjects joined with `subject`, the party named last before the cue
  // at v, when a list opens its clause: "Both X and rival Y held talks with
  // Z", "X, Y and Z have met W" (not "Blair met Bush and Chirac met Putin":
  // the list must open the sentence, follow a comma, "both" or a
  // conjunction). {subject} otherwise.
  std::vector<int> CoordinatedSubjects(int s, uint32_t v, int subject) const;
  // Auxiliaries and adverbs between a subject and its meeting cue: "Blair
  // and Bush have met", "The two leaders later spoke".
  static bool IsBetweenSubjectAndCue(std::string_view w);
  // The subjects of a reciprocal cue at v: "Blair and Bush met", "X, Y and
  // Z, who met", "Blair and Chirac have held talks". Two or more parties
  // joined by "and", ending right before the cue (auxiliaries, "who" and a
  // comma may come between), or none.
  std::vector<int> SubjectList(int s, uint32_t v) const;
  // "The two leaders met", "the pair chatted", "The two companies held
  // talks": the two persons (or bodies) named last before token t, in this
  // sentence or the two before, when a pair phrase ends right at t; for
  // bodies, else the two named together last ("X and Y") within eight
  // sentences.
  std::vector<int> PairNamedBefore(int s, uint32_t t) const;
  // The parties of "between X and Y", "between X, Y and Z" or "between the
  // two exchanges" (the pair named last before it).
  std::vector<int> Between(int s, uint32_t t) const;
  // The speaker of a direct statement made in sentence s, or -1.
  int QuotationSpeaker(int s) const { return StatementSpeaker(s, /*direct_only=*/true); }
  // The speaker of a statement (direct or reported) made in sentence s, or -1.
  int StatementSpeaker(int s, bool direct_only = false) const;
  // The person "he"/"she"/"his"/"her" at token p of s stands for: the
  // sentence's first person before it; inside an opening phrase, the
  // subject after the phrase ("During a visit to Kyiv, where he met X,
  // Boris Johnson said"); else the previous sentence's first person.
  int ResolvePronoun(int s, uint32_t p) const;
  // The body "its" or "their" opening sentence s stands for: the first
  // organisation named in the sentence before, or -1.
  int ResolveBody(int s) const;
  // When sentence s opens with an adverbial phrase ("During ...", "After
  // ...", "Within hours of ...") that holds token p: the person named
  // right after a comma past p who goes on to a verb (not a list item), or -1.
  int OpeningPhraseSubject(int s, uint32_t p) const;
  // "said it", "that it": "it" is then the subject of the clause before.
  static bool IsSpeechOrThat(std::string_view w);
  // Lower-case pronouns: the subject ("he", "she"), owner ("his", "her")
  // and object ("him", "her") forms of a person, and "'ve"/"'d" after "I".
  static bool IsPersonalPronoun(std::string_view w) { return w == "he" || w == "she"; }
  static bool IsContractedAuxiliary(std::string_view w) {
    return w == "'ve" || w == "’ve" || w == "'d" || w == "’d";
  }
  // "I", and "I've", "I'd", "I’ve" kept whole by the tokenizer.
  static bool IsFirstPerson(std::string_view w);
  static bool IsPossessivePronoun(std::string_view w) { return w == "his" || w == "her"; }
  // An owner before a noun, a person's or a body's: "his", "her", "its", "their".
  static bool IsOwnerPronoun(std::string_view w) { return IsPossessivePronoun(w) || w == "its" || w == "their"; }
  static bool IsObjectPronoun(std::string_view w) { return w == "him" || w == "her"; }
  // The subject of a cue at v: a pronoun or party right before it (past
  // auxiliaries and adverbs), else the nearest pronoun or party before it,
  // whichever is closer ("Mourinho claimed he was in Milan talking to
  // Adriano on the day he held a meeting with Cole": "he", not Adriano).
  int PronounOrPartyBefore(int s, uint32_t v) const;
  // The person named right before the nearest comma at token `top` or at
  // most span - 1 tokens before it: the one an apposition opening there
  // describes ("Tony Blair, Labour leader,"). -1 when there is no comma or
  // no person before it.
  int PersonBeforeComma(int s, uint32_t top, uint32_t span) const;
  // A lower-case day name: "monday" ... "sunday".
  static bool IsWeekday(std::string_view w);
  struct LatestMeeting {
    int a = -1, b = -1, sentence = -1;
  };
  LatestMeeting latest_meeting_;  // the meeting added last, for "The two leaders"
  std::set<int> groups_;          // entities added for unnamed groups (AddGroup)
  EntityTable& groups_table_;     // table_, writable: where AddGroup appends
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_MEETING_PARTIES_H_
