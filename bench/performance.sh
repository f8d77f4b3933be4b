#!/usr/bin/env bash
# The one table of README's Performance section, from one command: bench/performance.sh [runs]
#
# Runs, one after the other (never two at once): the hold model against ns-3 (hold-model.sh,
# `runs` runs per P and engine, interleaved), the start-up of `./sim run scenarios/vote.yaml`
# (sim-run-time.sh, 10 runs), and `./sim bench scale` on the generated 1,000-node cluster for both
# eras (REQUESTS requests each, default 1,000,000). Every Java figure is of a path the simulator
# runs, with ./sim's JVM flags. Prints the machine and its load, then the table in Markdown.
#   env: REQUESTS=1000000  NODES=1000  SERVICES=100  REPLICAS=100  (and hold-model.sh's PS, E, NS3)
#        TABLE_ONLY=1 prints the table again from the last run's files in bench/target/performance
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
REQUESTS="${REQUESTS:-1000000}"
NODES="${NODES:-1000}"
SERVICES="${SERVICES:-100}"
REPLICAS="${REPLICAS:-100}"
out=bench/target/performance
mkdir -p "$out"

if [ "${TABLE_ONLY:-0}" != 1 ]; then
  cut -d' ' -f1-3 /proc/loadavg > "$out/load-before.txt"
  bench/hold-model.sh "$runs" | tee "$out/hold.txt"
  bench/sim-run-time.sh 10 | tee "$out/start.txt"
  for era in 1.12 18.06; do
    ./sim bench scale --nodes "$NODES" --services "$SERVICES" --replicas "$REPLICAS" --requests "$REQUESTS" --era "$era" | tee "$out/scale-$era.txt"
  done
  cut -d' ' -f1-3 /proc/loadavg > "$out/load-after.txt"
fi
load_before=$(cat "$out/load-before.txt")
load_after=$(cat "$out/load-after.txt")

echo
echo "== table (Markdown)"
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB;" \
  "$(java -version 2>&1 | head -1); ns-3 $(grep '^ns-3:' "$out/hold.txt" | cut -c7-); ./sim's JVM flags: $(grep '^jvm flags' "$out/hold.txt" | cut -d: -f2- | sed 's/^ *//');" \
  "load average $load_before before, $load_after after; $(date -u +%F)."
echo
echo "| what | swarmsim | ns-3 (PriorityQueue) | ratio: medians, side-by-side pairs, CPU time | target |"
echo "|---|---|---|---|---|"
awk '/^== summary/ {on = 1; next} on && $1 ~ /^[0-9]+$/ {
  printf "| hold model, P = %s, events/s (median, min-max) | %s %s | %s %s | %s, %s, %s | 2x ns-3: %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, ($10 == "met" ? "met" : "not met") }' "$out/hold.txt"
sed -n 's/^median of \([0-9]*\) runs: \([0-9]*\) ms (min \([0-9]*\) ms, max \([0-9]*\) ms)/| `.\/sim run scenarios\/vote.yaml`, wall, once built (\1 runs) | median \2 ms (\3-\4) | | | < 1 s |/p' "$out/start.txt"
for era in 1.12 18.06; do
  f="$out/scale-$era.txt"
  total=$(sed -n 's/^[0-9]* VIP requests .*: \([0-9]*\) ms$/\1/p' "$f")
  build=$(sed -n 's/^build .*: \([0-9]*\) ms, .*/\1/p' "$f")
  warm=$(sed -n 's/^  warm-up *\([0-9]*\) requests: \([0-9]*\) ms wall .*/\1 requests in \2 ms/p' "$f")
  meas=$(sed -n 's/^  measured \([0-9]*\) requests: \([0-9]*\) ms wall (\([0-9]*\) requests\/s), \([0-9]*\) ms CPU, \([0-9]*\) passes per CPU second (\([0-9.]*\) us per pass), \([0-9]*\) bytes.*/then \1 in \2 ms wall, \4 ms CPU; \5 passes per CPU second (\6 us), \7 bytes allocated per request/p' "$f")
  requests=$(sed -n 's/^\([0-9]*\) VIP requests .*/\1/p' "$f")
  echo "| $requests VIP requests, $(sed -n 's/^cluster: \([0-9]*\) nodes.*/\1/p' "$f") nodes, Docker $era | $(awk -v t="$total" 'BEGIN {printf "%.1f s", t / 1000}') wall ($warm warm-up, $meas); cluster built in $build ms | | | < 10 s |"
done
