/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Bad input (spec section 7) and guards: every row gets the message the spec
   describes; size and conductor guards; interrupts leave no half-built state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
#include "tap.h"

static int msg_is(const char * want)
{
    int ok = strcmp(wk_error_msg(), want) == 0;
    if (!ok) tap_diag("got '%s', want '%s'", wk_error_msg(), want);
    return ok;
}

int main(int argc, char ** argv)
{
    wk_group_struct * G, * H, * K;
    wk_classfun_t chi, psi, f;
    fmpz_t v;

    tap_init(argc, argv);
    fmpz_init(v);

    /* permgroup((1,2), [2,2,3]) and generators of different degrees */
    {
        const slong a[3] = { 2, 1, 3 }, b[3] = { 2, 2, 3 }, c[4] = { 2, 1, 3, 4 }, d[5] = { 1, 2, 3, 5, 4 };
        const slong * imgs[2];
        slong lens[2];
        imgs[0] = a; imgs[1] = b; lens[0] = 3; lens[1] = 3;
        TAP_OK(wk_group_permgroup_images(&G, imgs, lens, 2, 0) == WK_E_DOMAIN
               && msg_is("generator 2 is not a permutation (image 2 repeats)"), "generator 2 is not a permutation");
        imgs[0] = c; imgs[1] = d; lens[0] = 4; lens[1] = 5;
        TAP_OK(wk_group_permgroup_images(&G, imgs, lens, 2, 0) == WK_E_DIM
               && msg_is("generator 2 has degree 5, expected 4"), "generator 2 has degree 5, expected 4");
        TAP_OK(wk_group_permgroup_images(&G, imgs, lens, 2, 5) == WK_E_DIM
               && msg_is("generator 1 has degree 4, expected 5"), "explicit degree 5");
    }
    /* cyclic(0), dihedral(-3) */
    TAP_OK(wk_group_cyclic(&G, 0) == WK_E_DOMAIN && msg_is("n must be a positive integer, got 0"), "cyclic(0)");
    TAP_OK(wk_group_dihedral(&G, -3) == WK_E_DOMAIN && msg_is("n must be a positive integer, got -3"), "dihedral(-3)");
    TAP_OK(wk_group_symmetric(&G, 0) == WK_E_DOMAIN && msg_is("n must be a positive integer, got 0"), "symmetric(0)");
    TAP_OK(wk_group_alternating(&G, -1) == WK_E_DOMAIN, "alternating(-1)");
    TAP_OK(wk_group_symmetric(&G, WK_GROUPS_MAX_DEGREE + 1) == WK_E_TOO_LARGE, "symmetric beyond the degree limit");

    /* chartable above the size guard, and after raising/lowering it */
    wk_group_symmetric(&G, 12);
    TAP_OK(wk_group_chartable(G) == WK_E_TOO_LARGE && msg_is("group order 479001600 exceeds the size guard 10^7"),
           "chartable(S12): group order 479001600 exceeds the size guard 10^7");
    TAP_OK(wk_group_order(v, G) == WK_OK && fmpz_equal_ui(v, 479001600), "but its order is fine");
    wk_group_clear(G);
    {
        slong old = wk_groups_set_order_limit(100);
        wk_group_symmetric(&G, 5);
        TAP_OK(wk_group_classes(G) == WK_E_TOO_LARGE && msg_is("group order 120 exceeds the size guard 100"),
               "a lowered guard is honoured");
        wk_groups_set_order_limit(old);
        TAP_OK(wk_group_chartable(G) == WK_OK, "and restoring it lets the table through");
        wk_group_clear(G);
    }
    /* conductor guard */
    wk_group_cyclic(&G, 2003);
    TAP_OK(wk_group_chartable(G) == WK_E_TOO_LARGE
           && msg_is("conductor 2003 of the character table has phi = 2002 above the guard 2000"),
           "C2003: conductor guard");
    TAP_OK(wk_group_classes(G) == WK_OK && wk_group_nclasses(G) == 2003, "its classes are fine");
    wk_group_clear(G);

    /* restrict to a non-subgroup, induce from an unrelated group */
    wk_group_symmetric(&G, 4);
    wk_group_symmetric(&H, 5);
    wk_group_chartable(G);
    wk_classfun_init(chi, G);
    wk_classfun_init(f, G);
    wk_classfun_irr(chi, G, 1);
    TAP_OK(wk_classfun_restrict(f, chi, H) == WK_E_DOMAIN
           && msg_is("argument 2 is not a subgroup of the character's group"), "restrict(chi, H), H not a subgroup");
    {
        wk_perm_t g;
        wk_perm_init(g, 0);
        wk_perm_set_str(g, "(1,2,3,4,5)");
        wk_group_subgroup(&K, H, g, 1);   /* C5 in S5, not in S4 */
        wk_perm_clear(g);
    }
    wk_classfun_init(psi, K);
    wk_classfun_irr(psi, K, 1);
    TAP_OK(wk_classfun_induce(f, psi, G) == WK_E_DOMAIN
           && msg_is("psi belongs to a group that is not a subgroup of G"), "induce(psi, G), unrelated group");
    /* tensor_decompose from different tables */
    {
        wk_cyc_struct c[8];
        slong i;
        for (i = 0; i < 8; i++) wk_cyc_init(c + i);
        TAP_OK(wk_classfun_tensor_decompose(c, chi, psi) == WK_E_DOMAIN
               && msg_is("characters belong to different groups"), "tensor_decompose: different groups");
        for (i = 0; i < 8; i++) wk_cyc_clear(c + i);
    }
    {
        wk_cyc_t x;
        wk_cyc_init(x);
        TAP_OK(wk_classfun_inner(x, chi, psi) == WK_E_DOMAIN && msg_is("characters belong to different groups"),
               "inner product: different groups");
        wk_cyc_clear(x);
    }
    /* fs_indicator: reducible works, non-characters are refused */
    {
        wk_classfun_t s;
        wk_classfun_init(s, G);
        wk_classfun_irr(f, G, 3);
        wk_classfun_add(s, chi, f);
        TAP_OK(wk_classfun_fs_indicator(v, s) == WK_OK && fmpz_equal_si(v, 2), "fs_indicator of a reducible character (1+1)");
        wk_classfun_trivial(s, G);
        {
            wk_cyc_t h;
            wk_cyc_init(h);
            wk_cyc_set_si(h, 1);
            wk_cyc_div_si(h, h, 2);
            wk_classfun_scalar_mul(s, s, h);
            wk_cyc_clear(h);
        }
        TAP_OK(wk_classfun_fs_indicator(v, s) == WK_E_DOMAIN && msg_is("argument is not a character"),
               "fs_indicator((1/2) * trivial)");
        wk_classfun_clear(s);
    }
    /* wrong number of values, bad index, non-members */
    {
        wk_cyc_struct vals[4];
        slong i, k;
        wk_perm_t g;
        for (i = 0; i < 4; i++) wk_cyc_init(vals + i);
        TAP_OK(wk_classfun_set_values(f, G, vals, 4) == WK_E_DIM && msg_is("expected 5 values (one per class), got 4"),
               "class function with 4 values for 5 classes");
        for (i = 0; i < 4; i++) wk_cyc_clear(vals + i);
        TAP_OK(wk_classfun_irr(f, G, 7) == WK_E_DOMAIN, "irreducible 8 of 5: %s", wk_error_msg());
        wk_perm_init(g, 0);
        wk_perm_set_str(g, "(4,5)");
        TAP_OK(wk_group_class_of(&k, G, g) == WK_E_DOMAIN && msg_is("argument is not an element of the group"),
               "class of a non-member");
        wk_perm_clear(g);
    }
    wk_classfun_clear(chi);
    wk_classfun_clear(psi);
    wk_classfun_clear(f);
    wk_group_clear(K);
    wk_group_clear(H);
    wk_group_clear(G);

    /* interrupts: nothing is cached, the next call works */
    wk_group_symmetric(&G, 8);
    wk_interrupt_flag = 1;
    TAP_OK(wk_group_chartable(G) == WK_E_INTERRUPT, "Ctrl-C during the classes of S8: %s", wk_error_msg());
    wk_interrupt_flag = 0;
    TAP_OK(wk_group_chartable(G) == WK_OK && wk_group_nclasses(G) == 22, "after the interrupt the table is computed");
    wk_group_clear(G);
    {
        wk_perm_struct g[2];
        wk_group_symmetric(&H, 30);
        wk_perm_init(g, 0); wk_perm_init(g + 1, 0);
        wk_group_gen(g, H, 0);
        wk_group_gen(g + 1, H, 1);
        wk_group_permgroup(&G, g, 2, 0);
        wk_interrupt_flag = 1;
        TAP_OK(wk_group_order(v, G) == WK_E_INTERRUPT, "Ctrl-C during Schreier-Sims");
        wk_interrupt_flag = 0;
        TAP_OK(wk_group_order(v, G) == WK_OK, "after the interrupt the order is computed");
        wk_group_clear(G); wk_group_clear(H);
        wk_perm_clear(g); wk_perm_clear(g + 1);
    }
    /* the trivial group */
    TAP_OK(wk_group_permgroup(&G, NULL, 0, 0) == WK_OK && wk_group_chartable(G) == WK_OK && wk_group_nclasses(G) == 1
           && wk_group_irr_degree(G, 0) == 1, "the trivial group has the table [1]");
    wk_group_clear(G);
    fmpz_clear(v);
    return tap_done();
}
