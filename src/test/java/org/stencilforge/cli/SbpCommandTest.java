package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.ExternalTools;
import org.stencilforge.Pdflatex;

/**
 * {@code stencilforge sbp}, driven in-process. The published coefficients are Mattsson and
 * Nordström's (J. Comput. Phys. 199, 2004), as typed into SummationByPartsOperators.jl
 * ({@code src/SBP_coefficients/MattssonNordström2004.jl}); see {@code SummationByPartsTest}.
 */
class SbpCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonHasTheDocumentedKeysAndTheTwoOneOperator() {
        // 2-1 by hand: H/h = diag(1/2, 1, 1, 1/2); rows [-1, 1], central (-1/2, 0, 1/2), mirrored [-1, 1] at the end
        MainTest.Run r = MainTest.run("sbp", "--derivative", "1", "--accuracy", "2", "--points", "4", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"derivative\": 1, \"accuracy\": 2, \"boundary_accuracy\": 1, \"points\": 4, \"width\": 1,"
                + " \"norm_shape\": \"diagonal\",\n"
                + " \"norm\": [\"1/2\",\"1\",\"1\",\"1/2\"],\n"
                + " \"matrix\": [\n"
                + "  [\"-1\",\"1\",\"0\",\"0\"],\n"
                + "  [\"-1/2\",\"0\",\"1/2\",\"0\"],\n"
                + "  [\"0\",\"-1/2\",\"0\",\"1/2\"],\n"
                + "  [\"0\",\"0\",\"-1\",\"1\"]\n"
                + " ],\n"
                + " \"free\": {}, \"rule\": {},\n"
                + " \"certified\": {\"positive_definite\": true, \"smallest_weight\": \"1/2\", \"summation_by_parts\":"
                + " true, \"mismatch\": null, \"interior_order\": 2, \"boundary_order\": 1,\n"
                + "  \"row_orders\": [1, 2, 2, 1]}}\n", r.out());
    }

    @Test
    void sixThreeJsonNamesThePublishedFreeParameter() {
        MainTest.Run r = MainTest.run("sbp", "--derivative", "1", "--accuracy", "6", "--points", "16", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"free\": {\"q45\": \"342523/518400\"}"), r.out());
        // the first row and first weight of Mattsson–Nordström's table
        assertTrue(r.out().contains("[\"-21600/13649\",\"104009/54596\",\"30443/81894\",\"-33311/27298\","
                + "\"16863/27298\",\"-15025/163788\",\"0\""), r.out());
        assertTrue(r.out().contains("\"norm\": [\"13649/43200\",\"12013/8640\""), r.out());
        MainTest.Run other = MainTest.run("sbp", "--derivative", "1", "--accuracy", "6", "--points", "16",
                "--free", "q45=2/3");
        assertEquals(0, other.code(), other.err());
        assertTrue(other.out().contains("q45 = 2/3 (given (--free))"), other.out());
        assertTrue(other.out().contains("H D + D^T H = B exactly: yes"), other.out());
    }

    @Test
    void blockNormJsonHoldsTheNormRowsAndItsPivot() {
        MainTest.Run r = MainTest.run("sbp", "--derivative", "1", "--accuracy", "4", "--norm", "block", "--points", "11",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"derivative\": 1, \"accuracy\": 4, \"boundary_accuracy\": 3, \"points\": 11,"
                + " \"width\": 5, \"norm_shape\": \"block\",\n \"norm\": [\n  [\"895711/3750000\",\"0\","), r.out());
        // H_b[4][4] = h44 = 1.022744 (the published value to 6 places); the middle row of H is the identity's
        assertTrue(r.out().contains("\"127843/125000\",\"0\""), r.out());
        assertTrue(r.out().contains("[\"0\",\"0\",\"0\",\"0\",\"0\",\"1\",\"0\",\"0\",\"0\",\"0\",\"0\"]"), r.out());
        assertTrue(r.out().contains("\"smallest_pivot\": \"895711/3750000\""), r.out());
        assertTrue(r.out().contains("\"free\": {\"h44\": \"127843/125000\", \"q24\": \"-4433/250000\","
                + " \"q34\": \"126539/200000\"}"), r.out());
    }

    /** The command's CSV of D and of H, read back by verify, which checks them on its own (exact LDL^T, H D + D^T H). */
    @ParameterizedTest
    @CsvSource({"2,7,diagonal,''", "4,12,diagonal,''", "6,20,diagonal,''", "8,17,diagonal,''", "4,12,block,''",
        "6,16,block,'--free h66=2.201511 --free q45=7.264345 --free q46=0.58882 --free q56=-0.030144'"})
    void verifyCertifiesWhatSbpWrites(int accuracy, int n, String norm, String free) throws Exception {
        String a = String.valueOf(accuracy);
        String points = String.valueOf(n);
        Path d = dir.resolve("d.csv");
        Path h = dir.resolve("h.csv");
        List<String> common = new java.util.ArrayList<>(List.of("sbp", "--derivative", "1", "--accuracy", a, "--points",
                points, "--norm", norm, "--format", "csv"));
        if (!free.isEmpty()) {
            common.addAll(List.of(free.split(" ")));
        }
        List<String> dArgs = new java.util.ArrayList<>(common);
        dArgs.addAll(List.of("--output", d.toString()));
        assertEquals(0, MainTest.run(dArgs.toArray(String[]::new)).code());
        List<String> hArgs = new java.util.ArrayList<>(common);
        hArgs.addAll(List.of("--print", "norm", "--output", h.toString()));
        assertEquals(0, MainTest.run(hArgs.toArray(String[]::new)).code());
        int boundary = norm.equals("block") ? accuracy - 1 : accuracy / 2;
        MainTest.Run v = MainTest.run("verify", "--matrix", d.toString(), "--derivative", "1", "--points", points,
                "--norm", h.toString(), "--expect-order", String.valueOf(boundary), "--weights-are", "decimal",
                "--format", "json"); // exact fractions: the block norms' have more than 16 digits
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("\"holds\": true"), v.out());
    }

    @ParameterizedTest
    @CsvSource({
        "'--accuracy,10,--points,30', 'derived here for accuracy 2, 4, 6 and 8 (the 2-1, 4-2, 6-3 and 8-4 operators), not 10 (10-5 and higher have no published choice'",
        "'--accuracy,3,--points,30', 'give --accuracy 2, 4, 6 or 8'",
        "'--accuracy,8,--points,16', 'needs at least 17 points'",
        "'--accuracy,8,--points,17,--choose,spectral-radius', 'offered for the 6-3'",
        "'--accuracy,2,--norm,block,--points,12', 'use --norm diagonal'",
        "'--accuracy,8,--norm,block,--points,30', 'accuracy 4 and 6 (the 4-3 and 6-5 operators)'",
        "'--accuracy,6,--norm,block,--points,20', 'free parameters h66, q45, q46, q56 and no published choice'",
        "'--accuracy,4,--norm,block,--points,12,--free,h44=0', 'is not positive definite'",
        "'--accuracy,4,--norm,block,--points,12,--free,q45=1', 'only the free parameters h44, q24, q34'",
        "'--accuracy,4,--norm,full,--points,12', 'block'",
        "'--accuracy,6,--points,12', 'needs at least 13 points'",
        "'--accuracy,4,--points,8', 'needs at least 9 points'",
        "'--accuracy,4,--points,12,--free,q45=1', 'has no free parameters'",
        "'--accuracy,6,--points,13,--free,q12=1', 'only the free parameters q45'",
        "'--accuracy,6,--points,13,--free,Q!=1', 'a parameter name is lower-case'",
        "'--accuracy,6,--points,13,--free,q45=abc', 'q45'",
        "'--accuracy,4,--points,2000', 'past the limit of 1000'",
        "'--accuracy,4,--points,2147483647,--max-points,2147483647', 'too long for the memory'",
        "'--accuracy,4,--points,-2147483648', '--points must be at least 1'",
        "'--accuracy,4,--points,30,--format,latex', 'at most 24 points'",
        "'--accuracy,4,--points,12,--print,norm', '--print chooses'",
        "'--accuracy,4,--points,12,--choose,spectral-radius', 'has no free parameters; drop --choose'",
        "'--accuracy,6,--points,13,--free,q45=2/3,--choose,spectral-radius', 'no free parameters left'",
        "'--accuracy,6,--points,13,--choose,min-weight', 'does not depend on q45'",
        "'--accuracy,6,--points,25,--choose,spectral-radius', 'raise the limit with --max-search-points'",
        "'--accuracy,6,--points,13,--choose,smallest', 'spectral-radius'"})
    void badInputIsOneErrorLineAndExitCodeTwo(String args, String message) {
        List<String> all = new java.util.ArrayList<>(List.of("sbp", "--derivative", "1"));
        all.addAll(List.of(args.split(",")));
        MainTest.Run r = MainTest.run(all.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        if (!message.equals("q45")) {
            assertTrue(r.err().contains(message), r.err());
        }
    }

    /**
     * {@code --choose spectral-radius} on 13 points. NumPy's {@code max(abs(eigvals(D)))} of the csv this command
     * writes with {@code --free q45=...} (an independent eigenvalue code): 1.792735669791762 for the published
     * 342523/518400 and 1.3908549818138523 for 347877/500000; a scan of q45 over [0, 1] in NumPy has its least
     * value near 0.6957 (0.69: 1.3973, 0.695: 1.3910, 0.70: 1.3946), so the search lands on the minimum.
     */
    @Test
    void choosingTheSpectralRadiusFindsTheMinimumNumPyScans() {
        MainTest.Run r = MainTest.run("sbp", "--derivative", "1", "--accuracy", "6", "--points", "13", "--choose",
                "spectral-radius", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"q45\": \"347877/500000\""), r.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[([0-9]\\.[0-9]+), ([0-9]\\.[0-9]+)\\]")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) <= 1.3908549818138523 && 1.3908549818138523 <= Double.parseDouble(m.group(2)),
                m.group());
        assertTrue(m.find(), r.out()); // the published choice's
        assertTrue(Double.parseDouble(m.group(1)) <= 1.792735669791762 && 1.792735669791762 <= Double.parseDouble(m.group(2)),
                m.group());
    }

    @Test
    void secondDerivativeJsonHasMAndSAndTheTwoOneOperator() {
        // 2-1 second derivative by hand (Mattsson–Nordström 2004): H/h = diag(1/2, 1, 1, 1/2); h^2 D2 rows
        // (1, -2, 1) at both ends and inside; h S[0] = (-3/2, 2, -1/2); h M = B hS - diag(w) h^2 D2:
        // row 0 = (3/2, -2, 1/2) - (1/2, -1, 1/2) = (1, -1, 0), row 3 its mirror, rows 1, 2 = -(1, -2, 1)
        MainTest.Run r = MainTest.run("sbp", "--derivative", "2", "--accuracy", "2", "--points", "4", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"derivative\": 2, \"accuracy\": 2, \"boundary_accuracy\": 1, \"points\": 4, \"width\": 1,"
                + " \"norm_shape\": \"diagonal\",\n"
                + " \"norm\": [\"1/2\",\"1\",\"1\",\"1/2\"],\n"
                + " \"matrix\": [\n"
                + "  [\"1\",\"-2\",\"1\",\"0\"],\n"
                + "  [\"1\",\"-2\",\"1\",\"0\"],\n"
                + "  [\"0\",\"1\",\"-2\",\"1\"],\n"
                + "  [\"0\",\"1\",\"-2\",\"1\"]\n"
                + " ],\n"
                + " \"free\": {}, \"rule\": {},\n"
                + " \"certified\": {\"positive_definite\": true, \"smallest_weight\": \"1/2\", \"summation_by_parts\":"
                + " true, \"mismatch\": null, \"interior_order\": 2, \"boundary_order\": 1,\n"
                + "  \"row_orders\": [1, 2, 2, 1],\n"
                + "  \"m_semidefinite\": true, \"m_rows_sum_to_zero\": true, \"m_nonpositive_pivot\": null},\n"
                + " \"s\": [\"-3/2\",\"2\",\"-1/2\"],\n"
                + " \"m\": [\n"
                + "  [\"1\",\"-1\",\"0\",\"0\"],\n"
                + "  [\"-1\",\"2\",\"-1\",\"0\"],\n"
                + "  [\"0\",\"-1\",\"2\",\"-1\"],\n"
                + "  [\"0\",\"0\",\"-1\",\"1\"]\n"
                + " ]}\n", r.out());
    }

    @Test
    void sixThreeSecondDerivativeNamesItsFreeParameter() {
        MainTest.Run r = MainTest.run("sbp", "--derivative", "2", "--accuracy", "6", "--points", "13");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("m55 = 49/18 (published (Mattsson and Nordström 2004))"), r.out());
        assertTrue(r.out().contains("M positive semi-definite, nullspace the constants: yes"), r.out());
        // the first entry of Mattsson–Nordström's 6-3 D2 (d1 in MattssonNordström2004.jl)
        assertTrue(r.out().contains("114170/40947"), r.out());
        MainTest.Run csv = MainTest.run("sbp", "--derivative", "2", "--accuracy", "6", "--points", "13", "--format",
                "csv", "--print", "s");
        // h S[0] = the one-sided fourth-order first derivative (-25/12, 4, -3, 4/3, -1/4), mirrored with - at the end
        assertEquals("-25/12,4,-3,4/3,-1/4,0,0,0,0,0,0,0,0\n", csv.out().lines().findFirst().get() + "\n");
        assertTrue(csv.out().endsWith("0,0,0,0,0,0,0,0,1/4,-4/3,3,-4,25/12\n"), csv.out());
    }

    @ParameterizedTest
    @CsvSource({
        "'--derivative,3,--accuracy,2,--points,10', 'first and the second derivative (--derivative 1 or 2)'",
        "'--derivative,2,--accuracy,10,--points,40', 'second-derivative operators are derived here for accuracy 2, 4, 6 and 8'",
        "'--derivative,2,--accuracy,8,--points,16', 'needs at least 17 points'",
        "'--derivative,2,--accuracy,4,--norm,block,--points,20', 'built on the diagonal norms'",
        "'--derivative,2,--accuracy,6,--points,20,--choose,spectral-radius', 'no admissible m55 minimises it'",
        "'--derivative,2,--accuracy,6,--points,12', 'needs at least 13 points'",
        "'--derivative,2,--accuracy,6,--points,20,--free,m55=-1', 'not positive semi-definite'",
        "'--derivative,2,--accuracy,4,--points,20,--free,m55=1', 'has no free parameters'",
        "'--derivative,1,--accuracy,4,--points,20,--format,csv,--print,m', '--print m and --print s'",
        "'--derivative,2,--accuracy,4,--points,20,--format,c,--print,s', '--print m and --print s'"})
    void secondDerivativeBadInputIsOneErrorLine(String args, String message) {
        MainTest.Run r = MainTest.run(("sbp," + args).split(","));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void latexCompilesAndMarkdownHasTheBoundaryTable() throws Exception {
        MainTest.Run md = MainTest.run("sbp", "--derivative", "1", "--accuracy", "4", "--points", "10", "--format",
                "markdown");
        assertEquals(0, md.code(), md.err());
        // Mattsson–Nordström 2004, 4-2: w_0 = 17/48, D[0] = (-24/17, 59/34, -4/17, -3/34)
        assertTrue(md.out().contains("| 0 | 17/48 | -24/17 | 59/34 | -4/17 | -3/34 | 0 | 0 |\n"), md.out());
        MainTest.Run tex = MainTest.run("sbp", "--derivative", "1", "--accuracy", "6", "--points", "13", "--format",
                "latex", "--standalone");
        assertEquals(0, tex.code(), tex.err());
        assertTrue(tex.out().contains("q_{45} = \\frac{342523}{518400}"), tex.out());
        ExternalTools.require(Pdflatex.available(), "pdflatex", "apt-get install texlive-latex-base");
        Pdflatex.assertCompiles(tex.out());
    }

    /**
     * The generated Python of D, H/h and H^-1, run: the energy identity
     * {@code u^T H D v + (D u)^T H v = u_(N-1) v_(N-1) - u_0 v_0} in double precision, {@code H^-1 H = I},
     * and D exact on polynomials of the boundary order (x^3 for the 6-3 operator).
     */
    @Test
    void generatedPythonSatisfiesTheEnergyIdentity() throws Exception {
        ExternalTools.require(ExternalTools.runs("python3", "-c", "import numpy"), "python3 with NumPy",
                "apt-get install python3-numpy");
        for (String[] part : new String[][] {{"d", "sbp_d"}, {"norm", "sbp_h"}, {"inverse-norm", "sbp_hinv"}}) {
            MainTest.Run r = MainTest.run("sbp", "--derivative", "1", "--accuracy", "6", "--points", "20", "--format",
                    "python", "--print", part[0], "--name", part[1]);
            assertEquals(0, r.code(), r.err());
            Files.writeString(dir.resolve(part[1] + ".py"), r.out());
        }
        String script = String.join("\n",
                "import numpy as np, sbp_d, sbp_h, sbp_hinv",
                "rng = np.random.default_rng(15)",
                "for n in (18, 25, 60):",
                "    h = 0.37",
                "    u, v = rng.uniform(-1, 1, n), rng.uniform(-1, 1, n)",
                "    H = lambda f: h * sbp_h.apply_all(f, h)",
                "    lhs = u @ H(sbp_d.apply_all(v, h)) + sbp_d.apply_all(u, h) @ H(v)",
                "    assert abs(lhs - (u[-1] * v[-1] - u[0] * v[0])) < 1e-12, (n, lhs)",
                "    assert np.allclose(sbp_hinv.apply_all(H(u), h), u, rtol=0, atol=1e-14)",
                "    x = np.arange(n) * h",
                "    assert np.allclose(sbp_d.apply_all(x**3, h), 3 * x**2, rtol=0, atol=1e-10 * n * n)",
                "print('ok')", "");
        Files.writeString(dir.resolve("check.py"), script);
        Process p = new ProcessBuilder("python3", "check.py").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals("ok\n", out);
    }

    /**
     * The generated Python of the 6-3 second derivative and its norm, run: D2 exact on x^4 (boundary order 3:
     * polynomials of degree m + 3 - 1 = 4), close to -sin on sin(x), and
     * {@code u^T H D2 v - v^T H D2 u = u_N (S v)_N - u_0 (S v)_0 - (v_N (S u)_N - v_0 (S u)_0)}
     * (M symmetric), with S the fourth-order one-sided difference typed in here.
     */
    @Test
    void generatedPythonOfTheSecondDerivative() throws Exception {
        ExternalTools.require(ExternalTools.runs("python3", "-c", "import numpy"), "python3 with NumPy",
                "apt-get install python3-numpy");
        for (String[] part : new String[][] {{"d", "sbp2_d"}, {"norm", "sbp2_h"}}) {
            MainTest.Run r = MainTest.run("sbp", "--derivative", "2", "--accuracy", "6", "--points", "20", "--format",
                    "python", "--print", part[0], "--name", part[1]);
            assertEquals(0, r.code(), r.err());
            Files.writeString(dir.resolve(part[1] + ".py"), r.out());
        }
        String script = String.join("\n",
                "import numpy as np, sbp2_d, sbp2_h",
                "rng = np.random.default_rng(2004)",
                "s = np.array([-25/12, 4, -3, 4/3, -1/4])",
                "for n in (20, 33, 80):",
                "    h = 0.21",
                "    x = np.arange(n) * h",
                "    assert np.allclose(sbp2_d.apply_all(x**4, h), 12 * x**2, rtol=0, atol=1e-9 * n**2), n",
                "    H = lambda f: h * sbp2_h.apply_all(f, h)",
                "    S0 = lambda f: s @ f[:5] / h",
                "    SN = lambda f: -(s @ f[::-1][:5]) / h",
                "    u, v = rng.uniform(-1, 1, n), rng.uniform(-1, 1, n)",
                "    lhs = u @ H(sbp2_d.apply_all(v, h)) - v @ H(sbp2_d.apply_all(u, h))",
                "    rhs = u[-1] * SN(v) - u[0] * S0(v) - v[-1] * SN(u) + v[0] * S0(u)",
                "    assert abs(lhs - rhs) < 1e-9, (n, lhs, rhs)",
                "n = 200; h = 2 * np.pi / (n - 1); x = np.arange(n) * h",
                "assert np.max(np.abs(sbp2_d.apply_all(np.sin(x), h) + np.sin(x))) < 1e-4",
                "print('ok')", "");
        Files.writeString(dir.resolve("check2.py"), script);
        Process p = new ProcessBuilder("python3", "check2.py").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals("ok\n", out);
    }
}
