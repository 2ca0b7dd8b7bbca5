/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lambda-condensation over Q (spec 2, 3, 4.1): the engine shared by ldet,
   ldet_multi and the condensation array, with the exact eps-perturbed
   fallback for zero intermediate minors (spec 4.1(3)). */
#include <stdio.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpq_vec.h>
#include "internal.h"

/* Coefficients L^(k)_ij of one level, k >= 2, 0-based (i,j) in an
   (n-k+1)^2 array: lambda, or prod_{t=0}^{k-2} p_{i+t,j+t} prod_{t=1}^{k-2} r_{i+t,j+t}
   (1-based in the spec), updated from level k-1 in place. */
static void coeff_level(fmpq *Lk, slong n, slong k, const _wk_lambdadet_coeffs *co)
{
    slong s = n - k + 1, i, j;
    for (i = 0; i < s; i++)
        for (j = 0; j < s; j++) {
            fmpq *c = Lk + i * (n + 1) + j;
            if (!co->multi) fmpq_set(c, co->lambda);
            else if (k == 2) fmpq_set(c, fmpq_mat_entry(co->p, i, j));
            else {
                /* 1-based index i+1+k-2 = i+k-1 -> p entry (i+k-2), r entry (i+k-3) */
                fmpq_mul(c, c, fmpq_mat_entry(co->p, i + k - 2, j + k - 2));
                fmpq_mul(c, c, fmpq_mat_entry(co->r, i + k - 3, j + k - 3));
            }
        }
}

#define AT(lv, i, j) ((lv) + (i) * (n + 1) + (j))

/* Plain condensation; returns 1 on success, 0 if a divisor was zero,
   -1 on interrupt.  lev[k] (each (n+1)^2 fmpq, only (n-k+1)^2 used) are
   allocated here; if keep is 0 levels below k-2 are freed on the way. */
static int condense_plain(fmpq **lev, const fmpq_mat_t M, const _wk_lambdadet_coeffs *co, int keep)
{
    slong n = fmpq_mat_nrows(M), k, i, j, s;
    fmpq *Lk = _fmpq_vec_init((n + 1) * (n + 1));
    fmpq_t t;
    int ok = 1;
    fmpq_init(t);
    lev[0] = _fmpq_vec_init((n + 1) * (n + 1));
    for (i = 0; i < (n + 1) * (n + 1); i++) fmpq_one(lev[0] + i);
    lev[1] = _fmpq_vec_init((n + 1) * (n + 1));
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) fmpq_set(AT(lev[1], i, j), fmpq_mat_entry(M, i, j));
    for (k = 2; k <= n && ok == 1; k++) {
        s = n - k + 1;
        coeff_level(Lk, n, k, co);
        lev[k] = _fmpq_vec_init((n + 1) * (n + 1));
        for (i = 0; i < s && ok == 1; i++) {
            if (wk_interrupted()) { ok = -1; break; }
            for (j = 0; j < s; j++) {
                const fmpq *e = AT(lev[k - 2], i + 1, j + 1);
                if (fmpq_is_zero(e)) { ok = 0; break; }
                fmpq_mul(t, AT(lev[k - 1], i, j + 1), AT(lev[k - 1], i + 1, j));
                fmpq_mul(t, t, AT(Lk, i, j));
                fmpq_addmul(t, AT(lev[k - 1], i, j), AT(lev[k - 1], i + 1, j + 1));
                fmpq_div(AT(lev[k], i, j), t, e);
            }
        }
        if (!keep && k >= 3) { _fmpq_vec_clear(lev[k - 3], (n + 1) * (n + 1)); lev[k - 3] = NULL; }
        if (n >= 60) wk_progress("ldet condensation", (double) k, (double) n);
    }
    fmpq_clear(t);
    _fmpq_vec_clear(Lk, (n + 1) * (n + 1));
    return ok;
}

/* Condensation of M + eps R over truncated Laurent series (relative
   precision N).  Returns 1 and fills the wanted values (top, or every level
   into vals) on success; 0 if the precision was not enough or a divisor was
   zero to its precision; -1 on interrupt; -2 if a wanted value had a pole. */
