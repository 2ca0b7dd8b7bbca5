/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/wk_api.h: what a builtin binding (src/bi_*.c) sees of the language:
   values, their constructors and accessors, errors, builtin tables. */
#ifndef WK_API_H
#define WK_API_H

#include <stdint.h>
#include <stdarg.h>
#include <gmp.h>
#include <flint/flint.h>
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpq_mat.h>
#include <flint/fmpq_poly.h>
#include <flint/fmpq_mpoly.h>
#include <arb.h>
#include <acb.h>
#include <arb_mat.h>
#include <acb_mat.h>
#include "wk_core.h"

typedef struct wk_state wk_state;

/* ---- values -------------------------------------------------------------
   A value is a 16-byte tagged union.  Integers are stored inline as an fmpz
   (small ones need no allocation); everything else heap-allocated is
   reference counted.  Values are immutable from a builtin's point of view:
   arguments are borrowed, results are new references. */
typedef enum {
    T_UNDEF = 0,  /* internal: a global that was never assigned */
    T_NIL, T_BOOL, T_INT, T_RAT, T_REAL, T_CPLX, T_STR, T_LIST, T_REC,
    T_MAT, T_POLY, T_SER, T_PERM, T_RANGE, T_FUNC, T_BUILTIN, T_OBJ,
    T_NTYPES
} wk_type;

typedef struct wk_heap {
    int32_t rc;
    uint32_t t;
} wk_heap;

typedef struct wk_value {
    uint32_t t;
    union {
        fmpz z;          /* T_INT */
        int b;           /* T_BOOL */
        wk_heap *h;      /* every refcounted type */
        const struct wk_bientry *be;  /* T_BUILTIN (static, not counted) */
    } u;
} wk_value;

typedef struct { wk_heap hd; fmpq_t q; } wk_rat;       /* never integral */
typedef struct { wk_heap hd; arb_t x; } wk_real;
typedef struct { wk_heap hd; acb_t x; } wk_cplx;
typedef struct { wk_heap hd; slong len; char s[]; } wk_strobj;
typedef struct { wk_heap hd; slong len, cap; wk_value *v; } wk_list;
typedef struct { wk_heap hd; slong n, cap; const char **key; wk_value *v; } wk_rec;
typedef struct { wk_heap hd; slong r, c; wk_value *v; } wk_mat;   /* row-major */
typedef struct { wk_heap hd; slong n; int *img; } wk_perm;         /* img[i] in 0..n-1 */
typedef struct { wk_heap hd; slong a, b, step; } wk_range;

/* Polynomial ring contexts: one per set of variables (global variable ids in
   declaration order; the first declared is the main variable, lex order). */
typedef struct wk_pctx {
    int32_t rc;
    slong nvars;
    slong *gv;            /* global variable ids, increasing */
    fmpq_mpoly_ctx_t ctx;
} wk_pctx;

/* A polynomial, Laurent polynomial or rational function num/den over Q.
   den is monic; den == 1 for polynomials; a monomial den prints as negative
   powers.  A constant (num constant, den 1) is never a T_POLY. */
typedef struct { wk_heap hd; wk_pctx *c; fmpq_mpoly_t num, den; } wk_poly;

/* Truncated power series q^val * c(q) + O(q^prec) over Q in variable var;
   c(0) != 0 unless c == 0 (then val == prec). */
typedef struct { wk_heap hd; slong var; slong val, prec; fmpq_poly_t c; } wk_ser;

/* ---- module objects -----------------------------------------------------
   A module defines its own value kind with a static wk_objtype; the language
   prints, compares and frees it through these hooks. */
typedef struct wk_buf {
    char *s;
    size_t len, cap;
} wk_buf;

typedef struct wk_objtype {
    const char *name;                      /* "group", "character table" */
    void (*free)(void *data);
    /* Append the text form; top != 0 when printed as a statement's result
       (multi-line forms allowed), 0 inside lists and records. */
    void (*print)(wk_buf *b, const void *data, int top);
    /* Optional: structural equality. */
    int (*equal)(const void *a, const void *b);
    /* Optional: r.name; return 1 and set *out (new reference) if the field
       exists, 0 otherwise (the language reports the missing field). */
    int (*field)(wk_state *S, const void *data, const char *name, wk_value *out);
    /* Optional: NULL-terminated list of field names (for completion/help). */
    const char *const *fields;
    /* Optional arithmetic: op is one of '+', '-', '*', '/', '^', 'n' (negate);
       one of a, b is this object.  Return 1 and set *out if handled, 0 to let
       the language report "cannot apply". May throw. */
    int (*binop)(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out);
    /* Optional: obj[i] (1-based) and len(obj). */
    int (*index)(wk_state *S, const void *data, slong i, wk_value *out);
    slong (*len)(const void *data);
    /* Optional: draw the object as an SVG picture at path (svg(x, file)).
       opts is the record of keyword arguments given to svg() (or nil). */
    wk_status (*svg)(wk_state *S, const void *data, const char *path, const wk_value *opts);
} wk_objtype;

