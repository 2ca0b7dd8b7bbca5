/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/group.c: the visible group N from its monomial action and its irreps
   (spec 1 "Input", 3.2; errors of spec 9: homomorphism, completeness). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

#define GTOL 1e-8

void wk_xsff_group_init(wk_xsff_group_t G, slong dim)
{
    memset(G, 0, sizeof(wk_xsff_group_struct));
    G->dim = dim;
    G->trivial = -1;
}

void wk_xsff_group_clear(wk_xsff_group_t G)
{
    slong j, a;
    for (j = 0; j < G->ngens; j++) wk_xsff_mono_clear(G->gen + j);
    flint_free(G->gen);
    _wk_xsff_strs_free(G->gen_name, G->ngens);
    for (a = 0; a < G->nirr; a++) {
        flint_free(G->irr_gen[a]);
        if (G->rho) flint_free(G->rho[a]);
    }
    flint_free(G->irr_gen);
    flint_free(G->rho);
    _wk_xsff_strs_free(G->irr_name, G->nirr);
    flint_free(G->irr_dim);
    flint_free(G->lmul);
    flint_free(G->parent);
    flint_free(G->pgen);
    flint_free(G->chi);
    flint_free(G->dual);
    flint_free(G->fusion);
    flint_free(G->kperm);
    wk_xsff_group_init(G, 0);
}

wk_status wk_xsff_group_add_gen(wk_xsff_group_t G, const char *name,
                                const slong *perm, const double complex *phase)
{
    slong s, D = G->dim;
    char *seen;
    if (G->nirr > 0)
        return wk_error(WK_E_DOMAIN, "symmetry '%s' added after the irreps; add all generators first", name);
    if (G->ready)
        return wk_error(WK_E_DOMAIN, "group already set up");
    seen = flint_calloc(D + 1, 1);
    for (s = 0; s < D; s++) {
        if (perm[s] < 0 || perm[s] >= D || seen[perm[s]]) {
            flint_free(seen);
            return wk_error(WK_E_DOMAIN, "symmetry '%s' is not a permutation of the basis (state %ld)",
                            name, (long) s);
        }
        seen[perm[s]] = 1;
        if (phase != NULL && fabs(cabs(phase[s]) - 1) > 1e-9) {
            flint_free(seen);
            return wk_error(WK_E_DOMAIN, "symmetry '%s' has a phase of modulus %g on state %ld, not 1",
                            name, cabs(phase[s]), (long) s);
        }
    }
    flint_free(seen);
    G->gen = flint_realloc(G->gen, (G->ngens + 1) * sizeof(wk_xsff_mono_struct));
    G->gen_name = flint_realloc(G->gen_name, (G->ngens + 1) * sizeof(char *));
    wk_xsff_mono_init(G->gen + G->ngens, D);
    for (s = 0; s < D; s++) {
        G->gen[G->ngens].perm[s] = perm[s];
        G->gen[G->ngens].phase[s] = phase ? phase[s] : 1;
    }
    G->gen_name[G->ngens] = _wk_xsff_strdup(name);
    G->ngens++;
    return WK_OK;
}

wk_status wk_xsff_group_add_irrep(wk_xsff_group_t G, const char *name, slong d,
                                  const double complex *mats)
{
    slong j, i, k, l, ng = G->ngens;
    if (G->ready)
        return wk_error(WK_E_DOMAIN, "group already set up");
    if (ng == 0)
        return wk_error(WK_E_DOMAIN, "irrep '%s' given before any symmetry generator", name);
    if (d <= 0 || d > 64)
        return wk_error(WK_E_DOMAIN, "irrep '%s' has dimension %ld; must be 1..64", name, (long) d);
    for (j = 0; j < ng; j++) {
        const double complex *m = mats + j * d * d;
        for (i = 0; i < d; i++)
            for (k = 0; k < d; k++) {
                double complex s = 0;
                if (!isfinite(creal(m[i * d + k])) || !isfinite(cimag(m[i * d + k])))
                    return wk_error(WK_E_DOMAIN, "rho('%s')(%s) has a non-finite entry", name, G->gen_name[j]);
                for (l = 0; l < d; l++) s += m[i * d + l] * conj(m[k * d + l]);
                if (cabs(s - (i == k)) > 1e-9)
                    return wk_error(WK_E_DOMAIN, "rho('%s')(%s) is not unitary", name, G->gen_name[j]);
            }
    }
    G->irr_gen = flint_realloc(G->irr_gen, (G->nirr + 1) * sizeof(double complex *));
    G->irr_name = flint_realloc(G->irr_name, (G->nirr + 1) * sizeof(char *));
    G->irr_dim = flint_realloc(G->irr_dim, (G->nirr + 1) * sizeof(slong));
    G->irr_gen[G->nirr] = flint_malloc(ng * d * d * sizeof(double complex));
    memcpy(G->irr_gen[G->nirr], mats, ng * d * d * sizeof(double complex));
    G->irr_name[G->nirr] = _wk_xsff_strdup(name);
    G->irr_dim[G->nirr] = d;
    G->nirr++;
    return WK_OK;
}

