#!/usr/bin/env bash
# Side by side (issue 15): Plateau's JMH step benchmarks and the numpy references of ../shared/bench at the same sizes,
# with the same BLAS thread count, in one run; prints time per step, ratio, GFLOP/s against dgemm's peak measured in
# the same run (both sides: a 1000x1000 dgemm through DenseKernels.standard() in JMH, numpy's a @ b).
#   releng/benchmarks/compare.sh [--threads N] [--reps N] [--no-ejml] [--keep DIR]
# About 6 minutes on 2 cores (5 with --no-ejml); --help for the options. Results and how to read them: docs/benchmarks.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: releng/benchmarks/compare.sh [--threads N] [--reps N] [--no-ejml] [--keep DIR]
  --threads N  BLAS threads for both sides (OPENBLAS_NUM_THREADS; default 1, the figure the issue's targets use)
  --reps N     numpy runs per size, the median is reported (default 3: one before the JMH runs, the rest after)
  --no-ejml    skip the EJML ("before issue 15") columns: saves about a minute
  --keep DIR   keep the JMH logs and JSON results in DIR (default: a temporary directory, removed)
  --report DIR print the table again from the results kept in DIR, running nothing
Builds releng/benchmarks/target/benchmarks.jar if it is missing or older than its sources. Needs a JDK 21+ and python3
with numpy and scipy (apt-get install python3-numpy python3-scipy), and ../shared/bench beside the repository.
EOF
}

threads=1
reps=3
ejml=1
keep=
report=
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads=${2:?--threads needs a number}; shift 2 ;;
    --threads=*) threads=${1#*=}; shift ;;
    --reps) reps=${2:?--reps needs a number}; shift 2 ;;
    --reps=*) reps=${1#*=}; shift ;;
    --no-ejml) ejml=0; shift ;;
    --keep) keep=${2:?--keep needs a directory}; shift 2 ;;
    --keep=*) keep=${1#*=}; shift ;;
    --report) report=${2:?--report needs a directory}; shift 2 ;;
    --report=*) report=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "compare.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
case "$threads" in ''|*[!0-9]*|0) echo "compare.sh: --threads wants a positive whole number, got '$threads'" >&2; exit 2 ;; esac
case "$reps" in ''|*[!0-9]*|0) echo "compare.sh: --reps wants a positive whole number, got '$reps'" >&2; exit 2 ;; esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
bench="$repo/../shared/bench"
jar="$here/target/benchmarks.jar"

# --- what the run needs, with the fix in the message -----------------------------------------------------------
if ! command -v python3 >/dev/null 2>&1; then
  echo "compare.sh: python3 not found; the numpy side needs python3 with numpy: apt-get install python3-numpy" >&2
  exit 1
fi
if ! python3 -c 'import numpy' >/dev/null 2>&1; then
  echo "compare.sh: python3 has no numpy; install it: apt-get install python3-numpy (or pip install numpy)" >&2
  exit 1
fi
for script in ref_dln.py ref_relu.py ref_rnn.py ref_localization.py ref_scm.py; do
  if [ ! -f "$bench/$script" ]; then
    echo "compare.sh: $bench/$script not found: the numpy references live in ../shared/bench beside the repository" >&2
    exit 1
  fi
done
bench=$(cd "$bench" && pwd)
if ! python3 -c 'import scipy.special' >/dev/null 2>&1; then
  echo "compare.sh: python3 has no scipy (ref_localization.py's erf); install it: apt-get install python3-scipy" >&2
  exit 1
fi
if [ -x "$repo/plateau" ] && java=$("$repo/plateau" --find-java 2>/dev/null) && [ -n "$java" ]; then
  :
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi
if ! "$java" -version >/dev/null 2>&1; then
  echo "compare.sh: no Java found: install a JDK 21 or newer (or set JAVA_HOME)" >&2
  exit 1
fi

if [ -n "$report" ]; then
  out=$(cd "$report" && pwd)
  threads=$(cat "$out/threads")
else
  # --- the benchmark jar: built when missing or older than a source it compiles (releng/benchmarks/pom.xml) ----------
