/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/leq.c: inclusions of faces (T6: w F_K <= w' F_K' iff K subset K' and
   w^{-1} w' in Stab_K W_{K' cap J}), decided by reducing u = w^{-1} w' to the
   minimal element of its double coset (spec 4.6); the Hasse diagram (the faces
   of type K' over w F_K are w W_{Stab_K} mu_{K'}); the minimal H-representation
   (4.5) and tangent cones (T7). */
#include <string.h>
#include "impl.h"

void _wk_weyl_coset_point(int64_t *x, const wk_weyl_t R, ulong J, ulong Z, const slong *w, slong len);
void _wk_weyl_functional(fmpz *ba, const wk_weyl_hw_t V, const fmpq *theta, const slong *w, slong len);
void _wk_weyl_coweight_sum(fmpq *y, const wk_weyl_t R, ulong D);
wk_status _wk_weyl_word_check(const wk_weyl_t R, ulong J, const wk_weyl_word_t w);

/* ---- double cosets ---- */

/* The matrix of s_i (i local) on J-coordinates: (s_i x)_k = x_k - x_i a_ki. */
typedef struct {
    slong m;
    slong *jn;      /* local -> node */
    slong *aJ;      /* m*m: aJ[k*m+i] = a_{jn[k], jn[i]} */
} jspace;

static void jspace_init(jspace *S, const wk_weyl_t R, ulong J)
{
    slong k, i, n = R->n;
    ulong x;
    S->m = _wk_popcount(J);
    S->jn = flint_malloc(FLINT_MAX(S->m, 1) * sizeof(slong));
    for (k = 0, x = J; x; x &= x - 1) S->jn[k++] = _wk_lowbit(x);
    S->aJ = flint_malloc(FLINT_MAX(S->m * S->m, 1) * sizeof(slong));
    for (k = 0; k < S->m; k++)
        for (i = 0; i < S->m; i++) S->aJ[k * S->m + i] = R->a[S->jn[k] * n + S->jn[i]];
}

static void jspace_clear(jspace *S) { flint_free(S->jn); flint_free(S->aJ); }

static slong local_of(const jspace *S, slong node)
{
    slong k;
    for (k = 0; k < S->m; k++) if (S->jn[k] == node) return k;
    return -1;
}

/* M <- S_i M (rows: M_k -= a_ki M_i, then row i negated through a_ii = 2) */
static void left_mul(int64_t *M, slong i, const jspace *S)
{
    slong m = S->m, k, c;
    int64_t *Mi = M + i * m;
    for (k = 0; k < m; k++) {
        slong a = S->aJ[k * m + i];
        if (k == i || a == 0) continue;
        for (c = 0; c < m; c++) M[k * m + c] -= a * Mi[c];
    }
    for (c = 0; c < m; c++) Mi[c] = -Mi[c];
}

/* M <- M S_i (column i: M_ri -= sum_k M_rk a_ki) */
static void right_mul(int64_t *M, slong i, const jspace *S)
{
    slong m = S->m, r, k;
    for (r = 0; r < m; r++) {
        int64_t s = 0;
        for (k = 0; k < m; k++) s += M[r * m + k] * S->aJ[k * m + i];
        M[r * m + i] -= s;
    }
}

static int64_t rowsum(const int64_t *M, slong i, slong m)
{
    int64_t s = 0;
    slong c;
    for (c = 0; c < m; c++) s += M[i * m + c];
    return s;
}

/* Is u = w1^{-1} w2 in W_L W_Rs (L, Rs subsets of J)?  Reduces u greedily by
   left descents in L (u^{-1} alpha_a < 0 iff (u rho)_a < 0) and right descents
   in Rs (u alpha_b < 0 iff (u^{-1} rho)_b < 0) to the minimal element of
   W_L u W_Rs, which is 1 iff u is in the double coset of 1. */
