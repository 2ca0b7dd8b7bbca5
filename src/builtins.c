/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/builtins.c: the registry of builtin tables (one per module), signature
   parsing, `help`, and the settings table.  Every builtin is described once,
   in its module's table; dispatch, completion and help all read it. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"

extern const wk_module wk_mod_lang, wk_mod_numbers, wk_mod_reals, wk_mod_linalg,
    wk_mod_poly, wk_mod_lists;
/* The research modules: each binding file src/bi_MOD.c defines its
   wk_module.  Modules whose binding has landed are referenced strongly (so
   the static convenience library keeps them); the others weakly, so a tree
   without them still links. */
extern const wk_module wk_mod_weyl;
extern const wk_module wk_mod_lambdadet;
extern const wk_module wk_mod_cylindric;
extern const wk_module wk_mod_lie;
extern const wk_module wk_mod_groups;
extern const wk_module wk_mod_xsff;

static const wk_module *const all_modules[] = {
    &wk_mod_lang, &wk_mod_numbers, &wk_mod_reals, &wk_mod_linalg, &wk_mod_poly,
    &wk_mod_lists, &wk_mod_lie, &wk_mod_weyl, &wk_mod_lambdadet, &wk_mod_cylindric,
    &wk_mod_groups, &wk_mod_xsff
};
#define NALL ((int) (sizeof all_modules / sizeof all_modules[0]))

/* the modules present, in order (filled by wk_builtins_register) */
const wk_module *wk_modules[NALL + 1];

static wk_bientry *entries;
static slong nentries;

slong wk_builtin_count(void) { return nentries; }
const wk_bientry *wk_builtin_at(slong i) { return &entries[i]; }

static void parse_sig(wk_bientry *e)
{
    const char *s = e->b->sig;
    int n = 0, opt = -1;
    e->variadic = 0;
    e->nkw = 0;
    for (; *s && *s != ';'; s++) {
        if (*s == '[') { opt = n; continue; }
        if (*s == ']') continue;
        if (*s == '*') { e->variadic = 1; continue; }
        if (n < 31) e->kinds[n++] = *s;
    }
    e->kinds[n] = 0;
    e->maxargs = n;
    e->minargs = opt >= 0 ? opt : n;
    if (e->variadic && e->minargs == n) e->minargs = n - 1;
    if (*s == ';') {
        char buf[256], *tok, *save;
        strncpy(buf, s + 1, sizeof buf - 1);
        buf[sizeof buf - 1] = 0;
        if (strlen(s + 1) >= sizeof buf) {
            fprintf(stderr, "wk: builtin %s: keyword list too long\n", e->b->name);
            abort();
        }
        for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
            if (e->nkw == WK_MAX_KWNAMES) {   /* a programming error: every run reports it */
                fprintf(stderr, "wk: builtin %s accepts more than %d keywords\n", e->b->name, WK_MAX_KWNAMES);
                abort();
            }
            e->kwnames[e->nkw++] = wk_intern(tok);
        }
    }
}

void wk_builtins_register(wk_state *S)
{
    int m, k = 0;
    slong n = 0, i;
    for (m = 0; m < NALL; m++)
        if (all_modules[m]) wk_modules[k++] = all_modules[m];
    wk_modules[k] = NULL;
    for (m = 0; wk_modules[m]; m++)
        for (i = 0; wk_modules[m]->builtins[i].name; i++) n++;
    if (entries == NULL) {
        entries = calloc(n + 1, sizeof(wk_bientry));
        for (m = 0; wk_modules[m]; m++)
            for (i = 0; wk_modules[m]->builtins[i].name; i++) {
                wk_bientry *e = &entries[nentries++];
                e->b = &wk_modules[m]->builtins[i];
                e->mod = wk_modules[m];
                parse_sig(e);
            }
    }
    for (i = 0; i < nentries; i++) {
        slong s = wk_global_slot(S, entries[i].b->name);
        S->glob[s].v.t = T_BUILTIN;
        S->glob[s].v.u.be = &entries[i];
    }
}

const wk_bientry *wk_builtin_find(const char *name)
{
    slong i;
    for (i = 0; i < nentries; i++)
        if (strcmp(entries[i].b->name, name) == 0) return &entries[i];
    return NULL;
}

