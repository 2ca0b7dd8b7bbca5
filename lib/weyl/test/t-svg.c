/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of lib/weyl/svg.c: the pictures contain one polygon per 2-face (d <= 3),
   one line per edge and one dot per vertex (counts from the face formula), and
   the face types get distinct colours. */
#include <string.h>
#include <unistd.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

static slong count(const char *s, const char *pat)
{
    slong c = 0;
    const char *p = s;
    while ((p = strstr(p, pat)) != NULL) { c++; p += strlen(pat); }
    return c;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    char *buf;
    long len;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = flint_malloc(len + 1);
    len = (long) fread(buf, 1, len, f);
    buf[len] = 0;
    fclose(f);
    return buf;
}

static int picture_ok(const char *type, const char *lam, const char *mod, const char *planestr)
{
    wk_weyl_t R;
    wk_weyl_hw_t V;
    fmpq *l;
    wk_weyl_kind kind;
    ulong J;
    fmpz *f;
    fmpq_mat_t plane;
    char path[] = "/tmp/wk-t-svg-XXXXXX";
    int fd, ok = 1;
    char *s;
    slong polys, lines, dots, rects;
    wk_weyl_init_type(R, type);
    l = _fmpq_vec_init(R->n);
    wk_weyl_weight_set_str(l, R, lam);
    wk_weyl_module_set_str(&kind, &J, mod, R);
    wk_weyl_hw_init(V, R, l, kind, J);
    f = _fmpz_vec_init(V->d + 1);
    wk_weyl_fvector(f, NULL, V);
    fd = mkstemp(path);
    close(fd);
    if (planestr) {
        fmpq *u = _fmpq_vec_init(R->n);
        slong j;
        fmpq_mat_init(plane, 2, R->n);
        wk_weyl_weight_set_str(u, R, planestr);
        for (j = 0; j < R->n; j++) fmpq_set(fmpq_mat_entry(plane, 0, j), u + j);
        wk_weyl_rho(u, R);
        for (j = 0; j < R->n; j++) fmpq_set(fmpq_mat_entry(plane, 1, j), u + j);
        _fmpq_vec_clear(u, R->n);
    }
    if (wk_weyl_svg(path, V, planestr ? plane : NULL, 100000) != WK_OK) { ok = 0; tap_diag("%s", wk_error_msg()); }
    s = slurp(path);
    unlink(path);
    if (!s) return 0;
    polys = count(s, "<polygon");
    lines = count(s, "<line");
    dots = count(s, "<circle");
    rects = count(s, "<rect") - 1;   /* the background */
    if (V->d <= 3 && V->d >= 2 && polys != fmpz_get_si(f + 2)) ok = 0;
    if (V->d > 3 && polys != 0) ok = 0;
    if (V->d >= 1 && lines != fmpz_get_si(f + 1)) ok = 0;
    if (dots != fmpz_get_si(f)) ok = 0;
    if (!strstr(s, "</svg>") || rects < 1) ok = 0;
    if (!ok) tap_diag("%s %s %s: %ld polygons, %ld lines, %ld dots", type, lam, mod, polys, lines, dots);
    flint_free(s);
    if (planestr) fmpq_mat_clear(plane);
    _fmpz_vec_clear(f, V->d + 1);
    wk_weyl_hw_clear(V);
    _fmpq_vec_clear(l, R->n);
    wk_weyl_clear(R);
    return ok;
}

int main(int argc, char **argv)
{
    tap_init(argc, argv);
    TAP_OK(picture_ok("A2", "1,1", "simple", NULL), "A2 hexagon");
    TAP_OK(picture_ok("G2", "1,0", "simple", NULL), "G2 omega_1 hexagon");
    TAP_OK(picture_ok("A2", "1,-1", "simple", NULL), "A2 (1,-1): unbounded, truncated");
    TAP_OK(picture_ok("B3", "0,1,0", "simple", NULL), "B3 omega_2 (cuboctahedron-like), 3D view");
    TAP_OK(picture_ok("A3", "1,0,1", "parabolic:1,3", NULL), "A3 parabolic:1,3, unbounded 3D");
    TAP_OK(picture_ok("A3", "1,1,1", "verma", NULL), "A3 Verma: a simplicial cone");
    TAP_OK(picture_ok("A1xA2", "0,1,0", "simple", NULL), "A1xA2 (0,1,0): a triangle in a 3D space");
    TAP_OK(picture_ok("F4", "1,0,0,0", "simple", "1,0,0,1"), "F4 omega_1 projected onto a plane");
    TAP_OK(picture_ok("E8", "0,0,0,0,0,0,0,1", "simple", NULL), "4_21 projected (default plane)");
    {
        wk_weyl_t R;
        wk_weyl_hw_t V;
        fmpq *l;
        wk_weyl_init_type(R, "A2");
        l = _fmpq_vec_init(2);
        fmpq_one(l);
        wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0);
        TAP_OK(wk_weyl_svg("/nonexistent-dir/x.svg", V, NULL, 100) == WK_E_IO, "unwritable path: %s", wk_error_msg());
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 2);
        wk_weyl_clear(R);
    }
    flint_cleanup();
    return tap_done();
}
