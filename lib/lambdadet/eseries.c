/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Truncated Laurent series in eps with tracked (relative) precision: the exact
   perturbed fallback of spec 4.1(3), condensing M + eps R when an intermediate
   lambda-minor of M is zero. */
#include "internal.h"

static slong sat_add(slong a, slong b)
{
    slong s = a + b;
    return s > _WK_ES_INF ? _WK_ES_INF : s;
}

void _wk_es_init(_wk_es_t x) { fmpq_poly_init(x->u); x->v = _WK_ES_INF; x->rp = 0; }
void _wk_es_clear(_wk_es_t x) { fmpq_poly_clear(x->u); }

void _wk_es_one(_wk_es_t x, slong N)
{
    fmpq_poly_one(x->u); x->v = 0; x->rp = N;
}

void _wk_es_set_lin(_wk_es_t x, const fmpq_t m, const fmpq_t r, slong N)
{
    fmpq_poly_zero(x->u);
    if (!fmpq_is_zero(m)) {
        fmpq_poly_set_coeff_fmpq(x->u, 0, m);
        if (N > 1) fmpq_poly_set_coeff_fmpq(x->u, 1, r);
        x->v = 0; x->rp = N;
    } else if (!fmpq_is_zero(r)) {
        fmpq_poly_set_coeff_fmpq(x->u, 0, r);
        x->v = 1; x->rp = N;
    } else {
        x->v = _WK_ES_INF; x->rp = 0;
    }
}

void _wk_es_mul(_wk_es_t z, const _wk_es_t x, const _wk_es_t y)
{
    if (fmpq_poly_is_zero(x->u) || fmpq_poly_is_zero(y->u)) {
        z->v = sat_add(x->v, y->v);
        fmpq_poly_zero(z->u); z->rp = 0;
        return;
    }
    z->rp = FLINT_MIN(x->rp, y->rp);
    z->v = x->v + y->v;
    fmpq_poly_mullow(z->u, x->u, y->u, z->rp);
}

void _wk_es_scalar_mul(_wk_es_t z, const _wk_es_t x, const fmpq_t c)
{
    if (fmpq_is_zero(c)) { fmpq_poly_zero(z->u); z->v = _WK_ES_INF; z->rp = 0; return; }
    fmpq_poly_scalar_mul_fmpq(z->u, x->u, c);
    z->v = x->v; z->rp = x->rp;
}

/* absolute precision */
static slong es_abs(const _wk_es_t x)
{
    return fmpq_poly_is_zero(x->u) ? x->v : sat_add(x->v, x->rp);
}

void _wk_es_add(_wk_es_t z, const _wk_es_t x, const _wk_es_t y)
{
    slong a = FLINT_MIN(es_abs(x), es_abs(y)), v, w;
    fmpq_poly_t s, t;
    int xz = fmpq_poly_is_zero(x->u), yz = fmpq_poly_is_zero(y->u);
    if (xz && yz) { fmpq_poly_zero(z->u); z->v = a; z->rp = 0; return; }
    v = xz ? y->v : (yz ? x->v : FLINT_MIN(x->v, y->v));
    if (a <= v) { fmpq_poly_zero(z->u); z->v = a; z->rp = 0; return; }
    fmpq_poly_init(s); fmpq_poly_init(t);
    if (!xz) fmpq_poly_shift_left(s, x->u, x->v - v);
    if (!yz) { fmpq_poly_shift_left(t, y->u, y->v - v); fmpq_poly_add(s, s, t); }
    fmpq_poly_truncate(s, a - v);
    if (fmpq_poly_is_zero(s)) {
        fmpq_poly_zero(z->u); z->v = a; z->rp = 0;
    } else {
        for (w = 0; fmpz_is_zero(fmpq_poly_numref(s) + w); w++) ;
        fmpq_poly_shift_right(z->u, s, w);
        z->v = v + w;
        z->rp = a - z->v;
    }
    fmpq_poly_clear(s); fmpq_poly_clear(t);
}

int _wk_es_div(_wk_es_t z, const _wk_es_t x, const _wk_es_t y)
{
    if (fmpq_poly_is_zero(y->u)) return 0;
    if (fmpq_poly_is_zero(x->u)) {
        z->v = x->v >= _WK_ES_INF ? _WK_ES_INF : x->v - y->v;
        fmpq_poly_zero(z->u); z->rp = 0;
        return 1;
    }
    {
        slong rp = FLINT_MIN(x->rp, y->rp), v = x->v - y->v;
        fmpq_poly_t q;
        fmpq_poly_init(q);
        fmpq_poly_div_series(q, x->u, y->u, rp);
        fmpq_poly_swap(z->u, q);
        z->v = v; z->rp = rp;
        fmpq_poly_clear(q);
    }
    return 1;
}

int _wk_es_value(fmpq_t res, const _wk_es_t x)
{
    if (fmpq_poly_is_zero(x->u)) {
        if (x->v >= 1) { fmpq_zero(res); return 1; }
        return 0;
    }
    if (x->v < 0) return -1;
    if (x->v > 0) fmpq_zero(res);
    else fmpq_poly_get_coeff_fmpq(res, x->u, 0);
    return 1;
}