/* ---- help ----------------------------------------------------------------------- */
static const struct { const char *kw, *text; } lang_help[] = {
    {"if", "if cond { ... } else if cond { ... } else { ... }\n"
           "  A conditional; as an expression its value is the value of the branch taken.\n"
           "  Example: sgn(x) = if x > 0 { 1 } else if x < 0 { -1 } else { 0 }"},
    {"for", "for x in list { ... }   for i in 1..n { ... }\n"
            "  Loops over a list, a range a..b (inclusive), a string, or the rows of a matrix.\n"
            "  The loop variable is local to the loop.  'break' and 'continue' work inside."},
    {"while", "while cond { ... }\n  Repeats the block while cond is true."},
    {"fn", "fn name(x, y = default) { ... }   fn (x) { ... }   f(x) = expr   x -> expr\n"
           "  Defines a function.  The value of a function is its last statement's value\n"
           "  or the value given to 'return'.  Names not declared 'local' are global;\n"
           "  functions capture the values of enclosing locals when they are created."},
    {"local", "local x = 1, y\n  Declares variables local to the enclosing block or function."},
    {"var", "var q, t\n  Declares polynomial variables.  An undeclared name is an error, never a\n"
            "  new variable.  Negative powers give Laurent polynomials; quotients of\n"
            "  polynomials are rational functions; add O(q^n) for a power series."},
    {"return", "return expr\n  Leaves the current function with a value."},
    {"break", "break\n  Leaves the innermost loop."},
    {"continue", "continue\n  Goes on with the next iteration of the innermost loop."},
    {"in", "x in list   for x in list { ... }   sum(i in 1..n, expr)\n"
           "  Membership test; also the loop syntax."},
    {"time", "time(expr)\n  Evaluates expr, prints the wall-clock time it took (on stderr) and returns\n"
             "  its value.  cputime() gives the process's CPU seconds, for timing without the\n"
             "  noise of other processes."},
    {NULL, NULL}
};

static void help_overview(wk_state *S)
{
    wk_buf b;
    int m;
    slong i;
    wk_buf_init(&b);
    wk_buf_puts(&b, "wk: exact and certified group theory.  'help NAME' or '?NAME' shows one function;\n"
                    "'help if', 'help fn', 'help var' ... explain the language.\n");
    for (m = 0; wk_modules[m]; m++) {
        int col = 0;
        wk_buf_printf(&b, "\n%s: %s\n ", wk_modules[m]->name, wk_modules[m]->title);
        for (i = 0; wk_modules[m]->builtins[i].name; i++) {
            const char *nm = wk_modules[m]->builtins[i].name;
            int w = (int) strlen(nm) + 1;
            if (col + w > 76) { wk_buf_puts(&b, "\n "); col = 0; }
            wk_buf_printf(&b, " %s", nm);
            col += w;
        }
        wk_buf_putc(&b, '\n');
    }
    wk_out(S, b.s);
    wk_buf_clear(&b);
}

void wk_help(wk_state *S, const char *name)
{
    const wk_bientry *e;
    wk_buf b;
    int i;
    if (name == NULL || *name == '\0') { help_overview(S); return; }
    for (i = 0; lang_help[i].kw; i++)
        if (strcmp(lang_help[i].kw, name) == 0) {
            wk_buf_init(&b);
            wk_buf_printf(&b, "%s\n", lang_help[i].text);
            wk_out(S, b.s);
            wk_buf_clear(&b);
            return;
        }
    for (i = 0; wk_modules[i]; i++)
        if (strcmp(wk_modules[i]->name, name) == 0) {
            slong k;
            wk_buf_init(&b);
            wk_buf_printf(&b, "%s: %s\n", wk_modules[i]->name, wk_modules[i]->title);
            for (k = 0; wk_modules[i]->builtins[k].name; k++)
                wk_buf_printf(&b, "  %s\n", wk_modules[i]->builtins[k].summary);
            wk_out(S, b.s);
            wk_buf_clear(&b);
            return;
        }
    e = wk_builtin_find(name);
    wk_buf_init(&b);
    if (e) {
        wk_buf_printf(&b, "%s\n", e->b->summary);
        if (e->b->help && *e->b->help) wk_buf_printf(&b, "\n%s\n", e->b->help);
        if (e->b->example && *e->b->example) wk_buf_printf(&b, "\nExample:\n  %s\n", e->b->example);
        wk_buf_printf(&b, "\n(module %s)\n", e->mod->name);
    } else {
        slong g = wk_global_find(S, name);
        if (g >= 0 && S->glob[g].v.t == T_FUNC) {
            const wk_fproto *p = ((const wk_func *) S->glob[g].v.u.h)->p;
            wk_buf_value(S, &b, &S->glob[g].v, 0);
            if (p->pos.file >= 0 && p->pos.file < S->nfiles)
                wk_buf_printf(&b, ": a user function defined at %s:%d\n", S->files[p->pos.file].name, p->pos.line);
            else
                wk_buf_puts(&b, ": a user function\n");
        } else if (g >= 0 && S->glob[g].v.t != T_UNDEF) {
            wk_buf_printf(&b, "%s is a variable holding %s\n", name, wk_type_name(&S->glob[g].v));
        } else {
            /* suggest names with the same prefix */
            slong k, found = 0;
            wk_buf_printf(&b, "no help for '%s'", name);
            for (k = 0; k < nentries && found < 8; k++)
                if (strncmp(entries[k].b->name, name, strlen(name) < 3 ? strlen(name) : 3) == 0) {
                    wk_buf_puts(&b, found ? ", " : "; similar: ");
                    wk_buf_puts(&b, entries[k].b->name);
                    found++;
                }
            wk_buf_puts(&b, "\n");
        }
    }
    wk_out(S, b.s);
    wk_buf_clear(&b);
}

