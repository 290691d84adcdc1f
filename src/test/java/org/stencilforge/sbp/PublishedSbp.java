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
 * {@code first_derivative_coefficients}, orders 2, 4, 6 and 8 ({@code left_boundary}, {@code left_weights},
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

    // 8-4 (MattssonNordström2004.jl, order 8, q1..q8 and left_weights)
    public static final List<Rational> NORM_84 = r("1498139/5080320", "1107307/725760", "20761/80640",
            "1304999/725760", "299527/725760", "103097/80640", "670091/725760", "5127739/5080320");
    public static final List<List<Rational>> ROWS_84 = List.of(
            r("-2540160/1498139", "5544277/5992556", "198794991/29962780", "-256916579/17977668", "20708767/1498139",
                    "-41004357/5992556", "27390659/17977668", "-2323531/29962780"),
            r("-5544277/31004596", "0", "-85002381/22146140", "49607267/4429228", "-165990199/13287684",
                    "7655859/1107307", "-7568311/4429228", "48319961/465068940"),
            r("-66264997/8719620", "9444709/415220", "0", "-20335981/249132", "32320879/249132", "-35518713/415220",
                    "2502774/103805", "-3177073/1743924"),
            r("256916579/109619916", "-49607267/5219996", "61007943/5219996", "0", "-68748371/5219996",
                    "65088123/5219996", "-66558305/15659988", "3870214/9134993"),
            r("-20708767/2096689", "165990199/3594324", "-96962637/1198108", "68748371/1198108", "0",
                    "-27294549/1198108", "14054993/1198108", "-42678199/25160268", "-2592/299527"),
            r("13668119/8660148", "-850651/103097", "35518713/2061940", "-21696041/1237164", "9098183/1237164", "0",
                    "-231661/412388", "7120007/43300740", "3072/103097", "-288/103097"),
            r("-27390659/56287644", "7568311/2680364", "-22524966/3350455", "66558305/8041092", "-14054993/2680364",
                    "2084949/2680364", "0", "70710683/93812740", "-145152/670091", "27648/670091", "-2592/670091"),
            r("2323531/102554780", "-48319961/307664340", "9531219/20510956", "-3870214/5127739", "2246221/3238572",
                    "-21360021/102554780", "-70710683/102554780", "0", "4064256/5127739", "-1016064/5127739",
                    "193536/5127739", "-18144/5127739"));

    /*
     * The 4-3 restricted-full-norm operator of Diener, Dorband, Schnetter and Tiglio, "Optimized high-order
     * derivative and dissipation operators satisfying summation by parts", J. Sci. Comput. 32 (2007)
     * 109-145, arXiv:gr-qc/0512001 (appendix, from the arXiv source), as typed into a public Julia port
     * (its file "Parameters for the 4-3 SBP Operator": sigma-inverse entries and q_ij), retyped here by
     * hand: rows 0..4 of h D (7 columns) and the 5x5 block of h H^-1. Floating point as printed.
     */
    public static final List<List<Rational>> DDST_43_ROWS = List.of(
            r("-2.0932976346634987158873300", "4.0398572053206615302160000", "-3.0597858079809922953240000",
                    "1.3731905386539948635493300", "-0.2599643013301653825540000", "0", "0"),
            r("-0.3164158528594044527229700", "-0.5393078897398042232738800", "0.9851773202864434338329700",
                    "-0.0526466598929757814670900", "-0.1138072517506242350132580", "0.0398797678898499118031030",
                    "-0.0028794339334846531588787"),
            r("0.1302691618502116452445200", "-0.8796685899505924925689000", "0.3860964096110007000013400",
                    "0.3135836907243558874598800", "0.0853189419136783846335110", "-0.0390466157927346402746410",
                    "0.0034470016440805155042908"),
            r("-0.0172451219382464791217200", "0.1627228822712750438113400", "-0.8134981024864881302921700",
                    "0.1383326926647983321564500", "0.5974385432854805339961600", "-0.0660264343462998876193240",
                    "-0.0017244594505194129307249"),
            r("-0.0088356946855219296506100", "0.0305607475920320385728400", "0.0502116827453085423227800",
                    "-0.6630736465244492953406800", "0.0148787874640051911160880", "0.6588270638170747195382000",
                    "-0.0825689404084492665586150"));
    public static final List<List<Rational>> DDST_43_INVERSE_NORM = List.of(
            r("4.18659537039222689736221685976984622636900", "0", "0", "0", "0"),
            r("0", "0.67251919212256207318887148369831164208710", "0.36134181811349492593705029667363069843670",
                    "-0.20213161172938997914816745396318796627070", "0.03455320708729270824077678274955265350304"),
            r("0", "0.36134181811349492593705029667363069843670", "0.72061337116301470577204420986238473629500",
                    "0.13764723405465693683216163897649587925910", "-0.04136405531324488624637892257286207044784"),
            r("0", "-0.20213161172938997914816745396318796627070", "0.13764723405465693683216163897649587925910",
                    "0.95786536079310268220741334414499096895090", "0.02069353627247161734563597102894256809696"),
            r("0", "0.03455320708729270824077678274955265350304", "-0.04136405531324488624637892257286207044784",
                    "0.02069353627247161734563597102894256809696", "0.99082727033708614730077989259069683806540"));

    /*
     * Second derivatives D2 = H^-1 (-M + B S), Mattsson and Nordström 2004, as typed into
     * SummationByPartsOperators.jl, MattssonNordström2004.jl, function second_derivative_coefficients,
     * orders 2, 4, 6 and 8: left_boundary (rows d1.. of h^2 D2), left_weights (the same norms as above),
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
    // 8-4 (order 8: left_boundary d1..d8, left_boundary_derivatives: a 7-point row of order 5)
    public static final List<List<Rational>> ROWS2_84 = List.of(
            r("4870382994799/1358976868290", "-893640087518/75498714905", "926594825119/60398971924",
                    "-1315109406200/135897686829", "39126983272/15099742981", "12344491342/75498714905",
                    "-451560522577/2717953736580"),
            r("333806012194/390619153855", "-154646272029/111605472530", "1168338040/33481641759",
                    "82699112501/133926567036", "-171562838/11160547253", "-28244698346/167408208795",
                    "11904122576/167408208795", "-2598164715/312495323084"),
            r("7838984095/52731029988", "1168338040/5649753213", "-88747895/144865467", "423587231/627750357",
                    "-43205598281/22599012852", "4876378562/1883251071", "-5124426509/3766502142",
                    "10496900965/39548272491"),
            r("-94978241528/828644350023", "82699112501/157837019052", "1270761693/13153084921",
                    "-167389605005/118377764289", "48242560214/39459254763", "-31673996013/52612339684",
                    "43556319241/118377764289", "-44430275135/552429566682"),
            r("1455067816/21132528431", "-171562838/3018932633", "-43205598281/36227191596",
                    "48242560214/9056797899", "-52276055645/6037865266", "57521587238/9056797899",
                    "-80321706377/36227191596", "8078087158/21132528431", "-1296/299527"),
            r("10881504334/327321118845", "-28244698346/140280479505", "4876378562/9352031967",
                    "-10557998671/12469375956", "57521587238/28056095901", "-278531401019/93520319670",
                    "73790130002/46760159835", "-137529995233/785570685228", "2048/103097", "-144/103097"),
            r("-135555328849/8509847458140", "11904122576/101307707835", "-5124426509/13507694378",
                    "43556319241/60784624701", "-80321706377/81046166268", "73790130002/33769235945",
                    "-950494905688/303923123505", "239073018673/141830790969", "-145152/670091", "18432/670091",
                    "-1296/670091"),
            r("0", "-2598164715/206729925524", "10496900965/155047444143", "-44430275135/310094888286",
                    "425162482/2720130599", "-137529995233/620189776572", "239073018673/155047444143",
                    "-144648000000/51682481381", "8128512/5127739", "-1016064/5127739", "129024/5127739",
                    "-9072/5127739"));
    public static final List<Rational> S_84 = r("-4723/2100", "839/175", "-157/35", "278/105", "-103/140", "-1/175",
            "6/175");

    /** Interior central second-derivative weights at offsets 0..p (central_coef, upper_coef). */
    public static final List<List<Rational>> CENTRAL2 = List.of(r("-2", "1"), r("-5/2", "4/3", "-1/12"),
            r("-49/18", "3/2", "-3/20", "1/90"), r("-205/72", "8/5", "-1/5", "8/315", "-1/560"));

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
    public static final List<List<Rational>> UPPER = List.of(r("1/2"), r("2/3", "-1/12"), r("3/4", "-3/20", "1/60"),
            r("4/5", "-1/5", "4/105", "-1/280"));

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
