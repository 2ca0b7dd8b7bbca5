/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/util.c: small helpers (strings, text buffers, sector information). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "xsff_impl.h"

char *_wk_xsff_strdup(const char *s)
{
    char *t;
    size_t n;
    if (s == NULL) return NULL;
    n = strlen(s);
    t = flint_malloc(n + 1);
    memcpy(t, s, n + 1);
    return t;
}

void _wk_xsff_strs_free(char **s, slong n)
{
    slong i;
    if (s == NULL) return;
    for (i = 0; i < n; i++) flint_free(s[i]);
    flint_free(s);
}

slong *_wk_xsff_slong_dup(const slong *src, slong n)
{
    slong *t;
    if (src == NULL) return NULL;
    t = flint_malloc((n + 1) * sizeof(slong));
    if (n > 0) memcpy(t, src, n * sizeof(slong));
    return t;
}

void _wk_xsff_buf_init(wk_xsff_buf *b)
{
    b->alloc = 256;
    b->len = 0;
    b->s = flint_malloc(b->alloc);
    b->s[0] = '\0';
}

void _wk_xsff_buf_printf(wk_xsff_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(b->s + b->len, b->alloc - b->len, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t) n >= b->alloc - b->len) {
        while ((size_t) n >= b->alloc - b->len) b->alloc *= 2;
        b->s = flint_realloc(b->s, b->alloc);
        va_start(ap, fmt);
        vsnprintf(b->s + b->len, b->alloc - b->len, fmt, ap);
        va_end(ap);
    }
    b->len += n;
}

char *_wk_xsff_buf_take(wk_xsff_buf *b)
{
    char *s = b->s;
    b->s = NULL;
    b->len = b->alloc = 0;
    return s;
}

void _wk_xsff_buf_clear(wk_xsff_buf *b)
{
    flint_free(b->s);
    b->s = NULL;
}

void _wk_xsff_half(char *buf, size_t n, slong twice)
{
    if (twice % 2 == 0) snprintf(buf, n, "%ld", (long) (twice / 2));
    else snprintf(buf, n, "%ld/2", (long) twice);
}

int _wk_xsff_threads(void)
{
#ifdef _OPENMP
    return omp_get_max_threads();
#else
    return 1;
#endif
}

/* ---- sector information ---------------------------------------------- */

void wk_xsff_info_init(wk_xsff_info_t info)
{
    memset(info, 0, sizeof(wk_xsff_info_struct));
    info->trivial = -1;
}

void wk_xsff_info_clear(wk_xsff_info_t info)
{
    _wk_xsff_strs_free(info->name, info->nsec);
    flint_free(info->d);
    flint_free(info->R);
    flint_free(info->dual);
    flint_free(info->kperm);
    flint_free(info->fusion);
    flint_free(info->w2);
    _wk_xsff_strs_free(info->wname, info->rank);
    wk_xsff_info_init(info);
}

void wk_xsff_info_set(wk_xsff_info_t info, const wk_xsff_info_t src)
{
    slong a, n = src->nsec;
    wk_xsff_info_clear(info);
    info->nsec = n;
    info->name = flint_malloc((n + 1) * sizeof(char *));
    for (a = 0; a < n; a++) info->name[a] = _wk_xsff_strdup(src->name[a]);
    info->d = _wk_xsff_slong_dup(src->d, n);
    info->R = _wk_xsff_slong_dup(src->R, n);
    info->dim = src->dim;
    info->order = src->order;
    info->trivial = src->trivial;
    info->dual = _wk_xsff_slong_dup(src->dual, n);
    info->kperm = _wk_xsff_slong_dup(src->kperm, n);
    info->fusion = _wk_xsff_slong_dup(src->fusion, n * n * n);
    info->rank = src->rank;
    info->w2 = _wk_xsff_slong_dup(src->w2, n * src->rank);
    if (src->wname) {
        info->wname = flint_malloc((src->rank + 1) * sizeof(char *));
        for (a = 0; a < src->rank; a++) info->wname[a] = _wk_xsff_strdup(src->wname[a]);
    }
}

wk_status wk_xsff_info_set_data(wk_xsff_info_t info, slong nsec, const char *const *names,
                                const slong *d, const slong *R, slong order, slong trivial)
{
    slong a;
    char buf[32];
    if (nsec <= 0)
        return wk_error(WK_E_DOMAIN, "need at least one sector, got %ld", (long) nsec);
    for (a = 0; a < nsec; a++) {
        if (d != NULL && d[a] <= 0)
            return wk_error(WK_E_DOMAIN, "sector %ld has irrep dimension %ld; must be positive",
                            (long) a, (long) d[a]);
        if (R[a] < 0)
            return wk_error(WK_E_DOMAIN, "sector %ld has negative dimension %ld",
                            (long) a, (long) R[a]);
    }
    if (trivial >= nsec || trivial < -1)
        return wk_error(WK_E_DOMAIN, "trivial sector %ld out of range 0..%ld",
                        (long) trivial, (long) nsec - 1);
    if (order < 0)
        return wk_error(WK_E_DOMAIN, "group order %ld must be non-negative", (long) order);
    wk_xsff_info_clear(info);
    info->nsec = nsec;
    info->name = flint_malloc(nsec * sizeof(char *));
    info->d = flint_malloc(nsec * sizeof(slong));
    info->R = flint_malloc(nsec * sizeof(slong));
    info->dim = 0;
    for (a = 0; a < nsec; a++) {
        if (names != NULL && names[a] != NULL) info->name[a] = _wk_xsff_strdup(names[a]);
        else { snprintf(buf, sizeof buf, "s%ld", (long) a); info->name[a] = _wk_xsff_strdup(buf); }
        info->d[a] = d ? d[a] : 1;
        info->R[a] = R[a];
        info->dim += info->d[a] * info->R[a];
    }
    info->order = order;
    info->trivial = trivial;
    return WK_OK;
}

static int levcmp(const void *x, const void *y)
{
    const _wk_xsff_lev_t *u = x, *v = y;
    if (u->e != v->e) return u->e < v->e ? -1 : 1;
    return u->a < v->a ? -1 : (u->a > v->a);
}

double _wk_xsff_sorted_levels(_wk_xsff_lev_t *lv, const wk_xsff_spectrum_t sp, slong s)
{
    slong nsec = sp->info->nsec, a, i, k = 0;
    double emax = 0;
    for (a = 0; a < nsec; a++)
        for (i = 0; i < sp->info->R[a]; i++) {
            lv[k].e = sp->E[s * nsec + a][i];
            lv[k].a = a;
            emax = fmax(emax, fabs(lv[k].e));
            k++;
        }
    qsort(lv, k, sizeof(_wk_xsff_lev_t), levcmp);
    return emax;
}
