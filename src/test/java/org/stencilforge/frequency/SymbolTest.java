package org.stencilforge.frequency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.render.ResponseDocuments;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

class SymbolTest {

    static Stencil preset(Scheme scheme, int m, int p) {
        return Derivations.derive(new StencilRequest.Preset(scheme, m, p), 1, Limits.DEFAULT).stencil();
    }

    static Stencil offsets(int m, String... s) {
        List<Rational> o = new ArrayList<>();
        for (String x : s) {
            o.add(org.stencilforge.arithmetic.RationalParser.parse(x));
        }
        return Derivations.derive(new StencilRequest.Offsets(m, o), 1, Limits.DEFAULT).stencil();
    }

    @Test
    void fivePointFirstDerivativeIsTheIssueExample() {
        // the issue: i(4/3 sin ω - 1/6 sin 2ω) for the 5-point first derivative
        Symbol s = Symbol.of(preset(Scheme.CENTRAL, 1, 4));
        assertEquals("i(4/3 sin ω - 1/6 sin 2ω)", ResponseDocuments.symbol(s, false));
        assertEquals("4/3 sin ω - 1/6 sin 2ω", ResponseDocuments.modifiedWavenumber(s, false));
        assertEquals("i\\left(\\frac{4}{3}\\,\\sin \\omega - \\frac{1}{6}\\,\\sin 2\\omega\\right)",
                ResponseDocuments.symbol(s, true));
    }

    @Test
    void secondDerivativeAndStaggeredSymbols() {
        // 1 - 2 + 1: H = e^{-iω} - 2 + e^{iω} = 2 cos ω - 2 (hand derivation)
        assertEquals("-2 + 2 cos ω", ResponseDocuments.symbol(Symbol.of(preset(Scheme.CENTRAL, 2, 2)), false));
        // f(x+h/2) - f(x-h/2): H = e^{iω/2} - e^{-iω/2} = 2i sin(ω/2)
        Symbol st = Symbol.of(offsets(1, "-1/2", "1/2"));
        assertTrue(st.half());
        assertEquals("2i sin(ω/2)", ResponseDocuments.symbol(st, false));
        assertEquals("2i\\,\\sin\\frac{\\omega}{2}", ResponseDocuments.symbol(st, true));
        // backward difference f(x) - f(x-h): 1 - e^{-iω} = 1 - cos ω + i sin ω
        assertEquals("1 - cos ω + i sin ω", ResponseDocuments.symbol(Symbol.of(preset(Scheme.BACKWARD, 1, 1)), false));
    }

