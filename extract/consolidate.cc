#include "extract/consolidate.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extract/key_map.h"
#include "extract/names.h"
#include "extract/tokenize.h"

namespace claimgraph::extract {

namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller index becomes the root, so results do not depend on the
  // order in which unions happen.
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<size_t> parent_;
};


// A proper-name alias: every word capitalised (not "the Russian leader").
bool IsProperName(const std::string& s) {
  auto words = Words(s);
  if (words.empty()) return false;
  for (const auto& w : words) {
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (!(c >= 'A' && c <= 'Z') && c < 0x80 && w != "of" && w != "the" && w != "for" && w != "and") return false;
  }
  return true;
}

std::string Slug(const std::string& label) {
  std::string out;
  for (unsigned char c : NormalizeKey(label)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out += static_cast<char>(c);
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "x" : out;
}

uint64_t Fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ULL; }
  return h;
}

std::string Hex(uint64_t v, int digits) {
  static const char* kHex = "0123456789abcdef";
  std::string out(digits, '0');
  for (int i = digits - 1; i >= 0; --i, v >>= 4) out[i] = kHex[v & 15];
  return out;
}

bool IsStopConcept(std::string_view w) {
  static const std::unordered_set<std::string_view> kStop = {
      "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
      "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "can", "could", "should",
      "may", "might", "must", "do", "does", "did", "that", "this", "these", "those", "it", "its", "they", "them",
      "their", "he", "she", "his", "her", "we", "our", "us", "i", "you", "your", "my", "me", "not", "no", "very",
      "also", "just", "so", "if", "than", "then", "there", "here", "which", "who", "what", "all", "any", "some",
      "about", "into", "over", "after", "before", "only", "even", "such", "one", "more", "most", "now", "out",
      "up", "down", "s", "said", "say", "says", "need", "make", "take", "give", "get", "go", "come", "want",
      "know", "see", "put", "use", "tell", "ask", "call", "expect", "try", "keep", "let", "become", "seem",
      "think", "look", "include", "continue", "help", "show", "allow", "add", "like", "able", "way", "thing",
      "time", "year", "day", "week", "people", "report", "reports", "claim", "claims", "suppose", "supposed"};
  return kStop.count(w) > 0;
}

// Whether two sorted lists have an element in common.
bool SharesAny(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i == *j) return true;
    if (*i < *j) ++i;
    else ++j;
  }
  return false;
}

struct EntityItem {
  size_t article;
  int local;
  const ArticleEntity* entity;
};


}  // namespace

namespace {

struct ClaimFeatures {
  std::vector<std::string> concepts;    // sorted, unique
  std::vector<std::string> predicates;  // text order, unique
  bool negated = false;
};

// What the lexicon says of one lower-case word, looked up once per
// consolidation: claims repeat their words a great deal.
struct WordInfo {
  std::string concept;
  bool content = false;    // counts as a content concept (not a stop word or number)
  bool predicate = false;  // a verb lemma or an action noun, not a generic verb
  bool verb = false;       // its lemma is a verb
  bool action_noun = false;  // "encirclement"
  bool inflected = false;  // "-ed" / "-ing"
  bool negation = false;   // "not", "never", "can't": the claim is negated
  bool auxiliary = false;  // "was", "will": a verb after it is a predicate
};

class WordCache {
 public:
  explicit WordCache(const Lexicon& lexicon) : lexicon_(lexicon) {}
  const WordInfo& Get(std::string_view w) {
    if (const WordInfo* known = cache_.Find(w)) return *known;
    WordInfo& info = *cache_.Emplace(w).first;
    const std::string lemma = lexicon_.LemmaOf(w);
    info.content = w.size() >= 3 && !IsStopConcept(w) && !(w[0] >= '0' && w[0] <= '9');
    info.verb = lexicon_.IsVerbLemma(lemma);
    info.inflected = w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 3, 3, "ing") == 0);
    info.action_noun = lexicon_.IsNominalization(lemma);
    info.predicate = (info.verb || info.action_noun) && !IsStopConcept(lemma) && !IsStopConcept(w);
    if (info.content || info.predicate) info.concept = lexicon_.ConceptOf(w);
    info.negation = kNegations.count(w) || (w.size() > 3 && w.substr(w.size() - 3) == "n't");
    info.auxiliary = kAuxiliaries.count(w) > 0;
    return info;
  }

 private:
  static const std::unordered_set<std::string_view> kAuxiliaries, kNegations;
  const Lexicon& lexicon_;
  KeyMap<WordInfo> cache_;
};

