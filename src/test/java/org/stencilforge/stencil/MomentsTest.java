package org.stencilforge.stencil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.RandomGrids;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/** Taylor moments against sums written independently in the tests. */
class MomentsTest {

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void residualsInOneDimensionAreTheMomentsMinusTheDerivative(long seed) {
        Random random = new Random(seed);
        List<Rational> offsets = RandomGrids.distinctOffsets(random, 2 + random.nextInt(6)).stream().sorted().toList();
        List<Rational> weights = offsets.stream().map(s -> RandomGrids.rational(random)).toList();
        int m = random.nextInt(3);
        Moments moments = new Moments(Stencil.of(m, offsets, weights));
        for (int n = 0; n < 10; n++) {
            Rational expected = RandomGrids.moment(offsets, weights, n).subtract(n == m ? Rational.ONE : Rational.ZERO);
            assertEquals(expected, moments.residual(MultiIndex.of(n)), "n = " + n);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void residualsInTwoDimensionsAreSumsOfProducts(long seed) {
        Random random = new Random(seed);
        List<Rational> xs = RandomGrids.distinctOffsets(random, 4);
        List<Rational> ys = RandomGrids.distinctOffsets(random, 4);
        List<List<Rational>> points = Stream.of(0, 1, 2, 3).map(j -> List.of(xs.get(j), ys.get(j))).toList();
        List<Rational> weights = points.stream().map(p -> RandomGrids.rational(random)).toList();
        DifferentialOperator op = OperatorParser.parse("Dxy", 2);
        Moments moments = new Moments(Stencil.sorted(op, points, weights));
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                // Σ w x^a y^b / (a! b!) - c_(a,b), summed here term by term
                Rational sum = Rational.ZERO;
                for (int j = 0; j < 4; j++) {
                    sum = sum.add(weights.get(j).multiply(pow(xs.get(j), a)).multiply(pow(ys.get(j), b)));
                }
                sum = sum.divide(Rational.of(MultiIndex.of(a, b).factorial()));
                Rational expected = a == 1 && b == 1 ? sum.subtract(Rational.ONE) : sum;
                assertEquals(expected, moments.residual(MultiIndex.of(a, b)));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theFivePointLaplacianIsExactThroughDegreeThreeOnly() {
        List<List<Rational>> points = Stream.of("0,0", "1,0", "-1,0", "0,1", "0,-1").map(RationalParser::parseList)
                .toList();
        Stencil s = Stencil.sorted(DifferentialOperator.laplacian(2), points,
                RationalParser.parseList("-4,1,1,1,1"));
        assertTrue(new Moments(s).exactThrough(3));
        assertFalse(new Moments(s).exactThrough(4)); // f_xxxx/12 + f_yyyy/12 remain
    }

    private static Rational pow(Rational x, int n) {
        Rational p = Rational.ONE;
        for (int k = 0; k < n; k++) {
            p = p.multiply(x);
        }
        return p;
    }
}
