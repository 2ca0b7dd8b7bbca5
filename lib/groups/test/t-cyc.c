/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of cyclotomic numbers: the normal form against GAP's Zumbroich bases
   and printed forms (facts taken from GAP 4.12), ring identities, numerical
   values in Arb balls, Galois action, conductors, quadratic forms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
#include "tap.h"

static int str_is(char * got, const char * want)
{
    int ok = strcmp(got, want) == 0;
    if (!ok) tap_diag("got '%s', want '%s'", got, want);
    flint_free(got);
    return ok;
}

/* x = sum coef_i E(n_i)^e_i */
static void mk(wk_cyc_t x, slong nterms, const slong * n, const slong * e, const slong * num, const slong * den)
{
    wk_cyc_t t;
    fmpq_t q;
    slong i;
    wk_cyc_init(t);
    fmpq_init(q);
    wk_cyc_zero(x);
    for (i = 0; i < nterms; i++) {
        wk_cyc_set_root(t, n[i], e[i]);
        fmpq_set_si(q, num[i], den[i]);
        wk_cyc_mul_fmpq(t, t, q);
        wk_cyc_add(x, x, t);
    }
    wk_cyc_clear(t);
    fmpq_clear(q);
}

static void rand_cyc(wk_cyc_t x, flint_rand_t st)
{
    static const slong ns[] = { 1, 3, 4, 5, 7, 8, 9, 12, 15, 16, 20, 21, 24, 28, 36, 40 };
    slong n = ns[n_randint(st, 16)], terms = 1 + n_randint(st, 4), i;
    slong nn[4], e[4], num[4], den[4];
    for (i = 0; i < terms; i++) {
        nn[i] = n;
        e[i] = n_randint(st, n);
        num[i] = (slong) n_randint(st, 11) - 5;
        den[i] = 1 + n_randint(st, 3);
    }
    mk(x, terms, nn, e, num, den);
}

