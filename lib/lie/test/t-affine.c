/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the affine group R^n x| G (spec section 6): group law against
   the (n+1) x (n+1) matrix form, inverse, action; the modular function
   (mu_L(E x) = Delta(x) mu_L(E)) and left/right invariance of the Haar
   densities through finite-difference Jacobians of translations; the
   lifting correlation against a closed-form Gaussian integral and its
   equivariance; equivariance of the group correlation on moved samples. */
#include "helpers.h"

#define P 256

static void rand_pair(arb_ptr t, arb_mat_t g, flint_rand_t st, slong n)
{
    slong i, j;
    arb_t d;
    arb_init(d);
    do
    {
        for (i = 0; i < n; i++)
        {
            arb_set_si(t + i, (slong) n_randint(st, 11) - 5);
            arb_div_ui(t + i, t + i, 3, P);
            for (j = 0; j < n; j++)
            {
                arb_set_si(arb_mat_entry(g, i, j), (slong) n_randint(st, 11) - 5 + (i == j ? 6 : 0));
                arb_div_ui(arb_mat_entry(g, i, j), arb_mat_entry(g, i, j), 4, P);
            }
        }
        arb_mat_det(d, g, P);
    } while (!arb_is_positive(d));
    arb_clear(d);
}

/* Gaussians: k(y) = exp(-|y|^2/2), f(x) = exp(-|x - c|^2/2), c = (1/2, -1/3) */
static wk_status kgauss(arb_t res, arb_srcptr y, slong n, void * ctx, slong prec)
{
    slong i;
    arb_zero(res);
    for (i = 0; i < n; i++)
        arb_addmul(res, y + i, y + i, prec);
    arb_mul_2exp_si(res, res, -1);
    arb_neg(res, res);
    arb_exp(res, res, prec);
    return WK_OK;
}

static arb_ptr g_c;
static arb_mat_struct * g_u = NULL;   /* the translate L_u f, or NULL */
static arb_ptr g_tu;

static wk_status fgauss(arb_t res, arb_srcptr x, slong n, void * ctx, slong prec)
{
    slong i;
    arb_ptr z = _arb_vec_init(n);
    if (g_u != NULL)
    {
        /* (L_u f)(x) = f(u^-1 x) = f(g_u^-1 (x - t_u)) */
        arb_ptr ti = _arb_vec_init(n);
        arb_mat_t gi;
        arb_mat_init(gi, n, n);
        wk_lie_affine_inv(ti, gi, g_tu, g_u, prec);
        wk_lie_affine_act(z, ti, gi, x, prec);
        _arb_vec_clear(ti, n);
        arb_mat_clear(gi);
    }
    else
        _arb_vec_set(z, x, n);
    arb_zero(res);
    for (i = 0; i < n; i++)
    {
        arb_sub(z + i, z + i, g_c + i, prec);
        arb_addmul(res, z + i, z + i, prec);
    }
    arb_mul_2exp_si(res, res, -1);
    arb_neg(res, res);
    arb_exp(res, res, prec);
    _arb_vec_clear(z, n);
    return WK_OK;
}

/* group correlation kernels: k(y, g) = kgauss(y) exp(-|g - I|^2), F(x, g) = f(x) exp(-|g|^2/4) */
static wk_status kgroup(arb_t res, arb_srcptr y, const arb_mat_t g, slong n, void * ctx, slong prec)
{
    slong i, j;
    arb_t s, t;
    arb_init(s);
    arb_init(t);
    kgauss(res, y, n, ctx, prec);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            arb_sub_ui(t, arb_mat_entry(g, i, j), i == j, prec);
            arb_addmul(s, t, t, prec);
        }
    arb_neg(s, s);
    arb_exp(s, s, prec);
    arb_mul(res, res, s, prec);
    arb_clear(s);
    arb_clear(t);
    return WK_OK;
}

