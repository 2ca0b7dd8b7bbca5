/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/fvector.c: f-vectors and face-type tables without the orbit (spec
   4.4, T5):  f_k = sum_{K admissible, |K| = k} |W_J| / (|W_{K cap J}| |W_{K^perp cap J0}|).
   The sum factorises over the components C of I_S (faces of a product are
   products of faces), so the 2^d mask loop runs per component. */
#include <stdlib.h>
#include <string.h>
#include "impl.h"

typedef struct {
    ulong K, stab;
    slong dim;
    fmpz_t count;
    int bounded;
} row_t;

typedef struct {
    slong len, alloc;
    row_t *rows;
} rows_t;

static void rows_push(rows_t *r, ulong K, ulong stab, const fmpz_t count, int bounded)
{
    if (r->len == r->alloc) {
        r->alloc = FLINT_MAX(16, 2 * r->alloc);
        r->rows = flint_realloc(r->rows, r->alloc * sizeof(row_t));
    }
    r->rows[r->len].K = K;
    r->rows[r->len].stab = stab;
    r->rows[r->len].dim = _wk_popcount(K);
    fmpz_init_set(r->rows[r->len].count, count);
    r->rows[r->len].bounded = bounded;
    r->len++;
}

static void rows_clear(rows_t *r)
{
    slong i;
    for (i = 0; i < r->len; i++) fmpz_clear(r->rows[i].count);
    flint_free(r->rows);
    r->len = r->alloc = 0;
    r->rows = NULL;
}

/* The mask loop on one component C of I_S (|C| = m <= 24).  Adds the face
   generating polynomials into poly/bpoly (length m+1, zeroed by the caller)
   and, if rows != NULL, the rows with K inside C and the C-part of Stab_K. */
