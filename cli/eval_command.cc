#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "extract/document.h"
#include "extract/eval.h"
#include "extract/extractor.h"

namespace claimgraph::cli {

const char* const kEvalHelp =
    "usage: claimgraph eval --gold DIR --corpus DIR [--format text|json] [--stated-only]\n\n"
    "Scores extraction against hand annotations. For each gold file NAME.json in\n"
    "--gold, the article NAME.txt in --corpus is ingested alone into a fresh\n"
    "in-memory store and its graph compared with the gold: precision, recall and\n"
    "F1 for entities, attribution (speaker and content), attribution with\n"
    "said/denied right, located_in and met_with. Matching rules: docs/evaluation.md.\n"
    "Gold format: ../shared/gold/GUIDELINES.md (summarised in docs/evaluation.md).\n\n"
    "Options:\n"
    "  --gold DIR       folder of gold *.json files\n"
    "  --corpus DIR     folder holding the articles they annotate\n"
    "  --format FORMAT  text (default) or json\n"
    "  --stated-only    score located_in and met_with against the gold pairs the\n"
    "                   text states only: pairs marked \"basis\": \"implied\" (an\n"
    "                   audit's verdict that no phrase states them) are left out,\n"
    "                   and predicting one counts neither way\n";

int RunEval(const std::vector<std::string>& argv) {
  namespace fs = std::filesystem;
  auto args = ParseArgs(argv, {{"--gold", "--corpus", "--format"}, {"--stated-only"}});
  if (!args.ok()) { PrintError("eval", args.status()); return kExitUsage; }
  const std::string gold_dir = args->Get("--gold"), corpus_dir = args->Get("--corpus");
  const std::string format = args->Get("--format", "text");
  if (gold_dir.empty() || corpus_dir.empty()) { std::cerr << "claimgraph eval: --gold and --corpus are required\n"; return kExitUsage; }
  if (format != "text" && format != "json") { std::cerr << "claimgraph eval: --format must be text or json\n"; return kExitUsage; }
  std::error_code ec;
  if (!fs::is_directory(gold_dir, ec) || !fs::is_directory(corpus_dir, ec)) {
    std::cerr << "claimgraph eval: --gold and --corpus must be folders\n";
    return kExitUsage;
  }
  std::vector<std::string> gold_files;
  for (const auto& entry : fs::directory_iterator(gold_dir, ec))
    if (entry.path().extension() == ".json") gold_files.push_back(entry.path().string());
  std::sort(gold_files.begin(), gold_files.end());
  if (gold_files.empty()) { std::cerr << "claimgraph eval: no *.json gold files in " << gold_dir << "\n"; return kExitUsage; }

  auto lexicon = LoadLexicon();
  if (!lexicon.ok()) { PrintError("lexicon", lexicon.status()); return kExitFailure; }
  extract::Extractor extractor(**lexicon);
  std::vector<eval::ArticleScore> scores;
  int problems = 0;
  for (const auto& gold_path : gold_files) {
    auto gold_text = ReadArticleFile(gold_path);
    auto gold = gold_text.ok() ? eval::ParseGold(*gold_text) : StatusOr<eval::GoldArticle>(gold_text.status());
    if (!gold.ok()) {
      std::cerr << "claimgraph: skipped " << gold_path << ": " << gold.status().message() << "\n";
      ++problems;
      continue;
    }
    std::string name = gold->article.empty() ? fs::path(gold_path).stem().string() + ".txt" : gold->article;
    std::string article_path = (fs::path(corpus_dir) / name).string();
    auto bytes = ReadArticleFile(article_path);
    auto record = bytes.ok() ? PrepareArticle(name, *bytes, Sha256Hex(*bytes), extractor, nullptr)
                             : StatusOr<graph::ArticleRecord>(bytes.status());
    if (!record.ok()) {
      std::cerr << "claimgraph: skipped " << article_path << ": " << record.status().message() << "\n";
      ++problems;
      continue;
    }
    // ingested alone into a fresh store, as `claimgraph ingest` would
    auto store = graph::Store::Open(":memory:", graph::Store::Mode::kReadWrite);
    if (!store.ok()) { PrintError("eval", store.status()); return kExitFailure; }
    auto put = store->PutArticle(*record);
    Status built = put.ok() ? RebuildGraph(*store, **lexicon) : put.status();
    auto graph = built.ok() ? store->LoadGraph() : StatusOr<KnowledgeGraph>(built);
    if (!graph.ok()) { PrintError(article_path, graph.status()); return kExitFailure; }
    eval::ScoreOptions options;
    options.stated_only = args->Has("--stated-only");
    scores.push_back(eval::ScoreArticle(*gold, *graph, options));
  }
  std::cout << (format == "json" ? eval::FormatScoresJson(scores) : eval::FormatScoresText(scores));
  return problems ? kExitSkipped : kExitOk;
}

}  // namespace claimgraph::cli
