// `claimgraph bench`: how fast is claimgraph on this machine? Measures
// (a) extraction alone (decode + Extractor::Extract over files already in
// memory, one thread, then --jobs threads), (b) end-to-end ingest (the
// claimgraph binary itself, run as a child: the same code path as
// `claimgraph ingest`), with --jobs 1 and --jobs N, and whether their JSON
// exports are identical, (c) query latency on the ingested graph, (d) SVG
// export of synthetic 1,000- and 10,000-node graphs per layout engine, each
// render in a forked child with a time limit, and (e) peak RSS.
// Figures and method: docs/performance.md.
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "export/export.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "graph/algorithms.h"
#include "graph/graph_index.h"

namespace claimgraph::cli {

const char* const kBenchHelp =
    "usage: claimgraph bench [--corpus DIR] [--jobs N] [--format text|json] [--quick]\n"
    "                        [--only PARTS] [--time-limit S] [--keep]\n\n"
    "Measures how fast claimgraph is on this machine and prints a table (or JSON):\n"
    "  extract  decode + extraction of every article, files read into memory\n"
    "           first: MB/s and articles/s on one thread, then on N threads\n"
    "           (median of 3 passes; 1 with --quick)\n"
    "  ingest   `claimgraph ingest` of the corpus into a temporary database, run\n"
    "           as a child process with --jobs 1 and --jobs N: wall time,\n"
    "           articles/s, CPU time, peak RSS; and whether the JSON exports of\n"
    "           the two databases are identical (they must be)\n"
    "  query    on the ingested graph: loading it, a name lookup + 2-hop\n"
    "           neighbourhood, a few SQL queries (medians), and a whole\n"
    "           `claimgraph query neighbours` process\n"
    "  export   SVG of synthetic 1,000- and 10,000-node graphs (fixed seed) with\n"
    "           each layout engine, each render in a child process stopped after\n"
    "           --time-limit seconds (reported as \"> S s\"); and the default SVG\n"
    "           export of the ingested graph\n"
    "Peak RSS of the bench process itself is reported last.\n\n"
    "Options:\n"
    "  --corpus DIR     articles to use (default: ../shared/corpus/bbc next to the\n"
    "                   repository if present, else the repository's examples/)\n"
    "  --jobs N         threads for the parallel runs (default: all cores)\n"
    "  --format FORMAT  text (default) or json (one object, for scripts)\n"
    "  --quick          a smoke run: at most 200 articles, the 1,000-node export\n"
    "                   only, 10 s render limit\n"
    "  --only PARTS     comma-separated subset of extract,ingest,query,export\n"
    "                   (query needs ingest)\n"
    "  --time-limit S   per-render limit for the export part (default 30)\n"
    "  --keep           keep the temporary folder (databases, logs) and print it\n\n"
    "MB are 10^6 bytes of raw article files. Temporary files go to $TMPDIR\n"
    "(default /tmp). Exit codes: 0 done, 2 usage error, 3 a part failed.\n\n"
    "Examples:\n"
    "  claimgraph bench\n"
    "  claimgraph bench --quick --format json | jq .extract\n"
    "  claimgraph bench --corpus articles/ --only extract,ingest --jobs 4\n";

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Median seconds of `runs` calls of f.
double TimeMedian(int runs, const std::function<void()>& f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    f();
    t.push_back(SecondsSince(start));
  }
  return Median(t);
}

double Round(double v, int digits) {
  double p = std::pow(10.0, digits);
  return std::round(v * p) / p;
}

long SelfPeakRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

bool Interactive() { return isatty(2); }
void Note(const std::string& what) {
  if (Interactive()) std::cerr << "claimgraph bench: " << what << "\n";
}

// ---- The machine.

Json MachineInfo() {
  Json m;
  std::string cpu, line;
  std::ifstream cpuinfo("/proc/cpuinfo");
  while (std::getline(cpuinfo, line))
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  long mem_kb = 0;
  std::ifstream meminfo("/proc/meminfo");
  while (std::getline(meminfo, line))
    if (line.rfind("MemTotal:", 0) == 0) mem_kb = std::atol(line.c_str() + 9);
  utsname u{};
  uname(&u);
  char date[32];
  std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  m["date"] = date;
  m["cpus"] = sysconf(_SC_NPROCESSORS_ONLN);
  m["cpu_model"] = cpu;
  m["memory_mb"] = mem_kb / 1024;
  m["kernel"] = std::string(u.sysname) + " " + u.release + " " + u.machine;
  return m;
}

// ---- Child processes.

struct ChildResult {
  bool started = false;
  int exit_code = -1;   // when exited normally
  int signal = 0;       // when killed by a signal
  double wall_s = 0, user_s = 0, sys_s = 0;
  long max_rss_kb = 0;
};

ChildResult WaitChild(pid_t pid, Clock::time_point start) {
  ChildResult r;
  r.started = true;
  int status = 0;
  rusage ru{};
  while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {}
  r.wall_s = SecondsSince(start);
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.user_s = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
  r.sys_s = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  r.max_rss_kb = ru.ru_maxrss;
  return r;
}