static wk_status comp_loop(fmpz *poly, fmpz *bpoly, rows_t *rows, const wk_weyl_hw_t V, ulong C,
                           _wk_ordcache_t oc)
{
    const wk_weyl_struct *R = V->R;
    const ulong *adj = R->adj;
    slong m = _wk_popcount(C), i;
    slong nodes[64];
    ulong x, sub, infD[64], JC = V->J & C, finpart = 0;
    slong ninf = 0;
    fmpz_t num, den, t, ratio;
    wk_status st = WK_OK;
    ulong local_adj[64], lJ = 0, lJ0 = 0, lS = 0;

    if (m > WK_WEYL_MAX_MASK_RANK)
        return wk_error(WK_E_TOO_LARGE, "rank %ld of a component of the active part exceeds %d "
                        "(the 2^d mask loop of the face count)", (long) m, WK_WEYL_MAX_MASK_RANK);
    for (i = 0, x = C; x; x &= x - 1) nodes[i++] = _wk_lowbit(x);
    fmpz_init(num); fmpz_init(den); fmpz_init(t); fmpz_init(ratio);
    /* components D of J cap C: finite ones multiply num, infinite ones must
       lie inside Stab_K */
    fmpz_one(num);
    for (x = JC; x; ) {
        ulong D = _wk_component(adj, x, _wk_lowbit(x));
        x &= ~D;
        if (_wk_ordcache_get(t, oc, R, D)) { fmpz_mul(num, num, t); finpart |= D; }
        else infD[ninf++] = D;
    }
    /* local bit representation: bit p = nodes[p] */
    for (i = 0; i < m; i++) {
        slong j;
        local_adj[i] = 0;
        for (j = 0; j < m; j++) if (adj[nodes[i]] >> nodes[j] & 1) local_adj[i] |= UWORD(1) << j;
        if (V->J >> nodes[i] & 1) lJ |= UWORD(1) << i;
        if (V->J0 >> nodes[i] & 1) lJ0 |= UWORD(1) << i;
        if (V->S >> nodes[i] & 1) lS |= UWORD(1) << i;
    }
    for (sub = 0; sub < (UWORD(1) << m); sub++) {
        ulong Lloc, perp, L, K;
        slong k;
        if ((sub & 65535) == 65535) {
            if (wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
            if ((sub & ((UWORD(1) << 20) - 1)) == (UWORD(1) << 20) - 1)
                wk_progress("face count", (double) sub, (double) (UWORD(1) << m));
        }
        if (_wk_reach(local_adj, sub, lS) != sub) continue;          /* admissible */
        perp = _wk_full(m) & ~sub & ~_wk_nbrs(local_adj, sub);
        Lloc = (sub & lJ) | (perp & lJ0);
        /* back to global masks */
        K = 0; L = 0;
        for (x = sub; x; x &= x - 1) K |= UWORD(1) << nodes[_wk_lowbit(x)];
        for (x = Lloc; x; x &= x - 1) L |= UWORD(1) << nodes[_wk_lowbit(x)];
        for (k = 0; k < ninf; k++)
            if ((L & infD[k]) != infD[k]) {
                char buf[256];
                _wk_weyl_set_str(buf, sizeof buf, infD[k]);
                st = wk_error(WK_E_DOMAIN, "infinite: W_J is infinite (component %s of J not of "
                              "finite type) and the face count is infinite", buf);
                goto done;
            }
        fmpz_one(den);
        for (x = L & finpart; x; ) {
            ulong E = _wk_component(adj, x, _wk_lowbit(x));
            x &= ~E;
            _wk_ordcache_get(t, oc, R, E);
            fmpz_mul(den, den, t);
        }
        fmpz_divexact(ratio, num, den);
        k = _wk_popcount(sub);
        fmpz_add(poly + k, poly + k, ratio);
        if ((sub & ~lJ) == 0 && bpoly) fmpz_add(bpoly + k, bpoly + k, ratio);
        if (rows) rows_push(rows, K, L, ratio, (sub & ~lJ) == 0);
    }
done:
    fmpz_clear(num); fmpz_clear(den); fmpz_clear(t); fmpz_clear(ratio);
    return st;
}

static void poly_mul(fmpz *res, slong *rlen, const fmpz *p, slong plen)
{
    /* res (length *rlen) times p (length plen), in place (res has room) */
    slong nl = *rlen + plen - 1, i, j;
    fmpz *t = _fmpz_vec_init(nl);
    for (i = 0; i < *rlen; i++)
        for (j = 0; j < plen; j++) fmpz_addmul(t + i + j, res + i, p + j);
    _fmpz_vec_set(res, t, nl);
    _fmpz_vec_clear(t, nl);
    *rlen = nl;
}

wk_status wk_weyl_fvector(fmpz *f, fmpz *fb, const wk_weyl_hw_t V)
{
    const wk_weyl_struct *R = V->R;
    slong d = V->d, flen = 1, blen = 1;
    ulong rest = V->IS;
    _wk_ordcache_t oc;
    wk_status st = WK_OK;
    fmpz *bb = fb;

    _fmpz_vec_zero(f, d + 1);
    fmpz_one(f);
    if (bb == NULL) bb = _fmpz_vec_init(d + 1);
    else _fmpz_vec_zero(bb, d + 1);
    fmpz_one(bb);
    _wk_ordcache_init(oc);
    while (rest && st == WK_OK) {
        ulong C = _wk_component(R->adj, rest, _wk_lowbit(rest));
        slong m = _wk_popcount(C);
        fmpz *p, *q;
        rest &= ~C;
        if (m > WK_WEYL_MAX_MASK_RANK) {
            st = wk_error(WK_E_TOO_LARGE, "rank %ld of a component of the active part exceeds %d "
                          "(the 2^d mask loop of the face count)", (long) m, WK_WEYL_MAX_MASK_RANK);
            break;
        }
        p = _fmpz_vec_init(m + 1);
        q = _fmpz_vec_init(m + 1);
        st = comp_loop(p, q, NULL, V, C, oc);
        if (st == WK_OK) {
            poly_mul(f, &flen, p, m + 1);
            poly_mul(bb, &blen, q, m + 1);
        }
        _fmpz_vec_clear(p, m + 1);
        _fmpz_vec_clear(q, m + 1);
    }
    _wk_ordcache_clear(oc);
    if (fb == NULL) _fmpz_vec_clear(bb, d + 1);
    if (st != WK_OK) {
        _fmpz_vec_zero(f, d + 1);
        if (fb) _fmpz_vec_zero(fb, d + 1);
    }
    wk_progress_done();
    return st;
}

/* ---- the face-type table ---- */

void wk_weyl_face_table_init(wk_weyl_face_table_t T) { T->length = 0; T->rows = NULL; }

void wk_weyl_face_table_clear(wk_weyl_face_table_t T)
{
    slong i;
    for (i = 0; i < T->length; i++) fmpz_clear(T->rows[i].count);
    flint_free(T->rows);
    T->length = 0;
    T->rows = NULL;
}

static int cmp_type(const void *a, const void *b)
{
    ulong x = ((const wk_weyl_face_type_struct *) a)->K, y = ((const wk_weyl_face_type_struct *) b)->K;
    int px = _wk_popcount(x), py = _wk_popcount(y);
    ulong diff;
    if (px != py) return px < py ? -1 : 1;
    if (x == y) return 0;
    diff = x ^ y;
    return (x >> _wk_lowbit(diff) & 1) ? -1 : 1;
}

wk_status wk_weyl_face_table(wk_weyl_face_table_t T, const wk_weyl_hw_t V, slong limit)
{
    const wk_weyl_struct *R = V->R;
    ulong rest = V->IS, outside = _wk_full(V->n) & ~V->IS;
    slong nc = 0, c, total = 1, k;
    rows_t comp[64];
    _wk_ordcache_t oc;
    wk_status st = WK_OK;
    slong idx[64];

    _wk_ordcache_init(oc);
    while (rest) {
        ulong C = _wk_component(R->adj, rest, _wk_lowbit(rest));
        slong m = _wk_popcount(C);
        fmpz *p = _fmpz_vec_init(m + 1), *q = _fmpz_vec_init(m + 1);
        rest &= ~C;
        comp[nc].len = comp[nc].alloc = 0;
        comp[nc].rows = NULL;
        st = comp_loop(p, q, comp + nc, V, C, oc);
        nc++;
        _fmpz_vec_clear(p, m + 1);
        _fmpz_vec_clear(q, m + 1);
        if (st != WK_OK) break;
        if (total > limit / FLINT_MAX(comp[nc - 1].len, 1) + 1) total = limit + 1;
        else total *= comp[nc - 1].len;
        if (total > limit) {
            st = wk_error(WK_E_TOO_LARGE, "more than %ld face types: count exceeds limit %ld; use counts",
                          (long) limit, (long) limit);
            break;
        }
    }
    _wk_ordcache_clear(oc);
    if (st == WK_OK && total > limit)
        st = wk_error(WK_E_TOO_LARGE, "%ld face types: count exceeds limit %ld; use counts", (long) total, (long) limit);
    if (st != WK_OK) {
        for (c = 0; c < nc; c++) rows_clear(comp + c);
        wk_progress_done();
        return st;
    }
    wk_weyl_face_table_clear(T);
    T->rows = flint_malloc(FLINT_MAX(total, 1) * sizeof(wk_weyl_face_type_struct));
    T->length = total;
    for (c = 0; c < nc; c++) idx[c] = 0;
    for (k = 0; k < total; k++) {
        wk_weyl_face_type_struct *r = T->rows + k;
        r->K = 0; r->stab = outside; r->bounded = 1;
        fmpz_init(r->count);
        fmpz_one(r->count);
        for (c = 0; c < nc; c++) {
            row_t *x = comp[c].rows + idx[c];
            r->K |= x->K; r->stab |= x->stab;
            fmpz_mul(r->count, r->count, x->count);
            r->bounded &= x->bounded;
        }
        r->dim = _wk_popcount(r->K);
        /* odometer */
        for (c = 0; c < nc; c++) {
            if (++idx[c] < comp[c].len) break;
            idx[c] = 0;
        }
    }
    for (c = 0; c < nc; c++) rows_clear(comp + c);
    qsort(T->rows, T->length, sizeof(wk_weyl_face_type_struct), cmp_type);
    wk_progress_done();
    return WK_OK;
}
