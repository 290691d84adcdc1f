package org.stencilforge.real;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.stencilforge.arithmetic.Rational;

/**
 * The roots of {@code P_N} (Gauss–Legendre nodes) or {@code ±1} with the roots of
 * {@code P'_{N-1}} (Gauss–Lobatto–Legendre nodes), enclosed rigorously at any
 * precision. Thread-safe (results are cached per precision).
 *
 * <p>Each positive root is found by Newton's method, first in doubles from a
 * classical starting point ({@code cos(π(k - 1/4)/(N + 1/2))} for {@code P_N},
 * the Chebyshev–Lobatto points for {@code P'_{N-1}}), then in decimals of the
 * working precision; the negative roots are their mirror images (the polynomials
 * are even or odd), and 0 is an exact root when the polynomial is odd. The
 * enclosure is then proved: the polynomial, evaluated by its three-term
 * recurrence in ball arithmetic at both ends of {@code [x - δ, x + δ]}, has
 * strictly opposite signs there (so a root lies inside; evaluated with {@code 0.39 N}
 * more digits, as ball radii grow like {@code (1 + √2)^N} in the recurrence), and the intervals are
 * disjoint and inside {@code (-1, 1)}; as many intervals as the polynomial has
 * roots means that every root is found, once. If a check fails, the nodes are
 * not given at that precision ({@link ArithmeticException}) and a higher one is tried.
 */
final class LegendreRoots {

    private final int n;
    private final boolean lobatto;
    private final Map<Integer, Ball[]> cache = new HashMap<>();

    private LegendreRoots(int n, boolean lobatto) {
        this.n = n;
        this.lobatto = lobatto;
    }

    /** @return the roots of {@code P_n} */
    static LegendreRoots gauss(int n) {
        return new LegendreRoots(n, false);
    }

    /** @return {@code ±1} and the roots of {@code P'_{n-1}} */
    static LegendreRoots lobatto(int n) {
        return new LegendreRoots(n, true);
    }

    /** @return node {@code k} of {@code 0..n-1}, ascending */
    Real node(int k) {
        return new Real() {
            @Override
            public Ball at(int digits) {
                return all(digits)[k];
            }

            @Override
            public Rational exact() {
                int mirror = n - 1 - k;
                if (k == mirror) {
                    return Rational.ZERO;
                }
                return lobatto && (k == 0 || mirror == 0) ? Rational.of(k == 0 ? -1 : 1) : null;
            }

            @Override
            public String text() {
                return (lobatto ? "legendre-lobatto:" : "legendre-gauss:") + n + "[" + k + "]";
            }
        };
    }

    /** The polynomial whose interior roots are wanted: {@code P_n}, or {@code P'_{n-1}} for Lobatto. */
    private int degree() {
        return lobatto ? n - 1 : n;
    }

    synchronized Ball[] all(int digits) {
        Ball[] cached = cache.get(digits);
        if (cached == null) {
            cached = compute(digits);
            cache.put(digits, cached);
        }
        return cached;
    }

    private Ball[] compute(int digits) {
        int m = degree();
        int interior = lobatto ? n - 2 : n;
        Ball[] nodes = new Ball[n];
        int offset = lobatto ? 1 : 0;
        if (lobatto) {
            nodes[0] = Ball.of(-1);
            nodes[n - 1] = Ball.ONE;
        }
        if (interior % 2 == 1) {
            nodes[offset + interior / 2] = Ball.ZERO;
        }
        MathContext mc = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
        BigDecimal delta = BigDecimal.ONE.scaleByPowerOfTen(-(digits + 2));
        BigDecimal previous = BigDecimal.ONE; // the next root up must lie below previous - delta
        // radii in the recurrence grow like (1 + √2)^m in ball arithmetic: 0.39 m digits more for the signs
        int check = digits + 20 + (int) Math.ceil(0.39 * m);
        for (int i = 0; i < interior / 2; i++) {
            // the i-th positive root from the top
            double start = lobatto ? Math.cos(Math.PI * (i + 1) / m) : Math.cos(Math.PI * (i + 0.75) / (m + 0.5));
            double x0 = newtonDouble(start, m);
            BigDecimal x = new BigDecimal(x0);
            for (int it = 0; it < 64; it++) {
                BigDecimal step = step(x, m, mc);
                x = x.subtract(step, mc);
                if (step.signum() == 0 || step.abs().compareTo(delta.scaleByPowerOfTen(-8)) < 0) {
                    break;
                }
            }
            x = x.round(new MathContext(digits + 4, RoundingMode.HALF_EVEN));
            BigDecimal lo = x.subtract(delta);
            BigDecimal hi = x.add(delta);
            if (lo.signum() <= 0 || hi.compareTo(previous) >= 0
                    || sign(lo, m, check) * sign(hi, m, check) >= 0) {
                throw new ArithmeticException("root " + i + " of degree " + m + " not isolated at " + digits + " digits"
                        );
            }
            previous = lo;
            Ball root = new Ball(x, delta);
            nodes[offset + interior - 1 - i] = root;
            nodes[offset + i] = root.negate();
        }
        return nodes;
    }