typedef struct { wk_heap hd; const wk_objtype *type; void *data; } wk_obj;

/* ---- reference counting -------------------------------------------------- */
void wk_free_heap(wk_heap *h);
static inline int wk_is_heap(const wk_value *v)
{
    return v->t > T_INT && v->t != T_BUILTIN;
}
static inline void wk_incref(const wk_value *v)
{
    if (wk_is_heap(v)) v->u.h->rc++;
}
/* Drops the value's reference and leaves *v as nil. */
static inline void wk_release(wk_value *v)
{
    if (v->t == T_INT) fmpz_clear(&v->u.z);
    else if (wk_is_heap(v) && --v->u.h->rc == 0) wk_free_heap(v->u.h);
    v->t = T_NIL;
}
/* *dst = src with a new reference (dst must not hold a value). */
static inline void wk_copy(wk_value *dst, const wk_value *src)
{
    if (src->t == T_INT) { dst->t = T_INT; fmpz_init_set(&dst->u.z, &src->u.z); }
    else { *dst = *src; wk_incref(src); }
}
/* Replaces *dst (released) by a new reference to src. */
static inline void wk_assign(wk_value *dst, const wk_value *src)
{
    wk_value tmp;
    wk_copy(&tmp, src);
    wk_release(dst);
    *dst = tmp;
}

/* ---- constructors (return new references) ------------------------------- */
static inline wk_value wk_nil(void) { wk_value v; v.t = T_NIL; v.u.h = NULL; return v; }
static inline wk_value wk_bool(int b) { wk_value v; v.t = T_BOOL; v.u.b = b != 0; return v; }
wk_value wk_int_si(slong x);
wk_value wk_int_ui(ulong x);
wk_value wk_int_fmpz(const fmpz_t x);
/* Moves x into the value (x is left as 0 and may be cleared). */
wk_value wk_int_fmpz_move(fmpz_t x);
wk_value wk_int_mpz(const mpz_t x);
/* A rational in canonical form; becomes an integer when the denominator is 1. */
wk_value wk_rat_fmpq(const fmpq_t x);
wk_value wk_rat_si(slong p, slong q);
wk_value wk_real_arb(const arb_t x);
/* Real ball from a double (exact conversion; NaN/inf give an error-free nil). */
wk_value wk_real_d(double x);
wk_value wk_cplx_acb(const acb_t x);
/* A complex ball with exactly zero imaginary part becomes a real ball. */
wk_value wk_num_acb(const acb_t x);
wk_value wk_str(const char *s);
wk_value wk_str_n(const char *s, slong n);
wk_value wk_str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Takes ownership of a flint_malloc'd string. */
wk_value wk_str_take(char *s);

wk_value wk_list_new(slong cap);
/* Appends x to the list value l (x's reference is consumed). */
void wk_list_push(wk_value *l, wk_value x);
wk_value wk_list_from_si(const slong *x, slong n);
wk_value wk_list_from_fmpz(const fmpz *x, slong n);
wk_value wk_list_from_fmpq(const fmpq *x, slong n);

wk_value wk_rec_new(void);
/* Sets field name of record r to x (x consumed).  Field order is kept. */
void wk_rec_set(wk_value *r, const char *name, wk_value x);

/* An r x c matrix of zeros (integers); fill it with wk_mat_set. */
wk_value wk_mat_new(slong r, slong c);
/* Sets entry (i, j), 0-based, consuming x. */
void wk_mat_set(wk_value *m, slong i, slong j, wk_value x);
wk_value wk_mat_from_fmpz_mat(const fmpz_mat_t a);
wk_value wk_mat_from_fmpq_mat(const fmpq_mat_t a);
wk_value wk_mat_from_arb_mat(const arb_mat_t a);
wk_value wk_mat_from_acb_mat(const acb_mat_t a);

wk_value wk_perm_new(const int *img, slong n);   /* img 0-based */
wk_value wk_obj_new(const wk_objtype *type, void *data);
/* C temporaries that must survive an error: builtins throw (longjmp) on bad
   input, so a lib/ object living across a possible throw is handed to a
   rooted value whose free hook calls fn(p, n) when the builtin returns or an
   error unwinds.  Returns p.  fn may be NULL (nothing to free). */
