/**
 * Charts of frequency responses, drawn by XChart: several stencils on one chart, the ideal
 * response dashed, frequencies in units of π, a legend; PNG (AWT, headless) or SVG
 * (VectorGraphics2D). The charts only draw what {@link org.stencilforge.frequency.Responses#curve}
 * computed; they hold no mathematics and are returned as bytes, so that the caller writes the
 * file whole or not at all. Deterministic for the same input (SVG byte for byte).
 */
package org.stencilforge.plot;
