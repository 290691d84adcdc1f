package org.stencilforge.compact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * The modified wavenumber of compact schemes against the closed forms of Lele (1992), section 3:
 * first derivative {@code k'(ω) = (a sin ω + (b/2) sin 2ω + (c/3) sin 3ω) / (1 + 2α cos ω + 2β cos 2ω)}
 * (3.1.2), second derivative {@code k''(ω) = (2a(1 - cos ω) + (b/2)(1 - cos 2ω) + (2c/9)(1 - cos 3ω)) /
 * (1 + 2α cos ω + 2β cos 2ω)} (3.2.2), with the coefficients of his schemes typed in.
 */
class CompactResponseTest {

    private static Rational q(String s) {
        return RationalParser.parse(s);
    }

    private static CompactResponse response(int m, int p) {
        List<List<Integer>> shape = CompactSchemes.leleShape(m, p);
        return CompactResponse.of(CompactSchemes.derive(m, shape.get(0), shape.get(1), Map.of(), 1, 32));
    }

    private static List<Rational> trim(List<Rational> xs) {
        List<Rational> out = new ArrayList<>(xs);
        while (out.size() > 1 && out.get(out.size() - 1).isZero()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"4,1/4,0,3/2,0,0", "6,1/3,0,14/9,1/9,0", "8,4/9,1/36,40/27,25/54,0", "10,1/2,1/20,17/12,101/150,1/100"})
    void firstDerivativeMatchesLelesClosedForm(int p, String alpha, String beta, String a, String b, String c) {
        CompactResponse r = response(1, p);
        // N(ω) = H_B(ω)/i: sine coefficients a, b/2, c/3; H_B has no cosine part (antisymmetric weights)
        List<Rational> sin = List.of(Rational.ZERO, q(a), q(b).divide(Rational.of(2)), q(c).divide(Rational.of(3)));
        assertEquals(trim(sin), trim(r.numerator().sin()));
        assertTrue(r.numerator().cosineFree());
        List<Rational> cos = List.of(Rational.ONE, q(alpha).multiply(Rational.of(2)), q(beta).multiply(Rational.of(2)));
        assertEquals(trim(cos), trim(r.denominator().cos()));
        assertTrue(r.denominator().sineFree());
        // ω = π/2: sin ω = 1, sin 2ω = 0, sin 3ω = -1, cos ω = 0, cos 2ω = -1: k' = (a - c/3) / (1 - 2β)
        Rational half = q(a).subtract(q(c).divide(Rational.of(3))).divide(Rational.ONE.subtract(q(beta)
                .multiply(Rational.of(2))));
        assertEquals(half, r.halfPi().re());
        assertTrue(r.halfPi().real());
        assertEquals(Rational.ZERO, r.pi().re()); // every sin kπ = 0
        assertEquals(p, r.order());
    }

    @Test
    void secondDerivativeMatchesLelesClosedForm() {
        // Lele (2.2.7): α = 2/11, a = 12/11, b = 3/11. N(ω) = 2a + b/2 - 2a cos ω - (b/2) cos 2ω, and the
        // symbol of the explicit side is H_B = i^2 N = -N
        CompactResponse r = response(2, 6);
        assertEquals(List.of(q("-51/22"), q("24/11"), q("3/22")), r.numerator().cos());
        assertEquals(List.of(Rational.ONE, q("4/11")), r.denominator().cos());
        // ω = π: N = 4a = 48/11, D = 1 - 2α = 7/11, k'' = 48/7 (ideal π^2 ≈ 9.87: compact schemes damp the Nyquist mode)
        assertEquals(q("48/7"), r.pi().re());
        // ω = π/2: N = 2a + b/2 + b/2 = 24/11 + 3/11 = 27/11, D = 1: 27/11
        assertEquals(q("27/11"), r.halfPi().re());
    }

    @Test
    void theResponseApproachesTheIdealAtTheSchemesOrder() {
        // k'(ω) - ω = O(ω^(p+1)): halving ω divides the difference by about 2^(p+1) (double precision, p = 4 and 6)
        for (int p : new int[] {4, 6}) {
            CompactResponse r = response(1, p);
            double e1 = evaluate(r, 0.4) - 0.4;
            double e2 = evaluate(r, 0.2) - 0.2;
            double observed = Math.log(e1 / e2) / Math.log(2);
            assertTrue(Math.abs(observed - (p + 1)) < 0.2, "observed " + observed + " for " + p);
        }
    }

    private static double evaluate(CompactResponse r, double w) {
        double n = 0;
        for (int k = 0; k < r.numerator().sin().size(); k++) {
            n += r.numerator().sin().get(k).toDouble() * Math.sin(k * w);
        }
        double d = 0;
        for (int k = 0; k < r.denominator().cos().size(); k++) {
            d += r.denominator().cos().get(k).toDouble() * Math.cos(k * w);
        }
        return n / d;
    }

    @Test
    void aVanishingImplicitSymbolLeavesTheValueUndefined() {
        // α = 1/2 on -1..1: H_A(π) = 1 - 2·1/2 = 0 (A singular on even periodic grids)
        CompactScheme s = CompactSchemes.derive(1, List.of(-1, 0, 1), List.of(-2, -1, 0, 1, 2),
                Map.of(-1, q("1/2"), 1, q("1/2")), 1, 32);
        assertNull(CompactResponse.of(s).pi());
    }
}
