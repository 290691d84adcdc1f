/**
 * Stencilforge derives finite-difference stencils exactly.
 *
 * <p>A stencil approximates a linear differential operator {@code L} at a point
 * {@code x} from samples {@code f(x + s_j h)}:
 * {@code L f(x) ≈ h^(-m) Σ w_j f(x + s_j h)}, with exact rational offsets
 * {@code s_j} and weights {@code w_j} (vectors and mixed derivatives or
 * operators in several dimensions). Data flows one way through the packages:
 * <ul>
 *   <li>{@link org.stencilforge.arithmetic} — exact rationals and the parser of
 *       user-typed numbers;</li>
 *   <li>{@link org.stencilforge.stencil} — the immutable value types, one
 *       {@code Stencil} for every dimension, and its Taylor moments;</li>
 *   <li>{@link org.stencilforge.request} — what users ask for, and the one
 *       entry point that derives and analyses it;</li>
 *   <li>{@link org.stencilforge.derivation} — Fornberg's algorithm, the
 *       central/forward/backward presets, tensor products and the
 *       multivariate moment solver;</li>
 *   <li>{@link org.stencilforge.linear} — exact linear algebra by modular
 *       methods, for the moment solver;</li>
 *   <li>{@link org.stencilforge.analysis} — exact truncation error and order of
 *       accuracy;</li>
 *   <li>{@link org.stencilforge.operator} — differentiation matrices with
 *       boundary closures and their adjoints;</li>
 *   <li>{@link org.stencilforge.render} — renderers that only format: text,
 *       Markdown, JSON, CSV, LaTeX, with one {@code Notation} in a plain and a
 *       LaTeX dialect;</li>
 *   <li>{@link org.stencilforge.cli} — the {@code stencilforge} command line.</li>
 * </ul>
 *
 * <p>Every bad request raises {@link org.stencilforge.StencilforgeException}
 * with a message a user can act on ({@link org.stencilforge.Checks} is the one
 * way a precondition fails); no double ever enters a derivation, and the
 * same input always gives the same output.
 */
package org.stencilforge;
