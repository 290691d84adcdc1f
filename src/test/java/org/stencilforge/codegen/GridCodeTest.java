package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.ExternalTools;
import org.stencilforge.GeneratedJava;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.operator.GridOperator;
import org.stencilforge.operator.GridRegions;
import org.stencilforge.operator.Grids;
import org.stencilforge.operator.SparseMatrix;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Scheme;

/**
 * Generated code for whole operators on tensor grids, compiled and run: {@code apply_all} against
 * the exact matrix ({@link Grids}, itself checked in GridsTest) applied in double precision, exact
 * on polynomials up to the order of its rows (each monomial differentiated by hand here) or on a
 * periodic cosine (the symbol 2 cos θ - 2 by hand), {@code apply_adjoint} against the exact
 * transpose and the dot-product test {@code <D u, v> = <u, D^T v>}; row-major, padded and
 * column-major strides (the last one exercises the strided interior loop).
 */
class GridCodeTest {

    private static final Limits LIMITS = Limits.DEFAULT;

    /**
     * A case: the operator, the accuracy per axis (a tensor product) or the shape of a stencil solved on
     * shifted points near the boundary ({@code shape} non-null, radius 1), the grid, the periodic axes and
     * the memory layout.
     */
    record Case(String label, DifferentialOperator op, int accuracy, List<Integer> sizes, List<Boolean> periodic,
            String layout, Shapes shape) {

        Case(String label, DifferentialOperator op, int accuracy, List<Integer> sizes, List<Boolean> periodic,
                String layout) {
            this(label, op, accuracy, sizes, periodic, layout, null);
        }

        @Override
        public String toString() {
            return label + " " + sizes + " " + layout;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = List.of(
                new Case("laplacian 2", DifferentialOperator.laplacian(2), 2, List.of(11, 9), List.of(false, false), "row"),
                new Case("laplacian 4", DifferentialOperator.laplacian(2), 4, List.of(13, 12), List.of(false, false), "padded"),
                new Case("f_xy 2", DifferentialOperator.partial(MultiIndex.of(1, 1)), 2, List.of(10, 9),
                        List.of(false, false), "column"),
                new Case("laplacian 3-D", DifferentialOperator.laplacian(3), 2, List.of(9, 8, 10),
                        List.of(false, false, false), "row"),
                new Case("f_xz 3-D", DifferentialOperator.partial(MultiIndex.of(1, 0, 1)), 2, List.of(8, 5, 9),
                        List.of(false, false, false), "column"),
                new Case("periodic laplacian", DifferentialOperator.laplacian(2), 2, List.of(12, 10),
                        List.of(true, false), "padded"),
                new Case("solved 5-point laplacian", DifferentialOperator.laplacian(2), 0, List.of(9, 8),
                        List.of(false, false), "row", Shapes.CROSS),
                new Case("solved 9-point f_xy", DifferentialOperator.partial(MultiIndex.of(1, 1)), 0, List.of(8, 9),
                        List.of(false, false), "column", Shapes.BOX),
                new Case("solved 9-point laplacian", DifferentialOperator.laplacian(2), 0, List.of(10, 7),
                        List.of(false, false), "padded", Shapes.BOX),
                new Case("solved 7-point laplacian 3-D", DifferentialOperator.laplacian(3), 0, List.of(7, 8, 6),
                        List.of(false, false, false), "row", Shapes.CROSS),
                new Case("solved periodic laplacian", DifferentialOperator.laplacian(2), 0, List.of(12, 10),
                        List.of(true, true), "padded", Shapes.CROSS));
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases) {
            for (Language l : List.of(Language.C, Language.JAVA, Language.PYTHON, Language.FORTRAN)) {
                out.add(Arguments.of(c, l));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void generatedCodeAppliesTheExactOperatorAndItsTranspose(Case c, Language language) {
        int d = c.sizes().size();
        GridOperator exact;
        GridKernel kernel;
        if (c.shape() == null) {
            List<AxisStencil> axes = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                axes.add(new AxisStencil.Preset(Scheme.CENTRAL, c.accuracy()));
            }
            var terms = Grids.terms(c.op(), axes, LIMITS);
            exact = Grids.tensor(c.op(), terms, c.sizes(), c.periodic(), LIMITS, Grids.Bounds.DEFAULT);
            kernel = Kernels.grid(c.op(), terms, c.periodic(), c.sizes(), LIMITS, GridRegions.DEFAULT_MAX_TERMS);
        } else {
            var interior = MomentSolver.solve(c.op(), c.shape().offsets(d, 1, LIMITS), MomentSolver.Rule.AUTO, LIMITS)
                    .stencil();
            exact = Grids.solved(interior, MomentSolver.Rule.AUTO, c.sizes(), c.periodic(), LIMITS, Grids.Bounds.DEFAULT);
            kernel = Kernels.grid(interior, MomentSolver.Rule.AUTO, c.periodic(), c.sizes(), LIMITS, GridRegions.DEFAULT_MAX_TERMS);
        }
        int[] n = c.sizes().stream().mapToInt(Integer::intValue).toArray();
        int[] strides = new int[d];
        if (c.layout().equals("column")) {
            strides[0] = 1;
            for (int a = 1; a < d; a++) {
                strides[a] = strides[a - 1] * n[a - 1];
            }
        } else {
            int pad = c.layout().equals("padded") ? 3 : 0;
            strides[d - 1] = 1;
            for (int a = d - 2; a >= 0; a--) {
                strides[a] = strides[a + 1] * (n[a + 1] + (a == d - 2 ? pad : 0));
            }
        }
        int size = 1;
        for (int a = 0; a < d; a++) {
            size += (n[a] - 1) * strides[a];
        }
        int points = exact.points();
        int[] at = new int[points]; // storage index of each grid point, row-major order
        double h = 0.125;
        int m = c.op().order();
        int order = exact.classes().stream().mapToInt(GridOperator.BoundaryClass::order).min().orElseThrow();
        double[] f = new double[size];
        double[] expectedOnF = new double[points];
        double[] g = new double[size];
        Random random = new Random(14);
        List<int[]> monomials = monomials(d, m + order - 1);
        long[] coefficients = monomials.stream().mapToLong(x -> random.nextInt(7) - 3).toArray();
        int[] p = new int[d];
        for (int i = 0; i < points; i++) {
            int rest = i;
            for (int a = d - 1; a >= 0; a--) {
                p[a] = rest % n[a];
                rest /= n[a];
            }
            int index = 0;
            for (int a = 0; a < d; a++) {
                index += p[a] * strides[a];
            }
            at[i] = index;
            g[index] = random.nextDouble() * 2 - 1;
            if (c.periodic().contains(true)) {
                // cos(2π i0 / n0) cos(π i1 / n1 ...): only x periodic here, and Dyy of cos(θ1 i1 h)... use f = cos(θ x) (y-free):
                // D f = (2 cos θ - 2) / h^2 f on every row (the y factor is constant so Dyy's closures give 0)
                double theta = 2 * Math.PI / n[0];
                f[index] = Math.cos(theta * p[0]);
                expectedOnF[i] = (2 * Math.cos(theta) - 2) / (h * h) * f[index];
            } else {
                double value = 0;
                double derivative = 0;
                for (int k = 0; k < monomials.size(); k++) {
                    value += coefficients[k] * monomial(monomials.get(k), new int[d], p, h);
                    for (DifferentialOperator.Term t : c.op().terms()) {
                        derivative += coefficients[k] * t.coefficient().toDouble()
                                * monomial(monomials.get(k), t.derivative().toArray(), p, h);
                    }
                }
                f[index] = value;
                expectedOnF[i] = derivative;
            }
        }
        double[][] out = run(language, kernel, n, strides, size, h, f, g);
        double scale = Math.pow(h, -m);
        double[] df = times(exact.matrix(), f, at, scale);
        double[] dtg = times(exact.matrix().transpose(), g, at, scale);
        double dot1 = 0;
        double dot2 = 0;
        double norm = 0;
        for (int i = 0; i < points; i++) {
            close(df[i], out[0][at[i]], "D f row " + i);
            close(expectedOnF[i], out[0][at[i]], "D f exact on the test function, row " + i);
            close(dtg[i], out[1][at[i]], "D^T g row " + i);
            dot1 += out[0][at[i]] * g[at[i]];
            dot2 += f[at[i]] * out[1][at[i]];
            norm += Math.abs(out[0][at[i]] * g[at[i]]) + Math.abs(f[at[i]] * out[1][at[i]]);
        }
        assertTrue(Math.abs(dot1 - dot2) <= 1e-12 * norm, "dot-product test " + dot1 + " vs " + dot2);
    }

    private static double monomial(int[] exps, int[] alpha, int[] p, double h) {
        double v = 1;
        for (int a = 0; a < exps.length; a++) {
            if (alpha[a] > exps[a]) {
                return 0;
            }
            for (int k = 0; k < alpha[a]; k++) {
                v *= exps[a] - k;
            }
            v *= Math.pow(p[a] * h, exps[a] - alpha[a]);
        }
        return v;
    }

    private static List<int[]> monomials(int d, int degree) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[0]);
        for (int a = 0; a < d; a++) {
            List<int[]> next = new ArrayList<>();
            for (int[] e : out) {
                int used = java.util.Arrays.stream(e).sum();
                for (int k = 0; k + used <= degree; k++) {
                    int[] x = java.util.Arrays.copyOf(e, e.length + 1);
                    x[e.length] = k;
                    next.add(x);
                }
            }
            out = next;
        }
        return out;
    }

