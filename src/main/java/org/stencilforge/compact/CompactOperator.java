package org.stencilforge.compact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;

/**
 * A compact scheme on a whole grid line: the interior scheme and, unless periodic, the closure
 * schemes of the first and last rows, each a {@link CompactScheme} whose offsets stay on the grid.
 * Immutable.
 *
 * <p>The closure rule ({@link #closed}): the top rows are those whose interior stencils would reach
 * below the first point, {@code t = max(-min left, -min right)} of them; row {@code 0} is the
 * one-sided scheme with left offsets {@code 0, 1} (just {@code 0} if the interior is explicit) and
 * right offsets {@code 0 .. q-1}, {@code q} chosen so that it has the stated order (Lele 1992,
 * section 4.1: order 3 gives {@code f'_0 + 2 f'_1 = (-5/2 f_0 + 2 f_1 + 1/2 f_2)/h}); a row
 * {@code 0 < i < t} is the symmetric scheme of the interior's left offsets with {@code |k| <= i}
 * and right offsets {@code -i .. i} (for Lele's tridiagonal sixth order, row 1 is the fourth-order
 * Padé scheme). The bottom rows are the mirror images, derived the same way with offsets negated.
 *
 * @param interior the scheme of every interior row
 * @param top the schemes of rows {@code 0, 1, ...}, offsets relative to their row; empty when periodic
 * @param bottom the schemes of rows {@code n-1, n-2, ...}, offsets relative to their row; empty when periodic
 * @param periodic whether columns wrap around instead
 */
