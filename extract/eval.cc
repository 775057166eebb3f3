// The scorer: gold parsing, one-to-one matching of a predicted graph against
// one article's gold, and the report formats. The rules are documented in
// docs/evaluation.md; keep the two in step.
#include "extract/eval.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

namespace claimgraph::eval {

namespace {

using Json = nlohmann::json;

// ---------------------------------------------------------------- text

// Decodes one UTF-8 code point at s[i]; advances i. Malformed bytes decode
// as themselves (one byte each) so that no input is lost or rejected.
uint32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int len = 1;
  uint32_t cp = b0;
  if (b0 >= 0xF0 && b0 < 0xF8) { len = 4; cp = b0 & 0x07; }
  else if (b0 >= 0xE0) { len = 3; cp = b0 & 0x0F; }
  else if (b0 >= 0xC0) { len = 2; cp = b0 & 0x1F; }
  if (len == 1 || b0 >= 0xF8 || i + len > s.size()) { ++i; return b0; }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) { ++i; return b0; }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

// Curly single quotes/apostrophes -> ', curly double quotes -> ", and
// ASCII upper case -> lower case. Every other byte is kept as it is.
std::string FoldQuotesAndCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const uint32_t cp = NextCodePoint(s, i);
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032) {
      out += '\'';
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x2033) {
      out += '"';
    } else if (cp == 0xA0) {
      out += ' ';  // no-break space is a space
    } else if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsAsciiPunct(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x21 && u <= 0x7E && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                                     (c >= 'A' && c <= 'Z'));
}

// See docs/evaluation.md, "Name normalisation".
std::string NormaliseName(std::string_view raw) {
  const std::string folded = FoldQuotesAndCase(raw);
  // Collapse whitespace runs to one space.
  std::string s;
  bool pending_space = false;
  for (char c : folded) {
    if (IsAsciiSpace(c)) { pending_space = true; continue; }
    if (pending_space && !s.empty()) s += ' ';
    pending_space = false;
    s += c;
  }
  // Trim punctuation, a leading "the " and a trailing "'s" until stable.
  for (bool changed = true; changed;) {
    changed = false;
    size_t b = 0, e = s.size();
    while (b < e && (IsAsciiPunct(s[b]) || IsAsciiSpace(s[b]))) ++b;
    while (e > b && (IsAsciiPunct(s[e - 1]) || IsAsciiSpace(s[e - 1]))) --e;
    if (b != 0 || e != s.size()) { s = s.substr(b, e - b); changed = true; }
    if (s.size() > 4 && s.compare(0, 4, "the ") == 0) { s.erase(0, 4); changed = true; }
    if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) {
      s.erase(s.size() - 2);
      changed = true;
    }
  }
  return s;
}

