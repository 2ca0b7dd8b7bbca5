/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/core: what every libwk module shares: status codes and error messages,
   the interrupt flag, progress reporting, seeded random state, an SVG writer. */
#ifndef WK_CORE_H
#define WK_CORE_H

#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <flint/flint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status codes ----------------------------------------------------
   libwk functions that can fail return a wk_status and leave a message
   (without the caller's name: the language binding prefixes it) that
   wk_error_msg() returns.  WK_OK is 0. */
typedef enum {
    WK_OK = 0,
    WK_E_DOMAIN,      /* input outside the function's domain */
    WK_E_DIM,         /* sizes or shapes do not match */
    WK_E_TOO_LARGE,   /* a size guard was hit (the message states the size) */
    WK_E_INTERRUPT,   /* wk_interrupt_flag was raised (Ctrl-C) */
    WK_E_NOMEM,       /* allocation refused */
    WK_E_PRECISION,   /* ball arithmetic could not reach the requested accuracy */
    WK_E_UNDECIDED,   /* ball arithmetic cannot decide a predicate */
    WK_E_IO,          /* file could not be written or read */
    WK_E_INTERNAL     /* a verification failed: a bug, never a user error */
} wk_status;

/* Records status st with a printf-style message in a thread-local buffer
   and returns st, so that `return wk_error(WK_E_DOMAIN, "...");` works. */
wk_status wk_error(wk_status st, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The last message recorded by wk_error in this thread ("" if none). */
const char *wk_error_msg(void);
/* Short name of a status ("domain", "too_large", ...). */
const char *wk_status_name(wk_status st);
void wk_error_clear(void);

/* ---- interrupts --------------------------------------------------------
   The front end's SIGINT handler sets wk_interrupt_flag; long loops in lib/
   poll wk_interrupted() and return WK_E_INTERRUPT.  Nothing else is done in
   the signal handler. */
extern volatile sig_atomic_t wk_interrupt_flag;
static inline int wk_interrupted(void) { return wk_interrupt_flag != 0; }
#define WK_CHECK_INTERRUPT() \
    do { if (wk_interrupted()) return wk_error(WK_E_INTERRUPT, "interrupted"); } while (0)

/* ---- progress ----------------------------------------------------------
   lib/ never prints.  Long computations call wk_progress(what, done, total)
   now and then (cheap: the handler rate-limits); the front end installs a
   handler that draws on a terminal and stays quiet in scripts or --tap.
   total <= 0 means unknown.  wk_progress_done() clears the line. */
typedef void (*wk_progress_fn)(const char *what, double done, double total);
void wk_progress_set_handler(wk_progress_fn fn);
void wk_progress(const char *what, double done, double total);
void wk_progress_done(void);

/* ---- random state ------------------------------------------------------
   A seeded, reproducible source (wraps FLINT's flint_rand_t, which the
   FLINT/Arb random functions take).  Same seed, same stream. */
typedef struct {
    flint_rand_t fl;
    ulong seed;
} wk_rand_struct;
typedef wk_rand_struct wk_rand_t[1];

void wk_rand_init(wk_rand_t r, ulong seed);
void wk_rand_clear(wk_rand_t r);
/* Uniform in [0, n) (n >= 1). */
ulong wk_rand_ulong(wk_rand_t r, ulong n);
/* Uniform double in [0, 1). */
double wk_rand_double(wk_rand_t r);
/* Standard normal double (Box-Muller). */
double wk_rand_normal(wk_rand_t r);

/* ---- SVG writer --------------------------------------------------------
   World coordinates [xmin,xmax] x [ymin,ymax] map onto a width x height
   picture (y up).  Colours are SVG colour strings; wk_svg_colour(i) gives a
   palette of 10 distinguishable colours. */
typedef struct {
    FILE *f;
    double width, height, margin;
    double xmin, xmax, ymin, ymax;
} wk_svg_struct;
typedef wk_svg_struct wk_svg_t[1];

wk_status wk_svg_open(wk_svg_t s, const char *path, double width, double height,
                      double xmin, double xmax, double ymin, double ymax);
void wk_svg_line(wk_svg_t s, double x0, double y0, double x1, double y1,
                 const char *stroke, double stroke_width);
void wk_svg_polyline(wk_svg_t s, const double *x, const double *y, slong n,
                     const char *stroke, double stroke_width);
void wk_svg_polygon(wk_svg_t s, const double *x, const double *y, slong n,
                    const char *fill, double fill_opacity, const char *stroke);
void wk_svg_circle(wk_svg_t s, double x, double y, double r_px, const char *fill);
/* A rectangle in world coordinates. */
void wk_svg_rect(wk_svg_t s, double x0, double y0, double x1, double y1,
                 const char *fill, const char *stroke);
/* Text at a world point; anchor is "start", "middle" or "end". */
void wk_svg_text(wk_svg_t s, double x, double y, const char *text, double size_px,
                 const char *anchor);
/* Axes with tick labels and optional axis labels (NULL for none). */
void wk_svg_axes(wk_svg_t s, const char *xlabel, const char *ylabel);
/* Writes the closing tag and closes the file; WK_E_IO if any write failed. */
wk_status wk_svg_close(wk_svg_t s);
const char *wk_svg_colour(slong i);

/* ---- small helpers ------------------------------------------------------ */
/* Size guard: multiplying counts that may overflow; returns 1 on overflow. */
static inline int wk_mul_overflow_slong(slong a, slong b, slong *res)
{
    return __builtin_mul_overflow(a, b, res);
}

#ifdef __cplusplus
}
#endif
#endif
