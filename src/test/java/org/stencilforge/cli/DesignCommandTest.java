package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stencilforge.GeneratedJava;
import org.stencilforge.Pdflatex;

/** {@code stencilforge design}, in-process: every format, the design's properties, verify on its output, bad input. */
class DesignCommandTest {

    @TempDir
    Path dir;

    private static MainTest.Run run(String... args) {
        return MainTest.run(args);
    }

    private static final List<List<String>> DESIGNS = List.of(
            List.of("--kind", "noise-robust", "--length", "7"),
            List.of("--kind", "noise-robust", "--derivative", "2", "--length", "9", "--at", "0"),
            List.of("--kind", "savitzky-golay", "--window", "7", "--degree", "3", "--derivative", "1"),
            List.of("--kind", "drp", "--length", "7", "--order", "4"));

    static Stream<Arguments> everyFormat() {
        return DESIGNS.stream().flatMap(d -> Stream.of("text", "markdown", "json", "csv", "latex", "java", "c",
                "fortran", "python").map(f -> Arguments.of(d, f)));
    }

    private static String[] args(List<String> design, String... more) {
        return Stream.concat(Stream.concat(Stream.of("design"), design.stream()), Stream.of(more))
                .toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} --format {1}")
    @MethodSource("everyFormat")
    void everyFormatWorksAndIsDeterministic(List<String> design, String format) {
        MainTest.Run r = run(args(design, "--format", format));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertFalse(r.out().isEmpty());
        assertEquals(r.out(), run(args(design, "--format", format)).out(), "byte-identical");
    }

    @Test
    void textAndJsonCarryTheDesign() {
        // Holoborodko N=7: (5(f1-f-1) + 4(f2-f-2) + (f3-f-3)) / 32
        MainTest.Run text = run("design", "--kind", "noise-robust", "--length", "7");
        assertTrue(text.out().startsWith("f'(x) ≈ (-f(x-3h) - 4 f(x-2h) - 5 f(x-h) + 5 f(x+h) + 4 f(x+2h) + f(x+3h))"
                + " / (32 h)\n"), text.out());
        assertTrue(text.out().endsWith("\ndesign: noise-robust\nexact on polynomials of degree: 2\n"
                + "order of the zero at ω = π: 5\nposition in the window (0 to 6): 3\n"), text.out());
        MainTest.Run json = run("design", "--kind", "savitzky-golay", "--window", "5", "--derivative", "0",
                "--format", "json");
        // Savitzky and Golay 1964: (-3, 12, 17, 12, -3) / 35
        assertEquals("{\"derivative\": 0, \"offsets\": [\"-2\",\"-1\",\"0\",\"1\",\"2\"], \"weights\": [\"-3/35\","
                + "\"12/35\",\"17/35\",\"12/35\",\"-3/35\"], \"order\": 4, \"error\": [{\"derivative\": 4, \"hPower\":"
                + " 4, \"coefficient\": \"-3/35\"}], \"design\": {\"kind\": \"savitzky-golay\", \"degree\": 2,"
                + " \"at\": \"2\"}}\n", json.out());
        MainTest.Run drp = run("design", "--kind", "drp", "--length", "7", "--band", "1.1", "--format", "json");
        assertTrue(drp.out().contains("\"design\": {\"kind\": \"drp\", \"formalOrder\": 4, \"band\": \"[0, 11/10]\","
                + " \"optimum\": [\"0.77088238051821737976\""), drp.out());
        // the rational stencil: a3 = 0.020843142770 (12 decimals), a2 = -1/12 - 4 a3, a1 = 2/3 + 5 a3 (by hand)
        assertTrue(drp.out().contains("\"2084314277/100000000000\""), drp.out());
        assertTrue(drp.out().contains("\"order\": 4"), drp.out());
    }

    /** The design's JSON is read by verify (another parser) and passes at the design's order. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void verifyReadsTheJsonAndPasses(int which) throws Exception {
        MainTest.Run r = run(args(DESIGNS.get(which), "--format", "json"));
        Path file = dir.resolve("d.json");
        Files.writeString(file, r.out());
        String order = r.out().replaceAll("(?s).*\"order\": (\\d+).*", "$1");
        MainTest.Run v = run("verify", "--input", file.toString(), "--expect-order", order);
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().startsWith("line 1: PASS"), v.out());
    }

    /** The generated Java is compiled and differentiates a polynomial of the design's degree exactly (to rounding). */
    @Test
    void generatedJavaDifferentiatesPolynomials() {
        String source = run("design", "--kind", "noise-robust", "--length", "9", "--degree", "4", "--format", "java",
                "--class-name", "Nr9").out();
        GeneratedJava d = GeneratedJava.compile(source, "Nr9");
        double h = 0.125;
        double[] f = new double[40];
        for (int i = 0; i < f.length; i++) {
            double x = 1 + i * h;
            f[i] = x * x * x * x - 3 * x * x * x; // f' = 4x^3 - 9x^2
        }
        for (int i = 0; i < f.length; i++) {
            double x = 1 + i * h;
            assertEquals(4 * x * x * x - 9 * x * x, d.apply(f, i, h), 1e-9 * (1 + Math.abs(x * x * x)), "row " + i);
        }
    }

