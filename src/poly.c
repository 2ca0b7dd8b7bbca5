/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/poly.c: polynomial variables and polynomial values: polynomials,
   Laurent polynomials and rational functions over Q as num/den pairs of
   fmpq_mpoly in a context of the variables they use (lex order, variables in
   declaration order). */
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"

/* ---- variables -------------------------------------------------------------- */
static char **varname;
static slong nvar, capvar;

slong wk_nvars(void) { return nvar; }

const char *wk_var_name(slong id)
{
    return id >= 0 && id < nvar ? varname[id] : "?";
}

slong wk_var_id(wk_state *S, const char *name)
{
    slong i;
    (void) S;
    for (i = 0; i < nvar; i++)
        if (strcmp(varname[i], name) == 0) return i;
    if (nvar == capvar) {
        capvar = 2 * capvar + 16;
        varname = realloc(varname, capvar * sizeof(char *));
    }
    varname[nvar] = strdup(name);
    return nvar++;
}

/* ---- contexts (cached for the whole session) ------------------------------------ */
static wk_pctx **ctxs;
static slong nctx, capctx;

static int cmp_slong(const void *a, const void *b)
{
    slong x = *(const slong *) a, y = *(const slong *) b;
    return x < y ? -1 : x > y;
}

wk_pctx *wk_pctx_get(const slong *ids, slong n)
{
    slong *s = malloc((n + 1) * sizeof(slong)), m = 0, i, j;
    wk_pctx *c;
    memcpy(s, ids, n * sizeof(slong));
    qsort(s, n, sizeof(slong), cmp_slong);
    for (i = 0; i < n; i++)
        if (m == 0 || s[m - 1] != s[i]) s[m++] = s[i];
    for (i = 0; i < nctx; i++) {
        c = ctxs[i];
        if (c->nvars != m) continue;
        for (j = 0; j < m; j++)
            if (c->gv[j] != s[j]) break;
        if (j == m) { free(s); return c; }
    }
    c = calloc(1, sizeof(wk_pctx));
    c->rc = 1;
    c->nvars = m;
    c->gv = s;
    fmpq_mpoly_ctx_init(c->ctx, m > 0 ? m : 1, ORD_LEX);
    if (nctx == capctx) {
        capctx = 2 * capctx + 16;
        ctxs = realloc(ctxs, capctx * sizeof(wk_pctx *));
    }
    ctxs[nctx++] = c;
    return c;
}

void wk_pctx_release(wk_pctx *c) { (void) c; }   /* contexts live for the session */

wk_pctx *wk_pctx_union(wk_pctx *a, wk_pctx *b)
{
    slong *ids, n = 0, i;
    wk_pctx *c;
    if (a == b) return a;
    ids = malloc((a->nvars + b->nvars + 1) * sizeof(slong));
    for (i = 0; i < a->nvars; i++) ids[n++] = a->gv[i];
    for (i = 0; i < b->nvars; i++) ids[n++] = b->gv[i];
    c = wk_pctx_get(ids, n);
    free(ids);
    return c;
}

void wk_vars_free_all(void)
{
    slong i;
    for (i = 0; i < nvar; i++) free(varname[i]);
    free(varname);
    varname = NULL;
    nvar = capvar = 0;
    for (i = 0; i < nctx; i++) {
        fmpq_mpoly_ctx_clear(ctxs[i]->ctx);
        free(ctxs[i]->gv);
        free(ctxs[i]);
    }
    free(ctxs);
    ctxs = NULL;
    nctx = capctx = 0;
}

/* ---- values ----------------------------------------------------------------------- */
void wk_poly_free(wk_poly *p)
{
    fmpq_mpoly_clear(p->num, p->c->ctx);
    fmpq_mpoly_clear(p->den, p->c->ctx);
}

/* embed B (in context cb) into context ca (which contains cb's variables) */
static void embed(fmpq_mpoly_t A, const fmpq_mpoly_t B, wk_pctx *ca, wk_pctx *cb)
{
    slong *map, i, j;
    if (ca == cb) { fmpq_mpoly_set(A, B, ca->ctx); return; }
    map = malloc((cb->nvars + 1) * sizeof(slong));
    for (i = 0; i < cb->nvars; i++) {
        map[i] = -1;
        for (j = 0; j < ca->nvars; j++)
            if (ca->gv[j] == cb->gv[i]) map[i] = j;
    }
    fmpq_mpoly_compose_fmpq_mpoly_gen(A, B, map, cb->ctx, ca->ctx);
    free(map);
}

