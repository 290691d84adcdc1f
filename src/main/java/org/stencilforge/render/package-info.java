/**
 * Renderers: each turns a finished result (a stencil of any dimension, a
 * family of stencils, a differentiation matrix) into the text of one
 * {@link org.stencilforge.render.Format} — plain text and Markdown for people,
 * JSON and CSV for programs, LaTeX for papers — and computes no mathematics of
 * its own. The mathematics they print (derivative symbols, powers of
 * {@code h}, numbers, samples, error terms) is written once, in
 * {@link org.stencilforge.render.Notation}, in a plain and a LaTeX dialect.
 *
 * <p>A stencil of a 1-D request is printed as its formula in {@code f^(m)(x)};
 * a stencil of a multidimensional request as its operator with the molecule
 * (2-D, 3-D) or a table of offset vectors, and how its weights were chosen.
 * Output is deterministic: the same result always gives byte-identical text.
 * Renderers print only values the library computed (rationals and integers),
 * never text a user typed. Adding a format means one class implementing the
 * renderer interfaces it supports and one constant in
 * {@link org.stencilforge.render.Format}. The documents of frequency responses
 * ({@link org.stencilforge.render.ResponseDocuments}), compact schemes
 * ({@link org.stencilforge.render.CompactRenderer}) and summation-by-parts operators
 * ({@link org.stencilforge.render.SbpDocuments}) are here too. Generated code is the business of
 * {@link org.stencilforge.codegen}.
 */
package org.stencilforge.render;
