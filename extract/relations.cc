#include "extract/relations.h"

#include <algorithm>
#include <utility>

#include "extract/link_finder.h"

namespace claimgraph::extract {

const Mention* LinkFinder::At(int s, uint32_t t) const {
  for (int mi : table_.by_sentence[s]) {
    const Mention& m = table_.mentions[mi];
    if (m.first <= t && t < m.last && m.entity >= 0) return &m;
  }
  return nullptr;
}

const Mention* LinkFinder::PlaceStartingAt(int s, uint32_t t) const {
  const Mention* m = At(s, t);
  return m && m->first == t && m->type == NodeType::kPlace ? m : nullptr;
}

bool LinkFinder::IsCountry(const Mention& m) const {
  return lex_.CountryByName(table_.entities[m.entity].name) != nullptr;
}

int LinkFinder::FirstBefore(int s, uint32_t t, NodeType type) const {
  for (int mi : table_.by_sentence[s]) {
    const Mention& m = table_.mentions[mi];
    if (m.last > t) break;
    if (m.entity >= 0 && table_.entities[m.entity].type == type) return m.entity;
  }
  return -1;
}

std::string_view LinkFinder::LastWord(std::string_view name) {
  const size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

void LinkFinder::AddLink(Relation rel, int a, int b, int s, std::string where, std::string when) {
  if (a < 0 || b < 0 || a == b) return;
  auto key = rel == Relation::kMetWith ? std::make_tuple(rel, std::min(a, b), std::max(a, b), s)
                                       : std::make_tuple(rel, a, b, s);
  if (!seen_.insert(key).second) return;
  Link l;
  l.relation = rel;
  l.a = a;
  l.b = b;
  l.where = std::move(where);
  l.when = std::move(when);
  l.evidence = SentenceSpan(text_, sentences_[s], offsets_);
  facts_.links.push_back(std::move(l));
}

void FindRelations(std::string_view text, const std::vector<Sentence>& sentences, EntityTable& table,
                   const Lexicon& lexicon, const CodePointIndex& offsets, ArticleFacts& facts) {
  const LinkInput in{text, sentences, table, lexicon, offsets};
  FindPlaceLinks(in, facts);
  FindMeetingLinks(in, table, facts);
}

}  // namespace claimgraph::extract
