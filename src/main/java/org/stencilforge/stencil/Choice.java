package org.stencilforge.stencil;

/**
 * How a multidimensional stencil was chosen, when its offsets allow more than
 * one set of weights of the best order. A derivation lists the steps it took.
 */
public enum Choice {
    /** Products of 1-D stencils per axis, summed over the operator's terms. */
    TENSOR_PRODUCT("tensor product of 1-D stencils"),
    /** The Taylor conditions of the reachable degree fix the weights. */
    UNIQUE("the only solution"),
    /** Free weights set so that the leading error is a multiple of a power of the Laplacian. */
    ISOTROPIC("isotropic leading error"),
    /**
     * With a spacing per axis, free weights set so that the leading error is a multiple of the operator,
     * {@code c (Σ_a h_a² ∂_a²)^j L} (Collatz's Mehrstellen rule; isotropic when the spacings are equal).
     */
    MEHRSTELLEN("leading error a multiple of the operator (Mehrstellen)"),
    /** Free weights set so that the stencil is exact on further monomials, in the order of MultiIndex. */
    MONOMIALS("exact on further monomials"),
    /** The remaining freedom taken by the weights of least Euclidean norm. */
    MINIMUM_NORM("minimum norm");

    private final String description;

    Choice(String description) {
        this.description = description;
    }

    /** @return the step in words, e.g. {@code isotropic leading error} */
    public String description() {
        return description;
    }
}
