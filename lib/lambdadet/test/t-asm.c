/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the ASM utilities: counts (product formula vs enumeration vs DP vs
   the ratio recurrence), inv/neg (pair definition vs incremental), is_asm
   reasons, corner sums, asm_weight, and the spec's identities (spec 1, 3, 6). */
#include <string.h>
#include "wk_lambdadet.h"
#include "tap.h"

static const char *A_table[] = {"1", "1", "2", "7", "42", "429", "7436", "218348",
    "10850216", "911835460", "129534272700", "31095744852375", "12611311859677500"};

static void set_mat(fmpz_mat_t A, slong n, const slong *v)
{
    slong i;
    fmpz_mat_clear(A);
    fmpz_mat_init(A, n, n);
    for (i = 0; i < n * n; i++) fmpz_set_si(A->entries + i, v[i]);
}

/* inv by the definition: sum over i<k, j>l of a_ij a_kl */
static slong inv_pairs(const signed char *a, slong n)
{
    slong i, j, k, l, s = 0;
    for (i = 0; i < n; i++) for (j = 0; j < n; j++) if (a[i * n + j])
        for (k = i + 1; k < n; k++) for (l = 0; l < j; l++)
            s += a[i * n + j] * a[k * n + l];
    return s;
}

typedef struct {
    slong n, count, bad_inv, bad_min, id_eq, max_inv, neg_bound, corner_bad, ef_bad, last_bad;
    signed char prev[64];
    int have_prev;
} walk_data;

static int walk(const signed char *a, slong n, slong inv, slong neg, void *data)
{
    walk_data *w = data;
    slong i, j, g = 0, h[81], E[64], F[64], sE = 0, sF = 0, isid = 1;
    fmpz_mat_t A;
    for (i = 0; i < n * n; i++) g += (a[i] == -1);
    if (inv != inv_pairs(a, n) || neg != g) w->bad_inv++;
    for (i = 0; i < n; i++) for (j = 0; j < n; j++) if (a[i * n + j] != (i == j)) isid = 0;
    if (inv - neg < 0) w->bad_min++;
    if (inv - neg == 0 && !isid) w->bad_min++;
    if (isid) w->id_eq++;
    if (inv > w->max_inv) w->max_inv = inv;
    if (neg > (n - 1) * (n - 1) / 4) w->neg_bound++;
    /* corner sums: 0 <= h(i,j) <= min(i,j); via the library on every 50th */
    for (j = 0; j <= n; j++) h[j] = 0;
    for (i = 1; i <= n; i++) { h[i * (n + 1)] = 0; for (j = 1; j <= n; j++)
        h[i * (n + 1) + j] = h[(i - 1) * (n + 1) + j] + h[i * (n + 1) + j - 1] - h[(i - 1) * (n + 1) + j - 1] + a[(i - 1) * n + j - 1]; }
    for (i = 0; i <= n; i++) for (j = 0; j <= n; j++)
        if (h[i * (n + 1) + j] < 0 || h[i * (n + 1) + j] > FLINT_MIN(i, j)) w->corner_bad++;
    if (w->count % 50 == 0) {
        fmpz_mat_t H;
        wk_lambdadet_weight_t wt;
        fmpz_mat_init(A, n, n); fmpz_mat_init(H, 0, 0); wk_lambdadet_weight_init(wt);
        for (i = 0; i < n * n; i++) fmpz_set_si(A->entries + i, a[i]);
        wk_lambdadet_corner_sums(H, A);
        for (i = 0; i <= n; i++) for (j = 0; j <= n; j++)
            if (!fmpz_equal_si(fmpz_mat_entry(H, i, j), h[i * (n + 1) + j])) w->corner_bad++;
        if (wk_lambdadet_asm_weight(wt, A) != WK_OK || fmpz_mat_nrows(wt->sites) != neg) w->ef_bad++;
        else {   /* E, F by hand from the spec's formulas */
            for (i = 1; i < n; i++) for (j = 1; j < n; j++)
                if (!fmpz_equal_si(fmpz_mat_entry(wt->E, i - 1, j - 1), FLINT_MIN(i, j) - h[i * (n + 1) + j])) w->ef_bad++;
            for (i = 0; i < neg; i++)
                if (a[(fmpz_get_si(fmpz_mat_entry(wt->sites, i, 0)) - 1) * n + fmpz_get_si(fmpz_mat_entry(wt->sites, i, 1)) - 1] != -1) w->ef_bad++;
        }
        fmpz_mat_clear(A); fmpz_mat_clear(H); wk_lambdadet_weight_clear(wt);
    }
    /* sum E - sum F = inv (spec 3) */
    for (i = 1; i < n; i++) for (j = 1; j < n; j++) { E[0] = FLINT_MIN(i, j) - h[i * (n + 1) + j]; sE += E[0]; }
    for (i = 2; i < n; i++) for (j = 2; j < n; j++) {
        F[0] = FLINT_MIN(i - 1, j - 1) - FLINT_MIN(h[(i - 1) * (n + 1) + j], h[i * (n + 1) + j - 1]);
        if (F[0] < 0) w->ef_bad++;
        sF += F[0];
    }
    if (sE - sF != inv) w->ef_bad++;
    /* strictly decreasing lexicographic order */
    if (w->have_prev && memcmp(w->prev, a, n * n) != 0) {
        for (i = 0; i < n * n && w->prev[i] == a[i]; i++) ;
        if (i == n * n || w->prev[i] < a[i]) w->last_bad++;
    } else if (w->have_prev) w->last_bad++;
    memcpy(w->prev, a, n * n); w->have_prev = 1;
    w->count++;
    return 0;
}

