/**
 * What a stencil is worth: its exact truncation error
 * ({@link org.stencilforge.analysis.TruncationError}, a list of
 * {@link org.stencilforge.analysis.ErrorTerm}s grouped by power of {@code h})
 * and its true order of accuracy, one type for every dimension; and the
 * finished results that renderers take,
 * {@link org.stencilforge.analysis.AnalysedStencil} and
 * {@link org.stencilforge.analysis.StencilTable}.
 *
 * <p>The error is always approximation minus exact,
 * {@code h^(-m) Σ w_j f(x + s_j h) - L f(x) = Σ_α C_α h^(|α|-m) ∂^α f(x)}, and is
 * computed from the weights alone, so stencils from other libraries are analysed
 * in exactly the same way as those derived here. Results are immutable.
 */
package org.stencilforge.analysis;
