package org.stencilforge.linear;

import java.math.BigInteger;

/**
 * The LU decomposition with row pivoting of a square integer matrix modulo a
 * prime, {@code P M = L U}, to solve {@code M y = c (mod p)} for many
 * right-hand sides at {@code O(r^2)} each (the p-adic digits of
 * {@link ExactSolver}). Solving does not change it.
 */
final class ModularLu {

    private final Modulus mod;
    /** L below the diagonal (unit diagonal implied), U on and above it. */
    private final long[][] lu;
    /** Row {@code i} of {@code P M} is row {@code permutation[i]} of {@code M}. */
    private final int[] permutation;
    /** The inverses of U's diagonal. */
    private final long[] inverseDiagonal;

    private ModularLu(Modulus mod, long[][] lu, int[] permutation, long[] inverseDiagonal) {
        this.mod = mod;
        this.lu = lu;
        this.permutation = permutation;
        this.inverseDiagonal = inverseDiagonal;
    }

    /**
     * @param m a square integer matrix
     * @param mod the prime
     * @return its decomposition modulo the prime, or null if it is singular there
     */
    static ModularLu of(BigInteger[][] m, Modulus mod) {
        int r = m.length;
        long p = mod.p();
        long[][] a = new long[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                a[i][j] = mod.of(m[i][j]);
            }
        }
        int[] permutation = new int[r];
        for (int i = 0; i < r; i++) {
            permutation[i] = i;
        }
        long[] inverseDiagonal = new long[r];
        for (int col = 0; col < r; col++) {
            int pivot = col;
            while (pivot < r && a[pivot][col] == 0) {
                pivot++;
            }
            if (pivot == r) {
                return null;
            }
            long[] t = a[pivot];
            a[pivot] = a[col];
            a[col] = t;
            int tp = permutation[pivot];
            permutation[pivot] = permutation[col];
            permutation[col] = tp;
            long inverse = mod.inverse(a[col][col]);
            inverseDiagonal[col] = inverse;
            long[] pivotRow = a[col];
            for (int i = col + 1; i < r; i++) {
                long[] row = a[i];
                if (row[col] == 0) {
                    continue;
                }
                long f = row[col] * inverse % p;
                row[col] = f; // L's entry
                long g = p - f; // row -= f pivotRow, as row += (p - f) pivotRow
                for (int j = col + 1; j < r; j++) {
                    row[j] = (row[j] + g * pivotRow[j]) % p;
                }
            }
        }
        return new ModularLu(mod, a, permutation, inverseDiagonal);
    }

    /** @return the prime */
    Modulus mod() {
        return mod;
    }

    /**
     * Overwrites {@code c} with the solution {@code y} of {@code M y = c (mod p)}.
     *
     * @param c residues, one per row
     */
    void solveInPlace(long[] c) {
        int r = lu.length;
        long p = mod.p();
        long[] y = new long[r];
        for (int i = 0; i < r; i++) { // L z = P c
            long s = c[permutation[i]];
            long[] row = lu[i];
            for (int j = 0; j < i; j++) {
                if (row[j] != 0) {
                    s = (s + (p - row[j]) * y[j]) % p;
                }
            }
            y[i] = s;
        }
        for (int i = r - 1; i >= 0; i--) { // U y = z
            long s = y[i];
            long[] row = lu[i];
            for (int j = i + 1; j < r; j++) {
                if (row[j] != 0) {
                    s = (s + (p - row[j]) * y[j]) % p;
                }
            }
            y[i] = s * inverseDiagonal[i] % p;
        }
        System.arraycopy(y, 0, c, 0, r);
    }
}
