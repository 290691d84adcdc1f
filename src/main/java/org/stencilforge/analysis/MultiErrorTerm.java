package org.stencilforge.analysis;

import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.MultiIndex;

/**
 * One term {@code coefficient · h^hPower · ∂^α f(x)} of a multidimensional
 * truncation error (approximation minus exact).
 *
 * @param derivative {@code α}
 * @param hPower {@code |α| - m}
 * @param coefficient the exact, non-zero coefficient
 */
public record MultiErrorTerm(MultiIndex derivative, int hPower, Rational coefficient) {
}
