// The SQLite store. Schema and migration policy: graph/store_schema.h and
// docs/schema.md. Every statement used more than once is prepared once and
// cached in Store::Impl; every value is a bound parameter.
#include "graph/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <map>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/facts_json.h"
#include "graph/sqlite_handle.h"
#include "graph/store_schema.h"

// Local to this file: `lhs = value of expr`, or return its error Status.
#define STORE_CONCAT_INNER(a, b) a##b
#define STORE_CONCAT(a, b) STORE_CONCAT_INNER(a, b)
#define STORE_ASSIGN_OR_RETURN(lhs, expr) STORE_ASSIGN_OR_RETURN_IMPL(STORE_CONCAT(store_or_, __LINE__), lhs, expr)
#define STORE_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) return tmp.status();               \
  lhs = std::move(tmp).value()

namespace claimgraph::graph {

using internal::Connection;
using internal::ResetOnExit;
using internal::Statement;

namespace {

constexpr int kBusyTimeoutMs = 10000;  // long enough for another ingest's one-article write
constexpr char kMemoryPath[] = ":memory:";

// ---- SQL. Kept together so the whole vocabulary of the store reads at once.

constexpr char kSelectOtherPathWithHash[] = "SELECT path FROM articles WHERE hash = ?1 AND path <> ?2";
constexpr char kSelectPathWithHash[] = "SELECT path FROM articles WHERE hash = ?1";
constexpr char kSelectHashes[] = "SELECT hash, path FROM articles";
constexpr char kSelectArticleByPath[] = "SELECT id, hash FROM articles WHERE path = ?1";
constexpr char kInsertArticle[] =
    "INSERT INTO articles(path, hash, title, ingested_at, facts) VALUES (?1, ?2, ?3, ?4, ?5)";
// In place, keeping articles.id, so rows of the (now stale) graph that cite
// this article stay valid until the next ReplaceGraph.
constexpr char kUpdateArticle[] =
    "UPDATE articles SET hash = ?2, title = ?3, ingested_at = ?4, facts = ?5 WHERE id = ?1";
constexpr char kSelectArticles[] =
    "SELECT path, hash, title, ingested_at, facts FROM articles ORDER BY path";
constexpr char kSelectArticleIds[] = "SELECT id, path FROM articles";

constexpr char kSetStale[] =
    "INSERT INTO meta(key, value) VALUES ('graph_stale', ?1) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value";
constexpr char kSelectStale[] = "SELECT value FROM meta WHERE key = 'graph_stale'";
// Counts article writes, so ReplaceGraph can tell whether the articles it was
// built from are still all there are. A meta row, not a schema change: a
// missing row reads as 0, and older claimgraphs ignore it.
constexpr char kBumpGeneration[] =
    "INSERT INTO meta(key, value) VALUES ('articles_generation', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)";
constexpr char kSelectGeneration[] =
    "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'articles_generation'";

// Children before parents, so no cascade has work to do.
constexpr const char* kDeleteGraph[] = {
    "DELETE FROM evidence",      "DELETE FROM edges",    "DELETE FROM node_articles",
    "DELETE FROM entity_aliases", "DELETE FROM claim_aliases", "DELETE FROM entities",
    "DELETE FROM claims",
};
constexpr char kInsertEntity[] = "INSERT INTO entities(id, type, label) VALUES (?1, ?2, ?3)";
constexpr char kInsertEntityAlias[] =
    "INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?1, ?2)";
constexpr char kInsertClaim[] = "INSERT INTO claims(id, text, disputed) VALUES (?1, ?2, ?3)";
constexpr char kInsertClaimAlias[] = "INSERT OR IGNORE INTO claim_aliases(claim_id, alias) VALUES (?1, ?2)";
constexpr char kInsertNodeArticle[] =
    "INSERT OR IGNORE INTO node_articles(node_id, article_id) VALUES (?1, ?2)";
constexpr char kInsertEdge[] =
    "INSERT INTO edges(source, target, type, inferred, place, day) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kInsertEvidence[] =
    "INSERT INTO evidence(edge_id, article_id, start_offset, end_offset, sentence, confidence, direct) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

constexpr char kSelectEntities[] = "SELECT id, type, label FROM entities";
constexpr char kSelectClaims[] = "SELECT id, text, disputed FROM claims";
constexpr char kSelectEntityAliases[] = "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias";
constexpr char kSelectClaimAliases[] = "SELECT claim_id, alias FROM claim_aliases ORDER BY claim_id, alias";
constexpr char kSelectNodeArticles[] =
    "SELECT na.node_id, a.path FROM node_articles AS na JOIN articles AS a ON a.id = na.article_id "
    "ORDER BY na.node_id, a.path";
constexpr char kSelectEdges[] = "SELECT id, source, target, type, inferred, place, day FROM edges ORDER BY id";
constexpr char kSelectEvidence[] =
    "SELECT ev.edge_id, a.path, ev.start_offset, ev.end_offset, ev.sentence, ev.confidence, ev.direct "
    "FROM evidence AS ev JOIN articles AS a ON a.id = ev.article_id ORDER BY ev.edge_id, ev.id";
constexpr char kSelectStats[] =
    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities), "
    "(SELECT count(*) FROM claims), (SELECT count(*) FROM edges)";

// ---- Errors.

// Maps an SQLite result code to the Status code a caller can act on.
Status SqliteStatus(int rc, sqlite3* db, const std::string& what) {
  // sqlite3_errmsg describes the last call on `db`, which for a bind error
  // is not the failing one; fall back to the code's generic text then.
  const bool errmsg_matches = db != nullptr && sqlite3_extended_errcode(db) == rc;
  std::string message = what + ": " + (errmsg_matches ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Busy(std::move(message));
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_PROTOCOL:
      return Status::IOError(std::move(message));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corruption(std::move(message));
    case SQLITE_TOOBIG:
    case SQLITE_CONSTRAINT:
    case SQLITE_RANGE:
    case SQLITE_MISMATCH:
      return Status::InvalidArgument(std::move(message));
    default:
      return Status::Internal(std::move(message));
  }
}

StatusOr<Connection> OpenConnection(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Connection db(raw);  // owns the handle even when opening failed
  if (rc != SQLITE_OK) {
    if ((flags & SQLITE_OPEN_READONLY) && (rc & 0xff) == SQLITE_CANTOPEN)
      return Status::NotFound("no claimgraph store at " + path + " (cannot open it read-only)");
    return SqliteStatus(rc, raw, "cannot open " + path);
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  return StatusOr<Connection>(std::move(db));
}

// For statements run once (open-time pragmas, user queries): not cached.
StatusOr<Statement> PrepareOnce(sqlite3* db, const std::string& sql, const std::string& what) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr);
  Statement stmt(raw);
  if (rc != SQLITE_OK) return SqliteStatus(rc, db, what);
  return StatusOr<Statement>(std::move(stmt));
}

