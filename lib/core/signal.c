/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/core/signal.c: the interrupt flag and the progress hook. */
#include "wk_core.h"

volatile sig_atomic_t wk_interrupt_flag = 0;

static wk_progress_fn wk_progress_handler = NULL;

void wk_progress_set_handler(wk_progress_fn fn) { wk_progress_handler = fn; }

void wk_progress(const char *what, double done, double total)
{
    if (wk_progress_handler)
        wk_progress_handler(what, done, total);
}

void wk_progress_done(void)
{
    if (wk_progress_handler)
        wk_progress_handler(NULL, 0, 0);
}