static wk_status Fgroup(arb_t res, arb_srcptr x, const arb_mat_t g, slong n, void * ctx, slong prec)
{
    slong i;
    arb_t s;
    arb_mat_t gg;
    arb_ptr tt;
    arb_init(s);
    arb_mat_init(gg, n, n);
    tt = _arb_vec_init(n);
    if (g_u != NULL)
    {
        /* (L_u F)(x, g) = F(u^-1 (x, g)) = F(g_u^-1 (x - t_u), g_u^-1 g) */
        arb_ptr ti = _arb_vec_init(n), z = _arb_vec_init(n);
        arb_mat_t gi;
        arb_mat_init(gi, n, n);
        wk_lie_affine_inv(ti, gi, g_tu, g_u, prec);
        wk_lie_affine_act(z, ti, gi, x, prec);
        arb_mat_mul(gg, gi, g, prec);
        {
            arb_mat_struct * save = g_u;
            g_u = NULL;
            fgauss(res, z, n, ctx, prec);
            g_u = save;
        }
        _arb_vec_clear(ti, n);
        _arb_vec_clear(z, n);
        arb_mat_clear(gi);
    }
    else
    {
        arb_mat_set(gg, g);
        fgauss(res, x, n, ctx, prec);
    }
    for (i = 0; i < n * n; i++)
        arb_addmul(s, gg->entries + i, gg->entries + i, prec);
    arb_mul_2exp_si(s, s, -2);
    arb_neg(s, s);
    arb_exp(s, s, prec);
    arb_mul(res, res, s, prec);
    arb_clear(s);
    arb_mat_clear(gg);
    _arb_vec_clear(tt, n);
    return WK_OK;
}

