/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Transfer (monotone-triangle) evaluation of det_lambda and det_{p,r}
   (spec 4.2): the ASM sums of spec 2 and spec 3 factorised over rows, a DP
   over the column sets S_k, with no division by a minor. */
#include "internal.h"

typedef struct {
    slong n, k;                    /* adding row k (1-based) */
    const fmpq_mat_struct *M, *p, *r;
    const fmpq *lampow, *onepow;   /* lambda^e, (1+lambda)^g (single mode) */
    int multi;
    ulong S;                       /* S_{k-1} */
    slong plus[64], minus[64], np, nm;
    /* the pass: 0 backward reachability, 1 forward values */
    int pass;
    unsigned char *B, *F;
    fmpq *val;
    const fmpq *src;
    fmpq *c, *w, *t;             /* scratch, three entries of one vector */
    int pole;
    slong pole_i, pole_j;
} tr_state;

/* coefficient of the transition S -> T at row k; sets st->c, returns its nonzeroness */
static int trans_coeff(tr_state *st, ulong T, slong dinv, slong dneg)
{
    slong n = st->n, k = st->k, j, q;
    if (!st->multi) {
        fmpq_mul(st->c, st->lampow + (dinv - dneg), st->onepow + dneg);
        return !fmpq_is_zero(st->c);
    }
    fmpq_one(st->c);
    if (k <= n - 1) {   /* p_kj^{E_kj}, E_kj = min(k,j) - |S_k cap [1,j]| */
        slong h = 0;
        for (j = 1; j <= n - 1; j++) {
            h += (T >> (j - 1)) & 1;
            q = FLINT_MIN(k, j) - h;
            if (q > 0) {
                fmpq_pow_si(st->t, fmpq_mat_entry(st->p, k - 1, j - 1), q);
                fmpq_mul(st->c, st->c, st->t);
            }
        }
    }
    if (k >= 2 && k <= n - 1) {   /* r_kj^{F_kj} and (1 + r_kl) at the -1 sites */
        slong hS = 0, hT = 0;     /* |S cap [1,j]|, |T cap [1,j-1]| */
        hS = (st->S & 1);
        for (j = 2; j <= n - 1; j++) {
            hS += (st->S >> (j - 1)) & 1;
            hT += (T >> (j - 2)) & 1;
            q = FLINT_MIN(k - 1, j - 1) - FLINT_MIN(hS, hT);
            if (q > 0) {
                fmpq_pow_si(st->t, fmpq_mat_entry(st->r, k - 2, j - 2), q);
                fmpq_mul(st->c, st->c, st->t);
            }
        }
        for (j = 0; j < st->nm; j++) {
            fmpq_add_si(st->t, fmpq_mat_entry(st->r, k - 2, st->minus[j] - 1), 1);
            fmpq_mul(st->c, st->c, st->t);
        }
    }
    return !fmpq_is_zero(st->c);
}

static void tr_leaf(tr_state *st, ulong T, slong dinv, slong dneg)
{
    slong j, n = st->n;
    if (!trans_coeff(st, T, dinv, dneg)) return;
    if (st->pass == 0) {
        if (st->B[T]) st->B[st->S] = 1;
        return;
    }
    if (!st->B[T]) return;
    st->F[T] = 1;
    for (j = 0; j < st->nm; j++)
        if (fmpq_is_zero(fmpq_mat_entry(st->M, st->k - 1, st->minus[j]))) {
            if (!st->pole) { st->pole = 1; st->pole_i = st->k; st->pole_j = st->minus[j] + 1; }
            return;
        }
    fmpq_mul(st->w, st->c, st->src);
    for (j = 0; j < st->np; j++) fmpq_mul(st->w, st->w, fmpq_mat_entry(st->M, st->k - 1, st->plus[j]));
    for (j = 0; j < st->nm; j++) fmpq_div(st->w, st->w, fmpq_mat_entry(st->M, st->k - 1, st->minus[j]));
    fmpq_add(st->val + T, st->val + T, st->w);
    (void) n;
}

/* the rows that may follow S (same automaton as the ASM enumerator) */
static void tr_row(tr_state *st, slong l, int r, ulong T, slong dinv, slong dneg)
{
    slong n = st->n, j, right1 = 0, right0 = 0;
    int cl;
    if (l == n) { if (r == 1) tr_leaf(st, T, dinv, dneg); return; }
    cl = (st->S >> l) & 1;
    for (j = l + 1; j < n; j++) { if ((st->S >> j) & 1) right1++; else right0++; }
    if (st->k == n) {
        if (cl) tr_row(st, l + 1, r, T | (UWORD(1) << l), dinv, dneg);
        else {
            st->plus[st->np++] = l;
            tr_row(st, l + 1, r + 1, T | (UWORD(1) << l), dinv + right1, dneg);
            st->np--;
        }
        return;
    }
    if (!cl && r == 0) {
        st->plus[st->np++] = l;
        tr_row(st, l + 1, 1, T | (UWORD(1) << l), dinv + right1, dneg);
        st->np--;
    }
    if (r == 1 || right0 > 0)
        tr_row(st, l + 1, r, T | ((ulong) cl << l), dinv, dneg);
    if (cl && r == 1 && right0 > 0) {
        st->minus[st->nm++] = l;
        tr_row(st, l + 1, 0, T, dinv - right1, dneg + 1);
        st->nm--;
    }
}

