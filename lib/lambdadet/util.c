/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Shared shape checks and entry names for the spec's error messages (spec 7). */
#include <stdio.h>
#include "wk_lambdadet.h"
#include "internal.h"

void _wk_lambdadet_entry_name(char *buf, size_t len, slong i, slong j, slong n)
{
    if (n <= 9) snprintf(buf, len, "m%ld%ld", (long) i, (long) j);
    else snprintf(buf, len, "m_{%ld,%ld}", (long) i, (long) j);
}

wk_status _wk_lambdadet_check_square(slong r, slong c)
{
    if (r != c)
        return wk_error(WK_E_DIM, "matrix is %ldx%ld, not square", (long) r, (long) c);
    return WK_OK;
}

wk_status _wk_lambdadet_check_pr(slong n, slong pr, slong pc, slong rr, slong rc)
{
    slong np = FLINT_MAX(n - 1, 0), nr = FLINT_MAX(n - 2, 0);
    if (pr != np || pc != np)
        return wk_error(WK_E_DIM, "p must be %ldx%ld for a %ldx%ld matrix, got %ldx%ld",
                        (long) np, (long) np, (long) n, (long) n, (long) pr, (long) pc);
    if (rr != nr || rc != nr)
        return wk_error(WK_E_DIM, "r must be %ldx%ld for a %ldx%ld matrix, got %ldx%ld",
                        (long) nr, (long) nr, (long) n, (long) n, (long) rr, (long) rc);
    return WK_OK;
}