int main(int argc, char ** argv)
{
    slong n, i, j;
    flint_rand_t st;
    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 31);

    /* group law */
    {
        int ok_assoc = 1, ok_inv = 1, ok_act = 1, ok_mat = 1;
        for (n = 1; n <= 3; n++)
        {
            arb_ptr t1 = _arb_vec_init(n), t2 = _arb_vec_init(n), t3 = _arb_vec_init(n);
            arb_ptr a = _arb_vec_init(n), b = _arb_vec_init(n), x = _arb_vec_init(n), y = _arb_vec_init(n);
            arb_mat_t g1, g2, g3, ga, gb, M1, M2, M12;
            arb_mat_init(g1, n, n); arb_mat_init(g2, n, n); arb_mat_init(g3, n, n);
            arb_mat_init(ga, n, n); arb_mat_init(gb, n, n);
            arb_mat_init(M1, n + 1, n + 1); arb_mat_init(M2, n + 1, n + 1); arb_mat_init(M12, n + 1, n + 1);
            rand_pair(t1, g1, st, n);
            rand_pair(t2, g2, st, n);
            rand_pair(t3, g3, st, n);
            /* (x1 x2) x3 = x1 (x2 x3) */
            wk_lie_affine_mul(a, ga, t1, g1, t2, g2, P);
            wk_lie_affine_mul(a, ga, a, ga, t3, g3, P);
            wk_lie_affine_mul(b, gb, t2, g2, t3, g3, P);
            wk_lie_affine_mul(b, gb, t1, g1, b, gb, P);
            for (i = 0; i < n; i++)
                ok_assoc = ok_assoc && arb_overlaps(a + i, b + i);
            ok_assoc = ok_assoc && th_overlaps(ga, gb);
            /* x x^-1 = e */
            wk_lie_affine_inv(a, ga, t1, g1, P);
            wk_lie_affine_mul(b, gb, t1, g1, a, ga, P);
            for (i = 0; i < n; i++)
                ok_inv = ok_inv && arb_contains_zero(b + i);
            arb_mat_one(ga);
            ok_inv = ok_inv && th_overlaps(ga, gb);
            /* (x1 x2) . v = x1 . (x2 . v) */
            for (i = 0; i < n; i++)
                arb_set_si(x + i, i + 1);
            wk_lie_affine_mul(a, ga, t1, g1, t2, g2, P);
            wk_lie_affine_act(y, a, ga, x, P);
            wk_lie_affine_act(b, t2, g2, x, P);
            wk_lie_affine_act(b, t1, g1, b, P);
            for (i = 0; i < n; i++)
                ok_act = ok_act && arb_overlaps(y + i, b + i);
            /* matrix form is a homomorphism */
            wk_lie_affine_matrix(M1, t1, g1);
            wk_lie_affine_matrix(M2, t2, g2);
            arb_mat_mul(M1, M1, M2, P);
            wk_lie_affine_matrix(M12, a, ga);
            ok_mat = ok_mat && th_overlaps(M1, M12);
            _arb_vec_clear(t1, n); _arb_vec_clear(t2, n); _arb_vec_clear(t3, n);
            _arb_vec_clear(a, n); _arb_vec_clear(b, n); _arb_vec_clear(x, n); _arb_vec_clear(y, n);
            arb_mat_clear(g1); arb_mat_clear(g2); arb_mat_clear(g3); arb_mat_clear(ga); arb_mat_clear(gb);
            arb_mat_clear(M1); arb_mat_clear(M2); arb_mat_clear(M12);
        }
        TAP_OK(ok_assoc, "affine product is associative");
        TAP_OK(ok_inv, "x x^-1 = e");
        TAP_OK(ok_act, "(x1 x2) v = x1 (x2 v)");
        TAP_OK(ok_mat, "[[g, t], [0, 1]] is a homomorphism");
    }
    /* Haar densities and the modular function through translation Jacobians.
       In coordinates (t, g) (n + n^2), a translation is linear: its Jacobian
       matrix is built column by column from images of unit vectors. */
    for (n = 1; n <= 3; n++)
    {
        slong m = n + n * n, c;
        arb_ptr ty = _arb_vec_init(n), tx = _arb_vec_init(n), tz = _arb_vec_init(n), e = _arb_vec_init(n), z0 = _arb_vec_init(n);
        arb_mat_t gy, gx, gz, ge, Jr, Jl, Z;
        arb_t dr, dl, ly, lyx, lxy, dm, t;
        int okL = 1, okR = 1, okM = 1;
        arb_mat_init(gy, n, n); arb_mat_init(gx, n, n); arb_mat_init(gz, n, n); arb_mat_init(ge, n, n);
        arb_mat_init(Z, n, n);
        arb_mat_init(Jr, m, m); arb_mat_init(Jl, m, m);
        arb_init(dr); arb_init(dl); arb_init(ly); arb_init(lyx); arb_init(lxy); arb_init(dm); arb_init(t);
        rand_pair(ty, gy, st, n);
        rand_pair(tx, gx, st, n);
        /* the maps (t, g) -> (t, g) x (right) and x (t, g) (left) are affine in
           (t, g); their linear parts act on direction vectors with the
           translation part removed: right: (dt, dg) -> (dt + dg s, dg k);
           left: (dt, dg) -> (g_x dt, g_x dg) */
        for (c = 0; c < m; c++)
        {
            _arb_vec_zero(e, n);
            arb_mat_zero(ge);
            if (c < n)
                arb_one(e + c);
            else
                arb_one(ge->entries + (c - n));
            /* right: direction (e, ge) times x, minus the translation part */
            wk_lie_affine_mul(tz, gz, e, ge, tx, gx, P);
            _arb_vec_zero(z0, n);
            arb_mat_zero(Z);
            for (i = 0; i < n; i++) arb_zero(z0 + i);
            /* (e, ge)(s, k) = (e + ge s, ge k): linear already */
            for (i = 0; i < n; i++)
                arb_set(arb_mat_entry(Jr, i, c), tz + i);
            for (i = 0; i < n * n; i++)
                arb_set(arb_mat_entry(Jr, n + i, c), gz->entries + i);
            /* left: x (e, ge) = (t_x + g_x e, g_x ge): linear part (g_x e, g_x ge) */
            wk_lie_affine_mul(tz, gz, z0, gx, e, ge, P);
            for (i = 0; i < n; i++)
                arb_set(arb_mat_entry(Jl, i, c), tz + i);
            for (i = 0; i < n * n; i++)
                arb_set(arb_mat_entry(Jl, n + i, c), gz->entries + i);
        }
        arb_mat_det(dr, Jr, P);
        arb_abs(dr, dr);
        arb_log(dr, dr, P);
        arb_mat_det(dl, Jl, P);
        arb_abs(dl, dl);
        arb_log(dl, dl, P);
        /* left density (Lebesgue coordinates): rho_L(x y) |det L_x| = rho_L(y) */
        wk_lie_affine_mul(tz, gz, tx, gx, ty, gy, P);
        wk_lie_affine_haar_logdensity(lxy, 0, 1, gz, WK_LIE_GLPLUS, P);
        wk_lie_affine_haar_logdensity(ly, 0, 1, gy, WK_LIE_GLPLUS, P);
        arb_add(t, lxy, dl, P);
        okL = arb_overlaps(t, ly);
        /* right density: rho_R(y x) |det R_x| = rho_R(y) */
        wk_lie_affine_mul(tz, gz, ty, gy, tx, gx, P);
        wk_lie_affine_haar_logdensity(lyx, 1, 1, gz, WK_LIE_GLPLUS, P);
        wk_lie_affine_haar_logdensity(ly, 1, 1, gy, WK_LIE_GLPLUS, P);
        arb_add(t, lyx, dr, P);
        okR = arb_overlaps(t, ly);
        /* modular function: rho_L(y x) |det R_x| = Delta(x) rho_L(y) */
        wk_lie_affine_haar_logdensity(lyx, 0, 1, gz, WK_LIE_GLPLUS, P);
        wk_lie_affine_haar_logdensity(ly, 0, 1, gy, WK_LIE_GLPLUS, P);
        wk_lie_affine_log_modular(dm, gx, P);
        arb_add(t, lyx, dr, P);
        arb_sub(t, t, dm, P);
        okM = arb_overlaps(t, ly);
        TAP_OK(okL && okR, "R^%ld x| GL+(%ld): left density |det g|^-(n+1) left invariant, right |det g|^-n right invariant", n, n);
        TAP_OK(okM, "R^%ld x| GL+(%ld): mu_L(E x) = Delta(x) mu_L(E), Delta = |det g|^-1", n, n);
        _arb_vec_clear(ty, n); _arb_vec_clear(tx, n); _arb_vec_clear(tz, n); _arb_vec_clear(e, n); _arb_vec_clear(z0, n);
        arb_mat_clear(gy); arb_mat_clear(gx); arb_mat_clear(gz); arb_mat_clear(ge); arb_mat_clear(Z);
        arb_mat_clear(Jr); arb_mat_clear(Jl);
        arb_clear(dr); arb_clear(dl); arb_clear(ly); arb_clear(lyx); arb_clear(lxy); arb_clear(dm); arb_clear(t);
    }
    /* lifting correlation: grid sum against the closed form
       (k * f)(t, h) = (2 pi)^(n/2) det(I + h^T h)^(-1/2)
                       exp(-(1/2) u^T (I + h h^T)^-1 u), u = t - c */
    {
        slong nn = 2;
        arb_ptr t = _arb_vec_init(nn), tu = _arb_vec_init(nn), tt = _arb_vec_init(nn);
        arb_mat_t h, M, Mi, gu, hh;
        wk_lie_grid_t grid;
        arb_t r1, r2, ex, d, q;
        g_c = _arb_vec_init(nn);
        arb_set_d(g_c + 0, 0.5);
        arb_set_si(g_c + 1, -1);
        arb_div_ui(g_c + 1, g_c + 1, 3, P);
        arb_mat_init(h, nn, nn); arb_mat_init(M, nn, nn); arb_mat_init(Mi, nn, nn);
        arb_mat_init(gu, nn, nn); arb_mat_init(hh, nn, nn);
        arb_init(r1); arb_init(r2); arb_init(ex); arb_init(d); arb_init(q);
        arb_init(&grid->lo); arb_init(&grid->step);
        arb_set_si(&grid->lo, -9);
        arb_set_d(&grid->step, 0.125);
        grid->m = 144;
        arb_set_d(t + 0, 0.25);
        arb_set_d(t + 1, -0.5);
        arb_set_d(arb_mat_entry(h, 0, 0), 1.25);
        arb_set_d(arb_mat_entry(h, 0, 1), 0.5);
        arb_set_d(arb_mat_entry(h, 1, 0), -0.25);
        arb_set_d(arb_mat_entry(h, 1, 1), 0.75);
        g_u = NULL;
        TAP_OK(wk_lie_lift_correlation(r1, kgauss, NULL, fgauss, NULL, t, h, grid, 64) == WK_OK, "lifting correlation runs");
        /* closed form */
        arb_mat_transpose(M, h);
        arb_mat_mul(M, M, h, P);
        for (i = 0; i < nn; i++) arb_add_ui(arb_mat_entry(M, i, i), arb_mat_entry(M, i, i), 1, P);
        arb_mat_det(d, M, P);
        arb_rsqrt(ex, d, P);
        arb_const_pi(q, P);
        arb_mul_2exp_si(q, q, 1);
        arb_pow_ui(q, q, nn, P);
        arb_sqrt(q, q, P);
        arb_mul(ex, ex, q, P);
        arb_mat_transpose(M, h);
        arb_mat_mul(M, h, M, P);
        for (i = 0; i < nn; i++) arb_add_ui(arb_mat_entry(M, i, i), arb_mat_entry(M, i, i), 1, P);
        arb_mat_inv(Mi, M, P);
        _arb_vec_sub(tt, t, g_c, nn, P);
        arb_zero(q);
        for (i = 0; i < nn; i++)
            for (j = 0; j < nn; j++)
            {
                arb_mul(d, tt + i, arb_mat_entry(Mi, i, j), P);
                arb_addmul(q, d, tt + j, P);
            }
        arb_mul_2exp_si(q, q, -1);
        arb_neg(q, q);
        arb_exp(q, q, P);
        arb_mul(ex, ex, q, P);
        arb_sub(d, r1, ex, P);
        arb_div(d, d, ex, P);
        TAP_OK(fabs(arf_get_d(arb_midref(d), ARF_RND_NEAR)) < 1e-10,
               "lifting correlation = closed-form Gaussian integral (rel. diff %.1e)", arf_get_d(arb_midref(d), ARF_RND_NEAR));
        /* equivariance: (k * L_u f)(t, h) = (k * f)(u^-1 (t, h)) */
        arb_set_d(tu + 0, -0.5);
        arb_set_d(tu + 1, 0.25);
        arb_set_d(arb_mat_entry(gu, 0, 0), 0.75);
        arb_set_d(arb_mat_entry(gu, 0, 1), -0.25);
        arb_set_d(arb_mat_entry(gu, 1, 0), 0.5);
        arb_set_d(arb_mat_entry(gu, 1, 1), 1.0);
        g_u = gu;
        g_tu = tu;
        wk_lie_lift_correlation(r1, kgauss, NULL, fgauss, NULL, t, h, grid, 64);
        g_u = NULL;
        wk_lie_affine_inv(tt, hh, tu, gu, P);
        wk_lie_affine_mul(tt, hh, tt, hh, t, h, P);
        wk_lie_lift_correlation(r2, kgauss, NULL, fgauss, NULL, tt, hh, grid, 64);
        arb_sub(d, r1, r2, P);
        arb_div(d, d, r2, P);
        TAP_OK(fabs(arf_get_d(arb_midref(d), ARF_RND_NEAR)) < 1e-10,
               "lifting equivariance k * L_u f = L_u (k * f) (rel. diff %.1e)", arf_get_d(arb_midref(d), ARF_RND_NEAR));
        /* group correlation: moving the samples by g_u^-1 makes it exactly
           equivariant (up to the x-quadrature) */
        {
            slong ns = 3, s;
            arb_mat_struct hs[3], hs2[3];
            arb_ptr lw = _arb_vec_init(ns);
            arb_mat_t gi;
            arb_ptr ti = _arb_vec_init(nn);
            arb_mat_init(gi, nn, nn);
            wk_lie_affine_inv(ti, gi, tu, gu, P);
            for (s = 0; s < ns; s++)
            {
                arb_mat_init(hs + s, nn, nn);
                arb_mat_init(hs2 + s, nn, nn);
                arb_mat_one(hs + s);
                arb_set_d(arb_mat_entry(hs + s, 0, 0), 1.0 + 0.25 * s);
                arb_set_d(arb_mat_entry(hs + s, 0, 1), 0.1 * s);
                arb_mat_mul(hs2 + s, gi, hs + s, P);
                arb_set_d(lw + s, -0.1 * s);
            }
            g_u = gu;
            wk_lie_group_correlation(r1, kgroup, NULL, Fgroup, NULL, t, h, hs, lw, ns, grid, 64);
            g_u = NULL;
            wk_lie_affine_inv(tt, hh, tu, gu, P);
            wk_lie_affine_mul(tt, hh, tt, hh, t, h, P);
            TAP_OK(wk_lie_group_correlation(r2, kgroup, NULL, Fgroup, NULL, tt, hh, hs2, lw, ns, grid, 64) == WK_OK,
                   "group correlation runs");
            arb_sub(d, r1, r2, P);
            arb_div(d, d, r2, P);
            TAP_OK(fabs(arf_get_d(arb_midref(d), ARF_RND_NEAR)) < 1e-10 && !arb_contains_zero(r2),
                   "group correlation equivariance on moved samples (rel. diff %.1e)", arf_get_d(arb_midref(d), ARF_RND_NEAR));
            for (s = 0; s < ns; s++)
            {
                arb_mat_clear(hs + s);
                arb_mat_clear(hs2 + s);
            }
            _arb_vec_clear(lw, ns);
            _arb_vec_clear(ti, nn);
            arb_mat_clear(gi);
        }
        _arb_vec_clear(g_c, nn);
        _arb_vec_clear(t, nn); _arb_vec_clear(tu, nn); _arb_vec_clear(tt, nn);
        arb_mat_clear(h); arb_mat_clear(M); arb_mat_clear(Mi); arb_mat_clear(gu); arb_mat_clear(hh);
        arb_clear(r1); arb_clear(r2); arb_clear(ex); arb_clear(d); arb_clear(q);
        arb_clear(&grid->lo); arb_clear(&grid->step);
    }
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
