/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/stagec.c: stage C of the bootstrap (spec 5.4, 5.6): candidate groups
   G containing N (cyclic extensions <N, x>, central extensions for projective
   skeletons, user groups) compared with the skeleton through lib/groups'
   exact character tables; the character table out. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
#include "xsff_impl.h"

/* ---- finite groups by multiplication table ------------------------------ */
typedef struct {
    slong n, ngens;
    slong *mul;         /* n*n, mul[a*n + b] = a b; element 0 is 1 */
    slong *inv, *ord;
    slong *gens;
    slong *parent, *pgen;   /* BFS tree: e = gens[pgen[e]] * parent[e] */
} tgroup;

static void tg_clear(tgroup *T)
{
    flint_free(T->mul); flint_free(T->inv); flint_free(T->ord);
    flint_free(T->gens); flint_free(T->parent); flint_free(T->pgen);
    memset(T, 0, sizeof *T);
}

static void tg_finish(tgroup *T)
{
    slong n = T->n, a, b, e, j, *queue, head = 0, tail = 0;
    T->inv = flint_malloc(n * sizeof(slong));
    T->ord = flint_malloc(n * sizeof(slong));
    for (a = 0; a < n; a++)
        for (b = 0; b < n; b++) if (T->mul[a * n + b] == 0) { T->inv[a] = b; break; }
    for (a = 0; a < n; a++) {
        slong x = a, k = 1;
        while (x != 0) { x = T->mul[x * n + a]; k++; }
        T->ord[a] = a == 0 ? 1 : k;
    }
    T->parent = flint_malloc(n * sizeof(slong));
    T->pgen = flint_malloc(n * sizeof(slong));
    for (e = 0; e < n; e++) T->parent[e] = -1;
    queue = flint_malloc(n * sizeof(slong));
    T->parent[0] = 0; T->pgen[0] = -1;
    queue[tail++] = 0;
    while (head < tail) {
        e = queue[head++];
        for (j = 0; j < T->ngens; j++) {
            slong f = T->mul[T->gens[j] * n + e];
            if (T->parent[f] < 0) { T->parent[f] = e; T->pgen[f] = j; queue[tail++] = f; }
        }
    }
    flint_free(queue);
}

/* N from lib/xsff's enumeration: element indices as there */
static void tg_from_xsff(tgroup *T, const wk_xsff_group_t G)
{
    slong n = G->order, ng = G->ngens, a, b, j;
    T->n = n;
    T->ngens = ng;
    T->mul = flint_malloc(n * n * sizeof(slong));
    T->gens = flint_malloc(ng * sizeof(slong));
    for (j = 0; j < ng; j++) T->gens[j] = G->lmul[0 * ng + j];
    for (b = 0; b < n; b++) T->mul[b] = b;
    /* a = g_{pgen[a]} * parent[a], so a b = g (parent[a] b); BFS order has parents first */
    for (a = 1; a < n; a++)
        for (b = 0; b < n; b++)
            T->mul[a * n + b] = G->lmul[T->mul[G->parent[a] * n + b] * ng + G->pgen[a]];
    tg_finish(T);
}

/* N x Z_r: (n, z) -> n + z |N|; generators: N's, then (1, 1) */
static void tg_times_cyclic(tgroup *T, const tgroup *N, slong r)
{
    slong n = N->n * r, a, b, j;
    T->n = n;
    T->ngens = N->ngens + 1;
    T->mul = flint_malloc(n * n * sizeof(slong));
    T->gens = flint_malloc(T->ngens * sizeof(slong));
    for (a = 0; a < n; a++)
        for (b = 0; b < n; b++)
            T->mul[a * n + b] = N->mul[(a % N->n) * N->n + (b % N->n)] + ((a / N->n + b / N->n) % r) * N->n;
    for (j = 0; j < N->ngens; j++) T->gens[j] = N->gens[j];
    T->gens[N->ngens] = N->n;
    tg_finish(T);
}

/* extends generator images t[] to phi[] (n entries); 1 if an automorphism */
static int tg_extend(slong *phi, const tgroup *T, const slong *t, char *seen)
{
    slong n = T->n, e, j, *order = NULL;
    (void) order;
    for (e = 0; e < n; e++) phi[e] = -1;
    phi[0] = 0;
    /* BFS order: parents come first in the queue order, recover by repeated passes */
    for (;;) {
        int changed = 0, missing = 0;
        for (e = 1; e < n; e++) {
            if (phi[e] >= 0) continue;
            if (phi[T->parent[e]] < 0) { missing = 1; continue; }
            phi[e] = T->mul[t[T->pgen[e]] * n + phi[T->parent[e]]];
            changed = 1;
        }
        if (!missing) break;
        if (!changed) return 0;
    }
    memset(seen, 0, n);
    for (e = 0; e < n; e++) { if (seen[phi[e]]) return 0; seen[phi[e]] = 1; }
    for (e = 0; e < n; e++)
        for (j = 0; j < T->ngens; j++)
            if (phi[T->mul[T->gens[j] * n + e]] != T->mul[t[j] * n + phi[e]]) return 0;
    return 1;
}