// Runs this very binary with `args`, stdout and stderr to files ("" for
// /dev/null), and waits for it.
ChildResult RunSelf(const std::vector<std::string>& args, const std::string& out_path, const std::string& err_path) {
  std::vector<char*> argv;
  std::string self = "claimgraph";
  argv.push_back(self.data());
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::cout.flush();
  std::cerr.flush();
  auto start = Clock::now();
  pid_t pid = fork();
  if (pid < 0) return {};
  if (pid == 0) {
    int out = open(out_path.empty() ? "/dev/null" : out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(err_path.empty() ? "/dev/null" : err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out >= 0) dup2(out, 1);
    if (err >= 0) dup2(err, 2);
    execv("/proc/self/exe", argv.data());
    _exit(127);
  }
  return WaitChild(pid, start);
}

std::string Describe(const ChildResult& r) {
  if (!r.started) return "could not start";
  if (r.signal) return std::string("killed by signal ") + strsignal(r.signal);
  return "exit code " + std::to_string(r.exit_code);
}

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t CountLines(const std::string& path) {
  std::string s = ReadWhole(path);
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

// ---- Where the corpus is.

// The repository: the nearest ancestor of the working directory holding
// cli/commands.h, else the source tree this file was compiled from.
std::string FindRepository() {
  std::error_code ec;
  for (fs::path p = fs::current_path(ec); !ec && !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / "cli" / "commands.h", ec) && fs::exists(p / "examples", ec)) return p.string();
    if (p == p.parent_path()) break;
  }
  fs::path source = fs::path(__FILE__).parent_path().parent_path();
  if (source.is_absolute() && fs::exists(source / "cli" / "commands.h", ec)) return source.string();
  return "";
}

std::string DefaultCorpus() {
  std::string repo = FindRepository();
  if (repo.empty()) return "";
  std::error_code ec;
  fs::path bbc = fs::path(repo).parent_path() / "shared" / "corpus" / "bbc";
  if (fs::is_directory(bbc, ec)) return bbc.lexically_normal().string();
  fs::path examples = fs::path(repo) / "examples";
  if (fs::is_directory(examples, ec)) return examples.string();
  return "";
}

struct Article {
  std::string path;
  std::string bytes;
};

// ---- (a) extraction.

struct ExtractCounts {
  size_t articles = 0, refused = 0, entities = 0, claims = 0, statements = 0, links = 0;
};

void ExtractOne(const extract::Extractor& extractor, const Article& a, ExtractCounts* c) {
  auto decoded = extract::DecodeArticle(a.bytes, extract::FormatForPath(a.path));
  if (!decoded.ok()) { ++c->refused; return; }
  ArticleFacts f = extractor.Extract(decoded->text);
  ++c->articles;
  c->entities += f.entities.size();
  c->claims += f.claims.size();
  c->statements += f.statements.size();
  c->links += f.links.size();
}

Json BenchExtract(const std::vector<Article>& articles, size_t bytes, const extract::Extractor& extractor,
                  unsigned jobs, int runs) {
  Json j;
  const double mb = bytes / 1e6;
  Note("extraction on 1 thread");
  // Median of `runs` passes: a shared machine is noisy.
  ExtractCounts one;
  std::vector<double> passes;
  for (int r = 0; r < runs; ++r) {
    ExtractCounts counts;
    auto start = Clock::now();
    for (const auto& a : articles) ExtractOne(extractor, a, &counts);
    passes.push_back(SecondsSince(start));
    one = counts;
  }
  double t1 = Median(passes);
  j["runs"] = runs;
  j["threads_1"] = {{"seconds", Round(t1, 3)},
                    {"min_seconds", Round(*std::min_element(passes.begin(), passes.end()), 3)},
                    {"max_seconds", Round(*std::max_element(passes.begin(), passes.end()), 3)},
                    {"mb_per_s", Round(mb / t1, 2)},
                    {"articles_per_s", Round(articles.size() / t1, 1)},
                    {"ms_per_article", Round(1000 * t1 / std::max<size_t>(1, articles.size()), 3)}};
  j["found"] = {{"articles", one.articles}, {"refused", one.refused},   {"entities", one.entities},
                {"claims", one.claims},     {"statements", one.statements}, {"links", one.links}};
  if (jobs > 1) {
    Note("extraction on " + std::to_string(jobs) + " threads");
    std::vector<double> tns;
    for (int r = 0; r < runs; ++r) {
      std::atomic<size_t> next{0};
      std::vector<ExtractCounts> counts(jobs);
      auto start = Clock::now();
      std::vector<std::thread> threads;
      for (unsigned t = 0; t < jobs; ++t)
        threads.emplace_back([&, t] {
          for (size_t i; (i = next.fetch_add(1)) < articles.size();) ExtractOne(extractor, articles[i], &counts[t]);
        });
      for (auto& t : threads) t.join();
      tns.push_back(SecondsSince(start));
    }
    double tn = Median(tns);
    j["threads_n"] = {{"threads", jobs},
                      {"seconds", Round(tn, 3)},
                      {"mb_per_s", Round(mb / tn, 2)},
                      {"mb_per_s_per_thread", Round(mb / tn / jobs, 2)},
                      {"articles_per_s", Round(articles.size() / tn, 1)},
                      {"speedup", Round(t1 / tn, 2)}};
  }
  return j;
}

