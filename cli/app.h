// What the subcommands share: exit codes, the lexicon (loaded once per
// process), opening the store, rebuilding the consolidated graph, and
// finding article files.
#ifndef CLAIMGRAPH_CLI_APP_H_
#define CLAIMGRAPH_CLI_APP_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/store.h"

namespace claimgraph::cli {

// Exit codes, documented in docs/cli.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;   // some inputs were skipped
inline constexpr int kExitUsage = 2;     // bad command line, ambiguous name
inline constexpr int kExitFailure = 3;   // the store or an output could not be used

inline constexpr const char* kDefaultDb = "claimgraph.db";

// Prints "claimgraph: <what>: <status message>" to stderr.
void PrintError(const std::string& what, const Status& status);

// Loads the full lexicon (embedded lists, WordNet, GeoNames). Once per run.
StatusOr<std::unique_ptr<const extract::Lexicon>> LoadLexicon();

// Recomputes the consolidated graph from every stored article and stores it.
Status RebuildGraph(graph::Store& store, const extract::Lexicon& lexicon);

// The consolidated graph, rebuilt first if articles changed since it was
// built (and stored when the database is writable).
StatusOr<KnowledgeGraph> CurrentGraph(const std::string& db_path);

// `*.txt`, `*.html` and `*.htm` files under each path (recursively for folders, sorted; symlinked
// folders are not followed, so loops cannot happen). Paths that do not exist
// or cannot be read go to `problems` as "path: reason".
std::vector<std::string> FindArticleFiles(const std::vector<std::string>& paths, std::vector<std::string>* problems);

// A whole article file, or why it is refused (unreadable, not a regular
// file, over extract::kMaxArticleBytes). Memory stays bounded per file.
StatusOr<std::string> ReadArticleFile(const std::string& path);

// The article at `path` (`bytes`, whose SHA-256 is `hash`) decoded and
// extracted, ready to store; `warnings` (may be null) gets the recoveries
// decoding made. InvalidArgument with the reason for input that is refused.
StatusOr<graph::ArticleRecord> PrepareArticle(const std::string& path, const std::string& bytes,
                                              const std::string& hash, const extract::Extractor& extractor,
                                              std::vector<std::string>* warnings);

// The consolidated graph of these stored articles.
KnowledgeGraph ConsolidateStored(const std::vector<graph::ArticleRecord>& articles,
                                 const extract::Lexicon& lexicon);

// Hex SHA-256 of `bytes`.
std::string Sha256Hex(const std::string& bytes);

// Writes `data` to `path`, or to stdout when path is empty or "-".
Status WriteOutput(const std::string& path, const std::string& data);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_APP_H_
