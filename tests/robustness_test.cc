// End-to-end robustness of the claimgraph executable (docs/robustness.md):
// bad inputs, kill -9 at any moment, re-runs, concurrent writers and
// readers, unusable databases, and hostile article text in every export.
//
// The interruption and concurrency tests need a few hundred articles: the
// first 417 of ../shared/corpus/bbc/business when present, else synthetic
// ones, so they always run.
#include <signal.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/facts_json.h"
#include "graph/store.h"
#include "tests/harness.h"

namespace fs = std::filesystem;
using claimgraph::Status;
using claimgraph::graph::Store;
using claimgraph::testing::kExamples;
using claimgraph::testing::Slurp;
using claimgraph::testing::TempDir;

namespace {

const std::string kBbcBusiness = std::string(CLAIMGRAPH_SOURCE_DIR) + "/../shared/corpus/bbc/business";
constexpr size_t kCorpusSize = 417;

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  REQUIRE(out.good());
}


// In a forked child: replaces it with the binary run with `args` (no shell).
[[noreturn]] void ExecClaimgraph(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(CLAIMGRAPH_BINARY));
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(CLAIMGRAPH_BINARY, argv.data());
  _exit(127);
}

// Runs the binary with argv (no shell); stdout and stderr captured.
Run Claimgraph(const std::vector<std::string>& args) {
  static int counter = 0;
  const std::string base = (fs::temp_directory_path() / ("claimgraph-run-" + std::to_string(getpid()) + "-" +
                                                         std::to_string(counter++)))
                               .string();
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    FILE* out = std::freopen((base + ".out").c_str(), "w", stdout);
    FILE* err = std::freopen((base + ".err").c_str(), "w", stderr);
    if (out == nullptr || err == nullptr) _exit(127);
    ExecClaimgraph(args);
  }
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = Slurp(base + ".out");
  r.err = Slurp(base + ".err");
  fs::remove(base + ".out");
  fs::remove(base + ".err");
  return r;
}

// Starts the binary in the background, output discarded; returns its pid.
pid_t Spawn(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (std::freopen("/dev/null", "w", stdout) == nullptr || std::freopen("/dev/null", "w", stderr) == nullptr)
      _exit(127);
    ExecClaimgraph(args);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool Exited(pid_t pid, int* code) {
  int status = 0;
  const pid_t r = waitpid(pid, &status, WNOHANG);
  if (r != pid) return false;
  *code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return true;
}

nlohmann::json Stats(const std::string& db) {
  Run r = Claimgraph({"stats", "--format", "json", "--db", db});
  INFO(r.err);
  REQUIRE(r.code == 0);
  return nlohmann::json::parse(r.out);
}

std::string ExportJson(const std::string& db) {
  Run r = Claimgraph({"export", "--format", "json", "--db", db});
  INFO(r.err);
  REQUIRE(r.code == 0);
  return r.out;
}

// Rows in `articles`, read without claimgraph (so also while it runs). -1
// while the file or table does not exist yet.
int64_t CountArticlesRaw(const std::string& db) {
  if (!fs::exists(db)) return -1;
  sqlite3* handle = nullptr;
  int64_t count = -1;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(handle, 2000);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM articles", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
      count = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return count;
}

std::string IntegrityCheckRaw(const std::string& db) {
  sqlite3* handle = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
      result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return result;
}

// path -> facts JSON of every stored article.
std::map<std::string, std::string> StoredFacts(const std::string& db) {
  auto store = Store::Open(db, Store::Mode::kReadOnly);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  REQUIRE(store->CheckIntegrity().ok());
  auto articles = store->LoadArticles();  // fails if any row's facts do not parse
  INFO(articles.status().ToString());
  REQUIRE(articles.ok());
  std::map<std::string, std::string> facts;
  for (const auto& a : *articles) facts[a.path] = claimgraph::FactsToJson(a.facts);
  return facts;
}

// ~400 distinct articles in `dir`: BBC business when available, else
// generated news-like text with people, places, organisations and quotes.
void MakeCorpus(const std::string& dir) {
  fs::create_directories(dir);
  if (fs::is_directory(kBbcBusiness)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(kBbcBusiness))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.size() >= kCorpusSize) {
      files.resize(kCorpusSize);
      for (const auto& f : files) fs::copy_file(f, fs::path(dir) / f.filename());
      return;
    }
  }
  const char* first[] = {"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "James"};
  const char* last[] = {"Smith", "Petrov", "Rossi", "Muller", "Kowalski", "Haddad", "Okafor", "Larsen"};
  const char* places[] = {"Paris", "Berlin", "Madrid", "Warsaw", "Cairo", "Lagos", "Oslo", "Rome"};
  const char* orgs[] = {"the World Bank", "Acme Corporation", "the European Commission", "Globex Industries"};
  const char* topics[] = {"prices will rise next year", "the factory will close", "exports have doubled",
                          "the talks have failed", "wages will be frozen", "the merger is off"};
  for (size_t i = 0; i < kCorpusSize; ++i) {
    auto pick = [&](auto& list, size_t salt) {
      return list[(i * 7 + salt * 13 + i / 5) % (sizeof(list) / sizeof(list[0]))];
    };
    std::ostringstream text;
    text << "Report number " << i << " from " << pick(places, 1) << "\n\n";
    text << pick(first, 2) << " " << pick(last, 3) << ", head of " << pick(orgs, 4) << ", said that "
         << pick(topics, 5) << " in " << pick(places, 6) << ".\n\n";
    text << "\"We expect that " << pick(topics, 7) << ",\" said " << pick(first, 8) << " " << pick(last, 9)
         << " on day " << i << ".\n\n";
    text << pick(first, 10) << " " << pick(last, 11) << " denied that " << pick(topics, 12) << ".\n";
    char name[32];
    std::snprintf(name, sizeof name, "%03zu.txt", i);
    WriteFile((fs::path(dir) / name).string(), text.str());
  }
}

}  // namespace

