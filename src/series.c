/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/series.c: truncated power series q^val * c(q) + O(q^prec) over Q in one
   variable (fmpq_poly coefficients; FLINT's series inverse, exp, log, powers). */
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"

#define SER_MAXPREC (WORD(1) << 26)

static void set_out(wk_value *out, wk_value v)
{
    wk_release(out);
    *out = v;
}

/* normalise and build: c is copied; leading zeros move into val */
wk_value wk_ser_make(slong var, const fmpq_poly_t c, slong val, slong prec)
{
    wk_ser *s = flint_malloc(sizeof(wk_ser));
    wk_value v;
    slong k = 0;
    s->hd.rc = 1;
    s->hd.t = T_SER;
    s->var = var;
    fmpq_poly_init(s->c);
    if (prec - val > 0) {
        fmpq_poly_set(s->c, c);
        fmpq_poly_truncate(s->c, prec - val);
        while (k < fmpq_poly_length(s->c) && fmpz_is_zero(s->c->coeffs + k)) k++;
        if (k > 0) fmpq_poly_shift_right(s->c, s->c, k);
    }
    if (fmpq_poly_is_zero(s->c)) {
        s->val = prec;
    } else {
        s->val = val + k;
    }
    s->prec = prec;
    v.t = T_SER;
    v.u.h = &s->hd;
    return v;
}

wk_value wk_ser_make_fmpz(slong var, const fmpz *c, slong len, slong prec)
{
    fmpq_poly_t p;
    wk_value v;
    slong i;
    fmpq_poly_init(p);
    for (i = 0; i < len && i < prec; i++) fmpq_poly_set_coeff_fmpz(p, i, c + i);
    v = wk_ser_make(var, p, 0, prec);
    fmpq_poly_clear(p);
    return v;
}

int wk_ser_equal(const wk_value *a, const wk_value *b)
{
    const wk_ser *x = (const wk_ser *) a->u.h, *y = (const wk_ser *) b->u.h;
    return x->var == y->var && x->prec == y->prec && x->val == y->val && fmpq_poly_equal(x->c, y->c);
}

/* Converts a number or a polynomial/rational function in `var` alone to a
   series with absolute precision prec. */
wk_value wk_to_series(wk_state *S, const wk_value *v, slong var, slong prec)
{
    if (v->t == T_SER) {
        const wk_ser *s = (const wk_ser *) v->u.h;
        if (s->var != var)
            wk_throw(S, WK_ERR_TYPE, "cannot combine series in %s and in %s",
                     wk_var_name(s->var), wk_var_name(var));
        if (s->prec <= prec) { wk_value r; wk_copy(&r, v); return r; }
        return wk_ser_make(var, s->c, s->val, prec);
    }
    if (v->t == T_INT || v->t == T_RAT) {
        fmpq_poly_t p;
        fmpq_t q;
        wk_value r;
        fmpq_poly_init(p);
        fmpq_init(q);
        wk_get_fmpq(q, v);
        fmpq_poly_set_fmpq(p, q);
        r = wk_ser_make(var, p, 0, prec);
        fmpq_clear(q);
        fmpq_poly_clear(p);
        return r;
    }
    if (v->t == T_POLY) {
        const wk_poly *p = (const wk_poly *) v->u.h;
        fmpq_poly_t n, d, r;
        slong i, k, vn, vd, val;
        wk_value res;
        if (p->c->nvars != 1 || p->c->gv[0] != var) {
            for (i = 0; i < p->c->nvars; i++)
                if (p->c->gv[i] != var)
                    wk_throw(S, WK_ERR_TYPE, "a series in %s has rational coefficients; "
                             "this expression also involves %s", wk_var_name(var),
                             wk_var_name(p->c->gv[i]));
        }
        fmpq_poly_init(n); fmpq_poly_init(d); fmpq_poly_init(r);
        fmpq_mpoly_get_fmpq_poly(n, p->num, 0, p->c->ctx);
        if (fmpq_mpoly_is_one(p->den, p->c->ctx)) {
            /* a polynomial: no division needed */
            res = wk_ser_make(var, n, 0, prec);
            fmpq_poly_clear(n); fmpq_poly_clear(d); fmpq_poly_clear(r);
            return res;
        }
        fmpq_mpoly_get_fmpq_poly(d, p->den, 0, p->c->ctx);
        for (vn = 0; vn < fmpq_poly_length(n) && fmpz_is_zero(n->coeffs + vn); vn++) ;
        for (vd = 0; vd < fmpq_poly_length(d) && fmpz_is_zero(d->coeffs + vd); vd++) ;
        fmpq_poly_shift_right(n, n, vn);
        fmpq_poly_shift_right(d, d, vd);
        val = vn - vd;
        k = prec - val;
        if (k > 0) fmpq_poly_div_series(r, n, d, k);
        res = wk_ser_make(var, r, val, prec);
        fmpq_poly_clear(n); fmpq_poly_clear(d); fmpq_poly_clear(r);
        return res;
    }
    wk_throw(S, WK_ERR_TYPE, "cannot turn %s into a power series", wk_type_name(v));
}

static slong min_sl(slong a, slong b) { return a < b ? a : b; }

/* q = a / b mod x^n when b is sparse with constant term +-1 in its integer
   numerator: the recurrence q_i = b_0 (a_i - sum_j b_j q_{i-j}) costs
   O(n * terms(b)) instead of a full series inverse.  Returns 0 if b is not
   of that shape. */
static int div_series_sparse(fmpq_poly_t q, const fmpq_poly_t a, const fmpq_poly_t b, slong n)
{
    slong lb = fmpq_poly_length(b), nz = 0, i, j, k, *pos;
    fmpz *z;
    const fmpz *B = b->coeffs;
    if (lb == 0 || !fmpz_is_pm1(B)) return 0;
    for (i = 0; i < lb; i++) if (!fmpz_is_zero(B + i)) nz++;
    if (nz > 16 || nz * 4 > lb + 4) return 0;
    pos = flint_malloc(nz * sizeof(slong));
    for (i = 0, k = 0; i < lb; i++) if (!fmpz_is_zero(B + i)) pos[k++] = i;
    z = _fmpz_vec_init(n);
    for (i = 0; i < n; i++) {
        if (i < fmpq_poly_length(a)) fmpz_set(z + i, a->coeffs + i);
        for (k = 1; k < nz && pos[k] <= i; k++) fmpz_submul(z + i, B + pos[k], z + i - pos[k]);
        if (fmpz_is_one(B) == 0) fmpz_neg(z + i, z + i);
    }
    /* a = A/da, b = B/db: a/b = (z/da) * db */
    fmpq_poly_fit_length(q, n);
    _fmpz_vec_set(q->coeffs, z, n);
    _fmpq_poly_set_length(q, n);
    fmpz_set(q->den, a->den);
    {
        fmpq_t c;
        fmpq_init(c);
        fmpz_set(fmpq_numref(c), b->den);
        fmpz_one(fmpq_denref(c));
        _fmpq_poly_normalise(q);
        fmpq_poly_canonicalise(q);
        if (!fmpz_is_one(b->den)) fmpq_poly_scalar_mul_fmpq(q, q, c);
        fmpq_clear(c);
    }
    _fmpz_vec_clear(z, n);
    flint_free(pos);
    (void) j;
    return 1;
}

void wk_ser_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    const wk_ser *x, *y;
    wk_value *ta = wk_push(S), *tb = wk_push(S), r;
    slong var, val, rel, prec;
    fmpq_poly_t p;

    if (op == OP_POW) {
        const wk_ser *s;
        if (a->t != T_SER) wk_throw(S, WK_ERR_TYPE, "cannot raise to a series power");
        s = (const wk_ser *) a->u.h;
        if (b->t == T_INT) {
            slong e;
            if (!wk_get_si(&e, b) || e > SER_MAXPREC || e < -SER_MAXPREC)
                wk_throw(S, WK_ERR_OVERFLOW, "series exponent too large");
            if (fmpq_poly_is_zero(s->c)) {
                if (e <= 0) wk_throw(S, WK_ERR_DOMAIN, "O(%s^%ld) to a non-positive power", wk_var_name(s->var), (long) s->prec);
                set_out(out, wk_ser_make(s->var, s->c, 0, s->prec * e));
                goto cleanup;
            }
            rel = s->prec - s->val;
            fmpq_poly_init(p);
            if (e >= 0) {
                fmpq_poly_pow_trunc(p, s->c, e, rel);
            } else {
                fmpq_poly_t inv;
                fmpq_poly_init(inv);
                fmpq_poly_inv_series(inv, s->c, rel);
                fmpq_poly_pow_trunc(p, inv, -e, rel);
                fmpq_poly_clear(inv);
            }
            r = wk_ser_make(s->var, p, s->val * e, s->val * e + rel);
            fmpq_poly_clear(p);
            set_out(out, r);
            goto cleanup;
        }
        if (b->t == T_RAT) {
            /* s^(p/q) = q^(val p/q) c0^(p/q) exp(p/q log(c/c0)) */
            fmpq_t e, c0, root;
            fmpq_poly_t l;
            fmpq_init(e); fmpq_init(c0); fmpq_init(root);
            wk_get_fmpq(e, b);
            if (fmpq_poly_is_zero(s->c)) { fmpq_clear(e); fmpq_clear(c0); fmpq_clear(root); wk_throw(S, WK_ERR_DOMAIN, "rational power of O(...)"); }
            fmpq_poly_get_coeff_fmpq(c0, s->c, 0);
            {
                wk_value c0v = wk_rat_fmpq(c0), ev = wk_rat_fmpq(e), rv;
                rv = wk_pow(S, &c0v, &ev);   /* exact root or a ball */
                wk_release(&c0v);
                wk_release(&ev);
                if (!wk_get_fmpq(root, &rv)) {
                    wk_release(&rv);
                    fmpq_clear(e); fmpq_clear(c0); fmpq_clear(root);
                    wk_throw(S, WK_ERR_DOMAIN, "the leading coefficient's power is not rational");
                }
                wk_release(&rv);
            }
            {
                fmpz_t t;
                fmpz_init(t);
                fmpz_mul_si(t, fmpq_numref(e), s->val);
                if (!fmpz_divisible(t, fmpq_denref(e))) {
                    fmpz_clear(t);
                    fmpq_clear(e); fmpq_clear(c0); fmpq_clear(root);
                    wk_throw(S, WK_ERR_DOMAIN, "valuation times the exponent is not an integer");
                }
                fmpz_divexact(t, t, fmpq_denref(e));
                val = fmpz_get_si(t);
                fmpz_clear(t);
            }
            rel = s->prec - s->val;
            fmpq_poly_init(p);
            fmpq_poly_init(l);
            fmpq_poly_scalar_div_fmpq(p, s->c, c0);
            fmpq_poly_log_series(l, p, rel);
            fmpq_poly_scalar_mul_fmpq(l, l, e);
            fmpq_poly_exp_series(p, l, rel);
            fmpq_poly_scalar_mul_fmpq(p, p, root);
            r = wk_ser_make(s->var, p, val, val + rel);
            fmpq_poly_clear(p);
            fmpq_poly_clear(l);
            fmpq_clear(e); fmpq_clear(c0); fmpq_clear(root);
            set_out(out, r);
            goto cleanup;
        }
        wk_throw(S, WK_ERR_TYPE, "a series can be raised to an integer or rational power, not %s", wk_type_name(b));
    }
    if (op != OP_ADD && op != OP_SUB && op != OP_MUL && op != OP_DIV)
        wk_throw(S, WK_ERR_TYPE, "this operator does not apply to series");

    /* bring both sides to series in the same variable */
    if (a->t == T_SER && b->t == T_SER) {
        wk_copy(ta, a);
        wk_copy(tb, b);
    } else {
        const wk_value *sv = a->t == T_SER ? a : b, *ov = a->t == T_SER ? b : a;
        const wk_ser *s = (const wk_ser *) sv->u.h;
        slong oprec;
        if (op == OP_ADD || op == OP_SUB) {
            oprec = s->prec;
        } else {
            /* the other factor needs the same relative precision */
            wk_value probe = wk_to_series(S, ov, s->var, 1);
            slong ov_val = ((const wk_ser *) probe.u.h)->val;
            wk_release(&probe);
            if (ov_val >= 1) {
                /* valuation may be larger than 1: find it */
                slong pr = 2;
                for (;;) {
                    probe = wk_to_series(S, ov, s->var, pr);
                    ov_val = ((const wk_ser *) probe.u.h)->val;
                    wk_release(&probe);
                    if (ov_val < pr || pr > SER_MAXPREC) break;
                    pr *= 2;
                }
            }
            oprec = ov_val + (s->prec - s->val);
        }
        if (a->t == T_SER) { wk_copy(ta, a); *tb = wk_to_series(S, b, s->var, oprec); }
        else { *ta = wk_to_series(S, a, s->var, oprec); wk_copy(tb, b); }
    }
    x = (const wk_ser *) ta->u.h;
    y = (const wk_ser *) tb->u.h;
    if (x->var != y->var)
        wk_throw(S, WK_ERR_TYPE, "cannot combine series in %s and in %s", wk_var_name(x->var), wk_var_name(y->var));
    var = x->var;
    fmpq_poly_init(p);
    switch (op) {
    case OP_ADD:
    case OP_SUB: {
        fmpq_poly_t u, w;
        prec = min_sl(x->prec, y->prec);
        val = min_sl(x->val, y->val);
        fmpq_poly_init(u); fmpq_poly_init(w);
        fmpq_poly_shift_left(u, x->c, x->val - val);
        fmpq_poly_shift_left(w, y->c, y->val - val);
        if (op == OP_ADD) fmpq_poly_add(p, u, w);
        else fmpq_poly_sub(p, u, w);
        fmpq_poly_clear(u); fmpq_poly_clear(w);
        break;
    }
    case OP_MUL:
        rel = min_sl(x->prec - x->val, y->prec - y->val);
        val = x->val + y->val;
        prec = val + rel;
        if (rel > 0) fmpq_poly_mullow(p, x->c, y->c, rel);
        break;
    case OP_DIV:
        if (fmpq_poly_is_zero(y->c)) {
            fmpq_poly_clear(p);
            wk_throw(S, WK_ERR_DOMAIN, "division by a series that is O(%s^%ld)", wk_var_name(var), (long) y->prec);
        }
        rel = min_sl(x->prec - x->val, y->prec - y->val);
        val = x->val - y->val;
        prec = val + rel;
        if (rel > 0 && !div_series_sparse(p, x->c, y->c, rel))
            fmpq_poly_div_series(p, x->c, y->c, rel);
        break;
    default:
        prec = val = 0;
    }
    r = wk_ser_make(var, p, val, prec);
    fmpq_poly_clear(p);
    set_out(out, r);
cleanup:
    wk_pop(S);
    wk_pop(S);
}

