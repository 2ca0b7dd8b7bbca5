/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Enumeration of alternating sign matrices through monotone triangles
   (spec 1: row k+1 is 1_{S_{k+1}} - 1_{S_k}, the sets interlacing), cell by
   cell with the larger entry first, so the order is decreasing lexicographic. */
#include <string.h>
#include "wk_lambdadet.h"
#include "internal.h"

typedef struct {
    slong n;
    signed char *a, *c;      /* entries; column sums before the current row */
    slong *right1, *right0;  /* per row: #{j > l : c_j = 1}, #{j > l : c_j = 0} */
    wk_lambdadet_asm_fn fn;
    void *data;
    ulong leaves;
} enum_state;

static int enum_cell(enum_state *S, slong k, slong l, int r, slong inv, slong neg);

static int enum_row(enum_state *S, slong k, slong inv, slong neg)
{
    slong n = S->n, l, o = 0, z = 0;
    if (k == n) {
        if ((++S->leaves & 0x3fff) == 0) {
            if (wk_interrupted()) return wk_error(WK_E_INTERRUPT, "interrupted");
            if ((S->leaves & 0xfffff) == 0) wk_progress("asm enumeration", (double) S->leaves, -1);
        }
        return S->fn(S->a, n, inv, neg, S->data);
    }
    for (l = n - 1; l >= 0; l--) {
        S->right1[k * n + l] = o;
        S->right0[k * n + l] = z;
        if (S->c[l]) o++; else z++;
    }
    return enum_cell(S, k, 0, 0, inv, neg);
}

static int enum_cell(enum_state *S, slong k, slong l, int r, slong inv, slong neg)
{
    slong n = S->n;
    int st, cl;
    if (l == n)
        return r == 1 ? enum_row(S, k + 1, inv, neg) : 0;
    cl = S->c[l];
    if (k == n - 1) {   /* last row: every column must end with sum 1 */
        signed char v = (signed char) (1 - cl);
        S->a[k * n + l] = v;
        S->c[l] = 1;
        st = enum_cell(S, k, l + 1, r + v, inv + v * S->right1[k * n + l], neg);
        S->c[l] = (signed char) cl;
        return st;
    }
    if (cl == 0 && r == 0) {    /* +1 */
        S->a[k * n + l] = 1; S->c[l] = 1;
        st = enum_cell(S, k, l + 1, 1, inv + S->right1[k * n + l], neg);
        S->c[l] = 0;
        if (st) return st;
    }
    if (r == 1 || S->right0[k * n + l] > 0) {   /* 0 */
        S->a[k * n + l] = 0;
        st = enum_cell(S, k, l + 1, r, inv, neg);
        if (st) return st;
    }
    if (cl == 1 && r == 1 && S->right0[k * n + l] > 0) {   /* -1 */
        S->a[k * n + l] = -1; S->c[l] = 0;
        st = enum_cell(S, k, l + 1, 0, inv - S->right1[k * n + l], neg + 1);
        S->c[l] = 1;
        if (st) return st;
    }
    return 0;
}

wk_status wk_lambdadet_asm_foreach(slong n, wk_lambdadet_asm_fn fn, void *data)
{
    enum_state S;
    int st;
    if (n < 0 || n > 62)
        return wk_error(WK_E_DOMAIN, "n = %ld is out of range for ASM enumeration (0 <= n <= 62)", (long) n);
    S.n = n;
    S.a = flint_calloc(n * n + 1, 1);
    S.c = flint_calloc(n + 1, 1);
    S.right1 = flint_calloc(n * n + 1, sizeof(slong));
    S.right0 = flint_calloc(n * n + 1, sizeof(slong));
    S.fn = fn; S.data = data; S.leaves = 0;
    st = enum_row(&S, 0, 0, 0);
    flint_free(S.a); flint_free(S.c); flint_free(S.right1); flint_free(S.right0);
    return (wk_status) st;
}

void wk_lambdadet_asm_list_init(wk_lambdadet_asm_list_t L)
{
    L->n = 0; L->length = 0; L->alloc = 0; L->entries = NULL;
}

void wk_lambdadet_asm_list_clear(wk_lambdadet_asm_list_t L)
{
    flint_free(L->entries);
    wk_lambdadet_asm_list_init(L);
}

static int list_push(const signed char *a, slong n, slong inv, slong neg, void *data)
{
    wk_lambdadet_asm_list_struct *L = data;
    if (L->length >= L->alloc)
        return wk_error(WK_E_INTERNAL, "more ASMs than A_%ld", (long) n);
    if (n > 0) memcpy(L->entries + L->length * n * n, a, n * n);
    L->length++;
    return 0;
}

wk_status wk_lambdadet_asm_list(wk_lambdadet_asm_list_t L, slong n, slong limit)
{
    fmpz_t cnt;
    wk_status st;
    slong total;
    if (limit <= 0) limit = WK_LAMBDADET_LIST_LIMIT;
    if (n < 0)
        return wk_error(WK_E_DOMAIN, "n = %ld is negative; ASMs exist for n >= 0", (long) n);
    if (n > 40) /* A_40 > 10^200: no count computation needed to refuse */
        return wk_error(WK_E_TOO_LARGE, "n = %ld gives more than 10^200 matrices; limit is %ld", (long) n, (long) limit);
    fmpz_init(cnt);
    wk_lambdadet_asm_count(cnt, n);
    if (fmpz_cmp_si(cnt, limit) > 0) {
        char *s = fmpz_get_str(NULL, 10, cnt);
        st = wk_error(WK_E_TOO_LARGE, "n = %ld gives %s matrices; limit is %ld", (long) n, s, (long) limit);
        flint_free(s);
        fmpz_clear(cnt);
        return st;
    }
    total = fmpz_get_si(cnt);
    fmpz_clear(cnt);
    wk_lambdadet_asm_list_clear(L);
    L->n = n;
    L->alloc = total;
    L->entries = flint_malloc(total * n * n + 1);
    st = wk_lambdadet_asm_foreach(n, list_push, L);
    if (st == WK_OK && L->length != total)
        st = wk_error(WK_E_INTERNAL, "enumerated %ld ASMs, A_%ld = %ld", (long) L->length, (long) n, (long) total);
    if (st != WK_OK) wk_lambdadet_asm_list_clear(L);
    return st;
}

void wk_lambdadet_asm_list_get(fmpz_mat_t A, const wk_lambdadet_asm_list_t L, slong k)
{
    slong n = L->n, i;
    fmpz_mat_clear(A);
    fmpz_mat_init(A, n, n);
    for (i = 0; i < n * n; i++)
        fmpz_set_si(A->entries + i, L->entries[k * n * n + i]);
}
