// The subcommands. Each takes its arguments (after the subcommand name) and
// returns a process exit code (see app.h).
#ifndef CLAIMGRAPH_CLI_COMMANDS_H_
#define CLAIMGRAPH_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace claimgraph::cli {

struct Command {
  const char* name;
  const char* summary;  // one line, for `claimgraph --help`
  const char* help;     // the whole `claimgraph NAME --help` text
  int (*run)(const std::vector<std::string>& args);
};

int RunIngest(const std::vector<std::string>& args);
int RunExport(const std::vector<std::string>& args);
int RunStats(const std::vector<std::string>& args);
int RunEval(const std::vector<std::string>& args);
int RunQuery(const std::vector<std::string>& args);   // query_command.cc
int RunSlides(const std::vector<std::string>& args);  // slides_command.cc
int RunBench(const std::vector<std::string>& args);   // bench_command.cc

extern const char* const kIngestHelp;
extern const char* const kExportHelp;
extern const char* const kStatsHelp;
extern const char* const kEvalHelp;
extern const char* const kQueryHelp;
extern const char* const kSlidesHelp;
extern const char* const kBenchHelp;

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_COMMANDS_H_
