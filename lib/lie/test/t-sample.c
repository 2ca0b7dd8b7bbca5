/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the samplers and Monte Carlo integration (spec sections 4-5),
   all with a fixed seed: Haar samples of SO(n) are rotations with the Haar
   moments E[R] = 0, E[R_11^2] = 1/n, E[(tr R)^2] = 1 (n >= 3); the check
   values int_{GL+(2)} e^{-|g|^2} |det g|^3 dmu = pi^2/4 and
   int_{SL(2)} e^{-|g|^2} dmu = pi e^-2/4 by box and importance-weighted
   Monte Carlo; Haar invariance
   I(f o L_h) = I(f) for the weighted estimator, and its failure for the
   unweighted mean (estimator (c)); reproducibility; the SO(2) grid. */
#include "helpers.h"

static slong g_b = 1;
static const arb_mat_struct * g_h = NULL;

/* f(g) = exp(-|h g|_F^2) |det(h g)|^(b+n) */
static wk_status f_check(arb_t res, const arb_mat_t g, void * ctx, slong prec)
{
    slong n = arb_mat_nrows(g), i;
    arb_mat_t hg;
    arb_t s, d;
    arb_mat_init(hg, n, n);
    arb_init(s);
    arb_init(d);
    if (g_h != NULL)
        arb_mat_mul(hg, g_h, g, prec);
    else
        arb_mat_set(hg, g);
    arb_zero(s);
    for (i = 0; i < n * n; i++)
        arb_addmul(s, hg->entries + i, hg->entries + i, prec);
    arb_neg(s, s);
    arb_exp(s, s, prec);
    arb_mat_det(d, hg, prec);
    arb_abs(d, d);
    arb_pow_ui(d, d, g_b + n, prec);
    arb_mul(res, s, d, prec);
    arb_mat_clear(hg);
    arb_clear(s);
    arb_clear(d);
    return WK_OK;
}

/* f(g) = exp(-|g|^2) on SL */
static wk_status f_sl(arb_t res, const arb_mat_t g, void * ctx, slong prec)
{
    slong n = arb_mat_nrows(g), i;
    arb_zero(res);
    for (i = 0; i < n * n; i++)
        arb_addmul(res, g->entries + i, g->entries + i, prec);
    arb_neg(res, res);
    arb_exp(res, res, prec);
    return WK_OK;
}

/* f(g) = exp(-|h g|^2 - |(h g)^-1|^2) */
static wk_status f_inv(arb_t res, const arb_mat_t g, void * ctx, slong prec)
{
    slong n = arb_mat_nrows(g), i;
    arb_mat_t hg, gi;
    arb_t s;
    arb_mat_init(hg, n, n);
    arb_mat_init(gi, n, n);
    arb_init(s);
    if (g_h != NULL)
        arb_mat_mul(hg, g_h, g, prec);
    else
        arb_mat_set(hg, g);
    if (!arb_mat_inv(gi, hg, prec))
        arb_mat_indeterminate(gi);
    arb_zero(s);
    for (i = 0; i < n * n; i++)
    {
        arb_addmul(s, hg->entries + i, hg->entries + i, prec);
        arb_addmul(s, gi->entries + i, gi->entries + i, prec);
    }
    arb_neg(s, s);
    arb_exp(res, s, prec);
    arb_mat_clear(hg);
    arb_mat_clear(gi);
    arb_clear(s);
    return WK_OK;
}

static double d_of(const arb_t x) { return arf_get_d(arb_midref(x), ARF_RND_NEAR); }