// Lower-cased alphanumeric runs. Non-ASCII code points count as letters,
// except punctuation and spaces (U+00A0-U+00BF, U+2000-U+206F, U+3000-U+303F),
// which separate tokens like ASCII punctuation does.
std::vector<std::string> Tokens(std::string_view raw) {
  const std::string s = FoldQuotesAndCase(raw);
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const uint32_t cp = NextCodePoint(s, i);
    bool word;
    if (cp < 0x80) {
      word = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z');
    } else {
      word = !((cp >= 0xA0 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F) ||
               (cp >= 0x3000 && cp <= 0x303F) || cp == 0xD7 || cp == 0xF7);
    }
    if (word) {
      cur.append(s, start, i - start);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Content similarity of two token lists: the bag-of-tokens F1, or a negative
// number when the two do not match under the rules (F1 >= 0.5, or the
// shorter distinct-token set has >= 3 tokens and >= 80% of them occur in the
// other).
double ContentScore(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return -1.0;
  std::map<std::string_view, int> ca, cb;
  for (const auto& t : a) ++ca[t];
  for (const auto& t : b) ++cb[t];
  int64_t common = 0, shared_types = 0;
  for (const auto& [tok, n] : ca) {
    auto it = cb.find(tok);
    if (it == cb.end()) continue;
    common += std::min(n, it->second);
    ++shared_types;
  }
  const double f1 = 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
  if (f1 >= 0.5) return f1;
  const size_t shorter = std::min(ca.size(), cb.size());
  if (shorter >= 3 && 5 * shared_types >= 4 * static_cast<int64_t>(shorter)) return f1;  // >= 80%
  return -1.0;
}

// ---------------------------------------------------------------- names

struct Names {
  std::string primary;            // normalised label / gold name ("" if none)
  std::set<std::string> aliases;  // normalised, primary and "" excluded
  bool Contains(const std::string& n) const {
    return !n.empty() && (n == primary || aliases.count(n) > 0);
  }
};

Names MakeNames(const std::string& primary, const std::vector<std::string>& aliases) {
  Names n;
  n.primary = NormaliseName(primary);
  for (const auto& a : aliases) {
    std::string na = NormaliseName(a);
    if (!na.empty() && na != n.primary) n.aliases.insert(std::move(na));
  }
  return n;
}

// How good a name match is: 0 label == name, 1 one's primary name is among
// the other's aliases, 2 the alias sets meet; -1 no common name.
int NameTier(const Names& p, const Names& g) {
  if (!p.primary.empty() && p.primary == g.primary) return 0;
  if (g.aliases.count(p.primary) > 0 || p.aliases.count(g.primary) > 0) return 1;
  for (const auto& a : p.aliases)
    if (g.aliases.count(a) > 0) return 2;
  return -1;
}

// ---------------------------------------------------------------- matching

struct Candidate {
  int tier;
  int p;
  int g;
};

// Kuhn's augmenting-path step for the one-to-one entity matching.
bool Augment(int p, const std::vector<std::vector<int>>& adj, std::vector<int>& g_of_p,
             std::vector<int>& p_of_g, std::vector<char>& seen) {
  for (int g : adj[p]) {
    if (seen[g]) continue;
    seen[g] = 1;
    if (p_of_g[g] < 0 || Augment(p_of_g[g], adj, g_of_p, p_of_g, seen)) {
      g_of_p[p] = g;
      p_of_g[g] = p;
      return true;
    }
  }
  return false;
}

// One-to-one matching of as many candidate pairs as possible: first greedy in
// candidate order (best tier, then input order), then augmenting paths so
// that no further pair can be added. Returns g_of_p (-1 when unmatched).
std::vector<int> MatchOneToOne(std::vector<Candidate> cands, int np, int ng) {
  std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(x.tier, x.p, x.g) < std::tie(y.tier, y.p, y.g);
  });
  std::vector<int> g_of_p(np, -1), p_of_g(ng, -1);
  std::vector<std::vector<int>> adj(np);
  for (const auto& c : cands) {
    adj[c.p].push_back(c.g);  // in preference order
    if (g_of_p[c.p] < 0 && p_of_g[c.g] < 0) {
      g_of_p[c.p] = c.g;
      p_of_g[c.g] = c.p;
    }
  }
  for (int p = 0; p < np; ++p) {
    if (g_of_p[p] >= 0 || adj[p].empty()) continue;
    std::vector<char> seen(ng, 0);
    Augment(p, adj, g_of_p, p_of_g, seen);
  }
  return g_of_p;
}

struct ScoredPair {
  double score;
  int p;
  int g;
};

// Greedy one-to-one: best score first, ties by input order. Returns the
// number of pairs taken.
int64_t GreedyByScore(std::vector<ScoredPair> pairs, int np, int ng) {
  std::sort(pairs.begin(), pairs.end(), [](const ScoredPair& x, const ScoredPair& y) {
    if (x.score != y.score) return x.score > y.score;
    return std::tie(x.p, x.g) < std::tie(y.p, y.g);
  });
  std::vector<char> used_p(np, 0), used_g(ng, 0);
  int64_t n = 0;
  for (const auto& c : pairs) {
    if (used_p[c.p] || used_g[c.g]) continue;
    used_p[c.p] = used_g[c.g] = 1;
    ++n;
  }
  return n;
}

