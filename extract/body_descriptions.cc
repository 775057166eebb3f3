#include "extract/body_descriptions.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "extract/names.h"

namespace claimgraph::extract {
namespace {

// Body nouns that describe any business ("the firm", "the company").
bool IsBusinessNoun(std::string_view w) { return w == "company" || w == "firm" || w == "group"; }

// Words after a body's possessive, or before "in"/"of"/"for" and the body,
// that only a business has: "Toyota's profits", "shares in Yukos".
bool IsBusinessWordAfter(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "shares", "profits", "profit", "sales", "shareholders", "revenue", "revenues", "earnings", "results",
      "stock", "takeover", "stake", "executives", "employees", "customers", "products", "brand", "subsidiary"};
  return kWords.count(w) > 0;
}

// Modifiers that make a description another body than one already named:
// "the other company", "the parent group", "the new firm" (after a merger).
bool IsOtherBodyModifier(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "other", "another", "parent", "holding", "sister", "subsidiary", "new", "merged", "combined",
      "joint", "rival", "former", "first", "second", "third", "fourth", "fifth", "last", "next", "two", "three",
      // (and words that start another phrase)
      "a", "an", "of", "and", "or", "in", "for", "to", "with", "by"};
  return kWords.count(w) > 0;
}

// Nouns that continue a compound after a body noun: "the exchange rate",
// "the group stage", "the bank holiday".
bool IsCompoundTail(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "rate", "rates", "holiday", "holidays", "car", "cars", "stage", "share", "price", "prices", "value",
      "leader", "leaders", "sector", "index", "account", "accounts", "manager", "chief", "boss", "members",
      "member", "director", "spokesman", "spokeswoman", "official", "officials"};
  return kWords.count(w) > 0;
}

// Head words of a body's name that news calls "the group": "Muslim Council
// of Britain", "Countryside Alliance", "Campaign for Nuclear Disarmament".
bool IsGroupNameHead(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "Council", "Association", "Federation", "Alliance", "Coalition", "Campaign", "Movement", "Society",
      "Forum", "Front", "Brigade", "Brigades", "Confederation"};
  return kWords.count(w) > 0;
}

struct BodyEvidence {
  std::set<std::string> nouns;   // "carmaker", "exchange": what it was called
  std::set<std::string> places;  // "London", "France": where its name or introduction puts it
  bool business = false;
};

class Resolver {
 public:
  Resolver(const std::vector<Sentence>& sentences, const Lexicon& lex, EntityTable* table)
      : sentences_(sentences), lex_(lex), table_(*table), evidence_(table->entities.size()) {}

  void Run() {
    for (size_t e = 0; e < table_.entities.size(); ++e)
      if (table_.entities[e].type == NodeType::kOrganisation) ReadName(static_cast<int>(e));
    for (const Mention& m : table_.mentions)
      if (!m.description && m.entity >= 0 && table_.entities[m.entity].type == NodeType::kOrganisation)
        ReadContext(m);

    std::vector<Mention> added;
    std::set<int> replaced;  // place mentions that are a description's modifier
    for (int s = 0; s < static_cast<int>(sentences_.size()); ++s)
      for (uint32_t i = 0; i + 1 < sentences_[s].tokens.size(); ++i)
        if (sentences_[s].Lower(i) == "the") TryDescriptionAt(s, i, &added, &replaced);
    if (added.empty()) return;

    std::vector<Mention> merged;
    for (size_t m = 0; m < table_.mentions.size(); ++m)
      if (!replaced.count(static_cast<int>(m))) merged.push_back(std::move(table_.mentions[m]));
    for (auto& m : added) merged.push_back(std::move(m));
    std::stable_sort(merged.begin(), merged.end(), [](const Mention& a, const Mention& b) {
      return a.sentence != b.sentence ? a.sentence < b.sentence : a.first < b.first;
    });
    table_.mentions = std::move(merged);
    for (auto& list : table_.by_sentence) list.clear();
    for (size_t m = 0; m < table_.mentions.size(); ++m)
      table_.by_sentence[table_.mentions[m].sentence].push_back(static_cast<int>(m));
  }

 private:
  std::string_view Tok(int s, uint32_t t) const { return sentences_[s].tokens[t].text; }
  // (safe past the sentence's end: "")
  std::string_view Lower(int s, uint32_t t) const { return sentences_[s].Lower(t); }
  bool IsWord(int s, uint32_t t) const {
    return t < sentences_[s].tokens.size() && sentences_[s].tokens[t].kind == TokenKind::kWord;
  }
  bool IsLowerWord(int s, uint32_t t) const { return IsWord(s, t) && !sentences_[s].tokens[t].capitalized; }

