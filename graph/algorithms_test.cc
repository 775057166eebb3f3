#include "graph/algorithms.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace claimgraph::graph {
namespace {

Node MakeNode(std::string id, NodeType type, std::string label, std::vector<std::string> aliases = {}) {
  Node n;
  n.id = std::move(id);
  n.type = type;
  n.label = std::move(label);
  n.aliases = std::move(aliases);
  return n;
}

Edge MakeEdge(std::string source, std::string target, Relation type) {
  Edge e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.type = type;
  return e;
}

// b <-about- c1 <-said- a -said-> d2 -about-> e -located_in-> f, and b
// denied c1; g and h (two Smiths) stand alone.
// As an undirected chain: b = c1 - a - d2 - e - f.
GraphIndex Sample() {
  KnowledgeGraph g;
  g.nodes = {MakeNode("a", NodeType::kPerson, "Vladimir Putin", {"Putin", "President Putin"}),
             MakeNode("b", NodeType::kPerson, "Volodymyr Zelensky"),
             MakeNode("c1", NodeType::kClaim, "Zelensky lost control of Putin's troops"),
             MakeNode("d2", NodeType::kClaim, "Kursk will be freed"),
             MakeNode("e", NodeType::kPlace, "Kursk"),
             MakeNode("f", NodeType::kPlace, "Kursk Oblast"),
             MakeNode("g", NodeType::kPerson, "Anna Smith"),
             MakeNode("h", NodeType::kPerson, "John Smith")};
  g.edges = {MakeEdge("a", "c1", Relation::kSaid), MakeEdge("a", "d2", Relation::kSaid),
             MakeEdge("b", "c1", Relation::kDenied), MakeEdge("c1", "b", Relation::kAbout),
             MakeEdge("d2", "e", Relation::kAbout), MakeEdge("e", "f", Relation::kLocatedIn)};
  return GraphIndex(std::move(g));
}

std::vector<std::string> Ids(const GraphIndex& index, const std::vector<size_t>& nodes) {
  std::vector<std::string> ids;
  for (size_t n : nodes) ids.push_back(index.graph().nodes[n].id);
  return ids;
}

std::vector<std::string> Ids(const GraphIndex& index, const std::vector<Reached>& reached) {
  std::vector<std::string> ids;
  for (const Reached& r : reached) ids.push_back(index.graph().nodes[r.node].id + "@" + std::to_string(r.distance));
  return ids;
}

}  // namespace

TEST_CASE("names resolve through aliases, ignoring case, whole words only", "[graph][names]") {
  GraphIndex index = Sample();
  CHECK(Ids(index, index.FindByName("putin").nodes) == std::vector<std::string>{"a"});
  CHECK(Ids(index, index.FindByName("VLADIMIR PUTIN").nodes) == std::vector<std::string>{"a"});
  CHECK(Ids(index, index.FindByName("Zelensky").nodes) == std::vector<std::string>{"b"});
  CHECK(Ids(index, index.FindByName("c1").nodes) == std::vector<std::string>{"c1"});  // ids reach claims
  CHECK(index.FindByName("Put").nodes.empty());
  CHECK(index.FindByName("freed").nodes.empty());  // claim text is not a name
  // "Kursk" equals one label exactly, so the word match in "Kursk Oblast" is not needed.
  CHECK(Ids(index, index.FindByName("kursk").nodes) == std::vector<std::string>{"e"});
  CHECK(Ids(index, index.FindByName("Oblast").nodes) == std::vector<std::string>{"f"});

  CHECK(Ids(index, index.FindByName("smith").nodes) == std::vector<std::string>{"g", "h"});
  auto ambiguous = index.Resolve("Smith");
  REQUIRE_FALSE(ambiguous.ok());
  CHECK(ambiguous.status().code() == Status::Code::kInvalidArgument);
  CHECK(ambiguous.status().message().find("Anna Smith (person, g)") != std::string::npos);
  CHECK(ambiguous.status().message().find("John Smith (person, h)") != std::string::npos);
  CHECK(index.Resolve("Nobody").status().code() == Status::Code::kNotFound);
  REQUIRE(index.Resolve("Putin").ok());
  CHECK(*index.Resolve("Putin") == 0);
}

