#!/usr/bin/env bash
# The main job on examples/: ./claimgraph.db and ./claimgraph.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
rm -f claimgraph.db claimgraph.db-wal claimgraph.db-shm
./build/cli/claimgraph ingest --db claimgraph.db examples
./build/cli/claimgraph export --db claimgraph.db --format svg --size 16:9 -o claimgraph.svg
./build/cli/claimgraph stats --db claimgraph.db
echo "wrote claimgraph.db and claimgraph.svg"
