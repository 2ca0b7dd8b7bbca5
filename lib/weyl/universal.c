/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/universal.c: the universal Weyl polyhedron U_J (spec T8, after
   Dhillon-Khare arXiv:1611.00114): f_k(U_J) = sum_{T subset J} f_{k-|J\T|}(conv M(lambda_T, J)),
   faces (T, w, K), inclusions, generating rays, and the degeneration map. */
#include <string.h>
#include "impl.h"

wk_status _wk_weyl_face_list_append(wk_weyl_face_list_t L, const wk_weyl_hw_t V, ulong Tset,
                                    slong limit, int withT);
wk_status _wk_weyl_word_check(const wk_weyl_t R, ulong J, const wk_weyl_word_t w);
int _wk_weyl_in_double_coset(const wk_weyl_t R, ulong J, ulong L, ulong Rs,
                             const slong *w1, slong l1, const slong *w2, slong l2);

static wk_status check_J(const wk_weyl_t R, ulong J)
{
    if (R->n > 64)
        return wk_error(WK_E_TOO_LARGE, "node sets need rank <= 64 (rank is %ld)", (long) R->n);
    if (J & ~_wk_full(R->n))
        return wk_error(WK_E_DOMAIN, "J contains node %d, not in 1..%ld", _wk_lowbit(J & ~_wk_full(R->n)) + 1,
                        (long) R->n);
    if (_wk_popcount(J) > WK_WEYL_MAX_MASK_RANK)
        return wk_error(WK_E_TOO_LARGE, "|J| = %d exceeds %d (2^|J| modules)", _wk_popcount(J),
                        WK_WEYL_MAX_MASK_RANK);
    return _wk_weyl_check_finite_J(R, J);
}

/* subsets T of J in increasing order of their masks: T = next_sub(T, J) */
static inline ulong next_sub(ulong T, ulong J) { return (T - J) & J; }

wk_status wk_weyl_universal_fvector(fmpz *f, const wk_weyl_t R, ulong J)
{
    slong n = R->n, m, top;
    ulong T = 0;
    wk_status st = check_J(R, J);
    if (st != WK_OK) return st;
    m = _wk_popcount(J);
    top = n + m;
    _fmpz_vec_zero(f, top + 1);
    do {
        wk_weyl_hw_t V;
        fmpz *g;
        slong k, shift = m - _wk_popcount(T);
        wk_weyl_hw_init_sets(V, R, J, T);
        g = _fmpz_vec_init(V->d + 1);
        st = wk_weyl_fvector(g, NULL, V);
        if (st == WK_OK)
            for (k = 0; k <= V->d; k++) fmpz_add(f + k + shift, f + k + shift, g + k);
        _fmpz_vec_clear(g, V->d + 1);
        wk_weyl_hw_clear(V);
        if (st != WK_OK) { _fmpz_vec_zero(f, top + 1); return st; }
        if (wk_interrupted()) { _fmpz_vec_zero(f, top + 1); return wk_error(WK_E_INTERRUPT, "interrupted"); }
        T = next_sub(T, J);
    } while (T != 0);
    return WK_OK;
}

wk_status wk_weyl_universal_face_list(wk_weyl_face_list_t L, const wk_weyl_t R, ulong J, slong limit)
{
    ulong T = 0;
    wk_status st = check_J(R, J);
    if (st != WK_OK) return st;
    wk_weyl_face_list_clear(L);
    do {
        wk_weyl_hw_t V;
        wk_weyl_hw_init_sets(V, R, J, T);
        st = _wk_weyl_face_list_append(L, V, T, limit, 1);
        wk_weyl_hw_clear(V);
        if (st != WK_OK) { wk_weyl_face_list_clear(L); return st; }
        T = next_sub(T, J);
    } while (T != 0);
    return WK_OK;
}

