/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_poly.c: builtins on polynomials, Laurent polynomials, rational
   functions and truncated power series. */
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"

static slong ctx_index(const wk_pctx *c, slong id)
{
    slong i;
    for (i = 0; i < c->nvars; i++)
        if (c->gv[i] == id) return i;
    return -1;
}

static slong var_arg(wk_state *S, const wk_value *v, int i)
{
    slong id;
    if (!wk_poly_is_var(v, &id)) wk_arg_error(S, i, "argument %d must be a declared variable, got %s", i + 1, wk_type_name(v));
    return id;
}

/* main variable of a value: the first declared variable it involves */
static slong main_var(wk_state *S, const wk_value *v, int i)
{
    if (v->t == T_POLY) return ((const wk_poly *) v->u.h)->c->gv[0];
    if (v->t == T_SER) return ((const wk_ser *) v->u.h)->var;
    wk_arg_error(S, i, "argument %d has no variable; pass the variable explicitly", i + 1);
}

/* Coefficients of p as a Laurent polynomial in variable id: *lo is the
   lowest exponent, the list holds exponents lo..hi.  Numbers count as
   constants.  Errors if the denominator involves id other than as a power. */
static wk_value laurent_coeffs(wk_state *S, const wk_value *p, slong id, slong *lo, int argi)
{
    const wk_poly *P;
    slong vi, degn, i, dshift = 0;
    fmpq_mpoly_t rest, c;
    wk_value l, *tmp;
    if (p->t != T_POLY) {
        if (!wk_is_exact_number(p)) wk_arg_error(S, argi, "needs a polynomial or a series, got %s", wk_type_name(p));
        l = wk_list_new(1);
        { wk_value x; wk_copy(&x, p); wk_list_push(&l, x); }
        *lo = 0;
        return l;
    }
    P = (const wk_poly *) p->u.h;
    vi = ctx_index(P->c, id);
    if (vi < 0) {
        l = wk_list_new(1);
        { wk_value x; wk_copy(&x, p); wk_list_push(&l, x); }
        *lo = 0;
        return l;
    }
    /* the denominator must be x^d times something free of x */
    fmpq_mpoly_init(rest, P->c->ctx);
    fmpq_mpoly_init(c, P->c->ctx);
    {
        slong *deg = malloc((P->c->nvars + 1) * sizeof(slong));
        fmpq_mpoly_degrees_si(deg, P->den, P->c->ctx);
        if (deg[vi] > 0) {
            /* x-part must be a single power: check every term has the same x-degree */
            slong t, len = fmpq_mpoly_length(P->den, P->c->ctx);
            slong *e = malloc((P->c->nvars + 1) * sizeof(slong));
            for (t = 0; t < len; t++) {
                fmpq_mpoly_get_term_exp_si(e, P->den, t, P->c->ctx);
                if (e[vi] != deg[vi]) {
                    free(e); free(deg);
                    fmpq_mpoly_clear(rest, P->c->ctx); fmpq_mpoly_clear(c, P->c->ctx);
                    wk_arg_error(S, argi, "this rational function is not a Laurent polynomial in %s", wk_var_name(id));
                }
            }
            free(e);
            dshift = deg[vi];
        }
        free(deg);
    }
    /* rest = den / x^dshift */
    {
        slong k = 0;
        ulong *ex = calloc(P->c->nvars + 1, sizeof(ulong));
        slong vars[1];
        ulong exps[1];
        vars[0] = vi;
        exps[0] = dshift;
        fmpq_mpoly_get_coeff_vars_ui(rest, P->den, vars, exps, 1, P->c->ctx);
        free(ex);
        (void) k;
    }
    degn = fmpq_mpoly_degree_si(P->num, vi, P->c->ctx);
    l = wk_list_new(degn + 1);
    tmp = wk_push(S);
    {
        slong first = -1;
        for (i = 0; i <= degn; i++) {
            slong vars[1];
            ulong exps[1];
            vars[0] = vi;
            exps[0] = i;
            fmpq_mpoly_get_coeff_vars_ui(c, P->num, vars, exps, 1, P->c->ctx);
            if (first < 0 && fmpq_mpoly_is_zero(c, P->c->ctx)) continue;
            if (first < 0) first = i;
            wk_release(tmp);
            *tmp = wk_poly_make(P->c, c, rest);
            wk_list_push(&l, *tmp);
            tmp->t = T_NIL;
        }
        if (first < 0) first = 0;
        *lo = first - dshift;
    }
    wk_pop(S);
    fmpq_mpoly_clear(rest, P->c->ctx);
    fmpq_mpoly_clear(c, P->c->ctx);
    return l;
}

