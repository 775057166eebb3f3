// claimgraph_wordnet_lexicon: build-time generator that turns the WordNet 3.0
// database (Debian package wordnet-base, /usr/share/wordnet) into one compact,
// sorted UTF-8 TSV lexicon that the extractor loads once at start-up.
//
//   claimgraph_wordnet_lexicon --wordnet /usr/share/wordnet --out lexicon.tsv
//       [--explain LEMMA]   (debug: print the hypernym walk for a noun lemma)
//
// Line kinds (tab-separated; see docs/lexicons.md):
//   N  lemma  class        capitalised noun lemma; class is person, place,
//                          organisation or event (found by walking @ / @i)
//   C  lemma               single-word lemma written all-lowercase (any POS)
//   S  lemma  pos  concept most frequent lowercase sense: concept = pos:offset
//   D  lemma  concept      derivationally related (+) noun<->verb concept of
//                          the lemma's S sense
//   M  inflected lemma pos irregular form from the *.exc exception lists
//
// The WordNet files are parsed directly (format: wndb(5WN)); no libwordnet.
// Output is sorted bytewise and deduplicated, so it is byte-identical for the
// same input.

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

struct Pointer {
  std::string symbol;   // "@", "@i", "+", ...
  std::uint32_t offset;  // target synset offset
  char pos;              // target pos, normalised: n v a r
  int source;            // source word number (0 = whole synset)
  int target;            // target word number (0 = whole synset)
};

struct Synset {
  std::uint32_t offset = 0;
  int lexfile = 0;
  char pos = 'n';                  // normalised: n v a r  (s -> a)
  std::vector<std::string> words;  // as written in WordNet, '_' kept
  std::vector<Pointer> pointers;
  // One-word segments of the definition ("extend on all sides of
  // simultaneously; encircle" -> "encircle"): WordNet's own near-synonyms.
  std::vector<std::string> gloss_words;
};

struct PosData {
  std::vector<Synset> synsets;
  std::unordered_map<std::uint32_t, std::size_t> by_offset;
  // index.<pos>: lemma (lowercase, '_' kept) -> synset offsets, most
  // frequent sense first.
  std::vector<std::pair<std::string, std::vector<std::uint32_t>>> index;
  std::unordered_map<std::string, std::size_t> index_by_lemma;

  const Synset* Find(std::uint32_t off) const {
    auto it = by_offset.find(off);
    return it == by_offset.end() ? nullptr : &synsets[it->second];
  }
};

[[noreturn]] void Die(const std::string& msg) {
  std::cerr << "claimgraph_wordnet_lexicon: " << msg << "\n";
  std::exit(1);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

char NormPos(char c) { return c == 's' ? 'a' : c; }

// Splits a line on single spaces (WordNet fields never contain spaces).
void SplitFields(std::string_view line, std::vector<std::string_view>& out) {
  out.clear();
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    std::size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    out.push_back(line.substr(i, j - i));
    i = j;
  }
}

unsigned long ParseNum(std::string_view s, int base, const char* what) {
  std::string tmp(s);
  char* end = nullptr;
  unsigned long v = std::strtoul(tmp.c_str(), &end, base);
  if (tmp.empty() || *end != '\0') Die(std::string("bad ") + what + " field '" + tmp + "'");
  return v;
}

// Adjectives may carry a syntactic marker: "galore(ip)", "outback(a)".
std::string StripAdjMarker(std::string_view w) {
  if (!w.empty() && w.back() == ')') {
    std::size_t p = w.rfind('(');
    if (p != std::string_view::npos) return std::string(w.substr(0, p));
  }
  return std::string(w);
}

// Calls fn(line) for each record of a WordNet database file: every non-empty
// line not starting with a space (the licence header's lines do).
template <typename Fn>
void ForEachRecord(const std::string& text, Fn fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line[0] != ' ') fn(line);
  }
}

