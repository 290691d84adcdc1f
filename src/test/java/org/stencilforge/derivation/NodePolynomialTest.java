package org.stencilforge.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.RandomGrids;
import org.stencilforge.arithmetic.Rational;

/** The weights from the node polynomial against Fornberg's recursion, on the random grids of FornbergTest. */
class NodePolynomialTest {

    static Stream<List<Rational>> randomGrids() {
        return FornbergTest.randomGrids().map(a -> (List<Rational>) a.get()[0]);
    }

    /** Every order 0..N+1 (those from N on are zero), identical to the recursion, and one order alone the same. */
    @ParameterizedTest
    @MethodSource("randomGrids")
    void agreesWithFornbergsRecursion(List<Rational> offsets) {
        int top = offsets.size() + 1;
        WeightTable recursion = Fornberg.recursive(offsets, top);
        assertEquals(recursion, Fornberg.weights(offsets, top));
        for (int m = 0; m <= top; m++) {
            List<Rational> row = Fornberg.weightsOf(offsets, m);
            assertEquals(recursion.weights().get(m), row, "derivative " + m);
            // the reduction's precondition for Rational.ofCoprime (equality above is structural too)
            row.forEach(w -> org.junit.jupiter.api.Assertions.assertTrue(w.isCanonical(), w::toString));
        }
    }

    /** Larger grids, in parallel (64 nodes and more), integer and rational, centred or not. */
    @Test
    void agreesWithTheRecursionOnLargeGrids() {
        Random random = new Random(9);
        for (int size : new int[] {63, 64, 65, 129, 200}) {
            java.util.Set<Rational> distinct = new java.util.LinkedHashSet<>();
            while (distinct.size() < size) {
                distinct.add(Rational.of(random.nextInt(2001) - 1000, random.nextInt(12) + 1));
            }
            List<Rational> offsets = List.copyOf(distinct);
            assertEquals(Fornberg.recursive(offsets, 4), Fornberg.weights(offsets, 4));
            assertEquals(Fornberg.recursive(offsets, 6).weights().get(6), Fornberg.weightsOf(offsets, 6));
            List<Rational> grid = IntStream.range(0, size).mapToObj(i -> Rational.of(i - size / 3)).toList();
            assertEquals(Fornberg.recursive(grid, 4), Fornberg.weights(grid, 4));
        }
    }

    /** ω's low and high ends against the expanded product. */
    @Test
    void coefficientsOfTheExpandedProduct() {
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(40);
            List<Rational> offsets = RandomGrids.distinctOffsets(random, n);
            NodePolynomial omega = new NodePolynomial(offsets, n + 2);
            BigInteger[] full = {BigInteger.ONE};
            for (int j = 0; j < n; j++) {
                BigInteger[] next = new BigInteger[full.length + 1];
                java.util.Arrays.fill(next, BigInteger.ZERO);
                for (int k = 0; k < full.length; k++) {
                    next[k + 1] = next[k + 1].add(full[k]);
                    next[k] = next[k].subtract(full[k].multiply(omega.node(j)));
                }
                full = next;
            }
            for (int k = 0; k <= n + 2; k++) {
                assertEquals(k <= n ? full[k] : BigInteger.ZERO, omega.low(k), "ω_" + k);
            }
            // h_k from the high end: Σ_i ω_{N-i} h_{k-i} = 0 for k >= 1
            BigInteger[] h = omega.completeHomogeneous(n + 3);
            for (int k = 1; k < h.length; k++) {
                BigInteger s = BigInteger.ZERO;
                for (int i = 0; i <= Math.min(k, n); i++) {
                    s = s.add(full[n - i].multiply(h[k - i]));
                }
                assertEquals(BigInteger.ZERO, s, "h_" + k);
            }
            assertEquals(BigInteger.ONE, h[0]);
            BigInteger sum = BigInteger.ZERO;
            for (int j = 0; j < n; j++) {
                sum = sum.add(omega.node(j));
            }
            assertEquals(sum, h.length > 1 ? h[1] : sum);
        }
    }
}