static wk_value bi_coeff(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *p = &argv[0];
    slong id, k, lo;
    wk_value l, r;
    int ki = argc == 3 ? 2 : 1;
    if (argc == 3) id = var_arg(S, &argv[1], 1);
    else if (p->t == T_INT || p->t == T_RAT) id = -1;
    else id = main_var(S, p, 0);
    k = wk_arg_si(S, ki, -(WORD(1) << 40), WORD(1) << 40);
    if (p->t == T_SER) {
        const wk_ser *s = (const wk_ser *) p->u.h;
        fmpq_t q;
        if (id != s->var) wk_arg_error(S, 1, "the series is in %s", wk_var_name(s->var));
        if (k >= s->prec)
            wk_arg_error(S, ki, "coefficient of %s^%ld is beyond the precision O(%s^%ld)",
                         wk_var_name(s->var), (long) k, wk_var_name(s->var), (long) s->prec);
        if (k < s->val) return wk_int_si(0);
        fmpq_init(q);
        fmpq_poly_get_coeff_fmpq(q, s->c, k - s->val);
        r = wk_rat_fmpq(q);
        fmpq_clear(q);
        return r;
    }
    if (id < 0) return k == 0 ? (wk_copy(&r, p), r) : wk_int_si(0);
    l = laurent_coeffs(S, p, id, &lo, 0);
    if (k < lo || k - lo >= wk_list_len(&l)) r = wk_int_si(0);
    else wk_copy(&r, wk_list_get(&l, k - lo));
    wk_release(&l);
    return r;
}

static wk_value bi_coeffs(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *p = &argv[0];
    slong id, lo, i;
    wk_value l, r;
    if (p->t == T_SER) {
        const wk_ser *s = (const wk_ser *) p->u.h;
        fmpq_t q;
        if (argc > 1 && var_arg(S, &argv[1], 1) != s->var) wk_arg_error(S, 1, "the series is in %s", wk_var_name(s->var));
        if (s->val < 0) wk_arg_error(S, 0, "the series has negative powers; use coeff(s, k)");
        if (s->prec > 100000000) wk_bi_error(S, "too many coefficients");
        r = wk_list_new(s->prec);
        fmpq_init(q);
        for (i = 0; i < s->prec; i++) {
            if (i < s->val) { wk_list_push(&r, wk_int_si(0)); continue; }
            fmpq_poly_get_coeff_fmpq(q, s->c, i - s->val);
            wk_list_push(&r, wk_rat_fmpq(q));
        }
        fmpq_clear(q);
        return r;
    }
    if (wk_is_exact_number(p)) {
        r = wk_list_new(1);
        { wk_value x; wk_copy(&x, p); wk_list_push(&r, x); }
        return r;
    }
    id = argc > 1 ? var_arg(S, &argv[1], 1) : main_var(S, p, 0);
    l = laurent_coeffs(S, p, id, &lo, 0);
    if (lo < 0) {
        wk_release(&l);
        wk_arg_error(S, 0, "has negative powers of %s; use coeff(p, %s, k)", wk_var_name(id), wk_var_name(id));
    }
    r = wk_list_new(lo + wk_list_len(&l));
    for (i = 0; i < lo; i++) wk_list_push(&r, wk_int_si(0));
    for (i = 0; i < wk_list_len(&l); i++) {
        wk_value x;
        wk_copy(&x, wk_list_get(&l, i));
        wk_list_push(&r, x);
    }
    wk_release(&l);
    return r;
}

