package org.stencilforge.real;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * A real number enclosed in a ball {@code [mid - rad, mid + rad]}: the exact
 * value is guaranteed to lie in it. Immutable.
 *
 * <p>Midpoints are {@link BigDecimal}s rounded to the working precision with
 * {@link RoundingMode#HALF_EVEN}; {@code + - *} are done exactly first, so the
 * rounding error is known exactly and added to the radius. Radii are kept to
 * {@value #RADIUS_DIGITS} digits, always rounded up (and the lower bounds they
 * are divided by, down), so every radius is an upper bound of the true error.
 * Division adds one unit in the last place of the quotient ({@link BigDecimal#divide(BigDecimal,
 * MathContext)} rounds the exact quotient), square roots bound their error from the residual, {@code sin} and
 * {@code cos} from their Taylor remainder; {@code exp}, {@code log} and {@code π} come
 * from Apfloat at 10 guard digits and are trusted to {@code 10^-(p+5) max(1, |x|, |f(x)|)}
 * (see the package notes).
 *
 * @param mid the midpoint
 * @param rad the radius, non-negative
 */
public record Ball(BigDecimal mid, BigDecimal rad) {

    /** Digits kept in radii. */
    static final int RADIUS_DIGITS = 10;
    private static final MathContext UP = new MathContext(RADIUS_DIGITS, RoundingMode.UP);
    private static final MathContext DOWN = new MathContext(RADIUS_DIGITS, RoundingMode.DOWN);
    /** Guard digits of the Apfloat functions over the working precision. */
    static final int GUARD = 10;

    /** The exact zero. */
    public static final Ball ZERO = new Ball(BigDecimal.ZERO, BigDecimal.ZERO);
    /** The exact one. */
    public static final Ball ONE = new Ball(BigDecimal.ONE, BigDecimal.ZERO);

    /** Checks the radius. */
    public Ball {
        if (rad.signum() < 0) {
            throw new IllegalArgumentException("negative radius " + rad);
        }
    }

    /** @return the exact decimal as a ball of radius 0 */
    public static Ball exact(BigDecimal value) {
        return new Ball(value, BigDecimal.ZERO);
    }

    /** @return {@code q} enclosed at {@code p} digits */
    public static Ball of(Rational q, int p) {
        return exact(new BigDecimal(q.numerator())).divide(exact(new BigDecimal(q.denominator())), p);
    }

    /** @return {@code n} exactly */
    public static Ball of(long n) {
        return exact(BigDecimal.valueOf(n));
    }

    /** @return the lower end, exactly */
    public BigDecimal lower() {
        return mid.subtract(rad);
    }

    /** @return the upper end, exactly */
    public BigDecimal upper() {
        return mid.add(rad);
    }

    /** @return whether 0 lies in the ball */
    public boolean containsZero() {
        return lower().signum() <= 0 && upper().signum() >= 0;
    }

    /** @return an upper bound of {@code |x|} for every {@code x} in the ball */
    BigDecimal magnitude() {
        return mid.abs().add(rad, UP);
    }

    /** @return a lower bound of {@code |x|} for every {@code x} in the ball, 0 when it holds 0 */
    BigDecimal least() {
        BigDecimal d = mid.abs().subtract(rad);
        return d.signum() <= 0 ? BigDecimal.ZERO : d.round(DOWN);
    }

    /**
     * @return the ball of {@code exact} rounded to {@code p} digits, with radius {@code rad} plus
     *     one unit in the last place of the rounded value (at least the rounding error, half a unit)
     */
    private static Ball rounded(BigDecimal exact, BigDecimal rad, int p) {
        if (exact.precision() <= p) {
            return new Ball(exact, rad);
        }
        BigDecimal m = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        return new Ball(m, rad.signum() == 0 ? m.ulp() : rad.add(m.ulp(), UP));
    }

    /** @return the sum */
    public Ball add(Ball o, int p) {
        return rounded(mid.add(o.mid), rad.add(o.rad, UP), p);
    }

    /** @return the difference */
    public Ball subtract(Ball o, int p) {
        return rounded(mid.subtract(o.mid), rad.add(o.rad, UP), p);
    }

    /** @return the negation (exact) */
    public Ball negate() {
        return new Ball(mid.negate(), rad);
    }

    /** @return the product */
    public Ball multiply(Ball o, int p) {
        BigDecimal r;
        if (rad.signum() == 0) {
            r = o.rad.signum() == 0 ? BigDecimal.ZERO : mid.abs().multiply(o.rad, UP);
        } else if (o.rad.signum() == 0) {
            r = o.mid.abs().multiply(rad, UP);
        } else {
            r = mid.abs().multiply(o.rad, UP).add(o.mid.abs().multiply(rad, UP), UP).add(rad.multiply(o.rad, UP), UP);
        }
        return rounded(mid.multiply(o.mid), r, p);
    }