    @Test
    void standaloneLatexCompiles() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Pdflatex.available() || System.getenv("CI") != null,
                "pdflatex is not installed");
        for (List<String> design : DESIGNS) {
            Pdflatex.compile(run(args(design, "--format", "latex", "--standalone")).out());
        }
    }

    @Test
    void aDrpWithThirteenDigitNumeratorsFitsThePage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Pdflatex.available() || System.getenv("CI") != null,
                "pdflatex is not installed");
        // the formula's numerator has six 13-digit integers: too wide for one line, so it is broken
        String latex = run(List.of("design", "--kind", "drp", "--length", "7", "--order", "4", "--rational", "13",
                "--format", "latex", "--standalone").toArray(new String[0])).out();
        assertTrue(latex.contains("\\begin{multline*}"), latex);
        Pdflatex.assertCompiles(latex);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("--kind", "noise-robust", "--length", "6"), "odd --length"),
                Arguments.of(List.of("--kind", "noise-robust", "--length", "5", "--degree", "4"), "--length 7"),
                Arguments.of(List.of("--kind", "noise-robust", "--length", "0", "--at", "0"), "at least 1"),
                Arguments.of(List.of("--kind", "noise-robust", "--length", "7", "--at", "9"), "outside the window"),
                Arguments.of(List.of("--kind", "noise-robust", "--length", "7", "--at", "x"), "error:"),
                Arguments.of(List.of("--kind", "noise-robust", "--length", "201"), "--max-length"),
                Arguments.of(List.of("--kind", "savitzky-golay", "--window", "3", "--degree", "3"), "--window 4"),
                Arguments.of(List.of("--kind", "savitzky-golay", "--window", "7", "--derivative", "3"), "out of range"),
                Arguments.of(List.of("--kind", "savitzky-golay", "--window", "4", "--format", "c"), "integer --at"),
                Arguments.of(List.of("--kind", "drp", "--length", "8"), "odd"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--order", "6"), "--order 4"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--band", "4"), "0 < b <= pi"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--band", "0"), "0 < b <= pi"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--band", "pi/"), "not a band"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--derivative", "2"), "first derivative"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--at", "3"), "does not apply"),
                Arguments.of(List.of("--kind", "savitzky-golay", "--window", "7", "--band", "1"), "does not apply"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--rational", "0"), "--rational"),
                Arguments.of(List.of("--kind", "smooth", "--length", "7"), "noise-robust, savitzky-golay, drp"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--name", "x"), "--format"),
                // integer options at their extremes are refused, never an overflow or an internal failure
                Arguments.of(List.of("--kind", "noise-robust", "--length", "7", "--degree", "2147483647"),
                        "--length 2147483649"),
                Arguments.of(List.of("--kind", "savitzky-golay", "--window", "7", "--degree", "2147483647"),
                        "--window 2147483648"),
                Arguments.of(List.of("--kind", "drp", "--length", "-2147483647"), "odd"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--order", "2147483646"), "--order 4"),
                Arguments.of(List.of("--kind", "drp", "--length", "7", "--digits", "2147483647"), "--digits"),
                Arguments.of(List.of("--kind", "noise-robust", "--length", "7", "--error-terms", "2147483647"),
                        "error terms"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsOneErrorLineAndNoFile(List<String> design, String says) {
        Path file = dir.resolve("out.txt");
        MainTest.Run r = run(args(design, "--output", file.toString()));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().indexOf('\n') == r.err().length() - 1, r.err());
        assertTrue(r.err().contains(says), r.err());
        assertFalse(Files.exists(file), "no partial output");
    }

    @Test
    void helpListsTheExamples() {
        MainTest.Run r = run("design", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("stencilforge design --kind drp --length 7 --order 4"), r.out());
        for (String line : r.out().split("\n")) {
            if (line.startsWith("  stencilforge")) {
                assertTrue(line.length() <= 80, line);
            }
        }
        assertTrue(run("--help").out().contains("design"));
    }
}