// ---- (b) ingest.

struct IngestRun {
  Json json;
  std::string db;
  bool ok = false;
};

IngestRun IngestOnce(const std::string& tmp, const std::vector<std::string>& inputs, unsigned jobs, size_t articles) {
  IngestRun run;
  run.db = tmp + "/jobs" + std::to_string(jobs) + ".db";
  std::vector<std::string> args = {"ingest", "--quiet", "--db", run.db, "--jobs", std::to_string(jobs)};
  args.insert(args.end(), inputs.begin(), inputs.end());
  Note("ingest --jobs " + std::to_string(jobs));
  const std::string log = tmp + "/ingest-jobs" + std::to_string(jobs) + ".log";
  ChildResult r = RunSelf(args, "", log);
  run.ok = r.started && r.signal == 0 && (r.exit_code == kExitOk || r.exit_code == kExitSkipped);
  Json& j = run.json;
  j["jobs"] = jobs;
  j["result"] = Describe(r);
  j["seconds"] = Round(r.wall_s, 3);
  j["articles_per_s"] = Round(articles / r.wall_s, 1);
  j["cpu_seconds"] = Round(r.user_s + r.sys_s, 3);
  j["cpu_utilisation"] = Round((r.user_s + r.sys_s) / r.wall_s, 2);
  j["peak_rss_mb"] = Round(r.max_rss_kb / 1024.0, 1);
  j["stderr_lines"] = CountLines(log);  // skipped files are named there
  if (run.ok) {
    auto store = graph::Store::Open(run.db, graph::Store::Mode::kReadOnly);
    if (store.ok()) {
      auto stats = store->Stats();
      if (stats.ok())
        j["stored"] = {{"articles", stats->articles}, {"entities", stats->entities},
                       {"claims", stats->claims},     {"edges", stats->edges}};
    }
  }
  return run;
}

// JSON export of `db` to `out` by a child process; its wall time.
Json ExportJson(const std::string& db, const std::string& out) {
  ChildResult r = RunSelf({"export", "--db", db, "--format", "json", "-o", out}, "", "");
  Json j;
  j["result"] = Describe(r);
  j["seconds"] = Round(r.wall_s, 3);
  std::error_code ec;
  j["bytes"] = r.exit_code == 0 ? static_cast<int64_t>(fs::file_size(out, ec)) : 0;
  return j;
}

// ---- (c) queries.

std::string SqlQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

Json BenchQuery(const std::string& db, const std::string& tmp) {
  Json j;
  Note("queries");
  KnowledgeGraph graph;
  double load = TimeMedian(3, [&] {
    auto g = CurrentGraph(db);
    if (g.ok()) graph = std::move(g.value());
  });
  j["nodes"] = graph.nodes.size();
  j["edges"] = graph.edges.size();
  j["load_graph_ms"] = Round(load * 1000, 2);
  std::unique_ptr<graph::GraphIndex> index;
  double build = TimeMedian(3, [&] { index = std::make_unique<graph::GraphIndex>(graph); });
  j["build_index_ms"] = Round(build * 1000, 2);
  if (graph.nodes.empty()) return j;

  // The most quoted person (or any node) is the one a user asks about.
  size_t target = 0;
  for (const auto& r : graph::RankByDegree(*index, {Relation::kSaid, Relation::kDenied}, graph::EdgeEnd::kSource))
    if (graph.nodes[r.node].type == NodeType::kPerson) { target = r.node; break; }
  const Node& who = graph.nodes[target];
  j["target"] = who.label;
  size_t reached = 0;
  bool resolved = true;
  double hood = TimeMedian(51, [&] {
    auto n = index->Resolve(who.label);
    if (!n.ok()) { resolved = false; n = target; }
    reached = graph::Neighbourhood(*index, *n, 2).size();
  });
  j["lookup_neighbourhood_2_us"] = Round(hood * 1e6, 1);
  j["neighbourhood_2_nodes"] = reached;
  if (!resolved) j["note"] = "the label is ambiguous; timed the id instead";

  auto store = graph::Store::Open(db, graph::Store::Mode::kReadOnly);
  if (store.ok()) {
    const std::vector<std::pair<std::string, std::string>> queries = {
        {"edges by type", "SELECT type, count(*) FROM edges GROUP BY type"},
        {"entity by label", "SELECT id, type FROM entities WHERE label = " + SqlQuote(who.label)},
        {"statements by speaker",
         "SELECT c.text, ev.sentence FROM edges e JOIN claims c ON c.id = e.target JOIN evidence ev ON ev.edge_id = "
         "e.id WHERE e.source = " + SqlQuote(who.id) + " AND e.type IN ('said', 'denied')"},
        {"disputed claims", "SELECT id, text FROM claims WHERE disputed = 1"},
    };
    Json sql = Json::array();
    for (const auto& named_query : queries) {
      // not a structured binding: clang 14 cannot capture one in a lambda
      const std::string& name = named_query.first;
      const std::string& q = named_query.second;
      size_t rows = 0;
      bool ok = true;
      double t = TimeMedian(21, [&] {
        auto r = store->QueryReadOnly(q);
        if (r.ok()) rows = r->rows.size(); else ok = false;
      });
      sql.push_back({{"query", name}, {"ms", Round(t * 1000, 3)}, {"rows", rows}, {"ok", ok}});
    }
    j["sql"] = sql;
  }
  // What a user waits for: a whole process answering one question.
  std::vector<double> walls;
  ChildResult last;
  for (int i = 0; i < 3; ++i) {
    last = RunSelf({"query", "--db", db, "neighbours", who.id, "--depth", "2", "--format", "json"}, "",
                   tmp + "/query.log");
    walls.push_back(last.wall_s);
  }
  j["cli_neighbours_ms"] = Round(Median(walls) * 1000, 1);
  j["cli_result"] = Describe(last);
  return j;
}

