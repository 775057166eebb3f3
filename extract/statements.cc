#include "extract/statements.h"

#include "extract/names.h"

#include <algorithm>
#include <iterator>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_set>

namespace claimgraph::extract {

namespace {

struct Pos {
  int s = 0;
  uint32_t t = 0;
  bool operator<(const Pos& o) const { return s != o.s ? s < o.s : t < o.t; }
};

struct Quote {
  Pos open, close;  // the quotation mark tokens
  bool attributed = false;
};

enum class SpeakerKind { kNone, kMention, kPronoun };
struct Speaker {
  SpeakerKind kind = SpeakerKind::kNone;
  int mention = -1;
  int entity = -1;
  double confidence = 1.0;
};

bool IsAdverbOrTime(std::string_view w) {
  static const std::unordered_set<std::string_view> kSkip = {
      "also", "further", "then", "later", "earlier", "previously", "repeatedly", "strongly", "however", "has",
      "had", "have", "was", "is", "once", "again", "publicly", "reportedly", "on", "friday", "thursday",
      "wednesday", "tuesday", "monday", "saturday", "sunday", "today", "yesterday", "recently", "separately",
      "firmly", "flatly", "quickly", "would", "will", "openly", "initially", "last", "this", "week",
      "just", "still", "now", "not", "already", "officially"};
  return kSkip.count(w) > 0;
}

bool IsPronoun(std::string_view w) { return w == "he" || w == "she" || w == "it" || w == "they"; }

// Words whose presence makes an assertion a denial ("... are false").
bool HasFalsityPredicate(const Sentence& sentence, uint32_t a, uint32_t b) {
  static const std::unordered_set<std::string_view> kFalse = {"false", "untrue", "fabricated", "baseless",
                                                              "groundless", "fake", "lies", "nonsense",
                                                              "unfounded", "absurd"};
  for (uint32_t i = a; i < b && i < sentence.tokens.size(); ++i) {
    if (!kFalse.count(sentence.Lower(i))) continue;
    // "are false", "is untrue", "simply untrue", "completely fabricated"
    if (i > a) {
      const std::string_view prev = sentence.Lower(i - 1);
      if (prev == "are" || prev == "is" || prev == "was" || prev == "were" || prev == "simply" ||
          prev == "completely" || prev == "totally" || prev == "absolutely" || prev == "being" || prev == "entirely")
        return true;
    }
  }
  return false;
}

class Finder {
 public:
  Finder(std::string_view text, const std::vector<Sentence>& sentences, EntityTable& table, const Lexicon& lex,
         const CodePointIndex& offsets, ArticleFacts& facts)
      : text_(text), sentences_(sentences), table_(table), lex_(lex), offsets_(offsets), facts_(facts) {}

  void Run() {
    FindQuotes();
    MarkQuotedTokens();
    covered_.resize(sentences_.size());
    for (size_t s = 0; s < sentences_.size(); ++s) covered_[s].assign(sentences_[s].tokens.size(), false);
    // Sentence by sentence, so that a pronoun meets the speakers before it:
    // quotations closing in the sentence first, then reported speech.
    size_t next_quote = 0;
    for (size_t s = 0; s < sentences_.size(); ++s) {
      while (next_quote < quotes_.size() && quotes_[next_quote].close.s <= static_cast<int>(s))
        AttributeQuote(next_quote++);
      if (!sentences_[s].furniture) FindReportedSpeech(static_cast<int>(s));
    }
    while (next_quote < quotes_.size()) AttributeQuote(next_quote++);
    std::stable_sort(drafts_.begin(), drafts_.end(), [](const Draft& a, const Draft& b) { return a.from < b.from; });
    Emit();
  }

 private:
  struct Draft {
    Speaker speaker;
    Relation relation = Relation::kSaid;
    Pos from, to;  // content tokens [from, to) within one sentence
    bool direct = false;
    bool anaphoric = false;  // "denies this": the claim is the previous one
    double confidence = 0.5;
  };

  const std::vector<Token>& Toks(int s) const { return sentences_[s].tokens; }
  std::string_view Lower(int s, uint32_t t) const { return sentences_[s].Lower(t); }
  bool InQuote(int s, uint32_t t) const { return t < in_quote_[s].size() && in_quote_[s][t]; }

  // Marks the tokens strictly inside each quotation, for InQuote.
  void MarkQuotedTokens() {
    in_quote_.resize(sentences_.size());
    for (size_t s = 0; s < sentences_.size(); ++s) in_quote_[s].assign(Toks(static_cast<int>(s)).size(), false);
    for (const Quote& q : quotes_)
      for (int s = q.open.s; s <= q.close.s; ++s) {
        const uint32_t from = s == q.open.s ? q.open.t + 1 : 0;
        const uint32_t to = s == q.close.s ? std::min<uint32_t>(q.close.t, in_quote_[s].size())
                                           : static_cast<uint32_t>(in_quote_[s].size());
        for (uint32_t t = from; t < to; ++t) in_quote_[s][t] = true;
      }
  }

