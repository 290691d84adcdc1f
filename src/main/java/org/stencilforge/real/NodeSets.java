package org.stencilforge.real;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * Named node sets on {@code [-1, 1]}, in ascending order, optionally mapped
 * affinely to {@code [a, b]}:
 * <ul>
 * <li>{@code chebyshev-lobatto:N}: {@code cos(jπ/(N-1))}, {@code j = 0..N-1}, written
 *     {@code sin((2k-N+1)π/(2N-2))} so that the set is exactly symmetric (and 0 exact for odd N);</li>
 * <li>{@code chebyshev-gauss:N}: {@code cos((2j+1)π/(2N))}, written {@code sin((2k+1-N)π/(2N))};</li>
 * <li>{@code legendre-gauss:N}: the roots of the Legendre polynomial {@code P_N};</li>
 * <li>{@code legendre-lobatto:N}: {@code ±1} and the roots of {@code P'_{N-1}}.</li>
 * </ul>
 * Legendre roots are found by {@link LegendreRoots} and each is proved by a sign change.
 */
public final class NodeSets {

    /** The names of the sets. */
    public static final List<String> NAMES = List.of("chebyshev-lobatto", "chebyshev-gauss", "legendre-gauss",
            "legendre-lobatto");

    private NodeSets() {
    }

    /** @return whether {@code text} names a node set ({@code name:N}) */
    public static boolean isNamed(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return NAMES.stream().anyMatch(n -> t.startsWith(n + ":")) || t.matches("[a-z]+-[a-z]+:.*");
    }

    /**
     * @param text {@code name:N}
     * @param interval the interval {@code [a, b]} to map to, or {@code null} for {@code [-1, 1]}
     * @param maxNodes the most nodes allowed
     * @return the nodes, ascending
     * @throws StencilforgeException for an unknown name, a bad N or an empty interval
     */
    public static List<Real> parse(String text, List<Expression> interval, int maxNodes) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String name = t.substring(0, colon);
        if (!NAMES.contains(name)) {
            throw new StencilforgeException("--nodes: unknown node set '" + (name.length() > 30 ? name.substring(0, 30) : name)
                    + "'; known: " + String.join(", ", NAMES) + " (as name:N)");
        }
        int n;
        try {
            n = Integer.parseInt(t.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw new StencilforgeException("--nodes: " + name + ":N needs a whole number of nodes N");
        }
        int least = name.endsWith("lobatto") ? 2 : 1;
        if (n < least || n > maxNodes) {
            throw new StencilforgeException("--nodes: " + name + " needs " + least + " to " + maxNodes + " nodes, not " + n
                    + (n > maxNodes ? " (raise the limit with --max-nodes)" : ""));
        }
        List<Real> nodes = new ArrayList<>(n);
        switch (name) {
            case "chebyshev-lobatto" -> {
                for (int k = 0; k < n; k++) {
                    nodes.add(sine(2L * k - n + 1, 2L * n - 2));
                }
            }
            case "chebyshev-gauss" -> {
                for (int k = 0; k < n; k++) {
                    nodes.add(sine(2L * k + 1 - n, 2L * n));
                }
            }
            case "legendre-gauss" -> {
                LegendreRoots roots = LegendreRoots.gauss(n);
                for (int k = 0; k < n; k++) {
                    nodes.add(roots.node(k));
                }
            }
            default -> {
                LegendreRoots roots = LegendreRoots.lobatto(n);
                for (int k = 0; k < n; k++) {
                    nodes.add(roots.node(k));
                }
            }
        }
        if (interval == null) {
            return nodes;
        }
        Real a = interval.get(0);
        Real b = interval.get(1);
        return nodes.stream().map(x -> (Real) new Mapped(x, a, b)).toList();
    }

    /** @return {@code sin(kπ/d)} for {@code |k| <= d/2}: exactly 0, ±1 where it is */
    private static Real sine(long k, long d) {
        if (k == 0) {
            return Real.of(Rational.ZERO);
        }
        if (2 * k == d || 2 * k == -d) {
            return Real.of(Rational.of(Long.signum(k)));
        }
        return new Expression.Call("sin", new Expression.Binary('*', new Expression.Number(Rational.of(k, d)),
                new Expression.Pi()));
    }

    /** {@code a + (b - a)(x + 1)/2}: a node of {@code [-1, 1]} moved to {@code [a, b]}. */
    record Mapped(Real x, Real a, Real b) implements Real {
        @Override
        public Ball at(int digits) {
            Ball lo = a.at(digits);
            Ball half = b.at(digits).subtract(lo, digits).divide(Ball.of(2), digits);
            return lo.add(half.multiply(x.at(digits).add(Ball.ONE, digits), digits), digits);
        }

        @Override
        public Rational exact() {
            Rational u = x.exact();
            Rational l = a.exact();
            Rational h = b.exact();
            return u == null || l == null || h == null ? null
                    : l.add(h.subtract(l).multiply(u.add(Rational.ONE)).divide(Rational.of(2)));
        }

        @Override
        public String text() {
            return "map(" + x.text() + ")";
        }
    }
}
