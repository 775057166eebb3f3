#include "extract/relations.h"

#include "extract/names.h"

#include <set>
#include <utility>

namespace claimgraph::extract {

namespace {

class RelationFinder {
 public:
  RelationFinder(std::string_view text, const std::vector<Sentence>& sentences, const EntityTable& table,
                 const Lexicon& lex, const CodePointIndex& offsets, ArticleFacts& facts)
      : text_(text), sentences_(sentences), table_(table), lex_(lex), offsets_(offsets), facts_(facts) {}

  void Run() {
    for (size_t s = 0; s < sentences_.size(); ++s) {
      if (sentences_[s].furniture) continue;
      FindLocatedIn(static_cast<int>(s));
      FindMeetings(static_cast<int>(s));
    }
  }

 private:
  std::string_view Lower(int s, uint32_t t) const { return sentences_[s].Lower(t); }
  const Mention* At(int s, uint32_t t) const {
    int m = table_.MentionAt(s, t);
    return m >= 0 && table_.mentions[m].entity >= 0 ? &table_.mentions[m] : nullptr;
  }
  const Mention* PlaceStartingAt(int s, uint32_t t) const {
    const Mention* m = At(s, t);
    return m && m->first == t && m->type == NodeType::kPlace ? m : nullptr;
  }
  bool IsCountry(const Mention& m) const { return lex_.CountryByName(table_.entities[m.entity].name) != nullptr; }

  Span Evidence(int s) const {
    const Sentence& sent = sentences_[s];
    return Span{offsets_.ToCodePoint(sent.begin), offsets_.ToCodePoint(sent.end),
                std::string(text_.substr(sent.begin, sent.end - sent.begin))};
  }

  void AddLink(Relation rel, int a, int b, int s, std::string where = "", std::string when = "") {
    if (a < 0 || b < 0 || a == b) return;
    auto key = rel == Relation::kMetWith ? std::make_tuple(rel, std::min(a, b), std::max(a, b))
                                         : std::make_tuple(rel, a, b);
    if (!seen_.insert(key).second) return;
    Link l;
    l.relation = rel;
    l.a = a;
    l.b = b;
    l.where = std::move(where);
    l.when = std::move(when);
    l.evidence = Evidence(s);
    facts_.links.push_back(std::move(l));
  }

  void FindLocatedIn(int s) {
    const auto& toks = sentences_[s].tokens;
    for (int mi : table_.by_sentence[s]) {
      const Mention& m = table_.mentions[mi];
      if (m.entity < 0 || m.type != NodeType::kPlace) continue;
      uint32_t t = m.last;
      // "Russia's Kursk Oblast": Y's X
      if (t < toks.size() && toks[t].kind == TokenKind::kPossessive) {
        uint32_t u = t + 1;
        while (u < toks.size() && !toks[u].capitalized && (Lower(s, u) == "partially" || Lower(s, u) == "occupied" ||
                                                            Lower(s, u) == "southern" || Lower(s, u) == "northern" ||
                                                            Lower(s, u) == "eastern" || Lower(s, u) == "western" ||
                                                            Lower(s, u) == "border"))
          ++u;
        if (const Mention* inner = PlaceStartingAt(s, u); inner && !IsCountry(*inner))
          AddLink(Relation::kLocatedIn, inner->entity, m.entity, s);
        continue;
      }
      if (IsCountry(m)) {
        uint32_t c = m.last;
        if (c < sentences_[s].tokens.size() && sentences_[s].tokens[c].kind == TokenKind::kPossessive) ++c;
        if (IsPlaceNoun(Lower(s, c)) && Lower(s, c + 1) == ",")
          if (const Mention* city = PlaceStartingAt(s, c + 2); city && !IsCountry(*city))
            AddLink(Relation::kLocatedIn, city->entity, m.entity, s);
        continue;
      }
      // "Sudzha in Kursk", "Basra in southern Iraq", "Moscow, Russia",
      // "the Kursk region of Russia", "Valenciana - a region of Spain"
      std::string_view w = Lower(s, t);
      uint32_t u = t + 1;
      if ((w == "," || w == "-" || w == "—" || w == "–") && (Lower(s, u) == "a" || Lower(s, u) == "the") &&
          IsPlaceNoun(Lower(s, u + 1)) && (Lower(s, u + 2) == "of" || Lower(s, u + 2) == "in")) {
        w = "in";
        u += 3;
      }
      if (w == "in" || w == "of" || w == ",") {
        if (Lower(s, u) == "the") ++u;
        if (IsCompassWord(Lower(s, u)) || Lower(s, u) == "rural" || Lower(s, u) == "coastal") ++u;
        const Mention* outer = PlaceStartingAt(s, u);
        if (!outer) continue;
        if (w == "," && outer->last < sentences_[s].tokens.size() &&
            sentences_[s].tokens[outer->last].kind == TokenKind::kPossessive)
          continue;
        if (w == "of" && !(m.name.find("region") != std::string::npos || m.name.find("Oblast") != std::string::npos ||
                           m.name.find("Region") != std::string::npos))
          continue;
        if (w == "," && !(IsCountry(*outer) || outer->name.find("Oblast") != std::string::npos ||
                          outer->name.find("Region") != std::string::npos ||
                          lex_.IsPlaceHead(sentences_[s].tokens[outer->last - 1].text) ||
                          lex_.IsRegionName(table_.entities[outer->entity].name)))
          continue;
        if (outer->entity != m.entity) AddLink(Relation::kLocatedIn, m.entity, outer->entity, s);
      }
    }
  }

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

