/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/core/rand.c: seeded reproducible random numbers over flint_rand_t. */
#include <math.h>
#include <flint/ulong_extras.h>
#include "wk_core.h"

void wk_rand_init(wk_rand_t r, ulong seed)
{
    flint_randinit(r->fl);
    /* flint_randinit fixes its own seed; mix ours into both words. */
    flint_randseed(r->fl, seed * UWORD(0x9E3779B97F4A7C15) + 1,
                   (seed ^ UWORD(0xD1B54A32D192ED03)) + 7);
    r->seed = seed;
}

void wk_rand_clear(wk_rand_t r) { flint_randclear(r->fl); }

ulong wk_rand_ulong(wk_rand_t r, ulong n)
{
    return n_randint(r->fl, n);  /* n = 0 means the full word in FLINT */
}

double wk_rand_double(wk_rand_t r)
{
    /* 53 random bits */
    ulong u = n_randlimb(r->fl) >> 11;
    return (double) u * (1.0 / 9007199254740992.0);
}

double wk_rand_normal(wk_rand_t r)
{
    double u1, u2;
    do u1 = wk_rand_double(r); while (u1 <= 0.0);
    u2 = wk_rand_double(r);
    return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}
