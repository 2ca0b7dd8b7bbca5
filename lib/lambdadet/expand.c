/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Generic symbolic det_lambda and det_{p,r} from their ASM expansions
   (Robbins–Rumsey, spec 2; the site-weight expansion, spec 3), one term per
   ASM pushed in sorted order (spec 4.4): output-sensitive, no condensation. */
#include <stdio.h>
#include <string.h>
#include <flint/fmpz_vec.h>
#include "internal.h"

void wk_lambdadet_laurent_init(wk_lambdadet_laurent_t L)
{
    L->ready = 0; L->nvars = 0; L->shift = NULL; L->names = NULL;
}

void wk_lambdadet_laurent_clear(wk_lambdadet_laurent_t L)
{
    slong v;
    if (L->ready) {
        fmpq_mpoly_clear(L->poly, L->ctx);
        fmpq_mpoly_ctx_clear(L->ctx);
        for (v = 0; v < L->nvars; v++) flint_free(L->names[v]);
        flint_free(L->names);
        flint_free(L->shift);
    }
    wk_lambdadet_laurent_init(L);
}

static char *name2(char c, slong i, slong j)
{
    char *s = flint_malloc(48);
    if (i <= 9 && j <= 9) snprintf(s, 48, "%c%ld%ld", c, (long) i, (long) j);
    else snprintf(s, 48, "%c_%ld_%ld", c, (long) i, (long) j);
    return s;
}

void _wk_lambdadet_laurent_setup(wk_lambdadet_laurent_t L, slong n, int lam, int multi)
{
    slong i, j, v = 0, np = FLINT_MAX(n - 1, 0), nr = FLINT_MAX(n - 2, 0);
    wk_lambdadet_laurent_clear(L);
    L->nvars = n * n + (lam ? 1 : 0) + (multi ? np * np + nr * nr : 0);
    L->names = flint_malloc((L->nvars + 1) * sizeof(char *));
    L->shift = flint_calloc(L->nvars + 1, sizeof(slong));
    for (i = 1; i <= n; i++)
        for (j = 1; j <= n; j++) {
            L->shift[v] = (i >= 2 && i <= n - 1 && j >= 2 && j <= n - 1) ? -1 : 0;
            L->names[v++] = name2('x', i, j);
        }
    if (lam) {
        L->names[v] = flint_malloc(4);
        strcpy(L->names[v++], "lam");
    }
    if (multi) {
        for (i = 1; i <= n - 1; i++)
            for (j = 1; j <= n - 1; j++) L->names[v++] = name2('p', i, j);
        for (i = 2; i <= n - 1; i++)
            for (j = 2; j <= n - 1; j++) L->names[v++] = name2('r', i, j);
    }
    /* a context needs at least one variable */
    fmpq_mpoly_ctx_init(L->ctx, FLINT_MAX(L->nvars, 1), ORD_LEX);
    fmpq_mpoly_init(L->poly, L->ctx);
    L->ready = 1;
}

/* sum over ASMs of (neg + 1), n <= 8 (spec 2) */
static const slong expand_terms_lam[] = {1, 1, 2, 8, 62, 863, 20488, 810056, 52922904};

typedef struct {
    wk_lambdadet_laurent_struct *L;
    slong n, nvars, count, total;
    int lam_sym, multi;
    fmpz *coef;            /* numeric lambda: coef[inv*(N+1)+neg]; symbolic: binomials */
    slong N;
    ulong *exps;
    slong *h, *E, *F;
    fmpz_t one;
} expand_data;

static int expand_push(const signed char *a, slong n, slong inv, slong neg, void *data)
{
    expand_data *d = data;
    fmpz_mpoly_struct *Z = d->L->poly->zpoly;
    const fmpz_mpoly_ctx_struct *zctx = d->L->ctx->zctx;
    slong i, j, t, nx = n * n;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            d->exps[i * n + j] = a[i * n + j] + ((i >= 1 && i <= n - 2 && j >= 1 && j <= n - 2) ? 1 : 0);
    if (!d->multi) {
        if (d->lam_sym) {
            for (t = neg; t >= 0; t--) {   /* lam^{inv-neg+t} binom(neg, t), decreasing */
                d->exps[nx] = inv - neg + t;
                fmpz_mpoly_push_term_fmpz_ui(Z, d->coef + neg * (d->N + 1) + t, d->exps, zctx);
            }
        } else {
            const fmpz *c = d->coef + inv * (d->N + 1) + neg;
            if (!fmpz_is_zero(c))
                fmpz_mpoly_push_term_fmpz_ui(Z, c, d->exps, zctx);
        }
    } else {
        slong np = FLINT_MAX(n - 1, 0), nr = FLINT_MAX(n - 2, 0), sites[64], ns = 0, sub;
        _wk_lambdadet_corner(d->h, a, n);
        _wk_lambdadet_weight_exps(d->E, d->F, d->h, n);
        for (i = 0; i < np * np; i++) d->exps[nx + i] = d->E[i];
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++)
                if (a[i * n + j] == -1) sites[ns++] = (i - 1) * nr + (j - 1);
        for (sub = 0; sub < (WORD(1) << ns); sub++) {   /* expand prod (1 + r) */
            for (i = 0; i < nr * nr; i++) d->exps[nx + np * np + i] = d->F[i];
            for (t = 0; t < ns; t++)
                if ((sub >> t) & 1) d->exps[nx + np * np + sites[t]]++;
            fmpz_mpoly_push_term_fmpz_ui(Z, d->one, d->exps, zctx);
        }
    }
    if ((++d->count & 0xffff) == 0) wk_progress("ldet_expand", (double) d->count, (double) d->total);
    return 0;
}

