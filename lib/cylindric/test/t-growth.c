/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Growth diagrams (spec 4, 10.5): the public local-rule vectors; forward and
   backward rules are inverse bijections with |lam| + |rho| = |mu| + |nu| + m
   on all configurations inside a box; RSK by growth diagrams against
   row-insertion RSK written out here, and its inverse. */
#include <string.h>
#include <flint/ulong_extras.h>
#include "wk_cylindric.h"
#include "tap.h"

static void setp(wk_partition_t p, const slong *a, slong n)
{
    wk_partition_set_vec(p, a, n);
}

static int forward_is(const slong *r, slong nr, const slong *m, slong nm, const slong *n, slong nn,
                      slong k, const slong *want, slong nw)
{
    wk_partition_t rho, mu, nu, lam, exp;
    int ok;
    wk_partition_init(rho); wk_partition_init(mu); wk_partition_init(nu);
    wk_partition_init(lam); wk_partition_init(exp);
    setp(rho, r, nr); setp(mu, m, nm); setp(nu, n, nn); setp(exp, want, nw);
    ok = wk_growth_forward(lam, rho, mu, nu, k) == WK_OK && wk_partition_equal(lam, exp);
    wk_partition_clear(rho); wk_partition_clear(mu); wk_partition_clear(nu);
    wk_partition_clear(lam); wk_partition_clear(exp);
    return ok;
}

/* all partitions inside a rows x cols box */
static slong box_partitions(wk_partition_struct **out, slong rows, slong cols)
{
    slong n = 0, alloc = 64, i;
    slong *a = flint_calloc(rows, sizeof(slong));
    *out = flint_malloc(alloc * sizeof(wk_partition_struct));
    for (;;) {
        if (n == alloc) {
            alloc *= 2;
            *out = flint_realloc(*out, alloc * sizeof(wk_partition_struct));
        }
        wk_partition_init(*out + n);
        wk_partition_set_vec(*out + n, a, rows);
        n++;
        /* next weakly decreasing vector in the box */
        for (i = rows - 1; i >= 0; i--) {
            slong cap = i > 0 ? a[i - 1] : cols;
            if (a[i] < cap) {
                slong j;
                a[i]++;
                for (j = i + 1; j < rows; j++)
                    a[j] = 0;
                break;
            }
        }
        if (i < 0)
            break;
    }
    flint_free(a);
    return n;
}

/* independent RSK: row insertion of the two-line array of A */
static void rsk_insertion(wk_tableau_t P, wk_tableau_t Q, const slong *A, slong a, slong b)
{
    slong rows[64][64], qrows[64][64], len[64], nrows = 0, i, j, c, r, k, x;
    memset(len, 0, sizeof len);
    for (i = 0; i < a; i++)
        for (j = 0; j < b; j++)
            for (c = 0; c < A[i * b + j]; c++) {
                x = j + 1;
                for (r = 0;; r++) {
                    if (r == nrows) {
                        rows[r][0] = x;
                        qrows[r][0] = i + 1;
                        len[r] = 1;
                        nrows++;
                        break;
                    }
                    /* bump the leftmost entry > x */
                    for (k = 0; k < len[r] && rows[r][k] <= x; k++)
                        ;
                    if (k == len[r]) {
                        rows[r][k] = x;
                        qrows[r][k] = i + 1;
                        len[r]++;
                        break;
                    }
                    {
                        slong y = rows[r][k];
                        rows[r][k] = x;
                        x = y;
                    }
                }
            }
    {
        wk_partition_t sh;
        slong e[4096], q[4096], n = 0;
        wk_partition_init(sh);
        wk_partition_set_vec(sh, len, nrows);
        for (r = 0; r < nrows; r++)
            for (k = 0; k < len[r]; k++) {
                e[n] = rows[r][k];
                q[n++] = qrows[r][k];
            }
        wk_tableau_set(P, sh, e);
        wk_tableau_set(Q, sh, q);
        wk_partition_clear(sh);
    }
}

static int tableau_equal(const wk_tableau_t A, const wk_tableau_t B)
{
    slong n = wk_partition_size(&A->shape);
    return wk_partition_equal(&A->shape, &B->shape)
        && (n == 0 || memcmp(A->entries, B->entries, n * sizeof(slong)) == 0);
}

