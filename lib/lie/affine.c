/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/affine.c: the affine group R^n x| G (spec section 6):
   (t1,g1)(t2,g2) = (t1 + g1 t2, g1 g2), (t,g)^-1 = (-g^-1 t, g^-1), left and
   right Haar densities, the modular function Delta(t,g) = |det g|^-1, and
   the lifting and group correlations of the authors' code (x-integral as a
   Riemann sum on a grid, h'-integral over weighted samples). */
#include "internal.h"

static wk_status check_pair(arb_srcptr t, const arb_mat_t g, slong prec)
{
    slong n = arb_mat_nrows(g), i;
    wk_status st;
    if ((st = _wk_lie_check_arb_mat(g, prec)) != WK_OK)
        return st;
    for (i = 0; i < n; i++)
        if (!arb_is_finite(t + i))
            return wk_error(WK_E_DOMAIN, "t_%ld is not finite", (long) i + 1);
    return WK_OK;
}

wk_status wk_lie_affine_mul(arb_ptr t, arb_mat_t g, arb_srcptr t1, const arb_mat_t g1,
                            arb_srcptr t2, const arb_mat_t g2, slong prec)
{
    slong n = arb_mat_nrows(g1), i;
    wk_status st;
    arb_ptr u;
    arb_mat_t h;
    if ((st = check_pair(t1, g1, prec)) != WK_OK || (st = check_pair(t2, g2, prec)) != WK_OK)
        return st;
    if (arb_mat_nrows(g2) != n || arb_mat_nrows(g) != n || arb_mat_ncols(g) != n)
        return wk_error(WK_E_DIM, "sizes differ: %ld, %ld, %ld", (long) n,
                        (long) arb_mat_nrows(g2), (long) arb_mat_nrows(g));
    u = _arb_vec_init(n);
    arb_mat_init(h, n, n);
    for (i = 0; i < n; i++)
    {
        arb_dot(u + i, t1 + i, 0, g1->rows[i], 1, t2, 1, n, prec);
    }
    arb_mat_mul(h, g1, g2, prec);
    _arb_vec_swap(t, u, n);
    arb_mat_swap(g, h);
    _arb_vec_clear(u, n);
    arb_mat_clear(h);
    return WK_OK;
}

wk_status wk_lie_affine_inv(arb_ptr t, arb_mat_t g, arb_srcptr t1, const arb_mat_t g1, slong prec)
{
    slong n = arb_mat_nrows(g1), i;
    wk_status st;
    arb_ptr u;
    arb_mat_t h;
    if ((st = check_pair(t1, g1, prec)) != WK_OK)
        return st;
    u = _arb_vec_init(n);
    arb_mat_init(h, n, n);
    if (!arb_mat_inv(h, g1, prec))
        st = wk_error(WK_E_UNDECIDED, "g is not certified invertible");
    else
    {
        for (i = 0; i < n; i++)
        {
            arb_dot(u + i, NULL, 1, h->rows[i], 1, t1, 1, n, prec);
        }
        _arb_vec_swap(t, u, n);
        arb_mat_swap(g, h);
    }
    _arb_vec_clear(u, n);
    arb_mat_clear(h);
    return st;
}

wk_status wk_lie_affine_act(arb_ptr y, arb_srcptr t, const arb_mat_t g, arb_srcptr x, slong prec)
{
    slong n = arb_mat_nrows(g), i;
    wk_status st;
    arb_ptr u;
    if ((st = check_pair(t, g, prec)) != WK_OK)
        return st;
    u = _arb_vec_init(n);
    for (i = 0; i < n; i++)
        arb_dot(u + i, t + i, 0, g->rows[i], 1, x, 1, n, prec);
    _arb_vec_swap(y, u, n);
    _arb_vec_clear(u, n);
    return WK_OK;
}

void wk_lie_affine_matrix(arb_mat_t M, arb_srcptr t, const arb_mat_t g)
{
    slong n = arb_mat_nrows(g), i, j;
    arb_mat_zero(M);
    for (i = 0; i < n; i++)
    {
        for (j = 0; j < n; j++)
            arb_set(arb_mat_entry(M, i, j), arb_mat_entry(g, i, j));
        arb_set(arb_mat_entry(M, i, n), t + i);
    }
    arb_one(arb_mat_entry(M, n, n));
}

/* log |det g| */
static wk_status log_abs_det(arb_t res, const arb_mat_t g, slong prec)
{
    arb_t d;
    wk_status st = WK_OK;
    arb_init(d);
    arb_mat_det(d, g, prec + 16);
    arb_abs(d, d);
    if (!arb_is_positive(d))
        st = wk_error(WK_E_UNDECIDED, "det g contains 0");
    else
        arb_log(res, d, prec);
    arb_clear(d);
    return st;
}

