package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code weights} and {@code matrix} on real nodes, and decimal output of exact results, from the command line. */
class RealNodesCommandTest {

    private static MainTest.Run run(String line) {
        return MainTest.run(line.split(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "weights --derivative 1 --offsets=-1,sqrt(2                       | at character 7",
        "weights --derivative 1 --offsets=-1,sqrt(2)+*3                   | an unexpected '*' at character 9",
        "weights --derivative 1 --offsets=-1,sqrt(2),2^(1/2)              | coincide",
        "weights --derivative 1 --nodes=0,cos(pi/3),1/2 --at 0            | coincide",
        "weights --derivative 1 --offsets=-1,foo(2),sqrt(3)               | unknown name 'foo'",
        "weights --derivative 1 --offsets=-1,sqrt(2) --digits 0           | --digits must be 1 to 1000",
        "weights --derivative 1 --offsets=-1,sqrt(2) --digits 1001        | --digits must be 1 to 1000",
        "weights --derivative 1 --accuracy 2 --digits 5000                | --digits must be 1 to 1000",
        "weights --derivative 1 --offsets=-1,sqrt(-2),1                   | sqrt of a negative number",
        "weights --derivative 1 --offsets=-1,log(1-1),1                   | not positive",
        "weights --derivative 1 --offsets=-1,sqrt(1-1)*0+1/(1-1),2        | division by zero",
        "weights --derivative 1 --offsets=-1,1/(sqrt(2)-sqrt(2)),2        | could not settle",
        "weights --derivative 1 --nodes=chebyshev-lobatto:5               | needs --at",
        "weights --derivative 1 --nodes=chebyshev-lobato:5 --at 0         | unknown node set",
        "weights --derivative 1 --nodes=legendre-gauss:0 --at 0           | needs 1 to",
        "weights --derivative 1 --nodes=chebyshev-lobatto:5 --at 0 --numbers both | no exact weights",
        "weights --derivative 1 --nodes=0,sqrt(2),3 --at 1 --interval 0,1 | drop --interval",
        "weights --derivative 1 --nodes=chebyshev-gauss:4 --at 0 --interval 1,0 | a < b",
        "weights --derivative 1 --offsets=-1,sqrt(2) --format java        | real nodes print as",
        "weights --derivative 1 --accuracy 2 --format c --digits 5        | drop them",
        "weights --derivative 1 --accuracy 2 --numbers many               | exact, decimal or both",
        "matrix --derivative 1 --nodes=chebyshev-lobatto:5                | or --global with --nodes",
        "matrix --derivative 1 --global --points 5                        | --global needs --nodes",
        "matrix --derivative 3 --global --nodes=chebyshev-gauss:3         | too few",
        "matrix --derivative 1 --global --nodes=chebyshev-gauss:3 --max-working-digits 10 | --max-working-digits must be"})
    void refusesBadInput(String line, String expected) {
        MainTest.Run r = run(line.strip());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(expected.strip()), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }

    /**
     * Three Chebyshev points -1, 0, 1 are rational: the exact engine's weights, in decimals
     * (hand derivation: f'(0) ≈ (f(1) - f(-1))/2, error h²/6 f''').
     */
    @Test
    void rationalNamedNodesGoToTheExactEngine() {
        MainTest.Run r = run("weights --derivative 1 --nodes=chebyshev-lobatto:3 --at 0 --format json --numbers both --digits 3");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"derivative\": 1, \"digits\": 3, \"at\": \"0\", \"nodes\": [\"-1.00\",\"0\",\"1.00\"],"
                + " \"offsets\": [\"-1.00\",\"0\",\"1.00\"], \"weights\": [\"-0.500\",\"0\",\"0.500\"],"
                + " \"weightsExact\": [\"-1/2\",\"0\",\"1/2\"], \"order\": 2, \"error\": [{\"derivative\": 3,"
                + " \"hPower\": 2, \"coefficient\": \"0.167\", \"coefficientExact\": \"1/6\"}], \"workingDigits\": 0}\n",
                r.out());
    }

