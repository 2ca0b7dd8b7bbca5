/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   The shifted-rows picture (spec 1 "Translation"): the text of a known
   example; on all CPPs of size <= 8 of several profiles the rows decrease
   along rows and down columns with the shifts given by the 0-runs of w read
   from the right (the GK inequalities for the reversed composition), the
   rows of one period sum to |pi|, and the picture determines pi; the SVG
   writer produces a well-formed file. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "wk_cylindric.h"
#include "tap.h"

/* the picture as TAP diagnostics, one "# " line each */
static void show(const char *s)
{
    const char *e;
    for (; (e = strchr(s, '\n')) != NULL; s = e + 1)
        tap_diag("%.*s", (int) (e - s), s);
    tap_diag("%s", s);
}

static slong *word(const char *s, slong *T)
{
    slong *w;
    wk_cpp_profile_set_str(&w, T, s);
    return w;
}

int main(int argc, char **argv)
{
    tap_init(argc, argv);

    {
        slong T, *w = word("10", &T), one = 1, p[2] = {2, 1};
        wk_partition_struct mu[3];
        wk_cpp_t pi;
        char *s;
        int i;
        for (i = 0; i < 3; i++)
            wk_partition_init(mu + i);
        wk_partition_set_vec(mu, &one, 1);
        wk_partition_set_vec(mu + 1, p, 2);
        wk_partition_set_vec(mu + 2, &one, 1);
        wk_cpp_init(pi);
        wk_cpp_set(pi, w, T, mu, 3);
        s = wk_cpp_get_str(pi);
        TAP_OK(strcmp(s, "(1) | (2,1) | (1)\n  2 1 1\n2 1 1   (first row again)") == 0,
               "text of (1)|(2,1)|(1), profile 10");
        show(s);
        flint_free(s);
        wk_cpp_clear(pi);
        for (i = 0; i < 3; i++)
            wk_partition_clear(mu + i);
        flint_free(w);
    }
    {
        /* GK form of the spec's 1010 example: rows of a period, c = (1,1) */
        slong T, *w = word("1010", &T), i;
        static const slong m[5][2] = {{1, 0}, {2, 0}, {1, 0}, {3, 1}, {1, 0}};
        wk_partition_struct mu[5];
        wk_cpp_t pi;
        char *s;
        for (i = 0; i < 5; i++) {
            wk_partition_init(mu + i);
            wk_partition_set_vec(mu + i, m[i], 2);
        }
        wk_cpp_init(pi);
        wk_cpp_set(pi, w, T, mu, 5);
        s = wk_cpp_get_str(pi);
        show(s);
        TAP_OK(strcmp(s, "(1) | (2) | (1) | (3,1) | (1)\n    3 1\n  2 1 1\n3 1   (first row again)") == 0,
               "text of the spec's 1010 example");
        flint_free(s);
        wk_cpp_clear(pi);
        for (i = 0; i < 5; i++)
            wk_partition_clear(mu + i);
        flint_free(w);
    }
    {
        static const char *profs[] = {"10", "1100", "1010", "11010", "110100", "0110", "111", "0010"};
        slong pi, n, bad = 0, count = 0;
        for (pi = 0; pi < 8; pi++) {
            slong T, *w = word(profs[pi], &T);
            for (n = 0; n <= 8; n++) {
                wk_cpp_list_t L;
                slong i, j;
                wk_cpp_list_init(L);
                wk_cpp_list(L, w, T, n, -1);
                for (i = 0; i < L->length; i++) {
                    wk_partition_struct *rows;
                    slong *off, k, r, sum = 0;
                    wk_cpp_get_rows(&rows, &off, &k, L->entries + i);
                    if (k != wk_cpp_profile_ones(w, T))
                        bad++;
                    for (r = 0; r < k; r++) {
                        /* the next row down: row r+1, or row 0 shifted by l */
                        const wk_partition_struct *a = rows + r, *b = rows + (r + 1) % k;
                        slong ob = (r + 1 < k) ? off[r + 1] : 0, shift = off[r] - ob;
                        sum += wk_partition_size(a);
                        if (shift < 0)
                            bad++;
                        for (j = 0; j < a->length + shift + 1; j++)
                            if (wk_partition_part(a, j) < wk_partition_part(b, j + shift))
                                bad++;
                    }
                    if (k > 0 && sum != n)
                        bad++;
                    /* the picture determines pi */
                    for (j = 0; j < i && k > 0; j++) {
                        wk_partition_struct *rows2;
                        slong *off2, k2, r2, same = 1;
                        wk_cpp_get_rows(&rows2, &off2, &k2, L->entries + j);
                        for (r2 = 0; r2 < k; r2++)
                            same = same && wk_partition_equal(rows + r2, rows2 + r2);
                        if (same)
                            bad++;
                        for (r2 = 0; r2 < k2; r2++)
                            wk_partition_clear(rows2 + r2);
                        flint_free(rows2);
                        flint_free(off2);
                    }
                    for (r = 0; r < k; r++)
                        wk_partition_clear(rows + r);
                    flint_free(rows);
                    flint_free(off);
                    count++;
                }
                wk_cpp_list_clear(L);
            }
            flint_free(w);
        }
        TAP_OK(bad == 0, "rows of %ld CPPs: GK inequalities with the reversed 0-runs, sum |pi|, injective",
               (long) count);
    }
    {
        slong T, *w = word("11010", &T);
        wk_cpp_list_t L;
        char path[] = "/tmp/wk-t-draw-XXXXXX";
        char buf[8192];
        size_t len = 0;
        FILE *f;
        int fd = mkstemp(path);
        close(fd);
        wk_cpp_list_init(L);
        wk_cpp_list(L, w, T, 7, -1);
        TAP_OK(L->length > 0 && wk_cpp_write_svg(L->entries + L->length - 1, path) == WK_OK,
               "write_svg succeeds");
        f = fopen(path, "r");
        if (f) {
            len = fread(buf, 1, sizeof buf - 1, f);
            fclose(f);
        }
        buf[len] = 0;
        unlink(path);
        TAP_OK(strstr(buf, "<svg") && strstr(buf, "</svg>") && strstr(buf, "profile 11010, size 7")
               && strstr(buf, "<polyline") && strstr(buf, "<rect"),
               "the SVG has the cells, the boundary and the title");
        TAP_OK(wk_cpp_write_svg(L->entries, "/nonexistent-dir/x.svg") == WK_E_IO, "unwritable path: %s",
               wk_error_msg());
        wk_cpp_list_clear(L);
        flint_free(w);
    }
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}