/* automorphisms (as n-arrays): generator j kept if fixed[j] == 1, sent into
   the elements 0..nbase-1 if fixed[j] == 2; at most maxa */
static slong tg_automorphisms(slong **out, const tgroup *T, const int *fixed, slong nbase, slong maxa, int *complete)
{
    slong n = T->n, k = T->ngens, na = 0, alloc = 64, j, *t, *idx, *phi;
    char *seen = flint_malloc(n);
    slong **cand = flint_malloc(k * sizeof(slong *)), *ncand = flint_calloc(k, sizeof(slong));
    *out = flint_malloc(alloc * n * sizeof(slong));
    *complete = 1;
    for (j = 0; j < k; j++) {
        slong e;
        cand[j] = flint_malloc(n * sizeof(slong));
        for (e = 0; e < n; e++)
            if ((fixed && fixed[j] == 1) ? e == T->gens[j]
                : (T->ord[e] == T->ord[T->gens[j]] && (!(fixed && fixed[j] == 2) || e < nbase))) cand[j][ncand[j]++] = e;
    }
    t = flint_malloc(k * sizeof(slong));
    idx = flint_calloc(k, sizeof(slong));
    phi = flint_malloc(n * sizeof(slong));
    for (;;) {
        for (j = 0; j < k; j++) t[j] = cand[j][idx[j]];
        if (tg_extend(phi, T, t, seen)) {
            if (na == maxa) { *complete = 0; break; }
            if (na == alloc) { alloc *= 2; *out = flint_realloc(*out, alloc * n * sizeof(slong)); }
            memcpy(*out + na * n, phi, n * sizeof(slong));
            na++;
        }
        for (j = 0; j < k; j++) { if (++idx[j] < ncand[j]) break; idx[j] = 0; }
        if (j == k) break;
        if (wk_interrupted()) { *complete = 0; break; }
    }
    for (j = 0; j < k; j++) flint_free(cand[j]);
    flint_free(cand); flint_free(ncand); flint_free(t); flint_free(idx); flint_free(phi); flint_free(seen);
    return na;
}

/* ---- characters of N (x Z_r) and the induced action on Irr(N) -------------- */

/* chi_(a, lambda_c)(e) for e in N x Z_r */
static double complex chi_nz(const wk_xsff_group_t G, slong a, slong e, slong r, slong c)
{
    slong n = G->order, z = e / n;
    return G->chi[a * n + (e % n)] * cexp(2 * M_PI * I * (double) (c * z) / r);
}

/* pi[a] = b with chi_b = chi_a o alpha (on N x Z_r, character lambda_c of Z); 0 if none */
static int induced_perm(slong *pi, const wk_xsff_group_t G, const tgroup *T, const slong *alpha, slong r, slong c)
{
    slong a, b, e;
    for (a = 0; a < G->nirr; a++) {
        pi[a] = -1;
        for (b = 0; b < G->nirr && pi[a] < 0; b++) {
            for (e = 0; e < T->n; e++)
                if (cabs(chi_nz(G, b, e, r, c) - chi_nz(G, a, alpha[e], r, c)) > 1e-6) break;
            if (e == T->n) pi[a] = b;
        }
        if (pi[a] < 0) return 0;
    }
    return 1;
}

/* ---- candidate groups ---------------------------------------------------- */

/* E = <T, x>, x t x^-1 = alpha(t), x^m = n0: element (t, i) = t x^i has index
   t + i |T|, so T's elements keep their indices; generators: T's, then x */
static void ext_table(tgroup *E, const tgroup *T, const slong *alpha, slong m, slong n0)
{
    slong n = T->n, N = n * m, e, g, i, j, *apow;
    apow = flint_malloc(m * n * sizeof(slong));
    for (e = 0; e < n; e++) apow[e] = e;
    for (i = 1; i < m; i++)
        for (e = 0; e < n; e++) apow[i * n + e] = alpha[apow[(i - 1) * n + e]];
    memset(E, 0, sizeof *E);
    E->n = N;
    E->mul = flint_malloc((size_t) N * N * sizeof(slong));
    for (e = 0; e < N; e++)
        for (g = 0; g < N; g++) {
            slong n1 = e % n, i1 = e / n, n2 = g % n, i2 = g / n, q, sum = i1 + i2;
            q = T->mul[n1 * n + apow[i1 * n + n2]];
            if (sum >= m) { q = T->mul[q * n + n0]; sum -= m; }
            E->mul[e * N + g] = q + sum * n;
        }
    E->ngens = T->ngens + 1;
    E->gens = flint_malloc(E->ngens * sizeof(slong));
    for (j = 0; j < T->ngens; j++) E->gens[j] = T->gens[j];
    E->gens[T->ngens] = m > 1 ? n : 0;
    flint_free(apow);
    tg_finish(E);
}

