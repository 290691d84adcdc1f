package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --precision single|double} on every command that generates code. The literals themselves
 * are checked against exact distances and compiled in {@code codegen.SinglePrecisionTest}.
 */
class PrecisionCommandTest {

    private static MainTest.Run run(String line) {
        return MainTest.run(line.split(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "weights --derivative 1 --accuracy 2 --format c --precision half           | single or double, not",
        "weights --derivative 1 --accuracy 2 --precision single                    | add --format java, c, fortran or python",
        "matrix --derivative 1 --accuracy 2 --points 8 --format csv --precision single | add --format java",
        "weights --derivative 1 --offsets=-h1,0,h2 --format c --precision single    | double precision only"})
    void refusesBadInput(String line, String expected) {
        MainTest.Run r = run(line.strip());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(expected.strip()), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }

    /**
     * Every code-generating command writes single-precision types and literals: 1/12 is written
     * {@code 0.083333336f} (the float nearest to it, 0.0833333358168602, is the only float within
     * half an ulp of 0.083333336; hand check: ulp at 1/12 is 2^-27 ≈ 7.45e-9).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "weights --derivative 2 --accuracy 4 --format c --precision single                   | float | double",
        "weights --derivative 2 --accuracy 4 --format java --precision single                | float | double",
        "weights --derivative 2 --accuracy 4 --format fortran --precision single             | real(real32) | real64",
        "weights --derivative 2 --accuracy 4 --format python --precision single              | np.float32 | np.float64",
        "matrix --derivative 1 --accuracy 4 --points 12 --format c --precision single        | float | double",
        "matrix --derivative 1 --accuracy 2 --points 8 --periodic --format java --precision single | float[] | double",
        "nd --operator laplacian --dimension 2 --shape box --radius 1 --format c --precision single | float | double",
        "design --kind savitzky-golay --length 5 --degree 2 --format fortran --precision single | real(real32) | real64",
        "weights --derivative 2 --accuracy 4 --format c --precision double                   | double | float"})
    void everyCommandWritesTheChosenTypes(String line, String present, String absent) {
        MainTest.Run r = run(line.strip());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(present.strip()), r.out());
        assertFalse(r.out().replaceAll("(?m)^\\s*(/\\*|\\*|//|#|!).*$", "").contains(absent.strip()), r.out());
    }
}