TEST_CASE("k-hop neighbourhoods grow with depth and stay in the component", "[graph]") {
  GraphIndex index = Sample();
  CHECK(Ids(index, Neighbourhood(index, 0, 0)) == std::vector<std::string>{"a@0"});
  CHECK(Ids(index, Neighbourhood(index, 0, 1)) == std::vector<std::string>{"a@0", "c1@1", "d2@1"});
  CHECK(Ids(index, Neighbourhood(index, 0, 2)) == std::vector<std::string>{"a@0", "c1@1", "d2@1", "b@2", "e@2"});
  CHECK(Neighbourhood(index, 0, 10).size() == 6);
  CHECK(Ids(index, Neighbourhood(index, 6, 3)) == std::vector<std::string>{"g@0"});
}

TEST_CASE("shortest paths follow edges either way / unconnected nodes have none", "[graph]") {
  GraphIndex index = Sample();
  CHECK(Ids(index, ShortestPath(index, 1, 5)) == std::vector<std::string>{"b", "c1", "a", "d2", "e", "f"});
  CHECK(Ids(index, ShortestPath(index, 5, 0)) == std::vector<std::string>{"f", "e", "d2", "a"});
  CHECK(Ids(index, ShortestPath(index, 3, 3)) == std::vector<std::string>{"d2"});
  CHECK(ShortestPath(index, 0, 6).empty());
  CHECK(index.EdgesBetween(1, 2).size() == 2);  // b denied c1, c1 about b
  CHECK(index.EdgesBetween(0, 5).empty());
}

TEST_CASE("connected components: the chain and each Smith", "[graph]") {
  GraphIndex index = Sample();
  int count = 0;
  std::vector<int> component = ConnectedComponents(index, &count);
  CHECK(count == 3);
  CHECK(component == std::vector<int>{0, 0, 0, 0, 0, 0, 1, 2});
}

TEST_CASE("rankings: most quoted, most talked about, betweenness, top nodes", "[graph]") {
  GraphIndex index = Sample();
  auto quoted = RankByDegree(index, {Relation::kSaid, Relation::kDenied}, EdgeEnd::kSource);
  REQUIRE(quoted.size() == 8);
  CHECK(Ids(index, std::vector<size_t>{quoted[0].node, quoted[1].node}) == std::vector<std::string>{"a", "b"});
  CHECK(quoted[0].score == 2);
  CHECK(quoted[1].score == 1);
  CHECK(quoted[2].score == 0);

  auto about = RankByDegree(index, {Relation::kAbout}, EdgeEnd::kTarget);
  CHECK(Ids(index, std::vector<size_t>{about[0].node, about[1].node}) == std::vector<std::string>{"b", "e"});
  CHECK(about[2].score == 0);

  // In the chain b = c1 - a - d2 - e - f, a and d2 each sit on 2 x 3 shortest paths.
  auto between = RankByBetweenness(index);
  CHECK(Ids(index, std::vector<size_t>{between[0].node, between[1].node}) == std::vector<std::string>{"a", "d2"});
  CHECK(between[0].score == Approx(6.0));
  CHECK(between[1].score == Approx(6.0));
  CHECK(between.back().score == 0);

  // c1 has the most edges (3); a, b, d2, e tie on 2 and a wins on betweenness.
  CHECK(Ids(index, TopNodes(index, 2)) == std::vector<std::string>{"a", "c1"});
  CHECK(TopNodes(index, 100).size() == 8);
}

TEST_CASE("Subgraph keeps the chosen nodes and only the edges between them", "[graph]") {
  GraphIndex index = Sample();
  KnowledgeGraph sub = Subgraph(index.graph(), {true, true, true, false, false, false, false, false});
  REQUIRE(sub.nodes.size() == 3);
  REQUIRE(sub.edges.size() == 3);
  CHECK(sub.edges[0].source == "a");
  CHECK(sub.edges[1].type == Relation::kDenied);
  CHECK(sub.edges[2].type == Relation::kAbout);
}

}  // namespace claimgraph::graph
