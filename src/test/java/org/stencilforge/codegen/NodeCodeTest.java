package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.ExternalTools;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.real.NodeSets;
import org.stencilforge.real.Real;
import org.stencilforge.real.RealStencils;

/**
 * Code for weights and matrices on given nodes ({@link NodeKernel}): its literals against the
 * correctly rounded value of an independent 60-digit evaluation, and the compiled code of every
 * language differentiating polynomials exactly (up to rounding) at the nodes.
 */
class NodeCodeTest {

    private static final long DIGITS = 60;

    /**
     * Trefethen's closed form of the Chebyshev matrix ({@code cheb.m}, <i>Spectral Methods in MATLAB</i>,
     * SIAM 2000, eqs. (6.3)-(6.5)), evaluated in Apfloat at 60 digits: ascending nodes
     * {@code x_k = -cos(kπ/N)}, so ours[i][j] is Trefethen's {@code D[N-i][N-j]}.
     */
    private static Apfloat[][] cheb(int n) {
        Apfloat pi = ApfloatMath.pi(DIGITS);
        Apfloat[] x = new Apfloat[n + 1];
        for (int j = 0; j <= n; j++) {
            x[j] = ApfloatMath.cos(pi.multiply(new Apfloat(j, DIGITS)).divide(new Apfloat(n, DIGITS)));
        }
        Apfloat[][] d = new Apfloat[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                Apfloat e;
                if (i == j) {
                    e = i == 0 ? new Apfloat(2L * n * n + 1, DIGITS).divide(new Apfloat(6, DIGITS))
                            : i == n ? new Apfloat(-(2L * n * n + 1), DIGITS).divide(new Apfloat(6, DIGITS))
                            : x[j].negate().divide(new Apfloat(2, DIGITS).multiply(
                                    new Apfloat(1, DIGITS).subtract(x[j].multiply(x[j]))));
                } else {
                    long ci = (i == 0 || i == n ? 2 : 1) * ((i + j) % 2 == 0 ? 1 : -1);
                    long cj = j == 0 || j == n ? 2 : 1;
                    e = new Apfloat(ci, DIGITS).divide(new Apfloat(cj, DIGITS).multiply(x[i].subtract(x[j])));
                }
                d[n - i][n - j] = e;
            }
        }
        return d;
    }

    /** @return the 60-digit value rounded once to the precision (BigDecimal's conversions are correctly rounded) */
    private static double rounded(Apfloat a, Precision p) {
        BigDecimal b = new BigDecimal(a.toString(true));
        return p == Precision.DOUBLE ? b.doubleValue() : b.floatValue();
    }

    private static List<Real> cheb(String set) {
        return NodeSets.parse(set, null, 1000);
    }

    @ParameterizedTest(name = "N = {0}, {1}")
    @CsvSource({"4, DOUBLE", "4, SINGLE", "7, DOUBLE", "7, SINGLE", "16, DOUBLE"})
    void chebyshevMatrixLiteralsAreCorrectlyRounded(int n, Precision p) {
        List<Real> nodes = cheb("chebyshev-lobatto:" + (n + 1));
        NodeKernel k = NodeKernel.real(true, w -> RealStencils.matrixBalls(nodes, 1, null, w), p, 4000, "D");
        Apfloat[][] d = cheb(n);
        assertEquals(n + 1, k.width());
        for (int i = 0; i <= n; i++) {
            assertEquals(0, k.first().get(i));
            for (int j = 0; j <= n; j++) {
                double expected = d[i][j].signum() == 0 ? 0.0 : rounded(d[i][j], p);
                assertEquals(expected, k.values().get(i * (n + 1) + j), "D[" + i + "][" + j + "]");
            }
        }
        // the middle diagonal entry of an even N is exactly 0: x = 0 there
        if (n % 2 == 0) {
            assertEquals(0.0, k.values().get(n / 2 * (n + 1) + n / 2));
        }
    }

    /**
     * The weights of f'(0) on the Chebyshev–Lobatto nodes are the middle row of the matrix: each
     * against the same closed form, correctly rounded.
     */
    @ParameterizedTest(name = "N = {0}, {1}")
    @CsvSource({"4, DOUBLE", "4, SINGLE", "8, DOUBLE"})
    void weightsAtTheCentreAreTheMiddleRow(int n, Precision p) {
        List<Real> nodes = cheb("chebyshev-lobatto:" + (n + 1));
        NodeKernel k = NodeKernel.real(false, w -> RealStencils.weightBalls(nodes, Real.of(Rational.ZERO), 1, w), p,
                4000, "w");
        Apfloat[][] d = cheb(n);
        List<Double> expected = new ArrayList<>();
        for (int j = 0; j <= n; j++) {
            expected.add(d[n / 2][j].signum() == 0 ? 0.0 : rounded(d[n / 2][j], p));
        }
        int from = k.first().get(0);
        for (int j = 0; j <= n; j++) {
            double got = j >= from && j < from + k.width() ? k.values().get(j - from) : 0.0;
            assertEquals(expected.get(j), got, "w[" + j + "]");
        }
    }

    /** A value whose two roundings differ: a single literal is never the double rounded again. */
    @Test
    void singleLiteralsComeStraightFromTheBall() {
        // w = 1 + 2^-24 + 2^-60 rounds up to 1 + 2^-23 in single; through the double 1 + 2^-24 (a tie) it rounds to 1
        BigDecimal w = BigDecimal.ONE.add(BigDecimal.ONE.divide(new BigDecimal(2).pow(24)))
                .add(BigDecimal.ONE.divide(new BigDecimal(2).pow(60)));
        org.stencilforge.real.Ball b = new org.stencilforge.real.Ball(w, new BigDecimal("1e-30"));
        assertEquals(1 + Math.pow(2, -23), NodeKernel.round(b, Precision.SINGLE));
    }

    // --- compiled and run -------------------------------------------------------------------------

    /** {@code p(x) = 1 + x - 2x^2 + 3x^3 - x^4 + x^5/2}, degree 5, and its derivative. */
    private static double poly(double x) {
        return 1 + x * (1 + x * (-2 + x * (3 + x * (-1 + x / 2))));
    }

    private static double dpoly(double x) {
        return 1 + x * (-4 + x * (9 + x * (-4 + x * 2.5)));
    }

    private static String samples(double[] x) {
        StringBuilder b = new StringBuilder();
        for (double v : x) {
            b.append(String.format(Locale.ROOT, "%.17g%n", poly(v)));
        }
        return b.toString();
    }

    /** @return the nodes of a case, as doubles (close enough: the test is of the derivative at them) */
    private static double[] nodes(String which) {
        if (which.startsWith("cheb")) {
            int n = Integer.parseInt(which.substring(4));
            double[] x = new double[n + 1];
            for (int j = 0; j <= n; j++) {
                x[j] = -Math.cos(j * Math.PI / n);
            }
            return x;
        }
        return new double[] {0, 1.0 / 3, 1, 1.5, 2, 2.5, 4};
    }

    private static NodeKernel kernel(String which, boolean all, Precision p) {
        if (which.startsWith("cheb")) {
            List<Real> nodes = cheb("chebyshev-lobatto:" + (Integer.parseInt(which.substring(4)) + 1));
            return all ? NodeKernel.real(true, w -> RealStencils.matrixBalls(nodes, 1, null, w), p, 4000, "D")
                    : NodeKernel.real(false, w -> RealStencils.weightBalls(nodes, Real.of(Rational.of(1, 2)), 1, w), p, 4000, "w");
        }
        // banded, accuracy 5: rows of 6 nodes differentiate the quintic exactly
        List<Rational> xs = List.of(Rational.ZERO, Rational.of(1, 3), Rational.ONE, Rational.of(3, 2), Rational.of(2),
                Rational.of(5, 2), Rational.of(4));
        List<Real> nodes = xs.stream().map(Real::of).toList();
        return NodeKernel.real(true, w -> RealStencils.matrixBalls(nodes, 1, 5, w), p, 4000, "D");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource({
        "c, cheb6, true, DOUBLE", "c, cheb6, false, DOUBLE", "c, cheb6, true, SINGLE", "c, banded, true, DOUBLE",
        "fortran, cheb6, true, DOUBLE", "fortran, cheb6, false, SINGLE", "fortran, banded, true, SINGLE",
        "java, cheb6, true, DOUBLE", "java, cheb6, false, DOUBLE", "java, banded, true, SINGLE",
        "python, cheb6, true, DOUBLE", "python, cheb6, false, SINGLE", "python, banded, true, DOUBLE"})
    void compiledCodeDifferentiatesPolynomials(String language, String which, boolean all, Precision p) {
        NodeKernel k = kernel(which, all, p);
        double[] x = nodes(which);
        String source = Language.valueOf(language.toUpperCase(Locale.ROOT)).emit(k, "nodes");
        List<Double> out = Toolchain.parse(run(language, source, all, p, samples(x)));
        double tol = p == Precision.DOUBLE ? 1e-11 : 1e-3; // |D| |f| n times the unit roundoff, with room
        if (all) {
            assertEquals(x.length, out.size());
            for (int i = 0; i < x.length; i++) {
                assertEquals(dpoly(x[i]), out.get(i), tol, "row " + i + "\n" + source);
            }
        } else {
            assertEquals(1, out.size());
            // 7 nodes, degree 5: exact at z = 1/2
            assertEquals(dpoly(0.5), out.get(0), tol, source);
        }
    }

    private static String run(String language, String source, boolean all, Precision p, String input) {
        Path dir = Toolchain.tempDir("stencilforge-nodes");
        String real = p == Precision.SINGLE ? "float" : "double";
        switch (language) {
            case "c" -> {
                ExternalTools.require(GeneratedC.available(), "gcc", "apt-get install gcc");
                Toolchain.write(dir.resolve("nodes.h"), source);
                Toolchain.write(dir.resolve("driver.c"), "#include <stdio.h>\n#include \"nodes.h\"\n"
                        + "int main(void)\n{\n    " + real + " f[nodes_SIZE], out[nodes_SIZE];\n    double t;\n"
                        + "    for (int i = 0; i < nodes_SIZE; i++) {\n        if (scanf(\"%lf\", &t) != 1) return 1;\n"
                        + "        f[i] = (" + real + ")t;\n    }\n"
                        + (all ? "    nodes_apply_all(f, out);\n    for (int i = 0; i < nodes_SIZE; i++) printf(\"%.17g\\n\", (double)out[i]);\n"
                                : "    (void)out;\n    printf(\"%.17g\\n\", (double)nodes_apply(f));\n")
                        + "    return 0;\n}\n");
                List<String> cmd = new ArrayList<>(List.of("gcc"));
                cmd.addAll(List.of(GeneratedC.FLAGS));
                cmd.addAll(List.of("driver.c", "-o", "driver", "-I."));
                Toolchain.exec(dir, "", source, cmd.toArray(String[]::new));
                return Toolchain.exec(dir, input, source, "./driver");
            }
            case "fortran" -> {
                ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
                String kind = p == Precision.SINGLE ? "real32" : "real64";
                Toolchain.write(dir.resolve("generated.f90"), source);
                Toolchain.write(dir.resolve("driver.f90"), "program driver\n  use, intrinsic :: iso_fortran_env, only: real32,"
                        + " real64\n  use nodes\n  implicit none\n  real(" + kind + ") :: f(n), fout(n)\n  real(real64) :: t\n"
                        + "  integer :: i\n  do i = 1, n\n    read (*, *) t\n    f(i) = real(t, " + kind + ")\n  end do\n"
                        + (all ? "  call apply_all(f, fout)\n  do i = 1, n\n    write (*, '(ES26.17)') real(fout(i), real64)\n"
                                + "  end do\n" : "  fout = 0\n  write (*, '(ES26.17)') real(apply(f), real64)\n")
                        + "end program driver\n");
                Toolchain.exec(dir, "", source, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "-c", "generated.f90");
                Toolchain.exec(dir, "", source, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "driver.f90",
                        "generated.o", "-o", "driver");
                return Toolchain.exec(dir, input, source, "./driver");
            }
            case "java" -> {
                Toolchain.write(dir.resolve("nodes.java"), source);
                Toolchain.write(dir.resolve("Driver.java"), "public class Driver {\n  public static void main(String[] a) {\n"
                        + "    java.util.Scanner s = new java.util.Scanner(System.in).useLocale(java.util.Locale.ROOT);\n"
                        + "    " + real + "[] f = new " + real + "[nodes.SIZE];\n"
                        + "    for (int i = 0; i < f.length; i++) f[i] = (" + real + ") s.nextDouble();\n"
                        + (all ? "    " + real + "[] out = new " + real + "[nodes.SIZE];\n    nodes.applyAll(f, out);\n"
                                + "    for (" + real + " v : out) System.out.println((double) v);\n"
                                : "    System.out.println((double) nodes.apply(f));\n")
                        + "  }\n}\n");
                String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                Toolchain.exec(dir, "", source, javac, "-Xlint:all", "-Werror", "nodes.java");
                Toolchain.exec(dir, "", source, javac, "-cp", ".", "Driver.java");
                return Toolchain.exec(dir, input, source, java, "-cp", ".", "Driver");
            }
            default -> {
                ExternalTools.require(GeneratedPython.interpreter() != null, "python3 with NumPy",
                        "apt-get install python3-numpy");
                Toolchain.write(dir.resolve("nodes.py"), source);
                Toolchain.write(dir.resolve("driver.py"), "import sys\nimport nodes\n"
                        + "f = [float(t) for t in sys.stdin.read().split()]\n"
                        + (all ? "for v in nodes.apply_all(f):\n    print(repr(float(v)))\n"
                                : "print(repr(float(nodes.apply(f))))\n"));
                return Toolchain.exec(dir, input, source, GeneratedPython.interpreter(), "-W", "error", "driver.py");
            }
        }
    }
}