Status ExecScript(sqlite3* db, const char* sql, const std::string& what) {
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::OK() : SqliteStatus(rc, db, what);
}

// The first column of a one-row query (e.g. a pragma), as an integer.
StatusOr<int64_t> QueryInt(sqlite3* db, const char* sql, const std::string& what) {
  STORE_ASSIGN_OR_RETURN(Statement stmt, PrepareOnce(db, sql, what));
  const int rc = stmt.Step();
  if (rc == SQLITE_ROW) return stmt.ColumnInt64(0);
  if (rc == SQLITE_DONE) return int64_t{0};
  return SqliteStatus(rc, db, what);
}

// Rolls back unless committed, on every early return. Begin() takes the write
// lock up front (BEGIN IMMEDIATE) so that a busy database fails at the start,
// after busy_timeout, not halfway through.
class Transaction {
 public:
  enum class Kind { kRead, kWrite };
  Transaction(sqlite3* db, std::string context) : db_(db), context_(std::move(context)) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    // After SQLITE_FULL and some I/O errors SQLite has already rolled back.
    if (active_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }

  Status Begin(Kind kind) {
    CG_RETURN_IF_ERROR(ExecScript(db_, kind == Kind::kWrite ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED",
                                  context_ + ": starting transaction"));
    active_ = true;
    return Status::OK();
  }
  Status Commit() {
    CG_RETURN_IF_ERROR(ExecScript(db_, "COMMIT", context_ + ": committing"));
    active_ = false;
    return Status::OK();
  }

 private:
  sqlite3* db_;
  std::string context_;
  bool active_ = false;
};

// Turns SQLite's foreign key and CHECK constraints off while ReplaceGraph
// rewrites the graph, and back on when it returns (after its transaction has
// committed or rolled back). They cannot fail there: ReplaceGraph checks
// every reference before it writes (edge ends, cited articles), each alias,
// article link and evidence row names the row just inserted, and every
// checked column is written from an enum (NodeType, Relation) or a bool.
// Checked row by row they cost half the rewrite: each `type IN (...)` builds
// a temporary table per row (docs/performance.md).
class BulkChecksOff {
 public:
  explicit BulkChecksOff(sqlite3* db) : db_(db) {
    // foreign_keys is a no-op inside a transaction: set it before BEGIN.
    sqlite3_exec(db_, "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
  }
  BulkChecksOff(const BulkChecksOff&) = delete;
  BulkChecksOff& operator=(const BulkChecksOff&) = delete;
  ~BulkChecksOff() {
    sqlite3_exec(db_, "PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
  }

 private:
  sqlite3* db_;
};

// Authorizer for QueryReadOnly: plain reads and pragma queries only. Denies
// ATTACH (which could create files), transactions and pragma assignments
// (which could change the connection), on top of query_only and read-only.
int AuthorizeReadOnly(void*, int action, const char* arg1, const char* arg2, const char*, const char*) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;
    case SQLITE_PRAGMA: {
      if (arg2 == nullptr) return SQLITE_OK;  // reading a pragma's value
      const std::string name = arg1 ? arg1 : "";
      for (const char* introspection : {"table_info", "table_xinfo", "index_list", "index_info",
                                        "index_xinfo", "foreign_key_list"})
        if (name == introspection) return SQLITE_OK;
      return SQLITE_DENY;
    }
    default:
      return SQLITE_DENY;
  }
}

}  // namespace

// ---- Store::Impl

