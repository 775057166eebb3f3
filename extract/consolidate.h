// Cross-article resolution: many articles' facts become one graph. The same
// entity named in several articles is one node (aliases gathered); the same
// claim reported by several outlets or speakers is one claim node, each
// statement keeping its own evidence. Rules: docs/resolution.md. Between
// places the articles name, the gazetteer's city -> country containment is
// added as located_in edges marked inferred.
//
// A pure function of its inputs: the same set of articles gives the same
// graph, byte for byte, whatever the order they were ingested in.
#ifndef CLAIMGRAPH_EXTRACT_CONSOLIDATE_H_
#define CLAIMGRAPH_EXTRACT_CONSOLIDATE_H_

#include <string>
#include <utility>
#include <vector>

#include "core/facts.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

struct ArticleInput {
  std::string path;       // the article's stored path (evidence refers to it)
  const ArticleFacts* facts = nullptr;  // not owned; must outlive the call
};

KnowledgeGraph Consolidate(std::vector<ArticleInput> articles, const Lexicon& lexicon);

// Content concepts of a claim text (lemmas mapped through WordNet, stop
// words left out): what claim similarity compares. Exposed for tests.
std::vector<std::string> ClaimConcepts(const std::string& text, const Lexicon& lexicon);

// The claim's predicates in text order: concepts of words used as verbs
// ("are surrounded", "must surrender") or action nouns ("encirclement"),
// generic verbs left out.
std::vector<std::string> ClaimPredicates(const std::string& text, const Lexicon& lexicon);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_CONSOLIDATE_H_
