package org.stencilforge.design;

import static org.stencilforge.Checks.require;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stencilforge.arithmetic.Rational;

/**
 * The samples of a designed filter: {@code N} consecutive grid points with
 * indices {@code 0..N-1}, and the position {@code a} in that window where the
 * derivative is taken, so that the offsets are {@code s_j = j - a}. The centre
 * {@code (N-1)/2} gives a centred filter, {@code 0} and {@code N-1} the
 * one-sided ones at a left and a right boundary.
 *
 * @param length {@code N}
 * @param at {@code a}, a rational in {@code [0, N-1]}
 */
record Window(int length, Rational at) {

    /**
     * @param length {@code N}, at least 1 and at most {@code maxLength}
     * @param at the position, or empty for the centre
     * @param option the name of the length option, for messages
     * @param maxLength the largest length allowed
     * @return the window
     */
    static Window of(int length, Optional<Rational> at, String option, int maxLength) {
        require(length >= 1, option + " must be at least 1, not " + length);
        require(length <= maxLength, option + " " + length + " is past the limit of " + maxLength
                + " points; ask for fewer, or raise the limit with --max-length");
        Rational a = at.orElse(Rational.of(length - 1, 2));
        require(a.signum() >= 0 && a.compareTo(Rational.of(length - 1)) <= 0, "--at " + a
                + " is outside the window: give a position from 0 (the first point) to " + (length - 1)
                + " (the last)");
        return new Window(length, a);
    }

    /** @return the offsets {@code j - a}, ascending */
    List<Rational> offsets() {
        List<Rational> s = new ArrayList<>();
        for (int j = 0; j < length; j++) {
            s.add(Rational.of(j).subtract(at));
        }
        return s;
    }

    /** @return {@code q}, the denominator of {@code a}: the offsets times {@code q} are integers */
    BigInteger scale() {
        return at.denominator();
    }

    /** @return the integers {@code u_j = q (j - a)} */
    BigInteger[] scaledOffsets() {
        BigInteger q = scale();
        BigInteger[] u = new BigInteger[length];
        for (int j = 0; j < length; j++) {
            u[j] = BigInteger.valueOf(j).multiply(q).subtract(at.numerator());
        }
        return u;
    }

    /** @return {@code m! q^m}: the right-hand side of the moment condition of degree {@code m} in the scaled offsets */
    BigInteger momentTarget(int m) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= m; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f.multiply(scale().pow(m));
    }

    /** @return whether the derivative is taken at the centre of the window */
    boolean centred() {
        return at.equals(Rational.of(length - 1, 2));
    }
}