  // Pairs quotation marks across sentences; nested single quotes inside
  // double ones are left to the outer quotation.
  void FindQuotes() {
    std::optional<Pos> open;
    int open_paragraph_sentence = -1;
    for (size_t si = 0; si < sentences_.size(); ++si) {
      const int s = static_cast<int>(si);
      if (sentences_[s].furniture) continue;
      if (open && sentences_[s].paragraph_start && s != open_paragraph_sentence) {
        // a quotation left open at a paragraph's end closes there
        Pos end{s - 1, static_cast<uint32_t>(Toks(s - 1).size())};
        quotes_.push_back({*open, end});
        open.reset();
      }
      const auto& toks = Toks(s);
      for (uint32_t t = 0; t < toks.size(); ++t) {
        const Token& tok = toks[t];
        if (tok.kind != TokenKind::kQuote) continue;
        switch (tok.quote) {
          case QuoteMark::kOpenDouble:
            if (!open) { open = Pos{s, t}; open_paragraph_sentence = s; }
            break;
          case QuoteMark::kCloseDouble:
            if (open) { quotes_.push_back({*open, Pos{s, t}}); open.reset(); }
            break;
          case QuoteMark::kStraightDouble: {
            // A straight quote after a space and before a word opens a
            // quotation. If one is still open, news style left out its
            // closing mark at a paragraph break: close it before this one.
            const bool opening = (t == 0 || tok.space_before) && t + 1 < toks.size() && !toks[t + 1].space_before &&
                                 toks[t + 1].kind != TokenKind::kPunct;
            if (open && opening && !(open->s == s && t - open->t <= 1)) {
              quotes_.push_back({*open, s > open->s && t == 0 ? Pos{s - 1, static_cast<uint32_t>(Toks(s - 1).size())}
                                                               : Pos{s, t}});
              open = Pos{s, t};
              open_paragraph_sentence = s;
            } else if (open) {
              quotes_.push_back({*open, Pos{s, t}});
              open.reset();
            } else {
              open = Pos{s, t};
              open_paragraph_sentence = s;
            }
            break;
          }
          default:
            // single quotes: only outside double quotes, within one sentence
            if (!open && (tok.quote == QuoteMark::kOpenSingle || (tok.quote == QuoteMark::kStraightSingle &&
                                                                  (t == 0 || tok.space_before)))) {
              for (uint32_t u = t + 1; u < toks.size() && u < t + 40; ++u) {
                if (toks[u].kind == TokenKind::kQuote &&
                    (toks[u].quote == QuoteMark::kCloseSingle || toks[u].quote == QuoteMark::kStraightSingle)) {
                  quotes_.push_back({Pos{s, t}, Pos{s, u}});
                  t = u;
                  break;
                }
              }
            }
            break;
        }
      }
    }
    if (open) {
      int last = static_cast<int>(sentences_.size()) - 1;
      quotes_.push_back({*open, Pos{last, static_cast<uint32_t>(Toks(last).size())}});
    }
    std::sort(quotes_.begin(), quotes_.end(), [](const Quote& a, const Quote& b) { return a.open < b.open; });
  }

  // A speaker phrase ending right before token `end` (exclusive) of s,
  // skipping adverbs and time words: a mention or a pronoun.
  Speaker SpeakerBefore(int s, uint32_t end) const {
    uint32_t t = end;
    while (t > 0 && IsAdverbOrTime(Lower(s, t - 1))) --t;
    // "Putin on Friday said": skip "on <Day>" handled above; skip an apposition ", ... ,"
    if (t > 0 && Toks(s)[t - 1].text == ",") {
      // "the work's author, US playwright Eve Ensler, says": the name in the apposition
      int named = table_.MentionEndingAt(s, t - 1);
      if (named >= 0 && table_.mentions[named].type != NodeType::kPlace) return FromMention(named);
      uint32_t u = t - 1;
      while (u > 0 && Toks(s)[u - 1].text != "," && t - u < 25) --u;
      if (u > 0 && Toks(s)[u - 1].text == ",") {
        int m = table_.MentionEndingAt(s, u - 1);
        if (m >= 0) return FromMention(m);
      }
    }
    if (t == 0) return {};
    int m = table_.MentionEndingAt(s, t);
    // "President Musharraf of Pakistan has said": the person, not the country
    if (m >= 0 && table_.mentions[m].type == NodeType::kPlace && table_.mentions[m].first >= 2 &&
        Lower(s, table_.mentions[m].first - 1) == "of") {
      const int person = table_.MentionEndingAt(s, table_.mentions[m].first - 1);
      if (person >= 0 && table_.mentions[person].type == NodeType::kPerson) m = person;
    }
    if (m >= 0) return FromMention(m);
    std::string_view w = Lower(s, t - 1);
    if (IsPronoun(w)) return FromPronoun(s, t - 1, w);
    if (w == "who") {
      int best = -1;
      for (int mm : table_.by_sentence[s])
        if (table_.mentions[mm].last < t && table_.mentions[mm].type == NodeType::kPerson &&
            table_.mentions[mm].entity >= 0)
          best = mm;
      return best >= 0 ? FromMention(best) : Speaker{};
    }
    // "the general staff of the Ukrainian armed forces said": a mention inside
    // a short noun phrase right before the verb
    for (uint32_t u = t; u > 0 && t - u < 8; --u) {
      const Token& tok = Toks(s)[u - 1];
      if (tok.text == "," || tok.kind == TokenKind::kQuote || tok.text == "." || Lower(s, u - 1) == "and") break;
      int mm = table_.MentionAt(s, u - 1);
      if (mm >= 0 && table_.mentions[mm].last < Toks(s).size() &&
          Toks(s)[table_.mentions[mm].last].kind == TokenKind::kPossessive)
        break;
      if (mm >= 0 && table_.mentions[mm].type != NodeType::kPlace) {
        Speaker sp = FromMention(mm);
        sp.confidence = 0.8;
        return sp;
      }
    }
    return {};
  }

  Speaker SpeakerAfter(int s, uint32_t begin) const {
    int m = table_.MentionAt(s, begin);
    if (m >= 0 && table_.mentions[m].first == begin) return FromMention(m);
    std::string_view w = Lower(s, begin);
    // "..., said he." (inverted) but not "says it is ..."
    if (IsPronoun(w) && (begin + 1 >= Toks(s).size() || Toks(s)[begin + 1].kind != TokenKind::kWord))
      return FromPronoun(s, begin, w);
    return {};
  }