wk_status wk_lie_affine_log_modular(arb_t res, const arb_mat_t g, slong prec)
{
    wk_status st;
    if ((st = _wk_lie_check_arb_mat(g, prec)) != WK_OK)
        return st;
    if ((st = log_abs_det(res, g, prec)) == WK_OK)
        arb_neg(res, res);
    return st;
}

wk_status wk_lie_affine_haar_logdensity(arb_t res, int right, int lebesgue, const arb_mat_t g,
                                        wk_lie_group G, slong prec)
{
    slong n = arb_mat_nrows(g);
    wk_status st;
    arb_t ld;
    if ((st = _wk_lie_check_arb_mat(g, prec)) != WK_OK)
        return st;
    if (lebesgue && G == WK_LIE_SL)
        return wk_error(WK_E_DOMAIN, "the Lebesgue chart describes GL+(n) only");
    arb_init(ld);
    st = log_abs_det(ld, g, prec);
    if (st == WK_OK)
    {
        /* w.r.t. dt dmu_G: left |det g|^-1, right 1; Lebesgue dt dg adds |det g|^-n */
        if (right)
            arb_zero(res);
        else
            arb_neg(res, ld);
        if (lebesgue)
            arb_submul_si(res, ld, n, prec);
    }
    arb_clear(ld);
    return st;
}

/* iterate over the grid points x = lo + step (m + 1/2), m in {0..M-1}^n */
static int grid_next(slong * m, slong n, slong M)
{
    slong i;
    for (i = 0; i < n; i++)
    {
        if (++m[i] < M)
            return 1;
        m[i] = 0;
    }
    return 0;
}

static void grid_point(arb_ptr x, const slong * m, slong n, const wk_lie_grid_t grid, slong prec)
{
    slong i;
    for (i = 0; i < n; i++)
    {
        arb_set_si(x + i, 2 * m[i] + 1);
        arb_mul_2exp_si(x + i, x + i, -1);
        arb_mul(x + i, x + i, &grid->step, prec);
        arb_add(x + i, x + i, &grid->lo, prec);
    }
}

static wk_status check_grid(const wk_lie_grid_t grid, slong n)
{
    slong k, tot = 1;
    if (grid->m < 1 || !arb_is_finite(&grid->lo) || !arb_is_positive(&grid->step) || !arb_is_finite(&grid->step))
        return wk_error(WK_E_DOMAIN, "grid needs m >= 1 points and a finite step > 0");
    for (k = 0; k < n; k++)
        if (wk_mul_overflow_slong(tot, grid->m, &tot) || tot > WORD(100000000))
            return wk_error(WK_E_TOO_LARGE, "grid has more than 10^8 points");
    return WK_OK;
}

wk_status wk_lie_lift_correlation(arb_t res, wk_lie_fn_rn k, void * kctx, wk_lie_fn_rn f, void * fctx,
                                  arb_srcptr t, const arb_mat_t h, const wk_lie_grid_t grid, slong prec)
{
    slong n = arb_mat_nrows(h), i, cnt = 0;
    wk_status st;
    slong * m;
    arb_ptr x, y, mt;
    arb_mat_t hi;
    arb_t kv, fv, s, c;
    if ((st = check_pair(t, h, prec)) != WK_OK || (st = check_grid(grid, n)) != WK_OK)
        return st;
    m = flint_calloc(n, sizeof(slong));
    x = _arb_vec_init(n);
    y = _arb_vec_init(n);
    mt = _arb_vec_init(n);
    arb_mat_init(hi, n, n);
    arb_init(kv); arb_init(fv); arb_init(s); arb_init(c);
    if (!arb_mat_inv(hi, h, prec))
        st = wk_error(WK_E_UNDECIDED, "h is not certified invertible");
    /* (k * f)(t, h) = |det h|^-1 sum_x k(h^-1 (x - t)) f(x) step^n */
    do
    {
        if (st != WK_OK)
            break;
        if ((++cnt & 1023) == 0 && wk_interrupted())
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        grid_point(x, m, n, grid, prec);
        _arb_vec_sub(mt, x, t, n, prec);
        for (i = 0; i < n; i++)
            arb_dot(y + i, NULL, 0, hi->rows[i], 1, mt, 1, n, prec);
        if ((st = f(fv, x, n, fctx, prec)) != WK_OK)
            break;
        if (arb_is_zero(fv))
            continue;
        if ((st = k(kv, y, n, kctx, prec)) != WK_OK)
            break;
        arb_addmul(s, kv, fv, prec);
    }
    while (grid_next(m, n, grid->m));
    if (st == WK_OK)
    {
        arb_pow_ui(c, &grid->step, n, prec);
        arb_mul(s, s, c, prec);
        arb_mat_det(c, hi, prec);
        arb_abs(c, c);
        arb_mul(res, s, c, prec);
    }
    flint_free(m);
    _arb_vec_clear(x, n);
    _arb_vec_clear(y, n);
    _arb_vec_clear(mt, n);
    arb_mat_clear(hi);
    arb_clear(kv); arb_clear(fv); arb_clear(s); arb_clear(c);
    return st;
}