// ---- (d) export of synthetic graphs.

// A small deterministic generator (the standard distributions are not the
// same across standard libraries; this is).
struct Rng {
  uint64_t state;
  explicit Rng(uint64_t seed) : state(seed) {}
  uint64_t Next() {  // splitmix64
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n ? Next() % n : 0; }
  double Unit() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }
  // Skewed towards small indexes: a few nodes get most edges, as in news.
  size_t Skewed(size_t n) { double u = Unit(); return std::min(n - 1, static_cast<size_t>(n * u * u * u)); }
};

const char* const kFirst[] = {"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
                              "Katya", "Liam", "Maria", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Sergei",
                              "Tara", "Umar", "Vera", "Walter", "Yulia", "Zoltan"};
const char* const kLast[] = {"Brown", "Kowalski", "Ivanova", "Smith", "Novak", "Garcia", "Petrov", "Okafor", "Larsen",
                             "Moreau", "Schmidt", "Rossi", "Tanaka", "Haddad", "Silva", "Nowak", "Kim", "Jones",
                             "Muller", "Costa", "Popescu", "Horvat", "Walsh"};
const char* const kOrgHead[] = {"Ministry", "Council", "Group", "Bank", "Party", "Agency", "Union", "Institute"};
const char* const kPlaceRoot[] = {"Kursk", "Lyon", "Oakham", "Brno", "Tampere", "Split", "Leeds", "Graz", "Porto",
                                  "Aarhus", "Cork", "Gdansk", "Varna", "Malmo", "Bilbao"};
const char* const kWords[] = {"the", "government", "will", "not", "accept", "new", "talks", "troops", "have",
                              "withdrawn", "from", "region", "prices", "rose", "sharply", "last", "year", "plan",
                              "was", "a", "mistake", "election", "fair", "economy", "grow", "strongly", "deal",
                              "signed", "border", "remains", "closed", "report", "is", "wrong", "team", "won",
                              "match", "company", "profits", "fell", "sanctions", "work", "ceasefire", "holding"};

template <size_t N>
const char* Pick(Rng& rng, const char* const (&list)[N]) { return list[rng.Below(N)]; }

