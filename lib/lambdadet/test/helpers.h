/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Small helpers for the lambdadet tests: matrices from strings, random matrices. */
#ifndef WK_LAMBDADET_TEST_HELPERS_H
#define WK_LAMBDADET_TEST_HELPERS_H
#include <string.h>
#include <stdlib.h>
#include "wk_lambdadet.h"

/* "1,2;3,-1/2" -> 2x2 (re-initialised); "" -> 0x0 */
static inline void mat_from_str(fmpq_mat_t M, const char *s)
{
    char buf[2048], *p, *row, *save1;
    slong r = 0, c = 0, i, j;
    fmpq_t tmp[400];
    slong cnt = 0;
    strncpy(buf, s, sizeof buf - 1); buf[sizeof buf - 1] = 0;
    for (p = buf; *p; p++) if (*p == ' ') memmove(p, p + 1, strlen(p)), p--;
    for (row = strtok_r(buf, ";", &save1); row; row = strtok_r(NULL, ";", &save1)) {
        char *e, *save2;
        slong cc = 0;
        for (e = strtok_r(row, ",", &save2); e; e = strtok_r(NULL, ",", &save2)) {
            fmpq_init(tmp[cnt]);
            fmpq_set_str(tmp[cnt], e, 10);
            fmpq_canonicalise(tmp[cnt]);
            cnt++; cc++;
        }
        c = cc; r++;
    }
    fmpq_mat_clear(M);
    fmpq_mat_init(M, r, c);
    for (i = 0; i < r; i++) for (j = 0; j < c; j++) fmpq_swap(fmpq_mat_entry(M, i, j), tmp[i * c + j]);
    for (i = 0; i < cnt; i++) fmpq_clear(tmp[i]);
}

/* entries (num in [-B, B], den in [1, D]), nonzero if nz */
static inline void mat_rand(fmpq_mat_t M, wk_rand_t rs, slong B, slong D, int nz)
{
    slong i, j;
    for (i = 0; i < fmpq_mat_nrows(M); i++)
        for (j = 0; j < fmpq_mat_ncols(M); j++) {
            slong a;
            do a = (slong) wk_rand_ulong(rs, 2 * B + 1) - B; while (nz && a == 0);
            fmpq_set_si(fmpq_mat_entry(M, i, j), a, 1 + wk_rand_ulong(rs, D));
        }
}

static inline void q_rand(fmpq_t q, wk_rand_t rs, slong B, slong D)
{
    fmpq_set_si(q, (slong) wk_rand_ulong(rs, 2 * B + 1) - B, 1 + wk_rand_ulong(rs, D));
}

static inline int q_is(const fmpq_t q, const char *s)
{
    fmpq_t t;
    int r;
    fmpq_init(t); fmpq_set_str(t, s, 10); fmpq_canonicalise(t);
    r = fmpq_equal(q, t);
    fmpq_clear(t);
    return r;
}
#endif