wk_pctx *wk_value_pctx(wk_state *S, const wk_value *v)
{
    (void) S;
    if (v->t == T_POLY) return ((const wk_poly *) v->u.h)->c;
    return NULL;
}

void wk_poly_to_ctx(wk_state *S, fmpq_mpoly_t num, fmpq_mpoly_t den, const wk_value *v, wk_pctx *c)
{
    if (v->t == T_POLY) {
        const wk_poly *p = (const wk_poly *) v->u.h;
        embed(num, p->num, c, p->c);
        embed(den, p->den, c, p->c);
        return;
    }
    if (v->t == T_INT || v->t == T_RAT) {
        fmpq_t q;
        fmpq_init(q);
        wk_get_fmpq(q, v);
        fmpq_mpoly_set_fmpq(num, q, c->ctx);
        fmpq_mpoly_one(den, c->ctx);
        fmpq_clear(q);
        return;
    }
    wk_throw(S, WK_ERR_TYPE, "polynomial coefficients must be exact rationals, got %s",
             wk_type_name(v));
}

/* The value num/den (consumed: the mpolys are swapped out and left zero),
   normalised: common factors cancelled, den monic, unused variables dropped,
   constants returned as numbers.  cancel = 0 skips the gcd (caller knows). */
static wk_value make_norm(wk_pctx *c, fmpq_mpoly_t num, fmpq_mpoly_t den, int cancel)
{
    wk_poly *p;
    wk_value v;
    const fmpq_mpoly_ctx_struct *ctx = c->ctx;
    if (fmpq_mpoly_is_zero(num, ctx)) return wk_int_si(0);
    if (!fmpq_mpoly_is_fmpq(den, ctx) && cancel) {
        fmpq_mpoly_t g;
        fmpq_mpoly_init(g, ctx);
        if (fmpq_mpoly_gcd(g, num, den, ctx) && !fmpq_mpoly_is_fmpq(g, ctx)) {
            fmpq_mpoly_divides(num, num, g, ctx);
            fmpq_mpoly_divides(den, den, g, ctx);
        }
        fmpq_mpoly_clear(g, ctx);
    }
    if (!fmpq_mpoly_is_one(den, ctx)) {
        fmpq_t lc;
        fmpq_init(lc);
        fmpq_mpoly_get_term_coeff_fmpq(lc, den, 0, ctx);
        if (!fmpq_is_one(lc)) {
            fmpq_mpoly_scalar_div_fmpq(num, num, lc, ctx);
            fmpq_mpoly_scalar_div_fmpq(den, den, lc, ctx);
        }
        fmpq_clear(lc);
    }
    if (fmpq_mpoly_is_one(den, ctx) && fmpq_mpoly_is_fmpq(num, ctx)) {
        fmpq_t q;
        fmpq_init(q);
        fmpq_mpoly_get_fmpq(q, num, ctx);
        v = wk_rat_fmpq(q);
        fmpq_clear(q);
        return v;
    }
    /* drop variables that no longer occur */
    {
        slong *dn = malloc((c->nvars + 1) * sizeof(slong)), *dd = malloc((c->nvars + 1) * sizeof(slong));
        slong i, used = 0, *ids = malloc((c->nvars + 1) * sizeof(slong));
        fmpq_mpoly_degrees_si(dn, num, ctx);
        fmpq_mpoly_degrees_si(dd, den, ctx);
        for (i = 0; i < c->nvars; i++)
            if (dn[i] > 0 || dd[i] > 0) ids[used++] = c->gv[i];
        if (used < c->nvars) {
            wk_pctx *c2 = wk_pctx_get(ids, used);
            slong *map = malloc((c->nvars + 1) * sizeof(slong)), j;
            fmpq_mpoly_t n2, d2;
            for (i = 0; i < c->nvars; i++) {
                map[i] = -1;
                for (j = 0; j < c2->nvars; j++)
                    if (c2->gv[j] == c->gv[i]) map[i] = j;
            }
            fmpq_mpoly_init(n2, c2->ctx);
            fmpq_mpoly_init(d2, c2->ctx);
            fmpq_mpoly_compose_fmpq_mpoly_gen(n2, num, map, ctx, c2->ctx);
            fmpq_mpoly_compose_fmpq_mpoly_gen(d2, den, map, ctx, c2->ctx);
            free(map);
            p = flint_malloc(sizeof(wk_poly));
            p->hd.rc = 1;
            p->hd.t = T_POLY;
            p->c = c2;
            fmpq_mpoly_init(p->num, c2->ctx);
            fmpq_mpoly_init(p->den, c2->ctx);
            fmpq_mpoly_swap(p->num, n2, c2->ctx);
            fmpq_mpoly_swap(p->den, d2, c2->ctx);
            fmpq_mpoly_clear(n2, c2->ctx);
            fmpq_mpoly_clear(d2, c2->ctx);
            free(dn); free(dd); free(ids);
            v.t = T_POLY;
            v.u.h = &p->hd;
            return v;
        }
        free(dn); free(dd); free(ids);
    }
    p = flint_malloc(sizeof(wk_poly));
    p->hd.rc = 1;
    p->hd.t = T_POLY;
    p->c = c;
    fmpq_mpoly_init(p->num, ctx);
    fmpq_mpoly_init(p->den, ctx);
    fmpq_mpoly_swap(p->num, num, ctx);
    fmpq_mpoly_swap(p->den, den, ctx);
    v.t = T_POLY;
    v.u.h = &p->hd;
    return v;
}

