/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   asm_stats: the joint distribution of (inv, neg) over n x n ASMs by a
   transfer DP over consecutive monotone-triangle rows (spec 1 (b)): adding
   row k adds sum_l a_kl #{j in S_{k-1} : j > l} to inv. */
#include <stdint.h>
#include <string.h>
#include "wk_lambdadet.h"
#include "internal.h"

typedef unsigned __int128 wk_u128;

typedef struct {
    slong n, G, P;
    wk_u128 **cur, **nxt;
    slong *curhi, *nxthi;
    const wk_u128 *src;
    slong srchi;
    int overflow;
} stats_state;

/* Enumerates the rows that may follow the column-sum set c (bitmask) and adds
   the source polynomial, shifted by (dinv, dneg), to the target set. */
static void stats_row(stats_state *S, ulong c, slong l, int r, ulong tgt, slong dinv,
                      slong dneg, int last)
{
    slong n = S->n;
    int cl;
    if (l == n) {
        slong d, t, hi;
        wk_u128 *dst;
        if (r != 1) return;
        d = dinv * S->G + dneg;
        if (dinv < 0 || S->srchi + d >= S->P) { S->overflow = 1; return; }
        if (S->nxt[tgt] == NULL) {
            S->nxt[tgt] = flint_calloc(S->P, sizeof(wk_u128));
            S->nxthi[tgt] = -1;
        }
        dst = S->nxt[tgt];
        for (t = 0; t <= S->srchi; t++)
            dst[t + d] += S->src[t];
        hi = S->srchi + d;
        if (hi > S->nxthi[tgt]) S->nxthi[tgt] = hi;
        return;
    }
    cl = (c >> l) & 1;
    {
        slong right1 = 0, right0 = 0, j;
        for (j = l + 1; j < n; j++) { if ((c >> j) & 1) right1++; else right0++; }
        if (last) {
            if (cl) stats_row(S, c, l + 1, r, tgt | (UWORD(1) << l), dinv, dneg, last);
            else stats_row(S, c, l + 1, r + 1, tgt | (UWORD(1) << l), dinv + right1, dneg, last);
            return;
        }
        if (!cl && r == 0)
            stats_row(S, c, l + 1, 1, tgt | (UWORD(1) << l), dinv + right1, dneg, last);
        if (r == 1 || right0 > 0)
            stats_row(S, c, l + 1, r, tgt | ((ulong) cl << l), dinv, dneg, last);
        if (cl && r == 1 && right0 > 0)
            stats_row(S, c, l + 1, 0, tgt, dinv - right1, dneg + 1, last);
    }
}

wk_status wk_lambdadet_asm_stats(fmpz_mat_t D, slong n)
{
    stats_state S;
    slong maxinv, maxneg, k, i, nstates;
    ulong mask;
    wk_status st = WK_OK;

    if (n < 0)
        return wk_error(WK_E_DOMAIN, "n = %ld is negative; ASMs exist for n >= 0", (long) n);
    if (n > WK_LAMBDADET_STATS_MAX_N)
        return wk_error(WK_E_TOO_LARGE, "asm statistics for n = %ld need about 2^%ld states "
                        "of %ld counters; limit is n = %d", (long) n, (long) n,
                        (long) ((n * (n - 1) / 2 + 1) * ((n - 1) * (n - 1) / 4 + 1)),
                        WK_LAMBDADET_STATS_MAX_N);
    maxinv = n * (n - 1) / 2;
    maxneg = n >= 1 ? (n - 1) * (n - 1) / 4 : 0;
    S.n = n; S.G = maxneg + 1; S.P = (maxinv + 1) * S.G; S.overflow = 0;
    nstates = WORD(1) << n;
    S.cur = flint_calloc(nstates, sizeof(wk_u128 *));
    S.nxt = flint_calloc(nstates, sizeof(wk_u128 *));
    S.curhi = flint_calloc(nstates, sizeof(slong));
    S.nxthi = flint_calloc(nstates, sizeof(slong));
    S.cur[0] = flint_calloc(S.P, sizeof(wk_u128));
    S.cur[0][0] = 1;
    S.curhi[0] = 0;
    for (k = 1; k <= n && st == WK_OK; k++) {
        for (mask = 0; mask < (ulong) nstates; mask++) {
            if (S.cur[mask] == NULL) continue;
            if (wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
            S.src = S.cur[mask];
            S.srchi = S.curhi[mask];
            stats_row(&S, mask, 0, 0, 0, 0, 0, k == n);
            flint_free(S.cur[mask]);
            S.cur[mask] = NULL;
        }
        if (S.overflow && st == WK_OK)
            st = wk_error(WK_E_INTERNAL, "asm_stats: (inv, neg) outside the expected range");
        { wk_u128 **t = S.cur; S.cur = S.nxt; S.nxt = t; }
        { slong *t = S.curhi; S.curhi = S.nxthi; S.nxthi = t; }
        wk_progress("asm_stats", (double) k, (double) n);
    }
    if (st == WK_OK) {
        fmpz_mat_clear(D);
        fmpz_mat_init(D, maxinv + 1, maxneg + 1);
        if (n == 0) fmpz_one(fmpz_mat_entry(D, 0, 0));
        else
            for (i = 0; i < S.P; i++)
                fmpz_set_uiui(D->entries + i, (ulong) (S.cur[nstates - 1][i] >> 64), (ulong) S.cur[nstates - 1][i]);
    }
    for (mask = 0; mask < (ulong) nstates; mask++) {
        flint_free(S.cur[mask]);
        flint_free(S.nxt[mask]);
    }
    flint_free(S.cur); flint_free(S.nxt); flint_free(S.curhi); flint_free(S.nxthi);
    return st;
}
