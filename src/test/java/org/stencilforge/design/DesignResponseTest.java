package org.stencilforge.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.frequency.Responses;
import org.stencilforge.frequency.Symbol;

/**
 * Designed stencils fed to the frequency analysis of {@code stencilforge response}: its tangency order at 0
 * is the design's order of accuracy, and its order of the zero at π (computed there from the offsets
 * {@code j - a} and {@code e^{iπ s}}, another method than the design's division count on the window
 * indices) is the one the design reports.
 */
class DesignResponseTest {

    static Stream<Arguments> designs() {
        return Stream.of(1, 2).flatMap(m -> Stream.of(5, 7, 9, 11, 12).flatMap(n -> Stream.of(0, n / 2, n - 1)
                .map(at -> Arguments.of(m, n, at))));
    }

    @ParameterizedTest(name = "m={0}, N={1}, at {2}")
    @MethodSource("designs")
    void responseAgreesWithTheNoiseRobustDesign(int m, int n, int at) {
        Design d = NoiseRobust.design(m, n, 2, Optional.of(Rational.of(at)), 1, 101);
        AnalysedStencil r = d.result();
        Symbol symbol = Symbol.of(r.stencil());
        assertEquals(r.error().order().getAsInt(), (int) Responses.tangency(symbol));
        assertEquals(Integer.parseInt(NoiseRobustTest.value(d, "nyquistZero")), Responses.nyquistZero(symbol));
    }

    @ParameterizedTest(name = "m={0}, N={1}, at {2}")
    @MethodSource("designs")
    void responseAgreesWithTheSavitzkyGolayOrder(int m, int n, int at) {
        AnalysedStencil r = SavitzkyGolay.design(m, n, 3, Optional.of(Rational.of(at)), 1, 101).result();
        assertEquals(r.error().order().getAsInt(), (int) Responses.tangency(Symbol.of(r.stencil())));
    }
}