    /** @return the product with an exact integer */
    public Ball multiply(long k, int p) {
        return multiply(of(k), p);
    }

    /**
     * @return the quotient
     * @throws ArithmeticException if the divisor's ball holds 0
     */
    public Ball divide(Ball o, int p) {
        boolean exactDivisor = o.rad.signum() == 0;
        BigDecimal least = exactDivisor ? o.mid.abs() : o.least();
        if (least.signum() == 0) {
            throw new ArithmeticException("division by a ball that holds 0");
        }
        MathContext mc = new MathContext(p, RoundingMode.HALF_EVEN);
        BigDecimal q = mid.divide(o.mid, mc);
        // rounding: BigDecimal.divide rounds the exact quotient to p digits, half to even, so
        // |mid/o.mid - q| is at most half a unit in the p-th digit of q, below 10^(e - p + 1)
        // for 10^e <= |q|; 0 when the quotient is exact (then BigDecimal may write it with fewer digits)
        boolean exact = mid.signum() == 0 || q.precision() < p && q.multiply(o.mid).compareTo(mid) == 0;
        BigDecimal round = exact ? BigDecimal.ZERO : BigDecimal.ONE.scaleByPowerOfTen(q.precision() - q.scale() - p);
        // propagation: |x/y - a/b| <= (|x - a| + |a/b| |y - b|) / |y| for |x - a| <= rad, |y - b| <= o.rad
        BigDecimal prop;
        if (exactDivisor) {
            prop = rad.signum() == 0 ? BigDecimal.ZERO : rad.divide(least, UP);
        } else {
            BigDecimal ratio = q.abs().add(round, UP);
            prop = rad.add(ratio.multiply(o.rad, UP), UP).divide(least, UP);
        }
        return new Ball(q, round.add(prop, UP));
    }

