package org.stencilforge.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.fraction.BigFractionField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.FieldMatrix;
import org.hipparchus.linear.FieldVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.RandomGrids;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

class FornbergTest {

    private static List<Rational> q(String list) {
        return RationalParser.parseList(list);
    }

    /**
     * Fornberg (1988), Table 1, and the standard central/one-sided tables
     * (e.g. Abramowitz &amp; Stegun 25.3): offsets, derivative, weights.
     */
    static Stream<Arguments> textbookStencils() {
        return Stream.of(
                // central, first derivative, accuracy 2, 4, 6, 8
                Arguments.of("-1,0,1", 1, "-1/2,0,1/2"),
                Arguments.of("-2,-1,0,1,2", 1, "1/12,-2/3,0,2/3,-1/12"),
                Arguments.of("-3,-2,-1,0,1,2,3", 1, "-1/60,3/20,-3/4,0,3/4,-3/20,1/60"),
                Arguments.of("-4,-3,-2,-1,0,1,2,3,4", 1, "1/280,-4/105,1/5,-4/5,0,4/5,-1/5,4/105,-1/280"),
                // central, second derivative, accuracy 2, 4, 6, 8
                Arguments.of("-1,0,1", 2, "1,-2,1"),
                Arguments.of("-2,-1,0,1,2", 2, "-1/12,4/3,-5/2,4/3,-1/12"),
                Arguments.of("-3,-2,-1,0,1,2,3", 2, "1/90,-3/20,3/2,-49/18,3/2,-3/20,1/90"),
                Arguments.of("-4,-3,-2,-1,0,1,2,3,4", 2,
                        "-1/560,8/315,-1/5,8/5,-205/72,8/5,-1/5,8/315,-1/560"),
                // central, third and fourth derivatives
                Arguments.of("-2,-1,0,1,2", 3, "-1/2,1,0,-1,1/2"),
                Arguments.of("-3,-2,-1,0,1,2,3", 3, "1/8,-1,13/8,0,-13/8,1,-1/8"),
                Arguments.of("-2,-1,0,1,2", 4, "1,-4,6,-4,1"),
                Arguments.of("-3,-2,-1,0,1,2,3", 4, "-1/6,2,-13/2,28/3,-13/2,2,-1/6"),
                // forward, first derivative, accuracy 1..4; second derivative, accuracy 1, 2
                Arguments.of("0,1", 1, "-1,1"),
                Arguments.of("0,1,2", 1, "-3/2,2,-1/2"),
                Arguments.of("0,1,2,3", 1, "-11/6,3,-3/2,1/3"),
                Arguments.of("0,1,2,3,4", 1, "-25/12,4,-3,4/3,-1/4"),
                Arguments.of("0,1,2", 2, "1,-2,1"),
                Arguments.of("0,1,2,3", 2, "2,-5,4,-1"),
                // backward, first derivative, accuracy 2
                Arguments.of("-2,-1,0", 1, "1/2,-2,3/2"),
                // staggered (half-integer offsets): first derivative, midpoint interpolation
                Arguments.of("-1/2,1/2", 1, "-1,1"),
                Arguments.of("-3/2,-1/2,1/2,3/2", 1, "1/24,-9/8,9/8,-1/24"),
                Arguments.of("-3/2,-1/2,1/2,3/2", 0, "-1/16,9/16,9/16,-1/16"));
    }

    @ParameterizedTest(name = "derivative {1} on {0}")
    @MethodSource("textbookStencils")
    void reproducesTextbookWeights(String offsets, int derivative, String weights) {
        WeightTable table = Fornberg.weights(q(offsets), derivative);
        assertEquals(q(weights), table.weights().get(derivative));
    }

    @Test
    void givesEveryLowerOrderAtOnce() {
        WeightTable table = Fornberg.weights(q("-2,-1,0,1,2"), 4);
        assertEquals(q("0,0,1,0,0"), table.weights().get(0));
        assertEquals(q("1/12,-2/3,0,2/3,-1/12"), table.weights().get(1));
        assertEquals(q("-1/12,4/3,-5/2,4/3,-1/12"), table.weights().get(2));
        assertEquals(q("-1/2,1,0,-1,1/2"), table.weights().get(3));
        assertEquals(q("1,-4,6,-4,1"), table.weights().get(4));
    }

    @Test
    void sortsTheStencilButNotTheTable() {
        WeightTable table = Fornberg.weights(q("1,-1,0"), 1);
        assertEquals(q("1/2,-1/2,0"), table.weights().get(1));
        assertEquals(q("-1,0,1"), table.stencil(1).axis(0));
        assertEquals(q("-1/2,0,1/2"), table.stencil(1).weights());
    }

