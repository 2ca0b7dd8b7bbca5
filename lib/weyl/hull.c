/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/hull.c: an exact convex hull over Q, independent of the face
   formulas: conv(P) + cone(X) -> facets by the double description method
   (Motzkin et al. 1953; Fukuda-Prodon, "Double description method revisited",
   1996: combinatorial adjacency test) in integer arithmetic, then every face as
   an intersection of facets, with dimensions from exact ranks. */
#include <stdlib.h>
#include <string.h>
#include "impl.h"

/* ---- bitsets ---- */
static inline void bs_set(ulong *b, slong i) { b[i >> 6] |= UWORD(1) << (i & 63); }
static inline int bs_get(const ulong *b, slong i) { return (b[i >> 6] >> (i & 63)) & 1; }
static inline slong bs_count(const ulong *b, slong w)
{
    slong i, c = 0;
    for (i = 0; i < w; i++) c += _wk_popcount(b[i]);
    return c;
}
/* does b have a bit below nv? */
static inline int bs_any_below(const ulong *b, slong nv)
{
    slong i, full = nv >> 6;
    for (i = 0; i < full; i++) if (b[i]) return 1;
    if (nv & 63) return (b[full] & ((UWORD(1) << (nv & 63)) - 1)) != 0;
    return 0;
}
static inline int bs_subset(const ulong *a, const ulong *b, slong w)   /* a subset of b */
{
    slong i;
    for (i = 0; i < w; i++) if (a[i] & ~b[i]) return 0;
    return 1;
}

void wk_weyl_hull_init(wk_weyl_hull_t H)
{
    memset(H, 0, sizeof(wk_weyl_hull_struct));
    fmpz_mat_init(H->eq, 0, 0);
    fmpz_mat_init(H->ineq, 0, 0);
    H->dim = -1;
}

void wk_weyl_hull_clear(wk_weyl_hull_t H)
{
    fmpz_mat_clear(H->eq);
    fmpz_mat_clear(H->ineq);
    flint_free(H->vinc); flint_free(H->rinc); flint_free(H->fdim);
    flint_free(H->vert); flint_free(H->xray);
    memset(H, 0, sizeof(wk_weyl_hull_struct));
    fmpz_mat_init(H->eq, 0, 0);
    fmpz_mat_init(H->ineq, 0, 0);
    H->dim = -1;
}

/* incremental rank over Q with fraction-free rows (length len) */
typedef struct {
    slong len, rank;
    fmpz *rows;      /* rank rows, echelon: row k has pivot col piv[k] */
    slong *piv;
} echelon;

static void ech_init(echelon *E, slong len)
{
    E->len = len; E->rank = 0;
    E->rows = _fmpz_vec_init(len * len);
    E->piv = flint_malloc(len * sizeof(slong));
}
static void ech_clear(echelon *E) { _fmpz_vec_clear(E->rows, E->len * E->len); flint_free(E->piv); }

/* Inserts v; returns 1 if it raised the rank. */
static int ech_insert(echelon *E, const fmpz *v)
{
    slong len = E->len, k, j, p;
    fmpz *x = _fmpz_vec_init(len);
    fmpz_t a, b;
    int res = 0;
    fmpz_init(a); fmpz_init(b);
    _fmpz_vec_set(x, v, len);
    for (k = 0; k < E->rank; k++) {
        const fmpz *r = E->rows + k * len;
        p = E->piv[k];
        if (fmpz_is_zero(x + p)) continue;
        /* x <- r_p x - x_p r */
        fmpz_set(a, r + p); fmpz_set(b, x + p);
        for (j = 0; j < len; j++) {
            fmpz_mul(x + j, x + j, a);
            fmpz_submul(x + j, b, r + j);
        }
        _wk_fmpz_vec_primitive(x, len);
    }
    for (p = 0; p < len; p++) if (!fmpz_is_zero(x + p)) break;
    if (p < len) {
        _fmpz_vec_set(E->rows + E->rank * len, x, len);
        E->piv[E->rank] = p;
        E->rank++;
        res = 1;
    }
    fmpz_clear(a); fmpz_clear(b);
    _fmpz_vec_clear(x, len);
    return res;
}

