// Tests for the build-time lexicons: the embedded WordNet lexicon
// (claimgraph::WordnetLexiconData) and extract/data/countries.tsv.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tools/wordnet_embedded.h"

namespace {

bool HasLine(std::string_view data, std::string_view line) {
  std::string needle = "\n" + std::string(line) + "\n";
  if (data.substr(0, line.size() + 1) == std::string(line) + "\n") return true;
  return data.find(needle) != std::string_view::npos;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

}  // namespace

TEST_CASE("embedded WordNet lexicon is present and well-formed", "[lexicon][wordnet]") {
  const std::string_view data = claimgraph::WordnetLexiconData();
  REQUIRE(data.size() > 1000000);
  REQUIRE(data.back() == '\n');
  // Every line: known kind, right field count, no empty fields; sorted.
  std::size_t pos = 0, lines = 0;
  std::string_view prev;
  bool sorted = true, ok = true;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++lines;
    if (!prev.empty() && !(prev < line)) sorted = false;
    prev = line;
    std::size_t tabs = 0;
    for (char c : line) tabs += (c == '\t');
    const char k = line.empty() ? '?' : line[0];
    const std::size_t want = k == 'C' ? 1 : (k == 'N' || k == 'D') ? 2 : (k == 'S' || k == 'M') ? 3 : 99;
    if (line.size() < 3 || line[1] != '\t' || tabs != want || line.find("\t\t") != std::string_view::npos ||
        line.back() == '\t') {
      if (ok) FAIL_CHECK("malformed line: " << line);
      ok = false;
    }
  }
  CHECK(ok);
  CHECK(sorted);
  CHECK(lines > 100000);
}

TEST_CASE("WordNet lexicon classifies proper nouns", "[lexicon][wordnet]") {
  const std::string_view data = claimgraph::WordnetLexiconData();
  CHECK(HasLine(data, "N\tMoscow\tplace"));
  CHECK(HasLine(data, "N\tNATO\torganisation"));
  CHECK(HasLine(data, "N\tNorth Atlantic Treaty Organization\torganisation"));
  CHECK(HasLine(data, "N\tPutin\tperson"));
  CHECK(HasLine(data, "N\tEinstein\tperson"));
  CHECK(HasLine(data, "N\tRussia\tplace"));
  CHECK(HasLine(data, "N\tWorld War II\tevent"));
  CHECK(HasLine(data, "N\tHamas\torganisation"));
  CHECK_FALSE(HasLine(data, "N\tMoscow\tperson"));
}

TEST_CASE("WordNet lexicon common words, concepts and exceptions", "[lexicon][wordnet]") {
  const std::string_view data = claimgraph::WordnetLexiconData();
  CHECK(HasLine(data, "C\tearlier"));
  // "surround" (gloss "...; encircle") and "encircle" share one concept,
  // and the action noun "encirclement" maps onto it
  CHECK(HasLine(data, "S\tsurround\tv\tv:01467388"));
  CHECK(HasLine(data, "S\tencircle\tv\tv:01467388"));
  CHECK(HasLine(data, "S\tencirclement\tn\tn:00954086"));
  CHECK(HasLine(data, "D\tencirclement\tv:01467388"));
  CHECK_FALSE(HasLine(data, "S\tsurrender\tv\tv:01467388"));
  CHECK(HasLine(data, "D\tencircle\tn:00954086"));
  CHECK(HasLine(data, "M\tsaid\tsay\tv"));
  CHECK(HasLine(data, "M\tchildren\tchild\tn"));
}

TEST_CASE("countries.tsv is well-formed", "[lexicon][countries]") {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/extract/data/countries.tsv");
  REQUIRE(in);
  std::string line;
  std::set<std::string> names, kinds;
  std::size_t n = 0;
  bool header = false;
  while (std::getline(in, line)) {
    INFO("line: " << line);
    REQUIRE(line.find('\r') == std::string::npos);
    REQUIRE((line.empty() || (line.back() != ' ' && line.back() != '\t')));
    if (line.empty()) continue;
    if (line[0] == '#') {
      header = true;
      continue;
    }
    auto f = Split(line, '\t');
    REQUIRE(f.size() == 5);
    REQUIRE(!f[0].empty());
    REQUIRE((f[1] == "country" || f[1] == "territory" || f[1] == "union"));
    REQUIRE(!f[4].empty());
    for (const auto& field : f) {
      REQUIRE((field.empty() || (field.front() != ' ' && field.back() != ' ')));
      for (const auto& item : Split(field, ';')) REQUIRE((field.empty() || !item.empty()));
    }
    REQUIRE(names.insert(f[0]).second);
    kinds.insert(f[1]);
    ++n;
  }
  CHECK(header);
  CHECK(n >= 195);
  CHECK(names.count("Russia") == 1);
  CHECK(names.count("United States") == 1);
  CHECK(names.count("European Union") == 1);
  CHECK(kinds.count("union") == 1);
}
