package org.stencilforge.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stencilforge.render.SymbolicRenderer;

/** The four documents of the 3-point non-uniform second derivative, and the text syntax read back. */
class SymbolicRendererTest {

    private static final SymbolicStencil D2 = SymbolicStencils.fromOffsets(2, "-h1,0,h2", 1, SymbolicLimits.DEFAULT);

    @Test
    void json() {
        assertEquals("{\"derivative\": 2, \"symbols\": [\"h1\", \"h2\"], \"offsets\": [\"-h1\", \"0\", \"h2\"],"
                + " \"weights\": [\"2/(h1*(h1 + h2))\", \"-2/(h1*h2)\", \"2/(h2*(h1 + h2))\"], \"order\": 1,"
                + " \"error\": [{\"derivative\": 3, \"hPower\": 0, \"degree\": 1, \"coefficient\": \"(h2 - h1)/3\"}],"
                + " \"next\": 4, \"leadingVanishesWhen\": [\"h1 = h2\"], \"invalidWhen\": [{\"offsets\": [0, 1],"
                + " \"relation\": \"h1 = 0\"}, {\"offsets\": [0, 2], \"relation\": \"h1 = -h2\"}, {\"offsets\": [1, 2],"
                + " \"relation\": \"h2 = 0\"}]}\n", SymbolicRenderer.JSON.render(D2, org.stencilforge.render.RenderOptions.DEFAULT));
    }

    @Test
    void text() {
        String t = SymbolicRenderer.TEXT.render(D2, org.stencilforge.render.RenderOptions.DEFAULT);
        assertTrue(t.contains("-h1     2/(h1*(h1 + h2))\n"), t);
        assertTrue(t.contains("(h2 - h1)/3 f'''(x) + ... (next: f^(4)(x))"), t);
        assertTrue(t.contains("the leading term vanishes when: h1 = h2"), t);
        assertTrue(SymbolicRenderer.MARKDOWN.render(D2, org.stencilforge.render.RenderOptions.DEFAULT).contains("| `h2` | `2/(h2*(h1 + h2))` |"));
    }

    @Test
    void latex() {
        String t = SymbolicRenderer.LATEX.render(D2, org.stencilforge.render.RenderOptions.DEFAULT);
        // signs join the terms: f(x - h1), not f(x + -h1); f(x), not f(x + 0); "- w", not "+ -w"
        assertTrue(t.contains("\\frac{2}{h_{1} \\left(h_{1} + h_{2}\\right)} \\, f\\left(x - h_{1}\\right)\n"
                + "  - \\frac{2}{h_{1} h_{2}} \\, f\\left(x\\right)\n"
                + "  + \\frac{2}{h_{2} \\left(h_{1} + h_{2}\\right)} \\, f\\left(x + h_{2}\\right)"), t);
        assertTrue(t.contains("-\\frac{h_{2} - h_{1}}{3} \\, f'''(x)"), t); // a sum over the bar: no parentheses
        assertTrue(t.contains("f''(x) &\\approx"), t);
    }

    @Test
    void textReadsBackToTheSameValues() {
        java.util.Map<String, org.stencilforge.arithmetic.Rational> at = java.util.Map.of(
                "h1", org.stencilforge.arithmetic.Rational.of(3, 7), "h2", org.stencilforge.arithmetic.Rational.of(-5));
        for (Expr w : D2.weights()) {
            assertEquals(w.evaluate(at), ExpressionParser.parse(w.text()).evaluate(at));
        }
    }
}
