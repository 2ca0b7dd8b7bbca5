/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of conjugacy classes, class identification, power maps and class
   multiplication coefficients against brute force (conjugation by every
   element, products of all pairs); class names against GAP's. */
#include <stdio.h>
#include <stdlib.h>
#include "wk_groups.h"
#include "brute.h"
#include "tap.h"

static void rand_perm(wk_perm_t p, slong n, flint_rand_t st)
{
    slong i;
    wk_perm_one(p, n);
    for (i = n - 1; i > 0; i--) {
        slong j = n_randint(st, i + 1);
        wk_pt t = p->v[i];
        p->v[i] = p->v[j];
        p->v[j] = t;
    }
}

static wk_group_struct * from_strings(const char ** s, slong ng)
{
    wk_perm_struct p[8];
    wk_group_struct * G;
    slong i;
    for (i = 0; i < ng; i++) { wk_perm_init(p + i, 0); wk_perm_set_str(p + i, s[i]); }
    wk_group_permgroup(&G, p, ng, 0);
    for (i = 0; i < ng; i++) wk_perm_clear(p + i);
    return G;
}

/* all checks for one group; returns 1 if all pass */
static int check_group(wk_group_struct * G, const char * what, int mult)
{
    bset S;
    slong N, n = wk_group_degree(G), r, rb, a, k, t, * bcls, * map;
    int ok = 1;
    wk_perm_t g, h;
    if (wk_group_classes(G) != WK_OK) { printf("# %s: %s\n", what, wk_error_msg()); return 0; }
    brute_elements(&S, G);
    N = S.len;
    bcls = malloc(N * sizeof(slong));
    rb = brute_classes(bcls, &S);
    r = wk_group_nclasses(G);
    if (getenv("WK_TEST_VERBOSE")) printf("# %s: order %ld, %ld classes\n", what, (long) N, (long) r);
    if (r != rb) { printf("# %s: %ld classes, brute force %ld\n", what, (long) r, (long) rb); ok = 0; }
    map = malloc((rb + 1) * sizeof(slong));
    for (a = 0; a < rb; a++) map[a] = -1;
    wk_perm_init(g, n);
    wk_perm_init(h, 0);
    /* every element: its class is consistent with brute force */
    for (a = 0; a < N && ok; a++) {
        memcpy(g->v, S.e + a * n, n * sizeof(wk_pt));
        if (wk_group_class_of(&k, G, g) != WK_OK) { ok = 0; break; }
        if (map[bcls[a]] < 0) map[bcls[a]] = k;
        else if (map[bcls[a]] != k) ok = 0;
    }
    if (!ok) printf("# %s: class identification differs from brute force\n", what);
    /* sizes, orders, representatives, ordering, power maps */
    {
        slong * bsize = calloc(rb, sizeof(slong));
        slong exp = 1;
        for (a = 0; a < N; a++) bsize[bcls[a]]++;
        for (a = 0; a < rb && ok; a++)
            if (wk_group_class_size(G, map[a]) != bsize[a]) { ok = 0; printf("# %s: class size\n", what); }
        free(bsize);
        for (k = 0; k < r && ok; k++) {
            fmpz_t o;
            slong kk;
            fmpz_init(o);
            wk_group_class_rep(g, G, k);
            wk_perm_order(o, g);
            if (!fmpz_equal_si(o, wk_group_class_elt_order(G, k))) ok = 0;
            exp = exp / n_gcd(exp, fmpz_get_ui(o)) * fmpz_get_ui(o);
            wk_group_class_of(&kk, G, g);
            if (kk != k) ok = 0;
            if (wk_group_class_centralizer_order(G, k) * wk_group_class_size(G, k) != N) ok = 0;
            if (k == 0 && !wk_perm_is_one(g)) ok = 0;
            if (k > 1) {
                slong o1 = wk_group_class_elt_order(G, k - 1), o2 = wk_group_class_elt_order(G, k);
                if (o1 > o2 || (o1 == o2 && wk_group_class_size(G, k - 1) > wk_group_class_size(G, k))) ok = 0;
            }
            for (t = -3; t <= wk_group_class_elt_order(G, k) + 1 && ok; t++) {
                wk_perm_pow(h, g, t);
                wk_group_class_of(&kk, G, h);
                if (kk != wk_group_class_power(G, k, t)) ok = 0;
            }
            fmpz_clear(o);
        }
        if (ok && exp != wk_group_exponent(G)) ok = 0;
        if (!ok) printf("# %s: sizes, orders, ordering or power maps\n", what);
    }
    /* class multiplication coefficients by counting all pairs */
    if (ok && mult) {
        slong * cnt = calloc(r * r * r, sizeof(slong)), i, j, b, x;
        wk_pt * y = calloc(n, sizeof(wk_pt));
        slong * cls = malloc(N * sizeof(slong));
        for (a = 0; a < N; a++) cls[a] = map[bcls[a]];
        for (k = 0; k < r; k++) {
            slong gk;
            wk_group_class_rep(g, G, k);
            gk = brute_index(&S, g);
            for (a = 0; a < N; a++)
                for (b = 0; b < N; b++) {
                    for (x = 0; x < n; x++) y[x] = S.e[b * n + S.e[a * n + x]];
                    if (bset_find(&S, y) == gk) cnt[(cls[a] * r + cls[b]) * r + k]++;
                }
        }
        for (i = 0; i < r && ok; i++)
            for (j = 0; j < r && ok; j++)
                for (k = 0; k < r && ok; k++) {
                    fmpz_t c;
                    fmpz_init(c);
                    wk_group_class_mult_coeff(c, G, i, j, k);
                    if (!fmpz_equal_si(c, cnt[(i * r + j) * r + k])) ok = 0;
                    fmpz_clear(c);
                }
        if (!ok) printf("# %s: class multiplication coefficients\n", what);
        free(cnt); free(y); free(cls);
    }
    wk_perm_clear(g);
    wk_perm_clear(h);
    free(map);
    free(bcls);
    bset_clear(&S);
    return ok;
}

