package org.stencilforge.operator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;

/**
 * An exact enclosure {@code lower <= ρ(A) < upper} of the spectral radius of a rational matrix.
 * Immutable.
 *
 * <p>How: the characteristic polynomial {@code p} of degree {@code n} exactly
 * ({@link Spectrum#characteristicCoefficients}). For a rational {@code r > 0} the map
 * {@code z = r (1 + s) / (1 - s)} takes the disc {@code |z| < r} onto the half-plane
 * {@code Re s < 0}, so {@code ρ(A) < r} exactly when every root of
 * {@code q(s) = (1 - s)^n p(r (1 + s) / (1 - s))} has a negative real part and {@code q} keeps
 * degree {@code n} (its leading coefficient is {@code (-1)^n p(-r)}: zero when {@code -r} is an
 * eigenvalue), which the Routh–Hurwitz criterion decides in integers ({@link #hurwitzStable}: the
 * Hurwitz minors by fraction-free elimination, their sizes growing linearly; the Schur–Cohn recursion
 * doubled its integers at every step, and Sturm sequences over the rationals grew as fast). The
 * enclosure is a bracket of relative width {@code 2^-bits} around a floating-point estimate
 * ({@link #approximate}) when the two exact tests confirm it, else a bisection on {@code r} from the
 * largest absolute row sum of {@code A}. Every printed digit is guaranteed: {@link #decimal}
 * rounds the lower end down and the upper end up.
 *
 * @param lower a rational with {@code lower <= ρ(A)}
 * @param upper a rational with {@code ρ(A) < upper}
 */
public record SpectralRadius(Rational lower, Rational upper) {

