/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/construct.c: the standard groups as permutation groups: cyclic,
   dihedral (order 2n), symmetric, alternating, dicyclic, direct and wreath
   products, Mathieu groups (classical generators, e.g. Conway et al., ATLAS). */
#include <stdio.h>
#include <stdlib.h>
#include "impl.h"

static wk_status bad_n(slong n)
{
    return wk_error(WK_E_DOMAIN, "n must be a positive integer, got %ld", (long) n);
}

static wk_status check_deg(slong n)
{
    if (n > WK_GROUPS_MAX_DEGREE)
        return wk_error(WK_E_TOO_LARGE, "degree %ld exceeds the limit %d", (long) n,
                        WK_GROUPS_MAX_DEGREE);
    return WK_OK;
}

static wk_status finish(wk_group_struct ** G, slong n, pt * gens, slong ngens,
                        const fmpz_t order, const char * name)
{
    wk_status st = _wk_group_new(G, n, gens, ngens);
    flint_free(gens);
    if (st != WK_OK) return st;
    if (order) {
        (*G)->has_known_order = 1;
        fmpz_set((*G)->known_order, order);
    }
    wk_group_set_name(*G, name);
    return WK_OK;
}

wk_status wk_group_cyclic(wk_group_struct ** G, slong n)
{
    pt * g;
    slong i;
    fmpz_t o;
    char name[64];
    wk_status st;
    if (n < 1) return bad_n(n);
    if ((st = check_deg(n)) != WK_OK) return st;
    g = flint_malloc(n * sizeof(pt));
    for (i = 0; i < n; i++) g[i] = (pt) ((i + 1) % n);
    fmpz_init_set_ui(o, n);
    snprintf(name, sizeof name, "C%ld", (long) n);
    st = finish(G, n, g, 1, o, name);
    fmpz_clear(o);
    return st;
}

wk_status wk_group_dihedral(wk_group_struct ** G, slong n)
{
    pt * g;
    slong i, deg;
    fmpz_t o;
    char name[64];
    wk_status st;
    if (n < 1) return bad_n(n);
    if ((st = check_deg(n)) != WK_OK) return st;
    snprintf(name, sizeof name, "D%ld (order %ld)", (long) n, (long) 2 * n);
    fmpz_init_set_ui(o, 2 * n);
    if (n == 1) {
        deg = 2;
        g = flint_malloc(2 * sizeof(pt));
        g[0] = 1; g[1] = 0;
        st = finish(G, deg, g, 1, o, name);
    } else if (n == 2) {
        static const pt v[8] = { 1, 0, 3, 2, 2, 3, 0, 1 };
        deg = 4;
        g = flint_malloc(8 * sizeof(pt));
        memcpy(g, v, sizeof v);
        st = finish(G, deg, g, 2, o, name);
    } else {
        g = flint_malloc(2 * n * sizeof(pt));
        for (i = 0; i < n; i++) {
            g[i] = (pt) ((i + 1) % n);
            g[n + i] = (pt) ((n - i) % n);
        }
        st = finish(G, n, g, 2, o, name);
    }
    fmpz_clear(o);
    return st;
}

wk_status wk_group_symmetric(wk_group_struct ** G, slong n)
{
    pt * g;
    slong i;
    fmpz_t o;
    char name[64];
    wk_status st;
    if (n < 1) return bad_n(n);
    if ((st = check_deg(n)) != WK_OK) return st;
    g = flint_malloc(2 * n * sizeof(pt));
    for (i = 0; i < n; i++) {
        g[i] = (pt) ((i + 1) % n);
        g[n + i] = (pt) i;
    }
    if (n >= 2) { g[n] = 1; g[n + 1] = 0; }
    fmpz_init(o);
    fmpz_fac_ui(o, n);
    snprintf(name, sizeof name, "S%ld", (long) n);
    st = finish(G, n, g, n >= 2 ? 2 : 0, o, name);
    fmpz_clear(o);
    return st;
}