/* ---- the double description method ---- */

typedef struct {
    slong r;          /* t-space dimension */
    slong words;      /* bitset words over the generators */
    slong len, alloc;
    fmpz *t;          /* len * r */
    ulong *z;         /* len * words: tight generators */
} rayset;

static void rs_init(rayset *S, slong r, slong words)
{
    S->r = r; S->words = words; S->len = 0; S->alloc = 16;
    S->t = _fmpz_vec_init(S->alloc * r);
    S->z = flint_calloc(S->alloc * words, sizeof(ulong));
}
static void rs_clear(rayset *S)
{
    _fmpz_vec_clear(S->t, S->alloc * S->r);
    flint_free(S->z);
}
static slong rs_push(rayset *S)
{
    if (S->len == S->alloc) {
        slong a = 2 * S->alloc, i;
        fmpz *t = _fmpz_vec_init(a * S->r);
        for (i = 0; i < S->len * S->r; i++) fmpz_swap(t + i, S->t + i);
        _fmpz_vec_clear(S->t, S->alloc * S->r);
        S->t = t;
        S->z = flint_realloc(S->z, a * S->words * sizeof(ulong));
        memset(S->z + S->alloc * S->words, 0, (a - S->alloc) * S->words * sizeof(ulong));
        S->alloc = a;
    }
    memset(S->z + S->len * S->words, 0, S->words * sizeof(ulong));
    return S->len++;
}

/* Facets of cone(G) (rows of G, m x c): sets *facets (rows, c columns), *inc
   (bitsets), returns the number, or -1 (too large / interrupt, error set). */
