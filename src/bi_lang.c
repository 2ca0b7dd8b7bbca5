/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_lang.c: builtins of the language itself: output, checks, settings,
   files, pictures, and the session's random source. */
#include <string.h>
#include <stdlib.h>
#include <math.h>
#include <time.h>
#include "wk_int.h"
#include "config.h"

static wk_rand_t session_rand;
static int session_rand_ready = 0;

static wk_rand_struct *srand_get(wk_state *S)
{
    if (!session_rand_ready) {
        wk_rand_init(session_rand, (ulong) wk_setting_si(S, "seed"));
        session_rand_ready = 1;
    }
    return session_rand;
}

void wk_lang_cleanup(void)
{
    if (session_rand_ready) wk_rand_clear(session_rand);
    session_rand_ready = 0;
}

/* text of a value as print() shows it: strings without quotes */
static void put_plain(wk_state *S, wk_buf *b, const wk_value *v)
{
    if (v->t == T_STR) wk_buf_puts(b, wk_str_get(v));
    else wk_buf_value(S, b, v, 0);
}

static wk_value bi_print(wk_state *S, int argc, const wk_value *argv)
{
    wk_buf b;
    int i;
    wk_buf_init(&b);
    for (i = 0; i < argc; i++) put_plain(S, &b, &argv[i]);
    wk_buf_putc(&b, '\n');
    wk_out(S, b.s);
    wk_buf_clear(&b);
    return wk_nil();
}

/* printf-style formatting: %d %s %v %g (significant digits) %f (decimals) with width,
   '-' and .precision, %% */
static void do_format(wk_state *S, wk_buf *out, const char *fmt, int argc, const wk_value *argv, int first)
{
    int ai = first;
    const char *p;
    for (p = fmt; *p; p++) {
        int left = 0, width = 0, prec = -1;
        char conv;
        wk_buf t;
        if (*p != '%') { wk_buf_putc(out, *p); continue; }
        p++;
        if (*p == '%') { wk_buf_putc(out, '%'); continue; }
        if (*p == '-') { left = 1; p++; }
        while (*p >= '0' && *p <= '9') width = 10 * width + (*p++ - '0');
        if (*p == '.') { prec = 0; p++; while (*p >= '0' && *p <= '9') prec = 10 * prec + (*p++ - '0'); }
        conv = *p;
        if (conv != 'd' && conv != 's' && conv != 'v' && conv != 'g' && conv != 'f')
            wk_bi_error(S, "unknown conversion '%%%c' in format (use %%d %%s %%v %%g %%f %%%%)", conv ? conv : ' ');
        if (ai >= argc) wk_bi_error(S, "format has more conversions than arguments");
        wk_buf_init(&t);
        wk_buf_putn(&t, "", 0);
        if (conv == 'd' && argv[ai].t != T_INT)
            wk_arg_error(S, ai, "%%d needs an integer, got %s", wk_type_name(&argv[ai]));
        if (conv == 'f' && prec >= 0 && prec <= 1000 && argv[ai].t != T_CPLX && wk_is_number(&argv[ai])) {
            /* fixed point: prec decimals when the value is known that well
               (the rounding of the midpoint is then off by at most one unit
               of the last place); otherwise only the digits that are correct */
            arb_t x, y;
            arb_init(x);
            arb_init(y);
            if (wk_get_arb(x, &argv[ai], S->prec) && arb_is_finite(x)) {
                arb_ui_pow_ui(y, 10, (ulong) prec, S->prec + 64);
                arb_mul(y, y, x, S->prec + 64);
                if (mag_cmp_2exp_si(arb_radref(y), -1) < 0) {
                    fmpz_t m;
                    char *ds;
                    size_t n;
                    fmpz_init(m);
                    arf_get_fmpz(m, arb_midref(y), ARF_RND_NEAR);
                    if (fmpz_sgn(m) < 0 || (fmpz_is_zero(m) && arf_sgn(arb_midref(x)) < 0)) wk_buf_putc(&t, '-');
                    fmpz_abs(m, m);
                    ds = fmpz_get_str(NULL, 10, m);
                    n = strlen(ds);
                    if (n <= (size_t) prec) {
                        size_t k;
                        wk_buf_puts(&t, "0");
                        if (prec > 0) wk_buf_putc(&t, '.');
                        for (k = n; k < (size_t) prec; k++) wk_buf_putc(&t, '0');
                        wk_buf_puts(&t, ds);
                    } else {
                        wk_buf_putn(&t, ds, n - (size_t) prec);
                        if (prec > 0) { wk_buf_putc(&t, '.'); wk_buf_puts(&t, ds + n - prec); }
                    }
                    flint_free(ds);
                    fmpz_clear(m);
                } else
                    wk_buf_arb(&t, x, prec + 1 + (int) FLINT_MAX(0, arf_abs_bound_lt_2exp_si(arb_midref(x)) * 0.30103));
            } else
                wk_buf_value(S, &t, &argv[ai], 0);
            arb_clear(x);
            arb_clear(y);
        } else if ((conv == 'g' || conv == 'f') && wk_is_number(&argv[ai]) && prec >= 0) {
            arb_t x;
            arb_init(x);
            if (wk_get_arb(x, &argv[ai], S->prec)) wk_buf_arb(&t, x, prec > 0 ? prec : 1);
            else wk_buf_value(S, &t, &argv[ai], 0);
            arb_clear(x);
        } else if (conv == 'v') {
            wk_buf_value(S, &t, &argv[ai], 0);
        } else {
            put_plain(S, &t, &argv[ai]);
        }
        ai++;
        if (!left) { int k; for (k = (int) t.len; k < width; k++) wk_buf_putc(out, ' '); }
        wk_buf_puts(out, t.s);
        if (left) { int k; for (k = (int) t.len; k < width; k++) wk_buf_putc(out, ' '); }
        wk_buf_clear(&t);
        if (!*p) break;
    }
    if (ai < argc) wk_bi_error(S, "format has %d conversions but %d arguments", ai - first, argc - first);
}