wk_status wk_lie_group_correlation(arb_t res, wk_lie_fn_rn_g k, void * kctx, wk_lie_fn_rn_g F, void * Fctx,
                                   arb_srcptr t, const arb_mat_t h, const arb_mat_struct * hs,
                                   arb_srcptr logw, slong nsamples, const wk_lie_grid_t grid, slong prec)
{
    slong n = arb_mat_nrows(h), i, j, cnt = 0;
    wk_status st;
    slong * m;
    arb_ptr x, y, mt;
    arb_mat_t hi, hh;
    arb_t kv, fv, s, c, tot, dd;
    if ((st = check_pair(t, h, prec)) != WK_OK || (st = check_grid(grid, n)) != WK_OK)
        return st;
    if (nsamples < 1)
        return wk_error(WK_E_DOMAIN, "need at least one sample of G");
    for (j = 0; j < nsamples; j++)
        if (arb_mat_nrows(hs + j) != n || arb_mat_ncols(hs + j) != n)
            return wk_error(WK_E_DIM, "sample %ld is not %ldx%ld", (long) j + 1, (long) n, (long) n);
    m = flint_calloc(n, sizeof(slong));
    x = _arb_vec_init(n);
    y = _arb_vec_init(n);
    mt = _arb_vec_init(n);
    arb_mat_init(hi, n, n);
    arb_mat_init(hh, n, n);
    arb_init(kv); arb_init(fv); arb_init(s); arb_init(c); arb_init(tot); arb_init(dd);
    if (!arb_mat_inv(hi, h, prec))
        st = wk_error(WK_E_UNDECIDED, "h is not certified invertible");
    /* (k * F)(t, h) = (1/N) sum_j w_j |det h_j|^-1 sum_x k(h^-1(x-t), h^-1 h_j) F(x, h_j) step^n */
    for (j = 0; j < nsamples && st == WK_OK; j++)
    {
        arb_mat_mul(hh, hi, hs + j, prec);
        arb_zero(s);
        for (i = 0; i < n; i++)
            m[i] = 0;
        do
        {
            if ((++cnt & 1023) == 0 && wk_interrupted())
            {
                st = wk_error(WK_E_INTERRUPT, "interrupted");
                break;
            }
            grid_point(x, m, n, grid, prec);
            _arb_vec_sub(mt, x, t, n, prec);
            for (i = 0; i < n; i++)
                arb_dot(y + i, NULL, 0, hi->rows[i], 1, mt, 1, n, prec);
            if ((st = F(fv, x, hs + j, n, Fctx, prec)) != WK_OK)
                break;
            if (arb_is_zero(fv))
                continue;
            if ((st = k(kv, y, hh, n, kctx, prec)) != WK_OK)
                break;
            arb_addmul(s, kv, fv, prec);
        }
        while (grid_next(m, n, grid->m));
        if (st != WK_OK)
            break;
        arb_mat_det(dd, hs + j, prec);
        arb_abs(dd, dd);
        arb_div(s, s, dd, prec);
        if (logw != NULL)
        {
            arb_exp(c, logw + j, prec);
            arb_mul(s, s, c, prec);
        }
        arb_add(tot, tot, s, prec);
    }
    if (st == WK_OK)
    {
        arb_pow_ui(c, &grid->step, n, prec);
        arb_mul(tot, tot, c, prec);
        arb_div_si(res, tot, nsamples, prec);
    }
    flint_free(m);
    _arb_vec_clear(x, n);
    _arb_vec_clear(y, n);
    _arb_vec_clear(mt, n);
    arb_mat_clear(hi);
    arb_mat_clear(hh);
    arb_clear(kv); arb_clear(fv); arb_clear(s); arb_clear(c); arb_clear(tot); arb_clear(dd);
    return st;
}
