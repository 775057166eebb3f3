#include "extract/entity_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/names.h"

namespace claimgraph::extract::entity_internal {
namespace {

// The capitals of a name's words: "ILO" for "International Labour Organisation".
std::string Initials(std::string_view name) {
  std::string out;
  for (const auto& w : Words(name))
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  return out;
}

// A man's plain title and the honours that replace it: a knight is "Sir
// Ian", never "Mr Blair"; nor is a man "Mrs". (A peeress stays "Mrs
// Thatcher", so a woman's plain title rules out only a man's honours.)
const std::set<std::string_view> kMansTitles = {"Mr", "Mr."};
const std::set<std::string_view> kWomansTitles = {"Mrs", "Ms", "Miss", "Mrs.", "Ms."};
const std::set<std::string_view> kHonours = {"Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"};
const std::set<std::string_view> kMensHonours = {"Sir", "Lord", "Baron"};

// Whether a mention's surface opens with one of `titles`.
bool HasTitle(std::string_view surface, const std::set<std::string_view>& titles) {
  const size_t space = surface.find(' ');
  return space != std::string_view::npos && titles.count(surface.substr(0, space)) > 0;
}

}  // namespace

void Builder::Resolve() {
  auto& mentions = table.mentions;
  auto& entities = table.entities;
  std::map<std::string, int> by_key;  // type-prefixed key -> entity
  std::vector<std::string> roles, countries;

  auto new_entity = [&](const Mention& m, const std::string& key) {
    int id = static_cast<int>(entities.size());
    entities.push_back(ArticleEntity{m.type, m.name, {}});
    roles.push_back(m.role);
    countries.push_back(m.country);
    by_key[key] = id;
    return id;
  };
  auto key_of = [](const Mention& m) { return EntityKey(m.type, m.name); };

  // Items of one list are of one kind: in "Sao Paolo, Rio de Janeiro,
  // Recife and Salvador" the name no gazetteer knows is a place too. A list
  // of three or more whose other items are places typed with confidence
  // retypes its guessed (strength <= 1) items.
  auto joined = [&](const Mention& a, const Mention& b) {
    if (a.sentence != b.sentence || a.description || b.description) return false;
    const Sentence& sent = sentences[a.sentence];
    uint32_t t = a.last;
    while (t < b.first && (sent.Lower(t) == "," || sent.Lower(t) == "and")) ++t;
    return t == b.first && b.first > a.last && b.first - a.last <= 2;
  };
  for (size_t i = 0; i < mentions.size();) {
    size_t j = i + 1;
    while (j < mentions.size() && joined(mentions[j - 1], mentions[j])) ++j;
    if (j - i >= 3) {
      size_t places = 0, guesses = 0;
      for (size_t k = i; k < j; ++k) {
        if (mentions[k].strength <= 1) ++guesses;
        else if (mentions[k].type == NodeType::kPlace) ++places;
      }
      if (guesses > 0 && places >= 2 && places + guesses == j - i)
        for (size_t k = i; k < j; ++k)
          if (mentions[k].strength <= 1) {
            mentions[k].type = NodeType::kPlace;
            mentions[k].role.clear();
          }
    }
    // "shareholders John Magnier and JP McManus": beside a person, two
    // initials and a surname are a person, not an acronym's body
    if (j - i >= 2) {
      bool person = false;
      for (size_t k = i; k < j; ++k) person |= mentions[k].type == NodeType::kPerson && mentions[k].strength >= 1;
      for (size_t k = i; k < j && person; ++k)
        if (mentions[k].strength <= 1 && mentions[k].type == NodeType::kOrganisation && IsInitialsAndSurname(mentions[k].name))
          mentions[k].type = NodeType::kPerson;
    }
    i = j;
  }

  // The strongest typing of a name holds for all its mentions ("Toyota's
  // profits" makes every "Toyota" in the article a company, not the city).
  {
    std::map<std::string, std::pair<int, NodeType>> best;
    for (const auto& m : mentions) {
      if (m.description) continue;
      auto [it, inserted] = best.emplace(NormalizeKey(m.name), std::make_pair(m.strength, m.type));
      if (!inserted && m.strength > it->second.first) it->second = {m.strength, m.type};
    }
    for (auto& m : mentions) {
      if (m.description) continue;
      const auto& [strength, type] = best[NormalizeKey(m.name)];
      if (strength <= m.strength || strength < 2) continue;
      m.type = type;
      m.strength = strength;
      if (m.role == "weak" || m.role == "speaker" || m.role == "unresolved") m.role.clear();
    }
  }

  // A lone word typed only by a gazetteer ("Jackson", a US city) that is the
  // surname of a person named in full is that person.
  {
    std::set<std::string> surnames;
    for (const auto& m : mentions)
      if (!m.description && m.type == NodeType::kPerson && m.strength >= 1) {
        auto w = Words(m.name);
        if (w.size() >= 2) surnames.insert(w.back());
      }
    // (not after "in"/"at": "talking in Milan" is the city even beside "Inter Milan")
    auto after_locative = [&](const Mention& m) {
      if (m.first == 0) return false;
      std::string_view before = sentences[m.sentence].Lower(m.first - 1);
      return (before == "in" || before == "at") && m.type == NodeType::kPlace;
    };
    for (auto& m : mentions)
      if (!m.description && m.type != NodeType::kPerson && m.strength <= 2 && Words(m.name).size() == 1 &&
          surnames.count(m.name) && !after_locative(m)) {
        m.type = NodeType::kPerson;
        m.role.clear();
      }
  }

  // Pass 1: multi-word names, places, organisations.
  for (auto& m : mentions) {
    if (m.description) continue;
    const bool lone = Words(m.name).size() == 1;
    if ((m.type == NodeType::kPerson || m.role == "weak" || m.role == "speaker") && lone) continue;  // pass 2
    std::string key = key_of(m);
    auto it = by_key.find(key);
    if (it == by_key.end() && m.type == NodeType::kPerson) {
      // same first name, surname spelt a little differently
      auto w = Words(m.name);
      for (size_t e = 0; e < entities.size(); ++e) {
        if (entities[e].type != NodeType::kPerson) continue;
        auto ew = Words(entities[e].name);
        if (ew.size() >= 2 && w.size() >= 2 && ew.front() == w.front() && SameSurname(ew.back(), w.back())) {
          it = by_key.emplace(key, static_cast<int>(e)).first;
          break;
        }
      }
    }
    if (it == by_key.end() && m.type == NodeType::kOrganisation) {
      // an acronym of an organisation named in full, in either order: "the
      // ILO" after "the International Labour Organisation", "the USTA
      // (United States Tennis Association)" (an acronym is capitals only:
      // Initials() gives nothing else, so no one-word name of mixed case joins)
      const std::string initials = lone ? std::string() : Initials(m.name);
      for (size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == NodeType::kOrganisation &&
            (lone ? Initials(entities[e].name) == m.name
                  : initials.size() >= 2 && entities[e].name == initials)) {
          it = by_key.emplace(key, static_cast<int>(e)).first;
          break;
        }
    }
    if (it == by_key.end() && m.type == NodeType::kPlace && lone) {
      // "Kursk" after "Kursk Oblast"
      auto admin = by_key.find(AdminPlaceKey(m.name));
      if (admin != by_key.end()) it = admin;
    }
    m.entity = it != by_key.end() ? it->second : new_entity(m, key);
    if (!m.role.empty() && m.role != "weak" && roles[m.entity].empty()) roles[m.entity] = m.role;
    if (!m.country.empty() && countries[m.entity].empty()) countries[m.entity] = m.country;
  }
  // A lone place name that only appeared before its admin form: merge later mentions.
  for (auto& m : mentions) {
    if (m.description || m.entity < 0 || m.type != NodeType::kPlace) continue;
    auto admin = by_key.find(AdminPlaceKey(m.name));
    if (admin != by_key.end() && Words(m.name).size() == 1) m.entity = admin->second;
  }

  // Joins m to the organisation or place of its name found so far, if any.
  auto join_body_or_place_named = [&](Mention& m) {
    for (NodeType t : {NodeType::kOrganisation, NodeType::kPlace}) {
      Mention probe = m;
      probe.type = t;
      if (auto it = by_key.find(key_of(probe)); it != by_key.end()) {
        m.entity = it->second;
        m.type = t;
        return true;
      }
    }
    return false;
  };

  // Pass 2: lone names resolve to a person (or other entity) named in full.
  for (size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    if (m.description || m.entity >= 0) continue;
    std::vector<int> candidates;
    for (size_t e = 0; e < entities.size(); ++e) {
      if (entities[e].type != NodeType::kPerson) continue;
      auto w = Words(entities[e].name);
      if (w.size() >= 2 && (SameSurname(w.back(), m.name) || w.front() == m.name)) candidates.push_back(static_cast<int>(e));
    }
    if (const bool man = HasTitle(m.surface, kMansTitles);
        candidates.size() > 1 && (man || HasTitle(m.surface, kWomansTitles))) {
      // "Mr Blair" is never "Sir Ian Blair": a knight or peer keeps the
      // honour ("Sir Ian"), so a plain title picks the one without it
      const auto& ruled_out = man ? kHonours : kMensHonours;
      std::vector<int> plain;
      for (int e : candidates)
        if (std::none_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
              return o.entity == e && (HasTitle(o.surface, ruled_out) || (!man && HasTitle(o.surface, kMansTitles)));
            }))
          plain.push_back(e);
      if (!plain.empty()) candidates = std::move(plain);
    }
    if (candidates.size() > 1) {
      // ambiguous surname: the one mentioned last before this mention
      int best = -1;
      for (size_t pj = 0; pj < mi; ++pj)
        if (std::find(candidates.begin(), candidates.end(), mentions[pj].entity) != candidates.end())
          best = mentions[pj].entity;
      candidates = best >= 0 ? std::vector<int>{best} : std::vector<int>{};
    }
    if (candidates.size() == 1) {
      m.entity = candidates[0];
      m.type = NodeType::kPerson;
      continue;
    }
    if (join_body_or_place_named(m)) continue;
    if (m.role == "unresolved") continue;  // a lone unknown word: not enough evidence
    if (m.role == "weak") m.type = NodeType::kPlace;
    if (m.role == "speaker") m.type = NodeType::kOrganisation;
    const std::string key = key_of(m);
    auto known = by_key.find(key);
    m.entity = known != by_key.end() ? known->second : new_entity(m, key);
  }
  // Lone names typed only by the mention that introduced them: the body or
  // place of that name typed later in the article ("The stock market
  // Euronext has approached ... a merger with Euronext"), else kept when
  // they are persons named more than once.
  {
    std::map<std::string, int> counts;
    for (const auto& m : mentions)
      if (!m.description && m.entity < 0 && m.role == "unresolved") ++counts[m.name];
    for (auto& m : mentions) {
      if (m.description || m.entity >= 0 || m.role != "unresolved") continue;
      if (join_body_or_place_named(m)) continue;
      if (counts[m.name] < 2 || lex.IsCommonWord(LowerAscii(m.name))) continue;
      auto key = key_of(m);
      auto it = by_key.find(key);
      m.entity = it != by_key.end() ? it->second : new_entity(m, key);
    }
  }

  // Pass 3: descriptions resolve by role class and country.
  // How often each person is named (not described): fixed during this pass.
  std::map<int, int> times_named;
  for (const auto& other : mentions)
    if (!other.description && other.entity >= 0 && entities[other.entity].type == NodeType::kPerson)
      ++times_named[other.entity];
  for (size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    if (!m.description || m.indefinite) continue;
    auto fits = [&](int e) {
      if (entities[e].type != NodeType::kPerson || roles[e].empty()) return false;
      if (roles[e] != m.role) return false;
      return m.country.empty() || countries[e] == m.country;
    };
    int best = -1;
    bool introduced_unnamed = false;  // "an unnamed executive ... the executive": that one, not a later name
    for (size_t pj = 0; pj < mi; ++pj) {
      if (mentions[pj].entity >= 0 && fits(mentions[pj].entity)) best = mentions[pj].entity;
      introduced_unnamed |= mentions[pj].description && mentions[pj].indefinite && mentions[pj].role == m.role;
    }
    if (best < 0 && !introduced_unnamed)
      for (size_t pj = mi + 1; pj < mentions.size() && best < 0; ++pj)
        if (mentions[pj].entity >= 0 && fits(mentions[pj].entity)) best = mentions[pj].entity;
    // "the comedian", "the star": with no one of that role, the person the
    // article is about (named most often, at least twice, with no other role)
    if (best < 0 && m.country.empty() && !introduced_unnamed) {
      int most = 1;
      for (const auto& [e, n] : times_named)
        if (n > most && (roles[e].empty() || roles[e] == m.role || roles[e] == "titled")) { best = e; most = n; }
    }
    m.entity = best;
    m.type = NodeType::kPerson;
  }

  // Names and aliases: the fullest name wins; every other surface is an alias.
  std::vector<std::set<std::string>> surfaces(entities.size());
  for (const auto& m : mentions) {
    if (m.entity < 0) continue;
    auto& set = surfaces[m.entity];
    size_t pos = 0;
    while (pos <= m.surface.size()) {
      size_t sep = m.surface.find('\x1f', pos);
      if (sep == std::string::npos) sep = m.surface.size();
      std::string alias = m.surface.substr(pos, sep - pos);
      if (alias.rfind("the ", 0) == 0 || alias.rfind("The ", 0) == 0) alias.erase(0, 4);
      if (!alias.empty()) set.insert(alias);
      pos = sep + 1;
    }
    if (!m.description) set.insert(m.name);
  }
  for (size_t e = 0; e < entities.size(); ++e) {
    ArticleEntity& ent = entities[e];
    if (ent.type == NodeType::kPerson) {
      // fullest name: most words among non-description names, first seen wins ties
      for (const auto& m : mentions)
        if (m.entity == static_cast<int>(e) && !m.description &&
            Words(m.name).size() > Words(ent.name).size())
          ent.name = m.name;
    } else if (ent.type == NodeType::kPlace && !lex.CountryByName(ent.name)) {
      // prefer a capitalised administrative form ("Kursk Oblast" over "Kursk region")
      for (const auto& m : mentions) {
        if (m.entity != static_cast<int>(e) || m.description) continue;
        auto w = Words(m.name);
        bool caps = std::all_of(w.begin(), w.end(), [](const std::string& x) { return x[0] >= 'A' && x[0] <= 'Z'; });
        auto cur = Words(ent.name);
        bool cur_caps = std::all_of(cur.begin(), cur.end(), [](const std::string& x) { return x[0] >= 'A' && x[0] <= 'Z'; });
        if ((caps && !cur_caps) || (caps == cur_caps && w.size() > cur.size())) ent.name = m.name;
      }
    }
    for (const auto& alias : surfaces[e])
      if (alias != ent.name) ent.aliases.push_back(alias);
  }
}

}  // namespace claimgraph::extract::entity_internal