Counts SetCounts(const std::set<std::pair<std::string, std::string>>& predicted,
                 const std::set<std::pair<std::string, std::string>>& gold) {
  Counts c;
  for (const auto& p : predicted)
    if (gold.count(p) > 0) ++c.tp;
  c.fp = static_cast<int64_t>(predicted.size()) - c.tp;
  c.fn = static_cast<int64_t>(gold.size()) - c.tp;
  return c;
}

// ---------------------------------------------------------------- gold JSON

std::string Quote(const std::string& s) { return Json(s).dump(); }

Status CheckKeys(const Json& obj, const std::string& where,
                 std::initializer_list<const char*> allowed) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (const char* k : allowed) ok = ok || it.key() == k;
    if (!ok) return Status::InvalidArgument(where + ": unknown key " + Quote(it.key()));
  }
  return Status::OK();
}

Status GetString(const Json& obj, const char* key, const std::string& where, bool required,
                 std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) return Status::InvalidArgument(where + ": missing \"" + key + "\"");
    return Status::OK();
  }
  if (!it->is_string())
    return Status::InvalidArgument(where + "." + key + ": expected a string");
  *out = it->get<std::string>();
  if (required && out->empty())
    return Status::InvalidArgument(where + "." + key + ": must not be empty");
  return Status::OK();
}

Status GetStringArray(const Json& obj, const char* key, const std::string& where,
                      std::vector<std::string>* out) {
  auto it = obj.find(key);
  if (it == obj.end()) return Status::OK();
  if (!it->is_array())
    return Status::InvalidArgument(where + "." + key + ": expected an array of strings");
  for (size_t i = 0; i < it->size(); ++i) {
    const Json& v = (*it)[i];
    if (!v.is_string())
      return Status::InvalidArgument(where + "." + key + "[" + std::to_string(i) +
                                     "]: expected a string");
    out->push_back(v.get<std::string>());
  }
  return Status::OK();
}

// The optional array `key` of objects; nullptr when absent.
StatusOr<const Json*> GetObjectArray(const Json& root, const char* key, bool required) {
  auto it = root.find(key);
  if (it == root.end()) {
    if (required) return Status::InvalidArgument(std::string("missing \"") + key + "\"");
    return static_cast<const Json*>(nullptr);
  }
  if (!it->is_array())
    return Status::InvalidArgument(std::string("\"") + key + "\": expected an array");
  for (size_t i = 0; i < it->size(); ++i)
    if (!(*it)[i].is_object())
      return Status::InvalidArgument(std::string(key) + "[" + std::to_string(i) +
                                     "]: expected an object");
  return &*it;
}