struct Store::Impl {
  std::string path;
  Mode mode = Mode::kReadWrite;
  bool in_memory = false;
  // Declared before the statement cache so it is destroyed after it.
  Connection db;
  std::unordered_map<std::string, Statement> statements;  // by SQL text
  Connection query_db;  // QueryReadOnly's read-only connection, opened on first use
  // articles_generation seen by the last LoadArticles; ReplaceGraph compares.
  std::optional<int64_t> loaded_generation;

  std::string Context(const std::string& operation) const { return "claimgraph store " + path + ": " + operation; }
  Status Error(int rc, const std::string& operation) const { return SqliteStatus(rc, db.get(), Context(operation)); }

  // The cached prepared statement for `sql`; pointers stay valid for the
  // life of the Impl (unordered_map never moves its elements).
  StatusOr<Statement*> Prepared(const char* sql) {
    auto it = statements.find(sql);
    if (it != statements.end()) return &it->second;
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(db.get(), sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    Statement stmt(raw);
    if (rc != SQLITE_OK) return Error(rc, "preparing a statement");
    return &statements.emplace(sql, std::move(stmt)).first->second;
  }

  // Steps a write statement to completion and resets it for the next row.
  Status Run(Statement& stmt, const char* operation) {
    const int rc = stmt.Step();
    Status status = rc == SQLITE_DONE ? Status::OK() : Error(rc, operation);
    stmt.Reset();
    return status;
  }

  // Calls on_row(stmt) -> Status for each row of an already bound statement.
  template <typename OnRow>
  Status EachRow(Statement& stmt, const char* operation, OnRow&& on_row) {
    ResetOnExit reset(stmt);
    int rc;
    while ((rc = stmt.Step()) == SQLITE_ROW) CG_RETURN_IF_ERROR(on_row(stmt));
    return rc == SQLITE_DONE ? Status::OK() : Error(rc, operation);
  }

  Status CheckWritable() const {
    if (mode == Mode::kReadOnly) return Status::InvalidArgument(Context("opened read-only, cannot write"));
    return Status::OK();
  }

  // Inside a transaction: the articles_generation counter (0 when unset).
  StatusOr<int64_t> Generation() {
    STORE_ASSIGN_OR_RETURN(Statement * stmt, Prepared(kSelectGeneration));
    int64_t generation = 0;
    CG_RETURN_IF_ERROR(EachRow(*stmt, "reading articles_generation", [&](Statement& row) {
      generation = row.ColumnInt64(0);
      return Status::OK();
    }));
    return generation;
  }

  Status SetStale(bool stale) {
    STORE_ASSIGN_OR_RETURN(Statement * stmt, Prepared(kSetStale));
    stmt->BindText(1, stale ? "1" : "0");
    return Run(*stmt, "setting the graph_stale flag");
  }

  Status Initialise();
  Status Migrate();
  Status InsertGraph(const KnowledgeGraph& graph);
};

// Refuses anything that is not a claimgraph database we can use, before any
// write, so that a foreign or newer file is left byte for byte as it was.
Status Store::Impl::Initialise() {
  sqlite3* handle = db.get();
  auto header_error = [&](const Status& s) {
    if (s.code() == Status::Code::kCorruption)
      return Status::Corruption(path + " is not a claimgraph store (not an SQLite database, or damaged): " +
                                s.message());
    return s.code() == Status::Code::kBusy ? Status::Busy(Context(s.message())) : Status::IOError(Context(s.message()));
  };
  // One read transaction, so one snapshot: read apart, the three could
  // straddle another process's creation of the store (its application_id
  // not yet set, its tables already there) and look like a foreign file.
  Transaction header(handle, "reading the header");
  if (Status begun = header.Begin(Transaction::Kind::kRead); !begun.ok()) return header_error(begun);
  auto app_id = QueryInt(handle, "PRAGMA application_id", "reading the header");
  if (!app_id.ok()) return header_error(app_id.status());
  auto version = QueryInt(handle, "PRAGMA user_version", "reading the header");
  if (!version.ok()) return header_error(version.status());
  auto objects = QueryInt(handle, "SELECT count(*) FROM sqlite_schema", "reading the schema");
  if (!objects.ok()) return header_error(objects.status());
  if (Status done = header.Commit(); !done.ok()) return header_error(done);

  const bool ours = *app_id == internal::kApplicationId;
  const bool blank = *app_id == 0 && *version == 0 && *objects == 0;
  if (!ours && !blank)
    return Status::Corruption(path + " is an SQLite database but not a claimgraph store (application_id " +
                              std::to_string(*app_id) + ")");
  if (*version > internal::kLatestSchemaVersion)
    return Status::Unsupported(path + " has schema version " + std::to_string(*version) +
                               " but this claimgraph knows only up to " +
                               std::to_string(internal::kLatestSchemaVersion) + "; use a newer claimgraph");

  if (mode == Mode::kReadOnly) {
    if (blank) return Status::NotFound("no claimgraph store at " + path + " (the file is empty)");
    if (*version < internal::kLatestSchemaVersion)
      return Status::Unsupported(path + " has the older schema version " + std::to_string(*version) +
                                 "; open it read-write once to upgrade it");
    return ExecScript(handle, "PRAGMA foreign_keys = ON", Context("setting pragmas"));
  }

  // SQLite silently opens a write-protected file read-only; say so now
  // rather than at the first write.
  if (sqlite3_db_readonly(handle, "main") == 1)
    return Status::IOError(path + " is read-only (check its permissions and its directory's); cannot open it for writing");
  if (!in_memory) {
    // WAL: readers never block the writer. NORMAL is durable enough in WAL
    // (a power cut may lose the last commits, never corrupts).
    // (the switch to WAL wants the file to itself and may answer "locked"
    // without waiting while another process creates the store: retry it for
    // as long as a busy database is waited for)
    Status wal = ExecScript(handle, "PRAGMA journal_mode = WAL", Context("enabling WAL"));
    for (int waited = 0; wal.code() == Status::Code::kBusy && waited < kBusyTimeoutMs; waited += 20) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      wal = ExecScript(handle, "PRAGMA journal_mode = WAL", Context("enabling WAL"));
    }
    CG_RETURN_IF_ERROR(wal);
    CG_RETURN_IF_ERROR(ExecScript(handle, "PRAGMA synchronous = NORMAL", Context("setting pragmas")));
  }
  CG_RETURN_IF_ERROR(ExecScript(handle, "PRAGMA foreign_keys = ON", Context("setting pragmas")));
  if (*version < internal::kLatestSchemaVersion) return Migrate();
  return Status::OK();
}