wk_value wk_poly_make(wk_pctx *c, const fmpq_mpoly_t num, const fmpq_mpoly_t den)
{
    fmpq_mpoly_t n, d;
    wk_value v;
    fmpq_mpoly_init(n, c->ctx);
    fmpq_mpoly_init(d, c->ctx);
    fmpq_mpoly_set(n, num, c->ctx);
    if (den) fmpq_mpoly_set(d, den, c->ctx);
    else fmpq_mpoly_one(d, c->ctx);
    v = make_norm(c, n, d, den != NULL);
    fmpq_mpoly_clear(n, c->ctx);
    fmpq_mpoly_clear(d, c->ctx);
    return v;
}

static void monomial(fmpq_mpoly_t m, const ulong *e, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_t one;
    fmpq_init(one);
    fmpq_one(one);
    fmpq_mpoly_zero(m, ctx);
    fmpq_mpoly_set_coeff_fmpq_ui(m, one, e, ctx);
    fmpq_clear(one);
}

wk_value wk_poly_make_shift(wk_pctx *c, const fmpq_mpoly_t num, const slong *shift)
{
    fmpq_mpoly_t n, d, m;
    ulong *e = calloc(c->nvars + 1, sizeof(ulong));
    slong i;
    wk_value v;
    fmpq_mpoly_init(n, c->ctx);
    fmpq_mpoly_init(d, c->ctx);
    fmpq_mpoly_init(m, c->ctx);
    fmpq_mpoly_set(n, num, c->ctx);
    /* positive shifts multiply the numerator, negative ones go to the denominator */
    for (i = 0; i < c->nvars; i++) e[i] = shift[i] > 0 ? shift[i] : 0;
    monomial(m, e, c->ctx);
    fmpq_mpoly_mul(n, n, m, c->ctx);
    for (i = 0; i < c->nvars; i++) e[i] = shift[i] < 0 ? -shift[i] : 0;
    monomial(d, e, c->ctx);
    v = make_norm(c, n, d, 1);
    fmpq_mpoly_clear(n, c->ctx);
    fmpq_mpoly_clear(d, c->ctx);
    fmpq_mpoly_clear(m, c->ctx);
    free(e);
    return v;
}

wk_value wk_poly_var(slong id)
{
    wk_pctx *c = wk_pctx_get(&id, 1);
    fmpq_mpoly_t n;
    wk_value v;
    fmpq_mpoly_init(n, c->ctx);
    fmpq_mpoly_gen(n, 0, c->ctx);
    v = wk_poly_make(c, n, NULL);
    fmpq_mpoly_clear(n, c->ctx);
    return v;
}

