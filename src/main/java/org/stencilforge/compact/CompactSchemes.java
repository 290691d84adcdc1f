package org.stencilforge.compact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stencilforge.Checks;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.linear.ExactSolver;
import org.stencilforge.stencil.MultiIndex;

/**
 * Derives compact schemes exactly from their moment conditions.
 *
 * <p>Expanding every sample about {@code x} gives the residual
 * {@code h^(-m) Σ_j a_j f_{i+j} - Σ_k α_k f^(m)_{i+k} = Σ_n C_n h^(n-m) f^(n)(x)} with
 * {@code C_n = Σ_j a_j j^n / n! - Σ_k α_k k^(n-m) / (n-m)!} (the second sum only for {@code n >= m}).
 * With {@code α_0 = 1} and any given {@code α_k} known, the conditions {@code C_n = 0} are linear in
 * the {@code U} other unknowns; {@code n = 0 .. U-1} of them (each times {@code n!}, integers) are
 * solved exactly by {@link ExactSolver}. The solution is the scheme of the highest order the two
 * stencils allow; the shapes are refused when those conditions are dependent.
 */
public final class CompactSchemes {

    /** The default largest number of offsets on either side. */
    public static final int DEFAULT_MAX_POINTS = 32;
    /** The largest offset magnitude accepted. */
    public static final int MAX_OFFSET = 1000;
    /** The largest derivative order accepted. */
    public static final int MAX_DERIVATIVE = 32;

    private CompactSchemes() {
    }

    /**
     * The shape of Lele's (1992) classic symmetric schemes of order {@code accuracy} for the first
     * and second derivative: 4 tridiagonal on 3 points, 6 tridiagonal on 5, 8 pentadiagonal on 5,
     * 10 pentadiagonal on 7.
     *
     * @param derivative 1 or 2
     * @param accuracy 4, 6, 8 or 10
     * @return the left offsets and the right offsets
     * @throws StencilforgeException for any other derivative or accuracy
     */
    public static List<List<Integer>> leleShape(int derivative, int accuracy) {
        Checks.require(derivative == 1 || derivative == 2, "--accuracy chooses Lele's shapes for derivatives 1"
                + " and 2 only; for derivative " + derivative + " give --left and --right");
        return switch (accuracy) {
            case 4 -> List.of(range(1), range(1));
            case 6 -> List.of(range(1), range(2));
            case 8 -> List.of(range(2), range(2));
            case 10 -> List.of(range(2), range(3));
            default -> throw new StencilforgeException("no classic compact scheme of accuracy " + accuracy
                    + ": choose 4, 6 (tridiagonal), 8 or 10 (pentadiagonal), or give --left and --right");
        };
    }

    private static List<Integer> range(int r) {
        List<Integer> out = new ArrayList<>();
        for (int k = -r; k <= r; k++) {
            out.add(k);
        }
        return out;
    }