wk_status wk_group_alternating(wk_group_struct ** G, slong n)
{
    pt * g;
    slong i, ng = 0;
    fmpz_t o;
    char name[64];
    wk_status st;
    if (n < 1) return bad_n(n);
    if ((st = check_deg(n)) != WK_OK) return st;
    g = flint_malloc(2 * n * sizeof(pt));
    if (n >= 3) {
        _perm_one(g, n);
        g[0] = 1; g[1] = 2; g[2] = 0;
        ng = 1;
        if (n >= 4) {
            slong s = (n % 2) ? 0 : 1;    /* n-cycle (odd n) or (2..n) (even n) */
            _perm_one(g + n, n);
            for (i = s; i < n; i++) g[n + i] = (pt) (i + 1 < n ? i + 1 : s);
            ng = 2;
        }
    }
    fmpz_init(o);
    fmpz_fac_ui(o, n);
    if (n >= 2) fmpz_divexact_ui(o, o, 2);
    snprintf(name, sizeof name, "A%ld", (long) n);
    st = finish(G, n, g, ng, o, name);
    fmpz_clear(o);
    return st;
}

wk_status wk_group_quaternion(wk_group_struct ** G, slong order)
{
    slong m, i, deg;
    pt * g;
    fmpz_t o;
    char name[64];
    wk_status st;
    if (order < 4 || order % 4)
        return wk_error(WK_E_DOMAIN, "n must be a positive multiple of 4, got %ld", (long) order);
    if ((st = check_deg(order)) != WK_OK) return st;
    m = order / 4;
    deg = order;
    /* regular action on a^i x^j, index i + 2m j */
    g = flint_malloc(2 * deg * sizeof(pt));
    for (i = 0; i < 2 * m; i++) {
        g[i] = (pt) ((i + 1) % (2 * m));                          /* a^i * a */
        g[2 * m + i] = (pt) (2 * m + (i + 2 * m - 1) % (2 * m));  /* a^i x a = a^(i-1) x */
        g[deg + i] = (pt) (2 * m + i);                            /* a^i * x */
        g[deg + 2 * m + i] = (pt) ((i + m) % (2 * m));            /* a^i x x = a^(i+m) */
    }
    fmpz_init_set_ui(o, order);
    snprintf(name, sizeof name, "Q%ld", (long) order);
    st = finish(G, deg, g, 2, o, name);
    fmpz_clear(o);
    return st;
}

wk_status wk_group_direct(wk_group_struct ** G, wk_group_struct * const * groups, slong count)
{
    slong i, j, t, deg = 0, ng = 0, off;
    pt * g;
    fmpz_t o, oi;
    sbuf_struct nm;
    wk_status st = WK_OK;
    if (count < 1) return wk_error(WK_E_DOMAIN, "direct product of no groups");
    for (i = 0; i < count; i++) {
        deg += groups[i]->n;
        ng += groups[i]->ngens;
    }
    if ((st = check_deg(deg)) != WK_OK) return st;
    fmpz_init_set_ui(o, 1);
    fmpz_init(oi);
    for (i = 0; i < count && st == WK_OK; i++) {
        st = wk_group_order(oi, groups[i]);
        fmpz_mul(o, o, oi);
    }
    fmpz_clear(oi);
    if (st != WK_OK) { fmpz_clear(o); return st; }
    g = flint_malloc((ng ? ng : 1) * deg * sizeof(pt));
    t = 0;
    off = 0;
    sbuf_init(&nm);
    for (i = 0; i < count; i++) {
        wk_group_struct * H = groups[i];
        for (j = 0; j < H->ngens; j++, t++) {
            slong x;
            _perm_one(g + t * deg, deg);
            for (x = 0; x < H->n; x++) g[t * deg + off + x] = (pt) (off + H->gens[j * H->n + x]);
        }
        off += H->n;
        if (i) sbuf_puts(&nm, " x ");
        {
            char b1[256];
            sbuf_puts(&nm, _wk_group_base_name(H, "G", b1, sizeof b1));
        }
    }
    st = finish(G, deg, g, ng, o, nm.s);
    sbuf_clear(&nm);
    fmpz_clear(o);
    return st;
}

