package org.stencilforge.real;

import org.stencilforge.arithmetic.Rational;

/** A real number that can be enclosed at any precision: an expression or a node of a named set. */
public interface Real {

    /**
     * @param digits the working precision in significant decimal digits
     * @return a ball guaranteed to hold the number
     * @throws ArithmeticException when the precision is too low to evaluate it (a division
     *     by, or root or logarithm of, a ball that reaches 0): try a higher precision
     */
    Ball at(int digits);

    /** @return the exact value when the number is rational and known exactly, else {@code null} */
    Rational exact();

    /** @return the number as a user would type it */
    String text();

    /** @return the rational {@code q} as a real */
    static Real of(Rational q) {
        return new Expression.Number(q);
    }
}
