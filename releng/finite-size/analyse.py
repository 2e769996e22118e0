#!/usr/bin/env python3
"""Tables of issue 14's finite-size gaps from the sweeps' summary.csv (docs/finite-size.md).

Usage: python3 analyse.py GEN_FS_DIR TSTAR_ETA_DIR ROUTING_LR_DIR
  GEN_FS_DIR      plateau sweep examples/generalization-finite-size.sweep --out GEN_FS_DIR
  TSTAR_ETA_DIR   plateau sweep examples/generalization-stopping-time-eta.sweep --out TSTAR_ETA_DIR
  ROUTING_LR_DIR  plateau sweep examples/routing-learning-rate.sweep --out ROUTING_LR_DIR
Mean +- standard error of the mean over the seeds of each setting; paired differences where the draws are shared.
"""
import csv
import math
import sys
from collections import defaultdict


def rows(folder):
    with open(f"{folder}/summary.csv") as f:
        return [r for r in csv.DictReader(f) if r["status"] == "COMPLETED"]


def mean_se(values):
    n = len(values)
    m = sum(values) / n
    if n < 2:
        return m, float("nan")
    var = sum((v - m) ** 2 for v in values) / (n - 1)
    return m, math.sqrt(var / n)


def generalization_finite_size(folder):
    print("(a) alpha = 1, E_g at 200 tau against N (P = N, eta = 0.05, 4000 steps)")
    print("| N = P | seeds | theory | simulation mean +- s.e. | sd of one draw | gap theory - sim |")
    print("|---|---|---|---|---|---|")
    by = defaultdict(list)
    theory = {}
    for r in rows(folder):
        n = int(r["task.inputDim"])
        by[n].append(float(r["E_g.final"]))
        theory[n] = float(r["marchenko-pastur:E_g.final"])
    for n in sorted(by):
        m, se = mean_se(by[n])
        sd = se * math.sqrt(len(by[n]))
        print(f"| {n} | {len(by[n])} | {theory[n]:.4f} | {m:.4f} +- {se:.4f} | {sd:.3f} | {theory[n] - m:+.4f} +- {se:.4f} |")


def stopping_time_eta(folder):
    print("\n(b) t* = argmin E_g against eta (N = 400, records every step)")
    print("| alpha | eta | seeds | theory t* (records) | simulation t* mean +- s.e. | gap theory - sim |"
          " t*(eta) - t*(0.0025), same draws |")
    print("|---|---|---|---|---|---|---|")
    by = defaultdict(dict)
    theory = {}
    for r in rows(folder):
        key = (int(r["task.samples"]) / 400, float(r["training.learningRate"]))
        by[key][int(r["seed"])] = float(r["E_g.argmin"])
        theory[key] = float(r["marchenko-pastur:E_g.argmin"])
    for alpha in sorted({k[0] for k in by}):
        etas = sorted({k[1] for k in by if k[0] == alpha}, reverse=True)
        finest = by[(alpha, min(etas))]
        for eta in etas:
            sim = by[(alpha, eta)]
            m, se = mean_se(list(sim.values()))
            d, dse = mean_se([sim[s] - finest[s] for s in sim if s in finest])
            print(f"| {alpha:g} | {eta:g} | {len(sim)} | {theory[(alpha, eta)]:.4f} | {m:.4f} +- {se:.4f} |"
                  f" {theory[(alpha, eta)] - m:+.4f} +- {se:.4f} | {d:+.4f} +- {dse:.4f} |")


def routing_learning_rate(folder):
    print("\n(c) routing-decoupled: half-way time of each mode strength a_k against lr (one deterministic run each)")
    print("| lr | mode (s) | theory (epochs) | simulation (epochs) | lag (epochs) | lag (tau = lr x epochs) |")
    print("|---|---|---|---|---|---|")
    modes = (("a1", "13.60"), ("a2", "6.40"), ("a3", "3"))
    for r in sorted(rows(folder), key=lambda r: -float(r["training.learningRate"])):
        eta = float(r["training.learningRate"])
        for key, s in modes:
            sim = float(r[f"{key}.t_half"])
            th = float(r[f"race-reduction:{key}.t_half"])
            ode = float(r[f"routing-ode:{key}.t_half"])
            assert abs(th - ode) < 1e-3 * th, (th, ode)
            print(f"| {eta:g} | {key} ({s}) | {th:.3f} | {sim:.3f} | {sim - th:.3f} | {eta * (sim - th):.5f} |")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    generalization_finite_size(sys.argv[1])
    stopping_time_eta(sys.argv[2])
    routing_learning_rate(sys.argv[3])
