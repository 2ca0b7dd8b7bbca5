/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/growth.c: the local rules of Fomin's growth diagrams for
   RSK (Krattenthaler, arXiv:math/0510676, Sec. 2-4; spec 4):
   forward (rho, mu, nu, m) -> lam and backward (lam, mu, nu) -> (rho, m). */
#include <string.h>
#include "internal.h"

/* "name: <partition message>" for a partition that fails its check */
static wk_status check_named(const wk_partition_t p, const char *name)
{
    wk_status st = wk_partition_check_vec(p->parts, p->length);
    if (st != WK_OK) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s", wk_error_msg());
        return wk_error(st, "%s: %s", name, buf);
    }
    return WK_OK;
}

/* the rules without checks; lam and rho may alias inputs */
void _wk_growth_forward(wk_partition_t lam, const wk_partition_t rho,
                        const wk_partition_t mu, const wk_partition_t nu, slong m)
{
    slong L = FLINT_MAX(mu->length, nu->length) + 1, i;
    slong *v = flint_malloc(L * sizeof(slong));
    v[0] = FLINT_MAX(wk_partition_part(mu, 0), wk_partition_part(nu, 0)) + m;
    for (i = 1; i < L; i++)
        v[i] = FLINT_MAX(wk_partition_part(mu, i), wk_partition_part(nu, i))
             + FLINT_MIN(wk_partition_part(mu, i - 1), wk_partition_part(nu, i - 1))
             - wk_partition_part(rho, i - 1);
    _wk_partition_set_vec(lam, v, L);
    flint_free(v);
}

void _wk_growth_backward(wk_partition_t rho, slong *m, const wk_partition_t lam,
                         const wk_partition_t mu, const wk_partition_t nu)
{
    slong L = FLINT_MAX(mu->length, nu->length), i;
    slong *v = flint_malloc(FLINT_MAX(L, 1) * sizeof(slong));
    *m = wk_partition_part(lam, 0) - FLINT_MAX(wk_partition_part(mu, 0), wk_partition_part(nu, 0));
    for (i = 0; i < L; i++)
        v[i] = FLINT_MIN(wk_partition_part(mu, i), wk_partition_part(nu, i))
             + FLINT_MAX(wk_partition_part(mu, i + 1), wk_partition_part(nu, i + 1))
             - wk_partition_part(lam, i + 1);
    _wk_partition_set_vec(rho, v, L);
    flint_free(v);
}

wk_status wk_growth_forward(wk_partition_t lam, const wk_partition_t rho,
                            const wk_partition_t mu, const wk_partition_t nu, slong m)
{
    wk_status st;
    if ((st = check_named(rho, "rho")) != WK_OK || (st = check_named(mu, "mu")) != WK_OK
        || (st = check_named(nu, "nu")) != WK_OK)
        return st;
    if (m < 0)
        return wk_error(WK_E_DOMAIN, "m must be nonnegative (got %ld)", (long) m);
    if (m > WK_PARTITION_MAX_PART)
        return wk_error(WK_E_TOO_LARGE, "m = %ld exceeds the limit %ld", (long) m,
                        (long) WK_PARTITION_MAX_PART);
    if (!wk_partition_is_horizontal_strip(mu, rho))
        return wk_error(WK_E_DOMAIN, "mu/rho is not a horizontal strip");
    if (!wk_partition_is_horizontal_strip(nu, rho))
        return wk_error(WK_E_DOMAIN, "nu/rho is not a horizontal strip");
    _wk_growth_forward(lam, rho, mu, nu, m);
    return WK_OK;
}

wk_status wk_growth_backward(wk_partition_t rho, slong *m, const wk_partition_t lam,
                             const wk_partition_t mu, const wk_partition_t nu)
{
    wk_status st;
    if ((st = check_named(lam, "lam")) != WK_OK || (st = check_named(mu, "mu")) != WK_OK
        || (st = check_named(nu, "nu")) != WK_OK)
        return st;
    if (!wk_partition_is_horizontal_strip(lam, mu))
        return wk_error(WK_E_DOMAIN, "lam/mu is not a horizontal strip");
    if (!wk_partition_is_horizontal_strip(lam, nu))
        return wk_error(WK_E_DOMAIN, "lam/nu is not a horizontal strip");
    _wk_growth_backward(rho, m, lam, mu, nu);
    return WK_OK;
}
