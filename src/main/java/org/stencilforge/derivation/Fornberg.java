package org.stencilforge.derivation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * Fornberg's recursive algorithm (Math. Comp. 51, 1988) for the weights of every
 * derivative order {@code 0..M} at once, on any set of distinct rational
 * offsets, carried out exactly and fraction-free.
 *
 * <p>The weight of derivative {@code k} at offset {@code s_j} is {@code k!} times
 * the coefficient of {@code t^k} in the Lagrange basis polynomial
 * {@code L_j(t) = Π_{l≠j} (t - s_l) / Π_{l≠j} (s_j - s_l)}. Scaling the offsets
 * to integers {@code a_l = D s_l} with {@code D} the least common denominator and
 * writing {@code u = D t}, {@code L_j = P_j(u) / Q_j} with an integer polynomial
 * {@code P_j(u) = Π_{l≠j} (u - a_l)} and an integer {@code Q_j = Π_{l≠j}(a_j - a_l)}.
 *
 * <p>Fornberg's recursion adds one node at a time. Adding node {@code i}
 * multiplies every earlier {@code P_j} by {@code (u - a_i)} (truncated after
 * {@code u^M}) and every earlier {@code Q_j} by {@code (a_j - a_i)}; the new
 * node's numerator is the previous node's numerator times {@code (u - a_{i-1})}.
 * Here Fornberg's divisions are deferred: the recursion runs on integers only,
 * each {@code Q_j} (Fornberg's running product of node differences) is formed
 * directly as a balanced product, and each weight {@code k! D^k [u^k]P_j / Q_j}
 * is reduced once, at the end. The updates of different nodes are independent,
 * so the table is filled column by column (node {@code j} absorbs every later
 * node in turn), in parallel for large {@code N}; the result does not depend on
 * the order or the number of threads.
 */
public final class Fornberg {

    /** From this many nodes on, the columns are computed on all cores. */
    private static final int PARALLEL_NODES = 64;

    private Fornberg() {
    }

    /**
     * @param offsets distinct offsets {@code s_j} (in units of {@code h}), in any order
     * @param maxDerivative the highest derivative order {@code M}, at least 0
     * @return the weights of derivatives {@code 0..M}, in the order of {@code offsets}
     * @throws StencilforgeException if two offsets are equal
     */
    public static WeightTable weights(List<Rational> offsets, int maxDerivative) {
        org.stencilforge.Checks.require(maxDerivative >= 0,
                "the derivative order must be 0 or more, not " + maxDerivative);
        if (offsets.isEmpty()) {
            throw new StencilforgeException("no offsets given: a stencil needs at least one node");
        }
        requireDistinct(offsets, "offset");
        int n = offsets.size();
        int width = maxDerivative + 1;
        BigInteger scale = Rational.commonDenominator(offsets);
        BigInteger[] a = new BigInteger[n];
        for (int j = 0; j < n; j++) {
            a[j] = offsets.get(j).timesMultipleOfDenominator(scale);
        }

        // Fornberg's new-node step: node i starts from node i-1's numerator times (u - a_{i-1}).
        BigInteger[][] numerators = new BigInteger[n][];
        numerators[0] = new BigInteger[width];
        Arrays.fill(numerators[0], BigInteger.ZERO);
        numerators[0][0] = BigInteger.ONE;
        for (int i = 1; i < n; i++) {
            numerators[i] = numerators[i - 1].clone();
            multiplyByLinear(numerators[i], a[i - 1]);
        }
        // Fornberg's update step, column by column: node j absorbs every later node i.
        Rational[][] columns = new Rational[n][];
        IntStream columnIndices = IntStream.range(0, n);
        (n >= PARALLEL_NODES ? columnIndices.parallel() : columnIndices).forEach(j -> {
            for (int i = j + 1; i < n; i++) {
                multiplyByLinear(numerators[j], a[i]);
            }
            columns[j] = reduce(numerators[j], denominator(a, j), scale);
        });
        List<List<Rational>> table = new ArrayList<>(width);
        for (int k = 0; k < width; k++) {
            List<Rational> row = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                row.add(columns[j][k]);
            }
            table.add(row);
        }
        return new WeightTable(offsets, table);
    }

    /** {@code Q_j = Π_{l≠j} (a_j - a_l)}, Fornberg's running product of node differences. */
    private static BigInteger denominator(BigInteger[] a, int j) {
        BigInteger[] differences = new BigInteger[a.length - 1];
        for (int l = 0, t = 0; l < a.length; l++) {
            if (l != j) {
                differences[t++] = a[j].subtract(a[l]);
            }
        }
        return product(differences, 0, differences.length);
    }

    /** The weights {@code k! D^k P[k] / Q} of every order {@code k}, each reduced once. */
    private static Rational[] reduce(BigInteger[] numerator, BigInteger denominator, BigInteger scale) {
        Rational[] column = new Rational[numerator.length];
        BigInteger factor = BigInteger.ONE; // k! D^k
        for (int k = 0; k < numerator.length; k++) {
            if (k > 0) {
                factor = factor.multiply(BigInteger.valueOf(k)).multiply(scale);
            }
            column[k] = Rational.of(factor.multiply(numerator[k]), denominator);
        }
        return column;
    }

    /** The product of {@code v[from..to)}, balanced so that big factors meet late. */
    private static BigInteger product(BigInteger[] v, int from, int to) {
        if (to - from <= 8) {
            BigInteger p = BigInteger.ONE;
            for (int i = from; i < to; i++) {
                p = p.multiply(v[i]);
            }
            return p;
        }
        int mid = (from + to) >>> 1;
        return product(v, from, mid).multiply(product(v, mid, to));
    }

    private static void multiplyByLinear(BigInteger[] p, BigInteger a) {
        for (int k = p.length - 1; k > 0; k--) {
            p[k] = p[k - 1].subtract(a.signum() == 0 ? BigInteger.ZERO : a.multiply(p[k]));
        }
        p[0] = a.multiply(p[0]).negate();
    }

    /**
     * @param values offsets or nodes
     * @param what {@code "offset"} or {@code "node"}, for the message
     * @throws StencilforgeException naming the first value that repeats
     */
    static void requireDistinct(List<Rational> values, String what) {
        Set<Rational> seen = new HashSet<>();
        for (Rational v : values) {
            if (!seen.add(v)) {
                throw new StencilforgeException("duplicate " + what + " " + v
                        + ": each " + what + " may appear only once");
            }
        }
    }
}