void wk_ser_print(wk_buf *b, const wk_ser *s)
{
    slong i, n = fmpq_poly_length(s->c);
    const char *v = wk_var_name(s->var);
    int first = 1;
    fmpq_t q;
    fmpq_init(q);
    for (i = 0; i < n; i++) {
        slong e = s->val + i;
        int neg;
        fmpq_poly_get_coeff_fmpq(q, s->c, i);
        if (fmpq_is_zero(q)) continue;
        neg = fmpq_sgn(q) < 0;
        if (!first) wk_buf_puts(b, neg ? " - " : " + ");
        else if (neg) wk_buf_putc(b, '-');
        if (neg) fmpq_neg(q, q);
        first = 0;
        if (e == 0 || !fmpq_is_one(q)) {
            wk_buf_fmpq(b, q);
            if (e != 0) wk_buf_putc(b, '*');
        }
        if (e != 0) {
            wk_buf_puts(b, v);
            if (e != 1) wk_buf_printf(b, "^%ld", (long) e);
        }
    }
    fmpq_clear(q);
    if (!first) wk_buf_puts(b, " + ");
    wk_buf_printf(b, "O(%s", v);
    if (s->prec != 1) wk_buf_printf(b, "^%ld", (long) s->prec);
    wk_buf_putc(b, ')');
}
