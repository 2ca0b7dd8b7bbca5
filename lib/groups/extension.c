/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/extension.c: cyclic extensions G = <N, x> with n^x = alpha(n)
   and x^m = n0 (the candidates of the xSFF bootstrap, spec xsff 5.4), in the
   right regular action on the words n x^i.  Such an extension exists iff
   alpha is an automorphism, alpha(n0) = n0 and alpha^m is conjugation by n0
   (e.g. Huppert, Endliche Gruppen I, III.7.2). */
#include <stdio.h>
#include <stdlib.h>
#include "impl.h"

#define UNSET 0xffffffffu

wk_status _wk_extend_automorphism(uint32_t * phiv, wk_group_struct * N, const pt * imgs,
                                  const char * name)
{
    slong tN = N->ngens, nN = N->n, i;
    ulong oN = fmpz_get_ui(N->bsgs->order), q, len = 1, distinct = 0;
    uint32_t * order = malloc(oN * sizeof(uint32_t)), * mult = malloc(oN * (tN ? tN : 1) * sizeof(uint32_t));
    uint32_t * pos = malloc(oN * sizeof(uint32_t));
    char * seen = calloc(oN, 1);
    pt * a = flint_malloc(2 * nN * sizeof(pt)), * p2 = a + nN, * b = flint_malloc((N->bsgs->k + 1) * sizeof(pt));
    slong relno = 0;
    wk_status st = WK_OK;
    if (!order || !mult || !pos || !seen) {
        st = wk_error(WK_E_NOMEM, "out of memory");
        goto done;
    }
    /* breadth-first Cayley graph of N over its generators */
    order[0] = 0;
    seen[0] = 1;
    pos[0] = 0;
    for (q = 0; q < len; q++) {
        bsgs_unrank(a, N->bsgs, order[q], NULL);
        for (i = 0; i < tN; i++) {
            ulong rk;
            _perm_mul(p2, a, N->gens + i * nN, nN);
            rk = bsgs_rank(N->bsgs, p2, b);
            mult[order[q] * tN + i] = (uint32_t) rk;
            if (!seen[rk]) { seen[rk] = 1; pos[rk] = (uint32_t) len; order[len++] = (uint32_t) rk; }
        }
    }
    /* the map on the spanning tree, checked on the other edges (relators) */
    for (q = 0; q < oN; q++) phiv[q] = UNSET;
    phiv[0] = 0;
    for (q = 0; q < oN && st == WK_OK; q++) {
        ulong xr = order[q];
        bsgs_unrank(a, N->bsgs, phiv[xr], NULL);
        for (i = 0; i < tN; i++) {
            ulong yr = mult[xr * tN + i], v;
            _perm_mul(p2, a, imgs + i * nN, nN);
            v = bsgs_rank(N->bsgs, p2, b);
            if (phiv[yr] == UNSET && pos[yr] > q) { phiv[yr] = (uint32_t) v; continue; }
            relno++;
            if (phiv[yr] != v) {
                st = wk_error(WK_E_DOMAIN, "%s does not preserve the relations of N "
                              "(relator %ld maps to a non-identity)", name, (long) relno);
                break;
            }
        }
    }
    if (st == WK_OK) {
        memset(seen, 0, oN);
        for (q = 0; q < oN; q++) if (!seen[phiv[q]]) { seen[phiv[q]] = 1; distinct++; }
        if (distinct != oN)
            st = wk_error(WK_E_DOMAIN, "%s is not bijective (image of order %lu in N of order %lu)",
                          name, (unsigned long) distinct, (unsigned long) oN);
    }
done:
    free(order); free(mult); free(pos); free(seen);
    flint_free(a); flint_free(b);
    return st;
}

