/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/bench/ctbl.c: builds a group from a short description and times
   its classes and character table (a development and benchmark tool, not a
   test).  Usage: ctbl [-d] [-r reps] GROUP ...  with GROUP one of S7, A8, C5,
   D4 (order 8), Q8, M11, PSL(2,31), S3wrS4, gens:(1,2,3);(1,2) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "wk_groups.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

static wk_status build(wk_group_struct ** G, const char * s)
{
    long a, b;
    char x[64], y[64];
    if (strncmp(s, "gens:", 5) == 0) {
        wk_perm_struct p[16];
        slong n = 0, i;
        char buf[4096], * tok, * save;
        wk_status st = WK_OK;
        strncpy(buf, s + 5, sizeof buf - 1);
        buf[sizeof buf - 1] = 0;
        for (tok = strtok_r(buf, ";", &save); tok && n < 16; tok = strtok_r(NULL, ";", &save)) {
            wk_perm_init(p + n, 0);
            st = wk_perm_set_str(p + n, tok);
            n++;
            if (st != WK_OK) break;
        }
        if (st == WK_OK) st = wk_group_permgroup(G, p, n, 0);
        for (i = 0; i < n; i++) wk_perm_clear(p + i);
        return st;
    }
    if (sscanf(s, "%63[^w]wr%63s", x, y) == 2 && strstr(s, "wr")) {
        wk_group_struct * A, * B;
        wk_status st;
        if ((st = build(&A, x)) != WK_OK) return st;
        if ((st = build(&B, y)) != WK_OK) { wk_group_clear(A); return st; }
        st = wk_group_wreath(G, A, B);
        wk_group_clear(A); wk_group_clear(B);
        return st;
    }
    if (sscanf(s, "PSL(%ld,%ld)", &a, &b) == 2) return wk_group_psl(G, a, b);
    if (sscanf(s, "S%ld", &a) == 1) return wk_group_symmetric(G, a);
    if (sscanf(s, "A%ld", &a) == 1) return wk_group_alternating(G, a);
    if (sscanf(s, "C%ld", &a) == 1) return wk_group_cyclic(G, a);
    if (sscanf(s, "D%ld", &a) == 1) return wk_group_dihedral(G, a);
    if (sscanf(s, "Q%ld", &a) == 1) return wk_group_quaternion(G, a);
    if (sscanf(s, "M%ld", &a) == 1) return wk_group_mathieu(G, a);
    return wk_error(WK_E_DOMAIN, "unknown group %s", s);
}

int main(int argc, char ** argv)
{
    int i, disp = 0, reps = 1, rep, gapcheck = 0;
    for (i = 1; i < argc; i++) {
        wk_group_struct * G;
        double t0, t1, t2, best = 1e9, bestc = 1e9;
        wk_status st = WK_OK;
        if (strcmp(argv[i], "-d") == 0) { disp = 1; continue; }
        if (strcmp(argv[i], "-G") == 0) { gapcheck = 1; continue; }
        if (strcmp(argv[i], "-r") == 0 && i + 1 < argc) { reps = atoi(argv[++i]); continue; }
        for (rep = 0; rep < reps && st == WK_OK; rep++) {
            t0 = now();
            st = build(&G, argv[i]);
            if (st != WK_OK) break;
            st = wk_group_classes(G);
            t1 = now();
            if (st == WK_OK) st = wk_group_chartable(G);
            t2 = now();
            if (t2 - t0 < best) best = t2 - t0;
            if (t1 - t0 < bestc) bestc = t1 - t0;
            if (st == WK_OK && disp && rep == 0) {
                char * s;
                wk_group_chartable_display(&s, G);
                fputs(s, stdout);
                flint_free(s);
            }
            if (st == WK_OK && gapcheck && rep == 0) {
                /* a GAP script checking the table through class representatives */
                slong r = wk_group_nclasses(G), k, j;
                wk_perm_t g;
                wk_perm_init(g, 0);
                printf("G := Group(");
                for (k = 0; k < wk_group_ngens(G); k++) {
                    char * t;
                    wk_group_gen(g, G, k);
                    t = wk_perm_get_str(g);
                    printf("%s%s", k ? ", " : "", t);
                    flint_free(t);
                }
                if (wk_group_ngens(G) == 0) printf("()");
                printf(");;\nreps := [");
                for (k = 0; k < r; k++) {
                    char * t;
                    wk_group_class_rep(g, G, k);
                    t = wk_perm_get_str(g);
                    printf("%s%s", k ? ", " : "", t);
                    flint_free(t);
                }
                printf("];;\nwk := [");
                for (j = 0; j < r; j++) {
                    printf("%s[", j ? ",\n" : "");
                    for (k = 0; k < r; k++) {
                        wk_cyc_t v;
                        char * t;
                        wk_cyc_init(v);
                        wk_group_irr_value(v, G, j, k);
                        t = wk_cyc_get_str(v);
                        printf("%s%s", k ? "," : "", t);
                        flint_free(t);
                        wk_cyc_clear(v);
                    }
                    printf("]");
                }
                printf("];;\nT := CharacterTable(G);; cc := ConjugacyClasses(T);;\n");
                printf("fus := List(reps, x -> PositionProperty(cc, c -> x in c));;\n");
                printf("ok := IsDuplicateFree(fus) and Length(fus) = Length(cc) and Set(List(Irr(T), c -> List(fus, i -> c[i]))) = Set(wk);\n");
                printf("sizes := List(reps, x -> Size(ConjugacyClass(G, x)));;\n");
                printf("Print(\"%s \", ok, \" \", Size(G), \"\\n\");\n", argv[i]);
                wk_perm_clear(g);
            }
            if (st == WK_OK && rep == 0 && !gapcheck) {
                fmpz_t o;
                fmpz_init(o);
                wk_group_order(o, G);
                printf("%-12s order ", argv[i]);
                fmpz_print(o);
                printf(" classes %ld conductor %ld", (long) wk_group_nclasses(G), (long) wk_group_conductor(G));
                fmpz_clear(o);
            }
            wk_group_clear(G);
        }
        if (st != WK_OK) { printf("%s: error: %s\n", argv[i], wk_error_msg()); continue; }
        if (!gapcheck) printf("  classes %.1f ms  table %.1f ms\n", 1e3 * bestc, 1e3 * best);
    }
    return 0;
}
