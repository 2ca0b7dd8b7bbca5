/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   is_asm, inv, neg and corner sums of alternating sign matrices (spec 1). */
#include <stdio.h>
#include "wk_lambdadet.h"
#include "internal.h"

/* Checks one line (row or column) given by a stride through the matrix. */
static int check_line(char *reason, size_t len, const fmpz_mat_t A, slong idx, int is_row)
{
    slong n = fmpz_mat_nrows(A), t, s = 0;
    const char *what = is_row ? "row" : "column";
    for (t = 0; t < n; t++) {
        const fmpz *e = is_row ? fmpz_mat_entry(A, idx, t) : fmpz_mat_entry(A, t, idx);
        s += fmpz_get_si(e);
        if (s < 0 || s > 1) {
            slong tot = 0, u;
            for (u = 0; u < n; u++)
                tot += fmpz_get_si(is_row ? fmpz_mat_entry(A, idx, u) : fmpz_mat_entry(A, u, idx));
            if (tot != 1)
                snprintf(reason, len, "%s %ld sums to %ld", what, (long) idx + 1, (long) tot);
            else
                snprintf(reason, len, "%s %ld: nonzero entries do not alternate 1, -1, ..., 1 "
                         "(partial sum %ld at entry (%ld,%ld))", what, (long) idx + 1, (long) s,
                         (long) (is_row ? idx : t) + 1, (long) (is_row ? t : idx) + 1);
            return 0;
        }
    }
    if (s != 1) {
        snprintf(reason, len, "%s %ld sums to %ld", what, (long) idx + 1, (long) s);
        return 0;
    }
    return 1;
}

int wk_lambdadet_is_asm(char *reason, size_t len, const fmpz_mat_t A)
{
    char dummy[8];
    slong r = fmpz_mat_nrows(A), c = fmpz_mat_ncols(A), i, j;
    if (reason == NULL || len == 0) { reason = dummy; len = sizeof dummy; }
    reason[0] = '\0';
    if (r != c) {
        snprintf(reason, len, "matrix is %ldx%ld, not square", (long) r, (long) c);
        return 0;
    }
    for (i = 0; i < r; i++)
        for (j = 0; j < c; j++) {
            const fmpz *e = fmpz_mat_entry(A, i, j);
            if (fmpz_cmp_si(e, -1) < 0 || fmpz_cmp_si(e, 1) > 0) {
                char *s = fmpz_get_str(NULL, 10, e);
                snprintf(reason, len, "entry (%ld,%ld) is %s, not -1, 0 or 1", (long) i + 1, (long) j + 1, s);
                flint_free(s);
                return 0;
            }
        }
    for (i = 0; i < r; i++)
        if (!check_line(reason, len, A, i, 1)) return 0;
    for (j = 0; j < c; j++)
        if (!check_line(reason, len, A, j, 0)) return 0;
    return 1;
}

wk_status _wk_lambdadet_require_asm(const fmpz_mat_t A)
{
    char why[200];
    if (!wk_lambdadet_is_asm(why, sizeof why, A))
        return wk_error(WK_E_DOMAIN, "argument is not an alternating sign matrix (%s)", why);
    return WK_OK;
}

slong _wk_lambdadet_inv(const signed char *a, slong n)
{
    slong inv = 0, k, l;
    signed char *c = flint_calloc(n + 1, 1);
    for (k = 0; k < n; k++) {
        slong right = 0;   /* #{j > l : column j has partial sum 1 before row k} */
        for (l = n - 1; l >= 0; l--) {
            inv += a[k * n + l] * right;
            right += c[l];
        }
        for (l = 0; l < n; l++) c[l] += a[k * n + l];
    }
    flint_free(c);
    return inv;
}

wk_status wk_lambdadet_asm_inv(slong *inv, const fmpz_mat_t A)
{
    slong n = fmpz_mat_nrows(A), i, j;
    signed char *a;
    wk_status st = _wk_lambdadet_require_asm(A);
    if (st) return st;
    a = flint_malloc(n * n + 1);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            a[i * n + j] = (signed char) fmpz_get_si(fmpz_mat_entry(A, i, j));
    *inv = _wk_lambdadet_inv(a, n);
    flint_free(a);
    return WK_OK;
}

wk_status wk_lambdadet_asm_neg(slong *neg, const fmpz_mat_t A)
{
    slong n = fmpz_mat_nrows(A), i, j, g = 0;
    wk_status st = _wk_lambdadet_require_asm(A);
    if (st) return st;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            g += fmpz_equal_si(fmpz_mat_entry(A, i, j), -1);
    *neg = g;
    return WK_OK;
}

void wk_lambdadet_corner_sums(fmpz_mat_t H, const fmpz_mat_t A)
{
    slong r = fmpz_mat_nrows(A), c = fmpz_mat_ncols(A), i, j;
    fmpz_mat_clear(H);
    fmpz_mat_init(H, r + 1, c + 1);
    for (i = 1; i <= r; i++)
        for (j = 1; j <= c; j++) {
            fmpz *h = fmpz_mat_entry(H, i, j);
            fmpz_add(h, fmpz_mat_entry(H, i - 1, j), fmpz_mat_entry(H, i, j - 1));
            fmpz_sub(h, h, fmpz_mat_entry(H, i - 1, j - 1));
            fmpz_add(h, h, fmpz_mat_entry(A, i - 1, j - 1));
        }
}
