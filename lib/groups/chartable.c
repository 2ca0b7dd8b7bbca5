/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/chartable.c: the character table object (a pool of distinct
   cyclotomic values and an r x r index matrix), its exact verification, the
   ordering of irreducibles, and table-level data: Frobenius-Schur
   indicators, fusion coefficients, class fusion and restriction matrices. */
#include <stdlib.h>
#include <flint/nmod_mat.h>
#include <flint/ulong_extras.h>
#include <flint/fmpz_vec.h>
#include <arb.h>
#include "impl.h"

void _wk_table_free(table_struct * T)
{
    slong i;
    if (T == NULL) return;
    for (i = 0; i < T->npool; i++) wk_cyc_clear(T->pool + i);
    flint_free(T->pool);
    flint_free(T->phash);
    flint_free(T->irr);
    flint_free(T->degree);
    flint_free(T);
}

static slong pool_slot(const table_struct * T, const wk_cyc_t x, ulong h)
{
    slong i = h & (T->hsize - 1);
    while (T->phash[i] >= 0) {
        if (wk_cyc_equal(T->pool + T->phash[i], x)) return i;
        i = (i + 1) & (T->hsize - 1);
    }
    return i;
}

slong _wk_table_pool_find(const table_struct * T, const wk_cyc_t x)
{
    slong s;
    if (T->hsize == 0) return -1;
    s = pool_slot(T, x, _wk_cyc_hash(x));
    return T->phash[s];
}

slong _wk_table_pool_insert(table_struct * T, const wk_cyc_t x)
{
    slong s, i;
    if (2 * (T->npool + 1) > T->hsize) {
        slong nh = T->hsize ? 2 * T->hsize : 64;
        T->phash = flint_realloc(T->phash, nh * sizeof(slong));
        T->hsize = nh;
        for (i = 0; i < nh; i++) T->phash[i] = -1;
        for (i = 0; i < T->npool; i++)
            T->phash[pool_slot(T, T->pool + i, _wk_cyc_hash(T->pool + i))] = i;
    }
    s = pool_slot(T, x, _wk_cyc_hash(x));
    if (T->phash[s] >= 0) return T->phash[s];
    if (T->npool == T->palloc) {
        T->palloc = T->palloc ? 2 * T->palloc : 64;
        T->pool = flint_realloc(T->pool, T->palloc * sizeof(wk_cyc_struct));
    }
    wk_cyc_init(T->pool + T->npool);
    wk_cyc_set(T->pool + T->npool, x);
    T->phash[s] = T->npool;
    return T->npool++;
}

/* generators of (Z/e)^*: all small units coprime to e suffice when few; we
   take the units below 2*log(e)+... simply: a generating set by closure */
static slong unit_generators(slong * gens, slong e)
{
    char * in;
    slong * elts, ne = 1, ng = 0, a, i, j;
    if (e <= 2) return 0;
    in = flint_calloc(e, 1);
    elts = flint_malloc(e * sizeof(slong));
    in[1] = 1;
    elts[0] = 1;
    for (a = 2; a < e; a++) {
        if (in[a] || _wk_gcd(a, e) != 1) continue;
        gens[ng++] = a;
        /* closure */
        for (i = 0; i < ne; i++) {
            slong x = elts[i];
            for (j = 0; j < ng; j++) {
                slong y = (slong) (((ulong) x * (ulong) gens[j]) % (ulong) e);
                if (!in[y]) { in[y] = 1; elts[ne++] = y; }
            }
        }
    }
    flint_free(in);
    flint_free(elts);
    return ng;
}

static ulong verification_prime(ulong N, slong e, ulong * root)
{
    /* p = 1 mod e, p > N^2 + N (N <= 2^31) */
    ulong lo = N * N + N + 1, t, p;
    nmod_t mod;
    t = lo / (ulong) e + 1;
    for (;; t++) {
        p = t * (ulong) e + 1;
        if (n_is_prime(p)) break;
    }
    nmod_init(&mod, p);
    *root = nmod_pow_ui(n_primitive_root_prime(p), (p - 1) / (ulong) e, mod);
    return p;
}

typedef struct {
    ulong h;
    slong row;
} rowkey;

