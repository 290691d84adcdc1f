package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.GeneratedJava;
import org.stencilforge.Polynomials;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.operator.DifferentiationOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Scheme;

/**
 * The largest operators: past {@link Kernels#TABLE_TERMS} code is table-driven, and it
 * compiles and runs in every target, checked like {@link GeneratedCodeTest}.
 *
 * <p>Sizes. The default node limit admits central accuracy 2048 (2049 points), but its
 * whole-array operator cannot be built in reasonable time: on the 2-core test machine the
 * closures of the central first derivative take 1 s at accuracy 60, 6 s at 200 and grow
 * roughly with the cube of the accuracy (their exact weights have numerators of thousands of
 * digits), and the generated file grows with the square (12 MB per language at 200, most of
 * it the comments with the exact weights). So the test compiles accuracy 60 and 200, the
 * largest that derives, emits and compiles in well under a minute per target (at 200:
 * derivation about 6 s, javac about 10 s, gcc, gfortran and python a few seconds each).
 */
class LargeKernelTest {

    private static final Map<Integer, DifferentiationOperator> OPERATORS = new ConcurrentHashMap<>();

    /** The central first derivative of an accuracy, with its closures; derived once. */
    static DifferentiationOperator central(int accuracy) {
        return OPERATORS.computeIfAbsent(accuracy, a -> GeneratedCodeTest.operator(1,
                Stencils.presetOffsets(Scheme.CENTRAL, 1, a, Limits.DEFAULT)));
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (int accuracy : new int[] {60, 200}) {
            for (Language language : Language.values()) {
                all.add(Arguments.of(language, accuracy));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: central first derivative, accuracy {1}")
    @MethodSource("cases")
    void tableDrivenOperatorsCompileAndAreExactOnPolynomials(Language language, int accuracy) {
        DifferentiationOperator op = central(accuracy);
        ArrayKernel kernel = Kernels.of(op);
        assertTrue(kernel.table(), "past the threshold the kernel is table-driven");
        String name = language == Language.JAVA ? "big.Large" : "large";
        String source = language.emit(kernel, name);
        // a power of two at most 1/n: the grid points 1 + i h are exact and (1 + i h)^degree stays finite
        double h = 1.0 / Integer.highestOneBit(4 * op.minLength());
        int[] lengths = {op.minLength(), op.minLength() + 7};
        if (language == Language.JAVA) {
            GeneratedJava java = GeneratedJava.compile(source, name);
            GeneratedCodeTest.verify(language, op, source, cases -> cases.stream().map(c -> new Toolchain.Outcome(
                            java.applyAll(c.f(), c.h()), java.applyAdjoint(c.g(), c.h()),
                            IntStream.range(0, c.f().length).mapToDouble(i -> java.apply(c.f(), i, c.h())).toArray()))
                            .toList(), java::minLength, lengths, 3, h, false);
            GeneratedJava.compile(source, name, null); // and with the compiler's own release
        } else {
            Toolchain code = GeneratedCodeTest.compile(language, source, name, false);
            GeneratedCodeTest.verify(language, op, source, code::run, code::minLength, lengths, 3, h, true);
        }
    }

    /** The form is decided once, in the neutral kernel, by the sizes. */
    @Test
    void theThresholdIsOnTheTermsOfAMethodAndOfASum() {
        // accuracy 30: the adjoint unrolls 1920 terms, at most 45 in a row: written out
        assertFalse(Kernels.of(GeneratedCodeTest.operator(1,
                Stencils.presetOffsets(Scheme.CENTRAL, 1, 30, Limits.DEFAULT))).table());
        // accuracy 32: 2176 terms
        assertTrue(Kernels.of(GeneratedCodeTest.operator(1,
                Stencils.presetOffsets(Scheme.CENTRAL, 1, 32, Limits.DEFAULT))).table());
        Rows wide = new Rows(List.of(), Sum.row(-64, java.util.Collections.nCopies(Kernels.TABLE_SUM_TERMS + 1,
                Rational.ONE)), List.of());
        assertTrue(Kernels.table(List.of(wide)), "one sum past TABLE_SUM_TERMS");
        Rows narrow = new Rows(List.of(), Sum.row(-64, java.util.Collections.nCopies(Kernels.TABLE_SUM_TERMS,
                Rational.ONE)), List.of());
        assertFalse(Kernels.table(List.of(narrow)));
        assertFalse(Kernels.of(GeneratedStencilTest.tensor("Dxy", 2, 10)).table(), "100 terms");
        assertTrue(Kernels.of(GeneratedStencilTest.tensor("Dxy", 2, 12)).table(), "144 terms");
    }

    /** A table-driven multidimensional stencil in Java, for both releases; C, Fortran, Python: GeneratedStencilTest. */
    @Test
    void tableDrivenJavaStencilIsExactOnPolynomials() {
        AnalysedStencil result = GeneratedStencilTest.tensor("Dxy", 2, 12);
        PointKernel kernel = Kernels.of(result);
        assertTrue(kernel.table());
        String source = Language.JAVA.emit(kernel, "big.Dxy");
        GeneratedJava.compile(source, "big.Dxy", null);
        GeneratedJava java = GeneratedJava.compile(source, "big.Dxy");
        int degree = 13;
        Map<MultiIndex, Rational> p = Polynomials.random(new Random(3L), 2, degree);
        int size = 16;
        Rational h = Rational.of(1, 8);
        double[][] f = new double[size][size];
        double[] flat = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                f[i][j] = Polynomials.evaluate(p, List.of(h.multiply(Rational.of(i)), h.multiply(Rational.of(j))))
                        .toDouble();
                flat[i * size + j] = f[i][j];
            }
        }
        double[][] out = new double[size][size];
        java.call("applyInterior", new Class<?>[] {double[][].class, double[][].class, double.class}, f, out, 0.125);
        for (int i = 6; i < size - 6; i++) {
            for (int j = 6; j < size - 6; j++) {
                double exact = Polynomials.apply(result.stencil().operator(), p,
                        List.of(h.multiply(Rational.of(i)), h.multiply(Rational.of(j)))).toDouble();
                double sum = 0;
                for (int t = 0; t < result.stencil().size(); t++) {
                    List<Rational> o = result.stencil().offsets().get(t);
                    sum += Math.abs(result.stencil().weights().get(t).toDouble()
                            * f[i + o.get(0).numerator().intValueExact()][j + o.get(1).numerator().intValueExact()]);
                }
                assertEquals(exact, out[i][j], 1e-12 * sum * 64 + 1e-12, "at " + i + ", " + j);
                double strided = (double) java.call("apply", new Class<?>[] {double[].class, int.class, int[].class,
                        double.class}, flat, i * size + j, new int[] {size, 1}, 0.125);
                assertEquals(out[i][j], strided, 0.0, "the strided apply is the same sum");
            }
        }
    }
}
