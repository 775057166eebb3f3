#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "extract/document.h"
#include "extract/extractor.h"

namespace claimgraph::cli {

const char* const kIngestHelp =
    "usage: claimgraph ingest [--db FILE] [--jobs N] [--quiet] PATH...\n\n"
    "Reads articles (files, or folders searched recursively for *.txt), extracts\n"
    "people, places, organisations, claims and who said or denied them, and stores\n"
    "them. Each article is stored in its own transaction; the graph over all\n"
    "articles is rebuilt at the end.\n\n"
    "  - content already stored (same SHA-256) is skipped, at any path;\n"
    "  - a changed file at a known path replaces that article's facts;\n"
    "  - bad inputs (empty, binary, unreadable, over 16 MiB) are reported and\n"
    "    skipped; the others are still stored (exit code 1);\n"
    "  - invalid UTF-8 is decoded as Windows-1252, HTML is reduced to its text\n"
    "    (both with a warning).\n\n"
    "Options:\n"
    "  --db FILE   database to create or add to (default ./claimgraph.db)\n"
    "  --jobs N    extraction threads (default: all cores)\n"
    "  --quiet     no progress or per-file warnings, errors only\n\n"
    "Examples:\n"
    "  claimgraph ingest examples/\n"
    "  claimgraph ingest --db kursk.db a.txt b.txt more/\n";

namespace {

struct Prepared {
  std::string path;
  std::optional<graph::ArticleRecord> record;  // empty: skipped
  std::string skip_reason;                     // why, when skipped as bad input
  bool already_stored = false;                 // same content known: not an error
  std::vector<std::string> warnings;
};

std::string ReadFile(const std::string& path, Status* status) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { *status = Status::IOError("cannot open for reading"); return {}; }
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) { *status = Status::IOError("cannot read"); return {}; }
  if (static_cast<size_t>(size) > extract::kMaxArticleBytes) {
    *status = Status::InvalidArgument("file is larger than the 16 MiB limit for one article");
    return {};
  }
  in.seekg(0);
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), size);
  if (!in) { *status = Status::IOError("cannot read"); return {}; }
  return bytes;
}

class Progress {
 public:
  Progress(size_t total, bool enabled) : total_(total), enabled_(enabled && isatty(2)), start_(Clock::now()) {}
  void Update(size_t done) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (done != total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? done / secs : 0;
    double left = rate > 0 ? (total_ - done) / rate : 0;
    std::fprintf(stderr, "\r%zu/%zu articles  %.0f/s  %.0fs left   ", done, total_, rate, left);
    if (done == total_) std::fprintf(stderr, "\n");
  }

 private:
  using Clock = std::chrono::steady_clock;
  size_t total_;
  bool enabled_;
  Clock::time_point start_, last_;
};

}  // namespace