    @Test
    void nonUniformOffsetsAreRefused() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> Symbol.of(offsets(1, "-1/3", "0", "1")));
        assertTrue(e.getMessage().contains("uniform grid"), e.getMessage());
    }

    static Stream<Arguments> stencils() {
        return Stream.of(Arguments.of(preset(Scheme.CENTRAL, 1, 2)), Arguments.of(preset(Scheme.CENTRAL, 1, 8)),
                Arguments.of(preset(Scheme.CENTRAL, 2, 6)), Arguments.of(preset(Scheme.CENTRAL, 4, 4)),
                Arguments.of(preset(Scheme.FORWARD, 1, 3)), Arguments.of(preset(Scheme.BACKWARD, 3, 2)),
                Arguments.of(offsets(1, "-3/2", "-1/2", "1/2", "3/2")), Arguments.of(offsets(0, "-3/2", "-1/2", "1/2")),
                Arguments.of(offsets(2, "-2", "0", "1", "3")));
    }

    /** The closed form (cosines and sines of kθ with the symbol's coefficients) against the direct sum, in Apfloat. */
    @ParameterizedTest
    @MethodSource("stencils")
    void closedFormEqualsTheDirectSumAtRationalPoints(Stencil stencil) {
        Symbol s = Symbol.of(stencil);
        for (String w : new String[] {"1/7", "1/2", "1", "22/7", "3"}) {
            Apfloat omega = DirectSum.of(org.stencilforge.arithmetic.RationalParser.parse(w));
            Apfloat theta = s.half() ? omega.divide(new Apfloat(2, DirectSum.DIGITS)) : omega;
            Apfloat re = new Apfloat(0, DirectSum.DIGITS);
            Apfloat im = new Apfloat(0, DirectSum.DIGITS);
            for (int k = 0; k <= s.degree(); k++) {
                Apfloat kt = theta.multiply(new Apfloat(k, DirectSum.DIGITS));
                re = re.add(DirectSum.of(s.cos().get(k)).multiply(ApfloatMath.cos(kt)));
                im = im.add(DirectSum.of(s.sin().get(k)).multiply(ApfloatMath.sin(kt)));
            }
            Apfloat[] direct = DirectSum.h(stencil, omega);
            assertTrue(re.subtract(direct[0]).compareTo(new Apfloat("1e-45")) < 0
                    && direct[0].subtract(re).compareTo(new Apfloat("1e-45")) < 0, w + ": " + re + " vs " + direct[0]);
            assertTrue(ApfloatMath.abs(im.subtract(direct[1])).compareTo(new Apfloat("1e-45")) < 0, w);
            // and the package's own enclosure holds the direct value
            Complex h = new Evaluator(s).symbol(new BigDecimal(omega.toString(true)).round(
                    new java.math.MathContext(55)), 50);
            BigDecimal dr = new BigDecimal(direct[0].toString(true));
            assertTrue(h.re().lo().subtract(dr).abs().compareTo(new BigDecimal("1e-40")) < 0, w);
        }
    }

    /** The polynomials in c = cos θ that the proofs use, against the direct sum at rational points. */
    @ParameterizedTest
    @MethodSource("stencils")
    void polynomialsInCosineEqualTheDirectSum(Stencil stencil) {
        Symbol s = Symbol.of(stencil);
        for (String w : new String[] {"1/3", "2", "3"}) {
            Apfloat omega = DirectSum.of(org.stencilforge.arithmetic.RationalParser.parse(w));
            Apfloat theta = s.half() ? omega.divide(new Apfloat(2, DirectSum.DIGITS)) : omega;
            Apfloat c = ApfloatMath.cos(theta);
            Apfloat re = horner(s.realPart(), c);
            Apfloat im = horner(s.imaginaryPart(), c).multiply(ApfloatMath.sin(theta));
            Apfloat mag2 = horner(s.magnitudeSquared(), c);
            Apfloat[] d = DirectSum.h(stencil, omega);
            Apfloat eps = new Apfloat("1e-40");
            assertTrue(ApfloatMath.abs(re.subtract(d[0])).compareTo(eps) < 0, w);
            assertTrue(ApfloatMath.abs(im.subtract(d[1])).compareTo(eps) < 0, w);
            assertTrue(ApfloatMath.abs(mag2.subtract(d[0].multiply(d[0]).add(d[1].multiply(d[1])))).compareTo(eps) < 0);
        }
    }

    private static Apfloat horner(Polynomial p, Apfloat x) {
        Apfloat v = new Apfloat(0, DirectSum.DIGITS);
        for (int k = p.degree(); k >= 0; k--) {
            v = v.multiply(x).add(DirectSum.of(p.coefficient(k)));
        }
        return v;
    }

    static Stream<Arguments> presets() {
        List<Arguments> a = new ArrayList<>();
        for (int m = 1; m <= 4; m++) {
            for (int p = 2; p <= 10; p += 2) {
                a.add(Arguments.of(Scheme.CENTRAL, m, p));
            }
        }
        for (Scheme sc : new Scheme[] {Scheme.FORWARD, Scheme.BACKWARD}) {
            for (int m = 1; m <= 3; m++) {
                for (int p = 1; p <= 6; p++) {
                    a.add(Arguments.of(sc, m, p));
                }
            }
        }
        return a.stream();
    }

    /** Tangency at 0 equals the order of accuracy that the truncation error (Taylor moments) gives. */
    @ParameterizedTest
    @MethodSource("presets")
    void tangencyEqualsTheOrderOfAccuracy(Scheme scheme, int m, int p) {
        AnalysedStencil a = Derivations.derive(new StencilRequest.Preset(scheme, m, p), 1, Limits.DEFAULT);
        assertEquals(a.error().order().getAsInt(), Responses.tangency(Symbol.of(a.stencil())));
    }

    @Test
    void nyquistZeros() {
        // central first derivative: H = i sin ω vanishes simply at π
        assertEquals(1, Responses.nyquistZero(Symbol.of(preset(Scheme.CENTRAL, 1, 2))));
        // second difference: H(π) = -4
        assertEquals(0, Responses.nyquistZero(Symbol.of(preset(Scheme.CENTRAL, 2, 2))));
        // Holoborodko's length-5 smooth differentiator (2(f1 - f-1) + (f2 - f-2))/8:
        // H(π + ε) = i(-sin ε / 2 + sin 2ε / 4) = -i ε³/4 + ...: a zero of order 3 (hand derivation)
        Stencil holo = Stencil.of(1, List.of(Rational.of(-2), Rational.of(-1), Rational.ZERO, Rational.ONE,
                Rational.of(2)), List.of(Rational.of(-1, 8), Rational.of(-1, 4), Rational.ZERO, Rational.of(1, 4),
                Rational.of(1, 8)));
        assertEquals(3, Responses.nyquistZero(Symbol.of(holo)));
        // staggered f(x+h/2) - f(x-h/2): 2i sin(ω/2) is 2i at π
        assertEquals(0, Responses.nyquistZero(Symbol.of(offsets(1, "-1/2", "1/2"))));
    }

    @Test
    void alongADirection() {
        // the 5-point Laplacian along (1,1): Σ w e^{i(s·d)ω} = -4 + 2 e^{iω} + 2 e^{-iω} = -4 + 4 cos ω, ideal -2ω^2
        Stencil lap = Derivations.derive(new org.stencilforge.request.GridOptions(null, "laplacian", 2, "2", null,
                null, null, null, null, null).toRequest(), 1, Limits.DEFAULT).stencil();
        Symbol s = Symbol.of(lap, List.of(1, 1));
        assertEquals("-4 + 4 cos ω", ResponseDocuments.symbol(s, false));
        assertEquals(Rational.of(2), s.kappa());
        assertEquals("2 (iω)^2", ResponseDocuments.ideal(s, false));
        assertEquals(2, Responses.tangency(s));
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> Symbol.of(lap, List.of(1)));
        assertTrue(e.getMessage().contains("component"), e.getMessage());
    }
}