int main(int argc, char ** argv)
{
    flint_rand_t st;
    wk_cyc_t a, b, c, d, e;
    slong i, iter;
    int ok;
    acb_t za, zb, zc;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 5);
    wk_cyc_init(a); wk_cyc_init(b); wk_cyc_init(c); wk_cyc_init(d); wk_cyc_init(e);
    acb_init(za); acb_init(zb); acb_init(zc);

    /* Zumbroich bases: ZumbroichBase(n, 1) in GAP 4.12 */
    {
        static const slong zn[] = { 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 18, 20, 21, 24, 25, 27, 36, 45 };
        static const slong zb[][26] = {
            {1,2,-1}, {0,1,-1}, {1,2,3,4,-1}, {2,4,-1}, {1,2,3,4,5,6,-1}, {0,1,2,3,-1}, {2,3,4,5,6,7,-1},
            {2,4,6,8,-1}, {4,7,8,11,-1}, {1,2,4,7,8,11,13,14,-1}, {0,1,2,3,4,5,6,7,-1}, {4,6,8,10,12,14,-1},
            {1,4,8,9,12,13,16,17,-1}, {1,2,4,5,8,10,11,13,16,17,19,20,-1}, {1,8,11,14,16,17,19,22,-1},
            {3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,-1},
            {5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,-1},
            {1,8,12,16,17,20,21,24,25,28,29,33,-1},
            {1,2,3,6,7,8,11,12,16,17,19,21,24,26,28,29,33,34,37,38,39,42,43,44,-1} };
        ok = 1;
        for (i = 0; i < (slong) (sizeof zn / sizeof zn[0]); i++) {
            slong n = zn[i], m = (n % 4 == 2) ? n / 2 : n, t, cnt = 0;
            wk_cyc_zero(a);
            for (t = 0; zb[i][t] >= 0; t++) {
                wk_cyc_set_root(b, n, zb[i][t]);
                wk_cyc_mul_si(b, b, zb[i][t] + 1);
                wk_cyc_add(a, a, b);
            }
            /* already in normal form: coefficients e+1 exactly at the basis */
            if (a->n != m) ok = 0;
            else {
                for (t = 0; zb[i][t] >= 0; t++) {
                    slong ex = (n == m) ? zb[i][t] : zb[i][t] / 2;
                    if (!fmpz_equal_si(a->c + ex, zb[i][t] + 1)) ok = 0;
                    cnt++;
                }
                for (t = 0; t < m; t++) if (!fmpz_is_zero(a->c + t)) cnt--;
                if (cnt != 0) ok = 0;
            }
            if (!ok) { printf("# basis of Q(E(%ld)) differs from GAP's\n", (long) n); break; }
        }
        TAP_OK(ok, "normal form uses GAP's Zumbroich bases (19 fields)");
    }

    /* printed forms as GAP prints them */
    {
        slong n1[2] = { 4, 1 }, e1[2] = { 0, 0 }, p1[2] = { 1, 1 }, q1[2] = { 1, 1 };
        mk(a, 2, (slong[]) { 1, 4 }, (slong[]) { 0, 1 }, (slong[]) { 1, 1 }, (slong[]) { 1, 1 });
        TAP_OK(str_is(wk_cyc_get_str(a), "1+E(4)"), "1+E(4)");
        mk(a, 2, (slong[]) { 4, 1 }, (slong[]) { 1, 0 }, (slong[]) { 2, -1 }, (slong[]) { 1, 2 });
        TAP_OK(str_is(wk_cyc_get_str(a), "-1/2+2*E(4)"), "2*E(4)-1/2 prints as -1/2+2*E(4)");
        mk(a, 2, (slong[]) { 9, 9 }, (slong[]) { 1, 8 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-E(9)^2-E(9)^4-E(9)^5-E(9)^7"), "E(9)+E(9)^8");
        mk(a, 1, (slong[]) { 12 }, (slong[]) { 5 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-E(12)^11"), "E(12)^5 = -E(12)^11");
        mk(a, 1, (slong[]) { 12 }, (slong[]) { 1 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-E(12)^7"), "E(12) = -E(12)^7");
        mk(a, 1, (slong[]) { 7 }, (slong[]) { 3 }, (slong[]) { 3 }, (slong[]) { 2 });
        TAP_OK(str_is(wk_cyc_get_str(a), "3/2*E(7)^3"), "3/2*E(7)^3");
        mk(a, 1, (slong[]) { 20 }, (slong[]) { 3 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-E(20)^13"), "E(20)^3 = -E(20)^13");
        mk(a, 1, (slong[]) { 5 }, (slong[]) { 0 }, (slong[]) { -1 }, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-1"), "-E(5)^0 = -1");
        mk(a, 1, (slong[]) { 45 }, (slong[]) { 7 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "E(45)^7"), "E(45)^7");
        mk(a, 2, (slong[]) { 88, 11 }, (slong[]) { 5, 1 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "E(88)^8-E(88)^49"), "E(88)^5+E(11) = E(88)^8-E(88)^49");
        /* ER(5) = sum (k/5) E(5)^k */
        mk(a, 4, (slong[]) { 5, 5, 5, 5 }, (slong[]) { 1, 2, 3, 4 }, (slong[]) { 1, -1, -1, 1 }, (slong[]) { 1, 1, 1, 1 });
        TAP_OK(str_is(wk_cyc_get_str(a), "E(5)-E(5)^2-E(5)^3+E(5)^4"), "Sqrt(5) = E(5)-E(5)^2-E(5)^3+E(5)^4");
        mk(a, 1, (slong[]) { 16 }, (slong[]) { 9 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-E(16)"), "E(16)^9 = -E(16)");
        mk(a, 2, (slong[]) { 3, 3 }, (slong[]) { 2, 1 }, (slong[]) { 1, -1 }, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-E(3)+E(3)^2"), "E(3)^2-E(3)");
        mk(a, 1, (slong[]) { 15 }, (slong[]) { 5 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "E(3)") && a->n == 3, "E(15)^5 = E(3), conductor 3");
        mk(a, 1, (slong[]) { 24 }, (slong[]) { 3 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "E(8)"), "E(24)^3 = E(8)");
        mk(a, 2, (slong[]) { 5, 1 }, (slong[]) { 1, 0 }, (slong[]) { 1, 3 }, (slong[]) { 2, 1 });
        TAP_OK(str_is(wk_cyc_get_str(a), "-5/2*E(5)-3*E(5)^2-3*E(5)^3-3*E(5)^4"), "1/2*E(5)+3");
        mk(a, 2, (slong[]) { 1, 7 }, (slong[]) { 0, 1 }, (slong[]) { 1, 1 }, (slong[]) { 3, 3 });
        TAP_OK(str_is(wk_cyc_get_str(a), "-1/3*E(7)^2-1/3*E(7)^3-1/3*E(7)^4-1/3*E(7)^5-1/3*E(7)^6"), "(1+E(7))/3");
        mk(a, 1, (slong[]) { 6 }, (slong[]) { 1 }, p1, q1);
        TAP_OK(str_is(wk_cyc_get_str(a), "-E(3)^2") && wk_cyc_conductor(a) == 3, "E(6) = -E(3)^2");
        (void) n1; (void) e1;
    }

    /* quadratic irrationalities as GAP names them */
    mk(a, 2, (slong[]) { 5, 5 }, (slong[]) { 1, 4 }, (slong[]) { -1, -1 }, (slong[]) { 1, 1 });
    TAP_OK(str_is(wk_cyc_get_str_quadratic(a), "(1-Sqrt(5))/2"), "-E(5)-E(5)^4 = (1-Sqrt(5))/2");
    mk(a, 2, (slong[]) { 8, 8 }, (slong[]) { 1, 3 }, (slong[]) { 1, 1 }, (slong[]) { 1, 1 });
    TAP_OK(str_is(wk_cyc_get_str_quadratic(a), "Sqrt(-2)"), "E(8)+E(8)^3 = Sqrt(-2)");
    mk(a, 5, (slong[]) { 11, 11, 11, 11, 11 }, (slong[]) { 1, 3, 4, 5, 9 }, (slong[]) { 1, 1, 1, 1, 1 },
       (slong[]) { 1, 1, 1, 1, 1 });
    TAP_OK(str_is(wk_cyc_get_str_quadratic(a), "(-1+Sqrt(-11))/2"), "b11 = (-1+Sqrt(-11))/2");
    mk(a, 1, (slong[]) { 7 }, (slong[]) { 1 }, (slong[]) { 1 }, (slong[]) { 1 });
    TAP_OK(wk_cyc_get_str_quadratic(a) == NULL, "E(7) is not quadratic");
    mk(a, 1, (slong[]) { 5 }, (slong[]) { 2 }, (slong[]) { 1 }, (slong[]) { 1 });
    TAP_OK(str_is(wk_cyc_get_str_latex(a), "\\zeta_{5}^{2}"), "LaTeX form");

    /* ring identities and numerical values */
    ok = 1;
    for (iter = 0; iter < 300 * tap_multiplier(); iter++) {
        slong k;
        rand_cyc(a, st); rand_cyc(b, st); rand_cyc(c, st);
        wk_cyc_add(d, a, b); wk_cyc_sub(d, d, b);
        if (!wk_cyc_equal(d, a)) ok = 0;
        wk_cyc_add(d, b, c); wk_cyc_mul(d, a, d);
        wk_cyc_mul(e, a, b); wk_cyc_mul(c, a, c); wk_cyc_add(e, e, c);
        if (!wk_cyc_equal(d, e)) ok = 0;
        /* numerics of a*b and a+b */
        wk_cyc_mul(d, a, b);
        wk_cyc_get_acb(za, a, 128); wk_cyc_get_acb(zb, b, 128); wk_cyc_get_acb(zc, d, 128);
        acb_mul(za, za, zb, 128);
        if (!acb_overlaps(za, zc)) ok = 0;
        /* conj and Galois are automorphisms */
        wk_cyc_conj(d, a);
        wk_cyc_get_acb(za, a, 128); wk_cyc_get_acb(zc, d, 128);
        acb_conj(za, za);
        if (!acb_overlaps(za, zc)) ok = 0;
        k = 1 + 2 * n_randint(st, 30);
        while (n_gcd(k, 5040 * 11 * 13) != 1) k += 2;
        wk_cyc_mul(d, a, b);
        wk_cyc_galois(d, d, k);
        wk_cyc_galois(e, a, k); wk_cyc_galois(c, b, k); wk_cyc_mul(e, e, c);
        if (!wk_cyc_equal(d, e)) ok = 0;
        /* inverse */
        if (!wk_cyc_is_zero(a) && a->n <= 24) {
            wk_cyc_inv(d, a);
            wk_cyc_mul(d, d, a);
            if (!wk_cyc_is_one(d)) ok = 0;
        }
        /* cmp agrees with the numerical real parts when they differ */
        {
            int cmpv = wk_cyc_cmp(a, b);
            wk_cyc_get_acb(za, a, 128); wk_cyc_get_acb(zb, b, 128);
            if (arb_lt(acb_realref(za), acb_realref(zb)) && cmpv != -1) ok = 0;
            if (arb_gt(acb_realref(za), acb_realref(zb)) && cmpv != 1) ok = 0;
            if (wk_cyc_cmp(b, a) != -cmpv) ok = 0;
        }
        if (!ok) { printf("# identity failed at iteration %ld\n", (long) iter); break; }
    }
    TAP_OK(ok, "ring identities, conj and Galois automorphisms, inverses, numerics, order");

    /* conductors of roots of unity */
    ok = 1;
    for (i = 1; i <= 60; i++) {
        slong ex;
        for (ex = 0; ex < i; ex++) {
            slong c0 = i / n_gcd(i, ex);
            if (c0 % 4 == 2) c0 /= 2;
            wk_cyc_set_root(a, i, ex);
            if (wk_cyc_conductor(a) != c0) ok = 0;
            wk_cyc_get_acb(za, a, 64);
            acb_abs(acb_realref(zb), za, 64);
            if (!arb_contains_si(acb_realref(zb), 1)) ok = 0;
        }
    }
    TAP_OK(ok, "E(n)^e has conductor n/gcd(n,e) (halved if 2 mod 4) and absolute value 1");

    /* predicates and errors */
    mk(a, 1, (slong[]) { 5 }, (slong[]) { 1 }, (slong[]) { 1 }, (slong[]) { 3 });
    TAP_OK(!wk_cyc_is_integral(a) && !wk_cyc_is_rational(a), "E(5)/3 is neither integral nor rational");
    TAP_OK(wk_cyc_galois(b, a, 5) == WK_E_DOMAIN, "Galois exponent not coprime: %s", wk_error_msg());
    TAP_OK(wk_cyc_set_root(b, 0, 1) == WK_E_DOMAIN, "E(0): %s", wk_error_msg());
    TAP_OK(wk_cyc_set_root(b, WK_CYC_MAX_N + 1, 1) == WK_E_TOO_LARGE, "E(huge): %s", wk_error_msg());
    wk_cyc_zero(b);
    TAP_OK(wk_cyc_inv(c, b) == WK_E_DOMAIN, "1/0: %s", wk_error_msg());
    {
        fmpq_t q;
        fmpq_init(q);
        mk(a, 2, (slong[]) { 3, 3 }, (slong[]) { 1, 2 }, (slong[]) { 1, 1 }, (slong[]) { 2, 2 });
        TAP_OK(wk_cyc_get_fmpq(q, a) && fmpz_equal_si(fmpq_numref(q), -1) && fmpz_equal_si(fmpq_denref(q), 2),
               "(E(3)+E(3)^2)/2 = -1/2 is rational");
        fmpq_clear(q);
    }

    acb_clear(za); acb_clear(zb); acb_clear(zc);
    wk_cyc_clear(a); wk_cyc_clear(b); wk_cyc_clear(c); wk_cyc_clear(d); wk_cyc_clear(e);
    flint_randclear(st);
    return tap_done();
}
