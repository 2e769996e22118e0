#!/usr/bin/env python3
"""Independent check of the alpha = 1 gap of issue 14 (Advani & Saxe 2017, spec 1.4(d)).

1. E_g(t) of the Marchenko-Pastur theory by scipy quad with l = u^2 (spec 1.4(d)'s substitution), at alpha = 1,
   sigma_w^2 = 1, sigma_eps^2 = 0.25, sigma_0 = 0.
2. Finite-N means of E_g(200 tau) over many draws, exact gradient flow and gradient descent (eta = 0.05, 4000
   steps) in the eigenbasis of X X^T (numpy; draws are numpy's, not the workbench's).
Usage: python3 eg_alpha1_numpy.py [seeds_per_N]
"""
import sys
import numpy as np
from scipy import integrate


def eg_theory(t, alpha=1.0, sw=1.0, se=0.25):
    lp, lm = (1 + np.sqrt(alpha)) ** 2, (1 - np.sqrt(alpha)) ** 2
    um, up = np.sqrt(lm), np.sqrt(lp)

    def f(u):
        l = u * u
        rho = np.sqrt(max((lp - l) * (l - lm), 0.0)) / (np.pi * u)  # rho_c dl with l = u^2
        return rho * (sw * np.exp(-2 * l * t) + se / l * (-np.expm1(-l * t)) ** 2)

    v, _ = integrate.quad(f, um, up, limit=1000, epsabs=1e-13, epsrel=1e-12)
    return v + sw * max(0.0, 1 - alpha) + se


def eg_sim(n, seeds, t=200.0, eta=0.05, rng=None):
    gf, gd = [], []
    for _ in range(seeds):
        x = rng.normal(0, 1 / np.sqrt(n), (n, n))
        wb = rng.normal(0, 1, n)
        y = wb @ x + rng.normal(0, 0.5, n)
        lam, v = np.linalg.eigh(x @ x.T)
        lam = np.maximum(lam, 1e-300)
        b, wbv = v.T @ (x @ y), v.T @ wb
        w = b / lam * (-np.expm1(-lam * t))
        gf.append(np.sum((w - wbv) ** 2) / n + 0.25)
        w = b / lam * (1 - (1 - eta * lam) ** round(t / eta))
        gd.append(np.sum((w - wbv) ** 2) / n + 0.25)
    return np.array(gf), np.array(gd)


if __name__ == "__main__":
    for t in (2, 10, 100, 200, 1000):
        print(f"theory E_g({t}) = {eg_theory(t):.6f}")
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    rng = np.random.default_rng(20261203)
    th = eg_theory(200.0)
    for n in (100, 200, 400, 800, 1600):
        k = seeds if n <= 400 else max(8, seeds // (n // 400) ** 2)
        gf, gd = eg_sim(n, k, rng=rng)
        se = lambda a: a.std(ddof=1) / np.sqrt(len(a))
        print(f"N={n:5d} seeds={k:4d} GF {gf.mean():.4f} +- {se(gf):.4f} (sd {gf.std(ddof=1):.3f})"
              f"  GD {gd.mean():.4f} +- {se(gd):.4f}  gap theory-GF {th - gf.mean():+.4f}")
