package org.stencilforge.design;

import static org.stencilforge.Checks.require;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.linear.ExactSolver;
import org.stencilforge.stencil.Stencil;

/**
 * Smooth noise-robust differentiators (P. Holoborodko, "Smooth noise robust
 * differentiators", 2008): exact on polynomials up to a degree {@code d}, and
 * with the highest order of zero at {@code ω = π} that the points allow.
 *
 * <p>With the window's samples {@code f_j} ({@code j = 0..N-1}) and the symbol
 * {@code H(ω) = Σ_j w_j e^{i j ω}}, the conditions are linear in the weights:
 * <ul>
 *   <li>{@code Σ_j w_j (j - a)^n / n! = δ_{nm}} for {@code n = 0..d} (exact on
 *       polynomials of degree {@code d}: tangency to {@code (iω)^m} at 0);</li>
 *   <li>{@code Σ_j w_j (-1)^j j^k = 0} for {@code k = 0..N-d-2} (the derivatives
 *       of {@code H} at {@code π} up to order {@code N-d-2} vanish).</li>
 * </ul>
 * They are the Hermite interpolation conditions of the polynomial
 * {@code Σ w_j z^j} of degree {@code N-1} at {@code z = 1} and {@code z = -1},
 * {@code N} conditions in all, so the weights exist and are unique whenever
 * {@code N >= d + 2}; centred, they are symmetric or antisymmetric, which can
 * raise the order of the zero at {@code π} by one. The system is solved exactly.
 */
public final class NoiseRobust {

    private NoiseRobust() {
    }

    /**
     * @param derivative {@code m}, at least 1
     * @param length {@code N}; odd when {@code at} is empty
     * @param degree {@code d}, at least {@code m} and at most {@code N - 2}
     * @param at the position in the window where the derivative is taken, or empty for the centre
     * @param errorTerms how many error terms to list
     * @param maxLength the largest length allowed
     * @return the filter, with its exactness degree and the order of its zero at {@code π}
     */
    public static Design design(int derivative, int length, int degree, Optional<Rational> at, int errorTerms,
            int maxLength) {
        require(derivative >= 1, "a noise-robust differentiator needs --derivative 1 or more, not " + derivative
                + " (for smoothing, see --kind savitzky-golay)");
        require(at.isPresent() || length % 2 == 1, "a centred noise-robust filter needs an odd --length, not "
                + length + "; use " + (length + 1) + ", or give --at for an off-centre filter");
        Window window = Window.of(length, at, "--length", maxLength);
        require(degree >= derivative, "--degree " + degree + " is below the derivative " + derivative
                + ": the filter must be exact at least on polynomials of degree " + derivative);
        require(length >= (long) degree + 2, "no noise-robust filter of degree " + degree + " has " + length
                + " points: exactness takes " + ((long) degree + 1) + " and the zero at ω = π at least one more;"
                + " use --length " + (at.isPresent() ? (long) degree + 2 : ((long) degree + 2) | 1) + " or more, or a"
                + " lower --degree");
        Rational[] w = solve(window, derivative, degree);
        Stencil stencil = Stencil.of(derivative, window.offsets(), Arrays.asList(w));
        AnalysedStencil result = AnalysedStencil.of(stencil, errorTerms);
        List<Design.Property> properties = new ArrayList<>();
        properties.add(Design.Property.text("kind", "design", "noise-robust"));
        properties.add(Design.Property.of("degree", "exact on polynomials of degree", exactDegree(result)));
        properties.add(Design.Property.of("nyquistZero", "order of the zero at ω = π", nyquistZero(w)));
        properties.add(Design.Property.text("at", "position in the window (0 to " + (length - 1) + ")",
                window.at().toString()));
        return new Design(result, properties);
    }

    /** The Hermite conditions at {@code z = 1} and {@code z = -1}, solved exactly. */
    private static Rational[] solve(Window window, int m, int d) {
        int n = window.length();
        BigInteger[] u = window.scaledOffsets();
        BigInteger[][] a = new BigInteger[n][n];
        Rational[] b = new Rational[n];
        for (int k = 0; k <= d; k++) { // Σ w_j u_j^k = k! q^k δ_km
            for (int j = 0; j < n; j++) {
                a[k][j] = u[j].pow(k);
            }
            b[k] = k == m ? Rational.of(window.momentTarget(m)) : Rational.ZERO;
        }
        for (int k = 0; k < n - d - 1; k++) { // Σ w_j (-1)^j j^k = 0
            for (int j = 0; j < n; j++) {
                BigInteger p = BigInteger.valueOf(j).pow(k);
                a[d + 1 + k][j] = j % 2 == 0 ? p : p.negate();
            }
            b[d + 1 + k] = Rational.ZERO;
        }
        return ExactSolver.solve(a, b);
    }

    /**
     * @param w the weights on the window's points {@code 0..N-1}
     * @return the order of the zero of {@code Σ w_j e^{i j ω}} at {@code ω = π}: the number of
     *     consecutive {@code k = 0, 1, ...} with {@code Σ_j w_j (-1)^j j^k = 0}
     */
    static int nyquistZero(Rational[] w) {
        for (int k = 0; k < w.length; k++) { // a non-zero polynomial of degree N-1 has no zero of order N
            Rational sum = Rational.ZERO;
            for (int j = 0; j < w.length; j++) {
                Rational t = w[j].multiply(Rational.of(BigInteger.valueOf(j).pow(k)));
                sum = j % 2 == 0 ? sum.add(t) : sum.subtract(t);
            }
            if (!sum.isZero()) {
                return k;
            }
        }
        return w.length;
    }

    /** @return the highest degree of polynomial on which the stencil is exact, {@code m + p - 1} for order {@code p} */
    static long exactDegree(AnalysedStencil result) {
        int m = result.stencil().derivative();
        return result.error().order().isPresent() ? m + result.error().order().getAsInt() - 1 : Long.MAX_VALUE;
    }
}
