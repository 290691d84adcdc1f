package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.ExternalTools;
import org.stencilforge.GeneratedJava;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.operator.BoundaryPoints;
import org.stencilforge.operator.ClosureRule;
import org.stencilforge.operator.ConvolutionMode;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.Lines;
import org.stencilforge.operator.LineOperator;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/**
 * Generated code for whole 1-D operators (periodic, staggered, chosen closures, convolution
 * modes), compiled and run in all four languages. The references are independent of the
 * generated code and of {@link LineOperator}'s reading of the band: the exact matrix that
 * {@link Lines} builds on the test grid, multiplied in double here; its exact transpose; the
 * dot-product test; and central finite differences of the cost {@code 1/2 ||D f - y||^2}
 * evaluated with that exact matrix.
 */
class LineCodeTest {

    private static final Limits LIMITS = Limits.DEFAULT;

    /** One operator: its kernel and its exact matrix on {@code n} points. */
    record Case(String label, LineKernel kernel, IntFunction<DifferentiationMatrix> exact) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final org.stencilforge.sbp.SummationByParts.Block SBP63 =
            org.stencilforge.sbp.SummationByParts.derive(1, 6, java.util.Map.of());
    private static final org.stencilforge.sbp.SummationByParts.Block SBP42 =
            org.stencilforge.sbp.SummationByParts.derive(1, 4, java.util.Map.of());
    private static final org.stencilforge.sbp.SummationByParts.Block SBP43 = org.stencilforge.sbp.SummationByParts
            .derive(1, 4, org.stencilforge.sbp.SummationByParts.NormShape.BLOCK, java.util.Map.of());

    private static Stencil central(int m, int p) {
        return Stencils.preset(Scheme.CENTRAL, m, p, LIMITS);
    }

    private static Stencil offsets(int m, String... s) {
        return Stencils.fromOffsets(m, Stream.of(s).map(org.stencilforge.arithmetic.RationalParser::parse).toList(), LIMITS);
    }

    private static Case closed(String label, Stencil s, IntFunction<DifferentiationMatrix> family) {
        return new Case(label, Kernels.of(family, 12, label, s), family);
    }

    /** An SBP operator is defined from 2r + 1 = 13 points on: the kernel is read off from 20. */
    private static Case sbp(String label, Stencil s, IntFunction<DifferentiationMatrix> family) {
        return new Case(label, Kernels.of(family, 20, label, s), family);
    }