/* the regular right action of a table group as a lib/groups permutation group */
static wk_status tg_permgroup(wk_group_struct **G, const tgroup *T)
{
    slong j, e, n = T->n, **imgs = flint_malloc(T->ngens * sizeof(slong *)), *lens = flint_malloc(T->ngens * sizeof(slong));
    wk_status st;
    for (j = 0; j < T->ngens; j++) {
        imgs[j] = flint_malloc(n * sizeof(slong));
        for (e = 0; e < n; e++) imgs[j][e] = T->mul[e * n + T->gens[j]] + 1;
        lens[j] = n;
    }
    st = wk_group_permgroup_images(G, (const slong *const *) imgs, lens, T->ngens, n);
    for (j = 0; j < T->ngens; j++) flint_free(imgs[j]);
    flint_free(imgs); flint_free(lens);
    return st;
}

/* restriction rows of the irreps of G (over lambda if r > 1) in the sector
   labels; emb[n] = element of G (table index) for n in N */
static wk_status restriction(slong **rows, slong *nrows, slong **degs, wk_group_struct *G, const tgroup *TG,
                             const slong *emb, const wk_xsff_group_t Nx, slong zel, slong r, slong c)
{
    const slong *table = TG->mul;
    slong NG = TG->n;
    slong rg, i, a, n, nN = Nx->order, *cls = flint_malloc(nN * sizeof(slong)), zcls = -1;
    wk_perm_t p;
    wk_cyc_t v;
    acb_t z;
    wk_status st;
    double complex *val;
    if ((st = wk_group_chartable(G))) { flint_free(cls); return st; }
    rg = wk_group_nclasses(G);
    wk_perm_init(p, NG);
    /* classes of the embedded elements (and of z) */
    for (n = 0; n <= nN; n++) {
        slong el = n < nN ? emb[n] : zel, e, k;
        slong *img = flint_malloc(NG * sizeof(slong));
        if (n == nN && zel < 0) { flint_free(img); break; }
        for (e = 0; e < NG; e++) img[e] = table[e * NG + el] + 1;
        wk_perm_set_images(p, img, NG);
        flint_free(img);
        if ((st = wk_group_class_of(&k, G, p))) { wk_perm_clear(p); flint_free(cls); return st; }
        if (n < nN) cls[n] = k; else zcls = k;
    }
    wk_perm_clear(p);
    val = flint_malloc(rg * rg * sizeof(double complex));
    wk_cyc_init(v);
    acb_init(z);
    for (i = 0; i < rg; i++)
        for (a = 0; a < rg; a++) {
            wk_group_irr_value(v, G, i, a);
            wk_cyc_get_acb(z, v, 64);
            val[i * rg + a] = arf_get_d(arb_midref(acb_realref(z)), ARF_RND_NEAR)
                              + I * arf_get_d(arb_midref(acb_imagref(z)), ARF_RND_NEAR);
        }
    wk_cyc_clear(v);
    acb_clear(z);
    *rows = flint_malloc((rg * Nx->nirr + 1) * sizeof(slong));
    *degs = flint_malloc((rg + 1) * sizeof(slong));
    *nrows = 0;
    for (i = 0; i < rg; i++) {
        slong d = wk_group_irr_degree(G, i);
        if (r > 1 && cabs(val[i * rg + zcls] - d * cexp(2 * M_PI * I * (double) c / r)) > 1e-6) continue;
        for (a = 0; a < Nx->nirr; a++) {
            double complex s = 0;
            for (n = 0; n < nN; n++) s += val[i * rg + cls[n]] * conj(Nx->chi[a * nN + n]);
            s /= nN;
            (*rows)[*nrows * Nx->nirr + a] = (slong) floor(creal(s) + 0.5);
        }
        (*degs)[*nrows] = d;
        (*nrows)++;
    }
    flint_free(val);
    flint_free(cls);
    return WK_OK;
}

/* sorts the rows of A (n rows of len entries) lexicographically */
static void sort_rows(slong *A, slong n, slong len)
{
    slong i, j, k, *t = flint_malloc((len + 1) * sizeof(slong));
    for (i = 1; i < n; i++) {
        memcpy(t, A + i * len, len * sizeof(slong));
        for (j = i; j > 0; j--) {
            const slong *p = A + (j - 1) * len;
            for (k = 0; k < len && p[k] == t[k]; k++) ;
            if (k == len || p[k] < t[k]) break;
            memcpy(A + j * len, p, len * sizeof(slong));
        }
        memcpy(A + j * len, t, len * sizeof(slong));
    }
    flint_free(t);
}

/* rows equal as multisets */
static int same_rows(slong *A, slong na, const slong *Bm, slong nb, slong nsec)
{
    slong *Bc;
    int ok;
    if (na != nb) return 0;
    Bc = flint_malloc((nb * nsec + 1) * sizeof(slong));
    memcpy(Bc, Bm, nb * nsec * sizeof(slong));
    sort_rows(A, na, nsec);
    sort_rows(Bc, nb, nsec);
    ok = memcmp(A, Bc, na * nsec * sizeof(slong)) == 0;
    flint_free(Bc);
    return ok;
}

