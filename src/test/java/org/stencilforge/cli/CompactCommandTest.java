package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code stencilforge compact}, driven in-process; the expected weights are Lele's (1992). */
class CompactCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonHasTheDocumentedKeysAndLelesSixthOrderWeights() {
        // Lele (1992) (2.1.7): α = 1/3, a = 14/9, b = 1/9, i.e. a_{±1} = ±7/9, a_{±2} = ±b/4 = ±1/36; the error
        // coefficient 1/1260 of h^6 f^(7) is derived by hand in CompactSchemesTest
        MainTest.Run r = MainTest.run("compact", "--derivative", "1", "--accuracy", "6", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"derivative\": 1, \"left\": {\"offsets\": [\"-1\",\"0\",\"1\"], \"weights\": [\"1/3\",\"1\","
                + "\"1/3\"]}, \"right\": {\"offsets\": [\"-2\",\"-1\",\"0\",\"1\",\"2\"], \"weights\": [\"-1/36\","
                + "\"-7/9\",\"0\",\"7/9\",\"1/36\"]}, \"order\": 6, \"error\": [{\"derivative\": 7, \"hPower\": 6,"
                + " \"coefficient\": \"1/1260\"}]}\n", r.out());
    }

    @Test
    void explicitShapesAndAlphaGiveLelesEighthOrderTridiagonalScheme() {
        // Lele (2.1.7) with c: α = 3/8, a = 25/16, b = 1/5, c = -1/80: a_1 = 25/32, a_2 = 1/20, a_3 = -1/480
        for (String[] extra : new String[][] {{}, {"--alpha", "3/8"}}) {
            String[] args = new String[] {"compact", "--derivative", "1", "--left=-1,0,1", "--right=-3..3"};
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                    .toArray(String[]::new);
            MainTest.Run r = MainTest.run(all);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("3/8 f'(x-h) + f'(x) + 3/8 f'(x+h) = "), r.out());
            assertTrue(r.out().contains("order of accuracy: 8\n"), r.out());
            assertTrue(r.out().contains("    -1  -25/32\n"), r.out());
            assertTrue(r.out().contains("     3  -1/480\n"), r.out());
        }
    }

    @Test
    void latexWritesTheRelationAndMarkdownTheTable() {
        MainTest.Run tex = MainTest.run("compact", "--derivative", "1", "--accuracy", "4", "--format", "latex");
        assertEquals(0, tex.code(), tex.err());
        // Lele's Padé scheme: (1/4) f'_{i-1} + f'_i + (1/4) f'_{i+1} = 3/2 (f_{i+1} - f_{i-1}) / (2h)
        assertTrue(tex.out().contains("\\frac{1}{4} f'_{-1} + f'_0 + \\frac{1}{4} f'_1 \\\\\n  = \\frac{-3 f_{-1} + 3 f_1}{4h}"),
                tex.out());
        assertTrue(tex.out().contains("-\\frac{h^4}{120} f^{(5)}(x)"), tex.out());
        MainTest.Run md = MainTest.run("compact", "--derivative", "2", "--accuracy", "4", "--format", "markdown");
        // Lele (2.2.6): α = 1/10, a = 6/5
        assertTrue(md.out().contains("| left | 1 | 1/10 |\n"), md.out());
        assertTrue(md.out().contains("| right | 0 | -12/5 |\n"), md.out());
    }

    /** Every Lele scheme, standalone, compiles with pdflatex and fits the page. */
    @ParameterizedTest
    @CsvSource({"1,4", "1,10", "2,6", "2,10"})
    void standaloneLatexCompilesAndFitsThePage(int m, int p) throws Exception {
        MainTest.Run tex = MainTest.run("compact", "--derivative", "" + m, "--accuracy", "" + p, "--format", "latex",
                "--standalone", "--error-terms", "2");
        assertEquals(0, tex.code(), tex.err());
        org.stencilforge.Pdflatex.assertCompiles(tex.out());
    }

    @Test
    void outputFileIsWrittenWhole() throws Exception {
        Path file = dir.resolve("c.json");
        MainTest.Run r = MainTest.run("compact", "--derivative", "2", "--accuracy", "6", "--format", "json",
                "--output", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        // Lele (2.2.7): α = 2/11, a_{±1} = a = 12/11, a_{±2} = b/4 = 3/44, a_0 = -2(12/11 + 3/44) = -51/22
        assertTrue(Files.readString(file).contains("\"weights\": [\"3/44\",\"12/11\",\"-51/22\",\"12/11\",\"3/44\"]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "--derivative 1 --left=-1,0,0,1 --right=-1..1; given twice",
        "--derivative 1 --left=-1,1 --right=-1..1; must contain offset 0",
        "--derivative 2 --left=0 --right=0,1; needs at least 3",
        "--derivative 1 --left=-1,0,1 --right=0; every right-side weight is zero",
        "--derivative 1 --left=0,1 --right=-1..1 --alpha 1/4; --alpha fixes the left weights at offsets -1 and 1",
        "--derivative 1 --left=-1,0,1 --right=-2..2 --beta 1/4; --beta fixes",
        "--derivative 1 --accuracy 6 --alpha 1/3; --accuracy picks Lele's scheme",
        "--derivative 1 --accuracy 12; no classic compact scheme of accuracy 12",
        "--derivative 3 --accuracy 4; derivatives 1 and 2 only",
        "--derivative 1 --left=-1,0,1; give --left and --right",
        "--derivative 1 --left=a,b --right=0,1; not a list of integer offsets",
        "--derivative 1 --left=3..1 --right=0,1; is empty",
        "--derivative 1 --left=-1,0,1 --right=-1..1 --alpha x; not a number",
        "--derivative 0 --left=0 --right=0,1; the derivative must be 1",
        "--derivative 1 --left=-1,0,1 --right=-40..40; more than the limit of 32",
        "--derivative 1 --accuracy 4 --standalone; add --format latex",
        "--derivative 1 --accuracy 4 --points 2 --periodic; needs at least 3 points",
        "--derivative 1 --accuracy 6 --points 4; needs at least 5 points",
        "--derivative 1 --accuracy 4 --points 3; choose at least 4 points",
        "--derivative 1 --accuracy 4 --periodic; --periodic applies to --points and to code",
        "--derivative 1 --accuracy 4 --periodic --boundary-accuracy 4 --points 8; drop one of --periodic",
        "--derivative 1 --accuracy 4 --boundary-accuracy 0 --points 8; --boundary-accuracy must be 1 to 16",
        "--derivative 1 --accuracy 4 --boundary-accuracy 17; --boundary-accuracy must be 1 to 16",
        "--derivative 1 --accuracy 4 --format c --points 8; generated code works for any number of points",
        "--derivative 1 --accuracy 4 --format java --response; generated code works for any number of points",
        "--derivative 1 --accuracy 4 --format fortran --name cf_x; clashes with a name the compact module uses",
        "--derivative 1 --accuracy 4 --format c --name 9x; is not a C identifier",
        "--derivative 1 --accuracy 4 --name d1; add --format java, c, fortran or python",
        "--derivative 1 --accuracy 4 --error-terms 101; --error-terms must be 1 to 100",
        "--derivative 1 --accuracy 4 --points 2000; exceed the limit of 1000",
        "--derivative 1 --left=-1,0,1 --right=-1,1 --points 2000; exceed the limit of 1000",
        "--derivative 1 --accuracy 6 --points 11 --format latex; at most 10 points, not 11",
        "--derivative 1 --accuracy 6 --points 11 --format mtx; add --matrix A or --matrix B",
        "--derivative 1 --accuracy 6 --points 11 --format mtx --matrix C; add --matrix A or --matrix B",
        "--derivative 1 --accuracy 6 --format mtx --matrix A; add --points N",
        "--derivative 1 --accuracy 6 --points 11 --matrix A; add --format mtx",
        "--derivative 1 --accuracy 6 --points 11 --format mtx --matrix A --response; --response is not a matrix",
        "--derivative 1 --accuracy 6 --format yaml; use one of text, markdown, json, latex, java, c, fortran, python, mtx"})
    void badInputIsOneErrorLineAndExitTwo(String args, String message) {
        MainTest.Run r = MainTest.run(("compact " + args).split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void periodicPointsGiveTheExactCirculantMatrices() {
        // Lele's Padé scheme on 4 periodic points: row i of A is 1/4, 1, 1/4 around column i (wrapping), row i of
        // B is -3/4, 0, 3/4 (by hand from α = 1/4, a_{±1} = ±3/4)
        MainTest.Run r = MainTest.run("compact", "--derivative", "1", "--accuracy", "4", "--points", "4",
                "--periodic", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith(", \"matrices\": {\"points\": 4, \"periodic\": true, \"storage\": \"dense\", \"A\": [[\"1\",\"1/4\",\"0\","
                + "\"1/4\"], [\"1/4\",\"1\",\"1/4\",\"0\"], [\"0\",\"1/4\",\"1\",\"1/4\"], [\"1/4\",\"0\",\"1/4\",\"1\"]],"
                + " \"B\": [[\"0\",\"3/4\",\"0\",\"-3/4\"], [\"-3/4\",\"0\",\"3/4\",\"0\"], [\"0\",\"-3/4\",\"0\",\"3/4\"],"
                + " [\"3/4\",\"0\",\"-3/4\",\"0\"]]}}\n"), r.out());
    }

    @Test
    void pointsGiveTheMatricesWithLelesThirdOrderClosures() {
        // Lele (1992), section 4.1: f'_1 + 2 f'_2 = (-5/2 f_1 + 2 f_2 + 1/2 f_3)/h at the boundary; the interior is
        // the Padé scheme (α = 1/4, a_{±1} = ±3/4); the last row is the mirror image (negated right weights, m odd).
        MainTest.Run r = MainTest.run("compact", "--derivative", "1", "--accuracy", "4", "--points", "4",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"closures\": [{\"row\": \"0\", \"left\": {\"offsets\": [\"0\",\"1\"], \"weights\":"
                + " [\"1\",\"2\"]}, \"right\": {\"offsets\": [\"0\",\"1\",\"2\"], \"weights\": [\"-5/2\",\"2\",\"1/2\"]},"
                + " \"order\": 3, \"error\": [{\"derivative\": 4, \"hPower\": 3, \"coefficient\": \"1/12\"}]}"), r.out());
        assertTrue(r.out().endsWith("\"matrices\": {\"points\": 4, \"periodic\": false, \"storage\": \"dense\", \"A\": [[\"1\",\"2\",\"0\",\"0\"],"
                + " [\"1/4\",\"1\",\"1/4\",\"0\"], [\"0\",\"1/4\",\"1\",\"1/4\"], [\"0\",\"0\",\"2\",\"1\"]],"
                + " \"B\": [[\"-5/2\",\"2\",\"1/2\",\"0\"], [\"-3/4\",\"0\",\"3/4\",\"0\"], [\"0\",\"-3/4\",\"0\",\"3/4\"],"
                + " [\"0\",\"-1/2\",\"-2\",\"5/2\"]]}}\n"), r.out());
    }

    /**
     * Past 32 points JSON lists the non-zero entries. By hand for Lele's sixth order with its third-order closures on
     * n = 40 points: A has 2 + 3 + 3(n - 4) + 3 + 2 = 3n - 2 = 118 entries (rows 1, n-2: the Padé row 1/4, 1, 1/4;
     * interior 1/3, 1, 1/3) and B 3 + 2 + 4(n - 4) + 2 + 3 = 4n - 6 = 154 (the centre weights a_0 = 0 are not stored).
     */
    @Test
    void largeGridsGiveCoordinateListsInJson() {
        MainTest.Run r = MainTest.run("compact", "--derivative", "1", "--accuracy", "6", "--points", "40", "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"matrices\": {\"points\": 40, \"periodic\": false, \"storage\": \"coordinate\","
                + " \"A\": {\"nonZeros\": 118, \"entries\": [[0, 0, \"1\"], [0, 1, \"2\"], [1, 0, \"1/4\"], [1, 1, \"1\"],"
                + " [1, 2, \"1/4\"], [2, 1, \"1/3\"], [2, 2, \"1\"], [2, 3, \"1/3\"], "), r.out());
        assertTrue(r.out().contains("[39, 38, \"2\"], [39, 39, \"1\"]]}, \"B\": {\"nonZeros\": 154, \"entries\": [[0, 0,"
                + " \"-5/2\"], [0, 1, \"2\"], [0, 2, \"1/2\"], [1, 0, \"-3/4\"], [1, 2, \"3/4\"], [2, 0, \"-1/36\"], [2, 1,"
                + " \"-7/9\"], [2, 3, \"7/9\"], [2, 4, \"1/36\"], "), r.out());
        // 1000 points: a few hundred kilobytes, not the 12 MB of dense rows
        MainTest.Run big = MainTest.run("compact", "--derivative", "1", "--accuracy", "6", "--points", "1000",
                "--format", "json");
        assertEquals(0, big.code(), big.err());
        assertTrue(big.out().length() < 400_000, "" + big.out().length());
        assertTrue(big.out().contains("\"A\": {\"nonZeros\": 2998, "), big.out().substring(0, 200));
    }

    /**
     * Matrix Market of A for Lele's sixth-order second derivative with his fourth-order closure (section 4.3:
     * f''_0 + 10 f''_1; the Padé row 1/10, 1, 1/10; interior 2/11, 1, 2/11), 1-based, exact fractions; the
     * operator needs the reordered elimination, which the matrices do not show.
     */
    @Test
    void matrixMarketWritesOneMatrixExactly() {
        MainTest.Run r = MainTest.run("compact", "--derivative", "2", "--accuracy", "6", "--boundary-accuracy", "4",
                "--points", "7", "--format", "mtx", "--matrix", "A");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("%%MatrixMarket matrix coordinate rational general\n"), r.out());
        assertTrue(r.out().contains("\n7 7 19\n1 1 1\n1 2 10\n2 1 1/10\n2 2 1\n2 3 1/10\n3 2 2/11\n3 3 1\n"), r.out());
        assertTrue(r.out().endsWith("\n6 7 1/10\n7 6 10\n7 7 1\n"), r.out());
        MainTest.Run b = MainTest.run("compact", "--derivative", "1", "--accuracy", "4", "--points", "4",
                "--format", "mtx", "--matrix", "B");
        // the Padé scheme with Lele's third-order closures, as in the dense JSON test above: B's rows
        // (-5/2, 2, 1/2, 0), (-3/4, 0, 3/4, 0), (0, -3/4, 0, 3/4), (0, -1/2, -2, 5/2)
        assertTrue(b.out().endsWith("\n4 4 10\n1 1 -5/2\n1 2 2\n1 3 1/2\n2 1 -3/4\n2 3 3/4\n3 2 -3/4\n3 4 3/4\n"
                + "4 2 -1/2\n4 3 -2\n4 4 5/2\n"), b.out());
    }

    /** The largest LaTeX matrices accepted (10 points) fit the page for Lele's tridiagonal schemes. */
    @ParameterizedTest
    @CsvSource({"1,6", "2,6", "1,4"})
    void latexMatricesOfTenPointsFitThePage(int m, int p) throws Exception {
        MainTest.Run tex = MainTest.run("compact", "--derivative", "" + m, "--accuracy", "" + p, "--points", "10",
                "--format", "latex", "--standalone");
        assertEquals(0, tex.code(), tex.err());
        org.stencilforge.Pdflatex.assertCompiles(tex.out());
    }

    /** Closures that need the reordered elimination are no longer refused, in any format. */
    @ParameterizedTest
    @CsvSource({"text", "json", "c", "java", "fortran", "python"})
    void lelesFourthOrderSecondDerivativeClosureIsAccepted(String format) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compact", "--derivative", "2",
                "--accuracy", "6", "--boundary-accuracy", "4", "--format", format));
        if (format.equals("text") || format.equals("json")) {
            args.addAll(java.util.List.of("--points", "8"));
        }
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        if (!format.equals("text") && !format.equals("json")) {
            assertTrue(r.out().contains("order [0, 2, 1]"), r.out());
        }
    }

    @Test
    void responseGivesLelesModifiedWavenumber() {
        // Lele (1992) (3.1.1)-(3.1.2) for the tridiagonal sixth-order scheme: k'(ω) = (a sin ω + (b/2) sin 2ω) /
        // (1 + 2α cos ω) with α = 1/3, a = 14/9, b = 1/9; at ω = π/2: a / 1 = 14/9; at π: 0
        MainTest.Run r = MainTest.run("compact", "--derivative", "1", "--accuracy", "6", "--response");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("N(ω) = H_B(ω) / i = 14/9 sin ω + 1/18 sin 2ω"), r.out());
        assertTrue(r.out().contains("D(ω) = H_A(ω) = 1 + 2/3 cos ω"), r.out());
        assertTrue(r.out().contains("k'(ω) - ω = O(ω^7)"), r.out());
        assertTrue(r.out().contains("k'(π/2) = 14/9 "), r.out());
        assertTrue(r.out().contains("k'(π) = 0 "), r.out());
        MainTest.Run j = MainTest.run("compact", "--derivative", "1", "--accuracy", "6", "--response", "--format", "json");
        assertTrue(j.out().contains("\"response\": {\"numerator\": {\"cos\": [\"0\",\"0\",\"0\"], \"sin\": [\"0\",\"14/9\","
                + "\"1/18\"]}, \"denominator\": {\"cos\": [\"1\",\"2/3\"], \"sin\": [\"0\",\"0\"]}"), j.out());
        assertTrue(j.out().contains("\"halfPi\": {\"re\": \"14/9\", \"im\": \"0\"}"), j.out());
    }

    /** Matrices, closures and response in every document format; the LaTeX compiles. */
    @ParameterizedTest
    @CsvSource({"text", "markdown", "latex", "json"})
    void everyDocumentFormatCarriesTheMatrices(String format) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compact", "--derivative", "2",
                "--accuracy", "6", "--points", "7", "--response", "--format", format));
        if (format.equals("latex")) {
            args.add("--standalone");
        }
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        // Lele (1992), section 4.3: f''_1 + 11 f''_2 = (13 f_1 - 27 f_2 + 15 f_3 - f_4)/h^2
        String closure = switch (format) {
            case "json" -> "\"left\": {\"offsets\": [\"0\",\"1\"], \"weights\": [\"1\",\"11\"]}, \"right\": {\"offsets\":"
                    + " [\"0\",\"1\",\"2\",\"3\"], \"weights\": [\"13\",\"-27\",\"15\",\"-1\"]}";
            case "latex" -> "f''_0 + 11 f''_1 = \\frac{13 f_0 - 27 f_1 + 15 f_2 - f_3}{h^2}";
            default -> "f''(x) + 11 f''(x+h) = (13 f(x) - 27 f(x+h) + 15 f(x+2h) - f(x+3h)) / h^2";
        };
        assertTrue(r.out().contains(closure), r.out());
        if (format.equals("latex")) {
            org.stencilforge.Pdflatex.assertCompiles(r.out());
        }
    }

    @ParameterizedTest
    @CsvSource({"java,public final class Stencil", "c,static inline void stencil_apply_all(",
        "fortran,module stencil", "python,def apply_all(f, h):"})
    void codeFormatsEmitTheSolver(String format, String expected) {
        MainTest.Run r = MainTest.run("compact", "--derivative", "1", "--accuracy", "6", "--format", format);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(expected), r.out());
        assertTrue(r.out().contains("Thomas"), r.out());
        MainTest.Run p = MainTest.run("compact", "--derivative", "1", "--accuracy", "10", "--periodic", "--format",
                format);
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("Sherman-Morrison-Woodbury"), p.out());
    }

    @Test
    void outputIsDeterministic() {
        String[] args = {"compact", "--derivative", "2", "--accuracy", "10", "--error-terms", "3"};
        assertEquals(MainTest.run(args).out(), MainTest.run(args).out());
    }
}
