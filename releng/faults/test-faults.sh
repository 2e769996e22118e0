#!/usr/bin/env bash
# Fault tests against a built distribution (docs/reliability.md): what kill -9 mid-run, two writers on one folder, a
# stale lock, a full disk and an exhausted heap leave on disk and print. Each check prints PASS or FAIL (SKIPPED with
# the reason where the machine does not allow it); the script exits 1 if any check failed, and then keeps its
# folder for a look. About a minute. Run by `./plateau test` after the Slurm tests.
#   releng/faults/test-faults.sh [PLATEAU]   PLATEAU: the distribution's plateau command (default: the one built here)
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
plateau="${1:-$repo/releng/org.plateau.product/target/products/org.plateau.product/linux/gtk/x86_64/plateau/plateau}"
example="$repo/bundles/org.plateau.family.deeplinear/examples/semantic-development.plateau"
[ -x "$plateau" ] || { echo "faults: no built distribution at $plateau (./plateau build makes one)" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || { echo "faults: python3 is needed to check JSON (apt-get install python3)" >&2; exit 1; }
work="$(mktemp -d /tmp/plateau-faults.XXXXXX)"
cd "$work" || exit 1

failed=0
background=()
full="$work/full"
cleanup() {
  for pid in "${background[@]}"; do kill -9 "$pid" 2>/dev/null; done
  mountpoint -q "$full" 2>/dev/null && umount "$full"
  if [ "$failed" = 0 ]; then rm -rf "$work"; else echo "faults: the failed checks' folders and logs are in $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pass() { echo "faults: PASS: $1"; }
# fail WHAT [LOG]: the last lines of LOG, if given, show what plateau said
fail() {
  echo "faults: FAIL: $1"
  failed=$((failed + 1))
  if [ -n "${2:-}" ] && [ -s "$2" ]; then tail -n 4 "$2" | cut -c 1-300 | sed 's/^/    | /'; fi
}
skip() { echo "faults: SKIPPED: $1"; }
# verdict STATUS WHAT [LOG]: PASS when STATUS (of the test just made) is 0
verdict() { if [ "$1" = 0 ]; then pass "$2"; else fail "$2" "${3:-}"; fi; }

# wait_lines FILE N SECONDS PID: until FILE has N lines; false after SECONDS or when PID has ended
wait_lines() {
  local deadline=$((SECONDS + $3))
  while [ $SECONDS -lt "$deadline" ]; do
    [ -f "$1" ] && [ "$(wc -l < "$1")" -ge "$2" ] && return 0
    kill -0 "$4" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}
# finish PID SECONDS: waits for a background process and sets code to its exit code (137: killed after SECONDS)
# (stderr off: bash would report the job's death, "Killed", on it)
finish() {
  local deadline=$((SECONDS + $2))
  while kill -0 "$1" && [ $SECONDS -lt "$deadline" ]; do sleep 0.2; done
  kill -9 "$1"
  code=0
  wait "$1" || code=$?
} 2>/dev/null
# java_of PID: the Java process of a launcher started as PID (the launcher execs java, so PID itself)
java_of() {
  if [ "$(ps -o comm= -p "$1")" = java ]; then echo "$1"; else pgrep -P "$1" -x java | head -n 1; fi
}
# csv_complete FILE: a header first, then records with as many fields as the header; only the last may be torn
csv_complete() {
  head -n 1 "$1" | grep -q '^step,' || return 1
  awk -F, 'NR == 1 { n = NF; next }
           NR > 2 && previous != n { bad = 1 }
           { previous = NF }
           END { exit (bad || NR < 3) }' "$1"
}
json_valid() { python3 -m json.tool "$1" >/dev/null 2>&1; }
# status_is MANIFEST STATUS
status_is() {
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])).get("status") != sys.argv[2])' "$1" "$2" 2>/dev/null
}
no_stack_trace() { ! grep -Eq '^[[:space:]]+at [a-zA-Z_$][a-zA-Z0-9_$.]*\(|Exception in thread|^Caused by:' "$1"; }

