#!/usr/bin/env python3
"""The peer of Stencilforge's symbolic commands, for whole-process timing side by side:
sympy's finite_diff_weights on symbolic offsets, each weight then factored (sympy.factor),
printed. Stencilforge also computes the error terms and the degeneracies; this does not.

usage: sympy_symbolic.py PROBLEM
  three1   f'  on -h1, 0, h2
  three2   f'' on -h1, 0, h2
  five1    f'  on -h1-h2, -h1, 0, h3, h3+h4 (four free spacings)
  five2    f'' on the same
  lap9     the anisotropic Laplacian on the 3x3 box with spacings hx, hy: 1-D second
           differences on -hx, 0, hx and -hy, 0, hy, combined as Stencilforge does
           (each term on its own axis, the other interpolating at 0)

Run with python3 (sympy 1.14 here):
  python3 src/bench/python/sympy_symbolic.py five2
and time the whole process next to `java -jar target/stencilforge.jar weights --derivative 2
--offsets=-h1-h2,-h1,0,h3,h3+h4` (see README, Speed, Symbolic spacings)."""
import sys
from sympy import symbols, factor, Integer
from sympy.calculus.finite_diff import finite_diff_weights


def line(m, offsets):
    w = finite_diff_weights(m, offsets, 0)[m][-1]
    return [factor(x) for x in w]


def main(problem):
    h1, h2, h3, h4, hx, hy = symbols("h1 h2 h3 h4 hx hy", positive=True)
    if problem in ("three1", "three2"):
        out = line(1 if problem == "three1" else 2, [-h1, Integer(0), h2])
    elif problem in ("five1", "five2"):
        out = line(1 if problem == "five1" else 2, [-h1 - h2, -h1, Integer(0), h3, h3 + h4])
    elif problem == "lap9":
        dx = line(2, [-hx, Integer(0), hx])
        dy = line(2, [-hy, Integer(0), hy])
        out = []
        for i in range(3):
            for j in range(3):
                w = (dx[i] if j == 1 else 0) + (dy[j] if i == 1 else 0)
                out.append(factor(w))
    else:
        raise SystemExit("unknown problem " + problem)
    for w in out:
        print(w)


if __name__ == "__main__":
    main(sys.argv[1])
