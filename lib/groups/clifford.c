/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/clifford.c: Clifford theory for N normal in G (Isaacs, Character
   Theory of Finite Groups, ch. 6): the action of G on Irr(N), its orbits,
   inertia groups, and the restrictions Res_N chi = e (sum over one orbit);
   and the irreducibles lying over a linear character of a central subgroup
   (the lambda-projective characters of G/Z, Isaacs ch. 11). */
#include <stdlib.h>
#include <flint/fmpz_vec.h>
#include "impl.h"

void wk_clifford_init(wk_clifford_t c)
{
    memset(c, 0, sizeof(wk_clifford_struct));
}

void wk_clifford_clear(wk_clifford_t c)
{
    slong i;
    for (i = 0; i < c->norbits; i++) wk_group_clear(c->inertia ? c->inertia[i] : NULL);
    flint_free(c->action);
    flint_free(c->orbit_of);
    flint_free(c->orbit_start);
    flint_free(c->orbit_elts);
    flint_free(c->inertia);
    flint_free(c->irr_orbit);
    flint_free(c->irr_e);
    memset(c, 0, sizeof(wk_clifford_struct));
}

typedef struct {
    wk_group_struct * N;
    slong rN;
    slong * rowhash;
    slong hsize;
    slong * pos;          /* orbit position of each irreducible of N, -1 if not in the orbit */
    pt * x, * xi, * y, * b;
    uint32_t * img;
    slong nG;
} cl_struct;

static ulong rhash(const uint32_t * v, slong r)
{
    ulong h = 1469598103934665603UL;
    slong k;
    for (k = 0; k < r; k++) { h ^= v[k]; h *= 1099511628211UL; }
    return h;
}

static slong row_lookup(const cl_struct * S, const uint32_t * v)
{
    table_struct * T = S->N->tab;
    slong r = S->rN, i = rhash(v, r) & (S->hsize - 1);
    while (S->rowhash[i] >= 0) {
        if (memcmp(T->irr + S->rowhash[i] * r, v, r * sizeof(uint32_t)) == 0) return S->rowhash[i];
        i = (i + 1) & (S->hsize - 1);
    }
    return -1;
}

/* theta^g for all theta: classes of N permuted by n -> g n g^-1 */
static void act_all(slong * out, cl_struct * S, const pt * g)
{
    wk_group_struct * N = S->N;
    slong nG = S->nG, nN = N->n, r = S->rN, c, t, x;
    slong * pi = flint_malloc(r * sizeof(slong));
    _perm_inv(S->xi, g, nG);
    for (c = 0; c < r; c++) {
        const pt * n = N->cls->reps + c * nN;
        /* y = g n g^-1 (first g, then n, then g^-1), computed on N's points */
        for (x = 0; x < nN; x++) {
            pt p = g[x];
            p = p < (pt) nN ? n[p] : p;
            S->y[x] = S->xi[p];
        }
        pi[c] = _wk_class_of_raw(N, S->y, S->b);
    }
    for (t = 0; t < r; t++) {
        for (c = 0; c < r; c++) S->img[c] = N->tab->irr[t * r + pi[c]];
        out[t] = row_lookup(S, S->img);
    }
    flint_free(pi);
}

static slong cl_act(void * data, const pt * g)
{
    cl_struct * S = data;
    slong * out = flint_malloc(S->rN * sizeof(slong)), res;
    /* image of the orbit's first member: pos[] was set for the orbit */
    act_all(out, S, g);
    res = -1;
    {
        slong t;
        for (t = 0; t < S->rN; t++) if (S->pos[t] == 0) { res = S->pos[out[t]]; break; }
    }
    flint_free(out);
    return res;
}