  // The mention of a person named after title words from token t
  // ("Secretary General |Mark Rutte", after "NATO"), or -1.
  int TitledPersonMentionAfter(int s, uint32_t t) const {
    uint32_t k = t;
    while (k < Toks(s).size() && k < t + 4 && Toks(s)[k].kind == TokenKind::kWord && lex_.IsTitle(Toks(s)[k].text)) {
      ++k;
      // (the person's mention may start at the body: "NATO Secretary General Mark Rutte")
      for (int m : table_.by_sentence[s])
        if (table_.mentions[m].type == NodeType::kPerson && table_.mentions[m].first <= t &&
            table_.mentions[m].name_first == k)
          return m;
    }
    return -1;
  }

  Speaker FromMention(int m) const {
    Speaker sp;
    sp.kind = SpeakerKind::kMention;
    sp.mention = m;
    sp.entity = table_.mentions[m].entity;
    return sp;
  }

  // he/she: the last person who spoke or was named before; it/they: the last
  // organisation (or place acting as a government).
  Speaker FromPronoun(int s, uint32_t t, std::string_view pronoun) const {
    Speaker sp;
    sp.kind = SpeakerKind::kPronoun;
    sp.confidence = 0.85;
    const bool person = pronoun == "he" || pronoun == "she";
    Pos here{s, t};
    // the most recent speaker of the right kind wins, then the most recent mention
    const Draft* latest = LatestDraftBefore(here, /*resolved_only=*/true);
    if (latest && (s - latest->from.s <= 1 || (s - latest->from.s <= 2 && !PersonSubject(s - 1))) &&
        person == (table_.entities[latest->speaker.entity].type == NodeType::kPerson)) {
      sp.entity = latest->speaker.entity;
      return sp;
    }
    // else the subject (first fitting mention outside quotations) of the
    // nearest sentence that has one
    for (int ss = s; ss >= 0 && ss >= s - 3; --ss) {
      if (ss < s) {
        // "He ... . He said ...": the earlier sentence's subject is the same pronoun
        uint32_t f = 0;
        while (f < Toks(ss).size() && (IsAdverbOrTime(Lower(ss, f)) || Lower(ss, f) == "but" || Lower(ss, f) == "and"))
          ++f;
        if (f < Toks(ss).size() && Lower(ss, f) == pronoun) continue;
      }
      for (int m : table_.by_sentence[ss]) {
        const Mention& mm = table_.mentions[m];
        if (mm.entity < 0 || !(Pos{mm.sentence, mm.first} < here) || InQuote(ss, mm.first)) continue;
        NodeType type = table_.entities[mm.entity].type;
        if (person ? type == NodeType::kPerson : type == NodeType::kOrganisation) {
          sp.entity = mm.entity;
          return sp;
        }
      }
    }
    return sp;
  }
  // The latest draft starting before `here` (with a resolved speaker when
  // resolved_only), or null.
  const Draft* LatestDraftBefore(Pos here, bool resolved_only = false) const {
    const Draft* latest = nullptr;
    for (const auto& d : drafts_)
      if (d.from < here && (!resolved_only || d.speaker.entity >= 0) && (!latest || latest->from < d.from))
        latest = &d;
    return latest;
  }

  // Whether sentence s opens with a named person as its subject.
  bool PersonSubject(int s) const {
    if (s < 0) return false;
    for (int m : table_.by_sentence[s]) {
      const Mention& mm = table_.mentions[m];
      if (InQuote(s, mm.first)) continue;
      return mm.entity >= 0 && mm.type == NodeType::kPerson && mm.first <= 3;
    }
    return false;
  }

  // The subject of a sentence: its first person or organisation mention
  // before `end` (for "..., saying that ...").
  Speaker SubjectOf(int s, uint32_t end) const {
    uint32_t first = 0;
    // (past an opening conjunction: "But he also spoke of the group's stature, adding that")
    while (first < Toks(s).size() && (IsAdverbOrTime(Lower(s, first)) || Toks(s)[first].text == "," ||
                                      Lower(s, first) == "but" || Lower(s, first) == "and" || Lower(s, first) == "yet"))
      ++first;
    if (first < Toks(s).size() && IsPronoun(Lower(s, first))) return FromPronoun(s, first, Lower(s, first));
    for (int m : table_.by_sentence[s]) {
      const Mention& mm = table_.mentions[m];
      if (mm.last > end) break;
      if (InQuote(s, mm.first)) continue;
      if ((mm.entity >= 0 || mm.description) && mm.type != NodeType::kPlace) {
        Speaker sp = FromMention(m);
        sp.confidence = 0.75;
        return sp;
      }
      if (mm.entity >= 0) break;  // a place opening the sentence is rarely the speaker
    }
    if (!Toks(s).empty() && IsPronoun(Lower(s, 0))) return FromPronoun(s, 0, Lower(s, 0));
    return {};
  }

