// Status and StatusOr<T>: the one way every claimgraph function that can fail
// reports it. A Status is cheap to copy; ok() carries no message.
#ifndef CLAIMGRAPH_CORE_STATUS_H_
#define CLAIMGRAPH_CORE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace claimgraph {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller's input is wrong (bad option, bad file)
    kNotFound,         // a named thing does not exist
    kIOError,          // the operating system refused a read or write
    kCorruption,       // stored data is not what we wrote
    kBusy,             // another process holds a lock for too long
    kUnsupported,      // e.g. a database written by a newer claimgraph
    kInternal,         // a bug or a library failure we did not expect
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IOError(std::string m) { return {Code::kIOError, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status Busy(std::string m) { return {Code::kBusy, std::move(m)}; }
  static Status Unsupported(std::string m) { return {Code::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK" or "<code name>: <message>", for logs and error output.
  std::string ToString() const;

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. Accessing value() of an error is a bug
// (asserted in debug builds).
template <typename T>
class StatusOr {
 public:
  StatusOr(Status s) : status_(std::move(s)) { assert(!status_.ok()); }  // NOLINT
  StatusOr(T v) : value_(std::move(v)) {}                                // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace claimgraph

// Returns early from the enclosing function when `expr` is not OK.
#define CG_RETURN_IF_ERROR(expr)                 \
  do {                                           \
    ::claimgraph::Status cg_status_ = (expr);    \
    if (!cg_status_.ok()) return cg_status_;     \
  } while (0)

#endif  // CLAIMGRAPH_CORE_STATUS_H_
