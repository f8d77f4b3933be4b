#!/usr/bin/env bash
# Benchmark: wall time of `./sim run scenarios/vote.yaml` once built (JVM start included).
# Usage: bench/sim-run-time.sh [runs]   (default 10). Prints each run and the median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
./sim run scenarios/vote.yaml >/dev/null   # builds on first use; not timed
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./sim run scenarios/vote.yaml >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs runs: ${sorted[$((runs / 2))]} ms (min ${sorted[0]} ms, max ${sorted[$((runs - 1))]} ms)"