/* ---- settings ----------------------------------------------------------------------- */
typedef struct {
    const char *name;
    slong value, lo, hi;
    const char *help;
} wk_setting;

static wk_setting settings[] = {
    {"precision", 128, 16, 1 << 24, "working precision of real and complex balls, in bits"},
    {"digits", 38, 1, 1 << 22, "digits shown when printing a real ball (at most the correct ones)"},
    {"seed", 1, 0, WORD_MAX, "seed of the session's random source (random())"},
    {"recursion_limit", 10000, 10, 200000, "deepest recursion of wk functions"},
    {"chartable_limit", 10000000, 1, WORD(1) << 40, "largest group order for chartable()"},
    {"list_limit", 1000000, 1, WORD(1) << 40, "most objects an enumeration (weyl_face_list, asm_list, cpp_list ...) returns"},
    {NULL, 0, 0, 0, NULL}
};

slong wk_setting_si(wk_state *S, const char *name)
{
    int i;
    if (strcmp(name, "precision") == 0) return S->prec;
    if (strcmp(name, "digits") == 0) return S->digits;
    if (strcmp(name, "recursion_limit") == 0) return S->maxdepth;
    for (i = 0; settings[i].name; i++)
        if (strcmp(settings[i].name, name) == 0) return settings[i].value;
    return 0;
}

int wk_setting_set(wk_state *S, const char *name, const wk_value *v)
{
    int i;
    slong x;
    for (i = 0; settings[i].name; i++)
        if (strcmp(settings[i].name, name) == 0) break;
    if (!settings[i].name) return 0;
    if (!wk_get_si(&x, v) || x < settings[i].lo || x > settings[i].hi)
        wk_bi_error(S, "%s must be an integer in %ld..%ld", name, (long) settings[i].lo, (long) settings[i].hi);
    settings[i].value = x;
    if (strcmp(name, "precision") == 0) S->prec = x;
    if (strcmp(name, "digits") == 0) S->digits = x;
    if (strcmp(name, "recursion_limit") == 0) S->maxdepth = (int) x;
    return 1;
}

void wk_settings_list(wk_buf *b)
{
    int i;
    for (i = 0; settings[i].name; i++)
        wk_buf_printf(b, "  %-16s %s\n", settings[i].name, settings[i].help);
}

/* The generated reference (doc/reference.md): every module and builtin, from
   the same tables that drive dispatch and help. */
void wk_reference(FILE *out)
{
    int m;
    slong i;
    fprintf(out, "# wk reference\n\nGenerated by `wk --reference` from the builtin tables; "
                 "`help NAME` in wk shows the same text.\n\n");
    for (m = 0; wk_modules[m]; m++) {
        fprintf(out, "## %s: %s\n\n", wk_modules[m]->name, wk_modules[m]->title);
        for (i = 0; wk_modules[m]->builtins[i].name; i++) {
            const wk_builtin *b = &wk_modules[m]->builtins[i];
            fprintf(out, "### %s\n\n`%s`\n\n", b->name, b->summary);
            if (b->help && *b->help) fprintf(out, "%s\n\n", b->help);
            if (b->example && *b->example) fprintf(out, "Example:\n\n    %s\n\n", b->example);
        }
    }
}
