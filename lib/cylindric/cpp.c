/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/cpp.c: cylindric partitions as sequences mu^0, ..., mu^T = mu^0
   of partitions with horizontal strips between neighbours, up or down as the
   profile says (Borodin 2007, Sec. 1; spec 1): checks and basic operations. */
#include <string.h>
#include "internal.h"

void wk_cpp_init(wk_cpp_t pi)
{
    pi->T = 0;
    pi->w = NULL;
    pi->mu = NULL;
}

void wk_cpp_clear(wk_cpp_t pi)
{
    slong k;
    if (pi->mu != NULL)
        for (k = 0; k <= pi->T; k++)
            wk_partition_clear(pi->mu + k);
    flint_free(pi->mu);
    flint_free(pi->w);
    pi->T = 0;
    pi->w = NULL;
    pi->mu = NULL;
}

/* Resizes pi for profile w (copied); the partitions are set empty. */
void _wk_cpp_fit_profile(wk_cpp_t pi, const slong *w, slong T)
{
    slong k;
    if (pi->T != T || pi->mu == NULL) {
        wk_cpp_clear(pi);
        pi->T = T;
        pi->w = flint_malloc(T * sizeof(slong));
        pi->mu = flint_malloc((T + 1) * sizeof(wk_partition_struct));
        for (k = 0; k <= T; k++)
            wk_partition_init(pi->mu + k);
    }
    if (pi->w != w)
        memcpy(pi->w, w, T * sizeof(slong));
    for (k = 0; k <= T; k++)
        wk_partition_zero(pi->mu + k);
}

void wk_cpp_set_cpp(wk_cpp_t res, const wk_cpp_t pi)
{
    slong k;
    if (res == pi)
        return;
    if (pi->mu == NULL) {
        wk_cpp_clear(res);
        return;
    }
    _wk_cpp_fit_profile(res, pi->w, pi->T);
    for (k = 0; k <= pi->T; k++)
        wk_partition_set(res->mu + k, pi->mu + k);
}

/* "not a cylindric partition with profile 10: " */
static void prefix(wk_cyl_strbuf *b, const slong *w, slong T)
{
    _wk_cyl_strbuf_printf(b, "not a cylindric partition with profile ");
    _wk_cpp_profile_append_str(b, w, T);
    _wk_cyl_strbuf_printf(b, ": ");
}

wk_status wk_cpp_check_seq(const slong *w, slong T, const wk_partition_struct *mu,
                           slong nmu, int mode)
{
    slong k, total = 0;
    wk_cyl_strbuf b;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    if (nmu != T + 1 && nmu != T) {
        _wk_cyl_strbuf_init(&b);
        _wk_cyl_strbuf_printf(&b, "a cylindric partition with profile ");
        _wk_cpp_profile_append_str(&b, w, T);
        _wk_cyl_strbuf_printf(&b, " is a list of %ld partitions mu^0..mu^%ld, got %ld",
                          (long) (T + 1), (long) T, (long) nmu);
        st = wk_error(WK_E_DIM, "%s", b.s);
        flint_free(b.s);
        return st;
    }
    for (k = 0; k < nmu; k++) {
        slong s;
        st = wk_partition_check_vec(mu[k].parts, mu[k].length);
        if (st != WK_OK) {
            char *m = flint_malloc(strlen(wk_error_msg()) + 1);
            strcpy(m, wk_error_msg());
            st = wk_error(st, "mu^%ld: %s", (long) k, m);
            flint_free(m);
            return st;
        }
        s = wk_partition_size(mu + k);
        if (k > 0 && (total > WORD(1) << 62 || s > (WORD(1) << 62) - total))
            return wk_error(WK_E_TOO_LARGE, "cylindric partition size exceeds the limit 2^62");
        if (k > 0)
            total += s;
    }
    for (k = 1; k <= T; k++) {
        const wk_partition_struct *prev = mu + (k - 1), *cur = mu + (k % nmu);
        const wk_partition_struct *big = w[k - 1] ? cur : prev, *small = w[k - 1] ? prev : cur;
        int good = mode == WK_CPP_CONTAINMENT ? wk_partition_contains(big, small)
                                              : wk_partition_is_horizontal_strip(big, small);
        if (!good) {
            _wk_cyl_strbuf_init(&b);
            prefix(&b, w, T);
            _wk_cyl_strbuf_printf(&b, "step %ld (%s) needs ", (long) k, w[k - 1] ? "up" : "down");
            _wk_partition_append_str(&b, big);
            _wk_cyl_strbuf_putc(&b, '/');
            _wk_partition_append_str(&b, small);
            /* the same words in both modes: a pair that is not even a
               containment is not a horizontal strip either */
            _wk_cyl_strbuf_printf(&b, " to be a horizontal strip");
            st = wk_error(WK_E_DOMAIN, "%s", b.s);
            flint_free(b.s);
            return st;
        }
    }
    if (nmu == T + 1 && !wk_partition_equal(mu + T, mu)) {
        _wk_cyl_strbuf_init(&b);
        prefix(&b, w, T);
        _wk_cyl_strbuf_printf(&b, "mu^%ld = ", (long) T);
        _wk_partition_append_str(&b, mu + T);
        _wk_cyl_strbuf_printf(&b, " differs from mu^0 = ");
        _wk_partition_append_str(&b, mu);
        st = wk_error(WK_E_DOMAIN, "%s", b.s);
        flint_free(b.s);
        return st;
    }
    return WK_OK;
}

wk_status wk_cpp_set(wk_cpp_t pi, const slong *w, slong T,
                     const wk_partition_struct *mu, slong nmu)
{
    slong k;
    wk_cpp_t t;
    wk_status st = wk_cpp_check_seq(w, T, mu, nmu, WK_CPP_STRICT);
    if (st != WK_OK)
        return st;
    /* through a temporary: mu may point into pi */
    wk_cpp_init(t);
    _wk_cpp_fit_profile(t, w, T);
    for (k = 0; k < T; k++)
        wk_partition_set(t->mu + k, mu + k);
    wk_partition_set(t->mu + T, mu);
    wk_cpp_clear(pi);
    *pi = *t;
    return WK_OK;
}

slong wk_cpp_size(const wk_cpp_t pi)
{
    slong k, s = 0;
    for (k = 1; k <= pi->T; k++)
        s += wk_partition_size(pi->mu + k);
    return s;
}

int wk_cpp_equal(const wk_cpp_t a, const wk_cpp_t b)
{
    slong k;
    if (a->T != b->T)
        return 0;
    if (a->T == 0)
        return 1;
    if (memcmp(a->w, b->w, a->T * sizeof(slong)) != 0)
        return 0;
    for (k = 0; k <= a->T; k++)
        if (!wk_partition_equal(a->mu + k, b->mu + k))
            return 0;
    return 1;
}
