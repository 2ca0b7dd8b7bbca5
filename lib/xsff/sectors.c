/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/sectors.c: orbits of the monomial action and the sparse isometries
   B_a onto the multiplicity spaces M_a = image of P^a_11 (spec 1 "Sectors", 3.2-3.3). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

void wk_xsff_sectors_init(wk_xsff_sectors_t S)
{
    memset(S, 0, sizeof(wk_xsff_sectors_struct));
    wk_xsff_info_init(S->info);
}

void wk_xsff_sectors_clear(wk_xsff_sectors_t S)
{
    slong a;
    for (a = 0; a < S->info->nsec; a++) {
        if (S->col_orbit) flint_free(S->col_orbit[a]);
        if (S->col_off) flint_free(S->col_off[a]);
        if (S->val) flint_free(S->val[a]);
    }
    flint_free(S->col_orbit);
    flint_free(S->col_off);
    flint_free(S->val);
    flint_free(S->real);
    flint_free(S->kreal);
    flint_free(S->kg);
    flint_free(S->orbit_start);
    flint_free(S->orbit_state);
    flint_free(S->orbit_of);
    flint_free(S->pos);
    flint_free(S->oc_start);
    flint_free(S->oc_sec);
    flint_free(S->oc_col);
    flint_free(S->oc_n);
    wk_xsff_info_clear(S->info);
    wk_xsff_sectors_init(S);
}

/* growing per-sector column storage */
typedef struct { slong n, alloc, vn, valloc; slong *orb, *off; double complex *v; } colbuf;

static void col_push(colbuf *c, slong orbit, const double complex *v, slong len)
{
    if (c->n == c->alloc) {
        c->alloc = c->alloc ? 2 * c->alloc : 64;
        c->orb = flint_realloc(c->orb, c->alloc * sizeof(slong));
        c->off = flint_realloc(c->off, c->alloc * sizeof(slong));
    }
    while (c->vn + len > c->valloc) {
        c->valloc = c->valloc ? 2 * c->valloc : 256;
        c->v = flint_realloc(c->v, c->valloc * sizeof(double complex));
    }
    c->orb[c->n] = orbit;
    c->off[c->n] = c->vn;
    memcpy(c->v + c->vn, v, len * sizeof(double complex));
    c->vn += len;
    c->n++;
}

typedef struct { slong n, alloc; slong *sec, *col, *cnt; } ocbuf;

static void oc_push(ocbuf *b, slong sec, slong col, slong cnt)
{
    if (b->n == b->alloc) {
        b->alloc = b->alloc ? 2 * b->alloc : 256;
        b->sec = flint_realloc(b->sec, b->alloc * sizeof(slong));
        b->col = flint_realloc(b->col, b->alloc * sizeof(slong));
        b->cnt = flint_realloc(b->cnt, b->alloc * sizeof(slong));
    }
    b->sec[b->n] = sec; b->col[b->n] = col; b->cnt[b->n] = cnt; b->n++;
}