    private static double[] times(SparseMatrix a, double[] x, int[] at, double scale) {
        double[] y = new double[a.rows()];
        for (int i = 0; i < a.rows(); i++) {
            double s = 0;
            for (int k = a.rowStart(i); k < a.rowStart(i + 1); k++) {
                s += a.value(k).toDouble() * x[at[a.column(k)]];
            }
            y[i] = s * scale;
        }
        return y;
    }

    private static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected)),
                what + ": expected " + expected + " but got " + actual);
    }

    /** The NumPy module on strided views of flat buffers (the test's layout, as_strided), results written back. */
    private static double[][] runPython(GridKernel k, int[] n, int[] strides, int size, double h, double[] f, double[] g) {
        ExternalTools.require(ExternalTools.runs("python3", "-c", "import numpy"), "python3 with NumPy",
                "apt-get install python3-numpy");
        String name = "grid_op";
        String source = Language.PYTHON.emit(k, name);
        var dir = Toolchain.tempDir("stencilforge-grid-py");
        Toolchain.write(dir.resolve(name + ".py"), source);
        String shape = java.util.Arrays.toString(n).replace('[', '(').replace(']', ')');
        String bytes = java.util.Arrays.toString(java.util.Arrays.stream(strides).map(x -> 8 * x).toArray())
                .replace('[', '(').replace(']', ')');
        String driver = "import sys\nimport numpy as np\nfrom numpy.lib.stride_tricks import as_strided\nimport " + name + "\n"
                + "xs = np.array([float(x) for x in sys.stdin.read().split()])\n"
                + "size = " + size + "\nf, g = xs[:size].copy(), xs[size:].copy()\n"
                + "for fn, a in ((" + name + ".apply_all, f), (" + name + ".apply_adjoint, g)):\n"
                + "    o = np.zeros(size)\n"
                + "    r = fn(as_strided(a, " + shape + ", " + bytes + "), " + h + ")\n"
                + "    assert r.shape == " + shape + "\n"
                + "    as_strided(o, " + shape + ", " + bytes + ")[...] = r\n"
                + "    sys.stdout.write(''.join(repr(float(x)) + '\\n' for x in o))\n";
        Toolchain.write(dir.resolve("driver.py"), driver);
        StringBuilder input = new StringBuilder();
        for (double[] arr : new double[][] {f, g}) {
            for (double x : arr) {
                input.append(x).append('\n');
            }
        }
        List<Double> xs = Toolchain.parse(Toolchain.exec(dir, input.toString(), source, "python3", "driver.py"));
        assertEquals(2 * size, xs.size());
        double[][] out = new double[2][size];
        for (int i = 0; i < size; i++) {
            out[0][i] = xs.get(i);
            out[1][i] = xs.get(size + i);
        }
        return out;
    }

    /**
     * The Fortran module on arrays a(n0, n1[, n2]) (element (i0 + 1, ...) the point (i0, ...)), filled from and
     * written back to the flat buffers by the test's strides; gfortran with the flags of {@link GeneratedFortran}.
     */
    private static double[][] runFortran(GridKernel k, int[] n, int[] strides, int size, double h, double[] f, double[] g) {
        ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
        int d = n.length;
        String name = "grid_op";
        String source = Language.FORTRAN.emit(k, name);
        var dir = Toolchain.tempDir("stencilforge-grid-fortran");
        Toolchain.write(dir.resolve("generated.f90"), source);
        StringBuilder idx = new StringBuilder();
        StringBuilder flat = new StringBuilder("1");
        StringBuilder loops = new StringBuilder();
        StringBuilder ends = new StringBuilder();
        StringBuilder dims = new StringBuilder();
        for (int a = d; a >= 1; a--) {
            loops.append("    do i").append(a).append(" = 1, ").append(n[a - 1]).append("\n");
            ends.append("    end do\n");
        }
        for (int a = 1; a <= d; a++) {
            idx.append(a == 1 ? "" : ", ").append("i").append(a);
            flat.append(" + (i").append(a).append(" - 1) * ").append(strides[a - 1]);
            dims.append(a == 1 ? "" : ", ").append(n[a - 1]);
        }
        String driver = "program driver\n  use, intrinsic :: iso_fortran_env, only: real64\n"
                + "  use " + name + ", only: apply_all, apply_adjoint\n  implicit none\n"
                + "  integer :: w, " + idx + "\n  real(real64) :: f(" + size + "), g(" + size + "), o(" + size + ")\n"
                + "  real(real64) :: a(" + dims + "), r(" + dims + ")\n"
                + "  read (*, *) f\n  read (*, *) g\n"
                + "  do w = 1, 2\n"
                + loops + "      if (w == 1) then\n        a(" + idx + ") = f(" + flat + ")\n      else\n"
                + "        a(" + idx + ") = g(" + flat + ")\n      end if\n" + ends
                + "    if (w == 1) then\n      call apply_all(a, r, " + h + "_real64)\n    else\n"
                + "      call apply_adjoint(a, r, " + h + "_real64)\n    end if\n"
                + "    o = 0.0_real64\n" + loops + "      o(" + flat + ") = r(" + idx + ")\n" + ends
                + "    write (*, '(es26.17e3)') o\n  end do\nend program driver\n";
        Toolchain.write(dir.resolve("driver.f90"), driver);
        Toolchain.exec(dir, "", source, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "-c", "generated.f90");
        Toolchain.exec(dir, "", driver, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "driver.f90", "generated.o",
                "-o", "driver");
        StringBuilder input = new StringBuilder();
        for (double[] arr : new double[][] {f, g}) {
            for (double x : arr) {
                input.append(x).append('\n');
            }
        }
        List<Double> xs = Toolchain.parse(Toolchain.exec(dir, input.toString(), source, "./driver"));
        assertEquals(2 * size, xs.size());
        double[][] out = new double[2][size];
        for (int i = 0; i < size; i++) {
            out[0][i] = xs.get(i);
            out[1][i] = xs.get(size + i);
        }
        return out;
    }

    private static double[][] run(Language language, GridKernel k, int[] n, int[] strides, int size, double h,
            double[] f, double[] g) {
        int d = n.length;
        if (language == Language.JAVA) {
            String name = "GridOp";
            GeneratedJava j = GeneratedJava.compile(language.emit(k, name), name);
            Class<?>[] types = {double[].class, double[].class, int[].class, int[].class, double.class};
            double[] a = new double[size];
            double[] b = new double[size];
            j.call("applyAll", types, f, a, n, strides, h);
            j.call("applyAdjoint", types, g, b, n, strides, h);
            if (d == 2 && strides[1] == 1 && strides[0] == n[1]) { // the double[][] overloads agree
                double[][] f2 = new double[n[0]][n[1]];
                for (int i = 0; i < n[0]; i++) {
                    System.arraycopy(f, i * n[1], f2[i], 0, n[1]);
                }
                double[][] r = (double[][]) j.call("applyAll", new Class<?>[] {double[][].class, double.class}, f2, h);
                for (int i = 0; i < n[0]; i++) {
                    for (int jj = 0; jj < n[1]; jj++) {
                        assertEquals(a[i * n[1] + jj], r[i][jj]);
                    }
                }
            }
            return new double[][] {a, b};
        }
        if (language == Language.PYTHON) {
            return runPython(k, n, strides, size, h, f, g);
        }
        if (language == Language.FORTRAN) {
            return runFortran(k, n, strides, size, h, f, g);
        }
        ExternalTools.require(GeneratedC.available(), "gcc", "apt-get install gcc");
        String name = "grid_op";
        String source = language.emit(k, name);
        var dir = Toolchain.tempDir("stencilforge-grid-c");
        Toolchain.write(dir.resolve(name + ".h"), source);
        String driver = "#include <stdio.h>\n#include <stdlib.h>\n#include \"" + name + ".h\"\n\n"
                + "int main(void)\n{\n    ptrdiff_t n[" + d + "], s[" + d + "];\n    long size, v;\n    double h;\n"
                + "    for (int a = 0; a < " + d + "; a++) {\n        if (scanf(\"%ld\", &v) != 1) {\n            return 2;\n"
                + "        }\n        n[a] = v;\n    }\n"
                + "    for (int a = 0; a < " + d + "; a++) {\n        if (scanf(\"%ld\", &v) != 1) {\n            return 2;\n"
                + "        }\n        s[a] = v;\n    }\n"
                + "    if (scanf(\"%ld %lf\", &size, &h) != 2) {\n        return 2;\n    }\n"
                + "    double *f = calloc((size_t)size, sizeof(double));\n    double *g = calloc((size_t)size, sizeof(double));\n"
                + "    double *o = calloc((size_t)size, sizeof(double));\n"
                + "    for (long i = 0; i < size; i++) {\n        if (scanf(\"%lf\", &f[i]) != 1) {\n            return 3;\n        }\n    }\n"
                + "    for (long i = 0; i < size; i++) {\n        if (scanf(\"%lf\", &g[i]) != 1) {\n            return 3;\n        }\n    }\n"
                + "    " + name + "_apply_all(f, o, n, s, h);\n"
                + "    for (long i = 0; i < size; i++) {\n        printf(\"%.17g\\n\", o[i]);\n    }\n"
                + "    " + name + "_apply_adjoint(g, o, n, s, h);\n"
                + "    for (long i = 0; i < size; i++) {\n        printf(\"%.17g\\n\", o[i]);\n    }\n"
                + "    free(f);\n    free(g);\n    free(o);\n    return 0;\n}\n";
        Toolchain.write(dir.resolve("driver.c"), driver);
        List<String> command = new ArrayList<>(List.of("gcc"));
        command.addAll(List.of(GeneratedC.FLAGS));
        command.addAll(List.of("driver.c", "-o", "driver", "-lm", "-I."));
        Toolchain.exec(dir, "", source, command.toArray(String[]::new));
        StringBuilder input = new StringBuilder();
        for (int x : n) {
            input.append(x).append(' ');
        }
        for (int x : strides) {
            input.append(x).append(' ');
        }
        input.append(size).append(' ').append(h).append('\n');
        for (double[] arr : new double[][] {f, g}) {
            for (double x : arr) {
                input.append(x).append('\n');
            }
        }
        List<Double> xs = Toolchain.parse(Toolchain.exec(dir, input.toString(), source, "./driver"));
        assertEquals(2 * size, xs.size());
        double[][] out = new double[2][size];
        for (int i = 0; i < size; i++) {
            out[0][i] = xs.get(i);
            out[1][i] = xs.get(size + i);
        }
        return out;
    }
}
