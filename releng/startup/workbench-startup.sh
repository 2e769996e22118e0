#!/usr/bin/env bash
# Start-up of the workbench to a usable window (issue 19, item 8): the wall time from starting `plateau` to the moment
# its window is open and the event loop has handled what the start queued (the workbench's start-up probe,
# -Dplateau.startupProbe=FILE, writes that moment and closes the workbench). Four cases, N launches each, median and
# minimum:
#   cold       a fresh configuration area (a pristine copy of the distribution), a new workspace and no start-up cache
#              (XDG_CACHE_HOME empty): a first launch,
#              which shows the welcome page with the example gallery; and the same without the welcome page
#   warm       the same configuration area and workspace again, nothing open; the start-up cache that the workbench
#              records in its first session (JDK 25+, see the start script) is there
#   restoring  a workspace left with 4 experiments open in editors and their runs in the Plots view
#              (semantic-development, saxe-2014-sigmoids, generalization-alpha-1, lazy-to-rich-rich, each run once
#              headless into the workspace's runs folder first)
# Without a display it runs itself under xvfb-run.
#   releng/startup/workbench-startup.sh [-n N] [PRODUCT_DIR]      (N defaults to 5)
set -euo pipefail
n=5
if [ "${1:-}" = -n ]; then n="$2"; shift 2; fi
product="${1:-releng/org.plateau.product/target/products/org.plateau.product/linux/gtk/x86_64/plateau}"
[ -x "$product/plateau" ] || { echo "workbench-startup: $product/plateau is not a Plateau distribution's start script" >&2; exit 2; }
product="$(cd "$product" && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "workbench-startup: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 2; }
  exec xvfb-run -a -s "-screen 0 1280x900x24" "$0" -n "$n" "$product"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the distribution as built, before any launch wrote into its configuration area
cp -a "$product" "$work/pristine"
cp -a "$product" "$work/warm"

# launch DIST WORKSPACE [PROPERTIES...]: starts the workbench, prints the seconds to a usable window
launch() {
  local dist="$1" workspace="$2" start ready
  shift 2
  rm -f "$work/probe"
  start="$(date +%s%N)"
  if ! XDG_CACHE_HOME="${cache:-$work/cache}" PLATEAU_WORKSPACE="$workspace" \
      PLATEAU_VM_ARGS="-Xmx4g -Dplateau.startupProbe=$work/probe $*" "$dist/plateau" >"$work/stdout" 2>"$work/stderr"; then
    echo "workbench-startup: the workbench of $dist failed:" >&2; tail -n 20 "$work/stderr" >&2; exit 1
  fi
  [ -f "$work/probe" ] || { echo "workbench-startup: the workbench ended without reaching a usable window" >&2; exit 1; }
  ready="$(sed -n 's/^ready=//p' "$work/probe")"
  awk -v start="$start" -v ready="$ready" 'BEGIN { printf "%.3f\n", ready / 1000 - start / 1e9 }'
}
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %.2f s  min %.2f s  (%d launches)", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], NR }'; }

# the workspace to restore: four experiments with a run each, opened once and left so
restore="$work/restoring"
mkdir -p "$restore/runs"
examples=(semantic-development saxe-2014-sigmoids generalization-alpha-1 lazy-to-rich-rich)
for name in "${examples[@]}"; do
  cp "$(dirname "$0")"/../../bundles/*/examples/"$name".plateau "$restore/"
  if ! XDG_CACHE_HOME="$work/cache" "$work/warm/plateau" run "$restore/$name.plateau" --out "$restore/runs/$name/20260101-000000" >"$work/run.log" 2>&1; then
    echo "workbench-startup: the headless run of $name failed:" >&2; tail -n 20 "$work/run.log" >&2; exit 1
  fi
done
launch "$work/warm" "$restore" -Dplateau.welcome=false "-Dplateau.startupProbe.open=$(IFS=,; echo "${examples[*]}")" >/dev/null
grep -q '^opened=' "$work/probe" || { echo "workbench-startup: the restoring workspace could not be prepared: $(cat "$work/probe")" >&2; exit 1; }
launch "$work/warm" "$work/warm-workspace" -Dplateau.welcome=false >/dev/null
# the first session recorded the start-up cache (JDK 25+), assembled in the background after it closed: wait for it
settled() {
  for _ in $(seq 240); do
    compgen -G "$1/plateau/*.lock" >/dev/null || return 0
    sleep 0.5
  done
}
settled "$work/cache"

for round in $(seq "$n"); do
  # cold: a first launch, so no start-up cache either (a cache of its own, emptied each time)
  rm -rf "$work/cold" "$work/cold-workspace" "$work/cold-cache"
  cp -a "$work/pristine" "$work/cold"
  cache="$work/cold-cache" launch "$work/cold" "$work/cold-workspace" >>"$work/times-cold"
  settled "$work/cold-cache" # its cache is assembled after it: not while the next launch is timed
  rm -rf "$work/cold" "$work/cold-workspace" "$work/cold-cache"
  cp -a "$work/pristine" "$work/cold"
  cache="$work/cold-cache" launch "$work/cold" "$work/cold-workspace" -Dplateau.welcome=false >>"$work/times-cold-plain"
  settled "$work/cold-cache"
  launch "$work/warm" "$work/warm-workspace" -Dplateau.welcome=false >>"$work/times-warm"
  launch "$work/warm" "$restore" -Dplateau.welcome=false >>"$work/times-restoring"
  echo "round $round of $n done" >&2
done
echo "$product"
printf '  %-62s %s\n' "cold (fresh configuration area, first launch, welcome page)" "$(stats <"$work/times-cold")"
printf '  %-62s %s\n' "cold, without the welcome page" "$(stats <"$work/times-cold-plain")"
printf '  %-62s %s\n' "warm (nothing open)" "$(stats <"$work/times-warm")"
printf '  %-62s %s\n' "restoring 4 editors with their runs in the Plots view" "$(stats <"$work/times-restoring")"
