package org.stencilforge.symbolic;

/**
 * One term {@code coefficient · f^(n)(x)} of the truncation error of a
 * symbolic stencil, approximation minus exact. The spacings are in the
 * symbols, so there is no separate {@code h}: {@link #hPower} is 0 and the
 * coefficient's total degree in the symbols, {@link #degree}, plays its part.
 *
 * @param derivative {@code n}
 * @param coefficient {@code C_n = Σ_j w_j s_j^n / n! - δ(n, m)}, cancelled, numerator and denominator factored
 * @param degree the total degree of the coefficient in the symbols (numerator minus denominator)
 */
public record SymbolicErrorTerm(int derivative, Expr coefficient, int degree) {

    /** @return 0: the symbols carry the scale */
    public int hPower() {
        return 0;
    }
}