static ulong row_hash(const uint32_t * v, slong r)
{
    ulong h = 1469598103934665603UL;
    slong k;
    for (k = 0; k < r; k++) { h ^= v[k]; h *= 1099511628211UL; }
    return h;
}

/* finds row v in the hashed row set (size hs, entries row indices or -1) */
static slong row_find(const table_struct * T, const slong * hs, slong hsize, const uint32_t * v)
{
    slong r = T->r, i = row_hash(v, r) & (hsize - 1);
    while (hs[i] >= 0) {
        if (memcmp(T->irr + hs[i] * r, v, r * sizeof(uint32_t)) == 0) return hs[i];
        i = (i + 1) & (hsize - 1);
    }
    return -1;
}

wk_status _wk_table_verify(table_struct * T, wk_group_struct * G)
{
    classes_struct * C = G->cls;
    slong r = T->r, e = C->exponent, i, k, a, ng;
    ulong N = C->gorder, p, z, zinv;
    nmod_t mod;
    wk_status st = WK_OK;
    fmpz_t sum, t, dd;
    slong ugens[64];
    mp_limb_t * iv, * ivc;

    /* degrees and sum of squares */
    fmpz_init(sum); fmpz_init(t); fmpz_init(dd);
    for (i = 0; i < r && st == WK_OK; i++) {
        const wk_cyc_struct * v = T->pool + T->irr[i * r];
        if (v->n != 1 || !fmpz_is_one(v->den) || fmpz_cmp_si(v->c, T->degree[i]) != 0)
            st = wk_error(WK_E_INTERNAL, "table verification: degree column");
        fmpz_add_ui(sum, sum, (ulong) T->degree[i] * (ulong) T->degree[i]);
    }
    if (st == WK_OK && fmpz_cmp_ui(sum, N) != 0)
        st = wk_error(WK_E_INTERNAL, "table verification: sum of chi(1)^2 is not |G|");
    /* values are algebraic integers (the Zumbroich basis is integral) */
    for (i = 0; i < T->npool && st == WK_OK; i++)
        if (!fmpz_is_one(T->pool[i].den))
            st = wk_error(WK_E_INTERNAL, "table verification: a value is not integral");
    /* central characters |C_k| chi(g_k)/chi(1) are integral: chi(1)/gcd(chi(1),
       |C_k|) divides the content of chi(g_k) (the basis is integral) */
    {
        fmpz * content = _fmpz_vec_init(T->npool ? T->npool : 1);
        for (i = 0; i < T->npool; i++) _fmpz_vec_content(content + i, T->pool[i].c, T->pool[i].n);
        for (i = 0; i < r && st == WK_OK; i++)
            for (k = 0; k < r && T->degree[i] > 1; k++) {
                slong d = T->degree[i] / _wk_gcd(T->degree[i], C->size[k]);
                if (d > 1 && !fmpz_divisible_si(content + T->irr[i * r + k], d)) {
                    st = wk_error(WK_E_INTERNAL, "table verification: central character not integral");
                    break;
                }
            }
        _fmpz_vec_clear(content, T->npool ? T->npool : 1);
    }
    fmpz_clear(sum); fmpz_clear(t); fmpz_clear(dd);
    if (st != WK_OK) return st;

    /* Galois closure of the set of rows */
    ng = unit_generators(ugens, e > 2 ? e : 2);
    {
        slong hsize = 16, * hs;
        uint32_t * img = flint_malloc(r * sizeof(uint32_t));
        slong * gal = flint_malloc((T->npool ? T->npool : 1) * sizeof(slong));
        wk_cyc_t y;
        wk_cyc_init(y);
        while (hsize < 2 * r) hsize *= 2;
        hs = flint_malloc(hsize * sizeof(slong));
        for (i = 0; i < hsize; i++) hs[i] = -1;
        for (i = 0; i < r; i++) {
            slong s = row_hash(T->irr + i * r, r) & (hsize - 1);
            while (hs[s] >= 0) s = (s + 1) & (hsize - 1);
            hs[s] = i;
        }
        for (a = 0; a < ng && st == WK_OK; a++) {
            slong np = T->npool;
            for (i = 0; i < np && st == WK_OK; i++) {
                wk_cyc_galois(y, T->pool + i, ugens[a]);
                gal[i] = _wk_table_pool_find(T, y);
                if (gal[i] < 0) st = wk_error(WK_E_INTERNAL, "table verification: values not Galois closed");
            }
            for (i = 0; i < r && st == WK_OK; i++) {
                for (k = 0; k < r; k++) img[k] = (uint32_t) gal[T->irr[i * r + k]];
                if (row_find(T, hs, hsize, img) < 0)
                    st = wk_error(WK_E_INTERNAL, "table verification: rows not Galois closed");
            }
        }
        wk_cyc_clear(y);
        flint_free(hs);
        flint_free(img);
        flint_free(gal);
    }
    if (st != WK_OK) return st;

    /* orthogonality modulo p > |G|^2 + |G|, p = 1 mod e */
    p = verification_prime(N, e, &z);
    nmod_init(&mod, p);
    zinv = n_invmod(z, p);
    T->vprime = p;
    T->vroot = z;
    iv = flint_malloc((T->npool ? T->npool : 1) * sizeof(mp_limb_t));
    ivc = flint_malloc((T->npool ? T->npool : 1) * sizeof(mp_limb_t));
    for (i = 0; i < T->npool; i++) {
        iv[i] = _wk_cyc_reduce_mod(T->pool + i, e, z, mod);
        ivc[i] = _wk_cyc_reduce_mod(T->pool + i, e, zinv, mod);
    }
    {
        /* the centre: rows over distinct central characters are orthogonal
           once chi(z g) = lambda(z) chi(g) is checked for generators z */
        slong n = G->n, nz = 0, nzg = 0, * zgen = NULL, * zmul = NULL, * parent, norb = 0;
        slong * orep, * osize, * oof;
        pt * x = flint_malloc(n * sizeof(pt)), * b = flint_malloc((G->bsgs->k + 1) * sizeof(pt));
        ulong * lam;
        for (k = 0; k < r; k++) if (C->size[k] == 1) nz++;
        if (nz > 1) {
            /* generators of Z by closure */
            char * inS = flint_calloc(r, 1);
            slong * S = flint_malloc(nz * sizeof(slong)), ns = 1, q, g2, kq;
            zgen = flint_malloc(nz * sizeof(slong));
            inS[0] = 1;
            S[0] = 0;
            /* candidates by decreasing element order: few generators */
            for (kq = r - 1; kq >= 1; kq--) {
                k = kq;
                if (C->size[k] != 1 || inS[k]) continue;
                zgen[nzg++] = k;
                for (q = 0; q < ns; q++)
                    for (g2 = 0; g2 < nzg; g2++) {
                        slong c;
                        _perm_mul(x, C->reps + S[q] * n, C->reps + zgen[g2] * n, n);
                        c = _wk_class_of_raw(G, x, b);
                        if (!inS[c]) { inS[c] = 1; S[ns++] = c; }
                    }
            }
            flint_free(inS);
            flint_free(S);
            zmul = flint_malloc(nzg * r * sizeof(slong));
            for (a = 0; a < nzg; a++)
                for (k = 0; k < r; k++) {
                    _perm_mul(x, C->reps + k * n, C->reps + zgen[a] * n, n);
                    zmul[a * r + k] = _wk_class_of_raw(G, x, b);
                }
        }
        /* lambda_i(z) = chi_i(z)/chi_i(1); check chi(z g) = lambda(z) chi(g) */
        lam = flint_malloc((nzg * r > 0 ? nzg * r : 1) * sizeof(ulong));
        for (i = 0; i < r && st == WK_OK; i++)
            for (a = 0; a < nzg && st == WK_OK; a++) {
                ulong l = nmod_mul(iv[T->irr[i * r + zgen[a]]], n_invmod(T->degree[i] % p, p), mod);
                lam[i * nzg + a] = l;
                for (k = 0; k < r; k++)
                    if (iv[T->irr[i * r + zmul[a * r + k]]] != nmod_mul(l, iv[T->irr[i * r + k]], mod)) {
                        st = wk_error(WK_E_INTERNAL, "table verification: central character relation");
                        break;
                    }
            }
        /* Z-orbits on classes (union-find) */
        parent = flint_malloc(r * sizeof(slong));
        for (k = 0; k < r; k++) parent[k] = k;
        for (a = 0; a < nzg; a++)
            for (k = 0; k < r; k++) {
                slong u = k, v = zmul[a * r + k];
                while (parent[u] != u) u = parent[u];
                while (parent[v] != v) v = parent[v];
                if (u != v) parent[FLINT_MAX(u, v)] = FLINT_MIN(u, v);
            }
        orep = flint_malloc(r * sizeof(slong));
        osize = flint_calloc(r, sizeof(slong));
        oof = flint_malloc(r * sizeof(slong));
        for (k = 0; k < r; k++) {
            slong u = k;
            while (parent[u] != u) u = parent[u];
            if (u == k) { oof[k] = norb; orep[norb++] = k; }
            else oof[k] = oof[u];
            osize[oof[k]]++;
        }
        /* blocks of rows with equal lambda */
        if (st == WK_OK) {
            slong * members = flint_malloc(r * sizeof(slong));
            char * used = flint_calloc(r, 1);
            /* group rows by lambda through a hash of their lambda vectors */
            slong hs = 16, * hh, * next = flint_malloc(r * sizeof(slong)), * head;
            while (hs < 2 * r) hs *= 2;
            hh = flint_malloc(hs * sizeof(slong));
            head = flint_malloc(r * sizeof(slong));
            for (i = 0; i < hs; i++) hh[i] = -1;
            for (i = 0; i < r; i++) { next[i] = -1; head[i] = i; }
            for (i = 0; i < r; i++) {
                ulong h = 3;
                slong s2;
                for (a = 0; a < nzg; a++) h = h * UWORD(1099511628211) + lam[i * nzg + a];
                s2 = (slong) ((h ^ (h >> 29)) & (hs - 1));
                while (hh[s2] >= 0 && memcmp(lam + hh[s2] * nzg, lam + i * nzg, nzg * sizeof(ulong)))
                    s2 = (s2 + 1) & (hs - 1);
                if (hh[s2] < 0) hh[s2] = i;
                else {
                    /* append i to the block of hh[s2] */
                    slong t = hh[s2];
                    while (next[t] >= 0) t = next[t];
                    next[t] = i;
                    head[i] = hh[s2];
                }
            }
            for (i = 0; i < r && st == WK_OK; i++) {
                slong nm = 0, j, o;
                nmod_mat_t A, Bm, M;
                if (used[i] || head[i] != i) continue;
                for (j = i; j >= 0; j = next[j]) {
                    used[j] = 1;
                    members[nm++] = j;
                }
                nmod_mat_init(A, nm, norb, p);
                nmod_mat_init(Bm, norb, nm, p);
                nmod_mat_init(M, nm, nm, p);
                for (j = 0; j < nm; j++)
                    for (o = 0; o < norb; o++) {
                        slong c = orep[o];
                        ulong w = nmod_mul(_wk_nmod_red((ulong) C->size[c] * (ulong) osize[o], mod),
                                           ivc[T->irr[members[j] * r + c]], mod);
                        nmod_mat_entry(A, j, o) = iv[T->irr[members[j] * r + c]];
                        nmod_mat_entry(Bm, o, j) = w;
                    }
                nmod_mat_mul(M, A, Bm);
                for (j = 0; j < nm && st == WK_OK; j++)
                    for (o = 0; o < nm; o++)
                        if (nmod_mat_entry(M, j, o) != (j == o ? _wk_nmod_red(N, mod) : 0)) {
                            st = wk_error(WK_E_INTERNAL, "table verification: rows %ld and %ld are not orthonormal",
                                          (long) members[j] + 1, (long) members[o] + 1);
                            break;
                        }
                nmod_mat_clear(A); nmod_mat_clear(Bm); nmod_mat_clear(M);
            }
            flint_free(hh); flint_free(next); flint_free(head);
            flint_free(members); flint_free(used);
        }
        flint_free(parent); flint_free(orep); flint_free(osize); flint_free(oof);
        flint_free(lam); flint_free(zgen); flint_free(zmul);
        flint_free(x); flint_free(b);
    }
    flint_free(iv);
    flint_free(ivc);
    return st;
}