wk_status wk_group_wreath(wk_group_struct ** G, wk_group_struct * A, wk_group_struct * B)
{
    slong m = B->n, na = A->n, deg, i, j, x, b;
    pt * g;
    fmpz_t o, oa, ob;
    char * name;
    wk_status st;
    if (na * m > WK_GROUPS_MAX_DEGREE)
        return wk_error(WK_E_TOO_LARGE, "degree %ld exceeds the limit %d", (long) (na * m),
                        WK_GROUPS_MAX_DEGREE);
    deg = na * m;
    fmpz_init(o); fmpz_init(oa); fmpz_init(ob);
    if ((st = wk_group_order(oa, A)) != WK_OK || (st = wk_group_order(ob, B)) != WK_OK) {
        fmpz_clear(o); fmpz_clear(oa); fmpz_clear(ob);
        return st;
    }
    fmpz_pow_ui(o, oa, m);
    fmpz_mul(o, o, ob);
    g = flint_malloc((A->ngens + B->ngens + 1) * deg * sizeof(pt));
    for (i = 0; i < A->ngens; i++) {
        _perm_one(g + i * deg, deg);
        for (x = 0; x < na; x++) g[i * deg + x] = A->gens[i * na + x];
    }
    for (j = 0; j < B->ngens; j++) {
        pt * h = g + (A->ngens + j) * deg;
        for (b = 0; b < m; b++)
            for (x = 0; x < na; x++)
                h[b * na + x] = (pt) (B->gens[j * m + b] * na + x);
    }
    {
        char b1[256], b2[256];
        const char * n1 = _wk_group_base_name(A, "A", b1, sizeof b1), * n2 = _wk_group_base_name(B, "B", b2, sizeof b2);
        name = flint_malloc(strlen(n1) + strlen(n2) + 8);
        sprintf(name, "%s wr %s", n1, n2);
    }
    st = finish(G, deg, g, A->ngens + B->ngens, o, name);
    flint_free(name);
    fmpz_clear(o); fmpz_clear(oa); fmpz_clear(ob);
    return st;
}

wk_status wk_group_mathieu(wk_group_struct ** G, slong n)
{
    static const char * gens11[] = { "(1,2,3,4,5,6,7,8,9,10,11)", "(3,7,11,8)(4,10,5,6)", NULL };
    static const char * gens12[] = { "(1,2,3,4,5,6,7,8,9,10,11)", "(3,7,11,8)(4,10,5,6)",
                                     "(1,12)(2,11)(3,6)(4,8)(5,9)(7,10)", NULL };
    static const char * gens22[] = {
        "(1,2,3,4,5,6,7,8,9,10,11)(12,13,14,15,16,17,18,19,20,21,22)",
        "(1,4,5,9,3)(2,8,10,7,6)(12,15,16,20,14)(13,19,21,18,17)",
        "(1,21)(2,10,8,6)(3,13,4,17)(5,19,9,18)(11,22)(12,14,16,20)", NULL };
    static const char * gens23[] = {
        "(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23)",
        "(3,17,10,7,9)(4,13,14,19,5)(8,18,11,12,23)(15,20,22,21,16)", NULL };
    static const char * gens24[] = {
        "(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23)",
        "(3,17,10,7,9)(4,13,14,19,5)(8,18,11,12,23)(15,20,22,21,16)",
        "(1,24)(2,23)(3,12)(4,16)(5,18)(6,10)(7,20)(8,14)(9,21)(11,17)(13,22)(15,19)", NULL };
    const char ** gs;
    ulong order;
    slong i, ng = 0, deg = n;
    pt * g;
    fmpz_t o;
    char name[16];
    wk_status st;
    switch (n) {
    case 11: gs = gens11; order = 7920; break;
    case 12: gs = gens12; order = 95040; break;
    case 22: gs = gens22; order = 443520; break;
    case 23: gs = gens23; order = 10200960; break;
    case 24: gs = gens24; order = 244823040; break;
    default:
        return wk_error(WK_E_DOMAIN, "n must be 11, 12, 22, 23 or 24, got %ld", (long) n);
    }
    while (gs[ng]) ng++;
    g = flint_malloc(ng * deg * sizeof(pt));
    for (i = 0; i < ng; i++) {
        wk_perm_t p;
        slong x;
        wk_perm_init(p, 0);
        wk_perm_set_str(p, gs[i]);
        for (x = 0; x < deg; x++) g[i * deg + x] = x < p->n ? p->v[x] : (pt) x;
        wk_perm_clear(p);
    }
    fmpz_init_set_ui(o, order);
    snprintf(name, sizeof name, "M%ld", (long) n);
    st = finish(G, deg, g, ng, o, name);
    fmpz_clear(o);
    return st;
}
