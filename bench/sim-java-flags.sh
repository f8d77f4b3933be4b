# Sourced by the benchmarks: sets SIM_JAVA_FLAGS to the JVM flags `./sim` passes (its java_flags=
# line), so that a benchmark's JVM runs the way the simulator's does.
# shellcheck shell=bash
eval "$(sed -n 's/^java_flags=/SIM_JAVA_FLAGS=/p' "$(dirname "${BASH_SOURCE[0]}")/../sim")"
if ! declare -p SIM_JAVA_FLAGS >/dev/null 2>&1; then
  echo "bench: no java_flags= line in ./sim" >&2
  exit 1
fi