/* dense product c = a b of d x d matrices (c distinct) */
static void matmul(double complex *c, const double complex *a, const double complex *b, slong d)
{
    slong i, j, k;
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++) {
            double complex s = 0;
            for (k = 0; k < d; k++) s += a[i * d + k] * b[k * d + j];
            c[i * d + j] = s;
        }
}

void wk_xsff_group_word(char *buf, size_t n, const wk_xsff_group_t G, slong e)
{
    size_t len = 0;
    if (n == 0) return;
    buf[0] = '\0';
    if (e == 0 || G->parent == NULL) { snprintf(buf, n, "1"); return; }
    while (e != 0 && len + 1 < n) {
        int w = snprintf(buf + len, n - len, "%s%s", len ? "*" : "", G->gen_name[G->pgen[e]]);
        if (w < 0) break;
        len += w;
        if (len >= n) { buf[n - 1] = '\0'; break; }
        e = G->parent[e];
    }
}

/* enumeration workspace */
typedef struct {
    slong nf, rtot, cap;
    slong *fs;                  /* fingerprint states */
    slong *fperm;               /* cap*nf */
    double complex *fphase;     /* cap*nf */
    double complex *rho;        /* cap*rtot */
    slong *roff;                /* nirr */
    slong hsize, *head, *next;
} enum_t;

static ulong hash_perm(const slong *p, slong nf)
{
    ulong h = 1469598103934665603UL;
    slong i;
    for (i = 0; i < nf; i++) { h ^= (ulong) p[i]; h *= 1099511628211UL; }
    return h;
}

static int same_u(const enum_t *E, slong x, slong y)
{
    slong i;
    for (i = 0; i < E->nf; i++) {
        if (E->fperm[x * E->nf + i] != E->fperm[y * E->nf + i]) return 0;
        if (cabs(E->fphase[x * E->nf + i] - E->fphase[y * E->nf + i]) > GTOL) return 0;
    }
    return 1;
}

static int same_rho(const enum_t *E, slong x, slong y, slong from, slong to)
{
    slong i;
    for (i = from; i < to; i++)
        if (cabs(E->rho[x * E->rtot + i] - E->rho[y * E->rtot + i]) > GTOL) return 0;
    return 1;
}

/* Diagnoses an invalid set of irreps: a homomorphism failure if one exists. */
static wk_status diagnose_hom(const wk_xsff_group_t G, const enum_t *E, slong J)
{
    slong y, x, a;
    char w1[128], w2[128];
    for (y = 1; y < J; y++) {
        for (x = 0; x < y; x++) {
            if (!same_u(E, x, y)) continue;
            for (a = 0; a < G->nirr; a++) {
                slong d = G->irr_dim[a];
                if (!same_rho(E, x, y, E->roff[a], E->roff[a] + d * d)) {
                    wk_xsff_group_word(w1, sizeof w1, G, G->parent[y]);
                    wk_xsff_group_word(w2, sizeof w2, G, x);
                    return wk_error(WK_E_DOMAIN,
                        "rho('%s') is not a homomorphism (rho(a)rho(b) != rho(ab) for a=%s, b=%s; "
                        "on the Hilbert space a*b acts as %s)",
                        G->irr_name[a], G->gen_name[G->pgen[y]], w1, w2);
                }
            }
            break;
        }
    }
    return WK_OK;
}

