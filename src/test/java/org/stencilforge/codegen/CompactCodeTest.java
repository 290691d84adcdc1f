package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.ExternalTools;
import org.stencilforge.GeneratedJava;
import org.stencilforge.StencilforgeException;
import org.stencilforge.compact.CompactMatrices;
import org.stencilforge.compact.CompactOperator;
import org.stencilforge.compact.CompactScheme;
import org.stencilforge.compact.CompactSchemes;

/**
 * Generated compact code, compiled and run in every language (javac --release 8 -Werror, gcc C99 -Werror,
 * gfortran -std=f2008 -Werror, python3 -W error): on random polynomials, with closures, the derivative is
 * exact to rounding up to degree {@code p + m - 1} for the lowest row order {@code p} (each row of
 * {@code A d = h^(-m) B f} holds exactly for them, so the solution is the derivative) and visibly not one
 * degree higher; on a periodic grid, the solution agrees with an independent dense LU solve (Hipparchus, in
 * double) of the exact matrices {@link CompactMatrices}, and on {@code sin} the error against the closed form
 * falls like {@code h^p}.
 */
class CompactCodeTest {

    /** One compiled program: maps cases (f, h) to the derivative it computes. */
    interface Program {
        List<double[]> run(List<double[]> fs, double h);
    }

    private static CompactOperator operator(int m, int p, boolean periodic) {
        List<List<Integer>> shape = CompactSchemes.leleShape(m, p);
        CompactScheme s = CompactSchemes.derive(m, shape.get(0), shape.get(1), Map.of(), 1, 32);
        return periodic ? CompactOperator.periodic(s) : CompactOperator.closed(s, 3, 32);
    }

    private static Program compile(Language language, CompactKernel kernel, String name) {
        String source = language.emit(kernel, language == Language.JAVA ? "gen." + name : name);
        return switch (language) {
            case JAVA -> java(source, "gen." + name);
            case C -> native_(source, name, "c");
            case FORTRAN -> native_(source, name, "fortran");
            case PYTHON -> native_(source, name, "python");
        };
    }

    private static Program java(String source, String name) {
        GeneratedJava g = GeneratedJava.compile(source, name);
        return (fs, h) -> {
            List<double[]> out = new ArrayList<>();
            for (double[] f : fs) {
                double[] d = new double[f.length];
                g.call("applyAll", new Class<?>[] {double[].class, double[].class, double.class}, f, d, h);
                out.add(d);
            }
            return out;
        };
    }

