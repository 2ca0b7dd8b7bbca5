/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/display.c: character tables as text: GAP's Display layout
   (centraliser orders by prime, class names, power maps, rows with named
   irrationalities listed below), a LaTeX tabular and GAP input. */
#include <stdlib.h>
#include <flint/ulong_extras.h>
#include "impl.h"

typedef struct {
    slong nnamed;
    slong * named;         /* pool indices of named values */
    char ** cell;          /* r*r cell strings */
} names_struct;

static char * letters(slong t)
{
    char buf[16], * s;
    slong len = 0, u = t + 1, i;
    while (u > 0) { u--; buf[len++] = (char) ('A' + u % 26); u /= 26; }
    s = flint_malloc(len + 1);
    for (i = 0; i < len; i++) s[i] = buf[len - 1 - i];
    s[len] = '\0';
    return s;
}

static char * dupstr(const char * s)
{
    char * d = flint_malloc(strlen(s) + 1);
    strcpy(d, s);
    return d;
}

/* name of an irrational pool value: A, -A, /A, -/A, *A, A*k, ... (in this
   order of preference, as GAP's Display) */
static char * value_name(const table_struct * T, names_struct * Nm, slong v, slong exponent)
{
    slong i, k, pass;
    wk_cyc_t neg, y;
    char * res = NULL;
    const wk_cyc_struct * x = T->pool + v;
    wk_cyc_init(neg);
    wk_cyc_init(y);
    wk_cyc_neg(neg, x);
    for (pass = 0; pass < 3 && res == NULL; pass++) {
        for (i = 0; i < Nm->nnamed && res == NULL; i++) {
            const wk_cyc_struct * a = T->pool + Nm->named[i];
            char * nm = letters(i);
            int sgn;
            for (sgn = 0; sgn < 2 && res == NULL; sgn++) {
                const wk_cyc_struct * target = sgn ? neg : x;
                const char * pre = sgn ? "-" : "";
                sbuf_struct b;
                if (pass == 0 && wk_cyc_equal(a, target)) {
                    sbuf_init(&b); sbuf_printf(&b, "%s%s", pre, nm); res = sbuf_finish(&b);
                    break;
                }
                if (a->n != target->n) continue;
                if (pass == 1) {
                    wk_cyc_conj(y, a);
                    if (wk_cyc_equal(y, target)) {
                        sbuf_init(&b); sbuf_printf(&b, "%s/%s", pre, nm); res = sbuf_finish(&b);
                        break;
                    }
                }
                if (pass == 2) {
                    for (k = 2; k < a->n; k++) {
                        if (n_gcd(k, a->n) != 1) continue;
                        wk_cyc_galois(y, a, k);
                        if (wk_cyc_equal(y, target)) {
                            char * q = wk_cyc_get_str_quadratic(a);
                            sbuf_init(&b);
                            if (q) sbuf_printf(&b, "%s*%s", pre, nm);
                            else sbuf_printf(&b, "%s%s*%ld", pre, nm, (long) k);
                            flint_free(q);
                            res = sbuf_finish(&b);
                            break;
                        }
                    }
                }
            }
            flint_free(nm);
        }
    }
    if (res == NULL) {
        Nm->named[Nm->nnamed] = v;
        res = letters(Nm->nnamed++);
    }
    (void) exponent;
    wk_cyc_clear(neg);
    wk_cyc_clear(y);
    return res;
}

static char * cell_string(const table_struct * T, names_struct * Nm, slong v, slong e)
{
    const wk_cyc_struct * x = T->pool + v;
    if (wk_cyc_is_zero(x)) return dupstr(".");
    if (wk_cyc_is_rational(x)) return wk_cyc_get_str(x);
    return value_name(T, Nm, v, e);
}

static void pad(sbuf_struct * b, const char * s, slong w)
{
    slong l = strlen(s);
    while (l++ < w) sbuf_puts(b, " ");
    sbuf_puts(b, s);
}

