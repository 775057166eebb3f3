// The store's schema as an ordered list of migrations, for graph/store.cc
// only. docs/schema.md describes every table; keep the two in step.
//
// Policy: PRAGMA user_version holds the number of the last migration applied.
// Opening a database runs every migration above its user_version, all in one
// BEGIN IMMEDIATE transaction. Schema version 2 is one more entry at the end
// of kMigrations; entries are never edited once released.
#ifndef CLAIMGRAPH_GRAPH_STORE_SCHEMA_H_
#define CLAIMGRAPH_GRAPH_STORE_SCHEMA_H_

#include <cstdint>

namespace claimgraph::graph::internal {

// PRAGMA application_id of a claimgraph store ("CGRF" as big-endian bytes):
// tells our databases apart from other SQLite files.
constexpr int32_t kApplicationId = 0x43475246;

struct Migration {
  int version;      // user_version after this migration
  const char* sql;  // statements run with sqlite3_exec inside the transaction
};

constexpr Migration kMigrations[] = {
    {1, R"sql(
PRAGMA application_id = 1128747590;  -- kApplicationId

CREATE TABLE articles (
  id          INTEGER PRIMARY KEY,
  path        TEXT    NOT NULL UNIQUE,
  hash        TEXT    NOT NULL,
  title       TEXT,
  ingested_at INTEGER NOT NULL DEFAULT 0,
  facts       TEXT    NOT NULL
);
CREATE UNIQUE INDEX articles_by_hash ON articles(hash);

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);
INSERT INTO meta(key, value) VALUES ('graph_stale', '0');

CREATE TABLE entities (
  id    TEXT PRIMARY KEY,
  type  TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place')),
  label TEXT NOT NULL
);

CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE claims (
  id       TEXT    PRIMARY KEY,
  text     TEXT    NOT NULL,
  disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1))
);

CREATE TABLE claim_aliases (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  alias    TEXT NOT NULL,
  PRIMARY KEY (claim_id, alias)
) WITHOUT ROWID;

CREATE TABLE node_articles (
  node_id    TEXT    NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (node_id, article_id)
) WITHOUT ROWID;
CREATE INDEX node_articles_by_article ON node_articles(article_id);

CREATE TABLE edges (
  id       INTEGER PRIMARY KEY,
  source   TEXT    NOT NULL,
  target   TEXT    NOT NULL,
  type     TEXT    NOT NULL
           CHECK (type IN ('said', 'denied', 'about', 'located_in', 'met_with')),
  inferred INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1)),
  place    TEXT,
  day      TEXT
);
CREATE INDEX edges_by_source ON edges(source, target, type);
CREATE INDEX edges_by_target ON edges(target);

CREATE TABLE evidence (
  id           INTEGER PRIMARY KEY,
  edge_id      INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  sentence     TEXT    NOT NULL,
  confidence   REAL    NOT NULL,
  direct       INTEGER NOT NULL CHECK (direct IN (0, 1))
);
CREATE INDEX evidence_by_edge ON evidence(edge_id);
CREATE INDEX evidence_by_article ON evidence(article_id);
)sql"},
};

constexpr int kLatestSchemaVersion = kMigrations[sizeof(kMigrations) / sizeof(kMigrations[0]) - 1].version;

}  // namespace claimgraph::graph::internal

#endif  // CLAIMGRAPH_GRAPH_STORE_SCHEMA_H_
