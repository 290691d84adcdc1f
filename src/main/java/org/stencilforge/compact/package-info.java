/**
 * Compact (Padé) finite differences: implicit schemes
 * {@code Σ_k α_k f^(m)_{i+k} = h^(-m) Σ_j a_j f_{i+j}} (Lele 1992), derived
 * exactly from their Taylor (moment) conditions, with their exact truncation
 * error and order ({@link org.stencilforge.compact.CompactSchemes},
 * {@link org.stencilforge.compact.CompactScheme}).
 */
package org.stencilforge.compact;
