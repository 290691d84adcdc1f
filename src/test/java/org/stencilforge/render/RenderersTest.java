package org.stencilforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stencilforge.Pdflatex;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.operator.Closures;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
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
        return AnalysedStencil.of(Stencil.of(m, RationalParser.parseList(offsets),
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
                Notation.PLAIN.error(given(1, "0,1", "-1,1", 2).error(), true));
        assertEquals("-1/90 h^4 f^(6)(x) - 1/1008 h^6 f^(8)(x) + O(h^8)",
                Notation.PLAIN.error(AnalysedStencil.of(fivePoint().stencil(), 2).error(), true));
        // an inconsistent stencil: its leading term grows like 1/h
        assertEquals("2 h^-1 f(x) + O(h)", Notation.PLAIN.error(given(1, "0,1", "1,1", 1).error(), true));
    }

    /** A coefficient of magnitude 1 is not written: {@code h f'''(x)}, not {@code 1 h f'''(x)}. */
    @Test
    void unitCoefficientsAreNotWritten() {
        // (f(x) - 2 f(x+h) + f(x+2h)) / h^2 = f'' + h f''' + (16 - 2) / 24 h^2 f'''' + ...
        AnalysedStencil forward = given(2, "0,1,2", "1,-2,1", 2);
        assertEquals("h f'''(x) + 7/12 h^2 f^(4)(x) + O(h^3)", Notation.PLAIN.error(forward.error(), true));
        assertEquals("-h f'''(x) + 7/12 h^2 f^(4)(x) + O(h^3)",
                Notation.PLAIN.error(given(2, "-2,-1,0", "1,-2,1", 2).error(), true));
        // f(x) + f(x+h) = 2 f + h f' + ...: approximation minus exact is f + h f' + ...
        assertEquals("f(x) + h f'(x) + O(h^2)", Notation.PLAIN.error(given(0, "0,1", "1,1", 2).error(), true));
        assertEquals("f(x) + h f'(x) + O(h^2)", Notation.LATEX.error(given(0, "0,1", "1,1", 2).error(), true));
        assertEquals("""
                f''(x) ≈ (f(x) - 2 f(x+h) + f(x+2h)) / h^2

                offset  weight
                     0       1
                     1      -2
                     2       1

                order of accuracy: 1
                truncation error (approximation - exact):
                  h f'''(x) + 7/12 h^2 f^(4)(x) + O(h^3)
                """, Format.TEXT.stencilRenderer(RenderOptions.DEFAULT).render(forward));
        assertTrue(Format.MARKDOWN.stencilRenderer(RenderOptions.DEFAULT).render(forward)
                .endsWith("\nTruncation error (approximation - exact): `h f'''(x) + 7/12 h^2 f^(4)(x) + O(h^3)`\n"));
        assertEquals("f''(x) = \\frac{f_0 - 2 f_1 + f_2}{h^2} - h f'''(x) - \\frac{7 h^2}{12} f^{(4)}(x) + O(h^3)",
                LatexRenderer.equation(forward.stencil(), forward.error()));
        // weights --derivative 1 --offsets=0,1: the forward first difference
        assertTrue(Format.TEXT.stencilRenderer(RenderOptions.DEFAULT).render(given(1, "0,1", "-1,1", 2))
                .endsWith("truncation error (approximation - exact):\n  1/2 h f''(x) + 1/6 h^2 f'''(x) + O(h^3)\n"));
        // JSON keeps the number
        assertTrue(Format.JSON.stencilRenderer(RenderOptions.DEFAULT).render(forward)
                .contains("\"error\": [{\"derivative\": 3, \"hPower\": 1, \"coefficient\": \"1\"},"));
    }

    @Test
    void csvHasExactAndCorrectlyRoundedWeights() {
        assertEquals("""
                offset,weight,weight_double
                -2,-1/12,-0.08333333333333333
                -1,4/3,1.3333333333333333
                0,-5/2,-2.5
                1,4/3,1.3333333333333333
                2,-1/12,-0.08333333333333333
                """, Format.CSV.stencilRenderer(RenderOptions.DEFAULT).render(fivePoint()));
    }

    /** The example: the exact derivative equals the formula minus the error. */
    @Test
    void latexStatesTheExactDerivativeAsFormulaMinusError() {
        assertEquals("""
                % f_s denotes f(x + s h); order of accuracy: 4
                \\[
                  f''(x) = \\frac{-f_{-2} + 16 f_{-1} - 30 f_0 + 16 f_1 - f_2}{12h^2} + \\frac{h^4}{90} f^{(6)}(x) + O(h^6)
                \\]
                \\begin{center}
                \\renewcommand{\\arraystretch}{1.5}
                \\begin{tabular}{rr}
                \\toprule
                $s$ & $w$ \\\\
                \\midrule
                $-2$ & $-\\frac{1}{12}$ \\\\
                $-1$ & $\\frac{4}{3}$ \\\\
                $0$ & $-\\frac{5}{2}$ \\\\
                $1$ & $\\frac{4}{3}$ \\\\
                $2$ & $-\\frac{1}{12}$ \\\\
                \\bottomrule
                \\end{tabular}
                \\end{center}
                """, Format.LATEX.stencilRenderer(RenderOptions.DEFAULT).render(fivePoint()));
    }

    @Test
    void latexWritesFractionsPowersAndSigns() {
        // forward difference: f' = (f_1 - f_0)/h - h/2 f'' - h^2/6 f''' + O(h^3)
        AnalysedStencil forward = given(1, "0,1", "-1,1", 2);
        assertEquals("f'(x) = \\frac{-f_0 + f_1}{h} - \\frac{h}{2} f''(x) - \\frac{h^2}{6} f'''(x) + O(h^3)",
                LatexRenderer.equation(forward.stencil(), forward.error()));
        // staggered interpolation: no h in the formula, fractional subscripts
        AnalysedStencil mid = given(0, "-1/2,1/2", "1/2,1/2", 1);
        assertEquals("f(x) = \\frac{f_{-1/2} + f_{1/2}}{2} - \\frac{h^2}{8} f''(x) + O(h^4)",
                LatexRenderer.equation(mid.stencil(), mid.error()));
        AnalysedStencil tenth = AnalysedStencil.of(Stencils.preset(Scheme.CENTRAL, 1, 10, Limits.DEFAULT), 1);
        String equation = LatexRenderer.equation(tenth.stencil(), tenth.error());
        assertTrue(equation.contains("h^{10}"), equation);
        assertTrue(equation.contains("f^{(11)}(x)"), equation);
    }

    @Test
    void standaloneLatexCompilesWithPdflatex() throws Exception {
        RenderOptions standalone = new RenderOptions(true);
        Pdflatex.assertCompiles(Format.LATEX.stencilRenderer(standalone)
                .render(AnalysedStencil.of(fivePoint().stencil(), 3)));
        Pdflatex.assertCompiles(Format.LATEX.stencilRenderer(standalone)
                .render(given(0, "-3/2,-1/2,1/2,3/2", "-1/16,9/16,9/16,-1/16", 2)));
    }

    private static StencilTable smallTable() {
        return org.stencilforge.request.Derivations.table(new org.stencilforge.request.Family(Scheme.CENTRAL, List.of(1, 2), List.of(2, 4)), 1, Limits.DEFAULT);
    }

    private static DifferentiationMatrix smallMatrix() {
        return Closures.uniform(2, 2, 5, Limits.DEFAULT);
    }

    @Test
    void markdownTableHasAColumnPerOffsetAndARowPerAccuracy() {
        assertEquals("""
                ## Central differences, derivative 1

                `f'(x) ≈ h^(-1) Σ w_j f(x + s_j h)`: the weights w_j by offset s_j (columns) and order of accuracy (rows), with the leading term of the error (approximation - exact).

                | accuracy | -2 | -1 | 0 | 1 | 2 | leading error |
                |---:|---:|---:|---:|---:|---:|:---|
                | 2 |  | -1/2 | 0 | 1/2 |  | 1/6 h^2 f'''(x) |
                | 4 | 1/12 | -2/3 | 0 | 2/3 | -1/12 | -1/30 h^4 f^(5)(x) |

                ## Central differences, derivative 2

                `f''(x) ≈ h^(-2) Σ w_j f(x + s_j h)`: the weights w_j by offset s_j (columns) and order of accuracy (rows), with the leading term of the error (approximation - exact).

                | accuracy | -2 | -1 | 0 | 1 | 2 | leading error |
                |---:|---:|---:|---:|---:|---:|:---|
                | 2 |  | 1 | -2 | 1 |  | 1/12 h^2 f^(4)(x) |
                | 4 | -1/12 | 4/3 | -5/2 | 4/3 | -1/12 | -1/90 h^4 f^(6)(x) |
                """, Format.MARKDOWN.tableRenderer(RenderOptions.DEFAULT).render(smallTable()));
    }

    @Test
    void csvTableHasARowPerDerivativeAccuracyAndOffset() {
        String csv = Format.CSV.tableRenderer(RenderOptions.DEFAULT).render(smallTable());
        assertTrue(csv.startsWith("scheme,derivative,accuracy,offset,weight,weight_double\n"
                + "central,1,2,-1,-1/2,-0.5\ncentral,1,2,0,0,0.0\ncentral,1,2,1,1/2,0.5\n"
                + "central,1,4,-2,1/12,0.08333333333333333\n"), csv);
        assertEquals(1 + 3 + 5 + 3 + 5, csv.lines().count());
    }

    @Test
    void jsonTableLeadsEachStencilWithItsAccuracy() {
        String json = Format.JSON.tableRenderer(RenderOptions.DEFAULT).render(smallTable());
        assertTrue(json.startsWith("{\"scheme\": \"central\", \"stencils\": [\n"
                + " {\"accuracy\": 2, \"derivative\": 1, \"offsets\": [\"-1\",\"0\",\"1\"],"
                + " \"weights\": [\"-1/2\",\"0\",\"1/2\"], \"order\": 2,"
                + " \"error\": [{\"derivative\": 3, \"hPower\": 2, \"coefficient\": \"1/6\"}]},\n"), json);
        assertTrue(json.endsWith("}]}\n]}\n"), json);
    }

    @Test
    void matrixFormats() {
        assertEquals("""
                h^2 D =
                2  -5   4  -1  0
                1  -2   1   0  0
                0   1  -2   1  0
                0   0   1  -2  1
                0  -1   4  -5  2
                """, Format.TEXT.matrixRenderer(RenderOptions.DEFAULT).render(smallMatrix()));
        assertEquals("2,-5,4,-1,0\n1,-2,1,0,0\n0,1,-2,1,0\n0,0,1,-2,1\n0,-1,4,-5,2\n",
                Format.CSV.matrixRenderer(RenderOptions.DEFAULT).render(smallMatrix()));
        assertEquals("{\"derivative\": 2, \"size\": 5, \"hPower\": -2, \"transpose\": true, \"nodes\": null,"
                + " \"matrix\": [\n [\"2\",\"1\",\"0\",\"0\",\"0\"],\n [\"-5\",\"-2\",\"1\",\"0\",\"-1\"],\n"
                + " [\"4\",\"1\",\"-2\",\"1\",\"4\"],\n [\"-1\",\"0\",\"1\",\"-2\",\"-5\"],\n"
                + " [\"0\",\"0\",\"0\",\"1\",\"2\"]\n]}\n",
                Format.JSON.matrixRenderer(RenderOptions.DEFAULT).render(smallMatrix().transpose()));
        assertEquals("""
                \\[
                  D = \\frac{1}{h^2} \\begin{pmatrix}
                    2 & -5 & 4 & -1 & 0 \\\\
                    1 & -2 & 1 & 0 & 0 \\\\
                    0 & 1 & -2 & 1 & 0 \\\\
                    0 & 0 & 1 & -2 & 1 \\\\
                    0 & -1 & 4 & -5 & 2
                  \\end{pmatrix}
                \\]
                """, Format.LATEX.matrixRenderer(new RenderOptions(false, "pmatrix"))
                .render(smallMatrix()));
    }

    @Test
    void latexTablesAndMatricesCompileWithPdflatex() throws Exception {
        RenderOptions standalone = new RenderOptions(true);
        Pdflatex.assertCompiles(Format.LATEX.tableRenderer(standalone)
                .render(org.stencilforge.request.Derivations.table(new org.stencilforge.request.Family(Scheme.FORWARD, List.of(1, 6), List.of(1, 8)), 1, Limits.DEFAULT)));
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(standalone)
                .render(Closures.uniform(1, 4, 12, Limits.DEFAULT).transpose()));
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(standalone).render(Closures.onNodes(2, 1,
                RationalParser.parseList("0,1/3,1,2"), Limits.DEFAULT)));
    }

    /** The derivative-6 central table is too wide for one landscape page: two tabulars, split at offset 0. */
    @Test
    void wideTablesAreSplitByOffsetAndFitThePage() throws Exception {
        String six = Format.LATEX.tableRenderer(new RenderOptions(true)).render(org.stencilforge.request.Derivations
                .table(new org.stencilforge.request.Family(Scheme.CENTRAL, List.of(6), List.of(2, 4, 6, 8, 10, 12)), 1,
                        Limits.DEFAULT));
        assertEquals(2, six.split("\\\\begin\\{tabular\\}", -1).length - 1, six);
        assertTrue(six.contains("\\begin{tabular}{r*{9}{r}}\n\\toprule\n"
                + "$p$ & $-8$ & $-7$ & $-6$ & $-5$ & $-4$ & $-3$ & $-2$ & $-1$ & $0$ \\\\\n\\midrule\n"
                + "2 &  &  &  &  &  & $1$ & $-6$ & $15$ & $-20$ \\\\\n"), six);
        assertTrue(six.contains("\\medskip\n\\begin{tabular}{r*{8}{r}l}\n\\toprule\n"
                + "$p$ & $1$ & $2$ & $3$ & $4$ & $5$ & $6$ & $7$ & $8$ & error \\\\\n\\midrule\n"
                + "2 & $15$ & $-6$ & $1$ &  &  &  &  &  & $\\frac{h^2}{4} f^{(8)}(x)$ \\\\\n"), six);
        Pdflatex.assertCompiles(six);
        // a narrow table stays whole
        String small = Format.LATEX.tableRenderer(RenderOptions.DEFAULT).render(smallTable());
        assertEquals(2, small.split("\\\\begin\\{tabular\\}", -1).length - 1, small); // one per derivative
        assertTrue(small.contains("\\begin{tabular}{r*{5}{r}l}\n\\toprule\n$p$ & $-2$ & $-1$ & $0$ & $1$ & $2$ & error"),
                small);
    }

    /** Every committed reference table, in the standalone document of the renderer, fits its page. */
    @Test
    void committedLatexTablesFitAStandalonePage() throws Exception {
        String standalone = Format.LATEX.tableRenderer(new RenderOptions(true)).render(smallTable());
        String preamble = standalone.substring(0, standalone.indexOf("\\begin{document}\n") + "\\begin{document}\n".length());
        assertTrue(preamble.contains("landscape"), preamble);
        for (String scheme : new String[] {"central", "forward", "backward"}) {
            String body = java.nio.file.Files.readString(java.nio.file.Path.of("tables", scheme + ".tex"));
            Pdflatex.assertCompiles(preamble + body + "\\end{document}\n");
        }
        for (Scheme scheme : Scheme.values()) { // every derivative and accuracy of the CLI's limits, one table each
            List<Integer> accuracies = scheme == Scheme.CENTRAL ? List.of(2, 4, 6, 8, 10, 12)
                    : java.util.stream.IntStream.rangeClosed(1, 8).boxed().toList();
            Pdflatex.assertCompiles(Format.LATEX.tableRenderer(new RenderOptions(true)).render(
                    org.stencilforge.request.Derivations.table(new org.stencilforge.request.Family(scheme,
                            List.of(1, 2, 3, 4, 5, 6, 7, 8), accuracies), 1, Limits.DEFAULT)));
        }
    }

    /** A uniform first-derivative matrix of order 4: 1/(12h) before integers; factor times integer is the entry. */
    @Test
    void latexMatrixPullsOutItsCommonDenominator() throws Exception {
        DifferentiationMatrix d = Closures.uniform(1, 4, 8, Limits.DEFAULT);
        String latex = Format.LATEX.matrixRenderer(RenderOptions.DEFAULT).render(d);
        assertTrue(latex.startsWith("\\[\n  D = \\frac{1}{12h} \\begin{bmatrix}\n    -25 & 48 & -36 & 16 & -3 & 0 & 0 & 0 \\\\\n"),
                latex);
        List<String> rows = latex.lines().filter(l -> l.startsWith("    ")).toList();
        assertEquals(d.size(), rows.size());
        for (int i = 0; i < d.size(); i++) {
            String[] cells = rows.get(i).replace("\\\\", "").trim().split(" & ");
            for (int j = 0; j < d.size(); j++) {
                assertEquals(d.entry(i, j), RationalParser.parse(cells[j]).divide(Rational.of(12)), i + "," + j);
            }
        }
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(new RenderOptions(true)).render(d));
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(new RenderOptions(true)).render(d.transpose()));
    }

    /** On nodes: the nodes are listed before the matrix; fractions are spaced so that they do not touch. */
    @Test
    void latexMatrixOnNodesShowsTheNodes() throws Exception {
        DifferentiationMatrix d = Closures.onNodes(1, 2, RationalParser.parseList("0,1/10,3/10,3/5,1"), Limits.DEFAULT);
        String latex = Format.LATEX.matrixRenderer(RenderOptions.DEFAULT).render(d);
        // -40/3 stays a fraction: over the common denominator 42 it would be -560
        assertEquals("""
                \\noindent Nodes, in the order of the rows and columns: $x_{1} = 0$, $x_{2} = \\frac{1}{10}$, \
                $x_{3} = \\frac{3}{10}$, $x_{4} = \\frac{3}{5}$, $x_{5} = 1$.
                \\[
                \\renewcommand{\\arraystretch}{1.5}
                  D = \\begin{bmatrix}
                    -\\frac{40}{3} & 15 & -\\frac{5}{3} & 0 & 0 \\\\
                    -\\frac{20}{3} & 5 & \\frac{5}{3} & 0 & 0 \\\\
                    0 & -3 & \\frac{5}{3} & \\frac{4}{3} & 0 \\\\
                    0 & 0 & -\\frac{40}{21} & \\frac{5}{6} & \\frac{15}{14} \\\\
                    0 & 0 & \\frac{40}{21} & -\\frac{35}{6} & \\frac{55}{14}
                  \\end{bmatrix}
                \\]
                """, latex);
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(new RenderOptions(true)).render(d));
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(new RenderOptions(true, "pmatrix")).render(d.transpose()));
    }

    /** The largest matrices LaTeX takes are written as blocks of columns that fit the page. */
    @Test
    void wideMatricesAreSplitIntoBlocksOfColumns() throws Exception {
        DifferentiationMatrix uniform = Closures.uniform(1, 8, LatexRenderer.MAX_MATRIX_SIZE, Limits.DEFAULT);
        String latex = Format.LATEX.matrixRenderer(new RenderOptions(true)).render(uniform);
        assertTrue(latex.contains("\\text{columns 1 to 8 of } D = \\frac{1}{h} \\begin{bmatrix}"), latex);
        assertTrue(latex.contains("\\text{columns 9 to 16 of } D"), latex);
        assertTrue(latex.contains("\\text{columns 17 to 24 of } D"), latex);
        Pdflatex.assertCompiles(latex);
        List<Rational> nodes = java.util.stream.IntStream.range(0, LatexRenderer.MAX_MATRIX_SIZE)
                .mapToObj(i -> Rational.of(i * i, 100)).toList();
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(new RenderOptions(true))
                .render(Closures.onNodes(2, 4, nodes, Limits.DEFAULT)));
        Pdflatex.assertCompiles(Format.LATEX.matrixRenderer(new RenderOptions(true))
                .render(Closures.uniform(2, 2, LatexRenderer.MAX_MATRIX_SIZE, Limits.DEFAULT).transpose()));
    }

    @Test
    void commonFactorRule() {
        // 9-point Laplacian: 1/6, 2/3, -10/3 are 1, 4, -20 over 6
        assertEquals(java.math.BigInteger.valueOf(6), LatexRenderer.commonFactor(RationalParser.parseList("1/6,2/3,-10/3")));
        // integers: nothing to pull out
        assertEquals(java.math.BigInteger.ONE, LatexRenderer.commonFactor(RationalParser.parseList("1,-2,1")));
        // -560 would be wider than -40/3
        assertEquals(java.math.BigInteger.ONE, LatexRenderer.commonFactor(RationalParser.parseList("-40/3,15,-40/21")));
        // 6th-order 3-D Laplacian: 1/90, -3/20, 3/2, -49/6 would be 2, -27, 270, -1470 over 180
        assertEquals(java.math.BigInteger.ONE, LatexRenderer.commonFactor(RationalParser.parseList("1/90,-3/20,3/2,-49/6")));
    }

    @Test
    void outputIsDeterministic() {
        for (Format f : Format.values()) {
            if (!f.isCode()) {
                StencilRenderer r = f.stencilRenderer(RenderOptions.DEFAULT);
                assertEquals(r.render(fivePoint()), r.render(fivePoint()));
            }
        }
    }

    /** f'' at z = 1 from nodes 0, 0.5, 1.5, 3, typed as absolute nodes: every format shows them. */
    private static AnalysedStencil onNodes() {
        return org.stencilforge.request.Derivations.derive(new org.stencilforge.request.StencilRequest.Nodes(2,
                RationalParser.parseList("0,0.5,1.5,3"), Rational.ONE), 1, Limits.DEFAULT);
    }

    @Test
    void absoluteNodesAreShownAsTyped() throws Exception {
        // offsets x_j - z = -1, -1/2, 1/2, 2; the nodes are the typed 0, 1/2, 3/2, 3 (exact decimals)
        String text = Format.TEXT.stencilRenderer(RenderOptions.DEFAULT).render(onNodes());
        assertTrue(text.contains("at x = 1, h = 1: the nodes x_j are x + s_j\n\n"
                + "node  offset  weight\n"
                + "   0      -1    16/9\n"
                + " 1/2    -1/2   -12/5\n"
                + " 3/2     1/2     4/9\n"
                + "   3       2    8/45\n"), text);
        String json = Format.JSON.stencilRenderer(RenderOptions.DEFAULT).render(onNodes());
        assertTrue(json.startsWith("{\"derivative\": 2, \"at\": \"1\", \"nodes\": [\"0\",\"1/2\",\"3/2\",\"3\"],"
                + " \"offsets\": [\"-1\",\"-1/2\",\"1/2\",\"2\"]"), json);
        String csv = Format.CSV.stencilRenderer(RenderOptions.DEFAULT).render(onNodes());
        assertTrue(csv.startsWith("node,offset,weight,weight_double\n0,-1,16/9,"), csv);
        assertTrue(Format.MARKDOWN.stencilRenderer(RenderOptions.DEFAULT).render(onNodes())
                .contains("| node | offset | weight |\n|---:|---:|---:|\n| 0 | -1 | 16/9 |\n"));
        String latex = Format.LATEX.stencilRenderer(new RenderOptions(true)).render(onNodes());
        assertTrue(latex.contains("$\\frac{3}{2}$ & $\\frac{1}{2}$ & $\\frac{4}{9}$"), latex);
        Pdflatex.assertCompiles(latex);
        // offsets alone (the same stencil asked for by its offsets) print no nodes
        assertTrue(!Format.TEXT.stencilRenderer(RenderOptions.DEFAULT).render(AnalysedStencil.of(
                onNodes().stencil(), 1)).contains("node"));
    }
}