static wk_status dd_facets(slong *nfout, fmpz **facets, ulong **inc, const fmpz *G, slong m, slong c,
                           slong limit)
{
    slong words = (m + 63) / 64, r = 0, i, j, k, gi;
    slong *basis = flint_malloc(c * sizeof(slong));
    int *isbasis = flint_calloc(m, sizeof(int));
    echelon E;
    fmpz_mat_t B, M, Minv;
    fmpz_t den, s;
    fmpz *cg;
    rayset S, T;
    slong nf = 0;
    wk_status st = WK_OK;

    /* a basis of the row space among the generators */
    ech_init(&E, c);
    for (i = 0; i < m && r < c; i++)
        if (ech_insert(&E, G + i * c)) { basis[r++] = i; isbasis[i] = 1; }
    ech_clear(&E);
    fmpz_mat_init(B, r, c);
    for (i = 0; i < r; i++)
        for (j = 0; j < c; j++) fmpz_set(fmpz_mat_entry(B, i, j), G + basis[i] * c + j);
    fmpz_mat_init(M, r, r);
    fmpz_mat_init(Minv, r, r);
    fmpz_init(den); fmpz_init(s);
    for (i = 0; i < r; i++)
        for (j = 0; j < r; j++) {
            fmpz_zero(s);
            for (k = 0; k < c; k++) fmpz_addmul(s, G + basis[i] * c + k, G + basis[j] * c + k);
            fmpz_set(fmpz_mat_entry(M, i, j), s);
        }
    fmpz_mat_inv(Minv, den, M);   /* Minv / den = M^{-1}, M symmetric positive definite */
    rs_init(&S, r, words);
    for (i = 0; i < r; i++) {
        slong q = rs_push(&S);
        for (k = 0; k < r; k++) {
            fmpz_set(S.t + q * r + k, fmpz_mat_entry(Minv, k, i));
            if (fmpz_sgn(den) < 0) fmpz_neg(S.t + q * r + k, S.t + q * r + k);
        }
        _wk_fmpz_vec_primitive(S.t + q * r, r);
        for (j = 0; j < r; j++) if (j != i) bs_set(S.z + q * words, basis[j]);
    }
    cg = _fmpz_vec_init(r);
    rs_init(&T, r, words);
    for (gi = 0; gi < m; gi++) {
        slong np = 0, nn = 0, q;
        int *sign;
        fmpz *val;
        ulong *common = flint_malloc(words * sizeof(ulong));
        if (isbasis[gi]) { flint_free(common); continue; }
        if ((gi & 63) == 0 && wk_interrupted()) {
            flint_free(common);
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            goto fail;
        }
        /* constraint vector cg_k = B_k . g */
        for (k = 0; k < r; k++) {
            fmpz_zero(cg + k);
            for (j = 0; j < c; j++) fmpz_addmul(cg + k, fmpz_mat_entry(B, k, j), G + gi * c + j);
        }
        sign = flint_malloc(FLINT_MAX(S.len, 1) * sizeof(int));
        val = _fmpz_vec_init(FLINT_MAX(S.len, 1));
        for (q = 0; q < S.len; q++) {
            _fmpz_vec_dot(val + q, cg, S.t + q * r, r);
            sign[q] = fmpz_sgn(val + q);
            if (sign[q] > 0) np++;
            if (sign[q] < 0) nn++;
        }
        if (nn == 0) {
            for (q = 0; q < S.len; q++) if (sign[q] == 0) bs_set(S.z + q * words, gi);
            flint_free(sign); _fmpz_vec_clear(val, FLINT_MAX(S.len, 1)); flint_free(common);
            continue;
        }
        /* new set T: R+ and R0 kept, adjacent pairs combined */
        T.len = 0;
        for (q = 0; q < S.len; q++) {
            slong t;
            if (sign[q] < 0) continue;
            t = rs_push(&T);
            _fmpz_vec_set(T.t + t * r, S.t + q * r, r);
            memcpy(T.z + t * words, S.z + q * words, words * sizeof(ulong));
            if (sign[q] == 0) bs_set(T.z + t * words, gi);
        }
        for (i = 0; i < S.len; i++) {
            if (sign[i] <= 0) continue;
            for (j = 0; j < S.len; j++) {
                slong w2, o, t;
                int adj = 1;
                if (sign[j] >= 0) continue;
                for (w2 = 0; w2 < words; w2++) common[w2] = S.z[i * words + w2] & S.z[j * words + w2];
                if (bs_count(common, words) < r - 2) continue;
                for (o = 0; o < S.len && adj; o++)
                    if (o != i && o != j && bs_subset(common, S.z + o * words, words)) adj = 0;
                if (!adj) continue;
                t = rs_push(&T);
                /* val_i * t_j - val_j * t_i, val_i > 0 > val_j */
                for (k = 0; k < r; k++) {
                    fmpz_mul(T.t + t * r + k, val + i, S.t + j * r + k);
                    fmpz_submul(T.t + t * r + k, val + j, S.t + i * r + k);
                }
                _wk_fmpz_vec_primitive(T.t + t * r, r);
                memcpy(T.z + t * words, common, words * sizeof(ulong));
                bs_set(T.z + t * words, gi);
                if (T.len > 8 * limit + 1000) {
                    flint_free(sign); _fmpz_vec_clear(val, FLINT_MAX(S.len, 1)); flint_free(common);
                    st = wk_error(WK_E_TOO_LARGE, "the hull computation exceeds limit %ld", (long) limit);
                    goto fail;
                }
            }
        }
        flint_free(sign); _fmpz_vec_clear(val, FLINT_MAX(S.len, 1)); flint_free(common);
        { rayset tmp = S; S = T; T = tmp; }
    }
    nf = S.len;
    *facets = _fmpz_vec_init(FLINT_MAX(nf * c, 1));
    *inc = flint_malloc(FLINT_MAX(nf * words, 1) * sizeof(ulong));
    for (i = 0; i < nf; i++) {
        /* a = B^T t */
        for (j = 0; j < c; j++)
            for (k = 0; k < r; k++) fmpz_addmul(*facets + i * c + j, fmpz_mat_entry(B, k, j), S.t + i * r + k);
        _wk_fmpz_vec_primitive(*facets + i * c, c);
        memcpy(*inc + i * words, S.z + i * words, words * sizeof(ulong));
    }
    *nfout = nf;
fail:
    rs_clear(&S); rs_clear(&T);
    _fmpz_vec_clear(cg, r);
    fmpz_mat_clear(B); fmpz_mat_clear(M); fmpz_mat_clear(Minv);
    fmpz_clear(den); fmpz_clear(s);
    flint_free(basis); flint_free(isbasis);
    return st;
}

