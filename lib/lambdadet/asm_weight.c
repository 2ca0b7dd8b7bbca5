/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   asm_weight: the exponents E (of p) and F (of r) and the -1 sites of an ASM
   in the multi-parameter expansion, spec 3:
   E_ij = min(i,j) - h(i,j),  F_ij = min(i-1,j-1) - min(h(i-1,j), h(i,j-1)). */
#include "wk_lambdadet.h"
#include "internal.h"

void wk_lambdadet_weight_init(wk_lambdadet_weight_t w)
{
    fmpz_mat_init(w->E, 0, 0);
    fmpz_mat_init(w->F, 0, 0);
    fmpz_mat_init(w->sites, 0, 0);
}

void wk_lambdadet_weight_clear(wk_lambdadet_weight_t w)
{
    fmpz_mat_clear(w->E);
    fmpz_mat_clear(w->F);
    fmpz_mat_clear(w->sites);
}

void _wk_lambdadet_weight_exps(slong *E, slong *F, const slong *h, slong n)
{
    slong i, j;
#define H(a, b) h[(a) * (n + 1) + (b)]
    for (i = 1; i <= n - 1; i++)
        for (j = 1; j <= n - 1; j++)
            E[(i - 1) * (n - 1) + (j - 1)] = FLINT_MIN(i, j) - H(i, j);
    for (i = 2; i <= n - 1; i++)
        for (j = 2; j <= n - 1; j++)
            F[(i - 2) * (n - 2) + (j - 2)] = FLINT_MIN(i - 1, j - 1)
                                             - FLINT_MIN(H(i - 1, j), H(i, j - 1));
#undef H
}

void _wk_lambdadet_corner(slong *h, const signed char *a, slong n)
{
    slong i, j;
    for (j = 0; j <= n; j++) h[j] = 0;
    for (i = 1; i <= n; i++) {
        h[i * (n + 1)] = 0;
        for (j = 1; j <= n; j++)
            h[i * (n + 1) + j] = h[(i - 1) * (n + 1) + j] + h[i * (n + 1) + j - 1]
                                 - h[(i - 1) * (n + 1) + j - 1] + a[(i - 1) * n + (j - 1)];
    }
}

wk_status wk_lambdadet_asm_weight(wk_lambdadet_weight_t w, const fmpz_mat_t A)
{
    slong n = fmpz_mat_nrows(A), i, j, g = 0, ne = FLINT_MAX(n - 1, 0), nf = FLINT_MAX(n - 2, 0);
    signed char *a;
    slong *h, *E, *F;
    wk_status st = _wk_lambdadet_require_asm(A);
    if (st) return st;
    a = flint_malloc(n * n + 1);
    h = flint_malloc((n + 1) * (n + 1) * sizeof(slong));
    E = flint_malloc((ne * ne + 1) * sizeof(slong));
    F = flint_malloc((nf * nf + 1) * sizeof(slong));
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            a[i * n + j] = (signed char) fmpz_get_si(fmpz_mat_entry(A, i, j));
            g += (a[i * n + j] == -1);
        }
    _wk_lambdadet_corner(h, a, n);
    _wk_lambdadet_weight_exps(E, F, h, n);
    wk_lambdadet_weight_clear(w);
    fmpz_mat_init(w->E, ne, ne);
    fmpz_mat_init(w->F, nf, nf);
    fmpz_mat_init(w->sites, g, 2);
    for (i = 0; i < ne * ne; i++) fmpz_set_si(w->E->entries + i, E[i]);
    for (i = 0; i < nf * nf; i++) fmpz_set_si(w->F->entries + i, F[i]);
    g = 0;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (a[i * n + j] == -1) {
                fmpz_set_si(fmpz_mat_entry(w->sites, g, 0), i + 1);
                fmpz_set_si(fmpz_mat_entry(w->sites, g, 1), j + 1);
                g++;
            }
    flint_free(a); flint_free(h); flint_free(E); flint_free(F);
    return WK_OK;
}
