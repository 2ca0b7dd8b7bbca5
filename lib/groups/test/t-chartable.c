/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of character tables: the public vectors of the spec (section 5),
   its claims (section 4), M11 against GAP's table, the 14 groups of order
   36 against GAP's degree lists, orthogonality recomputed exactly through
   class functions, and the verification failing on corrupted tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "groups/impl.h"
#include "tap.h"

static wk_group_struct * from_strings(const char ** s, slong ng)
{
    wk_perm_struct p[8];
    wk_group_struct * G = NULL;
    slong i;
    memset(p, 0, sizeof p);
    for (i = 0; i < ng; i++) { wk_perm_init(p + i, 0); wk_perm_set_str(p + i, s[i]); }
    wk_group_permgroup(&G, p, ng, 0);
    for (i = 0; i < ng; i++) wk_perm_clear(p + i);
    return G;
}

static int order_is(wk_group_struct * G, ulong n)
{
    fmpz_t o;
    int ok;
    fmpz_init(o);
    ok = wk_group_order(o, G) == WK_OK && fmpz_equal_ui(o, n);
    fmpz_clear(o);
    return ok;
}

static char * val(wk_group_struct * G, slong i, slong k)
{
    wk_cyc_t v;
    char * s;
    wk_cyc_init(v);
    wk_group_irr_value(v, G, i, k);
    s = wk_cyc_get_str(v);
    wk_cyc_clear(v);
    return s;
}

static int degrees_are(wk_group_struct * G, const slong * want, slong r)
{
    slong * d, i;
    int ok;
    if (wk_group_chartable(G) != WK_OK || wk_group_nclasses(G) != r) return 0;
    d = malloc(r * sizeof(slong));
    for (i = 0; i < r; i++) d[i] = wk_group_irr_degree(G, i);
    for (i = 1; i < r; i++) if (d[i] < d[i - 1]) { free(d); return 0; }  /* sorted by degree */
    ok = 1;
    for (i = 0; i < r; i++) if (d[i] != want[i]) ok = 0;
    free(d);
    return ok;
}

/* the class with given element order and size (unique), or -1 */
static slong find_class(wk_group_struct * G, slong order, slong size)
{
    slong k, r = wk_group_nclasses(G), f = -1;
    for (k = 0; k < r; k++)
        if (wk_group_class_elt_order(G, k) == order && wk_group_class_size(G, k) == size) {
            if (f >= 0) return -2;
            f = k;
        }
    return f;
}

/* row and column orthogonality recomputed with exact class function
   arithmetic (independent of the modular verification) */
static int orthogonality(wk_group_struct * G)
{
    slong r, i, j, k, l;
    wk_classfun_struct * chi;
    wk_cyc_t s, t, u;
    int ok = 1;
    fmpz_t sum;
    if (wk_group_chartable(G) != WK_OK) return 0;
    r = wk_group_nclasses(G);
    chi = malloc(r * sizeof(wk_classfun_struct));
    wk_cyc_init(s); wk_cyc_init(t); wk_cyc_init(u);
    fmpz_init(sum);
    for (i = 0; i < r; i++) { wk_classfun_init(chi + i, G); wk_classfun_irr(chi + i, G, i); }
    for (i = 0; i < r && ok; i++)
        for (j = 0; j < r && ok; j++) {
            wk_classfun_inner(s, chi + i, chi + j);
            if (!(i == j ? wk_cyc_is_one(s) : wk_cyc_is_zero(s))) ok = 0;
        }
    for (k = 0; k < r && ok; k++)
        for (l = 0; l < r && ok; l++) {
            wk_cyc_zero(s);
            for (i = 0; i < r; i++) {
                wk_cyc_conj(t, chi[i].v + l);
                wk_cyc_mul(t, chi[i].v + k, t);
                wk_cyc_add(s, s, t);
            }
            if (k == l) {
                wk_cyc_set_si(t, wk_group_class_centralizer_order(G, k));
                if (!wk_cyc_equal(s, t)) ok = 0;
            } else if (!wk_cyc_is_zero(s)) ok = 0;
        }
    for (i = 0; i < r; i++) fmpz_add_ui(sum, sum, wk_group_irr_degree(G, i) * wk_group_irr_degree(G, i));
    {
        fmpz_t o;
        fmpz_init(o);
        wk_group_order(o, G);
        if (!fmpz_equal(o, sum)) ok = 0;
        fmpz_clear(o);
    }
    for (i = 0; i < r; i++) wk_classfun_clear(chi + i);
    free(chi);
    wk_cyc_clear(s); wk_cyc_clear(t); wk_cyc_clear(u);
    fmpz_clear(sum);
    return ok;
}

/* fusion coefficients: non-negative integers with sum_k N_ij^k chi_k(1) =
   chi_i(1) chi_j(1), and equal to the exact decomposition of chi_i chi_j */
