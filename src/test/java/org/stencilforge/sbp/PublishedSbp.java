package org.stencilforge.sbp;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Published diagonal-norm SBP first-derivative operators, typed in by hand: the left boundary
 * weights of {@code H/h} and the left boundary rows of {@code h D}.
 *
 * <p>Source: Mattsson and Nordström, "Summation by parts operators for finite difference
 * approximations of second derivatives", J. Comput. Phys. 199 (2004) 503–540 (the first-derivative
 * operators of Strand 1994 with diagonal norm), as typed into SummationByPartsOperators.jl
 * (H. Ranocha), {@code src/SBP_coefficients/MattssonNordström2004.jl},
 * {@code first_derivative_coefficients}, orders 2, 4 and 6 ({@code left_boundary}, {@code left_weights},
 * {@code upper_coef}); the right boundary is the mirror image {@code D[N-1-i][N-1-j] = -D[i][j]}.
 */
public final class PublishedSbp {

    private PublishedSbp() {
    }

    private static List<Rational> r(String... values) {
        return java.util.Arrays.stream(values).map(RationalParser::parse).toList();
    }

    // 2-1: D row 0 = [-1, 1], H/h = diag(1/2, 1, ...)
    public static final List<Rational> NORM_21 = r("1/2");
    public static final List<List<Rational>> ROWS_21 = List.of(r("-1", "1"));

    // 4-2 (MattssonNordström2004.jl, order 4, q1..q4 and left_weights)
    public static final List<Rational> NORM_42 = r("17/48", "59/48", "43/48", "49/48");
    public static final List<List<Rational>> ROWS_42 = List.of(
            r("-24/17", "59/34", "-4/17", "-3/34"),
            r("-1/2", "0", "1/2"),
            r("4/43", "-59/86", "0", "59/86", "-4/43"),
            r("3/98", "0", "-59/98", "0", "32/49", "-4/49"));

    // 6-3 (MattssonNordström2004.jl, order 6, q1..q6 and left_weights)
    public static final List<Rational> NORM_63 = r("13649/43200", "12013/8640", "2711/4320", "5359/4320", "7877/8640",
            "43801/43200");
    public static final List<List<Rational>> ROWS_63 = List.of(
            r("-21600/13649", "104009/54596", "30443/81894", "-33311/27298", "16863/27298", "-15025/163788"),
            r("-104009/240260", "0", "-311/72078", "20229/24026", "-24337/48052", "36661/360390"),
            r("-30443/162660", "311/32532", "0", "-11155/16266", "41287/32532", "-21999/54220"),
            r("33311/107180", "-20229/21436", "485/1398", "0", "4147/21436", "25427/321540", "72/5359"),
            r("-16863/78770", "24337/31508", "-41287/47262", "-4147/15754", "0", "342523/472620", "-1296/7877",
                    "144/7877"),
            r("15025/525612", "-36661/262806", "21999/87602", "-25427/262806", "-342523/525612", "0",
                    "32400/43801", "-6480/43801", "720/43801"));