sources=("$here/pom.xml")
for dir in org.plateau.family.deeplinear/src org.plateau.family.deeplinear.tests/benchmark org.plateau.gdln/src \
    org.plateau.gdln.tests/src org.plateau.gdln.tests/benchmark org.plateau.model/src org.plateau.kernels/src \
    org.plateau.kernels.tests/benchmark org.plateau.family.reln/src org.plateau.family.reln.tests/benchmark \
    org.plateau.core/src org.plateau.family.rnn/src org.plateau.family.rnn.tests/benchmark \
    org.plateau.family.localization/src org.plateau.family.localization.tests/benchmark; do
  [ -d "$repo/bundles/$dir" ] && sources+=("$repo/bundles/$dir")
done
if [ ! -f "$jar" ] || [ -n "$(find "${sources[@]}" -newer "$jar" -name '*.java' -print -quit 2>/dev/null)" ] \
    || [ "$here/pom.xml" -nt "$jar" ]; then
  echo "compare.sh: building $jar ..." >&2
  if command -v mvnl >/dev/null 2>&1; then
    mvnl -f "$here/pom.xml" -q package >&2   # this machine's serialised Maven
  else
    (cd "$repo" && ./mvnw -B -q -f releng/benchmarks/pom.xml package) >&2
  fi
fi

if [ -n "$keep" ]; then
  mkdir -p "$keep"; out=$(cd "$keep" && pwd)
else
  out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
fi

# Both sides see the same BLAS thread count. OpenBLAS reads it once at load time; OMP_NUM_THREADS is set too because
# an OpenMP build of OpenBLAS (or a numpy linked to one) reads that one.
export OPENBLAS_NUM_THREADS=$threads OMP_NUM_THREADS=$threads
jvm_flags="--enable-native-access=ALL-UNNAMED --add-modules=jdk.incubator.vector"
start=$(date +%s)

jmh() { # jmh NAME ARGS...: one JMH invocation, JSON to $out/NAME.json, log to $out/NAME.log
  local name=$1; shift
  echo "compare.sh: [$(( $(date +%s) - start ))s] JMH $name" >&2
  if ! "$java" -jar "$jar" "$@" -jvmArgsAppend "$jvm_flags" -rf json -rff "$out/$name.json" >"$out/$name.log" 2>&1; then
    echo "compare.sh: JMH $name failed; the end of its log ($out/$name.log):" >&2
    tail -n 30 "$out/$name.log" >&2
    [ -n "$keep" ] || trap - EXIT
    exit 1
  fi
  if grep -q "<failure>" "$out/$name.log"; then
    echo "compare.sh: a benchmark of JMH $name failed; see $out/$name.log" >&2
    grep -B2 -A12 "<failure>" "$out/$name.log" | head -40 >&2
    [ -n "$keep" ] || trap - EXIT
    exit 1
  fi
}

numpy_round() { # one run of every numpy reference, appended to $out/numpy.txt as "key s_per_step=..."
  echo "compare.sh: [$(( $(date +%s) - start ))s] numpy round $1 of $reps" >&2
  local args
  for args in "8 32 15 8 20000" "100 100 100 1000 300" "1000 1000 1000 2000 4"; do
    printf 'dln %s %s\n' "${args% *}" "$(python3 "$bench/ref_dln.py" $args)" >>"$out/numpy.txt"
  done
  printf 'relu 3 700 %s\n' "$(python3 "$bench/ref_relu.py" 3 700 8000)" >>"$out/numpy.txt"
  # issue 16: one epoch of the streaming-parity RNN (P = 100, L = 1..10, batch 128), 5 epochs timed
  printf 'rnn 100 %s\n' "$(python3 "$bench/ref_rnn.py" 5 100 | sed 's/s_per_epoch=/s_per_step=/')" >>"$out/numpy.txt"
  # issue 17: the single-neuron localization step (NLGP g = 100, D = 40, batch 10^4, sampling included), 100 steps
  printf 'localization 40 %s\n' "$(python3 "$bench/ref_localization.py" 100)" >>"$out/numpy.txt"
  # issue 18: one Euler step of the committee ODEs, K = 6, M = 2, 2000 steps timed
  printf 'scm 6 %s\n' "$(python3 "$bench/ref_scm.py" 2000 6 2)" >>"$out/numpy.txt"
  printf 'peak 1000 %s\n' "$(python3 - <<'EOF'
import time
import numpy as np
n = 1000
rng = np.random.default_rng(5)
a = rng.standard_normal((n, n)); b = rng.standard_normal((n, n)); c = a @ b
times = []
for _ in range(7):
    t = time.perf_counter(); c = a @ b; times.append(time.perf_counter() - t)
times.sort()
print(f"s_per_step={times[len(times) // 2]:.3e}")
EOF
)" >>"$out/numpy.txt"
}

