package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the helpers that compile and run generated code share: running a
 * program, the text protocol of the drivers, and skipping when a compiler is
 * missing (failing instead on CI, where the {@code CI} variable is set and
 * .ci/run installs every compiler).
 */
abstract class Toolchain {

    /** One whole-array run: samples {@code f} and {@code g} on {@code n} points spaced {@code h}. */
    record Case(double[] f, double[] g, double h) {
    }

    /** What a driver printed for a case: {@code D f}, {@code D^T g}, and {@code apply(f, i, h)} for every i. */
    record Outcome(double[] all, double[] adjoint, double[] rows) {
    }

    /** A multidimensional run: a flat array, its strides (axis 0 first), its shape, and 0-based flat indices. */
    record Grid(double[] values, int[] shape, int[] strides, int[] indices, double h) {
    }

    final Path dir;
    final String source;
    private int minLength = -1;

    Toolchain(Path dir, String source) {
        this.dir = dir;
        this.source = source;
    }

    /** @return the command that runs the driver in {@link #dir}, with extra arguments: a compiled {@code driver} */
    String[] command(String... arguments) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(dir.resolve("driver").toString()),
                java.util.stream.Stream.of(arguments)).toArray(String[]::new);
    }

    /** @return the outcomes on the cases, in order; the driver prints the shortest array it accepts first */
    List<Outcome> run(List<Case> cases) {
        List<Double> xs = parse(exec(dir, input(cases), source, command()));
        minLength = (int) (double) xs.get(0);
        return outcomes(xs, cases);
    }

    /** @return the generated code's {@code MIN_LENGTH} */
    int minLength() {
        if (minLength < 0) {
            run(List.of());
        }
        return minLength;
    }

    /** @return the stencil at each index of the grid */
    double[] run(Grid grid) {
        return array(parse(exec(dir, input(grid), source, command())));
    }

    static Path tempDir(String prefix) {
        return org.stencilforge.TempDirs.create(prefix);
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command in the directory, input from a string; asserts success.
     *
     * @param context shown when it fails (the generated source)
     * @return its standard output
     */
    static String exec(Path dir, String input, String context, String... command) {
        try {
            Path in = Files.createTempFile(dir, "input", ".txt");
            Files.writeString(in, input, StandardCharsets.UTF_8);
            Path err = Files.createTempFile(dir, "stderr", ".txt");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(in.toFile())
                    .redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " timed out");
            assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + out + Files.readString(err)
                    + "\n" + context);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The drivers' input for whole-array cases: the count, then per case n, h, f and g. */
    static String input(List<Case> cases) {
        StringBuilder b = new StringBuilder().append(cases.size()).append('\n');
        for (Case c : cases) {
            b.append(c.f().length).append(' ').append(c.h()).append('\n');
            b.append(numbers(c.f())).append('\n').append(numbers(c.g())).append('\n');
        }
        return b.toString();
    }

    /** The drivers' input for a grid: d, strides, h, the length and values, the count and indices. */
    static String input(Grid g) {
        StringBuilder b = new StringBuilder().append(g.shape().length).append('\n');
        for (int k = 0; k < g.shape().length; k++) {
            b.append(g.shape()[k]).append(' ');
        }
        b.append('\n');
        for (int k = 0; k < g.strides().length; k++) {
            b.append(g.strides()[k]).append(' ');
        }
        b.append('\n').append(g.h()).append('\n').append(g.values().length).append('\n').append(numbers(g.values()))
                .append('\n').append(g.indices().length).append('\n');
        for (int i : g.indices()) {
            b.append(i).append(' ');
        }
        return b.append('\n').toString();
    }

    private static String numbers(double[] xs) {
        StringBuilder b = new StringBuilder();
        for (double x : xs) {
            b.append(x).append(' ');
        }
        return b.toString();
    }

    /** @return the numbers a driver printed, one per token; {@code nan} and {@code inf} in any spelling */
    static List<Double> parse(String output) {
        List<Double> xs = new ArrayList<>();
        for (String token : output.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String t = token.toLowerCase(java.util.Locale.ROOT);
            xs.add(t.contains("nan") ? Double.NaN : t.contains("inf") ? (t.startsWith("-") ? -1 : 1)
                    * Double.POSITIVE_INFINITY : Double.parseDouble(token));
        }
        return xs;
    }

    /** Splits a whole-array driver's output: MIN_LENGTH, then 3n numbers per case. */
    static List<Outcome> outcomes(List<Double> xs, List<Case> cases) {
        List<Outcome> out = new ArrayList<>();
        int k = 1;
        for (Case c : cases) {
            int n = c.f().length;
            double[][] parts = new double[3][n];
            for (int p = 0; p < 3; p++) {
                for (int i = 0; i < n; i++) {
                    parts[p][i] = xs.get(k++);
                }
            }
            out.add(new Outcome(parts[0], parts[1], parts[2]));
        }
        assertEquals(xs.size(), k, "numbers printed");
        return out;
    }

    static double[] array(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
