package org.stencilforge.sbp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stencilforge.Checks;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.operator.BandRow;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/**
 * Diagonal-norm summation-by-parts first-derivative operators {@code D = H^(-1) Q}, derived
 * exactly and certified.
 *
 * <p><b>Derivation.</b> For interior accuracy {@code 2p} the interior rows are the central
 * stencil of order {@code 2p} ({@code H = h} there), and the first {@code r} rows (boundary
 * width {@code r = 1, 4, 6} for {@code p = 1, 2, 3}, as in Strand 1994 and Mattsson–Nordström
 * 2004) form the closure. {@code Q} equals the skew-symmetric central band outside its
 * {@code r×r} corner; inside, {@code Q[0][0] = -1/2} and {@code Q[i][j] = -Q[j][i] = q_ij} for
 * {@code i < j < r}. The unknowns are the weights {@code w_0 .. w_(r-1)} of {@code H/h} and the
 * {@code q_ij}; row {@code i < r} differentiates {@code x^k} exactly for {@code k = 0 .. p} when
 * {@code Σ_j Q[i][j] j^k = k w_i i^(k-1)}, which is linear in the unknowns. Exact Gauss–Jordan
 * elimination over the rationals solves it; unknowns without a pivot stay free and are named
 * ({@code q45} is {@code Q[4][5]}, 0-based). The right boundary is the mirror image,
 * {@code D[N-1-i][N-1-j] = -D[i][j]}.
 *
 * <p><b>Free parameters.</b> The 2-1 and 4-2 operators are unique. The 6-3 operator has one
 * free parameter, {@code q45}; its default is Mattsson and Nordström's published value
 * {@code 342523/518400} (J. Comput. Phys. 199 (2004), as tabulated in SummationByPartsOperators.jl,
 * {@code MattssonNordström2004.jl}: {@code D[4][5] = 342523/472620} with {@code w_4 = 7877/8640}).
 * The 8-4 operator ({@code r = 8}) has three, {@code q56}, {@code q57}, {@code q67}, read off the
 * same table ({@code Q = diag(w) D}).
 *
 * <p><b>Block norms.</b> With a restricted-full norm ({@link NormShape#BLOCK}: an {@code r×r} block
 * {@code H_b} at each end with {@code H[0][j] = 0} for {@code j > 0}, Strand 1994) the boundary
 * rows reach order {@code 2p - 1}. The unknowns are {@code h_00}, {@code h_ij} ({@code 1 <= i <= j < r})
 * and the {@code q_ij}; row {@code i < r} of {@code D = H^(-1) Q} is exact for {@code x^k},
 * {@code k < 2p}, when {@code Σ_j Q[i][j] j^k = k Σ_l H[i][l] l^(k-1)}: linear again. For
 * {@code 2p = 4}, {@code r = 5} leaves three free parameters ({@code h44}, {@code q24},
 * {@code q34}; by default Diener, Dorband, Schnetter and Tiglio's optimised values to 6 places);
 * for {@code 2p = 6}, {@code r = 7} leaves four ({@code h66}, {@code q45}, {@code q46},
 * {@code q56}) with no published choice here: they must be given. Smaller {@code r} are
 * inconsistent. Values for which {@code H_b} is not positive definite are refused.
 */
public final class SummationByParts {

    /** Interior accuracies of the diagonal-norm first derivatives here: 2, 4, 6 and 8. */
    public static final List<Integer> ACCURACIES = List.of(2, 4, 6, 8);

    /** Interior accuracies of the diagonal-norm second derivatives here: 2, 4, 6 and 8. */
    public static final List<Integer> SECOND_ACCURACIES = List.of(2, 4, 6, 8);

    /** Interior accuracies of the block-norm first derivatives here: 4 and 6. */
    public static final List<Integer> BLOCK_ACCURACIES = List.of(4, 6);

    /** The shape of the norm {@code H}. */
    public enum NormShape {
        /** {@code H = h diag(w)}; boundary order {@code p} (Mattsson–Nordström 2004). */
        DIAGONAL,
        /** A restricted-full {@code r×r} block at each end; boundary order {@code 2p - 1} (Strand 1994). */
        BLOCK
    }

    /** The default largest grid: the output is a dense {@code N×N} matrix. */
    public static final int DEFAULT_MAX_POINTS = 1000;

    /**
     * Mattsson–Nordström 2004's choice of the free parameters, by accuracy (see the class comment): 8-4 from
     * their table's {@code D[5][6] = -231661/412388}, {@code D[5][7] = 7120007/43300740},
     * {@code D[6][7] = 70710683/93812740} times {@code w_5 = 103097/80640}, {@code w_6 = 670091/725760}.
     */
    static final Map<Integer, Map<String, Rational>> PUBLISHED = Map.of(
            6, Map.of("q45", Rational.of(342523, 518400)),
            8, Map.of("q56", Rational.of(-231661, 322560), "q57", Rational.of(7120007, 33868800),
                    "q67", Rational.of(70710683, 101606400)));

