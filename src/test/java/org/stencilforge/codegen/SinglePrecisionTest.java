package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stencilforge.ExternalTools;
import org.stencilforge.GeneratedJava;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.DifferentiationOperator;
import org.stencilforge.stencil.Scheme;

/**
 * {@code --precision single}: literals are the binary32 value nearest to the exact weight, with
 * the fewest digits that read back as it, and generated code in every language, compiled and
 * run in single precision, holds exactly those values.
 *
 * <p>Independent references: "nearest" from its definition, the exact distances ({@link BigDecimal},
 * exact for floats) from the weight to the float and to both neighbours ({@link Math#nextUp(float)},
 * {@link Math#nextDown(float)}), a tie going to the even significand; "reads back" by
 * {@link Float#parseFloat} and by a double rounded to float (as NumPy converts a Python literal);
 * the generated code's own arithmetic by running it on unit vectors with gcc, gfortran, javac and
 * python3 and comparing each matrix entry with the exact one.
 */
class SinglePrecisionTest {

    /** |q - f| times the denominator of q, exactly. */
    private static BigDecimal distance(Rational q, float f) {
        return new BigDecimal(q.numerator()).subtract(new BigDecimal(f).multiply(new BigDecimal(q.denominator()))).abs();
    }

    /** Asserts that {@code f} is the float nearest to {@code q}, ties to even. */
    private static void assertNearest(Rational q, float f, String context) {
        BigDecimal here = distance(q, f);
        for (float other : new float[] {Math.nextUp(f), Math.nextDown(f)}) {
            int c = here.compareTo(distance(q, other));
            assertTrue(c < 0 || c == 0 && (Float.floatToIntBits(f) & 1) == 0, () -> q + " -> " + f + " " + context);
        }
    }

