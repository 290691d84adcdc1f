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
 * offsets, carried out exactly; and the same weights from the node polynomial,
 * which is what {@link #weights} and {@link #weightsOf} compute.
 *
 * <p>The weight of derivative {@code k} at offset {@code s_j} is {@code k!} times
 * the coefficient of {@code t^k} in the Lagrange basis polynomial
 * {@code L_j(t) = Π_{l≠j} (t - s_l) / Π_{l≠j} (s_j - s_l)}. Scaling the offsets
 * to integers {@code a_l = D s_l} with {@code D} the least common denominator and
 * writing {@code u = D t}, {@code L_j = P_j(u) / Q_j} with an integer polynomial
 * {@code P_j(u) = Π_{l≠j} (u - a_l)} and an integer {@code Q_j = Π_{l≠j}(a_j - a_l)},
 * so {@code w_{j,k} = k! D^k [u^k]P_j / Q_j}.
 *
 * <p>Both ways compute these Lagrange basis derivatives. Fornberg's recursion
 * ({@link #recursive}) adds one node at a time: adding node {@code i} multiplies
 * every earlier {@code P_j} by {@code (u - a_i)} (truncated after {@code u^M})
 * and every earlier {@code Q_j} by {@code (a_j - a_i)}, and the new node's
 * numerator is the previous node's times {@code (u - a_{i-1})}: {@code O(N^2 M)}
 * big-integer operations. The node polynomial ({@link NodePolynomial}) takes all
 * nodes at once: {@code P_j = ω / (u - a_j)} for {@code ω(u) = Π_l (u - a_l)},
 * and only the coefficients up to {@code u^M} matter, so each {@code P_j} is one
 * synthetic division of the {@code M + 2} lowest coefficients of {@code ω}
 * ({@code O(N M)} operations in all) and {@code Q_j = ω'(a_j)} one balanced
 * product. The divisions are deferred in both: each weight is reduced once, at
 * the end, and reduced fractions are canonical, so the two give identical
 * weights (the tests check it). The nodes are independent, so large {@code N}
 * runs on all cores; the result does not depend on the order or the number of
 * threads.
 */
public final class Fornberg {

    /** From this many nodes on, the nodes are computed on all cores. */
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
        check(offsets, maxDerivative);
        int n = offsets.size();
        int width = maxDerivative + 1;
        NodePolynomial omega = new NodePolynomial(offsets, maxDerivative + 1);
        Rational[][] columns = new Rational[n][];
        nodes(n).forEach(j -> {
            BigInteger[] p = omega.numerator(j, maxDerivative);
            BigInteger factor = BigInteger.ONE; // k! D^k
            for (int k = 0; k < width; k++) {
                if (k > 0) {
                    factor = factor.multiply(BigInteger.valueOf(k)).multiply(omega.scale());
                }
                p[k] = factor.multiply(p[k]);
            }
            columns[j] = omega.reduced(j, p);
        });
        return table(offsets, columns, width);
    }

    /**
     * The weights of one derivative order only, reduced only for that order:
     * what a stencil needs ({@link #weights} gives every lower order too).
     *
     * @param offsets distinct offsets {@code s_j} (in units of {@code h}), in any order
     * @param derivative the derivative order {@code M}, at least 0
     * @return the weights of derivative {@code M}, in the order of {@code offsets}
     * @throws StencilforgeException if two offsets are equal
     */
    public static List<Rational> weightsOf(List<Rational> offsets, int derivative) {
        check(offsets, derivative);
        int n = offsets.size();
        NodePolynomial omega = new NodePolynomial(offsets, derivative + 1);
        BigInteger factor = BigInteger.ONE; // M! D^M
        for (int k = 1; k <= derivative; k++) {
            factor = factor.multiply(BigInteger.valueOf(k)).multiply(omega.scale());
        }
        BigInteger f = factor;
        Rational[] row = new Rational[n];
        nodes(n).forEach(j -> {
            BigInteger p = omega.numerator(j, derivative)[derivative];
            row[j] = omega.reduced(j, new BigInteger[] {f.multiply(p)})[0];
        });
        return Arrays.asList(row);
    }

    /**
     * Fornberg's recursion itself, node by node, fraction-free with deferred
     * divisions: the cited algorithm, kept as an independent check of
     * {@link #weights} (same results, {@code O(N^2 M)} operations).
     *
     * @param offsets distinct offsets {@code s_j} (in units of {@code h}), in any order
     * @param maxDerivative the highest derivative order {@code M}, at least 0
     * @return the weights of derivatives {@code 0..M}, in the order of {@code offsets}
     * @throws StencilforgeException if two offsets are equal
     */
    public static WeightTable recursive(List<Rational> offsets, int maxDerivative) {
        check(offsets, maxDerivative);
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
        nodes(n).forEach(j -> {
            for (int i = j + 1; i < n; i++) {
                multiplyByLinear(numerators[j], a[i]);
            }
            columns[j] = reduce(numerators[j], denominator(a, j), scale);
        });
        return table(offsets, columns, width);
    }

    private static void check(List<Rational> offsets, int maxDerivative) {
        org.stencilforge.Checks.require(maxDerivative >= 0,
                "the derivative order must be 0 or more, not " + maxDerivative);
        if (offsets.isEmpty()) {
            throw new StencilforgeException("no offsets given: a stencil needs at least one node");
        }
        requireDistinct(offsets, "offset");
    }

    private static IntStream nodes(int n) {
        IntStream indices = IntStream.range(0, n);
        return n >= PARALLEL_NODES ? indices.parallel() : indices;
    }

    private static WeightTable table(List<Rational> offsets, Rational[][] columns, int width) {
        int n = offsets.size();
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
        return NodePolynomial.product(differences, 0, differences.length);
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