// A graph of `n` nodes in the proportions of the BBC corpus' graph (39%
// people, 19% organisations, 9% places, 33% claims) with ~1.1 edges per
// node: every claim said (2% denied) by a skewed choice of speaker, 10% of
// claims said by a second speaker (a third of those denying: disputed), 0-2
// `about` edges per claim, located_in between places, a few met_with.
KnowledgeGraph SyntheticGraph(size_t n, uint64_t seed) {
  Rng rng(seed);
  KnowledgeGraph g;
  const size_t persons = n * 39 / 100, orgs = n * 19 / 100, places = n * 9 / 100;
  const size_t claims = n - persons - orgs - places;
  std::vector<size_t> person_ix, org_ix, place_ix, entity_ix;
  auto article = [&](size_t i) { return "bench/" + std::to_string(i % std::max<size_t>(1, n / 8)) + ".txt"; };
  auto add = [&](NodeType t, std::string id, std::string label) {
    Node node;
    node.id = std::move(id);
    node.type = t;
    node.label = std::move(label);
    node.articles = {article(rng.Next())};
    g.nodes.push_back(std::move(node));
    return g.nodes.size() - 1;
  };
  char buf[64];
  for (size_t i = 0; i < persons; ++i) {
    std::string label = std::string(Pick(rng, kFirst)) + " " + Pick(rng, kLast);
    if (rng.Below(3) == 0) label += " " + std::to_string(i);  // keep most labels distinct
    std::snprintf(buf, sizeof buf, "person:p%06zu", i);
    size_t ix = add(NodeType::kPerson, buf, label);
    if (rng.Below(4) == 0) g.nodes[ix].aliases.push_back(label.substr(label.find(' ') + 1));
    person_ix.push_back(ix);
  }
  for (size_t i = 0; i < orgs; ++i) {
    std::snprintf(buf, sizeof buf, "organisation:o%06zu", i);
    org_ix.push_back(add(NodeType::kOrganisation, buf,
                         std::string(Pick(rng, kPlaceRoot)) + " " + Pick(rng, kOrgHead) + " " + std::to_string(i)));
  }
  for (size_t i = 0; i < places; ++i) {
    std::snprintf(buf, sizeof buf, "place:l%06zu", i);
    place_ix.push_back(add(NodeType::kPlace, buf, std::string(Pick(rng, kPlaceRoot)) + "-" + std::to_string(i)));
  }
  entity_ix = person_ix;
  entity_ix.insert(entity_ix.end(), org_ix.begin(), org_ix.end());
  entity_ix.insert(entity_ix.end(), place_ix.begin(), place_ix.end());
  std::vector<size_t> speaker_ix = person_ix;
  speaker_ix.insert(speaker_ix.end(), org_ix.begin(), org_ix.end());

  std::map<std::tuple<std::string, std::string, Relation>, Edge> edges;
  auto edge = [&](size_t from, size_t to, Relation r, const std::string& sentence) {
    Edge e;
    e.source = g.nodes[from].id;
    e.target = g.nodes[to].id;
    e.type = r;
    Evidence ev;
    ev.article = g.nodes[to].articles[0];
    ev.start = static_cast<int64_t>(rng.Below(4000));
    ev.end = ev.start + static_cast<int64_t>(sentence.size());
    ev.sentence = sentence;
    ev.confidence = 0.5 + rng.Below(50) / 100.0;
    ev.direct = rng.Below(2) == 0;
    e.evidence.push_back(std::move(ev));
    edges.emplace(std::make_tuple(e.source, e.target, r), std::move(e));
  };
  for (size_t i = 0; i < claims; ++i) {
    std::string text;
    size_t words = 6 + rng.Below(14);
    for (size_t w = 0; w < words; ++w) text += std::string(w ? " " : "") + Pick(rng, kWords);
    std::snprintf(buf, sizeof buf, "claim:%016zx", i * 2654435761u);
    size_t c = add(NodeType::kClaim, buf, text);
    if (speaker_ix.empty()) continue;
    size_t speaker = speaker_ix[rng.Skewed(speaker_ix.size())];
    bool denied = rng.Below(50) == 0;
    edge(speaker, c, denied ? Relation::kDenied : Relation::kSaid, g.nodes[speaker].label + " said " + text + ".");
    if (rng.Below(10) == 0) {
      size_t second = speaker_ix[rng.Skewed(speaker_ix.size())];
      bool second_denied = rng.Below(3) == 0;
      if (second != speaker) {
        edge(second, c, second_denied ? Relation::kDenied : Relation::kSaid, g.nodes[second].label + ": " + text);
        g.nodes[c].disputed = denied != second_denied;
      }
    }
    for (size_t k = rng.Below(3); k > 0 && !entity_ix.empty(); --k)
      edge(c, entity_ix[rng.Skewed(entity_ix.size())], Relation::kAbout, text);
  }
  for (size_t p : place_ix)
    if (rng.Below(3) == 0 && place_ix.size() > 1) {
      size_t q = place_ix[rng.Skewed(place_ix.size())];
      if (q != p) edge(p, q, Relation::kLocatedIn, g.nodes[p].label + " is in " + g.nodes[q].label + ".");
    }
  for (size_t i = 0; i < persons / 50 && person_ix.size() > 1; ++i) {
    size_t a = person_ix[rng.Below(person_ix.size())], b = person_ix[rng.Below(person_ix.size())];
    if (a != b) edge(std::min(a, b), std::max(a, b), Relation::kMetWith, "They met.");
  }
  std::sort(g.nodes.begin(), g.nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
  for (auto& [key, e] : edges) g.edges.push_back(std::move(e));  // map order: (source, target, type)
  return g;
}

struct RenderResult {
  std::string status;  // "ok", "timeout", "failed: ..."
  double seconds = 0;
  size_t bytes = 0;
  long peak_rss_kb = 0;
};

// Renders in a forked child (Graphviz cannot be interrupted in-process),
// killed by SIGALRM after `limit_s`.
RenderResult RenderInChild(const KnowledgeGraph& graph, const std::string& layout, int limit_s) {
  RenderResult out;
  int fds[2];
  if (pipe(fds) != 0) { out.status = "failed: pipe"; return out; }
  std::cout.flush();
  std::cerr.flush();
  auto start = Clock::now();
  pid_t pid = fork();
  if (pid < 0) { close(fds[0]); close(fds[1]); out.status = "failed: fork"; return out; }
  if (pid == 0) {
    close(fds[0]);
    int devnull = open("/dev/null", O_WRONLY);  // Graphviz warnings are not results
    if (devnull >= 0) dup2(devnull, 2);
    signal(SIGALRM, SIG_DFL);
    alarm(static_cast<unsigned>(limit_s));
    exporter::DiagramOptions opts;
    opts.layout = layout;
    auto svg = exporter::RenderDiagram(graph, exporter::DiagramFormat::kSvg, opts);
    std::string msg = svg.ok() ? "ok " + std::to_string(svg->size()) : "failed: " + svg.status().message();
    ssize_t ignored = write(fds[1], msg.data(), msg.size());
    (void)ignored;
    _exit(0);
  }
  close(fds[1]);
  std::string msg;
  char buf[512];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) != 0;) {
    if (n < 0) { if (errno == EINTR) continue; break; }
    msg.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  ChildResult r = WaitChild(pid, start);
  out.seconds = r.wall_s;
  out.peak_rss_kb = r.max_rss_kb;
  if (r.signal == SIGALRM) out.status = "timeout";
  else if (r.signal) out.status = std::string("failed: killed by ") + strsignal(r.signal);
  else if (msg.rfind("ok ", 0) == 0) { out.status = "ok"; out.bytes = std::stoull(msg.substr(3)); }
  else out.status = msg.empty() ? "failed: no result" : msg;
  return out;
}