Status Store::Impl::Migrate() {
  Transaction txn(db.get(), Context("migrating"));
  CG_RETURN_IF_ERROR(txn.Begin(Transaction::Kind::kWrite));
  // Re-read under the write lock: another process may have migrated first.
  STORE_ASSIGN_OR_RETURN(int64_t version, QueryInt(db.get(), "PRAGMA user_version", Context("migrating")));
  if (version > internal::kLatestSchemaVersion)
    return Status::Unsupported(path + " was upgraded to schema version " + std::to_string(version) +
                               " by a newer claimgraph while opening");
  for (const internal::Migration& migration : internal::kMigrations) {
    if (migration.version <= version) continue;
    const std::string what = Context("migrating to schema version ") + std::to_string(migration.version);
    CG_RETURN_IF_ERROR(ExecScript(db.get(), migration.sql, what));
    // PRAGMA takes no bound parameters; the value is our own constant.
    const std::string set_version = "PRAGMA user_version = " + std::to_string(migration.version);
    CG_RETURN_IF_ERROR(ExecScript(db.get(), set_version.c_str(), what));
  }
  return txn.Commit();
}

// ---- Store

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

namespace {
Status MovedFrom() { return Status::Internal("use of a moved-from claimgraph Store"); }
}  // namespace

StatusOr<Store> Store::Open(const std::string& path, Mode mode) { return Open(path, mode, StoreOptions()); }