static wk_value bi_format(wk_state *S, int argc, const wk_value *argv)
{
    wk_buf b;
    wk_value r;
    wk_buf_init(&b);
    wk_buf_putn(&b, "", 0);
    do_format(S, &b, wk_str_get(&argv[0]), argc, argv, 1);
    r = wk_str_n(b.s, b.len);
    wk_buf_clear(&b);
    return r;
}

static wk_value bi_printf(wk_state *S, int argc, const wk_value *argv)
{
    wk_buf b;
    wk_buf_init(&b);
    wk_buf_putn(&b, "", 0);
    do_format(S, &b, wk_str_get(&argv[0]), argc, argv, 1);
    wk_out(S, b.s);
    wk_buf_clear(&b);
    return wk_nil();
}

static wk_value bi_str(wk_state *S, int argc, const wk_value *argv)
{
    wk_buf b;
    wk_value r;
    int i;
    wk_buf_init(&b);
    wk_buf_putn(&b, "", 0);
    for (i = 0; i < argc; i++) put_plain(S, &b, &argv[i]);
    r = wk_str_n(b.s, b.len);
    wk_buf_clear(&b);
    return r;
}

static wk_value bi_type(wk_state *S, int argc, const wk_value *argv)
{
    static const char *names[] = {
        "undefined", "nil", "bool", "int", "rational", "real", "complex", "string", "list",
        "record", "matrix", "polynomial", "series", "permutation", "range", "function",
        "function", "object"
    };
    (void) S; (void) argc;
    if (argv[0].t == T_OBJ) return wk_str(((const wk_obj *) argv[0].u.h)->type->name);
    if (argv[0].t == T_POLY) {
        const char *n = wk_type_name(&argv[0]);
        return wk_str(n + 2);   /* "a polynomial" -> "polynomial" */
    }
    return wk_str(names[argv[0].t]);
}

