// The vocabulary shared by every module: what extraction finds in one article
// (ArticleFacts) and the consolidated graph over all articles (KnowledgeGraph).
// Plain value types: no I/O, no ownership subtleties.
#ifndef CLAIMGRAPH_CORE_FACTS_H_
#define CLAIMGRAPH_CORE_FACTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

enum class NodeType { kPerson, kOrganisation, kPlace, kClaim };
enum class Relation { kSaid, kDenied, kAbout, kLocatedIn, kMetWith };

// "person", "organisation", "place", "claim" / "said", "denied", ... : the
// spellings used in JSON, the store and on the command line.
std::string_view ToString(NodeType t);
std::string_view ToString(Relation r);
std::optional<NodeType> ParseNodeType(std::string_view s);
std::optional<Relation> ParseRelation(std::string_view s);

// Where a fact was read. Offsets count Unicode code points (not bytes) into
// the article's text as stored, [start, end) covering the whole sentence.
struct Span {
  int64_t start = 0;
  int64_t end = 0;
  std::string sentence;
};

// ---- One article, as extraction sees it. Ids are indexes into the vectors.

struct ArticleEntity {
  NodeType type = NodeType::kPerson;   // never kClaim
  std::string name;                    // fullest name the article gives
  std::vector<std::string> aliases;    // other names/descriptions, no pronouns
  // Named only by a description ("shareholders", "Five public sector
  // unions", "Analysts"): a group or speaker the article does not name.
  // Never merged with an entity of another article.
  bool unnamed = false;
};

struct ArticleClaim {
  std::string text;                    // the content, verbatim
  std::vector<int> about;              // indexes into ArticleFacts::entities
};

// A speaker said or denied a claim.
struct Statement {
  int speaker = -1;                    // entity index; -1: unknown speaker
  Relation relation = Relation::kSaid; // kSaid or kDenied
  int claim = -1;                      // index into ArticleFacts::claims
  bool direct = false;                 // a quotation (true) or reported speech
  double confidence = 0.0;             // [0, 1], from the pattern's strength
  Span evidence;
};

// located_in (a inside b) or met_with (a and b, unordered).
struct Link {
  Relation relation = Relation::kLocatedIn;
  int a = -1;
  int b = -1;
  std::string where;                   // met_with: place the text gives, if any
  std::string when;                    // met_with: day the text gives, if any
  Span evidence;
};

struct ArticleFacts {
  std::string title;
  std::vector<ArticleEntity> entities;
  std::vector<ArticleClaim> claims;
  std::vector<Statement> statements;
  std::vector<Link> links;
};

// ---- The consolidated graph over every stored article.

struct Evidence {
  std::string article;                 // the article's stored path
  int64_t start = 0;
  int64_t end = 0;
  std::string sentence;
  double confidence = 1.0;             // said/denied: the statement's; else 1
  bool direct = false;                 // said/denied: a quotation
};

struct Node {
  std::string id;                      // stable: same facts, same id
  NodeType type = NodeType::kPerson;
  std::string label;                   // fullest name, or a claim's text
  std::vector<std::string> aliases;    // sorted, label excluded
  std::vector<std::string> articles;   // sorted article paths
  bool disputed = false;               // claims only: both said and denied
};

struct Edge {
  std::string source;                  // node ids
  std::string target;
  Relation type = Relation::kSaid;
  bool inferred = false;               // from outside knowledge, not the text
  std::string where;                   // met_with only, may be empty
  std::string when;                    // met_with only, may be empty
  std::vector<Evidence> evidence;      // sorted; empty only when inferred
};

// Nodes sorted by id; edges sorted by (source, target, type). Every edge
// endpoint names a node in `nodes`.
struct KnowledgeGraph {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_FACTS_H_