int wk_poly_is_var(const wk_value *v, slong *id)
{
    const wk_poly *p;
    slong i;
    if (v->t != T_POLY) return 0;
    p = (const wk_poly *) v->u.h;
    if (!fmpq_mpoly_is_one(p->den, p->c->ctx) || fmpq_mpoly_length(p->num, p->c->ctx) != 1)
        return 0;
    for (i = 0; i < p->c->nvars; i++)
        if (fmpq_mpoly_is_gen(p->num, i, p->c->ctx)) { *id = p->c->gv[i]; return 1; }
    return 0;
}

int wk_poly_equal(const wk_value *a, const wk_value *b)
{
    const wk_poly *p = (const wk_poly *) a->u.h, *q = (const wk_poly *) b->u.h;
    wk_pctx *c;
    fmpq_mpoly_t n1, d1, n2, d2;
    int r;
    if (p->c == q->c)
        return fmpq_mpoly_equal(p->num, q->num, p->c->ctx) && fmpq_mpoly_equal(p->den, q->den, p->c->ctx);
    c = wk_pctx_union(p->c, q->c);
    fmpq_mpoly_init(n1, c->ctx); fmpq_mpoly_init(d1, c->ctx);
    fmpq_mpoly_init(n2, c->ctx); fmpq_mpoly_init(d2, c->ctx);
    embed(n1, p->num, c, p->c); embed(d1, p->den, c, p->c);
    embed(n2, q->num, c, q->c); embed(d2, q->den, c, q->c);
    r = fmpq_mpoly_equal(n1, n2, c->ctx) && fmpq_mpoly_equal(d1, d2, c->ctx);
    fmpq_mpoly_clear(n1, c->ctx); fmpq_mpoly_clear(d1, c->ctx);
    fmpq_mpoly_clear(n2, c->ctx); fmpq_mpoly_clear(d2, c->ctx);
    return r;
}

/* ---- arithmetic --------------------------------------------------------------------- */
static void set_out(wk_value *out, wk_value v)
{
    wk_release(out);
    *out = v;
}

