# Writes numpy_central.txt: the central stencils of derivatives 1 to 4 and
# accuracies 2 to 12 as NumPy prints their doubles (str of np.float64: the digits of
# repr, which NumPy 2 wraps in "np.float64(...)"), in the
# plain form of `stencilforge verify --input`. The exact weights come from an
# independent method: the Taylor (Vandermonde) conditions solved with Python's
# fractions.Fraction; each double is float(Fraction), the correctly rounded one.
#   python3 numpy_central.py > numpy_central.txt
from fractions import Fraction
from math import factorial
import numpy as np


def weights(m, offsets):
    n = len(offsets)
    a = [[Fraction(s) ** k for s in offsets] + [Fraction(factorial(m) if k == m else 0)] for k in range(n)]
    for c in range(n):
        p = next(r for r in range(c, n) if a[r][c] != 0)
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c and a[r][c] != 0:
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [a[i][n] / a[i][i] for i in range(n)]


print("# made by: python3 numpy_central.py > numpy_central.txt (NumPy " + np.__version__ + ")")
for m in range(1, 5):
    for p in range(2, 13, 2):
        r = (2 * ((m + 1) // 2) - 1 + p) // 2
        offsets = list(range(-r, r + 1))
        w = weights(m, offsets)
        print("derivative", m)
        print("offsets", " ".join(str(s) for s in offsets))
        print("weights", " ".join(str(np.float64(float(x))) for x in w))
