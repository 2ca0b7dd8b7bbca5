/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/spectrum.c: spectra sector by sector and sample by sample (spec 3);
   sectors run in parallel (OpenMP), errors are collected per sector. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include <dlfcn.h>
#include <pthread.h>
#include "xsff_impl.h"
#include "core/wk_lapack.h"

/* OpenBLAS thread control when LAPACK (loaded on first use by lib/core) is
   OpenBLAS; any other LAPACK works without it */
static void (*openblas_set_num_threads)(int);
static int (*openblas_get_num_threads)(void);

static pthread_once_t openblas_once = PTHREAD_ONCE_INIT;

static void find_openblas(void)
{
    void *h;
    if (!wk_lapack_available()) return;
    h = dlopen("libopenblas.so.0", RTLD_LAZY | RTLD_NOLOAD);
    if (h == NULL) return;
    openblas_set_num_threads = (void (*)(int)) dlsym(h, "openblas_set_num_threads");
    openblas_get_num_threads = (int (*)(void)) dlsym(h, "openblas_get_num_threads");
    if (!openblas_set_num_threads || !openblas_get_num_threads) openblas_set_num_threads = NULL;
    dlclose(h);   /* still loaded through LAPACK */
}

void wk_xsff_spectrum_init(wk_xsff_spectrum_t sp)
{
    memset(sp, 0, sizeof(wk_xsff_spectrum_struct));
    wk_xsff_info_init(sp->info);
}

void wk_xsff_spectrum_clear(wk_xsff_spectrum_t sp)
{
    slong i;
    if (sp->E)
        for (i = 0; i < sp->nsamples * sp->info->nsec; i++) flint_free(sp->E[i]);
    flint_free(sp->E);
    flint_free(sp->mean);
    flint_free(sp->sdev);
    wk_xsff_info_clear(sp->info);
    wk_xsff_spectrum_init(sp);
}

static int dcmp(const void *x, const void *y)
{
    double a = *(const double *) x, b = *(const double *) y;
    return a < b ? -1 : (a > b);
}

static void moments(wk_xsff_spectrum_t sp, slong s)
{
    slong a, k, n = sp->info->nsec;
    double sum = 0, sum2 = 0, cnt = 0;
    for (a = 0; a < n; a++) {
        const double *E = sp->E[s * n + a];
        for (k = 0; k < sp->info->R[a]; k++) {
            sum += sp->info->d[a] * E[k];
            sum2 += sp->info->d[a] * E[k] * E[k];
        }
        cnt += sp->info->d[a] * sp->info->R[a];
    }
    sp->mean[s] = cnt > 0 ? sum / cnt : 0;
    sp->sdev[s] = cnt > 0 ? sqrt(fmax(0, sum2 / cnt - sp->mean[s] * sp->mean[s])) : 0;
}

wk_status wk_xsff_spectrum_set(wk_xsff_spectrum_t sp, const wk_xsff_info_t info, const double *const *E)
{
    slong a, k;
    for (a = 0; a < info->nsec; a++)
        for (k = 0; k < info->R[a]; k++)
            if (!isfinite(E[a][k]))
                return wk_error(WK_E_DOMAIN, "level %ld of sector %s is not finite", (long) k, info->name[a]);
    wk_xsff_spectrum_clear(sp);
    wk_xsff_info_set(sp->info, info);
    sp->nsamples = 1;
    sp->E = flint_malloc(info->nsec * sizeof(double *));
    sp->mean = flint_malloc(sizeof(double));
    sp->sdev = flint_malloc(sizeof(double));
    for (a = 0; a < info->nsec; a++) {
        sp->E[a] = flint_malloc((info->R[a] + 1) * sizeof(double));
        for (k = 0; k < info->R[a]; k++) sp->E[a][k] = E[a][k];
        qsort(sp->E[a], info->R[a], sizeof(double), dcmp);
    }
    moments(sp, 0);
    return WK_OK;
}