wk_status wk_group_chartable_display(char ** out, wk_group_struct * G)
{
    table_struct * T;
    classes_struct * C;
    slong r, i, k, lw, np = 0, pr[64];
    slong * w;
    names_struct Nm;
    sbuf_struct b;
    char ** hdr;
    n_factor_t fac;
    wk_status st = wk_group_chartable(G);
    if (st != WK_OK) return st;
    T = G->tab;
    C = G->cls;
    r = T->r;
    n_factor_init(&fac);
    n_factor(&fac, C->gorder, 1);
    for (i = 0; i < fac.num; i++) pr[np++] = fac.p[i];
    Nm.nnamed = 0;
    Nm.named = flint_malloc((T->npool ? T->npool : 1) * sizeof(slong));
    Nm.cell = flint_malloc(r * r * sizeof(char *));
    for (i = 0; i < r; i++)
        for (k = 0; k < r; k++)
            Nm.cell[i * r + k] = cell_string(T, &Nm, T->irr[i * r + k], C->exponent);
    /* header rows: centraliser exponents per prime */
    hdr = flint_malloc(np * r * sizeof(char *));
    for (i = 0; i < np; i++)
        for (k = 0; k < r; k++) {
            ulong c = C->gorder / C->size[k];
            slong e = 0;
            char buf[32];
            while (c % pr[i] == 0) { c /= pr[i]; e++; }
            if (e == 0) snprintf(buf, sizeof buf, ".");
            else snprintf(buf, sizeof buf, "%ld", (long) e);
            hdr[i * r + k] = dupstr(buf);
        }
    w = flint_malloc(r * sizeof(slong));
    for (k = 0; k < r; k++) {
        slong m = strlen(C->names[k]);
        for (i = 0; i < r; i++) m = FLINT_MAX(m, (slong) strlen(Nm.cell[i * r + k]));
        for (i = 0; i < np; i++) m = FLINT_MAX(m, (slong) strlen(hdr[i * r + k]));
        w[k] = m + 1;
    }
    {
        char buf[32];
        snprintf(buf, sizeof buf, "X.%ld", (long) r);
        lw = FLINT_MAX((slong) strlen(buf) + 1, 6);
        for (i = 0; i < np; i++) {
            snprintf(buf, sizeof buf, "%ldP", (long) pr[i]);
            lw = FLINT_MAX(lw, (slong) strlen(buf) + 2);
        }
    }
    sbuf_init(&b);
    if (G->name) sbuf_printf(&b, "%s\n\n", G->name);
    else sbuf_printf(&b, "group of order %lu\n\n", (unsigned long) C->gorder);
    for (i = 0; i < np; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "%ld", (long) pr[i]);
        pad(&b, buf, lw - 1);
        for (k = 0; k < r; k++) pad(&b, hdr[i * r + k], w[k]);
        sbuf_puts(&b, "\n");
    }
    sbuf_puts(&b, "\n");
    pad(&b, "", lw - 1);
    for (k = 0; k < r; k++) pad(&b, C->names[k], w[k]);
    sbuf_puts(&b, "\n");
    for (i = 0; i < np; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "%ldP", (long) pr[i]);
        pad(&b, buf, lw - 1);
        for (k = 0; k < r; k++) pad(&b, C->names[_wk_powermap(G, k)[pr[i] % C->eorder[k]]], w[k]);
        sbuf_puts(&b, "\n");
    }
    sbuf_puts(&b, "\n");
    for (i = 0; i < r; i++) {
        char buf[32];
        slong l;
        snprintf(buf, sizeof buf, "X.%ld", (long) i + 1);
        sbuf_puts(&b, buf);
        for (l = strlen(buf); l < lw - 1; l++) sbuf_puts(&b, " ");
        for (k = 0; k < r; k++) pad(&b, Nm.cell[i * r + k], w[k]);
        sbuf_puts(&b, "\n");
    }
    for (i = 0; i < Nm.nnamed; i++) {
        char * nm = letters(i), * s = wk_cyc_get_str(T->pool + Nm.named[i]);
        char * q = wk_cyc_get_str_quadratic(T->pool + Nm.named[i]);
        slong l;
        sbuf_printf(&b, "\n%s = %s\n", nm, s);
        if (q) {
            for (l = 0; l < (slong) strlen(nm) + 1; l++) sbuf_puts(&b, " ");
            sbuf_printf(&b, "= %s\n", q);
        }
        flint_free(nm); flint_free(s); flint_free(q);
    }
    *out = sbuf_finish(&b);
    for (i = 0; i < r * r; i++) flint_free(Nm.cell[i]);
    for (i = 0; i < np * r; i++) flint_free(hdr[i]);
    flint_free(Nm.cell);
    flint_free(Nm.named);
    flint_free(hdr);
    flint_free(w);
    return WK_OK;
}

