/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/examples.c: `wk --check-examples` runs the example of every builtin's
   help (TAP): each must run without error and, if it yields a boolean, be true;
   an empty summary, help example or a summary not starting with "name(" fails. */
#include <string.h>
#include "wk_int.h"

typedef struct {
    const char *code;
    int file;
    wk_value *out;
} ex_ud;

static void run_example(wk_state *S, void *ud_)
{
    ex_ud *ud = ud_;
    wk_chunk *ch;
    slong top = S->top;
    wk_value *tmp;
    if (wk_parse(S, ud->file, 0, &ch) != WK_PARSE_OK)
        wk_throw(S, WK_ERR_SYNTAX, "%s", S->errmsg);
    ch->next = S->chunks;
    S->chunks = ch;
    tmp = wk_push(S);
    wk_eval_chunk(S, ch, tmp);
    wk_assign(ud->out, tmp);
    wk_popto(S, top);
}

int wk_check_examples(wk_state *S)
{
    slong i, n = wk_builtin_count();
    int failed = 0, k = 0;
    FILE *out = S->out;
    S->tap = 2;   /* output of examples becomes TAP comments; check() stays silent */
    for (i = 0; i < n; i++) {
        const wk_builtin *b = wk_builtin_at(i)->b;
        char name[256];
        ex_ud ud;
        wk_value res;
        int ok, e;
        snprintf(name, sizeof name, "%s(", b->name);
        if (!b->summary || strncmp(b->summary, name, strlen(name)) != 0) {
            fprintf(out, "not ok %d - %s: summary must start with '%s'\n", ++k, b->name, name);
            failed++;
            continue;
        }
        if (!b->example || !*b->example) {
            fprintf(out, "not ok %d - %s: no example in its help\n", ++k, b->name);
            failed++;
            continue;
        }
        snprintf(name, sizeof name, "<example of %s>", b->name);
        ud.code = b->example;
        ud.file = wk_file_new(S, name);
        wk_file_append(S, ud.file, b->example, strlen(b->example));
        res.t = T_NIL;
        ud.out = &res;
        S->echo = 0;
        e = wk_pcall(S, run_example, &ud);
        ok = !e && (res.t != T_BOOL || res.u.b);
        fprintf(out, "%sok %d - example of %s: %s\n", ok ? "" : "not ", ++k, b->name, b->example);
        if (e) fprintf(out, "# %s\n", S->errmsg);
        else if (!ok) fprintf(out, "# the example evaluated to false\n");
        if (!ok) failed++;
        wk_release(&res);
    }
    fprintf(out, "1..%d\n", k);
    return failed ? 1 : 0;
}