int main(int argc, char **argv)
{
    flint_rand_t st;
    wk_partition_struct *P;
    slong np, i, j, k, iter;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 3);

    {
        static const slong a1[] = {1}, b1[] = {2}, c1[] = {1, 1}, d1[] = {3, 1};
        static const slong a2[] = {2, 1}, b2[] = {3, 2}, c2[] = {3, 1, 1}, d2[] = {5, 3, 1};
        static const slong a3[] = {3}, b3[] = {3, 2}, c3[] = {4, 1}, d3[] = {5, 2, 1};
        TAP_OK(forward_is(a1, 1, b1, 1, c1, 2, 1, d1, 2), "growth_forward((1),(2),(1,1),1) = (3,1)");
        TAP_OK(forward_is(a2, 2, b2, 2, c2, 3, 2, d2, 3), "growth_forward((2,1),(3,2),(3,1,1),2) = (5,3,1)");
        TAP_OK(forward_is(a3, 1, b3, 2, c3, 2, 1, d3, 3), "growth_forward((3),(3,2),(4,1),1) = (5,2,1)");
    }

    np = box_partitions(&P, 3, 5);
    {
        /* forward then backward on every (rho, mu, nu, m) in the box, m <= 3 */
        slong cases = 0, bad = 0;
        wk_partition_t lam, rho2;
        wk_partition_init(lam);
        wk_partition_init(rho2);
        for (i = 0; i < np; i++)
            for (j = 0; j < np; j++) {
                if (!wk_partition_is_horizontal_strip(P + j, P + i))
                    continue;
                for (k = 0; k < np; k++) {
                    slong m, m2;
                    if (!wk_partition_is_horizontal_strip(P + k, P + i))
                        continue;
                    for (m = 0; m <= 3; m++) {
                        cases++;
                        if (wk_growth_forward(lam, P + i, P + j, P + k, m) != WK_OK
                            || !wk_partition_is_horizontal_strip(lam, P + j)
                            || !wk_partition_is_horizontal_strip(lam, P + k)
                            || wk_partition_size(lam) + wk_partition_size(P + i)
                               != wk_partition_size(P + j) + wk_partition_size(P + k) + m
                            || wk_growth_backward(rho2, &m2, lam, P + j, P + k) != WK_OK
                            || m2 != m || !wk_partition_equal(rho2, P + i))
                            bad++;
                    }
                }
            }
        TAP_OK(bad == 0, "backward(forward(rho,mu,nu,m)) = (rho,m), strips and weight, %ld squares", (long) cases);

        /* backward then forward on every (lam, mu, nu) with strips */
        cases = bad = 0;
        for (i = 0; i < np; i++)
            for (j = 0; j < np; j++) {
                if (!wk_partition_is_horizontal_strip(P + i, P + j))
                    continue;
                for (k = 0; k < np; k++) {
                    slong m;
                    if (!wk_partition_is_horizontal_strip(P + i, P + k))
                        continue;
                    cases++;
                    if (wk_growth_backward(rho2, &m, P + i, P + j, P + k) != WK_OK || m < 0
                        || wk_partition_check_vec(rho2->parts, rho2->length) != WK_OK
                        || !wk_partition_is_horizontal_strip(P + j, rho2)
                        || !wk_partition_is_horizontal_strip(P + k, rho2)
                        || wk_growth_forward(lam, rho2, P + j, P + k, m) != WK_OK
                        || !wk_partition_equal(lam, P + i))
                        bad++;
                }
            }
        TAP_OK(bad == 0, "forward(backward(lam,mu,nu)) = lam with a valid rho and m >= 0, %ld squares",
               (long) cases);
        wk_partition_clear(lam);
        wk_partition_clear(rho2);
    }
    for (i = 0; i < np; i++)
        wk_partition_clear(P + i);
    flint_free(P);

    {
        /* RSK: growth diagram = row insertion; inverse; |shape| = sum A */
        slong bad = 0, bad_inv = 0;
        for (iter = 0; iter < 300 * tap_multiplier(); iter++) {
            slong a = 1 + n_randint(st, 6), b = 1 + n_randint(st, 6), A[36], B[36], sum = 0;
            wk_tableau_t P1, Q1, P2, Q2;
            wk_tableau_init(P1); wk_tableau_init(Q1); wk_tableau_init(P2); wk_tableau_init(Q2);
            for (i = 0; i < a * b; i++) {
                A[i] = n_randint(st, 3) == 0 ? n_randint(st, 4) : 0;
                sum += A[i];
            }
            if (wk_rsk(P1, Q1, A, a, b) != WK_OK)
                bad++;
            rsk_insertion(P2, Q2, A, a, b);
            if (!tableau_equal(P1, P2) || !tableau_equal(Q1, Q2)
                || wk_partition_size(&P1->shape) != sum
                || wk_tableau_check_ssyt(P1, b) != WK_OK || wk_tableau_check_ssyt(Q1, a) != WK_OK)
                bad++;
            if (wk_rsk_inverse(B, a, b, P1, Q1) != WK_OK || memcmp(A, B, a * b * sizeof(slong)) != 0)
                bad_inv++;
            wk_tableau_clear(P1); wk_tableau_clear(Q1); wk_tableau_clear(P2); wk_tableau_clear(Q2);
        }
        TAP_OK(bad == 0, "RSK by growth diagrams = row-insertion RSK on %ld random matrices",
               (long) (300 * tap_multiplier()));
        TAP_OK(bad_inv == 0, "inverse RSK by the backward rule recovers the matrix");
    }
    {
        /* a tableau pair that is not semistandard is refused */
        slong sh[2] = {2, 1}, e[3] = {2, 1, 3};
        wk_partition_t s;
        wk_tableau_t Pt, Qt;
        slong A[9];
        wk_partition_init(s);
        wk_partition_set_vec(s, sh, 2);
        wk_tableau_init(Pt); wk_tableau_init(Qt);
        wk_tableau_set(Pt, s, e);
        wk_tableau_set(Qt, s, e);
        TAP_OK(wk_rsk_inverse(A, 3, 3, Pt, Qt) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "tableau is not semistandard: row 1 decreases at column 2") == 0,
               "inverse RSK refuses a non-semistandard P: %s", wk_error_msg());
        wk_tableau_clear(Pt); wk_tableau_clear(Qt);
        wk_partition_clear(s);
    }
    flint_randclear(st);
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}
