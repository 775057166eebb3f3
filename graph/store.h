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
#include <unordered_map>
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

// Tuning for Store::Open; the defaults suit every command.
struct StoreOptions {
  // Upper bound on the database file, in pages (PRAGMA max_page_count, not
  // persistent); 0 keeps SQLite's limit. A write that would grow the file
  // past it fails exactly like a full disk (SQLITE_FULL -> IOError) and its
  // transaction is rolled back. For callers that must cap disk use, and the
  // way tests reach the full-disk path without filling a disk.
  int64_t max_page_count = 0;
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (kReadWrite: creating and migrating) the database at `path`;
  // ":memory:" gives a private in-memory store. Errors: Unsupported for a
  // database from a newer schema version (file untouched), Corruption for a
  // file that is not a claimgraph/SQLite database, IOError otherwise.
  static StatusOr<Store> Open(const std::string& path, Mode mode);
  static StatusOr<Store> Open(const std::string& path, Mode mode, const StoreOptions& options);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  // The path under which content with this hash is stored, if any. Lets the
  // caller skip extraction for known content.
  StatusOr<std::optional<std::string>> PathWithHash(const std::string& hash);

  // Every stored article's content hash and path: a snapshot that lets an
  // ingest skip extracting content it already has (PutArticle still decides).
  StatusOr<std::unordered_map<std::string, std::string>> StoredHashes();

  // Stores one article in one BEGIN IMMEDIATE transaction (re-checking the
  // hash inside it) and marks the consolidated graph stale. On error nothing
  // of this article is written and earlier articles are untouched.
  StatusOr<PutOutcome> PutArticle(const ArticleRecord& record);

  // Every stored article, sorted by path, read in one snapshot. Remembers
  // which article writes (of any process) that snapshot includes, for
  // ReplaceGraph below.
  StatusOr<std::vector<ArticleRecord>> LoadArticles();

  // True when articles changed since the last ReplaceGraph.
  StatusOr<bool> GraphIsStale();

  // Replaces the consolidated graph in one transaction and clears the stale
  // flag. Every edge endpoint must be a node of `graph` (InvalidArgument).
  //
  // When this Store has called LoadArticles, the graph is taken to be built
  // from that snapshot: if any process wrote an article since, the graph is
  // still stored (it is newer than the previous one) but the stale flag stays
  // set, so the next reader or the writer of that article rebuilds. Without
  // this, a rebuild racing another ingest could mark an incomplete graph as
  // up to date. Callers can check GraphIsStale() afterwards.
  Status ReplaceGraph(const KnowledgeGraph& graph);

  // The consolidated graph as last stored, in the sorted order KnowledgeGraph
  // documents.
  StatusOr<KnowledgeGraph> LoadGraph();

  StatusOr<StoreStats> Stats();

  // PRAGMA integrity_check and foreign_key_check: OK, or Corruption quoting
  // SQLite's first findings. Reads only.
  Status CheckIntegrity();

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