static wk_value bi_degree(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *p = &argv[0];
    if (wk_is_exact_number(p)) return wk_int_si(wk_is_zero(p) ? -1 : 0);
    if (p->t == T_SER) wk_arg_error(S, 0, "a series has no degree (see coeffs)");
    if (p->t != T_POLY) wk_arg_error(S, 0, "needs a polynomial, got %s", wk_type_name(p));
    {
        const wk_poly *P = (const wk_poly *) p->u.h;
        if (argc > 1) {
            slong id = var_arg(S, &argv[1], 1), vi = ctx_index(P->c, id);
            if (vi < 0) return wk_int_si(0);
            return wk_int_si(fmpq_mpoly_degree_si(P->num, vi, P->c->ctx) - fmpq_mpoly_degree_si(P->den, vi, P->c->ctx));
        }
        return wk_int_si(fmpq_mpoly_total_degree_si(P->num, P->c->ctx) - fmpq_mpoly_total_degree_si(P->den, P->c->ctx));
    }
}

static wk_value bi_variables(wk_state *S, int argc, const wk_value *argv)
{
    wk_value l = wk_list_new(4);
    slong i;
    (void) argc; (void) S;
    if (argv[0].t == T_POLY) {
        const wk_poly *P = (const wk_poly *) argv[0].u.h;
        for (i = 0; i < P->c->nvars; i++) wk_list_push(&l, wk_poly_var(P->c->gv[i]));
    } else if (argv[0].t == T_SER) {
        wk_list_push(&l, wk_poly_var(((const wk_ser *) argv[0].u.h)->var));
    }
    return l;
}

/* p evaluated with variable id replaced by v, term by term in wk arithmetic.
   First every term becomes a rooted value (nothing can throw while FLINT
   temporaries are alive), then the arithmetic runs on values only. */
static wk_value subst_generic(wk_state *S, const fmpq_mpoly_t p, const wk_pctx *c, slong vi, const wk_value *v)
{
    slong len = fmpq_mpoly_length(p, c->ctx), t, j, top = S->top;
    wk_value *terms, *acc, *pw, *tmp, *ev, r;
    {
        slong *e = malloc((c->nvars + 1) * sizeof(slong));
        ulong *ue = malloc((c->nvars + 1) * sizeof(ulong));
        fmpq_t q;
        fmpq_mpoly_t mono;
        fmpq_init(q);
        fmpq_mpoly_init(mono, c->ctx);
        terms = &S->stk[S->top];
        for (t = 0; t < len; t++) {
            wk_value *tv = wk_push(S), *ex = wk_push(S);
            fmpq_mpoly_get_term_exp_si(e, p, t, c->ctx);
            fmpq_mpoly_get_term_coeff_fmpq(q, p, t, c->ctx);
            for (j = 0; j < c->nvars; j++) ue[j] = j == vi ? 0 : e[j];
            fmpq_mpoly_zero(mono, c->ctx);
            fmpq_mpoly_set_coeff_fmpq_ui(mono, q, ue, c->ctx);
            *tv = wk_poly_make((wk_pctx *) c, mono, NULL);
            *ex = wk_int_si(e[vi]);
        }
        free(e);
        free(ue);
        fmpq_clear(q);
        fmpq_mpoly_clear(mono, c->ctx);
    }
    acc = wk_push(S); pw = wk_push(S); tmp = wk_push(S); ev = wk_push(S);
    *acc = wk_int_si(0);
    for (t = 0; t < len; t++) {
        wk_release(pw);
        *pw = wk_pow(S, v, &terms[2 * t + 1]);
        wk_arith(S, OP_MUL, &terms[2 * t], pw, tmp);
        wk_arith(S, OP_ADD, acc, tmp, ev);
        wk_release(acc);
        *acc = *ev;
        ev->t = T_NIL;
    }
    r = *acc;
    acc->t = T_NIL;
    wk_popto(S, top);
    return r;
}