  // Looks for "X said" / "said X" / "X said:" around a quotation.
  void AttributeQuote(size_t qi) {
    {
      Quote& q = quotes_[qi];
      Speaker sp;
      Relation rel = Relation::kSaid;
      double strength = 0;
      // after: `," Putin said` / `," said Putin` / `," he added`
      int s = q.close.s;
      uint32_t t = q.close.t + 1;
      const bool comma_after = t < Toks(s).size() && Toks(s)[t].text == ",";
      if (comma_after) ++t;
      const bool punct_inside = q.close.t > 0 && q.close.t <= Toks(s).size() && q.close.s == s &&
                                (Toks(s)[q.close.t - 1].text == "," || Toks(s)[q.close.t - 1].text == "?" ||
                                 Toks(s)[q.close.t - 1].text == "!");
      if (q.close.t < Toks(s).size() && t > q.close.t && (comma_after || punct_inside)) {
        // SPEAKER (adverbs) VERB
        int m = table_.MentionAt(s, t);
        uint32_t after_speaker = t;
        Speaker cand;
        if (m >= 0 && table_.mentions[m].first == t) {
          cand = FromMention(m);
          after_speaker = table_.mentions[m].last;
          // "," NATO Secretary General Mark Rutte said": past the body and
          // the title to the person who speaks
          if (const int titled = TitledPersonMentionAfter(s, after_speaker); titled >= 0) {
            cand = FromMention(titled);
            after_speaker = table_.mentions[titled].last;
          }
        }
        else if (IsPronoun(Lower(s, t))) { cand = FromPronoun(s, t, Lower(s, t)); after_speaker = t + 1; }
        else if (Lower(s, t) == "the" || Lower(s, t) == "a") {
          // "the general staff of the Ukrainian armed forces said"
          uint32_t v = t;
          while (v < Toks(s).size() && v < t + 14 && !lex_.FindSpeechVerb(Toks(s)[v].text) &&
                 Toks(s)[v].kind != TokenKind::kQuote)
            ++v;
          if (v < Toks(s).size() && lex_.FindSpeechVerb(Toks(s)[v].text)) {
            cand = SpeakerBefore(s, v);
            after_speaker = v;
          }
        }
        if (cand.kind != SpeakerKind::kNone) {
          uint32_t v = after_speaker;
          while (v < Toks(s).size() && IsAdverbOrTime(Lower(s, v))) ++v;
          if (const SpeechVerb* verb = v < Toks(s).size() ? lex_.FindSpeechVerb(Toks(s)[v].text) : nullptr) {
            sp = cand; rel = verb->relation; strength = verb->strength;
            MarkCovered(s, q.close.t, v + 1);
          }
        } else if (const SpeechVerb* verb = lex_.FindSpeechVerb(Lower(s, t))) {
          Speaker after = SpeakerAfter(s, t + 1);
          if (after.kind != SpeakerKind::kNone) { sp = after; rel = verb->relation; strength = verb->strength; }
        }
      }
      // before: `Trump wrote: "` / `Putin said, “` / `saying, "` / `said that "`
      if (sp.kind == SpeakerKind::kNone && q.open.t > 0) {
        int os = q.open.s;
        uint32_t u = q.open.t;
        if (u > 0 && (Toks(os)[u - 1].text == ":" || Toks(os)[u - 1].text == ",")) --u;
        if (u > 0 && Lower(os, u - 1) == "that") --u;
        // "told the Scottish Daily Mail:", "said in a statement:": the verb
        // may stand a few words before the colon
        if (u > 0 && Toks(os)[q.open.t - 1].text == ":" && !lex_.FindSpeechVerb(Toks(os)[u - 1].text)) {
          uint32_t v = u - 1;
          while (v > 0 && u - v < 7 && !lex_.FindSpeechVerb(Toks(os)[v - 1].text) && Toks(os)[v - 1].text != ",") --v;
          if (v > 0 && lex_.FindSpeechVerb(Toks(os)[v - 1].text)) u = v;
        }
        if (u > 0) {
          if (const SpeechVerb* verb = lex_.FindSpeechVerb(Toks(os)[u - 1].text)) {
            Speaker cand = IsParticipleVerb(Lower(os, u - 1)) ? SubjectOf(os, u - 1) : SpeakerBefore(os, u - 1);
            if (cand.kind == SpeakerKind::kNone) cand = SubjectOf(os, u - 1);
            if (cand.kind != SpeakerKind::kNone) { sp = cand; rel = verb->relation; strength = verb->strength * 0.95; }
          }
        }
      }
      // continuation: a quotation opening its sentence, right after an
      // attributed one or a few sentences after the last statement
      if (sp.kind == SpeakerKind::kNone && q.open.t == 0) {
        if (qi > 0 && quotes_[qi - 1].attributed && q.open.s - quotes_[qi - 1].close.s <= 1 &&
            last_quote_speaker_.kind != SpeakerKind::kNone) {
          sp = last_quote_speaker_;
          strength = 0.7;
        } else if (const Draft* last = LatestDraftBefore(Pos{q.open.s, 0});
                   last && last->speaker.entity >= 0 && q.open.s - last->from.s <= 3 &&
                   sentences_[q.open.s].paragraph_start) {
          sp = last->speaker;
          strength = 0.6;
        }
      }
      if (sp.kind == SpeakerKind::kNone) return;
      q.attributed = true;
      last_quote_speaker_ = sp;
      AddQuoteDrafts(q, sp, rel, strength);
    }
  }

  void MarkCovered(int s, uint32_t a, uint32_t b) {
    for (uint32_t t = a; t < b && t < covered_[s].size(); ++t) covered_[s][t] = true;
  }

