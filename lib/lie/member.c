/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/member.c: membership in GL+(n) and SL(n), exact on exact input
   (fmpq_mat_det) and by the ball rules of spec 3.1 otherwise. */
#include <stdio.h>
#include <string.h>
#include "internal.h"

/* det as text for messages: the exact rational if short, else 20 digits,
   or 1 +- e when it is that close to 1 (so that 1 + 10^-30 does not read
   as 1.0000000000000000000) */
static char * det_str_fmpq(const fmpq_t d)
{
    char * s = fmpq_get_str(NULL, 10, d);
    if (strlen(s) > 40)
    {
        arb_t t;
        fmpq_t e;
        flint_free(s);
        arb_init(t);
        fmpq_init(e);
        fmpq_sub_si(e, d, 1);
        arb_set_fmpq(t, e, 128);
        if (!fmpq_is_zero(e) && arf_cmpabs_2exp_si(arb_midref(t), -30) < 0)
        {
            char * u;
            size_t len;
            arb_abs(t, t);
            u = arb_get_str(t, 15, ARB_STR_NO_RADIUS);
            len = strlen(u) + 8;
            s = flint_malloc(len);
            snprintf(s, len, "1 %c %s", fmpq_sgn(e) > 0 ? '+' : '-', u);
            flint_free(u);
        }
        else
        {
            arb_set_fmpq(t, d, 128);
            s = arb_get_str(t, 20, ARB_STR_NO_RADIUS);
        }
        arb_clear(t);
        fmpq_clear(e);
    }
    return s;
}

/* Ball determinant at increasing precision until it decides `pred` or the
   radius stops shrinking.  pred: 0 = sign, 1 = equality with one. */
static void det_ball(arb_t d, const arb_mat_t A, int pred, slong prec)
{
    slong n = arb_mat_nrows(A), p = FLINT_MAX(prec, 64), cap = _wk_lie_prec_cap(prec);
    arb_mat_t B;
    mag_t last;
    mag_init(last);
    mag_inf(last);
    arb_mat_init(B, n, n);
    for (;;)
    {
        _wk_lie_mat_set_round(B, A, p);
        arb_mat_det(d, B, p);
        if (pred == 0 && (arb_is_positive(d) || arb_is_nonpositive(d)))
            break;
        if (pred == 1 && (!arb_contains_si(d, 1) || (arb_is_exact(d) && arb_is_one(d))))
            break;
        /* stop when more precision no longer helps (input radii dominate) */
        if (mag_cmp(arb_radref(d), last) >= 0 && !mag_is_inf(last))
        {
            mag_t h;
            mag_init(h);
            mag_mul_2exp_si(h, last, -2);
            if (mag_cmp(arb_radref(d), h) > 0)
            {
                mag_clear(h);
                break;
            }
            mag_clear(h);
        }
        if (2 * p > cap || wk_interrupted())
            break;
        mag_set(last, arb_radref(d));
        p *= 2;
    }
    arb_mat_clear(B);
    mag_clear(last);
}

wk_status wk_lie_in_group(int * res, const wk_lie_src_t A, wk_lie_group G, slong prec)
{
    wk_status st;
    slong n;
    *res = 0;
    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(A);
    if (A->q)
    {
        fmpq_t d;
        fmpq_init(d);
        fmpq_mat_det(d, A->q);
        *res = (G == WK_LIE_SL) ? fmpq_is_one(d) : (fmpq_sgn(d) > 0);
        fmpq_clear(d);
        return WK_OK;
    }
    else
    {
        arb_t d;
        char * s;
        arb_init(d);
        det_ball(d, A->b, G == WK_LIE_SL, prec);
        if (G == WK_LIE_GLPLUS)
        {
            if (arb_is_positive(d)) *res = 1;
            else if (arb_is_nonpositive(d)) *res = 0;
            else
            {
                s = arb_get_str(d, 15, 0);
                st = wk_error(WK_E_UNDECIDED, "det = %s contains 0: membership in GL+(%ld) undecided",
                              s, (long) n);
                flint_free(s);
            }
        }
        else
        {
            if (!arb_contains_si(d, 1)) *res = 0;
            else if (arb_is_exact(d) && arb_is_one(d)) *res = 1;
            else
            {
                s = arb_get_str(d, 15, 0);
                st = wk_error(WK_E_UNDECIDED, "det = %s contains 1: membership in SL(%ld) undecided",
                              s, (long) n);
                flint_free(s);
            }
        }
        arb_clear(d);
        return st;
    }
}

wk_status _wk_lie_require_group(const wk_lie_src_t A, wk_lie_group G, slong prec)
{
    slong n = wk_lie_src_nrows(A);
    wk_status st = WK_OK;
    char * s;
    if (A->q)
    {
        fmpq_t d;
        fmpq_init(d);
        fmpq_mat_det(d, A->q);
        if (G == WK_LIE_GLPLUS && fmpq_sgn(d) <= 0)
        {
            s = det_str_fmpq(d);
            st = wk_error(WK_E_DOMAIN, "det = %s <= 0: not in GL+(%ld)", s, (long) n);
            flint_free(s);
        }
        else if (G == WK_LIE_SL && !fmpq_is_one(d))
        {
            s = det_str_fmpq(d);
            st = wk_error(WK_E_DOMAIN, "det = %s != 1: not in SL(%ld)", s, (long) n);
            flint_free(s);
        }
        fmpq_clear(d);
        return st;
    }
    else
    {
        arb_t d;
        arb_init(d);
        det_ball(d, A->b, G == WK_LIE_SL, prec);
        if (G == WK_LIE_GLPLUS && !arb_is_positive(d))
        {
            s = arb_get_str(d, 15, 0);
            if (arb_is_nonpositive(d))
                st = wk_error(WK_E_DOMAIN, "det = %s <= 0: not in GL+(%ld)", s, (long) n);
            else
                st = wk_error(WK_E_UNDECIDED, "det = %s contains 0: membership in GL+(%ld) undecided",
                              s, (long) n);
            flint_free(s);
        }
        else if (G == WK_LIE_SL && !arb_contains_si(d, 1))
        {
            s = arb_get_str(d, 15, 0);
            st = wk_error(WK_E_DOMAIN, "det = %s != 1: not in SL(%ld)", s, (long) n);
            flint_free(s);
        }
        else if (G == WK_LIE_SL && !arb_is_positive(d))
        {
            s = arb_get_str(d, 15, 0);
            st = wk_error(WK_E_UNDECIDED, "det = %s contains 1 and 0: membership in SL(%ld) undecided",
                          s, (long) n);
            flint_free(s);
        }
        arb_clear(d);
        return st;
    }
}