void wk_poly_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    wk_pctx *c;
    fmpq_mpoly_t n1, d1, n2, d2, n, d;
    const fmpq_mpoly_ctx_struct *ctx;
    wk_value r;
    int cancel = 1;

    /* type checks before any allocation */
    if (op == OP_POW) {
        slong e;
        if (b->t != T_INT)
            wk_throw(S, WK_ERR_TYPE, "a polynomial can only be raised to an integer power");
        if (a->t != T_POLY) wk_throw(S, WK_ERR_TYPE, "cannot raise a number to a polynomial power");
        if (!wk_get_si(&e, b) || e > 1000000 || e < -1000000)
            wk_throw(S, WK_ERR_OVERFLOW, "polynomial exponent too large");
        {
            const wk_poly *p = (const wk_poly *) a->u.h;
            slong deg = fmpq_mpoly_total_degree_si(p->num, p->c->ctx) + fmpq_mpoly_total_degree_si(p->den, p->c->ctx);
            slong len = fmpq_mpoly_length(p->num, p->c->ctx);
            if ((double) deg * (double) (e < 0 ? -e : e) > 1e7
                || (len > 1 && (double) (e < 0 ? -e : e) * (double) p->c->nvars > 1e6 && deg > 1))
                wk_throw(S, WK_ERR_OVERFLOW, "polynomial power too large (degree %.0f)", (double) deg * (double) e);
            c = p->c;
            ctx = c->ctx;
            fmpq_mpoly_init(n, ctx);
            fmpq_mpoly_init(d, ctx);
            if (e >= 0) {
                fmpq_mpoly_pow_ui(n, p->num, e, ctx);
                fmpq_mpoly_pow_ui(d, p->den, e, ctx);
            } else {
                fmpq_mpoly_pow_ui(n, p->den, -e, ctx);
                fmpq_mpoly_pow_ui(d, p->num, -e, ctx);
            }
            r = make_norm(c, n, d, 0);
            fmpq_mpoly_clear(n, ctx);
            fmpq_mpoly_clear(d, ctx);
            set_out(out, r);
            return;
        }
    }
    if ((a->t != T_POLY && !wk_is_exact_number(a)) || (b->t != T_POLY && !wk_is_exact_number(b))) {
        const wk_value *x = a->t == T_POLY ? b : a;
        if (x->t == T_REAL || x->t == T_CPLX)
            wk_throw(S, WK_ERR_TYPE, "polynomials have exact coefficients: cannot combine with %s "
                     "(substitute a value with subst first)", wk_type_name(x));
        {
            char ta[64];
            snprintf(ta, sizeof ta, "%s", wk_type_name(a));
            wk_throw(S, WK_ERR_TYPE, "cannot combine %s and %s", ta, wk_type_name(b));
        }
    }
    if ((op == OP_DIV || op == OP_IDIV || op == OP_MOD) && wk_is_zero(b))
        wk_throw(S, WK_ERR_DOMAIN, "division by zero");
    if (op == OP_IDIV || op == OP_MOD) {
        /* quotient and remainder of polynomials (lex order; the usual division in one variable) */
        const wk_poly *pa, *pb;
        if (a->t != T_POLY || (b->t == T_POLY && !fmpq_mpoly_is_one(((const wk_poly *) b->u.h)->den, ((const wk_poly *) b->u.h)->c->ctx))
            || !fmpq_mpoly_is_one(((const wk_poly *) a->u.h)->den, ((const wk_poly *) a->u.h)->c->ctx))
            wk_throw(S, WK_ERR_TYPE, "'\\' and '%%' need polynomials (not rational functions)");
        pa = (const wk_poly *) a->u.h;
        pb = b->t == T_POLY ? (const wk_poly *) b->u.h : NULL;
        c = pb ? wk_pctx_union(pa->c, pb->c) : pa->c;
        ctx = c->ctx;
        fmpq_mpoly_init(n1, ctx); fmpq_mpoly_init(d1, ctx);
        fmpq_mpoly_init(n2, ctx); fmpq_mpoly_init(d2, ctx);
        fmpq_mpoly_init(n, ctx); fmpq_mpoly_init(d, ctx);
        wk_poly_to_ctx(S, n1, d1, a, c);
        wk_poly_to_ctx(S, n2, d2, b, c);
        fmpq_mpoly_divrem(n, d, n1, n2, ctx);
        fmpq_mpoly_one(n1, ctx);
        r = op == OP_IDIV ? make_norm(c, n, n1, 0) : make_norm(c, d, n1, 0);
        goto done;
    }
    if (op != OP_ADD && op != OP_SUB && op != OP_MUL && op != OP_DIV)
        wk_throw(S, WK_ERR_TYPE, "this operator does not apply to polynomials");
    if (a->t == T_POLY && b->t == T_POLY)
        c = wk_pctx_union(((const wk_poly *) a->u.h)->c, ((const wk_poly *) b->u.h)->c);
    else
        c = a->t == T_POLY ? ((const wk_poly *) a->u.h)->c : ((const wk_poly *) b->u.h)->c;
    ctx = c->ctx;
    fmpq_mpoly_init(n1, ctx); fmpq_mpoly_init(d1, ctx);
    fmpq_mpoly_init(n2, ctx); fmpq_mpoly_init(d2, ctx);
    fmpq_mpoly_init(n, ctx); fmpq_mpoly_init(d, ctx);
    wk_poly_to_ctx(S, n1, d1, a, c);
    wk_poly_to_ctx(S, n2, d2, b, c);
    switch (op) {
    case OP_ADD:
    case OP_SUB:
        if (fmpq_mpoly_equal(d1, d2, ctx)) {
            if (op == OP_ADD) fmpq_mpoly_add(n, n1, n2, ctx);
            else fmpq_mpoly_sub(n, n1, n2, ctx);
            fmpq_mpoly_set(d, d1, ctx);
            cancel = !fmpq_mpoly_is_one(d, ctx);
        } else {
            fmpq_mpoly_mul(n, n1, d2, ctx);
            fmpq_mpoly_mul(d, n2, d1, ctx);
            if (op == OP_ADD) fmpq_mpoly_add(n, n, d, ctx);
            else fmpq_mpoly_sub(n, n, d, ctx);
            fmpq_mpoly_mul(d, d1, d2, ctx);
        }
        break;
    case OP_MUL:
        fmpq_mpoly_mul(n, n1, n2, ctx);
        fmpq_mpoly_mul(d, d1, d2, ctx);
        cancel = !fmpq_mpoly_is_one(d, ctx) || !fmpq_mpoly_is_one(d1, ctx);
        break;
    case OP_DIV:
        if (fmpq_mpoly_is_one(d1, ctx) && fmpq_mpoly_is_one(d2, ctx)) {
            /* exact division first: the common case keeps polynomials */
            if (fmpq_mpoly_divides(n, n1, n2, ctx)) {
                fmpq_mpoly_one(d, ctx);
                cancel = 0;
                break;
            }
        }
        fmpq_mpoly_mul(n, n1, d2, ctx);
        fmpq_mpoly_mul(d, d1, n2, ctx);
        break;
    }
    r = make_norm(c, n, d, cancel);