/* invariants of a group: text used to tell isomorphism types apart */
static char *invariants(wk_group_struct *G, slong *abel, slong *nabel)
{
    wk_xsff_buf b;
    slong k, r, *pairs, i, j;
    fmpz_t o;
    wk_group_struct *D = NULL, *Q = NULL, *Z = NULL;
    _wk_xsff_buf_init(&b);
    fmpz_init(o);
    wk_group_order(o, G);
    wk_group_classes(G);
    r = wk_group_nclasses(G);
    pairs = flint_malloc(2 * r * sizeof(slong));
    for (k = 0; k < r; k++) { pairs[2 * k] = wk_group_class_elt_order(G, k); pairs[2 * k + 1] = wk_group_class_size(G, k); }
    for (i = 1; i < r; i++)
        for (j = i; j > 0 && (pairs[2 * j] < pairs[2 * j - 2] || (pairs[2 * j] == pairs[2 * j - 2] && pairs[2 * j + 1] < pairs[2 * j - 1])); j--) {
            slong t0 = pairs[2 * j], t1 = pairs[2 * j + 1];
            pairs[2 * j] = pairs[2 * j - 2]; pairs[2 * j + 1] = pairs[2 * j - 1];
            pairs[2 * j - 2] = t0; pairs[2 * j - 1] = t1;
        }
    _wk_xsff_buf_printf(&b, "order %ld, %ld classes (order:size", (long) fmpz_get_si(o), (long) r);
    for (k = 0; k < r; k++) _wk_xsff_buf_printf(&b, " %ld:%ld", (long) pairs[2 * k], (long) pairs[2 * k + 1]);
    _wk_xsff_buf_printf(&b, ")");
    if (wk_group_centre(&Z, G) == WK_OK) {
        fmpz_t zo;
        fmpz_init(zo);
        wk_group_order(zo, Z);
        _wk_xsff_buf_printf(&b, ", |Z| = %ld", (long) fmpz_get_si(zo));
        fmpz_clear(zo);
        wk_group_clear(Z);
    }
    *nabel = 0;
    if (wk_group_derived_subgroup(&D, G) == WK_OK && wk_group_quotient(&Q, G, D) == WK_OK
        && wk_group_classes(Q) == WK_OK) {
        /* primary invariants of the abelian quotient from its element orders */
        slong rq = wk_group_nclasses(Q), p, qo = 0;
        fmpz_t qq;
        fmpz_init(qq);
        wk_group_order(qq, Q);
        qo = fmpz_get_si(qq);
        fmpz_clear(qq);
        for (p = 2; p <= qo; p++) {
            slong t, pk, s_prev = 0, cnt, s, jj, mult[64] = {0}, maxj = 0;
            int prime = 1;
            for (t = 2; t * t <= p; t++) if (p % t == 0) prime = 0;
            if (!prime || qo % p) continue;
            for (jj = 1, pk = p; jj < 64; jj++, pk *= p) {
                cnt = 0;
                for (k = 0; k < rq; k++) if (pk % wk_group_class_elt_order(Q, k) == 0) cnt++;
                for (s = 0, t = 1; t < cnt; t *= p) s++;
                mult[jj] = s - s_prev;       /* factors of order >= p^jj */
                s_prev = s;
                if (mult[jj] == 0) break;
                maxj = jj;
                if (pk > qo) break;
            }
            for (jj = maxj; jj >= 1; jj--) {
                slong nf = mult[jj] - (jj + 1 <= maxj ? mult[jj + 1] : 0), q = 1, x;
                for (x = 0; x < jj; x++) q *= p;
                for (x = 0; x < nf && *nabel < 32; x++) abel[(*nabel)++] = q;
            }
        }
        _wk_xsff_buf_printf(&b, ", G/[G,G] = ");
        if (*nabel == 0) _wk_xsff_buf_printf(&b, "1");
        for (k = 0; k < *nabel; k++) _wk_xsff_buf_printf(&b, "%sC%ld", k ? " x " : "", (long) abel[k]);
    }
    if (D) wk_group_clear(D);
    if (Q) wk_group_clear(Q);
    flint_free(pairs);
    fmpz_clear(o);
    return _wk_xsff_buf_take(&b);
}

void wk_xsff_stagec_opts_init(wk_xsff_stagec_opts_struct *o)
{
    o->max_aut = 20000;
    o->max_cand = 200;
    o->zmax = 3;
    o->extensions = 1;
}

void wk_xsff_stagec_init(wk_xsff_stagec_t C)
{
    memset(C, 0, sizeof(wk_xsff_stagec_struct));
}

void wk_xsff_stagec_clear(wk_xsff_stagec_t C)
{
    slong i;
    for (i = 0; i < C->nmatch; i++) { if (C->group[i]) wk_group_clear(C->group[i]); flint_free(C->desc[i]); }
    flint_free(C->group); flint_free(C->desc); flint_free(C->order);
    flint_free(C->irr_deg); flint_free(C->restr); flint_free(C->fs); flint_free(C->abel);
    flint_free(C->table); flint_free(C->report);
    wk_xsff_stagec_init(C);
}

