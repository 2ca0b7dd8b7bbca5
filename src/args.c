/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/args.c: argument accessors for builtins (they throw naming the argument). */
#include "wk_int.h"

static const wk_value *arg(wk_state *S, int i)
{
    return &S->cur_argv[i];   /* the arguments of the running builtin */
}

slong wk_arg_si(wk_state *S, int i, slong lo, slong hi)
{
    const wk_value *v = arg(S, i);
    slong x;
    if (v->t != T_INT) wk_arg_error(S, i, "argument %d must be an integer, got %s", i + 1, wk_type_name(v));
    if (!wk_get_si(&x, v) || x < lo || x > hi)
        wk_arg_error(S, i, "argument %d must be in %ld..%ld", i + 1, (long) lo, (long) hi);
    return x;
}

void wk_arg_fmpz(wk_state *S, int i, fmpz_t out)
{
    const wk_value *v = arg(S, i);
    if (!wk_get_fmpz(out, v)) wk_arg_error(S, i, "argument %d must be an integer, got %s", i + 1, wk_type_name(v));
}

void wk_arg_fmpq(wk_state *S, int i, fmpq_t out)
{
    const wk_value *v = arg(S, i);
    if (!wk_get_fmpq(out, v)) wk_arg_error(S, i, "argument %d must be a rational number, got %s", i + 1, wk_type_name(v));
}

void wk_arg_arb(wk_state *S, int i, arb_t out, slong prec)
{
    const wk_value *v = arg(S, i);
    if (!wk_get_arb(out, v, prec)) wk_arg_error(S, i, "argument %d must be a real number, got %s", i + 1, wk_type_name(v));
}

const char *wk_arg_str(wk_state *S, int i)
{
    const wk_value *v = arg(S, i);
    if (v->t != T_STR) wk_arg_error(S, i, "argument %d must be a string, got %s", i + 1, wk_type_name(v));
    return wk_str_get(v);
}

void *wk_arg_obj(wk_state *S, int i, const wk_objtype *type)
{
    const wk_value *v = arg(S, i);
    void *d = wk_obj_get(v, type);
    if (!d) wk_arg_error(S, i, "argument %d must be a %s, got %s", i + 1, type->name, wk_type_name(v));
    return d;
}

void wk_arg_mat_dims(wk_state *S, int i, slong *r, slong *c)
{
    const wk_value *v = arg(S, i);
    if (!wk_mat_dims(v, r, c)) wk_arg_error(S, i, "argument %d must be a matrix, got %s", i + 1, wk_type_name(v));
}