# An experiment long enough to be stopped while it trains (50 000 000 steps; one record every 5 steps as before)
long="$work/long.plateau"
sed 's/steps="1000"/steps="50000000"/' "$example" > "$long"
grep -q 'steps="50000000"' "$long" || { fail "cannot make a long experiment from $example"; exit 1; }
echo "faults: testing $plateau in $work"

# a. kill -9 mid-run: the folder holds what was computed, and says the run was interrupted
a="$work/a"
"$plateau" run "$long" --out "$a" --no-figures > a-run.log 2>&1 &
pid=$!
background+=("$pid")
wait_lines "$a/metrics.csv" 3 60 "$pid"
verdict $? "a: metrics.csv has records while the run trains (written as computed)" a-run.log
java="$(java_of "$pid")"
[ "$java" = "$pid" ]
verdict $? "a: the launcher execs java (process $pid is $(ps -o comm= -p "$pid"))"
kill -9 "${java:-$pid}" 2>/dev/null
finish "$pid" 20
[ -f "$a/metrics.csv" ] && csv_complete "$a/metrics.csv"
verdict $? "a: after kill -9, metrics.csv has its header and complete records (only the last line may be torn)"
json_valid "$a/manifest.json" && status_is "$a/manifest.json" RUNNING
verdict $? "a: after kill -9, manifest.json is valid JSON with status RUNNING"
[ -s "$a/experiment.plateau" ]
verdict $? "a: after kill -9, experiment.plateau is there"
[ -f "$a/.plateau.lock" ]
verdict $? "a: after kill -9, the (stale) .plateau.lock is left"
"$plateau" run "$long" --out "$a" --steps 100 > a-rerun.log 2>&1
code=$?
[ "$code" = 1 ] && grep -qi interrupted a-rerun.log
verdict $? "a: a rerun into the interrupted folder without --force is refused, saying it was interrupted (exit $code)" a-rerun.log
"$plateau" run "$long" --out "$a" --force --steps 100 > a-force.log 2>&1
code=$?
[ "$code" = 0 ] && status_is "$a/manifest.json" COMPLETED && [ ! -e "$a/.plateau.lock" ]
verdict $? "a: with --force it completes (exit $code), COMPLETED in the manifest, no lock left" a-force.log

# b. two writers on one folder: the second is refused; SIGTERM to the first keeps its partial results
b="$work/b"
"$plateau" run "$long" --out "$b" --no-figures > b-first.log 2>&1 &
pid=$!
background+=("$pid")
wait_lines "$b/metrics.csv" 3 60 "$pid"
verdict $? "b: the first writer has records in metrics.csv" b-first.log
grep -qw "$pid" "$b/.plateau.lock" 2>/dev/null
verdict $? "b: the first writer holds .plateau.lock, with its pid $pid"
"$plateau" run "$long" --out "$b" --force --steps 100 > b-second.log 2>&1
code=$?
[ "$code" = 1 ] && grep -qi "in use" b-second.log && grep -qw "$pid" b-second.log
verdict $? "b: a second writer (even with --force) is refused: exit 1 (was $code), 'in use' and the first's pid $pid" b-second.log
kill -TERM "$pid" 2>/dev/null
finish "$pid" 20
[ "$code" = 143 ]
verdict $? "b: the first writer ends on SIGTERM with exit code 143 (was $code)" b-first.log
json_valid "$b/manifest.json" && status_is "$b/manifest.json" CANCELLED && [ -s "$b/metrics.csv" ]
verdict $? "b: after SIGTERM, the manifest says CANCELLED and the partial metrics are kept"
[ ! -e "$b/.plateau.lock" ]
verdict $? "b: after SIGTERM, the lock is removed"

