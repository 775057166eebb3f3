// Move-only RAII owners of SQLite C handles, for graph/store.cc only.
// No SQL lives here: these types only own, bind, step and read.
#ifndef CLAIMGRAPH_GRAPH_SQLITE_HANDLE_H_
#define CLAIMGRAPH_GRAPH_SQLITE_HANDLE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace claimgraph::graph::internal {

// sqlite3_close_v2 rather than sqlite3_close: it never fails with SQLITE_BUSY
// because of a statement still alive somewhere, it defers instead.
struct ConnectionCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

struct StatementFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};

// One prepared statement. Bind errors (SQLITE_TOOBIG, SQLITE_RANGE, ...) are
// remembered and reported by the next Step(), so call sites bind without
// checking each call and still never step a half-bound statement.
class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}

  sqlite3_stmt* get() const { return stmt_.get(); }

  void BindText(int index, std::string_view text) {
    // SQLITE_TRANSIENT: SQLite copies, so temporaries may be bound safely.
    Note(sqlite3_bind_text64(stmt_.get(), index, text.data(), text.size(), SQLITE_TRANSIENT,
                             SQLITE_UTF8));
  }
  // Empty text is stored as NULL (optional columns such as title or place).
  void BindTextOrNull(int index, std::string_view text) {
    if (text.empty()) {
      Note(sqlite3_bind_null(stmt_.get(), index));
    } else {
      BindText(index, text);
    }
  }
  void BindInt64(int index, int64_t value) { Note(sqlite3_bind_int64(stmt_.get(), index, value)); }
  void BindDouble(int index, double value) { Note(sqlite3_bind_double(stmt_.get(), index, value)); }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() {
    if (bind_error_ != SQLITE_OK) return bind_error_;
    return sqlite3_step(stmt_.get());
  }

  // Makes the statement reusable and releases any read lock it holds.
  void Reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
    bind_error_ = SQLITE_OK;
  }

  int64_t ColumnInt64(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
  double ColumnDouble(int column) const { return sqlite3_column_double(stmt_.get(), column); }
  // NULL reads as "".
  std::string ColumnText(int column) const {
    const unsigned char* text = sqlite3_column_text(stmt_.get(), column);
    if (text == nullptr) return std::string();
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), column)));
  }

 private:
  void Note(int rc) {
    if (rc != SQLITE_OK && bind_error_ == SQLITE_OK) bind_error_ = rc;
  }

  std::unique_ptr<sqlite3_stmt, StatementFinalizer> stmt_;
  int bind_error_ = SQLITE_OK;
};

// Resets a (cached) statement when the scope using it ends, on every path,
// so no statement keeps a read transaction open between calls.
class ResetOnExit {
 public:
  explicit ResetOnExit(Statement& stmt) : stmt_(stmt) {}
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;
  ~ResetOnExit() { stmt_.Reset(); }

 private:
  Statement& stmt_;
};

}  // namespace claimgraph::graph::internal

#endif  // CLAIMGRAPH_GRAPH_SQLITE_HANDLE_H_