static int condense_eps(fmpq **vals, fmpq_t top, const fmpq_mat_t M, const fmpq_mat_t R,
                        const _wk_lambdadet_coeffs *co, slong N)
{
    slong n = fmpq_mat_nrows(M), k, i, j, s, sz = (n + 1) * (n + 1);
    _wk_es_struct *lev[3];
    fmpq *Lk = _fmpq_vec_init(sz);
    _wk_es_t t1, t2;
    int ok = 1, r;
    _wk_es_init(t1); _wk_es_init(t2);
    for (k = 0; k < 3; k++) {
        lev[k] = flint_malloc(sz * sizeof(_wk_es_struct));
        for (i = 0; i < sz; i++) _wk_es_init(lev[k] + i);
    }
    for (i = 0; i < sz; i++) _wk_es_one(lev[0] + i, N);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            _wk_es_set_lin(AT(lev[1], i, j), fmpq_mat_entry(M, i, j), fmpq_mat_entry(R, i, j), N);
    if (vals != NULL) {
        for (i = 0; i < sz; i++) fmpq_one(vals[0] + i);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++) fmpq_set(AT(vals[1], i, j), fmpq_mat_entry(M, i, j));
    }
    for (k = 2; k <= n && ok == 1; k++) {
        _wk_es_struct *a = lev[(k - 2) % 3], *b = lev[(k - 1) % 3], *c = lev[k % 3];
        s = n - k + 1;
        coeff_level(Lk, n, k, co);
        for (i = 0; i < s && ok == 1; i++) {
            if (wk_interrupted()) { ok = -1; break; }
            for (j = 0; j < s; j++) {
                _wk_es_mul(t1, AT(b, i, j + 1), AT(b, i + 1, j));
                _wk_es_scalar_mul(t1, t1, AT(Lk, i, j));
                _wk_es_mul(t2, AT(b, i, j), AT(b, i + 1, j + 1));
                _wk_es_add(t1, t1, t2);
                if (!_wk_es_div(AT(c, i, j), t1, AT(a, i + 1, j + 1))) { ok = 0; break; }
                if (vals != NULL) {
                    r = _wk_es_value(AT(vals[k], i, j), AT(c, i, j));
                    if (r != 1) { ok = r == 0 ? 0 : -2; break; }
                }
            }
        }
    }
    if (ok == 1 && vals == NULL) {
        r = _wk_es_value(top, n == 0 ? lev[0] : AT(lev[n % 3], 0, 0));
        if (n == 1) r = (fmpq_set(top, fmpq_mat_entry(M, 0, 0)), 1);
        if (r != 1) ok = r == 0 ? 0 : -2;
    }
    for (k = 0; k < 3; k++) {
        for (i = 0; i < sz; i++) _wk_es_clear(lev[k] + i);
        flint_free(lev[k]);
    }
    _wk_es_clear(t1); _wk_es_clear(t2);
    _fmpq_vec_clear(Lk, sz);
    return ok;
}