  void AddQuoteDrafts(const Quote& q, const Speaker& sp, Relation rel, double strength) {
    for (int s = q.open.s; s <= q.close.s; ++s) {
      if (sentences_[s].furniture) continue;
      uint32_t a = s == q.open.s ? q.open.t + 1 : 0;
      uint32_t b = s == q.close.s ? q.close.t : static_cast<uint32_t>(Toks(s).size());
      MarkCovered(s, s == q.open.s ? q.open.t : 0, std::min<uint32_t>(b + 1, Toks(s).size()));
      while (b > a && (Toks(s)[b - 1].text == "," || Toks(s)[b - 1].text == "." || Toks(s)[b - 1].kind == TokenKind::kQuote)) --b;
      if (b <= a) continue;
      Draft d;
      d.speaker = sp;
      d.relation = HasFalsityPredicate(sentences_[s], a, b) ? Relation::kDenied : rel;
      d.from = {s, a};
      d.to = {s, b};
      d.direct = true;
      d.confidence = std::min(1.0, strength * sp.confidence);
      drafts_.push_back(d);
    }
  }

  // "X said (that) ...", "..., X said.", "according to X, ...", "X denied ...".
  void FindReportedSpeech(int s) {
    const auto& toks = Toks(s);
    const uint32_t n = static_cast<uint32_t>(toks.size());
    for (uint32_t v = 0; v < n; ++v) {
      if (covered_[s][v] || InQuote(s, v)) continue;
      std::string_view w = Lower(s, v);
      const SpeechVerb* verb = lex_.FindSpeechVerb(w);
      bool push_back = w == "pushed" && Lower(s, v + 1) == "back" && Lower(s, v + 2) == "against";
      bool according = w == "according" && Lower(s, v + 1) == "to";
      bool shot_down = (w == "shot" && Lower(s, v + 1) == "down") || (w == "shooting" && Lower(s, v + 1) == "down");
      if (!verb && !push_back && !according && !shot_down) continue;
      if (according) { ReportAccordingTo(s, v); continue; }
      if (shot_down) { ReportPassiveDenial(s, v); continue; }
      Relation rel = push_back ? Relation::kDenied : verb->relation;
      double strength = push_back ? 0.85 : verb->strength;
      // The verb must be a finite verb of a clause, not a noun ("the claims")
      if (v > 0 && (Lower(s, v - 1) == "the" || Lower(s, v - 1) == "a" || Lower(s, v - 1) == "its" ||
                    toks[v - 1].kind == TokenKind::kPossessive))
        continue;
      if (w == "claims" || w == "reports" || w == "calls" || w == "states" || w == "remarks" || w == "comments" ||
          w == "answers" || w == "promises" || w == "demands" || w == "post" || w == "posted")
        if (v == 0 || table_.MentionEndingAt(s, v) < 0) continue;
      if (verb && verb->lemma == "call" && !CallIntroducesStatement(s, v)) continue;
      if (v >= 2 && Lower(s, v - 2) == "what") continue;  // "in what X calls ..."
      // a participle is a statement only after a comma (", saying") or an
      // auxiliary ("is warning"), not in "With Putin demanding ..."
      if (IsParticipleVerb(w) && v > 0 && toks[v - 1].text != "," &&
          !(Lower(s, v - 1) == "is" || Lower(s, v - 1) == "was" || Lower(s, v - 1) == "are" ||
            Lower(s, v - 1) == "were" || Lower(s, v - 1) == "been"))
        continue;
      Speaker sp;
      bool participle = IsParticipleVerb(w) && v > 0 && toks[v - 1].text == ",";
      if (participle) sp = SubjectOf(s, v);
      else if (v > 0 && Lower(s, v - 1) == "and" && !drafts_.empty() && drafts_.back().from.s == s) sp = drafts_.back().speaker;
      else sp = SpeakerBefore(s, v);
      uint32_t content_from = v + (push_back ? 3 : 1);
      if (sp.kind == SpeakerKind::kNone && !participle && v > 0 &&
          (toks[v - 1].text == "," || toks[v - 1].kind == TokenKind::kQuote)) {
        // "said Putin"
        sp = SpeakerAfter(s, v + 1);
        if (sp.kind == SpeakerKind::kMention)
          content_from = table_.mentions[sp.mention].last;
      }
      if (sp.kind == SpeakerKind::kNone) continue;
      // content after the verb
      uint32_t a = SkipToContent(s, content_from, verb);
      // "told the Daily Mail: \"...\"": a quotation, read as one
      if (a + 1 < n && toks[a].text == ":" && toks[a + 1].kind == TokenKind::kQuote) continue;
      uint32_t b = ContentEnd(s, a);
      // ", she says," in the middle of the sentence: the content is around it
      if (!participle && a < n && toks[a].text == "," && !covered_[s][0]) {
        const uint32_t sp_first = SpeakerStart(s, sp, v);
        if (sp_first >= 2 && toks[sp_first - 1].text == ",") {
          uint32_t before_end = sp_first - 1, after_from = a + 1, after_end = ContentEnd(s, a + 1);
          if (after_end > after_from && after_end - after_from > before_end) { a = after_from; b = after_end; }
          else { a = 0; b = before_end; }
        }
      }
      if (verb && verb->lemma == "tell" && a < b) {
        // "..., the comedian has told BBC News.", "... told the BBC News website."
        const int m = table_.MentionAt(s, a + (Lower(s, a) == "the" ? 1 : 0));
        uint32_t object_end = m >= 0 ? table_.mentions[m].last : a;
        while (m >= 0 && object_end < b && object_end < table_.mentions[m].last + 2 &&
               toks[object_end].kind == TokenKind::kWord && !toks[object_end].capitalized)
          ++object_end;
        if ((m >= 0 && object_end >= b) || Lower(s, a) == "reporters" || Lower(s, a) == "journalists") a = b;
      }
      if (a >= b || a >= n || IsEndPunct(toks[a].text)) {
        // "..., he said." : the content is the clause before the speaker
        const uint32_t sp_first = SpeakerStart(s, sp, v);
        if (sp_first >= 2 && toks[sp_first - 1].text == "," && !covered_[s][0]) {
          a = 0;
          b = sp_first - 1;
          while (b > a && toks[b - 1].kind == TokenKind::kQuote) --b;
        } else {
          continue;
        }
      }
      if (AllInQuoteOrCovered(s, a, b)) continue;
      {
        std::string_view first_word = Lower(s, a);
        if (first_word == "of" || first_word == "about" || first_word == "on" || first_word == "against" ||
            first_word == "with" || first_word == "for" || first_word == "by")
          continue;
      }
      if (Lower(s, a) == "to" && verb) {
        static const std::unordered_set<std::string> kInfinitive = {"claim", "urge", "ask", "call", "tell", "promise",
                                                                   "pledge", "vow", "threaten", "demand", "warn"};
        if (!kInfinitive.count(verb->lemma)) continue;
      }
      Draft d;
      d.speaker = sp;
      d.relation = rel;
      if (rel == Relation::kSaid && HasFalsityPredicate(sentences_[s], a, b)) d.relation = Relation::kDenied;
      d.from = {s, a};
      d.to = {s, b};
      d.direct = false;
      d.confidence = std::min(1.0, strength * sp.confidence * (participle ? 0.9 : 1.0));
      // "denies this", "called it untrue": the denied claim is an earlier one
      std::string_view first = Lower(s, a);
      if (rel == Relation::kDenied && (first == "this" || first == "it" || first == "that" || first == "them") &&
          b - a <= 3)
        d.anaphoric = true;
      if (w == "called" && (first == "it" || first == "them")) {
        if (HasFalsityPredicate(sentences_[s], a, b) || Lower(s, b - 1) == "untrue" || Lower(s, b - 1) == "false") {
          d.relation = Relation::kDenied;
          d.anaphoric = true;
        }
      }
      drafts_.push_back(d);
      MarkCovered(s, v, b);
      // "... said that X, and that Y": Y is a statement of its own
      uint32_t e = b;
      while (e < n && IsEndPunct(toks[e].text)) ++e;
      while (e + 1 < n && Lower(s, e) == "and" && Lower(s, e + 1) == "that") {
        Draft more = d;
        more.from = {s, e + 2};
        uint32_t end = ContentEnd(s, e + 2);
        if (end <= e + 2) break;
        more.to = {s, end};
        more.anaphoric = false;
        drafts_.push_back(more);
        MarkCovered(s, e, end);
        e = end;
        while (e < n && IsEndPunct(toks[e].text)) ++e;
      }
    }
  }