Json BenchExport(const std::vector<size_t>& sizes, int limit_s) {
  Json j;
  j["time_limit_s"] = limit_s;
  j["seed"] = 42;
  Json graphs = Json::array();
  for (size_t n : sizes) {
    KnowledgeGraph g = SyntheticGraph(n, 42);
    Json gj;
    gj["nodes"] = g.nodes.size();
    gj["edges"] = g.edges.size();
    gj["json_ms"] = Round(TimeMedian(3, [&] { exporter::ToJson(g); }) * 1000, 1);
    gj["graphml_ms"] = Round(TimeMedian(3, [&] { exporter::ToGraphMl(g); }) * 1000, 1);
    auto start = Clock::now();
    auto dot = exporter::RenderDiagram(g, exporter::DiagramFormat::kDot, {});
    gj["dot_text_ms"] = Round(SecondsSince(start) * 1000, 1);
    Json svg = Json::array();
    for (const char* layout : {"dot", "neato", "fdp", "sfdp", "circo"}) {
      Note("SVG of " + std::to_string(n) + " nodes with " + layout);
      RenderResult r = RenderInChild(g, layout, limit_s);
      Json e = {{"layout", layout}, {"status", r.status}};
      if (r.status == "ok") {
        e["seconds"] = Round(r.seconds, 3);
        e["svg_bytes"] = r.bytes;
      } else if (r.status == "timeout") {
        e["seconds"] = nullptr;
      } else {
        e["seconds"] = Round(r.seconds, 3);
      }
      e["peak_rss_mb"] = Round(r.peak_rss_kb / 1024.0, 1);
      svg.push_back(e);
    }
    gj["svg"] = svg;
    graphs.push_back(gj);
  }
  j["synthetic"] = graphs;
  return j;
}

// ---- The report as text.

std::string Fmt(const Json& v, int width = 0) {
  std::string s;
  if (v.is_null()) s = "-";
  else if (v.is_string()) s = v.get<std::string>();
  else if (v.is_number_float()) {
    std::ostringstream o;
    double d = v.get<double>();
    o << std::fixed << std::setprecision(d >= 100 ? 0 : d >= 10 ? 1 : d >= 1 ? 2 : 3) << d;
    s = o.str();
  } else s = v.dump();
  if (static_cast<int>(s.size()) < width) s = std::string(width - s.size(), ' ') + s;
  return s;
}

const Json& At(const Json& j, const char* key) {
  static const Json kNull;
  return j.is_object() && j.contains(key) ? j.at(key) : kNull;
}

void Row(std::ostream& out, const std::string& label, const std::string& value) {
  out << "  " << std::left << std::setw(46) << label << std::right << value << "\n";
}