StatusOr<GoldArticle> ParseGoldJson(const Json& root) {
  if (!root.is_object()) return Status::InvalidArgument("a gold file must be a JSON object");
  CG_RETURN_IF_ERROR(CheckKeys(root, "gold file",
                               {"article", "entities", "statements", "located_in", "met_with"}));
  GoldArticle g;
  CG_RETURN_IF_ERROR(GetString(root, "article", "gold file", true, &g.article));

  auto ents = GetObjectArray(root, "entities", true);
  if (!ents.ok()) return ents.status();
  std::map<std::string, NodeType> type_of;
  for (size_t i = 0; i < ents.value()->size(); ++i) {
    const Json& e = (*ents.value())[i];
    const std::string where = "entities[" + std::to_string(i) + "]";
    CG_RETURN_IF_ERROR(CheckKeys(e, where, {"name", "type", "aliases"}));
    GoldEntity ge;
    std::string type;
    CG_RETURN_IF_ERROR(GetString(e, "name", where, true, &ge.name));
    CG_RETURN_IF_ERROR(GetString(e, "type", where, true, &type));
    auto t = ParseNodeType(type);
    if (!t || *t == NodeType::kClaim)
      return Status::InvalidArgument(where + ".type: expected person, organisation or place, got " +
                                     Quote(type));
    ge.type = *t;
    CG_RETURN_IF_ERROR(GetStringArray(e, "aliases", where, &ge.aliases));
    if (!type_of.emplace(ge.name, ge.type).second)
      return Status::InvalidArgument(where + ".name: " + Quote(ge.name) +
                                     " names two entities");
    g.entities.push_back(std::move(ge));
  }
  auto known = [&](const std::string& name, const std::string& where) -> Status {
    if (type_of.count(name) == 0)
      return Status::InvalidArgument(where + ": " + Quote(name) + " is not an entity name");
    return Status::OK();
  };

  auto stmts = GetObjectArray(root, "statements", false);
  if (!stmts.ok()) return stmts.status();
  if (stmts.value() != nullptr) {
    for (size_t i = 0; i < stmts.value()->size(); ++i) {
      const Json& s = (*stmts.value())[i];
      const std::string where = "statements[" + std::to_string(i) + "]";
      CG_RETURN_IF_ERROR(CheckKeys(s, where, {"speaker", "relation", "direct", "text", "about"}));
      GoldStatement gs;
      std::string rel;
      CG_RETURN_IF_ERROR(GetString(s, "speaker", where, true, &gs.speaker));
      CG_RETURN_IF_ERROR(known(gs.speaker, where + ".speaker"));
      CG_RETURN_IF_ERROR(GetString(s, "relation", where, true, &rel));
      auto r = ParseRelation(rel);
      if (!r || (*r != Relation::kSaid && *r != Relation::kDenied))
        return Status::InvalidArgument(where + ".relation: expected said or denied, got " +
                                       Quote(rel));
      gs.relation = *r;
      if (auto it = s.find("direct"); it != s.end()) {
        if (!it->is_boolean())
          return Status::InvalidArgument(where + ".direct: expected true or false");
        gs.direct = it->get<bool>();
      }
      CG_RETURN_IF_ERROR(GetString(s, "text", where, true, &gs.text));
      CG_RETURN_IF_ERROR(GetStringArray(s, "about", where, &gs.about));
      for (size_t k = 0; k < gs.about.size(); ++k)
        CG_RETURN_IF_ERROR(known(gs.about[k], where + ".about[" + std::to_string(k) + "]"));
      g.statements.push_back(std::move(gs));
    }
  }

  auto pairs = [&](const char* key, const char* ka, const char* kb, bool places,
                   std::vector<GoldPair>* out) -> Status {
    auto arr = GetObjectArray(root, key, false);
    if (!arr.ok()) return arr.status();
    if (arr.value() == nullptr) return Status::OK();
    for (size_t i = 0; i < arr.value()->size(); ++i) {
      const Json& p = (*arr.value())[i];
      const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
      CG_RETURN_IF_ERROR(CheckKeys(p, where, {ka, kb, "basis"}));
      GoldPair gp;
      CG_RETURN_IF_ERROR(GetString(p, ka, where, true, &gp.a));
      CG_RETURN_IF_ERROR(GetString(p, kb, where, true, &gp.b));
      std::string basis = "stated";
      CG_RETURN_IF_ERROR(GetString(p, "basis", where, false, &basis));
      if (basis != "stated" && basis != "implied")
        return Status::InvalidArgument(where + ".basis: expected stated or implied, got " + Quote(basis));
      gp.implied = basis == "implied";
      for (const auto* side : {&gp.a, &gp.b}) {
        CG_RETURN_IF_ERROR(known(*side, where));
        if (places && type_of[*side] != NodeType::kPlace)
          return Status::InvalidArgument(where + ": " + Quote(*side) + " is not a place");
        if (!places && type_of[*side] == NodeType::kPlace)
          return Status::InvalidArgument(where + ": " + Quote(*side) +
                                         " is a place, not a person or organisation");
      }
      out->push_back(std::move(gp));
    }
    return Status::OK();
  };
  CG_RETURN_IF_ERROR(pairs("located_in", "place", "in", true, &g.located_in));
  CG_RETURN_IF_ERROR(pairs("met_with", "a", "b", false, &g.met_with));
  return g;
}

// ---------------------------------------------------------------- output

using MeasureField = Counts ArticleScore::*;
struct Measure {
  const char* name;
  MeasureField field;
};
constexpr Measure kMeasures[] = {
    {"entities", &ArticleScore::entities},
    {"attribution", &ArticleScore::attribution},
    {"attribution_relation", &ArticleScore::attribution_relation},
    {"located_in", &ArticleScore::located_in},
    {"met_with", &ArticleScore::met_with},
};