wk_status _wk_lambdadet_condense_fmpq(fmpq_t top, fmpq_mat_struct *X, const fmpq_mat_t M,
                                      const _wk_lambdadet_coeffs *co)
{
    slong n = fmpq_mat_nrows(M), k, i, j, sz = (n + 1) * (n + 1);
    fmpq **lev = flint_calloc(n + 1, sizeof(fmpq *));
    int ok = condense_plain(lev, M, co, X != NULL);
    wk_status st = WK_OK;

    if (ok == 0) {
        /* a zero intermediate minor: redo with M + eps R (spec 4.1(3)) */
        slong seed, N, Nmax = 2 * n * n + 16;
        fmpq_mat_t R;
        wk_rand_t rs;
        fmpq **vals = NULL;
        for (k = 0; k <= n; k++)
            if (lev[k]) { _fmpq_vec_clear(lev[k], sz); lev[k] = NULL; }
        if (X != NULL) {
            vals = lev;
            for (k = 0; k <= n; k++) lev[k] = _fmpq_vec_init(sz);
        }
        fmpq_mat_init(R, n, n);
        ok = 0;
        for (seed = 1; seed <= 3 && ok == 0; seed++) {
            wk_rand_init(rs, 0x5eed0000 + seed);
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++) {
                    slong v = (slong) wk_rand_ulong(rs, 18) - 9;
                    fmpq_set_si(fmpq_mat_entry(R, i, j), v >= 0 ? v + 1 : v, 1);
                }
            wk_rand_clear(rs);
            for (N = 4; N <= Nmax && ok == 0; N *= 2)
                ok = condense_eps(vals, top, M, R, co, N);
        }
        fmpq_mat_clear(R);
        if (ok == -2)
            st = wk_error(WK_E_INTERNAL, "the perturbed condensation found a pole that the "
                          "interior-zero check did not predict");
        else if (ok == 0)
            st = wk_error(WK_E_INTERNAL, "the perturbed condensation did not reach enough precision");
    }
    if (ok == -1) st = wk_error(WK_E_INTERRUPT, "interrupted");
    if (st == WK_OK) {
        if (X != NULL) {
            for (k = 0; k <= n; k++) {
                slong s = n - k + 1;
                fmpq_mat_init(X + k, s, s);
                for (i = 0; i < s; i++)
                    for (j = 0; j < s; j++)
                        fmpq_swap(fmpq_mat_entry(X + k, i, j), AT(lev[k], i, j));
            }
        } else if (lev[n] != NULL) {
            fmpq_set(top, AT(lev[n], 0, 0));
        }
    }
    for (k = 0; k <= n; k++)
        if (lev[k]) _fmpq_vec_clear(lev[k], sz);
    flint_free(lev);
    return st;
}

/* Fraction-free condensation for one rational lambda = a/b on an integer
   matrix (spec 4.1(3) scaling): Q^(k) = X^(k) * D^(k) * b^{k(k-1)/2} with
   D^(k) the product of the block's interior entries is an integer and
     Q^(k)_ij Q^(k-2)_{i+1,j+1} = b alpha Q^(k-1)_ij Q^(k-1)_{i+1,j+1}
                                 + a beta Q^(k-1)_{i,j+1} Q^(k-1)_{i+1,j},
   alpha = m_{i+1,j+k-2} m_{i+k-2,j+1}, beta = m_{i+1,j+1} m_{i+k-2,j+k-2}
   (k >= 4; k = 3: the division by m_{i+1,j+1} cancels), every division exact.
   Sets num = Q^(n)_11; returns 1, 0 on a zero divisor, -1 on interrupt. */
