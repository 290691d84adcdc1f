package org.stencilforge.linear;

import java.math.BigInteger;
import java.util.Arrays;
import org.stencilforge.arithmetic.Rational;

/**
 * Solves {@code A x = b} exactly for an integer matrix of full row rank: the
 * unique solution when {@code A} is square, else the solution of least
 * Euclidean norm, {@code x = A^T λ} with {@code (A A^T) λ = b}, which is rational.
 *
 * <p>A square system {@code M y = c} (here {@code A} itself, or the integer
 * Gram matrix {@code A A^T}, formed once) is solved by p-adic lifting (Dixon,
 * Numer. Math. 40, 1982): one LU decomposition modulo a prime {@code p}, then
 * each step solves for the next p-adic digit of {@code y} with the residual
 * {@code (c - M y_{<i}) / p^i}, so the cost is one elimination and
 * {@code O(r^2)} per digit instead of an elimination per prime. At
 * {@code 1, 2, 4, 8, ...} digits the expansion modulo {@code p^k} is
 * reconstructed as fractions (Wang's algorithm, one common denominator carried
 * from entry to entry) and the candidate is checked exactly,
 * {@code M y = c} in integer arithmetic; only a verified solution is returned,
 * and {@code A^T λ} of a verified {@code λ} satisfies {@code A x = b} and lies
 * in the row space of {@code A} by construction.
 */
public final class ExactSolver {

    /** The most p-adic digits tried before giving up (about 120 000 bits). */
    private static final int MAX_DIGITS = 4000;
    /** Primes tried for a non-singular reduction before the rows are called dependent. */
    private static final int MAX_UNLUCKY = 20;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private ExactSolver() {
    }

    /**
     * @param a the coefficients, {@code r × n} integers with {@code r <= n}, rows independent
     * @param b the right-hand sides, rationals
     * @return the unique solution if {@code r == n}, else the least-norm solution
     * @throws IllegalArgumentException if the rows are dependent or there are more rows than unknowns
     */
    public static Rational[] solve(BigInteger[][] a, Rational[] b) {
        int r = a.length;
        int n = a[0].length;
        if (r > n) {
            throw new IllegalArgumentException(r + " equations for " + n + " unknowns");
        }
        if (r == n) {
            return solveSquare(a, b);
        }
        Rational[] lambda = solveSquare(gram(a), b);
        // x = A^T λ over λ's common denominator
        BigInteger common = Rational.commonDenominator(Arrays.asList(lambda));
        BigInteger[] scaled = new BigInteger[r];
        for (int i = 0; i < r; i++) {
            scaled[i] = lambda[i].timesMultipleOfDenominator(common);
        }
        Rational[] x = new Rational[n];
        for (int j = 0; j < n; j++) {
            BigInteger s = BigInteger.ZERO;
            for (int i = 0; i < r; i++) {
                if (a[i][j].signum() != 0 && scaled[i].signum() != 0) {
                    s = s.add(a[i][j].multiply(scaled[i]));
                }
            }
            x[j] = Rational.of(s, common);
        }
        return x;
    }

    /** {@code A A^T}, exactly; entries in {@code long} arithmetic while they fit. */
    static BigInteger[][] gram(BigInteger[][] a) {
        int r = a.length;
        int n = a[0].length;
        long[][] small = longs(a, 31);
        BigInteger[][] g = new BigInteger[r][r];
        for (int i = 0; i < r; i++) {
            for (int k = i; k < r; k++) {
                BigInteger s = null;
                if (small != null) {
                    try {
                        long t = 0;
                        for (int j = 0; j < n; j++) {
                            t = Math.addExact(t, small[i][j] * small[k][j]); // |factors| < 2^31: no overflow
                        }
                        s = BigInteger.valueOf(t);
                    } catch (ArithmeticException overflow) {
                        s = null;
                    }
                }
                if (s == null) {
                    s = BigInteger.ZERO;
                    for (int j = 0; j < n; j++) {
                        s = s.add(a[i][j].multiply(a[k][j]));
                    }
                }
                g[i][k] = s;
                g[k][i] = s;
            }
        }
        return g;
    }

