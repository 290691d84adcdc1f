package org.stencilforge.real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Fornberg;
import org.stencilforge.derivation.WeightTable;

/**
 * The real engine against the exact one, and against itself at twice the digits.
 *
 * <ul>
 * <li>Rational offsets through ball arithmetic give the exact weights correctly
 *     rounded, the rounding of exact rationals checked against
 *     {@link BigDecimal#divide(BigDecimal, MathContext)} (specified to round the
 *     exact quotient);</li>
 * <li>on random real nodes (square roots, cosines of rational multiples of π,
 *     exponentials), a 30-digit run is the 60-digit run rounded to 30 digits.</li>
 * </ul>
 */
class RealEnginesTest {

    static Stream<Long> seeds() {
        return LongStream_range(1, 9);
    }

    private static Stream<Long> LongStream_range(long from, long to) {
        return java.util.stream.LongStream.range(from, to).boxed();
    }

    /** @return {@code count} distinct random rationals with small numerators and denominators */
    private static List<Rational> rationals(Random random, int count) {
        List<Rational> out = new ArrayList<>();
        while (out.size() < count) {
            Rational q = Rational.of(random.nextInt(41) - 20, 1 + random.nextInt(9));
            if (!out.contains(q)) {
                out.add(q);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rationalOffsetsGiveTheExactWeightsRounded(long seed) {
        Random random = new Random(seed);
        int n = 3 + random.nextInt(6);
        int m = random.nextInt(n);
        int digits = 10 + random.nextInt(40);
        List<Rational> offsets = rationals(random, n);
        WeightTable exact = Fornberg.weights(offsets, m);
        RealStencil real = RealStencils.weights(offsets.stream().map(Real::of).toList(), null, m, 1,
                new RealStencils.Settings(digits, 4000));
        for (int k = 0; k < n; k++) {
            Rational w = exact.stencil(m).weights().get(k); // ascending offsets
            assertEquals(Digits.of(w, digits), real.weights().get(k), "weight " + k);
            assertEquals(0, reference(w, digits).compareTo(new BigDecimal(real.weights().get(k))), "weight " + k);
        }
    }

    /**
     * Error terms on many rational offsets, none zero (so the real engine takes its moments from
     * the remainders of {@code t^k} modulo the node polynomial, {@link RealFornberg#moments}),
     * against the exact engine's truncation error ({@code analysis.TruncationError}, the sums
     * {@code Σ w_j s_j^k / k!} in exact rationals), rounded.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void errorTermsOnManyOffsetsAreTheExactOnesRounded(long seed) {
        Random random = new Random(seed);
        int n = 12 + random.nextInt(8);
        int m = random.nextInt(4);
        int digits = 15 + random.nextInt(30);
        List<Rational> offsets = new ArrayList<>();
        for (Rational q : rationals(random, n + 1)) {
            if (!q.isZero() && offsets.size() < n) {
                offsets.add(q);
            }
        }
        org.stencilforge.analysis.AnalysedStencil exact = org.stencilforge.analysis.AnalysedStencil.of(
                org.stencilforge.derivation.Stencils.fromOffsets(m, offsets, org.stencilforge.derivation.Limits.DEFAULT),
                2);
        RealStencil real = RealStencils.weights(offsets.stream().map(Real::of).toList(), null, m, 2,
                new RealStencils.Settings(digits, 4000));
        List<org.stencilforge.analysis.ErrorTerm> terms = exact.error().terms();
        assertEquals(terms.size(), real.error().size(), real.error().toString());
        for (int t = 0; t < terms.size(); t++) {
            assertEquals(terms.get(t).derivative().get(0), real.error().get(t).derivative());
            assertEquals(0, reference(terms.get(t).coefficient(), digits)
                    .compareTo(new BigDecimal(real.error().get(t).coefficient())), "term " + t);
        }
        assertNotNull(RealFornberg.moments(offsets.stream().map(q -> Ball.of(q, 60)).toList(), m, 8, 60),
                "the moments path is taken");
    }

    /** The independent rounding of an exact rational: BigDecimal's correctly rounded division. */
    private static BigDecimal reference(Rational q, int digits) {
        return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()),
                new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rationalsRoundLikeBigDecimalDivision(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            BigInteger p = new BigInteger(1 + random.nextInt(200), random).subtract(BigInteger.ONE.shiftLeft(random.nextInt(100)));
            BigInteger q = new BigInteger(1 + random.nextInt(200), random).add(BigInteger.ONE);
            Rational r = Rational.of(p, q);
            int digits = 1 + random.nextInt(60);
            String printed = Digits.of(r, digits);
            BigDecimal expected = r.isZero() ? BigDecimal.ZERO : reference(r, digits);
            assertEquals(0, expected.compareTo(new BigDecimal(printed)), r + " to " + digits + ": " + printed);
            if (!r.isZero()) {
                assertEquals(digits, new BigDecimal(printed).precision(), printed);
            }
        }
    }

    /** @return a random real expression: √k + q, cos(kπ/d), exp(q), or 2^(1/3) q */
    private static String realNumber(Random random) {
        int k = 1 + random.nextInt(30);
        int d = 2 + random.nextInt(12);
        return switch (random.nextInt(4)) {
            case 0 -> "sqrt(" + k + ")-" + random.nextInt(6);
            case 1 -> "cos(" + k + "*pi/" + d + ")";
            case 2 -> "exp(" + (k - 15) + "/" + d + ")";
            default -> (k - 15) + "/" + d + "*2^(1/3)";
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thirtyDigitsAreSixtyDigitsRounded(long seed) {
        Random random = new Random(seed);
        int n = 3 + random.nextInt(6);
        int m = random.nextInt(Math.min(n, 4));
        List<String> texts = new ArrayList<>();
        while (texts.size() < n) {
            String t = realNumber(random);
            BigDecimal v = Expression.parse("x", t).at(40).mid();
            if (texts.stream().allMatch(u -> Expression.parse("x", u).at(40).mid().subtract(v).abs()
                    .compareTo(new BigDecimal("0.01")) > 0)) {
                texts.add(t);
            }
        }
        List<Real> nodes = Expression.parseList("--nodes", String.join(",", texts)).stream().map(e -> (Real) e).toList();
        Real at = Expression.parse("--at", realNumber(random));
        RealStencil thirty = RealStencils.weights(nodes, at, m, 2, new RealStencils.Settings(30, 4000));
        RealStencil sixty = RealStencils.weights(nodes, at, m, 2, new RealStencils.Settings(60, 4000));
        MathContext mc = new MathContext(30, RoundingMode.HALF_EVEN);
        for (int j = 0; j < n; j++) {
            assertEquals(0, new BigDecimal(sixty.weights().get(j)).round(mc).compareTo(new BigDecimal(thirty.weights().get(j))),
                    texts + " weight " + j + ": " + thirty.weights().get(j) + " vs " + sixty.weights().get(j));
            assertEquals(0, new BigDecimal(sixty.nodes().get(j)).round(mc).compareTo(new BigDecimal(thirty.nodes().get(j))));
        }
        assertNotNull(thirty.order());
        assertEquals(thirty.error().size(), sixty.error().size());
        for (int t = 0; t < thirty.error().size(); t++) {
            assertEquals(sixty.error().get(t).derivative(), thirty.error().get(t).derivative());
            assertEquals(0, new BigDecimal(sixty.error().get(t).coefficient()).round(mc)
                    .compareTo(new BigDecimal(thirty.error().get(t).coefficient())));
        }
    }
}
