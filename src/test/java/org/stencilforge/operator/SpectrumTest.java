package org.stencilforge.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.junit.jupiter.api.Test;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;

class SpectrumTest {

    static Polynomial roots(Rational... linear) {
        Polynomial p = Polynomial.ONE;
        for (Rational r : linear) {
            p = p.multiply(Polynomial.of(r.negate(), Rational.ONE));
        }
        return p;
    }

    static Rational q(long n) {
        return Rational.of(n);
    }

    /** Polynomials built from hand-chosen roots: the counts are known by construction. */
    @Test
    void countsOfPolynomialsWithKnownRoots() {
        // (λ - 1)(λ + 2): one right, one left
        assertEquals(new Spectrum(1, 0, 1), Spectrum.ofPolynomial(roots(q(1), q(-2))));
        // λ^3 (λ + 1)^2: three on the axis (a triple zero), two left
        assertEquals(new Spectrum(0, 3, 2), Spectrum.ofPolynomial(roots(q(0), q(0), q(0), q(-1), q(-1))));
        // (λ^2 + 1)^2 (λ^2 + 4): ±i twice and ±2i: six on the axis
        Polynomial axis = Polynomial.of(q(1), q(0), q(1)).multiply(Polynomial.of(q(1), q(0), q(1))).multiply(Polynomial.of(q(4), q(0), q(1)));
        assertEquals(new Spectrum(0, 6, 0), Spectrum.ofPolynomial(axis));
        // (λ^2 - λ + 1): roots 1/2 ± i√3/2, both right; times (λ^2 + λ + 1), both left; times (λ^2 - 4): ±2
        Polynomial mixed = Polynomial.of(q(1), q(-1), q(1)).multiply(Polynomial.of(q(1), q(1), q(1))).multiply(Polynomial.of(q(-4), q(0), q(1)));
        assertEquals(new Spectrum(3, 0, 3), Spectrum.ofPolynomial(mixed));
        // (λ^4 + 1): roots e^{iπ/4 + ikπ/2}, two right, two left; times λ (λ^2 + 3)
        Polynomial quartic = Polynomial.of(q(1), q(0), q(0), q(0), q(1)).multiply(Polynomial.of(q(0), q(3), q(0), q(1)));
        assertEquals(new Spectrum(2, 3, 2), Spectrum.ofPolynomial(quartic));
        // (λ - 1/3)^3 (λ + 5/2)
        assertEquals(new Spectrum(3, 0, 1), Spectrum.ofPolynomial(roots(Rational.of(1, 3), Rational.of(1, 3),
                Rational.of(1, 3), Rational.of(-5, 2))));
    }

    /** The characteristic polynomial of a companion matrix is the polynomial it was built from. */
    @Test
    void characteristicPolynomialOfACompanionMatrix() {
        Polynomial p = Polynomial.of(q(6), q(-5), q(0), q(3), q(1)); // monic: 6 - 5λ + 3λ^3 + λ^4
        int n = p.degree();
        Rational[][] c = new Rational[n][n];
        for (Rational[] row : c) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        for (int i = 1; i < n; i++) {
            c[i][i - 1] = Rational.ONE;
        }
        for (int i = 0; i < n; i++) {
            c[i][n - 1] = p.coefficient(i).negate();
        }
        assertEquals(p, Spectrum.characteristic(c));
    }