    /**
     * Code on given nodes: the banded matrix on 0, 1/3, 1, 3/2, 2 (hand derivation, three points around x = 1 with
     * h1 = 2/3, h2 = 1/2: weights -h2/(h1(h1+h2)) = -9/14, (h2-h1)/(h1 h2) = -1/2, h1/(h2(h1+h2)) = 8/7, correctly
     * rounded -0.6428571428571429 and 1.1428571428571428 in double, -0.64285713 and 1.1428572 in single); and the
     * weights of f'(0) on chebyshev-lobatto:5 (±1/√2 nodes: w = ∓√2 at them, ±1/2 at ±1; √2 = 1.4142135623730951).
     */
    @Test
    void generatesCodeOnGivenNodes() {
        MainTest.Run d = run("matrix --derivative 1 --accuracy 2 --nodes=0,1/3,1,3/2,2 --format c");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("-0.6428571428571429, -0.5, 1.1428571428571428,"), d.out());
        assertTrue(d.out().contains("stencil_apply_all(const double *f, double *out)"), d.out());
        MainTest.Run s = run("matrix --derivative 1 --accuracy 2 --nodes=0,1/3,1,3/2,2 --format fortran --precision single");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("-0.64285713_real32, -0.5_real32, 1.1428572_real32"), s.out());
        MainTest.Run w = run("weights --derivative 1 --nodes=chebyshev-lobatto:5 --at 0 --format python");
        assertEquals(0, w.code(), w.err());
        assertTrue(w.out().contains("0.5, -1.4142135623730951, 0.0, 1.4142135623730951, -0.5,"), w.out());
        MainTest.Run g = run("matrix --derivative 1 --global --nodes=chebyshev-lobatto:5 --format java --precision single");
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().contains("public static void applyAll(float[] f, float[] out)"), g.out());
    }

    /** Three points -√2, 0, √2: f'(0) ≈ (f(√2) - f(-√2))/(2√2), weights ±1/(2√2) = ±0.35355339059327376220 (√2/4). */
    @Test
    void printsRealWeightsAsDecimalStrings() {
        MainTest.Run r = run("weights --derivative 1 --offsets=-sqrt(2),0,sqrt(2) --format json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"weights\": [\"-0.35355339059327376220\",\"0\",\"0.35355339059327376220\"]"), r.out());
        assertTrue(r.out().contains("\"offsets\": [\"-1.4142135623730950488\",\"0\",\"1.4142135623730950488\"]"), r.out());
        // error (√2)²/6 h² f''' = 1/3 h² f''': the coefficient prints as 0.33333333333333333333
        assertTrue(r.out().contains("{\"derivative\": 3, \"hPower\": 2, \"coefficient\": \"0.33333333333333333333\"}"), r.out());
    }

    @Test
    void spectralMatrixRowsAreAscendingDecimalStrings() {
        MainTest.Run r = run("matrix --derivative 1 --global --nodes=chebyshev-lobatto:3 --format csv --digits 4");
        assertEquals(0, r.code(), r.err());
        // N = 2 in Trefethen's cheb.m, reversed to ascending nodes -1, 0, 1
        assertEquals("-1.500,2.000,-0.5000\n-0.5000,0,0.5000\n0.5000,-2.000,1.500\n", r.out());
        MainTest.Run t = run("matrix --derivative 1 --global --nodes=chebyshev-lobatto:4 --format json --digits 5");
        assertEquals(0, t.code(), t.err());
        // nodes -1, -1/2, 1/2, 1 (cos(jπ/3)) are rational; corners (2·9+1)/6 = 19/6 = 3.1667
        assertTrue(t.out().contains("\"nodes\": [\"-1.0000\",\"-0.50000\",\"0.50000\",\"1.0000\"]"), t.out());
        assertTrue(t.out().contains(" [\"-3.1667\","), t.out());
        assertTrue(Arrays.stream(t.out().split("\n")).anyMatch(l -> l.endsWith("\"3.1667\"]")), t.out());
    }
}
