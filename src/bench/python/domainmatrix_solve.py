#!/usr/bin/env python3
"""Peer timing for the exact multidimensional solves: sympy's DomainMatrix on the
same linear systems as LinearSolveBenchmark (the 3-D Laplacian on 200 scattered
points, least-norm, and on the 5x5x5 box, square). Write the systems first with
  java -cp <bench classpath> org.stencilforge.bench.LinearSolveBenchmark DIR
then
  python3 domainmatrix_solve.py DIR/scattered200.txt [REPEATS] [METHOD]
METHOD: 'den' (default: DomainMatrix.solve_den over ZZ, fraction-free) or 'lu'
(DomainMatrix.lu_solve over QQ). A square system is solved as it is; a wider
one by its normal equations, x = A^T (A A^T)^{-1} b, as the Java solver does.
Prints the median in-process time and a digest of the solution (the sum of
|numerators| and the largest denominator) to compare with the Java result."""
import statistics
import sys
import time
from fractions import Fraction

from sympy import QQ, ZZ
from sympy.polys.matrices import DomainMatrix


def read(path):
    with open(path) as f:
        rows, cols = map(int, f.readline().split())
        a = [[int(v) for v in f.readline().split()] for _ in range(rows)]
        b = [Fraction(f.readline().strip()) for _ in range(rows)]
    return a, b


def solve(a, b, method):
    rows, cols = len(a), len(a[0])
    A = DomainMatrix([[ZZ(v) for v in row] for row in a], (rows, cols), ZZ)
    M = A if rows == cols else A * A.transpose()
    if method == "lu":
        B = DomainMatrix([[QQ(v.numerator, v.denominator)] for v in b], (rows, 1), QQ)
        y = M.convert_to(QQ).lu_solve(B)
    else:
        den = 1
        for v in b:
            den = den * v.denominator // __import__("math").gcd(den, v.denominator)
        B = DomainMatrix([[ZZ(v.numerator * (den // v.denominator))] for v in b], (rows, 1), ZZ)
        num, d = M.solve_den(B)
        y = num.convert_to(QQ) * QQ(1, int(d) * den)
    if rows == cols:
        return y
    return A.convert_to(QQ).transpose() * y


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    method = sys.argv[3] if len(sys.argv) > 3 else "den"
    a, b = read(path)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        x = solve(a, b, method)
        times.append((time.perf_counter() - t) * 1e3)
    values = [Fraction(int(v.numerator), int(v.denominator)) for v in x.to_Matrix()]
    print("sympy DomainMatrix %s %s %dx%d median_ms=%.1f" % (method, path.split("/")[-1], len(a), len(a[0]),
                                                             statistics.median(times)))
    print("digest: sum|num|=%d max den=%d" % (sum(abs(v.numerator) for v in values),
                                              max(v.denominator for v in values)))


if __name__ == "__main__":
    main()
