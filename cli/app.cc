#include "cli/app.h"

#include <glib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "extract/consolidate.h"

namespace claimgraph::cli {

namespace fs = std::filesystem;

void PrintError(const std::string& what, const Status& status) {
  std::cerr << "claimgraph: " << what << ": " << status.message() << "\n";
}

StatusOr<std::unique_ptr<const extract::Lexicon>> LoadLexicon() { return extract::Lexicon::Load(); }

Status RebuildGraph(graph::Store& store, const extract::Lexicon& lexicon) {
  auto articles = store.LoadArticles();
  if (!articles.ok()) return articles.status();
  std::vector<extract::ArticleInput> inputs;
  inputs.reserve(articles->size());
  for (const auto& a : *articles) inputs.push_back({a.path, &a.facts});
  return store.ReplaceGraph(extract::Consolidate(std::move(inputs), lexicon));
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
  std::vector<extract::ArticleInput> inputs;
  for (const auto& a : *articles) inputs.push_back({a.path, &a.facts});
  return extract::Consolidate(std::move(inputs), **lexicon);
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
