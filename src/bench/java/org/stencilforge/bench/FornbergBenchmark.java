package org.stencilforge.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Fornberg;
import org.stencilforge.derivation.WeightTable;

/**
 * Weights on N centred integer nodes for derivative orders 0..4, the problem of
 * {@code src/bench/python/sympy_weights.py N 4}, and the leading truncation error of
 * the fourth-derivative stencil (by power sums, and in closed form); the fourth
 * derivative's weights alone. SampleTime mode: read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FornbergBenchmark {

    @Param({"129", "1025"})
    public int nodes;

    private List<Rational> offsets;
    private WeightTable table;

    @Setup
    public void setUp() {
        offsets = IntStream.range(0, nodes).mapToObj(i -> Rational.of(i - nodes / 2)).toList();
        table = Fornberg.weights(offsets, 4);
    }

    @Benchmark
    public WeightTable weights() {
        return Fornberg.weights(offsets, 4);
    }

    @Benchmark
    public TruncationError leadingError() {
        return TruncationError.of(table.stencil(4), 1);
    }

    /** The fourth derivative's weights alone, reduced for that order only (what {@code weights --derivative 4} runs). */
    @Benchmark
    public List<Rational> weightsOfOneOrder() {
        return Fornberg.weightsOf(offsets, 4);
    }

    /** The same leading error in closed form from the node polynomial (what a derived stencil uses). */
    @Benchmark
    public TruncationError leadingErrorClosedForm() {
        return TruncationError.ofInterpolating(table.stencil(4), 1);
    }
}
