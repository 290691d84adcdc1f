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
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.operator.BandRow;
import org.stencilforge.operator.Closures;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.DifferentiationOperator;
import org.stencilforge.stencil.Scheme;

/**
 * Generated C, Fortran and Python for whole-array operators, compiled and run:
 * exact on polynomials to rounding, {@code apply} is the row of
 * {@code apply_all}, and the adjoint passes the dot-product test. Expected
 * values come from the exact derivative of the polynomial and from the model's
 * exact matrix, not from the generated code.
 */
class GeneratedCodeTest {

    static final List<Language> TARGETS = List.of(Language.C, Language.FORTRAN, Language.PYTHON);

    /** Central first derivative of accuracy 30: its interior numerators pass 2^53, so its weights are rounded. */
    static final List<Rational> ROUNDED = Stencils.presetOffsets(Scheme.CENTRAL, 1, 30, Limits.DEFAULT);

    /**
     * The largest operators the tests build (accuracy 200, the default --max-code-points) take a few seconds,
     * past the command line's default work budget, which a user lifts with --max-work.
     */
    static final Limits LARGE = new Limits(Limits.DEFAULT.maxNodes(), Limits.DEFAULT.maxErrorTerms(), Long.MAX_VALUE);

    static DifferentiationOperator operator(int m, List<Rational> offsets) {
        return Closures.around(AnalysedStencil.of(Stencils.fromOffsets(m, offsets, LARGE), 1), LARGE);
    }