wk_status wk_xsff_spectrum_add(wk_xsff_spectrum_t sp, const double *const *E)
{
    slong a, k, n = sp->info->nsec, s = sp->nsamples;
    if (n == 0)
        return wk_error(WK_E_DOMAIN, "spectrum has no sectors; set the first sample with its sector information");
    for (a = 0; a < n; a++)
        for (k = 0; k < sp->info->R[a]; k++)
            if (!isfinite(E[a][k]))
                return wk_error(WK_E_DOMAIN, "level %ld of sector %s is not finite", (long) k, sp->info->name[a]);
    sp->E = flint_realloc(sp->E, (s + 1) * n * sizeof(double *));
    sp->mean = flint_realloc(sp->mean, (s + 1) * sizeof(double));
    sp->sdev = flint_realloc(sp->sdev, (s + 1) * sizeof(double));
    for (a = 0; a < n; a++) {
        double *e = flint_malloc((sp->info->R[a] + 1) * sizeof(double));
        for (k = 0; k < sp->info->R[a]; k++) e[k] = E[a][k];
        qsort(e, sp->info->R[a], sizeof(double), dcmp);
        sp->E[s * n + a] = e;
    }
    sp->nsamples = s + 1;
    moments(sp, s);
    return WK_OK;
}

/* one sector of one sample */
static wk_status sector_eigs(double *w, const wk_xsff_sectors_t S, slong a, const wk_xsff_op_t H)
{
    slong R = S->info->R[a];
    wk_status st;
    if (R == 0) return WK_OK;
    if (H->real && (S->real[a] || (S->kreal && S->kreal[a]))) {
        double *A = malloc(((size_t) R * R + WK_XSFF_EIG_PAD(R)) * sizeof(double));
        if (A == NULL) return wk_error(WK_E_NOMEM, "out of memory for a %ld x %ld matrix", (long) R, (long) R);
        memset(A + (size_t) R * R, 0, WK_XSFF_EIG_PAD(R) * sizeof(double));
        wk_xsff_sectors_block(NULL, A, S, a, H);
        st = _wk_xsff_eigvalsh_real_padded(w, A, R);
        free(A);
    } else {
        double complex *A = malloc(((size_t) R * R + WK_XSFF_EIG_PAD(R)) * sizeof(double complex));
        if (A == NULL) return wk_error(WK_E_NOMEM, "out of memory for a %ld x %ld matrix", (long) R, (long) R);
        memset(A + (size_t) R * R, 0, WK_XSFF_EIG_PAD(R) * sizeof(double complex));
        wk_xsff_sectors_block(A, NULL, S, a, H);
        st = _wk_xsff_eigvalsh_complex_padded(w, A, R);
        free(A);
    }
    return st;
}