const std::unordered_set<std::string_view> WordCache::kAuxiliaries = {
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "must", "to", "can", "could",
    "should", "may", "might", "had", "have", "has", "not", "also", "completely", "fully", "now", "already"};
// "false", "untrue" mark a denial of the claim, not a negated claim
const std::unordered_set<std::string_view> WordCache::kNegations = {
    "not", "no", "never", "nothing", "none", "absent", "without", "neither", "nor"};

// One pass over a claim's words gives all it is compared by.
ClaimFeatures FeaturesOf(const std::string& text, const Lexicon& lexicon, WordCache& words) {
  ClaimFeatures f;
  bool after_auxiliary = false;
  for (const Token& t : Tokenize(text, 0, static_cast<uint32_t>(text.size()))) {
    if (t.kind != TokenKind::kWord) { after_auxiliary = false; continue; }
    const WordInfo& info = words.Get(LoweredKey(t.text, true).view());
    if (info.negation) f.negated = true;
    // content concepts: names and demonyms are compared as entities, not words
    if (info.content) {
      const bool name = t.capitalized && !t.all_caps && lexicon.ProperNameClass(t.text) != ProperClass::kUnknown;
      const bool demonym = t.capitalized && lexicon.CountryByDemonym(t.text);
      if (!name && !demonym) f.concepts.push_back(info.concept);
    }
    // predicates: verbs (inflected, or after an auxiliary) and action nouns
    if (info.predicate && ((info.verb && (info.inflected || after_auxiliary)) || info.action_noun) &&
        std::find(f.predicates.begin(), f.predicates.end(), info.concept) == f.predicates.end())
      f.predicates.push_back(info.concept);
    after_auxiliary = info.auxiliary;
  }
  std::sort(f.concepts.begin(), f.concepts.end());
  f.concepts.erase(std::unique(f.concepts.begin(), f.concepts.end()), f.concepts.end());
  return f;
}

}  // namespace

std::vector<std::string> ClaimConcepts(const std::string& text, const Lexicon& lexicon) {
  WordCache words(lexicon);
  return FeaturesOf(text, lexicon, words).concepts;
}

std::vector<std::string> ClaimPredicates(const std::string& text, const Lexicon& lexicon) {
  WordCache words(lexicon);
  return FeaturesOf(text, lexicon, words).predicates;
}