: >"$out/numpy.txt"
numpy_round 1

# dgemm's peak as Plateau reaches it, then the steps. The largest deep linear size takes ~0.5 s per BLAS step and ~7 s
# per EJML step: few iterations there, EJML one measured step.
jmh peak DgemmPeakBenchmark -wi 2 -w 1s -i 5 -r 1s
jmh dln-blas GradientStepBenchmark -p size=8x32x15x8,100x100x100x1000 -p kernels=blas -p covariances=false,true \
  -wi 3 -w 1s -i 5 -r 1s
jmh dln-large-blas GradientStepBenchmark -p size=1000x1000x1000x2000 -p kernels=blas -p covariances=false,true \
  -wi 1 -w 2s -i 3 -r 2s
jmh relu-blas "ReluStepBenchmark\.(step|recorded|measure)$" -p kernels=blas -wi 3 -w 1s -i 5 -r 1s
jmh rnn-blas "ElmanEpochBenchmark\.(epoch|finalHidden)$" -p kernels=blas -wi 3 -w 2s -i 5 -r 2s
# issue 17: the localization step on one thread and on all cores (its chunks run in parallel), and the sampler alone
# (getconf, not nproc: nproc obeys the OMP_NUM_THREADS=1 set above); the count is kept for --report
getconf _NPROCESSORS_ONLN >"$out/cores"
jmh localization "NeuronStepBenchmark\.step$" -p threads=1,$(cat "$out/cores") -wi 3 -w 2s -i 5 -r 2s
jmh localization-sampler "NeuronStepBenchmark\.sample$" -p threads=1 -wi 2 -w 1s -i 5 -r 1s
# issue 18: the committee ODE's Euler step (K = 6, M = 2) and one online SGD step at N = 1000, single-threaded
jmh committee "CommitteeStepBenchmark\.(odeEulerStep|reluOdeEulerStep|sgdStep)$" -wi 3 -w 1s -i 5 -r 1s
jmh rnn-automaton "AutomatonExtractionBenchmark\.(extract|minimal|census)$" -p layout=gaussian -wi 2 -w 1s -i 3 -r 1s
if [ "$ejml" = 1 ]; then
  jmh dln-ejml GradientStepBenchmark -p size=8x32x15x8,100x100x100x1000 -p kernels=ejml -p covariances=false \
    -wi 3 -w 1s -i 5 -r 1s
  jmh dln-large-ejml GradientStepBenchmark -p size=1000x1000x1000x2000 -p kernels=ejml -p covariances=false \
    -wi 0 -i 1 -r 1s
  jmh relu-ejml "ReluStepBenchmark\.(step|recorded|measure)$" -p kernels=ejml -wi 3 -w 1s -i 5 -r 1s
  jmh rnn-ejml "ElmanEpochBenchmark\.epoch$" -p kernels=ejml -wi 2 -w 2s -i 3 -r 2s
fi

for ((r = 2; r <= reps; r++)); do numpy_round "$r"; done
echo "compare.sh: [$(( $(date +%s) - start ))s] done" >&2
  echo "$threads" >"$out/threads"
fi

kernels_line=$(grep -ho "kernels [^]]*" "$out/peak.log" | head -n 1 || true)
numpy_blas=$(python3 - <<'EOF'
import numpy as np
try:
    blas = np.__config__.CONFIG["Build Dependencies"]["blas"]
    print(f"numpy {np.__version__} on {blas.get('name')} {blas.get('version')}")
except Exception:
    print(f"numpy {np.__version__}")
EOF
)

python3 - "$out" "$threads" "$ejml" "$kernels_line" "$numpy_blas" "$java" <<'EOF'
import glob, json, os, statistics, sys
out, threads, ejml, kernels_line, numpy_blas, java = sys.argv[1:7]