static wk_value bi_error(wk_state *S, int argc, const wk_value *argv)
{
    wk_buf b;
    char msg[1024];
    int i;
    wk_buf_init(&b);
    wk_buf_putn(&b, "", 0);
    for (i = 0; i < argc; i++) put_plain(S, &b, &argv[i]);
    snprintf(msg, sizeof msg, "%s", b.s);
    wk_buf_clear(&b);
    wk_throw(S, WK_ERR_DOMAIN, "%s", msg);
}

static void tap_line(wk_state *S, int ok, const char *what)
{
    S->tap_n++;
    if (!ok) S->tap_failed++;
    fprintf(S->out, "%sok %d - %s\n", ok ? "" : "not ", S->tap_n, what);
}

static wk_value bi_check(wk_state *S, int argc, const wk_value *argv)
{
    int ok;
    const char *what = argc > 1 ? wk_str_get(&argv[1]) : "check";
    if (argv[0].t != T_BOOL)
        wk_arg_error(S, 0, "the condition must be true or false, got %s", wk_type_name(&argv[0]));
    ok = argv[0].u.b;
    if (S->tap == 1) {
        tap_line(S, ok, what);
        return wk_nil();
    }
    if (!ok) wk_throw(S, WK_ERR_CHECK, "check failed: %s", what);
    return wk_nil();
}

static wk_value bi_check_eq(wk_state *S, int argc, const wk_value *argv)
{
    int ok = wk_equal(S, &argv[0], &argv[1]);
    const char *what = argc > 2 ? wk_str_get(&argv[2]) : "check_eq";
    wk_buf a, b;
    if (ok) {
        if (S->tap == 1) tap_line(S, 1, what);
        return wk_nil();
    }
    wk_buf_init(&a);
    wk_buf_init(&b);
    wk_buf_value(S, &a, &argv[0], 0);
    wk_buf_value(S, &b, &argv[1], 0);
    if (a.len > 2000) { a.s[2000] = 0; }
    if (b.len > 2000) { b.s[2000] = 0; }
    if (S->tap == 1) {
        tap_line(S, 0, what);
        fprintf(S->out, "#   got:      %s\n#   expected: %s\n", a.s, b.s);
        wk_buf_clear(&a);
        wk_buf_clear(&b);
        return wk_nil();
    }
    {
        char msg[4200];
        snprintf(msg, sizeof msg, "check failed: %s\n  got:      %s\n  expected: %s", what, a.s, b.s);
        wk_buf_clear(&a);
        wk_buf_clear(&b);
        wk_throw(S, WK_ERR_CHECK, "%s", msg);
    }
}

static wk_value bi_help(wk_state *S, int argc, const wk_value *argv)
{
    wk_help(S, argc ? wk_str_get(&argv[0]) : NULL);
    return wk_nil();
}

static wk_value bi_read(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *last = wk_push(S), r;
    (void) argc;
    if (wk_run_file(S, wk_str_get(&argv[0]), 0, last) < 0)
        wk_arg_error(S, 0, "cannot open '%s'", wk_str_get(&argv[0]));
    r = *last;
    last->t = T_NIL;
    return r;
}

void wk_update_constants(wk_state *S)
{
    slong g = wk_global_find(S, "pi");
    arb_t x;
    if (g >= 0 && (S->glob[g].v.t == T_REAL || S->glob[g].v.t == T_UNDEF)) {
        arb_init(x);
        arb_const_pi(x, S->prec);
        if (S->glob[g].v.t != T_UNDEF) wk_release(&S->glob[g].v);
        S->glob[g].v = wk_real_arb(x);
        arb_clear(x);
    }
}

static wk_value bi_precision(wk_state *S, int argc, const wk_value *argv)
{
    slong old = S->prec;
    if (argc) {
        wk_setting_set(S, "precision", &argv[0]);
        {
            /* show as many digits as the precision supports */
            slong d = (slong) (S->prec * 0.30103);
            wk_value dv = wk_int_si(d > 1 ? d : 1);
            wk_setting_set(S, "digits", &dv);
        }
        wk_update_constants(S);
    }
    return wk_int_si(old);
}