int _wk_weyl_in_double_coset(const wk_weyl_t R, ulong J, ulong L, ulong Rs,
                             const slong *w1, slong l1, const slong *w2, slong l2)
{
    jspace S;
    slong m, t, k, c;
    int64_t *M, *Mi;
    int res = 1, changed = 1;
    jspace_init(&S, R, J);
    m = S.m;
    M = flint_calloc(FLINT_MAX(m * m, 1), sizeof(int64_t));
    Mi = flint_calloc(FLINT_MAX(m * m, 1), sizeof(int64_t));
    for (k = 0; k < m; k++) M[k * m + k] = Mi[k * m + k] = 1;
    /* u = s_{w1[l1-1]} ... s_{w1[0]} s_{w2[0]} ... s_{w2[l2-1]};
       u^{-1} = s_{w2[l2-1]} ... s_{w2[0]} s_{w1[0]} ... s_{w1[l1-1]} */
    for (t = l1 - 1; t >= 0; t--) right_mul(M, local_of(&S, w1[t]), &S);
    for (t = 0; t < l2; t++) right_mul(M, local_of(&S, w2[t]), &S);
    for (t = l2 - 1; t >= 0; t--) right_mul(Mi, local_of(&S, w2[t]), &S);
    for (t = 0; t < l1; t++) right_mul(Mi, local_of(&S, w1[t]), &S);
    while (changed) {
        changed = 0;
        for (k = 0; k < m; k++) {
            slong node = S.jn[k];
            if ((L >> node & 1) && rowsum(M, k, m) < 0) {
                left_mul(M, k, &S); right_mul(Mi, k, &S); changed = 1;
            }
            if ((Rs >> node & 1) && rowsum(Mi, k, m) < 0) {
                right_mul(M, k, &S); left_mul(Mi, k, &S); changed = 1;
            }
        }
    }
    for (k = 0; k < m && res; k++)
        for (c = 0; c < m; c++)
            if (M[k * m + c] != (k == c)) { res = 0; break; }
    flint_free(M); flint_free(Mi);
    jspace_clear(&S);
    return res;
}

wk_status wk_weyl_face_leq(int *res, const wk_weyl_hw_t V, ulong K1, const wk_weyl_word_t w1,
                           ulong K2, const wk_weyl_word_t w2)
{
    wk_status st = wk_weyl_face_check(V, K1, w1);
    if (st == WK_OK) st = wk_weyl_face_check(V, K2, w2);
    if (st == WK_OK) st = _wk_weyl_check_finite_J(V->R, V->J);
    if (st != WK_OK) return st;
    if (K1 & ~K2) { *res = 0; return WK_OK; }
    *res = _wk_weyl_in_double_coset(V->R, V->J, wk_weyl_stab(V, K1), K2 & V->J,
                                    w1->letters, w1->length, w2->letters, w2->length);
    return WK_OK;
}

/* ---- Hasse diagram ---- */

/* Appends to w the tree word of point e: (let[e], let[par[e]], ...). */
static void tree_word_append(wk_weyl_word_t w, const slong *par, const slong *let, slong e)
{
    while (par[e] >= 0) { wk_weyl_word_push(w, let[e]); e = par[e]; }
}

static void face_word(wk_weyl_word_t w, const wk_weyl_face_list_t L, slong k)
{
    wk_weyl_face_list_word(w, L, k);
}

static void make_key(int32_t *key, ulong K, const int64_t *x, const jspace *S)
{
    slong k;
    key[0] = (int32_t) (K & 0xffffffffu);
    key[1] = (int32_t) (K >> 32);
    for (k = 0; k < S->m; k++) key[2 + k] = (int32_t) x[S->jn[k]];
}