typedef void (*wk_keep_fn)(void *p, slong n);
void *wk_keep(wk_state *S, void *p, slong n, wk_keep_fn fn);

/* ---- accessors -------------------------------------------------------------
   wk_get_* succeed (return 1) when the value has a suitable kind and range;
   wk_arg_* throw a builtin argument error (naming the builtin and the
   argument number) instead of failing.  Argument indices are 0-based in C,
   shown 1-based to the user. */
static inline wk_type wk_typeof(const wk_value *v) { return (wk_type) v->t; }
/* "an integer", "a matrix", "a group" ... for messages. */
const char *wk_type_name(const wk_value *v);

int wk_get_si(slong *out, const wk_value *v);
int wk_get_fmpz(fmpz_t out, const wk_value *v);
int wk_get_fmpq(fmpq_t out, const wk_value *v);               /* int or rational */
int wk_get_arb(arb_t out, const wk_value *v, slong prec);    /* int, rat, real */
int wk_get_acb(acb_t out, const wk_value *v, slong prec);    /* any number */
int wk_is_exact_number(const wk_value *v);                   /* int or rat */
int wk_is_number(const wk_value *v);
int wk_truthy(wk_state *S, const wk_value *v);

const char *wk_str_get(const wk_value *v);                   /* NULL if not a string */
slong wk_list_len(const wk_value *v);                        /* -1 if not a list */
const wk_value *wk_list_get(const wk_value *v, slong i);     /* 0-based, borrowed */
const wk_value *wk_rec_get(const wk_value *v, const char *name);  /* NULL if absent */
void *wk_obj_get(const wk_value *v, const wk_objtype *type); /* NULL if another kind */

/* Matrix view: lists of equal-length lists count as matrices too. */
int wk_mat_dims(const wk_value *v, slong *r, slong *c);
const wk_value *wk_mat_get(const wk_value *v, slong i, slong j);  /* 0-based, borrowed */
/* Exact conversions: fail (0) when an entry is not an integer/rational. */
int wk_get_fmpz_mat(fmpz_mat_t out, const wk_value *v);      /* out initialised by caller to r x c */
int wk_get_fmpq_mat(fmpq_mat_t out, const wk_value *v);
int wk_get_arb_mat(arb_mat_t out, const wk_value *v, slong prec);
int wk_get_acb_mat(acb_mat_t out, const wk_value *v, slong prec);

slong wk_arg_si(wk_state *S, int i, slong lo, slong hi);     /* integer in [lo, hi] */
void wk_arg_fmpz(wk_state *S, int i, fmpz_t out);
void wk_arg_fmpq(wk_state *S, int i, fmpq_t out);
void wk_arg_arb(wk_state *S, int i, arb_t out, slong prec);
const char *wk_arg_str(wk_state *S, int i);
void *wk_arg_obj(wk_state *S, int i, const wk_objtype *type);
/* Dimensions of a matrix argument (a matrix or a list of equal-length lists). */
void wk_arg_mat_dims(wk_state *S, int i, slong *r, slong *c);

/* ---- polynomials and series for bindings --------------------------------- */
/* Id of the polynomial variable called name, declaring it if needed. */
slong wk_var_id(wk_state *S, const char *name);
const char *wk_var_name(slong id);
/* A context for the given variable ids (any order; sorted inside). */
wk_pctx *wk_pctx_get(const slong *ids, slong n);
void wk_pctx_release(wk_pctx *c);
/* Value num/den (den NULL means 1) in context c, normalised (may become a
   number).  The fmpq_mpoly arguments are copied. */
wk_value wk_poly_make(wk_pctx *c, const fmpq_mpoly_t num, const fmpq_mpoly_t den);
/* Like wk_poly_make, but num is multiplied by prod x_i^shift[i] (shift may be
   negative: Laurent polynomials).  shift has c->nvars entries. */
wk_value wk_poly_make_shift(wk_pctx *c, const fmpq_mpoly_t num, const slong *shift);
/* The series sum_{k < len} coeffs[k] q^k + O(q^prec) in variable var. */
wk_value wk_ser_make(slong var, const fmpq_poly_t c, slong val, slong prec);
wk_value wk_ser_make_fmpz(slong var, const fmpz *c, slong len, slong prec);

/* ---- settings ----------------------------------------------------------- */
slong wk_prec(wk_state *S);        /* working precision in bits */
slong wk_digits(wk_state *S);      /* digits shown for reals */
/* Integer settings from the settings table (src/settings.c). */
slong wk_setting_si(wk_state *S, const char *name);

