"""Generated NumPy apply_all against a hand-written NumPy slicing expression for
the same stencil, the 4th-order central second derivative on 10^7 doubles.
Prints the median of the repetitions of each. Run by src/bench/run-codegen.sh
with the generated module d2central4.py on the path."""
import statistics
import sys
import time

import numpy as np

import d2central4

N = 10_000_000
REPETITIONS = 15


def hand(f, h):
    """The same stencil by hand, interior only: the usual NumPy idiom."""
    return (-f[:-4] + 16.0 * f[1:-3] - 30.0 * f[2:-2] + 16.0 * f[3:-1] - f[4:]) / (12.0 * h * h)


def main():
    h = 1.0 / N
    f = (np.arange(N) * h) ** 3
    times = {"generated": [], "hand": []}
    assert np.allclose(d2central4.apply_all(f, h)[2:-2], hand(f, h), rtol=1e-9, atol=1e-3)
    for r in range(-2, REPETITIONS):  # two warm-up rounds, then alternate the two
        for name, fn in (("generated", d2central4.apply_all), ("hand", hand)):
            start = time.perf_counter()
            fn(f, h)
            t = time.perf_counter() - start
            if r >= 0:
                times[name].append(t)
    g = statistics.median(times["generated"]) * 1e3
    m = statistics.median(times["hand"]) * 1e3
    print("NumPy %s, 10^7 doubles, median of %d:" % (np.__version__, REPETITIONS))
    print("  generated apply_all (closures included)  %8.2f ms  1" % g)
    print("  hand-written slicing (interior only)     %8.2f ms  %.2f" % (m, m / g))


if __name__ == "__main__":
    sys.exit(main())