  // "called it untrue", "called for talks", "called on X to", "called the
  // talks “productive”": not the noun "call", not "called off".
  bool CallIntroducesStatement(int s, uint32_t v) const {
    std::string_view next = Lower(s, v + 1);
    if (next == "it" || next == "them" || next == "for" || next == "on" || next == "him" || next == "her") return true;
    if (table_.MentionAt(s, v + 1) >= 0) return true;
    for (uint32_t t = v + 1; t < Toks(s).size() && t < v + 12; ++t)
      if (Toks(s)[t].kind == TokenKind::kQuote) return true;
    return false;
  }

  static bool IsEndPunct(std::string_view w) { return w == "." || w == "," || w == ";" || w == "!" || w == "?"; }

  // Where the speaker before the verb at v starts, with its article or
  // owner: "..., |the Bank of England said", "..., |Russia's Defense
  // Ministry said", "..., |he said".
  uint32_t SpeakerStart(int s, const Speaker& sp, uint32_t v) const {
    uint32_t first = sp.kind == SpeakerKind::kMention ? table_.mentions[sp.mention].first : v - 1;
    // "..., Russia's Defense Ministry said": the owner starts the speaker
    if (first >= 2 && Toks(s)[first - 1].kind == TokenKind::kPossessive)
      if (const int owner = table_.MentionEndingAt(s, first - 1); owner >= 0) first = table_.mentions[owner].first;
    if (first > 0 && (Lower(s, first - 1) == "the" || Lower(s, first - 1) == "a")) --first;
    return first;
  }

  bool AllInQuoteOrCovered(int s, uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (!covered_[s][t] && Toks(s)[t].kind != TokenKind::kQuote) return false;
    return true;
  }

  // Skips "that", "in a statement (on Friday)", "to reporters", an object
  // before "that", and the "claims that" of a denial.
  uint32_t SkipToContent(int s, uint32_t a, const SpeechVerb* verb) const {
    const uint32_t n = static_cast<uint32_t>(Toks(s).size());
    auto skip_phrase = [&](uint32_t at) {
      // "in a statement", "in televised remarks", "in a post on X", "on Friday", "on March 14"
      std::string_view w = Lower(s, at);
      if (w == "on" || w == "in" || w == "during" || w == "at") {
        uint32_t e = at + 1;
        while (e < n && e < at + 8 && Lower(s, e) != "that" && Toks(s)[e].text != "," &&
               Toks(s)[e].kind != TokenKind::kQuote)
          ++e;
        if (e < n && (Lower(s, e) == "that" || Toks(s)[e].text == ",")) return e;
        if (e >= n || Toks(s)[e].text == ".") return n;
      }
      return at;
    };
    uint32_t t = a;
    for (uint32_t before = n + 1; before != t;) {  // "on Friday", "in a statement", "also"
      before = t;
      t = skip_phrase(t);
      while (t < n && Lower(s, t) != "on" && IsAdverbOrTime(Lower(s, t))) ++t;
    }
    if (t < n && Toks(s)[t].text == ":") ++t;
    if (t < n && Toks(s)[t].text == ",") ++t;
    if (t < n && Lower(s, t) == "that") return t + 1;
    // "told reporters/journalists/the BBC (on Friday) that": object then "that"
    if (verb && (verb->lemma == "tell" || verb->lemma == "assure" || verb->lemma == "inform" || verb->lemma == "warn")) {
      for (uint32_t e = t; e < n && e < t + 10; ++e) {
        if (Lower(s, e) == "that") return e + 1;
        if (Toks(s)[e].text == ":" || Toks(s)[e].kind == TokenKind::kQuote) return e;
      }
    }
    // denial objects: "denied (the) claims/reports (of|that) ..."
    if (verb && verb->relation == Relation::kDenied) {
      uint32_t e = t;
      if (Lower(s, e) == "the") ++e;
      std::string_view noun = Lower(s, e);
      if ((noun == "claims" || noun == "claim" || noun == "reports" || noun == "allegations" || noun == "suggestions") &&
          Lower(s, e + 1) == "that")
        return e + 2;
    }
    if (Lower(s, t) == "the" && (Lower(s, t + 1) == "claims" || Lower(s, t + 1) == "claim") && Lower(s, t + 2) == "that")
      return t + 3;
    return t;
  }