static int fusion_ok(wk_group_struct * G)
{
    slong r = wk_group_nclasses(G), i, j, k;
    fmpz * N = _fmpz_vec_init(r * r * r);
    wk_cyc_struct * c = malloc(r * sizeof(wk_cyc_struct));
    wk_classfun_t a, b;
    int ok = wk_group_fusion_coeffs(N, G) == WK_OK;
    wk_classfun_init(a, G); wk_classfun_init(b, G);
    for (k = 0; k < r; k++) wk_cyc_init(c + k);
    for (i = 0; i < r && ok; i++)
        for (j = 0; j < r && ok; j++) {
            slong s = 0;
            for (k = 0; k < r; k++) s += fmpz_get_si(N + (i * r + j) * r + k) * wk_group_irr_degree(G, k);
            if (s != wk_group_irr_degree(G, i) * wk_group_irr_degree(G, j)) ok = 0;
            if (i <= 3 || j <= 3) {
                wk_classfun_irr(a, G, i); wk_classfun_irr(b, G, j);
                wk_classfun_tensor_decompose(c, a, b);
                for (k = 0; k < r; k++) {
                    fmpq_t q;
                    fmpq_init(q);
                    if (!wk_cyc_get_fmpq(q, c + k) || !fmpz_is_one(fmpq_denref(q))
                        || !fmpz_equal(fmpq_numref(q), N + (i * r + j) * r + k)) ok = 0;
                    fmpq_clear(q);
                }
            }
        }
    for (k = 0; k < r; k++) wk_cyc_clear(c + k);
    free(c);
    wk_classfun_clear(a); wk_classfun_clear(b);
    _fmpz_vec_clear(N, r * r * r);
    return ok;
}

/* FS indicators two ways: table (modular) and class function (exact) */
static int fs_two_ways(wk_group_struct * G, slong * ind)
{
    slong r = wk_group_nclasses(G), i;
    wk_classfun_t a;
    fmpz_t v;
    int ok = wk_group_fs_indicators(ind, G) == WK_OK;
    wk_classfun_init(a, G);
    fmpz_init(v);
    for (i = 0; i < r && ok; i++) {
        wk_classfun_irr(a, G, i);
        if (wk_classfun_fs_indicator(v, a) != WK_OK || !fmpz_equal_si(v, ind[i])) ok = 0;
    }
    fmpz_clear(v);
    wk_classfun_clear(a);
    return ok;
}

static int str_eq(char * s, const char * want)
{
    int ok = strcmp(s, want) == 0;
    if (!ok) tap_diag("got %s, want %s", s, want);
    flint_free(s);
    return ok;
}

/* tables equal up to permutations of rows and columns (small r): columns
   matched by class size with backtracking, rows compared as sets */
static int rows_match(wk_group_struct * G, wk_group_struct * H, const slong * perm)
{
    slong r = wk_group_nclasses(G), i, j, k;
    char ** a = malloc(r * sizeof(char *)), ** b = malloc(r * sizeof(char *));
    int ok = 1;
    for (i = 0; i < r; i++) {
        sbuf_struct x, y;
        sbuf_init(&x); sbuf_init(&y);
        for (k = 0; k < r; k++) {
            char * s = val(G, i, k), * t = val(H, i, perm[k]);
            sbuf_printf(&x, "%s;", s); sbuf_printf(&y, "%s;", t);
            flint_free(s); flint_free(t);
        }
        a[i] = sbuf_finish(&x); b[i] = sbuf_finish(&y);
    }
    for (i = 0; i < r && ok; i++) {
        int f = 0;
        for (j = 0; j < r; j++) if (strcmp(a[i], b[j]) == 0) f = 1;
        ok = f;
    }
    for (i = 0; i < r; i++) { flint_free(a[i]); flint_free(b[i]); }
    free(a); free(b);
    return ok;
}

static int search_cols(wk_group_struct * G, wk_group_struct * H, slong * perm, char * used, slong k)
{
    slong r = wk_group_nclasses(G), l;
    if (k == r) return rows_match(G, H, perm);
    for (l = 0; l < r; l++) {
        if (used[l]) continue;
        if (wk_group_class_size(G, k) != wk_group_class_size(H, l)) continue;
        used[l] = 1; perm[k] = l;
        if (search_cols(G, H, perm, used, k + 1)) return 1;
        used[l] = 0;
    }
    return 0;
}

static int tables_equal(wk_group_struct * G, wk_group_struct * H)
{
    slong r;
    slong perm[64];
    char used[64] = { 0 };
    wk_group_chartable(G);
    wk_group_chartable(H);
    r = wk_group_nclasses(G);
    if (r != wk_group_nclasses(H) || r > 64) return 0;
    return search_cols(G, H, perm, used, 0);
}

