package org.stencilforge.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.fraction.BigFractionField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.FieldMatrix;
import org.hipparchus.linear.FieldVector;
import org.junit.jupiter.api.Test;
import org.stencilforge.arithmetic.Rational;

/** Modular solving with rational reconstruction against Hipparchus's exact LU on BigFraction. */
class ExactSolverTest {

    private static BigFraction f(Rational r) {
        return new BigFraction(r.numerator(), r.denominator());
    }

    private static Rational r(BigFraction f) {
        return Rational.of(f.getNumerator(), f.getDenominator());
    }

    private static BigInteger[][] randomMatrix(Random random, int rows, int cols) {
        BigInteger[][] a = new BigInteger[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = BigInteger.valueOf(random.nextInt(2001) - 1000).pow(1 + random.nextInt(3));
            }
        }
        return a;
    }

    private static Rational[] randomRhs(Random random, int rows) {
        Rational[] b = new Rational[rows];
        for (int i = 0; i < rows; i++) {
            b[i] = Rational.of(random.nextInt(200) - 100, 1 + random.nextInt(30));
        }
        return b;
    }

    private static FieldMatrix<BigFraction> matrix(BigInteger[][] a) {
        BigFraction[][] m = new BigFraction[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                m[i][j] = new BigFraction(a[i][j]);
            }
        }
        return new Array2DRowFieldMatrix<>(m, false);
    }

    @Test
    void squareSystemsMatchHipparchus() {
        Random random = new Random(17L);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + random.nextInt(12);
            BigInteger[][] a = randomMatrix(random, n, n);
            Rational[] b = randomRhs(random, n);
            FieldVector<BigFraction> rhs = new ArrayFieldVector<>(BigFractionField.getInstance(), n);
            for (int i = 0; i < n; i++) {
                rhs.setEntry(i, f(b[i]));
            }
            FieldVector<BigFraction> expected = new FieldLUDecomposition<>(matrix(a)).getSolver().solve(rhs);
            Rational[] x = ExactSolver.solve(a, b);
            for (int j = 0; j < n; j++) {
                assertEquals(r(expected.getEntry(j)), x[j]);
            }
        }
    }

    /** The least-norm solution is A^T λ with (A A^T) λ = b, here solved by Hipparchus. */
    @Test
    void underdeterminedSystemsGiveTheLeastNormSolution() {
        Random random = new Random(23L);
        for (int trial = 0; trial < 40; trial++) {
            int r = 1 + random.nextInt(6);
            int n = r + 1 + random.nextInt(6);
            BigInteger[][] a = randomMatrix(random, r, n);
            Rational[] b = randomRhs(random, r);
            FieldMatrix<BigFraction> m = matrix(a);
            FieldVector<BigFraction> rhs = new ArrayFieldVector<>(BigFractionField.getInstance(), r);
            for (int i = 0; i < r; i++) {
                rhs.setEntry(i, f(b[i]));
            }
            FieldVector<BigFraction> lambda = new FieldLUDecomposition<>(m.multiply(m.transpose())).getSolver()
                    .solve(rhs);
            FieldVector<BigFraction> expected = m.transpose().operate(lambda);
            Rational[] x = ExactSolver.solve(a, b);
            for (int j = 0; j < n; j++) {
                assertEquals(r(expected.getEntry(j)), x[j]);
            }
        }
    }

    /**
     * Entries past 2^31 and 2^62 (the Gram matrix and the p-adic residuals leave
     * {@code long} arithmetic) and larger systems, square and least-norm,
     * against Hipparchus's BigFraction LU of the same (normal) equations.
     */
    @Test
    void largeEntriesAndLargerSystemsMatchHipparchus() {
        Random random = new Random(31L);
        for (int trial = 0; trial < 12; trial++) {
            int r = 2 + random.nextInt(14);
            int n = trial % 2 == 0 ? r : r + 1 + random.nextInt(10);
            BigInteger[][] a = new BigInteger[r][n];
            int bits = new int[] {20, 40, 70}[trial % 3];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = new BigInteger(bits, random).subtract(BigInteger.ONE.shiftLeft(bits - 1));
                }
            }
            Rational[] b = randomRhs(random, r);
            FieldMatrix<BigFraction> m = matrix(a);
            FieldVector<BigFraction> rhs = new ArrayFieldVector<>(BigFractionField.getInstance(), r);
            for (int i = 0; i < r; i++) {
                rhs.setEntry(i, f(b[i]));
            }
            FieldVector<BigFraction> expected = r == n ? new FieldLUDecomposition<>(m).getSolver().solve(rhs)
                    : m.transpose().operate(new FieldLUDecomposition<>(m.multiply(m.transpose())).getSolver()
                            .solve(rhs));
            Rational[] x = ExactSolver.solve(a, b);
            for (int j = 0; j < n; j++) {
                assertEquals(r(expected.getEntry(j)), x[j], "trial " + trial + ", entry " + j);
            }
        }
    }

    @Test
    void rationalReconstructionRecoversSmallFractions() {
        BigInteger m = BigInteger.valueOf(Modulus.prime(0).p()).multiply(BigInteger.valueOf(Modulus.prime(1).p()));
        BigInteger bound = m.shiftRight(1).sqrt();
        for (Rational x : new Rational[] {Rational.of(-22, 7), Rational.of(355, 113), Rational.ZERO, Rational.of(-1)}) {
            BigInteger residue = x.numerator().multiply(x.denominator().modInverse(m)).mod(m);
            assertEquals(x, ExactSolver.reconstruct(residue, m, bound));
        }
    }
}
