/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/faces.c: explicit faces w F_K of conv V (spec 4.5, T2/T4): lists by
   coset trees of W_J / Stab_K, vertices w W_{K cap J} lambda, extreme rays
   w W_{K cap J}(-alpha_i) (i in K \ J), exposing functionals
   x -> phi_K(w^{-1} x) = <x, w theta_K>, theta_K = sum_{i not in K} omega_i^vee,
   and canonical coset representatives. */
#include <string.h>
#include "impl.h"

/* ---- face lists ---- */

void wk_weyl_face_list_init(wk_weyl_face_list_t L) { memset(L, 0, sizeof(wk_weyl_face_list_struct)); }

void wk_weyl_face_list_clear(wk_weyl_face_list_t L)
{
    flint_free(L->K); flint_free(L->T); flint_free(L->parent); flint_free(L->letter);
    memset(L, 0, sizeof(wk_weyl_face_list_struct));
}

void _wk_weyl_face_list_fit(wk_weyl_face_list_t L, slong len, int withT)
{
    if (len > L->alloc) {
        slong a = FLINT_MAX(len, 2 * L->alloc);
        L->K = flint_realloc(L->K, a * sizeof(ulong));
        if (withT || L->T) L->T = flint_realloc(L->T, a * sizeof(ulong));
        L->parent = flint_realloc(L->parent, a * sizeof(slong));
        L->letter = flint_realloc(L->letter, a * sizeof(slong));
        L->alloc = a;
    }
}

/* Appends all faces of V (T recorded if L->T) to L. */
wk_status _wk_weyl_face_list_append_range(wk_weyl_face_list_t L, const wk_weyl_hw_t V, ulong Tset,
                                          slong dmin, slong dmax, slong limit, int withT)
{
    wk_weyl_face_table_t T;
    fmpz_t total;
    slong r, k;
    wk_status st;
    wk_weyl_face_table_init(T);
    st = wk_weyl_face_table(T, V, limit);
    if (st != WK_OK) return st;
    fmpz_init(total);
    for (r = 0; r < T->length; r++)
        if (T->rows[r].dim >= dmin && T->rows[r].dim <= dmax) fmpz_add(total, total, T->rows[r].count);
    fmpz_add_si(total, total, L->length);
    if (fmpz_cmp_si(total, limit) > 0) {
        char *s = fmpz_get_str(NULL, 10, total);
        wk_error(WK_E_TOO_LARGE, "%s faces exceeds limit %ld; use counts", s, (long) limit);
        flint_free(s);
        fmpz_clear(total);
        wk_weyl_face_table_clear(T);
        return WK_E_TOO_LARGE;
    }
    fmpz_clear(total);
    for (r = 0; r < T->length && st == WK_OK; r++) {
        slong *par, *let, len, base = L->length;
        if (T->rows[r].dim < dmin || T->rows[r].dim > dmax) continue;
        st = _wk_weyl_coset_tree(&par, &let, &len, V->R, V->J, T->rows[r].stab, limit);
        if (st != WK_OK) break;
        _wk_weyl_face_list_fit(L, base + len, withT);
        for (k = 0; k < len; k++) {
            L->K[base + k] = T->rows[r].K;
            if (L->T) L->T[base + k] = Tset;
            L->parent[base + k] = par[k] < 0 ? -1 : base + par[k];
            L->letter[base + k] = let[k];
        }
        L->length = base + len;
        flint_free(par); flint_free(let);
    }
    wk_weyl_face_table_clear(T);
    return st;
}

wk_status _wk_weyl_face_list_append(wk_weyl_face_list_t L, const wk_weyl_hw_t V, ulong Tset,
                                    slong limit, int withT)
{
    return _wk_weyl_face_list_append_range(L, V, Tset, 0, V->d, limit, withT);
}

wk_status wk_weyl_face_list_range(wk_weyl_face_list_t L, const wk_weyl_hw_t V, slong dmin, slong dmax,
                                  slong limit)
{
    wk_status st = _wk_weyl_check_finite_J(V->R, V->J);
    if (st != WK_OK) return st;
    wk_weyl_face_list_clear(L);
    st = _wk_weyl_face_list_append_range(L, V, 0, dmin, dmax, limit, 0);
    if (st != WK_OK) wk_weyl_face_list_clear(L);
    return st;
}

wk_status wk_weyl_face_list(wk_weyl_face_list_t L, const wk_weyl_hw_t V, slong limit)
{
    return wk_weyl_face_list_range(L, V, 0, V->d, limit);
}

void wk_weyl_face_list_word(wk_weyl_word_t w, const wk_weyl_face_list_t L, slong k)
{
    w->length = 0;
    while (L->parent[k] >= 0) {
        wk_weyl_word_push(w, L->letter[k]);
        k = L->parent[k];
    }
}

/* ---- checks and canonical forms ---- */