    /**
     * Diener, Dorband, Schnetter and Tiglio's (J. Sci. Comput. 32 (2007), arXiv:gr-qc/0512001) optimised 4-3
     * restricted-full-norm operator, its free parameters rounded to 6 places: read off their {@code D} and
     * {@code H^(-1)} (40 printed digits, consistent with summation by parts to about 1e-7) as
     * {@code h44 = 1.0227442754}, {@code q24 = -0.0177318942}, {@code q34 = 0.6326954689}.
     */
    static final Map<Integer, Map<String, Rational>> PUBLISHED_BLOCK = Map.of(4, Map.of(
            "h44", Rational.of(1022744, 1000000), "q24", Rational.of(-17732, 1000000),
            "q34", Rational.of(632695, 1000000)));

    /**
     * Mattsson–Nordström 2004's choice for the 6-3 second derivative: {@code M[5][5] = 49/18}, the interior
     * diagonal of {@code M} (their table as in SummationByPartsOperators.jl gives {@code h^2 D2[5][5] =
     * -117600/43801 = -(49/18) / w_5}, {@code w_5 = 43801/43200}).
     */
    static final Map<Integer, Map<String, Rational>> PUBLISHED_SECOND = Map.of(
            6, Map.of("m55", Rational.of(49, 18)),
            8, Map.of("m66", Rational.of(118811863211L, 41146509600L), "m67", Rational.of(-239073018673L, 153613635840L),
                    "m77", Rational.of(256250, 90711), "s6", Rational.of(6, 175)));

    /*
     * The 8-4 second derivative's values above: M = B S - diag(w) h^2 D2 read off Mattsson and Nordström's table
     * (MattssonNordström2004.jl, second_derivative_coefficients, order 8: rows d7, d8 and left_weights), and s6,
     * the last entry of their 7-point boundary row h S[0] = (-4723/2100, ..., -1/175, 6/175).
     */

    /**
     * The largest grid {@code --choose spectral-radius} works on by default: its exact bounds of the spectral radius
     * (Hurwitz minors of degree {@code N}) take about 0.2 s at 13 points and 2.5 s at 24, growing fast with {@code N}.
     */
    public static final int DEFAULT_MAX_SEARCH_POINTS = 24;

    /** How free parameters not given by name are chosen ({@code --choose}). */
    public enum Choice {
        /** Mattsson and Nordström's published values. */
        PUBLISHED,
        /** The 6-3 first derivative's {@code q45} minimising the spectral radius of {@code D} on the grid asked. */
        SPECTRAL_RADIUS,
        /** The values maximising the smallest norm weight. */
        MIN_WEIGHT
    }

    private SummationByParts() {
    }