    private static String input(List<double[]> fs, double h) {
        StringBuilder b = new StringBuilder().append(fs.size()).append('\n');
        for (double[] f : fs) {
            b.append(f.length).append(' ').append(h).append('\n');
            for (double x : f) {
                b.append(x).append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static Program native_(String source, String name, String kind) {
        Path dir = Toolchain.tempDir("stencilforge-compact");
        String[] command;
        switch (kind) {
            case "c" -> {
                ExternalTools.require(GeneratedC.available(), "gcc", "apt-get install gcc");
                Toolchain.write(dir.resolve(name + ".h"), source);
                Toolchain.write(dir.resolve("driver.c"), "#include <stdio.h>\n#include <stdlib.h>\n#include \"" + name
                        + ".h\"\n\nint main(void)\n{\n    int cases;\n    if (scanf(\"%d\", &cases) != 1) {\n"
                        + "        return 2;\n    }\n    for (int k = 0; k < cases; k++) {\n        long n;\n"
                        + "        double h;\n        if (scanf(\"%ld %lf\", &n, &h) != 2) {\n            return 2;\n"
                        + "        }\n        double *f = malloc(sizeof(double) * (size_t)n);\n"
                        + "        double *out = malloc(sizeof(double) * (size_t)n);\n"
                        + "        double *work = malloc(sizeof(double) * (size_t)" + name + "_work_length(n));\n"
                        + "        for (long i = 0; i < n; i++) {\n            if (scanf(\"%lf\", &f[i]) != 1) {\n"
                        + "                return 3;\n            }\n        }\n"
                        + "        " + name + "_apply_all(f, out, n, h, work);\n"
                        + "        for (long i = 0; i < n; i++) {\n            printf(\"%.17g\\n\", out[i]);\n        }\n"
                        + "        free(f);\n        free(out);\n        free(work);\n    }\n    return 0;\n}\n");
                List<String> c = new ArrayList<>(List.of("gcc"));
                c.addAll(List.of(GeneratedC.FLAGS));
                c.addAll(List.of("driver.c", "-o", "driver", "-lm", "-I."));
                Toolchain.exec(dir, "", source, c.toArray(String[]::new));
                command = new String[] {"./driver"};
            }
            case "fortran" -> {
                ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
                Toolchain.write(dir.resolve("generated.f90"), source);
                Toolchain.write(dir.resolve("driver.f90"), "program driver\n"
                        + "  use, intrinsic :: iso_fortran_env, only: real64\n"
                        + "  use " + name + ", only: apply_all\n  implicit none\n"
                        + "  integer :: k, cases, n\n  real(real64) :: h\n"
                        + "  real(real64), allocatable :: f(:), out(:)\n  read (*, *) cases\n"
                        + "  do k = 1, cases\n    read (*, *) n, h\n    allocate (f(n), out(n))\n    read (*, *) f\n"
                        + "    call apply_all(f, out, h)\n    write (*, '(es26.17e3)') out\n"
                        + "    deallocate (f, out)\n  end do\nend program driver\n");
                String[] flags = {"gfortran", "-std=f2008", "-Wall", "-Werror", "-O2"};
                List<String> c1 = new ArrayList<>(List.of(flags));
                c1.addAll(List.of("-c", "generated.f90"));
                Toolchain.exec(dir, "", source, c1.toArray(String[]::new));
                List<String> c2 = new ArrayList<>(List.of(flags));
                c2.addAll(List.of("driver.f90", "generated.o", "-o", "driver"));
                Toolchain.exec(dir, "", source, c2.toArray(String[]::new));
                command = new String[] {"./driver"};
            }
            default -> {
                String python = GeneratedPython.interpreter();
                ExternalTools.require(python != null, "python3 with NumPy", "apt-get install python3-numpy");
                Toolchain.write(dir.resolve(name + ".py"), source);
                Toolchain.write(dir.resolve("driver.py"), "import sys\nimport numpy as np\nimport " + name
                        + " as m\n\ndata = sys.stdin.read().split()\npos = 1\nout = []\n"
                        + "for _ in range(int(data[0])):\n    n = int(data[pos])\n    h = float(data[pos + 1])\n"
                        + "    f = np.array([float(x) for x in data[pos + 2:pos + 2 + n]])\n    pos += 2 + n\n"
                        + "    d = m.apply_all(f, h)\n    assert type(d) is np.ndarray and d.shape == (n,)\n"
                        + "    out += [repr(float(x)) for x in d]\nprint('\\n'.join(out))\n");
                Toolchain.exec(dir, "", source, python, "-W", "error", "-m", "py_compile", name + ".py");
                command = new String[] {python, "-W", "error", "driver.py"};
            }
        }
        String[] run = command;
        return (fs, h) -> {
            double[] xs = Toolchain.array(Toolchain.parse(Toolchain.exec(dir, input(fs, h), source, run)));
            List<double[]> out = new ArrayList<>();
            int k = 0;
            for (double[] f : fs) {
                double[] d = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    d[i] = xs[k++];
                }
                out.add(d);
            }
            assertEquals(xs.length, k, "numbers printed");
            return out;
        };
    }

    /** {@code Σ c_k x^k} and its m-th derivative, in double (the closed form of the derivative of a monomial). */
    private static double[][] polynomial(double[] c, int m, double x0, double h, int n) {
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            double x = x0 + i * h;
            for (int k = 0; k < c.length; k++) {
                out[0][i] += c[k] * Math.pow(x, k);
                if (k >= m) {
                    double falling = 1;
                    for (int t = 0; t < m; t++) {
                        falling *= k - t;
                    }
                    out[1][i] += c[k] * falling * Math.pow(x, k - m);
                }
            }
        }
        return out;
    }

    private static double worst(double[] a, double[] b) {
        double w = 0;
        for (int i = 0; i < a.length; i++) {
            w = Math.max(w, Math.abs(a[i] - b[i]));
        }
        return w;
    }

    @ParameterizedTest
    @CsvSource({"JAVA,1,4", "JAVA,1,6", "JAVA,1,8", "JAVA,1,10", "JAVA,2,4", "JAVA,2,6", "JAVA,2,10",
        "C,1,4", "C,1,6", "C,1,10", "C,2,6", "C,2,10", "FORTRAN,1,6", "FORTRAN,1,10", "FORTRAN,2,6",
        "PYTHON,1,6", "PYTHON,1,10", "PYTHON,2,6"})
    void withClosuresTheCodeIsExactOnPolynomialsUpToTheLowestRowOrder(Language language, int m, int p) {
        CompactOperator op = operator(m, p, false);
        int lowest = op.orders().stream().mapToInt(Integer::intValue).min().getAsInt();
        int degree = lowest + m - 1;
        CompactKernel kernel = CompactKernel.of(op);
        Program program = compile(language, kernel, "cpt" + m + "x" + p);
        Random random = new Random(31L * m + p);
        double h = 0.1;
        double x0 = -0.7;
        for (int n : new int[] {kernel.minLength(), 23}) {
            List<double[]> fs = new ArrayList<>();
            List<double[]> exact = new ArrayList<>();
            for (int d : new int[] {degree, degree + 1}) {
                double[] c = new double[d + 1];
                for (int k = 0; k <= d; k++) {
                    c[k] = random.nextInt(19) - 9;
                }
                c[d] = 1 + random.nextInt(5);
                double[][] pf = polynomial(c, m, x0, h, n);
                fs.add(pf[0]);
                exact.add(pf[1]);
            }
            List<double[]> got = program.run(fs, h);
            double scale = 1e-9 * Math.pow(h, -m) * 100;
            double at = worst(got.get(0), exact.get(0));
            assertTrue(at < scale, language + " degree " + degree + ", n " + n + ": error " + at);
            double above = worst(got.get(1), exact.get(1));
            assertTrue(above > 1e-4, language + " degree " + (degree + 1) + " should not be exact: error " + above);
        }
    }

    /**
     * Closures whose LU in natural order meets an exact zero pivot: the leading 2 × 2 minor of {@code A} is
     * {@code a00 a11 - a01 a10 = 0} (by hand for Lele's fourth-order second-derivative closure
     * {@code f''_0 + 10 f''_1} above the Padé row {@code 1/10, 1, 1/10}: {@code 1 - 10/10}). The code eliminates
     * in the fixed exact order and is exact on polynomials up to the lowest row order, and agrees on random data
     * with Hipparchus's dense LU with partial pivoting of the exact matrices.
     */
    @ParameterizedTest
    @CsvSource({"JAVA,2,6,4", "C,2,6,4", "FORTRAN,2,6,4", "PYTHON,2,6,4", "JAVA,1,4,5", "C,1,10,5", "FORTRAN,2,10,4",
        "PYTHON,1,6,5", "JAVA,2,4,4", "C,2,4,4"})
    void closuresThatNeedAnotherRowOrderAreSolvedExactlyOnPolynomials(Language language, int m, int p, int boundary) {
        List<List<Integer>> shape = CompactSchemes.leleShape(m, p);
        CompactOperator op = CompactOperator.closed(CompactSchemes.derive(m, shape.get(0), shape.get(1), Map.of(), 1,
                32), boundary, 32);
        CompactKernel kernel = CompactKernel.of(op);
        CompactMatrices small = CompactMatrices.of(op, kernel.minLength(), 1000);
        assertEquals(org.stencilforge.arithmetic.Rational.ZERO, small.a().entry(0, 0).multiply(small.a().entry(1, 1))
                .subtract(small.a().entry(0, 1).multiply(small.a().entry(1, 0))), "leading 2 x 2 minor");
        assertTrue(org.stencilforge.compact.EliminationOrder.of(op).permuted());
        int lowest = op.orders().stream().mapToInt(Integer::intValue).min().getAsInt();
        int degree = lowest + m - 1;
        Program program = compile(language, kernel, "ord" + m + "x" + p + "x" + boundary);
        Random random = new Random(13L * m + p + 101L * boundary);
        double h = 0.1;
        for (int n : new int[] {kernel.minLength(), kernel.minLength() + 1, 23, 60}) {
            double[] c = new double[degree + 1];
            for (int k = 0; k <= degree; k++) {
                c[k] = random.nextInt(19) - 9;
            }
            double[][] pf = polynomial(c, m, -0.7, h, n);
            double[] noise = new double[n];
            for (int i = 0; i < n; i++) {
                noise[i] = random.nextDouble() - 0.5;
            }
            List<double[]> got = program.run(List.of(pf[0], noise), h);
            double at = worst(got.get(0), pf[1]);
            assertTrue(at < 1e-7 * Math.pow(h, -m), language + " degree " + degree + ", n " + n + ": error " + at);
            double off = worst(got.get(1), dense(op, noise, h));
            assertTrue(off < 1e-10 * Math.pow(h, -m), language + " n " + n + ": differs from the dense LU by " + off);
        }
    }

    /** The system solved densely: Hipparchus LU (partial pivoting) of the exact matrices in double. */
    private static double[] dense(CompactOperator op, double[] f, double h) {
        int n = f.length;
        CompactMatrices mm = CompactMatrices.of(op, n, 1000);
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = mm.a().entry(i, j).toDouble();
                b[i][j] = mm.b().entry(i, j).toDouble();
            }
        }
        return new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                .solve(new Array2DRowRealMatrix(b).operate(new ArrayRealVector(f))
                        .mapMultiply(Math.pow(h, -op.derivative()))).toArray();
    }

    @ParameterizedTest
    @CsvSource({"JAVA,1,4", "JAVA,1,6", "JAVA,1,8", "JAVA,1,10", "JAVA,2,6", "JAVA,2,10", "C,1,4", "C,1,6", "C,1,10",
        "C,2,6", "FORTRAN,1,6", "FORTRAN,1,10", "FORTRAN,2,4", "PYTHON,1,6", "PYTHON,1,10", "PYTHON,2,6"})
    void periodicCodeMatchesADenseSolveAndConvergesAtTheOrder(Language language, int m, int p) {
        CompactOperator op = operator(m, p, true);
        Program program = compile(language, CompactKernel.of(op), "per" + m + "x" + p);
        Random random = new Random(7L * m + p);
        int[] sizes = {12, 24};
        double[] errors = new double[2];
        for (int t = 0; t < 2; t++) {
            int n = sizes[t];
            double h = 1.0 / n;
            double[] wave = new double[n];
            double[] exact = new double[n];
            double[] noise = new double[n];
            for (int i = 0; i < n; i++) {
                double x = 2 * Math.PI * i * h;
                wave[i] = Math.sin(x);
                exact[i] = Math.pow(2 * Math.PI, m) * (m == 1 ? Math.cos(x) : -Math.sin(x));
                noise[i] = random.nextDouble() - 0.5;
            }
            List<double[]> got = program.run(List.of(wave, noise), h);
            double[] reference = dense(op, noise, h);
            double tolerance = 1e-11 * Math.pow(n, m);
            assertTrue(worst(got.get(1), reference) < tolerance, language + " periodic solve differs from the dense"
                    + " LU by " + worst(got.get(1), reference));
            errors[t] = worst(got.get(0), exact);
        }
        double observed = Math.log(errors[0] / errors[1]) / Math.log(2);
        assertTrue(Math.abs(observed - p) < 0.6, language + " observed order " + observed + " for " + p + " (errors "
                + errors[0] + ", " + errors[1] + ")");
    }

    /** The class the JMH CompactSolveBenchmark runs is the generator's output, byte for byte (regenerate: README). */
    @org.junit.jupiter.api.Test
    void theBenchmarkedClassIsTheGeneratedOne() throws Exception {
        String committed = java.nio.file.Files.readString(Path.of("src/bench/java/org/stencilforge/bench/Compact6.java"));
        assertEquals(committed, Language.JAVA.emit(CompactKernel.of(operator(1, 6, false)),
                "org.stencilforge.bench.Compact6"));
    }

    @ParameterizedTest
    @CsvSource({"JAVA", "C", "FORTRAN", "PYTHON"})
    void namesThatClashOrAreNotIdentifiersAreRefused(Language language) {
        CompactKernel k = CompactKernel.of(operator(1, 4, false));
        assertThrows(StencilforgeException.class, () -> language.emit(k, "1bad"));
        if (language == Language.FORTRAN) {
            assertThrows(StencilforgeException.class, () -> language.emit(k, "cf_solve"));
            assertThrows(StencilforgeException.class, () -> language.emit(k, "mm"));
        }
    }
}