    private static Rational random(Random random) {
        return Rational.of(new BigInteger(1 + random.nextInt(100), random).add(BigInteger.ONE)
                .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)),
                new BigInteger(1 + random.nextInt(100), random).add(BigInteger.ONE));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void roundsToTheNearestFloatWithTheFewestDigits(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            Rational q = random(random);
            float f = (float) Precision.SINGLE.round(q);
            assertEquals((double) f, Precision.SINGLE.round(q), 0.0, "a float, exactly");
            assertNearest(q, f, "");
            String literal = Spell.literal(f, Precision.SINGLE);
            assertEquals(f, Float.parseFloat(literal), literal);
            assertEquals(f, (float) Double.parseDouble(literal), literal);
            BigDecimal written = new BigDecimal(literal).stripTrailingZeros();
            if (written.precision() > 1) {
                float shorter = new BigDecimal(f).round(new MathContext(written.precision() - 1)).floatValue();
                assertNotEquals(f, shorter, literal + " is not the shortest");
            }
        }
    }

    /**
     * Double rounding (Goldberg, "What every computer scientist should know about floating-point
     * arithmetic", 1991; Boldo and Melquiond, "When double rounding is odd", 2005): {@code
     * q = 1 + 2^-24 + 2^-60} lies just above the midpoint {@code 1 + 2^-24} of the floats 1 and
     * {@code 1 + 2^-23}, so its nearest float is {@code 1 + 2^-23}; but its nearest double is the
     * midpoint itself (2^-60 is below half an ulp of a double at 1, 2^-53), and that midpoint
     * rounds to the even float 1. The exact path must give {@code 1 + 2^-23}.
     */
    @Test
    void avoidsDoubleRounding() {
        Rational q = Rational.ONE.add(Rational.of(BigInteger.ONE, BigInteger.TWO.pow(24)))
                .add(Rational.of(BigInteger.ONE, BigInteger.TWO.pow(60)));
        float viaDouble = (float) q.toDouble();
        assertEquals(1.0f, viaDouble, 0.0f, "rational -> double -> float lands on the even neighbour");
        float f = (float) Precision.SINGLE.round(q);
        assertEquals(Math.nextUp(1.0f), f, 0.0f);
        assertNearest(q, f, "");
        assertNearest(q.negate(), (float) Precision.SINGLE.round(q.negate()), "negative");
        // the exact midpoint itself goes to the even float, 1
        assertEquals(1.0f, (float) Precision.SINGLE.round(Rational.ONE.add(Rational.of(BigInteger.ONE,
                BigInteger.TWO.pow(24)))), 0.0f);
    }

    /** Subnormal floats: the least, 2^-149, halfway below it (rounds to 0), and values between. */
    @Test
    void roundsSubnormals() {
        Rational least = Rational.of(BigInteger.ONE, BigInteger.TWO.pow(149));
        assertEquals(Float.MIN_VALUE, (float) Precision.SINGLE.round(least), 0.0f);
        // one digit is enough: 1e-45 is nearer 2^-149 (about 1.4e-45) than 0 (Float.toString writes 1.4E-45)
        assertEquals("1.0E-45", Spell.literal(Float.MIN_VALUE, Precision.SINGLE));
        assertEquals(Float.MIN_VALUE, Float.parseFloat("1.0E-45"));
        // half of the least subnormal is a tie between 0 (even) and 2^-149
        assertEquals(0.0, Precision.SINGLE.round(least.multiply(Rational.of(1, 2))), 0.0);
        assertEquals(Float.MIN_VALUE, (float) Precision.SINGLE.round(least.multiply(Rational.of(3, 4))), 0.0f);
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            Rational q = Rational.of(new BigInteger(1 + random.nextInt(60), random).add(BigInteger.ONE),
                    BigInteger.TWO.pow(126 + random.nextInt(30)).multiply(BigInteger.valueOf(1 + random.nextInt(1000))));
            float f = (float) Precision.SINGLE.round(q);
            assertNearest(q, f, "subnormal range");
            String literal = Spell.literal(f, Precision.SINGLE);
            assertEquals(f, Float.parseFloat(literal), literal);
            assertEquals(f, (float) Double.parseDouble(literal), literal);
        }
        assertEquals(Float.MAX_VALUE, (float) Precision.SINGLE.round(Rational.of(
                new BigDecimal(Float.MAX_VALUE).toBigIntegerExact(), BigInteger.ONE)), 0.0f);
        assertThrows(StencilforgeException.class, () -> Precision.SINGLE.round(Rational.of(
                BigInteger.TWO.pow(128), BigInteger.ONE)));
    }

    @Test
    void doubleIsRationalToDouble() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            Rational q = random(random);
            assertEquals(q.toDouble(), Precision.DOUBLE.round(q), 0.0);
        }
    }

    // ---- generated code, compiled and run ----

    static final Limits LIMITS = new Limits(Limits.DEFAULT.maxNodes(), Limits.DEFAULT.maxErrorTerms(), Long.MAX_VALUE);

    /** Central first derivative of accuracy 30 (numerators past 2^24: rounded literals), and a small integer one. */
    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            all.add(Arguments.of(language, 1, 30));
            all.add(Arguments.of(language, 2, 4));
        }
        return all.stream();
    }

    /**
     * Each column of {@code D}, from {@code apply_all} of a unit vector with {@code h = 1}: where a row
     * is written as rounded literals, its entries are exactly the floats nearest to the exact entries;
     * where it is integers over a denominator, within two float ulps (two roundings).
     */
    @ParameterizedTest(name = "{0} d{1} accuracy {2}")
    @MethodSource("cases")
    void generatedCodeHoldsTheNearestFloats(Language language, int m, int accuracy) {
        DifferentiationOperator op = GeneratedCodeTest.operator(m,
                Stencils.presetOffsets(Scheme.CENTRAL, m, accuracy, LIMITS));
        String name = language == Language.JAVA ? "Single" : "single";
        String source = language.emit(Kernels.of(op), name, Precision.SINGLE);
        int n = op.minLength() + 3;
        float[][] columns = run(language, source, name, n);
        DifferentiationMatrix d = op.operator().matrix(n);
        ArrayKernel kernel = Kernels.of(op).in(Precision.SINGLE);
        int top = kernel.operator().interiorStart();
        int bottom = kernel.operator().interiorEndBeforeN();
        boolean anyRounded = false;
        for (int i = 0; i < n; i++) {
            Sum row = i < top ? kernel.operator().top().get(i) : i >= n - bottom
                    ? kernel.operator().bottom().get(i - (n - bottom)) : kernel.operator().interior();
            for (int j = 0; j < n; j++) {
                Rational exact = d.entry(i, j);
                float got = columns[j][i];
                String context = language + " D[" + i + "][" + j + "] = " + exact + ", got " + got;
                if (!row.integers()) {
                    anyRounded = true;
                    assertNearest(exact, got, context);
                } else {
                    float nearest = Float.parseFloat(new BigDecimal(exact.numerator())
                            .divide(new BigDecimal(exact.denominator()), MathContext.DECIMAL64).toString());
                    assertEquals(nearest, got, 2 * Math.ulp(nearest), context);
                }
            }
        }
        assertEquals(accuracy == 30, anyRounded, "accuracy 30 is written as rounded literals in single precision");
        assertTrue(source.contains(language == Language.FORTRAN ? "real32" : language == Language.PYTHON
                ? "np.float32" : "float"), source);
    }

    /** @return {@code columns[j]} = the code's {@code apply_all} of the unit vector {@code e_j}, {@code h = 1} */
    private static float[][] run(Language language, String source, String name, int n) {
        List<Double> values = switch (language) {
            case JAVA -> {
                GeneratedJava java = GeneratedJava.compile(source, name);
                List<Double> out = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    float[] f = new float[n];
                    float[] o = new float[n];
                    f[j] = 1;
                    java.call("applyAll", new Class<?>[] {float[].class, float[].class, float.class}, f, o, 1.0f);
                    for (float x : o) {
                        out.add((double) x);
                    }
                }
                yield out;
            }
            case C -> {
                ExternalTools.require(GeneratedC.available(), "gcc", "apt-get install gcc");
                Path dir = Toolchain.tempDir("stencilforge-single-c");
                Toolchain.write(dir.resolve(name + ".h"), source);
                Toolchain.write(dir.resolve("driver.c"), "#include <stdio.h>\n#include \"" + name + ".h\"\n\n"
                        + "int main(void)\n{\n    static float f[" + n + "], out[" + n + "];\n"
                        + "    for (int j = 0; j < " + n + "; j++) {\n        f[j] = 1.0f;\n"
                        + "        " + name + "_apply_all(f, out, " + n + ", 1.0f);\n"
                        + "        for (int i = 0; i < " + n + "; i++) {\n"
                        + "            printf(\"%.9g\\n\", (double)out[i]);\n        }\n        f[j] = 0.0f;\n    }\n"
                        + "    return 0;\n}\n");
                List<String> command = new ArrayList<>(List.of("gcc"));
                command.addAll(List.of(GeneratedC.FLAGS));
                command.addAll(List.of("-Wdouble-promotion", "-Wfloat-conversion", "driver.c", "-o", "driver", "-lm",
                        "-I."));
                Toolchain.exec(dir, "", source, command.toArray(String[]::new));
                yield Toolchain.parse(Toolchain.exec(dir, "", source, "./driver"));
            }
            case FORTRAN -> {
                ExternalTools.require(GeneratedFortran.available(), "gfortran", "apt-get install gfortran");
                Path dir = Toolchain.tempDir("stencilforge-single-fortran");
                Toolchain.write(dir.resolve("generated.f90"), source);
                Toolchain.write(dir.resolve("driver.f90"), "program driver\n"
                        + "  use, intrinsic :: iso_fortran_env, only: real32\n  use " + name + ", only: apply_all\n"
                        + "  implicit none\n  integer :: i, j\n  real(real32) :: f(" + n + "), out(" + n + ")\n"
                        + "  do j = 1, " + n + "\n    f = 0.0_real32\n    f(j) = 1.0_real32\n"
                        + "    call apply_all(f, out, 1.0_real32)\n    do i = 1, " + n + "\n"
                        + "      write (*, '(es18.9e3)') out(i)\n    end do\n  end do\nend program driver\n");
                Toolchain.exec(dir, "", source, "gfortran", "-std=f2008", "-Wall", "-Werror", "-Wconversion", "-c",
                        "generated.f90");
                Toolchain.exec(dir, "", source, "gfortran", "-std=f2008", "-Wall", "-Werror", "driver.f90",
                        "generated.o", "-o", "driver");
                yield Toolchain.parse(Toolchain.exec(dir, "", source, "./driver"));
            }
            case PYTHON -> {
                ExternalTools.require(GeneratedPython.interpreter() != null, "python3 with NumPy",
                        "apt-get install python3-numpy");
                Path dir = Toolchain.tempDir("stencilforge-single-python");
                Toolchain.write(dir.resolve(name + ".py"), source);
                Toolchain.write(dir.resolve("driver.py"), "import numpy as np\nimport " + name + "\n"
                        + "for j in range(" + n + "):\n    f = np.zeros(" + n + ", dtype=np.float32)\n    f[j] = 1\n"
                        + "    out = " + name + ".apply_all(f, 1.0)\n    assert out.dtype == np.float32, out.dtype\n"
                        + "    r = " + name + ".apply_adjoint(f, 1.0)\n    assert r.dtype == np.float32, r.dtype\n"
                        + "    for x in out:\n        print(repr(float(x)))\n");
                yield Toolchain.parse(Toolchain.exec(dir, "", source, GeneratedPython.interpreter(), "-W", "error",
                        "driver.py"));
            }
        };
        assertEquals(n * n, values.size());
        float[][] columns = new float[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double v = values.get(j * n + i);
                columns[j][i] = (float) v; // 9 significant digits or more: exactly the float printed
            }
        }
        return columns;
    }

    /** A multidimensional stencil in single precision compiles in C with float conversions as errors and holds its literals. */
    @Test
    void pointKernelInSingle() {
        org.stencilforge.analysis.AnalysedStencil s = org.stencilforge.analysis.AnalysedStencil.of(
                Stencils.fromOffsets(1, Stencils.presetOffsets(Scheme.CENTRAL, 1, 30, LIMITS), LIMITS), 1);
        String source = Language.C.emit(Kernels.of(s), "pt", Precision.SINGLE);
        assertTrue(source.contains("float pt_apply(const float *f"), source);
        for (Sum.Term t : Kernels.of(s).in(Precision.SINGLE).stencil().terms()) {
            assertTrue(source.contains(Spell.literal(Math.abs(t.rounded()), Precision.SINGLE) + "f"), t.toString());
            assertNearest(t.weight(), (float) t.rounded(), "point term");
        }
    }
}
