package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stencilforge.ExternalTools;
import org.stencilforge.GeneratedJava;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.request.AxisSpacings;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.symbolic.Expr;
import org.stencilforge.symbolic.SymbolicGridStencil;
import org.stencilforge.symbolic.SymbolicLimits;
import org.stencilforge.symbolic.SymbolicStencil;
import org.stencilforge.symbolic.SymbolicStencils;

/**
 * Generated code for symbolic spacings, compiled and run in every language: the function,
 * applied to samples of a polynomial that the stencil differentiates exactly, at random
 * spacing values, must give the exact derivative of the polynomial (to double rounding).
 */
class SymbolicCodeTest {

    /** A case: a kernel, and inputs with the exact answers. */
    record Case(String label, SymbolicKernel kernel, List<Input> inputs) {
    }

    /** One call: the parameter values, the flat array, the index, the strides, and the exact value. */
    record Input(double[] parameters, double[] f, int index, int[] strides, double exact) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void cases() {
        if (!CASES.isEmpty()) {
            return;
        }
        Random random = new Random(7);
        // 1-D: the stencil is exact on polynomials of degree below its number of points
        for (String[] c : new String[][] {{"2", "-h1,0,h2"}, {"1", "-h1,0,h2"}, {"1", "-h1-h2,-h1,0,h3"},
            {"2", "-2*h,-h,0,r*h"}}) {
            SymbolicStencil s = SymbolicStencils.fromOffsets(Integer.parseInt(c[0]), c[1], 1, SymbolicLimits.DEFAULT);
            CASES.add(new Case("weights --derivative " + c[0] + " --offsets=" + c[1], Kernels.of(s),
                    line(s, random)));
        }
        for (String[] c : new String[][] {{"laplacian", "2", "3"}, {"Dxy", "2", "2"}, {"biharmonic", "2", "3"},
            {"laplacian", "3", "3"}, {"Dxx - 1/2 Dxy + 3 Dyy", "2", "2"}}) {
            int d = Integer.parseInt(c[1]);
            DifferentialOperator op = OperatorParser.parse(c[0], d);
            List<AxisStencil> axes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                axes.add(new AxisStencil.Preset(Scheme.CENTRAL, 2));
                names.add("d" + "xyz".charAt(a));
            }
            SymbolicGridStencil s = AxisSpacings.deriveSymbolic(new StencilRequest.Tensor(op, axes),
                    AxisSpacings.symbolic(String.join(",", names)), 1, Limits.DEFAULT);
            CASES.add(new Case("nd " + c[0], Kernels.of(s), grid(s, op, Integer.parseInt(c[2]), random)));
        }
        for (int d = 2; d <= 3; d++) { // the Mehrstellen box Laplacian: exact on cubics
            DifferentialOperator op = DifferentialOperator.laplacian(d);
            SymbolicGridStencil s = AxisSpacings.deriveSymbolic(new StencilRequest.Shaped(op,
                    org.stencilforge.derivation.Shapes.BOX, 1, org.stencilforge.derivation.MomentSolver.Rule.AUTO),
                    AxisSpacings.symbolic(d == 2 ? "dx,dy" : "dx,dy,dz"), 1, Limits.DEFAULT);
            CASES.add(new Case("nd laplacian --shape box --radius 1 in " + d + "-D", Kernels.of(s),
                    grid(s, op, 3, 3, random)));
        }
    }

    /** Samples of a random polynomial of degree N - 1 at x0 + s_j, and its m-th derivative at x0. */
    private static List<Input> line(SymbolicStencil s, Random random) {
        List<Input> inputs = new ArrayList<>();
        int n = s.size();
        int z = 0;
        for (int j = 0; j < n; j++) {
            if (s.offsets().get(j) instanceof Expr.Num num && num.value().isZero()) {
                z = j;
            }
        }
        for (int trial = 0; trial < 5; trial++) {
            Map<String, Rational> values = new HashMap<>();
            double[] p = new double[s.symbols().size()];
            for (int k = 0; k < p.length; k++) {
                Rational v = Rational.of(1 + random.nextInt(40), 20 + random.nextInt(20));
                values.put(s.symbols().get(k), v);
                p[k] = v.toDouble();
            }
            double x0 = random.nextDouble();
            double[] coefficients = new double[n];
            for (int k = 0; k < n; k++) {
                coefficients[k] = random.nextDouble() * 2 - 1;
            }
            double[] f = new double[n];
            for (int j = 0; j < n; j++) {
                double x = x0 + s.offsets().get(j).evaluate(values).toDouble();
                for (int k = n - 1; k >= 0; k--) {
                    f[j] = f[j] * x + coefficients[k];
                }
            }
            double exact = 0;
            int m = s.derivative();
            for (int k = m; k < n; k++) { // d^m/dx^m of c_k x^k at x0
                double falling = 1;
                for (int r = 0; r < m; r++) {
                    falling *= k - r;
                }
                exact += coefficients[k] * falling * Math.pow(x0, k - m);
            }
            inputs.add(new Input(p, f, z, new int[] {1}, exact));
        }
        return inputs;
    }

    /** A random polynomial with powers up to {@code top} per axis on a 5^d block; the operator applied exactly. */
    private static List<Input> grid(SymbolicGridStencil s, DifferentialOperator op, int top, Random random) {
        return grid(s, op, top, Integer.MAX_VALUE, random);
    }

    /** As above, the monomials of total degree above {@code total} left out (coefficient 0). */
    private static List<Input> grid(SymbolicGridStencil s, DifferentialOperator op, int top, int total,
            Random random) {
        int d = s.dimension();
        List<Input> inputs = new ArrayList<>();
        for (int trial = 0; trial < 4; trial++) {
            double[] h = new double[d];
            for (int a = 0; a < d; a++) {
                h[a] = (1 + random.nextInt(40)) / 23.0;
            }
            List<int[]> monomials = new ArrayList<>();
            List<Double> coefficients = new ArrayList<>();
            int count = (int) Math.pow(top + 1, d);
            for (int k = 0; k < count; k++) {
                int[] e = new int[d];
                int r = k;
                for (int a = 0; a < d; a++) {
                    e[a] = r % (top + 1);
                    r /= top + 1;
                }
                monomials.add(e);
                double c = random.nextDouble() * 2 - 1;
                coefficients.add(java.util.Arrays.stream(e).sum() <= total ? c : 0.0);
            }
            double[] x0 = new double[d];
            for (int a = 0; a < d; a++) {
                x0[a] = random.nextDouble();
            }
            int[] strides = new int[d];
            int size = 1;
            for (int a = d - 1; a >= 0; a--) {
                strides[a] = size;
                size *= 5;
            }
            double[] f = new double[size];
            for (int flat = 0; flat < size; flat++) {
                double[] x = new double[d];
                for (int a = 0; a < d; a++) {
                    x[a] = x0[a] + (flat / strides[a] % 5 - 2) * h[a];
                }
                f[flat] = evaluate(monomials, coefficients, x, new int[d]);
            }
            double exact = 0;
            for (DifferentialOperator.Term t : op.terms()) {
                exact += t.coefficient().toDouble() * evaluate(monomials, coefficients, x0, t.derivative().toArray());
            }
            int centre = 0;
            for (int a = 0; a < d; a++) {
                centre += 2 * strides[a];
            }
            inputs.add(new Input(h, f, centre, strides, exact));
        }
        return inputs;
    }

    /** @return {@code ∂^α p(x)} for the polynomial {@code p = Σ c_k x^{e_k}} */
    private static double evaluate(List<int[]> monomials, List<Double> coefficients, double[] x, int[] alpha) {
        double sum = 0;
        for (int k = 0; k < monomials.size(); k++) {
            double term = coefficients.get(k);
            for (int a = 0; a < x.length; a++) {
                int e = monomials.get(k)[a];
                if (e < alpha[a]) {
                    term = 0;
                    break;
                }
                for (int r = 0; r < alpha[a]; r++) {
                    term *= e - r;
                }
                term *= Math.pow(x[a], e - alpha[a]);
            }
            sum += term;
        }
        return sum;
    }

    private static void check(Case c, List<Double> results, String language) {
        assertEquals(c.inputs().size(), results.size(), language + " " + c.label());
        for (int k = 0; k < results.size(); k++) {
            double exact = c.inputs().get(k).exact();
            double scale = 0;
            for (double v : c.inputs().get(k).f()) {
                scale = Math.max(scale, Math.abs(v));
            }
            // the rounding of the samples, times the size of the weights (up to 1/h^4 with h >= 1/23)
            double tolerance = 1e-13 * Math.max(1, scale) * 3e5 + 1e-9 * Math.abs(exact);
            assertEquals(exact, results.get(k), tolerance, language + " " + c.label() + " case " + k);
        }
    }

    /** The driver's input: per case the index, the strides, the parameters and the array. */
    private static String input(Case c) {
        StringBuilder b = new StringBuilder().append(c.inputs().size()).append('\n');
        for (Input in : c.inputs()) {
            b.append(in.index()).append(' ').append(in.f().length);
            for (int s : in.strides()) {
                b.append(' ').append(s);
            }
            for (double p : in.parameters()) {
                b.append(' ').append(Double.toString(p));
            }
            for (double v : in.f()) {
                b.append(' ').append(Double.toString(v));
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Test
    void javaComputesTheExactDerivative() {
        for (Case c : CASES) {
            String source = Language.JAVA.emit(c.kernel(), "Sym");
            assertFalse(source.contains("JavaForm"));
            GeneratedJava java = GeneratedJava.compile(source, "Sym");
            int p = c.kernel().parameters().size();
            List<Class<?>> types = new ArrayList<>(List.of(double[].class, int.class));
            if (c.kernel().dimension() > 1) {
                types.add(int[].class);
            }
            for (int k = 0; k < p; k++) {
                types.add(double.class);
            }
            List<Double> results = new ArrayList<>();
            for (Input in : c.inputs()) {
                List<Object> args = new ArrayList<>(List.of(in.f(), in.index()));
                if (c.kernel().dimension() > 1) {
                    args.add(in.strides());
                }
                for (double v : in.parameters()) {
                    args.add(v);
                }
                results.add((Double) java.call("apply", types.toArray(new Class<?>[0]), args.toArray()));
            }
            check(c, results, "java");
        }
    }

    @Test
    void cComputesTheExactDerivative() {
        ExternalTools.require(GeneratedC.available(), "gcc", "apt-get install gcc");
        for (Case c : CASES) {
            String source = Language.C.emit(c.kernel(), "sym");
            int d = c.kernel().dimension();
            int p = c.kernel().parameters().size();
            StringBuilder call = new StringBuilder("sym_apply(f, index").append(d > 1 ? ", strides" : "");
            for (int k = 0; k < p; k++) {
                call.append(", p[").append(k).append(']');
            }
            String driver = "#include <stdio.h>\n#include <stdlib.h>\n#include \"sym.h\"\n\nint main(void)\n{\n"
                    + "    int count;\n    if (scanf(\"%d\", &count) != 1) return 1;\n"
                    + "    for (int c = 0; c < count; c++) {\n        long index, n;\n"
                    + "        if (scanf(\"%ld %ld\", &index, &n) != 2) return 1;\n"
                    + "        ptrdiff_t strides[" + d + "];\n        for (int a = 0; a < " + d + "; a++) {\n"
                    + "            long s;\n            if (scanf(\"%ld\", &s) != 1) return 1;\n"
                    + "            strides[a] = (ptrdiff_t) s;\n        }\n"
                    + "        double p[" + Math.max(1, p) + "];\n        for (int k = 0; k < " + p + "; k++) {\n"
                    + "            if (scanf(\"%lf\", &p[k]) != 1) return 1;\n        }\n"
                    + "        double *f = malloc((size_t) n * sizeof *f);\n"
                    + "        for (long j = 0; j < n; j++) {\n            if (scanf(\"%lf\", &f[j]) != 1) return 1;\n"
                    + "        }\n        printf(\"%.17g\\n\", " + call + "));\n        (void) strides;\n"
                    + "        free(f);\n    }\n    return 0;\n}\n";
            Path dir = Toolchain.tempDir("stencilforge-symbolic-c");
            Toolchain.write(dir.resolve("sym.h"), source);
            Toolchain.write(dir.resolve("driver.c"), driver);
            List<String> command = new ArrayList<>(List.of("gcc"));
            command.addAll(List.of(GeneratedC.FLAGS));
            command.addAll(List.of("driver.c", "-o", "driver", "-I."));
            Toolchain.exec(dir, "", source + "\n" + driver, command.toArray(new String[0]));
            check(c, Toolchain.parse(Toolchain.exec(dir, input(c), source, "./driver")), "c");
        }
    }

    @Test
    void fortranComputesTheExactDerivative() {
        ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
        for (Case c : CASES) {
            String source = Language.FORTRAN.emit(c.kernel(), "sym");
            int d = c.kernel().dimension();
            int p = c.kernel().parameters().size();
            StringBuilder call = new StringBuilder("apply(f, index + 1").append(d > 1 ? ", strides" : "");
            for (int k = 1; k <= p; k++) {
                call.append(", p(").append(k).append(')');
            }
            // read the array after its length is known
            String driver = "program driver\n  use, intrinsic :: iso_fortran_env, only: real64\n  use sym\n"
                    + "  implicit none\n  integer :: count, c, index, n, k\n  integer :: strides(" + d + ")\n"
                    + "  real(real64) :: p(" + Math.max(1, p) + ")\n  real(real64), allocatable :: f(:)\n"
                    + "  character(len=1000000) :: line\n"
                    + "  read (*, *) count\n  do c = 1, count\n"
                    + "    read (*, '(a)') line\n    read (line, *) index, n\n    allocate (f(n))\n"
                    + "    read (line, *) index, n, strides, (p(k), k = 1, " + p + "), f\n"
                    + "    print '(es25.17)', " + call + ")\n    deallocate (f)\n  end do\nend program driver\n";
            Path dir = Toolchain.tempDir("stencilforge-symbolic-fortran");
            Toolchain.write(dir.resolve("sym.f90"), source);
            Toolchain.write(dir.resolve("driver.f90"), driver);
            Toolchain.exec(dir, "", source + "\n" + driver, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2",
                    "sym.f90", "driver.f90", "-o", "driver");
            check(c, Toolchain.parse(Toolchain.exec(dir, input(c), source, "./driver")), "fortran");
        }
    }

    @Test
    void pythonComputesTheExactDerivative() {
        String python = GeneratedPython.interpreter();
        ExternalTools.require(python != null, "python3 with NumPy", "apt-get install python3-numpy");
        for (Case c : CASES) {
            String source = Language.PYTHON.emit(c.kernel(), "sym");
            int d = c.kernel().dimension();
            int p = c.kernel().parameters().size();
            String driver = "import sys\nimport sym\n\nlines = sys.stdin.read().split('\\n')\n"
                    + "for line in lines[1:1 + int(lines[0])]:\n    v = line.split()\n"
                    + "    index, n = int(v[0]), int(v[1])\n    strides = [int(x) for x in v[2:2 + " + d + "]]\n"
                    + "    p = [float(x) for x in v[2 + " + d + ":2 + " + d + " + " + p + "]]\n"
                    + "    f = [float(x) for x in v[2 + " + d + " + " + p + ":]]\n"
                    + "    print(repr(sym.apply(f, index" + (d > 1 ? ", strides" : "") + ", *p)))\n";
            Path dir = Toolchain.tempDir("stencilforge-symbolic-python");
            Toolchain.write(dir.resolve("sym.py"), source);
            Toolchain.write(dir.resolve("driver.py"), driver);
            check(c, Toolchain.parse(Toolchain.exec(dir, input(c), source, python, "-W", "error", "driver.py")),
                    "python");
        }
    }

    @Test
    void rationalsAreFloatingLiteralsNeverIntegerDivision() {
        String source = Language.C.emit(CASES.get(3).kernel(), "sym"); // -2*h,-h,0,r*h: weights with fractions
        assertFalse(source.matches("(?s).*[^.0-9][0-9]+ / [0-9].*"), source);
        assertTrue(source.contains(".0 / "), source);
    }

    @Test
    void symbolsThatCannotBeArgumentsAreRefused() {
        SymbolicKernel k = CASES.get(0).kernel(); // parameters h1, h2
        SymbolicKernel clash = new SymbolicKernel(1, List.of("i", "h"), k.terms(), k.doc());
        assertThrows(StencilforgeException.class, () -> Language.JAVA.emit(clash, "Sym"));
        SymbolicKernel keyword = new SymbolicKernel(1, List.of("double"), k.terms(), k.doc());
        assertThrows(StencilforgeException.class, () -> Language.C.emit(keyword, "sym"));
        assertThrows(StencilforgeException.class, () -> Language.JAVA.emit(keyword, "Sym"));
        SymbolicKernel lambda = new SymbolicKernel(1, List.of("lambda"), k.terms(), k.doc());
        assertThrows(StencilforgeException.class, () -> Language.PYTHON.emit(lambda, "sym"));
        SymbolicKernel cases = new SymbolicKernel(1, List.of("h", "H"), k.terms(), k.doc());
        assertThrows(StencilforgeException.class, () -> Language.FORTRAN.emit(cases, "sym"));
        Language.C.emit(cases, "sym"); // C tells them apart
        SymbolicKernel strides = new SymbolicKernel(2, List.of("strides"), List.of(), k.doc());
        assertThrows(StencilforgeException.class, () -> Language.PYTHON.emit(strides, "sym"));
    }
}