wk_status wk_group_clifford(wk_clifford_t cf, wk_group_struct * N, wk_group_struct * G)
{
    int normal;
    slong rN, rG, ng = G->ngens, i, j, t, nG = G->n;
    cl_struct S;
    fmpz * M = NULL;
    wk_status st = wk_group_is_normal(&normal, N, G);
    if (st != WK_OK) return st;
    if (!normal) return wk_error(WK_E_DOMAIN, "argument 1 is not a normal subgroup of argument 2");
    if ((st = wk_group_chartable(N)) != WK_OK) return st;
    if ((st = wk_group_chartable(G)) != WK_OK) return st;
    wk_clifford_clear(cf);
    rN = N->tab->r;
    rG = G->tab->r;
    cf->rN = rN;
    cf->rG = rG;
    cf->ngens = ng;
    memset(&S, 0, sizeof S);
    S.N = N;
    S.rN = rN;
    S.nG = nG;
    S.hsize = 16;
    while (S.hsize < 2 * rN) S.hsize *= 2;
    S.rowhash = flint_malloc(S.hsize * sizeof(slong));
    for (i = 0; i < S.hsize; i++) S.rowhash[i] = -1;
    for (i = 0; i < rN; i++) {
        slong s = rhash(N->tab->irr + i * rN, rN) & (S.hsize - 1);
        while (S.rowhash[s] >= 0) s = (s + 1) & (S.hsize - 1);
        S.rowhash[s] = i;
    }
    S.x = flint_malloc(3 * nG * sizeof(pt));
    S.xi = S.x + nG;
    S.y = S.xi + nG;
    S.b = flint_malloc((N->bsgs->k + 1) * sizeof(pt));
    S.img = flint_malloc(rN * sizeof(uint32_t));
    S.pos = flint_malloc(rN * sizeof(slong));
    cf->action = flint_malloc((ng * rN > 0 ? ng * rN : 1) * sizeof(slong));
    for (j = 0; j < ng && st == WK_OK; j++) {
        act_all(cf->action + j * rN, &S, G->gens + j * nG);
        for (t = 0; t < rN; t++)
            if (cf->action[j * rN + t] < 0) st = wk_error(WK_E_INTERNAL, "conjugate character not found");
    }
    /* orbits (BFS, members in increasing order per orbit after sorting) */
    if (st == WK_OK) {
        slong * queue = flint_malloc(rN * sizeof(slong)), no = 0, filled = 0;
        int * par = flint_malloc(rN * sizeof(int)), * gen = flint_malloc(rN * sizeof(int));
        cf->orbit_of = flint_malloc(rN * sizeof(slong));
        cf->orbit_start = flint_malloc((rN + 1) * sizeof(slong));
        cf->orbit_elts = flint_malloc(rN * sizeof(slong));
        cf->inertia = flint_calloc(rN, sizeof(wk_group_struct *));
        for (t = 0; t < rN; t++) cf->orbit_of[t] = -1;
        for (t = 0; t < rN && st == WK_OK; t++) {
            slong start = filled, q, o;
            fmpz_t target, og;
            if (cf->orbit_of[t] >= 0) continue;
            o = no++;
            cf->orbit_start[o] = start;
            cf->orbit_of[t] = o;
            queue[filled++] = t;
            par[0] = -1; gen[0] = -1;
            for (q = start; q < filled; q++)
                for (j = 0; j < ng; j++) {
                    slong u = cf->action[j * rN + queue[q]];
                    if (cf->orbit_of[u] < 0) {
                        cf->orbit_of[u] = o;
                        par[filled - start] = (int) (q - start);
                        gen[filled - start] = (int) j;
                        queue[filled++] = u;
                    }
                }
            /* inertia group of the first member */
            for (q = 0; q < rN; q++) S.pos[q] = -1;
            for (q = start; q < filled; q++) S.pos[queue[q]] = q - start;
            fmpz_init(target);
            fmpz_init(og);
            wk_group_order(og, G);
            fmpz_fdiv_q_ui(target, og, filled - start);
            {
                pt * seeds = flint_malloc((N->ngens ? N->ngens : 1) * nG * sizeof(pt));
                slong x;
                for (i = 0; i < N->ngens; i++)
                    for (x = 0; x < nG; x++) seeds[i * nG + x] = x < N->n ? N->gens[i * N->n + x] : (pt) x;
                st = _wk_stab_from_tree(cf->inertia + o, G, target, par, gen, cl_act, &S, seeds, N->ngens);
                flint_free(seeds);
            }
            fmpz_clear(target);
            fmpz_clear(og);
            /* members in increasing order */
            {
                slong a, bb;
                for (a = start; a < filled; a++) cf->orbit_elts[a] = queue[a];
                for (a = start + 1; a < filled; a++)
                    for (bb = a; bb > start && cf->orbit_elts[bb - 1] > cf->orbit_elts[bb]; bb--) {
                        slong tmp = cf->orbit_elts[bb];
                        cf->orbit_elts[bb] = cf->orbit_elts[bb - 1];
                        cf->orbit_elts[bb - 1] = tmp;
                    }
            }
        }
        cf->norbits = no;
        cf->orbit_start[no] = filled;
        flint_free(queue); flint_free(par); flint_free(gen);
    }
    /* restrictions */
    if (st == WK_OK) {
        M = _fmpz_vec_init(rG * rN);
        st = wk_group_restriction_matrix(M, N, G);
        cf->irr_orbit = flint_malloc(rG * sizeof(slong));
        cf->irr_e = flint_malloc(rG * sizeof(slong));
        for (i = 0; i < rG && st == WK_OK; i++) {
            slong o = -1, e = 0, cnt = 0;
            for (t = 0; t < rN; t++) {
                slong m = fmpz_get_si(M + i * rN + t);
                if (m == 0) continue;
                cnt++;
                if (o < 0) { o = cf->orbit_of[t]; e = m; }
                else if (cf->orbit_of[t] != o || m != e) { o = -2; break; }
            }
            if (o < 0 || cnt != cf->orbit_start[o + 1] - cf->orbit_start[o])
                st = wk_error(WK_E_INTERNAL, "restriction violates Clifford's theorem");
            else {
                cf->irr_orbit[i] = o;
                cf->irr_e[i] = e;
            }
        }
        _fmpz_vec_clear(M, rG * rN);
    }
    flint_free(S.rowhash); flint_free(S.x); flint_free(S.b); flint_free(S.img); flint_free(S.pos);
    if (st != WK_OK) wk_clifford_clear(cf);
    return st;
}

