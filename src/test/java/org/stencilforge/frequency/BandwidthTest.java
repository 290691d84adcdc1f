package org.stencilforge.frequency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

class BandwidthTest {

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 1, 2), "1/1000"),
                Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 1, 4), "1/1000"),
                Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 1, 8), "1/1000"),
                Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 2, 4), "1/1000"),
                Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 2, 2), "1/1000000"),
                Arguments.of(SymbolTest.preset(Scheme.BACKWARD, 1, 1), "1/1000"),
                Arguments.of(SymbolTest.preset(Scheme.FORWARD, 1, 3), "1/100"),
                Arguments.of(SymbolTest.offsets(1, "-3/2", "-1/2", "1/2", "3/2"), "1/1000"));
    }

    /**
     * The 15 printed digits against an independent bisection on the direct sum in Apfloat
     * (60 digits), checked to be the first crossing by sampling the error below it.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void digitsAgreeWithAnIndependentBisection(Stencil stencil, String tol) {
        Rational t = org.stencilforge.arithmetic.RationalParser.parse(tol);
        Bandwidth b = Responses.bandwidth(stencil, t);
        assertEquals("resolved", b.status());
        Apfloat tolerance = DirectSum.of(t);
        // bracket: the first of 400 equally spaced points where the error exceeds the tolerance
        List<Apfloat[]> grid = DirectSum.grid(stencil, 400);
        Apfloat lo = new Apfloat(0, DirectSum.DIGITS);
        Apfloat hi = null;
        for (int j = 1; j < grid.size() && hi == null; j++) {
            Apfloat[] x = grid.get(j);
            if (DirectSum.relativeError(stencil, x[0], new Apfloat[] {x[1], x[2]}).compareTo(tolerance) > 0) {
                hi = x[0];
            } else {
                lo = x[0];
            }
        }
        if (lo.signum() == 0) { // a small bandwidth: bisect from a small start
            lo = hi.divide(new Apfloat(1e6, DirectSum.DIGITS));
        }
        Apfloat two = new Apfloat(2, DirectSum.DIGITS);
        for (int i = 0; i < 64; i++) { // 2^-64 π/400 < 1e-21
            Apfloat mid = lo.add(hi).divide(two);
            if (DirectSum.relativeError(stencil, mid).compareTo(tolerance) > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        BigDecimal reference = new BigDecimal(lo.toString(true));
        BigDecimal printed = new BigDecimal(b.decimal());
        assertTrue(printed.precision() >= 15, b.decimal());
        BigDecimal ulp = printed.ulp();
        assertTrue(printed.subtract(reference).abs().compareTo(ulp.divide(BigDecimal.valueOf(2))) <= 0,
                "printed " + printed + " reference " + reference.round(new MathContext(20, RoundingMode.HALF_EVEN)));
        // the proved enclosure meets the reference's bracket [lo, hi] (both hold the crossing)
        BigDecimal referenceHi = new BigDecimal(hi.toString(true));
        assertTrue(b.lower().compareTo(referenceHi) <= 0 && reference.compareTo(b.upper()) <= 0,
                "[" + b.lower() + ", " + b.upper() + "] misses [" + reference + ", " + referenceHi + "]");
    }

    @Test
    void secondOrderFirstDerivativeByHand() {
        // sin ω / ω = 1 - tol: ω² / 6 - ω⁴ / 120 + ... = 1e-3 gives ω ≈ 0.07747 (hand derivation, 4 digits)
        Bandwidth b = Responses.bandwidth(SymbolTest.preset(Scheme.CENTRAL, 1, 2), Responses.DEFAULT_TOLERANCE);
        assertTrue(b.decimal().startsWith("0.07747"), b.decimal());
    }

    @Test
    void theWholeBandAndNone() {
        // interpolation at a node is exact: the whole band
        Stencil node = Stencil.of(0, java.util.List.of(Rational.ZERO), java.util.List.of(Rational.ONE));
        assertEquals("whole-band", Responses.bandwidth(node, Responses.DEFAULT_TOLERANCE).status());
        // weights 1/2, 1/2 at ±1/2 for the first derivative: not even consistent, relative error infinite at 0
        Stencil bad = Stencil.of(1, java.util.List.of(Rational.of(-1, 2), Rational.of(1, 2)),
                java.util.List.of(Rational.of(1, 2), Rational.of(1, 2)));
        assertEquals("none", Responses.bandwidth(bad, Responses.DEFAULT_TOLERANCE).status());
        // a tolerance of 0.99: 2 sin(ω/2)/ω ≥ 2/π > 0.01 on (0, π], so the whole band (hand derivation)
        assertEquals("whole-band", Responses.bandwidth(SymbolTest.offsets(1, "-1/2", "1/2"),
                Rational.of(99, 100)).status());
    }

    @Test
    void toleranceOutOfRange() {
        Stencil s = SymbolTest.preset(Scheme.CENTRAL, 1, 2);
        assertThrows(StencilforgeException.class, () -> Responses.bandwidth(s, Rational.ONE));
        assertThrows(StencilforgeException.class, () -> Responses.bandwidth(s, Rational.ZERO));
    }
}