wk_status wk_xsff_group_setup(wk_xsff_group_t G)
{
    enum_t E;
    slong ng = G->ngens, D = G->dim, a, i, j, n, J, cap = WK_XSFF_GROUP_LIMIT;
    slong sumd2 = 0;
    double complex *tmp;
    wk_status st = WK_OK;

    if (G->ready) return WK_OK;
    if (ng == 0)
        return wk_error(WK_E_DOMAIN, "the symmetry group N has no generators");
    if (G->nirr == 0)
        return wk_error(WK_E_DOMAIN, "no irreps of N were given");
    memset(&E, 0, sizeof E);
    E.nf = D < 512 ? D : 512;
    E.roff = flint_malloc(G->nirr * sizeof(slong));
    E.rtot = 0;
    for (a = 0; a < G->nirr; a++) {
        E.roff[a] = E.rtot;
        E.rtot += G->irr_dim[a] * G->irr_dim[a];
        sumd2 += G->irr_dim[a] * G->irr_dim[a];
    }
    E.fs = flint_malloc((E.nf + 1) * sizeof(slong));
    for (i = 0; i < E.nf; i++)   /* spread deterministic sample */
        E.fs[i] = (D <= 512) ? i : (slong) (((ulong) i * 2654435761UL + 12345) % (ulong) D);
    E.cap = 64;
    E.fperm = flint_malloc(E.cap * E.nf * sizeof(slong));
    E.fphase = flint_malloc(E.cap * E.nf * sizeof(double complex));
    E.rho = flint_malloc(E.cap * E.rtot * sizeof(double complex));
    E.hsize = 4096;
    E.head = flint_malloc(E.hsize * sizeof(slong));
    for (i = 0; i < E.hsize; i++) E.head[i] = -1;
    E.next = flint_malloc(E.cap * sizeof(slong));
    G->lmul = flint_malloc(E.cap * ng * sizeof(slong));
    G->parent = flint_malloc(E.cap * sizeof(slong));
    G->pgen = flint_malloc(E.cap * sizeof(slong));
    /* identity */
    for (i = 0; i < E.nf; i++) { E.fperm[i] = E.fs[i]; E.fphase[i] = 1; }
    for (a = 0; a < G->nirr; a++) {
        slong d = G->irr_dim[a];
        for (i = 0; i < d * d; i++) E.rho[E.roff[a] + i] = (i % (d + 1) == 0);
    }
    {
        ulong h = hash_perm(E.fperm, E.nf) % E.hsize;
        E.next[0] = E.head[h]; E.head[h] = 0;
    }
    G->parent[0] = 0; G->pgen[0] = -1;
    J = 1;
    tmp = flint_malloc((E.rtot + 1) * sizeof(double complex));
    for (n = 0; n < J; n++) {
        for (j = 0; j < ng; j++) {
            slong y, found = -1;
            ulong h;
            if (J == E.cap) {
                if (E.cap >= cap + 1) break;
                E.cap = FLINT_MIN(2 * E.cap, cap + 1);
                E.fperm = flint_realloc(E.fperm, E.cap * E.nf * sizeof(slong));
                E.fphase = flint_realloc(E.fphase, E.cap * E.nf * sizeof(double complex));
                E.rho = flint_realloc(E.rho, E.cap * E.rtot * sizeof(double complex));
                E.next = flint_realloc(E.next, E.cap * sizeof(slong));
                G->lmul = flint_realloc(G->lmul, E.cap * ng * sizeof(slong));
                G->parent = flint_realloc(G->parent, E.cap * sizeof(slong));
                G->pgen = flint_realloc(G->pgen, E.cap * sizeof(slong));
            }
            /* candidate gen_j * n stored in slot J */
            for (i = 0; i < E.nf; i++) {
                slong s = E.fperm[n * E.nf + i];
                E.fperm[J * E.nf + i] = G->gen[j].perm[s];
                E.fphase[J * E.nf + i] = G->gen[j].phase[s] * E.fphase[n * E.nf + i];
            }
            for (a = 0; a < G->nirr; a++) {
                slong d = G->irr_dim[a];
                matmul(E.rho + J * E.rtot + E.roff[a], G->irr_gen[a] + j * d * d,
                       E.rho + n * E.rtot + E.roff[a], d);
            }
            h = hash_perm(E.fperm + J * E.nf, E.nf) % E.hsize;
            for (y = E.head[h]; y >= 0; y = E.next[y])
                if (same_u(&E, y, J) && same_rho(&E, y, J, 0, E.rtot)) { found = y; break; }
            if (found < 0) {
                if (J >= cap) { J = cap + 1; break; }
                E.next[J] = E.head[h]; E.head[h] = J;
                G->parent[J] = n; G->pgen[J] = j;
                found = J;
                J++;
            }
            G->lmul[n * ng + j] = found;
        }
        if (J > cap) break;
    }
    flint_free(tmp);
    if (J > cap) {
        st = wk_error(WK_E_TOO_LARGE, "the group N generated by the symmetries and irreps has more than "
                      "%ld elements (limit %ld); check that the irrep matrices have finite order",
                      (long) cap, (long) cap);
        goto done;
    }
    G->order = J;
    /* characters */
    G->chi = flint_malloc(G->nirr * J * sizeof(double complex));
    for (a = 0; a < G->nirr; a++) {
        slong d = G->irr_dim[a];
        for (n = 0; n < J; n++) {
            double complex t = 0;
            for (i = 0; i < d; i++) t += E.rho[n * E.rtot + E.roff[a] + i * d + i];
            G->chi[a * J + n] = t;
        }
    }
    /* orthonormality and completeness */
    {
        slong b;
        for (a = 0; a < G->nirr && st == WK_OK; a++)
            for (b = a; b < G->nirr; b++) {
                double complex ip = 0;
                for (n = 0; n < J; n++) ip += G->chi[a * J + n] * conj(G->chi[b * J + n]);
                ip /= J;
                if (cabs(ip - (a == b)) > 1e-6) {
                    st = diagnose_hom(G, &E, J);
                    if (st != WK_OK) break;
                    if (a == b)
                        st = wk_error(WK_E_DOMAIN, "rho('%s') is not irreducible (<chi, chi> = %.4g)",
                                      G->irr_name[a], creal(ip));
                    else
                        st = wk_error(WK_E_DOMAIN, "irreps '%s' and '%s' are equivalent (<chi_a, chi_b> = %.4g)",
                                      G->irr_name[a], G->irr_name[b], cabs(ip));
                    break;
                }
            }
        if (st != WK_OK) goto done;
        if (sumd2 != J) {
            st = diagnose_hom(G, &E, J);
            if (st != WK_OK) goto done;
            /* incomplete: allowed here, the sector dimensions will not add up */
            G->complete = 0;
        } else G->complete = 1;
    }
    /* keep the matrices of every element */
    G->rho = flint_malloc(G->nirr * sizeof(double complex *));
    for (a = 0; a < G->nirr; a++) {
        slong d = G->irr_dim[a];
        G->rho[a] = flint_malloc(J * d * d * sizeof(double complex));
        for (n = 0; n < J; n++)
            memcpy(G->rho[a] + n * d * d, E.rho + n * E.rtot + E.roff[a], d * d * sizeof(double complex));
    }
    /* trivial, dual */
    G->dual = flint_malloc(G->nirr * sizeof(slong));
    for (a = 0; a < G->nirr; a++) {
        slong b;
        int triv = 1;
        for (n = 0; n < J; n++) if (cabs(G->chi[a * J + n] - 1) > 1e-6) { triv = 0; break; }
        if (triv) G->trivial = a;
        G->dual[a] = -1;
        for (b = 0; b < G->nirr; b++) {
            for (n = 0; n < J; n++)
                if (cabs(G->chi[b * J + n] - conj(G->chi[a * J + n])) > 1e-6) break;
            if (n == J) { G->dual[a] = b; break; }
        }
    }
    /* fusion N_ab^c when affordable */
    if (G->complete && (double) G->nirr * G->nirr * G->nirr * J <= 2e8) {
        slong b, c, k = G->nirr;
        G->fusion = flint_malloc(k * k * k * sizeof(slong));
        for (a = 0; a < k; a++)
            for (b = 0; b < k; b++)
                for (c = 0; c < k; c++) {
                    double complex s = 0;
                    for (n = 0; n < J; n++)
                        s += G->chi[a * J + n] * G->chi[b * J + n] * conj(G->chi[c * J + n]);
                    s /= J;
                    G->fusion[(a * k + b) * k + c] = (slong) floor(creal(s) + 0.5);
                }
    }
    G->ready = 1;
    _wk_xsff_group_kperm(G);
done:
    flint_free(E.roff); flint_free(E.fs); flint_free(E.fperm); flint_free(E.fphase);
    flint_free(E.rho); flint_free(E.head); flint_free(E.next);
    if (st != WK_OK) {
        flint_free(G->lmul); flint_free(G->parent); flint_free(G->pgen); flint_free(G->chi);
        G->lmul = G->parent = G->pgen = NULL; G->chi = NULL;
        G->order = 0;
    }
    return st;
}