static wk_status build_finite(wk_xsff_sectors_t S, const wk_xsff_model_t m)
{
    const wk_xsff_group_struct *G = m->N;
    slong D = m->dim, J = G->order, ng = G->ngens, nirr = G->nirr;
    slong *iperm, s0, n, j, a, o, i, k, olen, maxd = 1;
    double complex *iph, *vec, *acc;
    double *nrm;
    colbuf *cb;
    ocbuf ob = {0, 0, NULL, NULL, NULL};
    slong *ostart_buf, *ocs_buf;
    slong nalloc_orb = 1024;
    wk_status st = WK_OK;
    char w1[128], w2[128];

    if (!G->ready)
        return wk_error(WK_E_DOMAIN, "the symmetry group of the model is not set up");
    for (a = 0; a < nirr; a++) if (G->irr_dim[a] > maxd) maxd = G->irr_dim[a];
    _wk_xsff_info_from_group(S->info, G);
    if (!m->real) { flint_free(S->info->kperm); S->info->kperm = NULL; }
    S->dim = D;
    S->kind = WK_XSFF_FINITE;
    S->orbit_of = flint_malloc(D * sizeof(slong));
    S->pos = flint_malloc(D * sizeof(slong));
    S->orbit_state = flint_malloc(D * sizeof(slong));
    for (i = 0; i < D; i++) S->orbit_of[i] = -1;
    ostart_buf = flint_malloc((nalloc_orb + 1) * sizeof(slong));
    ocs_buf = flint_malloc((nalloc_orb + 2) * sizeof(slong));
    ocs_buf[0] = 0;
    iperm = flint_malloc(J * sizeof(slong));
    iph = flint_malloc(J * sizeof(double complex));
    vec = flint_malloc(maxd * J * sizeof(double complex));
    acc = flint_malloc(J * sizeof(double complex));
    nrm = flint_malloc(maxd * sizeof(double));
    cb = flint_calloc(nirr, sizeof(colbuf));
    S->norbits = 0;
    olen = 0;
    S->real = flint_malloc(nirr * sizeof(int));
    for (a = 0; a < nirr; a++) S->real[a] = 1;

    for (s0 = 0; s0 < D && st == WK_OK; s0++) {
        slong ostart, osize, norb;
        if (S->orbit_of[s0] >= 0) continue;
        if ((s0 & 1023) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        iperm[0] = s0; iph[0] = 1;
        for (n = 1; n < J; n++) {
            slong p = G->parent[n], g = G->pgen[n];
            iperm[n] = G->gen[g].perm[iperm[p]];
            iph[n] = G->gen[g].phase[iperm[p]] * iph[p];
        }
        /* the action must be a representation of N on every state */
        for (n = 0; n < J && st == WK_OK; n++)
            for (j = 0; j < ng; j++) {
                slong mm = G->lmul[n * ng + j];
                if (G->gen[j].perm[iperm[n]] != iperm[mm]
                    || cabs(G->gen[j].phase[iperm[n]] * iph[n] - iph[mm]) > 1e-8) {
                    wk_xsff_group_word(w1, sizeof w1, G, n);
                    wk_xsff_group_word(w2, sizeof w2, G, mm);
                    st = wk_error(WK_E_DOMAIN, "the symmetry action is not a representation of N: "
                                  "U(%s) U(%s) != U(%s) on basis state %ld",
                                  G->gen_name[j], w1, w2, (long) s0);
                    break;
                }
            }
        if (st != WK_OK) break;
        /* orbit */
        norb = S->norbits;
        ostart = olen;
        for (n = 0; n < J; n++) {
            slong t = iperm[n];
            if (S->orbit_of[t] != norb) {
                S->orbit_of[t] = norb;
                S->pos[t] = olen - ostart;
                S->orbit_state[olen++] = t;
            }
        }
        osize = olen - ostart;
        if (norb + 1 >= nalloc_orb) {
            nalloc_orb *= 2;
            ostart_buf = flint_realloc(ostart_buf, (nalloc_orb + 1) * sizeof(slong));
            ocs_buf = flint_realloc(ocs_buf, (nalloc_orb + 2) * sizeof(slong));
        }
        ostart_buf[norb] = ostart;
        S->norbits++;
        /* P^a_{1k}|s0>, k = 1..d_a, span the image of P^a_11 on the orbit */
        {
            slong sumdr = 0;
            for (a = 0; a < nirr; a++) {
                slong d = G->irr_dim[a], rk, got = 0, col0 = cb[a].n;
                double complex mult = 0;
                const double complex *rho = G->rho[a];
                /* multiplicity of a in the orbit: <Res a, psi>_Stab */
                slong nst = 0;
                for (n = 0; n < J; n++)
                    if (iperm[n] == s0) { mult += G->chi[a * J + n] * conj(iph[n]); nst++; }
                mult /= nst;
                rk = (slong) floor(creal(mult) + 0.5);
                if (fabs(creal(mult) - rk) > 1e-6 || fabs(cimag(mult)) > 1e-6 || rk < 0 || rk > d) {
                    st = wk_error(WK_E_INTERNAL, "orbit of state %ld: multiplicity of '%s' is %g, not an integer",
                                  (long) s0, G->irr_name[a], creal(mult));
                    break;
                }
                sumdr += d * rk;
                if (rk == 0) continue;
                for (k = 0; k < d * osize; k++) vec[k] = 0;
                for (n = 0; n < J; n++) {
                    slong p = S->pos[iperm[n]];
                    for (k = 0; k < d; k++)
                        vec[k * osize + p] += conj(rho[n * d * d + k]) * iph[n];
                }
                /* pivoted Gram-Schmidt */
                while (got < rk) {
                    slong best = -1, r2;
                    double bn = 0;
                    for (k = 0; k < d; k++) {
                        double t = 0;
                        for (i = 0; i < osize; i++) t += creal(vec[k * osize + i] * conj(vec[k * osize + i]));
                        nrm[k] = t;
                        if (t > bn) { bn = t; best = k; }
                    }
                    if (best < 0 || bn < 1e-12) {
                        st = wk_error(WK_E_INTERNAL, "orbit of state %ld: image of P^a_11 for '%s' has rank %ld < %ld",
                                      (long) s0, G->irr_name[a], (long) got, (long) rk);
                        break;
                    }
                    bn = sqrt(bn);
                    for (i = 0; i < osize; i++) acc[i] = vec[best * osize + i] / bn;
                    for (i = 0; i < osize; i++) {
                        if (cimag(acc[i]) != 0 && fabs(cimag(acc[i])) > 1e-14) S->real[a] = 0;
                        else acc[i] = creal(acc[i]);
                    }
                    col_push(cb + a, norb, acc, osize);
                    got++;
                    for (r2 = 0; r2 < 2; r2++)
                        for (k = 0; k < d; k++) {
                            double complex ip = 0;
                            for (i = 0; i < osize; i++) ip += conj(acc[i]) * vec[k * osize + i];
                            for (i = 0; i < osize; i++) vec[k * osize + i] -= ip * acc[i];
                        }
                }
                if (st != WK_OK) break;
                {   /* what is left must vanish */
                    double t = 0;
                    for (k = 0; k < d * osize; k++) t += creal(vec[k] * conj(vec[k]));
                    if (t > 1e-10) {
                        st = wk_error(WK_E_INTERNAL, "orbit of state %ld: image of P^a_11 for '%s' has rank > %ld",
                                      (long) s0, G->irr_name[a], (long) rk);
                        break;
                    }
                }
                oc_push(&ob, a, col0, rk);
            }
            if (st == WK_OK && G->complete && sumdr != osize)
                st = wk_error(WK_E_INTERNAL, "orbit of state %ld: sum of d_a times multiplicities is %ld, orbit has %ld states",
                              (long) s0, (long) sumdr, (long) osize);
        }
        if (st == WK_OK) ocs_buf[norb + 1] = ob.n;   /* where this orbit's entries end */
    }
    if (st == WK_OK) {
        ostart_buf[S->norbits] = olen;
        S->orbit_start = ostart_buf;
        ostart_buf = NULL;
        S->oc_start = ocs_buf;
        ocs_buf = NULL;
        S->oc_sec = ob.sec; S->oc_col = ob.col; S->oc_n = ob.cnt;
        ob.sec = ob.col = ob.cnt = NULL;
        S->col_orbit = flint_malloc(nirr * sizeof(slong *));
        S->col_off = flint_malloc(nirr * sizeof(slong *));
        S->val = flint_malloc(nirr * sizeof(double complex *));
        for (a = 0; a < nirr; a++) {
            S->info->R[a] = cb[a].n;
            S->col_orbit[a] = cb[a].orb ? cb[a].orb : flint_malloc(sizeof(slong));
            S->col_off[a] = cb[a].off ? cb[a].off : flint_malloc(sizeof(slong));
            S->val[a] = cb[a].v ? cb[a].v : flint_malloc(sizeof(double complex));
        }
        S->info->dim = D;
    } else {
        for (a = 0; a < nirr; a++) { flint_free(cb[a].orb); flint_free(cb[a].off); flint_free(cb[a].v); }
    }
    (void) o;
    flint_free(ostart_buf);
    flint_free(ocs_buf);
    flint_free(ob.sec); flint_free(ob.col); flint_free(ob.cnt);
    flint_free(cb); flint_free(iperm); flint_free(iph); flint_free(vec); flint_free(acc); flint_free(nrm);
    return st;
}

/* U(e) on every basis state: perm[s], ph[s] */
static void element_action(slong *perm, double complex *ph, const wk_xsff_group_t G, slong e)
{
    slong word[4096], len = 0, i, s, D = G->dim;
    while (e != 0 && len < 4096) { word[len++] = G->pgen[e]; e = G->parent[e]; }
    for (s = 0; s < D; s++) {
        slong t = s;
        double complex p = 1;
        for (i = len - 1; i >= 0; i--) { p *= G->gen[word[i]].phase[t]; t = G->gen[word[i]].perm[t]; }
        perm[s] = t; ph[s] = p;
    }
}

/* Theta v = U(g) conj(v) for a vector over orbit o's states (orbit order) */
static int theta_orbit(double complex *out, const double complex *v, const wk_xsff_sectors_t S, slong o,
                       const slong *perm, const double complex *ph)
{
    slong st = S->orbit_start[o], len = S->orbit_start[o + 1] - st, p;
    for (p = 0; p < len; p++) out[p] = 0;
    for (p = 0; p < len; p++) {
        slong t = S->orbit_state[st + p], u = perm[t];
        if (S->orbit_of[u] != o) return 0;
        out[S->pos[u]] += ph[t] * conj(v[p]);
    }
    return 1;
}

/* Replaces the complex basis of sector a by one fixed by Theta = U(g)K if Theta
   maps every orbit's part of M_a to itself and squares to 1 there. */
static int make_kreal(wk_xsff_sectors_t S, slong a, const slong *perm, const double complex *ph, int apply)
{
    slong o, e, maxlen = 1, k, j, p;
    double complex *w, *cand, *basis;
    int ok = 1;
    for (o = 0; o < S->norbits; o++) maxlen = FLINT_MAX(maxlen, S->orbit_start[o + 1] - S->orbit_start[o]);
    w = flint_malloc(maxlen * sizeof(double complex));
    cand = flint_malloc(2 * 64 * maxlen * sizeof(double complex));
    basis = flint_malloc(64 * maxlen * sizeof(double complex));
    for (o = 0; o < S->norbits && ok; o++) {
        slong len = S->orbit_start[o + 1] - S->orbit_start[o], col0 = -1, n = 0, nc = 0, got = 0;
        for (e = S->oc_start[o]; e < S->oc_start[o + 1]; e++)
            if (S->oc_sec[e] == a) { col0 = S->oc_col[e]; n = S->oc_n[e]; }
        if (n == 0) continue;
        if (n > 64) { ok = 0; break; }
        /* invariance: Theta v_k in span(v_j) */
        for (k = 0; k < n && ok; k++) {
            const double complex *vk = S->val[a] + S->col_off[a][col0 + k];
            double res = 0;
            if (!theta_orbit(w, vk, S, o, perm, ph)) { ok = 0; break; }
            for (j = 0; j < n; j++) {
                const double complex *vj = S->val[a] + S->col_off[a][col0 + j];
                double complex c = 0;
                for (p = 0; p < len; p++) c += conj(vj[p]) * w[p];
                for (p = 0; p < len; p++) w[p] -= c * vj[p];
            }
            for (p = 0; p < len; p++) res += creal(w[p] * conj(w[p]));
            if (res > 1e-18) ok = 0;
        }
        if (!ok || !apply) continue;
        /* Theta-fixed candidates v + Theta v, i (v - Theta v); Gram-Schmidt with real inner products */
        for (k = 0; k < n; k++) {
            const double complex *vk = S->val[a] + S->col_off[a][col0 + k];
            theta_orbit(w, vk, S, o, perm, ph);
            for (p = 0; p < len; p++) {
                cand[(nc) * len + p] = vk[p] + w[p];
                cand[(nc + 1) * len + p] = I * (vk[p] - w[p]);
            }
            nc += 2;
        }
        while (got < n) {
            slong best = -1;
            double bn = 0;
            for (k = 0; k < nc; k++) {
                double t = 0;
                for (p = 0; p < len; p++) t += creal(cand[k * len + p] * conj(cand[k * len + p]));
                if (t > bn) { bn = t; best = k; }
            }
            if (best < 0 || bn < 1e-12) { ok = 0; break; }
            bn = sqrt(bn);
            for (p = 0; p < len; p++) basis[got * len + p] = cand[best * len + p] / bn;
            for (k = 0; k < nc; k++) {
                int r2;
                for (r2 = 0; r2 < 2; r2++) {
                    double c = 0;
                    for (p = 0; p < len; p++) c += creal(conj(basis[got * len + p]) * cand[k * len + p]);
                    for (p = 0; p < len; p++) cand[k * len + p] -= c * basis[got * len + p];
                }
            }
            got++;
        }
        if (!ok) break;
        for (k = 0; k < n; k++)
            memcpy(S->val[a] + S->col_off[a][col0 + k], basis + k * len, len * sizeof(double complex));
    }
    flint_free(w); flint_free(cand); flint_free(basis);
    return ok;
}

/* for every complex sector of a real model: look for g with U(g)K fixing a basis */
static void find_kreal(wk_xsff_sectors_t S, const wk_xsff_model_t m)
{
    const wk_xsff_group_struct *G = m->N;
    slong a, e, D = m->dim, J = G->order, tried = 0;
    slong *perm = flint_malloc(D * sizeof(slong));
    double complex *ph = flint_malloc(D * sizeof(double complex));
    slong nsec = S->info->nsec;
    int need = 0;
    S->kreal = flint_calloc(nsec, sizeof(int));
    S->kg = flint_malloc(nsec * sizeof(slong));
    for (a = 0; a < nsec; a++) { S->kg[a] = -1; if (!S->real[a] && S->info->R[a] > 0) need = 1; }
    if (!m->real || !need) { flint_free(perm); flint_free(ph); return; }
    /* involutions and the identity first: (U(g)K)^2 = U(g kappa(g)) */
    for (e = 0; e < J && tried < 64; e++) {
        int any = 0;
        for (a = 0; a < nsec; a++) if (!S->real[a] && !S->kreal[a] && S->info->R[a] > 0) any = 1;
        if (!any) break;
        tried++;
        element_action(perm, ph, G, e);
        for (a = 0; a < nsec; a++) {
            if (S->real[a] || S->kreal[a] || S->info->R[a] == 0) continue;
            if (make_kreal(S, a, perm, ph, 0)) {
                if (make_kreal(S, a, perm, ph, 1)) { S->kreal[a] = 1; S->kg[a] = e; }
            }
        }
    }
    flint_free(perm); flint_free(ph);
}

typedef struct { slong w[8]; slong idx; } wrec;

static int wcmp(const void *x, const void *y)
{
    const wrec *a = x, *b = y;
    slong c;
    for (c = 0; c < 8; c++)
        if (a->w[c] != b->w[c]) return a->w[c] < b->w[c] ? -1 : 1;
    return a->idx < b->idx ? -1 : (a->idx > b->idx);
}

static wk_status build_torus(wk_xsff_sectors_t S, const wk_xsff_model_t m)
{
    const wk_xsff_torus_struct *T = m->T;
    slong D = m->dim, r = T->rank, s, a, c, nsec;
    slong *secof = flint_malloc(D * sizeof(slong));
    wrec *ord = flint_calloc(D, sizeof(wrec));
    wk_xsff_info_struct *info = S->info;
    char buf[512], hb[32];

    if (r < 1) { flint_free(ord); flint_free(secof); return wk_error(WK_E_DOMAIN, "torus of rank 0"); }
    if (r > 8) { flint_free(ord); flint_free(secof); return wk_error(WK_E_DOMAIN, "torus rank %ld > 8", (long) r); }
    for (s = 0; s < D; s++) {
        ord[s].idx = s;
        for (c = 0; c < r; c++) ord[s].w[c] = T->value[s * r + c] * (2 / T->den[c]);
    }
    qsort(ord, D, sizeof(wrec), wcmp);
    nsec = 0;
    for (s = 0; s < D; s++) {
        int same = (s > 0);
        for (c = 0; c < r && same; c++)
            if (ord[s - 1].w[c] != ord[s].w[c]) same = 0;
        if (!same) nsec++;
        secof[ord[s].idx] = nsec - 1;
    }
    wk_xsff_info_clear(info);
    info->nsec = nsec;
    info->name = flint_malloc(nsec * sizeof(char *));
    info->d = flint_malloc(nsec * sizeof(slong));
    info->R = flint_calloc(nsec, sizeof(slong));
    info->rank = r;
    info->w2 = flint_malloc(nsec * r * sizeof(slong));
    info->wname = flint_malloc(r * sizeof(char *));
    for (c = 0; c < r; c++) info->wname[c] = _wk_xsff_strdup(T->name[c]);
    info->order = 0;
    info->dim = D;
    info->kperm = flint_malloc(nsec * sizeof(slong));
    info->dual = flint_malloc(nsec * sizeof(slong));
    for (s = 0; s < D; s++) {
        a = secof[s];
        if (info->R[a] == 0)
            for (c = 0; c < r; c++) info->w2[a * r + c] = T->value[s * r + c] * (2 / T->den[c]);
        info->R[a]++;
    }
    for (a = 0; a < nsec; a++) {
        size_t len = 0;
        info->d[a] = 1;
        info->kperm[a] = m->real ? a : -1;
        info->dual[a] = -1;
        len += snprintf(buf + len, sizeof buf - len, "(");
        for (c = 0; c < r && len < sizeof buf - 64; c++) {
            _wk_xsff_half(hb, sizeof hb, info->w2[a * r + c]);
            len += snprintf(buf + len, sizeof buf - len, "%s%s=%s", c ? ", " : "", T->name[c], hb);
        }
        snprintf(buf + len, sizeof buf - len, ")");
        info->name[a] = _wk_xsff_strdup(buf);
    }
    if (!m->real) { flint_free(info->kperm); info->kperm = NULL; }
    /* dual = negated weight, trivial = zero weight */
    info->trivial = -1;
    for (a = 0; a < nsec; a++) {
        slong b;
        int zero = 1;
        for (c = 0; c < r; c++) if (info->w2[a * r + c] != 0) zero = 0;
        if (zero) info->trivial = a;
        for (b = 0; b < nsec; b++) {
            for (c = 0; c < r; c++) if (info->w2[b * r + c] != -info->w2[a * r + c]) break;
            if (c == r) { info->dual[a] = b; break; }
        }
    }
    /* every state is its own orbit */
    S->dim = D;
    S->kind = WK_XSFF_TORUS;
    S->norbits = D;
    S->orbit_start = flint_malloc((D + 1) * sizeof(slong));
    S->orbit_state = flint_malloc(D * sizeof(slong));
    S->orbit_of = flint_malloc(D * sizeof(slong));
    S->pos = flint_calloc(D, sizeof(slong));
    S->oc_start = flint_malloc((D + 1) * sizeof(slong));
    S->oc_sec = flint_malloc(D * sizeof(slong));
    S->oc_col = flint_malloc(D * sizeof(slong));
    S->oc_n = flint_malloc(D * sizeof(slong));
    S->col_orbit = flint_malloc(nsec * sizeof(slong *));
    S->col_off = flint_malloc(nsec * sizeof(slong *));
    S->val = flint_malloc(nsec * sizeof(double complex *));
    S->real = flint_malloc(nsec * sizeof(int));
    for (a = 0; a < nsec; a++) {
        S->col_orbit[a] = flint_malloc((info->R[a] + 1) * sizeof(slong));
        S->col_off[a] = flint_malloc((info->R[a] + 1) * sizeof(slong));
        S->val[a] = flint_malloc((info->R[a] + 1) * sizeof(double complex));
        S->real[a] = 1;
    }
    {
        slong *cnt = flint_calloc(nsec, sizeof(slong));
        for (s = 0; s < D; s++) {
            slong col;
            a = secof[s];
            col = cnt[a]++;
            S->orbit_start[s] = s; S->orbit_state[s] = s; S->orbit_of[s] = s;
            S->oc_start[s] = s; S->oc_sec[s] = a; S->oc_col[s] = col; S->oc_n[s] = 1;
            S->col_orbit[a][col] = s; S->col_off[a][col] = col; S->val[a][col] = 1;
        }
        S->orbit_start[D] = D;
        S->oc_start[D] = D;
        flint_free(cnt);
    }
    flint_free(ord); flint_free(secof);
    return WK_OK;
}

wk_status wk_xsff_sectors_build(wk_xsff_sectors_t S, const wk_xsff_model_t m)
{
    wk_status st;
    slong a, sum = 0;
    wk_xsff_sectors_clear(S);
    if (m->kind == WK_XSFF_FINITE) {
        st = build_finite(S, m);
        if (st == WK_OK) find_kreal(S, m);
    } else if (m->kind == WK_XSFF_TORUS) {
        st = build_torus(S, m);
        if (st == WK_OK) {
            S->kreal = flint_calloc(S->info->nsec, sizeof(int));
            S->kg = flint_malloc(S->info->nsec * sizeof(slong));
            for (a = 0; a < S->info->nsec; a++) S->kg[a] = -1;
        }
    }
    else st = wk_error(WK_E_DOMAIN, "model has no symmetry");
    if (st != WK_OK) { wk_xsff_sectors_clear(S); return st; }
    for (a = 0; a < S->info->nsec; a++) sum += S->info->d[a] * S->info->R[a];
    if (sum != m->dim) {
        if (m->kind == WK_XSFF_FINITE && !m->N->complete) {
            slong d2 = 0;
            for (a = 0; a < m->N->nirr; a++) d2 += m->N->irr_dim[a] * m->N->irr_dim[a];
            st = wk_error(WK_E_DOMAIN, "sector dimensions sum to %ld, Hilbert space has %ld "
                          "(the irreps are incomplete: sum of d_a^2 = %ld, |N| = %ld)",
                          (long) sum, (long) m->dim, (long) d2, (long) m->N->order);
        } else
            st = wk_error(WK_E_INTERNAL, "sector dimensions sum to %ld, Hilbert space has %ld",
                          (long) sum, (long) m->dim);
        wk_xsff_sectors_clear(S);
    }
    return st;
}

void wk_xsff_sectors_embed(double complex *y, const wk_xsff_sectors_t S, slong a,
                           const double complex *x)
{
    slong j, p, R = S->info->R[a];
    for (j = 0; j < S->dim; j++) y[j] = 0;
    for (j = 0; j < R; j++) {
        slong o = S->col_orbit[a][j], st = S->orbit_start[o], len = S->orbit_start[o + 1] - st;
        const double complex *v = S->val[a] + S->col_off[a][j];
        for (p = 0; p < len; p++) y[S->orbit_state[st + p]] += v[p] * x[j];
    }
}

void wk_xsff_sectors_project(double complex *x, const wk_xsff_sectors_t S, slong a,
                             const double complex *y)
{
    slong j, p, R = S->info->R[a];
    for (j = 0; j < R; j++) {
        slong o = S->col_orbit[a][j], st = S->orbit_start[o], len = S->orbit_start[o + 1] - st;
        const double complex *v = S->val[a] + S->col_off[a][j];
        double complex s = 0;
        for (p = 0; p < len; p++) s += conj(v[p]) * y[S->orbit_state[st + p]];
        x[j] = s;
    }
}

int wk_xsff_sectors_block(double complex *Hc, double *Hr, const wk_xsff_sectors_t S,
                          slong a, const wk_xsff_op_t H)
{
    slong R = S->info->R[a], j, p, k, kk, e;
    int use_real = (Hr != NULL) && H->real && (S->real[a] || (S->kreal && S->kreal[a]));
    double complex *acc = flint_malloc((R + 1) * sizeof(double complex));
    const double complex *va = S->val[a];

    for (j = 0; j < R; j++) {
        slong o = S->col_orbit[a][j], st = S->orbit_start[o], len = S->orbit_start[o + 1] - st;
        const double complex *v = va + S->col_off[a][j];
        for (k = 0; k < R; k++) acc[k] = 0;
        for (p = 0; p < len; p++) {
            slong t = S->orbit_state[st + p];
            double complex c = v[p];
            if (c == 0) continue;
            for (k = H->rowptr[t]; k < H->rowptr[t + 1]; k++) {
                slong i = H->col[k], oi = S->orbit_of[i], pi = S->pos[i];
                double complex w = conj(H->val[k]) * c;
                for (e = S->oc_start[oi]; e < S->oc_start[oi + 1]; e++) {
                    if (S->oc_sec[e] != a) continue;
                    for (kk = 0; kk < S->oc_n[e]; kk++) {
                        slong col = S->oc_col[e] + kk;
                        acc[col] += conj(va[S->col_off[a][col] + pi]) * w;
                    }
                    break;
                }
            }
        }
        if (use_real) for (k = 0; k < R; k++) Hr[j * R + k] = creal(acc[k]);
        else for (k = 0; k < R; k++) Hc[j * R + k] = acc[k];
    }
    /* symmetrise */
    for (j = 0; j < R; j++)
        for (k = 0; k < j; k++) {
            if (use_real) {
                double x = 0.5 * (Hr[j * R + k] + Hr[k * R + j]);
                Hr[j * R + k] = Hr[k * R + j] = x;
            } else {
                double complex x = 0.5 * (Hc[j * R + k] + conj(Hc[k * R + j]));
                Hc[j * R + k] = x; Hc[k * R + j] = conj(x);
            }
        }
    if (!use_real) for (j = 0; j < R; j++) Hc[j * R + j] = creal(Hc[j * R + j]);
    flint_free(acc);
    return use_real;
}

wk_status wk_xsff_model_check(double *norm, const wk_xsff_model_t m, ulong seed)
{
    wk_xsff_op_t H;
    wk_rand_t r;
    wk_status st;
    slong g, i;
    double c = 0, hn = 0, def;
    wk_xsff_op_init(H);
    wk_rand_init(r, seed);
    st = wk_xsff_model_hamiltonian(H, m, r);
    if (st == WK_OK) {
        for (i = 0; i < H->nnz; i++) hn = fmax(hn, cabs(H->val[i]));
        def = wk_xsff_op_hermitian_defect(H);
        if (def > 1e-10 * fmax(hn, 1e-300))
            st = wk_error(WK_E_DOMAIN, "H is not Hermitian (|H_ij - conj H_ji| = %.3g)", def);
    }
    if (st == WK_OK) {
        c = wk_xsff_commutator_norm(&g, m, H, r);
        if (c > 1e-8 * fmax(hn, 1e-300)) {
            if (m->kind == WK_XSFF_FINITE)
                st = wk_error(WK_E_DOMAIN, "symmetry '%s' does not commute with H "
                              "(norm of commutator %.2g on a random vector)", m->N->gen_name[g], c);
            else
                st = wk_error(WK_E_DOMAIN, "charge '%s' is not conserved by H "
                              "(norm of commutator %.2g on a random vector)", m->T->name[g], c);
        }
    }
    if (norm) *norm = c;
    wk_rand_clear(r);
    wk_xsff_op_clear(H);
    return st;
}

double wk_xsff_commutator_norm(slong *gen, const wk_xsff_model_t m, const wk_xsff_op_t H, wk_rand_t r)
{
    slong D = m->dim, s, g, ng;
    double complex *x = flint_malloc(D * sizeof(double complex));
    double complex *y1 = flint_malloc(D * sizeof(double complex));
    double complex *y2 = flint_malloc(D * sizeof(double complex));
    double complex *t = flint_malloc(D * sizeof(double complex));
    double nx = 0, worst = 0;
    *gen = -1;
    for (s = 0; s < D; s++) {
        x[s] = wk_rand_normal(r) + I * wk_rand_normal(r);
        nx += creal(x[s] * conj(x[s]));
    }
    nx = sqrt(nx);
    for (s = 0; s < D; s++) x[s] /= nx;
    ng = m->kind == WK_XSFF_FINITE ? m->N->ngens : m->T->rank;
    for (g = 0; g < ng; g++) {
        double e = 0;
        if (m->kind == WK_XSFF_FINITE) {
            wk_xsff_mono_apply(t, m->N->gen + g, x);
            wk_xsff_op_mul_vec(y1, H, t);
            wk_xsff_op_mul_vec(t, H, x);
            wk_xsff_mono_apply(y2, m->N->gen + g, t);
        } else {
            slong rr = m->T->rank;
            for (s = 0; s < D; s++) t[s] = m->T->value[s * rr + g] * x[s];
            wk_xsff_op_mul_vec(y1, H, t);
            wk_xsff_op_mul_vec(t, H, x);
            for (s = 0; s < D; s++) y2[s] = m->T->value[s * rr + g] * t[s];
        }
        for (s = 0; s < D; s++) e += creal((y1[s] - y2[s]) * conj(y1[s] - y2[s]));
        e = sqrt(e);
        if (e > worst || *gen < 0) { worst = e; *gen = g; }
    }
    flint_free(x); flint_free(y1); flint_free(y2); flint_free(t);
    return worst;
}
