package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * A whole 1-D operator on inputs of any length {@code n >= minLength}, as
 * generated code applies it: {@code n + extra} rows (square when {@code extra}
 * is 0; staggered and convolution operators otherwise), explicit rows at the
 * top (absolute columns), one interior band repeated (columns relative to the
 * row index), explicit rows at the bottom (columns relative to {@code n}), and
 * for a periodic operator every column taken modulo {@code n}. The operator is
 * {@code h^(-m)} times these weights. Immutable.
 *
 * @param derivative the derivative order {@code m}
 * @param top rows {@code 0 .. top.size()-1}, absolute columns
 * @param interior every other row {@code i}, columns relative to {@code i}
 * @param bottom the last rows, columns relative to {@code n}
 * @param extra the number of rows minus the number of columns {@code n}
 * @param periodic whether columns wrap around modulo {@code n}
 * @param minLength the shortest input the description holds for
 */
public record LineOperator(int derivative, List<BandRow> top, BandRow interior, List<BandRow> bottom, int extra,
        boolean periodic, int minLength) {

    /** The largest grid on which {@link #of(IntFunction, int)} looks for the repeated interior band. */
    public static final int MAX_PROBE = 4096;

    /** Copies the lists, so that the operator cannot change. */
    public LineOperator {
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
    }

    /**
     * The circulant operator of a stencil: every row the band, columns modulo {@code n}.
     *
     * @param derivative {@code m}
     * @param band the stencil, columns relative to the row, consecutive
     * @return the operator on {@code n >=} the band's width
     */
    public static LineOperator periodic(int derivative, BandRow band) {
        return new LineOperator(derivative, List.of(), band, List.of(), 0, true, band.weights().size());
    }

    /**
     * @param n the input length, at least {@link #minLength}
     * @return the exact {@code (n + extra)×n} matrix (times {@code h^(-m)})
     */
    public DifferentiationMatrix matrix(int n) {
        org.stencilforge.Checks.require(n >= minLength, n + " points are too few for this operator: it needs at least "
                + minLength);
        int count = n + extra;
        List<BandRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BandRow r = i < top.size() ? top.get(i)
                    : i >= count - bottom.size() ? bottom.get(i - (count - bottom.size())).shifted(n)
                    : interior.shifted(i);
            if (periodic) {
                Rational[] dense = new Rational[n];
                java.util.Arrays.fill(dense, Rational.ZERO);
                for (int j = r.first(); j < r.end(); j++) {
                    int k = Math.floorMod(j, n);
                    dense[k] = dense[k].add(r.at(j));
                }
                r = new BandRow(0, List.of(dense));
            }
            rows.add(r);
        }
        return new DifferentiationMatrix(derivative, rows, n, List.of(), false, false);
    }

    /** @return the adjoint of a periodic operator: the flipped band, still periodic */
    public LineOperator periodicTranspose() {
        List<Rational> flipped = new ArrayList<>(interior.weights());
        java.util.Collections.reverse(flipped);
        return new LineOperator(derivative, List.of(), new BandRow(-(interior.end() - 1), flipped), List.of(), 0,
                true, minLength);
    }

    /**
     * Reads the band structure off a family of exact matrices, one for every input length: the
     * middle row of a probe grid gives the interior band, the rows at each end that differ from
     * it are the closures. The description is accepted once it reproduces the family on two
     * larger grids; its shortest input is the smallest length, counting down from the probe, on
     * which the family is built and equals the description row by row.
     *
     * @param family the exact matrix for each input length (throwing {@link StencilforgeException} where it cannot be built)
     * @param start a first probe length (held between 8 and 64, so that a large grid costs no more)
     * @return the description
     * @throws StencilforgeException if no probe up to {@link #MAX_PROBE} gives a description
     */
    public static LineOperator of(IntFunction<DifferentiationMatrix> family, int start) {
        for (int n = Math.max(8, Math.min(start, 64)); n <= MAX_PROBE; n *= 2) {
            DifferentiationMatrix d = build(family, n);
            if (d == null) {
                continue;
            }
            LineOperator op = read(d, n);
            if (op != null && op.matches(family, n + 1) && op.matches(family, n + 7)) {
                int min = n;
                while (min > 1 && op.matches(family, min - 1)) {
                    min--;
                }
                return new LineOperator(op.derivative, op.top, op.interior, op.bottom, op.extra, false, min);
            }
        }
        throw new StencilforgeException("this operator has no repeated interior band on grids up to " + MAX_PROBE
                + " points, so no code can be generated for it; use --format text, csv or json");
    }

    private static DifferentiationMatrix build(IntFunction<DifferentiationMatrix> family, int n) {
        try {
            return family.apply(n);
        } catch (StencilforgeException e) {
            return null;
        }
    }

    private boolean matches(IntFunction<DifferentiationMatrix> family, int n) {
        if (n + extra < top.size() + bottom.size() || n + extra < 1) {
            return false;
        }
        DifferentiationMatrix d = build(family, n);
        if (d == null || d.size() != n + extra || d.columns() != n) {
            return false;
        }
        DifferentiationMatrix mine = new LineOperator(derivative, top, interior, bottom, extra, false, 0).matrix(n);
        for (int i = 0; i < d.size(); i++) {
            BandRow r = mine.rows().get(i);
            if (r.first() < 0 || r.end() > n || !same(d.rows().get(i), r)) {
                return false;
            }
        }
        return true;
    }

    private static LineOperator read(DifferentiationMatrix d, int n) {
        int count = d.size();
        if (count < 3) {
            return null;
        }
        int mid = count / 2;
        BandRow band = trim(d.rows().get(mid)).shifted(-mid);
        int top = mid;
        while (top > 0 && same(d.rows().get(top - 1), band.shifted(top - 1))) {
            top--;
        }
        int end = mid + 1;
        while (end < count && same(d.rows().get(end), band.shifted(end))) {
            end++;
        }
        List<BandRow> topRows = d.rows().subList(0, top).stream().map(LineOperator::trim).toList();
        List<BandRow> bottomRows = d.rows().subList(end, count).stream().map(r -> trim(r).shifted(-n)).toList();
        return new LineOperator(d.derivative(), topRows, band, bottomRows, count - n, false, 0);
    }

    /** Whether two rows hold the same entries, wherever their bands start. */
    private static boolean same(BandRow a, BandRow b) {
        int lo = Math.min(a.first(), b.first());
        int hi = Math.max(a.end(), b.end());
        for (int j = lo; j < hi; j++) {
            if (!a.at(j).equals(b.at(j))) {
                return false;
            }
        }
        return true;
    }

    /** The row without zero weights at its ends (an all-zero row keeps no weights). */
    private static BandRow trim(BandRow r) {
        int a = 0;
        int b = r.weights().size();
        while (a < b && r.weights().get(a).isZero()) {
            a++;
        }
        while (b > a && r.weights().get(b - 1).isZero()) {
            b--;
        }
        return a == b ? new BandRow(r.first(), List.of()) : new BandRow(r.first() + a, r.weights().subList(a, b));
    }
}