TEST_CASE("bad inputs are named with a reason while the good ones are stored", "[robustness][input]") {
  TempDir dir;
  const std::string in = dir / "in";
  fs::create_directories(in);
  for (const auto& e : fs::directory_iterator(kExamples)) fs::copy_file(e.path(), fs::path(in) / e.path().filename());
  WriteFile(in + "/empty.txt", "");
  WriteFile(in + "/blank.txt", "  \n\t\n");
  WriteFile(in + "/binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16));
  WriteFile(in + "/latin1.txt", "Caf\xe9 owner Jean Dupont said \x93prices will rise\x94 in Paris.\n");
  WriteFile(in + "/page.txt",
            "<!DOCTYPE html><html><head><title>Talks</title><style>body{color:red}</style>"
            "<script>var secret = 'Zorglub';</script></head><body><!-- Hidden Person said nothing -->"
            "<p>Mayor Helga Brandt said &ldquo;the bridge will reopen&rdquo; in Hamburg &amp; Bremen.</p></body></html>");
  WriteFile(dir / "explicit.html",
            "<div><p>Minister Tomas Novak said the tunnel is safe.</p><p>He spoke in Prague.</p></div>");
  {
    // 8 MB of plain text: over the 1 MiB limit for one article.
    std::string big;
    const std::string line = "The committee met again and said that nothing had changed in the report.\n";
    while (big.size() < 8 * 1000 * 1000) big += line;
    WriteFile(in + "/huge.txt", big);
  }
  fs::create_symlink("loop.txt", in + "/loop.txt");          // a file symlink to itself
  fs::create_directories(in + "/sub");
  fs::create_directory_symlink("..", in + "/sub/up");         // a folder loop: must not recurse forever
  fs::create_symlink("self-loop.txt", dir / "self-loop.txt");  // given explicitly
  const std::string db = dir / "b.db";

  Run r = Claimgraph({"ingest", "--db", db, in, dir / "explicit.html", dir / "self-loop.txt", dir / "missing.txt"});
  INFO(r.err);
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("empty.txt: file is empty"));
  CHECK_THAT(r.err, Catch::Contains("blank.txt: file is empty"));
  CHECK_THAT(r.err, Catch::Contains("binary.txt: file is binary"));
  CHECK_THAT(r.err, Catch::Contains("huge.txt: file is larger than the 1 MiB limit"));
  CHECK_THAT(r.err, Catch::Contains("self-loop.txt: symbolic link loop"));
  CHECK_THAT(r.err, Catch::Contains("missing.txt: no such file"));
  CHECK_THAT(r.err, Catch::Contains("latin1.txt: not valid UTF-8; decoded as Windows-1252"));
  CHECK_THAT(r.err, Catch::Contains("page.txt: HTML"));
  CHECK_THAT(r.err, Catch::Contains("explicit.html: HTML"));

  // 5 examples + latin1 + page.txt + explicit.html.
  CHECK(Stats(db)["articles"] == 8);
  const std::string json = ExportJson(db);
  CHECK_THAT(json, Catch::Contains("Helga Brandt"));
  CHECK_THAT(json, Catch::Contains("Tomas Novak"));
  CHECK_THAT(json, Catch::Contains("Jean Dupont"));
  CHECK_THAT(json, !Catch::Contains("Zorglub"));        // scripts dropped
  CHECK_THAT(json, !Catch::Contains("Hidden Person"));  // comments dropped
  CHECK_THAT(json, !Catch::Contains("<p>"));            // tags dropped
  auto facts = StoredFacts(db);
  for (const auto& [path, f] : facts) CHECK(path.find("huge.txt") == std::string::npos);
}