    /*
     * Second derivatives D2 = H^-1 (-M + B S), Mattsson and Nordström 2004, as typed into
     * SummationByPartsOperators.jl, MattssonNordström2004.jl, function second_derivative_coefficients,
     * orders 2, 4 and 6: left_boundary (rows d1.. of h^2 D2), left_weights (the same norms as above),
     * left_boundary_derivatives (the row h S[0]); right_boundary = left_boundary (mirror, same sign),
     * right_boundary_derivatives = -left. The Julia file writes the 4th-order S[0][0] as T(-11/6), a
     * floating division; the exact value is -11/6 (the one-sided third-order first derivative).
     */
    public static final List<List<Rational>> ROWS2_21 = List.of(r("1", "-2", "1"));
    public static final List<Rational> S_21 = r("-3/2", "2", "-1/2");
    public static final List<List<Rational>> ROWS2_42 = List.of(
            r("2", "-5", "4", "-1"),
            r("1", "-2", "1"),
            r("-4/43", "59/43", "-110/43", "59/43", "-4/43"),
            r("-1/49", "0", "59/49", "-118/49", "64/49", "-4/49"));
    public static final List<Rational> S_42 = r("-11/6", "3", "-3/2", "1/3");
    public static final List<List<Rational>> ROWS2_63 = List.of(
            r("114170/40947", "-438107/54596", "336409/40947", "-276997/81894", "3747/13649", "21035/163788"),
            r("6173/5860", "-2066/879", "3283/1758", "-303/293", "2111/3516", "-601/4395"),
            r("-52391/81330", "134603/32532", "-21982/2711", "112915/16266", "-46969/16266", "30409/54220"),
            r("68603/321540", "-12423/10718", "112915/32154", "-75934/16077", "53369/21436", "-54899/160770",
                    "48/5359"),
            r("-7053/39385", "86551/94524", "-46969/23631", "53369/15754", "-87904/23631", "820271/472620",
                    "-1296/7877", "96/7877"),
            r("21035/525612", "-24641/131403", "30409/87602", "-54899/131403", "820271/525612", "-117600/43801",
                    "64800/43801", "-6480/43801", "480/43801"));
    public static final List<Rational> S_63 = r("-25/12", "4", "-3", "4/3", "-1/4");

    /** Interior central second-derivative weights at offsets 0..p (central_coef, upper_coef). */
    public static final List<List<Rational>> CENTRAL2 = List.of(r("-2", "1"), r("-5/2", "4/3", "-1/12"),
            r("-49/18", "3/2", "-3/20", "1/90"));

    /**
     * The whole published second-derivative operator on {@code n} points, from the typed tables only.
     *
     * @param rows the left rows of {@code h^2 D2}
     * @param p half the interior order
     * @param n the points
     * @return dense {@code h^2 D2}
     */
    public static Rational[][] assembleSecond(List<List<Rational>> rows, int p, int n) {
        Rational[][] d = new Rational[n][n];
        for (Rational[] row : d) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        int r = rows.size();
        for (int i = r; i < n - r; i++) {
            for (int k = -p; k <= p; k++) {
                d[i][i + k] = CENTRAL2.get(p - 1).get(Math.abs(k));
            }
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < rows.get(i).size(); j++) {
                d[i][j] = rows.get(i).get(j);
                d[n - 1 - i][n - 1 - j] = rows.get(i).get(j);
            }
        }
        return d;
    }

    /** Interior central weights at offsets 1..p (upper_coef). */
    public static final List<List<Rational>> UPPER = List.of(r("1/2"), r("2/3", "-1/12"), r("3/4", "-3/20", "1/60"));

    /**
     * The whole published operator on {@code n} points, assembled here from the typed tables only.
     *
     * @param norm the left weights
     * @param rows the left rows
     * @param p half the interior order
     * @param n the points
     * @return {@code {H/h diagonal (1 row), h D (n rows)}} as dense rows
     */
    public static List<List<Rational>> assemble(List<Rational> norm, List<List<Rational>> rows, int p, int n) {
        Rational[][] d = new Rational[n][n];
        for (Rational[] row : d) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        int r = rows.size();
        for (int i = r; i < n - r; i++) {
            for (int k = 1; k <= p; k++) {
                d[i][i + k] = UPPER.get(p - 1).get(k - 1);
                d[i][i - k] = UPPER.get(p - 1).get(k - 1).negate();
            }
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < rows.get(i).size(); j++) {
                d[i][j] = rows.get(i).get(j);
                d[n - 1 - i][n - 1 - j] = rows.get(i).get(j).negate();
            }
        }
        Rational[] h = new Rational[n];
        java.util.Arrays.fill(h, Rational.ONE);
        for (int i = 0; i < r; i++) {
            h[i] = norm.get(i);
            h[n - 1 - i] = norm.get(i);
        }
        List<List<Rational>> out = new ArrayList<>();
        out.add(List.of(h));
        for (Rational[] row : d) {
            out.add(List.of(row));
        }
        return out;
    }
}