    /** @return the Newton step for the roots wanted at {@code x} */
    private BigDecimal step(BigDecimal x, int m, MathContext mc) {
        BigDecimal[] p = legendre(x, m, mc);
        BigDecimal oneMinus = BigDecimal.ONE.subtract(x.multiply(x, mc), mc);
        // P'_m = m (P_{m-1} - x P_m) / (1 - x^2)
        BigDecimal d1 = BigDecimal.valueOf(m).multiply(p[0].subtract(x.multiply(p[1], mc), mc), mc).divide(oneMinus, mc);
        if (!lobatto) {
            return p[1].divide(d1, mc);
        }
        // (1 - x^2) P''_m = 2x P'_m - m(m+1) P_m
        BigDecimal d2 = BigDecimal.valueOf(2).multiply(x, mc).multiply(d1, mc)
                .subtract(BigDecimal.valueOf((long) m * (m + 1)).multiply(p[1], mc), mc).divide(oneMinus, mc);
        return d1.divide(d2, mc);
    }

    /** @return {P_{m-1}(x), P_m(x)} by the three-term recurrence */
    private static BigDecimal[] legendre(BigDecimal x, int m, MathContext mc) {
        BigDecimal before = BigDecimal.ONE;
        BigDecimal p = x;
        if (m == 0) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
        }
        for (int k = 1; k < m; k++) {
            // (k+1) P_{k+1} = (2k+1) x P_k - k P_{k-1}
            BigDecimal next = BigDecimal.valueOf(2L * k + 1).multiply(x, mc).multiply(p, mc)
                    .subtract(BigDecimal.valueOf(k).multiply(before, mc), mc).divide(BigDecimal.valueOf(k + 1), mc);
            before = p;
            p = next;
        }
        return new BigDecimal[] {before, p};
    }

    /**
     * @return the proved sign at the exact point {@code x} of {@code P_m}, or for Lobatto of
     *     {@code P_{m-1} - x P_m} (the sign of {@code P'_m} inside (-1, 1)); 0 when undecided
     */
    private int sign(BigDecimal x, int m, int digits) {
        Ball bx = Ball.exact(x);
        Ball before = Ball.ONE;
        Ball p = bx;
        for (int k = 1; k < m; k++) {
            Ball next = bx.multiply(p, digits).multiply(2L * k + 1, digits).subtract(before.multiply(k, digits), digits)
                    .divide(Ball.of(k + 1), digits);
            before = p;
            p = next;
        }
        Ball value = lobatto ? before.subtract(bx.multiply(p, digits), digits) : p;
        return value.containsZero() ? 0 : value.mid().signum();
    }

    /** Newton's method in doubles, to a good start for the decimal iteration. */
    private double newtonDouble(double x, int m) {
        for (int it = 0; it < 100; it++) {
            double before = 1;
            double p = x;
            for (int k = 1; k < m; k++) {
                double next = ((2 * k + 1) * x * p - k * before) / (k + 1);
                before = p;
                p = next;
            }
            double d1 = m * (before - x * p) / (1 - x * x);
            double step;
            if (lobatto) {
                double d2 = (2 * x * d1 - (double) m * (m + 1) * p) / (1 - x * x);
                step = d1 / d2;
            } else {
                step = p / d1;
            }
            x -= step;
            if (Math.abs(step) < 1e-15) {
                break;
            }
        }
        return x;
    }
}
