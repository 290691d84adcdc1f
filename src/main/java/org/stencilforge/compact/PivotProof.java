package org.stencilforge.compact;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.arithmetic.Rational;

/**
 * A proof that the band LU of {@code P A} without pivoting ({@link EliminationOrder}) divides by no zero on
 * every grid from some length on, so that generated code, which takes any {@code n >= MIN_LENGTH}, is sound
 * past the grids checked one by one. Rigorous interval arithmetic with rational endpoints, each result
 * rounded outward to a multiple of {@code 2^-96}; no {@code double}.
 *
 * <p>The state after a row is the last {@code lower} rows of {@code U}, each divided by its pivot. The
 * interior rows map a state to the next by one fixed map {@code F}. (1) From the exact first rows the
 * state is followed, as intervals, through 40 interior rows (100, 300 if the rest fails); every pivot's interval excludes
 * 0. (2) A box {@code S} of half-width {@code 2^-30} around the state reached is mapped by {@code F} until
 * {@code F^j(S)} lies inside {@code S}, within {@value #MAX_PERIOD} steps, every pivot excluding 0: then
 * every later state lies in the hull {@code H} of {@code S, F(S), ..., F^(j-1)(S)}. (3) The bottom rows,
 * eliminated from any state of {@code H}, have pivots excluding 0. So on every grid with more than
 * that many interior rows before the bottom rows, no pivot is zero; shorter grids are checked exactly
 * ({@link CompactOperator#solvable}). Where a step fails (a pivot's interval holds 0, or {@code F} does not
 * map the box into itself) nothing is proved and the caller says so.
 */
final class PivotProof {

    /** How many interior rows the state is followed before the box is tried: the first that succeeds. */
    static final int[] ENTRIES = {40, 100, 300};
    /** The most applications of {@code F} that may take the box into itself. */
    static final int MAX_PERIOD = 64;
    private static final int BITS = 96;
    private static final BigInteger SCALE = BigInteger.ONE.shiftLeft(BITS);
    /** Where bottom rows are placed: far enough that no row before them is a bottom row. */
    private static final int FAR = 1 << 24;

    private PivotProof() {
    }

    /** A closed interval, endpoints multiples of {@code 2^-96} (or exact inputs). */
    private record Interval(Rational lo, Rational hi) {

        static Interval of(Rational x) {
            return new Interval(x, x);
        }

        Interval add(Interval o) {
            return rounded(lo.add(o.lo), hi.add(o.hi));
        }

        Interval subtract(Interval o) {
            return rounded(lo.subtract(o.hi), hi.subtract(o.lo));
        }

