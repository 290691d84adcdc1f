/**
 * The immutable value types that every other package shares: one
 * {@link org.stencilforge.stencil.Stencil} for every dimension (a 1-D stencil
 * is the case {@code d = 1}), the operators it approximates
 * ({@link org.stencilforge.stencil.MultiIndex},
 * {@link org.stencilforge.stencil.DifferentialOperator}, read from text by
 * {@link org.stencilforge.stencil.OperatorParser}), the 1-D presets
 * ({@link org.stencilforge.stencil.Scheme}) and how multidimensional weights
 * were chosen ({@link org.stencilforge.stencil.Choice}). Two exact
 * computations live beside them because derivation and analysis both need
 * them: {@link org.stencilforge.stencil.IntegerPoints}, rational points over
 * their common denominator, and {@link org.stencilforge.stencil.Moments}, the
 * Taylor moments of a stencil.
 *
 * <p>Conventions: a stencil approximates {@code L f(x)} by
 * {@code h^(-m) Σ w_j f(x + s_j h)}, {@code m} the order of {@code L}; offsets
 * {@code s_j} are exact rational vectors (one {@code h} for every axis),
 * distinct and in lexicographic order (ascending in 1-D). Absolute nodes
 * {@code x_j} with an evaluation point {@code z} are the same thing with
 * {@code h = 1} and {@code s_j = x_j - z}. Values a user can reach are checked
 * with {@link org.stencilforge.Checks}.
 */
package org.stencilforge.stencil;
