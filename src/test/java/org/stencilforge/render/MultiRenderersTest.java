package org.stencilforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stencilforge.GeneratedJava;
import org.stencilforge.Pdflatex;
import org.stencilforge.Polynomials;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.codegen.Kernels;
import org.stencilforge.codegen.Language;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.derivation.TensorProducts;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;

/** Multidimensional stencils rendered: exact text, compiled LaTeX, compiled and run Java. */
class MultiRenderersTest {

    private static AnalysedStencil tensor(String op, int d, int accuracy, int groups) {
        Stencil s = TensorProducts.of(OperatorParser.parse(op, d), IntStream.range(0, d)
                .mapToObj(i -> (AxisStencil) new AxisStencil.Preset(Scheme.CENTRAL, accuracy)).toList(), Limits.DEFAULT);
        return new AnalysedStencil(s, TruncationError.of(s, groups), List.of(Choice.TENSOR_PRODUCT));
    }

    private static AnalysedStencil ninePoint() {
        MomentSolver.Solution s = MomentSolver.solve(DifferentialOperator.laplacian(2),
                Shapes.BOX.offsets(2, 1, Limits.DEFAULT), MomentSolver.Rule.AUTO, Limits.DEFAULT);
        return new AnalysedStencil(s.stencil(), TruncationError.of(s.stencil(), 1), s.choice());
    }

    @Test
    void textShowsTheMolecule() {
        assertEquals("""
                (Dxx + Dyy) f ≈ h^-2 Σ w f(x + s h), weights at the offsets s (x across, y up):

                y\\x   -1      0    1
                  1  1/6    2/3  1/6
                  0  2/3  -10/3  2/3
                 -1  1/6    2/3  1/6

                order of accuracy: 2
                chosen by: isotropic leading error
                truncation error (approximation - exact):
                  1/12 h^2 Dxxxx f + 1/6 h^2 Dxxyy f + 1/12 h^2 Dyyyy f + O(h^4)
                """, Format.TEXT.stencilRenderer(RenderOptions.DEFAULT).render(ninePoint()));
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        assertEquals("{\"dimension\": 2, \"operator\": [{\"derivative\": [1,1], \"coefficient\": \"1\"}],"
                + " \"offsets\": [[\"-1\",\"-1\"], [\"-1\",\"1\"], [\"1\",\"-1\"], [\"1\",\"1\"]],"
                + " \"weights\": [\"1/4\",\"-1/4\",\"-1/4\",\"1/4\"], \"order\": 2,"
                + " \"error\": [{\"derivative\": [3,1], \"hPower\": 2, \"coefficient\": \"1/6\"},"
                + " {\"derivative\": [1,3], \"hPower\": 2, \"coefficient\": \"1/6\"}], \"choice\": [\"tensor-product\"]}\n",
                Format.JSON.stencilRenderer(RenderOptions.DEFAULT).render(tensor("Dxy", 2, 2, 1)));
    }

    @Test
    void csvHasAColumnPerAxis() {
        assertEquals("x,y,weight,weight_double\n-1,-1,1/4,0.25\n-1,1,-1/4,-0.25\n1,-1,-1/4,-0.25\n1,1,1/4,0.25\n",
                Format.CSV.stencilRenderer(RenderOptions.DEFAULT).render(tensor("Dxy", 2, 2, 1)));
    }

