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
           (each term on its own axis, the other interpolating at 0): the 5-point stencil
  mehr9    the anisotropic 9-point (Mehrstellen) Laplacian on the 3x3 box with spacings
           hx, hy, as `nd --operator laplacian --dimension 2 --shape box --radius 1
           --spacing hx,hy` gives it: the Taylor conditions on the points (i hx, j hy) up
           to degree 3, the degree-4 moments set to c (hx^2 Dxx + hy^2 Dyy)(Dxx + Dyy)
           with c free, solved by sympy's linsolve, each weight factored. sympy is
           handed the rule; Stencilforge finds which conditions the box admits

Run with python3 (sympy 1.14 here):
  python3 src/bench/python/sympy_symbolic.py five2
and time the whole process next to `java -jar target/stencilforge.jar weights --derivative 2
--offsets=-h1-h2,-h1,0,h3,h3+h4` (see README, Speed, Symbolic spacings)."""
import sys
from sympy import symbols, factor, factorial, Integer, linsolve
from sympy.calculus.finite_diff import finite_diff_weights


def line(m, offsets):
    w = finite_diff_weights(m, offsets, 0)[m][-1]
    return [factor(x) for x in w]


def mehrstellen9(hx, hy):
    points = [(i, j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
    w = symbols("w0:9")
    c = symbols("c")
    # the degree-4 target c (hx^2 Dxx + hy^2 Dyy)(Dxx + Dyy): coefficients of Dx^p Dy^q
    target = {(4, 0): c * hx**2, (2, 2): c * (hx**2 + hy**2), (0, 4): c * hy**2}
    equations = []
    for degree in range(5):
        for p in range(degree + 1):
            q = degree - p
            moment = sum(wk * (i * hx)**p * (j * hy)**q for wk, (i, j) in zip(w, points))
            moment = moment / (factorial(p) * factorial(q))
            if degree == 2:
                right = 1 if p in (0, 2) else 0
            elif degree == 4:
                right = target.get((p, q), 0)
            else:
                right = 0
            equations.append(moment - right)
    (solution,) = linsolve(equations, list(w) + [c])
    return [factor(x) for x in solution[:9]]


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
    elif problem == "mehr9":
        out = mehrstellen9(hx, hy)
    else:
        raise SystemExit("unknown problem " + problem)
    for w in out:
        print(w)


if __name__ == "__main__":
    main(sys.argv[1])
