// What the end-to-end tests share: running the claimgraph binary, a
// temporary folder removed afterwards, reading a file whole.
#ifndef CLAIMGRAPH_TESTS_HARNESS_H_
#define CLAIMGRAPH_TESTS_HARNESS_H_

#include <stdlib.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph::testing {

struct Run {
  int code = -1;    // exit code, -1 if killed
  std::string out;  // standard output (and error, when asked)
};

// Runs `command` through the shell; standard error is dropped unless
// `with_stderr`.
inline Run Shell(const std::string& command, bool with_stderr = false) {
  Run r;
  FILE* pipe = popen((command + (with_stderr ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// Runs the built claimgraph with `args` (shell-quoted by the caller).
inline Run Claimgraph(const std::string& args, bool with_stderr = false) {
  return Shell(std::string("'") + CLAIMGRAPH_BINARY + "' " + args, with_stderr);
}

// A fresh folder under the system's temporary folder, removed with its
// contents when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "claimgraph-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const std::string kExamples = std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples";

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_HARNESS_H_
