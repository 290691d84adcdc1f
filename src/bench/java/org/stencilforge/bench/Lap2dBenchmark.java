package org.stencilforge.bench;

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
 * The 2-D 5-point Laplacian with closures on 1000 x 1000 points: the generated {@link Lap2d#applyAll}
 * ({@code stencilforge nd --operator laplacian --dimension 2 --accuracy 2 --points 1000,1000 --format java
 * --name Lap2d}, package line added) against a hand-written loop of the same operator (interior 5 points,
 * the one-sided 2, -5, 4, -1 at the faces). SampleTime mode: read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Lap2dBenchmark {

    private static final int N0 = 1000;
    private static final int N1 = 1000;
    private static final int[] SIZES = {N0, N1};
    private static final int[] STRIDES = {N1, 1};

    private double[] in;
    private double[] out;
    private final double h = 1.0 / (N0 - 1);

    @Setup
    public void setUp() {
        in = new double[N0 * N1];
        for (int k = 0; k < in.length; k++) {
            in[k] = Math.sin(0.001 * k) + 0.5 * Math.cos(0.0007 * k);
        }
        out = new double[N0 * N1];
        double[] a = new double[N0 * N1];
        Lap2d.applyAll(in, a, SIZES, STRIDES, h);
        handWritten();
        for (int k = 0; k < a.length; k++) {
            if (Math.abs(a[k] - out[k]) > 1e-9 * (1 + Math.abs(out[k]))) {
                throw new IllegalStateException("generated and hand-written differ at " + k);
            }
        }
    }

    @Benchmark
    public double[] generated() {
        Lap2d.applyAll(in, out, SIZES, STRIDES, h);
        return out;
    }

    @Benchmark
    public double[] handWritten() {
        final double s = 1.0 / (h * h);
        final double[] u = in;
        for (int i = 0; i < N0; i++) {
            final int c = i * N1;
            if (i > 0 && i < N0 - 1) {
                out[c] = s * (u[c - N1] - 2 * u[c] + u[c + N1] + 2 * u[c] - 5 * u[c + 1] + 4 * u[c + 2] - u[c + 3]);
                for (int j = c + 1; j < c + N1 - 1; j++) {
                    out[j] = s * (u[j - N1] + u[j + N1] + u[j - 1] + u[j + 1] - 4 * u[j]);
                }
                int e = c + N1 - 1;
                out[e] = s * (u[e - N1] - 2 * u[e] + u[e + N1] + 2 * u[e] - 5 * u[e - 1] + 4 * u[e - 2] - u[e - 3]);
            } else {
                int step = i == 0 ? N1 : -N1; // rows i, i +- 1, i +- 2, i +- 3 of the one-sided difference
                for (int j = 0; j < N1; j++) {
                    int k = c + j;
                    double dxx = 2 * u[k] - 5 * u[k + step] + 4 * u[k + 2 * step] - u[k + 3 * step];
                    double dyy = j == 0 ? 2 * u[k] - 5 * u[k + 1] + 4 * u[k + 2] - u[k + 3]
                            : j == N1 - 1 ? 2 * u[k] - 5 * u[k - 1] + 4 * u[k - 2] - u[k - 3]
                            : u[k - 1] - 2 * u[k] + u[k + 1];
                    out[k] = s * (dxx + dyy);
                }
            }
        }
        return out;
    }
}