    /** @return the entries as longs if every one has at most {@code bits} bits, else null */
    private static long[][] longs(BigInteger[][] m, int bits) {
        long[][] v = new long[m.length][];
        for (int i = 0; i < m.length; i++) {
            v[i] = new long[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j].bitLength() > bits) {
                    return null;
                }
                v[i][j] = m[i][j].longValue();
            }
        }
        return v;
    }

    /** The unique solution of a square non-singular integer system with rational right-hand sides. */
    private static Rational[] solveSquare(BigInteger[][] m, Rational[] b) {
        int r = m.length;
        BigInteger denominator = Rational.commonDenominator(Arrays.asList(b));
        BigInteger[] c = new BigInteger[r];
        for (int i = 0; i < r; i++) {
            c[i] = b[i].timesMultipleOfDenominator(denominator);
        }
        ModularLu lu = null;
        for (int k = 0; lu == null; k++) {
            if (k == MAX_UNLUCKY) {
                throw new IllegalArgumentException("the equations are dependent");
            }
            lu = ModularLu.of(m, Modulus.prime(k));
        }
        long p = lu.mod().p();
        BigInteger prime = BigInteger.valueOf(p);
        long[][] small = longs(m, 62);
        BigInteger[] residual = c.clone();
        BigInteger[] expansion = new BigInteger[r];
        Arrays.fill(expansion, BigInteger.ZERO);
        BigInteger power = BigInteger.ONE; // p^digits
        long[] digit = new long[r];
        int checkpoint = 1;
        for (int digits = 1; digits <= MAX_DIGITS; digits++) {
            for (int i = 0; i < r; i++) {
                digit[i] = lu.mod().of(residual[i]);
            }
            lu.solveInPlace(digit);
            for (int i = 0; i < r; i++) {
                if (digit[i] != 0) {
                    expansion[i] = expansion[i].add(power.multiply(BigInteger.valueOf(digit[i])));
                }
            }
            power = power.multiply(prime);
            for (int i = 0; i < r; i++) { // residual = (residual - M digit) / p, exactly
                residual[i] = residual[i].subtract(rowTimes(m, small, i, digit)).divide(prime);
            }
            if (digits == checkpoint || digits == MAX_DIGITS) {
                checkpoint *= 2;
                Rational[] y = reconstruct(expansion, power);
                if (y != null && satisfies(m, c, y)) { // M y = c, so M (y / D) = b
                    Rational scale = Rational.of(denominator);
                    for (int i = 0; i < r; i++) {
                        y[i] = y[i].divide(scale);
                    }
                    return y;
                }
            }
        }
        throw new IllegalStateException("no exact solution found with " + MAX_DIGITS + " p-adic digits");
    }

    /** {@code Σ_j M_ij d_j}: in 128-bit arithmetic for long entries, else in BigInteger. */
    private static BigInteger rowTimes(BigInteger[][] m, long[][] small, int i, long[] d) {
        if (small == null) {
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < d.length; j++) {
                if (d[j] != 0 && m[i][j].signum() != 0) {
                    s = s.add(m[i][j].multiply(BigInteger.valueOf(d[j])));
                }
            }
            return s;
        }
        // |M_ij| < 2^62 and 0 <= d_j < 2^31: each product below 2^93, the sum of r < 2^30 terms below 2^123
        long[] row = small[i];
        long high = 0;
        long low = 0;
        for (int j = 0; j < d.length; j++) {
            long x = row[j];
            long y = d[j];
            long productLow = x * y;
            long productHigh = Math.multiplyHigh(x, y);
            long sum = low + productLow;
            high += productHigh + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
            low = sum;
        }
        BigInteger unsignedLow = low >= 0 ? BigInteger.valueOf(low) : BigInteger.valueOf(low).add(TWO_64);
        return high == 0 ? unsignedLow : BigInteger.valueOf(high).shiftLeft(64).add(unsignedLow);
    }

    /** {@code M y = c} exactly, over {@code y}'s common denominator. */
    private static boolean satisfies(BigInteger[][] m, BigInteger[] c, Rational[] y) {
        BigInteger common = Rational.commonDenominator(Arrays.asList(y));
        BigInteger[] scaled = new BigInteger[y.length];
        for (int j = 0; j < y.length; j++) {
            scaled[j] = y[j].timesMultipleOfDenominator(common);
        }
        for (int i = 0; i < m.length; i++) {
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < y.length; j++) {
                if (m[i][j].signum() != 0 && scaled[j].signum() != 0) {
                    s = s.add(m[i][j].multiply(scaled[j]));
                }
            }
            // Σ M_ij y_j = c_i  ⟺  Σ M_ij Y_j = c_i L, with Y = L y
            if (!s.equals(c[i].multiply(common))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each residue as the fraction p/q with |p|, q below sqrt(M/2); null if one
     * has none. A denominator found for one entry is tried first on the next
     * ({@code q u mod M} small gives the numerator at once), so Euclid's
     * algorithm runs only when the common denominator grows.
     */
    static Rational[] reconstruct(BigInteger[] residues, BigInteger modulus) {
        BigInteger bound = modulus.shiftRight(1).sqrt();
        Rational[] out = new Rational[residues.length];
        BigInteger common = BigInteger.ONE;
        for (int j = residues.length - 1; j >= 0; j--) { // the last entry first: a failure shows early
            BigInteger shifted = residues[j].multiply(common).mod(modulus);
            BigInteger symmetric = shifted.compareTo(modulus.shiftRight(1)) > 0 ? shifted.subtract(modulus) : shifted;
            if (symmetric.abs().compareTo(bound) <= 0) {
                out[j] = Rational.of(symmetric, common);
                continue;
            }
            Rational f = reconstruct(shifted, modulus, bound);
            if (f == null) {
                return null;
            }
            common = common.multiply(f.denominator());
            if (common.compareTo(bound) > 0) {
                return null; // the entries' own bound is not met
            }
            out[j] = Rational.of(f.numerator(), common);
        }
        return out;
    }

    /** Wang's rational reconstruction by the extended Euclidean algorithm. */
    static Rational reconstruct(BigInteger u, BigInteger modulus, BigInteger bound) {
        BigInteger r0 = modulus;
        BigInteger r1 = u.mod(modulus);
        BigInteger t0 = BigInteger.ZERO;
        BigInteger t1 = BigInteger.ONE;
        while (r1.compareTo(bound) > 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger t = t0.subtract(qr[0].multiply(t1));
            t0 = t1;
            t1 = t;
        }
        if (t1.signum() == 0 || t1.abs().compareTo(bound) > 0 || !r1.gcd(t1).equals(BigInteger.ONE)) {
            return null;
        }
        return Rational.of(r1, t1);
    }
}
