package org.stencilforge.linear;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * Solves {@code A x = b} exactly for an integer matrix of full row rank: the
 * unique solution when {@code A} is square, else the solution of least
 * Euclidean norm, {@code x = A^T (A A^T)^{-1} b}, which is rational.
 *
 * <p>The system is solved modulo one prime after another; the solutions are
 * combined by the Chinese remainder theorem and each entry is recovered as the
 * fraction of smallest size with that residue (rational reconstruction). When
 * two successive reconstructions agree, the candidate is checked exactly
 * ({@code A x = b} in rational arithmetic, and for the least-norm solution that
 * {@code x} lies in the row space of {@code A}); only a verified solution is
 * returned.
 */
public final class ExactSolver {

    private static final int MAX_PRIMES = 4000;
    private static final int VERIFYING_PRIMES = 300;

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
        BigInteger modulusProduct = BigInteger.ONE;
        BigInteger[] combined = new BigInteger[n];
        Arrays.fill(combined, BigInteger.ZERO);
        Rational[] previous = null;
        int singular = 0;
        for (int k = 0; k < MAX_PRIMES; k++) {
            Modulus mod = Modulus.prime(k);
            long[] x = solveModulo(a, b, mod);
            if (x == null) { // p divides a denominator or a minor: skip it
                if (++singular > 20) {
                    throw new IllegalArgumentException("the equations are dependent");
                }
                continue;
            }
            BigInteger p = BigInteger.valueOf(mod.p());
            BigInteger inverse = modulusProduct.modInverse(p);
            for (int j = 0; j < n; j++) { // combined ≡ old mod M and ≡ x mod p
                BigInteger step = BigInteger.valueOf(x[j]).subtract(combined[j]).multiply(inverse).mod(p);
                combined[j] = combined[j].add(modulusProduct.multiply(step));
            }
            modulusProduct = modulusProduct.multiply(p);
            Rational[] candidate = reconstruct(combined, modulusProduct);
            if (candidate != null && Arrays.equals(candidate, previous) && verify(a, b, candidate, r < n)) {
                return candidate;
            }
            previous = candidate;
        }
        throw new IllegalStateException("no exact solution found with " + MAX_PRIMES + " primes");
    }

    /** The solution modulo one prime, or null if the prime is unlucky. */
    private static long[] solveModulo(BigInteger[][] a, Rational[] b, Modulus mod) {
        int r = a.length;
        int n = a[0].length;
        long[][] m = new long[r][n];
        long[] rhs = new long[r];
        try {
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = mod.of(a[i][j]);
                }
                rhs[i] = mod.of(b[i]);
            }
        } catch (ArithmeticException e) {
            return null;
        }
        if (r == n) {
            return gaussJordan(m, rhs, mod);
        }
        long[][] gram = new long[r][r];
        for (int i = 0; i < r; i++) {
            for (int k = i; k < r; k++) {
                long s = 0;
                for (int j = 0; j < n; j++) {
                    s = (s + mod.multiply(m[i][j], m[k][j])) % mod.p();
                }
                gram[i][k] = s;
                gram[k][i] = s;
            }
        }
        long[] lambda = gaussJordan(gram, rhs, mod);
        if (lambda == null) {
            return null;
        }
        long[] x = new long[n];
        for (int j = 0; j < n; j++) {
            long s = 0;
            for (int i = 0; i < r; i++) {
                s = (s + mod.multiply(m[i][j], lambda[i])) % mod.p();
            }
            x[j] = s;
        }
        return x;
    }

    /** Solves a square system modulo p in place; null if it is singular there. */
    static long[] gaussJordan(long[][] m, long[] rhs, Modulus mod) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            while (pivot < n && m[pivot][col] == 0) {
                pivot++;
            }
            if (pivot == n) {
                return null;
            }
            long[] t = m[pivot];
            m[pivot] = m[col];
            m[col] = t;
            long tr = rhs[pivot];
            rhs[pivot] = rhs[col];
            rhs[col] = tr;
            long inverse = mod.inverse(m[col][col]);
            for (int j = col; j < n; j++) {
                m[col][j] = mod.multiply(m[col][j], inverse);
            }
            rhs[col] = mod.multiply(rhs[col], inverse);
            for (int i = 0; i < n; i++) {
                long f = m[i][col];
                if (i != col && f != 0) {
                    long[] row = m[i];
                    long[] pivotRow = m[col];
                    for (int j = col; j < n; j++) {
                        row[j] = mod.subtract(row[j], mod.multiply(f, pivotRow[j]));
                    }
                    rhs[i] = mod.subtract(rhs[i], mod.multiply(f, rhs[col]));
                }
            }
        }
        return rhs;
    }

    /** Each residue as the fraction p/q with |p|, q below sqrt(M/2); null if one has none. */
    static Rational[] reconstruct(BigInteger[] residues, BigInteger modulus) {
        BigInteger bound = modulus.shiftRight(1).sqrt();
        Rational[] out = new Rational[residues.length];
        for (int j = 0; j < residues.length; j++) {
            out[j] = reconstruct(residues[j], modulus, bound);
            if (out[j] == null) {
                return null;
            }
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

    /** A x = b exactly, and for a least-norm solution x in the row space of A (checked modulo a fresh prime). */
    private static boolean verify(BigInteger[][] a, Rational[] b, Rational[] x, boolean leastNorm) {
        BigInteger common = Rational.commonDenominator(Arrays.asList(x));
        BigInteger[] scaled = Arrays.stream(x).map(v -> v.timesMultipleOfDenominator(common))
                .toArray(BigInteger[]::new);
        for (int i = 0; i < a.length; i++) {
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < scaled.length; j++) {
                s = s.add(a[i][j].multiply(scaled[j]));
            }
            if (!Rational.of(s, common).equals(b[i])) {
                return false;
            }
        }
        if (!leastNorm) {
            return true;
        }
        for (int k = VERIFYING_PRIMES; k < VERIFYING_PRIMES + 10; k++) { // primes the solve rarely reaches
            Modulus mod = Modulus.prime(k);
            ModularEchelon rows = new ModularEchelon(mod, x.length);
            List<long[]> residues = new ArrayList<>();
            for (BigInteger[] row : a) {
                residues.add(Arrays.stream(row).mapToLong(mod::of).toArray());
            }
            residues.forEach(row -> rows.add(row, 0));
            int rank = rows.rank();
            if (rank != a.length) {
                continue; // unlucky prime
            }
            long[] candidate = Arrays.stream(scaled).mapToLong(mod::of).toArray();
            return rows.add(candidate, 0) == ModularEchelon.Outcome.IMPLIED;
        }
        return false;
    }
}
