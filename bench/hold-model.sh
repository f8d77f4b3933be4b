#!/usr/bin/env bash
# Hold-model benchmark of the event loop, as /work/shared/bench/hold-model.md defines it, side by
# side with ns-3's fastest queue (PriorityQueueScheduler) when ns-3 can be built here.
#
# Usage: bench/hold-model.sh [runs]        (default 3 runs per P and engine)
#   env: PS="1000 100000 1000000"  E=10000000  API=long|runnable  NS3=auto|no
#
# The Java side is the engine as the simulator runs it: the JVM flags are the ones `./sim` passes
# (read from its `java_flags=` line), and API=long (the default) is what every packet hop of the
# simulator does: `schedule(delay, EventType, slot)` on an event type registered once, the event's
# value waiting in a `Slots` entry that the handler takes and frees. API=runnable (`schedule(delay, Runnable)`, one lambda per event) is what only
# the applications' timers use (a few per request); its figures are labelled with api=runnable.
#
# ns-3: bench/ns3-hold (hold.cc, from the shared anchor benchmark) is built into
# bench/target/ns3-hold by its build.sh (Debian's libns3-dev; as root it apt-installs it). If that
# fails, the Java runs go on alone and the report says ns-3 is absent.
#
# Runs are fresh processes, one at a time, interleaved: rep, then P, then engine (Java, ns-3).
# Prints the machine, each run's spec line (verified=yes when final_time_ns/checksum equal the
# spec's section 9, for both engines), then per P the median/min/max events/s of each engine, the
# ratio Java/ns-3 of the medians and the median of the per-pair ratios, and whether the target
# (2x ns-3) is met. Files: bench/target/hold-model/runs.tsv (every run), results.tsv (spec summary).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
PS="${PS:-1000 100000 1000000}"
E="${E:-10000000}"
API="${API:-long}"
NS3="${NS3:-auto}"
out=bench/target/hold-model

# shellcheck source=bench/sim-java-flags.sh
. bench/sim-java-flags.sh

mvn -q -B -Pbench -pl bench -am package -DskipTests
cp_="bench/target/classes:sim-engine/target/classes"
mkdir -p "$out"
: > "$out/runs.tsv"

ns3_bin=""
ns3_why="NS3=no"
if [ "$NS3" != no ]; then
  rm -rf bench/target/ns3-hold && cp -r bench/ns3-hold bench/target/ns3-hold
  if bench/target/ns3-hold/build.sh > "$out/ns3-build.log" 2>&1; then
    ns3_bin=bench/target/ns3-hold/hold
  else
    ns3_why="could not be built here ($(tail -1 "$out/ns3-build.log"))"
  fi
fi

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc: $(nproc)"
echo "os: $(uname -srm)$( [ -r /etc/os-release ] && . /etc/os-release && echo ", $PRETTY_NAME")"
java -version 2>&1 | sed 's/^/java: /'
echo "jvm flags (./sim's): ${SIM_JAVA_FLAGS[*]:-none}"
if [ -n "$ns3_bin" ]; then
  echo "ns-3: $(pkg-config --modversion ns3-core) (Debian libns3-dev $(dpkg-query -W -f='${Version}' libns3-dev 2>/dev/null)), PriorityQueueScheduler, $(g++ --version | head -1), -O2"
else
  echo "ns-3: absent, $ns3_why; Java runs only"
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $runs per P and engine, E=$E, seed=1, api=$API"
echo

# One fresh process under /usr/bin/time -v; appends its spec line and peak RSS to runs.tsv.
run_one() { # rep engine command...
  local rep=$1 engine=$2 err line rss
  shift 2
  err=$(mktemp)
  line=$(/usr/bin/time -v "$@" 2>"$err") || { cat "$err" >&2; rm -f "$err"; exit 1; }
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$err")
  rm -f "$err"
  printf 'rep=%s\tbench_engine=%s\t%s\ttime_maxrss_kb=%s\n' "$rep" "$engine" "$line" "$rss" | tee -a "$out/runs.tsv"
}

echo "== runs"
[ -x /usr/bin/time ] || { echo "hold-model.sh: needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
for rep in $(seq "$runs"); do
  for P in $PS; do
    run_one "$rep" java java "${SIM_JAVA_FLAGS[@]}" -cp "$cp_" io.swarmsim.bench.hold.HoldModelMain "$P" "$E" 1 "$API"
    if [ -n "$ns3_bin" ]; then
      run_one "$rep" ns3 "$ns3_bin" --scheduler=priority --pending="$P" --events="$E" --seed=1 --rng=splitmix
    fi
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

bench/hold-summary.sh "$out/runs.tsv" "$out/results.tsv" "$E"
