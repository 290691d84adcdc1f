/* Generated compact code against a hand-written Thomas solve of the same system: Lele's tridiagonal
 * sixth-order first derivative with its default closures (row 0: f'_0 + 2 f'_1 = (-5/2 f_0 + 2 f_1
 * + 1/2 f_2)/h, row 1: the Pade scheme 1/4, 1, 1/4 = 3/4 (f_2 - f_0)/h, the last rows mirrored) on
 * 10^6 doubles. Both compute the right side and solve; prints the median of the repetitions of each
 * and their ratio. Built by src/bench/run-compact.sh with gcc -O2. */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "d1compact6.h"

#define N 1000000
#define REPETITIONS 31

/* The textbook Thomas algorithm: sub-diagonal a, diagonal b, super-diagonal c, right side d (overwritten
 * with the solution), cp the modified super-diagonal. */
static void __attribute__((noinline)) hand(const double *restrict f, double *restrict d, ptrdiff_t n, double h,
        double *restrict cp)
{
    const double s = 1.0 / h;
    d[0] = (-2.5 * f[0] + 2.0 * f[1] + 0.5 * f[2]) * s;
    d[1] = 0.75 * (f[2] - f[0]) * s;
    for (ptrdiff_t i = 2; i < n - 2; i++) {
        d[i] = (7.0 / 9.0 * (f[i + 1] - f[i - 1]) + 1.0 / 36.0 * (f[i + 2] - f[i - 2])) * s;
    }
    d[n - 2] = 0.75 * (f[n - 1] - f[n - 3]) * s;
    d[n - 1] = (2.5 * f[n - 1] - 2.0 * f[n - 2] - 0.5 * f[n - 3]) * s;
    /* rows: (0, 1, 2), (1/4, 1, 1/4), (1/3, 1, 1/3) ..., (1/4, 1, 1/4), (2, 1, 0) */
    cp[0] = 2.0;
    for (ptrdiff_t i = 1; i < n; i++) {
        double a = i == 1 || i == n - 2 ? 0.25 : i == n - 1 ? 2.0 : 1.0 / 3.0;
        double c = i == 1 || i == n - 2 ? 0.25 : i == n - 1 ? 0.0 : 1.0 / 3.0;
        double m = 1.0 / (1.0 - a * cp[i - 1]);
        cp[i] = c * m;
        d[i] = (d[i] - a * d[i - 1]) * m;
    }
    for (ptrdiff_t i = n - 2; i >= 0; i--) {
        d[i] -= cp[i] * d[i + 1];
    }
}

static void __attribute__((noinline)) generated(const double *restrict f, double *restrict out, ptrdiff_t n,
        double h, double *restrict work)
{
    d1compact6_apply_all(f, out, n, h, work);
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
    double *f = malloc(sizeof(double) * N);
    double *out[2] = {malloc(sizeof(double) * N), malloc(sizeof(double) * N)};
    double *work = malloc(sizeof(double) * (size_t)d1compact6_work_length(N));
    double *cp = malloc(sizeof(double) * N);
    double times[2][REPETITIONS];
    const double h = 1.0 / N;
    for (ptrdiff_t i = 0; i < N; i++) {
        f[i] = sin(6.283185307179586 * i * h);
    }
    for (int r = -3; r < REPETITIONS; r++) { /* three warm-up rounds, then alternate the two */
        for (int k = 0; k < 2; k++) {
            double start = now();
            if (k == 0) {
                generated(f, out[0], N, h, work);
            } else {
                hand(f, out[1], N, h, cp);
            }
            if (r >= 0) {
                times[k][r] = now() - start;
            }
        }
    }
    double worst = 0;
    for (ptrdiff_t i = 0; i < N; i++) {
        double e = fabs(out[0][i] - out[1][i]);
        worst = e > worst ? e : worst;
    }
    qsort(times[0], REPETITIONS, sizeof(double), compare);
    qsort(times[1], REPETITIONS, sizeof(double), compare);
    double g = times[0][REPETITIONS / 2];
    double t = times[1][REPETITIONS / 2];
    printf("C, n = %d, median of %d: generated %.3f ms, hand-written Thomas %.3f ms, ratio %.2f"
            " (largest difference %.1e)\n", N, REPETITIONS, 1e3 * g, 1e3 * t, g / t, worst);
    free(f);
    free(out[0]);
    free(out[1]);
    free(work);
    free(cp);
    return 0;
}