    static Stream<Case> cases() {
        Stencil d1 = central(1, 4);
        Stencil d2 = central(2, 2);
        Stencil half = offsets(1, "-3/2", "-1/2", "1/2", "3/2");
        Stencil half2 = offsets(1, "-1/2", "1/2");
        ClosureRule own = new ClosureRule(OptionalInt.of(3), OptionalInt.of(3), BoundaryPoints.OWN);
        return Stream.of(
                new Case("periodic d1 p4", Kernels.periodic(d1), n -> Lines.periodic(d1, n, LIMITS).matrix()),
                new Case("periodic one-sided", Kernels.periodic(offsets(1, "0", "1", "2")),
                        n -> Lines.periodic(offsets(1, "0", "1", "2"), n, LIMITS).matrix()),
                closed("staggered centres to faces", half,
                        n -> Lines.staggered(half, n, true, ClosureRule.DEFAULT, LIMITS).matrix()),
                closed("staggered faces to centres", half2,
                        n -> Lines.staggered(half2, n - 1, false, ClosureRule.DEFAULT, LIMITS).matrix()), // n faces
                closed("collocated d2 own closures", d2, n -> Lines.collocated(d2, n, own, LIMITS).matrix()),
                closed("collocated d1 p4 default", d1, n -> Lines.collocated(d1, n, ClosureRule.DEFAULT, LIMITS).matrix()),
                closed("convolution full", d2, n -> Lines.convolution(d2, n, ConvolutionMode.FULL, LIMITS).matrix()),
                closed("convolution same", d1, n -> Lines.convolution(d1, n, ConvolutionMode.SAME, LIMITS).matrix()),
                closed("convolution valid", d1, n -> Lines.convolution(d1, n, ConvolutionMode.VALID, LIMITS).matrix()),
                // summation-by-parts: D and H^-1 (h^-1 diag(1/w)) of the 6-3 operator, H/h of the 4-2, as sbp generates them
                sbp("sbp 6-3 D", d1, SBP63::matrix),
                sbp("sbp 6-3 inverse norm", d1, n -> SBP63.normMatrix(n, true)),
                sbp("sbp 4-2 norm", d1, n -> SBP42.normMatrix(n, false)),
                // the 4-3 block norm: H/h and H^-1 with a full 5×5 block (its exact inverse) at each end
                sbp("sbp 4-3 block D", d1, SBP43::matrix),
                sbp("sbp 4-3 block norm", d1, n -> SBP43.normMatrix(n, false)),
                sbp("sbp 4-3 block inverse norm", d1, n -> SBP43.normMatrix(n, true)));
    }

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases().toList()) {
            for (Language l : Language.values()) {
                out.add(Arguments.of(c, l));
            }
        }
        return out.stream();
    }

    /** What a generated operator returns: D f, D^T g, D^T D f and the gradient at (f, y). */
    record Outputs(double[] d, double[] adjoint, double[] normal, double[] gradient) {
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("runs")
    void generatedCodeAppliesTheExactMatrixItsTransposeAndTheNormalEquations(Case c, Language language) {
        LineKernel k = c.kernel();
        for (int n : new int[] {Math.max(k.minLength(), 1), 13, 40}) {
            if (n < k.minLength()) {
                continue;
            }
            DifferentiationMatrix exact = c.exact().apply(n);
            int rows = exact.size();
            assertEquals(n + k.extra(), rows, "rows of " + c);
            assertEquals(n, exact.columns());
            Random random = new Random(n * 31L + c.label().hashCode());
            double h = 0.25 + random.nextDouble();
            double[] f = random.doubles(n, -1, 1).toArray();
            double[] g = random.doubles(rows, -1, 1).toArray();
            double[] y = random.doubles(rows, -1, 1).toArray();
            Outputs o = run(language, k, n, h, f, g, y);
            double s = Math.pow(h, -k.derivative());
            double[] df = times(exact, f, s);
            double[] dtg = times(exact.transpose(), g, s);
            close(df, o.d(), c + " D f, n = " + n);
            close(dtg, o.adjoint(), c + " D^T g, n = " + n);
            close(times(exact.transpose(), df, s), o.normal(), c + " D^T D f, n = " + n);
            // the dot-product test on the generated outputs alone
            double left = dot(o.d(), g);
            double right = dot(f, o.adjoint());
            assertEquals(left, right, 1e-11 * (1 + norm(o.d()) * norm(g) + norm(f) * norm(o.adjoint())),
                    c + " <D f, g> = <f, D^T g>");
            // the gradient against central differences of the cost, exact matrix in double
            double step = 1e-6;
            for (int j = 0; j < n; j++) {
                double[] up = f.clone();
                double[] down = f.clone();
                up[j] += step;
                down[j] -= step;
                double fd = (cost(exact, up, y, s) - cost(exact, down, y, s)) / (2 * step);
                double scale = 1 + Math.abs(fd) + cost(exact, f, y, s) * 1e-4;
                assertEquals(fd, o.gradient()[j], 1e-5 * scale, c + " gradient component " + j + ", n = " + n);
            }
        }
    }

    /** A module named like an entity of the line module's own scope does not compile, so the name is refused. */
    @org.junit.jupiter.api.Test
    void fortranNamesOfTheLineModulesOwnEntitiesAreRefused() {
        ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
        LineKernel k = cases().findFirst().orElseThrow().kernel();
        var dir = Toolchain.tempDir("stencilforge-line-names");
        List<String> names = List.of("extra", "apply_normal", "gradient", "lines");
        for (String name : names) {
            Toolchain.write(dir.resolve(name + ".f90"), FortranEmitter.INSTANCE.emit(k, name, Precision.DOUBLE));
            org.junit.jupiter.api.Assertions.assertThrows(org.stencilforge.StencilforgeException.class,
                    () -> Language.FORTRAN.emit(k, name), name);
        }
        String script = "for w in " + String.join(" ", names) + "; do gfortran -std=f2008 -Wall -Werror -fsyntax-only"
                + " $w.f90 >/dev/null 2>&1 && echo $w; done; true";
        assertEquals("", Toolchain.exec(dir, "", script, "sh", "-c", script).trim(),
                "modules that compile although named like their own entities");
        Toolchain.write(dir.resolve("line_ok.f90"), FortranEmitter.INSTANCE.emit(k, "line_ok", Precision.DOUBLE));
        Toolchain.exec(dir, "", "", "gfortran", "-std=f2008", "-Wall", "-Werror", "-fsyntax-only", "line_ok.f90");
    }

    private static Outputs run(Language language, LineKernel k, int n, double h, double[] f, double[] g,
            double[] y) {
        String name = language == Language.JAVA ? "LineOp" : "line_op";
        String source = language.emit(k, name);
        int rows = n + k.extra();
        StringBuilder input = new StringBuilder().append(n).append(' ').append(h).append('\n');
        for (double[] a : new double[][] {f, g, y}) {
            for (double x : a) {
                input.append(x).append('\n');
            }
        }
        List<Double> out = switch (language) {
            case JAVA -> {
                GeneratedJava j = GeneratedJava.compile(source, name);
                Class<?>[] one = {double[].class, double.class};
                List<Double> xs = new ArrayList<>();
                for (Object r : new Object[] {j.call("applyAll", one, f, h), j.call("applyAdjoint", one, g, h),
                        j.call("applyNormal", one, f, h),
                        j.call("gradient", new Class<?>[] {double[].class, double[].class, double.class}, f, y, h)}) {
                    for (double x : (double[]) r) {
                        xs.add(x);
                    }
                }
                yield xs;
            }
            case C -> {
                ExternalTools.require(GeneratedC.available(), "gcc", "apt-get install gcc");
                var dir = Toolchain.tempDir("stencilforge-line-c");
                Toolchain.write(dir.resolve(name + ".h"), source);
                String driver = "#include <stdio.h>\n#include <stdlib.h>\n#include \"" + name + ".h\"\n"
                        + "static void rd(double *x, long n)\n{\n    for (long i = 0; i < n; i++) {\n"
                        + "        if (scanf(\"%lf\", &x[i]) != 1) {\n            exit(3);\n        }\n    }\n}\n"
                        + "static void pr(const double *x, long n)\n{\n    for (long i = 0; i < n; i++) {\n"
                        + "        printf(\"%.17g\\n\", x[i]);\n    }\n}\n"
                        + "int main(void)\n{\n    long n;\n    double h;\n"
                        + "    if (scanf(\"%ld %lf\", &n, &h) != 2) {\n        return 2;\n    }\n"
                        + "    long m = n + " + name + "_EXTRA;\n"
                        + "    double *f = malloc(sizeof(double) * (size_t)(n + 1)), *o = malloc(sizeof(double) * (size_t)(n + 1));\n"
                        + "    double *g = malloc(sizeof(double) * (size_t)(m + 1)), *y = malloc(sizeof(double) * (size_t)(m + 1));\n"
                        + "    double *d = malloc(sizeof(double) * (size_t)(m + 1)), *w = malloc(sizeof(double) * (size_t)(m + 1));\n"
                        + "    rd(f, n);\n    rd(g, m);\n    rd(y, m);\n"
                        + "    " + name + "_apply_all(f, d, n, h);\n    pr(d, m);\n"
                        + "    " + name + "_apply_adjoint(g, o, n, h);\n    pr(o, n);\n"
                        + "    " + name + "_apply_normal(f, o, w, n, h);\n    pr(o, n);\n"
                        + "    " + name + "_gradient(f, y, o, w, n, h);\n    pr(o, n);\n"
                        + "    free(f);\n    free(o);\n    free(g);\n    free(y);\n    free(d);\n    free(w);\n"
                        + "    return 0;\n}\n";
                Toolchain.write(dir.resolve("driver.c"), driver);
                List<String> command = new ArrayList<>(List.of("gcc"));
                command.addAll(List.of(GeneratedC.FLAGS));
                command.addAll(List.of("driver.c", "-o", "driver", "-lm", "-I."));
                Toolchain.exec(dir, "", source, command.toArray(String[]::new));
                yield Toolchain.parse(Toolchain.exec(dir, input.toString(), source, "./driver"));
            }
            case FORTRAN -> {
                ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
                var dir = Toolchain.tempDir("stencilforge-line-fortran");
                Toolchain.write(dir.resolve("generated.f90"), source);
                String driver = "program driver\n"
                        + "  use, intrinsic :: iso_fortran_env, only: real64\n"
                        + "  use " + name + ", only: extra, apply_all, apply_adjoint, apply_normal, gradient\n"
                        + "  implicit none\n  integer :: n, m\n  real(real64) :: h\n"
                        + "  real(real64), allocatable :: f(:), g(:), y(:), d(:), o(:)\n"
                        + "  read (*, *) n, h\n  m = n + extra\n"
                        + "  allocate (f(n), g(m), y(m), d(m), o(n))\n"
                        + "  read (*, *) f\n  read (*, *) g\n  read (*, *) y\n"
                        + "  call apply_all(f, d, h)\n  write (*, '(es26.17e3)') d\n"
                        + "  call apply_adjoint(g, o, h)\n  write (*, '(es26.17e3)') o\n"
                        + "  call apply_normal(f, o, h)\n  write (*, '(es26.17e3)') o\n"
                        + "  call gradient(f, y, o, h)\n  write (*, '(es26.17e3)') o\n"
                        + "end program driver\n";
                Toolchain.write(dir.resolve("driver.f90"), driver);
                Toolchain.exec(dir, "", source, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "-c",
                        "generated.f90");
                Toolchain.exec(dir, "", driver, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "driver.f90",
                        "generated.o", "-o", "driver");
                yield Toolchain.parse(Toolchain.exec(dir, input.toString(), source, "./driver"));
            }
            case PYTHON -> {
                ExternalTools.require(GeneratedPython.interpreter() != null, "python3 with NumPy",
                        "apt-get install python3-numpy");
                var dir = Toolchain.tempDir("stencilforge-line-python");
                Toolchain.write(dir.resolve(name + ".py"), source);
                String driver = "import sys\nimport numpy as np\nimport " + name + " as k\n"
                        + "v = sys.stdin.read().split()\nn = int(v[0])\nh = float(v[1])\nm = n + k.EXTRA\n"
                        + "x = np.array([float(t) for t in v[2:]])\nf, g, y = x[:n], x[n:n + m], x[n + m:n + 2 * m]\n"
                        + "for a in (k.apply_all(f, h), k.apply_adjoint(g, h), k.apply_normal(f, h),"
                        + " k.gradient(f, y, h)):\n    for t in a:\n        print(repr(float(t)))\n";
                Toolchain.write(dir.resolve("driver.py"), driver);
                Toolchain.exec(dir, "", source, GeneratedPython.interpreter(), "-W", "error", "-m", "py_compile",
                        name + ".py");
                yield Toolchain.parse(Toolchain.exec(dir, input.toString(), source, GeneratedPython.interpreter(),
                        "-W", "error", "driver.py"));
            }
        };
        assertEquals(rows + 3 * n, out.size(), "outputs of the generated " + language + " code:\n" + source);
        double[] all = out.stream().mapToDouble(Double::doubleValue).toArray();
        return new Outputs(java.util.Arrays.copyOfRange(all, 0, rows),
                java.util.Arrays.copyOfRange(all, rows, rows + n),
                java.util.Arrays.copyOfRange(all, rows + n, rows + 2 * n),
                java.util.Arrays.copyOfRange(all, rows + 2 * n, rows + 3 * n));
    }

    /** The exact matrix times a vector, in double: each entry rounded once, then the sum. */
    private static double[] times(DifferentiationMatrix a, double[] x, double s) {
        double[] out = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            var row = a.rows().get(i);
            double acc = 0;
            for (int j = row.first(); j < row.end(); j++) {
                acc += row.at(j).toDouble() * x[j];
            }
            out[i] = acc * s;
        }
        return out;
    }

    private static double cost(DifferentiationMatrix a, double[] f, double[] y, double s) {
        double[] r = times(a, f, s);
        double c = 0;
        for (int i = 0; i < r.length; i++) {
            c += 0.5 * (r[i] - y[i]) * (r[i] - y[i]);
        }
        return c;
    }

    private static void close(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = 1 + norm(expected);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= 1e-12 * scale,
                    what + ": entry " + i + " is " + actual[i] + ", the exact matrix gives " + expected[i]);
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
