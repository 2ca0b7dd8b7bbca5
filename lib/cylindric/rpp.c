/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/rpp.c: reverse plane partitions between their diagram (rows
   of entries) and their slices mu^k, the entries on the diagonal north-west
   of the k-th vertex of the boundary path (spec 1).  With l = number of 0s
   of w, vertex k is (x_k, y_k) = (#1s in w_1..w_k, l - #0s in w_1..w_k); the
   cell (r, c) (1-based) lies on the diagonal of vertex k = l + c - r, at
   distance x_k - c from it. */
#include <string.h>
#include "internal.h"

wk_status wk_rpp_set_rows(wk_cpp_t rpp, const wk_partition_t lam, const slong *entries)
{
    slong r, c, k, T, l, *w, *x, *y, *buf;
    slong *off;
    wk_cpp_t t;
    wk_status st = wk_partition_check_vec(lam->parts, lam->length);

    if (st != WK_OK)
        return st;
    if (lam->length == 0)
        return wk_error(WK_E_DOMAIN, "a reverse plane partition needs a non-empty shape");
    if (wk_partition_size(lam) > WORD(100000000))
        return wk_error(WK_E_TOO_LARGE, "shape with %ld cells exceeds the limit %ld",
                        (long) wk_partition_size(lam), (long) WORD(100000000));
    off = flint_malloc((lam->length + 1) * sizeof(slong));
    for (r = 0, off[0] = 0; r < lam->length; r++)
        off[r + 1] = off[r] + lam->parts[r];
#define E(r, c) entries[off[r] + (c)]
    for (r = 0; r < lam->length; r++)
        for (c = 0; c < lam->parts[r]; c++) {
            if (E(r, c) < 0)
                st = wk_error(WK_E_DOMAIN,
                              "not a reverse plane partition: entry (%ld,%ld) is %ld, entries must be nonnegative",
                              (long) (r + 1), (long) (c + 1), (long) E(r, c));
            else if (c > 0 && E(r, c) < E(r, c - 1))
                st = wk_error(WK_E_DOMAIN, "not a reverse plane partition: row %ld decreases at column %ld",
                              (long) (r + 1), (long) (c + 1));
            else if (r > 0 && E(r, c) < E(r - 1, c))
                st = wk_error(WK_E_DOMAIN, "not a reverse plane partition: column %ld decreases at row %ld",
                              (long) (c + 1), (long) (r + 1));
            else if (E(r, c) > WK_PARTITION_MAX_PART)
                st = wk_error(WK_E_TOO_LARGE, "reverse plane partition entry %ld exceeds the limit %ld",
                              (long) E(r, c), (long) WK_PARTITION_MAX_PART);
            if (st != WK_OK) {
                flint_free(off);
                return st;
            }
        }
    wk_cpp_shape_to_word(&w, &T, lam);
    l = lam->length;
    x = flint_malloc((T + 1) * sizeof(slong));
    y = flint_malloc((T + 1) * sizeof(slong));
    for (k = 0, x[0] = 0, y[0] = l; k < T; k++) {
        x[k + 1] = x[k] + (w[k] == 1);
        y[k + 1] = y[k] - (w[k] == 0);
    }
    buf = flint_malloc((FLINT_MIN(l, lam->parts[0]) + 1) * sizeof(slong));
    wk_cpp_init(t);
    _wk_cpp_fit_profile(t, w, T);
    for (k = 0; k <= T; k++) {
        slong n = 0;
        while (x[k] - n >= 1 && y[k] - n >= 1) {
            buf[n] = E(y[k] - n - 1, x[k] - n - 1);
            n++;
        }
        _wk_partition_set_vec(t->mu + k, buf, n);
    }
#undef E
    wk_cpp_clear(rpp);
    *rpp = *t;
    flint_free(buf);
    flint_free(x);
    flint_free(y);
    flint_free(off);
    flint_free(w);
    return WK_OK;
}

wk_status _wk_cpp_rpp_check(const wk_cpp_t rpp)
{
    wk_cyl_strbuf b;
    wk_status st;
    if (rpp->mu == NULL || rpp->T == 0)
        return wk_error(WK_E_DOMAIN, "not a reverse plane partition: it has no profile");
    if (rpp->mu[0].length == 0)
        return WK_OK;
    _wk_cyl_strbuf_init(&b);
    _wk_cyl_strbuf_printf(&b, "not a reverse plane partition: mu^0 = ");
    _wk_partition_append_str(&b, rpp->mu);
    _wk_cyl_strbuf_printf(&b, " is not empty");
    st = wk_error(WK_E_DOMAIN, "%s", b.s);
    flint_free(b.s);
    return st;
}

wk_status wk_rpp_get_rows(slong **entries, wk_partition_t lam, const wk_cpp_t rpp)
{
    slong T = rpp->T, l, k, r, c, z, *x, *e, *parts;
    wk_status st = _wk_cpp_rpp_check(rpp);
    if (st != WK_OK)
        return st;
    l = T - wk_cpp_profile_ones(rpp->w, T);
    /* row r (1-based from the top) has as many cells as there are 1s before
       the (l + 1 - r)-th 0 */
    parts = flint_malloc(FLINT_MAX(l, 1) * sizeof(slong));
    for (k = 0, z = 0, c = 0; k < T; k++) {
        if (rpp->w[k] == 1)
            c++;
        else {
            parts[l - 1 - z] = c;
            z++;
        }
    }
    _wk_partition_set_vec(lam, parts, l);
    flint_free(parts);
    x = flint_malloc((T + 1) * sizeof(slong));
    for (k = 0, x[0] = 0; k < T; k++)
        x[k + 1] = x[k] + (rpp->w[k] == 1);
    e = flint_malloc(FLINT_MAX(wk_partition_size(lam), 1) * sizeof(slong));
    for (r = 1, z = 0; r <= lam->length; r++)
        for (c = 1; c <= lam->parts[r - 1]; c++) {
            k = l + c - r;
            e[z++] = wk_partition_part(rpp->mu + k, x[k] - c);
        }
    flint_free(x);
    *entries = e;
    return WK_OK;
}