  // The content runs to the sentence's end, or to ", saying", ", adding",
  // "and said", a dash, or a closing bracket.
  uint32_t ContentEnd(int s, uint32_t a) const {
    const auto& toks = Toks(s);
    uint32_t n = static_cast<uint32_t>(toks.size());
    for (uint32_t t = a; t < n; ++t) {
      if (toks[t].text == "," && t + 1 < n && IsParticipleVerb(Lower(s, t + 1)) && lex_.FindSpeechVerb(toks[t + 1].text))
        { n = t; break; }
      if (Lower(s, t) == "and" && t + 1 < n && lex_.FindSpeechVerb(toks[t + 1].text) && !InQuote(s, t)) { n = t; break; }
      if (toks[t].text == "—" && t > a + 3 && !InQuote(s, t)) { n = t; break; }
      if (Lower(s, t) == "while" && t > a + 3 && toks[t - 1].text == ",") { n = t; break; }
      if (t > a + 2 && !InQuote(s, t) && (Lower(s, t) == "after" || Lower(s, t) == "following" || Lower(s, t) == "before")) {
        // "X said Ukraine must surrender after Trump urged ...": narrative, not content
        // a person or body acting right after ("after U.S. President Trump's request")
        bool actor = false;
        for (int mm : table_.by_sentence[s]) {
          const Mention& men = table_.mentions[mm];
          if (men.first > t && men.first <= t + 5 && men.type != NodeType::kPlace) actor = true;
        }
        if (actor) { n = t; break; }
        if (Lower(s, t) == "following" && toks[t - 1].text == ",") { n = t; break; }
      }
      if (Lower(s, t) == "and" && Lower(s, t + 1) == "that" && t > a + 2 && !InQuote(s, t)) { n = t; break; }
      if (toks[t].text == "," && t > a + 2 && !InQuote(s, t)) {
        int m = table_.MentionAt(s, t + 1);
        if (m >= 0 && table_.mentions[m].first == t + 1 && table_.mentions[m].last < toks.size() &&
            lex_.FindSpeechVerb(toks[table_.mentions[m].last].text)) { n = t; break; }
      }
    }
    while (n > a && (IsEndPunct(toks[n - 1].text))) --n;
    return n;
  }

  // "according to X, ..." / "..., according to X."
  void ReportAccordingTo(int s, uint32_t v) {
    Speaker sp;
    const auto& toks = Toks(s);
    for (uint32_t t = v + 2; t < toks.size() && t < v + 10; ++t) {
      int m = table_.MentionAt(s, t);
      if (m >= 0 && table_.mentions[m].type != NodeType::kPlace && table_.mentions[m].entity >= 0) {
        sp = FromMention(m);
        break;
      }
    }
    if (sp.kind == SpeakerKind::kNone) return;
    uint32_t a = 0, b = v;
    if (v == 0) {
      uint32_t c = v + 2;
      while (c < toks.size() && toks[c].text != ",") ++c;
      a = c + 1;
      b = ContentEnd(s, a);
    } else {
      while (b > a && IsEndPunct(toks[b - 1].text)) --b;
    }
    if (a >= b) return;
    Draft d;
    d.speaker = sp;
    d.from = {s, a};
    d.to = {s, b};
    d.confidence = 0.8;
    drafts_.push_back(d);
    MarkCovered(s, a, b);
  }

  // "The claim that X was (also) shot down by Y": Y denied X.
  void ReportPassiveDenial(int s, uint32_t v) {
    const auto& toks = Toks(s);
    Speaker sp;
    for (uint32_t t = v + 2; t < toks.size() && t < v + 8; ++t) {
      if (Lower(s, t) != "by") continue;
      for (uint32_t u = t + 1; u < toks.size() && u < t + 6; ++u) {
        int m = table_.MentionAt(s, u);
        if (m >= 0 && table_.mentions[m].entity >= 0) { sp = FromMention(m); break; }
      }
      break;
    }
    if (sp.kind == SpeakerKind::kNone) return;
    uint32_t a = 0;
    for (uint32_t t = 0; t + 1 < v; ++t)
      if (Lower(s, t) == "that" && t > 0 && (Lower(s, t - 1) == "claim" || Lower(s, t - 1) == "claims" ||
                                             Lower(s, t - 1) == "reports" || Lower(s, t - 1) == "allegation")) {
        a = t + 1;
        break;
      }
    if (a == 0) return;
    uint32_t b = v;
    while (b > a && (Lower(s, b - 1) == "was" || Lower(s, b - 1) == "also" || Lower(s, b - 1) == "were" ||
                     Lower(s, b - 1) == "been" || Lower(s, b - 1) == "has" || Lower(s, b - 1) == "have"))
      --b;
    if (b <= a) return;
    Draft d;
    d.speaker = sp;
    d.relation = Relation::kDenied;
    d.from = {s, a};
    d.to = {s, b};
    d.confidence = 0.8;
    drafts_.push_back(d);
    MarkCovered(s, 0, static_cast<uint32_t>(toks.size()));
  }

