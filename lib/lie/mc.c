/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/mc.c: Monte Carlo invariant integration over GL+(n) or SL(n)
   (spec section 5): importance-weighted (unbiased), truncated-uniform box,
   and the unweighted mean of the paper's layers, with the sample standard
   error. */
#include <math.h>
#include "internal.h"

void wk_lie_mc_init(wk_lie_mc_t r)
{
    arb_init(&r->value);
    arb_init(&r->stderr_est);
    r->n = 0;
}

void wk_lie_mc_clear(wk_lie_mc_t r)
{
    arb_clear(&r->value);
    arb_clear(&r->stderr_est);
}

wk_status wk_lie_invariant_integral(wk_lie_mc_t res, wk_lie_integrand f, void * ctx,
                                    wk_lie_group G, slong n, slong N, wk_lie_mc_method method,
                                    double param, const arb_t alpha, wk_rand_t st, slong prec)
{
    wk_status r = WK_OK;
    slong i;
    wk_lie_sample_t s;
    arb_t fx, w, sum, sum2, t;
    if (n < 1 || n > WK_LIE_MAX_N)
        return wk_error(n < 1 ? WK_E_DIM : WK_E_TOO_LARGE, "n = %ld out of range", (long) n);
    if (N < 2)
        return wk_error(WK_E_DOMAIN, "need at least 2 samples, got %ld", (long) N);
    if ((r = _wk_lie_check_prec(prec)) != WK_OK)
        return r;
    if (!(param > 0) || !isfinite(param))
        return wk_error(WK_E_DOMAIN, "sampler parameter %g must be > 0", param);
    wk_lie_sample_init(s, n);
    arb_init(fx); arb_init(w); arb_init(sum); arb_init(sum2); arb_init(t);
    for (i = 0; i < N; i++)
    {
        if (wk_interrupted())
        {
            r = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        if ((i & 63) == 0)
            wk_progress("invariant_integral", (double) i, (double) N);
        if (method == WK_LIE_MC_BOX)
            r = wk_lie_sample_box(s, st, G, param, prec);
        else
            r = wk_lie_sample_polar(s, st, G, param, alpha, prec);
        if (r != WK_OK)
            break;
        r = f(fx, &s->g, ctx, prec);
        if (r != WK_OK)
            break;
        if (!arb_is_finite(fx))
        {
            r = wk_error(WK_E_DOMAIN, "integrand is not finite at sample %ld", (long) i + 1);
            break;
        }
        if (method != WK_LIE_MC_UNWEIGHTED)
        {
            arb_exp(w, &s->logw, prec);
            arb_mul(fx, fx, w, prec);
        }
        arb_add(sum, sum, fx, prec);
        arb_addmul(sum2, fx, fx, prec);
    }
    wk_progress_done();
    if (r == WK_OK)
    {
        /* mean, and the standard error sqrt(var/N), var with N-1 */
        arb_div_si(&res->value, sum, N, prec);
        arb_mul(t, &res->value, &res->value, prec);
        arb_mul_si(t, t, N, prec);
        arb_sub(t, sum2, t, prec);
        arb_div_si(t, t, N - 1, prec);
        arb_div_si(t, t, N, prec);
        arb_sqrtpos(&res->stderr_est, t, prec);
        res->n = N;
    }
    wk_lie_sample_clear(s);
    arb_clear(fx); arb_clear(w); arb_clear(sum); arb_clear(sum2); arb_clear(t);
    return r;
}
