#!/usr/bin/env bash
# Hold-model benchmark of the event loop, as /work/shared/bench/hold-model.md defines it.
#
# Usage: bench/hold-model.sh [runs]        (default 3 runs per P)
#   env: PS="1000 100000 1000000"  E=10000000  API=long|runnable  JAVA_FLAGS="..." (defaults below)
#
# Builds the bench module (mvn -Pbench, offline), then runs one fresh JVM per run, interleaved
# round-robin (rep, then P), never two at once. Prints the machine, each run's spec line
# (section 9: final_time_ns, checksum, events/s, ...; verified=yes when the spec's reference
# values match), then per P the median, min and max events/s (wall clock, the headline; the
# median by the loop thread's CPU time next to it), the peak RSS (/usr/bin/time -v)
# and the ratio to the target (2x ns-3 3.37's fastest scheduler, PriorityQueue, section 11).
# Output files: bench/target/hold-model/runs.tsv (every run) and results.tsv (spec summary).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
PS="${PS:-1000 100000 1000000}"
E="${E:-10000000}"
API="${API:-long}"
JAVA_FLAGS="${JAVA_FLAGS:--Xms2g -Xmx2g -XX:+UseParallelGC -XX:+UseTransparentHugePages}"
out=bench/target/hold-model

# ns-3 3.37 PriorityQueue scheduler, median events/s on these machines (spec section 11).
ns3_fastest() {
  case "$1" in
    1000) echo 5400000 ;;
    100000) echo 2400000 ;;
    1000000) echo 1520000 ;;
    *) echo 0 ;;
  esac
}

mvn -q -B -Pbench -pl bench -am package -DskipTests
cp_="bench/target/classes:sim-engine/target/classes"
mkdir -p "$out"
: > "$out/runs.tsv"

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc: $(nproc)"
echo "os: $(uname -srm)$( [ -r /etc/os-release ] && . /etc/os-release && echo ", $PRETTY_NAME")"
java -version 2>&1 | sed 's/^/java: /'
echo "jvm flags: $JAVA_FLAGS"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $runs per P, E=$E, seed=1, api=$API"
echo

echo "== runs"
have_time=0
[ -x /usr/bin/time ] && have_time=1
for rep in $(seq "$runs"); do
  for P in $PS; do
    err=$(mktemp)
    if [ "$have_time" = 1 ]; then
      # shellcheck disable=SC2086
      line=$(/usr/bin/time -v java $JAVA_FLAGS -cp "$cp_" io.swarmsim.bench.hold.HoldModelMain "$P" "$E" 1 "$API" 2>"$err") || { cat "$err" >&2; exit 1; }
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$err")
    else
      # shellcheck disable=SC2086
      line=$(java $JAVA_FLAGS -cp "$cp_" io.swarmsim.bench.hold.HoldModelMain "$P" "$E" 1 "$API" 2>"$err") || { cat "$err" >&2; exit 1; }
      rss=$(printf '%s\n' "$line" | tr '\t' '\n' | awk -F= '$1 == "maxrss_kb" {print $2}')
    fi
    rm -f "$err"
    echo "rep=$rep	$line	time_maxrss_kb=$rss"
    echo "rep=$rep	$line	time_maxrss_kb=$rss" >> "$out/runs.tsv"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "== summary (events/s over $runs runs, wall clock; spread = (max-min)/median; cpu_median = loop"
echo "   thread's CPU time, for busy machines; target = 2 x ns-3 PriorityQueue at E=10,000,000)"
printf 'scheduler\tP\tmedian_events_per_s\trss_kb\n' > "$out/results.tsv"
printf '%-9s %12s %12s %12s %8s %10s %12s %8s %s\n' P median min max spread cpu_median rss_kb target median/target
for P in $PS; do
  vals=$(awk -v p="$P" -F'\t' '{ f = ""; r = ""; for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "P") f = kv[2]; if (kv[1] == "events_per_s") v = kv[2]; if (kv[1] == "cpu_events_per_s") c = kv[2]; if (kv[1] == "time_maxrss_kb") r = kv[2] } if (f == p) print v, r, c }' "$out/runs.tsv" | sort -n)
  n=$(printf '%s\n' "$vals" | wc -l)
  median=$(printf '%s\n' "$vals" | awk -v n="$n" 'NR == int((n + 1) / 2) {print $1}')
  min=$(printf '%s\n' "$vals" | head -1 | cut -d' ' -f1)
  max=$(printf '%s\n' "$vals" | tail -1 | cut -d' ' -f1)
  rss=$(printf '%s\n' "$vals" | cut -d' ' -f2 | sort -n | tail -1)
  cpu=$(printf '%s\n' "$vals" | cut -d' ' -f3 | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2) {print $1}')
  sched=$(awk -F'\t' '{ for (i = 1; i <= NF; i++) if ($i ~ /^scheduler=/) { sub(/^scheduler=/, "", $i); print $i; exit } }' "$out/runs.tsv")
  target=$(( 2 * $(ns3_fastest "$P") ))
  awk -v P="$P" -v med="$median" -v mn="$min" -v mx="$max" -v rss="$rss" -v tg="$target" -v cpu="$cpu" 'BEGIN {
    spread = med > 0 ? sprintf("%.0f%%", 100 * (mx - mn) / med) : "-";
    ratio = tg > 0 ? sprintf("%.2fx %s", med / tg, med >= tg ? "met" : "NOT met") : "-";
    printf "%-9s %11.2fM %11.2fM %11.2fM %8s %9.2fM %12s %7.2fM %s\n", P, med / 1e6, mn / 1e6, mx / 1e6, spread, cpu / 1e6, rss, tg / 1e6, ratio }'
  printf '%s\t%s\t%s\t%s\n' "$sched" "$P" "$median" "$rss" >> "$out/results.tsv"
done
echo "files: $out/runs.tsv, $out/results.tsv"
if grep -q 'verified=NO' "$out/runs.tsv"; then
  echo "SOME RUNS DID NOT REPRODUCE THE SPEC'S final_time_ns/checksum" >&2
  exit 1
fi
