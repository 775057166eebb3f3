#include "cli/args.h"

#include <catch2/catch.hpp>

using claimgraph::cli::GetNumber;
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

TEST_CASE("GetNumber: digits within bounds, the fallback when absent", "[cli]") {
  auto args = ParseArgs({"--jobs", "4", "--depth", "2x", "--top", "+3", "--big", "99999999999"},
                        {{"--jobs", "--depth", "--top", "--big", "--none"}, {}});
  REQUIRE(args.ok());
  CHECK(*GetNumber(*args, "--jobs", 1, 256, 7) == 4);
  CHECK(*GetNumber(*args, "--none", 1, 256, 7) == 7);
  CHECK_FALSE(GetNumber(*args, "--jobs", 5, 256, 7).ok());  // below min
  CHECK_FALSE(GetNumber(*args, "--depth", 0, 999, 1).ok());  // trailing junk
  CHECK_FALSE(GetNumber(*args, "--top", 0, 999, 5).ok());    // a sign
  CHECK_FALSE(GetNumber(*args, "--big", 0, 999, 5).ok());    // too long to be in range
  CHECK(GetNumber(*args, "--depth", 0, 999, 1).status().message() == "--depth must be a number from 0 to 999");
}
