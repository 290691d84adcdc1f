package org.stencilforge.stencil;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Reads operators as users type them: sums of partial derivatives with rational
 * coefficients.
 *
 * <pre>
 *   operator := ['+'|'-'] term (('+'|'-') term)*
 *   term     := [number ['*']] atom     (number: integer, p/q or decimal)
 *   atom     := 'D' axes          e.g. Dxx, Dxy, Dxxyy  (axes x, y, z, w)
 *             | 'D[' n,n,... ']'  e.g. D[2,0,1]         (any dimension)
 *             | 'laplacian' | 'biharmonic'
 * </pre>
 * Examples: {@code Dxx + Dyy}, {@code Dxxxy}, {@code 2 Dxy - 1/2 Dxx},
 * {@code laplacian}. A message about bad text names the character where
 * reading stopped.
 */
public final class OperatorParser {

    private static final String AXES = "xyzw";

    /** The most dimensions an operator may have: past it, the count of error terms explodes. */
    public static final int MAX_DIMENSION = 12;

    private final String text;
    private final boolean given;
    private int pos;
    private int dimension;
    private boolean bracketSeen;

    private OperatorParser(String text, int dimension) {
        this.text = text;
        this.given = dimension > 0;
        this.dimension = dimension;
    }

    /**
     * @param text the operator
     * @param dimension the dimension if known (from {@code --dimension} or the
     *     offsets), or 0 to take it from the axes the text uses
     * @return the operator
     * @throws StencilforgeException naming the place where the text stops making sense, or if
     *     the dimension is past {@link #MAX_DIMENSION}
     */
    public static DifferentialOperator parse(String text, int dimension) {
        if (dimension > MAX_DIMENSION) {
            throw new StencilforgeException("operators have at most " + MAX_DIMENSION + " dimensions, not "
                    + dimension);
        }
        return new OperatorParser(text, dimension).operator();
    }

    private DifferentialOperator operator() {
        // terms are read first and given their dimension after, when every axis used is known
        List<IntFunction<List<DifferentialOperator.Term>>> terms = new ArrayList<>();
        skipBlanks();
        boolean negative = false;
        if (peek() == '+' || peek() == '-') {
            negative = next() == '-';
        }
        while (true) {
            skipBlanks();
            terms.add(term(negative));
            skipBlanks();
            if (pos == text.length()) {
                break;
            }
            char c = next();
            if (c != '+' && c != '-') {
                throw error(pos - 1, "expected + or - between terms");
            }
            negative = c == '-';
        }
        if (dimension == 0) {
            throw new StencilforgeException("operator " + RationalParser.quote(text) + " does not say its dimension;"
                    + " give --dimension d (or offsets, which imply it)");
        }
        List<DifferentialOperator.Term> all = new ArrayList<>();
        terms.forEach(t -> all.addAll(t.apply(dimension)));
        return new DifferentialOperator(dimension, all);
    }

    private IntFunction<List<DifferentialOperator.Term>> term(boolean negative) {
        Rational coefficient = Rational.ONE;
        int start = pos;
        while (pos < text.length() && "0123456789./".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos > start) {
            try {
                coefficient = RationalParser.parse(text.substring(start, pos));
            } catch (StencilforgeException e) {
                throw error(start, "the coefficient is not a number (" + e.getMessage() + ")");
            }
            skipBlanks();
            if (peek() == '*') {
                pos++;
                skipBlanks();
            }
        }
        Rational c = negative ? coefficient.negate() : coefficient;
        int atom = pos;
        if (text.startsWith("laplacian", pos) || text.startsWith("biharmonic", pos)) {
            boolean laplacian = text.startsWith("laplacian", pos);
            pos += laplacian ? "laplacian".length() : "biharmonic".length();
            return d -> scaled(laplacian ? DifferentialOperator.laplacian(d) : DifferentialOperator.biharmonic(d), c);
        }
        if (peek() != 'D') {
            throw error(atom, "expected a derivative such as Dxx, D[2,0] or laplacian");
        }
        pos++;
        if (peek() == '[') {
            int[] alpha = bracketed();
            require(alpha.length, atom);
            MultiIndex index = MultiIndex.of(alpha);
            return d -> List.of(new DifferentialOperator.Term(index, c));
        }
        int[] counts = new int[AXES.length()];
        int axes = 0;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            int axis = AXES.indexOf(text.charAt(pos));
            if (axis < 0) {
                throw error(pos, "'" + text.charAt(pos) + "' is not an axis; write D followed by x, y, z or w"
                        + " (e.g. Dxx + Dyy), or D[2,0] in any dimension");
            }
            counts[axis]++;
            axes = Math.max(axes, axis + 1);
            pos++;
        }
        if (axes == 0) {
            throw error(pos, "D needs axes, e.g. Dxx or Dxy, or a multi-index such as D[1,1]");
        }
        if ((given || bracketSeen) && axes > dimension) {
            throw error(pos - 1, "axis '" + AXES.charAt(axes - 1) + "' does not exist in " + dimension + " dimensions");
        }
        dimension = Math.max(dimension, axes);
        int used = axes;
        return d -> {
            int[] alpha = new int[d];
            System.arraycopy(counts, 0, alpha, 0, used);
            return List.of(new DifferentialOperator.Term(MultiIndex.of(alpha), c));
        };
    }

    private static List<DifferentialOperator.Term> scaled(DifferentialOperator op, Rational c) {
        return op.terms().stream().map(t -> new DifferentialOperator.Term(t.derivative(), t.coefficient().multiply(c)))
                .toList();
    }

    private int[] bracketed() {
        int open = pos++;
        int close = text.indexOf(']', pos);
        if (close < 0) {
            throw error(open, "the multi-index has no closing ]");
        }
        String[] parts = text.substring(pos, close).split(",", -1);
        if (parts.length > MAX_DIMENSION) {
            throw error(open, "this multi-index has " + parts.length + " axes, and operators have at most "
                    + MAX_DIMENSION + " dimensions");
        }
        int[] alpha = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                alpha[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw error(pos, "a multi-index is a list of orders such as [2,0,1]");
            }
            if (alpha[i] < 0 || alpha[i] > 1000) {
                throw error(pos, "orders in a multi-index must be between 0 and 1000");
            }
        }
        pos = close + 1;
        return alpha;
    }

    /** A multi-index fixes the dimension; every other part of the operator must agree. */
    private void require(int length, int at) {
        if ((given || bracketSeen) && dimension != length) {
            throw error(at, "this multi-index has " + length + " axes but the operator has " + dimension);
        }
        if (!given && dimension > length) {
            throw error(at, "this multi-index has " + length + " axes but the operator uses " + dimension);
        }
        dimension = length;
        bracketSeen = true;
    }

    private void skipBlanks() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() {
        return text.charAt(pos++);
    }

    private StencilforgeException error(int at, String what) {
        return new StencilforgeException("operator " + RationalParser.quote(text) + ": at character " + (at + 1)
                + ", " + what);
    }
}