/* ---- ordering of the irreducibles ------------------------------------------ */
typedef struct {
    const table_struct * T;
    char * triv;          /* row is the trivial character */
    arb_struct * re, * im;  /* 64-bit enclosures of every pool value */
} sort_ctx;

/* compares pool values x != y as complex numbers, real part first */
static int val_cmp(const sort_ctx * S, uint32_t x, uint32_t y)
{
    if (arb_lt(S->re + x, S->re + y)) return -1;
    if (arb_gt(S->re + x, S->re + y)) return 1;
    /* real parts not separated by the balls (possibly equal): decide exactly */
    return wk_cyc_cmp(S->T->pool + x, S->T->pool + y);
}

static int row_cmp(const sort_ctx * S, slong a, slong b)
{
    const table_struct * T = S->T;
    slong r = T->r, k;
    if (S->triv[a] != S->triv[b]) return S->triv[a] ? -1 : 1;
    if (T->degree[a] != T->degree[b]) return T->degree[a] < T->degree[b] ? -1 : 1;
    for (k = 0; k < r; k++) {
        uint32_t x = T->irr[a * r + k], y = T->irr[b * r + k];
        if (x != y) return val_cmp(S, x, y);
    }
    return 0;
}

static void merge_sort(slong * idx, slong * tmp, slong len, const sort_ctx * S)
{
    slong h = len / 2, i = 0, j = h, t = 0;
    if (len < 2) return;
    merge_sort(idx, tmp, h, S);
    merge_sort(idx + h, tmp, len - h, S);
    while (i < h && j < len) tmp[t++] = row_cmp(S, idx[j], idx[i]) < 0 ? idx[j++] : idx[i++];
    while (i < h) tmp[t++] = idx[i++];
    while (j < len) tmp[t++] = idx[j++];
    memcpy(idx, tmp, len * sizeof(slong));
}