static wk_status transfer(fmpq_t res, const fmpq_mat_t M, const fmpq_t lambda,
                          const fmpq_mat_t p, const fmpq_mat_t r)
{
    slong n = fmpq_mat_nrows(M), N = n * (n - 1) / 2, k, i;
    ulong S, nst, full;
    tr_state st;
    wk_status status = WK_OK;
    fmpq *lampow, *onepow;

    if (n > WK_LAMBDADET_TRANSFER_MAX_N)
        return wk_error(WK_E_TOO_LARGE, "the transfer evaluation has (3^n - 1)/2 transitions "
                        "(n = %ld); limit is n = %d", (long) n, WK_LAMBDADET_TRANSFER_MAX_N);
    if (n == 0) { fmpq_one(res); return WK_OK; }
    nst = UWORD(1) << n;
    full = nst - 1;
    st.n = n; st.M = M; st.p = p; st.r = r; st.multi = lambda == NULL;
    st.np = st.nm = 0; st.pole = 0;
    st.c = _fmpq_vec_init(3); st.w = st.c + 1; st.t = st.c + 2;
    lampow = _fmpq_vec_init(N + 1);
    onepow = _fmpq_vec_init(N + 1);
    fmpq_one(lampow); fmpq_one(onepow);
    if (!st.multi) {
        fmpq_add_si(st.t, lambda, 1);
        for (i = 1; i <= N; i++) {
            fmpq_mul(lampow + i, lampow + i - 1, lambda);
            fmpq_mul(onepow + i, onepow + i - 1, st.t);
        }
    }
    st.lampow = lampow; st.onepow = onepow;
    st.B = flint_calloc(nst, 1);
    st.F = flint_calloc(nst, 1);
    st.val = _fmpq_vec_init(nst);

    /* pass 0: which sets can still be completed with nonzero coefficients */
    st.pass = 0;
    st.B[full] = 1;
    for (k = n; k >= 1 && status == WK_OK; k--) {
        st.k = k;
        if (wk_interrupted()) { status = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        for (S = 0; S < nst; S++)
            if (__builtin_popcountl(S) == k - 1) { st.S = S; tr_row(&st, 0, 0, 0, 0, 0); }
    }
    /* pass 1: values along nonzero-coefficient paths; a -1 at a zero entry on
       such a path is a pole of the Laurent polynomial */
    st.pass = 1;
    st.F[0] = 1;
    fmpq_one(st.val);
    for (k = 1; k <= n && status == WK_OK && !st.pole; k++) {
        st.k = k;
        for (S = 0; S < nst; S++) {
            if (__builtin_popcountl(S) != k - 1 || !st.F[S]) continue;
            if (wk_interrupted()) { status = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
            st.S = S; st.src = st.val + S;
            tr_row(&st, 0, 0, 0, 0, 0);
            if (st.pole) break;
        }
        if (n >= 12) wk_progress("ldet transfer", (double) k, (double) n);
    }
    if (status == WK_OK && st.pole) {
        char name[64];
        _wk_lambdadet_entry_name(name, sizeof name, st.pole_i, st.pole_j, n);
        if (lambda != NULL) {
            char *ls = fmpq_get_str(NULL, 10, lambda);
            status = wk_error(WK_E_DOMAIN, "pole: interior entry (%ld,%ld) is zero; det_lambda has a "
                              "term with %s^-1 (lambda = %s)", (long) st.pole_i, (long) st.pole_j, name, ls);
            flint_free(ls);
        } else
            status = wk_error(WK_E_DOMAIN, "pole: interior entry (%ld,%ld) is zero; det_{p,r} has a "
                              "term with %s^-1", (long) st.pole_i, (long) st.pole_j, name);
    }
    if (status == WK_OK) fmpq_set(res, st.val + full);
    _fmpq_vec_clear(st.c, 3);
    _fmpq_vec_clear(lampow, N + 1); _fmpq_vec_clear(onepow, N + 1);
    flint_free(st.B); flint_free(st.F);
    _fmpq_vec_clear(st.val, nst);
    return status;
}

wk_status wk_lambdadet_ldet_transfer(fmpq_t res, const fmpq_mat_t M, const fmpq_t lambda)
{
    wk_status st = _wk_lambdadet_check_square(fmpq_mat_nrows(M), fmpq_mat_ncols(M));
    if (st) return st;
    return transfer(res, M, lambda, NULL, NULL);
}

wk_status wk_lambdadet_ldet_multi_transfer(fmpq_t res, const fmpq_mat_t M,
                                           const fmpq_mat_t p, const fmpq_mat_t r)
{
    wk_status st = _wk_lambdadet_check_square(fmpq_mat_nrows(M), fmpq_mat_ncols(M));
    if (st) return st;
    st = _wk_lambdadet_check_pr(fmpq_mat_nrows(M), fmpq_mat_nrows(p), fmpq_mat_ncols(p),
                                fmpq_mat_nrows(r), fmpq_mat_ncols(r));
    if (st) return st;
    return transfer(res, M, NULL, p, r);
}