    /**
     * @param a a square matrix of exact entries
     * @param bits the relative width asked: stop when {@code upper - lower <= upper 2^-bits}
     * @return the enclosure
     */
    public static SpectralRadius of(Rational[][] a, int bits) {
        Polynomial p = Polynomial.of(Spectrum.characteristicCoefficients(a));
        Rational width = Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(bits));
        // a bracket around the floating-point estimate, if the exact tests confirm it: two tests, not a bisection
        double estimate = approximate(a);
        if (estimate > 0 && Double.isFinite(estimate)) {
            BigDecimal d = new BigDecimal(estimate).round(new java.math.MathContext(bits / 3 + 3));
            Rational e = d.scale() > 0 ? Rational.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                    : Rational.of(d.toBigIntegerExact());
            Rational lo = e.multiply(Rational.ONE.subtract(width.divide(Rational.of(4))));
            Rational hi = e.multiply(Rational.ONE.add(width.divide(Rational.of(4))));
            if (inside(p, hi) && !inside(p, lo)) {
                return new SpectralRadius(lo, hi);
            }
        }
        Rational hi = Rational.ZERO; // ρ <= the largest absolute row sum; one more makes it strict
        for (Rational[] row : a) {
            Rational sum = Rational.ZERO;
            for (Rational x : row) {
                sum = sum.add(x.abs());
            }
            hi = sum.compareTo(hi) > 0 ? sum : hi;
        }
        hi = hi.add(Rational.ONE);
        Rational lo = Rational.ZERO;
        Rational tiny = Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(bits + 64));
        while (hi.subtract(lo).compareTo(hi.multiply(width)) > 0 && hi.compareTo(tiny) > 0) {
            Rational mid = lo.add(hi).divide(Rational.of(2));
            if (inside(p, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new SpectralRadius(lo, hi);
    }

    /**
     * The spectral radius in floating point (Hipparchus' Schur decomposition): for searching only,
     * never printed as digits of a result.
     *
     * @param a a square matrix of exact entries
     * @return {@code max |λ|} of the matrix rounded to doubles, or {@code NaN} if the decomposition fails
     */
    public static double approximate(Rational[][] a) {
        int n = a.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j].toDouble();
            }
        }
        try {
            double r = 0;
            for (org.hipparchus.complex.Complex z : new org.hipparchus.linear.EigenDecompositionNonSymmetric(
                    org.hipparchus.linear.MatrixUtils.createRealMatrix(m)).getEigenvalues()) {
                r = Math.max(r, z.norm());
            }
            return r;
        } catch (RuntimeException e) { // no convergence: the caller falls back to exact bisection
            return Double.NaN;
        }
    }

    /**
     * @param p a polynomial of degree 1 or more
     * @param r a positive rational
     * @return whether every root of {@code p} has modulus below {@code r}
     */
    static boolean inside(Polynomial p, Rational r) {
        int n = p.degree();
        // q(s) L v^n = sum_k P_k u^k v^(n-k) (1 + s)^k (1 - s)^(n-k), P = L p in integers, r = u / v
        BigInteger l = Rational.commonDenominator(p.coefficients());
        BigInteger u = r.numerator();
        BigInteger v = r.denominator();
        BigInteger[] c = new BigInteger[n + 1];
        java.util.Arrays.fill(c, BigInteger.ZERO);
        for (int k = 0; k <= n; k++) {
            BigInteger pk = p.coefficient(k).timesMultipleOfDenominator(l).multiply(u.pow(k)).multiply(v.pow(n - k));
            if (pk.signum() == 0) {
                continue;
            }
            long[] e = expansion(k, n - k);
            for (int j = 0; j <= n; j++) {
                c[j] = c[j].add(pk.multiply(BigInteger.valueOf(e[j])));
            }
        }
        Rational[] coefficients = new Rational[n + 1];
        for (int j = 0; j <= n; j++) {
            coefficients[j] = Rational.of(c[j]);
        }
        Polynomial q = Polynomial.of(coefficients);
        if (q.degree() < n) { // -r is a root: on the circle, not inside
            return false;
        }
        return hurwitzStable(q);
    }

    /** The coefficients of {@code (1 + s)^a (1 - s)^b}, lowest first (small: {@code a + b} is a matrix's size). */
    private static long[] expansion(int a, int b) {
        long[] e = new long[a + b + 1];
        e[0] = 1;
        int degree = 0;
        for (int t = 0; t < a + b; t++, degree++) {
            long sign = t < a ? 1 : -1;
            for (int j = degree + 1; j >= 1; j--) {
                e[j] = Math.addExact(e[j], Math.multiplyExact(sign, e[j - 1]));
            }
        }
        return e;
    }

    /**
     * The Routh–Hurwitz criterion: every root of {@code q} (degree {@code n}, coefficients
     * {@code a_0 s^n + a_1 s^(n-1) + ... + a_n}, {@code a_0 > 0} after a sign change) has a negative
     * real part exactly when every leading principal minor {@code Δ_1 .. Δ_n} of the Hurwitz matrix
     * {@code H[i][j] = a_(2j - i)} (1-based) is positive. The minors are the pivots of fraction-free
     * (Bareiss) elimination on the integer coefficients, whose sizes grow linearly.
     */
    static boolean hurwitzStable(Polynomial q) {
        int n = q.degree();
        BigInteger l = Rational.commonDenominator(q.coefficients());
        BigInteger[] a = new BigInteger[n + 1];
        for (int k = 0; k <= n; k++) {
            a[k] = q.coefficient(n - k).timesMultipleOfDenominator(l);
        }
        if (a[0].signum() < 0) {
            for (int k = 0; k <= n; k++) {
                a[k] = a[k].negate();
            }
        }
        BigInteger[][] h = new BigInteger[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = 2 * (j + 1) - (i + 1);
                h[i][j] = k >= 0 && k <= n ? a[k] : BigInteger.ZERO;
            }
        }
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            BigInteger pivot = h[k][k]; // Δ_(k+1)
            if (pivot.signum() <= 0) {
                return false;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    h[i][j] = pivot.multiply(h[i][j]).subtract(h[i][k].multiply(h[k][j])).divide(previous);
                }
            }
            previous = pivot;
        }
        return true;
    }

    /**
     * @param digits decimal places
     * @return {@code [lower, upper]} with the lower end rounded down and the upper end up
     */
    public String decimal(int digits) {
        return "[" + round(lower, digits, RoundingMode.FLOOR) + ", " + round(upper, digits, RoundingMode.CEILING) + "]";
    }

    private static String round(Rational x, int digits, RoundingMode mode) {
        return new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), digits, mode).toPlainString();
    }
}