def median_us(result):
    """Median over the measured iterations, in microseconds."""
    values = [v for fork in result["primaryMetric"]["rawData"] for v in fork]
    scale = {"us/op": 1, "ms/op": 1e3, "ns/op": 1e-3, "s/op": 1e6}[result["primaryMetric"]["scoreUnit"]]
    return statistics.median(values) * scale

jmh = {}
for path in glob.glob(os.path.join(out, "*.json")):
    with open(path) as f:
        for result in json.load(f):
            name = result["benchmark"].rsplit(".", 2)
            params = result.get("params", {})
            key = (name[-2], name[-1], params.get("size", "").replace(",", "x"), params.get("kernels", ""),
                   params.get("covariances", "") or params.get("threads", ""))
            jmh[key] = median_us(result)

numpy = {}
with open(os.path.join(out, "numpy.txt")) as f:
    for line in f:
        head, _, value = line.partition("s_per_step=")
        key = "x".join(head.split()[1:]) if head.startswith("dln") else " ".join(head.split()[:1])
        numpy.setdefault(key, []).append(float(value.split()[0]) * 1e6)
numpy_med = {k: statistics.median(v) for k, v in numpy.items()}

def fmt_time(us):
    if us is None:
        return "-"
    return f"{us:.1f} us" if us < 1e3 else f"{us / 1e3:.2f} ms" if us < 1e6 else f"{us / 1e6:.2f} s"

def gflops(flop, us):
    return flop / (us * 1e3) if us else None

peak_j = jmh.get(("DgemmPeakBenchmark", "mult", "", "", ""))
peak_n = numpy_med.get("peak")
flop_peak = 2 * 1000 ** 3
gp_j, gp_n = gflops(flop_peak, peak_j), gflops(flop_peak, peak_n)

print()
print(f"Side by side, OPENBLAS_NUM_THREADS={threads} on both sides ({os.cpu_count()} cores); medians "
      f"(JMH: of the measured iterations; numpy: of {len(numpy.get('relu', []))} runs)")
print(f"  Plateau: {kernels_line or '?'}; {java}")
print(f"  numpy:   {numpy_blas}")
print(f"  dgemm peak, 1000x1000: Plateau (DgemmPeakBenchmark, DenseKernels.standard()) {gp_j:.1f} GFLOP/s; "
      f"numpy a @ b {gp_n:.1f} GFLOP/s")
print()

def dln_flop(n_in, n_h, n_out, p):
    # the five products of the P-sample step (ref_dln.py's): W1 X, W2 H, E H^T, W2^T E, (W2^T E) X^T
    return 2 * p * (2 * n_h * n_in + 3 * n_out * n_h)

rows = []
header = ("size (n_in,n_h,n_out,P)", "Plateau/step", "numpy/step", "ratio", "target", "GFLOP/s Plateau (% peak)",
          "GFLOP/s numpy (% peak)", "EJML before", "BLAS/EJML")
targets = {"8x32x15x8": ("<= EJML", None), "100x100x100x1000": ("<= 1.0x", 1.0), "1000x1000x1000x2000": ("<= 1.2x", 1.2)}
for size in ("8x32x15x8", "100x100x100x1000", "1000x1000x1000x2000"):
    dims = [int(v) for v in size.split("x")]
    flop = dln_flop(*dims)
    ours = jmh.get(("GradientStepBenchmark", "step", size, "blas", "false"))
    before = jmh.get(("GradientStepBenchmark", "step", size, "ejml", "false"))
    theirs = numpy_med.get(size)
    ratio = ours / theirs if ours and theirs else None
    target, limit = targets[size]
    if limit is None:
        met = ours is not None and before is not None and ours <= before
    else:
        met = ratio is not None and ratio <= limit
    g_ours, g_theirs = gflops(flop, ours), gflops(flop, theirs)
    rows.append((size.replace("x", ","), fmt_time(ours), fmt_time(theirs), f"{ratio:.2f}x" if ratio else "-",
                 target + (" ok" if met else " MISSED") if (before if limit is None else ratio) else target + " (not run)",
                 f"{g_ours:.1f} ({100 * g_ours / gp_j:.0f}%)" if g_ours else "-",
                 f"{g_theirs:.1f} ({100 * g_theirs / gp_n:.0f}%)" if g_theirs else "-",
                 fmt_time(before), f"{ours / before:.2f}x" if ours and before else "-"))

