package org.stencilforge.real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.Apfloat;

/** Checks that a printed decimal is the correctly rounded value of an independently computed reference. */
final class Check {

    private Check() {
    }

    /**
     * @param printed the printed decimal
     * @param reference the value to far more digits than printed (error below {@code 10^-(digits+25)} relative to 1)
     * @param digits {@code D}
     */
    static void correctlyRounded(String printed, Apfloat reference, int digits, String where) {
        BigDecimal ref = new BigDecimal(reference.toString(true));
        BigDecimal got = new BigDecimal(printed);
        if (got.signum() == 0) {
            // printed 0: the reference must be below 10^-(D+20) (the documented rule)
            assertTrue(ref.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-(digits + 20))) < 0, where + ": " + ref);
            return;
        }
        assertEquals(digits, got.precision(), where + ": " + printed + " has " + got.precision() + " digits");
        BigDecimal expected = ref.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        assertEquals(0, expected.compareTo(got), where + ": printed " + printed + ", correctly rounded " + expected);
    }
}
