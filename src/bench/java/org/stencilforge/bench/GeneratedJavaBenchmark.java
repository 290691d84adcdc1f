package org.stencilforge.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fourth-order central second derivative on 10^7 doubles: the generated
 * {@link D2Central4#applyAll} (closures included) against a generic loop over a
 * weights array and a hand-written loop (both interior only, with no closures,
 * which favours them). SampleTime mode: read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeneratedJavaBenchmark {

    private static final int N = 10_000_000;
    private static final double[] WEIGHTS = {-1.0 / 12, 4.0 / 3, -5.0 / 2, 4.0 / 3, -1.0 / 12};
    private static final int[] OFFSETS = {-2, -1, 0, 1, 2};

    private double[] in;
    private double[] out;
    private final double h = 1e-3;

    @Setup
    public void setUp() {
        in = new Random(1).doubles(N).toArray();
        out = new double[N];
    }

    @Benchmark
    public double[] generated() {
        D2Central4.applyAll(in, out, h);
        return out;
    }

    @Benchmark
    public double[] genericWeightsLoop() {
        double s = 1.0 / (h * h);
        for (int i = 2; i < N - 2; i++) {
            double sum = 0;
            for (int k = 0; k < WEIGHTS.length; k++) {
                sum += WEIGHTS[k] * in[i + OFFSETS[k]];
            }
            out[i] = sum * s;
        }
        return out;
    }

    @Benchmark
    public double[] handWritten() {
        double s = 1.0 / (12 * h * h);
        for (int i = 2; i < N - 2; i++) {
            out[i] = (-in[i - 2] + 16 * in[i - 1] - 30 * in[i] + 16 * in[i + 1] - in[i + 2]) * s;
        }
        return out;
    }
}