static void sort_rows(table_struct * T)
{
    slong r = T->r, i, k;
    slong * idx = flint_malloc(r * sizeof(slong)), * tmp = flint_malloc(r * sizeof(slong));
    uint32_t * irr = flint_malloc(r * r * sizeof(uint32_t));
    slong * deg = flint_malloc(r * sizeof(slong));
    sort_ctx S;
    acb_t z;
    S.T = T;
    S.triv = flint_calloc(r, 1);
    S.re = _arb_vec_init(T->npool ? T->npool : 1);
    S.im = _arb_vec_init(T->npool ? T->npool : 1);
    acb_init(z);
    for (i = 0; i < T->npool; i++) {
        wk_cyc_get_acb(z, T->pool + i, 64);
        arb_set(S.re + i, acb_realref(z));
        arb_set(S.im + i, acb_imagref(z));
    }
    for (i = 0; i < r; i++) {
        S.triv[i] = 1;
        for (k = 0; k < r && S.triv[i]; k++)
            if (!wk_cyc_is_one(T->pool + T->irr[i * r + k])) S.triv[i] = 0;
    }
    for (i = 0; i < r; i++) idx[i] = i;
    merge_sort(idx, tmp, r, &S);
    for (i = 0; i < r; i++) {
        memcpy(irr + i * r, T->irr + idx[i] * r, r * sizeof(uint32_t));
        deg[i] = T->degree[idx[i]];
    }
    flint_free(T->irr);
    flint_free(T->degree);
    T->irr = irr;
    T->degree = deg;
    acb_clear(z);
    _arb_vec_clear(S.re, T->npool ? T->npool : 1);
    _arb_vec_clear(S.im, T->npool ? T->npool : 1);
    flint_free(S.triv);
    flint_free(idx);
    flint_free(tmp);
}

