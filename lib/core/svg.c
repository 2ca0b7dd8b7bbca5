/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/core/svg.c: one small SVG writer for every module's pictures. */
#include <math.h>
#include <string.h>
#include "wk_core.h"

static const char *palette[10] = {
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
};

const char *wk_svg_colour(slong i)
{
    if (i < 0) i = -i;
    return palette[i % 10];
}

static double px(const wk_svg_t s, double x)
{
    double w = s->xmax - s->xmin;
    if (w == 0) w = 1;
    return s->margin + (x - s->xmin) / w * (s->width - 2 * s->margin);
}

static double py(const wk_svg_t s, double y)
{
    double h = s->ymax - s->ymin;
    if (h == 0) h = 1;
    return s->height - s->margin - (y - s->ymin) / h * (s->height - 2 * s->margin);
}

static void put_escaped(FILE *f, const char *t)
{
    for (; *t; t++) {
        switch (*t) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*t, f);
        }
    }
}

wk_status wk_svg_open(wk_svg_t s, const char *path, double width, double height,
                      double xmin, double xmax, double ymin, double ymax)
{
    if (!(width > 0 && height > 0) || !isfinite(xmin) || !isfinite(xmax)
        || !isfinite(ymin) || !isfinite(ymax))
        return wk_error(WK_E_DOMAIN, "picture bounds must be finite and the size positive");
    s->f = fopen(path, "w");
    if (s->f == NULL)
        return wk_error(WK_E_IO, "cannot write '%s'", path);
    s->width = width; s->height = height; s->margin = 50;
    if (xmin == xmax) { xmin -= 1; xmax += 1; }
    if (ymin == ymax) { ymin -= 1; ymax += 1; }
    s->xmin = xmin; s->xmax = xmax; s->ymin = ymin; s->ymax = ymax;
    fprintf(s->f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%g\" height=\"%g\" "
            "viewBox=\"0 0 %g %g\" font-family=\"sans-serif\">\n"
            "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
            width, height, width, height);
    return WK_OK;
}

void wk_svg_line(wk_svg_t s, double x0, double y0, double x1, double y1,
                 const char *stroke, double sw)
{
    fprintf(s->f, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
            "stroke=\"%s\" stroke-width=\"%g\"/>\n",
            px(s, x0), py(s, y0), px(s, x1), py(s, y1), stroke, sw);
}

void wk_svg_polyline(wk_svg_t s, const double *x, const double *y, slong n,
                     const char *stroke, double sw)
{
    slong i;
    fputs("<polyline fill=\"none\" points=\"", s->f);
    for (i = 0; i < n; i++)
        if (isfinite(x[i]) && isfinite(y[i]))
            fprintf(s->f, "%.2f,%.2f ", px(s, x[i]), py(s, y[i]));
    fprintf(s->f, "\" stroke=\"%s\" stroke-width=\"%g\"/>\n", stroke, sw);
}

void wk_svg_polygon(wk_svg_t s, const double *x, const double *y, slong n,
                    const char *fill, double op, const char *stroke)
{
    slong i;
    fputs("<polygon points=\"", s->f);
    for (i = 0; i < n; i++)
        fprintf(s->f, "%.2f,%.2f ", px(s, x[i]), py(s, y[i]));
    fprintf(s->f, "\" fill=\"%s\" fill-opacity=\"%g\" stroke=\"%s\" stroke-width=\"1\"/>\n",
            fill, op, stroke ? stroke : "none");
}

void wk_svg_circle(wk_svg_t s, double x, double y, double r, const char *fill)
{
    fprintf(s->f, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%g\" fill=\"%s\"/>\n",
            px(s, x), py(s, y), r, fill);
}

void wk_svg_rect(wk_svg_t s, double x0, double y0, double x1, double y1,
                 const char *fill, const char *stroke)
{
    double a = px(s, x0), b = px(s, x1), c = py(s, y0), d = py(s, y1);
    fprintf(s->f, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
            "fill=\"%s\" stroke=\"%s\"/>\n",
            a < b ? a : b, c < d ? c : d, fabs(b - a), fabs(d - c),
            fill, stroke ? stroke : "none");
}

void wk_svg_text(wk_svg_t s, double x, double y, const char *text, double size,
                 const char *anchor)
{
    fprintf(s->f, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%g\" text-anchor=\"%s\">",
            px(s, x), py(s, y), size, anchor ? anchor : "start");
    put_escaped(s->f, text);
    fputs("</text>\n", s->f);
}

/* A "nice" tick step for the range w (1, 2 or 5 times a power of ten). */
static double nice_step(double w)
{
    double p = pow(10, floor(log10(w / 5))), r = w / 5 / p;
    return (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * p;
}

void wk_svg_axes(wk_svg_t s, const char *xlabel, const char *ylabel)
{
    double st, t;
    char buf[64];
    wk_svg_line(s, s->xmin, s->ymin, s->xmax, s->ymin, "black", 1);
    wk_svg_line(s, s->xmin, s->ymin, s->xmin, s->ymax, "black", 1);
    st = nice_step(s->xmax - s->xmin);
    for (t = ceil(s->xmin / st) * st; t <= s->xmax + 1e-9 * st; t += st) {
        snprintf(buf, sizeof buf, "%g", fabs(t) < 1e-12 * st ? 0.0 : t);
        fprintf(s->f, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n",
                px(s, t), py(s, s->ymin) + 15, buf);
    }
    st = nice_step(s->ymax - s->ymin);
    for (t = ceil(s->ymin / st) * st; t <= s->ymax + 1e-9 * st; t += st) {
        snprintf(buf, sizeof buf, "%g", fabs(t) < 1e-12 * st ? 0.0 : t);
        fprintf(s->f, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"11\" text-anchor=\"end\">%s</text>\n",
                px(s, s->xmin) - 4, py(s, t) + 4, buf);
    }
    if (xlabel) {
        fprintf(s->f, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"13\" text-anchor=\"middle\">",
                s->width / 2, s->height - 10);
        put_escaped(s->f, xlabel);
        fputs("</text>\n", s->f);
    }
    if (ylabel) {
        fprintf(s->f, "<text x=\"14\" y=\"%.2f\" font-size=\"13\" text-anchor=\"middle\" "
                "transform=\"rotate(-90 14 %.2f)\">", s->height / 2, s->height / 2);
        put_escaped(s->f, ylabel);
        fputs("</text>\n", s->f);
    }
}

wk_status wk_svg_close(wk_svg_t s)
{
    int bad;
    fputs("</svg>\n", s->f);
    bad = ferror(s->f);
    bad |= fclose(s->f);
    s->f = NULL;
    return bad ? wk_error(WK_E_IO, "write error on SVG file") : WK_OK;
}
