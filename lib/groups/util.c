/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/util.c: the module's size guards, a growing string buffer, and
   small integer helpers. */
#include <stdarg.h>
#include <stdio.h>
#include "impl.h"

static slong order_limit = WK_GROUPS_DEFAULT_ORDER_LIMIT;
static slong phi_limit = WK_GROUPS_DEFAULT_PHI_LIMIT;

slong wk_groups_set_order_limit(slong limit)
{
    slong old = order_limit;
    if (limit < 1) limit = 1;
    if (limit > (WORD(1) << 31)) limit = WORD(1) << 31;
    order_limit = limit;
    return old;
}

slong wk_groups_order_limit(void) { return order_limit; }

slong wk_groups_set_phi_limit(slong limit)
{
    slong old = phi_limit;
    if (limit < 1) limit = 1;
    phi_limit = limit;
    return old;
}

slong wk_groups_phi_limit(void) { return phi_limit; }

char * _wk_limit_str(slong limit)
{
    char * s = flint_malloc(32);
    slong t = limit, e = 0;
    while (t >= 10 && t % 10 == 0) { t /= 10; e++; }
    if (t == 1 && e >= 4)
        snprintf(s, 32, "10^%ld", (long) e);
    else
        snprintf(s, 32, "%ld", (long) limit);
    return s;
}

void _wk_group_seed(flint_rand_t st)
{
    flint_randinit(st);
    flint_randseed(st, UWORD(0x5eed2026), UWORD(0x9e3779b97f4a7c15));
}

slong _wk_gcd(slong a, slong b)
{
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b) { slong t = a % b; a = b; b = t; }
    return a;
}

slong _wk_lcm(slong a, slong b)
{
    if (a == 0 || b == 0) return 0;
    return a / _wk_gcd(a, b) * b;
}

void sbuf_init(sbuf_struct * b)
{
    b->alloc = 256;
    b->len = 0;
    b->s = flint_malloc(b->alloc);
    b->s[0] = '\0';
}

void sbuf_clear(sbuf_struct * b)
{
    flint_free(b->s);
    b->s = NULL;
    b->len = b->alloc = 0;
}

static void sbuf_fit(sbuf_struct * b, slong extra)
{
    if (b->len + extra + 1 > b->alloc) {
        while (b->len + extra + 1 > b->alloc) b->alloc *= 2;
        b->s = flint_realloc(b->s, b->alloc);
    }
}

void sbuf_puts(sbuf_struct * b, const char * s)
{
    slong l = strlen(s);
    sbuf_fit(b, l);
    memcpy(b->s + b->len, s, l + 1);
    b->len += l;
}

void sbuf_printf(sbuf_struct * b, const char * fmt, ...)
{
    va_list ap;
    int l;
    va_start(ap, fmt);
    l = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sbuf_fit(b, l);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, l + 1, fmt, ap);
    va_end(ap);
    b->len += l;
}

char * sbuf_finish(sbuf_struct * b)
{
    char * s = b->s;
    b->s = NULL;
    b->len = b->alloc = 0;
    return s;
}