/* records a match if its invariants are new; takes the reference to G */
static void add_match(wk_xsff_stagec_t C, wk_group_struct *G, const char *how, const slong *rows,
                      const slong *degs, slong nrows, slong nsec)
{
    slong abel[32], nabel, i;
    char *inv = invariants(G, abel, &nabel);
    wk_xsff_buf b;
    for (i = 0; i < C->nmatch; i++)
        if (strstr(C->desc[i], inv)) { flint_free(inv); wk_group_clear(G); return; }
    _wk_xsff_buf_init(&b);
    _wk_xsff_buf_printf(&b, "%s: %s", how, inv);
    flint_free(inv);
    C->group = flint_realloc(C->group, (C->nmatch + 1) * sizeof(wk_group_struct *));
    C->desc = flint_realloc(C->desc, (C->nmatch + 1) * sizeof(char *));
    C->order = flint_realloc(C->order, (C->nmatch + 1) * sizeof(slong));
    C->group[C->nmatch] = G;
    C->desc[C->nmatch] = _wk_xsff_buf_take(&b);
    {
        fmpz_t o;
        fmpz_init(o);
        wk_group_order(o, G);
        C->order[C->nmatch] = fmpz_get_si(o);
        fmpz_clear(o);
    }
    if (C->nmatch == 0) {
        C->nirr = nrows;
        C->irr_deg = _wk_xsff_slong_dup(degs, nrows);
        C->restr = _wk_xsff_slong_dup(rows, nrows * nsec);
        C->nabel = nabel;
        C->abel = _wk_xsff_slong_dup(abel, nabel);
    }
    C->nmatch++;
}

typedef struct {
    const wk_xsff_group_struct *Nx;
    const wk_xsff_boot_struct *B;
    wk_xsff_stagec_struct *C;
    const wk_xsff_stagec_opts_struct *opts;
    const tgroup *base;     /* N' = N x Z_r (r > 1) or N: elements 0..|N'|-1 of every level */
    slong r, c, nsec, nodes;
    wk_xsff_buf *notes;
    wk_status st;
    char **seen;            /* intermediate groups already searched (invariants) */
    slong nseen;
} search_t;

/* orbit labels on Irr(N) of the group generated by T's generators acting on
   N' by conjugation; 0 if a generator does not normalise N' */
static int level_orbits(slong *lab, const search_t *X, const tgroup *T)
{
    slong nsec = X->nsec, nb = X->base->n, j, a, b, e;
    slong *pi = flint_malloc(nsec * sizeof(slong)), *conj = flint_malloc(nb * sizeof(slong)), *par = flint_malloc(nsec * sizeof(slong));
    int ok = 1;
    for (a = 0; a < nsec; a++) par[a] = a;
    for (j = 0; j < T->ngens && ok; j++) {
        slong h = T->gens[j], hi = T->inv[h];
        for (e = 0; e < nb && ok; e++) {
            conj[e] = T->mul[T->mul[hi * T->n + e] * T->n + h];    /* h^-1 e h */
            if (conj[e] >= nb) ok = 0;
        }
        if (!ok || !induced_perm(pi, X->Nx, X->base, conj, X->r, X->c)) { ok = 0; break; }
        for (a = 0; a < nsec; a++) {
            slong x = a, y = pi[a];
            while (par[x] != x) x = par[x];
            while (par[y] != y) y = par[y];
            if (x != y) par[FLINT_MAX(x, y)] = FLINT_MIN(x, y);
        }
    }
    for (a = 0; a < nsec; a++) { b = a; while (par[b] != b) b = par[b]; lab[a] = b; }
    flint_free(pi); flint_free(conj); flint_free(par);
    return ok;
}

/* orbits (labels) refine the skeleton's unitary orbits; equal if final */
static int orbits_fit(const slong *lab, const slong *uorb, slong nsec, int final)
{
    slong a, b;
    for (a = 0; a < nsec; a++)
        for (b = 0; b < nsec; b++) {
            if (lab[a] == lab[b] && uorb[a] != uorb[b]) return 0;
            if (final && uorb[a] == uorb[b] && lab[a] != lab[b]) return 0;
        }
    return 1;
}

static void final_test(search_t *X, const tgroup *T)
{
    wk_group_struct *G = NULL;
    slong *emb, e, nrows, *rows = NULL, *degs = NULL, nN = X->Nx->order;
    wk_status st;
    if (X->C->ncand >= X->opts->max_cand) return;
    if ((st = tg_permgroup(&G, T))) { X->st = st; return; }
    X->C->ncand++;
    emb = flint_malloc(nN * sizeof(slong));
    for (e = 0; e < nN; e++) emb[e] = e;                  /* (n, 0, 0, ...) keeps its index */
    st = restriction(&rows, &nrows, &degs, G, T, emb, X->Nx, X->r > 1 ? nN : -1, X->r, X->c);
    if (st) X->st = st;
    else if (same_rows(rows, nrows, X->B->M, X->B->nrows, X->nsec)) {
        char how[200];
        if (X->r > 1)
            snprintf(how, sizeof how, "central extension of N x Z%ld by a chain of cyclic extensions, irreps over "
                     "the faithful character %ld of Z", (long) X->r, (long) X->c);
        else
            snprintf(how, sizeof how, "chain of cyclic extensions of N (%ld generators)", (long) T->ngens);
        if (X->C->nmatch == 0) X->C->zorder = X->r > 1 ? X->r : 0;
        add_match(X->C, G, how, rows, degs, nrows, X->nsec);
        G = NULL;
    }
    if (G) wk_group_clear(G);
    flint_free(rows); flint_free(degs); flint_free(emb);
}