wk_status _wk_weyl_word_check(const wk_weyl_t R, ulong J, const wk_weyl_word_t w)
{
    slong t;
    for (t = 0; t < w->length; t++) {
        slong i = w->letters[t];
        if (i < 0 || i >= R->n)
            return wk_error(WK_E_DOMAIN, "letter %ld of the word is node %ld, not in 1..%ld",
                            (long) t + 1, (long) i + 1, (long) R->n);
        if (!(J >> i & 1)) {
            char buf[256];
            _wk_weyl_set_str(buf, sizeof buf, J);
            return wk_error(WK_E_DOMAIN, "letter %ld of the word is node %ld, not in J = %s",
                            (long) t + 1, (long) i + 1, buf);
        }
    }
    return WK_OK;
}

wk_status wk_weyl_face_check(const wk_weyl_hw_t V, ulong K, const wk_weyl_word_t w)
{
    char buf[256], sb[256];
    if (K & ~_wk_full(V->n))
        return wk_error(WK_E_DOMAIN, "face type K contains node %d, not in 1..%ld",
                        _wk_lowbit(K & ~_wk_full(V->n)) + 1, (long) V->n);
    if (!wk_weyl_admissible(V, K)) {
        _wk_weyl_set_str(buf, sizeof buf, K);
        _wk_weyl_set_str(sb, sizeof sb, V->S);
        return wk_error(WK_E_DOMAIN, "K = %s is not admissible (a component of K misses the active "
                        "nodes S = %s)", buf, sb);
    }
    return _wk_weyl_word_check(V->R, V->J, w);
}

/* J-coordinates: s_j on x (only coordinates in J are kept meaningful). */
static inline void reflect_J(int64_t *x, slong j, const wk_weyl_t R, ulong J)
{
    slong n = R->n;
    int64_t xj = x[j];
    ulong y;
    for (y = J; y; y &= y - 1) {
        slong k = _wk_lowbit(y);
        slong a = R->a[k * n + j];
        if (a) x[k] -= xj * a;
    }
}

/* Sets x (n entries, J-coordinates) to w mu_Z, mu_Z = sum_{j in J \ Z} omega_j. */
void _wk_weyl_coset_point(int64_t *x, const wk_weyl_t R, ulong J, ulong Z, const slong *w, slong len)
{
    slong i, t;
    for (i = 0; i < R->n; i++) x[i] = ((J >> i & 1) && !(Z >> i & 1)) ? 1 : 0;
    for (t = len - 1; t >= 0; t--) reflect_J(x, w[t], R, J);
}

/* The minimal representative of w W_Z (Z subset J): dominate w mu_Z. */
void _wk_weyl_coset_min(wk_weyl_word_t res, const wk_weyl_t R, ulong J, ulong Z, const slong *w, slong len)
{
    slong n = R->n;
    int64_t *x = flint_malloc(n * sizeof(int64_t));
    _wk_weyl_coset_point(x, R, J, Z, w, len);
    res->length = 0;
    for (;;) {
        ulong y;
        slong i = -1;
        for (y = J; y; y &= y - 1) if (x[_wk_lowbit(y)] < 0) { i = _wk_lowbit(y); break; }
        if (i < 0) break;
        reflect_J(x, i, R, J);
        wk_weyl_word_push(res, i);
    }
    flint_free(x);
}

wk_status wk_weyl_face_canonical(wk_weyl_word_t res, const wk_weyl_hw_t V, ulong K, const wk_weyl_word_t w)
{
    wk_weyl_word_t t;
    wk_status st = wk_weyl_face_check(V, K, w);
    if (st != WK_OK) return st;
    st = _wk_weyl_check_finite_J(V->R, V->J);
    if (st != WK_OK) return st;
    wk_weyl_word_init(t);
    _wk_weyl_coset_min(t, V->R, V->J, wk_weyl_stab(V, K), w->letters, w->length);
    wk_weyl_word_set(res, t->letters, t->length);
    wk_weyl_word_clear(t);
    return WK_OK;
}

/* ---- vertices, rays, functionals ---- */

wk_status wk_weyl_face_vertices(fmpq_mat_t P, const wk_weyl_hw_t V, ulong K, const wk_weyl_word_t w,
                                slong limit)
{
    const wk_weyl_struct *R = V->R;
    wk_weyl_orbit_t O;
    slong n = V->n, k, i;
    fmpz *x;
    wk_status st = wk_weyl_face_check(V, K, w);
    if (st != WK_OK) return st;
    wk_weyl_orbit_init(O);
    st = wk_weyl_orbit(O, R, V->lambda, K & V->J, limit);
    if (st != WK_OK) { wk_weyl_orbit_clear(O); return st; }
    fmpq_mat_clear(P);
    fmpq_mat_init(P, O->length, n);
    x = _fmpz_vec_init(n);
    for (k = 0; k < O->length; k++) {
        _fmpz_vec_set(x, O->num + k * n, n);
        _wk_weyl_act_fmpz(x, w->letters, w->length, R);
        for (i = 0; i < n; i++) fmpq_set_fmpz_frac(fmpq_mat_entry(P, k, i), x + i, O->den);
    }
    _fmpz_vec_clear(x, n);
    wk_weyl_orbit_clear(O);
    return WK_OK;
}