wk_status wk_weyl_hasse(slong **pairs, slong *npairs, const wk_weyl_hw_t V, const wk_weyl_face_list_t L)
{
    const wk_weyl_struct *R = V->R;
    slong n = V->n, f, alloc = 16, np = 0, t;
    jspace S;
    _wk_vset_t set;
    int32_t *key;
    int64_t *x, *y;
    slong *pr;
    wk_weyl_word_t w, u;
    wk_status st = _wk_weyl_check_finite_J(R, V->J);
    if (st != WK_OK) return st;
    wk_weyl_word_init(u);
    jspace_init(&S, R, V->J);
    _wk_vset_init(set, S.m + 2);
    key = flint_malloc((S.m + 2) * sizeof(int32_t));
    x = flint_malloc(n * sizeof(int64_t));
    y = flint_malloc(n * sizeof(int64_t));
    wk_weyl_word_init(w);
    /* index the faces by (K, w mu_K) */
    for (f = 0; f < L->length; f++) {
        int isnew;
        face_word(w, L, f);
        _wk_weyl_coset_point(x, R, V->J, wk_weyl_stab(V, L->K[f]), w->letters, w->length);
        make_key(key, L->K[f], x, &S);
        _wk_vset_insert(set, key, &isnew);
        if (!isnew) {
            st = wk_error(WK_E_DOMAIN, "the face list has face %ld twice", (long) f);
            goto out;
        }
    }
    pr = flint_malloc(2 * alloc * sizeof(slong));
    for (f = 0; f < L->length; f++) {
        ulong K = L->K[f], Ls = wk_weyl_stab(V, K), rest;
        if ((f & 1023) == 0 && wk_interrupted()) {
            flint_free(pr);
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            goto out;
        }
        face_word(w, L, f);
        for (rest = V->IS & ~K; rest; rest &= rest - 1) {
            ulong K2 = K | (UWORD(1) << _wk_lowbit(rest)), L2;
            slong *par, *let, len, e;
            if (!wk_weyl_admissible(V, K2)) continue;
            L2 = wk_weyl_stab(V, K2);
            _wk_weyl_coset_tree(&par, &let, &len, R, Ls, Ls & L2, WORD_MAX);
            for (e = 0; e < len; e++) {
                slong idx;
                /* x = w v mu_{K2}, v = the tree word of e */
                wk_weyl_word_set(u, w->letters, w->length);
                tree_word_append(u, par, let, e);
                _wk_weyl_coset_point(x, R, V->J, L2, u->letters, u->length);
                make_key(key, K2, x, &S);
                idx = _wk_vset_find(set, key);
                if (idx < 0) continue;   /* the list may be partial */
                if (np == alloc) { alloc *= 2; pr = flint_realloc(pr, 2 * alloc * sizeof(slong)); }
                pr[2 * np] = f; pr[2 * np + 1] = idx; np++;
            }
            flint_free(par); flint_free(let);
        }
    }
    *pairs = pr;
    *npairs = np;
out:
    (void) y; (void) t;
    wk_weyl_word_clear(w);
    wk_weyl_word_clear(u);
    flint_free(key); flint_free(x); flint_free(y);
    _wk_vset_clear(set);
    jspace_clear(&S);
    return st;
}

/* ---- the minimal H-representation ---- */