/* ---- faces as intersections of facets ---- */

static inline ulong hash_bits(const ulong *b, slong w)
{
    ulong h = 0x9E3779B97F4A7C15UL;
    slong i;
    for (i = 0; i < w; i++) { h ^= b[i]; h *= 0xBF58476D1CE4E5B9UL; h ^= h >> 31; }
    return h;
}

wk_status wk_weyl_hull(wk_weyl_hull_t H, const fmpq_mat_t P, const fmpz_mat_t X, slong limit)
{
    slong nv = fmpq_mat_nrows(P), nr = fmpz_mat_nrows(X), n = fmpq_mat_ncols(P);
    slong m = nv + nr, c = n + 1, i, j, k, words = (m + 63) / 64, nf, rank;
    fmpz *G, *F = NULL;
    ulong *inc = NULL;
    fmpz_mat_t Gm, N;
    slong nf0 = 0;
    fmpz_t l;
    wk_status st = WK_OK;

    if (nv == 0) return wk_error(WK_E_DIM, "the hull needs at least one point");
    if (nr > 0 && fmpz_mat_ncols(X) != n) return wk_error(WK_E_DIM, "points and rays differ in dimension");
    wk_weyl_hull_clear(H);
    G = _fmpz_vec_init(m * c);
    fmpz_init(l);
    for (i = 0; i < nv; i++) {
        fmpz_one(l);
        for (j = 0; j < n; j++) fmpz_lcm(l, l, fmpq_denref(fmpq_mat_entry(P, i, j)));
        fmpz_set(G + i * c, l);
        for (j = 0; j < n; j++) {
            fmpz_divexact(G + i * c + 1 + j, l, fmpq_denref(fmpq_mat_entry(P, i, j)));
            fmpz_mul(G + i * c + 1 + j, G + i * c + 1 + j, fmpq_numref(fmpq_mat_entry(P, i, j)));
        }
    }
    for (i = 0; i < nr; i++)
        for (j = 0; j < n; j++) fmpz_set(G + (nv + i) * c + 1 + j, fmpz_mat_entry(X, i, j));
    fmpz_clear(l);

    /* equations: the null space of G */
    fmpz_mat_init(Gm, m, c);
    for (i = 0; i < m; i++) for (j = 0; j < c; j++) fmpz_set(fmpz_mat_entry(Gm, i, j), G + i * c + j);
    fmpz_mat_init(N, c, c);
    rank = c - fmpz_mat_nullspace(N, Gm);
    H->n = n; H->nv = nv; H->nr = nr;
    H->dim = rank - 1;
    fmpz_mat_clear(H->eq);
    fmpz_mat_init(H->eq, c - rank, c);
    for (k = 0; k < c - rank; k++) {
        for (j = 0; j < c; j++) fmpz_set(fmpz_mat_entry(H->eq, k, j), fmpz_mat_entry(N, j, k));
        _wk_fmpz_vec_primitive(H->eq->rows[k], c);
    }
    fmpz_mat_clear(N);
    fmpz_mat_clear(Gm);

    /* facets */
    nf = 0;
    if (rank >= 2) {
        st = dd_facets(&nf, &F, &inc, G, m, c, limit);
        if (st != WK_OK) { _fmpz_vec_clear(G, m * c); wk_weyl_hull_clear(H); return st; }
    }
    nf0 = nf;
    {
        /* keep the facets that contain a point (drop the face at infinity) */
        slong keep = 0;
        for (i = 0; i < nf; i++) {
            if (!bs_any_below(inc + i * words, nv)) continue;
            if (keep != i) {
                _fmpz_vec_set(F + keep * c, F + i * c, c);
                memcpy(inc + keep * words, inc + i * words, words * sizeof(ulong));
            }
            keep++;
        }
        nf = keep;
    }
    if (nf > limit) {
        _fmpz_vec_clear(G, m * c);
        if (F) _fmpz_vec_clear(F, FLINT_MAX(nf0 * c, 1));
        flint_free(inc);
        wk_weyl_hull_clear(H);
        return wk_error(WK_E_TOO_LARGE, "%ld facets exceeds limit %ld", (long) nf, (long) limit);
    }
    fmpz_mat_clear(H->ineq);
    fmpz_mat_init(H->ineq, nf, c);
    for (i = 0; i < nf; i++) for (j = 0; j < c; j++) fmpz_set(fmpz_mat_entry(H->ineq, i, j), F + i * c + j);

    /* faces: closure of {P} under intersection with facets */
    {
        slong cap = 64, len = 1, head, tcap = 128;
        ulong *faces = flint_calloc(cap * words, sizeof(ulong));
        slong *table = flint_malloc(tcap * sizeof(slong));
        ulong *tmp = flint_malloc(words * sizeof(ulong));
        for (k = 0; k < tcap; k++) table[k] = -1;
        for (k = 0; k < m; k++) bs_set(faces, k);
        table[hash_bits(faces, words) & (tcap - 1)] = 0;
        for (head = 0; head < len && st == WK_OK; head++) {
            if ((head & 255) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
            for (i = 0; i < nf; i++) {
                slong w2, pos;
                int haspt = 0, same = 1;
                for (w2 = 0; w2 < words; w2++) {
                    tmp[w2] = faces[head * words + w2] & inc[i * words + w2];
                    if (tmp[w2] != faces[head * words + w2]) same = 0;
                }
                if (same) continue;
                haspt = bs_any_below(tmp, nv);
                if (!haspt) continue;
                pos = hash_bits(tmp, words) & (tcap - 1);
                while (table[pos] >= 0 && memcmp(faces + table[pos] * words, tmp, words * sizeof(ulong)))
                    pos = (pos + 1) & (tcap - 1);
                if (table[pos] >= 0) continue;
                if (len >= limit) { st = wk_error(WK_E_TOO_LARGE, "more than %ld faces: count exceeds limit %ld",
                                                  (long) limit, (long) limit); break; }
                if (len == cap) { cap *= 2; faces = flint_realloc(faces, cap * words * sizeof(ulong)); }
                memcpy(faces + len * words, tmp, words * sizeof(ulong));
                table[pos] = len++;
                if (2 * len > tcap) {
                    slong q;
                    tcap *= 4;
                    table = flint_realloc(table, tcap * sizeof(slong));
                    for (q = 0; q < tcap; q++) table[q] = -1;
                    for (q = 0; q < len; q++) {
                        slong p2 = hash_bits(faces + q * words, words) & (tcap - 1);
                        while (table[p2] >= 0) p2 = (p2 + 1) & (tcap - 1);
                        table[p2] = q;
                    }
                }
            }
        }
        flint_free(table); flint_free(tmp);
        if (st == WK_OK) {
            slong vw = (nv + 63) / 64, rw = (nr + 63) / 64;
            H->nfaces = len;
            H->words = FLINT_MAX(vw, rw);
            if (H->words == 0) H->words = 1;
            H->vinc = flint_calloc(len * H->words, sizeof(ulong));
            H->rinc = flint_calloc(len * H->words, sizeof(ulong));
            H->fdim = flint_malloc(len * sizeof(slong));
            H->vert = flint_calloc(FLINT_MAX(nv, 1), sizeof(int));
            H->xray = flint_calloc(FLINT_MAX(nr, 1), sizeof(int));
            for (k = 0; k < len; k++) {
                echelon E2;
                ech_init(&E2, c);
                for (i = 0; i < m; i++) {
                    if (!bs_get(faces + k * words, i)) continue;
                    if (i < nv) bs_set(H->vinc + k * H->words, i);
                    else bs_set(H->rinc + k * H->words, i - nv);
                    if (E2.rank < rank) ech_insert(&E2, G + i * c);
                }
                H->fdim[k] = E2.rank - 1;
                ech_clear(&E2);
                if (H->fdim[k] == 0) {
                    for (i = 0; i < nv; i++) if (bs_get(H->vinc + k * H->words, i)) { H->vert[i] = 1; break; }
                }
                if (H->fdim[k] == 1) {
                    slong nrays = 0, first = -1;
                    for (i = 0; i < nr; i++) if (bs_get(H->rinc + k * H->words, i)) { nrays++; if (first < 0) first = i; }
                    if (first >= 0) H->xray[first] = 1;
                }
            }
        }
        flint_free(faces);
    }
    _fmpz_vec_clear(G, m * c);
    if (F) _fmpz_vec_clear(F, FLINT_MAX(nf0 * c, 1));
    flint_free(inc);
    if (st != WK_OK) { wk_weyl_hull_clear(H); }
    return st;
}

void wk_weyl_hull_fvector(fmpz *f, fmpz *fb, const wk_weyl_hull_t H)
{
    slong k, i;
    int bounded;
    _fmpz_vec_zero(f, H->dim + 1);
    if (fb) _fmpz_vec_zero(fb, H->dim + 1);
    for (k = 0; k < H->nfaces; k++) {
        fmpz_add_ui(f + H->fdim[k], f + H->fdim[k], 1);
        bounded = 1;
        for (i = 0; i < H->words; i++) if (H->rinc[k * H->words + i]) bounded = 0;
        if (fb && bounded) fmpz_add_ui(fb + H->fdim[k], fb + H->fdim[k], 1);
    }
}

wk_status wk_weyl_faces_hull(wk_weyl_hull_t H, const wk_weyl_hw_t V, slong limit)
{
    const wk_weyl_struct *R = V->R;
    slong n = V->n, k, j, nr = 0, row;
    wk_weyl_orbit_t O;
    fmpq_mat_t P;
    fmpz_mat_t X;
    wk_status st = _wk_weyl_check_finite(R, "the hull");
    if (st != WK_OK) return st;
    if (R->npos < 0)
        return wk_error(WK_E_TOO_LARGE, "the root table of %s exceeds %d entries", R->name, WK_WEYL_MAX_ROOT_ENTRIES);
    wk_weyl_orbit_init(O);
    st = wk_weyl_orbit(O, R, V->lambda, V->J, limit);
    if (st != WK_OK) { wk_weyl_orbit_clear(O); return st; }
    fmpq_mat_init(P, O->length, n);
    for (k = 0; k < O->length; k++)
        for (j = 0; j < n; j++) fmpq_set_fmpz_frac(fmpq_mat_entry(P, k, j), O->num + k * n + j, O->den);
    wk_weyl_orbit_clear(O);
    for (k = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        for (j = 0; j < n; j++) if (c[j] && !(V->J >> j & 1)) { nr++; break; }
    }
    fmpz_mat_init(X, nr, n);
    for (k = 0, row = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        int out = 0;
        for (j = 0; j < n; j++) if (c[j] && !(V->J >> j & 1)) out = 1;
        if (!out) continue;
        for (j = 0; j < n; j++) {
            slong s = 0, l;
            for (l = 0; l < n; l++) s += R->a[j * n + l] * c[l];
            fmpz_set_si(fmpz_mat_entry(X, row, j), -s);
        }
        row++;
    }
    st = wk_weyl_hull(H, P, X, limit);
    fmpq_mat_clear(P);
    fmpz_mat_clear(X);
    return st;
}