ArticleScore Total(const std::vector<ArticleScore>& scores) {
  ArticleScore t;
  t.article = "TOTAL";
  for (const auto& s : scores)
    for (const auto& m : kMeasures) t.*(m.field) += s.*(m.field);
  return t;
}

std::string Fixed3(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string Pad(const std::string& s, size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

nlohmann::ordered_json CountsJson(const Counts& c) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j["tp"] = c.tp;
  j["fp"] = c.fp;
  j["fn"] = c.fn;
  j["precision"] = c.Precision();
  j["recall"] = c.Recall();
  j["f1"] = c.F1();
  return j;
}

}  // namespace

// ==================================================================== API

StatusOr<GoldArticle> ParseGold(const std::string& json) {
  try {
    Json root;
    try {
      root = Json::parse(json);
    } catch (const Json::parse_error& e) {
      return Status::InvalidArgument(std::string("not valid JSON: ") + e.what());
    }
    return ParseGoldJson(root);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(std::string("malformed gold file: ") + e.what());
  }
}

double Counts::Precision() const {
  return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
}
double Counts::Recall() const {
  return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
}
double Counts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}
Counts& Counts::operator+=(const Counts& o) {
  tp += o.tp;
  fp += o.fp;
  fn += o.fn;
  return *this;
}