static wk_value bi_digits(wk_state *S, int argc, const wk_value *argv)
{
    slong old = S->digits;
    if (argc) {
        slong d = wk_arg_si(S, 0, 1, 1 << 22);
        wk_value pv = wk_int_si((slong) ceil(d * 3.3219280948873623) + 10);
        wk_setting_set(S, "precision", &pv);
        wk_setting_set(S, "digits", &argv[0]);
        wk_update_constants(S);
    }
    return wk_int_si(old);
}

extern void wk_settings_list(wk_buf *b);

static wk_value bi_setting(wk_state *S, int argc, const wk_value *argv)
{
    const char *name = wk_str_get(&argv[0]);
    slong old;
    int known = 0;
    if (strcmp(name, "precision") == 0) return bi_precision(S, argc - 1, argv + 1);
    if (strcmp(name, "digits") == 0) return bi_digits(S, argc - 1, argv + 1);
    old = wk_setting_si(S, name);
    if (argc > 1) known = wk_setting_set(S, name, &argv[1]);
    else {
        wk_value cur = wk_int_si(old);
        known = wk_setting_set(S, name, &cur);
        wk_release(&cur);
    }
    if (!known) {
        wk_buf b;
        char msg[1500];
        wk_buf_init(&b);
        wk_settings_list(&b);
        snprintf(msg, sizeof msg, "unknown setting '%s'; settings are:\n%s", name, b.s);
        wk_buf_clear(&b);
        wk_arg_error(S, 0, "%s", msg);
    }
    if (strcmp(name, "seed") == 0 && argc > 1 && session_rand_ready) {
        wk_rand_clear(session_rand);
        session_rand_ready = 0;
    }
    return wk_int_si(old);
}

static wk_value bi_random(wk_state *S, int argc, const wk_value *argv)
{
    wk_rand_struct *r = srand_get(S);
    if (argc == 0) {
        arb_t x;
        wk_value v;
        arb_init(x);
        arb_set_d(x, wk_rand_double(r));
        v = wk_real_arb(x);
        arb_clear(x);
        return v;
    }
    {
        fmpz_t n, x;
        wk_value v;
        fmpz_init(n); fmpz_init(x);
        wk_arg_fmpz(S, 0, n);
        if (fmpz_sgn(n) <= 0) { fmpz_clear(n); fmpz_clear(x); wk_arg_error(S, 0, "random(n) needs n >= 1"); }
        fmpz_randm(x, r->fl, n);
        v = wk_int_fmpz(x);
        fmpz_clear(n); fmpz_clear(x);
        return v;
    }
}

static wk_value bi_version(wk_state *S, int argc, const wk_value *argv)
{
    (void) S; (void) argc; (void) argv;
    return wk_str(PACKAGE_VERSION);
}

int wk_quit_requested = 0;
static wk_value bi_quit(wk_state *S, int argc, const wk_value *argv)
{
    (void) S; (void) argc; (void) argv;
    wk_quit_requested = 1;
    return wk_nil();
}

typedef struct {
    const wk_value *f;
    wk_value *out;
} try_ud;

static void try_body(wk_state *S, void *ud_)
{
    try_ud *ud = ud_;
    *ud->out = wk_call(S, ud->f, 0, NULL);
}

/* try(f): runs f() and turns an error into a value */
static wk_value bi_try(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *res = wk_push(S), r;
    try_ud ud;
    int e;
    (void) argc;
    ud.f = &argv[0];
    ud.out = res;
    e = wk_pcall(S, try_body, &ud);
    r = wk_rec_new();
    if (e == WK_ERR_INTERRUPT) {
        wk_release(&r);
        wk_throw(S, WK_ERR_INTERRUPT, "interrupted");
    }
    if (e) {
        const char *m = S->errmsg ? S->errmsg : "error";
        const char *p = strstr(m, "error: ");
        wk_rec_set(&r, "ok", wk_bool(0));
        wk_rec_set(&r, "error", wk_str(p ? p + 7 : m));
        wk_rec_set(&r, "message", wk_str(m));
    } else {
        wk_rec_set(&r, "ok", wk_bool(1));
        wk_rec_set(&r, "value", *res);
        res->t = T_NIL;
    }
    return r;
}

