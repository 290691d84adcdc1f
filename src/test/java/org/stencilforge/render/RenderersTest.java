package org.stencilforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/** Renderers against exact expected text. */
class RenderersTest {

    private static AnalysedStencil fivePoint() {
        return AnalysedStencil.of(Stencils.preset(Scheme.CENTRAL, 2, 4, Limits.DEFAULT), 1);
    }

    private static AnalysedStencil given(int m, String offsets, String weights, int terms) {
        return AnalysedStencil.of(new Stencil(m, RationalParser.parseList(offsets),
                RationalParser.parseList(weights)), terms);
    }

    @Test
    void textShowsFormulaTableOrderAndError() {
        assertEquals("""
                f''(x) ≈ (-f(x-2h) + 16 f(x-h) - 30 f(x) + 16 f(x+h) - f(x+2h)) / (12 h^2)

                offset  weight
                    -2   -1/12
                    -1     4/3
                     0    -5/2
                     1     4/3
                     2   -1/12

                order of accuracy: 4
                truncation error (approximation - exact):
                  -1/90 h^4 f^(6)(x) + O(h^6)
                """, Format.TEXT.stencilRenderer(RenderOptions.DEFAULT).render(fivePoint()));
    }

    @Test
    void markdownHasATable() {
        assertEquals("""
                `f''(x) ≈ (-f(x-2h) + 16 f(x-h) - 30 f(x) + 16 f(x+h) - f(x+2h)) / (12 h^2)`

                | offset | weight |
                |---:|---:|
                | -2 | -1/12 |
                | -1 | 4/3 |
                | 0 | -5/2 |
                | 1 | 4/3 |
                | 2 | -1/12 |

                Order of accuracy: 4

                Truncation error (approximation - exact): `-1/90 h^4 f^(6)(x) + O(h^6)`
                """, Format.MARKDOWN.stencilRenderer(RenderOptions.DEFAULT).render(fivePoint()));
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        assertEquals("{\"derivative\": 2, \"offsets\": [\"-2\",\"-1\",\"0\",\"1\",\"2\"],"
                + " \"weights\": [\"-1/12\",\"4/3\",\"-5/2\",\"4/3\",\"-1/12\"], \"order\": 4,"
                + " \"error\": [{\"derivative\": 6, \"hPower\": 4, \"coefficient\": \"-1/90\"}]}\n",
                Format.JSON.stencilRenderer(RenderOptions.DEFAULT).render(fivePoint()));
    }

    @Test
    void jsonOfAnExactStencilHasNullOrderAndNoTerms() {
        assertEquals("{\"derivative\": 0, \"offsets\": [\"-1\",\"0\",\"1\"], \"weights\": [\"0\",\"1\",\"0\"],"
                + " \"order\": null, \"error\": []}\n",
                Format.JSON.stencilRenderer(RenderOptions.DEFAULT).render(given(0, "-1,0,1", "0,1,0", 1)));
    }

    @Test
    void formulaWritesFractionalOffsetsAndUnitDenominators() {
        assertEquals("f'(x) ≈ (-f(x-h/2) + f(x+h/2)) / h", Notation.formula(given(1, "-1/2,1/2", "-1,1", 1).stencil()));
        assertEquals("f(x) ≈ (-f(x-3h/2) + 9 f(x-h/2) + 9 f(x+h/2) - f(x+3h/2)) / 16",
                Notation.formula(given(0, "-3/2,-1/2,1/2,3/2", "-1/16,9/16,9/16,-1/16", 1).stencil()));
        assertEquals("f^(4)(x) ≈ (f(x-2h) - 4 f(x-h) + 6 f(x) - 4 f(x+h) + f(x+2h)) / h^4",
                Notation.formula(given(4, "-2,-1,0,1,2", "1,-4,6,-4,1", 1).stencil()));
        assertEquals("f(x) ≈ f(x)", Notation.formula(given(0, "0", "1", 1).stencil()));
    }

    @Test
    void errorListsSeveralTermsWithSignsAndTheRemainder() {
        // forward difference: h/2 f'' + h^2/6 f''' + O(h^3)
        assertEquals("1/2 h f''(x) + 1/6 h^2 f'''(x) + O(h^3)",
                Notation.error(given(1, "0,1", "-1,1", 2).error()));
        assertEquals("-1/90 h^4 f^(6)(x) - 1/1008 h^6 f^(8)(x) + O(h^8)",
                Notation.error(AnalysedStencil.of(fivePoint().stencil(), 2).error()));
        // an inconsistent stencil: its leading term grows like 1/h
        assertEquals("2 h^-1 f(x) + O(h)", Notation.error(given(1, "0,1", "1,1", 1).error()));
    }

    @Test
    void outputIsDeterministic() {
        for (Format f : Format.values()) {
            if (f != Format.JAVA) {
                StencilRenderer r = f.stencilRenderer(RenderOptions.DEFAULT);
                assertEquals(r.render(fivePoint()), r.render(fivePoint()));
            }
        }
    }
}
