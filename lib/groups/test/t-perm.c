/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of permutations: products against the definition i^(gh) = (i^g)^h,
   parsing and printing, orders and signs by brute force, bad input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
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

static int str_is(const char * got, const char * want)
{
    int ok = strcmp(got, want) == 0;
    if (!ok) tap_diag("got '%s', want '%s'", got, want);
    return ok;
}

int main(int argc, char ** argv)
{
    flint_rand_t st;
    wk_perm_t a, b, c, d;
    slong i, j, iter, n;
    char * s;
    int ok;
    fmpz_t o;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 1);
    wk_perm_init(a, 0); wk_perm_init(b, 0); wk_perm_init(c, 0); wk_perm_init(d, 0);
    fmpz_init(o);

    /* GAP's convention: (1,2)*(2,3) = (1,3,2) */
    wk_perm_set_str(a, "(1,2)");
    wk_perm_set_str(b, "(2,3)");
    wk_perm_mul(c, a, b);
    s = wk_perm_get_str(c);
    TAP_OK(str_is(s, "(1,3,2)"), "(1,2)*(2,3) = (1,3,2) (first g, then h)");
    flint_free(s);
    /* a product of non-disjoint cycles is read left to right */
    wk_perm_set_str(c, "(1,2)(2,3)");
    s = wk_perm_get_str(c);
    TAP_OK(str_is(s, "(1,3,2)"), "cycle notation (1,2)(2,3) is the product");
    flint_free(s);

    /* products, inverses, powers, conjugates against the definition */
    ok = 1;
    for (iter = 0; iter < 200 * tap_multiplier(); iter++) {
        slong na = 1 + n_randint(st, 12), nb = 1 + n_randint(st, 12), e = (slong) n_randint(st, 41) - 20;
        rand_perm(a, na, st);
        rand_perm(b, nb, st);
        n = FLINT_MAX(na, nb);
        wk_perm_mul(c, a, b);
        for (i = 1; i <= n; i++)
            if (wk_perm_image(c, i) != wk_perm_image(b, wk_perm_image(a, i))) ok = 0;
        wk_perm_inv(c, a);
        for (i = 1; i <= na; i++)
            if (wk_perm_image(c, wk_perm_image(a, i)) != i) ok = 0;
        /* a^e by repeated multiplication */
        wk_perm_one(d, na);
        wk_perm_inv(c, a);
        for (j = 0; j < (e < 0 ? -e : e); j++) wk_perm_mul(d, d, e < 0 ? c : a);
        wk_perm_pow(c, a, e);
        if (!wk_perm_equal(c, d)) ok = 0;
        /* conj: g^-1 a g maps i^g to (i^a)^g */
        wk_perm_conj(c, a, b);
        for (i = 1; i <= n; i++)
            if (wk_perm_image(c, wk_perm_image(b, i)) != wk_perm_image(b, wk_perm_image(a, i))) ok = 0;
        /* aliasing */
        wk_perm_set(d, a);
        wk_perm_mul(d, d, d);
        wk_perm_pow(c, a, 2);
        if (!wk_perm_equal(c, d)) ok = 0;
        /* commutator a^-1 b^-1 a b */
        wk_perm_comm(c, a, b);
        {
            wk_perm_t ai, bi;
            wk_perm_init(ai, 0); wk_perm_init(bi, 0);
            wk_perm_inv(ai, a); wk_perm_inv(bi, b);
            wk_perm_mul(d, ai, bi); wk_perm_mul(d, d, a); wk_perm_mul(d, d, b);
            if (!wk_perm_equal(c, d)) ok = 0;
            wk_perm_clear(ai); wk_perm_clear(bi);
        }
    }
    TAP_OK(ok, "mul, inv, pow, conj, comm agree with the definitions");

    /* printing and parsing round trip; image lists */
    ok = 1;
    for (iter = 0; iter < 200 * tap_multiplier(); iter++) {
        n = 1 + n_randint(st, 15);
        rand_perm(a, n, st);
        s = wk_perm_get_str(a);
        if (wk_perm_set_str(b, s) != WK_OK || !wk_perm_equal(a, b)) ok = 0;
        flint_free(s);
        s = wk_perm_get_images_str(a);
        if (wk_perm_set_str(b, s) != WK_OK || !wk_perm_equal(a, b) || b->n != n) ok = 0;
        flint_free(s);
    }
    TAP_OK(ok, "cycle notation and image lists round trip");
    wk_perm_set_str(a, " ( 1 , 5 ) ( 2,3,4 ) ");
    s = wk_perm_get_str(a);
    TAP_OK(str_is(s, "(1,5)(2,3,4)") && a->n == 5, "spaces allowed, degree = largest point");
    flint_free(s);
    wk_perm_set_str(a, "()");
    s = wk_perm_get_str(a);
    TAP_OK(str_is(s, "()") && wk_perm_is_one(a), "identity prints as ()");
    flint_free(s);
    wk_perm_set_str(a, "[2,3,1,4]");
    s = wk_perm_get_str(a);
    TAP_OK(str_is(s, "(1,2,3)") && a->n == 4 && wk_perm_largest_moved_point(a) == 3,
           "image list [2,3,1,4] is (1,2,3) of degree 4");
    flint_free(s);
    wk_perm_set_str(b, "(1,2,3)");
    TAP_OK(wk_perm_equal(a, b), "permutations of different degrees compare as maps");

    /* orders, signs, cycle types by brute force */
    ok = 1;
    for (iter = 0; iter < 100 * tap_multiplier(); iter++) {
        slong m = 0, inv = 0, lens[20], nc, tot = 0;
        n = 1 + n_randint(st, 14);
        rand_perm(a, n, st);
        wk_perm_one(d, n);
        do { wk_perm_mul(d, d, a); m++; } while (!wk_perm_is_one(d));
        wk_perm_order(o, a);
        if (!fmpz_equal_si(o, m)) ok = 0;
        for (i = 0; i < n; i++)
            for (j = i + 1; j < n; j++)
                if (a->v[i] > a->v[j]) inv++;
        if (wk_perm_sign(a) != ((inv % 2) ? -1 : 1)) ok = 0;
        nc = wk_perm_cycle_type(lens, a);
        for (i = 0; i < nc; i++) { tot += lens[i]; if (i && lens[i] > lens[i - 1]) ok = 0; }
        if (tot != n) ok = 0;
    }
    TAP_OK(ok, "order (repeated products), sign (inversions), cycle type");

    /* bad input */
    {
        slong img[3] = { 2, 2, 3 }, img2[3] = { 1, 7, 2 };
        TAP_OK(wk_perm_set_images(a, img, 3) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "not a permutation (image 2 repeats)"), "image list with a repeat");
        TAP_OK(wk_perm_set_images(a, img2, 3) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "not a permutation (image 7 is outside 1..3)"), "image out of range");
        TAP_OK(wk_perm_set_str(a, "[2,2,3]") == WK_E_DOMAIN
               && str_is(wk_error_msg(), "not a permutation (image 2 repeats)"), "parsed image list with a repeat");
    }
    TAP_OK(wk_perm_set_str(a, "(1,2,1)") == WK_E_DOMAIN
           && str_is(wk_error_msg(), "point 1 repeats in a cycle"), "repeated point in a cycle");
    TAP_OK(wk_perm_set_str(a, "(0,1)") == WK_E_DOMAIN, "point 0 rejected: %s", wk_error_msg());
    TAP_OK(wk_perm_set_str(a, "(1,x)") == WK_E_DOMAIN
           && str_is(wk_error_msg(), "unexpected character 'x' at position 4 of the permutation"), "bad character");
    TAP_OK(wk_perm_set_str(a, "(1,2") == WK_E_DOMAIN, "unclosed cycle: %s", wk_error_msg());
    TAP_OK(wk_perm_set_str(a, "") == WK_E_DOMAIN, "empty string: %s", wk_error_msg());
    TAP_OK(wk_perm_set_str(a, "(1,99999999999)") == WK_E_TOO_LARGE, "huge point: %s", wk_error_msg());
    {
        const slong l1[3] = { 2, 1, 3 }, l2[3] = { 2, 2, 3 }, l3[4] = { 2, 1, 3, 4 }, l4[5] = { 1, 2, 3, 5, 4 };
        const slong * imgs[2];
        slong lens[2];
        wk_group_struct * G;
        imgs[0] = l1; imgs[1] = l2; lens[0] = 3; lens[1] = 3;
        TAP_OK(wk_group_permgroup_images(&G, imgs, lens, 2, 0) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "generator 2 is not a permutation (image 2 repeats)"),
               "permgroup: generator 2 is not a permutation (image 2 repeats)");
        imgs[0] = l3; imgs[1] = l4; lens[0] = 4; lens[1] = 5;
        TAP_OK(wk_group_permgroup_images(&G, imgs, lens, 2, 0) == WK_E_DIM
               && str_is(wk_error_msg(), "generator 2 has degree 5, expected 4"),
               "permgroup: generator 2 has degree 5, expected 4");
        imgs[0] = l3; lens[0] = 4;
        TAP_OK(wk_group_permgroup_images(&G, imgs, lens, 1, 0) == WK_OK, "valid image lists give a group");
        wk_group_clear(G);
        wk_perm_set_str(a, "(1,7)");
        TAP_OK(wk_group_permgroup(&G, a, 1, 5) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "generator 1 moves point 7, beyond the degree 5"), "generator beyond degree");
    }

    fmpz_clear(o);
    wk_perm_clear(a); wk_perm_clear(b); wk_perm_clear(c); wk_perm_clear(d);
    flint_randclear(st);
    return tap_done();
}