ArticleScore ScoreArticle(const GoldArticle& gold, const KnowledgeGraph& predicted, const ScoreOptions& options) {
  ArticleScore score;
  score.article = gold.article;
  const auto& nodes = predicted.nodes;
  const int nn = static_cast<int>(nodes.size());
  const int ng = static_cast<int>(gold.entities.size());

  std::unordered_map<std::string, int> node_index;
  for (int i = 0; i < nn; ++i) node_index.emplace(nodes[i].id, i);
  auto index_of = [&](const std::string& id) {
    auto it = node_index.find(id);
    return it == node_index.end() ? -1 : it->second;
  };

  // Nodes that exist only for inferred edges (no article of their own, no
  // edge from the text) are outside knowledge, not predictions: skipped.
  std::vector<char> on_text_edge(nn, 0), on_inferred_edge(nn, 0);
  for (const auto& e : predicted.edges) {
    auto& mark = e.inferred ? on_inferred_edge : on_text_edge;
    for (const auto* id : {&e.source, &e.target})
      if (int i = index_of(*id); i >= 0) mark[i] = 1;
  }

  std::vector<Names> node_names(nn), gold_names(ng);
  for (int i = 0; i < nn; ++i) node_names[i] = MakeNames(nodes[i].label, nodes[i].aliases);
  for (int g = 0; g < ng; ++g)
    gold_names[g] = MakeNames(gold.entities[g].name, gold.entities[g].aliases);

  // ---- entities
  std::vector<int> ent_nodes;  // predicted entity nodes, in graph order
  for (int i = 0; i < nn; ++i) {
    if (nodes[i].type == NodeType::kClaim) continue;
    if (nodes[i].articles.empty() && on_inferred_edge[i] && !on_text_edge[i]) continue;
    ent_nodes.push_back(i);
  }
  std::vector<Candidate> cands;
  for (int k = 0; k < static_cast<int>(ent_nodes.size()); ++k) {
    const int i = ent_nodes[k];
    for (int g = 0; g < ng; ++g) {
      if (nodes[i].type != gold.entities[g].type) continue;
      const int tier = NameTier(node_names[i], gold_names[g]);
      if (tier >= 0) cands.push_back({tier, k, g});
    }
  }
  const std::vector<int> g_of_k =
      MatchOneToOne(std::move(cands), static_cast<int>(ent_nodes.size()), ng);
  std::vector<int> gold_of_node(nn, -1);
  for (size_t k = 0; k < ent_nodes.size(); ++k) {
    if (g_of_k[k] < 0) {
      ++score.entities.fp;
    } else {
      ++score.entities.tp;
      gold_of_node[ent_nodes[k]] = g_of_k[k];
    }
  }
  score.entities.fn = ng - score.entities.tp;

  // A node's gold entity for statements and links: its entity match, or else
  // the best-named gold entity of any type (-1 when none).
  auto map_node = [&](int i) {
    if (i < 0) return -1;
    if (gold_of_node[i] >= 0) return gold_of_node[i];
    int best = -1, best_tier = 99;
    for (int g = 0; g < ng; ++g) {
      const int tier = NameTier(node_names[i], gold_names[g]);
      if (tier >= 0 && tier < best_tier) { best = g; best_tier = tier; }
    }
    return best;
  };
  std::map<std::string, int> gold_by_name;
  for (int g = 0; g < ng; ++g) gold_by_name.emplace(gold.entities[g].name, g);
  // Endpoint keys for link comparison: "g<index>" for a gold entity, else the
  // normalised name prefixed with "n" (never equal to a gold key).
  auto node_key = [&](const std::string& id) {
    const int i = index_of(id);
    const int g = map_node(i);
    if (g >= 0) return "g" + std::to_string(g);
    return "n" + (i >= 0 ? node_names[i].primary : NormaliseName(id));
  };
  auto gold_key = [&](const std::string& name) {
    auto it = gold_by_name.find(name);
    if (it != gold_by_name.end()) return "g" + std::to_string(it->second);
    return "n" + NormaliseName(name);
  };

  // ---- statements
  struct Stmt {
    int speaker;  // gold entity index or -1
    Relation relation;
    std::vector<std::string> tokens;
  };
  std::vector<Stmt> pred_stmts, gold_stmts;
  for (const auto& e : predicted.edges) {
    if (e.inferred || (e.type != Relation::kSaid && e.type != Relation::kDenied)) continue;
    const int src = index_of(e.source), dst = index_of(e.target);
    Stmt s{map_node(src), e.type, Tokens(dst >= 0 ? nodes[dst].label : std::string())};
    const size_t n = std::max<size_t>(1, e.evidence.size());
    for (size_t k = 0; k < n; ++k) pred_stmts.push_back(s);
  }
  for (const auto& gs : gold.statements) {
    auto it = gold_by_name.find(gs.speaker);
    gold_stmts.push_back(
        {it == gold_by_name.end() ? -1 : it->second, gs.relation, Tokens(gs.text)});
  }
  std::vector<ScoredPair> attr, attr_rel;
  for (size_t p = 0; p < pred_stmts.size(); ++p) {
    if (pred_stmts[p].speaker < 0) continue;
    for (size_t g = 0; g < gold_stmts.size(); ++g) {
      if (pred_stmts[p].speaker != gold_stmts[g].speaker) continue;
      const double sc = ContentScore(pred_stmts[p].tokens, gold_stmts[g].tokens);
      if (sc < 0) continue;
      attr.push_back({sc, static_cast<int>(p), static_cast<int>(g)});
      if (pred_stmts[p].relation == gold_stmts[g].relation)
        attr_rel.push_back({sc, static_cast<int>(p), static_cast<int>(g)});
    }
  }
  const int np = static_cast<int>(pred_stmts.size());
  const int ngs = static_cast<int>(gold_stmts.size());
  for (auto [counts, pairs] : {std::make_pair(&score.attribution, &attr),
                               std::make_pair(&score.attribution_relation, &attr_rel)}) {
    counts->tp = GreedyByScore(*pairs, np, ngs);
    counts->fp = np - counts->tp;
    counts->fn = ngs - counts->tp;
  }

  // ---- located_in (ordered) and met_with (unordered), as sets of pairs
  using PairSet = std::set<std::pair<std::string, std::string>>;
  PairSet pred_loc, gold_loc, pred_met, gold_met, implied_loc, implied_met;
  auto unordered = [](std::string a, std::string b) {
    if (b < a) std::swap(a, b);
    return std::make_pair(std::move(a), std::move(b));
  };
  for (const auto& e : predicted.edges) {
    if (e.inferred) continue;
    if (e.type == Relation::kLocatedIn) {
      // The gold pairs places only: a body "located in" a place ("Paris-based
      // LVMH") is outside it, unless the gold has that node as a place.
      const int src = index_of(e.source);
      const int g = map_node(src);
      const bool place = (src >= 0 && nodes[src].type == NodeType::kPlace) ||
                         (g >= 0 && gold.entities[g].type == NodeType::kPlace);
      if (place) pred_loc.emplace(node_key(e.source), node_key(e.target));
    } else if (e.type == Relation::kMetWith) {
      pred_met.insert(unordered(node_key(e.source), node_key(e.target)));
    }
  }
  for (const auto& p : gold.located_in)
    (options.stated_only && p.implied ? implied_loc : gold_loc).emplace(gold_key(p.a), gold_key(p.b));
  for (const auto& p : gold.met_with)
    (options.stated_only && p.implied ? implied_met : gold_met).insert(unordered(gold_key(p.a), gold_key(p.b)));
  for (const auto& p : implied_loc) pred_loc.erase(p);
  for (const auto& p : implied_met) pred_met.erase(p);
  score.located_in = SetCounts(pred_loc, gold_loc);
  score.met_with = SetCounts(pred_met, gold_met);
  return score;
}

