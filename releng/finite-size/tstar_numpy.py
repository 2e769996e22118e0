#!/usr/bin/env python3
"""Independent check of the t* gap of issue 14 (Advani & Saxe 2017, spec 1.4(d)): the time of the minimum of E_g
at alpha = 2 and 3 (N = 400, sigma_w^2 = 1, sigma_eps^2 = 0.25, w(0) = 0).

For each draw (numpy's, not the workbench's): t* of exact gradient flow (eigenbasis, minimised continuously) and t*
of gradient descent at several eta (E_g at every step, minimum refined by a parabola as RunStatistics does), and
the Marchenko-Pastur theory's t* (scipy quad + bounded minimisation).
Usage: python3 tstar_numpy.py [seeds]
"""
import sys
import numpy as np
from scipy import integrate, optimize


def eg_theory(t, alpha, sw=1.0, se=0.25):
    lp, lm = (1 + np.sqrt(alpha)) ** 2, (1 - np.sqrt(alpha)) ** 2
    um, up = np.sqrt(lm), np.sqrt(lp)

    def f(u):
        l = u * u
        rho = np.sqrt(max((lp - l) * (l - lm), 0.0)) / (np.pi * u)
        return rho * (sw * np.exp(-2 * l * t) + se / l * (-np.expm1(-l * t)) ** 2)

    v, _ = integrate.quad(f, um, up, limit=1000, epsabs=1e-13, epsrel=1e-12)
    return v + sw * max(0.0, 1 - alpha) + se


def theory_tstar(alpha):
    r = optimize.minimize_scalar(lambda t: eg_theory(t, alpha), bounds=(0.2, 20), method="bounded",
                                 options={"xatol": 1e-7})
    return r.x, r.fun


def draw(n, p, rng):
    x = rng.normal(0, 1 / np.sqrt(n), (n, p))
    wb = rng.normal(0, 1, n)
    y = wb @ x + rng.normal(0, 0.5, p)
    lam, v = np.linalg.eigh(x @ x.T)
    lam = np.maximum(lam, 1e-300)
    return lam, v.T @ (x @ y), v.T @ wb


def eg_gf(t, lam, b, wbv):
    w = b / lam * (-np.expm1(-lam * t))
    return np.sum((w - wbv) ** 2) / len(lam) + 0.25


def tstar_gf(lam, b, wbv):
    r = optimize.minimize_scalar(lambda t: eg_gf(t, lam, b, wbv), bounds=(0.2, 20), method="bounded",
                                 options={"xatol": 1e-8})
    return r.x


def tstar_gd(lam, b, wbv, eta, t_max=10.0):
    k = np.arange(0, int(round(t_max / eta)) + 1)
    # w_k = b/l (1 - (1 - eta l)^k) per mode
    decay = np.power.outer(1 - eta * lam, k)  # modes x steps
    w = (b / lam)[:, None] * (1 - decay)
    eg = np.sum((w - wbv[:, None]) ** 2, axis=0) / len(lam) + 0.25
    i = int(np.argmin(eg))
    x0, x1, x2 = k[i - 1], k[i], k[i + 1]
    y0, y1, y2 = eg[i - 1], eg[i], eg[i + 1]
    num = (x1 - x0) ** 2 * (y1 - y2) - (x1 - x2) ** 2 * (y1 - y0)
    den = (x1 - x0) * (y1 - y2) - (x1 - x2) * (y1 - y0)
    return eta * (x1 - 0.5 * num / den)


if __name__ == "__main__":
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    n = 400
    rng = np.random.default_rng(7)
    etas = (0.05, 0.02, 0.01, 0.005, 0.0025)
    for alpha in (2, 3):
        ts, es = theory_tstar(alpha)
        print(f"alpha={alpha}: theory t* = {ts:.4f}, min E_g = {es:.5f}, eta*l+ at 0.05 = {0.05*(1+np.sqrt(alpha))**2:.3f}")
        gf, gd = [], {e: [] for e in etas}
        for _ in range(seeds):
            lam, b, wbv = draw(n, alpha * n, rng)
            gf.append(tstar_gf(lam, b, wbv))
            for e in etas:
                gd[e].append(tstar_gd(lam, b, wbv, e))
        gf = np.array(gf)
        se = lambda a: a.std(ddof=1) / np.sqrt(len(a))
        print(f"  GF      t* = {gf.mean():.4f} +- {se(gf):.4f} (sd {gf.std(ddof=1):.3f})")
        for e in etas:
            a = np.array(gd[e])
            d = gf - a
            print(f"  eta={e:<7} t* = {a.mean():.4f} +- {se(a):.4f}   GF - GD same draw = {d.mean():.4f} +- {se(d):.4f}")
