/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   The face formulas (spec 3-4) against the independent exact convex hull
   (hull.c) on every finite type of rank <= 4 and small semisimple sums, many
   support patterns and all three module kinds: f-vectors and bounded f-vectors
   (T5), every face's vertices and extreme rays (T2, T4), dimensions, exposing
   functionals, inclusions (T6) and the Hasse diagram, the minimal
   H-representation (4.5), tangent cones (T7). */
#include <string.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

static slong CAP = 400;   /* largest orbit fed to the hull (WK_TEST_MULTIPLIER > 1: 2000) */

typedef struct {
    int fvec, faces, dims, func, leq, hasse, hrep, tcone, canon, t3, stab;
    slong cases, nfaces, npairs, ncones;
} stats;

static void bset(ulong *b, slong i) { b[i >> 6] |= UWORD(1) << (i & 63); }
static int bget(const ulong *b, slong i) { return (b[i >> 6] >> (i & 63)) & 1; }

static const fmpz *fmpz_one_ptr_dummy(void)
{
    static fmpz one = 1;
    return &one;
}

/* b + a.x for a point (homogeneous: den*b + a.num) sign, or a.x for a ray */
static int eval_sign(const fmpz *ba, slong n, const fmpz *x, const fmpz_t den, int is_point)
{
    fmpz_t s;
    slong j;
    int r;
    fmpz_init(s);
    if (is_point) fmpz_mul(s, ba, den);
    for (j = 0; j < n; j++) fmpz_addmul(s, ba + 1 + j, x + j);
    r = fmpz_sgn(s);
    fmpz_clear(s);
    return r;
}

/* generators of the hull input as integer vectors: points as num with common den */
typedef struct {
    slong n, nv, nr;
    fmpz *pv;     /* nv*n numerators */
    fmpz_t den;
    fmpz *rv;     /* nr*n */
    _wk_vset_t pset, rset;
} gens;

static void gens_init(gens *g, const wk_weyl_hw_t V)
{
    const wk_weyl_struct *R = V->R;
    wk_weyl_orbit_t O;
    slong n = V->n, k, j, row = 0;
    int32_t *key = flint_malloc(n * sizeof(int32_t));
    wk_weyl_orbit_init(O);
    wk_weyl_orbit(O, R, V->lambda, V->J, 1000000);
    g->n = n; g->nv = O->length;
    g->pv = _fmpz_vec_init(g->nv * n);
    _fmpz_vec_set(g->pv, O->num, g->nv * n);
    fmpz_init_set(g->den, O->den);
    _wk_vset_init(g->pset, n);
    for (k = 0; k < g->nv; k++) {
        for (j = 0; j < n; j++) key[j] = (int32_t) fmpz_get_si(g->pv + k * n + j);
        _wk_vset_insert(g->pset, key, NULL);
    }
    g->nr = 0;
    for (k = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        for (j = 0; j < n; j++) if (c[j] && !(V->J >> j & 1)) { g->nr++; break; }
    }
    g->rv = _fmpz_vec_init(FLINT_MAX(g->nr * n, 1));
    _wk_vset_init(g->rset, n);
    for (k = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        int out = 0;
        for (j = 0; j < n; j++) if (c[j] && !(V->J >> j & 1)) out = 1;
        if (!out) continue;
        for (j = 0; j < n; j++) {
            slong s = 0, l;
            for (l = 0; l < n; l++) s += R->a[j * n + l] * c[l];
            fmpz_set_si(g->rv + row * n + j, -s);
            key[j] = (int32_t) -s;
        }
        _wk_vset_insert(g->rset, key, NULL);
        row++;
    }
    flint_free(key);
    wk_weyl_orbit_clear(O);
}

static void gens_clear(gens *g)
{
    _fmpz_vec_clear(g->pv, g->nv * g->n);
    _fmpz_vec_clear(g->rv, FLINT_MAX(g->nr * g->n, 1));
    fmpz_clear(g->den);
    _wk_vset_clear(g->pset);
    _wk_vset_clear(g->rset);
}

/* the full incidence (all generators) of the inequality ba; returns 0 if it is violated */
static int tight_set(ulong *vb, ulong *rb, const fmpz *ba, const gens *g)
{
    slong k;
    for (k = 0; k < g->nv; k++) {
        int s = eval_sign(ba, g->n, g->pv + k * g->n, g->den, 1);
        if (s < 0) return 0;
        if (s == 0) bset(vb, k);
    }
    for (k = 0; k < g->nr; k++) {
        int s = eval_sign(ba, g->n, g->rv + k * g->n, g->den, 0);
        if (s < 0) return 0;
        if (s == 0) bset(rb, k);
    }
    return 1;
}

