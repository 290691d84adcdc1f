package org.stencilforge.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.Polynomials;
import org.stencilforge.RandomGrids;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;

class MultiStencilsTest {

    private static final Limits LIMITS = new Limits(2049, 100);

    private static DifferentialOperator op(String text, int d) {
        return OperatorParser.parse(text, d);
    }

    private static List<Rational> q(String list) {
        return RationalParser.parseList(list);
    }

    private static Stencil tensor(DifferentialOperator op, int accuracy) {
        return TensorProducts.of(op, IntStream.range(0, op.dimension())
                .mapToObj(i -> (AxisStencil) new AxisStencil.Preset(Scheme.CENTRAL, accuracy)).toList(), LIMITS);
    }

    private static Stencil solve(DifferentialOperator op, List<List<Rational>> points, MomentSolver.Rule rule) {
        return MomentSolver.solve(op, points, rule, LIMITS).stencil();
    }

    /** The weights at the points in the molecule order of the test: a map offset -> weight, zeros dropped. */
    private static Map<List<Rational>, Rational> nonZero(Stencil s) {
        Map<List<Rational>, Rational> m = new java.util.TreeMap<>(Stencil.OFFSET_ORDER);
        for (int j = 0; j < s.size(); j++) {
            if (!s.weights().get(j).isZero()) {
                m.put(s.offsets().get(j), s.weights().get(j));
            }
        }
        return m;
    }

    private static ErrorTerm term(String alpha, int hPower, String c) {
        int[] a = java.util.Arrays.stream(alpha.split(",")).mapToInt(Integer::parseInt).toArray();
        return ErrorTerm.of(MultiIndex.of(a), hPower, RationalParser.parse(c));
    }