static wk_value bi_cputime(wk_state *S, int argc, const wk_value *argv)
{
    struct timespec t;
    (void) S; (void) argc; (void) argv;
    arb_t x;
    wk_value r;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    /* exactly sec + nsec/10^9, with the clock's resolution (1 ns) as radius,
       so that printed times show only the digits the clock measures */
    arb_init(x);
    arb_set_ui(x, (ulong) t.tv_nsec);
    arb_div_ui(x, x, 1000000000, 96);
    arb_add_ui(x, x, (ulong) t.tv_sec, 96);
    arb_add_error_2exp_si(x, -30);
    r = wk_real_arb(x);
    arb_clear(x);
    return r;
}

static wk_value bi_getenv(wk_state *S, int argc, const wk_value *argv)
{
    const char *v = getenv(wk_str_get(&argv[0]));
    (void) S; (void) argc;
    return v ? wk_str(v) : wk_nil();
}

static wk_value bi_builtins(wk_state *S, int argc, const wk_value *argv)
{
    slong i, n = wk_builtin_count();
    wk_value l = wk_list_new(n);
    (void) S; (void) argc; (void) argv;
    for (i = 0; i < n; i++) wk_list_push(&l, wk_str(wk_builtin_at(i)->b->name));
    return l;
}

/* ---- pictures ------------------------------------------------------------------- */
static const char *opt_str(wk_state *S, const char *name, const char *dflt)
{
    const wk_value *v = wk_kwarg(S, name);
    if (!v) return dflt;
    if (v->t != T_STR) wk_bi_error(S, "option %s must be a string", name);
    return wk_str_get(v);
}

static double to_double(wk_state *S, const wk_value *v, int argi)
{
    arb_t x;
    double d;
    arb_init(x);
    if (!wk_get_arb(x, v, 64)) {
        arb_clear(x);
        wk_arg_error(S, argi, "plot needs real numbers, got %s", wk_type_name(v));
    }
    d = arf_get_d(arb_midref(x), ARF_RND_NEAR);
    arb_clear(x);
    return d;
}

