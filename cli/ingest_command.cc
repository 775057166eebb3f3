#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

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
    "  - bad inputs (empty, binary, unreadable, over 1 MiB) are reported and\n"
    "    skipped; the others are still stored (exit code 1);\n"
    "  - safe to interrupt (even kill -9) and to re-run; several ingests may\n"
    "    write one database at once (docs/robustness.md);\n"
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

// Each wait is the store's busy timeout (10 s).
constexpr int kBusyRetries = 5;
constexpr int kRebuildRounds = 3;

struct Prepared {
  std::string path;
  std::optional<graph::ArticleRecord> record;  // empty: skipped or already stored
  std::string skip_reason;                     // why, when skipped as bad input
  // Content stored before this ingest began: kUnchanged (at this path) or
  // kDuplicate (at another), found without extracting it again.
  std::optional<graph::PutOutcome> already_stored;
  std::vector<std::string> warnings;
};

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
  auto jobs_option = GetNumber(*args, "--jobs", 1, 256, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  if (!jobs_option.ok()) { PrintError("ingest", jobs_option.status()); return kExitUsage; }
  const unsigned jobs = static_cast<unsigned>(*jobs_option);
  const bool quiet = args->Has("--quiet");
  const std::string db = args->Get("--db", kDefaultDb);

  // Paths given on the command line that cannot even be looked at are named
  // here with the precise reason (a symlink loop is not "missing").
  std::vector<std::string> problems;
  std::vector<std::string> roots;
  for (const auto& path : args->positional) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
      roots.push_back(path);
      continue;
    }
    const int error = errno;
    problems.push_back(path + ": " + (error == ENOENT  ? std::string("no such file or folder")
                                      : error == ELOOP ? std::string("symbolic link loop")
                                                       : std::string(std::strerror(error))));
  }
  std::vector<std::string> files = FindArticleFiles(roots, &problems);
  for (const auto& p : problems) std::cerr << "claimgraph: skipped " << p << "\n";

  auto store = graph::Store::Open(db, graph::Store::Mode::kReadWrite);
  if (!store.ok()) { PrintError(db, store.status()); return kExitFailure; }
  auto lexicon = LoadLexicon();
  if (!lexicon.ok()) { PrintError("lexicon", lexicon.status()); return kExitFailure; }
  extract::Extractor extractor(**lexicon);
  // Read-only once the workers start: they skip extracting known content.
  auto hashes = store->StoredHashes();
  if (!hashes.ok()) { PrintError(db, hashes.status()); return kExitFailure; }
  const std::unordered_map<std::string, std::string> stored_hashes = std::move(hashes.value());

  // Workers read, decode and extract; this thread stores results in file
  // order, holding at most `window` prepared articles in memory. With files
  // capped at kMaxArticleBytes, memory is bounded by jobs and that cap, not
  // by the number or total size of the inputs.
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
      auto read = ReadArticleFile(p.path);
      if (!read.ok()) {
        p.skip_reason = read.status().message();
      } else {
        const std::string hash = Sha256Hex(*read);
        if (auto known = stored_hashes.find(hash); known != stored_hashes.end()) {
          p.already_stored = known->second == p.path ? graph::PutOutcome::kUnchanged : graph::PutOutcome::kDuplicate;
        } else if (auto record = PrepareArticle(p.path, *read, hash, extractor, &p.warnings); record.ok()) {
          p.record = std::move(record.value());
        } else {
          p.skip_reason = record.status().message();
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
    auto count = [&](graph::PutOutcome outcome) {
      switch (outcome) {
        case graph::PutOutcome::kAdded: ++added; break;
        case graph::PutOutcome::kReplaced: ++replaced; break;
        case graph::PutOutcome::kUnchanged: ++unchanged; break;
        case graph::PutOutcome::kDuplicate:
          ++duplicates;
          if (!quiet) std::cerr << "claimgraph: note: " << p.path << ": same content as an article already stored\n";
          break;
      }
    };
    if (p.already_stored) {
      count(*p.already_stored);
    } else if (!p.record) {
      std::cerr << "claimgraph: skipped " << p.path << ": " << p.skip_reason << "\n";
      ++skipped;
    } else {
      if (!quiet)
        for (const auto& w : p.warnings) std::cerr << "claimgraph: warning: " << p.path << ": " << w << "\n";
      auto outcome = store->PutArticle(*p.record);
      // Another process held the write lock for the whole busy timeout (a
      // long graph rebuild): wait our turn again rather than give up.
      for (int retry = 0; retry < kBusyRetries && !outcome.ok() &&
                          outcome.status().code() == Status::Code::kBusy; ++retry)
        outcome = store->PutArticle(*p.record);
      if (!outcome.ok()) fatal = outcome.status();
      else count(*outcome);
    }
    progress.Update(i + 1);
  }
  for (auto& w : workers) w.join();
  if (!fatal.ok()) {
    PrintError(db + ": storing articles (articles stored before this one are kept)", fatal);
    return kExitFailure;
  }
  // Rebuild until the graph covers every stored article. Another process
  // storing articles meanwhile keeps the flag set (Store::ReplaceGraph); it
  // rebuilds after its own last article, so a few rounds suffice here, and
  // readers rebuild whatever is still stale.
  for (int round = 0;; ++round) {
    auto stale = store->GraphIsStale();
    if (!stale.ok()) { PrintError(db, stale.status()); return kExitFailure; }
    if (!*stale) break;
    if (round == kRebuildRounds) {
      if (!quiet) std::cerr << "claimgraph: note: another process is still adding articles; it rebuilds the graph when done\n";
      break;
    }
    Status rebuilt = RebuildGraph(*store, **lexicon);
    for (int retry = 0; retry < kBusyRetries && rebuilt.code() == Status::Code::kBusy; ++retry)
      rebuilt = RebuildGraph(*store, **lexicon);
    if (!rebuilt.ok()) { PrintError(db + ": building the graph", rebuilt); return kExitFailure; }
  }
  if (!quiet)
    std::cerr << "claimgraph: " << added << " added, " << replaced << " replaced, " << unchanged << " unchanged, "
              << duplicates << " duplicate, " << skipped << " skipped -> " << db << "\n";
  return skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace claimgraph::cli