  // The nearest person or organisation mention before token t in s.
  int PartyBefore(int s, uint32_t t) const {
    int best = -1;
    for (int mi : table_.by_sentence[s]) {
      const Mention& m = table_.mentions[mi];
      if (m.last > t) break;
      if (m.entity >= 0 && m.type != NodeType::kPlace) best = m.entity;
    }
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
      // "NATO Secretary General Mark Rutte", "LSE boss Clara Furse": the person, not the body
      if (m.type == NodeType::kOrganisation) {
        uint32_t after = m.last;
        if (after < sentences_[s].tokens.size() && !lex_.RoleClass(sentences_[s].tokens[after].text).empty()) ++after;
        int next = table_.MentionAt(s, after);
        if (next >= 0 && table_.mentions[next].type == NodeType::kPerson && table_.mentions[next].entity >= 0) {
          if (end) *end = table_.mentions[next].last;
          return table_.mentions[next].entity;
        }
      }
      if (end) *end = m.last;
      return m.entity;
    }
    return -1;
  }

  // Every party of "with X, (description,) Y and Z".
  std::vector<int> PartiesAfter(int s, uint32_t t) const {
    std::vector<int> parties;
    uint32_t end = t;
    int p = PartyAfter(s, t, 6, &end);
    while (p >= 0) {
      parties.push_back(p);
      uint32_t next = end;
      while (next < sentences_[s].tokens.size() && (Lower(s, next) == "," || Lower(s, next) == "and")) ++next;
      if (next == end) break;
      p = PartyAfter(s, next, 5, &end);
    }
    return parties;
  }

  void FindMeetings(int s) {
    const auto& toks = sentences_[s].tokens;
    const std::vector<bool> quoted = QuotedTokens(s);
    for (uint32_t v = 0; v < toks.size(); ++v) {
      if (quoted[v]) continue;  // a speaker's own words: "I" is not resolved here
      static const std::set<std::string_view> kCues = {"met", "meets", "meet", "meeting", "hosted", "hosts",
                                                  "talks", "call", "summit", "spoke"};
      std::string_view w = Lower(s, v);
      if (!kCues.count(w)) continue;
      int a = -1, b = -1;
      uint32_t after = v + 1;
      if (w == "met" || w == "meets" || w == "meet" || w == "meeting" || w == "hosted" || w == "hosts") {
        if (w == "meeting" && (Lower(s, v + 1) == "between" || Lower(s, v + 1) == "of")) {
          std::tie(a, b) = Between(s, v + 2);
        } else {
          if (Lower(s, after) == "with") ++after;
          b = PartyAfter(s, after, 6);
          a = PronounOrPartyBefore(s, v);
        }
      } else if ((w == "talks" || w == "call" || w == "meeting" || w == "summit") && Lower(s, v + 1) == "between") {
        std::tie(a, b) = Between(s, v + 2);
      } else if ((w == "talks" || w == "call") && Lower(s, v + 1) == "with" && v > 0 &&
                 (Lower(s, v - 1) == "held" || Lower(s, v - 1) == "hold" || Lower(s, v - 1) == "holds" ||
                  Lower(s, v - 1) == "phone")) {
        b = PartyAfter(s, v + 2, 6);
        a = PronounOrPartyBefore(s, v - 1);
      } else if (w == "talks" && Lower(s, v + 1) == "with" && v > 0 &&
                 (Lower(s, v - 1) == "following" || Lower(s, v - 1) == "after")) {
        // "Following talks with Mr Blair, Mr Abbas said": the clause's subject met X
        uint32_t end = v + 2;
        b = PartyAfter(s, v + 2, 3, &end);
        a = PartyAfter(s, end, 6);
      } else if (w == "spoke" && (Lower(s, v + 1) == "with" || (Lower(s, v + 1) == "by" && Lower(s, v + 3) == "with"))) {
        b = PartyAfter(s, Lower(s, v + 1) == "with" ? v + 2 : v + 4, 2);
        a = PronounOrPartyBefore(s, v);
      }
      // the noun "meeting" between two bodies is a fixture or a session, not talks
      if (a >= 0 && b >= 0 && w == "meeting" && table_.entities[a].type != NodeType::kPerson &&
          table_.entities[b].type != NodeType::kPerson)
        continue;
      if (a >= 0 && b >= 0) {
        AddLink(Relation::kMetWith, a, b, s, PlaceAfter(s, v), DayAfter(s, v));
        // "held talks with X, and Y": each party named after "with"
        uint32_t with = v + 1;
        while (with < sentences_[s].tokens.size() && with < v + 4 && Lower(s, with) != "with") ++with;
        if (with < sentences_[s].tokens.size() && Lower(s, with) == "with")
          for (int other : PartiesAfter(s, with + 1))
            AddLink(Relation::kMetWith, a, other, s, PlaceAfter(s, v), DayAfter(s, v));
      }
    }
  }