wk_status wk_weyl_face_rays(fmpz_mat_t X, const wk_weyl_hw_t V, ulong K, const wk_weyl_word_t w,
                            slong limit)
{
    const wk_weyl_struct *R = V->R;
    slong n = V->n, total = 0, row = 0, k, j;
    ulong y;
    fmpq *mu;
    fmpz *x;
    wk_status st = wk_weyl_face_check(V, K, w);
    if (st != WK_OK) return st;
    st = _wk_weyl_check_finite_J(R, V->J);
    if (st != WK_OK) return st;
    mu = _fmpq_vec_init(n);
    x = _fmpz_vec_init(n);
    /* count first */
    for (y = K & ~V->J; y; y &= y - 1) {
        slong i = _wk_lowbit(y);
        fmpz_t s;
        fmpz_init(s);
        for (j = 0; j < n; j++) fmpq_set_si(mu + j, -R->a[j * n + i], 1);
        wk_weyl_orbit_size(s, R, mu, K & V->J);
        if (fmpz_cmp_si(s, limit - total) > 0) {
            fmpz_clear(s);
            _fmpq_vec_clear(mu, n);
            _fmpz_vec_clear(x, n);
            return wk_error(WK_E_TOO_LARGE, "the face has more than %ld extreme rays (limit)", (long) limit);
        }
        total += fmpz_get_si(s);
        fmpz_clear(s);
    }
    fmpz_mat_clear(X);
    fmpz_mat_init(X, total, n);
    for (y = K & ~V->J; y; y &= y - 1) {
        slong i = _wk_lowbit(y);
        wk_weyl_orbit_t O;
        wk_weyl_orbit_init(O);
        for (j = 0; j < n; j++) fmpq_set_si(mu + j, -R->a[j * n + i], 1);   /* -alpha_i */
        wk_weyl_orbit(O, R, mu, K & V->J, WORD_MAX);
        for (k = 0; k < O->length; k++, row++) {
            _fmpz_vec_set(x, O->num + k * n, n);
            _wk_weyl_act_fmpz(x, w->letters, w->length, R);
            for (j = 0; j < n; j++) fmpz_set(fmpz_mat_entry(X, row, j), x + j);
        }
        wk_weyl_orbit_clear(O);
    }
    _fmpq_vec_clear(mu, n);
    _fmpz_vec_clear(x, n);
    return WK_OK;
}

/* ba = (b, a) primitive with b + a.x = <lambda, theta> - <x, w theta>, theta
   the coweight given in simple-coroot coordinates y (copied). */
void _wk_weyl_functional(fmpz *ba, const wk_weyl_hw_t V, const fmpq *theta, const slong *w, slong len)
{
    const wk_weyl_struct *R = V->R;
    slong n = V->n, k, t;
    fmpq *y = _fmpq_vec_init(n);
    fmpq_t b;
    fmpz_t den;
    fmpq_init(b);
    fmpz_init(den);
    for (k = 0; k < n; k++) {
        fmpq_set(y + k, theta + k);
        fmpq_addmul(b, theta + k, V->lambda + k);
    }
    for (t = len - 1; t >= 0; t--) _wk_weyl_coreflect_fmpq(y, w[t], R);
    fmpz_set(den, fmpq_denref(b));
    for (k = 0; k < n; k++) fmpz_lcm(den, den, fmpq_denref(y + k));
    fmpz_divexact(ba, den, fmpq_denref(b));
    fmpz_mul(ba, ba, fmpq_numref(b));
    for (k = 0; k < n; k++) {
        fmpz_divexact(ba + 1 + k, den, fmpq_denref(y + k));
        fmpz_mul(ba + 1 + k, ba + 1 + k, fmpq_numref(y + k));
        fmpz_neg(ba + 1 + k, ba + 1 + k);
    }
    _wk_fmpz_vec_primitive(ba, n + 1);
    fmpq_clear(b);
    fmpz_clear(den);
    _fmpq_vec_clear(y, n);
}

/* theta = sum_{i in D} omega_i^vee in simple-coroot coordinates: rows of A^{-1}. */
void _wk_weyl_coweight_sum(fmpq *y, const wk_weyl_t R, ulong D)
{
    slong n = R->n, k;
    ulong x;
    for (k = 0; k < n; k++) fmpq_zero(y + k);
    for (x = D; x; x &= x - 1) {
        slong i = _wk_lowbit(x);
        for (k = 0; k < n; k++) fmpq_add(y + k, y + k, fmpq_mat_entry(R->ainv, i, k));
    }
}

wk_status wk_weyl_face_functional(fmpz *ba, const wk_weyl_hw_t V, ulong K, const wk_weyl_word_t w)
{
    fmpq *theta;
    wk_status st = wk_weyl_face_check(V, K, w);
    if (st != WK_OK) return st;
    st = _wk_weyl_check_finite(V->R, "an exposing functional");
    if (st != WK_OK) return st;
    theta = _fmpq_vec_init(V->n);
    _wk_weyl_coweight_sum(theta, V->R, _wk_full(V->n) & ~K);
    _wk_weyl_functional(ba, V, theta, w->letters, w->length);
    _fmpq_vec_clear(theta, V->n);
    return WK_OK;
}