static wk_value bi_subst(wk_state *S, int argc, const wk_value *argv)
{
    slong id = var_arg(S, &argv[1], 1);
    const wk_value *p = &argv[0], *v = &argv[2];
    (void) argc;
    if (wk_is_exact_number(p) || (p->t == T_REAL || p->t == T_CPLX)) { wk_value r; wk_copy(&r, p); return r; }
    if (p->t == T_LIST || p->t == T_MAT) {
        /* entrywise */
        slong r, c, i;
        const wk_bientry *be = wk_builtin_find("subst");
        if (p->t == T_MAT && wk_mat_dims(p, &r, &c)) {
            wk_value *m = wk_push(S), out;
            *m = wk_mat_new(r, c);
            for (i = 0; i < r * c; i++) {
                wk_value a[3];
                a[0] = *wk_mat_get(p, i / c, i % c);
                a[1] = argv[1];
                a[2] = argv[2];
                wk_mat_set(m, i / c, i % c, be->b->fn(S, 3, a));
            }
            out = *m;
            m->t = T_NIL;
            wk_pop(S);
            return out;
        } else {
            wk_value *l = wk_push(S), out;
            *l = wk_list_new(wk_list_len(p));
            for (i = 0; i < wk_list_len(p); i++) {
                wk_value a[3];
                a[0] = *wk_list_get(p, i);
                a[1] = argv[1];
                a[2] = argv[2];
                wk_list_push(l, be->b->fn(S, 3, a));
            }
            out = *l;
            l->t = T_NIL;
            wk_pop(S);
            return out;
        }
    }
    if (p->t == T_SER) {
        const wk_ser *s = (const wk_ser *) p->u.h;
        const wk_ser *u;
        fmpq_poly_t r;
        wk_value res, *vs;
        slong rel;
        if (id != s->var) { wk_value r2; wk_copy(&r2, p); return r2; }
        if (v->t != T_SER && v->t != T_POLY)
            wk_arg_error(S, 2, "a series can only be composed with a series or polynomial of positive valuation");
        vs = wk_root(S, wk_to_series(S, v, v->t == T_SER ? ((const wk_ser *) v->u.h)->var : main_var(S, v, 2), s->prec - s->val));
        u = (const wk_ser *) vs->u.h;
        if (u->val < 1) wk_arg_error(S, 2, "the inner series must have positive valuation");
        if (s->val < 0) wk_arg_error(S, 0, "the outer series has negative powers");
        fmpq_poly_init(r);
        {
            fmpq_poly_t outer, inner;
            fmpq_poly_init(outer);
            fmpq_poly_init(inner);
            fmpq_poly_shift_left(outer, s->c, s->val);
            fmpq_poly_shift_left(inner, u->c, u->val);
            /* relative precision of the result: limited by both truncations */
            rel = s->prec;
            if (u->prec - u->val + 1 < rel) rel = u->prec - u->val + 1 > 0 ? u->prec - u->val + 1 : 1;
            fmpq_poly_compose_series(r, outer, inner, rel);
            fmpq_poly_clear(outer);
            fmpq_poly_clear(inner);
        }
        res = wk_ser_make(u->var, r, 0, rel);
        fmpq_poly_clear(r);
        return res;
    }
    if (p->t == T_POLY) {
        const wk_poly *P = (const wk_poly *) p->u.h;
        slong vi = ctx_index(P->c, id);
        wk_value *n, *d, r;
        if (vi < 0) { wk_copy(&r, p); return r; }
        if (wk_is_exact_number(v)) {
            fmpq_t q;
            fmpq_mpoly_t a, b;
            fmpq_init(q);
            wk_get_fmpq(q, v);
            fmpq_mpoly_init(a, P->c->ctx);
            fmpq_mpoly_init(b, P->c->ctx);
            fmpq_mpoly_evaluate_one_fmpq(a, P->num, vi, q, P->c->ctx);
            fmpq_mpoly_evaluate_one_fmpq(b, P->den, vi, q, P->c->ctx);
            fmpq_clear(q);
            if (fmpq_mpoly_is_zero(b, P->c->ctx)) {
                fmpq_mpoly_clear(a, P->c->ctx);
                fmpq_mpoly_clear(b, P->c->ctx);
                wk_bi_error(S, "the denominator vanishes at %s = this value", wk_var_name(id));
            }
            r = wk_poly_make(P->c, a, b);
            fmpq_mpoly_clear(a, P->c->ctx);
            fmpq_mpoly_clear(b, P->c->ctx);
            return r;
        }
        n = wk_root(S, subst_generic(S, P->num, P->c, vi, v));
        d = wk_root(S, subst_generic(S, P->den, P->c, vi, v));
        if (wk_is_zero(d)) wk_bi_error(S, "the denominator vanishes at %s = this value", wk_var_name(id));
        return wk_div(S, n, d);
    }
    wk_arg_error(S, 0, "cannot substitute into %s", wk_type_name(p));
}

