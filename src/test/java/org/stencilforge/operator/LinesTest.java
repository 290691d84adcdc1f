package org.stencilforge.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

class LinesTest {

    private static final Limits LIMITS = Limits.DEFAULT;

    static Stencil central(int m, int p) {
        return Stencils.preset(Scheme.CENTRAL, m, p, LIMITS);
    }

    static Stencil offsets(int m, String offsets) {
        return Stencils.fromOffsets(m, RationalParser.parseList(offsets), LIMITS);
    }

    /** Row i of the matrix applied to x^k at the column points equals d^m/dx^m x^k at the row point. */
    static void assertRowExact(WholeOperator op, int i, int maxDegree) {
        BandRow row = op.matrix().rows().get(i);
        for (int k = 0; k <= maxDegree; k++) {
            Rational sum = Rational.ZERO;
            for (int j = row.first(); j < row.end(); j++) {
                sum = sum.add(row.at(j).multiply(op.columnPoints().get(j).pow(k)));
            }
            assertEquals(ClosuresTest.derivativeOfPower(k, op.derivative(), op.rowPoints().get(i)), sum,
                    op.kind() + ": row " + i + ", x^" + k);
        }
    }

    static Rational dot(List<Rational> a, List<Rational> b) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.size(); i++) {
            s = s.add(a.get(i).multiply(b.get(i)));
        }
        return s;
    }

    static List<Rational> apply(DifferentiationMatrix d, List<Rational> f) {
        List<Rational> out = new ArrayList<>();
        for (BandRow row : d.rows()) {
            Rational s = Rational.ZERO;
            for (int j = row.first(); j < row.end(); j++) {
                s = s.add(row.at(j).multiply(f.get(j)));
            }
            out.add(s);
        }
        return out;
    }

    static List<Rational> randomVector(Random random, int n) {
        List<Rational> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v.add(Rational.of(random.nextInt(41) - 20, 1 + random.nextInt(7)));
        }
        return v;
    }

    /** The default collocated operator is the existing central matrix with closures (the same rule). */
    @Test
    void defaultClosuresAreTheCentralMatrix() {
        for (int[] c : new int[][] {{1, 2, 7}, {1, 4, 11}, {2, 4, 12}, {3, 2, 9}}) {
            WholeOperator op = Lines.collocated(central(c[0], c[1]), c[2], ClosureRule.DEFAULT, LIMITS);
            assertEquals(Closures.uniform(c[0], c[1], c[2], LIMITS).rows(), op.matrix().rows());
        }
    }

    static Stream<Arguments> staggered() {
        // offsets, derivative, order (hand: -1/2,1/2 is the midpoint rule, order 2; the four-point one is order 4)
        return Stream.of(Arguments.of("-1/2,1/2", 1, 2, 6), Arguments.of("-3/2,-1/2,1/2,3/2", 1, 4, 9),
                Arguments.of("-3/2,-1/2,1/2,3/2", 2, 2, 9), Arguments.of("-5/2,-3/2,-1/2,1/2,3/2,5/2", 1, 6, 14));
    }

    /** Every row, closures included, differentiates x^k exactly for k < m + p (evaluated exactly). */
    @ParameterizedTest(name = "{0} m={1}")
    @MethodSource("staggered")
    void staggeredOperatorsAreExactOnPolynomialsUpToTheirOrder(String offsets, int m, int p, int cells) {
        for (boolean fromCentres : new boolean[] {true, false}) {
            WholeOperator op = Lines.staggered(offsets(m, offsets), cells, fromCentres, ClosureRule.DEFAULT, LIMITS);
            int faces = cells + 1;
            assertEquals(fromCentres ? faces : cells, op.matrix().size());
            assertEquals(fromCentres ? cells : faces, op.matrix().columns());
            for (int i = 0; i < op.matrix().size(); i++) {
                assertRowExact(op, i, m + p - 1);
            }
            assertTrue(OperatorProperties.of(op).rowOrders().stream().allMatch(o -> o >= p));
        }
    }

    @Test
    void staggeredMidpointRowsAreTheDifferenceOfNeighbours() {
        // centres to faces, 4 cells: face j (0 < j < 4) is (f_j - f_{j-1}) / h (hand-derived)
        WholeOperator op = Lines.staggered(offsets(1, "-1/2,1/2"), 4, true, ClosureRule.DEFAULT, LIMITS);
        assertEquals(new BandRow(1, RationalParser.parseList("-1,1")), op.matrix().rows().get(2));
        // face 0 from the centres 1/2, 3/2, 5/2: weights of f'(0), by hand from the Lagrange basis: -2, 3, -1
        assertEquals(new BandRow(0, RationalParser.parseList("-2,3,-1")), op.matrix().rows().get(0));
    }

    /** The fourth-order staggered end row against sympy 1.14 (typed in, not our output). */
    @Test
    void fourthOrderStaggeredEndRowIsSympys() {
        // finite_diff_weights(1, [1/2, 3/2, 5/2, 7/2, 9/2], 0)[1][-1] == [-31/8, 229/24, -75/8, 37/8, -11/12]
        WholeOperator op = Lines.staggered(offsets(1, "-3/2,-1/2,1/2,3/2"), 6, true, ClosureRule.DEFAULT, LIMITS);
        assertEquals(new BandRow(0, RationalParser.parseList("-31/8,229/24,-75/8,37/8,-11/12")),
                op.matrix().rows().get(0));
        // the interior is the classic (f_(j-2) - 27 f_(j-1) + 27 f_j - f_(j+1)) / 24
        assertEquals(new BandRow(1, RationalParser.parseList("1/24,-9/8,9/8,-1/24")), op.matrix().rows().get(3));
    }

    static Stream<Arguments> chosen() {
        return Stream.of(Arguments.of(1, 2, 3, 10), Arguments.of(1, 4, 3, 14), Arguments.of(1, 4, 6, 16),
                Arguments.of(2, 2, 4, 12), Arguments.of(2, 4, 1, 12), Arguments.of(1, 6, 2, 20));
    }

    /** Each closure row has the order asked for: exact on x^k for k < m + Q, by direct evaluation. */
    @ParameterizedTest(name = "m={0} p={1} Q={2} N={3}")
    @MethodSource("chosen")
    void chosenClosuresHaveTheRequestedOrder(int m, int p, int q, int n) {
        for (BoundaryPoints points : BoundaryPoints.values()) {
            for (int width : new int[] {p / 2 + (m - 1) / 2, p / 2 + (m - 1) / 2 + 2}) {
                ClosureRule rule = new ClosureRule(OptionalInt.of(q), OptionalInt.of(width), points);
                WholeOperator op = Lines.collocated(central(m, p), n, rule, LIMITS);
                List<Integer> orders = OperatorProperties.of(op).rowOrders();
                for (int i = 0; i < n; i++) {
                    boolean closure = i < width || i >= n - width;
                    assertRowExact(op, i, m + (closure ? q : p) - 1);
                    assertTrue(orders.get(i) >= (closure ? q : p));
                    if (closure && points == BoundaryPoints.OWN) {
                        BandRow row = op.matrix().rows().get(i);
                        assertEquals(i < width ? Math.min(i, n - m - q) : Math.max(0, i - m - q + 1), row.first(),
                                "row " + i + " starts at its own point");
                    }
                }
            }
        }
    }

    /** Row orders against the moments of a hand-known row: the one-sided 2, -5, 4, -1 has order 2. */
    @Test
    void rowOrdersOfClassicRows() {
        assertEquals(2, RowOrders.order(RationalParser.parseList("0,1,2,3"), RationalParser.parseList("2,-5,4,-1"), 2,
                Rational.ONE));
        // 1,-2,1 is central, order 2; -1/2,0,1/2 order 2; 1,-1 as a first derivative at 0 (forward) order 1
        assertEquals(2, RowOrders.order(RationalParser.parseList("-1,0,1"), RationalParser.parseList("1,-2,1"), 2,
                Rational.ONE));
        assertEquals(1, RowOrders.order(RationalParser.parseList("0,1"), RationalParser.parseList("-1,1"), 1,
                Rational.ONE));
        // 1,1 does not approximate a first derivative at all
        assertTrue(RowOrders.order(RationalParser.parseList("0,1"), RationalParser.parseList("1,1"), 1,
                Rational.ONE) <= 0);
    }

    /** NumPy's definition written out: full z_i = Σ_k h_(i-k) f_k with h the reversed weights. */
    static List<Rational> convolve(List<Rational> f, List<Rational> h, ConvolutionMode mode) {
        int n = f.size();
        int m = h.size();
        List<Rational> full = new ArrayList<>();
        for (int i = 0; i < n + m - 1; i++) {
            Rational s = Rational.ZERO;
            for (int k = 0; k < n; k++) {
                if (i - k >= 0 && i - k < m) {
                    s = s.add(h.get(i - k).multiply(f.get(k)));
                }
            }
            full.add(s);
        }
        return switch (mode) {
            case FULL -> full;
            case SAME -> full.subList((m - 1) / 2, (m - 1) / 2 + n);
            case VALID -> full.subList(m - 1, n);
        };
    }

    @ParameterizedTest
    @EnumSource(ConvolutionMode.class)
    void convolutionMatricesAreTheDirectConvolution(ConvolutionMode mode) {
        Random random = new Random(14L);
        for (String offsets : List.of("-1,0,1", "-2,-1,0,1,2", "0,1", "-1,0,1,2", "-3,-2,-1,0")) {
            Stencil s = offsets(1, offsets);
            List<Rational> h = new ArrayList<>(s.weights());
            java.util.Collections.reverse(h);
            for (int n = s.size(); n < s.size() + 6; n++) {
                WholeOperator op = Lines.convolution(s, n, mode, LIMITS);
                List<Rational> f = randomVector(random, n);
                assertEquals(convolve(f, h, mode), apply(op.matrix(), f), offsets + " n=" + n);
                List<Rational> g = randomVector(random, op.matrix().size());
                assertEquals(dot(apply(op.matrix(), f), g), dot(f, apply(op.matrix().transpose(), g)));
            }
        }
        // the rows of valid mode are the stencil at the point it is centred on: order 2 for -1,0,1
        WholeOperator valid = Lines.convolution(offsets(1, "-1,0,1"), 6, ConvolutionMode.VALID, LIMITS);
        assertTrue(OperatorProperties.of(valid).rowOrders().stream().allMatch(o -> o == 2));
    }

    /** The closed-form symbol of a central stencil (hand-derived from Σ w_j e^{i s_j θ}). */
    static Stream<Arguments> symbols() {
        // D1, p=2: i sin θ; D1, p=4: i (4/3 sin θ - 1/6 sin 2θ); D2, p=2: 2 cos θ - 2; D2, p=4: -1/6 cos 2θ + 8/3 cos θ - 5/2
        return Stream.of(Arguments.of(1, 2, (DoubleUnaryOperator) t -> Math.sin(t)),
                Arguments.of(1, 4, (DoubleUnaryOperator) t -> 4.0 / 3 * Math.sin(t) - Math.sin(2 * t) / 6),
                Arguments.of(2, 2, (DoubleUnaryOperator) t -> 2 * Math.cos(t) - 2),
                Arguments.of(2, 4, (DoubleUnaryOperator) t -> -Math.cos(2 * t) / 6 + 8.0 / 3 * Math.cos(t) - 2.5));
    }

    /**
     * On e^{i k x_j}, x_j = j h, h = 2π/n, a circulant operator multiplies by its symbol at θ = k h: for odd m the
     * symbol is i·σ (so cos goes to -σ sin, sin to σ cos), for even m it is real (cos to σ cos).
     */
    @ParameterizedTest(name = "m={0} p={1}")
    @MethodSource("symbols")
    void periodicOperatorsMultiplyTrigonometricPolynomialsByTheSymbol(int m, int p, DoubleUnaryOperator symbol) {
        for (int n : new int[] {7, 8, 13}) {
            WholeOperator op = Lines.periodic(central(m, p), n, LIMITS);
            for (int k = 0; k <= 3; k++) {
                double theta = 2 * Math.PI * k / n;
                double sigma = symbol.applyAsDouble(theta);
                for (int i = 0; i < n; i++) {
                    BandRow row = op.matrix().rows().get(i);
                    double dc = 0;
                    double ds = 0;
                    for (int j = row.first(); j < row.end(); j++) {
                        dc += row.at(j).toDouble() * Math.cos(theta * j);
                        ds += row.at(j).toDouble() * Math.sin(theta * j);
                    }
                    double c = Math.cos(theta * i);
                    double s = Math.sin(theta * i);
                    double expectedC = m % 2 == 1 ? -sigma * s : sigma * c;
                    double expectedS = m % 2 == 1 ? sigma * c : sigma * s;
                    assertEquals(expectedC, dc, 1e-12, "n=" + n + " k=" + k + " row " + i);
                    assertEquals(expectedS, ds, 1e-12, "n=" + n + " k=" + k + " row " + i);
                }
            }
        }
    }

    static List<WholeOperator> operators() {
        ClosureRule own = new ClosureRule(OptionalInt.of(3), OptionalInt.of(3), BoundaryPoints.OWN);
        return List.of(Lines.collocated(central(1, 4), 12, ClosureRule.DEFAULT, LIMITS),
                Lines.collocated(central(2, 2), 9, own, LIMITS),
                Lines.staggered(offsets(1, "-3/2,-1/2,1/2,3/2"), 9, true, ClosureRule.DEFAULT, LIMITS),
                Lines.staggered(offsets(1, "-3/2,-1/2,1/2,3/2"), 9, false, ClosureRule.DEFAULT, LIMITS),
                Lines.periodic(central(1, 4), 9, LIMITS),
                Lines.convolution(central(2, 4), 10, ConvolutionMode.FULL, LIMITS));
    }

    /** The dot-product test: <D f, g> = <f, D^T g> for the transpose, and D^T D f = D^T (D f), all exact. */
    @Test
    void adjointAndNormalMatrixAgainstTheDefinition() {
        Random random = new Random(5L);
        for (WholeOperator op : operators()) {
            DifferentiationMatrix d = op.matrix();
            WholeOperator t = op.transpose();
            for (int i = 0; i < d.size(); i++) {
                for (int j = 0; j < d.columns(); j++) {
                    assertEquals(d.entry(i, j), t.matrix().entry(j, i));
                }
            }
            List<Rational> f = randomVector(random, d.columns());
            List<Rational> g = randomVector(random, d.size());
            assertEquals(dot(apply(d, f), g), dot(f, apply(t.matrix(), g)), op.kind());
            DifferentiationMatrix normal = op.normal().matrix();
            assertEquals(apply(t.matrix(), apply(d, f)), apply(normal, f), op.kind());
            assertEquals(2 * d.derivative(), -normal.hPower());
        }
    }

    /** In the interior D^T D holds the autocorrelation a_k = Σ_j w_j w_(j+k) of the stencil (computed here). */
    @Test
    void normalMatrixBandIsTheAutocorrelation() {
        for (Stencil s : List.of(central(1, 2), central(1, 4), central(2, 4), offsets(1, "-1,0,1,2"))) {
            List<Rational> w = new ArrayList<>();
            int lo = s.axis(0).get(0).numerator().intValue();
            int hi = s.axis(0).get(s.size() - 1).numerator().intValue();
            for (int k = lo; k <= hi; k++) {
                int idx = s.axis(0).indexOf(Rational.of(k));
                w.add(idx < 0 ? Rational.ZERO : s.weights().get(idx));
            }
            int span = w.size();
            for (WholeOperator op : List.of(Lines.periodic(s, 3 * span, LIMITS),
                    Lines.collocated(s, 6 * span, ClosureRule.DEFAULT, LIMITS))) {
                DifferentiationMatrix normal = op.normal().matrix();
                int n = normal.size();
                int from = op.period() > 0 ? 0 : 3 * span;
                int to = op.period() > 0 ? n : n - 3 * span;
                for (int i = from; i < to; i++) {
                    for (int k = -span - 1; k <= span + 1; k++) {
                        Rational a = Rational.ZERO;
                        for (int j = 0; j < span; j++) {
                            if (j + k >= 0 && j + k < span) {
                                a = a.add(w.get(j).multiply(w.get(j + k)));
                            }
                        }
                        int col = op.period() > 0 ? Math.floorMod(i + k, n) : i + k;
                        if (op.period() == 0 || Math.abs(k) < n - span) {
                            assertEquals(a, normal.entry(i, col), op.kind() + " row " + i + " k=" + k);
                        }
                    }
                }
            }
        }
    }

    @Test
    void nullSpaces() {
        // periodic central D1 on an even grid: constants and the sawtooth (-1)^j (its symbol i sin θ vanishes at
        // θ = 0 and θ = π); on an odd grid only constants. D2 periodic: only constants.
        assertNullity(Lines.periodic(central(1, 2), 8, LIMITS), 2);
        assertNullity(Lines.periodic(central(1, 2), 9, LIMITS), 1);
        assertNullity(Lines.periodic(central(2, 2), 8, LIMITS), 1);
        // with closures a first derivative kills constants only; a second derivative constants and x
        assertNullity(Lines.collocated(central(1, 2), 10, ClosureRule.DEFAULT, LIMITS), 1);
        assertNullity(Lines.collocated(central(2, 2), 10, ClosureRule.DEFAULT, LIMITS), 2);
        // faces to centres: N rows, N + 1 columns, kills constants
        assertNullity(Lines.staggered(offsets(1, "-1/2,1/2"), 6, false, ClosureRule.DEFAULT, LIMITS), 1);
    }

    static void assertNullity(WholeOperator op, int nullity) {
        OperatorProperties p = OperatorProperties.of(op);
        List<List<Rational>> basis = p.nullspace().orElseThrow();
        assertEquals(nullity, basis.size(), op.kind());
        for (List<Rational> v : basis) {
            assertTrue(apply(op.matrix(), v).stream().allMatch(Rational::isZero));
        }
        assertTrue(p.rowSumsZero().stream().allMatch(b -> b));
    }

    @Test
    void badInput() {
        Stencil d1 = central(1, 4);
        StencilforgeException small = assertThrows(StencilforgeException.class,
                () -> Lines.collocated(d1, 4, ClosureRule.DEFAULT, LIMITS));
        assertTrue(small.getMessage().contains("give at least"), small.getMessage());
        StencilforgeException reach = assertThrows(StencilforgeException.class, () -> Lines.collocated(d1, 6,
                new ClosureRule(OptionalInt.of(8), OptionalInt.empty(), BoundaryPoints.NEAREST), LIMITS));
        assertTrue(reach.getMessage().contains("at most 5 is reachable"), reach.getMessage());
        assertThrows(StencilforgeException.class, () -> Lines.staggered(d1, 8, true, ClosureRule.DEFAULT, LIMITS));
        assertThrows(StencilforgeException.class,
                () -> Lines.periodic(offsets(1, "-1/2,1/2"), 8, LIMITS));
        assertThrows(StencilforgeException.class, () -> Lines.periodic(d1, 4, LIMITS));
        assertThrows(StencilforgeException.class,
                () -> Lines.convolution(d1, 4, ConvolutionMode.VALID, LIMITS));
        assertThrows(StencilforgeException.class, () -> Lines.collocated(d1, 12,
                new ClosureRule(OptionalInt.empty(), OptionalInt.of(1), BoundaryPoints.NEAREST), LIMITS));
    }
}
