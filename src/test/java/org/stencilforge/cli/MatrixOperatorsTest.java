package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code matrix} with the whole-operator options: the printed matrices and properties, and bad input. */
class MatrixOperatorsTest {

    static String out(String command) {
        MainTest.Run r = MainTest.run(command.split(" +"));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return r.out();
    }

    @Test
    void staggeredCentresToFaces() {
        // 4 cells, midpoint rule inside: face j is f_j - f_(j-1) (centres j - 1/2, j + 1/2); the end faces
        // use the three nearest centres: f'(0) ≈ (-2 f(1/2) + 3 f(3/2) - f(5/2)) / h (hand: Lagrange basis)
        assertEquals("""
                h D (5×4) =
                -2   3  -1  0
                -1   1   0  0
                 0  -1   1  0
                 0   0  -1  1
                 0   1  -3  2
                """, out("matrix --derivative 1 --offsets=-1/2,1/2 --points 4 --from centres"));
        assertEquals("-1,1,0,0,0\n0,-1,1,0,0\n0,0,-1,1,0\n0,0,0,-1,1\n",
                out("matrix --derivative 1 --offsets=-1/2,1/2 --points 4 --from faces --format csv"));
    }

    @Test
    void periodicWithProperties() {
        // the circulant of -1/2, 0, 1/2 on 4 points (hand); its eigenvalues i sin(2πk/4) all lie on the axis,
        // its null space holds the constants and the sawtooth (symbol zero at θ = 0 and π)
        assertEquals("""
                h D =
                   0   1/2     0  -1/2
                -1/2     0   1/2     0
                   0  -1/2     0   1/2
                 1/2     0  -1/2     0

                properties (exact, on this grid):
                order of accuracy of each row: all 2
                rows whose weights sum to zero: all yes
                null space: dimension 2, basis:
                  [1, 0, 1, 0]
                  [0, 1, 0, 1]
                eigenvalues of D (with multiplicity): 0 with Re > 0, 4 with Re = 0, 0 with Re < 0
                """, out("matrix --derivative 1 --accuracy 2 --points 4 --periodic --properties"));
    }

    @Test
    void convolutionModesAndTheNormalMatrix() {
        // valid mode of 1, -2, 1 on 5 samples: 3 rows (5 - 3 + 1), the stencil at points 1, 2, 3
        assertEquals("1,-2,1,0,0\n0,1,-2,1,0\n0,0,1,-2,1\n",
                out("matrix --derivative 2 --accuracy 2 --points 5 --mode valid --format csv"));
        // its transpose is 5×3
        assertEquals("1,0,0\n-2,1,0\n1,-2,1\n0,1,-2\n0,0,1\n",
                out("matrix --derivative 2 --accuracy 2 --points 5 --mode valid --transpose --format csv"));
        // D^T D of the valid first difference -1, 1 on 4 samples (hand): the path-graph Laplacian
        assertEquals("1,-1,0,0\n-1,2,-1,0\n0,-1,2,-1\n0,0,-1,1\n",
                out("matrix --derivative 1 --offsets=0,1 --points 4 --mode valid --normal --format csv"));
        String json = out("matrix --derivative 1 --offsets=0,1 --points 4 --mode valid --normal --format json"
                + " --properties");
        assertTrue(json.contains("\"columns\": 4, \"normal\": true"), json);
        // -D^T D: one zero eigenvalue (constants), three negative
        assertTrue(json.contains("\"eigenvalues\": {\"of\": \"-D^T D\", \"right\": 0, \"axis\": 1, \"left\": 3}"), json);
    }