int main(int argc, char ** argv)
{
    slong prec = 64, i, n;
    wk_rand_t st;
    arb_t alpha;
    tap_init(argc, argv);
    wk_rand_init(st, tap_seed());
    arb_init(alpha);
    arb_one(alpha);

    /* SO(n) samples and Haar moments */
    for (n = 1; n <= 4; n++)
    {
        slong N = 3000 * tap_multiplier(), j;
        arb_mat_t R, T, I;
        arb_t d;
        int orth = 1;
        double m11 = 0, m11sq = 0, trsq = 0, mean_all = 0;
        arb_mat_init(R, n, n);
        arb_mat_init(T, n, n);
        arb_mat_init(I, n, n);
        arb_mat_one(I);
        arb_init(d);
        for (i = 0; i < N; i++)
        {
            double tr = 0;
            wk_lie_sample_SO(R, st, prec);
            if (i < 50)
            {
                arb_mat_transpose(T, R);
                arb_mat_mul(T, T, R, prec);
                arb_mat_det(d, R, prec);
                orth = orth && th_overlaps(T, I) && arb_contains_si(d, 1);
            }
            m11 += d_of(arb_mat_entry(R, 0, 0));
            m11sq += d_of(arb_mat_entry(R, 0, 0)) * d_of(arb_mat_entry(R, 0, 0));
            for (j = 0; j < n; j++)
                tr += d_of(arb_mat_entry(R, j, j));
            trsq += tr * tr;
            mean_all += d_of(arb_mat_entry(R, n - 1, 0));
        }
        m11 /= N; m11sq /= N; trsq /= N; mean_all /= N;
        TAP_OK(orth, "SO(%ld) samples: R^T R = I, det R = 1", n);
        if (n >= 2)
        {
            /* sd of R_11 is 1/sqrt(n), of R_11^2 below 1/sqrt(n); (tr R)^2 has sd < 3 */
            TAP_OK(fabs(m11) < 5 / sqrt(n * (double) N) && fabs(mean_all) < 5 / sqrt(n * (double) N)
                   && fabs(m11sq - 1.0 / n) < 5 / sqrt((double) N),
                   "SO(%ld) Haar moments: E R_11 = %.3f, E R_n1 = %.3f, E R_11^2 = %.3f (1/n)", n, m11, mean_all, m11sq);
            if (n >= 3)
                TAP_OK(fabs(trsq - 1) < 5 * 3 / sqrt((double) N), "SO(%ld): E (tr R)^2 = %.3f (1)", n, trsq);
            else
                TAP_OK(fabs(trsq - 2) < 5 * 3 / sqrt((double) N), "SO(2): E (tr R)^2 = %.3f (2)", trsq);
        }
        arb_mat_clear(R);
        arb_mat_clear(T);
        arb_mat_clear(I);
        arb_clear(d);
    }

    /* the check values of section 4 by Monte Carlo.  |det g|^(b+n) decays
       only exponentially as X -> -oo, so Gaussian importance weights have
       infinite variance there: GL+(2) uses the box estimator (b) (the
       truncation at |x_ij| <= 3 loses < 1e-4); e^-|g|^2 on SL(2) decays
       doubly exponentially and uses the importance-weighted estimator (a). */
    {
        wk_lie_mc_t r;
        arb_t ex, t;
        double est, se, exv;
        wk_lie_mc_init(r);
        arb_init(ex);
        arb_init(t);
        g_b = 1;
        g_h = NULL;
        TAP_OK(wk_lie_invariant_integral(r, f_check, NULL, WK_LIE_GLPLUS, 2, 6000 * tap_multiplier(),
                                         WK_LIE_MC_BOX, 3.0, alpha, st, prec) == WK_OK, "box MC on GL+(2) runs");
        arb_const_pi(ex, prec);
        arb_mul(ex, ex, ex, prec);
        arb_mul_2exp_si(ex, ex, -2);
        est = d_of(&r->value); se = d_of(&r->stderr_est); exv = d_of(ex);
        TAP_OK(fabs(est - exv) < 4 * se && se < 0.15 * exv,
               "int_GL+(2) e^-|g|^2 |det g|^3 dmu = %.4f +- %.4f (pi^2/4 = %.4f)", est, se, exv);
        /* SL(2): pi e^-2 / 4 */
        TAP_OK(wk_lie_invariant_integral(r, f_sl, NULL, WK_LIE_SL, 2, 3000 * tap_multiplier(),
                                         WK_LIE_MC_IMPORTANCE, 1.0, alpha, st, prec) == WK_OK, "MC on SL(2) runs");
        arb_const_pi(ex, prec);
        arb_set_si(t, -2);
        arb_exp(t, t, prec);
        arb_mul(ex, ex, t, prec);
        arb_mul_2exp_si(ex, ex, -2);
        est = d_of(&r->value); se = d_of(&r->stderr_est); exv = d_of(ex);
        TAP_OK(fabs(est - exv) < 4 * se && se < 0.02 * exv,
               "int_SL(2) e^-|g|^2 dmu = %.5f +- %.5f (pi e^-2/4 = %.5f)", est, se, exv);
        /* the box estimator (b) on SL(2) */
        TAP_OK(wk_lie_invariant_integral(r, f_sl, NULL, WK_LIE_SL, 2, 3000 * tap_multiplier(),
                                         WK_LIE_MC_BOX, 2.0, alpha, st, prec) == WK_OK, "box MC on SL(2) runs");
        est = d_of(&r->value); se = d_of(&r->stderr_est);
        TAP_OK(fabs(est - exv) < 4 * se && se < 0.1 * exv,
               "box estimator: int_SL(2) e^-|g|^2 dmu = %.5f +- %.5f", est, se);
        wk_lie_mc_clear(r);
        arb_clear(ex);
        arb_clear(t);
    }

    /* Haar invariance: I(f o L_h) = I(f) for the weighted estimator; the
       unweighted mean (c) is not invariant.  f = exp(-|g|^2 - |g^-1|^2)
       decays doubly exponentially in X (finite-variance weights). */
    {
        wk_lie_mc_t r1, r2;
        arb_mat_t h;
        double e1, s1, e2, s2, u1, v1, u2, v2;
        wk_lie_mc_init(r1);
        wk_lie_mc_init(r2);
        arb_mat_init(h, 2, 2);
        arb_set_d(arb_mat_entry(h, 0, 0), 1.5);
        arb_set_d(arb_mat_entry(h, 0, 1), 0.5);
        arb_set_si(arb_mat_entry(h, 1, 1), 1);
        g_h = NULL;
        wk_lie_invariant_integral(r1, f_inv, NULL, WK_LIE_GLPLUS, 2, 4000 * tap_multiplier(), WK_LIE_MC_IMPORTANCE, 0.5, alpha, st, prec);
        g_h = h;
        wk_lie_invariant_integral(r2, f_inv, NULL, WK_LIE_GLPLUS, 2, 4000 * tap_multiplier(), WK_LIE_MC_IMPORTANCE, 0.5, alpha, st, prec);
        e1 = d_of(&r1->value); s1 = d_of(&r1->stderr_est);
        e2 = d_of(&r2->value); s2 = d_of(&r2->stderr_est);
        TAP_OK(fabs(e1 - e2) < 4 * sqrt(s1 * s1 + s2 * s2) && s1 < 0.05 * e1,
               "importance-weighted: I(f o L_h) = %.5f +- %.5f, I(f) = %.5f +- %.5f", e2, s2, e1, s1);
        g_h = NULL;
        wk_lie_invariant_integral(r1, f_inv, NULL, WK_LIE_GLPLUS, 2, 4000 * tap_multiplier(), WK_LIE_MC_UNWEIGHTED, 0.5, alpha, st, prec);
        g_h = h;
        wk_lie_invariant_integral(r2, f_inv, NULL, WK_LIE_GLPLUS, 2, 4000 * tap_multiplier(), WK_LIE_MC_UNWEIGHTED, 0.5, alpha, st, prec);
        u1 = d_of(&r1->value); v1 = d_of(&r1->stderr_est);
        u2 = d_of(&r2->value); v2 = d_of(&r2->stderr_est);
        TAP_OK(fabs(u1 - u2) > 4 * sqrt(v1 * v1 + v2 * v2),
               "unweighted mean is not invariant: %.5f +- %.5f vs %.5f +- %.5f (ratio %.2f)", u2, v2, u1, v1, u2 / u1);
        g_h = NULL;
        wk_lie_mc_clear(r1);
        wk_lie_mc_clear(r2);
        arb_mat_clear(h);
    }
    /* reproducible with the same seed */
    {
        wk_rand_t a, b;
        wk_lie_mc_t r1, r2;
        wk_rand_init(a, 77);
        wk_rand_init(b, 77);
        wk_lie_mc_init(r1);
        wk_lie_mc_init(r2);
        wk_lie_invariant_integral(r1, f_sl, NULL, WK_LIE_SL, 2, 200, WK_LIE_MC_IMPORTANCE, 0.1, alpha, a, prec);
        wk_lie_invariant_integral(r2, f_sl, NULL, WK_LIE_SL, 2, 200, WK_LIE_MC_IMPORTANCE, 0.1, alpha, b, prec);
        TAP_OK(arb_equal(&r1->value, &r2->value) && arb_equal(&r1->stderr_est, &r2->stderr_est),
               "same seed, same estimate");
        wk_lie_mc_clear(r1);
        wk_lie_mc_clear(r2);
        wk_rand_clear(a);
        wk_rand_clear(b);
    }
    /* a sample's pieces fit: g = exp(X) R, g^-1 g = I, weight finite */
    {
        wk_lie_sample_t s;
        arb_mat_t E, T, I;
        int ok = 1;
        wk_lie_sample_init(s, 3);
        arb_mat_init(E, 3, 3);
        arb_mat_init(T, 3, 3);
        arb_mat_init(I, 3, 3);
        arb_mat_one(I);
        for (i = 0; i < 20; i++)
        {
            wk_lie_sample_polar(s, st, WK_LIE_SL, 0.1, alpha, 128);
            arb_mat_exp(E, &s->X, 160);
            arb_mat_mul(T, E, &s->R, 160);
            ok = ok && th_overlaps(T, &s->g);
            arb_mat_mul(T, &s->ginv, &s->g, 160);
            ok = ok && th_overlaps(T, I) && arb_is_finite(&s->logw);
            arb_mat_det(E->entries, &s->g, 160);
            ok = ok && arb_contains_si(E->entries, 1);
        }
        TAP_OK(ok, "SL(3) samples: g = exp(X) R, g^-1 g = I, det g = 1, finite weights");
        wk_lie_sample_clear(s);
        arb_mat_clear(E);
        arb_mat_clear(T);
        arb_mat_clear(I);
    }
    /* SO(2) grid */
    {
        arb_mat_t R;
        arb_mat_init(R, 2, 2);
        wk_lie_so2_grid(R, 1, 4, prec);
        TAP_OK(arb_contains_zero(arb_mat_entry(R, 0, 0)) && arb_contains_si(arb_mat_entry(R, 1, 0), 1)
               && arb_contains_si(arb_mat_entry(R, 0, 1), -1), "SO(2) grid: theta_1 = pi/2 for N = 4");
        TAP_OK(wk_lie_so2_grid(R, 4, 4, prec) == WK_E_DOMAIN, "SO(2) grid: k = N rejected");
        arb_mat_clear(R);
    }
    arb_clear(alpha);
    wk_rand_clear(st);
    flint_cleanup();
    return tap_done();
}
