#!/usr/bin/env bash
# Start-up time of a Plateau distribution (issue 15, "End to end"): the wall time of
#   plateau run examples/semantic-development.plateau --out DIR,  plateau examples,  plateau --help
# as a user runs them (JAVA_HOME as in the caller's environment), median and min of N runs per command, the
# commands and the products interleaved round-robin (this machine has 2 cores and other work runs: a noisy
# neighbour then slows every variant alike). Each product gets a fresh start-up cache (XDG_CACHE_HOME in a temporary
# folder): one untimed warm-up of each command first, which trains the cache; the script waits for its background
# assembly. Also prints the first run with an empty cache and the run with --no-figures.
#   releng/startup/measure.sh [-n N] PRODUCT_DIR [OTHER_PRODUCT_DIR ...]     (N defaults to 5)
# e.g. releng/startup/measure.sh releng/org.plateau.product/target/products/org.plateau.product/linux/gtk/x86_64/plateau
set -euo pipefail
n=5
if [ "${1:-}" = -n ]; then n="$2"; shift 2; fi
[ $# -ge 1 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
products=()
for p in "$@"; do
  [ -x "$p/plateau" ] || { echo "measure: $p/plateau is not a Plateau distribution's start script" >&2; exit 2; }
  products+=("$(cd "$p" && pwd)")
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
commands=("run examples/semantic-development.plateau --out @OUT" "run examples/semantic-development.plateau --no-figures --out @OUT"
  "examples" "--help")

# once P I COMMAND: runs it, prints the wall time in seconds; a failure stops the measurement
once() {
  local p="$1" i="$2" out="$work/out" start end args
  rm -rf "$out"
  read -r -a args <<< "${3//@OUT/$out}"
  start="$(date +%s.%N)"
  if ! XDG_CACHE_HOME="$work/cache-$i" "${products[$i]}/plateau" "${args[@]}" >"$work/stdout" 2>"$work/stderr"; then
    echo "measure: '${products[$i]}/plateau ${args[*]}' failed:" >&2; tail -n 20 "$work/stderr" >&2; exit 1
  fi
  end="$(date +%s.%N)"
  awk -v start="$start" -v end="$end" 'BEGIN { printf "%.3f\n", end - start }'
}
# the cache's background assembly (plateau's aot_training) ends by removing its lock folder
settle() {
  local waited=0
  while compgen -G "$work/cache-$1/plateau/*.lock" >/dev/null && [ "$waited" -lt 120 ]; do sleep 1; waited=$((waited + 1)); done
}
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %.2f s  min %.2f s  (%d runs)", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], NR }'; }

for i in "${!products[@]}"; do
  first="$(once "${products[$i]}" "$i" "${commands[0]}")"
  settle "$i"
  echo "${products[$i]}: first run with an empty start-up cache $(printf '%.2f' "$first") s"
  for c in "${commands[@]}"; do once "${products[$i]}" "$i" "$c" >/dev/null; settle "$i"; done
done
for round in $(seq "$n"); do
  for i in "${!products[@]}"; do
    for c in "${!commands[@]}"; do
      once "${products[$i]}" "$i" "${commands[$c]}" >>"$work/times-$i-$c"
    done
  done
  echo "round $round of $n done" >&2
done
for i in "${!products[@]}"; do
  echo "${products[$i]}"
  for c in "${!commands[@]}"; do
    printf '  %-66s %s\n' "plateau ${commands[$c]//@OUT/DIR}" "$(stats <"$work/times-$i-$c")"
  done
done
