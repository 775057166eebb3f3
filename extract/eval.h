// The project's scorer for hand annotations in the gold format
// (../shared/gold/GUIDELINES.md); matching rules in docs/evaluation.md.
// Pure functions: the caller builds the predicted graph.
#ifndef CLAIMGRAPH_EXTRACT_EVAL_H_
#define CLAIMGRAPH_EXTRACT_EVAL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/facts.h"
#include "core/status.h"

namespace claimgraph::eval {

struct GoldEntity {
  std::string name;
  NodeType type = NodeType::kPerson;
  std::vector<std::string> aliases;
};

struct GoldStatement {
  std::string speaker;          // a GoldEntity name
  Relation relation = Relation::kSaid;
  bool direct = false;
  std::string text;
  std::vector<std::string> about;
};

struct GoldPair {
  std::string a;                // located_in: place; met_with: either party
  std::string b;                // located_in: containing place
  bool implied = false;         // "basis": "implied": not stated by a phrase of the text
};

struct GoldArticle {
  std::string article;          // the article's file name
  std::vector<GoldEntity> entities;
  std::vector<GoldStatement> statements;
  std::vector<GoldPair> located_in;
  std::vector<GoldPair> met_with;
};

// InvalidArgument (with the reason) when `json` is not a gold file.
StatusOr<GoldArticle> ParseGold(const std::string& json);

struct Counts {
  int64_t tp = 0, fp = 0, fn = 0;
  double Precision() const;     // 0 when nothing predicted
  double Recall() const;        // 0 when nothing expected
  double F1() const;
  Counts& operator+=(const Counts& o);
};

struct ArticleScore {
  std::string article;
  Counts entities;              // name (or alias) and type right
  Counts attribution;           // speaker and content right
  Counts attribution_relation;  // speaker, content and said/denied right
  Counts located_in;            // text edges only (inferred ones ignored)
  Counts met_with;
};

struct ScoreOptions {
  // Score located_in and met_with against the gold pairs the text states
  // only: pairs marked "basis": "implied" are dropped from the gold, and a
  // prediction of such a pair counts neither as right nor as wrong.
  bool stated_only = false;
};

// Scores the graph extracted from this one article alone against its gold.
ArticleScore ScoreArticle(const GoldArticle& gold, const KnowledgeGraph& predicted,
                          const ScoreOptions& options = {});

// Per-article rows and a micro-averaged total, as a text table or as JSON
// ({"articles":[...],"total":{...}}, each Counts as tp/fp/fn/precision/recall/f1).
std::string FormatScoresText(const std::vector<ArticleScore>& scores);
std::string FormatScoresJson(const std::vector<ArticleScore>& scores);

}  // namespace claimgraph::eval

#endif  // CLAIMGRAPH_EXTRACT_EVAL_H_
