/**
 * Compact (Padé) finite differences: implicit schemes
 * {@code Σ_k α_k f^(m)_{i+k} = h^(-m) Σ_j a_j f_{i+j}} (Lele 1992), derived
 * exactly from their Taylor (moment) conditions, with their exact truncation
 * error and order ({@link org.stencilforge.compact.CompactSchemes},
 * {@link org.stencilforge.compact.CompactScheme}); on a whole grid line with
 * closure rows derived by the same engine, or periodic
 * ({@link org.stencilforge.compact.CompactOperator}), with the row order in
 * which its band is factored fixed exactly
 * ({@link org.stencilforge.compact.EliminationOrder}); as the exact pair of
 * matrices {@code A f^(m) = h^(-m) B f}
 * ({@link org.stencilforge.compact.CompactMatrices}); and their exact frequency
 * response, the modified wavenumber as a ratio of trigonometric polynomials
 * ({@link org.stencilforge.compact.CompactResponse}). Everything here is exact
 * and immutable; no {@code double}.
 */
package org.stencilforge.compact;
