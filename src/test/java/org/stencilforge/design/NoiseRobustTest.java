package org.stencilforge.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.RandomGrids;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * Smooth noise-robust differentiators against Holoborodko's published coefficients.
 *
 * <p>Source: P. Holoborodko, "Smooth noise robust differentiators" (2008),
 * http://www.holoborodko.com/pavel/numerical-methods/numerical-derivative/smooth-low-noise-differentiators/,
 * as quoted in public code found with the library search: the first derivative, exact on
 * {@code 1, x, x²} (N = 5..11) and on {@code 1..x⁴} (N = 7, 9, 11), in bccp/pmesh-style tables
 * {@code 'snrd2_5': (8, (2, 1)) ... 'snrd4_11': (1536, (322, 256, 39, -32, -11))}, i.e.
 * {@code f' ≈ (1/(D h)) Σ c_k (f_k - f_{-k})}; the second derivative from the recurrence printed on
 * the same page ({@code s_M = 1}, {@code s_{M+1} = 0},
 * {@code s_k = ((2N-10) s_{k+1} - (N+2k+3) s_{k+2}) / (N-2k-1)},
 * {@code f'' ≈ (s_0 f_0 + Σ s_k (f_k + f_{-k})) / (2^{N-3} h²)}), evaluated by hand below; the
 * one-sided (backward) filters as tabulated in Cleanflight's {@code pid.c} ("Noise-robust
 * differentiator filter coefficients by Pavel Holoborodko").
 */
class NoiseRobustTest {

    /** @return the centred weights {@code -c_M..c_M / D} (antisymmetric) or {@code s / D} (symmetric) */
    private static List<Rational> centred(int denominator, boolean symmetric, long... c) {
        List<Rational> w = new ArrayList<>();
        int m = symmetric ? c.length - 1 : c.length;
        for (int k = -m; k <= m; k++) {
            long v;
            if (symmetric) {
                v = c[Math.abs(k)];
            } else {
                v = k == 0 ? 0 : Integer.signum(k) * c[Math.abs(k) - 1];
            }
            w.add(Rational.of(v, denominator));
        }
        return w;
    }

    static Stream<Arguments> published() {
        return Stream.of(
                // first derivative, exact on 1, x, x^2: c_1..c_M over D
                Arguments.of(1, 5, 2, centred(8, false, 2, 1)),
                Arguments.of(1, 7, 2, centred(32, false, 5, 4, 1)),
                Arguments.of(1, 9, 2, centred(128, false, 14, 14, 6, 1)),
                Arguments.of(1, 11, 2, centred(512, false, 42, 48, 27, 8, 1)),
                // first derivative, exact on 1..x^4
                Arguments.of(1, 7, 4, centred(96, false, 39, 12, -5)),
                Arguments.of(1, 9, 4, centred(96, false, 27, 16, -1, -2)),
                Arguments.of(1, 11, 4, centred(1536, false, 322, 256, 39, -32, -11)),
                // second derivative, exact on 1..x^3 (degree 2 asked; symmetry gives 3): s_0..s_M over 2^(N-3)
                // N=5: s2=1, s1=(0*1-10*0)/2=0, s0=(0*0-8*1)/4=-2
                Arguments.of(2, 5, 2, centred(4, true, -2, 0, 1)),
                // N=7: s3=1, s2=(4*1)/2=2, s1=(4*2-12*1)/4=-1, s0=(4*(-1)-10*2)/6=-4
                Arguments.of(2, 7, 2, centred(16, true, -4, -1, 2, 1)),
                // N=9: s4=1, s3=8/2=4, s2=(8*4-16*1)/4=4, s1=(8*4-14*4)/6=-4, s0=(8*(-4)-12*4)/8=-10
                Arguments.of(2, 9, 2, centred(64, true, -10, -4, 4, 4, 1)),
                // N=11: s5=1, s4=12/2=6, s3=(12*6-20*1)/4=13, s2=(12*13-18*6)/6=8, s1=(12*8-16*13)/8=-14,
                // s0=(12*(-14)-14*8)/10=-28
                Arguments.of(2, 11, 2, centred(256, true, -28, -14, 8, 13, 6, 1)));
    }

    @ParameterizedTest(name = "derivative {0}, N={1}, degree {2}")
    @MethodSource("published")
    void reproducesHoloborodkosCentredCoefficients(int m, int n, int degree, List<Rational> expected) {
        Design d = NoiseRobust.design(m, n, degree, Optional.empty(), 1, 101);
        assertEquals(expected, d.result().stencil().weights());
    }

    /** Backward one-sided filters, {@code h[0], h[-1], ...} at offsets {@code 0, -1, ...} (Cleanflight's table). */
    static Stream<Arguments> oneSided() {
        return Stream.of(
                Arguments.of(4, 1, "1/4,1/4,-1/4,-1/4"),
                Arguments.of(5, 1, "1/8,2/8,0,-2/8,-1/8"),
                Arguments.of(6, 1, "1/16,3/16,2/16,-2/16,-3/16,-1/16"),
                Arguments.of(7, 1, "1/32,4/32,5/32,0,-5/32,-4/32,-1/32"),
                Arguments.of(8, 1, "1/64,5/64,9/64,5/64,-5/64,-9/64,-5/64,-1/64"),
                Arguments.of(5, 2, "5/8,1/4,-1,-1/4,3/8"),
                Arguments.of(6, 2, "3/8,1/2,-1/2,-3/4,1/8,1/4"),
                Arguments.of(7, 2, "7/32,1/2,-1/32,-3/4,-11/32,1/4,5/32"),
                Arguments.of(8, 2, "1/8,13/32,1/4,-15/32,-5/8,-1/32,1/4,3/32"));
    }

    @ParameterizedTest(name = "N={0}, degree {1}")
    @MethodSource("oneSided")
    void reproducesHoloborodkosOneSidedCoefficients(int n, int degree, String newestFirst) {
        Design d = NoiseRobust.design(1, n, degree, Optional.of(Rational.of(n - 1)), 1, 101);
        List<Rational> expected = new ArrayList<>(org.stencilforge.arithmetic.RationalParser.parseList(newestFirst));
        java.util.Collections.reverse(expected); // offsets ascending: -(N-1) .. 0
        assertEquals(expected, d.result().stencil().weights());
    }

    static Stream<Arguments> designs() {
        List<Arguments> all = new ArrayList<>();
        for (int m = 1; m <= 2; m++) {
            for (int degree : new int[] {m, 2, 4, 5}) {
                for (int n = degree + 2; n <= 15; n++) {
                    for (int at : new int[] {0, n / 3, (n - 1) / 2, n - 1}) {
                        if (degree >= m) {
                            all.add(Arguments.of(m, n, degree, at));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    /**
     * The defining conditions checked by other code: the moments {@code Σ w s^n / n!}
     * ({@link RandomGrids#moment}), and the zero at π by dividing {@code Σ w_j z^j} by {@code z + 1}
     * (synthetic division) as often as it goes.
     */
    @ParameterizedTest(name = "m={0}, N={1}, degree {2}, at {3}")
    @MethodSource("designs")
    void isExactOnItsDegreeAndHasTheZeroAtPiThePointsAllow(int m, int n, int degree, int at) {
        Design d = NoiseRobust.design(m, n, degree, Optional.of(Rational.of(at)), 1, 101);
        Stencil s = d.result().stencil();
        for (int k = 0; k <= degree; k++) {
            assertEquals(k == m ? Rational.ONE : Rational.ZERO, RandomGrids.moment(s.axis(0), s.weights(), k));
        }
        int zero = divisionsBy(s.weights());
        assertTrue(zero >= n - degree - 1, "zero of order " + zero);
        assertEquals((long) zero, (long) Long.parseLong(value(d, "nyquistZero")));
        assertTrue(Long.parseLong(value(d, "degree")) >= degree);
    }

    /** @return how many times {@code z + 1} divides {@code Σ w_j z^j} */
    private static int divisionsBy(List<Rational> w) {
        List<Rational> p = new ArrayList<>(w); // coefficients of z^0..z^(N-1)
        int count = 0;
        while (p.size() > 1) {
            // divide by (z + 1) from the top: q_{k-1} = p_k - q_k ... remainder p(−1)
            int top = p.size() - 1;
            Rational[] q = new Rational[top];
            Rational carry = Rational.ZERO;
            for (int k = top; k >= 1; k--) {
                carry = p.get(k).subtract(k == top ? Rational.ZERO : carry);
                q[k - 1] = carry;
            }
            Rational remainder = p.get(0).subtract(carry);
            if (!remainder.isZero()) {
                break;
            }
            p = new ArrayList<>(List.of(q));
            count++;
        }
        return count;
    }

    static String value(Design d, String key) {
        return d.properties().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().text();
    }

    @Test
    void refusesDesignsThatDoNotExist() {
        // even length, centred
        assertTrue(assertThrows(StencilforgeException.class,
                () -> NoiseRobust.design(1, 6, 2, Optional.empty(), 1, 101)).getMessage().contains("odd --length"));
        // degree 4 needs 6 points at least (5 for exactness, 1 for the zero at π)
        assertTrue(assertThrows(StencilforgeException.class,
                () -> NoiseRobust.design(1, 5, 4, Optional.empty(), 1, 101)).getMessage().contains("--length 7"));
        assertThrows(StencilforgeException.class, () -> NoiseRobust.design(2, 7, 1, Optional.empty(), 1, 101));
        assertThrows(StencilforgeException.class, () -> NoiseRobust.design(0, 7, 2, Optional.empty(), 1, 101));
        assertThrows(StencilforgeException.class, () -> NoiseRobust.design(1, 7, 2, Optional.of(Rational.of(7)), 1, 101));
        assertThrows(StencilforgeException.class, () -> NoiseRobust.design(1, 7, 2, Optional.of(Rational.of(-1)), 1, 101));
        assertThrows(StencilforgeException.class, () -> NoiseRobust.design(1, 103, 2, Optional.empty(), 1, 101));
    }
}