static int stop_at_3(const signed char *a, slong n, slong inv, slong neg, void *data)
{
    slong *c = data;
    return ++*c == 3 ? WK_E_INTERRUPT : 0;
}

int main(int argc, char **argv)
{
    fmpz_t c, d, t;
    fmpz_mat_t A, D;
    slong n, inv, neg, i, j;
    char why[200];
    wk_status st;

    tap_init(argc, argv);
    fmpz_init(c); fmpz_init(d); fmpz_init(t);
    fmpz_mat_init(A, 0, 0); fmpz_mat_init(D, 0, 0);

    /* counts: product formula vs the OEIS A005130 table */
    for (n = 0; n <= 12; n++) {
        fmpz_set_str(t, A_table[n], 10);
        TAP_OK(wk_lambdadet_asm_count(c, n) == WK_OK && fmpz_equal(c, t), "asm_count(%ld) = %s", n, A_table[n]);
    }
    /* vs the ratio recurrence A_{n+1} = A_n (3n+1)! n! / ((2n)! (2n+1)!) up to n = 300 */
    {
        int ok = 1;
        fmpz_one(d);
        for (n = 0; n < 300 && ok; n++) {
            fmpz_t a1, a2, a3, a4;
            fmpz_init(a1); fmpz_init(a2); fmpz_init(a3); fmpz_init(a4);
            fmpz_fac_ui(a1, 3 * n + 1); fmpz_fac_ui(a2, n); fmpz_fac_ui(a3, 2 * n); fmpz_fac_ui(a4, 2 * n + 1);
            fmpz_mul(d, d, a1); fmpz_mul(d, d, a2); fmpz_mul(a3, a3, a4); fmpz_divexact(d, d, a3);
            fmpz_clear(a1); fmpz_clear(a2); fmpz_clear(a3); fmpz_clear(a4);
            if (wk_lambdadet_asm_count(c, n + 1) != WK_OK || !fmpz_equal(c, d)) ok = 0;
        }
        TAP_OK(ok, "asm_count(n) matches the ratio recurrence for n <= 300");
    }
    TAP_OK(wk_lambdadet_asm_count(c, 1000) == WK_OK && fmpz_sizeinbase(c, 10) > 100000, "asm_count(1000) has %ld digits", (long) fmpz_sizeinbase(c, 10));
    TAP_OK(wk_lambdadet_asm_count(c, -1) == WK_E_DOMAIN, "asm_count(-1): %s", wk_error_msg());
    TAP_OK(wk_lambdadet_asm_count(c, 1000000) == WK_E_TOO_LARGE, "asm_count(10^6) guard: %s", wk_error_msg());

    /* enumeration: count, inv/neg vs the pair definition, bounds, order, E/F */
    for (n = 0; n <= 7; n++) {
        walk_data w;
        memset(&w, 0, sizeof w);
        st = wk_lambdadet_asm_foreach(n, walk, &w);
        fmpz_set_str(t, A_table[n], 10);
        TAP_OK(st == WK_OK && fmpz_equal_si(t, w.count), "n = %ld: enumeration gives %ld ASMs", n, w.count);
        TAP_OK(w.bad_inv == 0, "n = %ld: incremental inv, neg equal the definitions", n);
        TAP_OK(w.bad_min == 0 && w.id_eq == 1, "n = %ld: inv - neg >= 0, = 0 only for the identity", n);
        TAP_OK(w.max_inv == n * (n - 1) / 2, "n = %ld: max inv = n(n-1)/2", n);
        TAP_OK(w.corner_bad == 0 && w.neg_bound == 0, "n = %ld: 0 <= h(i,j) <= min(i,j), corner_sums agrees", n);
        TAP_OK(w.ef_bad == 0, "n = %ld: asm_weight agrees; F >= 0; sum E - sum F = inv", n);
        TAP_OK(w.last_bad == 0, "n = %ld: strictly decreasing lexicographic order", n);
    }
    {
        slong cnt = 0;
        TAP_OK(wk_lambdadet_asm_foreach(4, stop_at_3, &cnt) == WK_E_INTERRUPT && cnt == 3, "callback stops the enumeration");
        TAP_OK(wk_lambdadet_asm_foreach(-2, stop_at_3, &cnt) == WK_E_DOMAIN, "foreach(-2): %s", wk_error_msg());
    }

    /* asm_list */
    {
        wk_lambdadet_asm_list_t L;
        int ok = 1;
        wk_lambdadet_asm_list_init(L);
        st = wk_lambdadet_asm_list(L, 4, 0);
        TAP_OK(st == WK_OK && L->length == 42, "asm_list(4) has 42 matrices");
        for (i = 0; i < L->length; i++) {
            wk_lambdadet_asm_list_get(A, L, i);
            if (!wk_lambdadet_is_asm(NULL, 0, A)) ok = 0;
            for (j = 0; j < i; j++) if (memcmp(L->entries + 16 * i, L->entries + 16 * j, 16) == 0) ok = 0;
        }
        TAP_OK(ok, "asm_list(4): all are ASMs and distinct");
        wk_lambdadet_asm_list_get(A, L, 0);
        TAP_OK(fmpz_mat_is_one(A), "first listed ASM is the identity");
        st = wk_lambdadet_asm_list(L, 8, 0);
        TAP_OK(st == WK_E_TOO_LARGE && strstr(wk_error_msg(), "10850216") && strstr(wk_error_msg(), "218348"), "asm_list(8) guard: %s", wk_error_msg());
        TAP_OK(wk_lambdadet_asm_list(L, 1000, 0) == WK_E_TOO_LARGE, "asm_list(1000) guard: %s", wk_error_msg());
        TAP_OK(wk_lambdadet_asm_list(L, -1, 0) == WK_E_DOMAIN, "asm_list(-1): %s", wk_error_msg());
        st = wk_lambdadet_asm_list(L, 0, 0);
        TAP_OK(st == WK_OK && L->length == 1, "asm_list(0) is one empty matrix");
        wk_lambdadet_asm_list_clear(L);
    }

    /* spec 6 vectors */
    {
        slong a3[] = {0, 1, 0, 1, -1, 1, 0, 1, 0};
        slong a5[] = {0, 0, 1, 0, 0, 0, 1, -1, 1, 0, 1, -1, 1, -1, 1, 0, 1, -1, 1, 0, 0, 0, 1, 0, 0};
        slong b2[] = {1, 1, 0, -1};
        slong w4[] = {0, 0, 1, 0, 1, 0, -1, 1, 0, 1, 0, 0, 0, 0, 1, 0};
        slong E4[] = {1, 1, 0, 0, 1, 1, 0, 0, 1}, F4[] = {1, 0, 0, 1};
        slong notalt[] = {0, 1, 0, 1, 0, 0, -1, 1, 1};
        wk_lambdadet_weight_t w;
        set_mat(A, 3, a3);
        TAP_OK(wk_lambdadet_asm_inv(&inv, A) == WK_OK && inv == 2 && wk_lambdadet_asm_neg(&neg, A) == WK_OK && neg == 1, "3x3 central -1: inv 2, neg 1");
        set_mat(A, 5, a5);
        TAP_OK(wk_lambdadet_asm_inv(&inv, A) == WK_OK && inv == 7 && wk_lambdadet_asm_neg(&neg, A) == WK_OK && neg == 4, "5x5 diamond: inv 7, neg 4");
        set_mat(A, 2, b2);
        TAP_OK(!wk_lambdadet_is_asm(why, sizeof why, A) && strcmp(why, "row 1 sums to 2") == 0, "[1,1;0,-1] is not an ASM: %s", why);
        TAP_OK(wk_lambdadet_asm_inv(&inv, A) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "argument is not an alternating sign matrix (row 1 sums to 2)") == 0, "asm_inv error: %s", wk_error_msg());
        set_mat(A, 3, notalt);
        TAP_OK(!wk_lambdadet_is_asm(why, sizeof why, A) && strstr(why, "row 3") && strstr(why, "alternate"), "row -1,1,1: %s", why);
        {
            slong z[] = {1, 0, 0, 0, 0, 1, 0, 1, 0}, col[] = {1, 0, 0, 0, 1, 0, 0, 0, 1, };
            slong two[] = {1, 0, 0, 0, 2, 0, 0, 0, 1};
            slong c3[] = {0, 1, 0, 1, 0, 0, 0, 1, 1};
            (void) col;
            set_mat(A, 3, z);
            TAP_OK(wk_lambdadet_is_asm(why, sizeof why, A) && why[0] == 0, "a permutation matrix is an ASM");
            set_mat(A, 3, two);
            TAP_OK(!wk_lambdadet_is_asm(why, sizeof why, A) && strcmp(why, "entry (2,2) is 2, not -1, 0 or 1") == 0, "%s", why);
            set_mat(A, 3, c3);
            TAP_OK(!wk_lambdadet_is_asm(why, sizeof why, A) && strcmp(why, "row 3 sums to 2") == 0, "%s", why);
        }
        fmpz_mat_clear(A); fmpz_mat_init(A, 2, 3);
        TAP_OK(!wk_lambdadet_is_asm(why, sizeof why, A) && strcmp(why, "matrix is 2x3, not square") == 0, "%s", why);
        fmpz_mat_clear(A); fmpz_mat_init(A, 0, 0);
        TAP_OK(wk_lambdadet_is_asm(NULL, 0, A), "the 0x0 matrix is an ASM");
        set_mat(A, 4, w4);
        wk_lambdadet_weight_init(w);
        st = wk_lambdadet_asm_weight(w, A);
        {
            int ok = st == WK_OK && fmpz_mat_nrows(w->E) == 3 && fmpz_mat_nrows(w->F) == 2 && fmpz_mat_nrows(w->sites) == 1;
            for (i = 0; ok && i < 9; i++) ok = fmpz_equal_si(w->E->entries + i, E4[i]);
            for (i = 0; ok && i < 4; i++) ok = fmpz_equal_si(w->F->entries + i, F4[i]);
            ok = ok && fmpz_equal_si(fmpz_mat_entry(w->sites, 0, 0), 2) && fmpz_equal_si(fmpz_mat_entry(w->sites, 0, 1), 3);
            TAP_OK(ok, "asm_weight example of spec 6: E, F, -1 at (2,3)");
        }
        set_mat(A, 2, b2);
        TAP_OK(wk_lambdadet_asm_weight(w, A) == WK_E_DOMAIN, "asm_weight on a non-ASM: %s", wk_error_msg());
        wk_lambdadet_weight_clear(w);
    }

    /* asm_stats: DP vs product formula n <= 12, refinements, vs enumeration n <= 6 */
    {
        static const char *three[] = {"1", "1", "2", "9", "90", "2025", "102060", "11573604", "2946308904"};
        static const slong terms[] = {1, 1, 2, 8, 62, 863, 20488, 810056, 52922904};
        for (n = 0; n <= 12; n++) {
            fmpz_t tot, two, thr, s;
            slong ti = 0;
            int ok;
            fmpz_init(tot); fmpz_init(two); fmpz_init(thr); fmpz_init(s);
            st = wk_lambdadet_asm_stats(D, n);
            ok = st == WK_OK && fmpz_mat_nrows(D) == n * (n - 1) / 2 + 1;
            for (i = 0; ok && i < fmpz_mat_nrows(D); i++)
                for (j = 0; j < fmpz_mat_ncols(D); j++) {
                    const fmpz *e = fmpz_mat_entry(D, i, j);
                    fmpz_add(tot, tot, e);
                    fmpz_set_ui(s, 2); fmpz_pow_ui(s, s, j); fmpz_addmul(two, s, e);
                    fmpz_set_ui(s, 3); fmpz_pow_ui(s, s, j); fmpz_addmul(thr, s, e);
                    if (!fmpz_is_zero(e) && i - j < 0) ok = 0;
                    if (n <= 8) ti += (j + 1) * fmpz_get_si(e);
                }
            fmpz_set_str(t, A_table[n], 10);
            TAP_OK(ok && fmpz_equal(tot, t), "asm_stats(%ld) sums to A_%ld", n, n);
            fmpz_one(s); fmpz_mul_2exp(s, s, n * (n - 1) / 2);
            TAP_OK(ok && fmpz_equal(two, s), "asm_stats(%ld): 2-enumeration = 2^{n(n-1)/2}", n);
            if (n <= 8) {
                fmpz_set_str(s, three[n], 10);
                TAP_OK(ok && fmpz_equal(thr, s) && ti == terms[n], "asm_stats(%ld): 3-enumeration %s, sum (neg+1) = %ld", n, three[n], terms[n]);
            }
            fmpz_clear(tot); fmpz_clear(two); fmpz_clear(thr); fmpz_clear(s);
        }
        /* vs the enumeration, entry by entry */
        for (n = 1; n <= 6; n++) {
            wk_lambdadet_asm_list_t L;
            fmpz_mat_t D2;
            int ok;
            wk_lambdadet_asm_list_init(L);
            wk_lambdadet_asm_list(L, n, 0);
            wk_lambdadet_asm_stats(D, n);
            fmpz_mat_init(D2, fmpz_mat_nrows(D), fmpz_mat_ncols(D));
            for (i = 0; i < L->length; i++) {
                wk_lambdadet_asm_list_get(A, L, i);
                wk_lambdadet_asm_inv(&inv, A); wk_lambdadet_asm_neg(&neg, A);
                fmpz_add_ui(fmpz_mat_entry(D2, inv, neg), fmpz_mat_entry(D2, inv, neg), 1);
            }
            ok = fmpz_mat_equal(D, D2);
            TAP_OK(ok, "asm_stats(%ld) equals the histogram of the listed ASMs", n);
            fmpz_mat_clear(D2);
            wk_lambdadet_asm_list_clear(L);
        }
        TAP_OK(wk_lambdadet_asm_stats(D, 15) == WK_E_TOO_LARGE, "asm_stats(15) guard: %s", wk_error_msg());
        TAP_OK(wk_lambdadet_asm_stats(D, -3) == WK_E_DOMAIN, "asm_stats(-3): %s", wk_error_msg());
    }

    fmpz_clear(c); fmpz_clear(d); fmpz_clear(t);
    fmpz_mat_clear(A); fmpz_mat_clear(D);
    return tap_done();
}