int main(int argc, char ** argv)
{
    wk_group_struct * G, * H, * N, * Q;
    slong k, i, ind[64];
    int ok;

    tap_init(argc, argv);

    /* 1. S3 */
    wk_group_symmetric(&G, 3);
    {
        static const slong d[3] = { 1, 1, 2 };
        ok = degrees_are(G, d, 3) && wk_group_class_size(G, 1) == 3 && wk_group_class_size(G, 2) == 2
             && wk_group_class_elt_order(G, 1) == 2 && wk_group_class_elt_order(G, 2) == 3;
        TAP_OK(ok, "S3: class sizes [1,3,2], orders [1,2,3], degrees {1,1,2}");
        TAP_OK(str_eq(val(G, 2, 0), "2") && str_eq(val(G, 2, 1), "0") && str_eq(val(G, 2, 2), "-1"),
               "S3: degree-2 row is [2,0,-1]");
        TAP_OK(fs_two_ways(G, ind) && ind[0] == 1 && ind[1] == 1 && ind[2] == 1, "S3: all FS indicators +1");
        TAP_OK(orthogonality(G) && fusion_ok(G), "S3: orthogonality, fusion coefficients");
    }
    wk_group_clear(G);

    /* 2. D8 (order 8) and Q8 */
    wk_group_dihedral(&G, 4);
    wk_group_quaternion(&H, 8);
    {
        static const slong d[5] = { 1, 1, 1, 1, 2 };
        slong zD, zQ;
        ok = degrees_are(G, d, 5) && degrees_are(H, d, 5);
        TAP_OK(ok, "D8 and Q8: 5 classes, degrees [1,1,1,1,2]");
        /* D8: sizes {1,2,2,2,1} orders {1,2,2,4,2}; Q8: sizes {1,2,2,1,2} orders {1,4,4,2,4} */
        zD = find_class(G, 2, 1);
        zQ = find_class(H, 2, 1);
        ok = zD > 0 && zQ > 0 && find_class(G, 4, 2) > 0 && find_class(H, 4, 2) == -2;
        {
            slong n2 = 0, n4 = 0;
            for (k = 0; k < 5; k++) {
                if (wk_group_class_elt_order(G, k) == 2 && wk_group_class_size(G, k) == 2) n2++;
                if (wk_group_class_elt_order(H, k) == 4 && wk_group_class_size(H, k) == 2) n4++;
            }
            ok = ok && n2 == 2 && n4 == 3;
        }
        TAP_OK(ok, "D8 sizes/orders {1:1, 2:1, 2:2, 2:2, 4:2}; Q8 {1:1, 2:1, 4:2, 4:2, 4:2}");
        ok = 1;
        for (k = 0; k < 5; k++) {
            char * a = val(G, 4, k), * b = val(H, 4, k);
            const char * wa = k == 0 ? "2" : (k == zD ? "-2" : "0");
            const char * wb = k == 0 ? "2" : (k == zQ ? "-2" : "0");
            if (strcmp(a, wa) || strcmp(b, wb)) ok = 0;
            flint_free(a); flint_free(b);
        }
        TAP_OK(ok, "degree-2 character: 2 at 1, -2 at the central involution, 0 elsewhere");
        TAP_OK(tables_equal(G, H), "D8 and Q8 have identical character tables (claim 4.2)");
        TAP_OK(fs_two_ways(G, ind) && ind[4] == 1 && fs_two_ways(H, ind) && ind[4] == -1,
               "FS indicator of the degree-2 character: D8 +1, Q8 -1");
    }
    wk_group_clear(G);
    wk_group_clear(H);

    /* 3. S4 */
    wk_group_symmetric(&G, 4);
    {
        static const slong d[5] = { 1, 1, 2, 3, 3 };
        slong r = 5, t3 = -1, t3p = -1, sgn = 1, two = 2, triv = 0, tr;
        fmpz * Nc = _fmpz_vec_init(125);
        ok = degrees_are(G, d, 5);
        {
            /* sizes [1,6,3,8,6] as a multiset with orders [1,2,2,3,4] */
            ok = ok && find_class(G, 2, 6) > 0 && find_class(G, 2, 3) > 0 && find_class(G, 3, 8) > 0
                 && find_class(G, 4, 6) > 0;
        }
        TAP_OK(ok, "S4: sizes [1,6,3,8,6], orders [1,2,2,3,4], degrees {1,1,2,3,3}");
        /* 3 = the degree-3 character with value +1 on transpositions */
        tr = find_class(G, 2, 6);
        for (i = 3; i < 5; i++) {
            char * s = val(G, i, tr);
            if (strcmp(s, "1") == 0) t3 = i; else t3p = i;
            flint_free(s);
        }
        wk_group_fusion_coeffs(Nc, G);
        /* 3x3 = 3'x3' = 1+2+3+3', 3x3' = sgn+2+3+3' */
        ok = t3 >= 0 && t3p >= 0;
#define NC(a, b, c) fmpz_get_si(Nc + ((a) * r + (b)) * r + (c))
        ok = ok && NC(t3, t3, triv) == 1 && NC(t3, t3, sgn) == 0 && NC(t3, t3, two) == 1 && NC(t3, t3, t3) == 1 && NC(t3, t3, t3p) == 1;
        ok = ok && NC(t3p, t3p, triv) == 1 && NC(t3p, t3p, sgn) == 0 && NC(t3p, t3p, two) == 1 && NC(t3p, t3p, t3) == 1 && NC(t3p, t3p, t3p) == 1;
        ok = ok && NC(t3, t3p, triv) == 0 && NC(t3, t3p, sgn) == 1 && NC(t3, t3p, two) == 1 && NC(t3, t3p, t3) == 1 && NC(t3, t3p, t3p) == 1;
#undef NC
        TAP_OK(ok, "S4 fusion: 3x3 = 3'x3' = 1+2+3+3', 3x3' = sgn+2+3+3'");
        TAP_OK(fs_two_ways(G, ind) && ind[0] == 1 && ind[1] == 1 && ind[2] == 1 && ind[3] == 1 && ind[4] == 1,
               "S4: all FS indicators +1");
        TAP_OK(orthogonality(G) && fusion_ok(G), "S4: orthogonality, fusion coefficients");
        _fmpz_vec_clear(Nc, 125);
    }
    wk_group_clear(G);

    /* the Murnaghan-Nakayama tables of natural symmetric groups equal the
       Dixon-Schneider tables of the same groups in other actions */
    {
        const char * s4on5[2] = { "(1,2,3,4)", "(1,2)" };      /* degree 5, fixes 5: not natural */
        /* S5 on the 10 two-element subsets {1,2},{1,3},...,{4,5} */
        const char * s5on10[2] = { "(1,5,8,10,4)(2,6,9,3,7)", "(2,5)(3,6)(4,7)" };
        wk_group_struct * A, * B;
        A = from_strings(s4on5, 2);
        {
            /* pad to degree 5 */
            wk_perm_struct p[2];
            wk_perm_init(p, 0); wk_perm_init(p + 1, 0);
            wk_perm_set_str(p, s4on5[0]); wk_perm_set_str(p + 1, s4on5[1]);
            wk_group_clear(A);
            wk_group_permgroup(&A, p, 2, 5);
            wk_perm_clear(p); wk_perm_clear(p + 1);
        }
        wk_group_symmetric(&B, 4);
        TAP_OK(tables_equal(A, B) && orthogonality(A), "S4 fixing a point of 5 (Dixon-Schneider) = S4 (Murnaghan-Nakayama)");
        wk_group_clear(A); wk_group_clear(B);
        A = from_strings(s5on10, 2);
        wk_group_symmetric(&B, 5);
        TAP_OK(order_is(A, 120) && tables_equal(A, B), "S5 on 2-subsets (Dixon-Schneider) = S5 (Murnaghan-Nakayama)");
        wk_group_clear(A); wk_group_clear(B);
    }

    /* 4. A5 */
    wk_group_alternating(&G, 5);
    {
        static const slong d[5] = { 1, 3, 3, 4, 5 };
        slong c5[2], m = 0;
        char * q;
        ok = degrees_are(G, d, 5);
        TAP_OK(ok && wk_group_conductor(G) == 5, "A5: degrees [1,3,3,4,5], conductor 5 (claim 4.3)");
        for (k = 0; k < 5; k++) if (wk_group_class_elt_order(G, k) == 5) c5[m++] = k;
        ok = m == 2;
        for (i = 1; i <= 2 && ok; i++) {
            wk_cyc_t v, w;
            char * s1, * s2;
            wk_cyc_init(v); wk_cyc_init(w);
            wk_group_irr_value(v, G, i, c5[0]);
            wk_group_irr_value(w, G, i, c5[1]);
            s1 = wk_cyc_get_str_quadratic(v);
            s2 = wk_cyc_get_str_quadratic(w);
            ok = s1 && s2 && ((!strcmp(s1, "(1+Sqrt(5))/2") && !strcmp(s2, "(1-Sqrt(5))/2"))
                              || (!strcmp(s1, "(1-Sqrt(5))/2") && !strcmp(s2, "(1+Sqrt(5))/2")));
            flint_free(s1); flint_free(s2);
            q = wk_cyc_get_str(v);
            if (strcmp(q, "-E(5)^2-E(5)^3") && strcmp(q, "-E(5)-E(5)^4")) ok = 0;
            flint_free(q);
            wk_cyc_clear(v); wk_cyc_clear(w);
        }
        TAP_OK(ok, "A5: the 3-dim characters take (1+-Sqrt(5))/2 = -E(5)^2-E(5)^3, ... on 5-cycles");
        TAP_OK(fs_two_ways(G, ind) && ind[0] == 1 && ind[1] == 1 && ind[2] == 1 && ind[3] == 1 && ind[4] == 1,
               "A5: all FS indicators +1");
        TAP_OK(orthogonality(G) && fusion_ok(G), "A5: orthogonality, fusion coefficients");
    }
    wk_group_clear(G);

    /* 5. SL(2,3) acting on the 8 non-zero vectors of F_3^2 (generators from GAP) */
    {
        const char * s[2] = { "(1,6,2,3)(4,7,8,5)", "(3,4,5)(6,8,7)" };
        static const slong d[7] = { 1, 1, 1, 2, 2, 2, 3 };
        slong nm = 0, n0 = 0;
        G = from_strings(s, 2);
        ok = degrees_are(G, d, 7);
        TAP_OK(ok && wk_group_conductor(G) == 3, "SL(2,3): 7 classes, degrees [1,1,1,2,2,2,3], conductor 3");
        ok = fs_two_ways(G, ind);
        for (i = 3; i < 6; i++) { if (ind[i] == -1) nm++; if (ind[i] == 0) n0++; }
        TAP_OK(ok && nm == 1 && n0 == 2, "SL(2,3): FS of the 2-dim characters -1, 0, 0");
        TAP_OK(orthogonality(G) && fusion_ok(G), "SL(2,3): orthogonality, fusion coefficients");
        wk_group_clear(G);
    }

    /* 6. C3 : C4 = SmallGroup(12,1) = dicyclic group of order 12 */
    wk_group_quaternion(&G, 12);
    {
        static const slong d[6] = { 1, 1, 1, 1, 2, 2 };
        ok = degrees_are(G, d, 6);
        TAP_OK(ok && wk_group_conductor(G) == 4, "C3:C4: 6 classes, degrees [1,1,1,1,2,2], conductor 4");
        ok = fs_two_ways(G, ind) && ((ind[4] == 1 && ind[5] == -1) || (ind[4] == -1 && ind[5] == 1));
        TAP_OK(ok, "C3:C4: FS of the two degree-2 characters +1 and -1");
    }
    wk_group_clear(G);

    /* 7. C7 : C3 (x -> x^2) */
    {
        wk_perm_t phi;
        wk_group_cyclic(&N, 7);
        wk_group_cyclic(&H, 3);
        wk_perm_init(phi, 0);
        wk_perm_set_str(phi, "(1,2,3,4,5,6,7)");
        wk_perm_pow(phi, phi, 2);
        ok = wk_group_semidirect(&G, N, H, phi) == WK_OK;
        {
            static const slong d[5] = { 1, 1, 1, 3, 3 };
            slong c7[2], m = 0;
            fmpz_t o;
            fmpz_init(o);
            ok = ok && wk_group_order(o, G) == WK_OK && fmpz_equal_ui(o, 21) && degrees_are(G, d, 5);
            fmpz_clear(o);
            TAP_OK(ok && wk_group_conductor(G) == 21, "C7:C3: degrees [1,1,1,3,3], conductor 21 (claim 4.3)");
            for (k = 0; k < 5; k++) if (wk_group_class_elt_order(G, k) == 7) c7[m++] = k;
            ok = m == 2;
            for (i = 3; i < 5 && ok; i++) {
                wk_cyc_t v;
                char * q;
                wk_cyc_init(v);
                wk_group_irr_value(v, G, i, c7[0]);
                q = wk_cyc_get_str_quadratic(v);
                ok = q && (!strcmp(q, "(-1+Sqrt(-7))/2") || !strcmp(q, "(-1-Sqrt(-7))/2"));
                flint_free(q);
                wk_cyc_clear(v);
            }
            TAP_OK(ok, "C7:C3: the degree-3 rows take (-1+-Sqrt(-7))/2 on 7-elements");
            TAP_OK(fs_two_ways(G, ind) && ind[3] == 0 && ind[4] == 0, "C7:C3: FS 0 for both degree-3");
        }
        wk_perm_clear(phi);
        wk_group_clear(G); wk_group_clear(N); wk_group_clear(H);
    }

    /* 8. PSL(2,7) */
    wk_group_psl(&G, 2, 7);
    {
        static const slong d[6] = { 1, 3, 3, 6, 7, 8 };
        slong c7[2], m = 0;
        ok = degrees_are(G, d, 6);
        for (k = 0; k < 6; k++) if (wk_group_class_elt_order(G, k) == 7) c7[m++] = k;
        for (i = 1; i < 3 && ok; i++) {
            wk_cyc_t v, w;
            char * q1, * q2;
            wk_cyc_init(v); wk_cyc_init(w);
            wk_group_irr_value(v, G, i, c7[0]);
            wk_group_irr_value(w, G, i, c7[1]);
            q1 = wk_cyc_get_str_quadratic(v);
            q2 = wk_cyc_get_str_quadratic(w);
            ok = q1 && q2 && strcmp(q1, q2) && (!strcmp(q1, "(-1+Sqrt(-7))/2") || !strcmp(q1, "(-1-Sqrt(-7))/2"))
                 && (!strcmp(q2, "(-1+Sqrt(-7))/2") || !strcmp(q2, "(-1-Sqrt(-7))/2"));
            flint_free(q1); flint_free(q2);
            wk_cyc_clear(v); wk_cyc_clear(w);
        }
        TAP_OK(ok, "PSL(2,7): degrees [1,3,3,6,7,8], values (-1+-Sqrt(-7))/2 on 7A/7B");
        TAP_OK(orthogonality(G) && fusion_ok(G), "PSL(2,7): orthogonality, fusion coefficients");
    }
    wk_group_clear(G);

    /* 9. (C3 x C3) : C4 = SmallGroup(36,9), C4 acting by (a, b) -> (b, a^-1) */
    {
        wk_group_struct * C3[2], * D, * K;
        wk_perm_struct phi[2];
        static const slong d[6] = { 1, 1, 1, 1, 4, 4 };
        wk_group_cyclic(C3, 3);
        wk_group_cyclic(C3 + 1, 3);
        wk_group_direct(&N, C3, 2);
        wk_group_cyclic(&H, 4);
        wk_perm_init(phi, 0); wk_perm_init(phi + 1, 0);
        wk_perm_set_str(phi, "(4,5,6)");         /* a -> b */
        wk_perm_set_str(phi + 1, "(1,3,2)");     /* b -> a^-1 */
        ok = wk_group_semidirect(&G, N, H, phi) == WK_OK && degrees_are(G, d, 6);
        TAP_OK(ok, "(C3xC3):C4: degrees [1,1,1,1,4,4]");
        /* G/[G,G] = C4 */
        {
            fmpz_t o;
            fmpz_init(o);
            ok = wk_group_derived_subgroup(&D, G) == WK_OK && wk_group_order(o, D) == WK_OK && fmpz_equal_ui(o, 9);
            ok = ok && wk_group_quotient(&Q, G, D) == WK_OK && wk_group_classes(Q) == WK_OK;
            if (ok) {
                slong has4 = 0;
                for (k = 0; k < wk_group_nclasses(Q); k++) if (wk_group_class_elt_order(Q, k) == 4) has4 = 1;
                ok = has4 && wk_group_nclasses(Q) == 4;
                wk_group_clear(Q);
            }
            TAP_OK(ok, "(C3xC3):C4: G/[G,G] = C4");
            /* index-2 subgroup (C3xC3):C2 = <N, h^2> */
            {
                slong ng = wk_group_ngens(G), nr = 0, rG, rK, j;
                wk_perm_struct * gg = malloc((ng + 1) * sizeof(wk_perm_struct));
                fmpz * M;
                for (j = 0; j < ng; j++) { wk_perm_init(gg + j, 0); wk_group_gen(gg + j, G, j); }
                wk_perm_init(gg + ng, 0);
                wk_perm_pow(gg + ng, gg + ng - 1, 2);   /* h^2 (h is the last generator) */
                {
                    wk_perm_struct kg[3];
                    kg[0] = gg[0]; kg[1] = gg[1]; kg[2] = gg[ng];
                    ok = wk_group_subgroup(&K, G, kg, 3) == WK_OK && wk_group_order(o, K) == WK_OK
                         && fmpz_equal_ui(o, 18);
                }
                ok = ok && wk_group_chartable(K) == WK_OK;
                if (ok) {
                    rG = wk_group_nclasses(G);
                    rK = wk_group_nclasses(K);
                    M = _fmpz_vec_init(rG * rK);
                    ok = wk_group_restriction_matrix(M, K, G) == WK_OK;
                    for (i = 4; i < 6 && ok; i++) {
                        slong tot = 0;
                        nr = 0;
                        for (j = 0; j < rK; j++) {
                            slong m = fmpz_get_si(M + i * rK + j);
                            if (m) { nr++; if (m != 1 || wk_group_irr_degree(K, j) != 2) ok = 0; tot += m; }
                        }
                        if (nr != 2) ok = 0;
                    }
                    _fmpz_vec_clear(M, rG * rK);
                    wk_group_clear(K);
                }
                for (j = 0; j <= ng; j++) wk_perm_clear(gg + j);
                free(gg);
                TAP_OK(ok, "(C3xC3):C4: each degree-4 irrep restricts to (C3xC3):C2 as two degree-2 irreps");
            }
            fmpz_clear(o);
            wk_group_clear(D);
        }
        wk_perm_clear(phi); wk_perm_clear(phi + 1);
        wk_group_clear(G); wk_group_clear(N); wk_group_clear(H);
        wk_group_clear(C3[0]); wk_group_clear(C3[1]);
    }

    /* 10. M11, and claim 4.1 for M11 against GAP's table */
    wk_group_mathieu(&G, 11);
    {
        static const slong d[10] = { 1, 10, 10, 10, 11, 16, 16, 44, 45, 55 };
        /* GAP 4.12, CharacterTable(MathieuGroup(11)): class order 1a 2a 3a 4a
           5a 6a 8a 8b 11a 11b, A = E(8)+E(8)^3, B = b11 (shown with /B) */
        static const char * gap[10][10] = {
            { "1", "1", "1", "1", "1", "1", "1", "1", "1", "1" },
            { "10", "2", "1", "2", "0", "-1", "0", "0", "-1", "-1" },
            { "10", "-2", "1", "0", "0", "1", "E(8)+E(8)^3", "-E(8)-E(8)^3", "-1", "-1" },
            { "10", "-2", "1", "0", "0", "1", "-E(8)-E(8)^3", "E(8)+E(8)^3", "-1", "-1" },
            { "11", "3", "2", "-1", "1", "0", "-1", "-1", "0", "0" },
            { "16", "0", "-2", "0", "1", "0", "0", "0", "E(11)+E(11)^3+E(11)^4+E(11)^5+E(11)^9",
              "E(11)^2+E(11)^6+E(11)^7+E(11)^8+E(11)^10" },
            { "16", "0", "-2", "0", "1", "0", "0", "0", "E(11)^2+E(11)^6+E(11)^7+E(11)^8+E(11)^10",
              "E(11)+E(11)^3+E(11)^4+E(11)^5+E(11)^9" },
            { "44", "4", "-1", "0", "-1", "1", "0", "0", "0", "0" },
            { "45", "-3", "0", "1", "0", "0", "-1", "-1", "1", "1" },
            { "55", "-1", "1", "-1", "0", "-1", "1", "1", "0", "0" } };
        static const slong gord[10] = { 1, 2, 3, 4, 5, 6, 8, 8, 11, 11 };
        static const slong gcent[10] = { 7920, 48, 18, 8, 5, 6, 8, 8, 11, 11 };
        slong perm[10], tries, found = 0;
        ok = degrees_are(G, d, 10);
        TAP_OK(ok && wk_group_conductor(G) == 88, "M11: 10 classes, degrees [1,10,10,10,11,16,16,44,45,55], conductor 88");
        /* columns matched by order and centraliser order; 8a/8b and 11a/11b
           may be swapped (table automorphisms) */
        for (tries = 0; tries < 4 && !found; tries++) {
            slong used[10] = { 0 }, j;
            int amb8 = tries & 1, amb11 = tries >> 1, good = 1;
            for (k = 0; k < 10; k++) {
                slong want = -1, cnt = 0;
                for (j = 0; j < 10; j++)
                    if (!used[j] && gord[j] == wk_group_class_elt_order(G, k)
                        && gcent[j] == wk_group_class_centralizer_order(G, k)) {
                        if (cnt == (((gord[j] == 8 && amb8) || (gord[j] == 11 && amb11)) ? 1 : 0)) want = j;
                        cnt++;
                    }
                if (want < 0) {
                    for (j = 0; j < 10; j++)
                        if (!used[j] && gord[j] == wk_group_class_elt_order(G, k)
                            && gcent[j] == wk_group_class_centralizer_order(G, k)) { want = j; break; }
                }
                if (want < 0) { good = 0; break; }
                used[want] = 1;
                perm[k] = want;
            }
            if (!good) continue;
            /* rows as sets */
            good = 1;
            for (i = 0; i < 10 && good; i++) {
                slong r2;
                int f = 0;
                for (r2 = 0; r2 < 10 && !f; r2++) {
                    int same = 1;
                    for (k = 0; k < 10 && same; k++) {
                        char * s = val(G, i, k);
                        if (strcmp(s, gap[r2][perm[k]])) same = 0;
                        flint_free(s);
                    }
                    f = same;
                }
                good = f;
            }
            found = good;
        }
        TAP_OK(found, "M11 equals GAP's table up to row and column permutations (claim 4.1)");
        TAP_OK(orthogonality(G) && fusion_ok(G), "M11: orthogonality, fusion coefficients (claim 4.4)");
    }
    wk_group_clear(G);

    /* claim 4.6: the 14 groups of order 36 (permutation generators and degree
       lists from GAP's SmallGroups library) */
    {
        static const char * gens[14][4] = {
            { "(2,7)(3,6)(4,5)(8,9)(10,11,12,14)(13,19,16,21)(15,20,18,17)", "(10,12)(11,14)(13,16)(15,18)(17,20)(19,21)",
              "(1,2,4,6,8,9,3,5,7)(10,13,17)(11,15,19)(12,16,20)(14,18,21)", "(1,3,6)(2,5,8)(4,7,9)" },
            { "(1,2,3,4)", "(5,6,7,8,9,10,11,12,13)", NULL, NULL },
            { "(1,2,5,3,6,10,8,12,15)(4,7,11,9,13,16,14,17,18)", "(1,3,8)(2,6,12)(4,9,14)(5,10,15)(7,13,17)(11,16,18)",
              "(1,4)(3,9)(5,11)(8,14)(10,16)(15,18)", "(1,4)(2,7)(3,9)(6,13)(8,14)(12,17)" },
            { "(4,9)(5,8)(6,7)(10,11)", "(1,2)", "(3,4,6,8,10,11,5,7,9)", "(3,5,8)(4,7,10)(6,9,11)" },
            { "(1,2)", "(3,4)", "(5,6,7,8,9,10,11,12,13)", NULL },
            { "(1,2,4,6)(3,5,9,10)(7,12,11,8)", "(1,3,8)(2,5,7)(4,9,12)(6,10,11)", "(1,4)(2,6)(3,9)(5,10)(7,11)(8,12)",
              "(1,3,8)(2,7,5)(4,9,12)(6,11,10)" },
            { "(2,3)(4,5,6,8)(7,13,10,15)(9,14,12,11)", "(4,6)(5,8)(7,10)(9,12)(11,14)(13,15)",
              "(4,7,11)(5,9,13)(6,10,14)(8,12,15)", "(1,2,3)" },
            { "(1,2,3)", "(4,5,6)", "(7,8,9,10)", NULL },
            { "(1,2)(3,6,5,4)", "(3,5)(4,6)", "(1,3,5)", "(1,3,5)(2,4,6)" },
            { "(3,6)(5,8)(7,9)", "(1,2)(3,5)(6,8)", "(1,2,4)(3,5,7)(6,8,9)", "(1,3,6)(2,5,8)(4,7,9)" },
            { "(5,6,7)", "(1,2,3)", "(4,5)(6,7)", "(4,6)(5,7)" },
            { "(6,8)(7,9)", "(4,5)(6,7)(8,9)", "(1,2,3)", "(4,6,8)(5,7,9)" },
            { "(2,3)(6,8)(7,9)", "(4,5)(6,7)(8,9)", "(4,6,8)(5,7,9)", "(1,2,3)" },
            { "(1,2)", "(3,4)", "(5,6,7)", "(8,9,10)" } };
        /* number of classes and the multiplicity of each degree (1, 2, 3, 4) */
        static const slong want[14][5] = {
            { 12, 4, 8, 0, 0 }, { 36, 36, 0, 0, 0 }, { 12, 9, 0, 3, 0 }, { 12, 4, 8, 0, 0 }, { 36, 36, 0, 0, 0 },
            { 18, 12, 6, 0, 0 }, { 12, 4, 8, 0, 0 }, { 36, 36, 0, 0, 0 }, { 6, 4, 0, 0, 2 }, { 9, 4, 4, 0, 1 },
            { 12, 9, 0, 3, 0 }, { 18, 12, 6, 0, 0 }, { 12, 4, 8, 0, 0 }, { 36, 36, 0, 0, 0 } };
        slong special = 0, which = -1, g;
        ok = 1;
        for (g = 0; g < 14; g++) {
            slong ng = 0, cnt[5] = { 0 }, r;
            fmpz_t o;
            while (ng < 4 && gens[g][ng]) ng++;
            G = from_strings(gens[g], ng);
            fmpz_init(o);
            if (wk_group_order(o, G) != WK_OK || !fmpz_equal_ui(o, 36) || wk_group_chartable(G) != WK_OK) ok = 0;
            else {
                r = wk_group_nclasses(G);
                for (i = 0; i < r; i++) if (wk_group_irr_degree(G, i) <= 4) cnt[wk_group_irr_degree(G, i)]++;
                if (r != want[g][0] || cnt[1] != want[g][1] || cnt[2] != want[g][2] || cnt[3] != want[g][3]
                    || cnt[4] != want[g][4]) { ok = 0; printf("# SmallGroup(36,%ld) differs\n", (long) g + 1); }
                if (r == 6 && cnt[1] == 4 && cnt[4] == 2) { special++; which = g + 1; }
            }
            fmpz_clear(o);
            wk_group_clear(G);
        }
        TAP_OK(ok, "the 14 groups of order 36: class numbers and degrees as in GAP");
        TAP_OK(special == 1 && which == 9, "exactly one, SmallGroup(36,9), has degrees [1,1,1,1,4,4] (claim 4.6)");
    }

    /* the verification rejects corrupted tables */
    wk_group_alternating(&G, 5);
    wk_group_chartable(G);
    {
        table_struct * T = G->tab;
        uint32_t save;
        slong r = T->r;
        /* swap two values inside one row: orthogonality or Galois closure must fail */
        save = T->irr[1 * r + 3];
        T->irr[1 * r + 3] = T->irr[1 * r + 4];
        T->irr[1 * r + 4] = save;
        TAP_OK(_wk_table_verify(T, G) == WK_E_INTERNAL, "a repeated row is caught: %s", wk_error_msg());
        T->irr[1 * r + 4] = T->irr[1 * r + 3];
        T->irr[1 * r + 3] = save;
        TAP_OK(_wk_table_verify(T, G) == WK_OK, "the original table verifies");
        save = T->irr[3 * r + 1];
        T->irr[3 * r + 1] = T->irr[4 * r + 1];
        TAP_OK(_wk_table_verify(T, G) == WK_E_INTERNAL, "a wrong value is caught: %s", wk_error_msg());
        T->irr[3 * r + 1] = save;
        T->degree[4] = 4;
        TAP_OK(_wk_table_verify(T, G) == WK_E_INTERNAL, "a wrong degree is caught: %s", wk_error_msg());
        T->degree[4] = 5;
        TAP_OK(_wk_table_verify(T, G) == WK_OK, "restored table verifies");
    }
    wk_group_clear(G);

    return tap_done();
}
