#!/usr/bin/env bash
# Headless benchmark of the GUI (io.swarmsim.gui.bench.GuiBench, in gui's test sources): the time
# from launching `sim gui scenarios/vote.yaml` to the topology on screen, and frame times with
# 1,000 packets in flight in the topology view. Runs with the java flags of `./sim gui` plus
# Monocle's headless glass; prints the numbers. Usage: bench/gui-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B -Dstyle.color=never -pl gui -am package -DskipTests
cpfile="$PWD/gui/target/gui-bench.classpath"
mvn -o -q -B -Dstyle.color=never -pl gui dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
# the reactor's freshly built jars (gui/target/lib) come before the copies in ~/.m2 the classpath file names
cp="gui/target/test-classes:gui/target/classes:gui/target/lib/*:$(tr -d '\n' < "$cpfile")"
exec java -Dprism.order="${SIM_PRISM_ORDER:-sw}" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 \
  -cp "$cp" io.swarmsim.gui.bench.GuiBench "$@"
