package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.GeneratedJava;
import org.stencilforge.StencilforgeException;
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

/** Generated Java, compiled in-process and run. */
class JavaEmitterTest {

    static DifferentiationOperator operator(int m, List<Rational> offsets) {
        return Closures.around(AnalysedStencil.of(Stencils.fromOffsets(m, offsets, Limits.DEFAULT), 1),
                Limits.DEFAULT);
    }

    static String java(DifferentiationOperator op, String name) {
        return Language.JAVA.emit(Kernels.of(op), name);
    }

    static Stream<Arguments> stencils() {
        return Stream.of(
                Arguments.of(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT)),
                Arguments.of(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 6, Limits.DEFAULT)),
                Arguments.of(2, Stencils.presetOffsets(Scheme.CENTRAL, 2, 4, Limits.DEFAULT)),
                Arguments.of(3, Stencils.presetOffsets(Scheme.CENTRAL, 3, 2, Limits.DEFAULT)),
                Arguments.of(4, Stencils.presetOffsets(Scheme.CENTRAL, 4, 2, Limits.DEFAULT)),
                Arguments.of(1, Stencils.presetOffsets(Scheme.FORWARD, 1, 3, Limits.DEFAULT)),
                Arguments.of(2, Stencils.presetOffsets(Scheme.BACKWARD, 2, 2, Limits.DEFAULT)),
                Arguments.of(1, RationalParser.parseList("-3,0,2")),
                Arguments.of(0, RationalParser.parseList("-1,0,1")));
    }

    /** On a polynomial of degree below m + p every row is exact, so doubles agree to rounding. */
    @ParameterizedTest(name = "m={0} on {1}")
    @MethodSource("stencils")
    void generatedCodeDifferentiatesPolynomials(int m, List<Rational> offsets) {
        DifferentiationOperator op = operator(m, offsets);
        GeneratedJava java = GeneratedJava.compile(java(op, "gen.test.Op"), "gen.test.Op");
        assertEquals(op.minLength(), java.minLength());
        int degree = m + op.closureOrder() - 1;
        double h = 0.125; // a power of two: the grid points x_i = 1 + i h are exact
        for (int n : new int[] {op.minLength(), op.minLength() + 7, 64}) {
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = Math.pow(1 + i * h, degree);
            }
            double[] d = java.applyAll(f, h);
            for (int i = 0; i < n; i++) {
                double x = 1 + i * h;
                double exact = falling(degree, m) * Math.pow(x, degree - m);
                double scale = Math.pow(1 + n * h, degree) * Math.pow(h, -m); // size of the terms summed
                assertEquals(exact, d[i], 1e-12 * scale, "n=" + n + " i=" + i);
                assertEquals(d[i], java.apply(f, i, h), 0.0, "apply(f, i, h) is row i of applyAll");
            }
        }
    }

    /** The dot-product test: <D f, g> = <f, D^T g> to rounding, on random vectors. */
    @ParameterizedTest(name = "m={0} on {1}")
    @MethodSource("stencils")
    void generatedAdjointPassesTheDotProductTest(int m, List<Rational> offsets) {
        DifferentiationOperator op = operator(m, offsets);
        GeneratedJava java = GeneratedJava.compile(java(op, "Adj"), "Adj");
        Random random = new Random(5L);
        for (int n = op.minLength(); n < op.minLength() + 20; n++) {
            double[] f = random.doubles(n, -1, 1).toArray();
            double[] g = random.doubles(n, -1, 1).toArray();
            double left = dot(java.applyAll(f, 0.5), g);
            double right = dot(f, java.applyAdjoint(g, 0.5));
            assertEquals(left, right, 1e-12 * (1 + Math.abs(left)), "n=" + n);
        }
    }

    /** The generated adjoint is the exact transposed matrix, applied in doubles. */
    @Test
    void generatedAdjointAppliesTheTransposedMatrix() {
        DifferentiationOperator op = operator(2, Stencils.presetOffsets(Scheme.CENTRAL, 2, 4, Limits.DEFAULT));
        GeneratedJava java = GeneratedJava.compile(java(op, "Stencil"), "Stencil");
        int n = 17;
        DifferentiationMatrix transpose = op.operator().matrix(n).transpose();
        double[] g = new Random(9L).doubles(n, -1, 1).toArray();
        double[] adjoint = java.applyAdjoint(g, 1.0);
        for (int i = 0; i < n; i++) {
            BandRow row = transpose.rows().get(i);
            double expected = 0;
            for (int j = row.first(); j < row.end(); j++) {
                expected += row.at(j).toDouble() * g[j];
            }
            assertEquals(expected, adjoint[i], 1e-12, "row " + i);
        }
    }

    @Test
    void generatedCodeRefusesShortOrAliasedArrays() {
        DifferentiationOperator op = operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT));
        GeneratedJava java = GeneratedJava.compile(java(op, "Stencil"), "Stencil");
        double[] shortArray = new double[java.minLength() - 1];
        assertThrows(IllegalArgumentException.class, () -> java.applyAll(shortArray, 1.0));
        double[] f = new double[10];
        assertThrows(IllegalArgumentException.class, () -> java.call("applyAll",
                new Class<?>[] {double[].class, double[].class, double.class}, f, f, 1.0));
        assertThrows(IndexOutOfBoundsException.class, () -> java.apply(f, 10, 1.0));
    }

    @Test
    void weightsTooLargeForExactIntegersBecomeCorrectlyRoundedLiterals() {
        // numerators above 2^53 over the common denominator: each weight is a rounded double literal
        Rational big = Rational.of(java.math.BigInteger.TWO.pow(60).add(java.math.BigInteger.ONE),
                java.math.BigInteger.TWO.pow(60));
        String expression = java(new DifferentiationOperator(
                AnalysedStencil.of(org.stencilforge.stencil.Stencil.of(0, List.of(Rational.ZERO), List.of(big)), 1),
                1, new org.stencilforge.operator.BandedOperator(0, List.of(), new BandRow(0, List.of(big)),
                        List.of(), 1),
                new org.stencilforge.operator.BandedOperator(0, List.of(), new BandRow(0, List.of(big)),
                        List.of(), 1)), "Stencil");
        assertTrue(expression.contains("(1.0 * in[i]) * s"), expression);
        assertTrue(expression.contains("// exact: 1152921504606846977/1152921504606846976"), expression);
    }

    /** The benchmark runs real generated code; it must be what the generator writes today. */
    @Test
    void benchmarkedClassIsCurrentGeneratorOutput() throws java.io.IOException {
        DifferentiationOperator op = operator(2, Stencils.presetOffsets(Scheme.CENTRAL, 2, 4, Limits.DEFAULT));
        String expected = java(op, "org.stencilforge.bench.D2Central4");
        assertEquals(expected, java.nio.file.Files.readString(
                java.nio.file.Path.of("src/bench/java/org/stencilforge/bench/D2Central4.java")),
                "regenerate: stencilforge weights --derivative 2 --accuracy 4 --format java"
                        + " --class-name D2Central4 --package org.stencilforge.bench --output <that file>");
    }

    @Test
    void refusesClassAndPackageNamesThatAreNotJava() {
        for (String name : new String[] {"1abc", "class", "a-b", "", "A B", "x;System.exit(1)"}) {
            assertThrows(StencilforgeException.class, () -> Language.JAVA.checkName(name), name);
        }
        for (String pkg : new String[] {"com..x", "a.int.b", ".a", "a.", "a b"}) {
            assertThrows(StencilforgeException.class, () -> Language.JAVA.checkName(pkg + ".Ok"), pkg);
        }
        assertEquals("Ok", Language.JAVA.checkName("Ok"));
        assertEquals("org.example.stencils.Ok", Language.JAVA.checkName("org.example.stencils.Ok"));
    }

    @Test
    void refusesRestrictedIdentifiersAndJdkPackages() {
        for (String name : new String[] {"var", "record", "yield", "sealed", "permits", "a.var.Ok", "java.Ok",
                "java.util.Ok", "javax.Ok", "javax.tools.Ok", "int", "enum", "_"}) {
            StencilforgeException e = assertThrows(StencilforgeException.class,
                    () -> Language.JAVA.checkName(name), name);
            assertTrue(e.getMessage().startsWith("class name") || e.getMessage().startsWith("package name"),
                    e.getMessage());
        }
        // keyword-like names that Java accepts still compile
        DifferentiationOperator op = operator(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT));
        for (String name : new String[] {"Int", "javaish.Record", "Var", "lambda_", "org.javax.Ok"}) {
            GeneratedJava.compile(java(op, name), name);
        }
    }

    private static double falling(int k, int m) {
        double c = 1;
        for (int t = 0; t < m; t++) {
            c *= k - t;
        }
        return m > k ? 0 : c;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
