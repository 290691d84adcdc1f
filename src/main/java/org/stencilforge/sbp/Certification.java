package org.stencilforge.sbp;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.BandRow;
import org.stencilforge.operator.DifferentiationMatrix;

/**
 * Exact checks of SBP operators from their finished matrices alone, independent of how they were
 * derived: the norm positive definite (exact banded {@code LDL^T}), summation by parts entry by entry,
 * the second derivative's {@code M} positive semi-definite with the constants as nullspace, and the
 * order of every row. Operators from elsewhere can be checked the same way.
 */
public final class Certification {

    private Certification() {
    }

    /**
     * Checks an operator with a diagonal norm from its matrices alone, exactly.
     *
     * @param norm the diagonal of {@code H/h}, {@code N} entries
     * @param d {@code h D}, {@code N×N}
     * @return what holds: the norm positive, {@code H D + D^T H = B}, and the order of every row
     */
    public static Certificate certify(List<Rational> norm, DifferentiationMatrix d) {
        Checks.require(norm.size() == d.size(), "the norm has " + norm.size() + " entries and D has " + d.size()
                + " rows: they must agree");
        List<BandRow> rows = new ArrayList<>(norm.size());
        for (int i = 0; i < norm.size(); i++) {
            rows.add(new BandRow(i, List.of(norm.get(i))));
        }
        return certify(new DifferentiationMatrix(0, rows, List.of(), false), d);
    }

    /**
     * Checks an operator from its matrices alone, exactly: {@code H} symmetric positive definite (the
     * exact banded {@code LDL^T}, every pivot positive), {@code H D + D^T H = B} entry by entry, and
     * the order of every row.
     *
     * @param h {@code H/h}, {@code N×N}, banded
     * @param d {@code h D}, {@code N×N}
     * @return what holds
     */
    public static Certificate certify(DifferentiationMatrix h, DifferentiationMatrix d) {
        int n = d.size();
        Checks.require(h.size() == n && h.columns() == n && d.columns() == n, "the norm is " + h.size() + "×"
                + h.columns() + " and D is " + n + "×" + d.columns() + ": they must agree");
        List<java.util.TreeMap<Integer, Rational>> hd = new ArrayList<>(n); // (H D) row by row, sparse
        for (int i = 0; i < n; i++) {
            java.util.TreeMap<Integer, Rational> row = new java.util.TreeMap<>();
            BandRow hi = h.rows().get(i);
            for (int l = Math.max(0, hi.first()); l < Math.min(n, hi.end()); l++) {
                Rational w = hi.at(l);
                BandRow dl = d.rows().get(l);
                for (int j = Math.max(0, dl.first()); !w.isZero() && j < Math.min(n, dl.end()); j++) {
                    row.merge(j, w.multiply(dl.at(j)), Rational::add);
                }
            }
            hd.add(row);
        }
        int[] mismatch = null;
        boolean symmetric = true;
        for (int i = 0; i < n && mismatch == null; i++) {
            Rational b = n == 1 ? Rational.ZERO : i == 0 ? Rational.ONE.negate() : i == n - 1 ? Rational.ONE
                    : Rational.ZERO;
            if (!sbpEntry(hd, i, i).equals(b)) {
                mismatch = new int[] {i, i};
            }
            for (int j : hd.get(i).keySet()) {
                if (mismatch == null && j != i && !sbpEntry(hd, i, j).isZero()) {
                    mismatch = new int[] {Math.min(i, j), Math.max(i, j)};
                }
            }
            BandRow hi = h.rows().get(i);
            for (int j = Math.max(0, hi.first()); j < Math.min(n, hi.end()); j++) {
                symmetric &= hi.at(j).equals(h.entry(j, i));
            }
        }
        List<Rational> pivots = symmetric ? pivots(h, n) : List.of(Rational.ZERO);
        Rational smallest = pivots.stream().min(Rational::compareTo).orElse(Rational.ZERO);
        boolean definite = symmetric && pivots.size() == n && smallest.signum() > 0;
        List<Integer> orders = rowOrders(d);
        int interior = orders.get(n / 2);
        int lowest = orders.stream().mapToInt(Integer::intValue).min().orElse(0);
        return new Certificate(definite, smallest, mismatch == null, mismatch, orders, interior, lowest, null);
    }

