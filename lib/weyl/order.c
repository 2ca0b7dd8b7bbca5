/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/order.c: exact orders of Weyl groups and of parabolic subgroups,
   by identifying the components of the node set (spec 4.2). */
#include <stdio.h>
#include "impl.h"

void _wk_weyl_set_str(char *buf, size_t size, ulong L)
{
    size_t pos = 0;
    int first = 1;
    if (size == 0) return;
    buf[0] = '\0';
    pos += snprintf(buf + pos, size - pos, "{");
    while (L && pos < size) {
        int i = _wk_lowbit(L);
        L &= L - 1;
        pos += snprintf(buf + pos, size - pos, first ? "%d" : ",%d", i + 1);
        first = 0;
    }
    if (pos < size) snprintf(buf + pos, size - pos, "}");
}

int _wk_weyl_parabolic_order(fmpz_t ord, const wk_weyl_t R, ulong L, ulong *bad)
{
    fmpz_t t;
    slong nodes[64];
    char letter;
    fmpz_init(t);
    fmpz_one(ord);
    while (L) {
        ulong C = _wk_component(R->adj, L, _wk_lowbit(L));
        slong m = 0;
        ulong x;
        L &= ~C;
        for (x = C; x; x &= x - 1) nodes[m++] = _wk_lowbit(x);
        if (!_wk_weyl_classify(&letter, nodes, t, R->a, R->n, m)) {
            if (bad) *bad = C;
            fmpz_zero(ord);
            fmpz_clear(t);
            return 0;
        }
        fmpz_mul(ord, ord, t);
    }
    fmpz_clear(t);
    return 1;
}

wk_status wk_weyl_order(fmpz_t ord, const wk_weyl_t R)
{
    slong c;
    if (!R->finite) {
        char buf[256];
        size_t pos = 0;
        for (c = 0; c < R->ncomp; c++)
            if (R->comp[c].letter == '?') {
                slong k;
                pos += snprintf(buf + pos, sizeof buf - pos, "{");
                for (k = 0; k < R->comp[c].rank && pos < sizeof buf - 16; k++)
                    pos += snprintf(buf + pos, sizeof buf - pos, k ? ",%ld" : "%ld",
                                    (long) R->comp[c].nodes[k] + 1);
                snprintf(buf + pos, sizeof buf - pos, "}");
                break;
            }
        return wk_error(WK_E_DOMAIN, "infinite: W is infinite (component %s not of finite type)", buf);
    }
    fmpz_set(ord, R->order);
    return WK_OK;
}

wk_status _wk_weyl_check_finite_J(const wk_weyl_t R, ulong J)
{
    ulong bad = 0;
    fmpz_t t;
    char buf[256];
    int ok;
    if (J == WK_WEYL_ALL) {
        wk_status st;
        if (R->finite) return WK_OK;
        fmpz_init(t);
        st = wk_weyl_order(t, R);
        fmpz_clear(t);
        return st;
    }
    if (R->n > 64)
        return wk_error(WK_E_TOO_LARGE, "node sets need rank <= 64 (rank is %ld)", (long) R->n);
    fmpz_init(t);
    ok = _wk_weyl_parabolic_order(t, R, J, &bad);
    fmpz_clear(t);
    if (ok) return WK_OK;
    _wk_weyl_set_str(buf, sizeof buf, bad);
    return wk_error(WK_E_DOMAIN, "infinite: W_J is infinite (component %s of J not of finite type)", buf);
}

wk_status _wk_weyl_check_finite(const wk_weyl_t R, const char *what)
{
    slong c;
    if (R->finite) return WK_OK;
    for (c = 0; c < R->ncomp; c++)
        if (R->comp[c].letter == '?') {
            char buf[256];
            size_t pos = 0;
            slong k;
            pos += snprintf(buf + pos, sizeof buf - pos, "{");
            for (k = 0; k < R->comp[c].rank && pos < sizeof buf - 16; k++)
                pos += snprintf(buf + pos, sizeof buf - pos, k ? ",%ld" : "%ld",
                                (long) R->comp[c].nodes[k] + 1);
            snprintf(buf + pos, sizeof buf - pos, "}");
            return wk_error(WK_E_DOMAIN, "infinite: %s needs a root system of finite type "
                            "(component %s is not)", what, buf);
        }
    return WK_OK;
}

wk_status wk_weyl_parabolic_order(fmpz_t ord, const wk_weyl_t R, ulong L)
{
    ulong bad = 0;
    char buf[256];
    if (L == WK_WEYL_ALL) return wk_weyl_order(ord, R);
    if (R->n > 64)
        return wk_error(WK_E_TOO_LARGE, "node sets need rank <= 64 (rank is %ld)", (long) R->n);
    if (L & ~_wk_full(R->n))
        return wk_error(WK_E_DOMAIN, "node set contains a node above the rank %ld", (long) R->n);
    if (_wk_weyl_parabolic_order(ord, R, L, &bad)) return WK_OK;
    _wk_weyl_set_str(buf, sizeof buf, bad);
    return wk_error(WK_E_DOMAIN, "infinite: W_L is infinite (component %s not of finite type)", buf);
}