    /** @return {@code x^n} for {@code n >= 0} by repeated squaring */
    public Ball pow(int n, int p) {
        Ball result = ONE;
        Ball base = this;
        for (int e = n; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.multiply(base, p);
            }
            if (e > 1) {
                base = base.multiply(base, p);
            }
        }
        return result;
    }

    /**
     * @return the square root
     * @throws ArithmeticException if the ball reaches below 0 (a higher precision may help)
     * @throws StencilforgeException if the whole ball is negative
     */
    public Ball sqrt(int p) {
        if (mid.signum() == 0 && rad.signum() == 0) {
            return ZERO;
        }
        if (upper().signum() < 0) {
            throw new StencilforgeException("sqrt of a negative number (about " + approximately() + "): real"
                    + " expressions are real numbers");
        }
        BigDecimal least = lower();
        if (least.signum() <= 0) {
            throw new ArithmeticException("square root of a ball that reaches 0 or below");
        }
        BigDecimal s = decimal(ApfloatMath.sqrt(new Apfloat(mid, p + GUARD))).round(new MathContext(p, RoundingMode.HALF_EVEN));
        // |sqrt(m) - s| = |m - s^2| / (sqrt(m) + s) <= |m - s^2| / s, the residual computed exactly
        BigDecimal round = mid.subtract(s.multiply(s)).abs().divide(s, UP);
        // |sqrt(x) - sqrt(m)| = |x - m| / (sqrt(x) + sqrt(m)) <= rad / sqrt(lower)
        BigDecimal rootLeast = least.sqrt(DOWN).round(DOWN);
        BigDecimal prop = rad.signum() == 0 ? BigDecimal.ZERO : rad.divide(rootLeast, UP);
        return new Ball(s, round.add(prop, UP));
    }

    /** @return {@code e^x} */
    public Ball exp(int p) {
        BigDecimal v = trusted(ApfloatMath.exp(apfloat(p)), p);
        // |e^x - e^m| <= e^m (e^rad - 1) <= e^m 2 rad for rad <= 1
        checkRadius("exp");
        BigDecimal bound = v.abs().multiply(BigDecimal.valueOf(2), UP);
        return new Ball(v, trustedError(v, p).add(bound.multiply(rad, UP), UP));
    }

    /**
     * @return {@code log x}
     * @throws ArithmeticException if the ball reaches 0 or below
     */
    public Ball log(int p) {
        if (upper().signum() <= 0) {
            throw new StencilforgeException("log (or a power with a real exponent) of a number that is not positive"
                    + " (about " + approximately() + ")");
        }
        BigDecimal least = lower();
        if (least.signum() <= 0) {
            throw new ArithmeticException("logarithm of a ball that reaches 0 or below");
        }
        BigDecimal v = trusted(ApfloatMath.log(apfloat(p)), p);
        // |log x - log m| <= rad / lower
        return new Ball(v, trustedError(v, p).add(rad.divide(least.round(DOWN), UP), UP));
    }

    /** @return {@code sin x}, from its Taylor series with a proved remainder (see {@link #trig}) */
    public Ball sin(int p) {
        return trig(p, 0);
    }

    /** @return {@code cos x}, as {@code sin(x + π/2)} */
    public Ball cos(int p) {
        return trig(p, 1);
    }

    /**
     * {@code sin(x + shift π/2)}: reduced to {@code r = x - kπ/2} with {@code |r| <= π/4}
     * (about), then {@code ±sin r} or {@code ±cos r} by the Taylor series in ball arithmetic,
     * stopped at a term {@code T} below {@code 10^-(p+15)}; for {@code |r| <= 1} the Lagrange
     * remainder is at most {@code T}, which is added to the radius. No trusted ingredient but π.
     */
    private Ball trig(int p, int shift) {
        int q = p + 10;
        BigDecimal quarter = decimal(ApfloatMath.pi(20)).divide(BigDecimal.valueOf(2), new MathContext(20));
        BigInteger k = mid.divide(quarter, new MathContext(Math.max(1, mid.precision() - mid.scale() + 5),
                RoundingMode.HALF_EVEN)).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        int extra = (int) (k.bitLength() * 0.302) + 5;
        Ball r = k.signum() == 0 ? this
                : subtract(pi(q + extra).multiply(exact(new BigDecimal(k)), q + extra).divide(of(2), q + extra), q + extra);
        if (r.magnitude().compareTo(BigDecimal.ONE) > 0) {
            throw new ArithmeticException("sin or cos of a ball too wide to reduce");
        }
        int quadrant = k.add(BigInteger.valueOf(shift)).mod(BigInteger.valueOf(4)).intValue();
        boolean cosine = quadrant % 2 == 1;
        Ball r2 = r.multiply(r, q);
        Ball term = cosine ? ONE : r;
        Ball sum = term;
        BigDecimal small = BigDecimal.ONE.scaleByPowerOfTen(-(p + 15));
        for (int n = cosine ? 0 : 1; term.magnitude().compareTo(small) >= 0; n += 2) {
            term = term.multiply(r2, q).divide(of((long) (n + 1) * (n + 2)), q).negate();
            sum = sum.add(term, q);
        }
        Ball v = new Ball(sum.mid, sum.rad.add(term.magnitude(), UP));
        return quadrant >= 2 ? v.negate() : v;
    }

    /** @return {@code π} */
    public static Ball pi(int p) {
        BigDecimal v = decimal(ApfloatMath.pi(p + GUARD)).round(new MathContext(p + GUARD, RoundingMode.HALF_EVEN));
        BigDecimal m = v.round(new MathContext(p, RoundingMode.HALF_EVEN));
        return new Ball(m, v.subtract(m).abs().add(BigDecimal.ONE.scaleByPowerOfTen(-(p + 5)), UP));
    }

    /** @return the midpoint to 6 digits, for messages */
    private String approximately() {
        return mid.round(new MathContext(6, RoundingMode.HALF_EVEN)).toString();
    }

    private void checkRadius(String f) {
        if (rad.compareTo(BigDecimal.ONE) > 0) {
            throw new ArithmeticException(f + " of a ball wider than 1");
        }
    }

    /** The midpoint as an Apfloat with the guard digits (exact: it has at most p digits). */
    private Apfloat apfloat(int p) {
        return new Apfloat(mid, Math.max(p + GUARD, mid.precision()));
    }

    /** The trusted value of an Apfloat function, as a decimal of p + GUARD digits. */
    private BigDecimal trusted(Apfloat value, int p) {
        return decimal(value).round(new MathContext(p + GUARD, RoundingMode.HALF_EVEN));
    }

    /** The trusted error bound {@code 10^-(p+5) max(1, |x|, |f(x)|)} of an Apfloat function value. */
    private BigDecimal trustedError(BigDecimal value, int p) {
        BigDecimal scale = BigDecimal.ONE.max(mid.abs()).max(value.abs());
        return scale.scaleByPowerOfTen(-(p + 5)).round(UP);
    }

    /** @return the exact decimal value of an Apfloat */
    static BigDecimal decimal(Apfloat a) {
        return new BigDecimal(a.toString(true));
    }

    /** @return {@code n!} as a ball, exactly */
    static Ball factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int k = 2; k <= n; k++) {
            f = f.multiply(BigInteger.valueOf(k));
        }
        return exact(new BigDecimal(f));
    }

    @Override
    public String toString() {
        return mid + " ± " + rad;
    }
}
