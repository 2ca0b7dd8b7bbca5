/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the text forms of tables: GAP's Display conventions (centraliser
   rows by prime, power maps, irrationalities named A, *A, /A with GAP's
   legend), and the GAP export read back value by value. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
#include "tap.h"

/* a small reader for GAP's cyclotomic syntax: sums of [rational*]E(n)[^e] */
static const char * read_cyc(wk_cyc_t x, const char * s)
{
    wk_cyc_t t;
    fmpq_t q;
    wk_cyc_init(t);
    fmpq_init(q);
    wk_cyc_zero(x);
    while (*s == ' ') s++;
    while (*s && *s != ',' && *s != ']') {
        long sign = 1, num = 1, den = 1, n = 1, e = 0;
        int have_num = 0;
        if (*s == '+') s++;
        else if (*s == '-') { sign = -1; s++; }
        if (isdigit((unsigned char) *s)) {
            num = strtol(s, (char **) &s, 10);
            have_num = 1;
            if (*s == '/') den = strtol(s + 1, (char **) &s, 10);
            if (*s == '*') s++;
        }
        if (strncmp(s, "E(", 2) == 0) {
            n = strtol(s + 2, (char **) &s, 10);
            s++;   /* ')' */
            e = 1;
            if (*s == '^') e = strtol(s + 1, (char **) &s, 10);
        } else if (!have_num) break;
        wk_cyc_set_root(t, n, e);
        fmpq_set_si(q, sign * num, den);
        wk_cyc_mul_fmpq(t, t, q);
        wk_cyc_add(x, x, t);
        while (*s == ' ') s++;
    }
    wk_cyc_clear(t);
    fmpq_clear(q);
    return s;
}

int main(int argc, char ** argv)
{
    wk_group_struct * G;
    char * s;

    tap_init(argc, argv);
    wk_group_alternating(&G, 5);
    TAP_OK(wk_group_chartable_display(&s, G) == WK_OK, "display(A5)");
    printf("# ---\n");
    {
        char * p = s, * nl;
        while ((nl = strchr(p, '\n'))) { printf("# %.*s\n", (int) (nl - p), p); p = nl + 1; }
    }
    TAP_OK(strncmp(s, "A5\n", 3) == 0, "the name comes first");
    TAP_OK(strstr(s, "1a 2a 3a 5a 5b") && strstr(s, "2P 1a 1a 3a 5b 5a") && strstr(s, "5P 1a 2a 3a 1a 1a"),
           "class names and power maps in GAP's notation");
    TAP_OK(strstr(s, "A = -E(5)-E(5)^4\n") && strstr(s, "= (1-Sqrt(5))/2"),
           "irrationality named below the table as GAP does (A = -E(5)-E(5)^4 = (1-Sqrt(5))/2)");
    TAP_OK(strstr(s, "X.2    3 -1  .  A *A") && strstr(s, "X.3    3 -1  . *A  A"), "rows with . for 0 and *A for the conjugate");
    TAP_OK(strstr(s, "    2  2  2  .  .  .") != NULL, "centraliser orders by prime: 2-part");
    flint_free(s);
    TAP_OK(wk_group_chartable_latex(&s, G) == WK_OK && strncmp(s, "\\begin{tabular}", 15) == 0
           && strstr(s, "\\zeta_{5}") && strstr(s, "\\end{tabular}"), "LaTeX tabular");
    flint_free(s);
    wk_group_clear(G);

    /* GAP export of M11 read back */
    wk_group_mathieu(&G, 11);
    TAP_OK(wk_group_chartable_gap(&s, G) == WK_OK && strstr(s, "ConvertToCharacterTableNC(rec(")
           && strstr(s, "SizesCentralizers := [ 7920, 48, 18, 8, 5, 6, 8, 8, 11, 11 ]"), "gap(M11) header");
    {
        const char * p = strstr(s, "Irr := [");
        slong i, k, r = wk_group_nclasses(G);
        int ok = p != NULL;
        wk_cyc_t x, y;
        wk_cyc_init(x); wk_cyc_init(y);
        if (p) p += 8;
        for (i = 0; i < r && ok; i++) {
            p = strchr(p, '[');
            if (!p) { ok = 0; break; }
            p++;
            for (k = 0; k < r && ok; k++) {
                p = read_cyc(x, p);
                wk_group_irr_value(y, G, i, k);
                if (!wk_cyc_equal(x, y)) ok = 0;
                if (*p == ',') p++;
            }
        }
        TAP_OK(ok, "gap(M11): every value reads back to the table's value");
        wk_cyc_clear(x); wk_cyc_clear(y);
    }
    flint_free(s);
    TAP_OK(wk_group_chartable_display(&s, G) == WK_OK && strstr(s, "= -Sqrt(-2)") && strstr(s, "= (-1-Sqrt(-11))/2")
           && strstr(s, "/B") && strstr(s, " -A"), "display(M11): i*Sqrt(2) and b11 named, -A and /B used");
    flint_free(s);
    wk_group_clear(G);
    return tap_done();
}
