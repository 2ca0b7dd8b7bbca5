/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of lib/core: error buffer, random streams, SVG writer. */
#include <math.h>
#include <string.h>
#include <unistd.h>
#include "wk_core.h"
#include "tap.h"

int main(int argc, char **argv)
{
    wk_rand_t a, b;
    int i, same = 1, inrange = 1;
    double mean = 0, var = 0;
    const int n = 20000;
    char path[] = "/tmp/wk-t-core-XXXXXX";
    int fd;
    wk_svg_t s;
    FILE *f;
    char buf[4096];
    size_t len;

    tap_init(argc, argv);
    TAP_OK(wk_error(WK_E_DOMAIN, "x = %d", 3) == WK_E_DOMAIN
           && strcmp(wk_error_msg(), "x = 3") == 0, "wk_error records status and message");
    TAP_OK(strcmp(wk_status_name(WK_E_TOO_LARGE), "too_large") == 0, "status names");

    wk_rand_init(a, tap_seed());
    wk_rand_init(b, tap_seed());
    for (i = 0; i < 1000; i++) {
        ulong x = wk_rand_ulong(a, 17), y = wk_rand_ulong(b, 17);
        if (x != y) same = 0;
        if (x >= 17) inrange = 0;
    }
    TAP_OK(same, "same seed gives the same stream");
    TAP_OK(inrange, "wk_rand_ulong stays in range");
    for (i = 0; i < n; i++) {
        double z = wk_rand_normal(a);
        mean += z; var += z * z;
    }
    mean /= n; var = var / n - mean * mean;
    /* 5 sigma bounds: mean has sd 1/sqrt(n), variance has sd ~ sqrt(2/n) */
    TAP_OK(fabs(mean) < 5 / sqrt(n) && fabs(var - 1) < 5 * sqrt(2.0 / n),
           "normal deviates: mean %.4f, variance %.4f", mean, var);
    wk_rand_clear(a); wk_rand_clear(b);

    fd = mkstemp(path);
    close(fd);
    TAP_OK(wk_svg_open(s, path, 400, 300, 0, 1, 0, 1) == WK_OK, "svg opens");
    wk_svg_axes(s, "t", "K<t>");
    wk_svg_text(s, 0.5, 0.5, "a & b", 12, "middle");
    TAP_OK(wk_svg_close(s) == WK_OK, "svg closes");
    f = fopen(path, "r");
    len = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    buf[len] = 0;
    if (f) fclose(f);
    unlink(path);
    TAP_OK(strstr(buf, "<svg") && strstr(buf, "</svg>") && strstr(buf, "a &amp; b")
           && strstr(buf, "K&lt;t&gt;"), "svg output is well formed and escaped");
    TAP_OK(wk_svg_open(s, "/nonexistent-dir/x.svg", 10, 10, 0, 1, 0, 1) == WK_E_IO,
           "unwritable path gives WK_E_IO");
    return tap_done();
}
