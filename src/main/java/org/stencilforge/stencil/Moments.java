package org.stencilforge.stencil;

import java.math.BigInteger;
import org.stencilforge.arithmetic.Rational;

/**
 * The Taylor moments of a stencil: expanding every sample
 * {@code f(x + s_j h)} in its multivariate Taylor series gives
 * {@code h^(-m) Σ_j w_j f(x + s_j h) = Σ_α h^(|α|-m) (Σ_j w_j s_j^α / α!) ∂^α f(x)},
 * so the coefficient of {@code ∂^α f} in approximation minus exact is the
 * residual {@code C_α = Σ_j w_j s_j^α / α! - c_α}. The derivation checks the
 * weights it solved for with these residuals, the analysis lists them as error
 * terms: one piece of code for both.
 *
 * <p>The sums run on integers: with {@code a_j = D s_j} and {@code v_j = W w_j}
 * for common denominators {@code D} and {@code W},
 * {@code Σ w_j s_j^α = Σ v_j a_j^α / (W D^|α|)}. Not thread-safe (it caches powers).
 */
public final class Moments {

    private final Stencil stencil;
    private final IntegerPoints points;
    private final BigInteger weightScale;
    private final BigInteger[] integerWeights;

    /** @param stencil any stencil, derived here or elsewhere */
    public Moments(Stencil stencil) {
        this.stencil = stencil;
        this.points = new IntegerPoints(stencil.offsets());
        this.weightScale = Rational.commonDenominator(stencil.weights());
        this.integerWeights = stencil.weights().stream().map(w -> w.timesMultipleOfDenominator(weightScale))
                .toArray(BigInteger[]::new);
    }

    /**
     * @param alpha a multi-index of the stencil's dimension
     * @return {@code C_α = Σ_j w_j s_j^α / α! - c_α}, exact
     */
    public Rational residual(MultiIndex alpha) {
        BigInteger sum = BigInteger.ZERO;
        for (int j = 0; j < integerWeights.length; j++) {
            sum = sum.add(integerWeights[j].multiply(points.monomial(j, alpha)));
        }
        BigInteger divisor = weightScale.multiply(points.scale().pow(alpha.order())).multiply(alpha.factorial());
        return Rational.of(sum, divisor).subtract(stencil.operator().coefficient(alpha));
    }

    /**
     * @param degree a total degree {@code q}
     * @return whether every residual of degree at most {@code q} is zero: the
     *     stencil is exact on all polynomials of degree {@code q}
     */
    public boolean exactThrough(int degree) {
        for (int n = 0; n <= degree; n++) {
            for (MultiIndex alpha : MultiIndex.ofOrder(stencil.dimension(), n)) {
                if (!residual(alpha).isZero()) {
                    return false;
                }
            }
        }
        return true;
    }
}
