#include "cli/args.h"

#include <catch2/catch.hpp>

using claimgraph::cli::ParseArgs;

TEST_CASE("options may come before or after positional arguments", "[cli]") {
  auto a = ParseArgs({"examples", "--db", "x.db", "more", "--quiet"}, {{"--db"}, {"--quiet"}});
  REQUIRE(a.ok());
  CHECK(a->Get("--db") == "x.db");
  CHECK(a->Has("--quiet"));
  CHECK(a->positional == std::vector<std::string>{"examples", "more"});
  auto b = ParseArgs({"--db=y.db", "--", "--not-an-option"}, {{"--db"}, {}});
  REQUIRE(b.ok());
  CHECK(b->Get("--db") == "y.db");
  CHECK(b->positional == std::vector<std::string>{"--not-an-option"});
}

TEST_CASE("unknown options and missing values are usage errors", "[cli]") {
  CHECK_FALSE(ParseArgs({"--nope"}, {{"--db"}, {}}).ok());
  CHECK_FALSE(ParseArgs({"--db"}, {{"--db"}, {}}).ok());
  CHECK_FALSE(ParseArgs({"--quiet=1"}, {{}, {"--quiet"}}).ok());
}
