/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/draw.c: the shifted-rows picture of a cylindric partition
   (Gessel-Krattenthaler form; spec 1 "Translation", NOTES.md): text and SVG.
   Walking up the boundary, a 1 is a north step (the left edge of a row) and
   a 0 an east step; the diagonals starting at the boundary vertices carry
   mu^0, mu^1, ... */
#include <stdio.h>
#include <string.h>
#include "internal.h"

void wk_cpp_get_rows(wk_partition_struct **rows, slong **offset, slong *k, const wk_cpp_t pi)
{
    slong T = pi->T, K = wk_cpp_profile_ones(pi->w, T), l = T - K;
    slong r, t, tk, *pos;
    wk_partition_struct *R;
    slong *off;

    *k = K;
    *rows = NULL;
    *offset = NULL;
    if (K == 0)
        return;
    R = flint_malloc(K * sizeof(wk_partition_struct));
    off = flint_malloc(K * sizeof(slong));
    pos = flint_malloc(K * sizeof(slong));
    /* 1-based positions of the 1s, from the right */
    for (t = T, r = 0; t >= 1; t--)
        if (pi->w[t - 1] == 1)
            pos[r++] = t;
    tk = pos[0];
    for (r = 0; r < K; r++) {
        slong j, ones = 0, zeros = 0, len = 0, alloc = 8;
        slong *buf = flint_malloc(alloc * sizeof(slong));
        t = pos[r];
        for (j = t + 1; j <= tk; j++)
            zeros += (pi->w[j - 1] == 0);
        off[r] = l - zeros;
        /* row_t[j] = mu^{t+j}_{#1s in w_{t+1} .. w_{t+j}} (0-based part) */
        for (j = 0;; j++) {
            slong v;
            if (j > 0)
                ones += pi->w[(t + j - 1) % T];
            v = wk_partition_part(pi->mu + (t + j) % T, ones);
            if (v == 0)
                break;
            if (len == alloc) {
                alloc *= 2;
                buf = flint_realloc(buf, alloc * sizeof(slong));
            }
            buf[len++] = v;
        }
        wk_partition_init(R + r);
        _wk_partition_set_vec(R + r, buf, len);
        flint_free(buf);
    }
    flint_free(pos);
    *rows = R;
    *offset = off;
}

static void free_rows(wk_partition_struct *rows, slong *off, slong k)
{
    slong r;
    for (r = 0; r < k; r++)
        wk_partition_clear(rows + r);
    flint_free(rows);
    flint_free(off);
}

char *wk_cpp_get_str(const wk_cpp_t pi)
{
    wk_partition_struct *rows;
    slong *off, k, r, j, width = 1, c;
    wk_cyl_strbuf b;

    _wk_cyl_strbuf_init(&b);
    if (pi->mu == NULL || pi->T == 0)
        return _wk_cyl_strbuf_finish(&b);
    for (j = 0; j <= pi->T; j++) {
        if (j > 0)
            _wk_cyl_strbuf_printf(&b, " | ");
        _wk_partition_append_str(&b, pi->mu + j);
    }
    wk_cpp_get_rows(&rows, &off, &k, pi);
    if (k == 0)
        return _wk_cyl_strbuf_finish(&b);
    for (r = 0; r < k; r++)
        for (j = 0; j < rows[r].length; j++) {
            char tmp[32];
            slong n = snprintf(tmp, sizeof tmp, "%ld", (long) rows[r].parts[j]);
            width = FLINT_MAX(width, n);
        }
    /* k rows, then row 0 again, l columns further left */
    for (r = 0; r <= k; r++) {
        const wk_partition_struct *row = rows + (r % k);
        slong o = r < k ? off[r] : 0;
        _wk_cyl_strbuf_putc(&b, '\n');
        for (c = 0; c < o * (width + 1); c++)
            _wk_cyl_strbuf_putc(&b, ' ');
        if (row->length == 0)
            _wk_cyl_strbuf_printf(&b, "%*s", (int) width, ".");
        for (j = 0; j < row->length; j++)
            _wk_cyl_strbuf_printf(&b, j ? " %*ld" : "%*ld", (int) width, (long) row->parts[j]);
        if (r == k)
            _wk_cyl_strbuf_printf(&b, "   (first row again)");
    }
    free_rows(rows, off, k);
    return _wk_cyl_strbuf_finish(&b);
}

wk_status wk_cpp_write_svg(const wk_cpp_t pi, const char *path)
{
    wk_partition_struct *rows;
    slong *off, k, r, j, xmax = 1;
    double *px, *py;
    slong np = 0;
    wk_svg_t s;
    wk_status st;
    char txt[64];

    if (pi->mu == NULL || pi->T == 0)
        return wk_error(WK_E_DOMAIN, "nothing to draw: the cylindric partition has no profile");
    wk_cpp_get_rows(&rows, &off, &k, pi);
    for (r = 0; r < k; r++)
        xmax = FLINT_MAX(xmax, off[r] + rows[r].length + 1);
    st = wk_svg_open(s, path, 80 + 40.0 * xmax, 120 + 40.0 * (k + 1),
                     -0.5, xmax + 0.5, -(k + 1) - 0.5, 1.5);
    if (st != WK_OK) {
        free_rows(rows, off, k);
        return st;
    }
    {
        wk_cyl_strbuf b;
        _wk_cyl_strbuf_init(&b);
        _wk_cyl_strbuf_printf(&b, "profile ");
        _wk_cpp_profile_append_str(&b, pi->w, pi->T);
        _wk_cyl_strbuf_printf(&b, ", size %ld", (long) wk_cpp_size(pi));
        wk_svg_text(s, 0, 1.0, b.s, 14, "start");
        flint_free(b.s);
    }
    if (k == 0) {
        char *t = wk_cpp_get_str(pi);
        wk_svg_text(s, 0, 0, t, 14, "start");
        flint_free(t);
    }
    /* row r occupies y in [-r-1, -r]; row k is row 0 again at offset 0 */
    for (r = 0; r <= k && k > 0; r++) {
        const wk_partition_struct *row = rows + (r % k);
        slong o = r < k ? off[r] : 0;
        for (j = 0; j < row->length; j++) {
            double x0 = o + j, y0 = -r - 1;
            wk_svg_rect(s, x0, y0, x0 + 1, y0 + 1, r < k ? "#dbe9f6" : "#eeeeee", "#555555");
            snprintf(txt, sizeof txt, "%ld", (long) row->parts[j]);
            wk_svg_text(s, x0 + 0.5, y0 + 0.35, txt, 14, "middle");
        }
    }
    /* the boundary: left edges of the rows and the steps between them */
    px = flint_malloc(2 * (k + 2) * sizeof(double));
    py = flint_malloc(2 * (k + 2) * sizeof(double));
    for (r = k; r >= 0 && k > 0; r--) {
        slong o = r < k ? off[r] : 0;
        px[np] = o; py[np] = -r - 1; np++;
        px[np] = o; py[np] = -r; np++;
    }
    if (np > 0)
        wk_svg_polyline(s, px, py, np, wk_svg_colour(1), 3);
    flint_free(px);
    flint_free(py);
    free_rows(rows, off, k);
    return wk_svg_close(s);
}