static wk_value bi_plot(wk_state *S, int argc, const wk_value *argv)
{
    const char *path = opt_str(S, "file", "plot.svg");
    const char *title = opt_str(S, "title", NULL);
    const char *xl = opt_str(S, "xlabel", NULL), *yl = opt_str(S, "ylabel", NULL);
    const wk_value *logy = wk_kwarg(S, "logy"), *logx = wk_kwarg(S, "logx");
    int ly = logy && logy->t == T_BOOL && logy->u.b, lx = logx && logx->t == T_BOOL && logx->u.b;
    slong ncurves = 0, npts[16], i, c;
    double *xs[16], *ys[16], xmin = INFINITY, xmax = -INFINITY, ymin = INFINITY, ymax = -INFINITY;
    wk_svg_t svg;
    wk_status st;
    const wk_value *lab = wk_kwarg(S, "labels");
    /* forms: plot(ys), plot(xs, ys), plot([ys1, ys2, ...]), plot(xs, [ys1, ...]), plot(f, a, b) */
    if (argv[0].t == T_FUNC || argv[0].t == T_BUILTIN) {
        double a, b;
        slong n = 400;
        if (argc != 3) wk_bi_error(S, "plot(f, a, b) needs the interval");
        a = to_double(S, &argv[1], 1);
        b = to_double(S, &argv[2], 2);
        if (!(b > a)) wk_bi_error(S, "plot(f, a, b) needs a < b");
        xs[0] = flint_malloc(n * sizeof(double));
        ys[0] = flint_malloc(n * sizeof(double));
        npts[0] = n;
        ncurves = 1;
        for (i = 0; i < n; i++) {
            wk_value x = wk_real_d(a + (b - a) * i / (n - 1)), *y;
            y = wk_root(S, wk_call(S, &argv[0], 1, &x));
            wk_release(&x);
            xs[0][i] = a + (b - a) * i / (n - 1);
            if (wk_is_number(y) && y->t != T_CPLX) ys[0][i] = to_double(S, y, 0);
            else ys[0][i] = NAN;
            wk_pop(S);
        }
    } else {
        const wk_value *yv = argc == 1 ? &argv[0] : &argv[1];
        const wk_value *xv = argc == 1 ? NULL : &argv[0];
        int multi;
        if (yv->t != T_LIST || (xv && xv->t != T_LIST))
            wk_bi_error(S, "plot needs lists of numbers (or a function and an interval)");
        multi = wk_list_len(yv) > 0 && wk_list_get(yv, 0)->t == T_LIST;
        ncurves = multi ? wk_list_len(yv) : 1;
        if (ncurves > 16) wk_bi_error(S, "at most 16 curves in one plot");
        for (c = 0; c < ncurves; c++) {
            const wk_value *cy = multi ? wk_list_get(yv, c) : yv;
            slong n;
            if (cy->t != T_LIST) wk_bi_error(S, "curve %ld is not a list", (long) c + 1);
            n = wk_list_len(cy);
            if (xv && wk_list_len(xv) != n)
                wk_bi_error(S, "%ld x values but %ld y values", (long) wk_list_len(xv), (long) n);
            for (i = 0; i < n; i++) {
                to_double(S, wk_list_get(cy, i), argc == 1 ? 0 : 1);
                if (xv) to_double(S, wk_list_get(xv, i), 0);
            }
        }
        for (c = 0; c < ncurves; c++) {
            const wk_value *cy = multi ? wk_list_get(yv, c) : yv;
            slong n = wk_list_len(cy);
            xs[c] = flint_malloc((n + 1) * sizeof(double));
            ys[c] = flint_malloc((n + 1) * sizeof(double));
            npts[c] = n;
            for (i = 0; i < n; i++) {
                ys[c][i] = to_double(S, wk_list_get(cy, i), 0);
                xs[c][i] = xv ? to_double(S, wk_list_get(xv, i), 0) : (double) (i + 1);
            }
        }
    }
    for (c = 0; c < ncurves; c++)
        for (i = 0; i < npts[c]; i++) {
            if (lx) xs[c][i] = xs[c][i] > 0 ? log10(xs[c][i]) : NAN;
            if (ly) ys[c][i] = ys[c][i] > 0 ? log10(ys[c][i]) : NAN;
            if (isfinite(xs[c][i]) && isfinite(ys[c][i])) {
                if (xs[c][i] < xmin) xmin = xs[c][i];
                if (xs[c][i] > xmax) xmax = xs[c][i];
                if (ys[c][i] < ymin) ymin = ys[c][i];
                if (ys[c][i] > ymax) ymax = ys[c][i];
            }
        }
    if (!isfinite(xmin)) { xmin = 0; xmax = 1; ymin = 0; ymax = 1; }
    st = wk_svg_open(svg, path, 640, 420, xmin, xmax, ymin, ymax);
    if (st != WK_OK) {
        for (c = 0; c < ncurves; c++) { flint_free(xs[c]); flint_free(ys[c]); }
        wk_bi_status(S, st);
    }
    {
        char xlab[200], ylab[200];
        snprintf(xlab, sizeof xlab, "%s%s", lx ? "log10 " : "", xl ? xl : "");
        snprintf(ylab, sizeof ylab, "%s%s", ly ? "log10 " : "", yl ? yl : "");
        wk_svg_axes(svg, xlab[0] ? xlab : NULL, ylab[0] ? ylab : NULL);
    }
    if (title) {
        fprintf(svg->f, "<text x=\"320\" y=\"24\" font-size=\"15\" text-anchor=\"middle\">");
        fputs(title, svg->f);   /* plain text titles */
        fputs("</text>\n", svg->f);
    }
    for (c = 0; c < ncurves; c++) {
        wk_svg_polyline(svg, xs[c], ys[c], npts[c], wk_svg_colour(c), 1.5);
        if (lab && lab->t == T_LIST && c < wk_list_len(lab) && wk_list_get(lab, c)->t == T_STR) {
            double ly0 = ymax - (ymax - ymin) * 0.06 * (c + 1);
            wk_svg_line(svg, xmin + (xmax - xmin) * 0.75, ly0, xmin + (xmax - xmin) * 0.8, ly0, wk_svg_colour(c), 2);
            wk_svg_text(svg, xmin + (xmax - xmin) * 0.81, ly0, wk_str_get(wk_list_get(lab, c)), 11, "start");
        }
        flint_free(xs[c]);
        flint_free(ys[c]);
    }
    st = wk_svg_close(svg);
    if (st != WK_OK) wk_bi_status(S, st);
    return wk_str(path);
}