  int SpeakerEntity(Draft& d) {
    if (d.speaker.kind == SpeakerKind::kMention && d.speaker.entity < 0) {
      // A description that speaks becomes an entity named by it.
      Mention& m = table_.mentions[d.speaker.mention];
      if (!m.description) return -1;
      std::string name = m.surface;
      if (name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0) name.erase(0, 4);
      for (size_t e = 0; e < table_.entities.size(); ++e)
        if (table_.entities[e].name == name) { m.entity = static_cast<int>(e); return m.entity; }
      table_.entities.push_back(ArticleEntity{NodeType::kPerson, name, {}, /*unnamed=*/true});
      m.entity = static_cast<int>(table_.entities.size()) - 1;
      d.speaker.entity = m.entity;
    }
    return d.speaker.entity;
  }

  static std::vector<std::string> ContentWords(const std::vector<Token>& toks, uint32_t a, uint32_t b) {
    std::vector<std::string> out;
    for (uint32_t t = a; t < b; ++t)
      if (toks[t].kind == TokenKind::kWord) out.push_back(LowerAscii(toks[t].text));
    std::sort(out.begin(), out.end());
    return out;
  }

  // Token F1 between two sorted word lists.
  static double Overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    return 2.0 * common.size() / (a.size() + b.size());
  }

  // The same statement in the headline and the body counts once; read
  // twice in one sentence (`He said: "..."` as speech and as a quotation
  // running on into the next sentence), the quotation is kept.
  void DropRepeats() {
    std::vector<Draft> kept;
    std::vector<std::vector<std::string>> kept_words;
    for (auto& d : drafts_) {
      std::vector<std::string> words = ContentWords(Toks(d.from.s), d.from.t, d.to.t);
      bool repeat = false;
      for (size_t k = 0; k < kept.size() && !repeat; ++k) {
        repeat = kept[k].speaker.entity >= 0 && kept[k].speaker.entity == d.speaker.entity &&
                 kept[k].relation == d.relation && !d.anaphoric && !kept[k].anaphoric &&
                 Overlap(kept_words[k], words) >= 0.7;
        if (repeat && d.direct && !kept[k].direct && kept[k].from.s == d.from.s) {
          kept[k] = d;
          kept_words[k] = words;
        }
      }
      if (!repeat) {
        kept.push_back(d);
        kept_words.push_back(std::move(words));
      }
    }
    drafts_ = std::move(kept);
  }

  void Emit() {
    for (auto& d : drafts_) SpeakerEntity(d);
    DropRepeats();
    std::map<std::string, int> claim_by_text;
    int last_said_claim = -1;
    for (auto& d : drafts_) {
      const int speaker = SpeakerEntity(d);
      const auto& toks = Toks(d.from.s);
      const uint32_t byte_a = toks[d.from.t].begin, byte_b = toks[d.to.t - 1].end;
      int claim = -1;
      if (d.anaphoric && last_said_claim >= 0) {
        claim = last_said_claim;
      } else {
        std::string content(text_.substr(byte_a, byte_b - byte_a));
        std::string key = NormalizeKey(content);
        auto it = claim_by_text.find(key);
        if (it != claim_by_text.end()) {
          claim = it->second;
        } else {
          ArticleClaim c;
          c.text = content;
          std::vector<int> about;
          for (int m : table_.by_sentence[d.from.s]) {
            const Mention& mm = table_.mentions[m];
            if (mm.entity < 0 || mm.first < d.from.t || mm.last > d.to.t) continue;
            if (mm.entity == speaker && mm.type == NodeType::kPerson) continue;
            about.push_back(mm.entity);
          }
          std::sort(about.begin(), about.end());
          about.erase(std::unique(about.begin(), about.end()), about.end());
          c.about = std::move(about);
          facts_.claims.push_back(std::move(c));
          claim = static_cast<int>(facts_.claims.size()) - 1;
          claim_by_text.emplace(key, claim);
        }
      }
      if (d.relation == Relation::kSaid) last_said_claim = claim;
      Statement st;
      st.speaker = speaker;
      st.relation = d.relation;
      st.claim = claim;
      st.direct = d.direct;
      st.confidence = std::round(d.confidence * 100) / 100;
      st.evidence = SentenceSpan(text_, sentences_[d.from.s], offsets_);
      facts_.statements.push_back(std::move(st));
    }
  }

  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  EntityTable& table_;
  const Lexicon& lex_;
  const CodePointIndex& offsets_;
  ArticleFacts& facts_;
  std::vector<Quote> quotes_;
  std::vector<std::vector<bool>> in_quote_;  // [sentence][token]: inside a quotation
  std::vector<std::vector<bool>> covered_;
  std::vector<Draft> drafts_;
  Speaker last_quote_speaker_;
};

}  // namespace

void FindStatements(std::string_view text, const std::vector<Sentence>& sentences, EntityTable& table,
                    const Lexicon& lexicon, const CodePointIndex& offsets, ArticleFacts& facts) {
  Finder(text, sentences, table, lexicon, offsets, facts).Run();
}

}  // namespace claimgraph::extract