/* extends T by cyclic steps of prime order until the index is reached */
static void search(search_t *X, const tgroup *T, slong remaining, int depth)
{
    slong p, nsec = X->nsec, *lab = flint_malloc(nsec * sizeof(slong));
    if (X->st != WK_OK || wk_interrupted()) { if (wk_interrupted()) X->st = wk_error(WK_E_INTERRUPT, "interrupted"); flint_free(lab); return; }
    if (remaining == 1) {
        if (level_orbits(lab, X, T) && orbits_fit(lab, X->B->uorbit_of, nsec, 1)) final_test(X, T);
        flint_free(lab);
        return;
    }
    for (p = 2; p <= remaining && X->st == WK_OK; p++) {
        slong t, na, ai, *auts = NULL, *canon = NULL, ncanon = 0, j;
        int prime = 1, complete, *fixed;
        for (t = 2; t * t <= p; t++) if (p % t == 0) prime = 0;
        if (!prime || remaining % p) continue;
        fixed = flint_calloc(T->ngens, sizeof(int));
        for (j = 0; j < T->ngens; j++) fixed[j] = T->gens[j] < X->base->n ? 2 : 0;
        if (X->r > 1) fixed[X->base->ngens - 1] = 1;      /* z stays */
        na = tg_automorphisms(&auts, T, fixed, X->base->n, X->opts->max_aut, &complete);
        if (!complete)
            _wk_xsff_buf_printf(X->notes, "  note: automorphisms of a group of order %ld enumerated only up to %ld\n",
                                (long) T->n, (long) X->opts->max_aut);
        canon = flint_malloc((na + 1) * T->ngens * sizeof(slong));
        for (ai = 0; ai < na && X->st == WK_OK && X->C->ncand < X->opts->max_cand; ai++) {
            const slong *al = auts + ai * T->n;
            slong g, best[32], n0;
            int dup = 0;
            if (T->ngens > 32) break;
            for (j = 0; j < T->ngens; j++) best[j] = al[T->gens[j]];
            for (g = 0; g < T->n; g++) {
                slong cand[32];
                int less = 0;
                for (j = 0; j < T->ngens; j++)
                    cand[j] = al[T->mul[T->mul[g * T->n + T->gens[j]] * T->n + T->inv[g]]];
                for (j = 0; j < T->ngens; j++) if (cand[j] != best[j]) { less = cand[j] < best[j]; break; }
                if (less) memcpy(best, cand, T->ngens * sizeof(slong));
            }
            for (j = 0; j < ncanon && !dup; j++)
                if (memcmp(canon + j * T->ngens, best, T->ngens * sizeof(slong)) == 0) dup = 1;
            if (dup) continue;
            memcpy(canon + ncanon * T->ngens, best, T->ngens * sizeof(slong));
            ncanon++;
            for (n0 = 0; n0 < T->n && X->st == WK_OK && X->C->ncand < X->opts->max_cand; n0++) {
                slong e, q, *ak;
                int ok = al[n0] == n0;
                tgroup E;
                if (!ok) continue;
                ak = flint_malloc(T->n * sizeof(slong));
                for (e = 0; e < T->n; e++) ak[e] = e;
                for (q = 0; q < p; q++) for (e = 0; e < T->n; e++) ak[e] = al[ak[e]];
                for (e = 0; e < T->n && ok; e++)
                    if (ak[e] != T->mul[T->mul[n0 * T->n + e] * T->n + T->inv[n0]]) ok = 0;
                flint_free(ak);
                if (!ok) continue;
                if ((double) T->n * p * T->n * p > 4e7) { X->st = wk_error(WK_E_TOO_LARGE, "candidate group of order %ld too large", (long) (T->n * p)); break; }
                ext_table(&E, T, al, p, n0);
                if (++X->nodes > 50 * X->opts->max_cand) { tg_clear(&E); break; }
                if (level_orbits(lab, X, &E) && orbits_fit(lab, X->B->uorbit_of, nsec, remaining == p)) {
                    /* skip intermediate groups met before (same element orders, orbits, index left) */
                    wk_xsff_buf key;
                    slong i2, *cnt = flint_calloc(E.n + 1, sizeof(slong));
                    int seen = 0;
                    _wk_xsff_buf_init(&key);
                    _wk_xsff_buf_printf(&key, "%ld:%ld:", (long) remaining / p, (long) E.n);
                    for (e = 0; e < E.n; e++) cnt[E.ord[e]]++;
                    for (e = 1; e <= E.n; e++) if (cnt[e]) _wk_xsff_buf_printf(&key, "%ld^%ld,", (long) e, (long) cnt[e]);
                    for (e = 0; e < nsec; e++) _wk_xsff_buf_printf(&key, "%ld.", (long) lab[e]);
                    flint_free(cnt);
                    for (i2 = 0; i2 < X->nseen && !seen; i2++) if (strcmp(X->seen[i2], key.s) == 0) seen = 1;
                    if (!seen || remaining == p) {
                        if (!seen) {
                            X->seen = flint_realloc(X->seen, (X->nseen + 1) * sizeof(char *));
                            X->seen[X->nseen++] = _wk_xsff_buf_take(&key);
                        }
                        search(X, &E, remaining / p, depth + 1);
                    }
                    _wk_xsff_buf_clear(&key);
                }
                tg_clear(&E);
            }
        }
        flint_free(auts); flint_free(canon); flint_free(fixed);
    }
    flint_free(lab);
}

