package org.stencilforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.RandomGrids;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/** The closed-form error of stencils derived on all their nodes against the power sums, term by term. */
class ClosedFormErrorTest {

    private static final Limits LIMITS = new Limits(2049, 100, Long.MAX_VALUE / 8);

    static Stream<Arguments> randomStencils() {
        Random random = new Random(20261122L);
        return IntStream.range(0, 300).mapToObj(i -> {
            int size = 1 + random.nextInt(9);
            List<Rational> offsets = RandomGrids.distinctOffsets(random, size);
            Rational at = random.nextInt(4) == 0 ? Rational.ZERO : RandomGrids.rational(random);
            int m = random.nextInt(size);
            int groups = 1 + random.nextInt(4);
            return Arguments.of(offsets.stream().map(s -> s.subtract(at)).toList(), m, groups);
        });
    }

    @ParameterizedTest
    @MethodSource("randomStencils")
    void agreesWithThePowerSums(List<Rational> offsets, int m, int groups) {
        Stencil s = Stencils.fromOffsets(m, offsets, LIMITS);
        assertEquals(TruncationError.of(s, groups), TruncationError.ofInterpolating(s, groups), s.toString());
    }

    /** Presets: symmetric stencils have every other term zero; one-sided ones none; interpolation at a node is exact. */
    @Test
    void agreesOnPresets() {
        for (Scheme scheme : Scheme.values()) {
            for (int m = 0; m <= 6; m++) {
                for (int p = 1; p <= 14; p++) {
                    if (scheme == Scheme.CENTRAL && p % 2 != 0) {
                        continue;
                    }
                    Stencil s = Stencils.preset(scheme, m, p, LIMITS);
                    for (int groups : new int[] {1, 3, 7}) {
                        assertEquals(TruncationError.of(s, groups), TruncationError.ofInterpolating(s, groups),
                                scheme + " " + m + " " + p);
                    }
                }
            }
        }
        Stencil large = Stencils.preset(Scheme.CENTRAL, 4, 200, LIMITS);
        assertEquals(TruncationError.of(large, 2), TruncationError.ofInterpolating(large, 2));
    }
}
