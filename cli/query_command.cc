// `claimgraph query`: questions about the graph, answered as a table, JSON
// (an array of objects) or CSV. Each subcommand builds a Table; one printer
// per format renders it. Reference: docs/query.md.
#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "export/escape.h"
#include "graph/algorithms.h"
#include "graph/graph_index.h"

namespace claimgraph::cli {

const char* const kQueryHelp =
    "usage: claimgraph query [--db FILE] SUBCOMMAND [ARGS] [--format table|json|csv]\n\n"
    "Asks the graph of who said what about whom.\n\n"
    "Subcommands:\n"
    "  statements [--speaker NAME] [--about NAME] [--relation said|denied]\n"
    "                    who said or denied which claim: speaker, relation, claim,\n"
    "                    what it is about, article and sentence (one row per sentence)\n"
    "  disputed          claims some said and others denied, with who is on each side\n"
    "  entities [--type person|place|organisation]\n"
    "                    people, places, organisations with article, mention and\n"
    "                    statement counts, most quoted first\n"
    "  neighbours NAME [--depth N]\n"
    "                    what lies within N hops of NAME (default 1; a claim is a hop)\n"
    "  path A B          a shortest chain of edges from A to B (either direction)\n"
    "  sql \"SELECT ...\"  one read-only SQL statement on the database (docs/schema.md);\n"
    "                    the connection cannot write\n\n"
    "Options:\n"
    "  --db FILE         database (default ./claimgraph.db)\n"
    "  --format FORMAT   table (default; long text cut to 60 characters), json (an\n"
    "                    array of objects), csv (RFC 4180, with a header line)\n\n"
    "Names resolve through aliases and ignore case: \"putin\" finds Vladimir Putin.\n"
    "An unknown name exits 2; an ambiguous one lists its candidates and exits 2.\n\n"
    "Examples:\n"
    "  claimgraph query statements --speaker Putin\n"
    "  claimgraph query disputed --format json\n"
    "  claimgraph query path Putin Zelensky\n"
    "  claimgraph query sql \"SELECT type, count(*) FROM edges GROUP BY type\"\n";

namespace {

using Json = nlohmann::ordered_json;

// A query's answer: named columns, one JSON value per cell (string, number,
// bool or array of strings) so JSON keeps types and text formats flatten.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Json>> rows;
};

// A cell as text: arrays joined with "; ", strings as they are.
std::string CellText(const Json& cell) {
  if (cell.is_string()) return cell.get<std::string>();
  if (cell.is_array()) {
    std::string joined;
    for (const auto& item : cell) joined += (joined.empty() ? "" : "; ") + CellText(item);
    return joined;
  }
  return cell.dump();
}

// At most `max` code points, ending in "…" when cut; newlines become spaces.
std::string Clip(std::string s, size_t max) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  if (exporter::CodePointCount(s) <= max) return s;
  size_t points = 0, i = 0;
  for (; i < s.size(); ++i)
    if ((s[i] & 0xC0) != 0x80 && ++points == max) break;  // i: start of the max-th code point
  return s.substr(0, i) + "…";
}

std::string RenderJson(const Table& t) {
  Json out = Json::array();
  for (const auto& row : t.rows) {
    Json object = Json::object();
    for (size_t c = 0; c < t.columns.size(); ++c) object[t.columns[c]] = row[c];
    out.push_back(std::move(object));
  }
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string RenderCsv(const Table& t) {
  std::string out;
  auto line = [&out](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvField(cells[i]);
    out += "\r\n";
  };
  line(t.columns);
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row) cells.push_back(CellText(cell));
    line(cells);
  }
  return out;
}

constexpr size_t kTableCellMax = 60;

std::string RenderTable(const Table& t) {
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : t.rows) {
    cells.emplace_back();
    for (const auto& cell : row) cells.back().push_back(Clip(CellText(cell), kTableCellMax));
  }
  std::vector<size_t> width;
  for (const auto& c : t.columns) width.push_back(exporter::CodePointCount(c));
  for (const auto& row : cells)
    for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], exporter::CodePointCount(row[c]));
  std::string out;
  auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (size_t c = 0; c < row.size(); ++c) {
      text += row[c];
      if (c + 1 < row.size()) text += std::string(width[c] - exporter::CodePointCount(row[c]) + 2, ' ');
    }
    out += text + "\n";
  };
  line(t.columns);
  std::vector<std::string> rules;
  for (size_t w : width) rules.push_back(std::string(w, '-'));
  line(rules);
  for (const auto& row : cells) line(row);
  out += "(" + std::to_string(t.rows.size()) + (t.rows.size() == 1 ? " row)\n" : " rows)\n");
  return out;
}

