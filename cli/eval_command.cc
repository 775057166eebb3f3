#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "extract/document.h"
#include "extract/eval.h"
#include "extract/extractor.h"

namespace claimgraph::cli {

const char* const kEvalHelp =
    "usage: claimgraph eval --gold DIR --corpus DIR [--format text|json]\n\n"
    "Scores extraction against hand annotations. For each gold file NAME.json in\n"
    "--gold, the article NAME.txt in --corpus is ingested alone into a fresh\n"
    "in-memory store and its graph compared with the gold: precision, recall and\n"
    "F1 for entities, attribution (speaker and content), attribution with\n"
    "said/denied right, located_in and met_with. Matching rules: docs/evaluation.md.\n"
    "Gold format: ../shared/gold/GUIDELINES.md (summarised in docs/evaluation.md).\n\n"
    "Options:\n"
    "  --gold DIR       folder of gold *.json files\n"
    "  --corpus DIR     folder holding the articles they annotate\n"
    "  --format FORMAT  text (default) or json\n";

namespace {

std::string Slurp(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  *ok = static_cast<bool>(in) || in.eof();
  return ss.str();
}

}  // namespace

int RunEval(const std::vector<std::string>& argv) {
  namespace fs = std::filesystem;
  auto args = ParseArgs(argv, {{"--gold", "--corpus", "--format"}, {}});
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
    bool ok = false;
    std::string gold_text = Slurp(gold_path, &ok);
    auto gold = eval::ParseGold(gold_text);
    if (!ok || !gold.ok()) {
      std::cerr << "claimgraph: skipped " << gold_path << ": " << (ok ? gold.status().message() : "cannot read") << "\n";
      ++problems;
      continue;
    }
    std::string name = gold->article.empty() ? fs::path(gold_path).stem().string() + ".txt" : gold->article;
    std::string article_path = (fs::path(corpus_dir) / name).string();
    std::string bytes = Slurp(article_path, &ok);
    auto decoded = ok ? extract::DecodeArticle(bytes) : StatusOr<extract::DecodedText>(Status::IOError("cannot read"));
    if (!decoded.ok()) {
      std::cerr << "claimgraph: skipped " << article_path << ": " << decoded.status().message() << "\n";
      ++problems;
      continue;
    }
    auto store = graph::Store::Open(":memory:", graph::Store::Mode::kReadWrite);
    if (!store.ok()) { PrintError("eval", store.status()); return kExitFailure; }
    graph::ArticleRecord rec;
    rec.path = name;
    rec.hash = Sha256Hex(bytes);
    rec.facts = extractor.Extract(decoded->text);
    rec.title = rec.facts.title;
    auto put = store->PutArticle(rec);
    Status built = put.ok() ? RebuildGraph(*store, **lexicon) : put.status();
    auto graph = built.ok() ? store->LoadGraph() : StatusOr<KnowledgeGraph>(built);
    if (!graph.ok()) { PrintError(article_path, graph.status()); return kExitFailure; }
    scores.push_back(eval::ScoreArticle(*gold, *graph));
  }
  std::cout << (format == "json" ? eval::FormatScoresJson(scores) : eval::FormatScoresText(scores));
  return problems ? kExitSkipped : kExitOk;
}

}  // namespace claimgraph::cli
