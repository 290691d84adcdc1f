#!/usr/bin/env python3
"""Peer timing for real nodes: Fornberg's algorithm (Math. Comp. 51, 1988) in mpmath
at the same number of digits as Stencilforge's --digits, on Chebyshev-Lobatto points
cos(j pi/(N-1)) in ascending order. No guarantee on the digits (plain working
precision, as a user of mpmath would run it); install with pip install mpmath
(or apt-get install -y python3-mpmath).

usage: mpmath_fornberg.py matrix N DIGITS     the N x N first-derivative matrix, every row on every node
       mpmath_fornberg.py weights N DIGITS    first-derivative weights at x = 1/3 on the N nodes
Prints the numbers (DIGITS significant digits) like stencilforge --format csv does,
so that the whole process, output included, is what is timed."""
import sys

from mpmath import mp, mpf, nstr, sin, pi


def fornberg(z, x, m):
    """c[j][k]: weight of node j for derivative k at z (Fornberg 1988, Table 1 algorithm)."""
    n = len(x)
    c = [[mpf(0)] * (m + 1) for _ in range(n)]
    c1 = mpf(1)
    c4 = x[0] - z
    c[0][0] = mpf(1)
    for i in range(1, n):
        mn = min(i, m)
        c2 = mpf(1)
        c5 = c4
        c4 = x[i] - z
        for j in range(i):
            c3 = x[i] - x[j]
            c2 = c2 * c3
            if j == i - 1:
                for k in range(mn, 0, -1):
                    c[i][k] = c1 * (k * c[i - 1][k - 1] - c5 * c[i - 1][k]) / c2
                c[i][0] = -c1 * c5 * c[i - 1][0] / c2
            for k in range(mn, 0, -1):
                c[j][k] = (c4 * c[j][k] - k * c[j][k - 1]) / c3
            c[j][0] = c4 * c[j][0] / c3
        c1 = c2
    return c


def main():
    what, n, digits = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    mp.dps = digits
    # ascending and exactly symmetric, as stencilforge writes them: sin((2k-N+1) pi/(2N-2))
    x = [sin((2 * k - n + 1) * pi / (2 * n - 2)) for k in range(n)]
    out = []
    if what == "matrix":
        for i in range(n):
            c = fornberg(x[i], x, 1)
            out.append(",".join(nstr(c[j][1], digits) for j in range(n)))
    else:
        c = fornberg(mpf(1) / 3, x, 1)
        out.extend(nstr(x[j], digits) + "," + nstr(c[j][1], digits) for j in range(n))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
