/**
 * Whole-array operators: stencils made into differentiation matrices with
 * boundary closures, and their adjoints.
 *
 * <p>{@link org.stencilforge.operator.Closures} chooses the closures (the rule
 * is documented there and in the README) and builds a
 * {@link org.stencilforge.operator.BandedOperator}, a description valid for
 * every array length, or a concrete exact
 * {@link org.stencilforge.operator.DifferentiationMatrix}. The adjoint
 * {@code D^T} is exact: on the interior it is the correlation with the flipped
 * stencil, at the ends the transposed closures, which is what the gradient of
 * {@code 1/2 ||D f - y||^2 = D^T (D f - y)} needs.
 * {@link org.stencilforge.operator.Lines} builds the other whole operators on
 * one grid size, and {@link org.stencilforge.operator.LineOperator} reads their
 * band structure off the exact matrices so that code can apply them on any
 * length. Everything is immutable and exact.
 */
package org.stencilforge.operator;