wk_status wk_group_chartable(wk_group_struct * G)
{
    table_struct * T;
    wk_status st;
    slong i;
    if (G->tab) return WK_OK;
    st = wk_group_classes(G);
    if (st != WK_OK) return st;
    st = _wk_dixon_schneider(&T, G);
    if (st != WK_OK) return st;
    sort_rows(T);
    T->conductor = 1;
    for (i = 0; i < T->npool; i++) T->conductor = _wk_lcm(T->conductor, T->pool[i].n);
    G->tab = T;
    return WK_OK;
}

slong wk_group_irr_degree(const wk_group_struct * G, slong i) { return G->tab->degree[i]; }

void wk_group_irr_value(wk_cyc_t v, const wk_group_struct * G, slong i, slong k)
{
    wk_cyc_set(v, G->tab->pool + G->tab->irr[i * G->tab->r + k]);
}

slong wk_group_conductor(const wk_group_struct * G) { return G->tab->conductor; }

/* ---- table-level data, computed modulo the verification prime --------------- */
static ulong signed_lift(ulong x, ulong p, slong * out)
{
    if (x > p / 2) { *out = -(slong) (p - x); return 1; }
    *out = (slong) x;
    return 0;
}

wk_status wk_group_fs_indicators(slong * ind, wk_group_struct * G)
{
    table_struct * T;
    classes_struct * C;
    slong r, i, k;
    nmod_t mod;
    ulong Ninv;
    wk_status st = wk_group_chartable(G);
    if (st != WK_OK) return st;
    T = G->tab;
    C = G->cls;
    r = T->r;
    nmod_init(&mod, T->vprime);
    Ninv = n_invmod(C->gorder % T->vprime, T->vprime);
    for (i = 0; i < r; i++) {
        ulong s = 0;
        for (k = 0; k < r; k++) {
            slong k2 = _wk_powermap(G, k)[2 % C->eorder[k]];
            ulong v = _wk_cyc_reduce_mod(T->pool + T->irr[i * r + k2], C->exponent, T->vroot, mod);
            s = nmod_add(s, nmod_mul(v, _wk_nmod_red(C->size[k], mod), mod), mod);
        }
        signed_lift(nmod_mul(s, Ninv, mod), T->vprime, ind + i);
        if (ind[i] < -1 || ind[i] > 1)
            return wk_error(WK_E_INTERNAL, "Frobenius-Schur indicator %ld", (long) ind[i]);
    }
    return WK_OK;
}