    /**
     * The boundary block of an operator: independent of the grid size.
     *
     * @param derivative the derivative {@code m} (1 or 2)
     * @param accuracy the interior order {@code 2p}
     * @param shape diagonal or block norm
     * @param width {@code r}, the rows of the closure
     * @param normBlock the {@code r×r} boundary block of {@code H/h}, symmetric (diagonal for a diagonal norm)
     * @param rows the first {@code r} rows of {@code h D}, absolute columns
     * @param interior the central stencil of order {@code 2p}
     * @param free the free parameters, by name, with the values used
     * @param rule how each free parameter was chosen, by name
     * @param boundary second derivative: the row {@code h S[0]} at offsets {@code 0, 1, ...} (the one-sided
     *     first derivative of order {@code p + 1} in {@code D2 = H^(-1) (-M + B S)}); empty for the first
     */
    public record Block(int derivative, int accuracy, NormShape shape, int width, List<List<Rational>> normBlock,
            List<BandRow> rows, Stencil interior, Map<String, Rational> free, Map<String, String> rule,
            List<Rational> boundary) {

        /** Copies the collections. */
        public Block {
            boundary = List.copyOf(boundary);
            normBlock = normBlock.stream().map(List::copyOf).toList();
            rows = List.copyOf(rows);
            free = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(free));
            rule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rule));
        }

        /** @return the diagonal of the boundary block of {@code H/h}: {@code w_0 .. w_(r-1)} for a diagonal norm */
        public List<Rational> weights() {
            List<Rational> w = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                w.add(normBlock.get(i).get(i));
            }
            return List.copyOf(w);
        }

        /** @return the order of the boundary rows: {@code p} with a diagonal norm, {@code 2p - 1} with a block */
        public int boundaryOrder() {
            return shape == NormShape.BLOCK ? accuracy - 1 : accuracy / 2;
        }

        /** @return the smallest grid accepted: {@code 2r + 1}, two boundary blocks and one interior row */
        public int minPoints() {
            return 2 * width + 1;
        }

        /**
         * @param n the number of points, at least {@link #minPoints()}
         * @return the exact {@code N×N} matrix {@code h D}
         */
        public DifferentiationMatrix matrix(int n) {
            Checks.require(n >= minPoints(), "the " + name() + " needs at"
                    + " least " + minPoints() + " points (two boundary blocks of " + width + " rows and an interior row), not " + n
                    + "; give --points " + minPoints() + " or more");
            int p = accuracy / 2;
            List<BandRow> out = new ArrayList<>(n);
            out.addAll(rows);
            for (int i = width; i < n - width; i++) {
                out.add(new BandRow(i - p, interior.weights()));
            }
            for (int k = width - 1; k >= 0; k--) { // row n-1-k mirrors row k: D[n-1-k][n-1-j] = (-1)^m D[k][j]
                BandRow left = rows.get(k);
                List<Rational> w = new ArrayList<>(left.weights().size());
                for (int j = left.end() - 1; j >= left.first(); j--) {
                    w.add(derivative % 2 == 0 ? left.at(j) : left.at(j).negate());
                }
                out.add(new BandRow(n - left.end(), w));
            }
            return new DifferentiationMatrix(derivative, out, List.of(), false);
        }

        /** @return {@code 2-1 diagonal-norm SBP first derivative}, {@code 4-3 block-norm ...}, {@code 6-3 ... second derivative} */
        public String name() {
            return accuracy + "-" + boundaryOrder() + (shape == NormShape.BLOCK ? " block-norm" : " diagonal-norm")
                    + " SBP " + (derivative == 1 ? "first" : "second") + " derivative";
        }

        /**
         * The second derivative's {@code h S}: the one-sided first derivative {@link #boundary()} in row 0,
         * its mirror image {@code S[N-1][N-1-j] = -S[0][j]} in row {@code N-1}, zero rows between.
         *
         * @param n the number of points
         * @return {@code h S} (a first-derivative matrix: {@code S} carries {@code h^(-1)})
         */
        public DifferentiationMatrix boundaryMatrix(int n) {
            Checks.require(derivative == 2, "S belongs to the second-derivative operators");
            List<BandRow> out = new ArrayList<>(n);
            out.add(new BandRow(0, boundary));
            for (int i = 1; i < n - 1; i++) {
                out.add(new BandRow(i, List.of()));
            }
            List<Rational> right = new ArrayList<>(boundary.size());
            for (int j = boundary.size() - 1; j >= 0; j--) {
                right.add(boundary.get(j).negate());
            }
            out.add(new BandRow(n - boundary.size(), right));
            return new DifferentiationMatrix(1, out, List.of(), false);
        }

        /**
         * The second derivative's {@code h M = B (h S) - diag(w) (h^2 D2)}, read off the finished matrices.
         *
         * @param n the number of points
         * @return {@code h M} (a first-derivative-like matrix: {@code M} carries {@code h^(-1)})
         */
        public DifferentiationMatrix curvature(int n) {
            return Certification.curvature(norm(n), matrix(n), boundaryMatrix(n));
        }

        /**
         * @param n the number of points
         * @return the diagonal of {@code H/h} on {@code n} points, a diagonal norm's whole matrix
         */
        public List<Rational> norm(int n) {
            Checks.require(shape == NormShape.DIAGONAL, "the " + name() + " has a block norm: use normMatrix");
            Checks.require(n >= minPoints(), "the norm needs at least " + minPoints() + " points, not " + n);
            Rational[] w = new Rational[n];
            Arrays.fill(w, Rational.ONE);
            for (int i = 0; i < width; i++) {
                w[i] = normBlock.get(i).get(i);
                w[n - 1 - i] = w[i];
            }
            return List.of(w);
        }

        /**
         * The norm or its inverse as a band matrix in the form generated code applies: {@code H/h}
         * (power of {@code h} 0: the caller multiplies by {@code h}), or {@code H^(-1)} (power {@code -1},
         * as a first-derivative matrix carries it): diagonal, or the block (its exact inverse) at each end.
         *
         * @param n the number of points
         * @param inverse whether to give {@code H^(-1)}
         * @return the band matrix
         */
        public DifferentiationMatrix normMatrix(int n, boolean inverse) {
            Checks.require(n >= minPoints(), "the norm needs at least " + minPoints() + " points, not " + n);
            List<List<Rational>> b = inverse ? SummationByParts.inverse(normBlock) : normBlock;
            List<BandRow> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) { // row n-1-k mirrors row k: H[n-1-k][n-1-j] = H[k][j]
                int k = i < width ? i : i >= n - width ? n - 1 - i : -1;
                if (k < 0) {
                    rows.add(new BandRow(i, List.of(Rational.ONE)));
                    continue;
                }
                int first = 0;
                int last = width - 1;
                while (b.get(k).get(first).isZero() && first < k) {
                    first++;
                }
                while (b.get(k).get(last).isZero() && last > k) {
                    last--;
                }
                List<Rational> w = new ArrayList<>(b.get(k).subList(first, last + 1));
                if (k == i) {
                    rows.add(new BandRow(first, w));
                } else {
                    java.util.Collections.reverse(w);
                    rows.add(new BandRow(n - 1 - last, w));
                }
            }
            return new DifferentiationMatrix(inverse ? 1 : 0, rows, List.of(), false);
        }
    }

    /**
     * @param accuracy the interior order {@code 2p}
     * @return the boundary width {@code r}
     * @throws StencilforgeException for an accuracy with no operator here
     */
    public static int width(int accuracy) {
        return width(1, accuracy, NormShape.DIAGONAL);
    }

    private static int width(int derivative, int accuracy, NormShape shape) {
        String odd = accuracy % 2 != 0 ? " (the interior stencil is central, of even accuracy)" : "";
        if (shape == NormShape.BLOCK) {
            Checks.require(derivative == 1, "block-norm SBP operators are derived here for the first derivative;"
                    + " the second derivatives are built on the diagonal norms: drop --norm block");
            Checks.require(accuracy != 2, "the 2-1 operator's norm is already as good as a block norm (its boundary"
                    + " order 1 is 2p - 1): use --norm diagonal, or --accuracy 4 or 6 for a block norm");
            Checks.require(BLOCK_ACCURACIES.contains(accuracy), "block-norm SBP first-derivative operators are derived"
                    + " here for accuracy 4 and 6 (the 4-3 and 6-5 operators), not " + accuracy + odd
                    + ": give --accuracy 4 or 6");
            return accuracy == 4 ? 5 : 7;
        }
        if (derivative == 2) {
            Checks.require(SECOND_ACCURACIES.contains(accuracy), "diagonal-norm SBP second-derivative operators are"
                    + " derived here for accuracy 2, 4, 6 and 8 (the 2-1, 4-2, 6-3 and 8-4 operators), not " + accuracy
                    + odd + ": give --accuracy 2, 4, 6 or 8");
        }
        Checks.require(ACCURACIES.contains(accuracy), "diagonal-norm SBP first-derivative operators are derived"
                + " here for accuracy 2, 4, 6 and 8 (the 2-1, 4-2, 6-3 and 8-4 operators), not " + accuracy
                + (odd.isEmpty() && accuracy > 8 ? " (10-5 and higher have no published choice of their free"
                        + " parameters to default to)" : odd)
                + ": give --accuracy 2, 4, 6 or 8");
        return accuracy == 2 ? 1 : accuracy;
    }

    /**
     * Derives the boundary block by solving the accuracy conditions exactly.
     *
     * @param derivative the derivative; only 1 has operators here
     * @param accuracy the interior order {@code 2p}: 2, 4 or 6
     * @param given values for free parameters by name ({@code --free q45=1/2}); the others take the published choice
     * @return the block, with its free parameters and the rule that chose each
     * @throws StencilforgeException for a derivative or accuracy with no operator, a name that is not
     *     a free parameter, or values for which the norm is not positive
     */
    public static Block derive(int derivative, int accuracy, Map<String, Rational> given) {
        return derive(derivative, accuracy, NormShape.DIAGONAL, given);
    }

    /**
     * Derives the boundary block of a diagonal- or block-norm operator.
     *
     * @param derivative the derivative: 1, or 2 with a diagonal norm
     * @param accuracy the interior order {@code 2p}
     * @param shape the norm's shape
     * @param given values for free parameters by name
     * @return the block
     * @throws StencilforgeException for an operator that is not derived here, unknown names, missing values where
     *     no published choice exists, or values for which the norm is not positive definite
     */
    public static Block derive(int derivative, int accuracy, NormShape shape, Map<String, Rational> given) {
        Checks.require(derivative == 1 || derivative == 2, "SBP operators are derived here for the first and the"
                + " second derivative (--derivative 1 or 2), not derivative " + derivative);
        if (derivative == 2 && shape == NormShape.DIAGONAL) {
            return deriveSecond(accuracy, given);
        }
        return deriveFirst(derivative, accuracy, shape, given);
    }

    /**
     * The first derivative (see the class comment). Unknowns: the norm's {@code h_ii} (diagonal, named
     * {@code w_i}) or {@code h_00} and {@code h_ij}, {@code 1 <= i <= j < r} (block), then {@code q_ij},
     * {@code i < j < r}; rows {@code 0 .. r-1} exact for {@code x^k}, {@code k <= p} (diagonal) or
     * {@code k < 2p} (block): {@code Σ_j Q[i][j] j^k = k Σ_l H[i][l] l^(k-1)}. Then {@code h D = H_b^(-1) Q}
     * on those rows.
     */
    private static Block deriveFirst(int derivative, int accuracy, NormShape shape, Map<String, Rational> given) {
        boolean block = shape == NormShape.BLOCK;
        int r = width(derivative, accuracy, shape);
        int p = accuracy / 2;
        Stencil central = Derivations.derive(new StencilRequest.Preset(Scheme.CENTRAL, 1, accuracy), 1,
                Limits.DEFAULT).stencil();
        Rational[] a = band(central, p);
        List<int[]> hs = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            for (int j = i; j < (block && i > 0 ? r : i + 1); j++) {
                hs.add(new int[] {i, j});
            }
        }
        List<int[]> qs = pairs(r);
        int nh = hs.size();
        int unknowns = nh + qs.size();
        List<Rational[]> equations = new ArrayList<>(); // coefficients, then the right-hand side
        for (int i = 0; i < r; i++) {
            for (int k = 0; k <= (block ? 2 * p - 1 : p); k++) {
                // Σ_{j<r} Q[i][j] j^k - k Σ_l H[i][l] l^(k-1) = -Q[0][0] [i = k = 0] - Σ_{j>=r} a_(j-i) j^k
                Rational[] e = new Rational[unknowns + 1];
                Arrays.fill(e, Rational.ZERO);
                for (int c = 0; c < qs.size(); c++) {
                    int[] ij = qs.get(c);
                    if (ij[0] == i) { // Q[i][j] = q_ij
                        e[nh + c] = e[nh + c].add(Rational.of(ij[1]).pow(k));
                    } else if (ij[1] == i) { // Q[i][j'] = -q_j'i
                        e[nh + c] = e[nh + c].subtract(Rational.of(ij[0]).pow(k));
                    }
                }
                for (int c = 0; k > 0 && c < nh; c++) {
                    int[] ij = hs.get(c);
                    int other = ij[0] == i ? ij[1] : ij[1] == i ? ij[0] : -1;
                    if (other >= 0) {
                        e[c] = e[c].subtract(Rational.of(k).multiply(Rational.of(other).pow(k - 1)));
                    }
                }
                Rational known = i == 0 && k == 0 ? Rational.of(1, 2) : Rational.ZERO;
                for (int j = r; j <= i + p; j++) {
                    known = known.subtract(a[p + j - i].multiply(Rational.of(j).pow(k)));
                }
                e[unknowns] = known;
                equations.add(e);
            }
        }
        String what = accuracy + "-" + (block ? accuracy - 1 : p) + (block ? " block-norm operator" : " operator");
        Solution s = solve(equations, unknowns);
        if (s == null) {
            throw new IllegalStateException("the accuracy conditions of the " + what + " are inconsistent");
        }
        List<String> names = new ArrayList<>();
        hs.forEach(ij -> names.add(block ? "h" + ij[0] + ij[1] : "w" + ij[0]));
        qs.forEach(ij -> names.add("q" + ij[0] + ij[1]));
        Map<String, Rational> free = new LinkedHashMap<>();
        Map<String, String> rule = new LinkedHashMap<>();
        if (block) {
            choose(s, names, given, PUBLISHED_BLOCK.getOrDefault(accuracy, Map.of()),
                    "published (Diener, Dorband, Schnetter and Tiglio 2007, to 6 places)", what, free, rule);
        } else {
            choose(s, names, given, PUBLISHED.getOrDefault(accuracy, Map.of()), MATTSSON_NORDSTROM, what, free, rule);
        }
        Rational[] x = s.evaluate(free.values().toArray(new Rational[0]));
        Rational[][] h = symmetric(r, r, hs, x);
        List<List<Rational>> hb = Arrays.stream(h).map(List::of).toList();
        List<BandRow> hRows = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            hRows.add(new BandRow(0, hb.get(i)));
        }
        List<Rational> pivots = Certification.pivots(new DifferentiationMatrix(0, hRows, List.of(), false), r);
        int bad = pivots.size() - 1;
        Checks.require(pivots.size() == r && pivots.get(bad).signum() > 0, block
                ? "with " + free + " the norm block H_b of the " + what + " is not positive definite (pivot " + bad
                        + " of its exact LDL^T is " + pivots.get(bad) + "); choose other values for --free"
                : "with " + free + " the norm weight w" + bad + " = " + pivots.get(bad) + " is not positive, so H is"
                        + " not a norm; choose other values for --free");
        Rational[][] q = boundaryQ(r, a, p, qs, x, nh);
        List<List<Rational>> hinv = inverse(hb);
        List<BandRow> rows = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            List<Rational> d = new ArrayList<>(r + p);
            for (int j = 0; j < r + p; j++) {
                Rational v = Rational.ZERO;
                for (int l = 0; l < r; l++) {
                    v = v.add(hinv.get(i).get(l).multiply(q[l][j]));
                }
                d.add(v);
            }
            while (d.size() > Math.max(r, i + p + 1) && d.get(d.size() - 1).isZero()) {
                d.remove(d.size() - 1);
            }
            rows.add(new BandRow(0, d));
        }
        return new Block(1, accuracy, shape, r, hb, rows, central, free, rule, List.of());
    }

    private static final String MATTSSON_NORDSTROM = "published (Mattsson and Nordström 2004)";

    /** @return a {@code rows×columns} matrix, zero but for {@code [i][j] = [j][i] = x[c]} at the {@code c}-th pair */
    private static Rational[][] symmetric(int rows, int columns, List<int[]> pairs, Rational[] x) {
        Rational[][] m = new Rational[rows][columns];
        for (Rational[] row : m) {
            Arrays.fill(row, Rational.ZERO);
        }
        for (int c = 0; c < pairs.size(); c++) {
            int[] ij = pairs.get(c);
            m[ij[0]][ij[1]] = x[c];
            m[ij[1]][ij[0]] = x[c];
        }
        return m;
    }

    /** @return {@code a[p + k]}: the central stencil's weight at offset {@code k}, {@code |k| <= p} */
    private static Rational[] band(Stencil central, int p) {
        Rational[] a = new Rational[2 * p + 1];
        for (int k = 0; k < central.size(); k++) {
            a[central.axis(0).get(k).numerator().intValueExact() + p] = central.weights().get(k);
        }
        return a;
    }

    /** @return the pairs {@code (i, j)}, {@code i < j < r}, in lexicographic order: the unknowns {@code q_ij} */
    private static List<int[]> pairs(int r) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            for (int j = i + 1; j < r; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        return pairs;
    }

    /**
     * @return the first {@code r} rows of {@code Q} ({@code r + p} columns): {@code Q[0][0] = -1/2}, the skew
     *     corner {@code Q[i][j] = -Q[j][i] = q_ij} with {@code q_ij = x[from + c]} for the {@code c}-th pair,
     *     the central band {@code Q[i][j] = a_(j-i)} for {@code j >= r}
     */
    private static Rational[][] boundaryQ(int r, Rational[] a, int p, List<int[]> pairs, Rational[] x, int from) {
        Rational[][] q = new Rational[r][r + p];
        for (Rational[] row : q) {
            Arrays.fill(row, Rational.ZERO);
        }
        q[0][0] = Rational.of(-1, 2);
        for (int c = 0; c < pairs.size(); c++) {
            int[] ij = pairs.get(c);
            q[ij[0]][ij[1]] = x[from + c];
            q[ij[1]][ij[0]] = x[from + c].negate();
        }
        for (int i = 0; i < r; i++) {
            for (int j = r; j <= i + p; j++) {
                q[i][j] = a[p + j - i];
            }
        }
        return q;
    }

    /** @return the {@code r×r} diagonal matrix of {@code w} */
    private static List<List<Rational>> diagonal(List<Rational> w) {
        List<List<Rational>> out = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            Rational[] row = new Rational[w.size()];
            Arrays.fill(row, Rational.ZERO);
            row[i] = w.get(i);
            out.add(List.of(row));
        }
        return out;
    }

    /** @return the exact inverse of a non-singular square matrix, by Gauss–Jordan elimination */
    static List<List<Rational>> inverse(List<List<Rational>> m) {
        int n = m.size();
        Rational[][] a = new Rational[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = m.get(i).get(j);
                a[i][n + j] = i == j ? Rational.ONE : Rational.ZERO;
            }
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            while (a[pivot][c].isZero()) {
                pivot++; // a positive definite block never runs out; a singular one is a bug upstream
            }
            Rational[] t = a[pivot];
            a[pivot] = a[c];
            a[c] = t;
            Rational inv = Rational.ONE.divide(a[c][c]);
            for (int k = 0; k < 2 * n; k++) {
                a[c][k] = a[c][k].multiply(inv);
            }
            for (int i = 0; i < n; i++) {
                if (i != c && !a[i][c].isZero()) {
                    Rational f = a[i][c];
                    for (int k = 0; k < 2 * n; k++) {
                        a[i][k] = a[i][k].subtract(f.multiply(a[c][k]));
                    }
                }
            }
        }
        List<List<Rational>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(List.of(Arrays.copyOfRange(a[i], n, 2 * n)));
        }
        return out;
    }

    /**
     * Names and values the free parameters of a solution: given ones ({@code --free}) first, else the
     * published choice; refuses names that are not free parameters.
     */
    private static void choose(Solution s, List<String> names, Map<String, Rational> given,
            Map<String, Rational> published, String source, String what, Map<String, Rational> free,
            Map<String, String> rule) {
        List<String> all = s.free.stream().map(names::get).toList();
        for (String name : given.keySet()) {
            Checks.require(all.contains(name), "--free " + name + ": the " + what + " has "
                    + (all.isEmpty() ? "no free parameters" : "only the free parameters " + String.join(", ", all))
                    + "; drop it");
        }
        List<String> missing = all.stream().filter(n -> !given.containsKey(n) && !published.containsKey(n)).toList();
        Checks.require(missing.isEmpty(), "the " + what + " has the free parameters " + String.join(", ", all)
                + " and no published choice of them is stored here; give " + (missing.size() == 1 ? "it" : "each")
                + " with --free NAME=VALUE (values whose norm is not positive definite are refused)");
        for (String name : all) {
            Rational v = given.get(name);
            if (v != null) {
                rule.put(name, "given (--free)");
            } else {
                v = published.get(name);
                rule.put(name, source);
            }
            free.put(name, v);
        }
    }

    /**
     * The second-derivative block: {@code h^2 D2 = diag(w)^(-1) (-hM + B hS)} with the norm {@code w} of the
     * first derivative of the same accuracy, {@code hS[0]} the one-sided first derivative on offsets
     * {@code 0 .. p+1} (order {@code p + 1}; for the 8-4, Mattsson and Nordström's: on offsets {@code 0 .. 6},
     * order 5, its last weight {@code s6} free, by default their 6/175), {@code hM} symmetric, equal to minus the
     * central second-derivative stencil outside its {@code r×r} corner. The corner's entries {@code m_ij}
     * ({@code i <= j}) solve the accuracy conditions of rows {@code 0 .. r-1} (exact for {@code x^k},
     * {@code k <= p + 1}), linear in them.
     */
    private static Block deriveSecond(int accuracy, Map<String, Rational> given) {
        int r = width(2, accuracy, NormShape.DIAGONAL);
        int p = accuracy / 2;
        List<Rational> w = derive(1, accuracy, Map.of()).weights(); // the norm does not depend on q45
        Stencil central = Derivations.derive(new StencilRequest.Preset(Scheme.CENTRAL, 2, accuracy), 1,
                Limits.DEFAULT).stencil();
        Rational[] c = new Rational[p + 1]; // c[k]: central weight at offset ±k
        for (int k = 0; k < central.size(); k++) {
            int off = central.axis(0).get(k).numerator().intValueExact();
            if (off >= 0) {
                c[off] = central.weights().get(k);
            }
        }
        Map<String, Rational> published = PUBLISHED_SECOND.getOrDefault(accuracy, Map.of());
        Map<String, Rational> free = new LinkedHashMap<>();
        Map<String, String> rule = new LinkedHashMap<>();
        Stencil one = Derivations.derive(new StencilRequest.Preset(Scheme.FORWARD, 1, p + 1), 1,
                Limits.DEFAULT).stencil();
        Map<String, Rational> forM = new LinkedHashMap<>(given);
        // the 8-4's row has one point more: the forward row plus s6 times the (p+2)-th forward difference,
        // whose moments vanish up to degree p + 1, so the order stays p + 1 and the last weight is s6
        Rational s6 = accuracy != 8 ? Rational.ZERO : forM.containsKey("s6") ? forM.remove("s6") : published.get("s6");
        Rational[] sRow = new Rational[accuracy == 8 ? p + 3 : p + 2]; // offsets 0 .. p+1 (p+2)
        Arrays.fill(sRow, Rational.ZERO);
        for (int k = 0; k < one.size(); k++) {
            sRow[one.axis(0).get(k).numerator().intValueExact()] = one.weights().get(k);
        }
        java.math.BigInteger binomial = java.math.BigInteger.ONE; // C(L, j), L = sRow.length - 1
        for (int j = 0; j < sRow.length && s6.signum() != 0; j++) {
            Rational difference = Rational.of((sRow.length - 1 - j) % 2 == 0 ? binomial : binomial.negate());
            sRow[j] = sRow[j].add(s6.multiply(difference));
            binomial = binomial.multiply(java.math.BigInteger.valueOf(sRow.length - 1 - j))
                    .divide(java.math.BigInteger.valueOf(j + 1));
        }
        if (accuracy == 8) {
            free.put("s6", s6);
            rule.put("s6", given.containsKey("s6") ? "given (--free)" : MATTSSON_NORDSTROM);
        }
        List<int[]> pairs = new ArrayList<>(); // unknowns m_ij, i <= j < r, lexicographic
        for (int i = 0; i < r; i++) {
            for (int j = i; j < r; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        int unknowns = pairs.size();
        List<Rational[]> equations = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            for (int k = 0; k <= p + 1; k++) {
                // -Σ_{j<r} M[i][j] j^k = w_i k(k-1) i^(k-2) - Σ_{j>=r} c_(j-i) j^k + [i = 0] Σ_j S_j j^k
                Rational[] e = new Rational[unknowns + 1];
                Arrays.fill(e, Rational.ZERO);
                for (int u = 0; u < unknowns; u++) {
                    int[] ij = pairs.get(u);
                    if (ij[0] == i) {
                        e[u] = e[u].subtract(Rational.of(ij[1]).pow(k));
                    } else if (ij[1] == i) {
                        e[u] = e[u].subtract(Rational.of(ij[0]).pow(k));
                    }
                }
                Rational known = k < 2 ? Rational.ZERO
                        : w.get(i).multiply(Rational.of((long) k * (k - 1))).multiply(Rational.of(i).pow(k - 2));
                for (int j = r; j <= i + p; j++) {
                    known = known.subtract(c[j - i].multiply(Rational.of(j).pow(k)));
                }
                if (i == 0) {
                    for (int j = 0; j < sRow.length; j++) {
                        known = known.add(sRow[j].multiply(Rational.of(j).pow(k)));
                    }
                }
                e[unknowns] = known;
                equations.add(e);
            }
        }
        Solution s = solve(equations, unknowns);
        if (s == null) {
            throw new IllegalStateException("the accuracy conditions of the second-derivative " + accuracy
                    + " operator are inconsistent");
        }
        List<String> names = pairs.stream().map(ij -> "m" + ij[0] + ij[1]).toList();
        Map<String, Rational> mFree = new LinkedHashMap<>();
        choose(s, names, forM, published, MATTSSON_NORDSTROM, accuracy + "-" + p + " second-derivative operator"
                + (accuracy == 8 ? " (and s6, the last weight of its boundary row S)" : ""), mFree, rule);
        Rational[] x = s.evaluate(mFree.values().toArray(new Rational[0]));
        free.putAll(mFree);
        Rational[][] m = symmetric(r, r + p, pairs, x);
        for (int i = 0; i < r; i++) {
            for (int j = r; j <= i + p; j++) {
                m[i][j] = c[j - i].negate();
            }
        }
        List<BandRow> rows = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            int end = Math.max(Math.max(r, i + p + 1), i == 0 ? sRow.length : 0);
            List<Rational> d = new ArrayList<>(end);
            for (int j = 0; j < end; j++) {
                Rational v = j < r + p ? m[i][j].negate() : Rational.ZERO;
                if (i == 0 && j < sRow.length) {
                    v = v.subtract(sRow[j]); // (B S)[0] = -S[0]
                }
                d.add(v.divide(w.get(i)));
            }
            rows.add(new BandRow(0, d));
        }
        Block block = new Block(2, accuracy, NormShape.DIAGONAL, r, diagonal(w), rows, central, free, rule,
                List.of(sRow));
        if (!free.isEmpty()) { // a chosen value can spoil M's semi-definiteness: refuse it as input
            Certificate c0 = Certification.certify(block.norm(block.minPoints()), block.matrix(block.minPoints()),
                    block.boundaryMatrix(block.minPoints()));
            Checks.require(c0.curvature().semiDefinite(), "with " + free + " the matrix M of D2 = H^-1 (-M + B S)"
                    + " is not positive semi-definite with the constants as its nullspace (LDL^T pivot "
                    + c0.curvature().nonPositivePivot() + " is not positive), so D2 is not dissipative;"
                    + " choose other values for --free, such as the published " + published);
        }
        return block;
    }

    /**
     * Derives, builds and certifies the operator on {@code n} points.
     *
     * @param derivative the derivative (1)
     * @param accuracy the interior order: 2, 4 or 6
     * @param n the number of points
     * @param given values of free parameters by name
     * @param maxPoints the largest {@code n} accepted ({@code --max-points})
     * @return the operator and its certificate
     * @throws StencilforgeException for bad input: no such operator, too few or too many points, unknown names
     */
    public static SbpOperator operator(int derivative, int accuracy, int n, Map<String, Rational> given, int maxPoints) {
        return operator(derivative, accuracy, n, given, maxPoints, Choice.PUBLISHED, DEFAULT_MAX_SEARCH_POINTS);
    }

    /**
     * Derives, builds and certifies the operator on {@code n} points, choosing free parameters by a rule.
     *
     * @param derivative the derivative (1 or 2)
     * @param accuracy the interior order: 2, 4 or 6
     * @param n the number of points
     * @param given values of free parameters by name (these win over the rule)
     * @param maxPoints the largest {@code n} accepted ({@code --max-points})
     * @param choice the rule for the free parameters not given
     * @param maxSearchPoints the largest {@code n} {@link Choice#SPECTRAL_RADIUS} searches on
     * @return the operator and its certificate
     * @throws StencilforgeException for bad input, or a rule that does not apply to the operator
     */
    public static SbpOperator operator(int derivative, int accuracy, int n, Map<String, Rational> given, int maxPoints,
            Choice choice, int maxSearchPoints) {
        return operator(derivative, accuracy, NormShape.DIAGONAL, n, given, maxPoints, choice, maxSearchPoints);
    }

    /**
     * Derives, builds and certifies a diagonal- or block-norm operator on {@code n} points.
     *
     * @param derivative the derivative (1 or 2; 1 with a block norm)
     * @param accuracy the interior order
     * @param shape the norm's shape
     * @param n the number of points
     * @param given values of free parameters by name (these win over the rule)
     * @param maxPoints the largest {@code n} accepted ({@code --max-points})
     * @param choice the rule for the free parameters not given
     * @param maxSearchPoints the largest {@code n} {@link Choice#SPECTRAL_RADIUS} searches on
     * @return the operator and its certificate
     * @throws StencilforgeException for bad input, or a rule that does not apply to the operator
     */
    public static SbpOperator operator(int derivative, int accuracy, NormShape shape, int n,
            Map<String, Rational> given, int maxPoints, Choice choice, int maxSearchPoints) {
        Checks.require(n <= maxPoints, n + " points are past the limit of " + maxPoints + " (the output is a dense"
                + " N×N matrix); ask for fewer, or raise the limit with --max-points");
        Block block = derive(derivative, accuracy, shape, given);
        if (choice != Choice.PUBLISHED) {
            block = ChoiceRules.apply(block, n, choice, given, maxSearchPoints);
        }
        DifferentiationMatrix d = block.matrix(n);
        DifferentiationMatrix h = block.normMatrix(n, false);
        return new SbpOperator(block, n, h, d,
                derivative == 1 ? Certification.certify(h, d)
                        : Certification.certify(block.norm(n), d, block.boundaryMatrix(n)));
    }

    /** The general solution {@code x = x0 + Σ_f t_f v_f} of a consistent linear system. */
    private record Solution(Rational[] particular, List<Integer> free, List<Rational[]> directions) {

        Rational[] evaluate(Rational[] values) {
            Rational[] x = particular.clone();
            for (int f = 0; f < free.size(); f++) {
                Rational[] v = directions.get(f);
                for (int c = 0; c < x.length; c++) {
                    x[c] = x[c].add(v[c].multiply(values[f]));
                }
            }
            return x;
        }
    }

    /** Exact Gauss–Jordan elimination; {@code null} when the system is inconsistent. */
    private static Solution solve(List<Rational[]> rows, int n) {
        Rational[][] m = rows.stream().map(Rational[]::clone).toArray(Rational[][]::new);
        int[] pivotOf = new int[n];
        Arrays.fill(pivotOf, -1);
        int rank = 0;
        for (int c = 0; c < n && rank < m.length; c++) {
            int pivot = -1;
            for (int i = rank; i < m.length; i++) {
                if (!m[i][c].isZero()) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Rational[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            Rational inv = Rational.ONE.divide(m[rank][c]);
            for (int k = c; k <= n; k++) {
                m[rank][k] = m[rank][k].multiply(inv);
            }
            for (int i = 0; i < m.length; i++) {
                if (i != rank && !m[i][c].isZero()) {
                    Rational f = m[i][c];
                    for (int k = c; k <= n; k++) {
                        m[i][k] = m[i][k].subtract(f.multiply(m[rank][k]));
                    }
                }
            }
            pivotOf[c] = rank++;
        }
        for (int i = rank; i < m.length; i++) {
            if (!m[i][n].isZero()) {
                return null;
            }
        }
        Rational[] x0 = new Rational[n];
        Arrays.fill(x0, Rational.ZERO);
        List<Integer> free = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (pivotOf[c] >= 0) {
                x0[c] = m[pivotOf[c]][n];
            } else {
                free.add(c);
            }
        }
        List<Rational[]> directions = new ArrayList<>();
        for (int f : free) {
            Rational[] v = new Rational[n];
            Arrays.fill(v, Rational.ZERO);
            v[f] = Rational.ONE;
            for (int c = 0; c < n; c++) {
                if (pivotOf[c] >= 0) {
                    v[c] = m[pivotOf[c]][f].negate();
                }
            }
            directions.add(v);
        }
        return new Solution(x0, free, directions);
    }
}