  // The country a capitalised modifier names ("German", "France"), if any.
  const Country* CountryOf(std::string_view word) const {
    if (const Country* c = lex_.CountryByName(word)) return c;
    return lex_.CountryByDemonym(word);
  }

  // "London Stock Exchange": called an exchange, and in London.
  void ReadName(int e) {
    std::vector<std::string> names = table_.entities[e].aliases;
    names.push_back(table_.entities[e].name);
    for (const std::string& name : names) {
      // a body headed by an association or a campaign is "the group" too: its
      // last word or the one before "of" ("Muslim Council of Britain"; not
      // "Birmingham City Council", which is "the council")
      const std::vector<std::string> words = Words(name);
      for (size_t w = 0; w < words.size(); ++w)
        if (IsGroupNameHead(words[w]) && (w + 1 == words.size() ? words[w] != "Council" : words[w + 1] == "of"))
          evidence_[e].nouns.insert("group");
      for (const std::string& word : words) {
        const std::string lower = LowerAscii(word);
        if (lex_.IsOrgCueBefore(lower)) Note(e, lower);
        // an exchange is "the London market" ("the pan-European bourse" is
        // not read from a name: it was Euronext, after the London Stock Exchange)
        if (word == "Exchange" || word == "Boerse" || word == "Börse" || word == "Bourse")
          evidence_[e].nouns.insert("market");
        if (const Country* c = CountryOf(word)) evidence_[e].places.insert(c->name);
        if (lex_.FindCity(word)) evidence_[e].places.insert(word);
      }
    }
  }

  void Note(int e, const std::string& noun) {
    static const std::set<std::string_view> kNotBusiness = {
        "party", "union", "club", "band", "charity", "watchdog", "regulator", "agency", "organisation",
        "organization", "think-tank", "newspaper", "paper", "tabloid", "magazine", "website", "broadcaster",
        "broadcasting", "station", "channel", "network", "rival"};
    evidence_[e].nouns.insert(noun);
    if (noun == "band") evidence_[e].nouns.insert("group");  // "the group" after "the band X"
    if (!kNotBusiness.count(noun)) evidence_[e].business = true;
  }

  // What the words around a mention of body e say of it: "French carmaker
  // PSA", "London-based X", "X, the German exchange,", "X's profits",
  // "shares in X".
  void ReadContext(const Mention& m) {
    const int s = m.sentence, e = m.entity;
    const auto& toks = sentences_[s].tokens;
    for (uint32_t k = m.first, steps = 0; k > 0 && steps < 4; --k, ++steps) {
      const uint32_t t = k - 1;
      if (IsLowerWord(s, t)) {
        if (lex_.IsOrgCueBefore(Lower(s, t))) Note(e, std::string(Lower(s, t)));
        else if (Lower(s, t) == "based" && t >= 2 && Tok(s, t - 1) == "-") {
          evidence_[e].places.insert(std::string(Tok(s, t - 2)));
          k -= 2;
        }
        continue;
      }
      if (IsWord(s, t) && toks[t].capitalized) {
        if (const Country* c = CountryOf(Tok(s, t))) { evidence_[e].places.insert(c->name); continue; }
      }
      break;
    }
    if (m.first >= 2 && (Lower(s, m.first - 1) == "in" || Lower(s, m.first - 1) == "of" ||
                         Lower(s, m.first - 1) == "for") &&
        IsBusinessWordAfter(Lower(s, m.first - 2)))
      evidence_[e].business = true;
    if (m.last < toks.size() && toks[m.last].kind == TokenKind::kPossessive && IsBusinessWordAfter(Lower(s, m.last + 1)))
      evidence_[e].business = true;
    // an apposition: "Euronext, the pan-European exchange,"
    if (Lower(s, m.last) == "," && (Lower(s, m.last + 1) == "the" || Lower(s, m.last + 1) == "a")) {
      for (uint32_t t = m.last + 2; t < toks.size() && t < m.last + 10 && IsWord(s, t); ++t) {
        if (!toks[t].capitalized && lex_.IsOrgCueBefore(Lower(s, t))) Note(e, std::string(Lower(s, t)));
        else if (toks[t].capitalized) {
          if (const Country* c = CountryOf(Tok(s, t))) evidence_[e].places.insert(c->name);
          else if (lex_.FindCity(Tok(s, t))) evidence_[e].places.insert(std::string(Tok(s, t)));
        }
        if (Lower(s, t) == "which" || Lower(s, t) == "that" || Lower(s, t) == "of") break;
      }
    }
  }