    @Test
    void nodesAreOffsetsFromTheEvaluationPoint() {
        // f'' on nodes 0, 1/2, 3/2, 3 at z = 1 equals the stencil on offsets -1, -1/2, 1/2, 2
        assertEquals(Stencils.fromOffsets(2, q("-1,-1/2,1/2,2"), Limits.DEFAULT),
                Stencils.fromNodes(2, q("0,0.5,1.5,3"), Rational.ONE, Limits.DEFAULT));
    }

    @Test
    void rejectsRepeatedOffsets() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> Fornberg.weights(q("0,1/2,2/4"), 1));
        assertEquals("duplicate offset 1/2: each offset may appear only once", e.getMessage());
    }

    static Stream<Arguments> randomGrids() {
        Random random = new Random(20261121L);
        return IntStream.range(0, 300).mapToObj(i -> {
            int size = 1 + random.nextInt(9);
            List<Rational> offsets = RandomGrids.distinctOffsets(random, size);
            Rational at = RandomGrids.rational(random);
            return Arguments.of(offsets.stream().map(s -> s.subtract(at)).toList());
        });
    }

    /** Σ_j w_j s_j^n / n! = δ(n, m) for every n < N: the stencil is exact on polynomials of degree < N. */
    @ParameterizedTest
    @MethodSource("randomGrids")
    void satisfiesTheTaylorMomentConditions(List<Rational> offsets) {
        int n = offsets.size();
        WeightTable table = Fornberg.weights(offsets, n - 1);
        for (int m = 0; m < n; m++) {
            for (int power = 0; power < n; power++) {
                assertEquals(power == m ? Rational.ONE : Rational.ZERO,
                        RandomGrids.moment(offsets, table.weights().get(m), power),
                        "derivative " + m + ", moment " + power + " on " + offsets);
            }
        }
    }

    /** The weights solve the Vandermonde system V w = m! e_m, solved independently by Hipparchus LU. */
    @ParameterizedTest
    @MethodSource("randomGrids")
    void agreesWithAnExactVandermondeSolve(List<Rational> offsets) {
        int n = offsets.size();
        WeightTable table = Fornberg.weights(offsets, n - 1);
        BigFraction[][] v = new BigFraction[n][n];
        for (int row = 0; row < n; row++) {
            for (int j = 0; j < n; j++) {
                Rational s = offsets.get(j);
                v[row][j] = new BigFraction(s.numerator(), s.denominator()).pow(row);
            }
        }
        FieldMatrix<BigFraction> vandermonde = new Array2DRowFieldMatrix<>(v, false);
        var solver = new FieldLUDecomposition<>(vandermonde).getSolver();
        BigInteger factorial = BigInteger.ONE;
        for (int m = 0; m < n; m++) {
            factorial = factorial.multiply(BigInteger.valueOf(Math.max(m, 1)));
            FieldVector<BigFraction> rhs = new ArrayFieldVector<>(BigFractionField.getInstance(), n);
            rhs.setEntry(m, new BigFraction(factorial));
            FieldVector<BigFraction> w = solver.solve(rhs);
            for (int j = 0; j < n; j++) {
                BigFraction expected = w.getEntry(j);
                assertEquals(Rational.of(expected.getNumerator(), expected.getDenominator()),
                        table.weights().get(m).get(j), "derivative " + m + " on " + offsets);
            }
        }
    }

    /** The last-node weight of derivative 4 on 129 centred nodes, as sympy 1.14 prints it (src/bench/python/sympy_weights.py). */
    @Test
    void matchesSympyOnTheBenchmarkProblem() {
        List<Rational> offsets = IntStream.range(0, 129).mapToObj(i -> Rational.of(i - 64)).toList();
        Rational last = Fornberg.weights(offsets, 4).weights().get(4).get(128);
        assertEquals(RationalParser.parse(SYMPY_129_4_LAST), last);
    }

    /** The same for N = 1025: sympy's printed value, kept in a test resource. */
    @Test
    void matchesSympyOnTheLargeBenchmarkProblem() throws java.io.IOException {
        List<Rational> offsets = IntStream.range(0, 1025).mapToObj(i -> Rational.of(i - 512)).toList();
        Rational last = Fornberg.weights(offsets, 4).weights().get(4).get(1024);
        try (var in = FornbergTest.class.getResourceAsStream("/sympy_weights_1025_4_last.txt")) {
            String sympy = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(RationalParser.parse(sympy.strip()), last);
        }
    }

    /** Printed by {@code src/bench/python/sympy_weights.py 129 4} (sympy 1.14). */
    private static final String SYMPY_129_4_LAST = "81503341362948701774719489853751093273208514699873/"
            + "204493568320471425381952411532751065242021965758992201206622748422121729039285895168000000";
}
