/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/dixon.c: character tables by the Dixon-Schneider algorithm.
   Over F_p (p = 1 mod exp(G), p > 2 sqrt|G|) the central characters
   omega_chi(K_k) = |C_k| chi(g_k)/chi(1) are the common eigenvectors of the
   class matrices (A_j)_{ik} = a_{ijk} (Dixon, Numer. Math. 10 (1967));
   Schneider (J. Symb. Comp. 9 (1990)) restricts each A_j to the invariant
   subspaces found so far, needing only the rows at pivot positions, and uses
   the orthogonality of central characters to cut found ones out.  We also
   start from the eigenspaces of the centre (which act by permutations) and
   add the Galois conjugates of every character found (omega^sigma_a(K_k) =
   omega(K_{k^a})).  chi(1) follows from sum_k omega(K_k) omega(K_k')/|C_k|
   = |G|/chi(1)^2 and the values are lifted to Z[zeta_m] through the
   eigenvalue multiplicities c_l = (1/m) sum_t chi(g^t) zeta^(-lt). */
#include <math.h>
#include <stdlib.h>
#include <flint/nmod_mat.h>
#include <flint/nmod_poly.h>
#include <flint/nmod_poly_factor.h>
#include <flint/ulong_extras.h>
#include <flint/fmpz_vec.h>
#include "impl.h"

#define MAX_CLASSES 4096

typedef struct {
    slong d;
    mp_limb_t * rows;   /* d x r, reduced echelon: rows[s][piv[s]] = 1 */
    slong * piv;
    slong done_j;       /* last class matrix applied (it acts as a scalar) */
    slong lam;          /* the character of the centre it lies over, -1 if unknown */
} subsp;

typedef struct {
    wk_group_struct * G;
    classes_struct * C;
    bsgs_struct * B;
    slong r, n, k, e;
    ulong N, p, Z;
    nmod_t mod;
    mp_limb_t * csize_mod, * csize_inv;
    slong nsub, salloc;
    subsp * subs;
    slong nfound;
    mp_limb_t * found;          /* up to r vectors of length r */
    slong * fhash;
    slong fhsize;
    slong nug;
    slong * ugens;              /* generators of (Z/e)^* */
    mp_limb_t *** rowcache;     /* rowcache[j][i]: row i of A_j (per class j on first use) */
    uint32_t * bimg;            /* base images of the elements of one class */
    slong bimg_class;
    ulong poll;
    slong cur_j, cur_lam;
    mp_limb_t * tmpvec, * twist;
    /* the centre: classes zc[0..nz-1], its characters zchars (nz x nz) hashed */
    slong nz;
    slong * zc;
    mp_limb_t * zchars;
    slong * zhash;
    slong zhsize;
    slong * corb;       /* Z-orbit of each class (multiplication by central elements) */
} ds_struct;

/* ---- units ----------------------------------------------------------------- */
/* generators of (Z/e)^* (at most 2 per prime power), via CRT */
static slong unit_gens(slong * out, slong e)
{
    slong q[32], pr[32], nq = 0, i, m = e, d, cnt = 0;
    for (d = 2; d * d <= m; d++) {
        if (m % d) continue;
        pr[nq] = d; q[nq] = 1;
        while (m % d == 0) { m /= d; q[nq] *= d; }
        nq++;
    }
    if (m > 1) { pr[nq] = m; q[nq] = m; nq++; }
    for (i = 0; i < nq; i++) {
        slong loc[2], nl = 0, t, rest = e / q[i];
        if (pr[i] == 2) {
            if (q[i] >= 4) loc[nl++] = q[i] - 1;
            if (q[i] >= 8) loc[nl++] = 5;
        } else {
            slong g = (slong) n_primitive_root_prime(pr[i]);
            if (q[i] > pr[i]) {
                ulong g2 = n_powmod2_ui_preinv(g, pr[i] - 1, (ulong) pr[i] * pr[i],
                                               n_preinvert_limb((ulong) pr[i] * pr[i]));
                if (g2 == 1) g += pr[i];
            }
            loc[nl++] = g % q[i];
        }
        for (t = 0; t < nl; t++) {
            /* y = loc mod q, y = 1 mod rest */
            ulong inv = rest == 1 ? 0 : n_invmod((ulong) (rest % q[i]), (ulong) q[i]);
            slong y;
            if (rest == 1) y = loc[t];
            else {
                ulong h = n_mulmod2_preinv((ulong) ((loc[t] - 1 + q[i]) % q[i]), inv, (ulong) q[i],
                                           n_preinvert_limb((ulong) q[i]));
                y = (slong) ((1 + (ulong) rest * h) % (ulong) e);
            }
            out[cnt++] = y;
        }
    }
    return cnt;
}

/* ---- found vectors ------------------------------------------------------- */
static ulong vec_hash(const mp_limb_t * v, slong r)
{
    ulong h = 7;
    slong i;
    for (i = 0; i < r; i++) h = h * UWORD(1099511628211) + v[i] + (h >> 27);
    return h;
}

static slong found_lookup(ds_struct * D, const mp_limb_t * v, ulong h)
{
    slong i = h & (D->fhsize - 1);
    while (D->fhash[i] >= 0) {
        if (memcmp(D->found + D->fhash[i] * D->r, v, D->r * sizeof(mp_limb_t)) == 0) return i;
        i = (i + 1) & (D->fhsize - 1);
    }
    return i;
}

/* adds v scaled to v[0] = 1; returns 1 if new, 0 if known, -1 if invalid */
static int add_found(ds_struct * D, const mp_limb_t * v)
{
    slong r = D->r, i, slot;
    mp_limb_t * w = D->tmpvec;
    ulong inv;
    if (v[0] == 0) return -1;
    inv = n_invmod(v[0], D->p);
    for (i = 0; i < r; i++) w[i] = nmod_mul(v[i], inv, D->mod);
    slot = found_lookup(D, w, vec_hash(w, r));
    if (D->fhash[slot] >= 0) return 0;
    if (D->nfound >= r) return -1;
    memcpy(D->found + D->nfound * r, w, r * sizeof(mp_limb_t));
    D->fhash[slot] = D->nfound++;
    return 1;
}

/* B(u, v) = sum_k u_k v_k' / |C_k|: central characters of distinct
   irreducibles are orthogonal for it (column orthogonality) */
static ulong bform(const ds_struct * D, const mp_limb_t * u, const mp_limb_t * v)
{
    slong k;
    ulong s = 0;
    for (k = 0; k < D->r; k++)
        if (u[k] && v[D->C->inv[k]])
            s = nmod_add(s, nmod_mul(nmod_mul(u[k], v[D->C->inv[k]], D->mod), D->csize_inv[k], D->mod), D->mod);
    return s;
}

/* W := W cap w^perp; tw[k] = w[k'] / |C_k| (so that B(u, w) = u . tw) */
static void sub_reduce(ds_struct * D, subsp * W, const mp_limb_t * tw)
{
    slong d = W->d, r = D->r, s, s0 = -1;
    mp_limb_t * f = flint_malloc(d * sizeof(mp_limb_t));
    int nlimbs = _nmod_vec_dot_bound_limbs(r, D->mod);
    for (s = 0; s < d; s++) {
        f[s] = _nmod_vec_dot(W->rows + s * r, tw, r, D->mod, nlimbs);
        if (f[s] && s0 < 0) s0 = s;
    }
    if (s0 >= 0) {
        ulong inv = n_invmod(f[s0], D->p);
        const mp_limb_t * r0 = W->rows + s0 * r;
        for (s = 0; s < d; s++) {
            ulong c;
            if (s == s0 || f[s] == 0) continue;
            c = nmod_neg(nmod_mul(f[s], inv, D->mod), D->mod);
            _nmod_vec_scalar_addmul_nmod(W->rows + s * r, r0, r, c, D->mod);
        }
        /* drop row s0 */
        for (s = s0 + 1; s < d; s++) {
            memcpy(W->rows + (s - 1) * r, W->rows + s * r, r * sizeof(mp_limb_t));
            W->piv[s - 1] = W->piv[s];
        }
        W->d = d - 1;
    }
    flint_free(f);
}

static ulong zvec_hash(const mp_limb_t * v, slong nz)
{
    ulong h = 5;
    slong t;
    for (t = 0; t < nz; t++) h = h * UWORD(1099511628211) + v[t];
    return h ^ (h >> 29);
}

/* index of the character of the centre that w lies over, or -1 */
static slong lam_of(const ds_struct * D, const mp_limb_t * w)
{
    slong t, i;
    mp_limb_t * v;
    if (D->nz <= 1 || D->zhash == NULL) return -1;
    v = flint_malloc(D->nz * sizeof(mp_limb_t));
    for (t = 0; t < D->nz; t++) v[t] = w[D->zc[t]];
    i = zvec_hash(v, D->nz) & (D->zhsize - 1);
    while (D->zhash[i] >= 0) {
        if (memcmp(D->zchars + D->zhash[i] * D->nz, v, D->nz * sizeof(mp_limb_t)) == 0) break;
        i = (i + 1) & (D->zhsize - 1);
    }
    flint_free(v);
    return D->zhash[i];
}

static void push_sub(ds_struct * D, mp_limb_t * rows, slong * piv, slong d)
{
    if (D->nsub == D->salloc) {
        D->salloc = D->salloc ? 2 * D->salloc : 16;
        D->subs = flint_realloc(D->subs, D->salloc * sizeof(subsp));
    }
    D->subs[D->nsub].d = d;
    D->subs[D->nsub].rows = rows;
    D->subs[D->nsub].piv = piv;
    D->subs[D->nsub].done_j = D->cur_j;
    D->subs[D->nsub].lam = D->cur_lam;
    D->nsub++;
}

static void remove_sub(ds_struct * D, slong i)
{
    flint_free(D->subs[i].rows);
    flint_free(D->subs[i].piv);
    D->subs[i] = D->subs[D->nsub - 1];
    D->nsub--;
}

/* processes found vectors from index `from`: Galois conjugates, then cuts
   each out of the remaining subspaces */
static wk_status propagate(ds_struct * D, slong from)
{
    slong r = D->r, idx, a, k, si, lw;
    mp_limb_t * v = flint_malloc(r * sizeof(mp_limb_t));
    for (idx = from; idx < D->nfound; idx++) {
        const mp_limb_t * w = D->found + idx * r;
        for (a = 0; a < D->nug; a++) {
            for (k = 0; k < r; k++) {
                slong m = D->C->eorder[k];
                v[k] = w[_wk_powermap(D->G, k)[D->ugens[a] % m]];
            }
            if (add_found(D, v) < 0) {
                flint_free(v);
                return wk_error(WK_E_INTERNAL, "Dixon-Schneider: invalid Galois conjugate");
            }
            w = D->found + idx * r;
        }
        {
            slong kk;
            for (kk = 0; kk < r; kk++)
                D->twist[kk] = nmod_mul(w[D->C->inv[kk]], D->csize_inv[kk], D->mod);
        }
        lw = lam_of(D, w);
        for (si = 0; si < D->nsub; ) {
            subsp * W = D->subs + si;
            if (lw >= 0 && W->lam >= 0 && W->lam != lw) { si++; continue; }
            sub_reduce(D, W, D->twist);
            if (W->d == 1) {
                if (add_found(D, W->rows) < 0) {
                    flint_free(v);
                    return wk_error(WK_E_INTERNAL, "Dixon-Schneider: invalid central character");
                }
                remove_sub(D, si);
            } else if (W->d == 0) {
                remove_sub(D, si);
            } else si++;
        }
    }
    flint_free(v);
    return WK_OK;
}

/* ---- class matrices ------------------------------------------------------- */
static void load_bimg(ds_struct * D, slong c)
{
    classes_struct * C = D->C;
    slong sz = C->size[c], k = D->k, q;
    pt * b = flint_malloc((k ? k : 1) * sizeof(pt));
    if (D->bimg_class == c) { flint_free(b); return; }
    D->bimg = flint_realloc(D->bimg, (sz * k > 0 ? sz * k : 1) * sizeof(uint32_t));
    for (q = 0; q < sz; q++) {
        slong t;
        bsgs_bimg_of_rank(b, D->B, C->elts[C->start[c] + q]);
        for (t = 0; t < k; t++) D->bimg[q * k + t] = b[t];
    }
    D->bimg_class = c;
    flint_free(b);
}

/* row i of A_j: (A_j)_{ik} = |C_i| a_{j k' i'} / |C_k|, where
   a_{j k' i'} = #{x in C_j' : x g_i' in C_k'} */
static wk_status get_row(mp_limb_t ** out, ds_struct * D, slong j, slong i)
{
    classes_struct * C = D->C;
    slong r = D->r, k = D->k, n = D->n, jj = C->inv[j], q, t, kk;
    const pt * g = C->reps + C->inv[i] * n;
    ulong * cnt;
    pt * b;
    mp_limb_t * row;
    if (D->rowcache[j] == NULL) D->rowcache[j] = flint_calloc(r, sizeof(mp_limb_t *));
    if ((row = D->rowcache[j][i]) != NULL) { *out = row; return WK_OK; }
    load_bimg(D, jj);
    cnt = flint_calloc(r, sizeof(ulong));
    b = flint_malloc((k ? k : 1) * sizeof(pt));
    for (q = 0; q < C->size[jj]; q++) {
        const uint32_t * bx = D->bimg + q * k;
        if ((++D->poll & 16383) == 0 && wk_interrupted()) {
            flint_free(cnt); flint_free(b);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        for (t = 0; t < k; t++) b[t] = g[bx[t]];
        cnt[C->cid[bsgs_rank_bimg(D->B, b)]]++;
    }
    row = flint_malloc(r * sizeof(mp_limb_t));
    for (kk = 0; kk < r; kk++) {
        ulong c = cnt[C->inv[kk]];
        ulong num = c * (ulong) C->size[i];     /* < |G|^2 / ... fits: c <= |C_j|, sizes < 2^31 */
        if (num % (ulong) C->size[kk]) {
            flint_free(cnt); flint_free(b); flint_free(row);
            return wk_error(WK_E_INTERNAL, "class structure constant is not an integer");
        }
        row[kk] = _wk_nmod_red(num / (ulong) C->size[kk], D->mod);
    }
    flint_free(cnt);
    flint_free(b);
    D->rowcache[j][i] = row;
    *out = row;
    return WK_OK;
}

/* splits subspace si by the eigenspaces of class matrix j */
static wk_status split(ds_struct * D, slong si, slong j)
{
    slong r = D->r, d = D->subs[si].d, s, t, l, total = 0, nf0 = D->nfound;
    nmod_mat_t X, M, Nul, R;
    nmod_poly_t f;
    nmod_poly_factor_t fac;
    wk_status st = WK_OK;
    mp_limb_t ** rows = flint_malloc(d * sizeof(mp_limb_t *));
    subsp W;
    for (t = 0; t < d && st == WK_OK; t++) st = get_row(&rows[t], D, j, D->subs[si].piv[t]);
    if (st != WK_OK) { flint_free(rows); return st; }
    W = D->subs[si];
    nmod_mat_init(X, d, d, D->p);
    for (t = 0; t < d; t++)
        for (s = 0; s < d; s++)
            nmod_mat_entry(X, t, s) = _nmod_vec_dot(rows[t], W.rows + s * r, r, D->mod,
                                                    _nmod_vec_dot_bound_limbs(r, D->mod));
    flint_free(rows);
    nmod_poly_init(f, D->p);
    nmod_poly_factor_init(fac);
    nmod_mat_charpoly(f, X);
    nmod_poly_roots(fac, f, 1);
    {
        slong summ = 0;
        for (l = 0; l < fac->num; l++) summ += fac->exp[l];
        if (summ != d) st = wk_error(WK_E_INTERNAL, "class matrix eigenvalues not in F_p");
    }
    if (st == WK_OK && fac->num > 1) {
        mp_limb_t ** newrows = flint_malloc(fac->num * sizeof(mp_limb_t *));
        slong ** newpiv = flint_malloc(fac->num * sizeof(slong *));
        slong * newd = flint_malloc(fac->num * sizeof(slong));
        for (l = 0; l < fac->num; l++) {
            /* root: the factor is x - lambda */
            ulong lambda = nmod_neg(nmod_poly_get_coeff_ui(fac->p + l, 0), D->mod);
            slong nd, c, x;
            nmod_mat_init_set(M, X);
            for (t = 0; t < d; t++)
                nmod_mat_entry(M, t, t) = nmod_sub(nmod_mat_entry(M, t, t), lambda, D->mod);
            nmod_mat_init(Nul, d, d, D->p);
            nd = nmod_mat_nullspace(Nul, M);
            nmod_mat_init(R, nd, r, D->p);
            for (c = 0; c < nd; c++)
                for (s = 0; s < d; s++) {
                    ulong co = nmod_mat_entry(Nul, s, c);
                    if (co) _nmod_vec_scalar_addmul_nmod(R->rows[c], W.rows + s * r, r, co, D->mod);
                }
            nmod_mat_rref(R);
            newd[l] = nd;
            newrows[l] = flint_malloc((nd ? nd : 1) * r * sizeof(mp_limb_t));
            newpiv[l] = flint_malloc((nd ? nd : 1) * sizeof(slong));
            for (c = 0; c < nd; c++) {
                memcpy(newrows[l] + c * r, R->rows[c], r * sizeof(mp_limb_t));
                for (x = 0; x < r && R->rows[c][x] == 0; x++) ;
                newpiv[l][c] = x;
            }
            total += nd;
            nmod_mat_clear(R);
            nmod_mat_clear(Nul);
            nmod_mat_clear(M);
        }
        if (total != d) st = wk_error(WK_E_INTERNAL, "class matrix not diagonalisable");
        if (st == WK_OK) {
            D->cur_lam = W.lam;
            remove_sub(D, si);
            for (l = 0; l < fac->num; l++) {
                if (newd[l] == 1) {
                    if (add_found(D, newrows[l]) < 0)
                        st = wk_error(WK_E_INTERNAL, "invalid central character");
                    flint_free(newrows[l]);
                    flint_free(newpiv[l]);
                } else {
                    push_sub(D, newrows[l], newpiv[l], newd[l]);
                }
            }
        } else {
            for (l = 0; l < fac->num; l++) { flint_free(newrows[l]); flint_free(newpiv[l]); }
        }
        flint_free(newrows);
        flint_free(newpiv);
        flint_free(newd);
    }
    nmod_poly_factor_clear(fac);
    nmod_poly_clear(f);
    nmod_mat_clear(X);
    if (st == WK_OK && D->nfound > nf0) st = propagate(D, nf0);
    return st;
}

/* ---- the centre: eigenspaces of the central class matrices ------------------ */
static wk_status centre_split(ds_struct * D)
{
    classes_struct * C = D->C;
    slong r = D->r, n = D->n, nz = 0, i, j, t;
    slong * zc, * zidx, * elist, ne, nch, * orb_of, norb;
    mp_limb_t * chars;   /* nch x nz, 0 = unset */
    pt * x, * b, * y;
    slong ez = 1;
    wk_status st = WK_OK;
    mp_limb_t * logtab_val = NULL;

    for (i = 0; i < r; i++) if (C->size[i] == 1) nz++;
    if (nz == 1) {
        mp_limb_t * rows = flint_calloc(r * r, sizeof(mp_limb_t));
        slong * piv = flint_malloc(r * sizeof(slong));
        for (i = 0; i < r; i++) { rows[i * r + i] = 1; piv[i] = i; }
        push_sub(D, rows, piv, r);
        return WK_OK;
    }
    zc = flint_malloc(nz * sizeof(slong));
    zidx = flint_malloc(r * sizeof(slong));
    for (i = 0, j = 0; i < r; i++) {
        zidx[i] = -1;
        if (C->size[i] == 1) { zidx[i] = j; zc[j++] = i; ez = _wk_lcm(ez, C->eorder[i]); }
    }
    x = flint_malloc(3 * n * sizeof(pt));
    y = x + n;
    b = y + n;
    /* characters of Z, extended one generator at a time */
    elist = flint_malloc(nz * sizeof(slong));
    chars = flint_calloc(nz * nz, sizeof(mp_limb_t));
    ne = 1;
    elist[0] = 0;               /* identity: index 0 in zc */
    nch = 1;
    chars[0] = 1;
    {
        char * inE = flint_calloc(nz, 1);
        ulong Zz = nmod_pow_ui(D->Z, D->e / ez, D->mod);
        /* discrete logs in <Zz> by a sorted table */
        slong * lg;
        slong jz;
        inE[0] = 1;
        logtab_val = flint_malloc(ez * sizeof(mp_limb_t));
        lg = flint_malloc(ez * sizeof(slong));
        logtab_val[0] = 1;
        for (t = 1; t < ez; t++) logtab_val[t] = nmod_mul(logtab_val[t - 1], Zz, D->mod);
        for (jz = 1; jz < nz && st == WK_OK; jz++) {
            slong kk, q, c, a;
            slong * newel;
            const pt * zr = C->reps + zc[jz] * n;
            if (inE[jz]) continue;
            /* powers of z until one falls in E */
            _perm_one(y, n);
            kk = 0;
            newel = NULL;
            for (;;) {
                slong idx;
                _perm_mul(y, y, zr, n);     /* y = z^(kk+1) */
                kk++;
                idx = zidx[_wk_class_of_raw(D->G, y, b)];
                if (inE[idx]) break;
                /* new coset z^kk E */
                newel = flint_realloc(newel, kk * ne * sizeof(slong));
                for (q = 0; q < ne; q++) {
                    const pt * er = C->reps + zc[elist[q]] * n;
                    _perm_mul(x, y, er, n);
                    c = zidx[_wk_class_of_raw(D->G, x, b)];
                    newel[(kk - 1) * ne + q] = c;
                }
            }
            /* y = z^kk lies in E */
            {
                slong ci = zidx[_wk_class_of_raw(D->G, y, b)];
                slong nchn = nch * kk;
                mp_limb_t * nchars = flint_calloc(nchn * nz, sizeof(mp_limb_t));
                ulong wk = nmod_pow_ui(Zz, ez / kk, D->mod);     /* primitive kk-th root */
                for (a = 0; a < nch; a++) {
                    ulong v = chars[a * nz + ci], mu0 = 0;
                    slong li;
                    for (li = 0; li < ez; li++) if (logtab_val[li] == v) break;
                    if (li == ez || li % kk) { st = wk_error(WK_E_INTERNAL, "central character has no root"); break; }
                    mu0 = logtab_val[li / kk];
                    for (t = 0; t < kk; t++) {
                        mp_limb_t * lam = nchars + (a * kk + t) * nz;
                        ulong mu = nmod_mul(mu0, nmod_pow_ui(wk, t, D->mod), D->mod), mup = mu;
                        slong p2;
                        for (q = 0; q < ne; q++) lam[elist[q]] = chars[a * nz + elist[q]];
                        for (p2 = 1; p2 < kk; p2++) {
                            for (q = 0; q < ne; q++)
                                lam[newel[(p2 - 1) * ne + q]] = nmod_mul(mup, chars[a * nz + elist[q]], D->mod);
                            mup = nmod_mul(mup, mu, D->mod);
                        }
                    }
                }
                if (st == WK_OK) {
                    slong p2;
                    for (p2 = 1; p2 < kk; p2++)
                        for (q = 0; q < ne; q++) {
                            inE[newel[(p2 - 1) * ne + q]] = 1;
                            elist[ne * p2 + q] = newel[(p2 - 1) * ne + q];
                        }
                    ne *= kk;
                    flint_free(chars);
                    chars = flint_realloc(nchars, nz * nz * sizeof(mp_limb_t));
                    nch = nchn;
                } else flint_free(nchars);
            }
            flint_free(newel);
        }
        flint_free(inE);
        flint_free(lg);
    }
    if (st == WK_OK && (ne != nz || nch != nz)) st = wk_error(WK_E_INTERNAL, "characters of the centre");
    /* Z-orbits on classes: zmap[o][z] = class of z g_i0 */
    orb_of = flint_malloc(r * sizeof(slong));
    for (i = 0; i < r; i++) orb_of[i] = -1;
    norb = 0;
    if (st == WK_OK) {
        slong * orep = flint_malloc(r * sizeof(slong));
        slong * zmap = flint_malloc(r * nz * sizeof(slong));
        slong o, a;
        for (i = 0; i < r; i++) {
            if (orb_of[i] >= 0) continue;
            o = norb++;
            orep[o] = i;
            for (t = 0; t < nz; t++) {
                slong c;
                _perm_mul(x, C->reps + i * n, C->reps + zc[t] * n, n);
                c = _wk_class_of_raw(D->G, x, b);
                zmap[o * nz + t] = c;
                orb_of[c] = o;
            }
        }
        for (a = 0; a < nch; a++) {
            const mp_limb_t * lam = chars + a * nz;
            mp_limb_t * rows = flint_calloc(norb * r, sizeof(mp_limb_t));
            slong * piv = flint_malloc(norb * sizeof(slong));
            slong d = 0;
            for (o = 0; o < norb; o++) {
                int ok = 1;
                slong pv = r;
                mp_limb_t * row = rows + d * r;
                for (t = 0; t < nz && ok; t++) {
                    slong c = zmap[o * nz + t];
                    if (row[c] && row[c] != lam[t]) ok = 0;   /* stabiliser not in ker */
                    row[c] = lam[t];
                    if (c < pv) pv = c;
                }
                if (!ok) { memset(row, 0, r * sizeof(mp_limb_t)); continue; }
                {
                    ulong inv = n_invmod(row[pv], D->p);
                    _nmod_vec_scalar_mul_nmod(row, row, r, inv, D->mod);
                }
                piv[d++] = pv;
            }
            if (d == 1) {
                if (add_found(D, rows) < 0) st = wk_error(WK_E_INTERNAL, "invalid central character");
                flint_free(rows);
                flint_free(piv);
            } else if (d == 0) {
                flint_free(rows);
                flint_free(piv);
            } else {
                D->cur_lam = a;
                push_sub(D, rows, piv, d);
                D->cur_lam = -1;
            }
        }
        flint_free(orep);
        flint_free(zmap);
    }
    /* keep the characters of the centre to route found vectors, and the
       Z-orbits of classes: A_{zj} = A_z A_j acts on each W_lambda as
       lambda(z) A_j, so one class per orbit suffices */
    if (st == WK_OK) {
        slong a;
        D->corb = flint_malloc(r * sizeof(slong));
        for (i = 0; i < r; i++) D->corb[i] = orb_of[i];
        D->nz = nz;
        D->zc = zc;
        D->zchars = chars;
        D->zhsize = 16;
        while (D->zhsize < 2 * nch) D->zhsize *= 2;
        D->zhash = flint_malloc(D->zhsize * sizeof(slong));
        for (a = 0; a < D->zhsize; a++) D->zhash[a] = -1;
        for (a = 0; a < nch; a++) {
            slong h = zvec_hash(chars + a * nz, nz) & (D->zhsize - 1);
            while (D->zhash[h] >= 0) h = (h + 1) & (D->zhsize - 1);
            D->zhash[h] = a;
        }
        zc = NULL;
        chars = NULL;
    }
    flint_free(orb_of);
    flint_free(logtab_val);
    flint_free(chars);
    flint_free(elist);
    flint_free(zc);
    flint_free(zidx);
    flint_free(x);
    return st;
}

/* ---- lifting -------------------------------------------------------------- */
/* class indices by increasing class size (stable: classes are already ordered) */
static void sort_by_size(slong * cl, slong ncl, const slong * size)
{
    slong i, j;
    for (i = 1; i < ncl; i++) {
        slong x = cl[i];
        for (j = i; j > 0 && size[cl[j - 1]] > size[x]; j--) cl[j] = cl[j - 1];
        cl[j] = x;
    }
}

/* conductor of the field of values of column k: smallest d | m with every
   unit a = 1 mod d fixing the class */
static slong column_conductor(const wk_group_struct * G, const classes_struct * C, slong k)
{
    slong m = C->eorder[k], d, a;
    for (d = 1; d <= m; d++) {
        int ok = 1;
        if (m % d) continue;
        for (a = 1; a < m && ok; a += d)
            if (_wk_gcd(a, m) == 1 && _wk_powermap(G, k)[a] != k) ok = 0;
        if (ok) return (d % 4 == 2) ? d / 2 : d;
    }
    return m;
}

static slong euler_phi(slong n)
{
    slong r = n, d;
    for (d = 2; d * d <= n; d++) {
        if (n % d) continue;
        while (n % d == 0) n /= d;
        r -= r / d;
    }
    if (n > 1) r -= r / n;
    return r;
}

wk_status _wk_table_verify(table_struct * T, wk_group_struct * G);

/* A cache of table values by their sparse eigenvalue data (m, then pairs
   position, multiplicity): open addressing over keys stored end to end. */
typedef struct {
    slong * keys, klen, kalloc;   /* key j: keys[off[j]..off[j]+len[j]) */
    slong * off, * len, * idx, n, nalloc;
    slong * hash, hsize;
} vcache_t;

static ulong vcache_h(const slong * key, slong nk)
{
    ulong h = 1469598103934665603UL;
    slong i;
    for (i = 0; i < nk; i++) h = (h ^ (ulong) key[i]) * 1099511628211UL;
    return h ^ (h >> 29);
}

static slong vcache_find(const vcache_t * vc, const slong * key, slong nk)
{
    slong s;
    if (vc->hsize == 0) return -1;
    for (s = (slong) (vcache_h(key, nk) & (ulong) (vc->hsize - 1)); vc->hash[s] >= 0; s = (s + 1) & (vc->hsize - 1)) {
        slong j = vc->hash[s];
        if (vc->len[j] == nk && memcmp(vc->keys + vc->off[j], key, nk * sizeof(slong)) == 0) return vc->idx[j];
    }
    return -1;
}

static void vcache_add(vcache_t * vc, const slong * key, slong nk, slong idx)
{
    slong s, j;
    if (2 * (vc->n + 1) > vc->hsize) {   /* grow and rehash */
        slong hs = vc->hsize ? 2 * vc->hsize : 1024;
        flint_free(vc->hash);
        vc->hash = flint_malloc(hs * sizeof(slong));
        vc->hsize = hs;
        for (s = 0; s < hs; s++) vc->hash[s] = -1;
        for (j = 0; j < vc->n; j++) {
            for (s = (slong) (vcache_h(vc->keys + vc->off[j], vc->len[j]) & (ulong) (hs - 1)); vc->hash[s] >= 0;
                 s = (s + 1) & (hs - 1)) ;
            vc->hash[s] = j;
        }
    }
    if (vc->n == vc->nalloc) {
        vc->nalloc = vc->nalloc ? 2 * vc->nalloc : 256;
        vc->off = flint_realloc(vc->off, vc->nalloc * sizeof(slong));
        vc->len = flint_realloc(vc->len, vc->nalloc * sizeof(slong));
        vc->idx = flint_realloc(vc->idx, vc->nalloc * sizeof(slong));
    }
    if (vc->klen + nk > vc->kalloc) {
        vc->kalloc = FLINT_MAX(2 * vc->kalloc, vc->klen + nk + 1024);
        vc->keys = flint_realloc(vc->keys, vc->kalloc * sizeof(slong));
    }
    memcpy(vc->keys + vc->klen, key, nk * sizeof(slong));
    j = vc->n++;
    vc->off[j] = vc->klen;
    vc->len[j] = nk;
    vc->idx[j] = idx;
    vc->klen += nk;
    for (s = (slong) (vcache_h(key, nk) & (ulong) (vc->hsize - 1)); vc->hash[s] >= 0; s = (s + 1) & (vc->hsize - 1)) ;
    vc->hash[s] = j;
}

static void vcache_clear(vcache_t * vc)
{
    flint_free(vc->keys); flint_free(vc->off); flint_free(vc->len); flint_free(vc->idx); flint_free(vc->hash);
}

/* out[l] = sum_{t < m} in[t stride] w^(l t) for l < m, where w = Z^rs and
   zpow[x] = Z^x for x < e (Z of order e, w of order dividing m | e).
   Mixed radix: with q the least prime factor of m and m = q m', the q
   sub-transforms of the residues t = j mod q (root w^q, length m') give
   out[l] = sum_j w^(l j) sub_j[l mod m'].  Cost m (sum of the prime factors
   of m) instead of m^2. */
static void dft_nmod(mp_limb_t * out, const mp_limb_t * in, slong stride, slong m, ulong rs,
                     const mp_limb_t * zpow, ulong e, nmod_t mod)
{
    slong q, mm, j, l;
    mp_limb_t * sub;
    if (m == 1) { out[0] = in[0]; return; }
    for (q = 2; m % q; q++) ;
    mm = m / q;
    if (q == m) {   /* a prime length: the direct sum */
        for (l = 0; l < m; l++) {
            mp_limb_t s = 0;
            ulong ex = 0, stepx = (rs * (ulong) l) % e;
            for (j = 0; j < m; j++) {
                s = nmod_add(s, nmod_mul(in[j * stride], zpow[ex], mod), mod);
                ex += stepx;
                if (ex >= e) ex -= e;
            }
            out[l] = s;
        }
        return;
    }
    sub = flint_malloc(m * sizeof(mp_limb_t));
    for (j = 0; j < q; j++)
        dft_nmod(sub + j * mm, in + j * stride, stride * q, mm, (rs * (ulong) q) % e, zpow, e, mod);
    for (l = 0; l < m; l++) {
        mp_limb_t s = sub[l % mm];
        ulong stepx = (rs * (ulong) l) % e, ex = stepx;
        for (j = 1; j < q; j++) {
            s = nmod_add(s, nmod_mul(sub[j * mm + l % mm], zpow[ex], mod), mod);
            ex += stepx;
            if (ex >= e) ex -= e;
        }
        out[l] = s;
    }
    flint_free(sub);
}

wk_status _wk_dixon_schneider(table_struct ** Tout, wk_group_struct * G)
{
    ds_struct Ds, * D = &Ds;
    classes_struct * C = G->cls;
    slong r = C->r, i, k, cond = 1;
    wk_status st = WK_OK;
    table_struct * T = NULL;
    slong * order = NULL;
    mp_limb_t * chi = NULL;
    slong * deg = NULL;

    if (r > MAX_CLASSES)
        return wk_error(WK_E_TOO_LARGE, "the group has %ld conjugacy classes, above the limit %d "
                        "for character tables", (long) r, MAX_CLASSES);
    if (C->sym) {
        *Tout = NULL;
        st = _wk_symmetric_table(Tout, G);
        if (st == WK_OK) {
            st = _wk_table_verify(*Tout, G);
            if (st != WK_OK) { _wk_table_free(*Tout); *Tout = NULL; }
        }
        return st;
    }
    for (k = 0; k < r; k++) cond = _wk_lcm(cond, column_conductor(G, C, k));
    if (euler_phi(cond) > wk_groups_phi_limit())
        return wk_error(WK_E_TOO_LARGE, "conductor %ld of the character table has phi = %ld above "
                        "the guard %ld", (long) cond, (long) euler_phi(cond), (long) wk_groups_phi_limit());

    memset(D, 0, sizeof(ds_struct));
    D->G = G;
    D->C = C;
    D->B = G->bsgs;
    D->r = r;
    D->n = G->n;
    D->k = G->bsgs->k;
    D->e = C->exponent;
    D->N = C->gorder;
    D->bimg_class = -1;
    D->cur_j = -1;
    D->cur_lam = -1;
    D->tmpvec = flint_malloc(r * sizeof(mp_limb_t));
    D->twist = flint_malloc(r * sizeof(mp_limb_t));
    /* p = 1 mod e, p > 2 sqrt|G| */
    {
        ulong lo = 2 * (ulong) (sqrt((double) D->N) + 1) + 1, t;
        t = lo / D->e + 1;
        for (;; t++) {
            ulong p = t * (ulong) D->e + 1;
            if (n_is_prime(p)) { D->p = p; break; }
        }
    }
    nmod_init(&D->mod, D->p);
    D->Z = nmod_pow_ui(n_primitive_root_prime(D->p), (D->p - 1) / D->e, D->mod);
    D->csize_mod = flint_malloc(r * sizeof(mp_limb_t));
    D->csize_inv = flint_malloc(r * sizeof(mp_limb_t));
    for (k = 0; k < r; k++) {
        D->csize_mod[k] = _wk_nmod_red(C->size[k], D->mod);
        D->csize_inv[k] = n_invmod(D->csize_mod[k], D->p);
    }
    D->found = flint_malloc(r * r * sizeof(mp_limb_t));
    D->fhsize = 16;
    while (D->fhsize < 4 * r) D->fhsize *= 2;
    D->fhash = flint_malloc(D->fhsize * sizeof(slong));
    for (i = 0; i < D->fhsize; i++) D->fhash[i] = -1;
    D->ugens = flint_malloc(64 * sizeof(slong));
    D->nug = unit_gens(D->ugens, D->e);
    D->rowcache = flint_calloc(r, sizeof(mp_limb_t **));

    wk_progress("character table", 0, (double) r);
    st = centre_split(D);
    /* the trivial character: omega = class sizes */
    if (st == WK_OK) {
        slong nf0 = D->nfound;
        if (add_found(D, D->csize_mod) < 0) st = wk_error(WK_E_INTERNAL, "trivial character");
        if (st == WK_OK) st = propagate(D, 0);
        (void) nf0;
    }
    if (st == WK_OK && D->nsub > 0) {
        slong * cl = flint_malloc(r * sizeof(slong)), ncl = 0, ci;
        for (k = 1; k < r; k++) if (C->size[k] > 1) cl[ncl++] = k;
        sort_by_size(cl, ncl, C->size);
        char * orb_used = flint_calloc(r, 1);
        for (ci = 0; ci < ncl && D->nsub > 0 && st == WK_OK; ci++) {
            slong j = cl[ci], si;
            if (D->corb) {
                if (orb_used[D->corb[j]]) continue;
                orb_used[D->corb[j]] = 1;
            }
            D->cur_j = j;
            /* split every subspace of dimension > 1 by A_j */
            for (;;) {
                for (si = 0; si < D->nsub; si++)
                    if (D->subs[si].d > 1 && D->subs[si].done_j != j) break;
                if (si == D->nsub || st != WK_OK) break;
                D->subs[si].done_j = j;
                st = split(D, si, j);
            }
            wk_progress("character table", (double) D->nfound, (double) r);
        }
        flint_free(orb_used);
        flint_free(cl);
    }
    if (st == WK_OK && (D->nsub > 0 || D->nfound != r))
        st = wk_error(WK_E_INTERNAL, "Dixon-Schneider found %ld of %ld characters",
                      (long) D->nfound, (long) r);

    /* degrees and values mod p */
    if (st == WK_OK) {
        fmpz_t sum;
        fmpz_init(sum);
        chi = flint_malloc(r * r * sizeof(mp_limb_t));
        deg = flint_malloc(r * sizeof(slong));
        for (i = 0; i < r && st == WK_OK; i++) {
            const mp_limb_t * w = D->found + i * r;
            ulong s = bform(D, w, w), d2, d;
            if (s == 0) { st = wk_error(WK_E_INTERNAL, "degenerate central character"); break; }
            d2 = nmod_mul(_wk_nmod_red(D->N, D->mod), n_invmod(s, D->p), D->mod);
            d = n_sqrtmod(d2, D->p);
            if (d > D->p - d) d = D->p - d;
            if (d == 0 || d * d > D->N || D->N % d || nmod_mul(d, d, D->mod) != d2) {
                st = wk_error(WK_E_INTERNAL, "no valid degree for a character");
                break;
            }
            deg[i] = (slong) d;
            fmpz_add_ui(sum, sum, d * d);
            for (k = 0; k < r; k++)
                chi[i * r + k] = nmod_mul(nmod_mul(w[k], d, D->mod), D->csize_inv[k], D->mod);
        }
        if (st == WK_OK && fmpz_cmp_ui(sum, D->N) != 0)
            st = wk_error(WK_E_INTERNAL, "sum of squared degrees differs from |G|");
        fmpz_clear(sum);
    }

    /* lift to cyclotomics, one rational class at a time */
    if (st == WK_OK) {
        slong * done = flint_malloc(r * sizeof(slong));
        mp_limb_t * zpow = flint_malloc(D->e * sizeof(mp_limb_t));
        fmpz * cv = _fmpz_vec_init(D->e);
        fmpz_t one;
        wk_cyc_t val;
        fmpz_init_set_ui(one, 1);
        wk_cyc_init(val);
        T = flint_calloc(1, sizeof(table_struct));
        T->r = r;
        T->irr = flint_malloc(r * r * sizeof(uint32_t));
        T->degree = flint_malloc(r * sizeof(slong));
        slong * lhash = NULL, lhsize = 0, * rootidx = NULL;
        mp_limb_t * dft_in = flint_malloc(D->e * sizeof(mp_limb_t));
        slong * key = flint_malloc((2 * D->e + 1) * sizeof(slong));
        vcache_t vc;
        memset(&vc, 0, sizeof vc);
        mp_limb_t * dft_out = flint_malloc(D->e * sizeof(mp_limb_t));
        zpow[0] = 1;
        for (k = 1; k < D->e; k++) zpow[k] = nmod_mul(zpow[k - 1], D->Z, D->mod);
        for (i = 0; i < r && st == WK_OK; i++) {
            T->degree[i] = deg[i];
            if (deg[i] == 1) {
                /* linear characters take root-of-unity values: a discrete
                   logarithm in <Z> gives the exponent directly, checked
                   below like every value (central characters, orthogonality) */
                if (lhash == NULL) {
                    lhsize = 16;
                    while (lhsize < 2 * D->e) lhsize *= 2;
                    lhash = flint_malloc(lhsize * sizeof(slong));
                    rootidx = flint_malloc(D->e * sizeof(slong));
                    for (k = 0; k < lhsize; k++) lhash[k] = -1;
                    for (k = 0; k < D->e; k++) {
                        slong h = (slong) ((zpow[k] * UWORD(0x9e3779b97f4a7c15)) >> 20) & (lhsize - 1);
                        while (lhash[h] >= 0) h = (h + 1) & (lhsize - 1);
                        lhash[h] = k;
                        rootidx[k] = -1;
                    }
                }
                for (k = 0; k < r && st == WK_OK; k++) {
                    ulong v = chi[i * r + k];
                    slong h = (slong) ((v * UWORD(0x9e3779b97f4a7c15)) >> 20) & (lhsize - 1), j;
                    while (lhash[h] >= 0 && zpow[lhash[h]] != v) h = (h + 1) & (lhsize - 1);
                    if (lhash[h] < 0) { st = wk_error(WK_E_INTERNAL, "linear character value is not a root of unity"); break; }
                    j = lhash[h];
                    if (rootidx[j] < 0) {
                        wk_cyc_set_root(val, D->e, j);
                        rootidx[j] = _wk_table_pool_insert(T, val);
                    }
                    T->irr[i * r + k] = (uint32_t) rootidx[j];
                }
                continue;
            }
            for (k = 0; k < r; k++) done[k] = 0;
            for (k = 0; k < r && st == WK_OK; k++) {
                slong m = C->eorder[k], l, t, a, step = D->e / m;
                ulong minv;
                if (done[k]) continue;
                if ((++D->poll & 255) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
                minv = n_invmod(m % D->p, D->p);
                /* c_l = (1/m) sum_t chi(g^t) zeta_m^(-l t): a mixed-radix DFT
                   of length m (zeta_m^-1 = Z^(e - step)) */
                {
                    const int32_t * pm = _wk_powermap(D->G, k);
                    for (t = 0; t < m; t++) dft_in[t] = chi[i * r + pm[t]];
                    dft_nmod(dft_out, dft_in, 1, m, (ulong) ((D->e - step) % D->e), zpow, (ulong) D->e, D->mod);
                }
                for (l = 0; l < m; l++) {
                    ulong c;
                    c = nmod_mul(dft_out[l], minv, D->mod);
                    if (c > (ulong) deg[i]) { st = wk_error(WK_E_INTERNAL, "eigenvalue multiplicity out of range"); break; }
                    fmpz_set_ui(cv + l, c);
                }
                if (st != WK_OK) break;
                {
                    slong tot = 0;
                    for (l = 0; l < m; l++) tot += fmpz_get_si(cv + l);
                    if (tot != deg[i]) { st = wk_error(WK_E_INTERNAL, "eigenvalue multiplicities do not add up"); break; }
                }
                /* the Galois conjugates: class of g^a has chi(g^a) = sum c_l zeta^(l a) */
                for (a = 1; a <= FLINT_MAX(m - 1, 1); a++) {
                    slong k2, idx;
                    fmpz * c2;
                    if (_wk_gcd(a, m) != 1) continue;
                    k2 = _wk_powermap(D->G, k)[a % m];
                    if (done[k2]) continue;
                    done[k2] = 1;
                    /* the value as a sparse key (m, positions and multiplicities):
                       repeated values skip the basis reduction */
                    {
                        slong nk = 0, x, y;
                        key[nk++] = m;
                        for (l = 0; l < m; l++)
                            if (!fmpz_is_zero(cv + l)) {
                                slong pos = (l * a) % m, c = fmpz_get_si(cv + l);
                                for (x = nk; x > 1 && key[x - 2] > pos; x -= 2) {
                                    key[x] = key[x - 2];
                                    key[x + 1] = key[x - 1];
                                }
                                key[x] = pos;
                                key[x + 1] = c;
                                nk += 2;
                            }
                        idx = vcache_find(&vc, key, nk);
                        if (idx < 0) {
                            c2 = _fmpz_vec_init(m);
                            for (y = 1; y < nk; y += 2) fmpz_set_si(c2 + key[y], key[y + 1]);
                            _wk_cyc_set_raw(val, c2, m, one);   /* takes c2 */
                            idx = _wk_table_pool_insert(T, val);
                            if (idx < 0) { st = wk_error(WK_E_INTERNAL, "value pool"); break; }
                            vcache_add(&vc, key, nk, idx);
                        }
                    }
                    T->irr[i * r + k2] = (uint32_t) idx;
                }
            }
        }
        flint_free(lhash);
        flint_free(rootidx);
        flint_free(dft_in);
        flint_free(dft_out);
        flint_free(key);
        vcache_clear(&vc);
        wk_cyc_clear(val);
        fmpz_clear(one);
        _fmpz_vec_clear(cv, D->e);
        flint_free(zpow);
        flint_free(done);
    }

    /* cleanup of the F_p state */
    for (i = 0; i < D->nsub; i++) { flint_free(D->subs[i].rows); flint_free(D->subs[i].piv); }
    flint_free(D->subs);
    if (D->rowcache)
        for (i = 0; i < r; i++) {
            if (D->rowcache[i]) {
                slong i2;
                for (i2 = 0; i2 < r; i2++) flint_free(D->rowcache[i][i2]);
                flint_free(D->rowcache[i]);
            }
        }
    flint_free(D->rowcache);
    flint_free(D->found);
    flint_free(D->fhash);
    flint_free(D->ugens);
    flint_free(D->csize_mod);
    flint_free(D->csize_inv);
    flint_free(D->bimg);
    flint_free(D->tmpvec);
    flint_free(D->twist);
    flint_free(D->zc);
    flint_free(D->zchars);
    flint_free(D->zhash);
    flint_free(D->corb);
    flint_free(chi);
    flint_free(deg);
    flint_free(order);
    wk_progress_done();

    if (st == WK_OK) st = _wk_table_verify(T, G);
    if (st != WK_OK) {
        if (T) _wk_table_free(T);
        return st;
    }
    *Tout = T;
    return WK_OK;
}
