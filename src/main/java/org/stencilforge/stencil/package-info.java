/**
 * The immutable result types that every other package shares:
 * {@link org.stencilforge.stencil.Stencil} (offsets and weights of a 1-D
 * finite-difference formula) and {@link org.stencilforge.stencil.Scheme} (the
 * central, forward and backward presets).
 *
 * <p>Conventions: a stencil approximates {@code f^(m)(x)} by
 * {@code h^(-m) Σ w_j f(x + s_j h)}; offsets {@code s_j} are exact rationals in
 * units of {@code h}, distinct and ascending. Absolute nodes {@code x_j} with an
 * evaluation point {@code z} are the same thing with {@code h = 1} and
 * {@code s_j = x_j - z}.
 */
package org.stencilforge.stencil;