void PrintText(std::ostream& out, const Json& r) {
  const Json& m = r["machine"];
  out << "claimgraph bench  " << Fmt(m["date"]) << "\n"
      << "machine   " << Fmt(m["cpus"]) << " CPUs, " << Fmt(m["cpu_model"]) << ", " << Fmt(m["memory_mb"])
      << " MB RAM, " << Fmt(m["kernel"]) << "\n";
  const Json& c = r["corpus"];
  out << "corpus    " << Fmt(c["path"]) << ": " << Fmt(c["articles"]) << " articles, " << Fmt(c["mb"]) << " MB"
      << (At(c, "limited_to").is_null() ? "" : " (--quick: first " + Fmt(c["limited_to"]) + ")") << "\n"
      << "lexicon   loaded in " << Fmt(r["lexicon_load_ms"]) << " ms\n";
  if (r.contains("extract")) {
    const Json& e = r["extract"];
    out << "\nextraction (decode + extract, files in memory; median of " << Fmt(e["runs"]) << ")\n";
    const Json& one = e["threads_1"];
    Row(out, "1 thread", Fmt(one["mb_per_s"]) + " MB/s  " + Fmt(one["articles_per_s"]) + " articles/s  " +
                             Fmt(one["seconds"]) + " s");
    if (e.contains("threads_n")) {
      const Json& n = e["threads_n"];
      Row(out, Fmt(n["threads"]) + " threads",
          Fmt(n["mb_per_s"]) + " MB/s  " + Fmt(n["articles_per_s"]) + " articles/s  " + Fmt(n["seconds"]) +
              " s  (x" + Fmt(n["speedup"]) + ")");
    }
    const Json& f = e["found"];
    Row(out, "found", Fmt(f["entities"]) + " entities, " + Fmt(f["claims"]) + " claims, " + Fmt(f["statements"]) +
                          " statements, " + Fmt(f["links"]) + " links");
  }
  if (r.contains("ingest")) {
    const Json& in = r["ingest"];
    out << "\ningest (claimgraph ingest --quiet into a new database, child process)\n";
    for (const auto& run : in["runs"]) {
      Row(out, "--jobs " + Fmt(run["jobs"]),
          Fmt(run["seconds"]) + " s  " + Fmt(run["articles_per_s"]) + " articles/s  peak RSS " +
              Fmt(run["peak_rss_mb"]) + " MB  CPU " + Fmt(run["cpu_seconds"]) + " s  (" + Fmt(run["result"]) + ")");
    }
    if (in.contains("stored")) {
      const Json& s = in["stored"];
      Row(out, "stored", Fmt(s["articles"]) + " articles, " + Fmt(s["entities"]) + " entities, " +
                             Fmt(s["claims"]) + " claims, " + Fmt(s["edges"]) + " edges");
    }
    if (in.contains("json_identical"))
      Row(out, "JSON export --jobs 1 == --jobs N", in["json_identical"].get<bool>() ? "identical" : "DIFFERENT");
    if (in.contains("export_json")) Row(out, "export --format json", Fmt(in["export_json"]["seconds"]) + " s");
    if (in.contains("export_svg")) Row(out, "export --format svg (default 150-node cut)", Fmt(in["export_svg"]["seconds"]) + " s  (" + Fmt(in["export_svg"]["result"]) + ")");
  }
  if (r.contains("query")) {
    const Json& q = r["query"];
    out << "\nqueries (graph of " << Fmt(q["nodes"]) << " nodes, " << Fmt(q["edges"]) << " edges; medians)\n";
    Row(out, "load graph (CurrentGraph)", Fmt(q["load_graph_ms"]) + " ms");
    Row(out, "build index (GraphIndex)", Fmt(q["build_index_ms"]) + " ms");
    if (q.contains("target"))
      Row(out, "lookup + 2-hop neighbourhood (" + Fmt(q["target"]).substr(0, 12) + ")",
          Fmt(q["lookup_neighbourhood_2_us"]) + " us  (" + Fmt(q["neighbourhood_2_nodes"]) + " nodes)");
    if (q.contains("sql"))
      for (const auto& s : q["sql"]) Row(out, "SQL: " + Fmt(s["query"]), Fmt(s["ms"]) + " ms  (" + Fmt(s["rows"]) + " rows)");
    if (q.contains("cli_neighbours_ms"))
      Row(out, "claimgraph query neighbours (whole process)", Fmt(q["cli_neighbours_ms"]) + " ms  (" + Fmt(q["cli_result"]) + ")");
  }
  if (r.contains("export")) {
    const Json& x = r["export"];
    out << "\nexport of synthetic graphs (seed 42; SVG limit " << Fmt(x["time_limit_s"]) << " s per render)\n";
    for (const auto& g : x["synthetic"]) {
      out << "  " << Fmt(g["nodes"]) << " nodes, " << Fmt(g["edges"]) << " edges: JSON " << Fmt(g["json_ms"])
          << " ms, GraphML " << Fmt(g["graphml_ms"]) << " ms, DOT text " << Fmt(g["dot_text_ms"]) << " ms\n";
      for (const auto& s : g["svg"]) {
        std::string v = s["status"] == "ok" ? Fmt(s["seconds"]) + " s  peak RSS " + Fmt(s["peak_rss_mb"]) + " MB"
                        : s["status"] == "timeout" ? "skipped: > " + Fmt(x["time_limit_s"]) + " s"
                                                   : Fmt(s["status"]);
        Row(out, "    SVG " + Fmt(s["layout"]), v);
      }
    }
  }
  out << "\npeak RSS of the bench process: " << Fmt(r["bench_peak_rss_mb"]) << " MB\n";
}

}  // namespace