relu_flop = 2 * 24 * (2 * 700 * 11 + 3 * 60 * 700)
step = jmh.get(("ReluStepBenchmark", "step", "", "blas", ""))
recorded = jmh.get(("ReluStepBenchmark", "recorded", "", "blas", ""))
measure = jmh.get(("ReluStepBenchmark", "measure", "", "blas", ""))
before = jmh.get(("ReluStepBenchmark", "recorded", "", "ejml", ""))
theirs = numpy_med.get("relu")
ratio = recorded / theirs if recorded and theirs else None
rows.append(("ReLU 3 ctx, 700 hidden, recorded", fmt_time(recorded), fmt_time(theirs), f"{ratio:.2f}x" if ratio else "-",
             "<= 1.0x" + ((" ok" if ratio <= 1.0 else " MISSED") if ratio else ""),
             f"{gflops(relu_flop, recorded):.1f} ({100 * gflops(relu_flop, recorded) / gp_j:.0f}%)" if recorded else "-",
             f"{gflops(relu_flop, theirs):.1f} ({100 * gflops(relu_flop, theirs) / gp_n:.0f}%)" if theirs else "-",
             fmt_time(before), f"{recorded / before:.2f}x" if recorded and before else "-"))

# issue 16: the naive epoch's flop (what ref_rnn.py does): per string and symbol the forward W_hh h and the backward
# W_hh^T da and da h^T, 3 P^2 multiply-adds, over sum_L L 2^L = 18434 string-symbols; Plateau's prefix sharing does
# about a third of them, so its column is "naive-equivalent" GFLOP/s
rnn_flop = 2 * 3 * 100 ** 2 * sum(L * 2 ** L for L in range(1, 11))
ours = jmh.get(("ElmanEpochBenchmark", "epoch", "", "blas", ""))
before = jmh.get(("ElmanEpochBenchmark", "epoch", "", "ejml", ""))
theirs = numpy_med.get("rnn")
ratio = ours / theirs if ours and theirs else None
rows.append(("RNN parity epoch, P=100, L=1..10", fmt_time(ours), fmt_time(theirs), f"{ratio:.2f}x" if ratio else "-",
             "<= 0.33x" + ((" ok" if ratio <= 0.33 else " MISSED") if ratio else ""),
             f"{gflops(rnn_flop, ours):.1f} ({100 * gflops(rnn_flop, ours) / gp_j:.0f}%)" if ours else "-",
             f"{gflops(rnn_flop, theirs):.1f} ({100 * gflops(rnn_flop, theirs) / gp_n:.0f}%)" if theirs else "-",
             fmt_time(before), f"{ours / before:.2f}x" if ours and before else "-"))

# issue 17: the step numpy's ref_localization.py times (NLGP sampling, forward, gradient), on every core for Plateau
# (its chunks are sampled in parallel from per-chunk streams) and numpy's one thread. Flop: the two circulant products
# (batch x D x D) and the forward and gradient products (2 x batch x D), multiply-adds; the erf is not counted.
cores_file = os.path.join(out, "cores")
cores = open(cores_file).read().strip() if os.path.exists(cores_file) else str(os.cpu_count())
loc_flop = 2 * 10_000 * (40 * 40 + 2 * 40)
ours = jmh.get(("NeuronStepBenchmark", "step", "", "", cores))
single = jmh.get(("NeuronStepBenchmark", "step", "", "", "1"))
theirs = loc_numpy = numpy_med.get("localization")
ratio = ours / theirs if ours and theirs else None
rows.append((f"Localization step, NLGP D=40, batch 1e4, {cores} chunk threads (numpy: 1)", fmt_time(ours), fmt_time(theirs),
             f"{ratio:.2f}x" if ratio else "-", "<= 0.33x" + ((" ok" if ratio <= 0.33 else " MISSED") if ratio else ""),
             f"{gflops(loc_flop, ours):.1f} ({100 * gflops(loc_flop, ours) / gp_j:.0f}%)" if ours else "-",
             f"{gflops(loc_flop, theirs):.1f} ({100 * gflops(loc_flop, theirs) / gp_n:.0f}%)" if theirs else "-",
             "-", "-"))

