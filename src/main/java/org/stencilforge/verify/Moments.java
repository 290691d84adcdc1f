package org.stencilforge.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.MultiIndex;

/**
 * The moments {@code M_α = Σ_j w_j s_j^α / α!} of given weights, degree by
 * degree, each with its scale {@code B_α = Σ_j |w_j| |s_j^α| / α!}, on
 * integers: with {@code a_j = D s_j} and {@code v_j = W w_j},
 * {@code M_α = Σ v_j a_j^α / (W D^n α!)}. A moment is <em>negligible</em>
 * against a target {@code c} and a slack {@code δ} when
 * {@code |M_α - c| <= δ B_α}: weights within a relative {@code δ/2} of weights
 * with moment {@code c} can have it. With {@code δ = 0} that is exact equality.
 * Degrees must be asked for in order {@code 0, 1, 2, ...}. Not thread-safe.
 */
final class Moments {

    /** One moment: {@code M = sum / divisor}, {@code B = abs / divisor}. */
    record Moment(MultiIndex alpha, BigInteger sum, BigInteger abs, BigInteger divisor) {

        Rational value() {
            return Rational.of(sum, divisor);
        }

        /** @return the scale {@code B_α} */
        Rational scale() {
            return Rational.of(abs, divisor);
        }

        /** @return whether {@code |M - target| <= slack B} */
        boolean negligible(Rational target, Rational slack) {
            // |sum tq - tp divisor| sq <= sp abs tq
            BigInteger left = sum.multiply(target.denominator()).subtract(target.numerator().multiply(divisor)).abs()
                    .multiply(slack.denominator());
            BigInteger right = slack.numerator().multiply(abs).multiply(target.denominator());
            return left.compareTo(right) <= 0;
        }
    }

    private final int d;
    private final int size;
    private final BigInteger weightScale;
    private final BigInteger offsetScale;
    private final BigInteger[] v;
    private final BigInteger[][] a; // [j][axis]
    private final BigInteger[] power; // 1-D: v_j a_j^n
    private final List<List<BigInteger[]>> powers = new ArrayList<>(); // N-D: [axis][k][j] = a_j,axis^k
    private BigInteger divisor; // 1-D: W D^n n!
    private int next;

    Moments(List<List<Rational>> offsets, List<Rational> weights) {
        this.size = offsets.size();
        this.d = offsets.get(0).size();
        this.weightScale = Rational.commonDenominator(weights);
        this.offsetScale = Rational.commonDenominator(offsets.stream().flatMap(List::stream).toList());
        v = new BigInteger[size];
        a = new BigInteger[size][d];
        power = new BigInteger[size];
        for (int j = 0; j < size; j++) {
            v[j] = weights.get(j).timesMultipleOfDenominator(weightScale);
            power[j] = v[j];
            for (int i = 0; i < d; i++) {
                a[j][i] = offsets.get(j).get(i).timesMultipleOfDenominator(offsetScale);
            }
        }
        for (int i = 0; i < d; i++) {
            powers.add(new ArrayList<>());
        }
        divisor = weightScale;
    }

    /** @return the moments of the next degree {@code n}, in {@link MultiIndex} order */
    List<Moment> next() {
        int n = next++;
        if (d == 1) {
            if (n > 0) {
                divisor = divisor.multiply(offsetScale).multiply(BigInteger.valueOf(n));
                for (int j = 0; j < size; j++) {
                    power[j] = power[j].multiply(a[j][0]);
                }
            }
            BigInteger sum = BigInteger.ZERO;
            BigInteger abs = BigInteger.ZERO;
            for (BigInteger p : power) {
                sum = sum.add(p);
                abs = abs.add(p.abs());
            }
            return List.of(new Moment(MultiIndex.of(n), sum, abs, divisor));
        }
        for (int i = 0; i < d; i++) {
            List<BigInteger[]> axis = powers.get(i);
            while (axis.size() <= n) {
                BigInteger[] row = new BigInteger[size];
                for (int j = 0; j < size; j++) {
                    row[j] = axis.isEmpty() ? BigInteger.ONE : axis.get(axis.size() - 1)[j].multiply(a[j][i]);
                }
                axis.add(row);
            }
        }
        List<Moment> out = new ArrayList<>();
        BigInteger scale = weightScale.multiply(offsetScale.pow(n));
        for (MultiIndex alpha : MultiIndex.ofOrder(d, n)) {
            BigInteger sum = BigInteger.ZERO;
            BigInteger abs = BigInteger.ZERO;
            for (int j = 0; j < size; j++) {
                BigInteger p = v[j];
                for (int i = 0; i < d && p.signum() != 0; i++) {
                    p = p.multiply(powers.get(i).get(alpha.get(i))[j]);
                }
                sum = sum.add(p);
                abs = abs.add(p.abs());
            }
            out.add(new Moment(alpha, sum, abs, scale.multiply(alpha.factorial())));
        }
        return out;
    }
}