int main(int argc, char ** argv)
{
    flint_rand_t st;
    wk_group_struct * G;
    slong iter, i;
    int ok;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 3);

    wk_group_dihedral(&G, 4);
    TAP_OK(check_group(G, "D8", 1), "D8 (order 8): classes, power maps, structure constants");
    wk_group_clear(G);
    wk_group_quaternion(&G, 8);
    TAP_OK(check_group(G, "Q8", 1), "Q8");
    wk_group_clear(G);
    wk_group_symmetric(&G, 4);
    TAP_OK(check_group(G, "S4", 1), "S4");
    wk_group_clear(G);
    wk_group_alternating(&G, 5);
    TAP_OK(check_group(G, "A5", 1), "A5");
    wk_group_clear(G);
    {
        /* SL(2,3) acting on the 8 non-zero vectors of F_3^2 (from GAP) */
        const char * s[2] = { "(1,6,2,3)(4,7,8,5)", "(3,4,5)(6,8,7)" };
        fmpz_t o;
        fmpz_init(o);
        G = from_strings(s, 2);
        wk_group_order(o, G);
        TAP_OK(fmpz_equal_ui(o, 24) && check_group(G, "SL(2,3)", 1), "SL(2,3)");
        fmpz_clear(o);
        wk_group_clear(G);
    }
    wk_group_symmetric(&G, 6);
    TAP_OK(check_group(G, "S6", 0), "S6");
    wk_group_clear(G);

    ok = 1;
    for (iter = 0; iter < 25 * tap_multiplier(); iter++) {
        wk_perm_struct g[2];
        slong n = 3 + n_randint(st, 5), ng = 1 + n_randint(st, 2);
        char name[64];
        for (i = 0; i < ng; i++) { wk_perm_init(g + i, 0); rand_perm(g + i, n, st); }
        wk_group_permgroup(&G, g, ng, n);
        snprintf(name, sizeof name, "random group %ld", (long) iter);
        ok &= check_group(G, name, n <= 5);
        wk_group_clear(G);
        for (i = 0; i < ng; i++) wk_perm_clear(g + i);
    }
    TAP_OK(ok, "random subgroups of S_n (n <= 7) against brute force");

    /* GAP's class names for C64: ClassNames(CharacterTable(CyclicGroup(64))) */
    {
        static const char * gapnames[12] = { "1a", "2a", "4a", "4b", "8a", "8b", "8c", "8d", "16a", "16h",
                                             "64z", "64af" };
        slong cnt[65] = { 0 }, k, r;
        int okn = 1, found[12] = { 0 };
        wk_group_cyclic(&G, 64);
        wk_group_classes(G);
        r = wk_group_nclasses(G);
        for (k = 0; k < r; k++) {
            const char * nm = wk_group_class_name(G, k);
            char want[64];
            slong o = wk_group_class_elt_order(G, k), t = cnt[o]++, len = 0, u = t + 1;
            char letters[8];
            while (u > 0) { u--; letters[len++] = 'a' + u % 26; u /= 26; }
            snprintf(want, sizeof want, "%ld", (long) o);
            while (len > 0) { size_t l = strlen(want); want[l] = letters[--len]; want[l + 1] = 0; }
            if (strcmp(nm, want) != 0) okn = 0;
            for (i = 0; i < 12; i++) if (strcmp(nm, gapnames[i]) == 0) found[i] = 1;
        }
        for (i = 0; i < 12; i++) okn &= found[i];
        TAP_OK(okn && cnt[64] == 32, "class names 1a, 2a, ..., 64z, 64aa, ..., 64af as in GAP");
        wk_group_clear(G);
    }
    flint_randclear(st);
    return tap_done();
}
