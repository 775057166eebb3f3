// Internal to extract/: the base of the two link rule sets, located_in
// (place_links.cc) and met_with (meeting_links.cc). It reads one article's
// sentences and resolved mentions and appends links to its facts.
#ifndef CLAIMGRAPH_EXTRACT_LINK_FINDER_H_
#define CLAIMGRAPH_EXTRACT_LINK_FINDER_H_

#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/facts.h"
#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"

namespace claimgraph::extract {

// What the link rules read of one article; every member outlives the search.
struct LinkInput {
  std::string_view text;
  const std::vector<Sentence>& sentences;
  const EntityTable& table;
  const Lexicon& lex;
  const CodePointIndex& offsets;
};

// Shared helpers of the rule sets. Not copyable: it appends to `facts`,
// which must outlive it, and remembers which links it has added.
class LinkFinder {
 public:
  virtual ~LinkFinder() = default;
  // Applies the rules to every sentence that is not site furniture.
  void RunOverArticle() {
    for (size_t s = 0; s < sentences_.size(); ++s)
      if (!sentences_[s].furniture) Run(static_cast<int>(s));
  }

 protected:
  // The rules for sentence s.
  virtual void Run(int s) = 0;

  LinkFinder(const LinkInput& in, ArticleFacts& facts)
      : text_(in.text), sentences_(in.sentences), table_(in.table), lex_(in.lex), offsets_(in.offsets),
        facts_(facts) {}
  LinkFinder(const LinkFinder&) = delete;
  LinkFinder& operator=(const LinkFinder&) = delete;

  // Token t of sentence s lower-cased, or "" past the end.
  std::string_view Lower(int s, uint32_t t) const { return sentences_[s].Lower(t); }
  bool IsCapitalized(int s, uint32_t t) const {
    return t < sentences_[s].tokens.size() && sentences_[s].tokens[t].capitalized;
  }
  // The resolved mention covering token t ("SEC" inside the unresolved
  // description "SEC officials"), or null.
  const Mention* At(int s, uint32_t t) const;
  // The resolved place mention starting at token t, or null.
  const Mention* PlaceStartingAt(int s, uint32_t t) const;
  bool IsCountry(const Mention& m) const;
  bool IsPerson(int entity) const { return table_.entities[entity].type == NodeType::kPerson; }
  // The first entity of `type` named in sentence s before token t, or -1.
  int FirstBefore(int s, uint32_t t, NodeType type) const;
  // The name's last word ("Court" of "US District Court").
  static std::string_view LastWord(std::string_view name);

  // Adds the link a -> b (unordered for met_with) with sentence s as its
  // evidence, once per sentence: a repeat within the sentence, a self-link or
  // a missing side is ignored. Each sentence that states a link is evidence
  // of it (the headline and the body's fuller sentence with place and day).
  void AddLink(Relation rel, int a, int b, int s, std::string where = "", std::string when = "");

  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const EntityTable& table_;
  const Lexicon& lex_;
  const CodePointIndex& offsets_;
  ArticleFacts& facts_;

 private:
  std::set<std::tuple<Relation, int, int, int>> seen_;  // relation, sides, sentence
};

// Appends the located_in links the article states (place_links.cc).
void FindPlaceLinks(const LinkInput& in, ArticleFacts& facts);
// Appends the met_with links the article states (meeting_links.cc), adding
// to `table` (in.table) the unnamed groups that meet ("Five public sector
// unions met X").
void FindMeetingLinks(const LinkInput& in, EntityTable& table, ArticleFacts& facts);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_LINK_FINDER_H_