static wk_status expand_run(wk_lambdadet_laurent_t L, slong n, const fmpq_t lambda,
                            int multi, slong max_terms)
{
    expand_data d;
    fmpz_t cnt;
    slong N = n * (n - 1) / 2, i, g, terms;
    wk_status st;
    int lam_sym = (lambda == NULL) && !multi;

    wk_lambdadet_laurent_clear(L);
    if (max_terms <= 0) max_terms = WK_LAMBDADET_EXPAND_MAX_TERMS;
    if (n < 0) return wk_error(WK_E_DOMAIN, "n = %ld is negative", (long) n);
    /* the size guard, before anything is allocated */
    if (n > 40)
        return wk_error(WK_E_TOO_LARGE, "result would have more than 10^200 monomials (n = %ld); "
                        "limit is %ld", (long) n, (long) max_terms);
    fmpz_init(cnt);
    if (multi) {
        if (N >= 62) fmpz_set_ui(cnt, UWORD(1) << 62);
        else fmpz_set_ui(cnt, UWORD(1) << N);
    } else
        wk_lambdadet_asm_count(cnt, n);
    if (fmpz_cmp_si(cnt, max_terms) > 0) {
        char *s = fmpz_get_str(NULL, 10, cnt);
        st = wk_error(WK_E_TOO_LARGE, "result would have %s %s (n = %ld); limit is %ld", s,
                      multi ? "terms" : "monomials", (long) n, (long) max_terms);
        flint_free(s); fmpz_clear(cnt);
        return st;
    }
    terms = fmpz_get_si(cnt);
    fmpz_clear(cnt);
    if (lam_sym) {
        terms = n <= 8 ? expand_terms_lam[n] : WORD_MAX;
        if (terms > max_terms)
            return wk_error(WK_E_TOO_LARGE, "result would have %ld terms (n = %ld, lam symbolic); "
                            "limit is %ld", (long) terms, (long) n, (long) max_terms);
    }

    _wk_lambdadet_laurent_setup(L, n, lam_sym, multi);
    d.L = L; d.n = n; d.nvars = L->nvars; d.count = 0; d.lam_sym = lam_sym; d.multi = multi;
    d.N = N;
    d.total = multi ? -1 : terms;
    d.exps = flint_calloc(L->nvars + 1, sizeof(ulong));
    d.h = flint_malloc((n + 1) * (n + 1) * sizeof(slong));
    d.E = flint_malloc((n * n + 1) * sizeof(slong));
    d.F = flint_malloc((n * n + 1) * sizeof(slong));
    fmpz_init(d.one); fmpz_one(d.one);
    d.coef = _fmpz_vec_init((N + 1) * (N + 1));
    if (lam_sym) {
        for (g = 0; g <= N; g++)
            for (i = 0; i <= g; i++) fmpz_bin_uiui(d.coef + g * (N + 1) + i, g, i);
    } else if (!multi) {
        /* lambda = a/b: lambda^{inv-neg}(1+lambda)^{neg} = a^{inv-neg}(a+b)^{neg} b^{N-inv} / b^N */
        fmpz_t t, ab;
        slong inv;
        fmpz_init(t); fmpz_init(ab);
        fmpz_add(ab, fmpq_numref(lambda), fmpq_denref(lambda));
        for (inv = 0; inv <= N; inv++)
            for (g = 0; g <= inv; g++) {
                fmpz *c = d.coef + inv * (N + 1) + g;
                fmpz_pow_ui(c, fmpq_numref(lambda), inv - g);
                fmpz_pow_ui(t, ab, g); fmpz_mul(c, c, t);
                fmpz_pow_ui(t, fmpq_denref(lambda), N - inv); fmpz_mul(c, c, t);
            }
        fmpz_clear(t); fmpz_clear(ab);
    }
    fmpz_mpoly_fit_length(L->poly->zpoly, terms, L->ctx->zctx);
    st = wk_lambdadet_asm_foreach(n, expand_push, &d);
    if (st == WK_OK) {
        fmpz_mpoly_struct *Z = L->poly->zpoly;
        if (!fmpz_mpoly_is_canonical(Z, L->ctx->zctx)) {  /* multi: not pushed in order */
            fmpz_mpoly_sort_terms(Z, L->ctx->zctx);
            fmpz_mpoly_combine_like_terms(Z, L->ctx->zctx);
        }
        fmpq_mpoly_struct *Q = L->poly;
        fmpq_one(Q->content);
        if (!multi && !lam_sym)
            fmpz_pow_ui(fmpq_denref(Q->content), fmpq_denref(lambda), N);
        fmpq_mpoly_reduce(Q, L->ctx);
    }
    wk_progress_done();
    _fmpz_vec_clear(d.coef, (N + 1) * (N + 1));
    fmpz_clear(d.one);
    flint_free(d.exps); flint_free(d.h); flint_free(d.E); flint_free(d.F);
    if (st != WK_OK) wk_lambdadet_laurent_clear(L);
    return st;
}

wk_status wk_lambdadet_expand(wk_lambdadet_laurent_t L, slong n, const fmpq_t lambda,
                              slong max_terms)
{
    return expand_run(L, n, lambda, 0, max_terms);
}

wk_status wk_lambdadet_expand_multi(wk_lambdadet_laurent_t L, slong n, slong max_terms)
{
    return expand_run(L, n, NULL, 1, max_terms);
}
