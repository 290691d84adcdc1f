package org.stencilforge.design;

import static org.stencilforge.Checks.require;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.linear.ExactSolver;
import org.stencilforge.stencil.Stencil;

/**
 * Savitzky–Golay filters: the {@code m}-th derivative, at position {@code a}
 * of the window, of the polynomial of degree {@code d} fitted by least squares
 * to the window's {@code N} samples.
 *
 * <p>With {@code V_jk = s_j^k} ({@code s_j = j - a}), the fitted coefficients are
 * {@code c = (VᵀV)^{-1} Vᵀ f} and the derivative at {@code s = 0} is
 * {@code m! c_m}, so the weights are {@code w = m! V (VᵀV)^{-1} e_m}: one solve
 * of the normal equations, exactly (on the integers {@code q s_j} when
 * {@code a} has denominator {@code q}). The filter is exact on polynomials of
 * degree {@code d}; {@code d = N - 1} gives the interpolating stencil.
 */
public final class SavitzkyGolay {

    private SavitzkyGolay() {
    }

    /**
     * @param derivative {@code m}, from 0 (smoothing) to {@code d}
     * @param window {@code N}, at least {@code d + 1}
     * @param degree {@code d}, at least 0
     * @param at the position in the window, or empty for the centre
     * @param errorTerms how many error terms to list
     * @param maxLength the largest window allowed
     * @return the filter
     */
    public static Design design(int derivative, int window, int degree, Optional<Rational> at, int errorTerms,
            int maxLength) {
        require(degree >= 0, "--degree must be 0 or more, not " + degree);
        require(derivative >= 0 && derivative <= degree, "--derivative " + derivative + " is out of range for a fit"
                + " of degree " + degree + ": give 0 (smoothing) to " + degree + ", or raise --degree");
        Window w = Window.of(window, at, "--window", maxLength);
        require(window >= (long) degree + 1, "no least-squares fit of degree " + degree + " on " + window + " points:"
                + " it needs at least " + ((long) degree + 1) + "; use --window " + ((long) degree + 1) + " or more, or a"
                + " lower --degree");
        List<Rational> weights = weights(w, derivative, degree);
        Stencil stencil = Stencil.of(derivative, w.offsets(), weights);
        AnalysedStencil result = AnalysedStencil.of(stencil, errorTerms);
        List<Design.Property> properties = new ArrayList<>();
        properties.add(Design.Property.text("kind", "design", "savitzky-golay"));
        properties.add(Design.Property.of("degree", "least-squares fit of degree", degree));
        properties.add(Design.Property.text("at", "position in the window (0 to " + (window - 1) + ")",
                w.at().toString()));
        return new Design(result, properties);
    }

    private static List<Rational> weights(Window window, int m, int d) {
        BigInteger[] u = window.scaledOffsets();
        int n = window.length();
        BigInteger[] powerSums = new BigInteger[2 * d + 1]; // Σ_j u_j^k
        for (int k = 0; k <= 2 * d; k++) {
            BigInteger s = BigInteger.ZERO;
            for (BigInteger uj : u) {
                s = s.add(uj.pow(k));
            }
            powerSums[k] = s;
        }
        BigInteger[][] normal = new BigInteger[d + 1][d + 1];
        Rational[] rhs = new Rational[d + 1];
        for (int k = 0; k <= d; k++) {
            for (int l = 0; l <= d; l++) {
                normal[k][l] = powerSums[k + l];
            }
            rhs[k] = k == m ? Rational.of(window.momentTarget(m)) : Rational.ZERO;
        }
        Rational[] y = ExactSolver.solve(normal, rhs);
        List<Rational> w = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Rational sum = Rational.ZERO;
            for (int k = 0; k <= d; k++) {
                sum = sum.add(y[k].multiply(Rational.of(u[j].pow(k))));
            }
            w.add(sum);
        }
        return w;
    }
}
