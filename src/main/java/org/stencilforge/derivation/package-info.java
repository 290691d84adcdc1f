/**
 * Deriving exact 1-D stencils: {@link org.stencilforge.derivation.Fornberg}'s
 * algorithm for the weights of all derivative orders at once on any distinct
 * rational offsets, and {@link org.stencilforge.derivation.Stencils}, which turns
 * a preset scheme, explicit offsets, or absolute nodes and an evaluation point
 * into a validated {@link org.stencilforge.stencil.Stencil} of dimension 1. In several dimensions,
 * {@link org.stencilforge.derivation.TensorProducts} multiplies 1-D stencils
 * and {@link org.stencilforge.derivation.MomentSolver} solves the multivariate
 * Taylor conditions on any offsets (such as
 * {@link org.stencilforge.derivation.Shapes}) to the highest degree they allow,
 * choosing among equally accurate weights by a documented rule and checking
 * the result with the exact {@link org.stencilforge.stencil.Moments}. This
 * package does not depend on the analysis: requests that combine the two are
 * in {@link org.stencilforge.request}.
 *
 * <p>All arithmetic is exact (on {@link java.math.BigInteger}, fraction-free in
 * the inner loops); results are immutable and depend only on the input. Requests
 * past {@link org.stencilforge.derivation.Limits} are refused rather than left
 * to run for hours.
 */
package org.stencilforge.derivation;