static int condense_ff(fmpz_t num, const fmpz_mat_t A, const fmpz_t a, const fmpz_t b)
{
    slong n = fmpz_mat_nrows(A), k, i, j, s, sz = (n + 1) * (n + 1);
    fmpz *lev[3];
    fmpz_t t, u, c1, c2;
    int ok = 1;
    if (n == 0) { fmpz_one(num); return 1; }
    fmpz_init(t); fmpz_init(u); fmpz_init(c1); fmpz_init(c2);
    for (k = 0; k < 3; k++) lev[k] = _fmpz_vec_init(sz);
    for (i = 0; i < sz; i++) fmpz_one(lev[0] + i);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) fmpz_set(AT(lev[1], i, j), fmpz_mat_entry(A, i, j));
    for (k = 2; k <= n && ok == 1; k++) {
        fmpz *q2 = lev[(k - 2) % 3], *q1 = lev[(k - 1) % 3], *q = lev[k % 3];
        s = n - k + 1;
        for (i = 0; i < s && ok == 1; i++) {
            if (wk_interrupted()) { ok = -1; break; }
            for (j = 0; j < s; j++) {
                /* the small factors first, then one pass over the big products */
                if (k >= 4) {
                    fmpz_mul(c1, fmpz_mat_entry(A, i + 1, j + k - 2), fmpz_mat_entry(A, i + k - 2, j + 1));
                    fmpz_mul(c1, c1, b);
                    fmpz_mul(c2, fmpz_mat_entry(A, i + 1, j + 1), fmpz_mat_entry(A, i + k - 2, j + k - 2));
                    fmpz_mul(c2, c2, a);
                } else { fmpz_set(c1, b); fmpz_set(c2, a); }
                fmpz_mul(t, AT(q1, i, j), AT(q1, i + 1, j + 1));
                fmpz_mul(u, AT(q1, i, j + 1), AT(q1, i + 1, j));
                fmpz_mul(t, t, c1);
                fmpz_addmul(t, u, c2);
                if (k >= 4) {
                    const fmpz *e = AT(q2, i + 1, j + 1);
                    if (fmpz_is_zero(e)) { ok = 0; break; }
                    fmpz_divexact(AT(q, i, j), t, e);
                } else
                    fmpz_swap(AT(q, i, j), t);
            }
        }
        if (n >= 60) wk_progress("ldet condensation", (double) k, (double) n);
    }
    if (ok == 1) fmpz_set(num, AT(lev[n % 3], 0, 0));
    for (k = 0; k < 3; k++) _fmpz_vec_clear(lev[k], sz);
    fmpz_clear(t); fmpz_clear(u); fmpz_clear(c1); fmpz_clear(c2);
    return ok;
}

/* det_lambda for lambda not 0, -1 and no interior zero: rows scaled to
   integers (det_lambda is linear in each row), then condense_ff. */
static wk_status ldet_ff(fmpq_t res, const fmpq_mat_t M, const fmpq_t lambda, int *zero_divisor)
{
    slong n = fmpq_mat_nrows(M), i, j;
    fmpz_mat_t A;
    fmpz_t num, den, l;
    int ok;
    fmpz_mat_init(A, n, n);
    fmpz_init(num); fmpz_init(den); fmpz_init(l);
    fmpz_one(den);
    for (i = 0; i < n; i++) {
        fmpz_one(l);
        for (j = 0; j < n; j++) fmpz_lcm(l, l, fmpq_denref(fmpq_mat_entry(M, i, j)));
        for (j = 0; j < n; j++) {
            fmpz_divexact(fmpz_mat_entry(A, i, j), l, fmpq_denref(fmpq_mat_entry(M, i, j)));
            fmpz_mul(fmpz_mat_entry(A, i, j), fmpz_mat_entry(A, i, j), fmpq_numref(fmpq_mat_entry(M, i, j)));
        }
        fmpz_mul(den, den, l);
    }
    ok = condense_ff(num, A, fmpq_numref(lambda), fmpq_denref(lambda));
    *zero_divisor = (ok == 0);
    if (ok == 1) {
        fmpz_pow_ui(l, fmpq_denref(lambda), n * (n - 1) / 2);
        fmpz_mul(den, den, l);
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++) fmpz_mul(den, den, fmpz_mat_entry(A, i, j));
        fmpz_swap(fmpq_numref(res), num);
        fmpz_swap(fmpq_denref(res), den);
        if (fmpz_sgn(fmpq_denref(res)) < 0) { fmpz_neg(fmpq_numref(res), fmpq_numref(res)); fmpz_neg(fmpq_denref(res), fmpq_denref(res)); }
        fmpq_canonicalise(res);
    }
    fmpz_mat_clear(A);
    fmpz_clear(num); fmpz_clear(den); fmpz_clear(l);
    return ok == -1 ? wk_error(WK_E_INTERRUPT, "interrupted") : WK_OK;
}

/* ---- public entry points ---------------------------------------------- */

static int interior_zero(slong *zi, slong *zj, const fmpq_mat_t M)
{
    slong n = fmpq_mat_nrows(M), i, j;
    for (i = 1; i < n - 1; i++)
        for (j = 1; j < n - 1; j++)
            if (fmpq_is_zero(fmpq_mat_entry(M, i, j))) { *zi = i + 1; *zj = j + 1; return 1; }
    return 0;
}

