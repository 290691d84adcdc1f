/* Times the generated 2-D 5-point Laplacian with closures (lap.h, from
 *   stencilforge nd --operator laplacian --dimension 2 --accuracy 2 --points 1000,1000 --format c --name lap)
 * against a hand-written loop of the same operator on 1000 x 1000 points; checks that both agree.
 * Build and run: src/bench/c/run.sh. Prints the median of 51 runs of each, in ms, and their ratio. */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "lap.h"

#define N0 1000
#define N1 1000
#define RUNS 51

/* The hand-written operator: the interior 5-point stencil, and at the faces the one-sided second
 * difference 2, -5, 4, -1 of order 2 along the axis that leaves the grid. */
static void hand(const double *restrict u, double *restrict out, double h)
{
    const double s = 1.0 / (h * h);
    for (long i = 0; i < N0; i++) {
        const double *c = u + i * N1;
        const double *a0, *a1, *a2, *a3; /* x rows of the x difference */
        double w0, w1, w2, w3;
        if (i == 0) {
            a0 = u; a1 = u + N1; a2 = u + 2 * N1; a3 = u + 3 * N1; w0 = 2; w1 = -5; w2 = 4; w3 = -1;
        } else if (i == N0 - 1) {
            a0 = u + (N0 - 1) * N1; a1 = u + (N0 - 2) * N1; a2 = u + (N0 - 3) * N1; a3 = u + (N0 - 4) * N1;
            w0 = 2; w1 = -5; w2 = 4; w3 = -1;
        } else {
            a0 = c - N1; a1 = c; a2 = c + N1; a3 = c; w0 = 1; w1 = -2; w2 = 1; w3 = 0;
        }
        double *o = out + i * N1;
        if (i > 0 && i < N0 - 1) {
            o[0] = s * ((a0[0] - 2 * a1[0] + a2[0]) + (2 * c[0] - 5 * c[1] + 4 * c[2] - c[3]));
            for (long j = 1; j < N1 - 1; j++) {
                o[j] = s * (c[j - N1] + c[j + N1] + c[j - 1] + c[j + 1] - 4 * c[j]);
            }
            o[N1 - 1] = s * ((a0[N1 - 1] - 2 * a1[N1 - 1] + a2[N1 - 1])
                    + (2 * c[N1 - 1] - 5 * c[N1 - 2] + 4 * c[N1 - 3] - c[N1 - 4]));
        } else {
            for (long j = 0; j < N1; j++) {
                double dxx = w0 * a0[j] + w1 * a1[j] + w2 * a2[j] + w3 * a3[j];
                double dyy = j == 0 ? 2 * c[0] - 5 * c[1] + 4 * c[2] - c[3]
                        : j == N1 - 1 ? 2 * c[N1 - 1] - 5 * c[N1 - 2] + 4 * c[N1 - 3] - c[N1 - 4]
                        : c[j - 1] - 2 * c[j] + c[j + 1];
                o[j] = s * (dxx + dyy);
            }
        }
    }
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(void)
{
    double *u = malloc(sizeof(double) * N0 * N1);
    double *a = malloc(sizeof(double) * N0 * N1);
    double *b = malloc(sizeof(double) * N0 * N1);
    const ptrdiff_t n[2] = {N0, N1}, strides[2] = {N1, 1};
    const double h = 1.0 / (N0 - 1);
    for (long k = 0; k < (long)N0 * N1; k++) {
        u[k] = sin(0.001 * k) + 0.5 * cos(0.0007 * k);
    }
    lap_apply_all(u, a, n, strides, h);
    hand(u, b, h);
    double worst = 0;
    for (long k = 0; k < (long)N0 * N1; k++) {
        double e = fabs(a[k] - b[k]) / (1 + fabs(b[k]));
        worst = e > worst ? e : worst;
    }
    double tg[RUNS], th[RUNS];
    for (int r = 0; r < RUNS; r++) { /* interleaved, so that load on the machine hits both alike */
        double t0 = now();
        lap_apply_all(u, a, n, strides, h);
        double t1 = now();
        hand(u, b, h);
        double t2 = now();
        tg[r] = t1 - t0;
        th[r] = t2 - t1;
    }
    qsort(tg, RUNS, sizeof(double), compare);
    qsort(th, RUNS, sizeof(double), compare);
    printf("largest relative difference %.3g\n", worst);
    printf("generated %.3f ms, hand-written %.3f ms (medians of %d), ratio generated/hand %.3f\n",
            tg[RUNS / 2], th[RUNS / 2], RUNS, tg[RUNS / 2] / th[RUNS / 2]);
    free(u);
    free(a);
    free(b);
    return worst < 1e-9 ? 0 : 1;
}
