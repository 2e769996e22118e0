#!/usr/bin/env bash
# The Slurm backend against a real one-node Slurm on localhost (releng/slurm/local-slurm.sh), with the built
# distribution: a job array completes and is gathered; a failing point is listed and resubmitted alone; a cancelled
# sweep stops its job; --export-only submits nothing. Run by `./plateau test` after the Maven build when sbatch exists.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
plateau="$repo/releng/org.plateau.product/target/products/org.plateau.product/linux/gtk/x86_64/plateau/plateau"
[ -x "$plateau" ] || { echo "slurm-test: no built distribution at $plateau" >&2; exit 1; }
source "$repo/releng/slurm/local-slurm.sh" start
trap '"$repo/releng/slurm/local-slurm.sh" stop' EXIT
work="$(mktemp -d /tmp/plateau-slurm-test.XXXXXX)"
chmod 755 "$work"
fail() { echo "slurm-test: FAILED: $*" >&2; exit 1; }
ok() { echo "slurm-test: ok: $*"; }
cd "$work"

# 1. a job array of 11 points completes, and its results are gathered with figures
"$plateau" sweep examples/kernel-distance-lambda.sweep --slurm --out "$work/kd" > kd.log 2>&1 || { cat kd.log; fail "the job array did not complete"; }
grep -q "Submitted Slurm job" kd.log || fail "no job was submitted"
[ "$(wc -l < "$work/kd/summary.csv")" = 12 ] || fail "summary.csv has $(wc -l < "$work/kd/summary.csv") lines, 12 expected"
[ "$(grep -c COMPLETED "$work/kd/summary.csv")" = 11 ] || fail "not every point completed"
[ -s "$work/kd/figures/sweep-ntk.distance.png" ] || fail "no figure"
ls "$work"/kd/slurm/logs/*_0.out > /dev/null || fail "no task log"
ok "11 array tasks completed and gathered"

# 2. a point that fails is listed, and resubmitted alone
mkdir -p "$work/f/points"
echo "in the way" > "$work/f/points/0003"
set +e
"$plateau" sweep examples/kernel-distance-lambda.sweep --slurm --out "$work/f" > f1.log 2>&1
code=$?
set -e
[ $code = 3 ] || { cat f1.log; fail "a failed point should end with exit code 3, was $code"; }
grep -q "points without completed results: \[3\]" f1.log || { cat f1.log; fail "the failed point is not named"; }
rm "$work/f/points/0003"
"$plateau" sweep examples/kernel-distance-lambda.sweep --slurm --out "$work/f" --resubmit-failed > f2.log 2>&1 || { cat f2.log; fail "the resubmitted point did not complete"; }
grep -q "1 array tasks" f2.log || { cat f2.log; fail "more than the failed point was resubmitted"; }
grep -q -- "--array=3$" "$work"/f/slurm/array-3-1.sh || fail "the resubmission's array is not 3"
[ "$(grep -c COMPLETED "$work/f/summary.csv")" = 11 ] || fail "not every point completed after the resubmission"
ok "the failed point 3 was named, resubmitted alone and gathered"

# 3. a cancelled sweep cancels its job (job control on: a background job of a script would ignore SIGINT)
set -m
"$plateau" sweep examples/generalization-alpha.sweep --slurm --out "$work/c" > c.log 2>&1 &
pid=$!
set +m
for _ in $(seq 1 100); do grep -q "Submitted Slurm job" c.log 2>/dev/null && break; sleep 0.2; done
job="$(sed -n 's/^Submitted Slurm job \([0-9]*\):.*/\1/p' c.log)"
[ -n "$job" ] || { cat c.log; fail "the sweep to cancel was not submitted"; }
kill -INT $pid
set +e
wait $pid
code=$?
set -e
[ $code = 130 ] || { cat c.log; fail "a cancelled sweep should end with exit code 130, was $code"; }
for _ in $(seq 1 50); do [ -z "$(squeue -h -j "$job" -t pending,running 2>/dev/null)" ] && break; sleep 0.2; done
[ -z "$(squeue -h -j "$job" -t pending,running 2>/dev/null)" ] || fail "job $job still runs after the cancel"
ok "the cancelled sweep cancelled job $job"

# 4. --export-only writes the script and the point table and submits nothing
before="$(squeue -h -t all | wc -l)"
"$plateau" sweep examples/kernel-distance-lambda.sweep --slurm --export-only --partition debug --time 00:10:00 \
  --cpus 1 --mem 1G --sbatch-option=--comment=plateau --out "$work/e" > e.log 2>&1 || { cat e.log; fail "export-only failed"; }
script="$work/e/slurm/array-0-11.sh"
for line in "#SBATCH --array=0-10" "#SBATCH --partition=debug" "#SBATCH --time=00:10:00" "#SBATCH --cpus-per-task=1" \
    "#SBATCH --mem=1G" "#SBATCH --comment=plateau"; do
  grep -qx -- "$line" "$script" || fail "the script lacks '$line'"
done
[ -s "$work/e/points.csv" ] && [ -s "$work/e/sweep.sweep" ] && [ -s "$work/e/base.plateau" ] || fail "the folder lacks its point table or copies"
[ "$(squeue -h -t all | wc -l)" = "$before" ] || fail "--export-only submitted a job"
ok "--export-only wrote $script and submitted nothing"
echo "slurm-test: all Slurm checks passed"
