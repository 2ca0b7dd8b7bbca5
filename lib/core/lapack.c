/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/core/lapack.c: lazy loading of LAPACK(E) through dlopen (see wk_lapack.h). */
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>
#include "config.h"
#include "wk_lapack.h"

#undef LAPACKE_dsyevd
#undef LAPACKE_zgeev
#undef dsyevd_
#undef zheevd_

static pthread_once_t once = PTHREAD_ONCE_INIT;
static void *handle;
static char load_error[512];

typedef lapack_int (*dsyevd_t)(int, char, char, lapack_int, double *, lapack_int, double *);
typedef lapack_int (*zgeev_t)(int, char, char, lapack_int, lapack_complex_double *, lapack_int,
                              lapack_complex_double *, lapack_complex_double *, lapack_int,
                              lapack_complex_double *, lapack_int);
typedef void (*f_dsyevd_t)(const char *, const char *, const wk_lapack_int *, double *,
                           const wk_lapack_int *, double *, double *, const wk_lapack_int *,
                           wk_lapack_int *, const wk_lapack_int *, wk_lapack_int *, size_t, size_t);
typedef void (*f_zheevd_t)(const char *, const char *, const wk_lapack_int *, double complex *,
                           const wk_lapack_int *, double *, double complex *, const wk_lapack_int *,
                           double *, const wk_lapack_int *, wk_lapack_int *, const wk_lapack_int *,
                           wk_lapack_int *, size_t, size_t);

static dsyevd_t p_dsyevd;
static zgeev_t p_zgeev;
static f_dsyevd_t p_f_dsyevd;
static f_zheevd_t p_f_zheevd;

static void load(void)
{
    static const char *names[] = { WK_LAPACKE_SONAME, "liblapacke.so.3", "liblapacke.so", NULL };
    int i;
    for (i = 0; names[i] && !handle; i++)
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *e = dlerror();
        snprintf(load_error, sizeof load_error, "cannot load LAPACK (%s): %s", WK_LAPACKE_SONAME,
                 e ? e : "unknown error");
        return;
    }
    p_dsyevd = (dsyevd_t) dlsym(handle, "LAPACKE_dsyevd");
    p_zgeev = (zgeev_t) dlsym(handle, "LAPACKE_zgeev");
    p_f_dsyevd = (f_dsyevd_t) dlsym(handle, "dsyevd_");
    p_f_zheevd = (f_zheevd_t) dlsym(handle, "zheevd_");
    if (!p_dsyevd || !p_zgeev || !p_f_dsyevd || !p_f_zheevd)
        snprintf(load_error, sizeof load_error, "LAPACK (%s) lacks a needed routine", WK_LAPACKE_SONAME);
}

int wk_lapack_available(void)
{
    pthread_once(&once, load);
    return handle != NULL && load_error[0] == '\0';
}

static int unavailable(void)
{
    wk_error(WK_E_INTERNAL, "%s", load_error[0] ? load_error : "LAPACK is not available");
    return WK_LAPACK_UNAVAILABLE;
}

lapack_int wk_lapacke_dsyevd(int layout, char jobz, char uplo, lapack_int n, double *a,
                             lapack_int lda, double *w)
{
    if (!wk_lapack_available()) return unavailable();
    return p_dsyevd(layout, jobz, uplo, n, a, lda, w);
}

lapack_int wk_lapacke_zgeev(int layout, char jobvl, char jobvr, lapack_int n,
                            lapack_complex_double *a, lapack_int lda, lapack_complex_double *w,
                            lapack_complex_double *vl, lapack_int ldvl,
                            lapack_complex_double *vr, lapack_int ldvr)
{
    if (!wk_lapack_available()) return unavailable();
    return p_zgeev(layout, jobvl, jobvr, n, a, lda, w, vl, ldvl, vr, ldvr);
}

void wk_lapack_dsyevd_(const char *jobz, const char *uplo, const wk_lapack_int *n, double *a,
                       const wk_lapack_int *lda, double *w, double *work, const wk_lapack_int *lwork,
                       wk_lapack_int *iwork, const wk_lapack_int *liwork, wk_lapack_int *info,
                       size_t ljobz, size_t luplo)
{
    if (!wk_lapack_available()) { *info = unavailable(); return; }
    p_f_dsyevd(jobz, uplo, n, a, lda, w, work, lwork, iwork, liwork, info, ljobz, luplo);
}

void wk_lapack_zheevd_(const char *jobz, const char *uplo, const wk_lapack_int *n,
                       double complex *a, const wk_lapack_int *lda, double *w,
                       double complex *work, const wk_lapack_int *lwork, double *rwork,
                       const wk_lapack_int *lrwork, wk_lapack_int *iwork, const wk_lapack_int *liwork,
                       wk_lapack_int *info, size_t ljobz, size_t luplo)
{
    if (!wk_lapack_available()) { *info = unavailable(); return; }
    p_f_zheevd(jobz, uplo, n, a, lda, w, work, lwork, rwork, lrwork, iwork, liwork, info, ljobz, luplo);
}
