package org.stencilforge.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.linear.ExactSolver;
import org.stencilforge.stencil.DifferentialOperator;

/**
 * The exact linear solves behind the 3-D Laplacian: 200 scattered integer points
 * (seed 9, coordinates in [-6, 6], rule min-norm: the least-norm solution of the
 * Taylor conditions) and the 5×5×5 box (rule auto: a square system). Each case
 * times the whole {@link MomentSolver#solve} and the solve of its final system
 * alone ({@link ExactSolver#solve}); {@link #main} writes the systems for the
 * sympy DomainMatrix peer ({@code src/bench/python/domainmatrix_solve.py}).
 * SampleTime mode: read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class LinearSolveBenchmark {

    @Param({"scattered200", "box5"})
    public String points;

    private final Limits limits = new Limits(2049, 10, Long.MAX_VALUE);
    private final DifferentialOperator laplacian = DifferentialOperator.laplacian(3);
    private List<List<Rational>> offsets;
    private MomentSolver.Rule rule;
    private MomentSolver.Equations equations;

    @Setup
    public void setUp() {
        offsets = offsets(points, limits);
        rule = rule(points);
        equations = MomentSolver.equations(laplacian, offsets, rule);
    }

    @Benchmark
    public MomentSolver.Solution momentSolve() {
        return MomentSolver.solve(laplacian, offsets, rule, limits);
    }

    @Benchmark
    public Rational[] exactSolve() {
        return ExactSolver.solve(equations.matrix(), equations.rhs());
    }

    static MomentSolver.Rule rule(String points) {
        return points.startsWith("scattered") ? MomentSolver.Rule.MIN_NORM : MomentSolver.Rule.AUTO;
    }

    /** The points of a case: {@code scatteredN} or {@code boxK} (a K×K×K box). */
    static List<List<Rational>> offsets(String points, Limits limits) {
        if (points.startsWith("box")) {
            return Shapes.BOX.offsets(3, Integer.parseInt(points.substring(3)) / 2, limits);
        }
        int n = Integer.parseInt(points.substring("scattered".length()));
        Random random = new Random(9);
        Set<List<Rational>> distinct = new LinkedHashSet<>();
        while (distinct.size() < n) {
            distinct.add(List.of(Rational.of(random.nextInt(13) - 6), Rational.of(random.nextInt(13) - 6),
                    Rational.of(random.nextInt(13) - 6)));
        }
        return new ArrayList<>(distinct);
    }

    /**
     * Writes each case's system as text, one file per case: a line {@code rows cols},
     * the integer rows, then the right-hand sides as {@code p/q}, and the points as
     * {@code nd --offsets} takes them ({@code .offsets}); prints a digest
     * of each solution to compare with the peer's.
     *
     * @param args the directory to write into
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Limits limits = new Limits(2049, 10, Long.MAX_VALUE);
        for (String points : new String[] {"scattered200", "box5"}) {
            MomentSolver.Equations e = MomentSolver.equations(DifferentialOperator.laplacian(3),
                    offsets(points, limits), rule(points));
            StringBuilder text = new StringBuilder();
            text.append(e.matrix().length).append(' ').append(e.matrix()[0].length).append('\n');
            for (BigInteger[] row : e.matrix()) {
                text.append(java.util.Arrays.stream(row).map(BigInteger::toString).collect(Collectors.joining(" ")))
                        .append('\n');
            }
            for (Rational b : e.rhs()) {
                text.append(b.numerator()).append('/').append(b.denominator()).append('\n');
            }
            Files.writeString(dir.resolve(points + ".txt"), text);
            Files.writeString(dir.resolve(points + ".offsets"), offsets(points, limits).stream() // for nd --offsets
                    .map(o -> o.stream().map(Rational::toString).collect(Collectors.joining(",")))
                    .collect(Collectors.joining(";")) + "\n");
            Rational[] x = ExactSolver.solve(e.matrix(), e.rhs()); // the digest the sympy peer prints
            BigInteger sum = BigInteger.ZERO;
            BigInteger largest = BigInteger.ONE;
            for (Rational v : x) {
                sum = sum.add(v.numerator().abs());
                largest = largest.max(v.denominator());
            }
            System.out.println(points + " " + e.matrix().length + "x" + e.matrix()[0].length
                    + " digest: sum|num|=" + sum + " max den=" + largest);
        }
    }
}
