// The SQLite store: one file holds every ingested article (with the facts
// extracted from it) and the consolidated graph built from all of them.
// Schema: docs/schema.md. All SQL of the project lives in graph/store*.cc.
//
// Threading: a Store is used by one thread at a time. Several processes may
// open one file at once (WAL, busy timeout, BEGIN IMMEDIATE writes).
#ifndef CLAIMGRAPH_GRAPH_STORE_H_
#define CLAIMGRAPH_GRAPH_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/facts.h"
#include "core/status.h"

namespace claimgraph::graph {

struct ArticleRecord {
  std::string path;        // as given on the command line, normalised; unique
  std::string hash;        // hex SHA-256 of the stored text
  std::string title;
  int64_t ingested_at = 0; // Unix seconds
  ArticleFacts facts;
};

enum class PutOutcome {
  kAdded,      // a new path
  kReplaced,   // a known path whose content changed: old facts removed
  kUnchanged,  // same path, same hash: nothing written
  kDuplicate,  // this content is already stored under another path: nothing written
};

struct StoreStats {
  int64_t articles = 0;
  int64_t entities = 0;  // consolidated graph
  int64_t claims = 0;
  int64_t edges = 0;
};

// Rows of a read-only query, every value rendered as text (NULL as "").
struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (kReadWrite: creating and migrating) the database at `path`;
  // ":memory:" gives a private in-memory store. Errors: Unsupported for a
  // database from a newer schema version (file untouched), Corruption for a
  // file that is not a claimgraph/SQLite database, IOError otherwise.
  static StatusOr<Store> Open(const std::string& path, Mode mode);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  // The path under which content with this hash is stored, if any. Lets the
  // caller skip extraction for known content.
  StatusOr<std::optional<std::string>> PathWithHash(const std::string& hash);

  // Stores one article in one BEGIN IMMEDIATE transaction (re-checking the
  // hash inside it) and marks the consolidated graph stale. On error nothing
  // of this article is written and earlier articles are untouched.
  StatusOr<PutOutcome> PutArticle(const ArticleRecord& record);

  // Every stored article, sorted by path.
  StatusOr<std::vector<ArticleRecord>> LoadArticles();

  // True when articles changed since the last ReplaceGraph.
  StatusOr<bool> GraphIsStale();

  // Replaces the consolidated graph in one transaction and clears the stale
  // flag. Every edge endpoint must be a node of `graph` (InvalidArgument).
  Status ReplaceGraph(const KnowledgeGraph& graph);

  // The consolidated graph as last stored, in the sorted order KnowledgeGraph
  // documents.
  StatusOr<KnowledgeGraph> LoadGraph();

  StatusOr<StoreStats> Stats();

  // Runs one SQL statement on a connection that cannot write (a second,
  // read-only, query_only connection). InvalidArgument for SQL errors and
  // for any attempt to write.
  StatusOr<QueryResult> QueryReadOnly(const std::string& sql);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_STORE_H_