TEST_CASE("an unreadable file is named and skipped", "[robustness][input]") {
  TempDir dir;
  WriteFile(dir / "secret.txt", "Officer Jane Roe said the vault is empty.\n");
  fs::permissions(dir / "secret.txt", fs::perms::none);
  if (access((dir / "secret.txt").c_str(), R_OK) == 0) {
    WARN("skipped: this user (root) can read any file");
    return;
  }
  Run r = Claimgraph({"ingest", "--db", dir / "u.db", dir / "secret.txt", kExamples + "/000_26f500a311b56174.txt"});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("secret.txt"));
  CHECK(Stats(dir / "u.db")["articles"] == 1);
}

TEST_CASE("kill -9 at any moment leaves a consistent store / re-running gives the clean result",
          "[robustness][interrupt]") {
  TempDir dir;
  const std::string corpus = dir / "corpus";
  MakeCorpus(corpus);
  const std::string clean = dir / "clean.db";
  {
    Run r = Claimgraph({"ingest", "--quiet", "--db", clean, corpus});
    INFO(r.err);
    REQUIRE(r.code == 0);
  }
  const auto clean_stats = Stats(clean);
  const std::string clean_json = ExportJson(clean);
  const auto clean_facts = StoredFacts(clean);
  REQUIRE(clean_stats["articles"].get<int64_t>() > 300);

  const std::string db = dir / "killed.db";
  // Kill as soon as the process exists, then after some articles, then
  // after most of them: the moments an interrupted ingest can leave behind.
  for (int64_t kill_after : {-1, 40, 250}) {
    const pid_t pid = Spawn({"ingest", "--quiet", "--jobs", "2", "--db", db, corpus});
    int code = 0;
    bool exited = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (kill_after >= 0 && CountArticlesRaw(db) < kill_after && std::chrono::steady_clock::now() < deadline) {
      if ((exited = Exited(pid, &code))) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (!exited) {
      REQUIRE(kill(pid, SIGKILL) == 0);
      code = Wait(pid);
    }
    INFO("killed after " << kill_after << " articles; exit " << code);
    if (!fs::exists(db)) continue;
    CHECK(IntegrityCheckRaw(db) == "ok");
    // Every stored article is complete: the same facts as in the clean run.
    for (const auto& [path, facts] : StoredFacts(db)) {
      REQUIRE(clean_facts.count(path) == 1);
      CHECK(facts == clean_facts.at(path));
    }
  }
  CHECK(CountArticlesRaw(db) > 0);
  // Readers bring an interrupted store's graph up to date before reading.
  Run r = Claimgraph({"ingest", "--quiet", "--db", db, corpus});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(IntegrityCheckRaw(db) == "ok");
  CHECK(Stats(db) == clean_stats);
  CHECK(ExportJson(db) == clean_json);
  CHECK(StoredFacts(db) == clean_facts);
}

TEST_CASE("ingesting the same folder again changes nothing", "[robustness][idempotent]") {
  TempDir dir;
  const std::string db = dir / "i.db";
  REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, kExamples}).code == 0);
  const auto stats = Stats(db);
  const std::string json = ExportJson(db);
  auto times = [&] {
    auto store = Store::Open(db, Store::Mode::kReadOnly);
    REQUIRE(store.ok());
    auto articles = store->LoadArticles();
    REQUIRE(articles.ok());
    std::map<std::string, int64_t> ingested_at;
    for (const auto& a : *articles) ingested_at[a.path] = a.ingested_at;
    return ingested_at;
  };
  const auto before = times();
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a rewrite would change ingested_at
  Run again = Claimgraph({"ingest", "--db", db, kExamples});
  CHECK(again.code == 0);
  CHECK_THAT(again.err, Catch::Contains("0 added, 0 replaced, 5 unchanged"));
  CHECK(Stats(db) == stats);
  CHECK(ExportJson(db) == json);
  CHECK(times() == before);
}