  std::pair<int, int> Between(int s, uint32_t t) const {
    int a = PartyAfter(s, t, 2);
    if (a < 0) return {-1, -1};
    for (uint32_t u = t; u < sentences_[s].tokens.size() && u < t + 10; ++u)
      if (Lower(s, u) == "and") return {a, PartyAfter(s, u + 1, 2)};
    return {-1, -1};
  }

  int PronounOrPartyBefore(int s, uint32_t v) const {
    // "he has met", "she also held talks": skip auxiliaries and adverbs
    while (v > 0 && (Lower(s, v - 1) == "has" || Lower(s, v - 1) == "had" || Lower(s, v - 1) == "have" ||
                     Lower(s, v - 1) == "also" || Lower(s, v - 1) == "already" || Lower(s, v - 1) == "later" ||
                     Lower(s, v - 1) == "then" || Lower(s, v - 1) == "reportedly" || Lower(s, v - 1) == "previously"))
      --v;
    if (v > 0) {
      std::string_view p = Lower(s, v - 1);
      if (p == "he" || p == "she") {
        // the sentence's earlier person, else the previous sentence's
        for (int ss = s; ss >= 0 && ss >= s - 1; --ss) {
          int best = -1;
          for (int mi : table_.by_sentence[ss]) {
            const Mention& m = table_.mentions[mi];
            if (ss == s && m.last > v) break;
            if (m.entity >= 0 && table_.entities[m.entity].type == NodeType::kPerson) { best = m.entity; break; }
          }
          if (best >= 0) return best;
        }
        return -1;
      }
    }
    // skip an apposition: "Trump's envoy, Steve Witkoff, met"
    return PartyBefore(s, v);
  }

  std::string PlaceAfter(int s, uint32_t v) const {
    const auto& toks = sentences_[s].tokens;
    for (uint32_t t = v; t + 1 < toks.size() && t < v + 14; ++t) {
      if (Lower(s, t) != "in") continue;
      const Mention* m = PlaceStartingAt(s, t + 1);
      if (m) return table_.entities[m->entity].name;
    }
    return "";
  }

  std::string DayAfter(int s, uint32_t v) const {
    static const std::set<std::string_view> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
    const auto& toks = sentences_[s].tokens;
    for (uint32_t t = v; t < toks.size() && t < v + 16; ++t)
      if (kDays.count(Lower(s, t))) return std::string(toks[t].text);
    return "";
  }

  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const EntityTable& table_;
  const Lexicon& lex_;
  const CodePointIndex& offsets_;
  ArticleFacts& facts_;
  std::set<std::tuple<Relation, int, int>> seen_;
};

}  // namespace

void FindRelations(std::string_view text, const std::vector<Sentence>& sentences, const EntityTable& table,
                   const Lexicon& lexicon, const CodePointIndex& offsets, ArticleFacts& facts) {
  RelationFinder(text, sentences, table, lexicon, offsets, facts).Run();
}

}  // namespace claimgraph::extract
