/**
 * Symbolic spacings, with the algebra system Symja: 1-D stencils whose
 * offsets are expressions in symbols ({@code -h1,0,h2},
 * {@code -2*h,-h,0,r*h,(1+r)*h}), with weights as cancelled rational functions
 * and exact error terms ({@link org.stencilforge.symbolic.SymbolicStencils},
 * {@link org.stencilforge.symbolic.SymbolicStencil}); and stencils on grids
 * with a symbolic spacing per axis ({@link org.stencilforge.symbolic.SymbolicGridStencil},
 * built by {@code request.AxisSpacings} without Symja: each operator term's
 * integer-grid weights divided by its monomial in the spacings).
 *
 * <p>What users type is read by {@link org.stencilforge.symbolic.ExpressionParser}
 * into a small immutable tree, {@link org.stencilforge.symbolic.Expr}; Symja
 * expressions are built from the tree and read back into it, never from or to
 * text, and a user's symbol names never reach Symja (each becomes a fresh
 * dummy symbol). Names that Symja reserves are refused all the same, so that
 * a formula means the same thing when pasted into Symja or Mathematica.
 *
 * <p>Symja is loaded only when a symbolic derivation runs: parsing does not
 * load it, and nothing outside this package refers to it, so numeric commands
 * start without it. Every derivation runs on a daemon worker thread under
 * {@link org.stencilforge.symbolic.SymbolicLimits} (points and seconds); past
 * the time it is a {@link org.stencilforge.StencilforgeException}, and the
 * thread is stopped or abandoned without keeping the JVM alive.
 */
package org.stencilforge.symbolic;
