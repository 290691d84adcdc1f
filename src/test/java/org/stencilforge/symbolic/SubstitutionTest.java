package org.stencilforge.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Stencil;

/**
 * Substituting random rationals for the symbols gives exactly the numeric
 * engine's weights (Fornberg) and error terms (TruncationError): each
 * symbolic stencil is derived once and checked at many seeded points.
 */
class SubstitutionTest {

    private static final int POINTS_PER_STENCIL = 40;

    static Stream<Arguments> stencils() {
        return Stream.of(
                Arguments.of(1, "-h1,0,h2"), Arguments.of(2, "-h1,0,h2"), Arguments.of(0, "-h1,h2"),
                Arguments.of(1, "-h1-h2,-h1,0,h3"), Arguments.of(2, "-h1-h2,-h1,0,h3"),
                Arguments.of(3, "-h1-h2,-h1,0,h3"), Arguments.of(1, "-2*h,-h,0,r*h,(1+r)*h"),
                Arguments.of(2, "-2*h,-h,0,r*h,(1+r)*h"), Arguments.of(1, "0,h1,h1+h2,h1+h2+h3"),
                Arguments.of(1, "-h/2,h/2"), Arguments.of(2, "a,b,q,r"), Arguments.of(1, "0.5*h,-1.5*h,2.5*h,h1"),
                Arguments.of(2, "-h^2,0,h,2*h"));
    }

    @ParameterizedTest
    @MethodSource("stencils")
    void symbolicMatchesNumeric(int m, String offsets) {
        int terms = 2;
        // a generous limit: the machines that run the tests are shared
        SymbolicStencil s = SymbolicStencils.fromOffsets(m, offsets, terms, SymbolicLimits.DEFAULT.withMaxSeconds(120));
        Random random = new Random(offsets.hashCode() * 31L + m);
        int checked = 0;
        for (int trial = 0; checked < POINTS_PER_STENCIL && trial < 10 * POINTS_PER_STENCIL; trial++) {
            Map<String, Rational> at = new HashMap<>();
            for (String x : s.symbols()) {
                int q = 1 + random.nextInt(6);
                int p = random.nextInt(41) - 20;
                at.put(x, Rational.of(p == 0 ? 1 : p, q));
            }
            List<Rational> numericOffsets = s.offsets().stream().map(o -> o.evaluate(at)).toList();
            if (new HashSet<>(numericOffsets).size() < numericOffsets.size()) {
                continue; // a degenerate point: two offsets coincide there
            }
            Stencil numeric = Stencils.fromOffsets(m, numericOffsets, Limits.DEFAULT);
            for (int j = 0; j < s.size(); j++) {
                int k = numeric.axis(0).indexOf(numericOffsets.get(j));
                assertEquals(numeric.weights().get(k), s.weights().get(j).evaluate(at),
                        "weight " + j + " of " + offsets + " at " + at);
            }
            // every symbolic term, and every numeric term up to the last symbolic one
            int last = s.next().orElse(s.error().isEmpty() ? 0 : s.error().get(s.error().size() - 1).derivative());
            Map<Integer, Rational> numericTerms = new HashMap<>();
            for (ErrorTerm t : TruncationError.of(numeric, last + 1).terms()) {
                numericTerms.put(t.derivative().get(0), t.coefficient());
            }
            List<Integer> symbolicOrders = new ArrayList<>();
            for (SymbolicErrorTerm t : s.error()) {
                symbolicOrders.add(t.derivative());
                assertEquals(numericTerms.getOrDefault(t.derivative(), Rational.ZERO), t.coefficient().evaluate(at),
                        "C_" + t.derivative() + " of " + offsets + " at " + at);
            }
            int until = s.error().isEmpty() ? 0 : s.error().get(s.error().size() - 1).derivative();
            for (Map.Entry<Integer, Rational> e : numericTerms.entrySet()) {
                if (e.getKey() <= until) {
                    assertEquals(true, symbolicOrders.contains(e.getKey()), "numeric term C_" + e.getKey()
                            + " missing from the symbolic error of " + offsets);
                }
            }
            checked++;
        }
        assertEquals(POINTS_PER_STENCIL, checked);
    }
}