# issue 18: the Euler step of the order-parameter ODEs, K = 6, M = 2 (numpy: ref_scm.py, vectorised, one thread).
# Flop are not counted: the step is arcsin, sqrt and divisions over the I3 and I4 tensors, not products.
ours = jmh.get(("CommitteeStepBenchmark", "odeEulerStep", "", "", ""))
theirs = numpy_med.get("scm")
ratio = ours / theirs if ours and theirs else None
rows.append(("Committee ODE Euler step, K=6, M=2 (erf)", fmt_time(ours), fmt_time(theirs), f"{ratio:.2f}x" if ratio else "-",
             "<= 0.2x" + ((" ok" if ratio <= 0.2 else " MISSED") if ratio else ""), "-", "-", "-", "-"))

widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
def line(r):
    return "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
print(line(header))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in rows:
    print(line(r))

print()
print("ReLU detail (Plateau, BLAS): step alone " + fmt_time(step) + ", one record (measure: forward pass + unit "
      "patterns) " + fmt_time(measure) + ", i.e. " + (f"{measure / 100:.1f} us" if measure else "-") +
      " per step at the record interval 100; recorded = 100 steps + 1 record, per step. numpy (ref_relu.py 3 700 8000) "
      "records nothing.")
print()
print("Sigma shortcut on (GradientDescent covariances = true; not the step numpy does, so apart):")
for size in ("8x32x15x8", "100x100x100x1000", "1000x1000x1000x2000"):
    cov = jmh.get(("GradientStepBenchmark", "step", size, "blas", "true"))
    theirs = numpy_med.get(size)
    print(f"  {size.replace('x', ','):>20}: {fmt_time(cov):>10} per step"
          + (f", {cov / theirs:.2f}x numpy's P-sample step" if cov and theirs else ""))
analysis = jmh.get(("ElmanEpochBenchmark", "finalHidden", "", "blas", ""))
print()
print("RNN detail (Plateau, BLAS): one epoch = 21 SGD steps (numpy: ref_rnn.py 5 100, s per epoch); GFLOP/s count the "
      "naive epoch's 1.1 GFLOP (prefix sharing does ~1/3 of it); the automaton analysis' forward pass (final hidden "
      "states of all 2046 strings) " + fmt_time(analysis))
extract = jmh.get(("AutomatonExtractionBenchmark", "extract", "", "", ""))
minimal = jmh.get(("AutomatonExtractionBenchmark", "minimal", "", "", ""))
census = jmh.get(("AutomatonExtractionBenchmark", "census", "", "", ""))
print("RNN automaton extraction (2047 strings x 100 units, 10^3 groups; target < 1 s): extraction " + fmt_time(extract)
      + ", Hopcroft minimisation " + fmt_time(minimal) + ", merger census " + fmt_time(census)
      + (" ok" if extract and extract < 1e6 else " MISSED" if extract else ""))
sampler = jmh.get(("NeuronStepBenchmark", "sample", "", "", "1"))
print("Localization detail (Plateau): one step on 1 thread " + fmt_time(single)
      + (f" ({single / loc_numpy:.2f}x numpy)" if single and loc_numpy else "") + "; the NLGP sampler alone (500 images x 40 "
      "pixels, one thread) " + fmt_time(sampler)
      + (f", {20000 / sampler:.0f} pixels/us = {500 / sampler * 1e6 / 1e6:.2f} M images/s" if sampler else ""))
sgd = jmh.get(("CommitteeStepBenchmark", "sgdStep", "", "", ""))
print("Committee detail (Plateau): one online SGD step at N = 1000, K = M = 2, fresh input included, " + fmt_time(sgd)
      + (f": 10^6 steps (t = 1000) in {sgd:.1f} s" + (" ok (target < 10 s)" if sgd < 10 else " MISSED (target < 10 s)")
         if sgd else ""))
relu_ode = jmh.get(("CommitteeStepBenchmark", "reluOdeEulerStep", "", "", ""))
print("Committee detail (Plateau): one Euler step of the ReLU ODEs, K = 6, M = 2 (I4 by quadrature), " + fmt_time(relu_ode)
      + (f", {relu_ode / ours:.0f}x the erf step" if relu_ode and ours else ""))
spread = ", ".join(f"{k} {min(v):.3g}-{max(v):.3g} us" for k, v in numpy.items())
print()
print(f"numpy spread over runs: {spread}")
EOF