std::string FormatScoresText(const std::vector<ArticleScore>& scores) {
  std::vector<ArticleScore> rows = scores;
  rows.push_back(Total(scores));
  size_t w0 = std::string("article").size();
  for (const auto& r : rows) w0 = std::max(w0, r.article.size());
  w0 += 2;
  constexpr size_t kCol = 22;  // "0.000 0.000 0.000" plus room for the name

  std::ostringstream out;
  // P/R/F1 table. A measure with nothing predicted and nothing expected
  // shows "-" rather than zeros.
  out << Pad("article", w0);
  for (const auto& m : kMeasures) out << Pad(m.name, kCol);
  out << "\n" << Pad("", w0);
  for (size_t k = 0; k < std::size(kMeasures); ++k) out << Pad("P     R     F1", kCol);
  out << "\n";
  for (const auto& r : rows) {
    if (&r == &rows.back()) out << std::string(w0 + kCol * std::size(kMeasures), '-') << "\n";
    out << Pad(r.article, w0);
    for (const auto& m : kMeasures) {
      const Counts& c = r.*(m.field);
      std::string cell = c.tp + c.fp + c.fn == 0
                             ? "-     -     -"
                             : Fixed3(c.Precision()) + " " + Fixed3(c.Recall()) + " " +
                                   Fixed3(c.F1());
      out << Pad(cell, kCol);
    }
    out << "\n";
  }
  // Raw counts, so that the micro-averaged total can be checked by hand.
  out << "\ncounts (tp/fp/fn)\n" << Pad("article", w0);
  for (const auto& m : kMeasures) out << Pad(m.name, kCol);
  out << "\n";
  for (const auto& r : rows) {
    out << Pad(r.article, w0);
    for (const auto& m : kMeasures) {
      const Counts& c = r.*(m.field);
      out << Pad(std::to_string(c.tp) + "/" + std::to_string(c.fp) + "/" + std::to_string(c.fn),
                 kCol);
    }
    out << "\n";
  }
  // Trailing spaces from padding are noise in diffs.
  std::string text = out.str(), clean;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    line.erase(line.find_last_not_of(' ') + 1);
    clean += line + "\n";
  }
  return clean;
}

std::string FormatScoresJson(const std::vector<ArticleScore>& scores) {
  nlohmann::ordered_json root;
  root["articles"] = nlohmann::ordered_json::array();
  auto fill = [](nlohmann::ordered_json& j, const ArticleScore& s) {
    for (const auto& m : kMeasures) j[m.name] = CountsJson(s.*(m.field));
  };
  for (const auto& s : scores) {
    nlohmann::ordered_json a;
    a["article"] = s.article;
    fill(a, s);
    root["articles"].push_back(std::move(a));
  }
  nlohmann::ordered_json total = nlohmann::ordered_json::object();
  fill(total, Total(scores));
  root["total"] = std::move(total);
  return root.dump(2) + "\n";
}

}  // namespace claimgraph::eval