TEST_CASE("two ingests into one database at once: both succeed, nothing lost or duplicated / readers work",
          "[robustness][concurrency]") {
  TempDir dir;
  const std::string corpus = dir / "corpus";
  MakeCorpus(corpus);
  // Two halves in two folders, so each process has its own files.
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(corpus)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  fs::create_directories(dir / "half1");
  fs::create_directories(dir / "half2");
  for (size_t i = 0; i < files.size(); ++i)
    fs::rename(files[i], fs::path(dir / (i < files.size() / 2 ? "half1" : "half2")) / files[i].filename());

  const std::string clean = dir / "clean.db";
  REQUIRE(Claimgraph({"ingest", "--quiet", "--db", clean, dir / "half1", dir / "half2"}).code == 0);
  const auto clean_stats = Stats(clean);

  const std::string db = dir / "shared.db";
  const pid_t first = Spawn({"ingest", "--quiet", "--jobs", "1", "--db", db, dir / "half1"});
  const pid_t second = Spawn({"ingest", "--quiet", "--jobs", "1", "--db", db, dir / "half2"});
  // Meanwhile, stats and export must keep working (once the store exists).
  int reads = 0, failed_reads = 0, first_code = -1, second_code = -1;
  bool first_done = false, second_done = false;
  while (!(first_done && second_done)) {
    if (!first_done) first_done = Exited(first, &first_code);
    if (!second_done) second_done = Exited(second, &second_code);
    if (CountArticlesRaw(db) <= 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      continue;
    }
    Run stats = Claimgraph({"stats", "--format", "json", "--db", db});
    Run json = Claimgraph({"export", "--format", "json", "--db", db});
    ++reads;
    if (stats.code != 0 || json.code != 0) {
      ++failed_reads;
      UNSCOPED_INFO("stats: " << stats.err << " export: " << json.err);
      continue;
    }
    CHECK_NOTHROW(nlohmann::json::parse(stats.out));
    CHECK_NOTHROW(nlohmann::json::parse(json.out));
  }
  CHECK(first_code == 0);
  CHECK(second_code == 0);
  CHECK(failed_reads == 0);
  INFO(reads << " reads during the ingests");
  CHECK(IntegrityCheckRaw(db) == "ok");
  CHECK(Stats(db) == clean_stats);

  // The same folder twice at once: still no duplicates.
  const std::string twice = dir / "twice.db";
  const pid_t a = Spawn({"ingest", "--quiet", "--db", twice, dir / "half1"});
  const pid_t b = Spawn({"ingest", "--quiet", "--db", twice, dir / "half1"});
  CHECK(Wait(a) == 0);
  CHECK(Wait(b) == 0);
  const auto clean_facts = StoredFacts(clean);
  const auto half1_articles = std::count_if(clean_facts.begin(), clean_facts.end(), [](const auto& entry) {
    return entry.first.find("half1") != std::string::npos;
  });
  CHECK(Stats(twice)["articles"].get<int64_t>() == half1_articles);
  CHECK(IntegrityCheckRaw(twice) == "ok");
}

