/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/core/error.c: status codes and the thread-local error message. */
#include <stdarg.h>
#include <stdio.h>
#include "wk_core.h"

static _Thread_local char wk_errbuf[1024];

wk_status wk_error(wk_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(wk_errbuf, sizeof wk_errbuf, fmt, ap);
    va_end(ap);
    return st;
}

const char *wk_error_msg(void) { return wk_errbuf; }

void wk_error_clear(void) { wk_errbuf[0] = '\0'; }

const char *wk_status_name(wk_status st)
{
    switch (st) {
    case WK_OK: return "ok";
    case WK_E_DOMAIN: return "domain";
    case WK_E_DIM: return "dimension";
    case WK_E_TOO_LARGE: return "too_large";
    case WK_E_INTERRUPT: return "interrupt";
    case WK_E_NOMEM: return "memory";
    case WK_E_PRECISION: return "precision";
    case WK_E_UNDECIDED: return "undecided";
    case WK_E_IO: return "io";
    case WK_E_INTERNAL: return "internal";
    }
    return "unknown";
}
