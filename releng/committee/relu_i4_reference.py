#!/usr/bin/env python3
"""Reference values of ReLU's I4 = E[1(x_a > 0) 1(x_b > 0) x_c^+ x_d^+] for ActivationIntegralsTest, computed
independently of ReluIntegrals (which reduces I4 by Stein's lemma to orthant probabilities and a Plackett-path
quadrature): a two-dimensional adaptive quadrature (scipy dblquad) over (x_c, x_d) > 0 of
x_c x_d P(x_a > 0, x_b > 0 | x_c, x_d) p(x_c, x_d), the conditional bivariate orthant by Owen's T function.

    python3 releng/committee/relu_i4_reference.py
"""
import math

import numpy as np
from scipy import integrate, special
from scipy.stats import norm


def lower_orthant(h, k, rho):
    """P(X < h, Y < k) for standard normals with correlation rho (Owen 1956, through T(h, a))."""
    if h == 0 and k == 0:
        return 0.25 + math.asin(rho) / (2 * math.pi)
    h = h if h != 0 else 1e-300
    k = k if k != 0 else 1e-300
    s = math.sqrt(1 - rho * rho)
    beta = 0.0 if h * k > 0 or (h * k == 0 and h + k >= 0) else 0.5
    return (0.5 * norm.cdf(h) + 0.5 * norm.cdf(k) - special.owens_t(h, (k - rho * h) / (h * s))
            - special.owens_t(k, (h - rho * k) / (k * s)) - beta)


def i4(c):
    """I4(0, 1, 2, 3) for a 4 x 4 covariance c of four distinct fields."""
    given = c[np.ix_([2, 3], [2, 3])]
    cross = c[np.ix_([0, 1], [2, 3])]
    regression = cross @ np.linalg.inv(given)
    conditional = c[np.ix_([0, 1], [0, 1])] - regression @ cross.T
    sa, sb = math.sqrt(conditional[0, 0]), math.sqrt(conditional[1, 1])
    rho = conditional[0, 1] / (sa * sb)
    inverse, det = np.linalg.inv(given), np.linalg.det(given)

    def integrand(y, x):
        z = np.array([x, y])
        mean = regression @ z
        # P(x_a > 0, x_b > 0 | z) = P(-x_a < 0, -x_b < 0) with means mean
        orthant = lower_orthant(mean[0] / sa, mean[1] / sb, rho)
        return x * y * orthant * math.exp(-0.5 * z @ inverse @ z) / (2 * math.pi * math.sqrt(det))

    sc, sd = math.sqrt(given[0, 0]), math.sqrt(given[1, 1])
    return integrate.dblquad(integrand, 0, 12 * sc, 0, 12 * sd, epsabs=1e-12, epsrel=1e-10)[0]


def covariance(rows):
    w = np.array(rows)
    return w @ w.T


if __name__ == "__main__":
    a, b, c = [1.0, 0.3, -0.4, 0.2, 0.5], [-0.2, 0.9, 0.1, 0.6, -0.3], [0.4, -0.7, 0.8, 0.1, 0.2]
    e = [0.3, -0.1, 0.2, 0.9, -0.4]
    d = [0.6 * p - 0.5 * q + 0.7 * r + 1e-3 * s for p, q, r, s in zip(a, b, c, e)]
    print("nearly dependent (d = 0.6 a - 0.5 b + 0.7 c + 1e-3 e): %.15g" % i4(covariance([a, b, c, d])))
    strongly = [[1.0, 0.3, -0.4, 0.2, 0.5], [0.8, 0.5, -0.2, 0.3, 0.4], [0.9, 0.2, -0.5, 0.1, 0.6],
                [1.1, 0.4, -0.3, 0.25, 0.45]]
    print("strongly correlated: %.15g" % i4(covariance(strongly)))