TEST_CASE("unusable databases are clear errors and are left untouched", "[robustness][store]") {
  TempDir dir;
  const std::string article = kExamples + "/000_26f500a311b56174.txt";

  SECTION("a file that is not SQLite") {
    const std::string db = dir / "notes.db";
    const std::string text(10000, 'x');
    WriteFile(db, text);
    Run r = Claimgraph({"ingest", "--db", db, article});
    CHECK(r.code == 3);
    CHECK_THAT(r.err, Catch::Contains("not a claimgraph store"));
    CHECK(Slurp(db) == text);
    CHECK(Claimgraph({"stats", "--db", db}).code == 3);
  }
  SECTION("a database from a newer schema version") {
    const std::string db = dir / "newer.db";
    REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, article}).code == 0);
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    const std::string before = Slurp(db);
    Run r = Claimgraph({"ingest", "--db", db, kExamples});
    CHECK(r.code == 3);
    CHECK_THAT(r.err, Catch::Contains("newer claimgraph"));
    CHECK(Claimgraph({"export", "--format", "json", "--db", db}).code == 3);
    CHECK(Slurp(db) == before);
  }
  SECTION("a damaged database") {
    const std::string db = dir / "damaged.db";
    REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, kExamples}).code == 0);
    REQUIRE_FALSE(fs::exists(db + "-wal"));  // checkpointed on close: all pages are in the file
    std::string bytes = Slurp(db);
    REQUIRE(bytes.size() > 8 * 4096);
    // Keep the header page, scribble over every other page's header.
    for (size_t page = 4096; page + 16 < bytes.size(); page += 4096)
      for (size_t k = 0; k < 16; ++k) bytes[page + k] = static_cast<char>(0xA5 ^ k);
    WriteFile(db, bytes);
    Run stats = Claimgraph({"stats", "--db", db});
    Run ingest = Claimgraph({"ingest", "--db", db, kExamples});
    INFO(stats.err << ingest.err);
    CHECK(stats.code == 3);
    CHECK(ingest.code == 3);
    CHECK_THAT(stats.err + ingest.err, Catch::Contains("malformed") || Catch::Contains("damaged") ||
                                          Catch::Contains("corrupt"));
  }
}

// Root ignores permissions, so the read-only and full-disk cases use a small
// tmpfs of their own when mounting is allowed (root in CI), else a
// write-protected file (non-root); the full disk without a mount is covered
// by graph/store_test.cc through PRAGMA max_page_count.
TEST_CASE("a read-only database and a full disk are clear errors / committed articles survive",
          "[robustness][store]") {
  TempDir dir;
  const std::string mnt = dir / "mnt";
  fs::create_directories(mnt);
  if (geteuid() != 0 || mount("claimgraph-test", mnt.c_str(), "tmpfs", 0, "size=400k") != 0) {
    WARN("skipped the tmpfs part: mounting is not allowed here");
    if (geteuid() != 0) {
      const std::string db = dir / "ro.db";
      REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, kExamples}).code == 0);
      fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
      const std::string before = Slurp(db);
      Run r = Claimgraph({"ingest", "--db", db, kExamples});
      CHECK(r.code == 3);
      CHECK_THAT(r.err, Catch::Contains("read-only"));
      CHECK(Slurp(db) == before);
    }
    return;
  }
  struct Unmount {
    std::string path;
    ~Unmount() { umount2(path.c_str(), MNT_DETACH); }
  } unmount{mnt};

  // Full disk: 400 KiB holds some articles, not a 417-article corpus.
  const std::string corpus = dir / "corpus";
  MakeCorpus(corpus);
  const std::string db = mnt + "/full.db";
  Run full = Claimgraph({"ingest", "--quiet", "--jobs", "1", "--db", db, corpus});
  INFO(full.err);
  CHECK(full.code == 3);
  CHECK_THAT(full.err, Catch::Contains("full"));
  CHECK(IntegrityCheckRaw(db) == "ok");
  const int64_t stored = CountArticlesRaw(db);
  CHECK(stored > 0);
  CHECK(stored < static_cast<int64_t>(kCorpusSize));
  // What was committed is complete; with space freed, a re-run finishes the job.
  StoredFacts(db);
  REQUIRE(mount("claimgraph-test", mnt.c_str(), "tmpfs", MS_REMOUNT, "size=16m") == 0);
  Run rerun = Claimgraph({"ingest", "--quiet", "--db", db, corpus});
  INFO(rerun.err);
  CHECK(rerun.code == 0);
  CHECK(CountArticlesRaw(db) > stored);
  CHECK(Claimgraph({"stats", "--db", db}).code == 0);

  // Read-only: the same file system remounted read-only.
  const std::string before = Slurp(db);
  REQUIRE(mount("claimgraph-test", mnt.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0);
  Run ro = Claimgraph({"ingest", "--db", db, kExamples});
  INFO(ro.err);
  CHECK(ro.code == 3);
  CHECK_THAT(ro.err, Catch::Contains("read-only"));
  CHECK(Slurp(db) == before);
}