/* ---- errors --------------------------------------------------------------
   wk_throw never returns: it unwinds to the nearest protected call, releasing
   every value on the language stack.  C temporaries (FLINT/Arb objects, malloc)
   must be freed before throwing; values can be protected with wk_root.
   Kinds follow STYLE.md. */
typedef enum {
    WK_ERR_SYNTAX = 1, WK_ERR_TYPE, WK_ERR_DOMAIN, WK_ERR_DIM, WK_ERR_OVERFLOW,
    WK_ERR_IO, WK_ERR_INTERRUPT, WK_ERR_INTERNAL, WK_ERR_NAME, WK_ERR_CHECK
} wk_errkind;

/* "name: message" at the current builtin call's position. */
void wk_bi_error(wk_state *S, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 2, 3)));
/* "name: message" at the position of argument i (0-based). */
void wk_arg_error(wk_state *S, int i, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
/* Turns a lib/ status into an error "name: <wk_error_msg()>" (kind chosen
   from the status). */
void wk_bi_status(wk_state *S, wk_status st) __attribute__((noreturn));
void wk_throw(wk_state *S, wk_errkind kind, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
/* Keeps v alive until the current builtin returns (or an error unwinds);
   returns a pointer to the rooted copy.  The value's reference is consumed. */
wk_value *wk_root(wk_state *S, wk_value v);
/* Throws "interrupted" if Ctrl-C was pressed. */
void wk_check_interrupt(wk_state *S);
/* Name of the builtin being called (for messages built by hand). */
const char *wk_bi_name(wk_state *S);

/* Keyword arguments of the current call (f(x, limit=10)): the value or NULL. */
const wk_value *wk_kwarg(wk_state *S, const char *name);

/* ---- calling back into the language -------------------------------------- */
/* Calls a function value with argc arguments; result is a new reference. */
wk_value wk_call(wk_state *S, const wk_value *f, int argc, const wk_value *argv);

/* ---- arithmetic on values (throw on type errors) ------------------------ */
wk_value wk_add(wk_state *S, const wk_value *a, const wk_value *b);
wk_value wk_sub(wk_state *S, const wk_value *a, const wk_value *b);
wk_value wk_mul(wk_state *S, const wk_value *a, const wk_value *b);
wk_value wk_div(wk_state *S, const wk_value *a, const wk_value *b);
wk_value wk_pow(wk_state *S, const wk_value *a, const wk_value *b);
wk_value wk_neg(wk_state *S, const wk_value *a);
int wk_equal(wk_state *S, const wk_value *a, const wk_value *b);
/* -1, 0, 1; throws when the order is undecidable or undefined. */
int wk_cmp(wk_state *S, const wk_value *a, const wk_value *b);

/* ---- text ------------------------------------------------------------------ */
void wk_buf_init(wk_buf *b);
void wk_buf_clear(wk_buf *b);
void wk_buf_puts(wk_buf *b, const char *s);
void wk_buf_putn(wk_buf *b, const char *s, size_t n);
void wk_buf_putc(wk_buf *b, char c);
void wk_buf_printf(wk_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends the text form of v (top: statement-level, multi-line allowed). */
void wk_buf_value(wk_state *S, wk_buf *b, const wk_value *v, int top);
/* Text of an Arb ball with only correct digits (at most `digits`). */
void wk_buf_arb(wk_buf *b, const arb_t x, slong digits);
void wk_buf_fmpq(wk_buf *b, const fmpq_t x);
/* Prints to the session's output (respects --tap quoting). */
void wk_out(wk_state *S, const char *s);

/* ---- builtin tables --------------------------------------------------------
   One static table per binding file, terminated by an entry with name NULL.
   sig has one letter per argument:
     A any   Z integer   N integer >= 0   Q rational   R real   X number
     S string   L list   M matrix (or list of equal-length lists)
     P polynomial or number   V a declared variable   F function
     O module object   B boolean   G record
   "[" starts the optional arguments; a trailing "*" repeats the last letter
   (zero or more).  After ";" come the accepted keyword names, comma separated:
     "ZZ[Z]"  "M;limit,degree"  "A*" */
typedef wk_value (*wk_cfunc)(wk_state *S, int argc, const wk_value *argv);

typedef struct wk_builtin {
    const char *name;
    const char *sig;
    wk_cfunc fn;
    const char *summary;   /* "name(args): what it does." */
    const char *help;      /* full text: conventions, cases, errors */
    const char *example;   /* wk code; if it yields a boolean it must be true */
} wk_builtin;

typedef struct wk_module {
    const char *name;      /* "weyl" */
    const char *title;     /* "Root systems, Weyl groups, faces of highest weight modules" */
    const wk_builtin *builtins;
} wk_module;

#endif