KnowledgeGraph Consolidate(std::vector<ArticleInput> articles, const Lexicon& lexicon) {
  std::sort(articles.begin(), articles.end(),
            [](const ArticleInput& a, const ArticleInput& b) { return a.path < b.path; });

  // ---- Entities.
  std::vector<EntityItem> items;
  std::vector<std::vector<size_t>> item_of(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) {
    const auto& ents = articles[a].facts->entities;
    for (size_t e = 0; e < ents.size(); ++e) {
      item_of[a].push_back(items.size());
      items.push_back({a, static_cast<int>(e), &ents[e]});
    }
  }
  UnionFind uf(items.size());
  std::map<std::string, size_t> by_name;
  // (an entity named only by a description, "shareholders" or "Analysts",
  // is unnamed: the same words in two articles are seldom the same
  // people, so it stays its article's own)
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].entity->unnamed) continue;
    auto [it, inserted] = by_name.emplace(EntityKey(items[i].entity->type, items[i].entity->name), i);
    if (!inserted) uf.Union(it->second, i);
  }
  // Proper-name aliases join entities named that way elsewhere. A person's
  // alias joins only when it carries the person's own surname: an alias
  // that is a bare title ("Prime Minister") or another person's name
  // ("Prince Charles" beside Charles Kennedy, from one article's slip)
  // would chain unrelated people together across the corpus.
  for (size_t i = 0; i < items.size(); ++i)
    for (const auto& alias : items[i].entity->aliases) {
      if (!IsProperName(alias) || Words(alias).size() < 2 || lexicon.IsTitle(alias)) continue;
      if (items[i].entity->type == NodeType::kPerson) {
        const auto own = Words(items[i].entity->name);
        if (own.size() < 2 || !SameSurname(own.back(), Words(alias).back())) continue;
      }
      auto it = by_name.find(EntityKey(items[i].entity->type, alias));
      if (it != by_name.end()) uf.Union(it->second, i);
    }
  // Lone surnames and spelling variants join the one person named in full.
  // Candidates come from an index on the surname's first five letters, which
  // SameSurname's variants always share.
  auto surname_key = [](const std::string& surname) { return surname.substr(0, 5); };
  std::unordered_map<std::string, std::vector<size_t>> people_by_surname;
  std::vector<std::vector<std::string>> words(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    words[i] = Words(items[i].entity->name);
    if (items[i].entity->type == NodeType::kPerson && words[i].size() >= 2 && !items[i].entity->unnamed)
      people_by_surname[surname_key(words[i].back())].push_back(i);
  }
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].entity->type != NodeType::kPerson || words[i].empty() || items[i].entity->unnamed) continue;
    const auto& w = words[i];
    auto bucket = people_by_surname.find(surname_key(w.back()));
    if (bucket == people_by_surname.end()) continue;
    std::set<size_t> roots;
    for (size_t j : bucket->second) {
      if (uf.Find(j) == uf.Find(i)) continue;
      const auto& fw = words[j];
      bool match = w.size() == 1 ? SameSurname(fw.back(), w[0])
                                 : (fw.front() == w.front() && SameSurname(fw.back(), w.back()));
      if (match) roots.insert(uf.Find(j));
    }
    if (roots.size() == 1) uf.Union(*roots.begin(), i);
  }
  // "General Staff" joins the one "General Staff of ..." ; "Kursk" joins
  // "Kursk Oblast". Candidates come from an index of every name's leading words.
  std::vector<std::string> normalized(items.size());
  std::unordered_map<std::string, std::vector<size_t>> by_leading_words;
  for (size_t j = 0; j < items.size(); ++j) {
    if (items[j].entity->type == NodeType::kPerson || items[j].entity->unnamed) continue;
    normalized[j] = NormalizeKey(items[j].entity->name);
    const std::string type(ToString(items[j].entity->type));
    for (size_t at = normalized[j].find(' '); at != std::string::npos; at = normalized[j].find(' ', at + 1)) {
      size_t end = at;
      while (end > 0 && normalized[j][end - 1] == ',') --end;  // "washington, d.c." extends "washington"
      by_leading_words[type + ":" + normalized[j].substr(0, end)].push_back(j);
    }
  }
  for (size_t i = 0; i < items.size(); ++i) {
    const ArticleEntity& e = *items[i].entity;
    if (e.type == NodeType::kPerson || e.unnamed) continue;
    const std::string& mine = normalized[i];
    auto bucket = by_leading_words.find(std::string(ToString(e.type)) + ":" + mine);
    if (bucket == by_leading_words.end()) continue;
    std::set<size_t> roots;
    for (size_t j : bucket->second) {
      if (j == i || uf.Find(j) == uf.Find(i)) continue;
      const std::string& other = normalized[j];
      // (a place by an administrative word, "Kursk Oblast", "Washington,
      // D.C."; or by a head word when the shorter name is no town or
      // country of its own: "Heathrow Airport", "Guantanamo Bay"; not
      // "Frankfurt airport", "Porto Alegre", "Manchester City")
      bool extends = other.compare(mine.size(), 4, " of ") == 0;
      if (!extends && e.type == NodeType::kPlace && words[j].size() == words[i].size() + 1) {
        const std::string& last = words[j].back();
        const bool town = lexicon.FindCity(e.name) || lexicon.CountryByName(e.name) || lexicon.IsRegionName(e.name);
        extends = IsAdministrativeWord(LowerAscii(last)) || (!town && lexicon.IsPlaceHead(last));
      }
      if (extends) roots.insert(uf.Find(j));
    }
    if (roots.size() == 1) uf.Union(*roots.begin(), i);
  }

  // Clusters -> nodes.
  std::map<size_t, std::vector<size_t>> clusters;
  for (size_t i = 0; i < items.size(); ++i) clusters[uf.Find(i)].push_back(i);
  std::unordered_map<size_t, std::string> node_of_root;
  std::map<std::string, Node> nodes;
  for (const auto& [root, members] : clusters) {
    std::map<std::string, int> name_count;
    std::set<std::string> aliases, paths;
    std::map<NodeType, int> type_votes;
    for (size_t i : members) {
      ++name_count[items[i].entity->name];
      ++type_votes[items[i].entity->type];
      for (const auto& a : items[i].entity->aliases) aliases.insert(a);
      aliases.insert(items[i].entity->name);
      paths.insert(articles[items[i].article].path);
    }
    NodeType type = std::max_element(type_votes.begin(), type_votes.end(), [](auto& a, auto& b) {
                      return a.second < b.second;
                    })->first;
    // fullest name: most words, then most often used, then alphabetical
    std::string label = std::max_element(name_count.begin(), name_count.end(), [&](auto& a, auto& b) {
                          size_t wa = Words(a.first).size(), wb = Words(b.first).size();
                          if (type == NodeType::kPerson && wa != wb) return wa < wb;
                          if (a.second != b.second) return a.second < b.second;
                          if (wa != wb) return wa < wb;
                          return a.first > b.first;
                        })->first;
    if (const Country* c = lexicon.CountryByName(label)) label = c->name;
    std::string id = std::string(ToString(type)) + ":" + Slug(label);
    for (int n = 2; nodes.count(id); ++n) id = std::string(ToString(type)) + ":" + Slug(label) + "-" + std::to_string(n);
    Node node;
    node.id = id;
    node.type = type;
    node.label = label;
    aliases.erase(label);
    node.aliases.assign(aliases.begin(), aliases.end());
    node.articles.assign(paths.begin(), paths.end());
    nodes.emplace(id, std::move(node));
    node_of_root[root] = id;
  }
  auto entity_node = [&](size_t article, int local) -> const std::string& {
    return node_of_root.at(uf.Find(item_of[article][local]));
  };

  // ---- Claims. Compared pair by pair millions of times, so by numbers:
  // concepts by an id per concept, entities by their cluster's root.
  struct ClaimItem {
    size_t article;
    int local;
    std::vector<int> concepts;  // unique
    std::vector<size_t> about;  // entity roots, sorted, unique
    bool said = false;
    bool negated = false;  // "does not indicate", "is absent": the opposite claim
    std::vector<int> predicates;  // concept ids, text order, unique
  };
  std::vector<ClaimItem> claims;
  WordCache word_cache(lexicon);
  std::unordered_map<std::string, int> concept_ids;
  auto ids_of = [&](const std::vector<std::string>& concepts) {
    std::vector<int> ids;
    ids.reserve(concepts.size());
    for (const auto& c : concepts)
      ids.push_back(concept_ids.try_emplace(c, static_cast<int>(concept_ids.size())).first->second);
    return ids;
  };
  std::vector<std::vector<size_t>> claim_of(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) {
    const ArticleFacts& f = *articles[a].facts;
    for (size_t c = 0; c < f.claims.size(); ++c) {
      ClaimFeatures features = FeaturesOf(f.claims[c].text, lexicon, word_cache);
      ClaimItem ci{a, static_cast<int>(c), ids_of(features.concepts), {}, false, features.negated,
                   ids_of(features.predicates)};
      for (int e : f.claims[c].about) ci.about.push_back(uf.Find(item_of[a][e]));  // a root is one node
      std::sort(ci.about.begin(), ci.about.end());
      ci.about.erase(std::unique(ci.about.begin(), ci.about.end()), ci.about.end());
      claim_of[a].push_back(claims.size());
      claims.push_back(std::move(ci));
    }
    for (const auto& st : f.statements)
      if (st.relation == Relation::kSaid) claims[claim_of[a][st.claim]].said = true;
  }
  UnionFind cuf(claims.size());
  {
    // Candidates share a concept; concepts in very many claims carry no signal.
    std::vector<std::vector<size_t>> postings(concept_ids.size());  // by concept id
    for (size_t i = 0; i < claims.size(); ++i)
      for (int c : claims[i].concepts) postings[c].push_back(i);
    const size_t max_postings = std::min<size_t>(200, std::max<size_t>(50, claims.size() / 20));
    // For each claim, count the concepts it shares with later claims (a
    // counter per claim, not a table of all pairs), then judge each pair.
    // Judging reads no cluster, so the order of the pairs does not matter.
    std::vector<std::vector<size_t>> same_as_earlier(claims.size());  // by the later claim of a pair
    auto judge = [&](size_t first, size_t second, int n) {
      const ClaimItem& a = claims[first];
      const ClaimItem& b = claims[second];
      if (a.negated != b.negated) return;  // "X" and "not X" are not one claim
      const size_t smaller = std::min(a.concepts.size(), b.concepts.size());
      const size_t larger = std::max(a.concepts.size(), b.concepts.size());
      if (smaller == 0) return;
      const double containment = static_cast<double>(n) / smaller;
      const double dice = 2.0 * n / (smaller + larger);
      // Rule 1: another article says the same thing happens (a shared
      //   predicate) to the same entity. Within one article such statements
      //   stay apart: they are the article's distinct statements.
      // Rule 2: mostly the same words, about the same entities (if any).
      const bool other_article = a.article != b.article;
      const bool same_words = n >= 3 && containment >= 0.75 && dice >= 0.5;
      if (!other_article && !same_words) return;  // neither rule can hold: skip the rest
      const bool entity_overlap = SharesAny(a.about, b.about);
      // the main predicates: the first two, in text order
      auto shared_predicate = [&] {
        for (size_t i = 0; i < a.predicates.size() && i < 2; ++i)
          for (size_t j = 0; j < b.predicates.size() && j < 2; ++j)
            if (a.predicates[i] == b.predicates[j]) return true;
        return false;
      };
      const bool same = (other_article && entity_overlap && shared_predicate()) ||
                        (same_words && (entity_overlap || (a.about.empty() && b.about.empty())));
      if (same) same_as_earlier[second].push_back(first);
    };
    std::vector<int> count(claims.size(), 0);
    std::vector<size_t> touched;
    for (size_t x = 0; x < claims.size(); ++x) {
      touched.clear();
      for (int c : claims[x].concepts) {
        const auto& list = postings[c];
        if (list.size() > max_postings) continue;  // in very many claims: no signal
        for (auto y = std::upper_bound(list.begin(), list.end(), x); y != list.end(); ++y)
          if (count[*y]++ == 0) touched.push_back(*y);
      }
      for (size_t y : touched) {
        judge(x, y, count[y]);
        count[y] = 0;
      }
    }
    // Leader clustering: a claim joins the earliest claim it is the same as
    // that leads a cluster of its own, so that every member is the same as
    // its leader. Joining any member instead would chain: A like B, B like
    // C, ... until a hundred unrelated statements share one claim node.
    for (size_t y = 0; y < claims.size(); ++y) {
      std::sort(same_as_earlier[y].begin(), same_as_earlier[y].end());
      for (size_t x : same_as_earlier[y])
        if (cuf.Find(x) == x) {
          cuf.Union(x, y);
          break;
        }
    }
  }
  std::map<size_t, std::vector<size_t>> claim_clusters;
  for (size_t i = 0; i < claims.size(); ++i) claim_clusters[cuf.Find(i)].push_back(i);
  std::unordered_map<size_t, std::string> claim_node_of_root;
  for (const auto& [root, members] : claim_clusters) {
    // label: the shortest text of at least three words among what was said
    std::string label;
    auto better = [&](const std::string& cand) {
      size_t wc = Words(cand).size(), wl = Words(label).size();
      if (label.empty()) return true;
      if ((wc >= 3) != (wl >= 3)) return wc >= 3;
      if (cand.size() != label.size()) return cand.size() < label.size();
      return cand < label;
    };
    for (bool said_only : {true, false}) {
      for (size_t i : members) {
        if (said_only && !claims[i].said) continue;
        const std::string& text = articles[claims[i].article].facts->claims[claims[i].local].text;
        if (better(text)) label = text;
      }
      if (!label.empty()) break;
    }
    std::string id = "claim:" + Hex(Fnv1a(NormalizeKey(label)), 16);
    for (int n = 2; nodes.count(id); ++n) id = "claim:" + Hex(Fnv1a(NormalizeKey(label)), 16) + "-" + std::to_string(n);
    Node node;
    node.id = id;
    node.type = NodeType::kClaim;
    node.label = label;
    std::set<std::string> paths;
    for (size_t i : members) paths.insert(articles[claims[i].article].path);
    node.articles.assign(paths.begin(), paths.end());
    nodes.emplace(id, std::move(node));
    claim_node_of_root[root] = id;
  }
  auto claim_node = [&](size_t article, int local) -> const std::string& {
    return claim_node_of_root.at(cuf.Find(claim_of[article][local]));
  };

  // ---- Edges, keyed so that evidence gathers on one edge.
  std::map<std::tuple<std::string, std::string, Relation>, Edge> edges;
  auto edge = [&](const std::string& s, const std::string& t, Relation r) -> Edge& {
    auto [it, inserted] = edges.try_emplace({s, t, r});
    if (inserted) { it->second.source = s; it->second.target = t; it->second.type = r; }
    return it->second;
  };
  auto evidence = [](const std::string& path, const Span& span, double confidence, bool direct) {
    return Evidence{path, span.start, span.end, span.sentence, confidence, direct};
  };
  for (size_t a = 0; a < articles.size(); ++a) {
    const ArticleFacts& f = *articles[a].facts;
    const std::string& path = articles[a].path;
    for (const auto& st : f.statements) {
      const std::string& claim = claim_node(a, st.claim);
      // about: from the claim's own content, evidenced by the statement's sentence
      for (int e : f.claims[st.claim].about)
        edge(claim, entity_node(a, e), Relation::kAbout).evidence.push_back(evidence(path, st.evidence, 1.0, false));
      if (st.speaker < 0) continue;  // unknown speakers stay in the article's facts only
      edge(entity_node(a, st.speaker), claim, st.relation)
          .evidence.push_back(evidence(path, st.evidence, st.confidence, st.direct));
    }
    for (const auto& l : f.links) {
      std::string x = entity_node(a, l.a), y = entity_node(a, l.b);
      if (x == y) continue;
      if (l.relation == Relation::kMetWith && y < x) std::swap(x, y);
      Edge& e = edge(x, y, l.relation);
      if (e.where.empty()) e.where = l.where;
      if (e.when.empty()) e.when = l.when;
      e.evidence.push_back(evidence(path, l.evidence, 1.0, false));
    }
  }
  // Disputed: said by some, denied by others.
  std::set<std::string> said_claims, denied_claims;
  for (const auto& [k, e] : edges) {
    if (e.type == Relation::kSaid) said_claims.insert(e.target);
    if (e.type == Relation::kDenied) denied_claims.insert(e.target);
  }
  for (auto& [id, node] : nodes)
    if (node.type == NodeType::kClaim) node.disputed = said_claims.count(id) && denied_claims.count(id);

  // Gazetteer knowledge: city -> country between places the text names,
  // marked inferred.
  {
    std::map<std::string, std::string> place_by_label;
    for (const auto& [id, node] : nodes)
      if (node.type == NodeType::kPlace) place_by_label.emplace(node.label, id);
    for (const auto& [label, id] : place_by_label) {
      const City* city = lexicon.FindCity(label);
      const Country* capital_of = lexicon.CountryByCapital(label);
      std::string country = capital_of ? capital_of->name : city ? city->country : "";
      if (const Country* c = lexicon.CountryByName(country)) country = c->name;
      auto target = place_by_label.find(country);
      if (country.empty() || target == place_by_label.end() || target->second == id) continue;
      if (edges.count({id, target->second, Relation::kLocatedIn})) continue;
      Edge& e = edge(id, target->second, Relation::kLocatedIn);
      e.inferred = true;
    }
  }

  KnowledgeGraph g;
  for (auto& [id, node] : nodes) g.nodes.push_back(std::move(node));
  for (auto& [k, e] : edges) {
    std::sort(e.evidence.begin(), e.evidence.end(), [](const Evidence& a, const Evidence& b) {
      return std::tie(a.article, a.start, a.end, a.sentence) < std::tie(b.article, b.start, b.end, b.sentence);
    });
    e.evidence.erase(std::unique(e.evidence.begin(), e.evidence.end(),
                                 [](const Evidence& a, const Evidence& b) {
                                   return a.article == b.article && a.start == b.start && a.end == b.end &&
                                          a.confidence == b.confidence && a.direct == b.direct;
                                 }),
                     e.evidence.end());
    g.edges.push_back(std::move(e));
  }
  return g;
}

}  // namespace claimgraph::extract
