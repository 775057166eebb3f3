#!/usr/bin/env bash
# Installs, builds and runs every test (what CI runs):
#   1. the Release build in build/ and its tests;
#   2. the same tests built with clang under AddressSanitizer and
#      UndefinedBehaviorSanitizer in build-asan/ (which also holds the
#      libFuzzer targets);
#   3. each fuzz target for CLAIMGRAPH_FUZZ_SECONDS (default 60) seconds.
# Any test failure, sanitizer report or fuzzer crash fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds="${CLAIMGRAPH_FUZZ_SECONDS:-60}"
jobs="$(nproc)"

bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCLAIMGRAPH_SANITIZE=ON -DCLAIMGRAPH_FUZZ=ON >/dev/null
cmake --build build-asan -j"$jobs"
# halt_on_error: a report fails the test that caused it. Leaks are checked,
# except memory Graphviz's font and plugin libraries keep until exit
# (fuzz/lsan.supp).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
ctest --test-dir build-asan --output-on-failure -j"$jobs"

echo "== fuzzing, ${fuzz_seconds}s per target"
for target in extract ingest; do
  # New inputs go to a scratch directory; fuzz/corpus/ keeps the hand-written seeds.
  scratch="$(mktemp -d)"
  log="build-asan/fuzz/fuzz_$target.log"
  status=0
  build-asan/fuzz/fuzz_"$target" -max_total_time="$fuzz_seconds" -max_len=8192 -timeout=30 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=build-asan/fuzz/crash-"$target"- \
    "$scratch" fuzz/corpus/"$target" >"$log" 2>&1 || status=$?
  rm -rf "$scratch"
  grep -E "^(Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)" "$log" | sed "s/^/fuzz_$target: /" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$log" >&2
    echo "fuzz_$target failed (exit $status); reproducer in build-asan/fuzz/crash-$target-*" >&2
    exit 1
  fi
done
echo "fuzzing: no crashes"