    @Test
    void latexCompilesInTwoThreeAndFourDimensions() throws Exception {
        RenderOptions standalone = new RenderOptions(true);
        String two = Format.LATEX.stencilRenderer(standalone).render(ninePoint());
        assertTrue(two.contains("\\frac{\\partial^{2} f}{\\partial x^{2}} + \\frac{\\partial^{2} f}{\\partial y^{2}}"
                + " \\approx \\frac{1}{6h^2} \\sum_{\\mathbf{s}} c_{\\mathbf{s}}"), two);
        Pdflatex.assertCompiles(two);
        Pdflatex.assertCompiles(Format.LATEX.stencilRenderer(standalone).render(tensor("laplacian", 3, 2, 2)));
        Pdflatex.assertCompiles(Format.LATEX.stencilRenderer(standalone).render(tensor("laplacian", 3, 6, 1)));
        Pdflatex.assertCompiles(Format.LATEX.stencilRenderer(standalone).render(tensor("Dxxyy", 2, 4, 1)));
        Pdflatex.assertCompiles(Format.LATEX.stencilRenderer(standalone).render(tensor("Dxy", 2, 8, 1)));
        String four = Format.LATEX.stencilRenderer(standalone).render(tensor("D[1,0,0,1]", 4, 2, 1));
        // (f(1,0,0,1) - f(1,0,0,-1) - f(-1,0,0,1) + f(-1,0,0,-1)) / (4h^2)
        assertTrue(four.contains("\\approx \\frac{1}{4h^2} \\sum_j c_j f(\\mathbf{x} + \\mathbf{s}_j h)"), four);
        assertTrue(four.contains("$(-1, 0, 0, -1)$ & $1$ \\\\\n$(-1, 0, 0, 1)$ & $-1$ \\\\\n"), four);
        Pdflatex.assertCompiles(four);
        Pdflatex.assertCompiles(Format.LATEX.stencilRenderer(standalone).render(tensor("D[1,0,0,1]", 4, 4, 1)));
    }

    /** The 9-point Laplacian: 1/(6h^2) before the integer molecule, x offsets above it, y offsets beside it. */
    @Test
    void latexMoleculeHasItsFactorAndItsAxes() {
        assertEquals("""
                % weights at the offsets (x across, y up); order of accuracy: 2; chosen by: isotropic leading error
                \\[
                  \\frac{\\partial^{2} f}{\\partial x^{2}} + \\frac{\\partial^{2} f}{\\partial y^{2}} \\approx \\frac{1}{6h^2} \\sum_{\\mathbf{s}} c_{\\mathbf{s}}\\, f(\\mathbf{x} + \\mathbf{s} h),
                \\]
                \\[
                  c_{\\mathbf{s}}:\\quad \\begin{array}{r@{\\quad}|@{}c*{3}{r}c@{}|}
                    \\multicolumn{1}{r@{\\quad}}{y \\backslash x} & \\multicolumn{1}{@{}c}{} & -1 & 0 & 1 & \\multicolumn{1}{c@{}}{} \\\\
                    \\cline{2-2} \\cline{6-6}
                    1 & & 1 & 4 & 1 & \\\\
                    0 & & 4 & -20 & 4 & \\\\
                    -1 & & 1 & 4 & 1 & \\\\
                    \\cline{2-2} \\cline{6-6}
                  \\end{array}
                \\]
                \\[
                  \\text{error (approximation $-$ exact)} = \\frac{h^2}{12} \\frac{\\partial^{4} f}{\\partial x^{4}} + \\frac{h^2}{6} \\frac{\\partial^{4} f}{\\partial x^{2} \\partial y^{2}} + \\frac{h^2}{12} \\frac{\\partial^{4} f}{\\partial y^{4}} + O(h^4)
                \\]
                """, Format.LATEX.stencilRenderer(RenderOptions.DEFAULT).render(ninePoint()));
    }

