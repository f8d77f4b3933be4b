#!/usr/bin/env bash
# Summary of hold-model.sh's runs: bench/hold-summary.sh runs.tsv results.tsv E
# Per P: each engine's median, min and max events/s (wall clock), the peak RSS, the ratio Java/ns-3
# of the medians and the median of the ratios of runs made side by side (same rep), and whether the
# target (Java >= 2x ns-3's PriorityQueueScheduler) is met. Fails when a Java run did not reproduce
# the spec's values or the two engines' checksums differ.
set -euo pipefail
runs=$1
results=$2
E=$3

awk -F'\t' -v results="$results" -v E="$E" '
function median(list,   n, a, i, j, t) {
  n = split(list, a, " ")
  for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function lo(list,   n, a, i, m) { n = split(list, a, " "); m = a[1] + 0; for (i = 2; i <= n; i++) if (a[i] + 0 < m) m = a[i] + 0; return m }
function hi(list,   n, a, i, m) { n = split(list, a, " "); m = a[1] + 0; for (i = 2; i <= n; i++) if (a[i] + 0 > m) m = a[i] + 0; return m }
{
  delete f
  for (i = 1; i <= NF; i++) { k = substr($i, 1, index($i, "=") - 1); f[k] = substr($i, index($i, "=") + 1) }
  en = f["bench_engine"]; p = f["P"]
  if (!(p in seen)) { seen[p] = 1; order[++np] = p }
  eps[en, p] = eps[en, p] " " f["events_per_s"]
  cpu[en, p] = cpu[en, p] " " f["cpu_events_per_s"]
  rate[en, p, f["rep"]] = f["events_per_s"]
  reps[p] = reps[p] " " f["rep"]
  if (f["time_maxrss_kb"] + 0 > rss[en, p]) rss[en, p] = f["time_maxrss_kb"] + 0
  if (en == "java") { api = f["api"]; sched = f["scheduler"]; if (f["verified"] == "NO") bad = bad " java P=" p }
  if ((p, f["checksum"]) in sums) {} else { sums[p, f["checksum"]] = 1; nsum[p]++ }
  if (en == "ns3") have3 = 1
}
END {
  printf "== summary (E = %s per run; events/s over the runs, wall clock; ratio = java / ns-3 PriorityQueue,\n", E
  print "   of the medians; pair ratio = median of the runs side by side; cpu ratio = by the CPU time of the run thread)"
  printf "%-9s %-22s %-22s %8s %11s %10s %13s %s\n", "P", "java median (min-max)", "ns-3 median (min-max)", "ratio", "pair ratio", "cpu ratio", "rss kB j/n", "target 2x ns-3"
  print "scheduler\tP\tmedian_events_per_s\trss_kb" > results
  for (i = 1; i <= np; i++) {
    p = order[i]
    jm = median(eps["java", p])
    js = sprintf("%.2fM (%.2f-%.2f)", jm / 1e6, lo(eps["java", p]) / 1e6, hi(eps["java", p]) / 1e6)
    printf "%s-%s\t%s\t%.0f\t%d\n", sched, api, p, jm, rss["java", p] >> results
    if (have3) {
      nm = median(eps["ns3", p])
      ns = sprintf("%.2fM (%.2f-%.2f)", nm / 1e6, lo(eps["ns3", p]) / 1e6, hi(eps["ns3", p]) / 1e6)
      pr = ""
      n = split(reps[p], r, " ")
      for (k = 1; k <= n; k++) if (!(r[k] in done)) { done[r[k]] = 1; if (rate["ns3", p, r[k]] > 0) pr = pr " " rate["java", p, r[k]] / rate["ns3", p, r[k]] }
      delete done
      pm = median(pr)
      verdict = (jm / nm >= 2) ? "met" : "NOT met"
      cn = median(cpu["ns3", p])
      cr = cn > 0 ? sprintf("%.2fx", median(cpu["java", p]) / cn) : "-"
      printf "%-9s %-22s %-22s %7.2fx %10.2fx %10s %13s %s\n", p, js, ns, jm / nm, pm, cr, rss["java", p] "/" rss["ns3", p], verdict
      printf "ns3-priority\t%s\t%.0f\t%d\n", p, nm, rss["ns3", p] >> results
    } else {
      printf "%-9s %-22s %-22s %8s %11s %10s %13s %s\n", p, js, "absent", "-", "-", "-", rss["java", p], "not measurable without ns-3"
    }
    if (nsum[p] > 1) bad = bad " checksums differ at P=" p
  }
  if (bad != "") { print "FAILED:" bad > "/dev/stderr"; exit 1 }
  print "every run reproduced the same final_time_ns and checksum per P (java: verified against the spec)"
}' "$runs"
echo "files: $runs, $results"