        Interval multiply(Interval o) {
            Rational a = lo.multiply(o.lo);
            Rational b = lo.multiply(o.hi);
            Rational c = hi.multiply(o.lo);
            Rational d = hi.multiply(o.hi);
            return rounded(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)));
        }

        /** @return the quotient, or null if {@code o} holds 0 */
        Interval divide(Interval o) {
            if (o.holdsZero()) {
                return null;
            }
            Rational a = lo.divide(o.lo);
            Rational b = lo.divide(o.hi);
            Rational c = hi.divide(o.lo);
            Rational d = hi.divide(o.hi);
            return rounded(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)));
        }

        boolean holdsZero() {
            return lo.signum() <= 0 && hi.signum() >= 0;
        }

        boolean within(Interval o) {
            return lo.compareTo(o.lo) >= 0 && hi.compareTo(o.hi) <= 0;
        }

        Interval hull(Interval o) {
            return new Interval(min(lo, o.lo), max(hi, o.hi));
        }

        Interval widened(Rational e) {
            return rounded(lo.subtract(e), hi.add(e));
        }

        private static Interval rounded(Rational lo, Rational hi) {
            return new Interval(round(lo, false), round(hi, true));
        }

        /** The multiple of {@code 2^-BITS} below (or, {@code up}, above) {@code x}. */
        private static Rational round(Rational x, boolean up) {
            if (x.denominator().bitLength() <= BITS + 1) {
                return x;
            }
            BigInteger[] qr = x.numerator().shiftLeft(BITS).divideAndRemainder(x.denominator());
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && (qr[1].signum() > 0) == up) {
                q = q.add(BigInteger.valueOf(up ? 1 : -1));
            }
            return Rational.of(q, SCALE);
        }

        private static Rational min(Rational a, Rational b) {
            return a.compareTo(b) <= 0 ? a : b;
        }

        private static Rational max(Rational a, Rational b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    /**
     * @param op a compact operator with closures
     * @param order its elimination order
     * @return the length from which every grid is proved to factor; empty if the proof fails
     */
    static OptionalInt from(CompactOperator op, EliminationOrder order) {
        if (op.periodic()) {
            return OptionalInt.empty();
        }
        for (int entry : ENTRIES) {
            OptionalInt n = from(op, order, entry);
            if (n.isPresent()) {
                return n;
            }
        }
        return OptionalInt.empty();
    }

    /** {@link #from(CompactOperator, EliminationOrder)} with the box tried after {@code entry} interior rows. */
    private static OptionalInt from(CompactOperator op, EliminationOrder order, int entry) {
        int lower = order.lower();
        int upper = order.upper();
        Deque<Interval[]> state = new ArrayDeque<>(); // the last rows of U / pivot, most recent first
        int start = Math.max(order.rows().size(), op.top().size());
        int position = 0;
        for (; position < start + entry; position++) {
            if (!step(state, row(op, order, position, FAR), lower, upper)) {
                return OptionalInt.empty();
            }
        }
        Rational e = Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(30));
        List<Interval[]> box = new ArrayList<>();
        for (Interval[] u : state) {
            Interval[] w = new Interval[u.length];
            for (int t = 0; t < u.length; t++) {
                w[t] = u[t].widened(e);
            }
            box.add(w);
        }
        Deque<Interval[]> image = copy(box);
        List<Interval[]> hull = new ArrayList<>(copy(box));
        boolean inside = false;
        for (int j = 1; j <= MAX_PERIOD && !inside; j++) {
            if (!step(image, row(op, order, FAR / 2, FAR), lower, upper)) {
                return OptionalInt.empty();
            }
            inside = within(image, box);
            if (!inside) {
                hull = hull(hull, image);
            }
        }
        if (!inside) {
            return OptionalInt.empty();
        }
        Deque<Interval[]> bottom = copy(hull);
        int b = op.bottom().size();
        for (int t = 0; t < b; t++) {
            int at = FAR - b + t;
            if (!step(bottom, row(op, order, at, FAR), lower, upper)) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(position + b + 1);
    }

    /** The band row of {@code P A} at a position, {@code k = -lower .. upper}, as point intervals. */
    private static Interval[] row(CompactOperator op, EliminationOrder order, int position, int n) {
        Interval[] r = new Interval[order.lower() + order.upper() + 1];
        for (int k = -order.lower(); k <= order.upper(); k++) {
            r[k + order.lower()] = Interval.of(op.entry(order, position, k, n));
        }
        return r;
    }

    /** Eliminates one row against the state and pushes its row of {@code U} / pivot; false if a pivot may be 0. */
    private static boolean step(Deque<Interval[]> state, Interval[] r, int lower, int upper) {
        List<Interval[]> previous = new ArrayList<>(state); // index j - 1: row i - j
        for (int j = lower; j >= 1; j--) {
            if (j > previous.size()) {
                continue;
            }
            Interval[] u = previous.get(j - 1);
            Interval l = r[lower - j];
            for (int t = 1; t <= upper; t++) {
                r[lower - j + t] = r[lower - j + t].subtract(l.multiply(u[t - 1]));
            }
        }
        Interval pivot = r[lower];
        if (pivot.holdsZero()) {
            return false;
        }
        Interval[] u = new Interval[upper];
        for (int t = 1; t <= upper; t++) {
            u[t - 1] = r[lower + t].divide(pivot);
        }
        state.addFirst(u);
        while (state.size() > lower) {
            state.removeLast();
        }
        return true;
    }

    private static Deque<Interval[]> copy(java.util.Collection<Interval[]> rows) {
        Deque<Interval[]> out = new ArrayDeque<>();
        for (Interval[] u : rows) {
            out.addLast(u.clone());
        }
        return out;
    }

    private static boolean within(java.util.Collection<Interval[]> a, List<Interval[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        int i = 0;
        for (Interval[] u : a) {
            for (int t = 0; t < u.length; t++) {
                if (!u[t].within(b.get(i)[t])) {
                    return false;
                }
            }
            i++;
        }
        return true;
    }

    private static List<Interval[]> hull(List<Interval[]> a, java.util.Collection<Interval[]> b) {
        List<Interval[]> out = new ArrayList<>();
        int i = 0;
        for (Interval[] u : b) {
            Interval[] h = new Interval[u.length];
            for (int t = 0; t < u.length; t++) {
                h[t] = a.get(i)[t].hull(u[t]);
            }
            out.add(h);
            i++;
        }
        return out;
    }
}
