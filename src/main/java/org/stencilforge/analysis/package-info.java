/**
 * What a stencil is worth: its exact truncation error
 * ({@link org.stencilforge.analysis.TruncationError}, a list of
 * {@link org.stencilforge.analysis.ErrorTerm}s) and its true order of accuracy,
 * in one dimension and, with multi-index terms grouped by power of {@code h},
 * in several ({@link org.stencilforge.analysis.MultiTruncationError}).
 *
 * <p>The error is always approximation minus exact,
 * {@code h^(-m) Σ w_j f(x + s_j h) - f^(m)(x) = Σ_n C_n h^(n-m) f^(n)(x)}, and is
 * computed from the weights alone, so stencils from other libraries are analysed
 * in exactly the same way as those derived here. Results are immutable.
 */
package org.stencilforge.analysis;