    /**
     * Reads a molecule back from the LaTeX: the factor {@code 1/(D h^m)}, the
     * x offsets above the columns, the y offsets beside the rows, the z label of
     * each layer, and every entry; checks that factor times entry is the exact
     * weight at that offset, and that every point of the stencil is shown once.
     */
    private static void assertMoleculeIsTheStencil(AnalysedStencil result) {
        Stencil s = result.stencil();
        String latex = Format.LATEX.stencilRenderer(RenderOptions.DEFAULT).render(result);
        java.util.regex.Matcher factor = java.util.regex.Pattern.compile("\\\\approx \\\\frac\\{1\\}\\{(\\d*)h").matcher(latex);
        Rational scale = factor.find() && !factor.group(1).isEmpty() ? Rational.of(1, Long.parseLong(factor.group(1)))
                : Rational.ONE;
        assertEquals(latex.contains("c_{\\mathbf{s}}:"), !scale.equals(Rational.ONE), latex);
        List<String> lines = latex.lines().map(String::trim).toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("\\multicolumn{1}{r@{\\quad}}{y \\backslash x}"))
                .findFirst().orElseThrow());
        String[] top = lines.get(header).split(" & ");
        List<Rational> xs = java.util.Arrays.stream(top, 2, top.length - 1).map(MultiRenderersTest::number).toList();
        assertEquals(s.offsets().stream().map(p -> p.get(0)).distinct().sorted().toList(), xs, "x offsets above");
        Rational z = null;
        int shown = 0;
        java.util.Set<Rational> ys = new java.util.TreeSet<>();
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.startsWith("\\end{array}")) {
                break;
            }
            if (line.startsWith("\\multicolumn")) {
                z = number(line.replaceAll(".*\\{z = (.*)\\} \\\\\\\\", "$1"));
                continue;
            }
            if (line.startsWith("\\cline") || line.startsWith("\\noalign")) {
                continue;
            }
            String[] cells = line.replace(" \\\\", "").split("&", -1);
            Rational y = number(cells[0]);
            ys.add(y);
            assertEquals(xs.size() + 3, cells.length, line);
            for (int c = 0; c < xs.size(); c++) {
                String cell = cells[c + 2].trim();
                List<Rational> point = z == null ? List.of(xs.get(c), y) : List.of(xs.get(c), y, z);
                int j = s.offsets().indexOf(point);
                if (cell.equals("\\cdot")) {
                    assertTrue(j < 0, point + " is in the stencil");
                } else {
                    assertTrue(j >= 0, point + " is not in the stencil");
                    assertTrue(!cell.contains("frac") || scale.equals(Rational.ONE), cell);
                    assertEquals(s.weights().get(j), scale.multiply(number(cell)), "weight at " + point);
                    shown++;
                }
            }
        }
        assertEquals(s.size(), shown);
        assertEquals(s.offsets().stream().map(p -> p.get(1)).collect(java.util.stream.Collectors.toSet()), ys,
                "y offsets beside the rows");
    }

    /** @return the number of a LaTeX cell: {@code -3}, or {@code -\frac{1}{2}} */
    private static Rational number(String latex) {
        return RationalParser.parse(latex.trim().replaceAll("^(-?)\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}$", "$1$2/$3"));
    }

    @Test
    void latexMoleculesTimesTheirFactorAreTheWeights() {
        assertMoleculeIsTheStencil(ninePoint());
        assertMoleculeIsTheStencil(tensor("laplacian", 3, 4, 1)); // 1/(12h^2): -1 16 -90 16 -1 on each axis
        assertMoleculeIsTheStencil(tensor("Dxy", 2, 4, 1));
        assertMoleculeIsTheStencil(tensor("Dxxyy", 2, 2, 1));
        assertMoleculeIsTheStencil(tensor("Dxyz", 3, 2, 1));
        assertTrue(Format.LATEX.stencilRenderer(RenderOptions.DEFAULT).render(tensor("laplacian", 3, 4, 1))
                .contains("\\approx \\frac{1}{12h^2} \\sum_{\\mathbf{s}} c_{\\mathbf{s}}"));
        // staggered: fractional offsets as labels
        Stencil staggered = TensorProducts.of(OperatorParser.parse("Dxy", 2), List.of(
                new AxisStencil.Offsets(RationalParser.parseList("-3/2,-1/2,1/2,3/2")),
                new AxisStencil.Offsets(RationalParser.parseList("-1/2,1/2"))), Limits.DEFAULT);
        assertMoleculeIsTheStencil(new AnalysedStencil(staggered, TruncationError.of(staggered, 1),
                List.of(Choice.TENSOR_PRODUCT)));
    }

    @Test
    void threeDimensionalLayersShareTheColumnsAndAreLabelled() {
        String latex = Format.LATEX.stencilRenderer(RenderOptions.DEFAULT).render(tensor("laplacian", 3, 2, 1));
        // one array: one header of x offsets, a labelled block of rows per z
        assertEquals(1, latex.split("\\\\begin\\{array\\}", -1).length - 1, latex);
        assertEquals(1, latex.split("y \\\\backslash x", -1).length - 1, latex);
        assertTrue(latex.contains("\\multicolumn{6}{l}{z = -1} \\\\\n    \\cline{2-2} \\cline{6-6}\n"
                + "    1 & & \\cdot & \\cdot & \\cdot & \\\\\n    0 & & \\cdot & 1 & \\cdot & \\\\\n"), latex);
        assertTrue(latex.contains("\\multicolumn{6}{l}{z = 0}"), latex);
        assertTrue(latex.contains("    0 & & 1 & -6 & 1 & \\\\\n"), latex);
        assertTrue(latex.contains("\\multicolumn{6}{l}{z = 1}"), latex);
    }

    /** f[i][j] = p(x0 + i h, y0 + j h) for a polynomial p the stencil is exact on. */
    @Test
    void generatedJavaIn2dIsExactOnPolynomialsAndAgreesWithTheStridedForm() {
        for (AnalysedStencil result : List.of(ninePoint(), tensor("Dxy", 2, 4, 1), tensor("Dxxyy", 2, 2, 1))) {
            Stencil s = result.stencil();
            GeneratedJava java = GeneratedJava.compile(Language.JAVA.emit(Kernels.of(result), "nd.S2"),
                    "nd.S2");
            int degree = result.error().order().getAsInt() + s.operator().order() - 1;
            Map<MultiIndex, Rational> p = Polynomials.random(new Random(4L), 2, degree);
            double h = 0.25;
            int nx = 9;
            int ny = 8;
            double[][] f = new double[nx][ny];
            double[] flat = new double[nx * ny];
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    f[i][j] = Polynomials.evaluate(p, List.of(Rational.of(i, 4), Rational.of(j, 4))).toDouble();
                    flat[i * ny + j] = f[i][j];
                }
            }
            double[][] out = new double[nx][ny];
            java.call("applyInterior", new Class<?>[] {double[][].class, double[][].class, double.class}, f, out, h);
            for (int i = 2; i < nx - 2; i++) {
                for (int j = 2; j < ny - 2; j++) {
                    double exact = Polynomials.apply(s.operator(), p, List.of(Rational.of(i, 4), Rational.of(j, 4)))
                            .toDouble();
                    assertEquals(exact, out[i][j], 1e-7 * (1 + Math.abs(exact)), "(" + i + "," + j + ")");
                    double strided = (double) java.call("apply", new Class<?>[] {double[].class, int.class, int[].class,
                            double.class}, flat, i * ny + j, new int[] {ny, 1}, h);
                    assertEquals(out[i][j], strided, 0.0);
                }
            }
        }
    }

    @Test
    void generatedJavaIn3dUsesStrides() {
        AnalysedStencil result = tensor("laplacian", 3, 4, 1);
        GeneratedJava java = GeneratedJava.compile(Language.JAVA.emit(Kernels.of(result), "Stencil"), "Stencil");
        Map<MultiIndex, Rational> p = Polynomials.random(new Random(6L), 3, 5);
        int n = 7;
        double[] f = new double[n * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    f[(i * n + j) * n + k] = Polynomials.evaluate(p, List.of(Rational.of(i, 2), Rational.of(j, 2),
                            Rational.of(k, 2))).toDouble();
                }
            }
        }
        double exact = Polynomials.apply(result.stencil().operator(), p,
                List.of(Rational.of(3, 2), Rational.of(3, 2), Rational.of(3, 2))).toDouble();
        double value = (double) java.call("apply", new Class<?>[] {double[].class, int.class, int[].class,
                double.class}, f, (3 * n + 3) * n + 3, new int[] {n * n, n, 1}, 0.5);
        assertEquals(exact, value, 1e-8 * (1 + Math.abs(exact)));
    }

    @Test
    void javaNeedsIntegerOffsets() {
        Stencil staggered = TensorProducts.of(OperatorParser.parse("Dxy", 2), List.of(
                new AxisStencil.Offsets(RationalParser.parseList("-1/2,1/2")),
                new AxisStencil.Offsets(RationalParser.parseList("-1/2,1/2"))), Limits.DEFAULT);
        AnalysedStencil result = new AnalysedStencil(staggered, TruncationError.of(staggered, 1),
                List.of(Choice.TENSOR_PRODUCT));
        assertThrows(StencilforgeException.class, () -> Kernels.of(result));
        assertTrue(Format.TEXT.stencilRenderer(RenderOptions.DEFAULT).render(result).contains("-1/2"));
    }
}