static wk_value bi_svg(wk_state *S, int argc, const wk_value *argv)
{
    const wk_obj *o;
    const char *path = argc > 1 ? wk_str_get(&argv[1]) : NULL;
    wk_status st;
    wk_value *opts;
    int i;
    if (argv[0].t != T_OBJ || !((const wk_obj *) argv[0].u.h)->type->svg)
        wk_arg_error(S, 0, "cannot draw %s (svg draws module objects such as polytopes, "
                     "partitions and xSFF results; use plot for curves)", wk_type_name(&argv[0]));
    if (argc > 1 && path == NULL) wk_arg_error(S, 1, "the file name must be a string");
    o = (const wk_obj *) argv[0].u.h;
    if (!path) path = "picture.svg";
    opts = wk_root(S, wk_rec_new());
    for (i = 0; i < S->cur_nkw; i++) {
        wk_value x;
        wk_copy(&x, &S->cur_kwv[i]);
        wk_rec_set(opts, S->cur_kwn[i], x);
    }
    st = o->type->svg(S, o->data, path, opts);
    if (st != WK_OK) wk_bi_status(S, st);
    return wk_str(path);
}

static const wk_builtin lang_builtins[] = {
    {"print", "A*", bi_print, "print(x, ...): print the values, then a new line.",
     "Strings print without quotes; other values as the REPL shows them.\nprint(\"n = \", 3) prints n = 3.",
     "print(\"sum: \", 1 + 2)"},
    {"printf", "SA*", bi_printf, "printf(fmt, x, ...): print formatted text (no new line added).",
     "Conversions: %d integer, %s value as print shows it, %v value as the REPL shows it,\n"
     "%.Ng real with N correct digits, %.Nf real with N decimals (fewer, as %g, if the ball is\n"
     "not known to N decimals), %% a percent sign; widths like %5d and %-8s.",
     "printf(\"%5d|%-4s|\\n\", 42, \"ab\")"},
    {"format", "SA*", bi_format, "format(fmt, x, ...): formatted text as a string (see printf).", "",
     "format(\"%d/%d\", 3, 4) == \"3/4\" and format(\"%.3f\", 2/3) == \"0.667\""},
    {"str", "A*", bi_str, "str(x, ...): the text of the values, concatenated, as a string.", "",
     "str(\"a\", 1/2) == \"a1/2\""},
    {"type", "A", bi_type, "type(x): the kind of x as a string (\"int\", \"rational\", \"real\", \"list\", ...).",
     "Module objects report their own kind (\"group\", \"character table\", ...).",
     "type(1/2) == \"rational\""},
    {"error", "A*", bi_error, "error(msg, ...): stop with an error message.",
     "Inside a script this stops the script (exit status 1); in the REPL it returns to the prompt.",
     "type(error) == \"function\""},
    {"check", "B[S]", bi_check, "check(cond, what): a test point: cond must be true.",
     "Under `wk --tap` prints 'ok N - what' or 'not ok N - what'.  Otherwise a false\n"
     "condition is an error naming `what`.", "check(1 + 1 == 2, \"arithmetic\")"},
    {"check_eq", "AA[S]", bi_check_eq, "check_eq(got, expected, what): a test point: the values must be equal.",
     "Equality is exact for exact values; balls are equal when they overlap.\n"
     "On failure both values are shown.", "check_eq(2^10, 1024, \"powers\")"},
    {"help", "[S]", bi_help, "help(name): print the help of a builtin (same as `help name` or `?name`).", "",
     "help(\"gcd\")"},
    {"read", "S", bi_read, "read(file): run a .wk file in this session; returns its last value.",
     "Errors in the file name the file and line.", "type(read) == \"function\""},
    {"precision", "[Z]", bi_precision, "precision(bits): set the working precision of balls; returns the old value.",
     "Without an argument returns the current precision (default 128 bits).  Also sets the\n"
     "digits shown to what the precision supports, and recomputes pi.", "precision() >= 16"},
    {"digits", "[Z]", bi_digits, "digits(d): show d digits of reals (and raise the precision to match); returns the old value.",
     "Printing never shows more digits than are correct.", "digits() >= 1"},
    {"setting", "S[A]", bi_setting, "setting(name, value): read or change a setting; returns the old value.",
     "Settings: precision, digits, seed, recursion_limit, chartable_limit, list_limit.",
     "setting(\"recursion_limit\") >= 10"},
    {"random", "[Z]", bi_random, "random(n): a random integer in 0..n-1 (random() a real in [0,1)).",
     "The source is seeded by setting(\"seed\", s) and reproducible.", "random(10) < 10"},
    {"version", "", bi_version, "version(): the version of wk.", "", "type(version()) == \"string\""},
    {"quit", "", bi_quit, "quit(): leave wk (also Ctrl-D at the prompt).", "", "type(quit) == \"function\""},
    {"try", "F", bi_try, "try(f): call f() and catch its error: {ok: true, value: v} or {ok: false, error: message}.",
     "error is the message without its position; message has file:line:col too.\n"
     "Ctrl-C is not caught.", "try(() -> 1/0).error == \"division by zero\""},
    {"cputime", "", bi_cputime, "cputime(): CPU seconds used by this process so far (a real).",
     "Differences of cputime() time a computation without the noise of other processes;\n"
     "time(expr) prints wall-clock time.", "cputime() >= 0"},
    {"getenv", "S", bi_getenv, "getenv(name): the environment variable's value as a string, or nil.",
     "papers/*.wk use getenv(\"WK_SLOW\") to run their slow parts under `make check-papers`.",
     "getenv(\"WK_NO_SUCH_VARIABLE_SET\") == nil"},
    {"builtins", "", bi_builtins, "builtins(): the names of all builtin functions.", "",
     "\"gcd\" in builtins()"},
    {"plot", "A[AA];file,title,xlabel,ylabel,labels,logx,logy", bi_plot,
     "plot(ys), plot(xs, ys), plot(f, a, b): draw curves as an SVG file; returns its path.",
     "ys may be a list of lists (several curves).  Options: file=\"plot.svg\", title, xlabel,\n"
     "ylabel, labels=[...], logx=true, logy=true.", "type(plot) == \"function\""},
    {"svg", "A[S];width,height,plane,labels,title", bi_svg, "svg(x, file): draw a module object (polytope, partition, xSFF result ...) as SVG.",
     "Returns the file's path.  Options depend on the object.", "type(svg) == \"function\""},
    {NULL, NULL, NULL, NULL, NULL, NULL}
};

const wk_module wk_mod_lang = { "lang", "the language: output, tests, settings, files, pictures", lang_builtins };