    @Test
    void chosenClosuresReportEachRowsOrder() {
        String text = out("matrix --derivative 1 --accuracy 4 --points 12 --boundary-accuracy 2 --boundary-width 3"
                + " --boundary-points own --properties");
        assertTrue(text.contains("order of accuracy of each row: rows 0-2: 2, rows 3-8: 4, rows 9-11: 2"), text);
        // own: row 1 starts at its own point, column 1 (forward: -3/2, 2, -1/2); row 10 ends at its own point
        String[] lines = text.split("\n");
        assertEquals(List.of("0", "-3/2", "2", "-1/2", "0"), List.of(lines[2].trim().split(" +")).subList(0, 5));
        assertEquals(List.of("1/2", "-2", "3/2", "0"), List.of(lines[11].trim().split(" +")).subList(8, 12));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "matrix --derivative 1 --accuracy 4 --points 3 --periodic                    | needs at least 5",
        "matrix --derivative 1 --accuracy 4 --points 4                               | at least 5 points",
        "matrix --derivative 1 --accuracy 4 --points 4 --boundary-accuracy 2         | give at least 5",
        "matrix --derivative 1 --accuracy 2 --points 4 --boundary-accuracy 5         | at most 3 is reachable",
        "matrix --derivative 1 --accuracy 2 --points 9 --boundary-accuracy 0         | 1 or more",
        "matrix --derivative 1 --offsets=-1/3,1/2 --points 9 --from centres          | half-integer offsets",
        "matrix --derivative 1 --offsets=-1/2,1/2 --points 9                         | add --from centres",
        "matrix --derivative 1 --offsets=-1,1 --points 9 --from faces                | --from is for staggered",
        "matrix --derivative 1 --accuracy 2 --points 9 --mode same --boundary-width 2 | without closures",
        "matrix --derivative 1 --accuracy 2 --points 9 --mode same --periodic        | drop --periodic",
        "matrix --derivative 1 --accuracy 2 --points 9 --mode fancy                  | use one of full, same, valid",
        "matrix --derivative 1 --accuracy 4 --points 3 --mode valid                  | give at least 5",
        "matrix --derivative 1 --accuracy 2 --points 9 --normal --transpose          | drop --transpose",
        "matrix --derivative 1 --accuracy 2 --offsets=-1,0,1 --points 9 --periodic   | exactly one of --accuracy",
        "matrix --derivative 1 --points 9                                            | give --accuracy",
        "matrix --derivative 1 --accuracy 2 --points 99999 --periodic                | exceed the limit",
        "matrix --derivative 1 --accuracy 2 --points 9 --periodic --format c --transpose | drop --transpose",
        "matrix --derivative 1 --accuracy 2 --points 9 --periodic --format c --properties | drop --properties",
        "matrix --derivative 1 --offsets=-1/2,1/2 --points 0 --from centres --format java | give at least",
        "matrix --derivative 1 --accuracy 2 --points 9 --mode full --format fortran --name 1x | not a Fortran",
        "matrix --derivative 1 --offsets=-1/2,1/2 --points 3 --from centres --format c | give --points 6 or more",
        "matrix --derivative 1 --accuracy 2 --points 9 --periodic --properties --format csv | text or json",
        "matrix --derivative 1 --accuracy 2 --points 30 --periodic --format latex     | at most 24",
        "matrix --derivative 1 --accuracy 2 --points 9 --boundary-width 0            | give at least 1",
        "matrix --derivative 1 --accuracy 2 --nodes=0,1,2,3 --periodic               | give --points N",
        "matrix --derivative 1 --accuracy 2 --points 9 --boundary-width 2000000000   | exceed the limit",
        "matrix --derivative 1 --accuracy 2 --points 9 --boundary-accuracy 2147483647 | exceed the limit",
    })
    void badInputIsOneErrorLine(String command, String expected) {
        new MainTest().badInputIsOneErrorLineAndExitCode2(command, expected);
    }

    @Test
    void codeForEveryOperator() {
        // what the code computes is checked by compiling and running it (codegen.LineCodeTest); here the
        // command line: each operator gives code with the normal equations, the same bytes every time
        for (String options : List.of("--accuracy 2 --periodic", "--offsets=-1/2,1/2 --from faces",
                "--accuracy 4 --boundary-accuracy 3 --boundary-points own", "--accuracy 2 --mode valid",
                "--accuracy 2 --normal")) {
            String command = "matrix --derivative 1 --points 12 --format python " + options;
            String code = out(command);
            assertTrue(code.contains("def gradient(f, y, h):") && code.contains("def apply_normal(f, h):"), code);
            assertEquals(code, out(command));
        }
        String staggered = out("matrix --derivative 1 --offsets=-1/2,1/2 --points 8 --from centres --format c --name d");
        assertTrue(staggered.contains("#define d_EXTRA 1\n"), staggered); // N centres to N + 1 faces
        // the end row of the table is the exact closure of the matrix above: -2, 3, -1 (hand, Lagrange basis)
        assertTrue(staggered.contains("/* row 0, exact: -2, 3, -1 */"), staggered);
    }

    @Test
    void propertiesOfTheDefaultMatrixKeepItsText() {
        String plain = out("matrix --derivative 2 --accuracy 2 --points 6");
        String with = out("matrix --derivative 2 --accuracy 2 --points 6 --properties");
        assertTrue(with.startsWith(plain), with);
        for (String line : List.of("order of accuracy of each row: all 2", "null space: dimension 2",
                "eigenvalues of D (with multiplicity):")) {
            assertTrue(with.contains(line), with);
        }
    }
}
