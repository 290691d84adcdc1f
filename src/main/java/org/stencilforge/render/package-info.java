/**
 * Renderers: each turns a finished result (a stencil, a family of stencils, a
 * differentiation matrix, a multidimensional stencil, a whole-array operator)
 * into the text of one {@link org.stencilforge.render.Format} — plain text and
 * Markdown for people, JSON and CSV for programs, LaTeX for papers, Java for
 * solvers — and computes no mathematics of its own.
 *
 * <p>Output is deterministic: the same result always gives byte-identical text.
 * Renderers print only values the library computed (rationals and integers),
 * never text a user typed (Java names are checked by
 * {@link org.stencilforge.render.RenderOptions} first). Adding a format means
 * one class implementing the renderer interfaces it supports and one constant
 * in {@link org.stencilforge.render.Format}.
 */
package org.stencilforge.render;
