// libFuzzer target: arbitrary bytes through the whole ingest path in memory:
// decode, extract, store (Store ":memory:", PutArticle), reload, consolidate
// (the input beside a fixed article, so cross-article resolution runs),
// store and reload the graph, export JSON and GraphML. Any Status error from
// the store on input DecodeArticle accepted is a bug, as is a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "export/export.h"
#include "extract/consolidate.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/store.h"

namespace {

const claimgraph::extract::Lexicon* g_lexicon = nullptr;
const claimgraph::ArticleFacts* g_fixed_facts = nullptr;  // kFixedArticle extracted once

constexpr char kFixedArticle[] =
    "Russian President Vladimir Putin said Ukrainian troops are surrounded in Kursk. "
    "Ukraine's foreign ministry denied that its troops were surrounded.";

void Fail(const char* step, const claimgraph::Status& status) {
  std::fprintf(stderr, "fuzz_ingest: %s: %s\n", step, status.ToString().c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto lexicon = claimgraph::extract::Lexicon::Load();
  if (!lexicon.ok()) Fail("loading the lexicon", lexicon.status());
  g_lexicon = std::move(lexicon).value().release();  // lives until exit
  g_fixed_facts = new claimgraph::ArticleFacts(claimgraph::extract::Extractor(*g_lexicon).Extract(kFixedArticle));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = extract::DecodeArticle(bytes);
  if (!decoded.ok()) return 0;
  const extract::Extractor extractor(*g_lexicon);

  auto opened = graph::Store::Open(":memory:", graph::Store::Mode::kReadWrite);
  if (!opened.ok()) Fail("Open", opened.status());
  graph::Store store = std::move(opened).value();
  graph::ArticleRecord fixed{"fixed.txt", "hash-fixed", "", 1, *g_fixed_facts};  // Extract is pure: once
  graph::ArticleRecord fuzzed{"fuzzed <&\"'>.txt", "hash-fuzzed", "", 2, extractor.Extract(decoded->text)};
  fuzzed.title = fuzzed.facts.title;
  for (const auto* record : {&fixed, &fuzzed}) {
    auto put = store.PutArticle(*record);
    if (!put.ok()) Fail("PutArticle", put.status());
  }

  auto articles = store.LoadArticles();  // facts round-trip through JSON in SQLite
  if (!articles.ok()) Fail("LoadArticles", articles.status());
  std::vector<extract::ArticleInput> inputs;
  for (const auto& a : *articles) inputs.push_back({a.path, &a.facts});
  const KnowledgeGraph graph = extract::Consolidate(std::move(inputs), *g_lexicon);
  Status replaced = store.ReplaceGraph(graph);
  if (!replaced.ok()) Fail("ReplaceGraph", replaced);
  auto loaded = store.LoadGraph();
  if (!loaded.ok()) Fail("LoadGraph", loaded.status());
  if (loaded->nodes.size() != graph.nodes.size() || loaded->edges.size() != graph.edges.size()) std::abort();

  const std::string json = exporter::ToJson(*loaded);
  const std::string graphml = exporter::ToGraphMl(*loaded);
  if (json.empty() || json.back() != '\n' || graphml.find("</graphml>") == std::string::npos) std::abort();
  return 0;
}
