/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   repl/rl.c: the only file that knows GNU readline: line editing, the history
   file (~/.wk_history, or $WK_HISTORY), tab completion of builtin and user
   names and keywords.  Without readline it falls back to fgets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "config.h"
#include "rl.h"

#ifdef WK_USE_READLINE
#include <readline/readline.h>
#include <readline/history.h>

static wk_state *rl_S;
static char hist_path[4096];

static const char *const keywords[] = {
    "if", "else", "for", "in", "while", "break", "continue", "return", "fn", "local",
    "var", "true", "false", "nil", "and", "or", "not", "help", NULL
};

static char *generator(const char *text, int state)
{
    static slong gi;
    static int ki;
    size_t n = strlen(text);
    if (state == 0) { gi = 0; ki = 0; }
    while (keywords[ki]) {
        const char *k = keywords[ki++];
        if (strncmp(k, text, n) == 0) return strdup(k);
    }
    while (gi < rl_S->nglob) {
        const wk_global *g = &rl_S->glob[gi++];
        if (g->v.t != T_UNDEF && strncmp(g->name, text, n) == 0) return strdup(g->name);
    }
    return NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void) start; (void) end;
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, generator);
}

void wk_rl_init(wk_state *S)
{
    const char *h = getenv("WK_HISTORY"), *home = getenv("HOME");
    rl_S = S;
    rl_readline_name = "wk";
    rl_catch_signals = 0;   /* Ctrl-C is ours: it clears the line (see main.c) */
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,[+-*/^%.";
    if (h && *h) snprintf(hist_path, sizeof hist_path, "%s", h);
    else if (home && *home) snprintf(hist_path, sizeof hist_path, "%s/.wk_history", home);
    else hist_path[0] = '\0';
    using_history();
    stifle_history(2000);
    if (hist_path[0]) read_history(hist_path);
}

char *wk_rl_read(const char *prompt)
{
    return readline(prompt);
}

void wk_rl_add_history(const char *text, size_t len)
{
    char *s;
    while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == ' ')) len--;
    if (len == 0) return;
    s = malloc(len + 1);
    memcpy(s, text, len);
    s[len] = '\0';
    add_history(s);
    if (hist_path[0]) append_history(1, hist_path);
    free(s);
}

void wk_rl_reset_after_interrupt(void)
{
    rl_free_line_state();
    rl_cleanup_after_signal();
    rl_reset_after_signal();
}

void wk_rl_done(void)
{
    if (hist_path[0]) history_truncate_file(hist_path, 2000);
    rl_clear_history();
}

#else /* plain input */

void wk_rl_init(wk_state *S) { (void) S; }

char *wk_rl_read(const char *prompt)
{
    char buf[65536];
    size_t n;
    fputs(prompt, stdout);
    fflush(stdout);
    if (!fgets(buf, sizeof buf, stdin)) return NULL;
    n = strlen(buf);
    if (n && buf[n - 1] == '\n') buf[--n] = '\0';
    return strdup(buf);
}

void wk_rl_add_history(const char *text, size_t len) { (void) text; (void) len; }
void wk_rl_reset_after_interrupt(void) { }
void wk_rl_done(void) { }
#endif
