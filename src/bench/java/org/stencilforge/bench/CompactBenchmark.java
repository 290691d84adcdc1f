package org.stencilforge.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stencilforge.compact.CompactScheme;
import org.stencilforge.compact.CompactSchemes;

/**
 * Lele's compact scheme of the given accuracy for the first derivative, derived exactly with
 * two error terms. SampleTime mode: read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CompactBenchmark {

    @Param({"4", "6", "8", "10"})
    public int accuracy;

    @Benchmark
    public CompactScheme lele() {
        List<List<Integer>> shape = CompactSchemes.leleShape(1, accuracy);
        return CompactSchemes.derive(1, shape.get(0), shape.get(1), Map.of(), 2, CompactSchemes.DEFAULT_MAX_POINTS);
    }
}