StatusOr<Store> Store::Open(const std::string& path, Mode mode, const StoreOptions& options) {
  if (options.max_page_count < 0) return Status::InvalidArgument("max_page_count must not be negative");
  if (path.empty()) return Status::InvalidArgument("empty database path");
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->mode = mode;
  impl->in_memory = path == kMemoryPath;
  if (impl->in_memory && mode == Mode::kReadOnly)
    return Status::InvalidArgument("an in-memory store cannot be opened read-only: it would always be empty");
  // NOMUTEX: a Store is used by one thread at a time (store.h), so SQLite's
  // per-call connection mutex is pure overhead.
  const int flags = SQLITE_OPEN_NOMUTEX |
                    (mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  STORE_ASSIGN_OR_RETURN(impl->db, OpenConnection(path, flags));
  CG_RETURN_IF_ERROR(impl->Initialise());
  if (options.max_page_count > 0) {
    // PRAGMA takes no bound parameters; the value is a checked integer.
    const std::string pragma = "PRAGMA max_page_count = " + std::to_string(options.max_page_count);
    STORE_ASSIGN_OR_RETURN(int64_t ignored, QueryInt(impl->db.get(), pragma.c_str(), impl->Context("setting max_page_count")));
    (void)ignored;
  }
  return Store(std::move(impl));
}

StatusOr<std::optional<std::string>> Store::PathWithHash(const std::string& hash) {
  if (!impl_) return MovedFrom();
  STORE_ASSIGN_OR_RETURN(Statement * stmt, impl_->Prepared(kSelectPathWithHash));
  stmt->BindText(1, hash);
  std::optional<std::string> path;
  CG_RETURN_IF_ERROR(impl_->EachRow(*stmt, "PathWithHash", [&](Statement& row) {
    path = row.ColumnText(0);
    return Status::OK();
  }));
  return path;
}

StatusOr<std::unordered_map<std::string, std::string>> Store::StoredHashes() {
  if (!impl_) return MovedFrom();
  STORE_ASSIGN_OR_RETURN(Statement * stmt, impl_->Prepared(kSelectHashes));
  std::unordered_map<std::string, std::string> hashes;
  CG_RETURN_IF_ERROR(impl_->EachRow(*stmt, "StoredHashes", [&](Statement& row) {
    hashes.emplace(row.ColumnText(0), row.ColumnText(1));
    return Status::OK();
  }));
  return hashes;
}

StatusOr<PutOutcome> Store::PutArticle(const ArticleRecord& record) {
  if (!impl_) return MovedFrom();
  CG_RETURN_IF_ERROR(impl_->CheckWritable());
  if (record.path.empty() || record.hash.empty())
    return Status::InvalidArgument("PutArticle: an article needs a path and a hash");
  const std::string facts_json = FactsToJson(record.facts);  // before taking the lock

  Transaction txn(impl_->db.get(), impl_->Context("PutArticle " + record.path));
  CG_RETURN_IF_ERROR(txn.Begin(Transaction::Kind::kWrite));

  STORE_ASSIGN_OR_RETURN(Statement * other, impl_->Prepared(kSelectOtherPathWithHash));
  other->BindText(1, record.hash);
  other->BindText(2, record.path);
  bool duplicate = false;
  CG_RETURN_IF_ERROR(impl_->EachRow(*other, "PutArticle: checking the hash", [&](Statement&) {
    duplicate = true;
    return Status::OK();
  }));
  if (duplicate) return PutOutcome::kDuplicate;  // rolls back an empty transaction

  STORE_ASSIGN_OR_RETURN(Statement * same_path, impl_->Prepared(kSelectArticleByPath));
  same_path->BindText(1, record.path);
  std::optional<int64_t> existing_id;
  bool unchanged = false;
  CG_RETURN_IF_ERROR(impl_->EachRow(*same_path, "PutArticle: looking up the path", [&](Statement& row) {
    existing_id = row.ColumnInt64(0);
    unchanged = row.ColumnText(1) == record.hash;
    return Status::OK();
  }));
  if (unchanged) return PutOutcome::kUnchanged;

  STORE_ASSIGN_OR_RETURN(Statement * write, impl_->Prepared(existing_id ? kUpdateArticle : kInsertArticle));
  if (existing_id) {
    write->BindInt64(1, *existing_id);
  } else {
    write->BindText(1, record.path);
  }
  write->BindText(2, record.hash);
  write->BindTextOrNull(3, record.title);
  write->BindInt64(4, record.ingested_at);
  write->BindText(5, facts_json);
  CG_RETURN_IF_ERROR(impl_->Run(*write, "PutArticle: writing the article"));
  STORE_ASSIGN_OR_RETURN(Statement * bump, impl_->Prepared(kBumpGeneration));
  CG_RETURN_IF_ERROR(impl_->Run(*bump, "PutArticle: counting the write"));
  CG_RETURN_IF_ERROR(impl_->SetStale(true));
  CG_RETURN_IF_ERROR(txn.Commit());
  return existing_id ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

StatusOr<std::vector<ArticleRecord>> Store::LoadArticles() {
  if (!impl_) return MovedFrom();
  // One read transaction: the generation and the rows describe the same state.
  Transaction txn(impl_->db.get(), impl_->Context("LoadArticles"));
  CG_RETURN_IF_ERROR(txn.Begin(Transaction::Kind::kRead));
  STORE_ASSIGN_OR_RETURN(const int64_t generation, impl_->Generation());
  STORE_ASSIGN_OR_RETURN(Statement * stmt, impl_->Prepared(kSelectArticles));
  std::vector<ArticleRecord> articles;
  CG_RETURN_IF_ERROR(impl_->EachRow(*stmt, "LoadArticles", [&](Statement& row) {
    ArticleRecord record;
    record.path = row.ColumnText(0);
    record.hash = row.ColumnText(1);
    record.title = row.ColumnText(2);
    record.ingested_at = row.ColumnInt64(3);
    auto facts = FactsFromJson(row.ColumnText(4));
    if (!facts.ok())
      return Status::Corruption(impl_->Context("LoadArticles") + ": facts of " + record.path + ": " +
                                facts.status().message());
    record.facts = std::move(facts).value();
    articles.push_back(std::move(record));
    return Status::OK();
  }));
  CG_RETURN_IF_ERROR(txn.Commit());
  impl_->loaded_generation = generation;
  return StatusOr<std::vector<ArticleRecord>>(std::move(articles));
}

StatusOr<bool> Store::GraphIsStale() {
  if (!impl_) return MovedFrom();
  STORE_ASSIGN_OR_RETURN(Statement * stmt, impl_->Prepared(kSelectStale));
  bool stale = true;  // no flag at all: assume the worst, a rebuild is cheap
  CG_RETURN_IF_ERROR(impl_->EachRow(*stmt, "GraphIsStale", [&](Statement& row) {
    stale = row.ColumnText(0) != "0";
    return Status::OK();
  }));
  return stale;
}

Status Store::ReplaceGraph(const KnowledgeGraph& graph) {
  if (!impl_) return MovedFrom();
  CG_RETURN_IF_ERROR(impl_->CheckWritable());
  // What can be checked without the database, before taking the lock.
  std::unordered_set<std::string_view> node_ids;
  for (const Node& node : graph.nodes) {
    if (node.id.empty()) return Status::InvalidArgument("ReplaceGraph: a node has an empty id");
    if (!node_ids.insert(node.id).second)
      return Status::InvalidArgument("ReplaceGraph: duplicate node id " + node.id);
    if (node.disputed && node.type != NodeType::kClaim)
      return Status::InvalidArgument("ReplaceGraph: only claims can be disputed, not " + node.id);
  }
  for (const Edge& edge : graph.edges) {
    for (const std::string* end : {&edge.source, &edge.target})
      if (node_ids.count(*end) == 0)
        return Status::InvalidArgument("ReplaceGraph: edge " + edge.source + " -" +
                                       std::string(ToString(edge.type)) + "-> " + edge.target +
                                       " names a missing node " + *end);
    for (const Evidence& evidence : edge.evidence)
      if (!std::isfinite(evidence.confidence))
        return Status::InvalidArgument("ReplaceGraph: non-finite confidence on an edge from " + edge.source);
  }

  BulkChecksOff checks_off(impl_->db.get());  // declared first: restored after the transaction ends
  Transaction txn(impl_->db.get(), impl_->Context("ReplaceGraph"));
  CG_RETURN_IF_ERROR(txn.Begin(Transaction::Kind::kWrite));
  for (const char* sql : kDeleteGraph) {
    STORE_ASSIGN_OR_RETURN(Statement * del, impl_->Prepared(sql));
    CG_RETURN_IF_ERROR(impl_->Run(*del, "ReplaceGraph: deleting the old graph"));
  }
  CG_RETURN_IF_ERROR(impl_->InsertGraph(graph));  // errors roll the deletes back too
  // Read under the write lock: no article write can slip in before Commit.
  STORE_ASSIGN_OR_RETURN(const int64_t generation, impl_->Generation());
  const bool built_from_current_articles = !impl_->loaded_generation || *impl_->loaded_generation == generation;
  CG_RETURN_IF_ERROR(impl_->SetStale(!built_from_current_articles));
  return txn.Commit();
}

// Inside ReplaceGraph's transaction. Every statement is prepared (or taken
// from the cache) once, before the loops.
Status Store::Impl::InsertGraph(const KnowledgeGraph& graph) {
  // Article paths -> articles.id, read under the write lock so they hold.
  std::unordered_map<std::string, int64_t> article_ids;
  STORE_ASSIGN_OR_RETURN(Statement * ids, Prepared(kSelectArticleIds));
  CG_RETURN_IF_ERROR(EachRow(*ids, "ReplaceGraph: reading article ids", [&](Statement& row) {
    article_ids.emplace(row.ColumnText(1), row.ColumnInt64(0));
    return Status::OK();
  }));
  auto not_stored = [](const std::string& cited_by, const std::string& article_path) {
    return Status::InvalidArgument("ReplaceGraph: " + cited_by + " cites " + article_path +
                                   ", which is not a stored article");
  };

  STORE_ASSIGN_OR_RETURN(Statement * entity, Prepared(kInsertEntity));
  STORE_ASSIGN_OR_RETURN(Statement * entity_alias, Prepared(kInsertEntityAlias));
  STORE_ASSIGN_OR_RETURN(Statement * claim, Prepared(kInsertClaim));
  STORE_ASSIGN_OR_RETURN(Statement * claim_alias, Prepared(kInsertClaimAlias));
  STORE_ASSIGN_OR_RETURN(Statement * node_article, Prepared(kInsertNodeArticle));
  STORE_ASSIGN_OR_RETURN(Statement * edge_row, Prepared(kInsertEdge));
  STORE_ASSIGN_OR_RETURN(Statement * evidence_row, Prepared(kInsertEvidence));

  for (const Node& node : graph.nodes) {
    const bool is_claim = node.type == NodeType::kClaim;
    Statement& row = is_claim ? *claim : *entity;
    row.BindText(1, node.id);
    if (is_claim) {
      row.BindText(2, node.label);
      row.BindInt64(3, node.disputed ? 1 : 0);
    } else {
      row.BindText(2, ToString(node.type));
      row.BindText(3, node.label);
    }
    CG_RETURN_IF_ERROR(Run(row, "ReplaceGraph: inserting a node"));
    Statement& alias_row = is_claim ? *claim_alias : *entity_alias;
    for (const std::string& alias : node.aliases) {
      alias_row.BindText(1, node.id);
      alias_row.BindText(2, alias);
      CG_RETURN_IF_ERROR(Run(alias_row, "ReplaceGraph: inserting an alias"));
    }
    for (const std::string& article_path : node.articles) {
      auto id = article_ids.find(article_path);
      if (id == article_ids.end()) return not_stored("node " + node.id, article_path);
      node_article->BindText(1, node.id);
      node_article->BindInt64(2, id->second);
      CG_RETURN_IF_ERROR(Run(*node_article, "ReplaceGraph: inserting a node's article"));
    }
  }

  for (const Edge& edge : graph.edges) {
    edge_row->BindText(1, edge.source);
    edge_row->BindText(2, edge.target);
    edge_row->BindText(3, ToString(edge.type));
    edge_row->BindInt64(4, edge.inferred ? 1 : 0);
    edge_row->BindTextOrNull(5, edge.where);
    edge_row->BindTextOrNull(6, edge.when);
    CG_RETURN_IF_ERROR(Run(*edge_row, "ReplaceGraph: inserting an edge"));
    const int64_t edge_id = sqlite3_last_insert_rowid(db.get());
    for (const Evidence& evidence : edge.evidence) {
      auto id = article_ids.find(evidence.article);
      if (id == article_ids.end()) return not_stored("an edge from " + edge.source, evidence.article);
      evidence_row->BindInt64(1, edge_id);
      evidence_row->BindInt64(2, id->second);
      evidence_row->BindInt64(3, evidence.start);
      evidence_row->BindInt64(4, evidence.end);
      evidence_row->BindText(5, evidence.sentence);
      evidence_row->BindDouble(6, evidence.confidence);
      evidence_row->BindInt64(7, evidence.direct ? 1 : 0);
      CG_RETURN_IF_ERROR(Run(*evidence_row, "ReplaceGraph: inserting evidence"));
    }
  }
  return Status::OK();
}

StatusOr<KnowledgeGraph> Store::LoadGraph() {
  if (!impl_) return MovedFrom();
  Impl& impl = *impl_;
  // One read transaction: a consistent snapshot even while another process writes.
  Transaction txn(impl.db.get(), impl.Context("LoadGraph"));
  CG_RETURN_IF_ERROR(txn.Begin(Transaction::Kind::kRead));

  std::map<std::string, Node> nodes;  // sorted by id, as KnowledgeGraph wants
  STORE_ASSIGN_OR_RETURN(Statement * entities, impl.Prepared(kSelectEntities));
  CG_RETURN_IF_ERROR(impl.EachRow(*entities, "LoadGraph: entities", [&](Statement& row) {
    Node node;
    node.id = row.ColumnText(0);
    auto type = ParseNodeType(row.ColumnText(1));
    if (!type || *type == NodeType::kClaim)
      return Status::Corruption(impl.Context("LoadGraph") + ": entity " + node.id + " has a bad type");
    node.type = *type;
    node.label = row.ColumnText(2);
    nodes.emplace(node.id, std::move(node));
    return Status::OK();
  }));
  STORE_ASSIGN_OR_RETURN(Statement * claims, impl.Prepared(kSelectClaims));
  CG_RETURN_IF_ERROR(impl.EachRow(*claims, "LoadGraph: claims", [&](Statement& row) {
    Node node;
    node.id = row.ColumnText(0);
    node.type = NodeType::kClaim;
    node.label = row.ColumnText(1);
    node.disputed = row.ColumnInt64(2) != 0;
    if (!nodes.emplace(node.id, std::move(node)).second)
      return Status::Corruption(impl.Context("LoadGraph") + ": a claim and an entity share an id");
    return Status::OK();
  }));

  // ORDER BY in these queries uses SQLite's BINARY collation (memcmp), the
  // same order as std::string's operator<.
  auto append_to_nodes = [&](const char* sql, const char* operation, std::vector<std::string> Node::*list) {
    STORE_ASSIGN_OR_RETURN(Statement * stmt, impl.Prepared(sql));
    return impl.EachRow(*stmt, operation, [&](Statement& row) {
      auto it = nodes.find(row.ColumnText(0));
      if (it == nodes.end())
        return Status::Corruption(impl.Context("LoadGraph") + ": " + operation + " of a missing node");
      (it->second.*list).push_back(row.ColumnText(1));
      return Status::OK();
    });
  };
  CG_RETURN_IF_ERROR(append_to_nodes(kSelectEntityAliases, "entity aliases", &Node::aliases));
  CG_RETURN_IF_ERROR(append_to_nodes(kSelectClaimAliases, "claim aliases", &Node::aliases));
  CG_RETURN_IF_ERROR(append_to_nodes(kSelectNodeArticles, "node articles", &Node::articles));

  KnowledgeGraph graph;
  graph.nodes.reserve(nodes.size());
  for (auto& entry : nodes) graph.nodes.push_back(std::move(entry.second));

  std::unordered_map<int64_t, size_t> edge_index;  // edges.id -> graph.edges
  STORE_ASSIGN_OR_RETURN(Statement * edges, impl.Prepared(kSelectEdges));
  CG_RETURN_IF_ERROR(impl.EachRow(*edges, "LoadGraph: edges", [&](Statement& row) {
    Edge edge;
    edge.source = row.ColumnText(1);
    edge.target = row.ColumnText(2);
    auto type = ParseRelation(row.ColumnText(3));
    if (!type) return Status::Corruption(impl.Context("LoadGraph") + ": an edge has a bad type");
    edge.type = *type;
    edge.inferred = row.ColumnInt64(4) != 0;
    edge.where = row.ColumnText(5);
    edge.when = row.ColumnText(6);
    edge_index.emplace(row.ColumnInt64(0), graph.edges.size());
    graph.edges.push_back(std::move(edge));
    return Status::OK();
  }));
  STORE_ASSIGN_OR_RETURN(Statement * evidence, impl.Prepared(kSelectEvidence));
  CG_RETURN_IF_ERROR(impl.EachRow(*evidence, "LoadGraph: evidence", [&](Statement& row) {
    auto it = edge_index.find(row.ColumnInt64(0));
    if (it == edge_index.end()) return Status::Corruption(impl.Context("LoadGraph") + ": evidence of a missing edge");
    Evidence item;
    item.article = row.ColumnText(1);
    item.start = row.ColumnInt64(2);
    item.end = row.ColumnInt64(3);
    item.sentence = row.ColumnText(4);
    item.confidence = row.ColumnDouble(5);
    item.direct = row.ColumnInt64(6) != 0;
    graph.edges[it->second].evidence.push_back(std::move(item));
    return Status::OK();
  }));
  CG_RETURN_IF_ERROR(txn.Commit());

  // Relation order is the enum's (said, denied, ...), not the spelling's, so
  // sort here; stable keeps insertion order among equal keys.
  std::stable_sort(graph.edges.begin(), graph.edges.end(), [](const Edge& a, const Edge& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.target != b.target) return a.target < b.target;
    return a.type < b.type;
  });
  return StatusOr<KnowledgeGraph>(std::move(graph));
}

StatusOr<StoreStats> Store::Stats() {
  if (!impl_) return MovedFrom();
  STORE_ASSIGN_OR_RETURN(Statement * stmt, impl_->Prepared(kSelectStats));
  StoreStats stats;
  CG_RETURN_IF_ERROR(impl_->EachRow(*stmt, "Stats", [&](Statement& row) {
    stats.articles = row.ColumnInt64(0);
    stats.entities = row.ColumnInt64(1);
    stats.claims = row.ColumnInt64(2);
    stats.edges = row.ColumnInt64(3);
    return Status::OK();
  }));
  return stats;
}

Status Store::CheckIntegrity() {
  if (!impl_) return MovedFrom();
  std::string findings;
  for (const char* pragma : {"PRAGMA integrity_check", "PRAGMA foreign_key_check"}) {
    STORE_ASSIGN_OR_RETURN(Statement stmt, PrepareOnce(impl_->db.get(), pragma, impl_->Context(pragma)));
    int rc;
    int rows = 0;
    while ((rc = stmt.Step()) == SQLITE_ROW) {
      const std::string first = stmt.ColumnText(0);
      if (first == "ok") continue;  // integrity_check's all-clear
      if (++rows <= 5) findings += std::string(findings.empty() ? "" : "; ") + pragma + ": " + first;
    }
    if (rc != SQLITE_DONE) return impl_->Error(rc, pragma);
  }
  if (!findings.empty()) return Status::Corruption(impl_->Context("integrity check") + ": " + findings);
  return Status::OK();
}

namespace {

// For :memory: stores, which have no file a second connection could open:
// makes the main connection query-only for the duration of one query.
class QueryOnlyScope {
 public:
  explicit QueryOnlyScope(sqlite3* db) : db_(db) {
    sqlite3_exec(db_, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    sqlite3_set_authorizer(db_, AuthorizeReadOnly, nullptr);
  }
  QueryOnlyScope(const QueryOnlyScope&) = delete;
  QueryOnlyScope& operator=(const QueryOnlyScope&) = delete;
  ~QueryOnlyScope() {
    sqlite3_set_authorizer(db_, nullptr, nullptr);
    sqlite3_exec(db_, "PRAGMA query_only = 0", nullptr, nullptr, nullptr);
  }

 private:
  sqlite3* db_;
};

StatusOr<QueryResult> RunReadOnlyQuery(sqlite3* db, const std::string& sql) {
  auto refused = [&](const std::string& why) { return Status::InvalidArgument("query refused: " + why); };
  if (sql.size() > INT_MAX) return refused("too long");
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, &tail);
  Statement stmt(raw);
  if ((rc & 0xff) == SQLITE_BUSY) return SqliteStatus(rc, db, "query");
  if (rc != SQLITE_OK) return refused(sqlite3_errmsg(db));
  if (stmt.get() == nullptr) return refused("no SQL statement given");
  if (!sqlite3_stmt_readonly(stmt.get())) return refused("only read-only statements are allowed");
  // One statement per call: a second one would run unchecked by the above.
  const std::string rest(tail, sql.data() + sql.size());
  auto more = PrepareOnce(db, rest, "");
  if (!more.ok() || more->get() != nullptr) return refused("one SQL statement at a time");

  QueryResult result;
  const int columns = sqlite3_column_count(stmt.get());
  for (int i = 0; i < columns; ++i) {
    const char* name = sqlite3_column_name(stmt.get(), i);
    result.columns.push_back(name ? name : "");
  }
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    std::vector<std::string> row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) row.push_back(stmt.ColumnText(i));
    result.rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) {
    if ((rc & 0xff) == SQLITE_BUSY) return SqliteStatus(rc, db, "query");
    return refused(sqlite3_errmsg(db));
  }
  return StatusOr<QueryResult>(std::move(result));
}

}  // namespace

StatusOr<QueryResult> Store::QueryReadOnly(const std::string& sql) {
  if (!impl_) return MovedFrom();
  if (impl_->in_memory) {
    QueryOnlyScope scope(impl_->db.get());
    return RunReadOnlyQuery(impl_->db.get(), sql);
  }
  if (!impl_->query_db) {
    STORE_ASSIGN_OR_RETURN(Connection query_db,
                           OpenConnection(impl_->path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX));
    CG_RETURN_IF_ERROR(ExecScript(query_db.get(), "PRAGMA query_only = 1", impl_->Context("opening the query connection")));
    sqlite3_set_authorizer(query_db.get(), AuthorizeReadOnly, nullptr);
    impl_->query_db = std::move(query_db);
  }
  return RunReadOnlyQuery(impl_->query_db.get(), sql);
}

}  // namespace claimgraph::graph
