package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code stencilforge verify}, driven in-process, against references from outside the code under test. */
class VerifyCommandTest {

    private static final String RESOURCES = "src/test/resources/verify/";

    @TempDir
    Path dir;

    private static MainTest.Run run(String... args) {
        return MainTest.run(args);
    }

    @Test
    void sympyAndFindiffStencilsPass() {
        // sympy: finite_diff_weights(2, [-1, 0, 1], 0)[-1][-1] == [1, -2, 1] (its docstring)
        MainTest.Run r = run("verify", "--derivative", "2", "--offsets=-1,0,1", "--weights=1,-2,1",
                "--expect-order", "2", "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\"derivative\": 2, \"claimed\": 2"), r.out());
        assertTrue(r.out().contains("\"order\": 2, \"error\": [{\"derivative\": 4, \"hPower\": 2,"
                + " \"coefficient\": \"1/12\"}]"), r.out());
        assertTrue(r.out().endsWith("\"pass\": true}\n"), r.out());
        // findiff: coefficients(deriv=1, acc=4)["center"] == [1/12, -2/3, 0, 2/3, -1/12] (its test_coefs)
        assertEquals(0, run("verify", "--derivative", "1", "--offsets=-2,-1,0,1,2",
                "--weights=1/12,-2/3,0,2/3,-1/12", "--expect-order", "4").code());
        // sympy: finite_diff_weights(1, [-1/2, 1/2], 0) gives [-1, 1]: staggered, order 2
        assertEquals(0, run("verify", "--offsets=-1/2,1/2", "--weights=-1,1", "--expect-derivative", "1",
                "--expect-order", "2").code());
    }

    @Test
    void theDerivativeIsDetectedFromTheMoments() {
        // (f(x-h) - 2 f(x) + f(x+h)) / 2: the moments are 0, 0, 1 (Σ w s^2 / 2 = 1/2): derivative 2, scaled by 1/2
        MainTest.Run r = run("verify", "--offsets=-1,0,1", "--weights=1/2,-1,1/2", "--expect-derivative", "2",
                "--format", "json");
        assertTrue(r.out().contains("\"derivative\": [{\"derivative\": [2], \"coefficient\": \"1/2\"}]")
                || r.out().contains("\"derivative\": 2"), r.out());
        // order 0: the scale is wrong (approximates f''/2)
        assertTrue(r.out().contains("\"order\": 0"), r.out());
        assertEquals(1, r.code());
        assertEquals("", r.err());
    }

    @Test
    void thePublishedTypoFailsAndTheIntendedStencilHas7168() {
        MainTest.Run r = run("verify", "--input", RESOURCES + "staggered8_typo.txt", "--format", "json");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("\"failing\": [1]"), r.out());
        assertTrue(r.out().contains("\"recovered\": {\"method\": \"exact stencil\", \"width\": null, \"weights\":"
                + " [\"5/7168\",\"-49/5120\",\"245/3072\",\"-1225/1024\",\"1225/1024\",\"-245/3072\",\"49/5120\","
                + "\"-5/7168\"], \"order\": 8, \"changed\": [0,7]}"), r.out());
        // the typo costs all accuracy: f'(x) scaled by 1 + 45/3679232
        assertTrue(r.out().contains("\"order\": 0, \"error\": [{\"derivative\": 1, \"hPower\": 0,"
                + " \"coefficient\": \"45/3679232\"}]"), r.out());
        MainTest.Run text = run("verify", "--input", RESOURCES + "staggered8_typo.txt");
        assertTrue(text.out().startsWith("FAIL: 2 stencils, 1 failing\n\nline 10: FAIL"), text.out());
        assertTrue(text.out().contains("at offset 7/2: given -5/7186, intended -5/7168"), text.out());
    }

    @Test
    void numpyDoublesOfTheCentralTablesPassWithinOneUlp() {
        MainTest.Run r = run("verify", "--input", RESOURCES + "numpy_central.txt", "--weights-are", "double",
                "--format", "json");
        assertEquals(0, r.code(), r.out());
        Matcher m = Pattern.compile("\"max_ulp\": (\\d+)").matcher(r.out());
        int count = 0;
        while (m.find()) {
            assertTrue(Integer.parseInt(m.group(1)) <= 1, m.group());
            count++;
        }
        assertEquals(24, count);
        // by the default rule the 16- and 17-digit literals are doubles too
        assertEquals(0, run("verify", "--input", RESOURCES + "numpy_central.txt").code());
    }

    @Test
    void nineDigitsFailATightToleranceAndPassARelativeOne() {
        MainTest.Run tight = run("verify", "--input", RESOURCES + "rounded9.txt", "--format", "json");
        assertEquals(1, tight.code());
        assertTrue(tight.out().contains("\"failing\": [0,1]"), tight.out());
        MainTest.Run loose = run("verify", "--input", RESOURCES + "rounded9.txt", "--tolerance", "1e-8",
                "--expect-order", "4", "--format", "json");
        assertEquals(0, loose.code(), loose.out());
        // the intended fractions come back
        assertTrue(loose.out().contains("\"weights\": [\"-1/12\",\"4/3\",\"-5/2\",\"4/3\",\"-1/12\"], \"order\": 4"),
                loose.out());
        assertTrue(loose.out().contains("[\"1/90\",\"-3/20\",\"3/2\",\"-49/18\",\"3/2\",\"-3/20\",\"1/90\"],"
                + " \"order\": 6"), loose.out());
    }

    @Test
    void floatingPointLiteralsAsProgramsPrintThem() {
        // 1.0/12.0 as a double is the double nearest 1/12 (IEEE division is correctly rounded)
        MainTest.Run r = run("verify", "--derivative", "2", "--offsets=-2,-1,0,1,2",
                "--weights=-1.0/12.0,1.3333333333333333e+00,-5./2,4.0/3.0,-0.08333333333333333", "--weights-are",
                "double", "--format", "json");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("\"max_ulp\": 0"), r.out());
        assertTrue(r.out().contains("\"correctly_rounded\": [true,true,true,true,true]"), r.out());
        // as decimals, 1.0/12.0 is exactly 1/12
        assertEquals(0, run("verify", "--derivative", "2", "--offsets=-1,0,1", "--weights=1.0/1.0,-2.,1").code());
        // one ulp off: 1.3333333333333335 is the next double above 4/3's
        MainTest.Run off = run("verify", "--derivative", "2", "--offsets=-2,-1,0,1,2",
                "--weights=-0.08333333333333333,1.3333333333333335,-2.5,1.3333333333333333,-0.08333333333333333",
                "--format", "json", "--tolerance", "0ulp");
        assertTrue(off.out().contains("\"ulp\": [0,1,0,0,0]"), off.out());
        assertEquals(1, off.code());
    }

    @Test
    void severalDimensions() {
        // f_xy ≈ (f(1,1) - f(1,-1) - f(-1,1) + f(-1,-1)) / (4h^2), the classic cross stencil
        MainTest.Run r = run("verify", "--derivative", "1,1", "--offsets=-1,-1; -1,1; 1,-1; 1,1",
                "--weights=0.25,-0.25,-0.25,0.25", "--expect-order", "2");
        assertEquals(0, r.code(), r.out());
        MainTest.Run lap = run("verify", "--operator", "laplacian", "--offsets=0,0;1,0;-1,0;0,1;0,-1",
                "--weights=-4,1,1,1,1", "--format", "json");
        assertEquals(0, lap.code(), lap.out());
        assertTrue(lap.out().contains("\"order\": 2"), lap.out());
        // claimed f_xx, but the weights are the Laplacian's
        assertEquals(1, run("verify", "--operator", "Dxx", "--offsets=0,0;1,0;-1,0;0,1;0,-1",
                "--weights=-4,1,1,1,1").code());
    }

    @Test
    void matricesFromTheMatrixCommandHaveTheDocumentedOrders() throws IOException {
        for (int p : new int[] {2, 4, 6}) {
            Path file = dir.resolve("d" + p + ".csv");
            MainTest.Run m = run("matrix", "--derivative", "2", "--accuracy", Integer.toString(p), "--points", "16",
                    "--format", "csv", "--output", file.toString());
            assertEquals(0, m.code());
            MainTest.Run r = run("verify", "--matrix", file.toString(), "--derivative", "2", "--points", "16",
                    "--expect-order", Integer.toString(p), "--format", "json");
            assertEquals(0, r.code(), r.out());
            // the matrix command's promise: every row has order at least P, the interior exactly P (central)
            assertTrue(r.out().contains("\"order\": " + p + ", "), r.out());
            assertTrue(r.out().contains("\"failing_rows\": []"), r.out());
        }
    }

    @Test
    void aCorruptedClosureRowIsNamed() throws IOException {
        Path file = dir.resolve("d.csv");
        run("matrix", "--derivative", "1", "--accuracy", "2", "--points", "8", "--format", "csv", "--output",
                file.toString());
        String text = Files.readString(file);
        assertTrue(text.startsWith("-3/2,2,-1/2,"), text);
        Files.writeString(file, text.replaceFirst("^-3/2,2,-1/2,", "-3/2,2,-1/3,"));
        MainTest.Run r = run("verify", "--matrix", file.toString(), "--derivative", "1", "--format", "json");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\"failing_rows\": [0]"), r.out());
        MainTest.Run text1 = run("verify", "--matrix", file.toString(), "--derivative", "1");
        assertTrue(text1.out().lines().skip(6).findFirst().orElse("").matches("\\s*0\\s+closure.*FAIL"), text1.out());
    }

    @Test
    void summationByParts() {
        // H = h diag(1/2, 1, 1, 1, 1/2), D = [-1 1; -1/2 0 1/2; ...; -1 1] / h: H D + D^T H = diag(-1, 0, ..., 0, 1)
        MainTest.Run r = run("verify", "--matrix", RESOURCES + "sbp2.csv", "--derivative", "1", "--points", "5",
                "--norm", RESOURCES + "sbp2_norm.csv", "--format", "json");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("\"sbp\": {\"holds\": true, \"symmetric\": true, \"positive_definite\": true"),
                r.out());
        // the same in Matrix Market format
        assertEquals(0, run("verify", "--matrix", RESOURCES + "sbp2.mtx", "--derivative", "1", "--norm",
                RESOURCES + "sbp2_norm.csv").code());
        // H_44 = 1/3 instead of 1/2: (H D + D^T H)_44 = 2 · 1/3 · 1 = 2/3, not 1
        MainTest.Run bad = run("verify", "--matrix", RESOURCES + "sbp2.csv", "--derivative", "1", "--norm",
                RESOURCES + "sbp2_norm_perturbed.csv", "--format", "json");
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("\"entry\": [3,4]") || bad.out().contains("\"entry\": [4,3]")
                || bad.out().contains("\"entry\": [4,4]"), bad.out());
        assertTrue(bad.out().contains("H D + D^T H = B fails at entry"), bad.out());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "verify --derivative 2 --offsets=-1,0,1 --weights=1,-2            | 3 offsets but 2 weights",
        "verify --derivative 2 --offsets=-1,0,1 --weights=1,NaN,1         | not a finite number",
        "verify --derivative 2 --offsets=-1,0,1 --weights=1,-inf,1        | not a finite number",
        "verify --derivative 2 --offsets=-1,0,1 --weights=1,1e99999,1     | exponent",
        "verify --derivative 2 --offsets=-1,0,1 --weights=1,2e308,1 --weights-are double | largest finite double",
        "verify --derivative 2 --offsets=-1,0,1 --weights=1,-2,1 --tolerance 2ulp | counts units in the last place",
        "verify --offsets=-1,0,1                                          | give both --offsets and --weights",
        "verify --matrix src/test/resources/verify/sbp2.csv --derivative 1 --points 6 | --points says 6",
        "verify --matrix src/test/resources/verify/sbp2_norm.csv --derivative 1 | square",
        "verify --input src/test/resources/verify/bad.json               | JSON line 3, column",
        "verify --input src/test/resources/verify/bad.csv                | line 3, column 3",
    })
    void badInputIsExitCode2WithNothingOnStdout(String command, String message) {
        MainTest.Run r = run(command.split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(message), r.err());
    }
}