// What each subcommand needs: the graph with its index, and the parsed args.
struct Context {
  const graph::GraphIndex& index;
  const Args& args;
  const KnowledgeGraph& graph() const { return index.graph(); }
  const Node& node(size_t i) const { return index.graph().nodes[i]; }
};

Json Labels(const Context& ctx, const std::set<size_t>& nodes) {
  std::vector<std::string> labels;
  for (size_t n : nodes) labels.push_back(ctx.node(n).label);
  std::sort(labels.begin(), labels.end());
  return Json(labels);
}

StatusOr<Table> Statements(const Context& ctx) {
  std::optional<size_t> speaker, subject;
  if (ctx.args.values.count("--speaker")) {
    auto r = ctx.index.Resolve(ctx.args.Get("--speaker"));
    if (!r.ok()) return r.status();
    speaker = *r;
  }
  if (ctx.args.values.count("--about")) {
    auto r = ctx.index.Resolve(ctx.args.Get("--about"));
    if (!r.ok()) return r.status();
    subject = *r;
  }
  std::optional<Relation> relation;
  if (ctx.args.values.count("--relation")) {
    relation = ParseRelation(ctx.args.Get("--relation"));
    if (relation != Relation::kSaid && relation != Relation::kDenied)
      return Status::InvalidArgument("--relation must be said or denied");
  }
  const auto about = graph::AboutTargets(ctx.index);
  struct Row { std::string speaker, speaker_id, article; int64_t start; std::vector<Json> cells; };
  std::vector<Row> rows;
  for (size_t i = 0; i < ctx.graph().edges.size(); ++i) {
    const Edge& e = ctx.graph().edges[i];
    if (e.type != Relation::kSaid && e.type != Relation::kDenied) continue;
    if (relation && e.type != *relation) continue;
    const auto& ends = ctx.index.EdgeEnds(i);
    if (!ends.ok()) continue;
    const size_t s = ends.source, c = ends.target;
    if (speaker && s != *speaker) continue;
    auto targets = about.find(c);
    const std::set<size_t> subjects = targets == about.end() ? std::set<size_t>{} : targets->second;
    if (subject && !subjects.count(*subject)) continue;
    std::vector<Evidence> evidence = e.evidence;
    if (evidence.empty()) evidence.emplace_back();  // an inferred statement: no sentence
    for (const Evidence& ev : evidence)
      rows.push_back({ctx.node(s).label, ctx.node(s).id, ev.article, ev.start,
                      {ctx.node(s).label, ctx.node(s).id, std::string(ToString(e.type)), ctx.node(c).label,
                       ctx.node(c).id, Labels(ctx, subjects), ev.article, ev.sentence, ev.direct, ev.confidence}});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.speaker, a.speaker_id, a.article, a.start) < std::tie(b.speaker, b.speaker_id, b.article, b.start);
  });
  Table t{{"speaker", "speaker_id", "relation", "claim", "claim_id", "about", "article", "sentence", "direct",
           "confidence"}, {}};
  for (auto& r : rows) t.rows.push_back(std::move(r.cells));
  return t;
}

StatusOr<Table> Disputed(const Context& ctx) {
  const auto about = graph::AboutTargets(ctx.index);
  std::map<size_t, std::set<size_t>> said, denied;
  for (size_t i = 0; i < ctx.graph().edges.size(); ++i) {
    const auto& ends = ctx.index.EdgeEnds(i);
    if (!ends.ok()) continue;
    if (ctx.graph().edges[i].type == Relation::kSaid) said[ends.target].insert(ends.source);
    if (ctx.graph().edges[i].type == Relation::kDenied) denied[ends.target].insert(ends.source);
  }
  Table t{{"claim", "claim_id", "said_by", "denied_by", "about", "articles"}, {}};
  for (size_t i = 0; i < ctx.graph().nodes.size(); ++i) {
    const Node& n = ctx.node(i);
    if (n.type != NodeType::kClaim || !n.disputed) continue;
    auto subjects = about.find(i);
    t.rows.push_back({n.label, n.id, Labels(ctx, said[i]), Labels(ctx, denied[i]),
                      Labels(ctx, subjects == about.end() ? std::set<size_t>{} : subjects->second),
                      Json(n.articles)});
  }
  return t;
}