    /** Counts from the eigenvalues Hipparchus computes in double, where none lies within the margin of the axis. */
    static Spectrum numeric(Rational[][] a, double margin) {
        int n = a.length;
        double[][] x = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = a[i][j].toDouble();
            }
        }
        Complex[] values = new EigenDecompositionNonSymmetric(new Array2DRowRealMatrix(x)).getEigenvalues();
        int right = 0;
        int axis = 0;
        int left = 0;
        for (Complex v : values) {
            if (Math.abs(v.getReal()) <= margin) {
                axis++;
            } else if (v.getReal() > 0) {
                right++;
            } else {
                left++;
            }
        }
        return new Spectrum(right, axis, left);
    }

    @Test
    void randomIntegerMatricesAgreeWithHipparchus() {
        Random random = new Random(11L);
        int compared = 0;
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + random.nextInt(9);
            Rational[][] a = new Rational[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = Rational.of(random.nextInt(11) - 5, 1 + random.nextInt(3));
                }
            }
            Spectrum wide = numeric(a, 1e-6);
            if (wide.axis() == 0) { // a random matrix: no eigenvalue near the axis, so double decides it
                assertEquals(wide, Spectrum.of(a), "trial " + trial);
                compared++;
            }
        }
        assertEquals(true, compared > 40, "compared " + compared);
    }

    /**
     * The characteristic polynomial by Faddeev–LeVerrier (M_k = A M_(k-1) + c_(n-k+1) I, c_(n-k) = -tr(A M_k)/k),
     * exactly: an independent method for the polynomial.
     */
    static Polynomial faddeevLeVerrier(Rational[][] a) {
        int n = a.length;
        Rational[] c = new Rational[n + 1];
        c[n] = Rational.ONE;
        Rational[][] m = new Rational[n][n];
        for (Rational[] row : m) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        for (int k = 1; k <= n; k++) {
            Rational[][] next = new Rational[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    Rational s = i == j ? c[n - k + 1] : Rational.ZERO;
                    for (int t = 0; t < n; t++) {
                        s = s.add(a[i][t].multiply(m[t][j]));
                    }
                    next[i][j] = s;
                }
            }
            m = next;
            Rational trace = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < n; t++) {
                    trace = trace.add(a[i][t].multiply(m[t][i]));
                }
            }
            c[n - k] = trace.divide(Rational.of(-k));
        }
        return Polynomial.of(c);
    }

    /**
     * Counts from the Faddeev–LeVerrier polynomial: its zero roots read off the trailing zero coefficients, the
     * others as eigenvalues of the companion matrix of the rest, in double (Hipparchus), with a margin.
     */
    static Spectrum independent(Rational[][] a) {
        Polynomial p = faddeevLeVerrier(a);
        int zeros = 0;
        while (p.coefficient(zeros).isZero()) {
            zeros++;
        }
        Polynomial rest = Polynomial.of(p.coefficients().subList(zeros, p.coefficients().size()));
        int n = rest.degree();
        if (n == 0) {
            return new Spectrum(0, zeros, 0);
        }
        Rational[][] companion = new Rational[n][n];
        for (Rational[] row : companion) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        for (int i = 1; i < n; i++) {
            companion[i][i - 1] = Rational.ONE;
        }
        for (int i = 0; i < n; i++) {
            companion[i][n - 1] = rest.coefficient(i).negate().divide(rest.lead());
        }
        Spectrum s = numeric(companion, 1e-7);
        return new Spectrum(s.right(), s.axis() + zeros, s.left());
    }

    /**
     * Whole operators of small N: the exact counts against an independent polynomial and Hipparchus's roots. D
     * with closures has a zero eigenvalue of high multiplicity (a Jordan block: plain double eigenvalues scatter it
     * by 1e-4, so it is read off exactly); -D^T D is negative semidefinite with nullity that of D.
     */
    @Test
    void operatorsAgreeWithAnIndependentCount() {
        Limits limits = Limits.DEFAULT;
        for (int n = 6; n <= 14; n += 2) {
            for (WholeOperator op : List.of(
                    Lines.collocated(LinesTest.central(1, 2), n, ClosureRule.DEFAULT, limits),
                    Lines.collocated(LinesTest.central(1, 4), n + 2, ClosureRule.DEFAULT, limits),
                    Lines.collocated(LinesTest.central(2, 2), n, new ClosureRule(OptionalInt.of(1), OptionalInt.empty(),
                            BoundaryPoints.OWN), limits),
                    Lines.periodic(LinesTest.central(2, 4), n, limits))) {
                Rational[][] a = OperatorProperties.dense(op.matrix());
                assertEquals(faddeevLeVerrier(a), Spectrum.characteristic(a));
                Spectrum exact = OperatorProperties.of(op).spectrum().orElseThrow();
                assertEquals(independent(a), exact, op.kind() + " n=" + a.length);
                Spectrum normal = OperatorProperties.of(op.normal()).spectrum().orElseThrow();
                assertEquals(0, normal.right());
                assertEquals(OperatorProperties.of(op).nullspace().orElseThrow().size(), normal.axis());
            }
        }
        // periodic central first derivative: eigenvalues i sin(2πk/n), all on the axis (hand-derived symbol)
        Spectrum periodic = OperatorProperties.of(Lines.periodic(LinesTest.central(1, 2), 12, limits)).spectrum()
                .orElseThrow();
        assertEquals(new Spectrum(0, 12, 0), periodic);
    }
}
