/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of lib/weyl/cartan.c, order.c and the root table: the spec's reference
   matrices (section 1), type identification of relabelled matrices, finite type
   by 4.2 against all principal minors, roots against the W-orbit of the simple
   roots, bad input of spec section 9. */
#include <string.h>
#include "wk_weyl.h"
#include "tap.h"

static int mat_is(const wk_weyl_t R, const slong *ref)
{
    slong i, j, n = R->n;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (R->a[i * n + j] != ref[i * n + j]) return 0;
    return 1;
}

static void check_type_err(const char *s)
{
    wk_weyl_t R;
    wk_status st = wk_weyl_init_type(R, s);
    TAP_OK(st == WK_E_DOMAIN && strstr(wk_error_msg(), "unknown Cartan type"),
           "type '%s' rejected: %s", s, wk_error_msg());
    wk_weyl_clear(R);
}

/* Relabels the type matrix by a random permutation and checks that the
   identification recovers letter, rank, order and the Bourbaki numbering. */
static int relabel_ok(const char *type, flint_rand_t st)
{
    wk_weyl_t R, S;
    slong n, i, j, *perm;
    fmpz_mat_t A;
    int ok = 1;
    wk_weyl_init_type(R, type);
    n = R->n;
    perm = flint_malloc(n * sizeof(slong));
    for (i = 0; i < n; i++) perm[i] = i;
    for (i = n - 1; i > 0; i--) {
        slong k = n_randint(st, i + 1), t = perm[i];
        perm[i] = perm[k]; perm[k] = t;
    }
    /* node i of R becomes node perm[i] of S */
    fmpz_mat_init(A, n, n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            fmpz_set_si(fmpz_mat_entry(A, perm[i], perm[j]), R->a[i * n + j]);
    if (wk_weyl_init_cartan(S, A) != WK_OK) ok = 0;
    else {
        slong c;
        ok = (S->ncomp == R->ncomp) && fmpz_equal(S->order, R->order) && S->finite;
        /* every component of S maps, through its Bourbaki order, to the standard matrix */
        for (c = 0; ok && c < S->ncomp; c++) {
            const wk_weyl_component_struct *C = S->comp + c;
            char name[16];
            wk_weyl_t T;
            snprintf(name, sizeof name, "%c%ld", C->letter, (long) C->rank);
            if (wk_weyl_init_type(T, name) != WK_OK) { ok = 0; break; }
            for (i = 0; i < C->rank; i++)
                for (j = 0; j < C->rank; j++)
                    if (S->a[C->nodes[i] * n + C->nodes[j]] != T->a[i * C->rank + j]) ok = 0;
            wk_weyl_clear(T);
        }
        wk_weyl_clear(S);
    }
    fmpz_mat_clear(A);
    flint_free(perm);
    wk_weyl_clear(R);
    return ok;
}

/* All roots as the W-orbit of the simple roots (BFS with reflect_root), compared
   with +- the positive root table. */
static int roots_by_orbit_ok(const char *type)
{
    wk_weyl_t R;
    slong n, N, cap, len, head, i, k, j;
    slong *all;
    int ok = 1;
    wk_weyl_init_type(R, type);
    n = R->n;
    if (wk_weyl_num_positive_roots(&N, R) != WK_OK) { wk_weyl_clear(R); return 0; }
    cap = 2 * N;
    all = flint_malloc((cap + 1) * n * sizeof(slong));
    len = 0;
    for (i = 0; i < n; i++) {
        for (k = 0; k < n; k++) all[len * n + k] = (k == i);
        len++;
    }
    for (head = 0; head < len && ok; head++)
        for (i = 0; i < n; i++) {
            slong *x = all + len * n, found = 0;
            wk_weyl_reflect_root(x, all + head * n, i, R);
            for (k = 0; k < len && !found; k++)
                if (memcmp(all + k * n, x, n * sizeof(slong)) == 0) found = 1;
            if (!found) {
                if (len == cap) { ok = 0; break; }
                len++;
            }
        }
    ok = ok && (len == 2 * N);
    /* each positive root of the table is in the orbit, heights nondecreasing */
    for (k = 0; ok && k < N; k++) {
        slong c[64], found = 0, h = 0, hp = 0;
        wk_weyl_root(c, R, k);
        for (j = 0; j < len && !found; j++)
            if (memcmp(all + j * n, c, n * sizeof(slong)) == 0) found = 1;
        for (j = 0; j < n; j++) { h += c[j]; if (c[j] < 0) found = 0; }
        if (k > 0) { slong d[64]; wk_weyl_root(d, R, k - 1); for (j = 0; j < n; j++) hp += d[j]; }
        if (!found || h < hp) ok = 0;
    }
    flint_free(all);
    wk_weyl_clear(R);
    return ok;
}

int main(int argc, char **argv)
{
    wk_weyl_t R;
    flint_rand_t st;
    slong i, k;
    static const slong B3[] = { 2, -1, 0, -1, 2, -1, 0, -2, 2 };
    static const slong C3[] = { 2, -1, 0, -1, 2, -2, 0, -1, 2 };
    static const slong F4[] = { 2, -1, 0, 0, -1, 2, -1, 0, 0, -2, 2, -1, 0, 0, -1, 2 };
    static const slong G2[] = { 2, -3, -1, 2 };
    static const slong B2[] = { 2, -1, -2, 2 };
    struct { const char *t; const char *order; slong npos; } known[] = {
        { "A1", "2", 1 }, { "A4", "120", 10 }, { "B2", "8", 4 }, { "C2", "8", 4 },
        { "B4", "384", 16 }, { "C5", "3840", 25 }, { "D4", "192", 12 }, { "D6", "23040", 30 },
        { "E6", "51840", 36 }, { "E7", "2903040", 63 }, { "E8", "696729600", 120 },
        { "F4", "1152", 24 }, { "G2", "12", 6 }, { "A1xA2xB3", "576", 13 },
        { "A20", "51090942171709440000", 210 }, { "e8", "696729600", 120 }
    };

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 1);

    /* spec section 1 reference matrices */
    wk_weyl_init_type(R, "B3"); TAP_OK(mat_is(R, B3), "B3 matrix, a_32 = -2"); wk_weyl_clear(R);
    wk_weyl_init_type(R, "C3"); TAP_OK(mat_is(R, C3), "C3 matrix, a_23 = -2"); wk_weyl_clear(R);
    wk_weyl_init_type(R, "F4"); TAP_OK(mat_is(R, F4), "F4 matrix"); wk_weyl_clear(R);
    wk_weyl_init_type(R, "G2"); TAP_OK(mat_is(R, G2), "G2 matrix [[2,-3],[-1,2]]"); wk_weyl_clear(R);
    wk_weyl_init_type(R, "B2"); TAP_OK(mat_is(R, B2), "B2 matrix, short root in row 2"); wk_weyl_clear(R);
    wk_weyl_init_type(R, "E6");
    TAP_OK(R->a[1 * 6 + 3] == -1 && R->a[0 * 6 + 2] == -1 && R->a[1 * 6 + 2] == 0
           && R->a[2 * 6 + 3] == -1 && R->a[4 * 6 + 5] == -1, "E6: 1-3-4-5-6 with 2 joined to 4");
    TAP_OK(R->sym[0] == 1, "E6 symmetrizer"); wk_weyl_clear(R);
    wk_weyl_init_type(R, "D5");
    TAP_OK(R->a[2 * 5 + 3] == -1 && R->a[2 * 5 + 4] == -1 && R->a[3 * 5 + 4] == 0,
           "D5: nodes 4 and 5 both joined to 3"); wk_weyl_clear(R);
    wk_weyl_init_type(R, "B3");
    TAP_OK(R->sym[0] == 2 && R->sym[1] == 2 && R->sym[2] == 1, "B3: alpha_3 short (d = 2,2,1)");
    wk_weyl_clear(R);
    wk_weyl_init_type(R, "G2");
    TAP_OK(R->sym[0] == 1 && R->sym[1] == 3, "G2: alpha_1 short (d = 1,3)");
    wk_weyl_clear(R);
    wk_weyl_init_type(R, "A1 x A2xB3");
    TAP_OK(R->n == 6 && R->ncomp == 3 && R->a[3 * 6 + 4] == -1 && R->a[5 * 6 + 4] == -2
           && R->a[0 * 6 + 1] == 0 && strcmp(R->name, "A1xA2xB3") == 0,
           "A1xA2xB3 is block diagonal, nodes block by block");
    wk_weyl_clear(R);

    /* orders and root counts */
    for (i = 0; i < (slong) (sizeof known / sizeof known[0]); i++) {
        fmpz_t o, e;
        slong N = -1;
        fmpz_init(o); fmpz_init(e);
        fmpz_set_str(e, known[i].order, 10);
        wk_weyl_init_type(R, known[i].t);
        wk_weyl_order(o, R);
        wk_weyl_num_positive_roots(&N, R);
        TAP_OK(fmpz_equal(o, e) && N == known[i].npos, "|W(%s)| = %s, %ld positive roots",
               known[i].t, known[i].order, (long) known[i].npos);
        wk_weyl_clear(R);
        fmpz_clear(o); fmpz_clear(e);
    }

    /* roots against the orbit of the simple roots */
    {
        const char *types[] = { "A3", "B3", "C3", "D4", "G2", "F4", "E6", "A1xB2" };
        for (i = 0; i < 8; i++)
            TAP_OK(roots_by_orbit_ok(types[i]), "%s: positive roots = W-orbit of simple roots, by height",
                   types[i]);
    }
    /* highest roots in simple-root coordinates */
    {
        slong c[8], N;
        wk_weyl_init_type(R, "E8"); wk_weyl_num_positive_roots(&N, R); wk_weyl_root(c, R, N - 1);
        TAP_OK(c[0] == 2 && c[1] == 3 && c[2] == 4 && c[3] == 6 && c[4] == 5 && c[5] == 4
               && c[6] == 3 && c[7] == 2, "E8 highest root 23465432"); wk_weyl_clear(R);
        wk_weyl_init_type(R, "G2"); wk_weyl_num_positive_roots(&N, R); wk_weyl_root(c, R, N - 1);
        TAP_OK(c[0] == 3 && c[1] == 2, "G2 highest root 3 alpha_1 + 2 alpha_2 (alpha_1 short)");
        wk_weyl_root_omega(c, R, N - 1);
        TAP_OK(c[0] == 0 && c[1] == 1, "G2 highest root is omega_2"); wk_weyl_clear(R);
        wk_weyl_init_type(R, "B3"); wk_weyl_num_positive_roots(&N, R); wk_weyl_root(c, R, N - 1);
        TAP_OK(c[0] == 1 && c[1] == 2 && c[2] == 2, "B3 highest root 122");
        wk_weyl_root_omega(c, R, N - 1);
        TAP_OK(c[0] == 0 && c[1] == 1 && c[2] == 0, "B3 highest root is omega_2"); wk_weyl_clear(R);
        wk_weyl_init_type(R, "C3"); wk_weyl_num_positive_roots(&N, R); wk_weyl_root(c, R, N - 1);
        TAP_OK(c[0] == 2 && c[1] == 2 && c[2] == 1, "C3 highest root 221");
        wk_weyl_root_omega(c, R, N - 1);
        TAP_OK(c[0] == 2 && c[1] == 0 && c[2] == 0, "C3 highest root is 2 omega_1"); wk_weyl_clear(R);
    }

    /* relabelled matrices are identified */
    {
        const char *types[] = { "A5", "B4", "C4", "D4", "D6", "E6", "E7", "E8", "F4", "G2",
                                "B2", "A1xA1xG2", "C3xD5xA2" };
        for (i = 0; i < 13; i++) {
            int ok = 1;
            for (k = 0; k < 5 * tap_multiplier(); k++) ok &= relabel_ok(types[i], st);
            TAP_OK(ok, "%s relabelled: type, order and Bourbaki order recovered", types[i]);
        }
    }

    /* finite type by 4.2 against all principal minors, on random GCMs */
    {
        int agree = 1, nfin = 0, ninf = 0;
        for (k = 0; k < 3000 * tap_multiplier(); k++) {
            slong n = 1 + n_randint(st, 6), a, b;
            fmpz_mat_t A;
            fmpz_mat_init(A, n, n);
            for (a = 0; a < n; a++) fmpz_set_si(fmpz_mat_entry(A, a, a), 2);
            for (a = 0; a < n; a++)
                for (b = a + 1; b < n; b++)
                    if (n_randint(st, 3) == 0) {
                        slong x = -1 - (slong) n_randint(st, n_randint(st, 2) ? 1 : 4);
                        slong y = -1 - (slong) n_randint(st, n_randint(st, 2) ? 1 : 4);
                        fmpz_set_si(fmpz_mat_entry(A, a, b), x);
                        fmpz_set_si(fmpz_mat_entry(A, b, a), y);
                    }
            if (wk_weyl_init_cartan(R, A) != WK_OK) agree = 0;
            else {
                int m = wk_weyl_is_finite_minors(R);
                if (m != R->finite) agree = 0;
                if (R->finite) nfin++; else ninf++;
            }
            wk_weyl_clear(R);
            fmpz_mat_clear(A);
        }
        TAP_OK(agree && nfin > 100 && ninf > 100,
               "4.2 agrees with principal minors on random GCMs (%d finite, %d not)", nfin, ninf);
    }

    /* bad type strings (spec section 9) */
    {
        const char *bad[] = { "A0", "B1", "C1", "D2", "D3", "E5", "E9", "F5", "G3", "X4", "A-1",
                              "", "A1x", "xA1", "A", "4", "A1xB1", "H3", "A1yA2", "A 1" };
        for (i = 0; i < (slong) (sizeof bad / sizeof bad[0]); i++) check_type_err(bad[i]);
    }
    TAP_OK(wk_weyl_init_type(R, "A2000") == WK_E_TOO_LARGE, "A2000: rank above the guard: %s",
           wk_error_msg());
    wk_weyl_clear(R);

    /* bad matrices (spec section 9) */
    {
        fmpz_mat_t A;
        fmpq_mat_t Q;
        fmpz_mat_init(A, 2, 3);
        TAP_OK(wk_weyl_init_cartan(R, A) == WK_E_DIM && strstr(wk_error_msg(), "square")
               && strstr(wk_error_msg(), "2x3"), "2x3 matrix: %s", wk_error_msg());
        fmpz_mat_clear(A);
        fmpz_mat_init(A, 0, 0);
        TAP_OK(wk_weyl_init_cartan(R, A) == WK_E_DIM && strstr(wk_error_msg(), "non-empty"),
               "empty matrix: %s", wk_error_msg());
        fmpz_mat_clear(A);
        fmpz_mat_init(A, 2, 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 0), 2); fmpz_set_si(fmpz_mat_entry(A, 1, 1), 3);
        TAP_OK(wk_weyl_init_cartan(R, A) == WK_E_DOMAIN && strstr(wk_error_msg(), "entry (2,2)=3"),
               "a_22 = 3: %s", wk_error_msg());
        fmpz_set_si(fmpz_mat_entry(A, 1, 1), 2); fmpz_set_si(fmpz_mat_entry(A, 0, 1), 1);
        fmpz_set_si(fmpz_mat_entry(A, 1, 0), -1);
        TAP_OK(wk_weyl_init_cartan(R, A) == WK_E_DOMAIN && strstr(wk_error_msg(), "entry (1,2)=1"),
               "a_12 = 1: %s", wk_error_msg());
        fmpz_set_si(fmpz_mat_entry(A, 0, 1), 0);
        TAP_OK(wk_weyl_init_cartan(R, A) == WK_E_DOMAIN && strstr(wk_error_msg(), "entry (1,2)=0")
               && strstr(wk_error_msg(), "(2,1)=-1"), "a_12 = 0, a_21 = -1: %s", wk_error_msg());
        /* accepted: a GCM not of finite type */
        fmpz_set_si(fmpz_mat_entry(A, 0, 1), -2); fmpz_set_si(fmpz_mat_entry(A, 1, 0), -2);
        TAP_OK(wk_weyl_init_cartan(R, A) == WK_OK && !R->finite && R->comp[0].letter == '?',
               "[[2,-2],[-2,2]] accepted, not of finite type");
        {
            fmpz_t o;
            fmpz_init(o);
            TAP_OK(wk_weyl_order(o, R) == WK_E_DOMAIN && strstr(wk_error_msg(), "infinite")
                   && strstr(wk_error_msg(), "{1,2}"), "its Weyl group order: %s", wk_error_msg());
            fmpz_clear(o);
        }
        wk_weyl_clear(R);
        fmpz_mat_clear(A);
        fmpq_mat_init(Q, 2, 2);
        fmpq_set_si(fmpq_mat_entry(Q, 0, 0), 2, 1); fmpq_set_si(fmpq_mat_entry(Q, 1, 1), 2, 1);
        fmpq_set_si(fmpq_mat_entry(Q, 0, 1), -1, 2); fmpq_set_si(fmpq_mat_entry(Q, 1, 0), -1, 1);
        TAP_OK(wk_weyl_init_cartan_fmpq(R, Q) == WK_E_DOMAIN && strstr(wk_error_msg(), "-1/2")
               && strstr(wk_error_msg(), "not an integer"), "non-integer entry: %s", wk_error_msg());
        fmpq_mat_clear(Q);
    }

    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
