/**
 * Stencils designed for a purpose other than the highest order: smooth
 * noise-robust differentiators ({@link NoiseRobust}, after Holoborodko),
 * least-squares polynomial filters ({@link SavitzkyGolay}) and
 * dispersion-relation-preserving stencils ({@link DispersionRelationPreserving},
 * after Tam and Webb 1993).
 *
 * <p>Each design is the exact solution of linear conditions: moment conditions
 * (exactness on polynomials) together with a zero of given order at
 * {@code ω = π}, the normal equations of a least-squares fit, or the order
 * conditions with the free coefficients that minimise the integrated squared
 * error of the modified wavenumber. The first two are solved in exact rational
 * arithmetic ({@link org.stencilforge.linear.ExactSolver}); the optimum of the
 * third is irrational, so it is computed in ball arithmetic
 * ({@link org.stencilforge.real.Ball}: the closed-form integrals in the band,
 * which may hold {@code π}, and a Gaussian elimination whose pivots' balls
 * exclude 0), printed only to digits its balls prove
 * ({@link org.stencilforge.real.Digits}, the working precision doubled until
 * they do), and turned into an exact rational stencil by rounding the free
 * coefficients and solving the order conditions exactly for the others.
 *
 * <p>A {@link Design} is an ordinary {@link org.stencilforge.analysis.AnalysedStencil}
 * (every renderer and code emitter takes it) with the properties its design
 * guarantees. Everything here is immutable and deterministic; bad requests
 * (lengths, degrees, bands out of range, designs that do not exist) raise
 * {@link org.stencilforge.StencilforgeException} with a message that says how to
 * fix them.
 */
package org.stencilforge.design;
