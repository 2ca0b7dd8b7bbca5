/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   repl/rl.h: line input for the REPL (GNU readline, or plain fgets). */
#ifndef WK_RL_H
#define WK_RL_H
#include "wk_int.h"
void wk_rl_init(wk_state *S);
/* a malloc'd line without its newline, or NULL at end of input */
char *wk_rl_read(const char *prompt);
void wk_rl_add_history(const char *text, size_t len);
void wk_rl_reset_after_interrupt(void);
void wk_rl_done(void);
#endif