int RunBench(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv, {{"--corpus", "--jobs", "--format", "--only", "--time-limit"}, {"--quick", "--keep"}});
  if (!args.ok()) { PrintError("bench", args.status()); return kExitUsage; }
  if (!args->positional.empty()) {
    std::cerr << "claimgraph bench: unexpected argument '" << args->positional[0] << "' (use --corpus DIR)\n";
    return kExitUsage;
  }
  const std::string format = args->Get("--format", "text");
  if (format != "text" && format != "json") { std::cerr << "claimgraph bench: --format must be text or json\n"; return kExitUsage; }
  auto jobs_option = GetNumber(*args, "--jobs", 1, 256, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  if (!jobs_option.ok()) { PrintError("bench", jobs_option.status()); return kExitUsage; }
  const unsigned jobs = static_cast<unsigned>(*jobs_option);
  auto limit_option = GetNumber(*args, "--time-limit", 1, 9999, args->Has("--quick") ? 10 : 30);
  if (!limit_option.ok()) { PrintError("bench", limit_option.status()); return kExitUsage; }
  const int limit_s = *limit_option;
  std::set<std::string> parts = {"extract", "ingest", "query", "export"};
  if (args->values.count("--only")) {
    parts.clear();
    std::stringstream list(args->Get("--only"));
    for (std::string p; std::getline(list, p, ',');) {
      if (p != "extract" && p != "ingest" && p != "query" && p != "export") {
        std::cerr << "claimgraph bench: --only takes extract, ingest, query, export (comma-separated)\n";
        return kExitUsage;
      }
      parts.insert(p);
    }
    if (parts.count("query") && !parts.count("ingest")) {
      std::cerr << "claimgraph bench: the query part needs the ingest part (--only ingest,query)\n";
      return kExitUsage;
    }
  }
  const bool quick = args->Has("--quick");
  std::string corpus = args->Get("--corpus");
  if (corpus.empty()) corpus = DefaultCorpus();
  if (corpus.empty()) {
    std::cerr << "claimgraph bench: no default corpus found; give one with --corpus DIR\n";
    return kExitUsage;
  }

  Json report;
  report["machine"] = MachineInfo();
  report["command"] = "claimgraph bench" + [&] {
    std::string s;
    for (const auto& a : argv) s += " " + a;
    return s;
  }();

  // The corpus, read into memory (what extraction is timed on).
  std::vector<std::string> problems;
  std::vector<std::string> files = FindArticleFiles({corpus}, &problems);
  for (const auto& p : problems) std::cerr << "claimgraph bench: skipped " << p << "\n";
  if (files.empty()) { std::cerr << "claimgraph bench: no *.txt articles under " << corpus << "\n"; return kExitUsage; }
  const size_t kQuickArticles = 200;
  const bool limited = quick && files.size() > kQuickArticles;
  if (limited) files.resize(kQuickArticles);
  std::vector<Article> articles;
  size_t bytes = 0;
  for (const auto& f : files) {
    auto read = ReadArticleFile(f);  // the same cap and checks as ingest
    if (!read.ok()) continue;
    articles.push_back({f, std::move(read.value())});
    bytes += articles.back().bytes.size();
  }
  report["corpus"] = {{"path", corpus}, {"articles", articles.size()}, {"bytes", bytes}, {"mb", Round(bytes / 1e6, 2)}};
  if (limited) report["corpus"]["limited_to"] = kQuickArticles;
  report["jobs"] = jobs;

  auto start = Clock::now();
  auto lexicon = LoadLexicon();
  if (!lexicon.ok()) { PrintError("lexicon", lexicon.status()); return kExitFailure; }
  report["lexicon_load_ms"] = Round(SecondsSince(start) * 1000, 1);
  extract::Extractor extractor(**lexicon);

  bool failed = false;
  if (parts.count("extract")) report["extract"] = BenchExtract(articles, bytes, extractor, jobs, quick ? 1 : 3);

  char tmp_template[4096];
  const char* tmpdir = std::getenv("TMPDIR");
  std::snprintf(tmp_template, sizeof tmp_template, "%s/claimgraph-bench-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
  std::string tmp;
  if (parts.count("ingest") || parts.count("query")) {
    if (!mkdtemp(tmp_template)) { std::cerr << "claimgraph bench: cannot create a temporary folder\n"; return kExitFailure; }
    tmp = tmp_template;
  }

  if (parts.count("ingest")) {
    // The corpus folder as a user gives it, or the --quick subset as files.
    std::vector<std::string> inputs = limited ? files : std::vector<std::string>{corpus};
    Json in;
    in["runs"] = Json::array();
    std::vector<unsigned> job_counts = {jobs == 1 ? 2u : jobs, 1u};  // N first: its database serves the queries
    std::vector<IngestRun> runs;
    for (unsigned n : job_counts) {
      runs.push_back(IngestOnce(tmp, inputs, n, articles.size()));
      in["runs"].push_back(runs.back().json);
      if (!runs.back().ok) failed = true;
    }
    if (runs[0].json.contains("stored")) in["stored"] = runs[0].json["stored"];
    if (runs[0].ok && runs[1].ok) {
      Note("comparing JSON exports");
      Json a = ExportJson(runs[0].db, tmp + "/a.json");
      Json b = ExportJson(runs[1].db, tmp + "/b.json");
      in["export_json"] = a;
      std::string ja = ReadWhole(tmp + "/a.json"), jb = ReadWhole(tmp + "/b.json");
      in["json_identical"] = !ja.empty() && ja == jb;
      if (ja.empty() || ja != jb) failed = true;
      ChildResult svg = RunSelf({"export", "--db", runs[0].db, "--format", "svg", "-o", tmp + "/graph.svg"}, "", "");
      in["export_svg"] = {{"result", Describe(svg)}, {"seconds", Round(svg.wall_s, 3)}};
    }
    report["ingest"] = in;
    if (parts.count("query") && runs[0].ok) report["query"] = BenchQuery(runs[0].db, tmp);
  }

  if (parts.count("export")) {
    std::vector<size_t> sizes = quick ? std::vector<size_t>{1000} : std::vector<size_t>{1000, 10000};
    report["export"] = BenchExport(sizes, limit_s);
  }

  report["bench_peak_rss_mb"] = Round(SelfPeakRssKb() / 1024.0, 1);
  if (!tmp.empty()) {
    if (args->Has("--keep")) {
      report["kept"] = tmp;
      std::cerr << "claimgraph bench: kept " << tmp << "\n";
    } else {
      std::error_code ec;
      fs::remove_all(tmp, ec);
    }
  }
  if (format == "json") std::cout << report.dump(2) << "\n";
  else PrintText(std::cout, report);
  return failed ? kExitFailure : kExitOk;
}

}  // namespace claimgraph::cli