wk_status wk_weyl_facets(fmpz_mat_t ineq, fmpz_mat_t eq, const wk_weyl_hw_t V, slong limit)
{
    const wk_weyl_struct *R = V->R;
    slong n = V->n, r, k, row = 0, nf = 0, ne;
    wk_weyl_face_table_t T;
    fmpq *theta;
    fmpz *ba;
    wk_weyl_word_t w;
    ulong x;
    wk_status st = _wk_weyl_check_finite(R, "the H-representation");
    if (st != WK_OK) return st;
    wk_weyl_face_table_init(T);
    st = wk_weyl_face_table(T, V, limit);
    if (st != WK_OK) return st;
    {
        fmpz_t tot;
        fmpz_init(tot);
        for (r = 0; r < T->length; r++)
            if (T->rows[r].dim == V->d - 1) fmpz_add(tot, tot, T->rows[r].count);
        if (fmpz_cmp_si(tot, limit) > 0) {
            char *s = fmpz_get_str(NULL, 10, tot);
            wk_error(WK_E_TOO_LARGE, "%s facets exceeds limit %ld; use counts", s, (long) limit);
            flint_free(s);
            fmpz_clear(tot);
            wk_weyl_face_table_clear(T);
            return WK_E_TOO_LARGE;
        }
        nf = fmpz_get_si(tot);
        fmpz_clear(tot);
    }
    ne = n - V->d;
    fmpz_mat_clear(ineq); fmpz_mat_init(ineq, nf, n + 1);
    fmpz_mat_clear(eq); fmpz_mat_init(eq, ne, n + 1);
    theta = _fmpq_vec_init(n);
    ba = _fmpz_vec_init(n + 1);
    wk_weyl_word_init(w);
    for (r = 0; r < T->length && st == WK_OK; r++) {
        slong *par, *let, len, i;
        if (T->rows[r].dim != V->d - 1) continue;
        i = _wk_lowbit(V->IS & ~T->rows[r].K);
        _wk_weyl_coweight_sum(theta, R, UWORD(1) << i);
        st = _wk_weyl_coset_tree(&par, &let, &len, R, V->J, T->rows[r].stab, limit);
        if (st != WK_OK) break;
        {
            /* y = w theta along the tree (preorder: the parent is on the stack),
               in integers: theta scaled by the common denominator D */
            slong top = -1, depth = R->npos + 2, j;
            slong *snode = flint_malloc(depth * sizeof(slong));
            fmpz *sy = _fmpz_vec_init(depth * n);
            fmpz_t D, t;
            fmpq_t b;
            fmpz_init(D); fmpz_init(t); fmpq_init(b);
            fmpz_one(D);
            for (j = 0; j < n; j++) fmpz_lcm(D, D, fmpq_denref(theta + j));
            for (j = 0; j < n; j++) fmpq_addmul(b, theta + j, V->lambda + j);
            fmpq_mul_fmpz(b, b, D);
            for (k = 0; k < len; k++, row++) {
                fmpz *y;
                if ((k & 1023) == 1023) {
                    if (wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
                    if ((k & 65535) == 65535) wk_progress("facets", (double) row, (double) nf);
                }
                while (top >= 0 && snode[top] != par[k]) top--;
                top++;
                snode[top] = k;
                y = sy + top * n;
                if (k == 0 || top == 0) {
                    for (j = 0; j < n; j++) {
                        fmpz_divexact(y + j, D, fmpq_denref(theta + j));
                        fmpz_mul(y + j, y + j, fmpq_numref(theta + j));
                    }
                } else {
                    slong c = let[k];
                    _fmpz_vec_set(y, y - n, n);
                    /* s_c y = y - <alpha_c, y> alpha_c^vee, <alpha_c, y> = sum_l y_l a_lc */
                    fmpz_zero(t);
                    for (j = 0; j < n; j++)
                        if (R->a[j * n + c]) fmpz_addmul_si(t, y + j, R->a[j * n + c]);
                    fmpz_sub(y + c, y + c, t);
                }
                fmpz_set(ba, fmpq_numref(b));
                for (j = 0; j < n; j++) fmpz_mul(ba + 1 + j, y + j, fmpq_denref(b));
                _fmpz_vec_neg(ba + 1, ba + 1, n);
                _wk_fmpz_vec_primitive(ba, n + 1);
                for (j = 0; j <= n; j++) fmpz_set(fmpz_mat_entry(ineq, row, j), ba + j);
            }
            fmpz_clear(D); fmpz_clear(t); fmpq_clear(b);
            _fmpz_vec_clear(sy, depth * n);
            flint_free(snode);
        }
        flint_free(par); flint_free(let);
    }
    for (row = 0, x = _wk_full(n) & ~V->IS; x; x &= x - 1, row++) {
        slong j;
        _wk_weyl_coweight_sum(theta, R, UWORD(1) << _wk_lowbit(x));
        _wk_weyl_functional(ba, V, theta, NULL, 0);
        for (j = 0; j <= n; j++) fmpz_set(fmpz_mat_entry(eq, row, j), ba + j);
    }
    wk_weyl_word_clear(w);
    _fmpz_vec_clear(ba, n + 1);
    _fmpq_vec_clear(theta, n);
    wk_weyl_face_table_clear(T);
    wk_progress_done();
    return st;
}

/* ---- tangent cones (T7) ---- */

void wk_weyl_cone_init(wk_weyl_cone_t C)
{
    fmpq_mat_init(C->apex, 0, 0);
    fmpz_mat_init(C->lineality, 0, 0);
    fmpz_mat_init(C->rays, 0, 0);
    fmpz_mat_init(C->ineq, 0, 0);
}

void wk_weyl_cone_clear(wk_weyl_cone_t C)
{
    fmpq_mat_clear(C->apex);
    fmpz_mat_clear(C->lineality);
    fmpz_mat_clear(C->rays);
    fmpz_mat_clear(C->ineq);
}

wk_status wk_weyl_tangent_cone(wk_weyl_cone_t C, const wk_weyl_hw_t V, ulong K, const wk_weyl_word_t w)
{
    const wk_weyl_struct *R = V->R;
    slong n = V->n, k, j, row, nr = 0, nin = 0;
    ulong M, x, Ls;
    fmpz *v;
    fmpq *theta;
    fmpz *ba;
    wk_status st = wk_weyl_face_check(V, K, w);
    if (st == WK_OK) st = _wk_weyl_check_finite(R, "a tangent cone");
    if (st != WK_OK) return st;
    M = K | (wk_weyl_perp(R, K) & V->J0);
    v = _fmpz_vec_init(n);
    /* apex */
    fmpq_mat_clear(C->apex);
    fmpq_mat_init(C->apex, 1, n);
    {
        fmpq *p = _fmpq_vec_init(n);
        wk_weyl_act(p, w, V->lambda, R);
        for (j = 0; j < n; j++) fmpq_set(fmpq_mat_entry(C->apex, 0, j), p + j);
        _fmpq_vec_clear(p, n);
    }
    /* lineality: w alpha_k, k in K */
    fmpz_mat_clear(C->lineality);
    fmpz_mat_init(C->lineality, _wk_popcount(K), n);
    for (row = 0, x = K; x; x &= x - 1, row++) {
        slong i = _wk_lowbit(x);
        for (j = 0; j < n; j++) fmpz_set_si(v + j, R->a[j * n + i]);
        _wk_weyl_act_fmpz(v, w->letters, w->length, R);
        for (j = 0; j < n; j++) fmpz_set(fmpz_mat_entry(C->lineality, row, j), v + j);
    }
    /* rays: w(-beta), beta in Delta+ \ Delta+_M */
    for (k = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        for (j = 0; j < n; j++) if (c[j] && !(M >> j & 1)) { nr++; break; }
    }
    fmpz_mat_clear(C->rays);
    fmpz_mat_init(C->rays, nr, n);
    for (k = 0, row = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        int out = 0;
        for (j = 0; j < n; j++) if (c[j] && !(M >> j & 1)) out = 1;
        if (!out) continue;
        for (j = 0; j < n; j++) {
            slong s = 0, l;
            for (l = 0; l < n; l++) s += R->a[j * n + l] * c[l];
            fmpz_set_si(v + j, -s);
        }
        _wk_weyl_act_fmpz(v, w->letters, w->length, R);
        for (j = 0; j < n; j++) fmpz_set(fmpz_mat_entry(C->rays, row, j), v + j);
        row++;
    }
    /* the facets through the face: types K' = IS \ {i} containing K, cosets
       w W_{Stab_K} mu_{K'} */
    Ls = wk_weyl_stab(V, K);
    theta = _fmpq_vec_init(n);
    ba = _fmpz_vec_init(n + 1);
    fmpz_mat_clear(C->ineq);
    fmpz_mat_init(C->ineq, 0, n + 1);
    for (x = V->IS & ~K; x; x &= x - 1) {
        slong i = _wk_lowbit(x), *par, *let, len, e;
        ulong K2 = V->IS & ~(UWORD(1) << i), L2;
        fmpz_mat_t big;
        if (!wk_weyl_admissible(V, K2)) continue;
        L2 = wk_weyl_stab(V, K2);
        _wk_weyl_coweight_sum(theta, R, UWORD(1) << i);
        _wk_weyl_coset_tree(&par, &let, &len, R, Ls, Ls & L2, WORD_MAX);
        fmpz_mat_init(big, nin + len, n + 1);
        for (e = 0; e < nin; e++)
            for (j = 0; j <= n; j++) fmpz_set(fmpz_mat_entry(big, e, j), fmpz_mat_entry(C->ineq, e, j));
        for (e = 0; e < len; e++) {
            wk_weyl_word_t u;
            wk_weyl_word_init(u);
            wk_weyl_word_set(u, w->letters, w->length);
            tree_word_append(u, par, let, e);   /* u = w v */
            _wk_weyl_functional(ba, V, theta, u->letters, u->length);
            for (j = 0; j <= n; j++) fmpz_set(fmpz_mat_entry(big, nin + e, j), ba + j);
            wk_weyl_word_clear(u);
        }
        fmpz_mat_swap(big, C->ineq);
        fmpz_mat_clear(big);
        nin += len;
        flint_free(par); flint_free(let);
    }
    _fmpq_vec_clear(theta, n);
    _fmpz_vec_clear(ba, n + 1);
    _fmpz_vec_clear(v, n);
    return WK_OK;
}
