#!/usr/bin/env python3
# Copied from the project's shared benchmark folder (shared/bench/sympy_weights.py, written for
# Stencilforge by its steering session) so that a clone has it; sympy itself is BSD-licensed.
"""Reference timing: sympy's exact Fornberg weights (finite_diff_weights) on the
centred integer grid of N points, derivative orders 0..M, evaluated at 0.
Install once with: apt-get install -y python3-sympy  (or use any sympy >= 1.11).

usage: sympy_weights.py N M [REPEATS]
Prints: 'sympy N=.. M=.. median_ms=..' and the weight of the last node for
derivative M, so the project's output can be compared for equality."""
import sys, time, statistics
from sympy import Integer
from sympy.calculus.finite_diff import finite_diff_weights

n, m = int(sys.argv[1]), int(sys.argv[2])
reps = int(sys.argv[3]) if len(sys.argv) > 3 else 5
x = [Integer(i - n // 2) for i in range(n)]
times = []
for _ in range(reps):
    t = time.perf_counter()
    w = finite_diff_weights(m, x, 0)
    times.append((time.perf_counter() - t) * 1e3)
print("sympy N=%d M=%d median_ms=%.2f" % (n, m, statistics.median(times)))
print("last-node weight, derivative %d: %s" % (m, w[m][-1][-1]))
