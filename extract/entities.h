// Named people, places and organisations of one article: mentions found,
// typed from general evidence (titles, roles, head words, context, WordNet,
// gazetteers) and resolved into one entity per referent.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/facts.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"

namespace claimgraph::extract {

struct Mention {
  int sentence = 0;
  uint32_t first = 0;       // token range [first, last) of the whole mention,
  uint32_t last = 0;        //   titles and descriptions included
  uint32_t name_first = 0;  // token range of the name proper
  uint32_t name_last = 0;
  std::string name;         // "Vladimir Putin"
  std::string surface;      // "Russian President Vladimir Putin"
  NodeType type = NodeType::kPerson;
  bool description = false; // "the Russian leader": resolves, never creates
  bool indefinite = false;  // "a spokesman", "critics": never one already named
  std::string role;         // role class from a title, role noun or apposition
  std::string country;      // country of that role ("Russia"), if given
  int strength = 3;         // how sure the type is: 0 a guess .. 3 explicit
  int entity = -1;
};

struct EntityTable {
  std::vector<Mention> mentions;              // in text order
  std::vector<ArticleEntity> entities;
  std::vector<std::vector<int>> by_sentence;  // mention indexes per sentence
  // A sports report (matches, goals, clubs): two bodies that "meet" there
  // play a fixture rather than hold talks.
  bool sports_article = false;
  // The mention covering token `tok` of sentence `s`, or -1.
  int MentionAt(int s, uint32_t tok) const;
  // The mention ending right before token `tok` (its last == tok), or -1.
  int MentionEndingAt(int s, uint32_t tok) const;
};

EntityTable FindEntities(std::string_view text, const std::vector<Sentence>& sentences,
                         const Lexicon& lexicon);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_H_
