package org.stencilforge.frequency;

import java.math.BigDecimal;

/**
 * A rectangle {@code re + i im} of the complex plane with {@link Interval} sides: complex
 * arithmetic that encloses the true result. Immutable.
 *
 * @param re the real part
 * @param im the imaginary part
 */
record Complex(Interval re, Interval im) {

    static final Complex ZERO = new Complex(Interval.ZERO, Interval.ZERO);
    static final Complex ONE = new Complex(Interval.ONE, Interval.ZERO);

    Complex add(Complex o, int p) {
        return new Complex(re.add(o.re, p), im.add(o.im, p));
    }

    Complex subtract(Complex o, int p) {
        return new Complex(re.subtract(o.re, p), im.subtract(o.im, p));
    }

    Complex multiply(Complex o, int p) {
        return new Complex(re.multiply(o.re, p).subtract(im.multiply(o.im, p), p),
                re.multiply(o.im, p).add(im.multiply(o.re, p), p));
    }

    Complex scale(Interval x, int p) {
        return new Complex(re.multiply(x, p), im.multiply(x, p));
    }

    Complex scale(BigDecimal x, int p) {
        return scale(Interval.point(x), p);
    }

    Complex conjugate() {
        return new Complex(re, im.negate());
    }

    /** @return this times {@code i^k}, exactly */
    Complex timesIPower(int k) {
        return switch (Math.floorMod(k, 4)) {
            case 0 -> this;
            case 1 -> new Complex(im.negate(), re);
            case 2 -> new Complex(re.negate(), im.negate());
            default -> new Complex(im, re.negate());
        };
    }

    /** @return {@code |z|^2} */
    Interval norm(int p) {
        return re.square(p).add(im.square(p), p);
    }

    /** @return an upper bound of {@code |z|} */
    BigDecimal absUpper(int p) {
        return norm(p).sqrt(p).hi();
    }

    /** @return a lower bound of {@code |z|} */
    BigDecimal absLower(int p) {
        return norm(p).sqrt(p).lo();
    }
}