wk_status wk_group_fusion_coeffs(fmpz * Nc, wk_group_struct * G)
{
    table_struct * T;
    classes_struct * C;
    slong r, i, j, k, c;
    nmod_t mod;
    ulong Ninv;
    nmod_mat_t U, V, M;
    mp_limb_t * iv;
    wk_status st = wk_group_chartable(G);
    if (st != WK_OK) return st;
    T = G->tab;
    C = G->cls;
    r = T->r;
    if (r > 512)
        return wk_error(WK_E_TOO_LARGE, "%ld classes: the fusion coefficients would have %ld^3 entries",
                        (long) r, (long) r);
    nmod_init(&mod, T->vprime);
    Ninv = n_invmod(C->gorder % T->vprime, T->vprime);
    iv = flint_malloc(T->npool * sizeof(mp_limb_t));
    for (i = 0; i < T->npool; i++) iv[i] = _wk_cyc_reduce_mod(T->pool + i, C->exponent, T->vroot, mod);
    nmod_mat_init(U, r, r, T->vprime);
    nmod_mat_init(V, r, r, T->vprime);
    nmod_mat_init(M, r, r, T->vprime);
    /* V[c][k] = conj chi_k(g_c) = chi_k(g_c^-1) */
    for (c = 0; c < r; c++)
        for (k = 0; k < r; k++)
            nmod_mat_entry(V, c, k) = _wk_cyc_reduce_mod(T->pool + T->irr[k * r + c], C->exponent,
                                                         n_invmod(T->vroot, T->vprime), mod);
    for (i = 0; i < r; i++) {
        if ((i & 7) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        for (j = 0; j < r; j++)
            for (c = 0; c < r; c++)
                nmod_mat_entry(U, j, c) = nmod_mul(nmod_mul(iv[T->irr[i * r + c]], iv[T->irr[j * r + c]], mod),
                                                   nmod_mul(_wk_nmod_red(C->size[c], mod), Ninv, mod), mod);
        nmod_mat_mul(M, U, V);
        for (j = 0; j < r && st == WK_OK; j++)
            for (k = 0; k < r; k++) {
                ulong x = nmod_mat_entry(M, j, k);
                if (x > (ulong) T->degree[i] * (ulong) T->degree[j]) {
                    st = wk_error(WK_E_INTERNAL, "fusion coefficient out of range");
                    break;
                }
                fmpz_set_ui(Nc + (i * r + j) * r + k, x);
            }
        if (st != WK_OK) break;
    }
    nmod_mat_clear(U); nmod_mat_clear(V); nmod_mat_clear(M);
    flint_free(iv);
    return st;
}

wk_status wk_group_class_fusion(slong * fus, wk_group_struct * H, wk_group_struct * G)
{
    int sub;
    slong c, j, n = G->n;
    pt * x, * b;
    wk_status st = wk_group_is_subgroup(&sub, H, G);
    if (st != WK_OK) return st;
    if (!sub) return wk_error(WK_E_DOMAIN, "argument 1 is not a subgroup of argument 2");
    if ((st = wk_group_classes(G)) != WK_OK) return st;
    if ((st = wk_group_classes(H)) != WK_OK) return st;
    x = flint_malloc(n * sizeof(pt));
    b = flint_malloc((G->bsgs->k + 1) * sizeof(pt));
    for (c = 0; c < H->cls->r; c++) {
        const pt * h = H->cls->reps + c * H->n;
        for (j = 0; j < n; j++) x[j] = j < H->n ? h[j] : (pt) j;
        fus[c] = _wk_class_of_raw(G, x, b);
    }
    flint_free(x);
    flint_free(b);
    return WK_OK;
}

wk_status wk_group_restriction_matrix(fmpz * Mout, wk_group_struct * H, wk_group_struct * G)
{
    slong * fus, rG, rH, i, j, c;
    table_struct * TG, * TH;
    nmod_t mod;
    nmod_mat_t A, Bm, M;
    ulong Hinv, zi;
    fmpz_t oh;
    wk_status st;
    if ((st = wk_group_chartable(G)) != WK_OK) return st;
    if ((st = wk_group_chartable(H)) != WK_OK) return st;
    fus = flint_malloc(H->cls->r * sizeof(slong));
    st = wk_group_class_fusion(fus, H, G);
    if (st != WK_OK) { flint_free(fus); return st; }
    TG = G->tab;
    TH = H->tab;
    rG = TG->r;
    rH = TH->r;
    nmod_init(&mod, TG->vprime);
    zi = n_invmod(TG->vroot, TG->vprime);
    fmpz_init_set_ui(oh, H->cls->gorder);
    Hinv = n_invmod(H->cls->gorder % TG->vprime, TG->vprime);
    nmod_mat_init(A, rG, rH, TG->vprime);
    nmod_mat_init(Bm, rH, rH, TG->vprime);
    nmod_mat_init(M, rG, rH, TG->vprime);
    for (i = 0; i < rG; i++)
        for (c = 0; c < rH; c++)
            nmod_mat_entry(A, i, c) = nmod_mul(
                _wk_cyc_reduce_mod(TG->pool + TG->irr[i * rG + fus[c]], G->cls->exponent, TG->vroot, mod),
                _wk_nmod_red(H->cls->size[c], mod), mod);
    for (c = 0; c < rH; c++)
        for (j = 0; j < rH; j++)
            nmod_mat_entry(Bm, c, j) = nmod_mul(
                _wk_cyc_reduce_mod(TH->pool + TH->irr[j * rH + c], G->cls->exponent, zi, mod), Hinv, mod);
    nmod_mat_mul(M, A, Bm);
    for (i = 0; i < rG && st == WK_OK; i++)
        for (j = 0; j < rH; j++) {
            ulong x = nmod_mat_entry(M, i, j);
            if (x > (ulong) TG->degree[i]) {
                st = wk_error(WK_E_INTERNAL, "restriction multiplicity out of range");
                break;
            }
            fmpz_set_ui(Mout + i * rH + j, x);
        }
    nmod_mat_clear(A); nmod_mat_clear(Bm); nmod_mat_clear(M);
    fmpz_clear(oh);
    flint_free(fus);
    return st;
}