static wk_value bi_diff(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *p = &argv[0];
    slong id;
    if (wk_is_exact_number(p)) return wk_int_si(0);
    id = argc > 1 ? var_arg(S, &argv[1], 1) : main_var(S, p, 0);
    if (p->t == T_SER) {
        const wk_ser *s = (const wk_ser *) p->u.h;
        fmpq_poly_t r;
        slong i, n = fmpq_poly_length(s->c);
        wk_value v;
        if (id != s->var) return wk_int_si(0);
        fmpq_poly_init(r);
        for (i = 0; i < n; i++) {
            fmpq_t q;
            fmpq_init(q);
            fmpq_poly_get_coeff_fmpq(q, s->c, i);
            fmpq_mul_si(q, q, s->val + i);
            fmpq_poly_set_coeff_fmpq(r, i, q);
            fmpq_clear(q);
        }
        v = wk_ser_make(s->var, r, s->val - 1, s->prec - 1);
        fmpq_poly_clear(r);
        return v;
    }
    if (p->t == T_POLY) {
        const wk_poly *P = (const wk_poly *) p->u.h;
        slong vi = ctx_index(P->c, id);
        fmpq_mpoly_t a, b, t;
        wk_value v;
        if (vi < 0) return wk_int_si(0);
        fmpq_mpoly_init(a, P->c->ctx);
        fmpq_mpoly_init(b, P->c->ctx);
        fmpq_mpoly_init(t, P->c->ctx);
        /* (n/d)' = (n' d - n d') / d^2 */
        fmpq_mpoly_derivative(a, P->num, vi, P->c->ctx);
        fmpq_mpoly_mul(a, a, P->den, P->c->ctx);
        fmpq_mpoly_derivative(t, P->den, vi, P->c->ctx);
        fmpq_mpoly_mul(t, t, P->num, P->c->ctx);
        fmpq_mpoly_sub(a, a, t, P->c->ctx);
        fmpq_mpoly_mul(b, P->den, P->den, P->c->ctx);
        v = wk_poly_make(P->c, a, b);
        fmpq_mpoly_clear(a, P->c->ctx);
        fmpq_mpoly_clear(b, P->c->ctx);
        fmpq_mpoly_clear(t, P->c->ctx);
        return v;
    }
    wk_arg_error(S, 0, "cannot differentiate %s", wk_type_name(p));
}

static wk_value bi_expand(wk_state *S, int argc, const wk_value *argv)
{
    wk_value r;
    (void) S; (void) argc;
    wk_copy(&r, &argv[0]);
    return r;
}

static wk_value bi_series(wk_state *S, int argc, const wk_value *argv)
{
    slong id = var_arg(S, &argv[1], 1);
    slong n = wk_arg_si(S, 2, -1000000, 100000000);
    (void) argc;
    return wk_to_series(S, &argv[0], id, n);
}

static wk_value bi_O(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *m = &argv[0];
    (void) argc;
    if (m->t == T_POLY) {
        const wk_poly *P = (const wk_poly *) m->u.h;
        if (P->c->nvars == 1 && fmpq_mpoly_length(P->num, P->c->ctx) == 1 && fmpq_mpoly_length(P->den, P->c->ctx) == 1) {
            slong en, ed;
            fmpq_t q;
            fmpq_poly_t z;
            wk_value v;
            fmpq_init(q);
            fmpq_mpoly_get_term_coeff_fmpq(q, P->num, 0, P->c->ctx);
            fmpq_mpoly_get_term_exp_si(&en, P->num, 0, P->c->ctx);
            fmpq_mpoly_get_term_exp_si(&ed, P->den, 0, P->c->ctx);
            fmpq_clear(q);
            if (en - ed > 100000000) wk_arg_error(S, 0, "precision too large");
            fmpq_poly_init(z);
            v = wk_ser_make(P->c->gv[0], z, en - ed, en - ed);
            fmpq_poly_clear(z);
            return v;
        }
    }
    wk_arg_error(S, 0, "O() needs a power of one variable, such as O(q^10)");
}