    /**
     * @param derivative {@code m}, 1 to {@value #MAX_DERIVATIVE}
     * @param left the offsets {@code k} of the derivative samples, distinct, including 0
     * @param right the offsets {@code j} of the function samples, distinct
     * @param given weights {@code α_k} fixed by the user, by left offset (not 0); the rest are solved for
     * @param groups how many non-zero error terms to list, at least 1
     * @param maxPoints the most offsets on either side
     * @return the scheme of the highest order these stencils allow with the given weights
     * @throws StencilforgeException for shapes that determine no unique scheme, or input out of range
     */
    public static CompactScheme derive(int derivative, List<Integer> left, List<Integer> right,
            Map<Integer, Rational> given, int groups, int maxPoints) {
        int m = derivative;
        Checks.require(m >= 1 && m <= MAX_DERIVATIVE, "the derivative must be 1 to " + MAX_DERIVATIVE + ", not " + m);
        Checks.require(groups >= 1, "the number of error terms must be at least 1, not " + groups);
        List<Integer> l = sortedDistinct(left, "--left", maxPoints);
        List<Integer> r = sortedDistinct(right, "--right", maxPoints);
        Checks.require(l.contains(0), "--left must contain offset 0, where the weight is 1, e.g. -1,0,1");
        Map<Integer, Rational> fixed = new TreeMap<>(given);
        for (int k : fixed.keySet()) {
            Checks.require(k != 0 && l.contains(k), "the weight at left offset " + k + " was given, but " + k
                    + " is not a non-zero offset of --left " + l.toString().replace(" ", ""));
        }
        fixed.put(0, Rational.ONE);
        List<Integer> unknownLeft = l.stream().filter(k -> !fixed.containsKey(k)).toList();
        int u = unknownLeft.size() + r.size();
        Checks.require(u >= m + 1, "these stencils leave " + u + " unknown weights, and derivative " + m
                + " needs at least " + (m + 1) + ": add offsets to --right");
        BigInteger[][] a = new BigInteger[u][u];
        Rational[] b = new Rational[u];
        for (int n = 0; n < u; n++) {
            BigInteger falling = falling(n, m); // n!/(n-m)!, zero for n < m
            int c = 0;
            for (int k : unknownLeft) {
                a[n][c++] = n < m ? BigInteger.ZERO : falling.multiply(power(k, n - m)).negate();
            }
            for (int j : r) {
                a[n][c++] = power(j, n);
            }
            Rational rhs = Rational.ZERO;
            if (n >= m) {
                for (Map.Entry<Integer, Rational> e : fixed.entrySet()) {
                    rhs = rhs.add(e.getValue().multiply(Rational.of(falling.multiply(power(e.getKey(), n - m)))));
                }
            }
            b[n] = rhs;
        }
        Rational[] x;
        try {
            x = ExactSolver.solve(a, b);
        } catch (IllegalArgumentException e) {
            throw new StencilforgeException("the moment conditions of --left " + l.toString().replace(" ", "")
                    + " and --right " + r.toString().replace(" ", "") + " are dependent, so no unique scheme of"
                    + " order " + (u - m) + " exists: change the offsets or fix a weight (--alpha)");
        }
        Map<Integer, Rational> alpha = new TreeMap<>(fixed);
        for (int i = 0; i < unknownLeft.size(); i++) {
            alpha.put(unknownLeft.get(i), x[i]);
        }
        List<Rational> leftWeights = l.stream().map(alpha::get).toList();
        List<Rational> rightWeights = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            rightWeights.add(x[unknownLeft.size() + i]);
        }
        Checks.require(rightWeights.stream().anyMatch(w -> !w.isZero()), "with these offsets every right-side"
                + " weight is zero, which relates derivatives to each other but not to f: add offsets to --right");
        TruncationError error = error(m, l, leftWeights, r, rightWeights, u, groups);
        List<Integer> givenOffsets = fixed.keySet().stream().filter(k -> k != 0).toList();
        return new CompactScheme(m, l, leftWeights, r, rightWeights, givenOffsets, error);
    }

    /**
     * {@code C_n = Σ_j a_j j^n / n! - Σ_k α_k k^(n-m) / (n-m)!}.
     *
     * @return the coefficient of {@code h^(n-m) f^(n)(x)} in the residual of a scheme
     */
    public static Rational residual(int m, List<Integer> left, List<Rational> alpha, List<Integer> right,
            List<Rational> a, int n) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < right.size(); i++) {
            s = s.add(a.get(i).multiply(Rational.of(power(right.get(i), n))));
        }
        s = s.divide(Rational.of(factorial(n)));
        if (n >= m) {
            Rational t = Rational.ZERO;
            for (int i = 0; i < left.size(); i++) {
                t = t.add(alpha.get(i).multiply(Rational.of(power(left.get(i), n - m))));
            }
            s = s.subtract(t.divide(Rational.of(factorial(n - m))));
        }
        return s;
    }

    /**
     * The first {@code groups} non-zero residuals from degree {@code from} on. The sequence
     * {@code n! C_n} satisfies a linear recurrence of order at most {@code R + (m+1) L} (its
     * characteristic roots are the right offsets, and the left offsets with multiplicity
     * {@code m+1}), so that many consecutive zeros mean every later residual is zero.
     */
    private static TruncationError error(int m, List<Integer> l, List<Rational> alpha, List<Integer> r,
            List<Rational> a, int from, int groups) {
        int recurrence = r.size() + (m + 1) * l.size();
        List<ErrorTerm> terms = new ArrayList<>();
        int zeros = 0;
        for (int n = from; zeros < recurrence; n++) {
            Rational c = residual(m, l, alpha, r, a, n);
            if (c.isZero()) {
                zeros++;
                continue;
            }
            zeros = 0;
            if (terms.size() == groups) {
                return new TruncationError(terms, OptionalInt.of(n - m));
            }
            terms.add(ErrorTerm.of(MultiIndex.of(n), n - m, c));
        }
        return new TruncationError(terms, OptionalInt.empty());
    }

    private static List<Integer> sortedDistinct(List<Integer> offsets, String option, int maxPoints) {
        Checks.require(!offsets.isEmpty(), option + " needs at least one offset");
        Checks.require(offsets.size() <= maxPoints, option + " has " + offsets.size() + " offsets, more than the"
                + " limit of " + maxPoints + " (raise it with --max-points)");
        TreeSet<Integer> set = new TreeSet<>();
        for (int k : offsets) {
            Checks.require(Math.abs(k) <= MAX_OFFSET, option + ": offset " + k + " is out of range; offsets are"
                    + " integers from -" + MAX_OFFSET + " to " + MAX_OFFSET);
            Checks.require(set.add(k), option + ": offset " + k + " is given twice; list each offset once");
        }
        return List.copyOf(set);
    }

    private static BigInteger power(int base, int exponent) {
        return BigInteger.valueOf(base).pow(exponent);
    }

    private static BigInteger falling(int n, int m) {
        if (n < m) {
            return BigInteger.ZERO;
        }
        BigInteger p = BigInteger.ONE;
        for (int i = n - m + 1; i <= n; i++) {
            p = p.multiply(BigInteger.valueOf(i));
        }
        return p;
    }

    private static BigInteger factorial(int n) {
        return falling(n, n);
    }
}