TEST_CASE("hostile article text reaches every export as text", "[robustness][escape]") {
  TempDir dir;
  WriteFile(dir / "hostile.txt",
            "Moscow, Monday.\n\n"
            "Russian President Vladimir Putin said \"<script>alert(1)</script> troops & tanks \"]; x [ will win "
            "the war in Kursk.\"\n\n"
            "Ukrainian official Andriy Yermak denied that <b>the army</b> & \"]; y [ had \x01\x1b[31m retreated "
            "from Kursk.\n\n"
            "Defence analyst Michael Kofman told reporters that the \\N front ]]> was stable in Donetsk.\n");
  const std::string db = dir / "h.db";
  Run ingest = Claimgraph({"ingest", "--db", db, dir / "hostile.txt"});
  INFO(ingest.err);
  REQUIRE(ingest.code == 0);

  auto no_raw_controls = [](const std::string& text) {
    return std::none_of(text.begin(), text.end(), [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return (u < 0x20 && c != '\n' && c != '\t' && c != '\r') || u == 0x7F;
    });
  };

  Run json = Claimgraph({"export", "--format", "json", "--db", db});
  REQUIRE(json.code == 0);
  auto graph = nlohmann::json::parse(json.out);
  std::string labels;
  for (const auto& n : graph["nodes"]) labels += n["label"].get<std::string>() + "\n";
  CHECK_THAT(labels, Catch::Contains("<script>alert(1)</script>"));
  CHECK_THAT(labels, Catch::Contains("\"]; y ["));
  CHECK_THAT(labels, Catch::Contains("troops & tanks"));
  CHECK(no_raw_controls(json.out));

  const bool have_xmllint = fs::exists("/usr/bin/xmllint");
  for (const char* format : {"graphml", "svg"}) {
    INFO(format);
    const std::string out = dir / (std::string("g.") + format);
    Run r = Claimgraph({"export", "--format", format, "--db", db, "-o", out});
    REQUIRE(r.code == 0);
    const std::string xml = Slurp(out);
    CHECK_THAT(xml, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_THAT(xml, !Catch::Contains("<script>"));
    CHECK_THAT(xml, !Catch::Contains("<b>"));
    CHECK(no_raw_controls(xml));
    if (have_xmllint) CHECK(std::system(("xmllint --noout '" + out + "'").c_str()) == 0);
  }

  Run dot = Claimgraph({"export", "--format", "dot", "--db", db});
  REQUIRE(dot.code == 0);
  CHECK_THAT(dot.out, Catch::Contains("&lt;script&gt;"));
  CHECK(no_raw_controls(dot.out));
  // The injected `"]; x [` would add a node named x if it escaped its label.
  CHECK(dot.out.find("\n  x [") == std::string::npos);
  CHECK(dot.out.find("\n\tx [") == std::string::npos);
  if (fs::exists("/usr/bin/dot")) {
    WriteFile(dir / "g.dot", dot.out);
    CHECK(std::system(("/usr/bin/dot -Tsvg -o '" + dir / "from-dot.svg" + "' '" + dir / "g.dot" + "'").c_str()) == 0);
    const std::string svg = Slurp(dir / "from-dot.svg");
    CHECK_THAT(svg, !Catch::Contains("<script>"));
    CHECK_THAT(svg, Catch::Contains("&lt;script&gt;"));
  }
}

TEST_CASE("query sql cannot write to the store", "[robustness][sql]") {
  TempDir dir;
  const std::string db = dir / "q.db";
  REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, kExamples}).code == 0);
  for (const char* sql : {"DELETE FROM articles", "DROP TABLE articles", "UPDATE articles SET title = 'x'",
                          "SELECT 1; DELETE FROM articles", "ATTACH DATABASE 'other.db' AS o",
                          "PRAGMA user_version = 7"}) {
    INFO(sql);
    CHECK(Claimgraph({"query", "sql", "--db", db, sql}).code != 0);
  }
  // The same command does answer a read, so the refusals above are refusals.
  Run read = Claimgraph({"query", "sql", "--db", db, "SELECT count(*) FROM articles"});
  CHECK(read.code == 0);
  CHECK_THAT(read.out, Catch::Contains("5"));
  CHECK(Stats(db)["articles"] == 5);
  CHECK(IntegrityCheckRaw(db) == "ok");
  auto store = Store::Open(db, Store::Mode::kReadOnly);
  REQUIRE(store.ok());
  CHECK(store->QueryReadOnly("PRAGMA user_version").value().rows[0][0] == "1");
}
