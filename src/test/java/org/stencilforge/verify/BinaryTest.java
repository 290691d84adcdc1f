package org.stencilforge.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.junit.jupiter.api.Test;

/** Exact binary rounding against the JDK's correctly rounded parsers, and the simplest fractions. */
class BinaryTest {

    static Stream<String> decimals() {
        Random random = new Random(11);
        return Stream.concat(Stream.of("0.1", "-0.08333333333333333", "1.3333333333333333", "4.9e-324", "2.5e-324",
                "1.7976931348623157e308", "1e-310", "3.4028235e38", "1.4e-45", "0.3"),
                Stream.generate(() -> {
                    long mantissa = (random.nextLong() >>> 1) >>> random.nextInt(40);
                    int exponent = random.nextInt(80) - 60;
                    return (random.nextBoolean() ? "-" : "") + mantissa + "e" + exponent;
                }).limit(300));
    }

    @ParameterizedTest
    @MethodSource("decimals")
    void roundsLikeTheJdk(String text) {
        Rational exact = RationalParser.parse(text);
        // Double.parseDouble and Float.parseFloat are correctly rounded (ties to even): an independent reference
        assertEquals(Binary.ofDouble(Double.parseDouble(text)), Binary.DOUBLE.round(exact, "x"));
        float f = Float.parseFloat(text);
        if (!Float.isInfinite(f)) {
            assertEquals(new BigDecimal(f).compareTo(new BigDecimal(Binary.FLOAT.round(exact, "x").numerator())
                    .divide(new BigDecimal(Binary.FLOAT.round(exact, "x").denominator()))), 0, text);
        }
    }

    @Test
    void stepsCountRepresentableValues() {
        Rational a = Binary.ofDouble(1.0);
        assertEquals(1, Binary.DOUBLE.steps(a, Binary.ofDouble(Math.nextUp(1.0))));
        assertEquals(2, Binary.DOUBLE.steps(Binary.ofDouble(-Double.MIN_VALUE), Binary.ofDouble(Double.MIN_VALUE)));
        assertEquals(1, Binary.FLOAT.steps(Binary.ofDouble(1.0f), Binary.ofDouble(Math.nextUp(1.0f))));
    }

    @Test
    void simplestFractions() {
        // hand-checked: 1/12 is the simplest in ±1e-15 of the double nearest it; 1/3 of [0.33, 0.34]
        assertEquals(Rational.of(-1, 12), Fractions.simplest(Binary.ofDouble(-1.0 / 12).subtract(Rational.of(1, 1000000000)),
                Binary.ofDouble(-1.0 / 12).add(Rational.of(1, 1000000000))));
        assertEquals(Rational.of(1, 3), Fractions.simplest(Rational.of(33, 100), Rational.of(34, 100)));
        assertEquals(Rational.of(2), Fractions.simplest(Rational.of(3, 2), Rational.of(5, 2)));
        assertEquals(Rational.ZERO, Fractions.simplest(Rational.of(-1, 2), Rational.of(1, 3)));
        assertEquals("1.39e-17", Fractions.sci(Rational.of(139, 10).multiply(Rational.of(1, 1000000000))
                .multiply(Rational.of(1, 1000000000)), 3));
    }
}
