#!/usr/bin/env python3
"""The finite-N mean of E_g(200 tau) at alpha = 1 to a few thousandths: many numpy draws per N, exact gradient flow in
the eigenbasis of X X^T (eg_alpha1_numpy.py's simulation). Prints the mean, its standard error and the gap to the
Marchenko-Pastur theory (2.4917670). Usage: python3 eg_alpha1_many_draws.py  (about 3 minutes on one core)
"""
import numpy as np
from eg_alpha1_numpy import eg_theory

th = eg_theory(200.0)
rng = np.random.default_rng(141)
for n, draws in ((50, 40000), (100, 16000), (200, 6000), (400, 2000)):
    vals = np.empty(draws)
    for i in range(draws):
        x = rng.normal(0, 1 / np.sqrt(n), (n, n))
        wb = rng.normal(0, 1, n)
        y = wb @ x + rng.normal(0, 0.5, n)
        lam, v = np.linalg.eigh(x @ x.T)
        lam = np.maximum(lam, 1e-300)
        b, wbv = v.T @ (x @ y), v.T @ wb
        w = b / lam * (-np.expm1(-lam * 200.0))
        vals[i] = np.sum((w - wbv) ** 2) / n + 0.25
    se = vals.std(ddof=1) / np.sqrt(draws)
    print(f"N={n:4d} draws={draws:6d} mean {vals.mean():.4f} +- {se:.4f}  sd {vals.std(ddof=1):.3f}"
          f"  median {np.median(vals):.4f}  gap theory - mean {th - vals.mean():+.4f} +- {se:.4f}", flush=True)
