/**
 * The immutable value types that every other package shares. In one
 * dimension: {@link org.stencilforge.stencil.Stencil} (offsets and weights of a
 * finite-difference formula) and {@link org.stencilforge.stencil.Scheme} (the
 * central, forward and backward presets). In several:
 * {@link org.stencilforge.stencil.MultiIndex},
 * {@link org.stencilforge.stencil.DifferentialOperator} (read from text by
 * {@link org.stencilforge.stencil.OperatorParser}),
 * {@link org.stencilforge.stencil.MultiStencil} and
 * {@link org.stencilforge.stencil.Choice}; and
 * {@link org.stencilforge.stencil.IntegerPoints}, rational points over their
 * common denominator, which the error analysis and the solver share.
 *
 * <p>Conventions: a stencil approximates {@code L f(x)} by
 * {@code h^(-m) Σ w_j f(x + s_j h)}, {@code m} the order of {@code L}; offsets
 * {@code s_j} are exact rationals (vectors in several dimensions, one {@code h}
 * for every axis), distinct and in ascending (lexicographic) order. Absolute
 * nodes {@code x_j} with an evaluation point {@code z} are the same thing with
 * {@code h = 1} and {@code s_j = x_j - z}.
 */
package org.stencilforge.stencil;
