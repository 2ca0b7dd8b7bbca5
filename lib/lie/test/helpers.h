/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/test/helpers.h: small helpers for the lie tests: matrices from
   integer/rational tables, checking a ball against a rounded decimal, norms
   of differences. */
#ifndef WK_LIE_TEST_HELPERS_H
#define WK_LIE_TEST_HELPERS_H
#include <ctype.h>
#include <string.h>
#include <math.h>
#include <arb_hypgeom.h>
#include "wk_lie.h"
#include "tap.h"

/* fmpq matrix from numerators/denominators (den == NULL: integers) */
static inline void th_fmpq_mat(fmpq_mat_t A, slong n, slong m, const slong * num, const slong * den)
{
    slong i, j;
    fmpq_mat_init(A, n, m);
    for (i = 0; i < n; i++)
        for (j = 0; j < m; j++)
            fmpq_set_si(fmpq_mat_entry(A, i, j), num[i * m + j], den ? den[i * m + j] : 1);
}

/* parse a matrix "a b; c d" of exact rationals / decimal strings into fmpq */
static inline void th_fmpq_mat_str(fmpq_mat_t A, slong n, slong m, const char * const * ent)
{
    slong i, j;
    fmpq_mat_init(A, n, m);
    for (i = 0; i < n; i++)
        for (j = 0; j < m; j++)
            fmpq_set_str(fmpq_mat_entry(A, i, j), ent[i * m + j], 10);
}

/* The decimal string dec is a value rounded to its number of significant
   digits.  Returns 1 if the ball x meets [dec - u/2, dec + u/2] (u = one unit
   in the last digit) and its radius is below u (the stated digits are
   determined). */
static inline int th_check_dec(const arb_t x, const char * dec)
{
    const char * p = dec;
    slong sig = 0, e10 = 0, pos = 0, first = -1, dot = -1;
    int started = 0, ok;
    arb_t d, u;
    mag_t r;
    if (*p == '-' || *p == '+') p++;
    for (; *p && *p != 'e' && *p != 'E'; p++, pos++)
    {
        if (*p == '.') { dot = pos; continue; }
        if (*p != '0') started = 1;
        if (started)
        {
            if (first < 0) first = pos;
            sig++;
        }
    }
    if (*p == 'e' || *p == 'E')
        e10 = atol(p + 1);
    if (dot < 0) dot = pos;
    if (first < 0)
        return arb_contains_zero(x);
    /* decimal exponent of the first significant digit */
    {
        slong lead = (first < dot) ? dot - first - 1 : -(first - dot);
        e10 += lead;
    }
    arb_init(d);
    arb_init(u);
    mag_init(r);
    arb_set_str(d, dec, 512);
    {
        fmpz_t ex;
        fmpz_init_set_si(ex, e10 - sig + 1);
        arb_set_ui(u, 10);
        arb_pow_fmpz(u, u, ex, 512);   /* one unit in the last digit */
        fmpz_clear(ex);
    }
    arb_get_mag(r, u);
    mag_mul_2exp_si(r, r, -1);
    arb_add_error_mag(d, r);
    arb_get_mag(r, u);
    ok = arb_overlaps(x, d) && mag_cmp(arb_radref(x), r) < 0;
    arb_clear(d);
    arb_clear(u);
    mag_clear(r);
    return ok;
}

/* ||A - B||_F upper bound, as a double */
static inline double th_diff_norm(const arb_mat_t A, const arb_mat_t B)
{
    slong i, j;
    arb_t t;
    mag_t m, s;
    double res;
    arb_init(t);
    mag_init(m);
    mag_init(s);
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
        {
            arb_sub(t, arb_mat_entry(A, i, j), arb_mat_entry(B, i, j), 2000);
            arb_get_mag(m, t);
            mag_addmul(s, m, m);
        }
    mag_sqrt(s, s);
    res = mag_get_d(s);
    arb_clear(t);
    mag_clear(m);
    mag_clear(s);
    return res;
}

/* 1 if every entry of A overlaps the corresponding entry of B */
static inline int th_overlaps(const arb_mat_t A, const arb_mat_t B)
{
    slong i, j;
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
            if (!arb_overlaps(arb_mat_entry(A, i, j), arb_mat_entry(B, i, j)))
                return 0;
    return 1;
}

/* largest radius, as log2 (-inf as -10000) */
static inline double th_log2_maxrad(const arb_mat_t A)
{
    slong i, j;
    mag_t m;
    double r;
    mag_init(m);
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
            mag_max(m, m, arb_radref(arb_mat_entry(A, i, j)));
    r = mag_is_zero(m) ? -10000.0 : mag_get_d_log2_approx(m);
    mag_clear(m);
    return r;
}

/* digits to bits with a small margin */
static inline slong th_bits(slong digits) { return (slong) (digits * 3.3219280948873623) + 8; }

#endif
