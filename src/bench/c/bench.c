/* Generated C apply_all against a hand-written loop over the same stencil: the
 * 4th-order central second derivative on 10^7 doubles. Prints the median of
 * the repetitions of each. Built by src/bench/run-codegen.sh with gcc -O2. */
#define _POSIX_C_SOURCE 199309L
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "d2central4.h"

#define N 10000000
#define REPETITIONS 31

/* The same stencil written by hand: (-f[i-2] + 16 f[i-1] - 30 f[i] + 16 f[i+1] - f[i+2]) / (12 h^2),
 * interior only (the generated code also does the closure rows). */
static void __attribute__((noinline)) hand(const double *restrict in, double *restrict out, ptrdiff_t n, double h)
{
    const double c = 1.0 / (12.0 * h * h);
    for (ptrdiff_t i = 2; i < n - 2; i++) {
        out[i] = (-in[i - 2] + 16.0 * in[i - 1] - 30.0 * in[i] + 16.0 * in[i + 1] - in[i + 2]) * c;
    }
}

static void __attribute__((noinline)) generated(const double *restrict in, double *restrict out, ptrdiff_t n,
        double h)
{
    d2central4_apply_all(in, out, n, h);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a;
    double y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    double *in = malloc(sizeof(double) * N);
    double *out = malloc(sizeof(double) * N);
    double times[2][REPETITIONS];
    double check = 0;
    const double h = 1.0 / N;
    for (ptrdiff_t i = 0; i < N; i++) {
        double x = i * h;
        in[i] = x * x * x;
        out[i] = 0;
    }
    for (int r = -3; r < REPETITIONS; r++) { /* three warm-up rounds, then alternate the two */
        for (int k = 0; k < 2; k++) {
            double start = now();
            if (k == 0) {
                generated(in, out, N, h);
            } else {
                hand(in, out, N, h);
            }
            double t = now() - start;
            check += out[N / 2];
            if (r >= 0) {
                times[k][r] = t;
            }
        }
    }
    qsort(times[0], REPETITIONS, sizeof(double), compare);
    qsort(times[1], REPETITIONS, sizeof(double), compare);
    double g = times[0][REPETITIONS / 2] * 1e3;
    double m = times[1][REPETITIONS / 2] * 1e3;
    printf("C, 10^7 doubles, median of %d (checksum %g):\n", REPETITIONS, check);
    printf("  generated apply_all (closures included)  %8.2f ms  1\n", g);
    printf("  hand-written loop (interior only)        %8.2f ms  %.2f\n", m, m / g);
    free(in);
    free(out);
    return 0;
}