  // "the (modifiers) NOUN" at token i: adds its mention when it refers to a
  // body named before.
  void TryDescriptionAt(int s, uint32_t i, std::vector<Mention>* added, std::set<int>* replaced) {
    const auto& toks = sentences_[s].tokens;
    if (table_.MentionAt(s, i) >= 0) return;  // inside a name or a person's description
    std::vector<std::string> places;
    std::vector<int> modifier_mentions;
    uint32_t t = i + 1;
    for (; t < toks.size() && t <= i + 4 && IsWord(s, t); ++t) {
      const std::string_view w = Lower(s, t);
      if (!toks[t].capitalized && (lex_.IsOrgCueBefore(w) || w == "market") && w != "rival") break;
      if (IsOtherBodyModifier(w)) return;
      if (toks[t].capitalized) {
        const int pm = table_.MentionAt(s, t);
        if (pm >= 0) {
          const Mention& place = table_.mentions[pm];
          if (place.type != NodeType::kPlace || place.entity < 0 || place.first != t) return;
          const std::string& name = table_.entities[place.entity].name;
          if (const Country* c = CountryOf(name)) places.push_back(c->name);
          else places.push_back(name);
          modifier_mentions.push_back(pm);
          t = place.last - 1;
        } else if (const Country* c = lex_.CountryByDemonym(Tok(s, t))) {
          places.push_back(c->name);
        } else {
          return;  // "the Microsoft group": a name, read elsewhere
        }
      } else if (table_.MentionAt(s, t) >= 0) {
        return;
      }
    }
    if (t >= toks.size() || t > i + 4 || !IsLowerWord(s, t)) return;
    const std::string noun(Lower(s, t));
    // ("the party": which of the parties an article names is rarely clear)
    if ((!lex_.IsOrgCueBefore(noun) && noun != "market") || noun == "rival" || noun == "party") return;
    if (table_.MentionAt(s, t) >= 0) return;
    // not "the carmaker Toyota" (a cue before a name), "the exchange rate",
    // "the group of ministers"
    const uint32_t after = t + 1;
    if (after < toks.size()) {
      if (IsWord(s, after) && toks[after].capitalized) return;
      if (IsCompoundTail(Lower(s, after)) || Lower(s, after) == "of") return;
    }
    if (noun == "market" && places.empty()) return;  // "the market said": any market, not a named exchange
    const int body = LatestFitting(s, i, noun, places);
    if (body < 0) return;
    Mention m;
    m.sentence = s;
    m.first = m.name_first = i;
    m.last = m.name_last = t + 1;
    m.type = NodeType::kOrganisation;
    m.description = true;
    m.entity = body;
    m.name = table_.entities[body].name;
    m.surface = std::string(sentences_[s].tokens[i].text);
    for (uint32_t k = i + 1; k <= t; ++k) m.surface += " " + std::string(Tok(s, k));
    added->push_back(std::move(m));
    replaced->insert(modifier_mentions.begin(), modifier_mentions.end());
  }

  bool Fits(int e, const std::string& noun, const std::vector<std::string>& places) const {
    const BodyEvidence& ev = evidence_[e];
    if (!ev.nouns.count(noun) && !(IsBusinessNoun(noun) && ev.business)) return false;
    for (const std::string& p : places)
      if (!ev.places.count(p)) return false;
    return true;
  }

  // The fitting body named last before token i of sentence s, or -1; "the
  // company" or "the firm" after a body named earlier in its sentence is
  // that body ("In a statement from Lycos Europe ..., the company denied").
  int LatestFitting(int s, uint32_t i, const std::string& noun, const std::vector<std::string>& places) const {
    int best = -1, in_sentence = -1;
    for (const Mention& m : table_.mentions) {
      if (m.sentence > s || (m.sentence == s && m.first >= i)) break;
      if (m.entity < 0 || table_.entities[m.entity].type != NodeType::kOrganisation) continue;
      if (Fits(m.entity, noun, places)) best = m.entity;
      if (m.sentence == s && !m.description) in_sentence = m.entity;
    }
    return IsBusinessNoun(noun) && places.empty() && in_sentence >= 0 ? in_sentence : best;
  }

  const std::vector<Sentence>& sentences_;
  const Lexicon& lex_;
  EntityTable& table_;
  std::vector<BodyEvidence> evidence_;
};

}  // namespace

void ResolveBodyDescriptions(const std::vector<Sentence>& sentences, const Lexicon& lexicon, EntityTable* table) {
  Resolver(sentences, lexicon, table).Run();
}

}  // namespace claimgraph::extract
