#include "core/facts_json.h"

#include <catch2/catch.hpp>

using namespace claimgraph;

TEST_CASE("facts survive a JSON round trip", "[core]") {
  ArticleFacts f;
  f.title = "Putin responds";
  f.entities.push_back({NodeType::kPerson, "Vladimir Putin", {"Putin"}});
  f.entities.push_back({NodeType::kPlace, "Kursk Oblast", {}});
  f.claims.push_back({"troops are surrounded", {1}});
  f.statements.push_back({0, Relation::kDenied, 0, true, 0.75, {3, 9, "He said \"x\"."}});
  f.links.push_back({Relation::kMetWith, 0, 1, "Moscow", "Thursday", {1, 2, "s"}});
  auto back = FactsFromJson(FactsToJson(f));
  REQUIRE(back.ok());
  CHECK(back->title == f.title);
  CHECK(back->entities[0].aliases == std::vector<std::string>{"Putin"});
  CHECK(back->statements[0].relation == Relation::kDenied);
  CHECK(back->statements[0].evidence.sentence == "He said \"x\".");
  CHECK(back->links[0].when == "Thursday");
  CHECK(FactsToJson(*back) == FactsToJson(f));
}

TEST_CASE("stored facts that point nowhere are corruption, not a crash", "[core]") {
  auto bad = FactsFromJson(R"({"title":"","entities":[],"claims":[{"text":"x","about":[3]}],"statements":[],"links":[]})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kCorruption);
  CHECK_FALSE(FactsFromJson("not json").ok());
}