static wk_status pole_error(slong zi, slong zj, slong n, const fmpq_t lambda)
{
    char name[64], *ls;
    wk_status st;
    _wk_lambdadet_entry_name(name, sizeof name, zi, zj, n);
    if (lambda != NULL) {
        ls = fmpq_get_str(NULL, 10, lambda);
        st = wk_error(WK_E_DOMAIN, "pole: interior entry (%ld,%ld) is zero; det_lambda has a "
                      "term with %s^-1 (lambda = %s)", (long) zi, (long) zj, name, ls);
        flint_free(ls);
    } else
        st = wk_error(WK_E_DOMAIN, "pole: interior entry (%ld,%ld) is zero; det_{p,r} has a "
                      "term with %s^-1", (long) zi, (long) zj, name);
    return st;
}

static int lambda_special(const fmpq_t lambda)
{
    return fmpq_is_zero(lambda) || (fmpz_equal_si(fmpq_numref(lambda), -1) && fmpz_is_one(fmpq_denref(lambda)));
}

wk_status wk_lambdadet_ldet(fmpq_t res, const fmpq_mat_t M, const fmpq_t lambda)
{
    slong n = fmpq_mat_nrows(M), zi, zj, i;
    _wk_lambdadet_coeffs co;
    wk_status st = _wk_lambdadet_check_square(n, fmpq_mat_ncols(M));
    if (st) return st;
    if (n == 0) { fmpq_one(res); return WK_OK; }
    if (fmpq_is_zero(lambda)) {
        fmpq_t t;
        fmpq_init(t); fmpq_one(t);
        for (i = 0; i < n; i++) fmpq_mul(t, t, fmpq_mat_entry(M, i, i));
        fmpq_swap(res, t); fmpq_clear(t);
        return WK_OK;
    }
    if (lambda_special(lambda)) { fmpq_mat_det(res, M); return WK_OK; }
    if (interior_zero(&zi, &zj, M)) return pole_error(zi, zj, n, lambda);
    if (n >= (_wk_lambdadet_multimod_have_avx2() ? _WK_LAMBDADET_MULTIMOD_MIN_N
                                                 : _WK_LAMBDADET_MULTIMOD_MIN_N_SCALAR)) {
        int r = _wk_lambdadet_ldet_multimod(res, M, lambda, 0);
        if (r == 1) return WK_OK;
        if (r < 0) return wk_error(WK_E_INTERRUPT, "interrupted");
        /* r == 0: an exactly zero lambda-minor; the eps route below */
    }
    {
        int zd;
        st = ldet_ff(res, M, lambda, &zd);
        if (st != WK_OK || !zd) return st;
    }
    /* a zero lambda-minor: the multimodular route repairs those inside the
       pyramid cheaply; a zero centre minor needs the eps route */
    if (n >= 8) {
        int r = _wk_lambdadet_ldet_multimod(res, M, lambda, 0);
        if (r == 1) return WK_OK;
        if (r < 0) return wk_error(WK_E_INTERRUPT, "interrupted");
    }
    co.multi = 0; co.lambda = lambda; co.p = co.r = NULL;
    return _wk_lambdadet_condense_fmpq(res, NULL, M, &co);
}

static int params_degenerate(const fmpq_mat_t p, const fmpq_mat_t r)
{
    slong i, j;
    for (i = 0; i < fmpq_mat_nrows(p); i++)
        for (j = 0; j < fmpq_mat_ncols(p); j++)
            if (fmpq_is_zero(fmpq_mat_entry(p, i, j))) return 1;
    for (i = 0; i < fmpq_mat_nrows(r); i++)
        for (j = 0; j < fmpq_mat_ncols(r); j++)
            if (lambda_special(fmpq_mat_entry(r, i, j))) return 1;
    return 0;
}

