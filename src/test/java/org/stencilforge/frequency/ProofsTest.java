package org.stencilforge.frequency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/** The proofs against dense sampling of the direct sum in Apfloat. */
class ProofsTest {

    static final int POINTS = 600;

    static Stencil holoborodko5() {
        return Stencil.of(1, List.of(Rational.of(-2), Rational.of(-1), Rational.ZERO, Rational.ONE, Rational.of(2)),
                List.of(Rational.of(-1, 8), Rational.of(-1, 4), Rational.ZERO, Rational.of(1, 4), Rational.of(1, 8)));
    }

    static Stream<Arguments> stencils() {
        return Stream.of(Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 1, 2)),
                Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 1, 6)), Arguments.of(SymbolTest.preset(Scheme.CENTRAL, 2, 4)),
                Arguments.of(SymbolTest.preset(Scheme.FORWARD, 1, 3)), Arguments.of(SymbolTest.preset(Scheme.BACKWARD, 1, 2)),
                Arguments.of(SymbolTest.preset(Scheme.FORWARD, 2, 2)), Arguments.of(holoborodko5()),
                Arguments.of(SymbolTest.offsets(1, "-3/2", "-1/2", "1/2", "3/2")),
                Arguments.of(SymbolTest.offsets(1, "-2", "-1", "1", "3")), Arguments.of(dip()));
    }

    /**
     * A first derivative whose magnitude falls and rises again (hand derivation): weights ∓1/4 at
     * ∓1 and ∓1/12 at ∓3 give H/i = (sin ω + sin 3ω / 3)/2 (Σ w s = 1/2 + 1/2 = 1), whose
     * derivative (cos ω + cos 3ω)/2 = cos 2ω cos ω vanishes at π/4, π/2, 3π/4: |H| is 0.471 at π/4,
     * 1/3 at π/2 and 0.471 at 3π/4, so "unimodal" fails.
     */
    static Stencil dip() {
        return Stencil.of(1, List.of(Rational.of(-3), Rational.of(-1), Rational.ONE, Rational.of(3)),
                List.of(Rational.of(-1, 12), Rational.of(-1, 4), Rational.of(1, 4), Rational.of(1, 12)));
    }

    private static List<Apfloat[]> sample(Stencil s) {
        return DirectSum.grid(s, POINTS);
    }

    private static Apfloat at(String omega) {
        return new Apfloat(omega, DirectSum.DIGITS);
    }

    private static final Apfloat EPS = new Apfloat("1e-40");

    @ParameterizedTest
    @MethodSource("stencils")
    void proofsAgreeWithDenseSampling(Stencil stencil) {
        Symbol symbol = Symbol.of(stencil);
        List<Apfloat[]> samples = sample(stencil);
        int m = symbol.order();
        for (Proof p : Responses.proofs(symbol)) {
            assertTrue(!p.status().equals("undecided"), p.toString());
            switch (p.name()) {
                case "sign" -> {
                    // the part along i^m keeps the sign of i^m (κ = 1)
                    int idx = m % 2 == 0 ? 1 : 2;
                    int sigma = m % 4 == 0 || m % 4 == 1 ? 1 : -1;
                    boolean violated = samples.stream().anyMatch(x -> x[idx].signum() * sigma < 0
                            && ApfloatMath.abs(x[idx]).compareTo(EPS) > 0);
                    check(p, violated);
                    if (p.at() != null) {
                        Apfloat[] h = DirectSum.h(stencil, at(p.at())); // {re, im}
                        assertTrue(h[idx - 1].signum() * sigma < 0, p.toString());
                    }
                }
                case "dissipation" -> {
                    boolean plus = samples.stream().anyMatch(x -> x[1].compareTo(EPS) > 0);
                    boolean minus = samples.stream().anyMatch(x -> x[1].compareTo(EPS.negate()) < 0);
                    check(p, plus && minus);
                    if (p.status().equals("proved")) {
                        assertTrue(p.statement().contains(plus ? "≥ 0" : minus ? "≤ 0" : "= 0"), p.toString());
                    } else {
                        // Re H at the witness has the sign opposite to its sign near 0
                        int near0 = samples.stream().skip(1).map(x -> x[1]).filter(x -> ApfloatMath.abs(x)
                                .compareTo(EPS) > 0).findFirst().orElseThrow().signum();
                        assertEquals(-near0, DirectSum.h(stencil, at(p.at()))[0].signum(), p.toString());
                    }
                }
                case "bound" -> {
                    boolean violated = samples.stream().skip(1).anyMatch(x -> DirectSum.norm(new Apfloat[] {x[1], x[2]})
                            .compareTo(ApfloatMath.pow(x[0], 2L * m).add(EPS)) > 0);
                    check(p, violated);
                    if (p.at() != null) {
                        Apfloat w = at(p.at());
                        assertTrue(DirectSum.magnitude(stencil, w).compareTo(ApfloatMath.pow(w, m)) > 0, p.toString());
                    }
                }
                case "monotone" -> {
                    // count the changes of direction of |H| along the samples
                    int turns = 0;
                    int dir = 0;
                    Apfloat last = null;
                    boolean fellThenRose = false;
                    for (Apfloat[] x : samples) {
                        Apfloat mag = x[1].multiply(x[1]).add(x[2].multiply(x[2]));
                        if (last != null) {
                            int d = mag.subtract(last).signum();
                            if (d != 0 && d != dir) {
                                if (dir < 0 && d > 0) {
                                    fellThenRose = true;
                                }
                                turns += dir == 0 ? 0 : 1;
                                dir = d;
                            }
                        }
                        last = mag;
                    }
                    check(p, fellThenRose);
                    if (p.at() != null) { // |H| rises at the witness, after falling somewhere before it
                        Apfloat w = at(p.at());
                        Apfloat dw = w.multiply(new Apfloat("1e-20", DirectSum.DIGITS));
                        assertTrue(DirectSum.magnitude(stencil, w.add(dw)).compareTo(DirectSum.magnitude(stencil, w)) > 0,
                                p.toString());
                        assertTrue(falls(samples, w), p.toString());
                    }
                    assertTrue(turns <= 1 || p.status().equals("fails"), p + " turns " + turns);
                }
                default -> throw new AssertionError(p.name());
            }
        }
    }

    /** @return whether {@code |H|} decreases between two consecutive samples below {@code w} */
    private static boolean falls(List<Apfloat[]> samples, Apfloat w) {
        for (int j = 1; j < samples.size() && samples.get(j)[0].compareTo(w) < 0; j++) {
            if (DirectSum.norm(new Apfloat[] {samples.get(j)[1], samples.get(j)[2]})
                    .compareTo(DirectSum.norm(new Apfloat[] {samples.get(j - 1)[1], samples.get(j - 1)[2]})) < 0) {
                return true;
            }
        }
        return false;
    }

    private static void check(Proof p, boolean violatedBySampling) {
        if (violatedBySampling) {
            assertEquals("fails", p.status(), p.toString());
        } else {
            assertEquals("proved", p.status(), p.toString());
        }
    }

    @Test
    void knownVerdicts() {
        // second difference: H = 2cos ω - 2 ≤ 0 and |H| = 4 sin²(ω/2) ≤ ω² (hand derivation)
        List<Proof> p = Responses.proofs(Symbol.of(SymbolTest.preset(Scheme.CENTRAL, 2, 2)));
        assertEquals("H(ω) ≤ 0 on [0, π]", p.get(0).statement());
        assertEquals("proved", p.get(0).status());
        assertEquals("proved", p.get(1).status());
        // first-order upwind 1 - e^{-iω}: Re H = 1 - cos ω ≥ 0, dissipative
        List<Proof> u = Responses.proofs(Symbol.of(SymbolTest.preset(Scheme.BACKWARD, 1, 1)));
        assertEquals("Re H(ω) ≥ 0 on [0, π]", u.get(1).statement());
        assertEquals("proved", u.get(1).status());
        // central first derivative sin ω: peak at π/2 = 1.57079632679...
        // dip(): |H| rises again only on (π/2, 3π/4) (see dip), so the witness lies there
        Proof dip = Responses.monotone(Symbol.of(dip()));
        assertEquals("fails", dip.status(), dip.toString());
        double at = Double.parseDouble(dip.at());
        assertTrue(at > Math.PI / 2 && at < 3 * Math.PI / 4, dip.toString());
        Proof mono = Responses.proofs(Symbol.of(SymbolTest.preset(Scheme.CENTRAL, 1, 2))).get(3);
        assertEquals("peak at ω = 1.57079632679", mono.detail());
        assertNotNull(new BigDecimal(mono.detail().substring(12)));
    }
}