static int rows_equal_as_sets(const fmpz_mat_t A, const fmpz_mat_t B)
{
    slong i, j, r = fmpz_mat_nrows(A), c = fmpz_mat_ncols(A);
    if (r != fmpz_mat_nrows(B) || (r && c != fmpz_mat_ncols(B))) return 0;
    for (i = 0; i < r; i++) {
        int found = 0;
        for (j = 0; j < r && !found; j++) {
            slong k;
            int eq = 1;
            for (k = 0; k < c; k++) if (!fmpz_equal(fmpz_mat_entry(A, i, k), fmpz_mat_entry(B, j, k))) { eq = 0; break; }
            found = eq;
        }
        if (!found) return 0;
    }
    return 1;
}

static void check_case(stats *S, const wk_weyl_t R, const fmpq *lam, wk_weyl_kind kind, ulong J,
                       flint_rand_t st, const char *label)
{
    wk_weyl_hw_t V;
    wk_weyl_hull_t H;
    wk_weyl_face_list_t L;
    gens g;
    slong n = R->n, d, f, words, nF;
    fmpz *fv, *fb, *hv, *hb;
    fmpz_t osz;
    slong *hmap;
    ulong *pvb, *prb;   /* predicted incidences restricted to extreme generators */
    wk_weyl_word_t w;
    int ok;

    wk_weyl_hw_init(V, R, lam, kind, J);
    fmpz_init(osz);
    wk_weyl_orbit_size(osz, R, lam, V->J);
    if (fmpz_cmp_si(osz, CAP) > 0) { fmpz_clear(osz); wk_weyl_hw_clear(V); return; }
    fmpz_clear(osz);
    S->cases++;
    d = V->d;
    wk_weyl_hull_init(H);
    if (wk_weyl_faces_hull(H, V, 1000000) != WK_OK) { S->fvec = 0; tap_diag("%s: hull failed", label); goto out0; }
    /* f-vectors */
    fv = _fmpz_vec_init(d + 1); fb = _fmpz_vec_init(d + 1);
    hv = _fmpz_vec_init(H->dim + 1); hb = _fmpz_vec_init(H->dim + 1);
    wk_weyl_fvector(fv, fb, V);
    wk_weyl_hull_fvector(hv, hb, H);
    if (H->dim != d || !_fmpz_vec_equal(fv, hv, d + 1) || !_fmpz_vec_equal(fb, hb, d + 1)) {
        S->fvec = 0;
        tap_diag("%s: f-vector mismatch", label);
    }
    _fmpz_vec_clear(fv, d + 1); _fmpz_vec_clear(fb, d + 1);
    _fmpz_vec_clear(hv, H->dim + 1); _fmpz_vec_clear(hb, H->dim + 1);

    gens_init(&g, V);
    wk_weyl_face_list_init(L);
    wk_weyl_face_list(L, V, 1000000);
    nF = L->length;
    S->nfaces += nF;
    words = H->words;
    hmap = flint_malloc(FLINT_MAX(nF, 1) * sizeof(slong));
    pvb = flint_calloc(FLINT_MAX(nF, 1) * words, sizeof(ulong));
    prb = flint_calloc(FLINT_MAX(nF, 1) * words, sizeof(ulong));
    wk_weyl_word_init(w);
    if (nF != H->nfaces) { S->faces = 0; tap_diag("%s: %ld faces vs hull %ld", label, nF, H->nfaces); }

    /* hull faces keyed by their extreme incidences */
    {
        _wk_vset_t hk;
        int32_t *key = flint_malloc(4 * words * sizeof(int32_t));
        slong hf;
        ulong *tmp = flint_malloc(2 * words * sizeof(ulong));
        _wk_vset_init(hk, 4 * words);
        for (hf = 0; hf < H->nfaces; hf++) {
            slong i;
            memset(tmp, 0, 2 * words * sizeof(ulong));
            for (i = 0; i < g.nv; i++) if (H->vert[i] && bget(H->vinc + hf * words, i)) bset(tmp, i);
            for (i = 0; i < g.nr; i++) if (H->xray[i] && bget(H->rinc + hf * words, i)) bset(tmp + words, i);
            memcpy(key, tmp, 2 * words * sizeof(ulong));
            _wk_vset_insert(hk, key, NULL);
        }
        if (hk->len != H->nfaces) { S->faces = 0; tap_diag("%s: hull faces not separated by extreme incidences", label); }
        /* predicted faces */
        for (f = 0; f < nF; f++) {
            fmpq_mat_t P;
            fmpz_mat_t X;
            slong i, j;
            int32_t *pk = flint_malloc(n * sizeof(int32_t));
            wk_weyl_face_list_word(w, L, f);
            fmpq_mat_init(P, 0, 0); fmpz_mat_init(X, 0, 0);
            wk_weyl_face_vertices(P, V, L->K[f], w, 1000000);
            wk_weyl_face_rays(X, V, L->K[f], w, 1000000);
            memset(tmp, 0, 2 * words * sizeof(ulong));
            for (i = 0; i < fmpq_mat_nrows(P); i++) {
                slong idx;
                for (j = 0; j < n; j++) {
                    fmpq_t q;
                    fmpq_init(q);
                    fmpq_mul_fmpz(q, fmpq_mat_entry(P, i, j), g.den);
                    pk[j] = (int32_t) fmpz_get_si(fmpq_numref(q));
                    if (!fmpz_is_one(fmpq_denref(q))) S->faces = 0;
                    fmpq_clear(q);
                }
                idx = _wk_vset_find(g.pset, pk);
                if (idx < 0 || !H->vert[idx]) { S->faces = 0; tap_diag("%s: face %ld vertex not a hull vertex", label, f); }
                else bset(tmp, idx);
            }
            for (i = 0; i < fmpz_mat_nrows(X); i++) {
                slong idx;
                for (j = 0; j < n; j++) pk[j] = (int32_t) fmpz_get_si(fmpz_mat_entry(X, i, j));
                idx = _wk_vset_find(g.rset, pk);
                if (idx < 0 || !H->xray[idx]) { S->faces = 0; tap_diag("%s: face %ld ray not an extreme ray", label, f); }
                else bset(tmp + words, idx);
            }
            memcpy(pvb + f * words, tmp, words * sizeof(ulong));
            memcpy(prb + f * words, tmp + words, words * sizeof(ulong));
            memcpy(key, tmp, 2 * words * sizeof(ulong));
            hmap[f] = _wk_vset_find(hk, key);
            if (hmap[f] < 0) { S->faces = 0; tap_diag("%s: face %ld not a hull face", label, f); }
            else if (H->fdim[hmap[f]] != _wk_popcount(L->K[f])) { S->dims = 0; tap_diag("%s: face %ld dimension", label, f); }
            fmpq_mat_clear(P); fmpz_mat_clear(X);
            flint_free(pk);
        }
        /* injectivity */
        {
            int *seen = flint_calloc(FLINT_MAX(H->nfaces, 1), sizeof(int));
            for (f = 0; f < nF; f++) if (hmap[f] >= 0) { if (seen[hmap[f]]) S->faces = 0; seen[hmap[f]] = 1; }
            flint_free(seen);
        }
        _wk_vset_clear(hk);
        flint_free(key); flint_free(tmp);
    }
    if (!S->faces) goto out;

    /* exposing functionals: tight set = the full hull incidence */
    {
        fmpz *ba = _fmpz_vec_init(n + 1);
        ulong *vb = flint_malloc(words * sizeof(ulong)), *rb = flint_malloc(words * sizeof(ulong));
        for (f = 0; f < nF; f++) {
            wk_weyl_face_list_word(w, L, f);
            wk_weyl_face_functional(ba, V, L->K[f], w);
            memset(vb, 0, words * sizeof(ulong)); memset(rb, 0, words * sizeof(ulong));
            ok = tight_set(vb, rb, ba, &g);
            if (!ok || memcmp(vb, H->vinc + hmap[f] * words, words * sizeof(ulong))
                || memcmp(rb, H->rinc + hmap[f] * words, words * sizeof(ulong))) {
                S->func = 0; tap_diag("%s: functional of face %ld", label, f);
                break;
            }
        }
        _fmpz_vec_clear(ba, n + 1);
        flint_free(vb); flint_free(rb);
    }

    /* T2/T3 for every K subset I: the maximisers of phi_K on the generators */
    if (n <= 6) {
        ulong K, K2, full = _wk_full(n);
        ulong *vb = flint_malloc(FLINT_MAX(((slong) 1 << n), 1) * words * sizeof(ulong));
        ulong *rb = flint_malloc(FLINT_MAX(((slong) 1 << n), 1) * words * sizeof(ulong));
        fmpq *x = _fmpq_vec_init(n), *c = _fmpq_vec_init(n), *lc = _fmpq_vec_init(n);
        fmpq_t v, top;
        fmpq_init(v); fmpq_init(top);
        wk_weyl_omega_to_root(lc, V->lambda, R);
        memset(vb, 0, ((slong) 1 << n) * words * sizeof(ulong));
        memset(rb, 0, ((slong) 1 << n) * words * sizeof(ulong));
        for (K = 0; K <= full; K++) {
            slong i, j;
            fmpq_zero(top);
            for (j = 0; j < n; j++) if (!(K >> j & 1)) fmpq_add(top, top, lc + j);
            for (i = 0; i < g.nv + g.nr; i++) {
                int pt = i < g.nv;
                for (j = 0; j < n; j++) {
                    if (pt) fmpq_set_fmpz_frac(x + j, g.pv + i * n + j, g.den);
                    else fmpq_set_fmpz_frac(x + j, g.rv + (i - g.nv) * n + j, fmpz_one_ptr_dummy());
                }
                wk_weyl_omega_to_root(c, x, R);
                fmpq_zero(v);
                for (j = 0; j < n; j++) if (!(K >> j & 1)) fmpq_add(v, v, c + j);
                if (pt) {
                    int cmp = fmpq_cmp(v, top);
                    if (cmp > 0) S->t3 = 0;
                    if (cmp == 0) bset(vb + K * words, i);
                } else {
                    if (fmpq_sgn(v) > 0) S->t3 = 0;
                    if (fmpq_sgn(v) == 0) bset(rb + K * words, i - g.nv);
                }
            }
            /* F_K is the face (K_min, 1) of the list: the root of its tree */
            {
                ulong km = wk_weyl_kmin(V, K);
                slong ff;
                for (ff = 0; ff < nF; ff++) if (L->K[ff] == km && L->parent[ff] < 0) break;
                if (ff == nF || memcmp(vb + K * words, H->vinc + hmap[ff] * words, words * sizeof(ulong))
                    || memcmp(rb + K * words, H->rinc + hmap[ff] * words, words * sizeof(ulong)))
                    { S->t3 = 0; tap_diag("%s: phi_K for K = %lx", label, K); }
            }
        }
        for (K = 0; K <= full; K++)
            for (K2 = 0; K2 <= full; K2++) {
                ulong km = wk_weyl_kmin(V, K);
                int same = !memcmp(vb + K * words, vb + K2 * words, words * sizeof(ulong))
                           && !memcmp(rb + K * words, rb + K2 * words, words * sizeof(ulong));
                int interval = (K2 & km) == km && (K2 & ~(km | (wk_weyl_perp(R, km) & V->J0))) == 0;
                if (same != (wk_weyl_kmin(V, K2) == km) || same != interval) S->t3 = 0;
            }
        fmpq_clear(v); fmpq_clear(top);
        _fmpq_vec_clear(x, n); _fmpq_vec_clear(c, n); _fmpq_vec_clear(lc, n);
        flint_free(vb); flint_free(rb);
    }

    /* T4: u F_K = F_K iff u in W_{Stab_K}, for every u in a small W_J */
    {
        fmpz_t oJ;
        fmpz_init(oJ);
        wk_weyl_parabolic_order(oJ, R, V->J);
        if (fmpz_cmp_si(oJ, 200) <= 0) {
            wk_weyl_orbit_t W;
            wk_weyl_word_t u;
            fmpq *rj = _fmpq_vec_init(n), *y = _fmpq_vec_init(n), *rp = _fmpq_vec_init(n);
            slong e, c2;
            wk_weyl_orbit_init(W);
            wk_weyl_word_init(u);
            for (e = 0; e < n; e++) if (V->J >> e & 1) fmpq_one(rj + e);
            wk_weyl_orbit(W, R, rj, V->J, 1000);   /* one point per element of W_J */
            for (f = 0; f < nF; f++) {
                ulong Ls;
                if (L->parent[f] >= 0) continue;    /* the standard face F_K */
                Ls = wk_weyl_stab(V, L->K[f]);
                for (e = 0; e < W->length; e++) {
                    int fixes, inL;
                    wk_weyl_orbit_word(u, W, e);
                    {
                        /* u F_K = F_K: same vertex and extreme ray sets as (K, 1) */
                        fmpq_mat_t P1, P2;
                        fmpz_mat_t X1, X2;
                        slong a, b;
                        wk_weyl_word_t one;
                        wk_weyl_word_init(one);
                        fmpq_mat_init(P1, 0, 0); fmpq_mat_init(P2, 0, 0);
                        fmpz_mat_init(X1, 0, 0); fmpz_mat_init(X2, 0, 0);
                        wk_weyl_face_vertices(P1, V, L->K[f], one, 100000);
                        wk_weyl_face_vertices(P2, V, L->K[f], u, 100000);
                        wk_weyl_face_rays(X1, V, L->K[f], one, 100000);
                        wk_weyl_face_rays(X2, V, L->K[f], u, 100000);
                        fixes = fmpq_mat_nrows(P1) == fmpq_mat_nrows(P2) && fmpz_mat_nrows(X1) == fmpz_mat_nrows(X2);
                        for (a = 0; a < fmpq_mat_nrows(P2) && fixes; a++) {
                            int found = 0;
                            for (b = 0; b < fmpq_mat_nrows(P1) && !found; b++) {
                                int eq = 1;
                                for (c2 = 0; c2 < n; c2++)
                                    if (!fmpq_equal(fmpq_mat_entry(P1, b, c2), fmpq_mat_entry(P2, a, c2))) { eq = 0; break; }
                                found = eq;
                            }
                            fixes = found;
                        }
                        for (a = 0; a < fmpz_mat_nrows(X2) && fixes; a++) {
                            int found = 0;
                            for (b = 0; b < fmpz_mat_nrows(X1) && !found; b++) {
                                int eq = 1;
                                for (c2 = 0; c2 < n; c2++)
                                    if (!fmpz_equal(fmpz_mat_entry(X1, b, c2), fmpz_mat_entry(X2, a, c2))) { eq = 0; break; }
                                found = eq;
                            }
                            fixes = found;
                        }
                        fmpq_mat_clear(P1); fmpq_mat_clear(P2); fmpz_mat_clear(X1); fmpz_mat_clear(X2);
                        wk_weyl_word_clear(one);
                    }
                    /* u in W_L iff u rho' = rho', rho' = sum_{i not in L} omega_i (spec 4.6) */
                    for (c2 = 0; c2 < n; c2++) fmpq_set_si(rp + c2, (Ls >> c2 & 1) ? 0 : 1, 1);
                    wk_weyl_act(y, u, rp, R);
                    inL = _fmpq_vec_equal(y, rp, n);
                    if (fixes != inL) { S->stab = 0; tap_diag("%s: stabiliser of F_K, K = %lx", label, L->K[f]); break; }
                }
            }
            wk_weyl_word_clear(u);
            wk_weyl_orbit_clear(W);
            _fmpq_vec_clear(rj, n); _fmpq_vec_clear(y, n); _fmpq_vec_clear(rp, n);
        }
        fmpz_clear(oJ);
    }

    /* inclusions: T6 against the incidences */
    {
        slong budget = 4000 * tap_multiplier(), np = nF * nF <= budget ? nF * nF : budget, t;
        wk_weyl_word_t w2;
        wk_weyl_word_init(w2);
        for (t = 0; t < np; t++) {
            slong a, b, i;
            int res, sub = 1;
            if (nF * nF <= budget) { a = t / nF; b = t % nF; }
            else { a = n_randint(st, nF); b = n_randint(st, nF); }
            wk_weyl_face_list_word(w, L, a);
            wk_weyl_face_list_word(w2, L, b);
            wk_weyl_face_leq(&res, V, L->K[a], w, L->K[b], w2);
            for (i = 0; i < words; i++) {
                if (H->vinc[hmap[a] * words + i] & ~H->vinc[hmap[b] * words + i]) sub = 0;
                if (H->rinc[hmap[a] * words + i] & ~H->rinc[hmap[b] * words + i]) sub = 0;
            }
            if (res != sub) { S->leq = 0; tap_diag("%s: leq(%ld, %ld) = %d, hull %d", label, a, b, res, sub); break; }
        }
        S->npairs += np;
        wk_weyl_word_clear(w2);
    }

    /* Hasse diagram */
    {
        slong *pairs, np, a, b, cnt = 0, i;
        wk_weyl_hasse(&pairs, &np, V, L);
        for (i = 0; i < np; i++) {
            slong x = hmap[pairs[2 * i]], y = hmap[pairs[2 * i + 1]], j;
            int sub = H->fdim[y] == H->fdim[x] + 1;
            for (j = 0; j < words; j++) {
                if (H->vinc[x * words + j] & ~H->vinc[y * words + j]) sub = 0;
                if (H->rinc[x * words + j] & ~H->rinc[y * words + j]) sub = 0;
            }
            if (!sub) S->hasse = 0;
        }
        /* count the covers in the hull */
        if (H->nfaces <= 3000) {
            for (a = 0; a < H->nfaces; a++)
                for (b = 0; b < H->nfaces; b++) {
                    slong j;
                    int sub = H->fdim[b] == H->fdim[a] + 1;
                    for (j = 0; j < words && sub; j++) {
                        if (H->vinc[a * words + j] & ~H->vinc[b * words + j]) sub = 0;
                        if (H->rinc[a * words + j] & ~H->rinc[b * words + j]) sub = 0;
                    }
                    cnt += sub;
                }
            if (cnt != np) { S->hasse = 0; tap_diag("%s: %ld covers vs hull %ld", label, np, cnt); }
        }
        flint_free(pairs);
    }

    /* minimal H-representation */
    if (R->finite) {
        fmpz_mat_t ineq, eq;
        slong i;
        ulong *vb = flint_malloc(words * sizeof(ulong)), *rb = flint_malloc(words * sizeof(ulong));
        int *used = flint_calloc(FLINT_MAX(fmpz_mat_nrows(H->ineq), 1), sizeof(int));
        fmpz_mat_init(ineq, 0, 0); fmpz_mat_init(eq, 0, 0);
        wk_weyl_facets(ineq, eq, V, 1000000);
        if (fmpz_mat_nrows(ineq) != fmpz_mat_nrows(H->ineq) || fmpz_mat_nrows(eq) != fmpz_mat_nrows(H->eq))
            { S->hrep = 0; tap_diag("%s: %ld facets vs hull %ld", label, fmpz_mat_nrows(ineq), fmpz_mat_nrows(H->ineq)); }
        for (i = 0; i < fmpz_mat_nrows(ineq) && S->hrep; i++) {
            slong hf, j, found = -1;
            memset(vb, 0, words * sizeof(ulong)); memset(rb, 0, words * sizeof(ulong));
            if (!tight_set(vb, rb, ineq->rows[i], &g)) { S->hrep = 0; break; }
            for (hf = 0; hf < fmpz_mat_nrows(H->ineq); hf++) {
                ulong *hvb = flint_calloc(words, sizeof(ulong)), *hrb = flint_calloc(words, sizeof(ulong));
                tight_set(hvb, hrb, H->ineq->rows[hf], &g);
                if (!memcmp(vb, hvb, words * sizeof(ulong)) && !memcmp(rb, hrb, words * sizeof(ulong))) found = hf;
                flint_free(hvb); flint_free(hrb);
                if (found >= 0) break;
            }
            if (found < 0 || used[found]) S->hrep = 0;
            else used[found] = 1;
            (void) j;
        }
        for (i = 0; i < fmpz_mat_nrows(eq); i++) {
            slong k2;
            for (k2 = 0; k2 < g.nv; k2++) if (eval_sign(eq->rows[i], n, g.pv + k2 * n, g.den, 1)) S->hrep = 0;
            for (k2 = 0; k2 < g.nr; k2++) if (eval_sign(eq->rows[i], n, g.rv + k2 * n, g.den, 0)) S->hrep = 0;
        }
        if (d == n && !rows_equal_as_sets(ineq, H->ineq)) { S->hrep = 0; tap_diag("%s: facet rows differ", label); }
        fmpz_mat_clear(ineq); fmpz_mat_clear(eq);
        flint_free(vb); flint_free(rb); flint_free(used);
    }

    /* tangent cones (full-dimensional cases) */
    if (d == n) {
        slong t;
        for (t = 0; t < 3 && nF > 0; t++) {
            wk_weyl_cone_t C;
            wk_weyl_hull_t H2;
            fmpz_mat_t X, thr;
            slong i, j, nl, nr2, row, hf, nthr = 0;
            f = n_randint(st, nF);
            wk_weyl_face_list_word(w, L, f);
            wk_weyl_cone_init(C);
            wk_weyl_tangent_cone(C, V, L->K[f], w);
            nl = fmpz_mat_nrows(C->lineality); nr2 = fmpz_mat_nrows(C->rays);
            fmpz_mat_init(X, 2 * nl + nr2, n);
            for (row = 0, i = 0; i < nl; i++, row += 2)
                for (j = 0; j < n; j++) {
                    fmpz_set(fmpz_mat_entry(X, row, j), fmpz_mat_entry(C->lineality, i, j));
                    fmpz_neg(fmpz_mat_entry(X, row + 1, j), fmpz_mat_entry(C->lineality, i, j));
                }
            for (i = 0; i < nr2; i++, row++)
                for (j = 0; j < n; j++) fmpz_set(fmpz_mat_entry(X, row, j), fmpz_mat_entry(C->rays, i, j));
            wk_weyl_hull_init(H2);
            if (wk_weyl_hull(H2, C->apex, X, 1000000) != WK_OK) S->tcone = 0;
            /* the facets of conv V through the face */
            fmpz_mat_init(thr, fmpz_mat_nrows(H->ineq), n + 1);
            for (hf = 0; hf < fmpz_mat_nrows(H->ineq); hf++) {
                ulong *hvb = flint_calloc(words, sizeof(ulong)), *hrb = flint_calloc(words, sizeof(ulong));
                int contains = 1;
                tight_set(hvb, hrb, H->ineq->rows[hf], &g);
                for (j = 0; j < words; j++) {
                    if (H->vinc[hmap[f] * words + j] & ~hvb[j]) contains = 0;
                    if (H->rinc[hmap[f] * words + j] & ~hrb[j]) contains = 0;
                }
                if (contains) {
                    for (j = 0; j <= n; j++) fmpz_set(fmpz_mat_entry(thr, nthr, j), fmpz_mat_entry(H->ineq, hf, j));
                    nthr++;
                }
                flint_free(hvb); flint_free(hrb);
            }
            thr->r = nthr;
            if (!rows_equal_as_sets(thr, C->ineq) || !rows_equal_as_sets(thr, H2->ineq)
                || H2->dim != n) {
                S->tcone = 0;
                tap_diag("%s: tangent cone at face %ld", label, f);
            }
            thr->r = fmpz_mat_nrows(H->ineq);
            fmpz_mat_clear(thr);
            fmpz_mat_clear(X);
            wk_weyl_hull_clear(H2);
            wk_weyl_cone_clear(C);
            S->ncones++;
        }
    }

    /* canonical words: a random word in W_J times a face word lands on the same face */
    if (V->J && nF > 0) {
        slong t;
        wk_weyl_word_t u, c2;
        wk_weyl_word_init(u); wk_weyl_word_init(c2);
        for (t = 0; t < 5; t++) {
            slong len = n_randint(st, 8), i, jn[64], m = 0;
            ulong x;
            int res1, res2;
            f = n_randint(st, nF);
            wk_weyl_face_list_word(w, L, f);
            for (x = V->J; x; x &= x - 1) jn[m++] = _wk_lowbit(x);
            /* u = w * (random word in Stab_K) */
            wk_weyl_word_set(u, w->letters, w->length);
            {
                ulong stb = wk_weyl_stab(V, L->K[f]);
                slong sn[64], sm = 0;
                for (x = stb; x; x &= x - 1) sn[sm++] = _wk_lowbit(x);
                for (i = 0; i < len && sm; i++) wk_weyl_word_push(u, sn[n_randint(st, sm)]);
            }
            wk_weyl_face_canonical(c2, V, L->K[f], u);
            /* the canonical word is the list's word, and leq both ways */
            res1 = (c2->length == w->length) && (w->length == 0 || !memcmp(c2->letters, w->letters, w->length * sizeof(slong)));
            wk_weyl_face_leq(&res2, V, L->K[f], u, L->K[f], w);
            if (!res1 || !res2) { S->canon = 0; tap_diag("%s: canonical word of face %ld", label, f); }
            (void) m; (void) jn;
        }
        wk_weyl_word_clear(u); wk_weyl_word_clear(c2);
    }
out:
    wk_weyl_word_clear(w);
    flint_free(hmap); flint_free(pvb); flint_free(prb);
    wk_weyl_face_list_clear(L);
    gens_clear(&g);
out0:
    wk_weyl_hull_clear(H);
    wk_weyl_hw_clear(V);
}