static wk_status check_multi(const fmpq_mat_t M, const fmpq_mat_t p, const fmpq_mat_t r)
{
    wk_status st = _wk_lambdadet_check_square(fmpq_mat_nrows(M), fmpq_mat_ncols(M));
    if (st) return st;
    return _wk_lambdadet_check_pr(fmpq_mat_nrows(M), fmpq_mat_nrows(p), fmpq_mat_ncols(p),
                                  fmpq_mat_nrows(r), fmpq_mat_ncols(r));
}

wk_status wk_lambdadet_ldet_multi(fmpq_t res, const fmpq_mat_t M, const fmpq_mat_t p,
                                  const fmpq_mat_t r)
{
    slong n = fmpq_mat_nrows(M), zi, zj;
    _wk_lambdadet_coeffs co;
    wk_status st = check_multi(M, p, r);
    if (st) return st;
    if (n == 0) { fmpq_one(res); return WK_OK; }
    if (interior_zero(&zi, &zj, M)) {
        if (!params_degenerate(p, r)) return pole_error(zi, zj, n, NULL);
        if (n > WK_LAMBDADET_TRANSFER_MAX_N)
            return wk_error(WK_E_TOO_LARGE, "interior entry (%ld,%ld) is zero and some p or r is "
                            "0 or -1: deciding whether this is a pole needs the transfer evaluation, "
                            "n = %ld; limit is %d", (long) zi, (long) zj, (long) n,
                            WK_LAMBDADET_TRANSFER_MAX_N);
        return wk_lambdadet_ldet_multi_transfer(res, M, p, r);
    }
    co.multi = 1; co.lambda = NULL; co.p = p; co.r = r;
    return _wk_lambdadet_condense_fmpq(res, NULL, M, &co);
}

/* ---- the condensation array -------------------------------------------- */

void wk_lambdadet_pyramid_init(wk_lambdadet_pyramid_t X) { X->n = -1; X->levels = NULL; }

void wk_lambdadet_pyramid_clear(wk_lambdadet_pyramid_t X)
{
    slong k;
    for (k = 0; k <= X->n; k++) fmpq_mat_clear(X->levels + k);
    flint_free(X->levels);
    wk_lambdadet_pyramid_init(X);
}

static wk_status pyramid_run(wk_lambdadet_pyramid_t X, const fmpq_mat_t M,
                             const _wk_lambdadet_coeffs *co)
{
    slong n = fmpq_mat_nrows(M);
    fmpq_t top;
    wk_status st;
    fmpq_mat_struct *lv = flint_malloc((n + 1) * sizeof(fmpq_mat_struct));
    fmpq_init(top);
    st = _wk_lambdadet_condense_fmpq(top, lv, M, co);
    fmpq_clear(top);
    if (st != WK_OK) { flint_free(lv); return st; }
    X->n = n;
    X->levels = lv;
    return WK_OK;
}

wk_status wk_lambdadet_pyramid(wk_lambdadet_pyramid_t X, const fmpq_mat_t M, const fmpq_t lambda)
{
    slong zi, zj;
    _wk_lambdadet_coeffs co;
    wk_status st = _wk_lambdadet_check_square(fmpq_mat_nrows(M), fmpq_mat_ncols(M));
    wk_lambdadet_pyramid_clear(X);
    if (st) return st;
    if (!lambda_special(lambda) && interior_zero(&zi, &zj, M))
        return pole_error(zi, zj, fmpq_mat_nrows(M), lambda);
    co.multi = 0; co.lambda = lambda; co.p = co.r = NULL;
    return pyramid_run(X, M, &co);
}

wk_status wk_lambdadet_pyramid_multi(wk_lambdadet_pyramid_t X, const fmpq_mat_t M,
                                     const fmpq_mat_t p, const fmpq_mat_t r)
{
    slong zi, zj;
    _wk_lambdadet_coeffs co;
    wk_status st = check_multi(M, p, r);
    wk_lambdadet_pyramid_clear(X);
    if (st) return st;
    if (interior_zero(&zi, &zj, M)) return pole_error(zi, zj, fmpq_mat_nrows(M), NULL);
    co.multi = 1; co.lambda = NULL; co.p = p; co.r = r;
    return pyramid_run(X, M, &co);
}
