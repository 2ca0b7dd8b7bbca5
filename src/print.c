/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/print.c: text forms of values.  A real ball prints only digits that are
   correct (Arb's ARB_STR_NO_RADIUS), or [+/- r] when no digit is known. */
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"

void wk_buf_fmpq(wk_buf *b, const fmpq_t x)
{
    char *s = fmpq_get_str(NULL, 10, x);
    wk_buf_puts(b, s);
    flint_free(s);
}

static void buf_fmpz(wk_buf *b, const fmpz_t x)
{
    char *s = fmpz_get_str(NULL, 10, x);
    wk_buf_puts(b, s);
    flint_free(s);
}

/* Arb prints exact values with trailing zeros ("0.5000000000"); they are
   correct digits, but noise: drop them (keeping one digit after the point). */
static void trim_zeros(char *s)
{
    char *dot = strchr(s, '.'), *e, *end;
    if (!dot) return;
    e = strpbrk(dot, "eE");
    end = e ? e : s + strlen(s);
    {
        char *p = end;
        while (p > dot + 2 && p[-1] == '0') p--;
        if (p < end) memmove(p, end, strlen(end) + 1);
    }
}

void wk_buf_arb(wk_buf *b, const arb_t x, slong digits)
{
    char *s;
    if (arb_is_exact(x) && arf_is_int(arb_midref(x)) && arf_bits(arb_midref(x)) < 200) {
        fmpz_t z;
        fmpz_init(z);
        arf_get_fmpz(z, arb_midref(x), ARF_RND_DOWN);
        buf_fmpz(b, z);
        wk_buf_puts(b, ".0");
        fmpz_clear(z);
        return;
    }
    if (!mag_is_zero(arb_radref(x)) && arb_contains_zero(x)) {
        /* not even the sign is known: show the bound, e.g. [+/- 1.2e-40] */
        s = arb_get_str(x, 2, 0);
        wk_buf_puts(b, s);
        flint_free(s);
        return;
    }
    s = arb_get_str(x, digits > 0 ? digits : 1, ARB_STR_NO_RADIUS);
    if (arb_is_exact(x)) trim_zeros(s);
    wk_buf_puts(b, s);
    flint_free(s);
}

static void buf_acb(wk_buf *b, const acb_t x, slong digits)
{
    int re0 = arb_is_zero(acb_realref(x));
    if (!re0) wk_buf_arb(b, acb_realref(x), digits);
    if (!arb_is_zero(acb_imagref(x)) || re0) {
        arb_t im;
        arb_init(im);
        arb_set(im, acb_imagref(x));
        if (!re0) {
            if (arb_is_negative(im)) { wk_buf_puts(b, " - "); arb_neg(im, im); }
            else wk_buf_puts(b, " + ");
        }
        wk_buf_arb(b, im, digits);
        wk_buf_puts(b, "*I");
        arb_clear(im);
    }
}

static void buf_string_quoted(wk_buf *b, const char *s)
{
    wk_buf_putc(b, '"');
    for (; *s; s++) {
        switch (*s) {
        case '"': wk_buf_puts(b, "\\\""); break;
        case '\\': wk_buf_puts(b, "\\\\"); break;
        case '\n': wk_buf_puts(b, "\\n"); break;
        case '\t': wk_buf_puts(b, "\\t"); break;
        default: wk_buf_putc(b, *s);
        }
    }
    wk_buf_putc(b, '"');
}

static void buf_perm(wk_buf *b, const wk_perm *p)
{
    char *seen = calloc(p->n + 1, 1);
    slong i;
    int any = 0;
    for (i = 0; i < p->n; i++) {
        slong j;
        if (seen[i] || p->img[i] == i) continue;
        any = 1;
        wk_buf_printf(b, "(%ld", (long) i + 1);
        seen[i] = 1;
        for (j = p->img[i]; j != i; j = p->img[j]) {
            wk_buf_printf(b, ",%ld", (long) j + 1);
            seen[j] = 1;
        }
        wk_buf_putc(b, ')');
    }
    if (!any) wk_buf_puts(b, "()");
    free(seen);
}

/* Matrix at top level: aligned columns, one row per line. */
static void buf_matrix_top(wk_state *S, wk_buf *b, const wk_mat *m)
{
    slong i, j;
    char **cell;
    size_t *w;
    if (m->r == 0 || m->c == 0) { wk_buf_printf(b, "[;] (%ldx%ld matrix)", (long) m->r, (long) m->c); return; }
    cell = malloc(m->r * m->c * sizeof(char *));
    w = calloc(m->c, sizeof(size_t));
    for (i = 0; i < m->r * m->c; i++) {
        wk_buf t;
        wk_buf_init(&t);
        wk_buf_putn(&t, "", 0);
        wk_buf_value(S, &t, &m->v[i], 0);
        cell[i] = t.s;
        if (strlen(cell[i]) > w[i % m->c]) w[i % m->c] = strlen(cell[i]);
    }
    for (i = 0; i < m->r; i++) {
        if (i) wk_buf_putc(b, '\n');
        wk_buf_putc(b, '[');
        for (j = 0; j < m->c; j++) {
            const char *s = cell[i * m->c + j];
            size_t k;
            if (j) wk_buf_puts(b, "  ");
            for (k = strlen(s); k < w[j]; k++) wk_buf_putc(b, ' ');
            wk_buf_puts(b, s);
        }
        wk_buf_putc(b, ']');
    }
    for (i = 0; i < m->r * m->c; i++) flint_free(cell[i]);
    free(cell);
    free(w);
}

/* A value inside a multi-line record: a long list of lists or records gets
   one element per line, indented to its opening bracket. */
static void buf_long_list(wk_state *S, wk_buf *b, const wk_value *v, size_t indent)
{
    wk_buf one;
    const wk_list *l;
    slong i;
    size_t k;
    wk_buf_init(&one);
    wk_buf_putn(&one, "", 0);
    wk_buf_value(S, &one, v, 0);
    if (v->t != T_LIST || one.len <= 100 || wk_list_len(v) < 2
        || (wk_list_get(v, 0)->t != T_REC && wk_list_get(v, 0)->t != T_LIST)) {
        wk_buf_puts(b, one.s);
        wk_buf_clear(&one);
        return;
    }
    wk_buf_clear(&one);
    l = (const wk_list *) v->u.h;
    wk_buf_putc(b, '[');
    for (i = 0; i < l->len; i++) {
        if (i) {
            wk_buf_puts(b, ",\n");
            for (k = 0; k < indent + 1; k++) wk_buf_putc(b, ' ');
        }
        wk_buf_value(S, b, &l->v[i], 0);
    }
    wk_buf_putc(b, ']');
}

void wk_buf_value(wk_state *S, wk_buf *b, const wk_value *v, int top)
{
    slong i;
    slong digits = S ? S->digits : 38;
    if (S && (v->t == T_LIST || v->t == T_REC)) {
        wk_pos p = { -1, 0, 0 };
        wk_cstack_check(S, p);
    }
    switch (v->t) {
    case T_UNDEF: wk_buf_puts(b, "<undefined>"); return;
    case T_NIL: wk_buf_puts(b, "nil"); return;
    case T_BOOL: wk_buf_puts(b, v->u.b ? "true" : "false"); return;
    case T_INT: buf_fmpz(b, &v->u.z); return;
    case T_RAT: wk_buf_fmpq(b, ((const wk_rat *) v->u.h)->q); return;
    case T_REAL: wk_buf_arb(b, ((const wk_real *) v->u.h)->x, digits); return;
    case T_CPLX: buf_acb(b, ((const wk_cplx *) v->u.h)->x, digits); return;
    case T_STR: buf_string_quoted(b, wk_str_get(v)); return;
    case T_LIST: {
        const wk_list *l = (const wk_list *) v->u.h;
        if (top) { buf_long_list(S, b, v, 0); return; }
        wk_buf_putc(b, '[');
        for (i = 0; i < l->len; i++) {
            if (i) wk_buf_puts(b, ", ");
            wk_buf_value(S, b, &l->v[i], 0);
        }
        wk_buf_putc(b, ']');
        return;
    }
    case T_REC: {
        const wk_rec *r = (const wk_rec *) v->u.h;
        if (top) {
            /* a long record at statement level: one field per line */
            wk_buf one;
            wk_buf_init(&one);
            wk_buf_value(S, &one, v, 0);
            if (one.len <= 100 || r->n < 2) {
                wk_buf_puts(b, one.s);
                wk_buf_clear(&one);
                return;
            }
            wk_buf_clear(&one);
            wk_buf_putc(b, '{');
            for (i = 0; i < r->n; i++) {
                if (i) wk_buf_puts(b, ",\n ");
                wk_buf_puts(b, r->key[i]);
                wk_buf_puts(b, ": ");
                buf_long_list(S, b, &r->v[i], strlen(r->key[i]) + 3);
            }
            wk_buf_putc(b, '}');
            return;
        }
        wk_buf_putc(b, '{');
        for (i = 0; i < r->n; i++) {
            if (i) wk_buf_puts(b, ", ");
            wk_buf_puts(b, r->key[i]);
            wk_buf_puts(b, ": ");
            wk_buf_value(S, b, &r->v[i], 0);
        }
        wk_buf_putc(b, '}');
        return;
    }
    case T_MAT: {
        const wk_mat *m = (const wk_mat *) v->u.h;
        if (top) { buf_matrix_top(S, b, m); return; }
        wk_buf_putc(b, '[');
        for (i = 0; i < m->r * m->c; i++) {
            if (i) wk_buf_puts(b, i % m->c ? ", " : "; ");
            wk_buf_value(S, b, &m->v[i], 0);
        }
        if (m->r == 1) wk_buf_putc(b, ';');
        wk_buf_putc(b, ']');
        return;
    }
    case T_POLY: wk_poly_print(b, (const wk_poly *) v->u.h); return;
    case T_SER: wk_ser_print(b, (const wk_ser *) v->u.h); return;
    case T_PERM: buf_perm(b, (const wk_perm *) v->u.h); return;
    case T_RANGE: {
        const wk_range *r = (const wk_range *) v->u.h;
        if (r->step == 1) wk_buf_printf(b, "%ld..%ld", (long) r->a, (long) r->b);
        else wk_buf_printf(b, "range(%ld, %ld, %ld)", (long) r->a, (long) r->b, (long) r->step);
        return;
    }
    case T_FUNC: {
        const wk_fproto *p = ((const wk_func *) v->u.h)->p;
        int k;
        wk_buf_printf(b, "<function %s(", p->name);
        for (k = 0; k < p->nparams; k++) {
            if (k) wk_buf_puts(b, ", ");
            wk_buf_puts(b, p->params[k]);
        }
        wk_buf_puts(b, ")>");
        return;
    }
    case T_BUILTIN:
        wk_buf_printf(b, "<builtin %s>", v->u.be->b->name);
        return;
    case T_OBJ: {
        const wk_obj *o = (const wk_obj *) v->u.h;
        if (o->type->print) o->type->print(b, o->data, top);
        else wk_buf_printf(b, "<%s>", o->type->name);
        return;
    }
    default:
        wk_buf_puts(b, "<?>");
    }
}

void wk_out(wk_state *S, const char *s)
{
    if (S->in_progress_line) { fputs("\r\033[K", stderr); S->in_progress_line = 0; }
    if (S->tap) {
        /* keep TAP output parseable: printed lines become comments */
        const char *p = s;
        while (*p) {
            const char *e = strchr(p, '\n');
            size_t n = e ? (size_t) (e - p) : strlen(p);
            fputs("# ", S->out);
            fwrite(p, 1, n, S->out);
            fputc('\n', S->out);
            if (!e) break;
            p = e + 1;
        }
        return;
    }
    fputs(s, S->out);
}

void wk_print_value(wk_state *S, const wk_value *v)
{
    wk_buf b;
    wk_buf_init(&b);
    wk_buf_value(S, &b, v, 1);
    wk_buf_putc(&b, '\n');
    wk_out(S, b.s);
    wk_buf_clear(&b);
}