# c. a stale lock: this host, a process that does not exist
c="$work/c"
mkdir -p "$c"
dead=$(($(cat /proc/sys/kernel/pid_max) - 1))
while [ -e "/proc/$dead" ]; do dead=$((dead - 1)); done
printf 'host=%s\npid=%s\nstarted=%s\npurpose=run\n' "$(hostname)" "$dead" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$c/.plateau.lock"
"$plateau" run "$long" --out "$c" --force --steps 100 --no-figures > c.log 2>&1
code=$?
[ "$code" = 0 ] && grep -qi stale c.log && [ ! -e "$c/.plateau.lock" ]
verdict $? "c: a stale lock (process $dead on $(hostname), gone) is broken with a warning, and the run completes (exit $code)" c.log

# d. a full disk: a 300 KiB file system
if [ "$(id -u)" != 0 ]; then
  skip "d: full disk: mounting a small tmpfs needs root"
elif ! { mkdir -p "$full" && mount -t tmpfs -o size=300k tmpfs "$full" 2> d-mount.log; }; then
  skip "d: full disk: cannot mount a tmpfs here ($(head -n 1 d-mount.log))"
else
  timeout 120 "$plateau" run "$long" --out "$full/out" --steps 200000 --no-figures > d.log 2>&1
  code=$?
  [ "$code" = 1 ] && grep -Eqi 'no space left|disk is full' d.log
  verdict $? "d: a full disk ends the run with exit 1 (was $code), saying the disk is full" d.log
  grep -Eq "$full/out/[^[:space:]:]+|metrics\.csv|theory\.csv|manifest\.json|experiment\.plateau|snapshots/" d.log
  verdict $? "d: the full-disk message names the file it could not write" d.log
  [ -z "$(find "$full" -name '*.tmp')" ]
  verdict $? "d: no temporary file is left on the full disk"
  no_stack_trace d.log
  verdict $? "d: no stack trace" d.log
  bad=0
  while IFS= read -r manifest; do json_valid "$manifest" || bad=1; done < <(find "$full" -name manifest.json)
  [ "$bad" = 0 ]
  verdict $? "d: every manifest.json on the full disk is valid JSON ($(find "$full" -name manifest.json | wc -l) found)"
  umount "$full"
fi

# e. not enough memory: refused before anything is allocated or created, and a real OutOfMemoryError is reported
sed 's/hiddenWidth="16"/hiddenWidth="200000000"/' "$example" > wide.plateau
mkdir -p e-cwd
(cd e-cwd && "$plateau" run ../wide.plateau --out "$work/e" --no-figures) > e.log 2>&1
code=$?
[ "$code" = 1 ] && grep -qi "hidden width" e.log && grep -q GiB e.log && grep -q PLATEAU_VM_ARGS e.log
verdict $? "e: hidden width 200000000 is refused (exit $code) naming the field, the size in GiB and PLATEAU_VM_ARGS" e.log
[ ! -e "$work/e" ] && [ -z "$(ls -A e-cwd)" ]
verdict $? "e: the refused run created no results folder"
# 900 000 points (under the 1 000 000-point limit) whose plan does not fit in a 64 MiB heap
cp "$example" base.plateau
cat > huge.sweep <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<plateau:Sweep xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
    xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="huge">
  <base href="base.plateau#/"/>
  <axes featurePath="training.learningRate" spacing="LINEAR" from="0.001" to="0.01" count="1000"/>
  <axes featurePath="initialisation.a0" spacing="LINEAR" from="0.0001" to="0.001" count="900"/>
</plateau:Sweep>
EOF
PLATEAU_VM_ARGS=-Xmx64m timeout 60 "$plateau" sweep huge.sweep --out "$work/e-sweep" --no-figures --jobs 1 > e-sweep.log 2>&1
code=$?
[ "$code" = 4 ] && [ "$(grep -ci 'out of memory' e-sweep.log)" = 1 ] && no_stack_trace e-sweep.log
verdict $? "e: a sweep that exhausts a 64 MiB heap ends with exit 4 (was $code) and one line saying 'out of memory'" e-sweep.log

if [ "$failed" = 0 ]; then echo "faults: all fault checks passed"; else echo "faults: $failed check(s) FAILED"; exit 1; fi