static wk_status check_face(const wk_weyl_t R, ulong J, ulong T, ulong K, const wk_weyl_word_t w)
{
    ulong full = _wk_full(R->n);
    char buf[256];
    if (T & ~J) {
        _wk_weyl_set_str(buf, sizeof buf, T);
        return wk_error(WK_E_DOMAIN, "T = %s is not a subset of J", buf);
    }
    if (K & ~full)
        return wk_error(WK_E_DOMAIN, "face type K contains node %d, not in 1..%ld", _wk_lowbit(K & ~full) + 1,
                        (long) R->n);
    if (_wk_reach(R->adj, K, full & ~T) != K) {
        _wk_weyl_set_str(buf, sizeof buf, K);
        return wk_error(WK_E_DOMAIN, "K = %s is not admissible for J0 = T", buf);
    }
    return _wk_weyl_word_check(R, J, w);
}

wk_status wk_weyl_universal_face_leq(int *res, const wk_weyl_t R, ulong J,
                                     ulong T1, const wk_weyl_word_t w1, ulong K1,
                                     ulong T2, const wk_weyl_word_t w2, ulong K2)
{
    ulong L;
    wk_status st = check_J(R, J);
    if (st == WK_OK) st = check_face(R, J, T1, K1, w1);
    if (st == WK_OK) st = check_face(R, J, T2, K2, w2);
    if (st != WK_OK) return st;
    if ((T2 & ~T1) || (K1 & ~K2)) { *res = 0; return WK_OK; }
    L = (K1 & J) | (wk_weyl_perp(R, K1) & T1);
    *res = _wk_weyl_in_double_coset(R, J, L, K2 & J, w1->letters, w1->length, w2->letters, w2->length);
    return WK_OK;
}

wk_status wk_weyl_universal_rays(fmpz_mat_t X, const wk_weyl_t R, ulong J)
{
    slong n = R->n, m, total = 0, row = 0, k, j, col;
    ulong x;
    fmpq *mu;
    wk_status st = check_J(R, J);
    if (st == WK_OK) st = _wk_weyl_check_finite(R, "the universal polyhedron's rays");
    if (st != WK_OK) return st;
    m = _wk_popcount(J);
    mu = _fmpq_vec_init(n);
    for (x = J; x; x &= x - 1) {
        fmpz_t s;
        fmpz_init(s);
        _fmpq_vec_zero(mu, n);
        fmpq_one(mu + _wk_lowbit(x));
        wk_weyl_orbit_size(s, R, mu, J);
        total += fmpz_get_si(s);
        fmpz_clear(s);
    }
    for (k = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        for (j = 0; j < n; j++) if (c[j] && !(J >> j & 1)) { total++; break; }
    }
    fmpz_mat_clear(X);
    fmpz_mat_init(X, total, m + n);
    for (col = 0, x = J; x; x &= x - 1, col++) {
        slong i = _wk_lowbit(x);
        wk_weyl_orbit_t O;
        wk_weyl_orbit_init(O);
        _fmpq_vec_zero(mu, n);
        fmpq_one(mu + i);
        wk_weyl_orbit(O, R, mu, J, WORD_MAX);
        for (k = 0; k < O->length; k++, row++) {
            fmpz_one(fmpz_mat_entry(X, row, col));
            for (j = 0; j < n; j++)
                fmpz_sub_si(fmpz_mat_entry(X, row, m + j), O->num + k * n + j, j == i);
        }
        wk_weyl_orbit_clear(O);
    }
    for (k = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        int out = 0;
        for (j = 0; j < n; j++) if (c[j] && !(J >> j & 1)) out = 1;
        if (!out) continue;
        for (j = 0; j < n; j++) {
            slong s = 0, l;
            for (l = 0; l < n; l++) s += R->a[j * n + l] * c[l];
            fmpz_set_si(fmpz_mat_entry(X, row, m + j), -s);
        }
        row++;
    }
    _fmpq_vec_clear(mu, n);
    return WK_OK;
}

ulong wk_weyl_degenerate(const wk_weyl_t R, ulong K, ulong T)
{
    return _wk_reach(R->adj, K, _wk_full(R->n) & ~T);
}
