package org.stencilforge.symbolic;

/**
 * An equation between the symbols, {@code left = right}: a linear factor
 * solved for its first symbol ({@code h1 = h2}, {@code h1 = -h2},
 * {@code h2 = 0}), or a factor that is not linear set to zero
 * ({@code h1^2 + h2^2 = 0}).
 *
 * @param left the left side
 * @param right the right side
 */
public record Relation(Expr left, Expr right) {

    /** @return {@code h1 = h2} */
    public String text() {
        return left.text() + " = " + right.text();
    }

    /** @return {@code h_{1} = h_{2}} */
    public String latex() {
        return left.latex() + " = " + right.latex();
    }
}
