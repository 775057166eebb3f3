#include "cli/app.h"

#include <fcntl.h>
#include <glib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "extract/consolidate.h"
#include "extract/document.h"

namespace claimgraph::cli {

namespace fs = std::filesystem;

void PrintError(const std::string& what, const Status& status) {
  std::cerr << "claimgraph: " << what << ": " << status.message() << "\n";
}

StatusOr<std::unique_ptr<const extract::Lexicon>> LoadLexicon() { return extract::Lexicon::Load(); }

Status RebuildGraph(graph::Store& store, const extract::Lexicon& lexicon) {
  auto articles = store.LoadArticles();
  if (!articles.ok()) return articles.status();
  return store.ReplaceGraph(ConsolidateStored(*articles, lexicon));
}

StatusOr<KnowledgeGraph> CurrentGraph(const std::string& db_path) {
  if (!fs::exists(db_path)) return Status::NotFound("no database at " + db_path + " (run claimgraph ingest first)");
  auto store = graph::Store::Open(db_path, graph::Store::Mode::kReadOnly);
  if (!store.ok()) return store.status();
  auto stale = store->GraphIsStale();
  if (!stale.ok()) return stale.status();
  if (!*stale) return store->LoadGraph();
  // Articles changed after the graph was built (an interrupted ingest):
  // rebuild, and store the result when we may write.
  auto lexicon = LoadLexicon();
  if (!lexicon.ok()) return lexicon.status();
  auto writable = graph::Store::Open(db_path, graph::Store::Mode::kReadWrite);
  if (writable.ok() && RebuildGraph(*writable, **lexicon).ok()) return writable->LoadGraph();
  // Read-only, full or busy: build the graph in memory and leave the file alone.
  auto articles = store->LoadArticles();
  if (!articles.ok()) return articles.status();
  return ConsolidateStored(*articles, **lexicon);
}

std::vector<std::string> FindArticleFiles(const std::vector<std::string>& paths, std::vector<std::string>* problems) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back(p + ": no such file or folder");
      continue;
    }
    if (fs::is_regular_file(st)) {
      files.push_back(fs::path(p).lexically_normal().string());
      continue;
    }
    if (!fs::is_directory(st)) {
      problems->push_back(p + ": not a file or folder");
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      problems->push_back(p + ": " + ec.message());
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        problems->push_back(it->path().string() + ": " + ec.message());
        ec.clear();
        continue;
      }
      const auto ext = it->path().extension();
      if (ext != ".txt" && ext != ".html" && ext != ".htm") continue;
      std::error_code fec;
      if (it->is_regular_file(fec)) {
        found.push_back(it->path().lexically_normal().string());
      } else if (fec) {
        problems->push_back(it->path().string() + ": " +
                            (fec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop" : fec.message()));
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Never holds more than kMaxArticleBytes + 1 bytes, even when the file grows
// while being read or reports a wrong size (pipes, /proc).
StatusOr<std::string> ReadArticleFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return Status::IOError(std::string("cannot open for reading: ") + std::strerror(errno));
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::IOError(std::string("cannot read: ") + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) return Status::InvalidArgument("not a regular file");
  const std::string too_large = "file is larger than the " + std::to_string(extract::kMaxArticleBytes >> 20) +
                                " MiB limit for one article";
  if (static_cast<uint64_t>(st.st_size) > extract::kMaxArticleBytes) return Status::InvalidArgument(too_large);
  std::string bytes(static_cast<size_t>(st.st_size) + 1, '\0');  // +1: notices growth
  size_t filled = 0;
  while (true) {
    if (filled == bytes.size()) {
      if (bytes.size() > extract::kMaxArticleBytes) return Status::InvalidArgument(too_large);
      bytes.resize(std::min(bytes.size() * 2, extract::kMaxArticleBytes + 1));
    }
    const ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(std::string("cannot read: ") + std::strerror(errno));
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
  }
  bytes.resize(filled);
  return bytes;
}

StatusOr<graph::ArticleRecord> PrepareArticle(const std::string& path, const std::string& bytes,
                                              const std::string& hash, const extract::Extractor& extractor,
                                              std::vector<std::string>* warnings) {
  auto decoded = extract::DecodeArticle(bytes, extract::FormatForPath(path));
  if (!decoded.ok()) return decoded.status();
  graph::ArticleRecord record;
  record.path = path;
  record.hash = hash;
  record.ingested_at = static_cast<int64_t>(std::time(nullptr));
  record.facts = extractor.Extract(decoded->text);
  record.title = record.facts.title;
  if (warnings) *warnings = std::move(decoded->warnings);
  return record;
}

KnowledgeGraph ConsolidateStored(const std::vector<graph::ArticleRecord>& articles,
                                 const extract::Lexicon& lexicon) {
  std::vector<extract::ArticleInput> inputs;
  inputs.reserve(articles.size());
  for (const auto& a : articles) inputs.push_back({a.path, &a.facts});
  return extract::Consolidate(std::move(inputs), lexicon);
}

std::string Sha256Hex(const std::string& bytes) {
  gchar* hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, reinterpret_cast<const guchar*>(bytes.data()),
                                           bytes.size());
  std::string out(hex);
  g_free(hex);
  return out;
}

Status WriteOutput(const std::string& path, const std::string& data) {
  if (path.empty() || path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    return std::cout ? Status::OK() : Status::IOError("cannot write to standard output");
  }
  // write beside, then rename: a reader never sees half a file
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError("cannot write " + path);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out) return Status::IOError("cannot write " + path);
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return Status::IOError("cannot write " + path + ": " + ec.message());
  return Status::OK();
}

}  // namespace claimgraph::cli
