package org.stencilforge.real;

import java.util.List;

/**
 * A 1-D stencil on real offsets, every number a decimal string of {@code digits}
 * significant digits, each correctly rounded (see {@link Digits}). Immutable.
 *
 * @param derivative the derivative order {@code m}
 * @param digits {@code D}
 * @param at the evaluation point when nodes were given, else {@code null}
 * @param nodes the nodes, ascending, when nodes were given, else {@code null}
 * @param offsets the offsets {@code s_j}, ascending
 * @param weights the weights, in the order of the offsets
 * @param order the order of accuracy (power of {@code h} of the leading error term), or {@code null}
 *     when no non-zero error term was found among those searched
 * @param error the leading non-zero truncation-error terms, approximation minus exact
 * @param workingDigits the working precision that settled every digit, or 0 for decimals of exact rationals
 * @param exactWeights the exact weights as fractions, when they are rational and asked for, else {@code null}
 */
public record RealStencil(int derivative, int digits, String at, List<String> nodes, List<String> offsets,
        List<String> weights, Integer order, List<Term> error, int workingDigits, List<String> exactWeights) {

    /**
     * One term {@code C_n h^(n-m) f^(n)(x)} of the truncation error.
     *
     * @param derivative {@code n}
     * @param hPower {@code n - m}
     * @param coefficient {@code C_n} to {@code D} digits
     * @param exact {@code C_n} as a fraction when it is rational and asked for, else {@code null}
     */
    public record Term(int derivative, int hPower, String coefficient, String exact) {
    }

    /** Copies the lists. */
    public RealStencil {
        nodes = nodes == null ? null : List.copyOf(nodes);
        offsets = List.copyOf(offsets);
        weights = List.copyOf(weights);
        error = List.copyOf(error);
        exactWeights = exactWeights == null ? null : List.copyOf(exactWeights);
    }
}