void LoadData(const std::string& dir, const char* name, PosData& pd) {
  const std::string text = ReadFile(dir + "/data." + name);
  std::vector<std::string_view> f;
  ForEachRecord(text, [&](std::string_view line) {
    std::size_t bar = line.find(" | ");
    std::string_view gloss;
    if (bar != std::string_view::npos) {
      gloss = line.substr(bar + 3);
      line = line.substr(0, bar);
    }
    SplitFields(line, f);
    if (f.size() < 5) Die(std::string("short line in data.") + name);
    Synset s;
    s.offset = static_cast<std::uint32_t>(ParseNum(f[0], 10, "offset"));
    s.lexfile = static_cast<int>(ParseNum(f[1], 10, "lex_filenum"));
    s.pos = NormPos(f[2].empty() ? '?' : f[2][0]);
    std::size_t i = 3;
    const unsigned long wcnt = ParseNum(f[i++], 16, "w_cnt");
    for (unsigned long w = 0; w < wcnt; ++w) {
      if (i + 1 >= f.size()) Die("truncated word list");
      s.words.push_back(StripAdjMarker(f[i]));
      i += 2;  // word, lex_id
    }
    if (i >= f.size()) Die("missing p_cnt");
    const unsigned long pcnt = ParseNum(f[i++], 10, "p_cnt");
    for (unsigned long p = 0; p < pcnt; ++p) {
      if (i + 3 >= f.size()) Die("truncated pointer list");
      Pointer ptr;
      ptr.symbol = std::string(f[i]);
      ptr.offset = static_cast<std::uint32_t>(ParseNum(f[i + 1], 10, "pointer offset"));
      ptr.pos = NormPos(f[i + 2].empty() ? '?' : f[i + 2][0]);
      const unsigned long st = ParseNum(f[i + 3], 16, "source/target");
      ptr.source = static_cast<int>(st >> 8);
      ptr.target = static_cast<int>(st & 0xff);
      s.pointers.push_back(std::move(ptr));
      i += 4;
    }
    // Verb frames follow; not needed.
    std::string_view definition = gloss.substr(0, gloss.find('"'));
    std::size_t seg = 0;
    while (seg < definition.size()) {
      std::size_t semi = definition.find(';', seg);
      if (semi == std::string_view::npos) semi = definition.size();
      std::string_view part = definition.substr(seg, semi - seg);
      seg = semi + 1;
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
      if (!part.empty() && part.find(' ') == std::string_view::npos &&
          std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        s.gloss_words.emplace_back(part);
    }
    pd.by_offset.emplace(s.offset, pd.synsets.size());
    pd.synsets.push_back(std::move(s));
  });
  if (pd.synsets.empty()) Die(std::string("no synsets in data.") + name);
}

void LoadIndex(const std::string& dir, const char* name, PosData& pd) {
  const std::string text = ReadFile(dir + "/index." + name);
  std::vector<std::string_view> f;
  ForEachRecord(text, [&](std::string_view line) {
    SplitFields(line, f);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets
    if (f.size() < 6) Die(std::string("short line in index.") + name);
    const unsigned long scnt = ParseNum(f[2], 10, "synset_cnt");
    const unsigned long pcnt = ParseNum(f[3], 10, "p_cnt");
    const std::size_t first = 4 + pcnt + 2;
    if (first + scnt > f.size()) Die(std::string("truncated line in index.") + name);
    std::vector<std::uint32_t> offs;
    for (unsigned long k = 0; k < scnt; ++k)
      offs.push_back(static_cast<std::uint32_t>(ParseNum(f[first + k], 10, "offset")));
    pd.index_by_lemma.emplace(std::string(f[0]), pd.index.size());
    pd.index.emplace_back(std::string(f[0]), std::move(offs));
  });
}

std::string Spaces(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

bool IsSingleWord(const std::string& w) {
  return w.find('_') == std::string::npos && w.find(' ') == std::string::npos;
}

// "Common word": starts with a lowercase ASCII letter and has no uppercase.
bool IsLowercaseWord(const std::string& w) {
  if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  for (unsigned char c : w)
    if (c >= 'A' && c <= 'Z') return false;
  return true;
}

bool HasInitialCapital(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// ---------------------------------------------------------------------------
// Noun classification by hypernym walk.

enum RootBit : unsigned {
  kPerson = 1u << 0,
  kLocation = 1u << 1,
  kWaterGeo = 1u << 2,  // body_of_water, geological_formation, dry land (islands, peninsulas)
  kStructure = 1u << 3,  // named buildings/facilities: Kremlin, Pentagon, Brooklyn Bridge
  kOrganisation = 1u << 4,
  kSocialGroup = 1u << 5,
  kEvent = 1u << 6,
};

struct Root {
  const char* lemma;  // index.noun lemma
  int sense;          // 1-based sense number
  const char* expect;  // a word that must be in the synset (sanity check)
  unsigned bit;
};

// Resolved by lemma + sense number through index.noun (not by hard-coded
// offsets), and each checked to contain the expected word.
const Root kRoots[] = {
    {"person", 1, "person", kPerson},
    {"location", 1, "location", kLocation},
    {"body_of_water", 1, "body_of_water", kWaterGeo},
    {"geological_formation", 1, "geological_formation", kWaterGeo},
    {"dry_land", 1, "dry_land", kWaterGeo},  // islands, peninsulas, continents' parts
    {"structure", 1, "construction", kStructure},
    {"organization", 1, "organization", kOrganisation},
    {"social_group", 1, "social_group", kSocialGroup},
    // Named events: wars, battles, revolts, attacks (group action), affairs
    // and eras (happening: Watergate, Renaissance), games and festivals
    // (social event: Olympic Games), campaigns (military operation: Crusades).
    // Not all of event.n.01: its "activity" branch holds offices
    // ("Secretary of State"), sports, medical tests and procedures.
    {"group_action", 1, "group_action", kEvent},
    {"happening", 1, "natural_event", kEvent},
    {"social_event", 1, "social_event", kEvent},
    {"military_operation", 1, "military_operation", kEvent},
};

class Classifier {
 public:
  explicit Classifier(const PosData& nouns) : nouns_(nouns), memo_(nouns.synsets.size(), kUnset) {
    for (const Root& r : kRoots) {
      auto it = nouns.index_by_lemma.find(r.lemma);
      if (it == nouns.index_by_lemma.end()) Die(std::string("root lemma not found: ") + r.lemma);
      const auto& offs = nouns.index[it->second].second;
      if (static_cast<int>(offs.size()) < r.sense) Die(std::string("root sense missing: ") + r.lemma);
      const std::uint32_t off = offs[r.sense - 1];
      const Synset* s = nouns.Find(off);
      if (!s || std::find(s->words.begin(), s->words.end(), r.expect) == s->words.end())
        Die(std::string("root synset check failed: ") + r.lemma);
      root_bits_[off] |= r.bit;
    }
  }

  unsigned Mask(std::size_t idx) {
    if (memo_[idx] == kInProgress) return 0;  // defensive: cycles do not exist in WN 3.0
    if (memo_[idx] != kUnset) return memo_[idx];
    memo_[idx] = kInProgress;
    const Synset& s = nouns_.synsets[idx];
    unsigned m = 0;
    auto rb = root_bits_.find(s.offset);
    if (rb != root_bits_.end()) m |= rb->second;
    for (const Pointer& p : s.pointers) {
      if (p.pos != 'n' || (p.symbol != "@" && p.symbol != "@i")) continue;
      auto it = nouns_.by_offset.find(p.offset);
      if (it != nouns_.by_offset.end()) m |= Mask(it->second);
    }
    memo_[idx] = m;
    return m;
  }

  // Precedence: person > place > organisation > event. A synset with several
  // hypernyms can reach more than one root (rare in WN 3.0: Gibraltar is a
  // location and a colony, i.e. a social group; it is a place). Capitalised
  // social groups that WordNet does not file under organization (Hamas,
  // Taliban, Congress, Supreme Court, Knesset, dynasties) are classed as
  // organisations; named structures (Kremlin, Pentagon building) as places.
  static const char* ClassOf(unsigned m) {
    if (m & kPerson) return "person";
    if (m & (kLocation | kWaterGeo | kStructure)) return "place";
    if (m & (kOrganisation | kSocialGroup)) return "organisation";
    if (m & kEvent) return "event";
    return nullptr;
  }

  void Explain(std::size_t idx, int depth, std::ostream& os) {
    const Synset& s = nouns_.synsets[idx];
    os << std::string(depth * 2, ' ') << s.offset << " " << (s.words.empty() ? "?" : s.words[0])
       << " mask=" << Mask(idx) << "\n";
    if (depth > 25) return;
    for (const Pointer& p : s.pointers) {
      if (p.pos != 'n' || (p.symbol != "@" && p.symbol != "@i")) continue;
      auto it = nouns_.by_offset.find(p.offset);
      if (it != nouns_.by_offset.end()) Explain(it->second, depth + 1, os);
    }
  }

 private:
  static constexpr unsigned kUnset = ~0u;
  static constexpr unsigned kInProgress = ~0u - 1;
  const PosData& nouns_;
  std::vector<unsigned> memo_;
  std::unordered_map<std::uint32_t, unsigned> root_bits_;
};

std::string Concept(char pos, std::uint32_t off) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c:%08u", pos, static_cast<unsigned>(off));
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, out, explain;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto need = [&](const char* opt) -> std::string {
      if (i + 1 >= argc) Die(std::string("missing value for ") + opt);
      return argv[++i];
    };
    if (a == "--wordnet") dir = need("--wordnet");
    else if (a == "--out") out = need("--out");
    else if (a == "--explain") explain = need("--explain");
    else if (a == "-h" || a == "--help") {
      std::cout << "usage: claimgraph_wordnet_lexicon --wordnet DIR --out FILE [--explain LEMMA]\n";
      return 0;
    } else Die("unknown argument " + a);
  }
  if (dir.empty() || (out.empty() && explain.empty()))
    Die("usage: --wordnet DIR --out FILE [--explain LEMMA]");

  const char* kNames[] = {"noun", "verb", "adj", "adv"};
  const char kPos[] = {'n', 'v', 'a', 'r'};
  PosData pd[4];
  for (int k = 0; k < 4; ++k) {
    LoadData(dir, kNames[k], pd[k]);
    LoadIndex(dir, kNames[k], pd[k]);
  }
  PosData& nouns = pd[0];
  Classifier cls(nouns);

  if (!explain.empty()) {
    std::string key = explain;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) {
      return c == ' ' ? '_' : static_cast<char>(std::tolower(c));
    });
    auto it = nouns.index_by_lemma.find(key);
    if (it == nouns.index_by_lemma.end()) Die("not in index.noun: " + explain);
    for (std::uint32_t off : nouns.index[it->second].second) {
      std::size_t idx = nouns.by_offset.at(off);
      const char* c = Classifier::ClassOf(cls.Mask(idx));
      std::cout << "class=" << (c ? c : "other") << "\n";
      cls.Explain(idx, 0, std::cout);
    }
    if (out.empty()) return 0;
  }

  std::vector<std::string> lines;
  lines.reserve(400000);

  // 1. N: capitalised noun lemmas of instance/hyponym synsets.
  for (std::size_t idx = 0; idx < nouns.synsets.size(); ++idx) {
    const Synset& s = nouns.synsets[idx];
    bool has_up = false;
    for (const Pointer& p : s.pointers)
      if (p.symbol == "@" || p.symbol == "@i") has_up = true;
    if (!has_up) continue;
    const char* c = nullptr;
    bool computed = false;
    for (const std::string& w : s.words) {
      if (!HasInitialCapital(w)) continue;
      if (!computed) {
        c = Classifier::ClassOf(cls.Mask(idx));
        computed = true;
      }
      if (!c) break;
      lines.push_back("N\t" + Spaces(w) + "\t" + c);
    }
  }

  // 2. C: single-word all-lowercase lemmas, any POS.
  for (int k = 0; k < 4; ++k)
    for (const Synset& s : pd[k].synsets)
      for (const std::string& w : s.words)
        if (IsSingleWord(w) && IsLowercaseWord(w)) lines.push_back("C\t" + w);

  // Verb concepts joined through one-word gloss segments, so that
  // "surround" (gloss: "...; encircle") and "encircle" compare equal. Small
  // groups only: a join that would pass kMaxGroup synsets is skipped.
  std::unordered_map<std::uint32_t, std::uint32_t> verb_parent;
  std::unordered_map<std::uint32_t, int> verb_group_size;
  auto verb_root = [&](std::uint32_t off) {
    while (verb_parent.count(off) && verb_parent[off] != off) off = verb_parent[off];
    return off;
  };
  auto first_verb_sense = [&](const std::string& lemma) -> const Synset* {
    auto it = pd[1].index_by_lemma.find(lemma);
    if (it == pd[1].index_by_lemma.end()) return nullptr;
    const auto& offs = pd[1].index[it->second].second;
    return offs.empty() ? nullptr : pd[1].Find(offs.front());
  };
  constexpr int kMaxGroup = 4;
  for (const auto& [lemma, offs] : pd[1].index) {
    const Synset* first = first_verb_sense(lemma);
    if (!first) continue;
    for (const std::string& g : first->gloss_words) {
      const Synset* other = first_verb_sense(g);
      if (!other) continue;
      std::uint32_t a = verb_root(first->offset), b = verb_root(other->offset);
      if (a == b) continue;
      int size_a = verb_group_size.count(a) ? verb_group_size[a] : 1;
      int size_b = verb_group_size.count(b) ? verb_group_size[b] : 1;
      if (size_a + size_b > kMaxGroup) continue;
      if (b < a) std::swap(a, b);  // the smaller offset is the root: deterministic
      verb_parent[a] = a;
      verb_parent[b] = a;
      verb_group_size[a] = size_a + size_b;
    }
  }
  auto concept_of = [&](char pos, std::uint32_t off) {
    return Concept(pos, pos == 'v' ? verb_root(off) : off);
  };

  // 3. S and D for nouns, verbs, adjectives.
  for (int k = 0; k < 3; ++k) {
    const PosData& p = pd[k];
    for (const auto& [lemma, offs] : p.index) {
      if (lemma.size() < 3 || !IsSingleWord(lemma) || !IsLowercaseWord(lemma)) continue;
      // Most frequent sense in which the lemma is written in lowercase
      // (index files are case-folded: "china" lists China the country first).
      const Synset* first = nullptr;
      int wordnum = 0;
      for (std::uint32_t off : offs) {
        const Synset* s = p.Find(off);
        if (!s) continue;
        for (std::size_t w = 0; w < s->words.size(); ++w)
          if (s->words[w] == lemma) {
            first = s;
            wordnum = static_cast<int>(w) + 1;
            break;
          }
        if (first) break;
      }
      if (!first) continue;
      lines.push_back("S\t" + lemma + "\t" + kPos[k] + "\t" + concept_of(kPos[k], first->offset));
      if (kPos[k] != 'n' && kPos[k] != 'v') continue;
      const char other = kPos[k] == 'n' ? 'v' : 'n';
      for (const Pointer& ptr : first->pointers)
        if (ptr.symbol == "+" && ptr.pos == other && ptr.source == wordnum)
          lines.push_back("D\t" + lemma + "\t" + concept_of(other, ptr.offset));
    }
  }

  // 4. M: irregular inflections from the exception lists.
  const char* kExc[] = {"noun.exc", "verb.exc", "adj.exc", "adv.exc"};
  for (int k = 0; k < 4; ++k) {
    const std::string text = ReadFile(dir + "/" + kExc[k]);
    std::istringstream in(text);
    std::string line;
    std::vector<std::string_view> f;
    while (std::getline(in, line)) {
      SplitFields(line, f);
      if (f.size() < 2) continue;
      for (std::size_t b = 1; b < f.size(); ++b) {
        if (f[0] == f[b]) continue;  // adj.exc lists some identities ("after after")
        lines.push_back("M\t" + Spaces(std::string(f[0])) + "\t" + Spaces(std::string(f[b])) + "\t" +
                        kPos[k]);
      }
    }
  }

  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());

  const std::string tmp = out + ".tmp";
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    if (!o) Die("cannot write " + tmp);
    for (const std::string& l : lines) o << l << '\n';
    if (!o.flush()) Die("write failed: " + tmp);
  }
  if (std::rename(tmp.c_str(), out.c_str()) != 0) Die("cannot rename " + tmp + " to " + out);
  return 0;
}