int RunIngest(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv, {{"--db", "--jobs"}, {"--quiet"}});
  if (!args.ok()) { PrintError("ingest", args.status()); return kExitUsage; }
  if (args->positional.empty()) {
    std::cerr << "claimgraph ingest: give at least one file or folder (see claimgraph ingest --help)\n";
    return kExitUsage;
  }
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  if (args->values.count("--jobs")) {
    try {
      int n = std::stoi(args->Get("--jobs"));
      if (n < 1 || n > 256) throw std::out_of_range("jobs");
      jobs = static_cast<unsigned>(n);
    } catch (const std::exception&) {
      std::cerr << "claimgraph ingest: --jobs needs a number from 1 to 256\n";
      return kExitUsage;
    }
  }
  const bool quiet = args->Has("--quiet");
  const std::string db = args->Get("--db", kDefaultDb);

  std::vector<std::string> problems;
  std::vector<std::string> files = FindArticleFiles(args->positional, &problems);
  for (const auto& p : problems) std::cerr << "claimgraph: skipped " << p << "\n";

  auto store = graph::Store::Open(db, graph::Store::Mode::kReadWrite);
  if (!store.ok()) { PrintError(db, store.status()); return kExitFailure; }
  auto lexicon = LoadLexicon();
  if (!lexicon.ok()) { PrintError("lexicon", lexicon.status()); return kExitFailure; }
  extract::Extractor extractor(**lexicon);

  // Workers read, decode and extract; this thread stores results in file
  // order, holding at most `window` prepared articles in memory.
  const size_t window = 4 * static_cast<size_t>(jobs);
  std::vector<std::optional<Prepared>> slots(files.size());
  std::mutex mu;
  std::condition_variable ready, room;
  size_t next_to_take = 0, next_to_store = 0;
  auto work = [&] {
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] { return next_to_take >= files.size() || next_to_take < next_to_store + window; });
        if (next_to_take >= files.size()) return;
        i = next_to_take++;
      }
      Prepared p;
      p.path = files[i];
      Status read_status;
      std::string bytes = ReadFile(p.path, &read_status);
      if (!read_status.ok()) {
        p.skip_reason = read_status.message();
      } else {
        auto decoded = extract::DecodeArticle(bytes);
        if (!decoded.ok()) {
          p.skip_reason = decoded.status().message();
        } else {
          graph::ArticleRecord rec;
          rec.path = p.path;
          rec.hash = Sha256Hex(bytes);
          rec.ingested_at = static_cast<int64_t>(std::time(nullptr));
          rec.facts = extractor.Extract(decoded->text);
          rec.title = rec.facts.title;
          p.warnings = std::move(decoded->warnings);
          p.record = std::move(rec);
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      slots[i] = std::move(p);
      ready.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned j = 0; j < jobs; ++j) workers.emplace_back(work);

  Progress progress(files.size(), !quiet);
  size_t added = 0, replaced = 0, unchanged = 0, duplicates = 0, skipped = problems.size();
  Status fatal;
  for (size_t i = 0; i < files.size(); ++i) {
    Prepared p;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return slots[i].has_value(); });
      p = std::move(*slots[i]);
      slots[i].reset();
      next_to_store = i + 1;
      room.notify_all();
    }
    if (!fatal.ok()) continue;  // drain the workers after a store failure
    if (!p.record) {
      std::cerr << "claimgraph: skipped " << p.path << ": " << p.skip_reason << "\n";
      ++skipped;
    } else {
      if (!quiet)
        for (const auto& w : p.warnings) std::cerr << "claimgraph: warning: " << p.path << ": " << w << "\n";
      auto outcome = store->PutArticle(*p.record);
      if (!outcome.ok()) {
        fatal = outcome.status();
      } else {
        switch (*outcome) {
          case graph::PutOutcome::kAdded: ++added; break;
          case graph::PutOutcome::kReplaced: ++replaced; break;
          case graph::PutOutcome::kUnchanged: ++unchanged; break;
          case graph::PutOutcome::kDuplicate:
            ++duplicates;
            if (!quiet) std::cerr << "claimgraph: note: " << p.path << ": same content as an article already stored\n";
            break;
        }
      }
    }
    progress.Update(i + 1);
  }
  for (auto& w : workers) w.join();
  if (!fatal.ok()) {
    PrintError(db + ": storing articles (articles stored before this one are kept)", fatal);
    return kExitFailure;
  }
  auto stale = store->GraphIsStale();
  if (!stale.ok()) { PrintError(db, stale.status()); return kExitFailure; }
  if (*stale) {
    Status rebuilt = RebuildGraph(*store, **lexicon);
    if (!rebuilt.ok()) { PrintError(db + ": building the graph", rebuilt); return kExitFailure; }
  }
  if (!quiet)
    std::cerr << "claimgraph: " << added << " added, " << replaced << " replaced, " << unchanged << " unchanged, "
              << duplicates << " duplicate, " << skipped << " skipped -> " << db << "\n";
  return skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace claimgraph::cli