StatusOr<Table> Entities(const Context& ctx) {
  std::optional<NodeType> type;
  if (ctx.args.values.count("--type")) {
    type = ParseNodeType(ctx.args.Get("--type"));
    if (!type || *type == NodeType::kClaim) return Status::InvalidArgument("--type must be person, place or organisation");
  }
  const size_t n = ctx.graph().nodes.size();
  std::vector<std::set<std::pair<std::string, int64_t>>> sentences(n);  // distinct (article, start)
  std::vector<int> statements(n, 0), statements_about(n, 0);
  const auto about = graph::AboutTargets(ctx.index);
  for (size_t i = 0; i < ctx.graph().edges.size(); ++i) {
    const Edge& e = ctx.graph().edges[i];
    const auto& ends = ctx.index.EdgeEnds(i);
    if (!ends.ok()) continue;
    const size_t s = ends.source, t = ends.target;
    for (const Evidence& ev : e.evidence) {
      sentences[s].insert({ev.article, ev.start});
      sentences[t].insert({ev.article, ev.start});
    }
    if (e.type != Relation::kSaid && e.type != Relation::kDenied) continue;
    statements[s] += static_cast<int>(e.evidence.size());
    if (auto it = about.find(t); it != about.end())
      for (size_t subject : it->second) statements_about[subject] += static_cast<int>(e.evidence.size());
  }
  std::vector<size_t> order;
  for (size_t i = 0; i < n; ++i) {
    const Node& node = ctx.node(i);
    if (node.type == NodeType::kClaim || (type && node.type != *type)) continue;
    order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (statements[a] != statements[b]) return statements[a] > statements[b];
    return sentences[a].size() > sentences[b].size();
  });
  Table t{{"name", "id", "type", "aliases", "articles", "mentions", "statements", "statements_about"}, {}};
  for (size_t i : order) {
    const Node& node = ctx.node(i);
    t.rows.push_back({node.label, node.id, std::string(ToString(node.type)), Json(node.aliases),
                      node.articles.size(), sentences[i].size(), statements[i], statements_about[i]});
  }
  return t;
}

StatusOr<Table> Neighbours(const Context& ctx) {
  if (ctx.args.positional.size() != 2) return Status::InvalidArgument("usage: claimgraph query neighbours NAME [--depth N]");
  auto start = ctx.index.Resolve(ctx.args.positional[1]);
  if (!start.ok()) return start.status();
  auto depth = GetNumber(ctx.args, "--depth", 0, 999, 1);
  if (!depth.ok()) return depth.status();
  Table t{{"distance", "name", "id", "type"}, {}};
  for (const graph::Reached& r : graph::Neighbourhood(ctx.index, *start, *depth)) {
    if (r.node == *start) continue;
    const Node& n = ctx.node(r.node);
    t.rows.push_back({r.distance, n.label, n.id, std::string(ToString(n.type))});
  }
  return t;
}

StatusOr<Table> Path(const Context& ctx) {
  if (ctx.args.positional.size() != 3) return Status::InvalidArgument("usage: claimgraph query path A B");
  auto from = ctx.index.Resolve(ctx.args.positional[1]);
  if (!from.ok()) return from.status();
  auto to = ctx.index.Resolve(ctx.args.positional[2]);
  if (!to.ok()) return to.status();
  std::vector<size_t> path = graph::ShortestPath(ctx.index, *from, *to);
  if (path.empty()) std::cerr << "claimgraph query: no path between " << ctx.node(*from).label << " and " << ctx.node(*to).label << "\n";
  // relation/direction: the edge that leads from the previous step here.
  Table t{{"step", "name", "id", "type", "relation", "direction"}, {}};
  for (size_t i = 0; i < path.size(); ++i) {
    const Node& n = ctx.node(path[i]);
    std::string relation, direction;
    if (i > 0) {
      // Of parallel edges, the one first in Relation order (said before about).
      const std::vector<size_t> between = ctx.index.EdgesBetween(path[i - 1], path[i]);
      const Edge& e = ctx.graph().edges[*std::min_element(between.begin(), between.end(), [&](size_t a, size_t b) {
        return ctx.graph().edges[a].type < ctx.graph().edges[b].type;
      })];
      relation = ToString(e.type);
      direction = e.type == Relation::kMetWith ? "both" : e.source == n.id ? "backward" : "forward";
    }
    t.rows.push_back({static_cast<int>(i), n.label, n.id, std::string(ToString(n.type)), relation, direction});
  }
  return t;
}