wk_status wk_xsff_stagec(wk_xsff_stagec_t C, const wk_xsff_group_t Nx, const wk_xsff_boot_t B,
                         wk_group_struct *const *user, slong nuser,
                         const wk_xsff_stagec_opts_struct *opts_in)
{
    wk_xsff_stagec_opts_struct opts;
    slong nsec = Nx->nirr, k, r, c, i;
    tgroup T0;
    wk_status st = WK_OK;
    wk_xsff_buf rep;

    if (opts_in) opts = *opts_in; else wk_xsff_stagec_opts_init(&opts);
    if (opts.max_aut <= 0) opts.max_aut = 20000;
    if (opts.max_cand <= 0) opts.max_cand = 200;
    if (opts.zmax <= 0) opts.zmax = 3;
    if (!Nx->ready || !Nx->complete)
        return wk_error(WK_E_DOMAIN, "stage C needs N with a complete set of irreps");
    if (!B->found || B->nsec != nsec)
        return wk_error(WK_E_DOMAIN, "stage C needs a skeleton from stage B over the %ld sectors of N", (long) nsec);
    k = B->index;
    if ((double) Nx->order * k * (B->projective ? opts.zmax : 1) > 5000)
        return wk_error(WK_E_TOO_LARGE, "candidate groups of order %ld x %ld%s are too large for stage C (limit 5000)",
                        (long) k, (long) Nx->order, B->projective ? " x |Z|" : "");
    wk_xsff_stagec_clear(C);
    C->nsec = nsec;
    memset(&T0, 0, sizeof T0);
    tg_from_xsff(&T0, Nx);
    _wk_xsff_buf_init(&rep);

    for (r = B->projective ? 2 : 1; opts.extensions && r <= (B->projective ? opts.zmax : 1) && st == WK_OK && C->nmatch == 0; r++) {
        tgroup T;
        memset(&T, 0, sizeof T);
        if (r > 1) tg_times_cyclic(&T, &T0, r);
        for (c = (r > 1); c < r && st == WK_OK; c++) {
            search_t X;
            slong g0 = c, g1 = r;
            while (g1) { slong t = g0 % g1; g0 = g1; g1 = t; }
            if (r > 1 && g0 != 1) continue;     /* faithful characters of Z only */
            memset(&X, 0, sizeof X);
            X.Nx = Nx; X.B = B; X.C = C; X.opts = &opts; X.base = r > 1 ? &T : &T0;
            X.r = r; X.c = c; X.nsec = nsec; X.notes = &rep; X.st = WK_OK;
            search(&X, X.base, k, 0);
            st = X.st;
            _wk_xsff_strs_free(X.seen, X.nseen);
        }
        if (r > 1) tg_clear(&T);
    }

    /* user candidates: every embedding of N */
    for (i = 0; i < nuser && st == WK_OK; i++) {
        wk_group_struct *Np = NULL;
        slong **imgs = flint_malloc(T0.ngens * sizeof(slong *)), *lens = flint_malloc(T0.ngens * sizeof(slong)), j, e;
        wk_embeddings_t E;
        for (j = 0; j < T0.ngens; j++) {
            imgs[j] = flint_malloc(T0.n * sizeof(slong));
            for (e = 0; e < T0.n; e++) imgs[j][e] = T0.mul[e * T0.n + T0.gens[j]] + 1;   /* right regular */
            lens[j] = T0.n;
        }
        st = wk_group_permgroup_images(&Np, (const slong *const *) imgs, lens, T0.ngens, T0.n);
        for (j = 0; j < T0.ngens; j++) flint_free(imgs[j]);
        flint_free(imgs); flint_free(lens);
        if (st) break;
        wk_embeddings_init(E);
        st = wk_group_embeddings(E, Np, user[i], 0, 0);
        for (j = 0; st == WK_OK && j < E->count; j++) {
            /* element n of N as a word in the embedding's generators (elements 1^p - 1) */
            slong t = E->t, *gen_el = flint_malloc(t * sizeof(slong)), *parent = flint_malloc(T0.n * sizeof(slong));
            slong *pg = flint_malloc(T0.n * sizeof(slong)), *queue = flint_malloc(T0.n * sizeof(slong)), head = 0, tail = 0, x;
            wk_perm_struct *im = flint_malloc(T0.n * sizeof(wk_perm_struct));
            slong NG, *table, *emb, nrows, *rows = NULL, *degs = NULL;
            fmpz_t o;
            for (x = 0; x < t; x++) gen_el[x] = wk_perm_image(E->ngens + x, 1) - 1;
            for (x = 0; x < T0.n; x++) parent[x] = -1;
            parent[0] = 0; queue[tail++] = 0;
            while (head < tail) {
                slong y = queue[head++];
                for (x = 0; x < t; x++) {
                    slong z = T0.mul[y * T0.n + gen_el[x]];   /* y * g_x */
                    if (parent[z] < 0) { parent[z] = y; pg[z] = x; queue[tail++] = z; }
                }
            }
            /* images: phi(y g_x) = phi(y) phi(g_x) (permutations act on the right) */
            NG = wk_group_degree(user[i]);
            for (x = 0; x < T0.n; x++) wk_perm_init(im + x, NG);
            for (head = 1; head < tail; head++) {
                slong z = queue[head];
                wk_perm_mul(im + z, im + parent[z], E->images + j * t + pg[z]);
            }
            /* a table for restriction(): elements of G as their permutations is costly;
               use class_of directly through a one-element table per n */
            fmpz_init(o);
            wk_group_order(o, user[i]);
            (void) o;
            {
                slong rg, a, n, *cls = flint_malloc(T0.n * sizeof(slong));
                double complex *val;
                wk_cyc_t v;
                acb_t zz;
                st = wk_group_chartable(user[i]);
                for (n = 0; st == WK_OK && n < T0.n; n++) st = wk_group_class_of(cls + n, user[i], im + n);
                if (st == WK_OK) {
                    rg = wk_group_nclasses(user[i]);
                    val = flint_malloc(rg * rg * sizeof(double complex));
                    wk_cyc_init(v); acb_init(zz);
                    for (a = 0; a < rg; a++)
                        for (n = 0; n < rg; n++) {
                            wk_group_irr_value(v, user[i], a, n);
                            wk_cyc_get_acb(zz, v, 64);
                            val[a * rg + n] = arf_get_d(arb_midref(acb_realref(zz)), ARF_RND_NEAR)
                                              + I * arf_get_d(arb_midref(acb_imagref(zz)), ARF_RND_NEAR);
                        }
                    wk_cyc_clear(v); acb_clear(zz);
                    rows = flint_malloc((rg * nsec + 1) * sizeof(slong));
                    degs = flint_malloc((rg + 1) * sizeof(slong));
                    nrows = rg;
                    for (a = 0; a < rg; a++) {
                        slong b2;
                        degs[a] = wk_group_irr_degree(user[i], a);
                        for (b2 = 0; b2 < nsec; b2++) {
                            double complex s = 0;
                            for (n = 0; n < T0.n; n++) s += val[a * rg + cls[n]] * conj(Nx->chi[b2 * T0.n + n]);
                            rows[a * nsec + b2] = (slong) floor(creal(s / T0.n) + 0.5);
                        }
                    }
                    flint_free(val);
                    C->ncand++;
                    if (!B->projective && same_rows(rows, nrows, B->M, B->nrows, nsec)) {
                        char how[160];
                        snprintf(how, sizeof how, "user group %ld (%s), embedding %ld", (long) i,
                                 wk_group_name(user[i]) ? wk_group_name(user[i]) : "unnamed", (long) j);
                        add_match(C, wk_group_incref(user[i]), how, rows, degs, nrows, nsec);
                    }
                    flint_free(rows); flint_free(degs);
                }
                flint_free(cls);
            }
            fmpz_clear(o);
            for (x = 0; x < T0.n; x++) wk_perm_clear(im + x);
            flint_free(im); flint_free(gen_el); flint_free(parent); flint_free(pg); flint_free(queue);
            (void) table; (void) emb;
        }
        wk_embeddings_clear(E);
        wk_group_clear(Np);
    }

    /* the table and indicators of the first match */
    if (st == WK_OK && C->nmatch > 0) {
        slong ind[512], rg;
        wk_group_struct *G = C->group[0];
        if (wk_group_chartable_display(&C->table, G) != WK_OK) C->table = NULL;
        rg = wk_group_nclasses(G);
        if (C->zorder == 0 && rg <= 512 && wk_group_fs_indicators(ind, G) == WK_OK) {
            /* in the order of the restriction rows: irreps in table order */
            C->fs = _wk_xsff_slong_dup(ind, rg);
        }
    }
    /* report */
    {
        wk_xsff_buf b;
        _wk_xsff_buf_init(&b);
        _wk_xsff_buf_printf(&b, "stage C: %ld candidate group%s compared", (long) C->ncand, C->ncand == 1 ? "" : "s");
        if (B->projective) _wk_xsff_buf_printf(&b, " (central extensions for the projective skeleton)");
        _wk_xsff_buf_printf(&b, "; %ld match%s\n", (long) C->nmatch, C->nmatch == 1 ? "" : "es");
        for (i = 0; i < C->nmatch; i++) _wk_xsff_buf_printf(&b, "  %s\n", C->desc[i]);
        if (rep.len) _wk_xsff_buf_printf(&b, "%s", rep.s);
        if (C->table) _wk_xsff_buf_printf(&b, "character table of the first match:\n%s", C->table);
        C->report = _wk_xsff_buf_take(&b);
    }
    _wk_xsff_buf_clear(&rep);
    tg_clear(&T0);
    return st;
}