done:
    fmpq_mpoly_clear(n1, ctx); fmpq_mpoly_clear(d1, ctx);
    fmpq_mpoly_clear(n2, ctx); fmpq_mpoly_clear(d2, ctx);
    fmpq_mpoly_clear(n, ctx); fmpq_mpoly_clear(d, ctx);
    set_out(out, r);
}

/* ---- printing ------------------------------------------------------------------------- */
static void print_mpoly(wk_buf *b, const fmpq_mpoly_t p, const wk_pctx *c, const slong *shift)
{
    const fmpq_mpoly_ctx_struct *ctx = c->ctx;
    slong len = fmpq_mpoly_length(p, ctx), i, j;
    slong *e = malloc((c->nvars + 1) * sizeof(slong));
    fmpq_t q;
    fmpq_init(q);
    if (len == 0) wk_buf_putc(b, '0');
    for (i = 0; i < len; i++) {
        int constant = 1, neg;
        fmpq_mpoly_get_term_coeff_fmpq(q, p, i, ctx);
        fmpq_mpoly_get_term_exp_si(e, p, i, ctx);
        if (shift)
            for (j = 0; j < c->nvars; j++) e[j] -= shift[j];
        for (j = 0; j < c->nvars; j++)
            if (e[j] != 0) constant = 0;
        neg = fmpq_sgn(q) < 0;
        if (i > 0) wk_buf_puts(b, neg ? " - " : " + ");
        else if (neg) wk_buf_putc(b, '-');
        if (neg) fmpq_neg(q, q);
        if (constant || !fmpq_is_one(q)) {
            wk_buf_fmpq(b, q);
            if (!constant) wk_buf_putc(b, '*');
        }
        {
            int first = 1;
            for (j = 0; j < c->nvars; j++) {
                if (e[j] == 0) continue;
                if (!first) wk_buf_putc(b, '*');
                first = 0;
                wk_buf_puts(b, wk_var_name(c->gv[j]));
                if (e[j] != 1) wk_buf_printf(b, "^%ld", (long) e[j]);
            }
        }
    }
    fmpq_clear(q);
    free(e);
}

void wk_poly_print(wk_buf *b, const wk_poly *p)
{
    const fmpq_mpoly_ctx_struct *ctx = p->c->ctx;
    if (fmpq_mpoly_is_one(p->den, ctx)) {
        print_mpoly(b, p->num, p->c, NULL);
    } else if (fmpq_mpoly_length(p->den, ctx) == 1) {
        /* Laurent polynomial: a monomial denominator becomes negative exponents */
        slong *sh = malloc((p->c->nvars + 1) * sizeof(slong));
        fmpq_mpoly_get_term_exp_si(sh, p->den, 0, ctx);
        print_mpoly(b, p->num, p->c, sh);
        free(sh);
    } else {
        int pn = fmpq_mpoly_length(p->num, ctx) > 1;
        if (pn) wk_buf_putc(b, '(');
        print_mpoly(b, p->num, p->c, NULL);
        wk_buf_puts(b, pn ? ")/(" : "/(");
        print_mpoly(b, p->den, p->c, NULL);
        wk_buf_putc(b, ')');
    }
}
