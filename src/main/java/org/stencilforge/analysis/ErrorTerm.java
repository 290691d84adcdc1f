package org.stencilforge.analysis;

import org.stencilforge.arithmetic.Rational;

/**
 * One term {@code coefficient · h^hPower · f^(derivative)(x)} of a truncation
 * error (approximation minus exact).
 *
 * @param derivative the order {@code n} of the derivative of {@code f}
 * @param hPower the power of {@code h}, {@code n - m} for a stencil of derivative {@code m}
 * @param coefficient the exact, non-zero coefficient
 */
public record ErrorTerm(int derivative, int hPower, Rational coefficient) {
}
