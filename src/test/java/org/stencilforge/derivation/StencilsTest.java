package org.stencilforge.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

class StencilsTest {

    /** The usual point counts: central 2 floor((m+1)/2) - 1 + p, one-sided m + p. */
    @ParameterizedTest(name = "{0} m={1} p={2}: {3}")
    @CsvSource({
        "CENTRAL, 1, 2, '-1,0,1'",
        "CENTRAL, 2, 2, '-1,0,1'",
        "CENTRAL, 2, 4, '-2,-1,0,1,2'",
        "CENTRAL, 3, 2, '-2,-1,0,1,2'",
        "CENTRAL, 4, 2, '-2,-1,0,1,2'",
        "CENTRAL, 1, 8, '-4,-3,-2,-1,0,1,2,3,4'",
        "CENTRAL, 0, 2, '0'",
        "FORWARD, 1, 1, '0,1'",
        "FORWARD, 2, 3, '0,1,2,3,4'",
        "BACKWARD, 1, 2, '-2,-1,0'",
        "BACKWARD, 3, 1, '-3,-2,-1,0'",
    })
    void presetsUseTheUsualPoints(Scheme scheme, int m, int p, String offsets) {
        assertEquals(RationalParser.parseList(offsets), Stencils.presetOffsets(scheme, m, p, Limits.DEFAULT));
    }

    @Test
    void backwardIsForwardMirroredWithTheSignOfTheDerivative() {
        for (int m = 1; m <= 4; m++) {
            Stencil forward = Stencils.preset(Scheme.FORWARD, m, 3, Limits.DEFAULT);
            Stencil backward = Stencils.preset(Scheme.BACKWARD, m, 3, Limits.DEFAULT);
            int n = forward.size();
            for (int j = 0; j < n; j++) {
                Rational mirrored = forward.weights().get(n - 1 - j);
                assertEquals(m % 2 == 0 ? mirrored : mirrored.negate(), backward.weights().get(j));
            }
        }
    }

    @Test
    void centralWithOddAccuracyExplainsWhatToAskFor() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> Stencils.preset(Scheme.CENTRAL, 1, 3, Limits.DEFAULT));
        assertEquals("central stencils have even orders of accuracy only: ask for accuracy 2 or 4,"
                + " or use the forward or backward scheme for accuracy 3", e.getMessage());
    }

    @Test
    void rejectsOrdersOutOfRange() {
        assertThrows(StencilforgeException.class, () -> Stencils.preset(Scheme.CENTRAL, -1, 2, Limits.DEFAULT));
        assertThrows(StencilforgeException.class, () -> Stencils.preset(Scheme.FORWARD, 1, 0, Limits.DEFAULT));
        assertThrows(StencilforgeException.class, () -> Stencils.preset(Scheme.FORWARD, 1, -3, Limits.DEFAULT));
    }

    @Test
    void rejectsTooFewNodesSayingHowMany() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> Stencils.fromOffsets(3, RationalParser.parseList("0,1,2"), Limits.DEFAULT));
        assertTrue(e.getMessage().contains("at least 4 nodes"), e.getMessage());
    }

    @Test
    void rejectsRepeatedNodesByTheirOwnValue() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> Stencils.fromNodes(1, RationalParser.parseList("0,1,1"), Rational.of(1, 2), Limits.DEFAULT));
        assertEquals("duplicate node 1: each node may appear only once", e.getMessage());
    }

    @Test
    void refusesRequestsPastTheLimitAndAdmitsThemWhenRaised() {
        assertThrows(StencilforgeException.class, () -> Stencils.preset(Scheme.FORWARD, 1, 10, new Limits(10, 1)));
        assertEquals(11, Stencils.preset(Scheme.FORWARD, 1, 10, new Limits(11, 1)).size());
        // the default admits 1025 nodes, and huge orders fail fast on the limit, not on arithmetic
        assertEquals(1025, Stencils.presetOffsets(Scheme.CENTRAL, 2, 1024, Limits.DEFAULT).size());
        assertThrows(StencilforgeException.class,
                () -> Stencils.preset(Scheme.CENTRAL, Integer.MAX_VALUE, 2, Limits.DEFAULT));
        assertThrows(StencilforgeException.class, () -> new Limits(0, 1));
    }

    @Test
    void refusesOffsetsTooLongForExactArithmeticInReasonableTime() {
        // over the common denominator 10^999, the offsets 1..19 are 3300-bit integers
        String offsets = "1e-999," + String.join(",", java.util.stream.IntStream.range(1, 20)
                .mapToObj(Integer::toString).toList());
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> Stencils.fromOffsets(1, RationalParser.parseList(offsets), Limits.DEFAULT));
        assertTrue(e.getMessage().startsWith("these offsets are too long"), e.getMessage());
        assertTrue(e.getMessage().contains("(1000 digits)"), e.getMessage());
        // the same small grid with ordinary fractions is fine
        assertEquals(3, Stencils.fromOffsets(1, RationalParser.parseList("1e-3,1,2"), Limits.DEFAULT).size());
    }

    @Test
    void offsetsMayBeGivenInAnyOrder() {
        List<Rational> shuffled = RationalParser.parseList("2,-1,0,-2,1");
        assertEquals(Stencils.preset(Scheme.CENTRAL, 2, 4, Limits.DEFAULT),
                Stencils.fromOffsets(2, shuffled, Limits.DEFAULT));
    }
}
