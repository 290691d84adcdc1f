package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line, driven in-process. */
class MainTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTheIssueExampleAsJson() {
        Run r = run("weights", "--derivative", "2", "--accuracy", "4", "--format", "json");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertEquals("{\"derivative\": 2, \"offsets\": [\"-2\",\"-1\",\"0\",\"1\",\"2\"],"
                + " \"weights\": [\"-1/12\",\"4/3\",\"-5/2\",\"4/3\",\"-1/12\"], \"order\": 4,"
                + " \"error\": [{\"derivative\": 6, \"hPower\": 4, \"coefficient\": \"-1/90\"}]}\n", r.out());
    }

    @Test
    void defaultIsTextWithTheFormula() {
        Run r = run("weights", "--derivative", "2", "--accuracy", "4");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith(
                "f''(x) ≈ (-f(x-2h) + 16 f(x-h) - 30 f(x) + 16 f(x+h) - f(x+2h)) / (12 h^2)\n"), r.out());
        assertTrue(r.out().contains("order of accuracy: 4\n"));
        assertTrue(r.out().contains("-1/90 h^4 f^(6)(x)"));
    }

    @Test
    void forwardSchemeAndErrorTerms() {
        Run r = run("weights", "--derivative", "1", "--accuracy", "1", "--scheme", "forward",
                "--error-terms", "2", "--format", "json");
        assertEquals("{\"derivative\": 1, \"offsets\": [\"0\",\"1\"], \"weights\": [\"-1\",\"1\"], \"order\": 1,"
                + " \"error\": [{\"derivative\": 2, \"hPower\": 1, \"coefficient\": \"1/2\"},"
                + " {\"derivative\": 3, \"hPower\": 2, \"coefficient\": \"1/6\"}]}\n", r.out());
    }

    @Test
    void offsetsInAnyOrderWithDecimalsAndFractions() {
        Run r = run("weights", "--derivative", "1", "--offsets=0.5,-1/2", "--format", "json");
        assertEquals("{\"derivative\": 1, \"offsets\": [\"-1/2\",\"1/2\"], \"weights\": [\"-1\",\"1\"], \"order\": 2,"
                + " \"error\": [{\"derivative\": 3, \"hPower\": 2, \"coefficient\": \"1/24\"}]}\n", r.out());
        // a list that starts with a minus sign may also follow the option as a separate word
        assertEquals(r.out(), run("weights", "--derivative", "1", "--offsets", "-1/2,0.5", "--format", "json").out());
    }

    @Test
    void nodesWithAnEvaluationPointAreOffsetsWithUnitSpacing() {
        Run nodes = run("weights", "--derivative", "2", "--nodes=0,0.5,1.5,3", "--at", "1", "--format", "json");
        Run offsets = run("weights", "--derivative", "2", "--offsets=-1,-1/2,1/2,2", "--format", "json");
        assertEquals(0, nodes.code());
        // the same stencil, and the nodes as typed with the point beside the offsets
        assertEquals(offsets.out().replace("\"derivative\": 2, ",
                "\"derivative\": 2, \"at\": \"1\", \"nodes\": [\"0\",\"1/2\",\"3/2\",\"3\"], "), nodes.out());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "weights --derivative 1 --offsets=0,1,0                  | duplicate offset 0",
        "weights --derivative 1 --nodes=2,3,2 --at 0             | duplicate node 2",
        "weights --derivative 3 --offsets=0,1,2                  | at least 4 nodes",
        "weights --derivative -1 --accuracy 2                    | derivative order must be 0 or more",
        "weights --derivative 1 --accuracy -2                    | accuracy order must be 1 or more",
        "weights --derivative 1 --accuracy 3                     | even orders of accuracy",
        "weights --derivative 1 --offsets=1/0                    | zero denominator",
        "weights --derivative 1 --offsets=abc                    | cannot approximate derivative 1",
        "weights --derivative 1 --offsets=1/x,#                  | at character 5",
        "weights --derivative 1 --offsets=                       | empty list",
        "weights --derivative 1 --offsets=1e999999999            | exponent out of range",
        "weights --derivative 1 --offsets=0,1 --at 0             | drop --at",
        "weights --derivative 1 --nodes=0,1                      | --nodes needs --at",
        "weights --derivative 1 --nodes=0,1 --at 1/0             | --at: zero denominator",
        "weights --derivative 1 --accuracy 2 --offsets=0,1       | exactly one of",
        "weights --derivative 1 --offsets=0,1 --nodes=0,1 --at 0 | exactly one of",
        "weights --derivative 1                                  | no stencil given",
        "weights --derivative 1 --offsets=0,1 --scheme forward   | drop --scheme",
        "weights --derivative 1 --accuracy 2 --format xml        | use one of text, markdown, json",
        "weights --derivative 1 --accuracy 2 --scheme upwind     | use one of central, forward, backward",
        "weights --derivative 1 --accuracy 4000                  | exceed the limit of 2049",
        "weights --derivative 1 --accuracy 2 --error-terms 0     | at least 1",
        "weights --derivative 1 --accuracy 2 --error-terms 101   | raise it with --max-error-terms",
        "weights --derivative 1 --accuracy 2 --max-nodes 0       | must be at least 1",
        "weights --derivative x --accuracy 2                     | is not an int",
        "weights --accuracy 2                                    | Missing required option",
        "weights --derivative 1 --accuracy 2 --bogus             | Unknown option",
        "''                                                      | missing command",
        "frobnicate                                              | Unmatched argument",
    })
    void badInputIsOneErrorLineAndExitCode2(String command, String expected) {
        String[] args = command.isEmpty() ? new String[0] : command.split(" +");
        Run r = run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().endsWith("\n") && r.err().indexOf('\n') == r.err().length() - 1, "one line: " + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "weights --derivative 1 --accuracy 2 --format java --class-name 1abc   | not a Java identifier",
        "weights --derivative 1 --accuracy 2 --format java --class-name class  | reserved word",
        "weights --derivative 1 --accuracy 2 --format java --package a..b      | not a Java package name",
        "weights --derivative 1 --accuracy 2 --class-name D1                   | add --format java",
        "weights --derivative 1 --accuracy 2 --standalone                      | add --format latex",
        "weights --derivative 1 --accuracy 2 --format c --name int             | reserved word in C",
        "weights --derivative 1 --accuracy 2 --format fortran --name 9a        | Fortran",
        "weights --derivative 1 --accuracy 2 --format python --name lambda     | Python",
        "weights --derivative 1 --accuracy 2 --format c --class-name D1        | for c use --name",
        "weights --derivative 1 --accuracy 2 --format java --name D --package p | not both",
        "weights --derivative 1 --accuracy 2 --name d1                         | add --format java, c, fortran or python",
        "weights --derivative 1 --nodes=0,1,2 --at 1 --format python --digits 5 | drop them",
        "weights --derivative 1 --offsets=-1/2,1/2 --format fortran            | use the staggered operator: matrix --offsets=... --from centres",
        "matrix --derivative 1 --accuracy 2 --nodes=0,1,2,4 --format c --transpose | drop --transpose",
        "matrix --derivative 1 --accuracy 2 --points 9 --format c --transpose  | drop --transpose",
        "matrix --derivative 2 --accuracy 4 --points 6 --format python         | at least",
        "weights --derivative 1 --accuracy 202 --format c --max-work 100000000000 | --max-code-points",
        "weights --derivative 1 --offsets=-h1,0,h2 --format csv                | needs numeric offsets",
        "weights --derivative 1 --offsets=-h1,0,f --format c                   | clashes",
        "weights --derivative 1 --offsets=-pi,0,h                             | reserved",
        "weights --derivative 1 --offsets=-h,h,h                              | equal for every value",
        "weights --derivative 1 --nodes=x0,x1,x2                              | needs --at",
        "weights --derivative 1 --offsets=-h,0,h --max-seconds 0              | time limit",
        "nd --derivative 1,1 --axis-offsets=-1/2,1/2;-1/2,1/2 --format c       | integer offsets",
        "weights --derivative 1 --offsets=-1/2,1/2 --format java               | integer offsets",
        "matrix --derivative 1 --global --nodes=chebyshev-lobatto:4 --format c --transpose | drop --transpose",
        "matrix --derivative 2 --accuracy 4 --points 5                         | at least 6 points",
        "matrix --derivative 2 --accuracy 2                                    | exactly one of --points",
        "matrix --derivative 2 --accuracy 2 --points 5 --nodes=0,1,2,3,4       | exactly one of --points",
        "matrix --derivative 2 --accuracy 2 --points 30 --format latex         | at most 24 points",
        "matrix --derivative 2 --accuracy 2 --points 5 --format markdown       | use one of text, json, csv, latex",
        "matrix --derivative 2 --accuracy 2 --points 5 --format latex --latex-env vmatrix | use bmatrix or pmatrix",
        "matrix --derivative 2 --accuracy 2 --points 5 --latex-env pmatrix     | add --format latex",
        "matrix --derivative 2 --accuracy 3 --points 9                         | even orders of accuracy",
        "matrix --derivative 2 --accuracy 2 --nodes=0,1,1,2                    | duplicate offset 1",
        "matrix --derivative 2 --accuracy 2 --nodes=0,1,x                      | --nodes: not a number",
        "table --derivatives 1..2 --accuracies 3..3                            | holds no even order",
        "table --derivatives 2..1 --accuracies 2                               | is empty",
        "table --derivatives one --accuracies 2                                | not a list of orders",
        "table --derivatives 1 --accuracies 3                                  | even orders of accuracy",
        "table --derivatives 1 --accuracies 2 --format text                    | use one of markdown, json, csv, latex",
        "reference-tables                                                      | Missing required option",
    })
    void badInputOfTheRenderersIsOneErrorLine(String command, String expected) {
        badInputIsOneErrorLineAndExitCode2(command, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "nd --derivative 1,1                                              | no points given",
        "nd --derivative 1,1 --accuracy 2 --shape box --radius 1          | more than one way",
        "nd --derivative 1,1 --operator Dxy --accuracy 2                  | exactly one of --derivative",
        "nd --derivative 1,a --accuracy 2                                 | is not a multi-index",
        "nd --operator Dxx+Dqq --accuracy 2                               | at character 6, 'q' is not an axis",
        "nd --operator laplacian --accuracy 2                             | does not say its dimension",
        "nd --operator laplacian --dimension 2 --offsets=0,0;1,0;0,1,1    | has 3 coordinates but the first offset has 2",
        "nd --derivative 1,1 --offsets=0,0;1,1;0,0;1,0                    | duplicate offset",
        "nd --derivative 1,1,0 --offsets=0,0;1,1;-1,-1                    | has 3 axes but the other options imply 2",
        "nd --derivative 0,2 --offsets=0,0;1,0;-1,0                       | cannot approximate",
        "nd --operator Dxx --dimension 3 --offsets=0,0;1,0;-1,0           | disagrees with the other options",
        "nd --derivative 1,1 --shape box                                  | --shape and --radius go together",
        "nd --derivative 1,1 --shape sphere --radius 1                    | use one of cross, box, diamond",
        "nd --derivative 1,1 --shape box --radius 20                      | exceed the limit of 343",
        "nd --derivative 1,1 --accuracy 2 --rule min-norm                 | drop it",
        "nd --derivative 1,1 --shape box --radius 1 --rule best           | use one of auto, min-norm",
        "nd --derivative 1,1 --accuracy 2,2,2                             | has 2 axes but the other options imply 3",
        "nd --derivative 1,1 --accuracy 2 --scheme central,forward,central | one per axis",
        "nd --derivative 1,1 --accuracy 3                                 | even orders of accuracy",
        "nd --derivative 1,1 --axis-offsets=-1,0,1;0,0                    | duplicate offset 0",
        "nd --derivative 1,1 --accuracy 2 --format yaml                   | use one of text, markdown, json, csv, latex",
        "nd --derivative 1,1 --axis-offsets=-1/2,1/2;-1/2,1/2 --format java | integer offsets",
        "nd --derivative 1,1 --accuracy 2 --dimension 0                   | between 1 and 12",
    })
    void badInputOfNdIsOneErrorLine(String command, String expected) {
        badInputIsOneErrorLineAndExitCode2(command, expected);
    }

    @Test
    void ndPrintsJsonAndAcceptsEveryWayOfGivingPoints() {
        Run tensor = run("nd", "--derivative", "1,1", "--accuracy", "2", "--format", "json");
        assertEquals(0, tensor.code(), tensor.err());
        assertTrue(tensor.out().startsWith("{\"dimension\": 2, \"operator\": [{\"derivative\": [1,1], \"coefficient\":"
                + " \"1\"}], \"offsets\": [[\"-1\",\"-1\"], [\"-1\",\"1\"], [\"1\",\"-1\"], [\"1\",\"1\"]],"
                + " \"weights\": [\"1/4\",\"-1/4\",\"-1/4\",\"1/4\"], \"order\": 2,"), tensor.out());
        Run offsets = run("nd", "--derivative", "1,1", "--offsets=-1,-1; -1,1; 1,-1; 1,1", "--format", "json");
        assertEquals(0, offsets.code(), offsets.err());
        assertTrue(offsets.out().contains("\"weights\": [\"1/4\",\"-1/4\",\"-1/4\",\"1/4\"]"), offsets.out());
        Run axes = run("nd", "--operator", "Dxx + Dyy", "--axis-offsets=-1,0,1;-1,0,1", "--format", "csv");
        assertEquals("x,y,weight,weight_double\n-1,0,1,1.0\n0,-1,1,1.0\n0,0,-4,-4.0\n0,1,1,1.0\n1,0,1,1.0\n",
                axes.out());
        Run perAxis = run("nd", "--derivative", "1,0", "--accuracy", "1,2", "--scheme", "forward,central");
        assertEquals(0, perAxis.code(), perAxis.err());
        assertTrue(perAxis.out().contains("order of accuracy: 1"), perAxis.out());
        Run molecule = run("nd", "--operator", "laplacian", "--dimension", "2", "--shape", "box", "--radius", "1");
        assertTrue(molecule.out().contains("chosen by: isotropic leading error"), molecule.out());
    }

    @Test
    void matrixPrintsTheExactMatrixAndItsTranspose() {
        Run r = run("matrix", "--derivative", "1", "--accuracy", "2", "--points", "4", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        // one-sided second-order closures -3/2, 2, -1/2 at the ends; central -1/2, 0, 1/2 inside
        assertEquals("-3/2,2,-1/2,0\n-1/2,0,1/2,0\n0,-1/2,0,1/2\n0,1/2,-2,3/2\n", r.out());
        Run t = run("matrix", "--derivative", "1", "--accuracy", "2", "--points", "4", "--format", "csv",
                "--transpose");
        assertEquals("-3/2,-1/2,0,0\n2,0,-1/2,1/2\n-1/2,1/2,0,-2\n0,0,1/2,3/2\n", t.out());
    }

    @Test
    void tableDefaultsToMarkdown() {
        Run r = run("table", "--derivatives", "1", "--accuracies", "2..4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("## Central differences, derivative 1\n"), r.out());
        assertTrue(r.out().contains("| 4 | 1/12 | -2/3 | 0 | 2/3 | -1/12 |"), r.out());
    }

    @Test
    void outputGoesToTheFileWholeAndNothingToStdout(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/d2.tex");
        Run r = run("weights", "--derivative", "2", "--accuracy", "4", "--format", "latex", "--standalone",
                "--output", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(file).startsWith("\\documentclass{article}"));
        try (var listing = Files.list(file.getParent())) {
            assertEquals(1, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void helpListsEveryCommandThoughARunBuildsOnlyItsOwn() {
        Run help = run("--help");
        for (String command : List.of("weights", "matrix", "table", "nd", "verify", "reference-tables")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in:\n" + help.out());
            assertEquals(0, run(command, "--help").code(), command);
        }
        Run typo = run("weightz", "--derivative", "2");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("error: Unmatched argument"), typo.err());
    }

    @Test
    void symbolicOffsetsGiveTheNonUniformFormulas() {
        // Lagrange on -h1, 0, h2 by hand: f''(0) ≈ 2 f(-h1)/(h1 (h1+h2)) - 2 f(0)/(h1 h2) + 2 f(h2)/(h2 (h1+h2)),
        // and Σ w s^3 / 3! = (2/6) (-h1^3/(h1 (h1+h2)) + h2^3/(h2 (h1+h2))) = (h2 - h1)/3: the leading error
        Run r = run("weights", "--derivative", "2", "--offsets=-h1,0,h2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"weights\": [\"2/(h1*(h1 + h2))\", \"-2/(h1*h2)\", \"2/(h2*(h1 + h2))\"]"),
                r.out());
        assertTrue(r.out().contains("\"coefficient\": \"(h2 - h1)/3\""), r.out());
        assertTrue(r.out().contains("\"leadingVanishesWhen\": [\"h1 = h2\"]"), r.out());
        assertTrue(r.out().endsWith("}\n"), r.out());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "weights", "matrix", "table", "nd",
        "reference-tables", "verify"})
    void helpFitsEightyColumnsAndNoExampleIsBroken(String command) {
        Run r = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, r.code());
        boolean examples = false;
        boolean continued = false;
        for (String line : r.out().split("\n", -1)) {
            assertTrue(line.length() <= 80, line.length() + " columns: " + line);
            if (examples && !line.isEmpty()) {
                // each example is a whole command, or the indented rest of one ended by a backslash
                assertTrue(continued ? line.startsWith("      --") : line.startsWith("  stencilforge "), line);
                continued = line.endsWith(" \\");
            }
            examples |= line.equals("Examples:");
        }
        assertFalse(continued, "the last example ends with a backslash");
    }

    @Test
    void codeFormatsEmitTheLibrarysKernels() {
        // the command maps its options to the same operator and stencil the library emits
        org.stencilforge.operator.DifferentiationOperator d2 = org.stencilforge.operator.Closures.around(
                org.stencilforge.request.Derivations.derive(new org.stencilforge.request.StencilRequest.Preset(
                        org.stencilforge.stencil.Scheme.CENTRAL, 2, 4), 1, org.stencilforge.derivation.Limits.DEFAULT),
                org.stencilforge.derivation.Limits.DEFAULT);
        for (String language : new String[] {"c", "fortran", "python"}) {
            org.stencilforge.codegen.Language l = org.stencilforge.codegen.Language.valueOf(
                    language.toUpperCase(java.util.Locale.ROOT));
            String expected = l.emit(org.stencilforge.codegen.Kernels.of(d2), "d2");
            Run weights = run("weights", "--derivative", "2", "--accuracy", "4", "--format", language, "--name", "d2");
            assertEquals(0, weights.code(), weights.err());
            assertEquals(expected, weights.out());
            Run matrix = run("matrix", "--derivative", "2", "--accuracy", "4", "--points", "12", "--format", language,
                    "--name", "d2");
            assertEquals(expected, matrix.out(), matrix.err());
            Run nd = run("nd", "--operator", "laplacian", "--dimension", "2", "--shape", "box", "--radius", "1",
                    "--format", language);
            assertEquals(0, nd.code(), nd.err());
            assertTrue(nd.out().contains(language.equals("python") ? "apply_interior" : "apply"), nd.out());
        }
        Run java = run("weights", "--derivative", "2", "--accuracy", "4", "--format", "java", "--name", "a.b.D2");
        assertEquals(run("weights", "--derivative", "2", "--accuracy", "4", "--format", "java", "--class-name", "D2",
                "--package", "a.b").out(), java.out());
        assertTrue(java.out().startsWith("// Generated by Stencilforge"), java.out());
    }

    @Test
    void aFailedRunWritesNoFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("D.java");
        Run r = run("weights", "--derivative", "1", "--accuracy", "2", "--format", "java", "--class-name", "int",
                "--output", file.toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(file));
        // a directory in the way of the output file: an error, and the directory is untouched
        Files.createDirectories(file);
        Run blocked = run("weights", "--derivative", "1", "--accuracy", "2", "--output", file.toString());
        assertEquals(2, blocked.code());
        assertTrue(blocked.err().startsWith("error: cannot write"), blocked.err());
        assertTrue(Files.isDirectory(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void referenceTablesWritesEveryFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run r = run("reference-tables", "--directory", dir.toString());
        assertEquals(0, r.code(), r.err());
        try (var listing = Files.list(dir)) {
            assertEquals(13, listing.count());
        }
    }

    @Test
    void aLargerLimitAdmitsALargerStencil() {
        assertEquals(2, run("weights", "--derivative", "1", "--accuracy", "10", "--scheme", "forward",
                "--max-nodes", "10").code());
        assertEquals(0, run("weights", "--derivative", "1", "--accuracy", "10", "--scheme", "forward",
                "--max-nodes", "11").code());
    }

    @Test
    void controlCharactersTypedByTheUserAreNotEchoed() {
        Run r = run("weights", "--derivative", "1", "--offsets=\u001b[31m");
        assertEquals(2, r.code());
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    /** A command with a bug, to see how an internal failure is reported. */
    @picocli.CommandLine.Command(name = "broken")
    static final class Broken implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("invariant violated");
        }
    }

    @Test
    void anInternalFailureExitsWith1AndAShortMessage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.configure(new picocli.CommandLine(new Broken()), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute();
        assertEquals(1, code);
        assertEquals("", out.toString());
        assertEquals("error: internal failure (java.lang.IllegalStateException: invariant violated);"
                + " please report it\n", err.toString());
    }

    @Test
    void helpShowsExamples() {
        Run r = run("weights", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Examples:"));
        assertTrue(r.out().contains("stencilforge weights --derivative 2 --accuracy 4"));
        assertEquals(0, run("--help").code());
        assertEquals(0, run("--version").code());
    }
}