    /** Exact on every polynomial of degree at most {@code degree}: checked at a shifted point with h = 1/3. */
    static void assertExactOnPolynomials(Stencil s, int degree, long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 3; trial++) {
            Map<MultiIndex, Rational> p = Polynomials.random(random, s.dimension(), degree);
            List<Rational> x = IntStream.range(0, s.dimension()).mapToObj(i -> RandomGrids.rational(random)).toList();
            assertEquals(Polynomials.apply(s.operator(), p, x), Polynomials.stencil(s, p, x, Rational.of(1, 3)),
                    "degree " + degree + " at " + x);
        }
    }

    // ---- textbook stencils and their error terms (hand derivations in the comments)

    @Test
    void fivePointLaplacian() {
        // (f(x+h,y) + f(x-h,y) + f(x,y+h) + f(x,y-h) - 4f)/h^2 = Δf + h^2/12 (f_xxxx + f_yyyy) + ...
        Stencil s = tensor(DifferentialOperator.laplacian(2), 2);
        assertEquals(List.of(q("-1,0"), q("0,-1"), q("0,0"), q("0,1"), q("1,0")), s.offsets());
        assertEquals(q("1,1,-4,1,1"), s.weights());
        assertEquals(List.of(term("4,0", 2, "1/12"), term("0,4", 2, "1/12")), TruncationError.of(s, 1).terms());
    }

    @Test
    void ninePointLaplacianHasTheClassicIsotropicWeights() {
        // (1/6)[1 4 1; 4 -20 4; 1 4 1] / h^2 = Δf + h^2/12 Δ²f + ...: Δ² = ∂x⁴ + 2 ∂x²∂y² + ∂y⁴
        MomentSolver.Solution s = MomentSolver.solve(DifferentialOperator.laplacian(2),
                Shapes.BOX.offsets(2, 1, LIMITS), MomentSolver.Rule.AUTO, LIMITS);
        assertEquals(q("1/6,2/3,1/6,2/3,-10/3,2/3,1/6,2/3,1/6"), s.stencil().weights());
        assertEquals(List.of(Choice.ISOTROPIC), s.choice());
        assertEquals(List.of(term("4,0", 2, "1/12"), term("2,2", 2, "1/6"), term("0,4", 2, "1/12")),
                TruncationError.of(s.stencil(), 1).terms());
    }

    @Test
    void minimumNormNinePointLaplacian() {
        // 5-point + t [1 -2 1; -2 4 -2; 1 -2 1] has norm² 20 - 48t + 36t², least at t = 2/3
        Stencil s = solve(DifferentialOperator.laplacian(2), Shapes.BOX.offsets(2, 1, LIMITS),
                MomentSolver.Rule.MIN_NORM);
        assertEquals(q("2/3,-1/3,2/3,-1/3,-4/3,-1/3,2/3,-1/3,2/3"), s.weights());
    }

    @Test
    void fourPointMixedDerivative() {
        // (f(x+h,y+h) - f(x+h,y-h) - f(x-h,y+h) + f(x-h,y-h)) / 4h^2 = f_xy + h^2/6 (f_xxxy + f_xyyy) + ...
        Stencil s = tensor(op("Dxy", 2), 2);
        assertEquals(4, s.size());
        assertEquals(q("1/4,-1/4,-1/4,1/4"), s.weights());
        assertEquals(List.of(term("3,1", 2, "1/6"), term("1,3", 2, "1/6")), TruncationError.of(s, 1).terms());
    }

    @Test
    void fourthOrderMixedDerivative() {
        // the product of (f_{-2} - 8f_{-1} + 8f_1 - f_2)/12h on each axis; each factor is
        // ∂ - h^4/30 ∂^5, so the product is f_xy - h^4/30 (f_xxxxxy + f_xyyyyy) + O(h^6)
        Stencil s = tensor(op("Dxy", 2), 4);
        int[] a = {1, -8, 8, -1};
        List<Rational> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                expected.add(Rational.of(a[i] * a[j], 144));
            }
        }
        assertEquals(expected, s.weights());
        assertEquals(List.of(term("5,1", 4, "-1/30"), term("1,5", 4, "-1/30")), TruncationError.of(s, 1).terms());
    }

    @Test
    void mixedFourthDerivativeFromTheProductOfSecondDifferences() {
        // f_xxyy from [1 -2 1] ⊗ [1 -2 1]: (∂x² + h²/12 ∂x⁴)(∂y² + h²/12 ∂y⁴) = f_xxyy + h²/12 (f_xxxxyy + f_xxyyyy)
        Stencil s = tensor(op("Dxxyy", 2), 2);
        assertEquals(q("1,-2,1,-2,4,-2,1,-2,1"), s.weights());
        assertEquals(List.of(term("4,2", 2, "1/12"), term("2,4", 2, "1/12")), TruncationError.of(s, 1).terms());
    }

    // ---- the solver agrees with tensor products on tensor grids

    static Stream<Arguments> tensorGrids() {
        return Stream.of(Arguments.of("Dxy", 2, 2, Shapes.BOX, 1), Arguments.of("Dxy", 2, 4, Shapes.BOX, 2),
                Arguments.of("Dxxyy", 2, 2, Shapes.BOX, 1), Arguments.of("Dxx + Dyy", 2, 2, Shapes.CROSS, 1),
                Arguments.of("Dxx + Dyy + Dzz", 3, 4, Shapes.CROSS, 2), Arguments.of("Dxyz", 3, 2, Shapes.BOX, 1),
                Arguments.of("Dxxy", 2, 2, Shapes.BOX, 1));
    }

    @ParameterizedTest(name = "{0} accuracy {2} on {3} {4}")
    @MethodSource("tensorGrids")
    void solverOnATensorGridGivesTheTensorProduct(String text, int d, int accuracy, Shapes shape, int radius) {
        DifferentialOperator op = op(text, d);
        assertEquals(nonZero(tensor(op, accuracy)),
                nonZero(solve(op, shape.offsets(d, radius, LIMITS), MomentSolver.Rule.AUTO)));
    }

    // ---- random offset sets: exact to the reached degree, and no higher degree is reachable

    static Stream<Arguments> randomSets() {
        Random random = new Random(2026L);
        String[] ops2 = {"Dx", "Dy", "Dxx", "Dxy", "Dxx + Dyy", "2 Dxy - Dyy"};
        String[] ops3 = {"Dx", "Dxz", "Dxx + Dyy + Dzz"};
        return IntStream.range(0, 60).mapToObj(i -> {
            int d = i % 3 == 2 ? 3 : 2;
            String text = d == 2 ? ops2[random.nextInt(ops2.length)] : ops3[random.nextInt(ops3.length)];
            int n = 3 + random.nextInt(d == 2 ? 10 : 12);
            Set<List<Rational>> points = new LinkedHashSet<>();
            while (points.size() < n) {
                points.add(IntStream.range(0, d).mapToObj(k -> Rational.of(random.nextInt(7) - 3, 1 + random.nextInt(2)))
                        .toList());
            }
            return Arguments.of(text, d, new ArrayList<>(points), i % 4 == 0 ? MomentSolver.Rule.MIN_NORM
                    : MomentSolver.Rule.AUTO);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("randomSets")
    void randomOffsetsReachTheHighestConsistentDegree(String text, int d, List<List<Rational>> points,
            MomentSolver.Rule rule) {
        DifferentialOperator op = op(text, d);
        int m = op.order();
        Stencil s;
        try {
            s = solve(op, points, rule);
        } catch (StencilforgeException e) {
            // refused: an independent exact elimination must agree that degree m cannot be met
            assertTrue(e.getMessage().contains("cannot approximate"), e.getMessage());
            assertFalse(TaylorConditions.consistent(op, points, m), "refused but degree " + m + " is reachable");
            return;
        }
        int order = TruncationError.of(s, 1).order().orElseThrow();
        int degree = order + m - 1; // the highest degree the weights are exact for
        assertExactOnPolynomials(s, degree, points.hashCode());
        assertTrue(TaylorConditions.consistent(op, points, degree));
        assertFalse(TaylorConditions.consistent(op, points, degree + 1),
                "degree " + (degree + 1) + " is reachable but the solver stopped at " + degree);
    }

    @Test
    void boxesAreExactToTheirReachableDegree() {
        Stencil laplace3 = solve(DifferentialOperator.laplacian(3), Shapes.BOX.offsets(3, 2, LIMITS),
                MomentSolver.Rule.AUTO);
        assertEquals(4, TruncationError.of(laplace3, 1).order().orElseThrow());
        assertExactOnPolynomials(laplace3, 5, 1L);
        Stencil biharmonic = solve(DifferentialOperator.biharmonic(2), Shapes.BOX.offsets(2, 2, LIMITS),
                MomentSolver.Rule.AUTO);
        assertEquals(2, TruncationError.of(biharmonic, 1).order().orElseThrow());
        assertExactOnPolynomials(biharmonic, 5, 2L);
    }

    @Test
    void refusesWhatCannotWork() {
        // three collinear points cannot give a second derivative across the line
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> solve(op("Dyy", 2), List.of(q("0,0"), q("1,0"), q("-1,0")), MomentSolver.Rule.AUTO));
        assertTrue(e.getMessage().contains("cannot approximate"), e.getMessage());
        assertThrows(StencilforgeException.class,
                () -> solve(op("Dxx", 2), List.of(q("0,0"), q("1,0,0")), MomentSolver.Rule.AUTO));
        assertThrows(StencilforgeException.class,
                () -> solve(op("Dxx", 2), List.of(q("0,0"), q("0,0")), MomentSolver.Rule.AUTO));
        assertThrows(StencilforgeException.class, () -> Shapes.BOX.offsets(3, 10, LIMITS));
        assertEquals(1 + 2 * 3 * 10, Shapes.CROSS.offsets(3, 10, LIMITS).size());
        assertEquals(13, Shapes.DIAMOND.offsets(2, 2, LIMITS).size());
    }

    /** The Taylor conditions up to a degree, solved by plain exact rational elimination (no modular arithmetic). */
    static final class TaylorConditions {
        static boolean consistent(DifferentialOperator op, List<List<Rational>> points, int degree) {
            List<Rational[]> rows = new ArrayList<>();
            for (int n = 0; n <= degree; n++) {
                for (MultiIndex alpha : MultiIndex.ofOrder(op.dimension(), n)) {
                    Rational[] row = new Rational[points.size() + 1];
                    for (int j = 0; j < points.size(); j++) {
                        Rational v = Rational.ONE;
                        for (int i = 0; i < op.dimension(); i++) {
                            v = v.multiply(points.get(j).get(i).pow(alpha.get(i)));
                        }
                        row[j] = v.divide(Rational.of(alpha.factorial()));
                    }
                    row[points.size()] = op.coefficient(alpha);
                    rows.add(row);
                }
            }
            int cols = points.size();
            int rank = 0;
            for (int c = 0; c < cols && rank < rows.size(); c++) {
                int pivot = rank;
                while (pivot < rows.size() && rows.get(pivot)[c].isZero()) {
                    pivot++;
                }
                if (pivot == rows.size()) {
                    continue;
                }
                java.util.Collections.swap(rows, rank, pivot);
                Rational[] p = rows.get(rank);
                for (int r = 0; r < rows.size(); r++) {
                    Rational[] row = rows.get(r);
                    if (r != rank && !row[c].isZero()) {
                        Rational f = row[c].divide(p[c]);
                        for (int k = c; k <= cols; k++) {
                            row[k] = row[k].subtract(f.multiply(p[k]));
                        }
                    }
                }
                rank++;
            }
            for (int r = rank; r < rows.size(); r++) {
                if (!rows.get(r)[cols].isZero()) {
                    return false;
                }
            }
            return true;
        }
    }
}