int main(int argc, char **argv)
{
    wk_weyl_t R;
    flint_rand_t st;
    stats S = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0 };
    const char *types[] = { "A1", "A2", "A3", "A4", "B2", "B3", "B4", "C3", "C4", "D4", "G2", "F4",
                            "A1xA1", "A1xA2", "A1xB2", "A1xA1xA1", "A2xA2", "A1xA3", "G2xA1" };
    slong t, i, p;
    char label[128];

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 11);
    if (tap_multiplier() > 1) CAP = 2000;

    for (t = 0; t < (slong) (sizeof types / sizeof types[0]); t++) {
        slong n;
        fmpq *lam;
        wk_weyl_init_type(R, types[t]);
        n = R->n;
        lam = _fmpq_vec_init(n);
        /* simple modules, integral dominant: every support pattern */
        for (p = 0; p < (WORD(1) << n); p++) {
            for (i = 0; i < n; i++) fmpq_set_si(lam + i, (p >> i & 1) ? 1 + n_randint(st, 2) : 0, 1);
            snprintf(label, sizeof label, "%s simple pattern %ld", types[t], (long) p);
            check_case(&S, R, lam, WK_WEYL_SIMPLE, 0, st, label);
        }
        /* simple modules with non-integral or negative coordinates, Verma, parabolic */
        for (p = 0; p < 6; p++) {
            ulong J = 0;
            int kind = p < 2 ? WK_WEYL_SIMPLE : p < 3 ? WK_WEYL_VERMA : WK_WEYL_PARABOLIC;
            for (i = 0; i < n; i++) {
                slong c = n_randint(st, 6);
                if (c == 0) fmpq_set_si(lam + i, -1, 1);
                else if (c == 1) fmpq_set_si(lam + i, 1, 2);
                else if (c == 2) fmpq_set_si(lam + i, -3, 2);
                else fmpq_set_si(lam + i, c - 3, 1);
            }
            if (kind == WK_WEYL_PARABOLIC)
                for (i = 0; i < n; i++)
                    if (fmpz_is_one(fmpq_denref(lam + i)) && fmpq_sgn(lam + i) >= 0 && n_randint(st, 3))
                        J |= UWORD(1) << i;
            snprintf(label, sizeof label, "%s %s #%ld", types[t],
                     kind == WK_WEYL_SIMPLE ? "simple" : kind == WK_WEYL_VERMA ? "verma" : "parabolic", (long) p);
            check_case(&S, R, lam, kind, J, st, label);
        }
        _fmpq_vec_clear(lam, n);
        wk_weyl_clear(R);
    }
    /* F4 regular: 1152 vertices */
    {
        fmpq *lam;
        wk_weyl_init_type(R, "F4");
        lam = _fmpq_vec_init(4);
        wk_weyl_rho(lam, R);
        CAP = FLINT_MAX(CAP, 1152);
        check_case(&S, R, lam, WK_WEYL_SIMPLE, 0, st, "F4 regular");
        _fmpq_vec_clear(lam, 4);
        wk_weyl_clear(R);
    }

    tap_diag("%ld cases, %ld faces, %ld face pairs, %ld tangent cones", S.cases, S.nfaces, S.npairs, S.ncones);
    TAP_OK(S.cases > 250, "enough cases (%ld)", S.cases);
    TAP_OK(S.fvec, "f-vector and bounded f-vector = hull (T5)");
    TAP_OK(S.faces, "every face w F_K: vertices and extreme rays = a hull face, bijectively (T2, T4)");
    TAP_OK(S.dims, "dim w F_K = |K|");
    TAP_OK(S.func, "exposing functionals cut out exactly the face");
    TAP_OK(S.leq, "inclusions by the double coset test (T6) = hull inclusions");
    TAP_OK(S.hasse, "Hasse diagram = hull covering relations");
    TAP_OK(S.hrep, "minimal H-representation = hull facets (and equations)");
    TAP_OK(S.tcone, "tangent cones (T7) = hull of the formula's cone = facets through the face");
    TAP_OK(S.canon, "canonical coset words");
    TAP_OK(S.stab, "Stab_K is the full setwise stabiliser of F_K in W_J (T4), small W_J enumerated");
    TAP_OK(S.t3, "T2/T3: phi_K exposes F_{K_min}; F_K = F_K' iff K_min = K'_min; the interval "
           "[K_min, K_min u (K_min^perp cap J0)]");
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