wk_status wk_group_cyclic_extension(wk_group_struct ** Gout, wk_group_struct * N,
                                    const wk_perm_struct * alpha, slong m, const wk_perm_t n0)
{
    slong tN = N->ngens, nN = N->n, i, j, x, deg;
    ulong oN, q, r0, t;
    uint32_t * phiv = NULL, * ainv = NULL;
    pt * imgs, * a, * c, * b, * gens = NULL, * beta;
    wk_status st;
    if (m < 1) return wk_error(WK_E_DOMAIN, "m must be a positive integer, got %ld", (long) m);
    if ((st = _wk_group_rank(N)) != WK_OK) return st;
    oN = fmpz_get_ui(N->bsgs->order);
    if ((ulong) m > (ulong) WK_GROUPS_MAX_DEGREE / oN)
        return wk_error(WK_E_TOO_LARGE, "m|N| = %ld*%lu exceeds the degree limit %d", (long) m,
                        (unsigned long) oN, WK_GROUPS_MAX_DEGREE);
    deg = (slong) oN * m;
    imgs = flint_malloc((tN ? tN : 1) * nN * sizeof(pt));
    a = flint_malloc(3 * nN * sizeof(pt));
    c = a + nN;
    beta = c + nN;
    b = flint_malloc((N->bsgs->k + 1) * sizeof(pt));
    for (i = 0; i < tN && st == WK_OK; i++) {
        if (wk_perm_largest_moved_point(alpha + i) > nN) {
            st = wk_error(WK_E_DOMAIN, "alpha: image %ld is not in N", (long) i + 1);
            break;
        }
        for (x = 0; x < nN; x++) imgs[i * nN + x] = x < alpha[i].n ? alpha[i].v[x] : (pt) x;
        if (!bsgs_contains(N->bsgs, imgs + i * nN)) st = wk_error(WK_E_DOMAIN, "alpha: image %ld is not in N", (long) i + 1);
    }
    /* n0 */
    if (st == WK_OK) {
        _perm_one(c, nN);
        if (n0) {
            if (wk_perm_largest_moved_point(n0) > nN) st = wk_error(WK_E_DOMAIN, "n0 is not in N");
            else {
                for (x = 0; x < nN; x++) c[x] = x < n0->n ? n0->v[x] : (pt) x;
                if (!bsgs_contains(N->bsgs, c)) st = wk_error(WK_E_DOMAIN, "n0 is not in N");
            }
        }
    }
    r0 = 0;
    if (st == WK_OK) {
        memcpy(beta, c, nN * sizeof(pt));          /* beta = n0 */
        r0 = bsgs_rank(N->bsgs, c, b);
        phiv = malloc(oN * sizeof(uint32_t));
        ainv = malloc(oN * sizeof(uint32_t));
        if (!phiv || !ainv) st = wk_error(WK_E_NOMEM, "out of memory");
    }
    if (st == WK_OK) st = _wk_extend_automorphism(phiv, N, imgs, "alpha");
    if (st == WK_OK && phiv[r0] != r0) st = wk_error(WK_E_DOMAIN, "alpha does not fix n0");
    if (st == WK_OK) {
        pt * n0inv = flint_malloc(nN * sizeof(pt));
        _perm_inv(n0inv, beta, nN);
        for (q = 0; q < oN; q++) ainv[phiv[q]] = (uint32_t) q;
        /* alpha^m(n_i) = n0^-1 n_i n0 */
        for (i = 0; i < tN && st == WK_OK; i++) {
            ulong rk = bsgs_rank(N->bsgs, N->gens + i * nN, b);
            for (t = 0; t < (ulong) m; t++) rk = phiv[rk];
            _perm_conj(a, N->gens + i * nN, beta, n0inv, nN);
            if (bsgs_rank(N->bsgs, a, b) != rk)
                st = wk_error(WK_E_DOMAIN, "alpha^%ld is not conjugation by n0", (long) m);
        }
        flint_free(n0inv);
    }
    /* generators on the points (n, i) -> rank(n) m + i */
    if (st == WK_OK) {
        gens = flint_malloc((tN + 1) * deg * sizeof(pt));
        for (j = 0; j < tN; j++) {
            ulong bj = bsgs_rank(N->bsgs, N->gens + j * nN, b);
            for (i = 0; i < m; i++) {
                /* (n x^i) n_j = n alpha^-i(n_j) x^i */
                pt * bp = flint_malloc(nN * sizeof(pt));
                bsgs_unrank(bp, N->bsgs, bj, NULL);
                for (q = 0; q < oN; q++) {
                    bsgs_unrank(a, N->bsgs, q, NULL);
                    _perm_mul(c, a, bp, nN);
                    gens[j * deg + q * m + i] = (pt) (bsgs_rank(N->bsgs, c, b) * m + i);
                }
                flint_free(bp);
                bj = ainv[bj];
            }
        }
        for (q = 0; q < oN; q++) {
            for (i = 0; i + 1 < m; i++) gens[tN * deg + q * m + i] = (pt) (q * m + i + 1);
            /* n x^(m-1) x = n n0 */
            bsgs_unrank(a, N->bsgs, q, NULL);
            _perm_mul(c, a, beta, nN);
            gens[tN * deg + q * m + m - 1] = (pt) (bsgs_rank(N->bsgs, c, b) * m);
        }
        st = _wk_group_new(Gout, deg, gens, tN + 1);
        if (st == WK_OK) {
            fmpz_t o, w;
            char * nm;
            fmpz_init(o); fmpz_init(w);
            fmpz_set_ui(w, oN);
            fmpz_mul_ui(w, w, m);
            st = wk_group_order(o, *Gout);
            if (st == WK_OK && !fmpz_equal(o, w)) {
                char * s = fmpz_get_str(NULL, 10, o);
                st = wk_error(WK_E_INTERNAL, "cyclic extension has order %s, expected %lu*%ld", s,
                              (unsigned long) oN, (long) m);
                flint_free(s);
            }
            if (st == WK_OK) {
                char b1[256];
                const char * n1 = _wk_group_base_name(N, "N", b1, sizeof b1);
                nm = flint_malloc(strlen(n1) + 32);
                sprintf(nm, "%s %s C%ld", n1, r0 == 0 ? ":" : ".", (long) m);
                wk_group_set_name(*Gout, nm);
                flint_free(nm);
            } else {
                wk_group_clear(*Gout);
            }
            fmpz_clear(o); fmpz_clear(w);
        }
    }
    free(phiv); free(ainv);
    flint_free(imgs); flint_free(a); flint_free(b); flint_free(gens);
    return st;
}