wk_status wk_group_irr_over(slong * idx, slong * count, wk_group_struct * G, const wk_classfun_t lambda)
{
    wk_group_struct * Z = lambda->G;
    int sub;
    slong i, j, x, c, * fus;
    wk_cyc_t nrm, v, w;
    fmpq_t q;
    wk_status st = wk_group_is_subgroup(&sub, Z, G);
    if (st != WK_OK) return st;
    if (sub) {
        /* central: Z's generators commute with G's */
        for (i = 0; i < Z->ngens && sub; i++)
            for (j = 0; j < G->ngens && sub; j++) {
                const pt * a = Z->gens + i * Z->n, * b = G->gens + j * G->n;
                for (x = 0; x < G->n; x++) {
                    pt ax = x < Z->n ? a[x] : (pt) x;
                    pt bax = b[ax];
                    pt bx = b[x];
                    pt abx = bx < (pt) Z->n ? a[bx] : bx;
                    if (bax != abx) { sub = 0; break; }
                }
            }
    }
    if (!sub) return wk_error(WK_E_DOMAIN, "argument 2 is not a central subgroup of G");
    if ((st = wk_group_chartable(G)) != WK_OK) return st;
    wk_cyc_init(nrm); wk_cyc_init(v); wk_cyc_init(w);
    fmpq_init(q);
    st = wk_classfun_inner(nrm, lambda, lambda);
    if (st == WK_OK && !(wk_cyc_is_one(nrm) && wk_cyc_is_one(lambda->v)))
        st = wk_error(WK_E_DOMAIN, "lambda is not a linear character of Z");
    for (c = 0; c < lambda->r && st == WK_OK; c++)
        if (!wk_cyc_is_integral(lambda->v + c)) st = wk_error(WK_E_DOMAIN, "lambda is not a linear character of Z");
    fus = flint_malloc(lambda->r * sizeof(slong));
    if (st == WK_OK) st = wk_group_class_fusion(fus, Z, G);
    *count = 0;
    for (i = 0; i < G->tab->r && st == WK_OK; i++) {
        int over = 1;
        for (c = 0; c < lambda->r && over; c++) {
            wk_group_irr_value(v, G, i, fus[c]);
            wk_cyc_mul_si(w, lambda->v + c, G->tab->degree[i]);
            if (!wk_cyc_equal(v, w)) over = 0;
        }
        if (over) idx[(*count)++] = i;
    }
    flint_free(fus);
    wk_cyc_clear(nrm); wk_cyc_clear(v); wk_cyc_clear(w);
    fmpq_clear(q);
    return st;
}