/* U(e) applied to the basis state s: sets *t and *ph. */
static void act(slong *t, double complex *ph, const wk_xsff_group_t G, slong e, slong s)
{
    /* e = g_k ... g_1 along the BFS tree: apply g_1 first */
    slong word[4096], len = 0, i;
    double complex p = 1;
    while (e != 0 && len < 4096) { word[len++] = G->pgen[e]; e = G->parent[e]; }
    for (i = len - 1; i >= 0; i--) {
        p *= G->gen[word[i]].phase[s];
        s = G->gen[word[i]].perm[s];
    }
    *t = s; *ph = p;
}

void _wk_xsff_group_kperm(wk_xsff_group_t G)
{
    slong ng = G->ngens, J = G->order, D = G->dim, j, n, a, b, i;
    slong *kimg;
    slong nprobe = D < 256 ? D : 256;
    double complex **rk;
    int ok = 1;

    flint_free(G->kperm);
    G->kperm = NULL;
    kimg = flint_malloc(ng * sizeof(slong));
    /* find each K U(g) K = conj(U(g)) among the elements */
    for (j = 0; j < ng && ok; j++) {
        slong found = -1;
        for (n = 0; n < J; n++) {
            int same = 1;
            for (i = 0; i < nprobe && same; i++) {
                slong s = (D <= 256) ? i : (slong) (((ulong) i * 2654435761UL + 7) % (ulong) D), t;
                double complex ph;
                act(&t, &ph, G, n, s);
                if (t != G->gen[j].perm[s] || cabs(ph - conj(G->gen[j].phase[s])) > GTOL) same = 0;
            }
            if (same) {
                if (found >= 0) {   /* the action is not faithful: ambiguous */
                    slong d2;
                    for (a = 0; a < G->nirr; a++) {
                        slong d = G->irr_dim[a];
                        for (d2 = 0; d2 < d * d; d2++)
                            if (cabs(G->rho[a][n * d * d + d2] - G->rho[a][found * d * d + d2]) > GTOL) ok = 0;
                    }
                } else found = n;
            }
        }
        if (found < 0) ok = 0;
        kimg[j] = found;
    }
    if (!ok) { flint_free(kimg); return; }
    /* rho_a(kappa(n)) along the BFS tree */
    rk = flint_malloc(G->nirr * sizeof(double complex *));
    for (a = 0; a < G->nirr; a++) {
        slong d = G->irr_dim[a];
        rk[a] = flint_malloc(J * d * d * sizeof(double complex));
        for (i = 0; i < d * d; i++) rk[a][i] = (i % (d + 1) == 0);
        for (n = 1; n < J; n++)
            matmul(rk[a] + n * d * d, G->rho[a] + kimg[G->pgen[n]] * d * d,
                   rk[a] + G->parent[n] * d * d, d);
    }
    G->kperm = flint_malloc(G->nirr * sizeof(slong));
    for (a = 0; a < G->nirr && ok; a++) {
        slong d = G->irr_dim[a];
        G->kperm[a] = -1;
        for (b = 0; b < G->nirr; b++) {
            for (n = 0; n < J; n++) {
                double complex t = 0;
                for (i = 0; i < d; i++) t += rk[a][n * d * d + i * d + i];
                if (cabs(G->chi[b * J + n] - conj(t)) > 1e-6) break;
            }
            if (n == J) { G->kperm[a] = b; break; }
        }
        if (G->kperm[a] < 0) ok = 0;
    }
    if (!ok) { flint_free(G->kperm); G->kperm = NULL; }
    for (a = 0; a < G->nirr; a++) flint_free(rk[a]);
    flint_free(rk);
    flint_free(kimg);
}

void _wk_xsff_info_from_group(wk_xsff_info_t info, const wk_xsff_group_t G)
{
    slong a, k = G->nirr;
    wk_xsff_info_clear(info);
    info->nsec = k;
    info->name = flint_malloc(k * sizeof(char *));
    info->d = flint_malloc(k * sizeof(slong));
    info->R = flint_calloc(k, sizeof(slong));
    for (a = 0; a < k; a++) {
        info->name[a] = _wk_xsff_strdup(G->irr_name[a]);
        info->d[a] = G->irr_dim[a];
    }
    info->order = G->order;
    info->trivial = G->trivial;
    info->dual = _wk_xsff_slong_dup(G->dual, k);
    info->kperm = _wk_xsff_slong_dup(G->kperm, k);
    info->fusion = _wk_xsff_slong_dup(G->fusion, k * k * k);
}

void wk_xsff_torus_init(wk_xsff_torus_t T)
{
    memset(T, 0, sizeof(wk_xsff_torus_struct));
}

void wk_xsff_torus_clear(wk_xsff_torus_t T)
{
    _wk_xsff_strs_free(T->name, T->rank);
    flint_free(T->den);
    flint_free(T->value);
    wk_xsff_torus_init(T);
}