wk_status wk_xsff_spectrum_compute(wk_xsff_spectrum_t sp, const wk_xsff_model_t m,
                                   const wk_xsff_sectors_t S, slong nsamples, ulong seed,
                                   slong dense_limit)
{
    slong a, s, nsec = S->info->nsec, *order;
    double total = 0, done = 0;
    wk_status st = WK_OK;
    int blas_threads = 0;

    if (dense_limit <= 0) dense_limit = WK_XSFF_DENSE_LIMIT;
    if (nsamples < 1 || nsamples > 1000000)
        return wk_error(WK_E_DOMAIN, "number of samples %ld must be 1..1000000", (long) nsamples);
    if (S->dim != m->dim || nsec == 0)
        return wk_error(WK_E_DIM, "sectors (dimension %ld) do not belong to this model (dimension %ld)",
                        (long) S->dim, (long) m->dim);
    {
        slong big = 0;
        for (a = 1; a < nsec; a++) if (S->info->R[a] > S->info->R[big]) big = a;
        if (S->info->R[big] > dense_limit)
            return wk_error(WK_E_TOO_LARGE, "sector %s has dimension %ld > dense limit %ld",
                            S->info->name[big], (long) S->info->R[big], (long) dense_limit);
    }
    wk_xsff_spectrum_clear(sp);
    wk_xsff_info_set(sp->info, S->info);
    sp->seed = seed;
    sp->E = flint_calloc(nsamples * nsec, sizeof(double *));
    sp->mean = flint_calloc(nsamples, sizeof(double));
    sp->sdev = flint_calloc(nsamples, sizeof(double));
    sp->nsamples = nsamples;
    for (s = 0; s < nsamples * nsec; s++)
        sp->E[s] = flint_malloc((S->info->R[s % nsec] + 1) * sizeof(double));
    /* largest sectors first */
    order = flint_malloc(nsec * sizeof(slong));
    for (a = 0; a < nsec; a++) order[a] = a;
    for (a = 1; a < nsec; a++) {
        slong x = order[a], b = a;
        while (b > 0 && S->info->R[order[b - 1]] < S->info->R[x]) { order[b] = order[b - 1]; b--; }
        order[b] = x;
    }
    for (a = 0; a < nsec; a++) total += pow((double) S->info->R[a], 3);
    total *= nsamples;
    pthread_once(&openblas_once, find_openblas);
    if (openblas_set_num_threads) blas_threads = openblas_get_num_threads();

    for (s = 0; s < nsamples && st == WK_OK; s++) {
        wk_xsff_op_t H;
        wk_rand_t r;
        wk_status *sst = flint_calloc(nsec, sizeof(wk_status));
        char (*msg)[256] = flint_calloc(nsec, 256);
        slong i;
        int nth = _wk_xsff_threads();

        wk_xsff_op_init(H);
        wk_rand_init(r, seed + s);
        st = wk_xsff_model_hamiltonian(H, m, r);
        if (st == WK_OK && s == 0) {
            slong g;
            double hn = 0, c;
            for (i = 0; i < H->nnz; i++) hn = fmax(hn, cabs(H->val[i]));
            c = wk_xsff_commutator_norm(&g, m, H, r);
            if (c > 1e-9 * fmax(hn, 1e-300) * 10) {
                if (m->kind == WK_XSFF_FINITE)
                    st = wk_error(WK_E_DOMAIN, "symmetry '%s' does not commute with H "
                                  "(norm of commutator %.2g on a random vector)", m->N->gen_name[g], c);
                else
                    st = wk_error(WK_E_DOMAIN, "charge '%s' is not conserved by H "
                                  "(norm of commutator %.2g on a random vector)", m->T->name[g], c);
            }
            sp->comm_max = c;
        }
        if (st == WK_OK) {
            /* sectors whose cost dominates (R^3 above the rest shared among the
               threads) run one at a time with threaded BLAS; the others run
               side by side, one BLAS thread each (NOTES.md: measured faster than
               threaded BLAS on every sector) */
            slong nbig = 0;
            double rest = 0;
            for (i = 0; i < nsec; i++) rest += pow((double) S->info->R[order[i]], 3);
            while (nth > 1 && nbig < nsec) {
                double c = pow((double) S->info->R[order[nbig]], 3);
                if (c * nth <= rest) break;
                rest -= c;
                nbig++;
            }
            for (i = 0; i < nbig; i++) {
                slong b = order[i];
                if (wk_interrupted()) { sst[b] = WK_E_INTERRUPT; continue; }
                sst[b] = sector_eigs(sp->E[s * nsec + b], S, b, H);
                if (sst[b] != WK_OK) snprintf(msg[b], 256, "%s", wk_error_msg());
                done += pow((double) S->info->R[b], 3);
                wk_progress("xsff_spectrum", done, total);
            }
            if (nth > 1 && nsec - nbig > 1 && openblas_set_num_threads) openblas_set_num_threads(1);
#pragma omp parallel for schedule(dynamic, 1) if (nsec - nbig > 1)
            for (i = nbig; i < nsec; i++) {
                slong b = order[i];
                if (wk_interrupted()) { sst[b] = WK_E_INTERRUPT; continue; }
                sst[b] = sector_eigs(sp->E[s * nsec + b], S, b, H);
                if (sst[b] != WK_OK) snprintf(msg[b], 256, "%s", wk_error_msg());
#ifdef _OPENMP
#pragma omp atomic
#endif
                done += pow((double) S->info->R[b], 3);
#ifdef _OPENMP
                if (omp_get_thread_num() == 0)
#endif
                    wk_progress("xsff_spectrum", done, total);
            }
            if (nth > 1 && nsec - nbig > 1 && openblas_set_num_threads) openblas_set_num_threads(blas_threads);
            wk_progress("xsff_spectrum", done, total);   /* from this thread, whoever did the work */
            for (i = 0; i < nsec; i++)
                if (sst[i] != WK_OK) {
                    if (sst[i] == WK_E_INTERRUPT) st = wk_error(WK_E_INTERRUPT, "interrupted");
                    else st = wk_error(sst[i], "sector %s: %s", S->info->name[i], msg[i]);
                    break;
                }
        }
        if (st == WK_OK) moments(sp, s);
        flint_free(sst);
        flint_free(msg);
        wk_xsff_op_clear(H);
        wk_rand_clear(r);
    }
    wk_progress_done();
    flint_free(order);
    sp->checked = st == WK_OK;   /* [H, U(g)] = 0 was checked on the first realisation */
    if (st != WK_OK) wk_xsff_spectrum_clear(sp);
    return st;
}
