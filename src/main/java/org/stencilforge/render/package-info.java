/**
 * Renderers: each turns a finished
 * {@link org.stencilforge.analysis.AnalysedStencil} into the text of one
 * {@link org.stencilforge.render.Format} — plain text for people, Markdown for
 * notes, JSON for other programs — and computes no mathematics of its own.
 *
 * <p>Output is deterministic: the same result always gives byte-identical text.
 * Renderers print only values the library computed (rationals and integers),
 * never text a user typed. Adding a format means one class implementing
 * {@link org.stencilforge.render.Renderer} and one constant in
 * {@link org.stencilforge.render.Format}.
 */
package org.stencilforge.render;
