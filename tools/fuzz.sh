#!/usr/bin/env bash
# Run every fuzz target built by `make fuzz` for a set time.
#
#   tools/fuzz.sh BUILD SECONDS [SEED]
#
# SEED (libFuzzer's -seed) makes a short run repeatable: CI passes one, so
# that whether it lands does not hang on the luck of the draw; without it
# each run explores afresh.
# Each BUILD/fuzz/fuzz_NAME runs on the corpus BUILD/corpus/NAME (kept
# between runs, so coverage grows), seeded each time from the inputs listed
# below and from tests/fuzz-regress/NAME/.  Crashes, leaks, timeouts and
# out-of-memory inputs go to BUILD/artifacts/NAME/.  Prints one line per
# target, "fuzz: NAME runs=N time=Ts crashes=N", and exits non-zero if any
# target found something.
set -u
cd "$(dirname "$0")/.."
build=${1:-build-fuzz} secs=${2:-60} seed=${3:-}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

seeds() { # name: the seed files for that target (those that exist)
  case $1 in
    parse) ls tests/fixtures/*.txt sample-reports/*.txt tests/screens/data/*.txt tests/cli/data/*.txt ;;
    theme) ls themes/*.yaml ;;
    *) ls fuzz/seeds/"$1"/* ;;
  esac 2>/dev/null
  ls tests/fuzz-regress/"$1"/* 2>/dev/null
}

summary="" failed=0
for bin in "$build"/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=${bin##*/fuzz_}
  corpus="$build/corpus/$name" artifacts="$build/artifacts/$name" log="$build/fuzz-$name.log"
  mkdir -p "$corpus" "$artifacts"
  seeds "$name" | while read -r f; do cp "$f" "$corpus/"; done
  echo "fuzz: running $name for ${secs}s (log $log)"
  stamp="$build/.fuzz-start-$name"
  touch "$stamp"
  start=$(date +%s)
  "$bin" -max_total_time="$secs" ${seed:+-seed="$seed"} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  crashes=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
    -o -name 'oom-*' \) -newer "$stamp" 2>/dev/null | wc -l)
  if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes=1; fi
  line="fuzz: $name runs=${runs:-0} time=${elapsed}s crashes=$crashes"
  if [ "$crashes" -ne 0 ]; then
    failed=1
    line="$line (exit $rc; see $log and $artifacts/)"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: )' "$log" | head -n 5 | sed 's/^/    /'
  fi
  summary="$summary$line"$'\n'
done
printf '%s' "$summary"
[ -n "$summary" ] || { echo "fuzz: no targets in $build/fuzz" >&2; exit 1; }
exit $failed