public record CompactOperator(CompactScheme interior, List<CompactScheme> top, List<CompactScheme> bottom,
        boolean periodic) {

    /** The default order of the one-sided closure of the first and last rows. */
    public static final int DEFAULT_BOUNDARY_ORDER = 3;
    /** The largest closure order accepted. */
    public static final int MAX_BOUNDARY_ORDER = 16;

    /** Copies the lists. */
    public CompactOperator {
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
    }

    /**
     * @param interior a compact scheme
     * @return the scheme on a periodic grid
     */
    public static CompactOperator periodic(CompactScheme interior) {
        return new CompactOperator(interior, List.of(), List.of(), true);
    }

    /**
     * @param interior a compact scheme
     * @param boundaryOrder the order of the one-sided closure of the first and last rows, 1 to
     *     {@value #MAX_BOUNDARY_ORDER}
     * @param maxPoints the most offsets on either side of a closure
     * @return the scheme with closures by the rule of this class
     * @throws org.stencilforge.StencilforgeException if a closure cannot reach the order
     */
    public static CompactOperator closed(CompactScheme interior, int boundaryOrder, int maxPoints) {
        Checks.require(boundaryOrder >= 1 && boundaryOrder <= MAX_BOUNDARY_ORDER, "--boundary-accuracy must be 1"
                + " to " + MAX_BOUNDARY_ORDER + ", not " + boundaryOrder);
        List<Integer> l = interior.leftOffsets();
        List<Integer> r = interior.rightOffsets();
        int t = Math.max(0, Math.max(-l.get(0), -r.get(0)));
        int b = Math.max(0, Math.max(l.get(l.size() - 1), r.get(r.size() - 1)));
        List<Integer> mirrored = l.stream().map(k -> -k).sorted().toList();
        return new CompactOperator(interior, side(interior, l, t, 1, boundaryOrder, maxPoints),
                side(interior, mirrored, b, -1, boundaryOrder, maxPoints), false);
    }

    /** The closure rows of one end; {@code sign} -1 mirrors the offsets for the last rows. */
    private static List<CompactScheme> side(CompactScheme interior, List<Integer> left, int rows, int sign,
            int order, int maxPoints) {
        int m = interior.derivative();
        List<CompactScheme> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<Integer> lo = new ArrayList<>();
            List<Integer> ro = new ArrayList<>();
            if (i == 0) {
                lo.add(0);
                if (left.stream().anyMatch(k -> k > 0)) {
                    lo.add(sign);
                }
                int q = order + m - (lo.size() - 1);
                for (int j = 0; j < q; j++) {
                    ro.add(sign * j);
                }
            } else {
                for (int k : interior.leftOffsets()) {
                    if (Math.abs(k) <= i) {
                        lo.add(k);
                    }
                }
                for (int j = -i; j <= i; j++) {
                    ro.add(j);
                }
            }
            CompactScheme s = CompactSchemes.derive(m, lo, ro, Map.of(), 1, maxPoints);
            OptionalInt p = s.order();
            Checks.require(i > 0 || p.isEmpty() || p.getAsInt() >= order, "the one-sided closure with left offsets "
                    + lo + " and right offsets " + ro + " reaches order " + (p.isPresent() ? p.getAsInt() : 0)
                    + ", not " + order + ": ask for another --boundary-accuracy");
            out.add(s);
        }
        return out;
    }

    /** @return {@code m} */
    public int derivative() {
        return interior.derivative();
    }

    /** @return the smallest grid the operator holds on: every stencil on the grid, the end rows apart */
    public int minLength() {
        int n = Math.max(span(interior.leftOffsets()), span(interior.rightOffsets())) + 1;
        n = Math.max(n, top.size() + bottom.size() + 1);
        for (int i = 0; i < top.size(); i++) {
            n = Math.max(n, i + reach(top.get(i)) + 1);
        }
        for (int i = 0; i < bottom.size(); i++) {
            n = Math.max(n, i + reach(bottom.get(i)) + 1);
        }
        return n;
    }

    private static int span(List<Integer> offsets) {
        return offsets.get(offsets.size() - 1) - offsets.get(0);
    }

    /** How far a closure row's stencils reach into the grid from its row. */
    private static int reach(CompactScheme s) {
        int r = 0;
        for (List<Integer> o : List.of(s.leftOffsets(), s.rightOffsets())) {
            r = Math.max(r, Math.max(Math.abs(o.get(0)), Math.abs(o.get(o.size() - 1))));
        }
        return r;
    }

    /**
     * @param row 0 to {@code n - 1}
     * @param n the grid size, at least {@link #minLength()}
     * @return the scheme of that row, its offsets relative to the row
     */
    public CompactScheme scheme(int row, int n) {
        if (row < top.size()) {
            return top.get(row);
        }
        if (n - 1 - row < bottom.size()) {
            return bottom.get(n - 1 - row);
        }
        return interior;
    }

    /** The most exact operations {@link #solvable} spends on one grid ({@code n · lower · upper}). */
    public static final long MAX_CHECK_WORK = 20_000_000L;

    /**
     * Whether generated code can solve the system on {@code n} points: the band LU without pivoting of
     * {@code P A}, its rows in the {@link EliminationOrder} (of {@code A} without its wrapped corners when
     * periodic), has non-zero pivots, and, when
     * periodic, the circulant {@code A} is non-singular: its eigenvalues are {@code a(ω^j)} for the
     * {@code n}-th roots of unity {@code ω^j} and {@code a(z) = Σ_k α_k z^(k + lower)}, so it is
     * non-singular exactly when {@code gcd(a(z), z^n - 1) = 1}. Exact, in {@code O(n · lower · upper)}
     * operations for the band and {@code O(n · (lower + upper))} for the gcd.
     *
     * @param n a grid size, at least {@link #minLength()}
     * @return whether it can
     * @throws org.stencilforge.StencilforgeException past {@link #MAX_CHECK_WORK}
     */
    public boolean solvable(int n) {
        return solvable(n, EliminationOrder.of(this));
    }

    /** {@link #solvable(int)} with the order already found. */
    private boolean solvable(int n, EliminationOrder order) {
        int lower = order.lower();
        int upper = order.upper();
        Checks.require((long) n * Math.max(1, lower) * Math.max(1, upper) <= MAX_CHECK_WORK, "checking that A"
                + " can be factored on " + n + " points with a band of " + lower + " + " + upper + " diagonals is"
                + " past the limit of " + MAX_CHECK_WORK + " operations: use a narrower --left or fewer points");
        if (!periodic && n < order.rows().size() + bottom.size()) {
            return false; // the reordered first rows would meet the last ones
        }
        if (!pivotsNonZeroModP(n, order)) {
            return exactPivotsNonZero(n, order) && (!periodic || coprimeToUnity(interior, lower, upper, n));
        }
        return !periodic || coprimeToUnity(interior, lower, upper, n);
    }

    /** {@code (P A)(i, i + k)}: the entry of the row at position {@code i}; zero off the grid (corners dropped). */
    Rational entry(EliminationOrder order, int i, int k, int n) {
        int r = order.row(i);
        int c = i + k;
        return c >= 0 && c < n ? scheme(r, n).alpha(c - r) : Rational.ZERO;
    }

    /** A prime for the fast check: {@code 2^31 - 1}, so that products fit in a {@code long}. */
    private static final long P = 2147483647L;

    /**
     * The band LU modulo {@link #P}. Each pivot's product with the ones before it is a leading principal
     * minor of the band; one that is non-zero modulo {@code P} is non-zero, so {@code true} proves every
     * pivot over the rationals non-zero. {@code false} (a pivot divisible by {@code P}, or a weight whose
     * denominator is) proves nothing: the caller then decides exactly.
     */
    private boolean pivotsNonZeroModP(int n, EliminationOrder order) {
        int lower = order.lower();
        int upper = order.upper();
        int w = lower + upper + 1;
        long[][] band = new long[n][w];
        java.util.Map<Rational, Long> residues = new java.util.HashMap<>(); // each distinct weight reduced once
        java.math.BigInteger p = java.math.BigInteger.valueOf(P);
        for (int i = 0; i < n; i++) {
            for (int k = -lower; k <= upper; k++) {
                if (i + k >= 0 && i + k < n) {
                    long v = residues.computeIfAbsent(entry(order, i, k, n), a -> {
                        java.math.BigInteger d = a.denominator().mod(p);
                        return d.signum() == 0 ? -1L
                                : a.numerator().mod(p).multiply(d.modInverse(p)).mod(p).longValueExact();
                    });
                    if (v < 0) {
                        return false;
                    }
                    band[i][k + lower] = v;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            long pivot = band[i][lower];
            if (pivot == 0) {
                return false;
            }
            long inverse = inverseModP(pivot);
            for (int r = 1; r <= lower && i + r < n; r++) {
                long l = band[i + r][lower - r] * inverse % P;
                for (int t = 1; t <= upper; t++) {
                    band[i + r][lower - r + t] = Math.floorMod(band[i + r][lower - r + t] - l * band[i][lower + t] % P, P);
                }
            }
        }
        return true;
    }

    /** {@code x^(-1) mod P} for {@code 0 < x < P}, by Euclid in {@code long}s. */
    private static long inverseModP(long x) {
        long r0 = P;
        long r1 = x;
        long t0 = 0;
        long t1 = 1;
        while (r1 != 0) {
            long q = r0 / r1;
            long r = r0 - q * r1;
            r0 = r1;
            r1 = r;
            long t = t0 - q * t1;
            t0 = t1;
            t1 = t;
        }
        return Math.floorMod(t0, P);
    }

    /** The band LU in exact rationals: whether every pivot is non-zero. */
    private boolean exactPivotsNonZero(int n, EliminationOrder order) {
        int lower = order.lower();
        int upper = order.upper();
        int w = lower + upper + 1;
        Rational[][] band = new Rational[n][w]; // band[i][k + lower] = (P A)(i, i + k), corners dropped
        for (int i = 0; i < n; i++) {
            for (int k = -lower; k <= upper; k++) {
                band[i][k + lower] = entry(order, i, k, n);
            }
        }
        for (int i = 0; i < n; i++) { // LU without pivoting, within the band
            Rational pivot = band[i][lower];
            if (pivot.isZero()) {
                return false;
            }
            for (int r = 1; r <= lower && i + r < n; r++) {
                Rational l = band[i + r][lower - r].divide(pivot);
                if (l.isZero()) {
                    continue;
                }
                for (int t = 1; t <= upper; t++) {
                    band[i + r][lower - r + t] = band[i + r][lower - r + t].subtract(l.multiply(band[i][lower + t]));
                }
            }
        }
        return true;
    }

    /** Whether {@code a(z) = Σ_k α_k z^(k + lower)} and {@code z^n - 1} have no common factor, by Euclid. */
    private static boolean coprimeToUnity(CompactScheme s, int lower, int upper, int n) {
        List<Rational> alpha = new ArrayList<>();
        for (int k = -lower; k <= upper; k++) {
            alpha.add(s.alpha(k));
        }
        Polynomial a = Polynomial.of(alpha);
        return Polynomial.gcd(a, Polynomial.xPowerMod(n, a).subtract(Polynomial.ONE)).degree() == 0;
    }

    /** How many grid sizes past a candidate {@link #solvableLength()} checks when nothing is proved. */
    public static final int CHECKED_SIZES = 16;

    /**
     * @return the length from which {@link PivotProof} proves that the solver divides by no zero on every
     *     grid; empty on a periodic grid or where the proof fails
     */
    public OptionalInt provedLength() {
        return PivotProof.from(this, EliminationOrder.of(this));
    }

    /**
     * The shortest grid generated code accepts. With closures, where {@link #provedLength()} gives
     * {@code N}: the smallest {@code n >= }{@link #minLength()} such that {@link #solvable} holds exactly on
     * every grid from {@code n} to {@code N}, and so on every grid from {@code n} on. Otherwise (periodic, or
     * the proof fails): the smallest {@code n} such that {@link #solvable} holds for {@code n .. n +
     * }{@value #CHECKED_SIZES} (on longer grids the pivots of the interior rows have settled; the tests run
     * longer ones).
     *
     * @return that {@code n}
     * @throws org.stencilforge.StencilforgeException if no such {@code n} is found within 64 points past the
     *     minimum (or, proved, before {@code N})
     */
    public int solvableLength() {
        int min = minLength();
        EliminationOrder order = EliminationOrder.of(this);
        OptionalInt proved = PivotProof.from(this, order);
        if (proved.isPresent()) {
            int last = Math.max(min, proved.getAsInt());
            for (int n = last; n >= min; n--) {
                if (!solvable(n, order)) {
                    Checks.require(n < last, "the matrix A of this scheme and its closures cannot be factored in the"
                            + " solver's order on " + n + " points: choose another --boundary-accuracy or scheme");
                    return n + 1;
                }
            }
            return min;
        }
        int candidate = min;
        for (int n = min; n <= candidate + CHECKED_SIZES; n++) {
            if (!solvable(n, order)) {
                candidate = n + 1;
                Checks.require(candidate <= min + 64, "the matrix A of this scheme and its closures is singular, or"
                        + " its band cannot be factored without pivoting, on every grid of " + min + " to " + n
                        + " points: choose another --boundary-accuracy or scheme");
            }
        }
        return candidate;
    }

    /** @return the order of every closure row and then of the interior, {@code -1} for an exact row */
    public List<Integer> orders() {
        List<Integer> out = new ArrayList<>();
        for (CompactScheme s : top) {
            out.add(s.order().orElse(-1));
        }
        out.add(interior.order().orElse(-1));
        return out;
    }
}