    static List<Arguments> stencils() {
        return List.of(
                Arguments.of(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT)),
                Arguments.of(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 4, Limits.DEFAULT)),
                Arguments.of(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 6, Limits.DEFAULT)),
                Arguments.of(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 8, Limits.DEFAULT)),
                Arguments.of(2, Stencils.presetOffsets(Scheme.CENTRAL, 2, 4, Limits.DEFAULT)),
                Arguments.of(3, Stencils.presetOffsets(Scheme.CENTRAL, 3, 2, Limits.DEFAULT)),
                Arguments.of(4, Stencils.presetOffsets(Scheme.CENTRAL, 4, 2, Limits.DEFAULT)),
                Arguments.of(1, Stencils.presetOffsets(Scheme.FORWARD, 1, 3, Limits.DEFAULT)),
                Arguments.of(2, Stencils.presetOffsets(Scheme.BACKWARD, 2, 2, Limits.DEFAULT)),
                Arguments.of(1, RationalParser.parseList("-3,0,2")),
                Arguments.of(0, RationalParser.parseList("-1,0,1")),
                Arguments.of(1, ROUNDED));
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : TARGETS) {
            for (Arguments a : stencils()) {
                all.add(Arguments.of(language, a.get()[0], a.get()[1]));
            }
        }
        return all.stream();
    }

    static Toolchain compile(Language language, String source, String name, boolean pointwise) {
        return switch (language) {
            case C -> GeneratedC.compile(source, name, pointwise);
            case FORTRAN -> GeneratedFortran.compile(source, name, pointwise);
            case PYTHON -> GeneratedPython.compile(source, name, pointwise);
            case JAVA -> throw new IllegalArgumentException("Java is compiled in-process: JavaEmitterTest");
        };
    }

    @ParameterizedTest(name = "{0}: m={1} on {2}")
    @MethodSource("cases")
    void generatedCodeIsExactOnPolynomialsAndItsAdjointIsTheTranspose(Language language, int m,
            List<Rational> offsets) {
        DifferentiationOperator op = operator(m, offsets);
        String source = language.emit(Kernels.of(op), "op");
        Toolchain code = compile(language, source, "op", false);
        verify(language, op, source, code::run, code::minLength,
                new int[] {op.minLength(), op.minLength() + 7, Math.max(64, op.minLength() + 20)}, 12, 0.125, true);
    }

    /**
     * Runs generated code on polynomials, random vectors and (when {@code tooShort}) an array
     * one shorter than {@code MIN_LENGTH}, and checks it against the model's exact operator.
     *
     * @param run what the code gives on cases
     * @param minLength the code's {@code MIN_LENGTH}, asked after running
     * @param lengths the lengths of the polynomial cases
     * @param randoms how many random cases for the dot-product test, of lengths from {@code MIN_LENGTH} on
     * @param h the spacing of the polynomial cases, a power of two so that the grid points are exact
     */
    static void verify(Language language, DifferentiationOperator op, String source,
            java.util.function.Function<List<Toolchain.Case>, List<Toolchain.Outcome>> run,
            java.util.function.IntSupplier minLength, int[] lengths, int randoms, double h, boolean tooShort) {
        int m = op.interior().stencil().derivative();
        int degree = m + op.closureOrder() - 1;
        Random random = new Random(11L);
        List<Toolchain.Case> cases = new ArrayList<>();
        for (int n : lengths) {
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = Math.pow(1 + i * h, degree);
            }
            cases.add(new Toolchain.Case(f, random.doubles(n, -1, 1).toArray(), h));
        }
        for (int n = op.minLength(); n < op.minLength() + randoms; n++) { // random vectors for the dot-product test
            cases.add(new Toolchain.Case(random.doubles(n, -1, 1).toArray(), random.doubles(n, -1, 1).toArray(), 0.5));
        }
        if (tooShort && op.minLength() > 1) { // too short: NaN in C and Fortran, ValueError in Python (NaN from its driver)
            cases.add(new Toolchain.Case(new double[op.minLength() - 1], new double[op.minLength() - 1], h));
        }
        List<Toolchain.Outcome> outcomes = run.apply(cases);
        assertEquals(op.minLength(), minLength.getAsInt(), "MIN_LENGTH");
        for (int c = 0; c < cases.size(); c++) {
            Toolchain.Case k = cases.get(c);
            Toolchain.Outcome out = outcomes.get(c);
            int n = k.f().length;
            if (n < op.minLength()) {
                for (int i = 0; i < n; i++) {
                    assertTrue(Double.isNaN(out.all()[i]) && Double.isNaN(out.adjoint()[i])
                            && Double.isNaN(out.rows()[i]), "a short array gives NaN, n=" + n);
                }
                continue;
            }
            DifferentiationMatrix d = op.operator().matrix(n);
            double scale = Math.pow(k.h(), -m);
            for (int i = 0; i < n; i++) {
                int row = i;
                assertEquals(out.all()[i], out.rows()[i], 0.0, () -> "apply(f, i, h) is row i of apply_all, i=" + row);
            }
            if (c < lengths.length) { // the polynomial
                for (int i = 0; i < n; i++) {
                    double x = 1 + i * h;
                    double exact = falling(degree, m) * Math.pow(x, degree - m);
                    int row = i;
                    assertEquals(exact, out.all()[i], 1e-12 * size(d.rows().get(i), k.f()) * scale + 1e-300,
                            () -> language + " n=" + n + " i=" + row + "\n"
                                    + (source.length() < 100_000 ? source : "(the source is long)"));
                }
            }
            // <D f, g> = <f, D^T g>: both sides are the same exact bilinear form, rounded differently
            double left = 0;
            double right = 0;
            double bound = 0;
            for (int i = 0; i < n; i++) {
                left += out.all()[i] * k.g()[i];
                right += k.f()[i] * out.adjoint()[i];
                bound += size(d.rows().get(i), k.f()) * Math.abs(k.g()[i]);
            }
            assertEquals(left, right, 1e-12 * bound * scale, language + " dot-product test, n=" + n);
            // and D^T is the exact transposed matrix, applied in doubles
            DifferentiationMatrix t = d.transpose();
            for (int i = 0; i < n; i++) {
                double expected = 0;
                BandRow row = t.rows().get(i);
                for (int j = row.first(); j < row.end(); j++) {
                    expected += row.at(j).toDouble() * k.g()[j];
                }
                int r = i;
                assertEquals(expected * scale, out.adjoint()[i], 1e-12 * size(row, k.g()) * scale,
                        () -> language + " row " + r + " of D^T, n=" + n);
            }
        }
    }

    /** {@code Σ |w_j| |f_j|}: the size of the terms a row sums, which rounding errors scale with. */
    static double size(BandRow row, double[] f) {
        double s = 0;
        for (int j = row.first(); j < row.end(); j++) {
            s += Math.abs(row.at(j).toDouble() * f[j]);
        }
        return s;
    }

    static double falling(int k, int m) {
        double c = 1;
        for (int t = 0; t < m; t++) {
            c *= k - t;
        }
        return m > k ? 0 : c;
    }
}