static wk_value bi_truncate(wk_state *S, int argc, const wk_value *argv)
{
    const wk_ser *s;
    wk_pctx *c;
    fmpq_mpoly_t m;
    slong sh;
    wk_value v;
    (void) argc;
    if (argv[0].t != T_SER) { wk_value r; wk_copy(&r, &argv[0]); return r; }
    s = (const wk_ser *) argv[0].u.h;
    c = wk_pctx_get(&s->var, 1);
    fmpq_mpoly_init(m, c->ctx);
    fmpq_mpoly_set_fmpq_poly(m, s->c, 0, c->ctx);
    sh = s->val;
    v = wk_poly_make_shift(c, m, &sh);
    fmpq_mpoly_clear(m, c->ctx);
    (void) S;
    return v;
}

static wk_value bi_serprec(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t != T_SER) wk_arg_error(S, 0, "needs a series");
    return wk_int_si(((const wk_ser *) argv[0].u.h)->prec);
}

static const wk_builtin poly_builtins[] = {
    {"coeff", "A[A]Z", bi_coeff, "coeff(p, k) or coeff(p, x, k): the coefficient of x^k (main variable by default).",
     "Works for polynomials, Laurent polynomials and series; asking past a series'\n"
     "precision O(q^n) is an error.  The main variable is the first declared one in p.",
     "var q; coeff((1 + q)^5, 2) == 10"},
    {"coeffs", "A[V]", bi_coeffs, "coeffs(p, x): the coefficient list [c_0, c_1, ...] in x (a series: up to its precision).",
     "Index k + 1 holds the coefficient of x^k.", "var q; coeffs(1/(1 - q) + O(q^4)) == [1, 1, 1, 1]"},
    {"degree", "A[V]", bi_degree, "degree(p, x): degree in x; degree(p) is the total degree (-1 for 0).",
     "For rational functions: degree of numerator minus degree of denominator.", "var x; degree(x^3 + x) == 3"},
    {"variables", "A", bi_variables, "variables(p): the variables of a polynomial or series.", "",
     "var s, t; variables(s*t + 1) == [s, t]"},
    {"subst", "AVA", bi_subst, "subst(p, x, v): replace the variable x by v (a number, polynomial, series or anything that multiplies).",
     "Substituting into a series composes series (v needs positive valuation).",
     "var x; subst(x^2 + 1, x, 3) == 10"},
    {"diff", "A[V]", bi_diff, "diff(p, x): derivative with respect to x (polynomials, rational functions, series).", "",
     "var x; diff(x^3, x) == 3*x^2"},
    {"expand", "A", bi_expand, "expand(p): p with products expanded (wk keeps polynomials expanded; returns p).", "",
     "var x; expand((x + 1)^2) == x^2 + 2*x + 1"},
    {"series", "AVZ", bi_series, "series(f, x, n): the power series of f in x up to O(x^n).",
     "f may be a rational function; its Laurent expansion starts at its valuation.",
     "var q; series(1/(1 - q), q, 3) == 1 + q + q^2 + O(q^3)"},
    {"O", "A", bi_O, "O(x^n): the zero series of precision n; add it to truncate: 1/(1-q) + O(q^10).", "",
     "var q; coeff(1/(1 - q)^2 + O(q^5), 4) == 5"},
    {"truncate", "A", bi_truncate, "truncate(s): the polynomial part of a series (drops O(...)).", "",
     "var q; truncate(1 + q + O(q^2)) == 1 + q"},
    {"serprec", "A", bi_serprec, "serprec(s): the precision n of a series ... + O(q^n).", "",
     "var q; serprec(O(q^7)) == 7"},
    {NULL, NULL, NULL, NULL, NULL, NULL}
};

const wk_module wk_mod_poly = { "poly", "polynomials, rational functions and power series over Q", poly_builtins };