StatusOr<Table> Sql(const std::string& db, const Args& args) {
  if (args.positional.size() != 2) return Status::InvalidArgument("usage: claimgraph query sql \"SELECT ...\"");
  auto store = graph::Store::Open(db, graph::Store::Mode::kReadOnly);
  if (!store.ok()) return Status::IOError(store.status().message());  // the database, not the query, is at fault
  auto result = store->QueryReadOnly(args.positional[1]);
  if (!result.ok()) return result.status();
  Table t{result->columns, {}};
  for (auto& row : result->rows) t.rows.emplace_back(row.begin(), row.end());
  return t;
}

// Options each subcommand accepts besides --db and --format.
const std::map<std::string, std::set<std::string>> kSubcommandOptions = {
    {"statements", {"--speaker", "--about", "--relation"}},
    {"disputed", {}},
    {"entities", {"--type"}},
    {"neighbours", {"--depth"}},
    {"path", {}},
    {"sql", {}},
};

}  // namespace

int RunQuery(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv, {{"--db", "--format", "--speaker", "--about", "--relation", "--type", "--depth"}, {}});
  if (!args.ok()) { PrintError("query", args.status()); return kExitUsage; }
  if (args->positional.empty()) {
    std::cerr << "claimgraph query: which question? statements, disputed, entities, neighbours, path or sql\n";
    return kExitUsage;
  }
  const std::string sub = args->positional[0] == "neighbors" ? "neighbours" : args->positional[0];
  auto allowed = kSubcommandOptions.find(sub);
  if (allowed == kSubcommandOptions.end()) {
    std::cerr << "claimgraph query: unknown subcommand '" << sub << "' (statements, disputed, entities, neighbours, path, sql)\n";
    return kExitUsage;
  }
  for (const auto& [option, value] : args->values)
    if (option != "--db" && option != "--format" && !allowed->second.count(option)) {
      std::cerr << "claimgraph query " << sub << ": " << option << " does not apply here\n";
      return kExitUsage;
    }
  if (sub != "neighbours" && sub != "path" && sub != "sql" && args->positional.size() > 1) {
    std::cerr << "claimgraph query " << sub << ": unexpected argument '" << args->positional[1] << "'\n";
    return kExitUsage;
  }
  const std::string format = args->Get("--format", "table");
  if (format != "table" && format != "json" && format != "csv") {
    std::cerr << "claimgraph query: --format must be table, json or csv\n";
    return kExitUsage;
  }

  const std::string db = args->Get("--db", kDefaultDb);
  auto whole = CurrentGraph(db);  // also brings a stale graph up to date for `sql`
  if (!whole.ok()) { PrintError(db, whole.status()); return kExitFailure; }
  graph::GraphIndex index(std::move(whole.value()));
  Context ctx{index, *args};
  StatusOr<Table> table = Status::Internal("unreachable");
  if (sub == "statements") table = Statements(ctx);
  else if (sub == "disputed") table = Disputed(ctx);
  else if (sub == "entities") table = Entities(ctx);
  else if (sub == "neighbours") table = Neighbours(ctx);
  else if (sub == "path") table = Path(ctx);
  else table = Sql(db, *args);
  if (!table.ok()) {
    PrintError("query " + sub, table.status());
    const auto code = table.status().code();
    return code == Status::Code::kInvalidArgument || code == Status::Code::kNotFound ? kExitUsage : kExitFailure;
  }
  const std::string text = format == "json" ? RenderJson(*table) : format == "csv" ? RenderCsv(*table) : RenderTable(*table);
  Status written = WriteOutput("", text);
  if (!written.ok()) { PrintError("query", written); return kExitFailure; }
  return kExitOk;
}

}  // namespace claimgraph::cli
