/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/perm_str.c: permutations in cycle notation "(1,2,3)(4,5)" and
   as image lists "[2,3,1]" (GAP's notations), parsed and printed. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include "impl.h"

static const char * skip(const char * s)
{
    while (*s && isspace((unsigned char) *s)) s++;
    return s;
}

/* parses a positive integer at *ps; returns -1 if none, -2 if too large */
static slong parse_int(const char ** ps)
{
    const char * s = *ps;
    slong v = 0;
    if (!isdigit((unsigned char) *s)) return -1;
    while (isdigit((unsigned char) *s)) {
        v = 10 * v + (*s - '0');
        if (v > WK_GROUPS_MAX_DEGREE) {
            while (isdigit((unsigned char) *s)) s++;
            *ps = s;
            return -2;
        }
        s++;
    }
    *ps = s;
    return v;
}

static wk_status bad_char(const char * s0, const char * s)
{
    if (*s == '\0')
        return wk_error(WK_E_DOMAIN, "permutation ends early (at position %ld)",
                        (long) (s - s0) + 1);
    return wk_error(WK_E_DOMAIN, "unexpected character '%c' at position %ld of the permutation",
                    *s, (long) (s - s0) + 1);
}

wk_status wk_perm_set_str(wk_perm_t p, const char * str)
{
    const char * s = skip(str);
    wk_status st = WK_OK;
    if (*s == '[') {
        slong len = 0, alloc = 8, v;
        slong * img = flint_malloc(alloc * sizeof(slong));
        s = skip(s + 1);
        if (*s != ']') {
            for (;;) {
                s = skip(s);
                if (*s == '-') { st = wk_error(WK_E_DOMAIN, "not a permutation (image must be a positive integer)"); break; }
                v = parse_int(&s);
                if (v == -1) { st = bad_char(str, s); break; }
                if (v == -2) { st = wk_error(WK_E_TOO_LARGE, "point exceeds the degree limit %d", WK_GROUPS_MAX_DEGREE); break; }
                if (len == alloc) { alloc *= 2; img = flint_realloc(img, alloc * sizeof(slong)); }
                if (len >= WK_GROUPS_MAX_DEGREE) { st = wk_error(WK_E_TOO_LARGE, "image list longer than the degree limit %d", WK_GROUPS_MAX_DEGREE); break; }
                img[len++] = v;
                s = skip(s);
                if (*s == ',') { s++; continue; }
                if (*s == ']') break;
                st = bad_char(str, s);
                break;
            }
        }
        if (st == WK_OK) {
            s = skip(s + 1);
            if (*s) st = bad_char(str, s);
        }
        if (st == WK_OK) st = wk_perm_set_images(p, img, len);
        flint_free(img);
        return st;
    }
    /* cycle notation: first pass validates and finds the degree */
    {
        const char * t = s;
        slong deg = 0, v, clen, maxlen = 0;
        if (*t == '\0') return wk_error(WK_E_DOMAIN, "empty permutation (write () for the identity)");
        while (*t) {
            if (*t != '(') return bad_char(str, t);
            t = skip(t + 1);
            clen = 0;
            if (*t == ')') { t = skip(t + 1); continue; }
            for (;;) {
                t = skip(t);
                if (*t == '-' || (*t == '0' && !isdigit((unsigned char) t[1])))
                    return wk_error(WK_E_DOMAIN, "points must be positive integers (at position %ld)",
                                    (long) (t - str) + 1);
                v = parse_int(&t);
                if (v == -1) return bad_char(str, t);
                if (v == -2) return wk_error(WK_E_TOO_LARGE, "point exceeds the degree limit %d",
                                             WK_GROUPS_MAX_DEGREE);
                if (v == 0) return wk_error(WK_E_DOMAIN, "points must be positive integers (at position %ld)",
                                            (long) (t - str));
                if (v > deg) deg = v;
                clen++;
                t = skip(t);
                if (*t == ',') { t++; continue; }
                if (*t == ')') { t = skip(t + 1); break; }
                return bad_char(str, t);
            }
            if (clen > maxlen) maxlen = clen;
        }
        /* second pass: build, multiplying cycles left to right */
        {
            pt * res = flint_malloc((deg ? deg : 1) * sizeof(pt));
            pt * cyc = flint_malloc((deg ? deg : 1) * sizeof(pt));
            slong * cpts = flint_malloc((maxlen ? maxlen : 1) * sizeof(slong));
            char * inc = calloc(deg + 1, 1);
            slong i;
            _perm_one(res, deg);
            t = s;
            while (*t && st == WK_OK) {
                t = skip(t + 1);   /* '(' */
                clen = 0;
                if (*t == ')') { t = skip(t + 1); continue; }
                for (;;) {
                    t = skip(t);
                    v = parse_int(&t);
                    cpts[clen++] = v;
                    t = skip(t);
                    if (*t == ',') { t++; continue; }
                    t = skip(t + 1);
                    break;
                }
                for (i = 0; i < clen; i++) {
                    if (inc[cpts[i]]) {
                        st = wk_error(WK_E_DOMAIN, "point %ld repeats in a cycle", (long) cpts[i]);
                        break;
                    }
                    inc[cpts[i]] = 1;
                }
                for (i = 0; i < clen; i++) inc[cpts[i]] = 0;
                if (st != WK_OK) break;
                _perm_one(cyc, deg);
                for (i = 0; i < clen; i++)
                    cyc[cpts[i] - 1] = (pt) (cpts[(i + 1) % clen] - 1);
                for (i = 0; i < deg; i++) res[i] = cyc[res[i]];
            }
            free(inc);
            flint_free(cpts);
            flint_free(cyc);
            if (st == WK_OK) {
                flint_free(p->v);
                p->v = res;
                p->n = deg;
            } else {
                flint_free(res);
            }
        }
    }
    return st;
}

char * wk_perm_get_str(const wk_perm_t p)
{
    sbuf_struct b;
    slong i, j, n = p->n;
    char * done = calloc(n ? n : 1, 1);
    int any = 0;
    sbuf_init(&b);
    for (i = 0; i < n; i++) {
        if (done[i] || p->v[i] == (pt) i) continue;
        any = 1;
        sbuf_printf(&b, "(%ld", (long) i + 1);
        done[i] = 1;
        for (j = p->v[i]; j != i; j = p->v[j]) {
            sbuf_printf(&b, ",%ld", (long) j + 1);
            done[j] = 1;
        }
        sbuf_puts(&b, ")");
    }
    if (!any) sbuf_puts(&b, "()");
    free(done);
    return sbuf_finish(&b);
}

char * wk_perm_get_images_str(const wk_perm_t p)
{
    sbuf_struct b;
    slong i;
    sbuf_init(&b);
    sbuf_puts(&b, "[");
    for (i = 0; i < p->n; i++)
        sbuf_printf(&b, i ? ", %ld" : "%ld", (long) p->v[i] + 1);
    sbuf_puts(&b, "]");
    return sbuf_finish(&b);
}
