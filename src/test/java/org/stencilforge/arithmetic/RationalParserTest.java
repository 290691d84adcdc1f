package org.stencilforge.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stencilforge.StencilforgeException;

class RationalParserTest {

    @ParameterizedTest(name = "{0} = {1}/{2}")
    @CsvSource({
        "7, 7, 1",
        "-3, -3, 1",
        "+3, 3, 1",
        "3/4, 3, 4",
        "-6/8, -3, 4",
        "0.25, 1, 4",
        "0.1, 1, 10",
        "-.5, -1, 2",
        "2., 2, 1",
        "1.5e-3, 3, 2000",
        "2.5E2, 250, 1",
        "' 1/3 ', 1, 3",
        "0/5, 0, 1",
    })
    void readsTheExactValue(String text, long numerator, long denominator) {
        assertEquals(Rational.of(numerator, denominator), RationalParser.parse(text));
    }

    @Test
    void decimalsAreExactNotTheNearestDouble() {
        // 0.1 + 0.2 is exactly 3/10 here; in doubles it is 0.30000000000000004
        assertEquals(Rational.of(3, 10), RationalParser.parse("0.1").add(RationalParser.parse("0.2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1/0", "1/2/3", "1/-2", "--1", "+", ".", "e5", "1e", "0x10", "1,5", "½"})
    void rejectsMalformedNumbers(String text) {
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> RationalParser.parse(text));
        assertTrue(e.getMessage().contains("number") || e.getMessage().contains("denominator"), e.getMessage());
    }

    @Test
    void rejectsExponentsAndLengthsPastTheLimits() {
        assertThrows(StencilforgeException.class, () -> RationalParser.parse("1e999999999"));
        assertThrows(StencilforgeException.class, () -> RationalParser.parse("1e1001"));
        assertThrows(StencilforgeException.class, () -> RationalParser.parse("1".repeat(10_001)));
        assertEquals(Rational.of(1), RationalParser.parse("1e-1000").multiply(RationalParser.parse("1e1000")));
    }

    @Test
    void readsListsInOrder() {
        assertEquals(List.of(Rational.of(-1), Rational.ZERO, Rational.of(1, 2), Rational.of(3, 4)),
                RationalParser.parseList("-1, 0,1/2,0.75"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1,,2", ",1", "1,"})
    void rejectsEmptyListsAndEntries(String text) {
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> RationalParser.parseList(text));
        assertTrue(e.getMessage().startsWith("empty"), e.getMessage());
    }

    @Test
    void quotesUserTextSafely() {
        assertEquals("\"a?b\"", RationalParser.quote("a\u001bb"));
        assertEquals("\"" + "x".repeat(40) + "...\"", RationalParser.quote("x".repeat(60)));
    }
}
