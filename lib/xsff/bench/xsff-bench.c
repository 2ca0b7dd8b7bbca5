/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/bench/xsff-bench.c: timings for lib/xsff (not a test): sector
   eigenvalues on matrices dumped to files (compared with numpy by
   compare-numpy.py on the same files), and whole pipelines (spec 8). */
#define _GNU_SOURCE   /* clock_gettime, M_PI */
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "wk_xsff.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static int build(wk_xsff_model_t m, const char *name)
{
    if (!strcmp(name, "torus9")) return wk_xsff_model_torus_chain(m, 9, M_PI / 4, 0.25);
    if (!strcmp(name, "torus9b")) return wk_xsff_model_torus_chain(m, 9, M_PI / 6, 0.25);
    if (!strcmp(name, "kdbh8")) return wk_xsff_model_kdbh(m, 8, 9, 0.9, 1, 0.25);
    if (!strcmp(name, "hubbard8")) return wk_xsff_model_hubbard(m, 8, 4, 3, 0.5, 0, 1);
    if (!strcmp(name, "s3chain8")) return wk_xsff_model_s3_chain(m, 8, 1, 1, 0, 0.25);
    if (!strcmp(name, "potts6")) return wk_xsff_model_potts4(m, 6, 1, 1, 0.25);
    fprintf(stderr, "unknown model %s\n", name);
    return 1;
}

/* dump: writes every sector block of realisation seed 1 as <dir>/<model>-<a>.bin
   (int64 n, int64 real flag, then n*n doubles or complex doubles, column-major) */
static int dump(const char *name, const char *dir)
{
    wk_xsff_model_t m;
    wk_xsff_sectors_t S;
    wk_xsff_op_t H;
    wk_rand_t r;
    slong a;
    wk_xsff_model_init(m); wk_xsff_sectors_init(S); wk_xsff_op_init(H);
    if (build(m, name) || wk_xsff_sectors_build(S, m)) { fprintf(stderr, "%s\n", wk_error_msg()); return 1; }
    wk_rand_init(r, 1);
    wk_xsff_model_hamiltonian(H, m, r);
    for (a = 0; a < S->info->nsec; a++) {
        slong R = S->info->R[a];
        long long hdr[2];
        char path[512];
        FILE *f;
        int real = H->real && S->real[a];
        void *A = malloc((size_t) R * R * (real ? sizeof(double) : sizeof(double complex)));
        wk_xsff_sectors_block(real ? NULL : A, real ? A : NULL, S, a, H);
        snprintf(path, sizeof path, "%s/%s-%ld.bin", dir, name, (long) a);
        f = fopen(path, "wb");
        hdr[0] = R; hdr[1] = real;
        fwrite(hdr, sizeof hdr, 1, f);
        fwrite(A, real ? sizeof(double) : sizeof(double complex), (size_t) R * R, f);
        fclose(f);
        printf("%s %ld %s\n", path, (long) R, real ? "real" : "complex");
        free(A);
    }
    wk_rand_clear(r); wk_xsff_op_clear(H); wk_xsff_sectors_clear(S); wk_xsff_model_clear(m);
    return 0;
}

/* eig: times wk_xsff_eigvalsh_* on a dumped matrix (best of reps) */
static int eig(const char *path, int reps)
{
    FILE *f = fopen(path, "rb");
    long long hdr[2];
    slong n;
    double best = INFINITY, bestc = INFINITY, *w;
    void *A;
    int i;
    if (!f || fread(hdr, sizeof hdr, 1, f) != 1) { fprintf(stderr, "cannot read %s\n", path); return 1; }
    n = hdr[0];
    A = malloc((size_t) n * n * (hdr[1] ? sizeof(double) : sizeof(double complex)));
    if (fread(A, hdr[1] ? sizeof(double) : sizeof(double complex), (size_t) n * n, f) != (size_t) n * n) return 1;
    fclose(f);
    w = malloc(n * sizeof(double));
    for (i = 0; i < reps; i++) {
        double t0 = now(), c0 = cpu();
        if (hdr[1]) wk_xsff_eigvalsh_real(w, A, n); else wk_xsff_eigvalsh_complex(w, A, n);
        best = fmin(best, now() - t0);
        bestc = fmin(bestc, cpu() - c0);
    }
    printf("%.6f %.12g %.12g %.6f\n", best, w[0], w[n - 1], bestc);
    free(A); free(w);
    return 0;
}

/* pipeline: model -> sectors -> spectra -> plateau -> <r> -> bootstrap (or peeling) */
static int pipeline(const char *name, slong ns)
{
    wk_xsff_model_t m;
    wk_xsff_sectors_t S;
    wk_xsff_spectrum_t sp;
    wk_xsff_plateau_t pl;
    wk_xsff_ratio_t rr;
    wk_xsff_boot_t B;
    double t0 = now(), c0 = cpu(), t1, t2, t3;
    wk_xsff_model_init(m); wk_xsff_sectors_init(S); wk_xsff_spectrum_init(sp);
    wk_xsff_plateau_init(pl); wk_xsff_ratio_init(rr); wk_xsff_boot_init(B);
    if (build(m, name) || wk_xsff_sectors_build(S, m)) { fprintf(stderr, "%s\n", wk_error_msg()); return 1; }
    t1 = now();
    if (wk_xsff_spectrum_compute(sp, m, S, ns, 1, 0)) { fprintf(stderr, "%s\n", wk_error_msg()); return 1; }
    t2 = now();
    wk_xsff_plateau(pl, sp, 0);
    wk_xsff_level_ratio(rr, sp, 0, 0);
    if (S->kind == WK_XSFF_TORUS) {
        wk_xsff_peel_t T;
        wk_xsff_peel_init(T);
        wk_xsff_peel(T, sp, 0);
        printf("%s", T->report);
        wk_xsff_peel_clear(T);
    } else {
        wk_xsff_bootstrap_spectrum(B, S->info, pl, rr, NULL);
        printf("%s", B->report);
    }
    t3 = now();
    printf("%s: D = %ld, %ld sectors, %ld sample(s): sectors %.2f s, spectra %.2f s, analysis %.3f s, "
           "total %.2f s wall, %.2f s cpu\n", name, (long) m->dim, (long) S->info->nsec, (long) ns,
           t1 - t0, t2 - t1, t3 - t2, t3 - t0, cpu() - c0);
    wk_xsff_boot_clear(B); wk_xsff_ratio_clear(rr); wk_xsff_plateau_clear(pl);
    wk_xsff_spectrum_clear(sp); wk_xsff_sectors_clear(S); wk_xsff_model_clear(m);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && !strcmp(argv[1], "dump")) return dump(argv[2], argv[3]);
    if (argc >= 3 && !strcmp(argv[1], "eig")) return eig(argv[2], argc >= 4 ? atoi(argv[3]) : 3);
    if (argc >= 3 && !strcmp(argv[1], "pipeline")) return pipeline(argv[2], argc >= 4 ? atol(argv[3]) : 1);
    fprintf(stderr, "usage: xsff-bench dump MODEL DIR | eig FILE [REPS] | pipeline MODEL [SAMPLES]\n"
                    "models: torus9 torus9b kdbh8 hubbard8 s3chain8 potts6\n");
    return 2;
}