    /**
     * {@code h M = B (h S) - diag(w) (h^2 D2)}: what {@code D2 = H^(-1) (-M + B S)} leaves for {@code M}.
     *
     * @param norm the diagonal of {@code H/h}
     * @param d {@code h^2 D2}
     * @param s {@code h S}: boundary rows 0 and {@code N-1}, zero between
     * @return {@code h M} as a band matrix (not yet known to be symmetric)
     */
    static DifferentiationMatrix curvature(List<Rational> norm, DifferentiationMatrix d, DifferentiationMatrix s) {
        int n = d.size();
        List<BandRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BandRow di = d.rows().get(i);
            BandRow si = s.rows().get(i);
            Rational sign = i == 0 ? Rational.ONE.negate() : i == n - 1 ? Rational.ONE : Rational.ZERO;
            int first = Math.max(0, Math.min(di.first(), si.weights().isEmpty() ? di.first() : si.first()));
            int end = Math.min(n, Math.max(di.end(), si.end()));
            List<Rational> m = new ArrayList<>(Math.max(0, end - first));
            for (int j = first; j < end; j++) {
                m.add(sign.multiply(si.at(j)).subtract(norm.get(i).multiply(di.at(j))));
            }
            rows.add(new BandRow(first, m));
        }
        return new DifferentiationMatrix(1, rows, List.of(), false);
    }

    /**
     * Checks a second-derivative operator {@code D2 = H^(-1) (-M + B S)} from its matrices alone, exactly:
     * the norm positive; {@code M = B S - H D2} symmetric (then
     * {@code u^T H D2 v = -u^T M v + u_(N-1) (S v)_(N-1) - u_0 (S v)_0}); {@code M} positive semi-definite
     * with the constants as its nullspace; the order of every row.
     *
     * <p>{@code M} symmetric with {@code M 1 = 0} is positive semi-definite with nullspace exactly the
     * constants if and only if its leading {@code (N-1)×(N-1)} block is positive definite (write
     * {@code x = y + x_(N-1) 1}, {@code y_(N-1) = 0}: {@code x^T M x = y^T M y}), that is when the exact
     * {@code LDL^T} factorisation of that block (no pivoting, banded) has every pivot positive.
     *
     * @param norm the diagonal of {@code H/h}, {@code N} entries
     * @param d {@code h^2 D2}, {@code N×N}
     * @param s {@code h S}
     * @return what holds
     */
    public static Certificate certify(List<Rational> norm, DifferentiationMatrix d, DifferentiationMatrix s) {
        int n = d.size();
        Checks.require(norm.size() == n && d.columns() == n && s.size() == n, "the norm has " + norm.size()
                + " entries, D2 is " + n + "×" + d.columns() + " and S has " + s.size() + " rows: they must agree");
        Rational smallest = norm.stream().min(Rational::compareTo).orElse(Rational.ZERO);
        DifferentiationMatrix m = curvature(norm, d, s);
        int[] mismatch = null;
        for (int i = 0; i < n && mismatch == null; i++) {
            BandRow row = m.rows().get(i);
            for (int j = row.first(); j < row.end() && mismatch == null; j++) {
                if (!row.at(j).equals(m.entry(j, i))) {
                    mismatch = new int[] {Math.min(i, j), Math.max(i, j)};
                }
            }
        }
        boolean sumsToZero = true;
        for (BandRow row : m.rows()) {
            sumsToZero &= row.weights().stream().reduce(Rational.ZERO, Rational::add).isZero();
        }
        int bad = mismatch == null ? firstNonPositivePivot(m, n - 1) : 0;
        List<Integer> orders = rowOrders(d);
        int interior = orders.get(n / 2);
        int lowest = orders.stream().mapToInt(Integer::intValue).min().orElse(0);
        return new Certificate(smallest.signum() > 0, smallest, mismatch == null, mismatch, orders, interior, lowest,
                new Certificate.Curvature(sumsToZero, bad, m));
    }

    /** @return the first pivot (0-based) of the exact {@code LDL^T} of {@code m}'s leading block that is not positive, or -1 */
    private static int firstNonPositivePivot(DifferentiationMatrix m, int size) {
        List<Rational> p = pivots(m, size);
        return p.isEmpty() || p.get(p.size() - 1).signum() > 0 ? -1 : p.size() - 1;
    }

    /**
     * Exact banded {@code LDL^T} (no pivoting) of the leading {@code size×size} block of a symmetric band matrix.
     *
     * @return the pivots, up to and including the first that is not positive
     */
    static List<Rational> pivots(DifferentiationMatrix m, int size) {
        int band = 0;
        for (int i = 0; i < size; i++) {
            BandRow row = m.rows().get(i);
            band = Math.max(band, Math.max(i - row.first(), row.end() - 1 - i));
        }
        // a[i][k]: entry (i, i - band + k) of the Schur complement so far, lower band only
        Rational[][] a = new Rational[size][band + 1];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k <= band; k++) {
                int j = i - band + k;
                a[i][k] = j >= 0 ? m.entry(i, j) : Rational.ZERO;
            }
        }
        List<Rational> pivots = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            Rational pivot = a[j][band];
            pivots.add(pivot);
            if (pivot.signum() <= 0) {
                return pivots;
            }
            for (int i = j + 1; i <= Math.min(size - 1, j + band); i++) {
                Rational lij = a[i][band - (i - j)].divide(pivot); // L[i][j]
                if (lij.isZero()) {
                    continue;
                }
                for (int k = j + 1; k <= i; k++) { // a[i][k] -= L[i][j] * A[k][j]
                    Rational akj = a[k][band - (k - j)];
                    a[i][band - (i - k)] = a[i][band - (i - k)].subtract(lij.multiply(akj));
                }
            }
        }
        return pivots;
    }

    /** {@code (H D + D^T H)[i][j] / h = (H D)[i][j] + (H D)[j][i]}. */
    private static Rational sbpEntry(List<java.util.TreeMap<Integer, Rational>> hd, int i, int j) {
        return hd.get(i).getOrDefault(j, Rational.ZERO).add(hd.get(j).getOrDefault(i, Rational.ZERO));
    }

    /**
     * The order of a row at its own point {@code i}: {@code p} when the moments
     * {@code Σ_j D[i][j] (j - i)^q / q!} equal {@code δ_(q,m)} for every {@code q < m + p} and
     * not for {@code q = m + p}.
     */
    static int order(BandRow row, int i, int m) {
        Rational factorial = Rational.ONE;
        int cap = row.weights().size() + m + 2;
        for (int q = 0; q <= cap; q++) {
            if (q > 0) {
                factorial = factorial.multiply(Rational.of(q));
            }
            Rational sum = Rational.ZERO;
            for (int j = row.first(); j < row.end(); j++) {
                sum = sum.add(row.at(j).multiply(Rational.of(j - i).pow(q)));
            }
            if (!sum.divide(factorial).equals(q == m ? Rational.ONE : Rational.ZERO)) {
                return q - m;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** @return the order of accuracy of every row of {@code D}, from its Taylor moments */
    private static List<Integer> rowOrders(DifferentiationMatrix d) {
        List<Integer> orders = new ArrayList<>(d.rows().size());
        for (int i = 0; i < d.rows().size(); i++) {
            orders.add(order(d.rows().get(i), i, d.derivative()));
        }
        return orders;
    }
}
