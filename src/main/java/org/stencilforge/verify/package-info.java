/**
 * Auditing stencils and differentiation matrices that other programs computed:
 * {@code stencilforge verify}.
 *
 * <p>Everything is exact. Weights typed as floating-point literals are read as
 * the exact binary value of the nearest {@code double} or {@code float}
 * ({@link Literals}), so nothing is rounded away; the analysis (detected
 * derivative, true order, error terms, the exact stencil on the same offsets,
 * errors in units in the last place, the intended rational weights, the
 * summation-by-parts property of a matrix with a norm) runs on {@code Rational}s
 * and {@code BigInteger}s. Decimal numbers appear only in what is printed about
 * the size of an error.
 *
 * <p>Promises: bad input (lengths that differ, non-finite numbers, malformed
 * files, sizes past the limits) throws {@link org.stencilforge.StencilforgeException}
 * naming the place (a file's line and column); work is bounded before it starts
 * ({@link VerifyLimits}); output is deterministic.
 */
package org.stencilforge.verify;