wk_status wk_group_chartable_latex(char ** out, wk_group_struct * G)
{
    table_struct * T;
    classes_struct * C;
    slong r, i, k;
    sbuf_struct b;
    wk_status st = wk_group_chartable(G);
    if (st != WK_OK) return st;
    T = G->tab;
    C = G->cls;
    r = T->r;
    sbuf_init(&b);
    sbuf_puts(&b, "\\begin{tabular}{l|");
    for (k = 0; k < r; k++) sbuf_puts(&b, "c");
    sbuf_puts(&b, "}\n");
    sbuf_puts(&b, "$|C_G(g)|$");
    for (k = 0; k < r; k++) sbuf_printf(&b, " & %lu", (unsigned long) (C->gorder / C->size[k]));
    sbuf_puts(&b, " \\\\\n");
    for (k = 0; k < r; k++) sbuf_printf(&b, " & %s", C->names[k]);
    sbuf_puts(&b, " \\\\\n\\hline\n");
    for (i = 0; i < r; i++) {
        sbuf_printf(&b, "$\\chi_{%ld}$", (long) i + 1);
        for (k = 0; k < r; k++) {
            char * s = wk_cyc_get_str_latex(T->pool + T->irr[i * r + k]);
            sbuf_printf(&b, " & $%s$", s);
            flint_free(s);
        }
        sbuf_puts(&b, " \\\\\n");
    }
    sbuf_puts(&b, "\\end{tabular}\n");
    *out = sbuf_finish(&b);
    return WK_OK;
}

wk_status wk_group_chartable_gap(char ** out, wk_group_struct * G)
{
    table_struct * T;
    classes_struct * C;
    slong r, i, k, p;
    sbuf_struct b;
    n_factor_t fac;
    wk_status st = wk_group_chartable(G);
    if (st != WK_OK) return st;
    T = G->tab;
    C = G->cls;
    r = T->r;
    sbuf_init(&b);
    sbuf_puts(&b, "ConvertToCharacterTableNC(rec(\n  UnderlyingCharacteristic := 0,\n");
    sbuf_printf(&b, "  Identifier := \"%s\",\n", G->name ? G->name : "wk");
    sbuf_printf(&b, "  Size := %lu,\n", (unsigned long) C->gorder);
    sbuf_puts(&b, "  SizesCentralizers := [");
    for (k = 0; k < r; k++) sbuf_printf(&b, "%s%lu", k ? ", " : " ", (unsigned long) (C->gorder / C->size[k]));
    sbuf_puts(&b, " ],\n  OrdersClassRepresentatives := [");
    for (k = 0; k < r; k++) sbuf_printf(&b, "%s%ld", k ? ", " : " ", (long) C->eorder[k]);
    sbuf_puts(&b, " ],\n  ComputedPowerMaps := [");
    n_factor_init(&fac);
    n_factor(&fac, C->gorder, 1);
    {
        slong maxp = fac.num ? (slong) fac.p[fac.num - 1] : 1;
        for (p = 1; p <= maxp; p++) {
            int isp = 0;
            for (i = 0; i < fac.num; i++) if ((slong) fac.p[i] == p) isp = 1;
            if (p > 1) sbuf_puts(&b, ",");
            if (!isp) continue;
            sbuf_puts(&b, " [");
            for (k = 0; k < r; k++) sbuf_printf(&b, "%s%ld", k ? ", " : " ", (long) _wk_powermap(G, k)[p % C->eorder[k]] + 1);
            sbuf_puts(&b, " ]");
        }
    }
    sbuf_puts(&b, " ],\n  Irr := [\n");
    for (i = 0; i < r; i++) {
        sbuf_puts(&b, "    [");
        for (k = 0; k < r; k++) {
            char * s = wk_cyc_get_str(T->pool + T->irr[i * r + k]);
            sbuf_printf(&b, "%s%s", k ? ", " : " ", s);
            flint_free(s);
        }
        sbuf_printf(&b, " ]%s\n", i + 1 < r ? "," : "");
    }
    sbuf_puts(&b, "  ]));\n");
    *out = sbuf_finish(&b);
    return WK_OK;
}
