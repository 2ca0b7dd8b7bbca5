/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/arith.c: arithmetic, comparison and equality on values: the numeric
   tower int < rational < real ball < complex ball, lists as vectors,
   matrices, permutations, strings; polynomials and series in poly.c/series.c. */
#include <string.h>
#include "wk_int.h"
#include "linalg.h"

static const char *opname(int op)
{
    switch (op) {
    case OP_ADD: return "+";
    case OP_SUB: return "-";
    case OP_MUL: return "*";
    case OP_DIV: return "/";
    case OP_IDIV: return "\\";
    case OP_MOD: return "%";
    case OP_POW: return "^";
    case OP_LT: return "<";
    case OP_LE: return "<=";
    case OP_GT: return ">";
    case OP_GE: return ">=";
    case OP_IN: return "in";
    default: return "?";
    }
}

static void set_out(wk_value *out, wk_value v)
{
    wk_release(out);
    *out = v;
}

static __attribute__((noreturn)) void cannot(wk_state *S, int op, const wk_value *a, const wk_value *b)
{
    char ta[96];
    snprintf(ta, sizeof ta, "%s", wk_type_name(a));
    if (b)
        wk_throw(S, WK_ERR_TYPE, "cannot apply '%s' to %s and %s", opname(op), ta, wk_type_name(b));
    wk_throw(S, WK_ERR_TYPE, "cannot apply '%s' to %s", opname(op), ta);
}

int wk_is_zero(const wk_value *v)
{
    switch (v->t) {
    case T_INT: return fmpz_is_zero(&v->u.z);
    case T_REAL: return arb_is_zero(((const wk_real *) v->u.h)->x);
    case T_CPLX: return acb_is_zero(((const wk_cplx *) v->u.h)->x);
    default: return 0;
    }
}

int wk_is_one(const wk_value *v)
{
    return v->t == T_INT && fmpz_is_one(&v->u.z);
}

/* rank in the numeric tower, -1 if not a number */
static int numrank(const wk_value *v)
{
    switch (v->t) {
    case T_INT: return 0;
    case T_RAT: return 1;
    case T_REAL: return 2;
    case T_CPLX: return 3;
    default: return -1;
    }
}

wk_value wk_num_to_real(wk_state *S, const wk_value *v)
{
    arb_t x;
    wk_value r;
    arb_init(x);
    wk_get_arb(x, v, S->prec);
    r = wk_real_arb(x);
    arb_clear(x);
    return r;
}

/* ---- exact numbers ------------------------------------------------------------ */
static void exact_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    fmpq_t x, y, z;
    wk_value r;
    if (op == OP_POW) {
        slong e;
        fmpq_init(x);
        wk_get_fmpq(x, a);
        if (b->t != T_INT) {
            fmpq_clear(x);
            return;  /* handled by the caller */
        }
        if (!wk_get_si(&e, b) || e > (WORD(1) << 40) || e < -(WORD(1) << 40)) {
            if (fmpq_is_zero(x) || fmpq_is_one(x) || (fmpz_is_one(fmpq_denref(x)) && fmpz_equal_si(fmpq_numref(x), -1))) {
                /* 0, 1, -1 to a huge power */
                if (fmpq_is_zero(x) && fmpz_sgn(&b->u.z) < 0) { fmpq_clear(x); wk_throw(S, WK_ERR_DOMAIN, "division by zero (0 to a negative power)"); }
                if (!fmpq_is_zero(x) && !fmpq_is_one(x) && fmpz_is_even(&b->u.z)) fmpq_one(x);
                set_out(out, wk_rat_fmpq(x));
                fmpq_clear(x);
                return;
            }
            fmpq_clear(x);
            wk_throw(S, WK_ERR_OVERFLOW, "exponent too large for an exact power");
        }
        if (fmpq_is_zero(x) && e < 0) { fmpq_clear(x); wk_throw(S, WK_ERR_DOMAIN, "division by zero (0 to a negative power)"); }
        {
            /* size guard: about |e| * bits(x) bits */
            slong bits = fmpz_bits(fmpq_numref(x)) + fmpz_bits(fmpq_denref(x));
            if (bits > 1 && (double) bits * (double) (e < 0 ? -e : e) > (S->fuzz ? 1e5 : 1e9)) {
                fmpq_clear(x);
                wk_throw(S, WK_ERR_OVERFLOW, "exact power would have more than 10^9 bits");
            }
        }
        fmpq_pow_si(x, x, e);
        set_out(out, wk_rat_fmpq(x));
        fmpq_clear(x);
        return;
    }
    if (op == OP_IDIV || op == OP_MOD) {
        fmpz_t q, rr;
        fmpq_init(x); fmpq_init(y);
        wk_get_fmpq(x, a);
        wk_get_fmpq(y, b);
        if (fmpq_is_zero(y)) { fmpq_clear(x); fmpq_clear(y); wk_throw(S, WK_ERR_DOMAIN, "division by zero"); }
        fmpz_init(q); fmpz_init(rr);
        /* floor(x / y) and x - floor(x/y) * y */
        fmpq_init(z);
        fmpq_div(z, x, y);
        fmpz_fdiv_q(q, fmpq_numref(z), fmpq_denref(z));
        if (op == OP_IDIV) {
            r = wk_int_fmpz(q);
        } else {
            fmpq_mul_fmpz(z, y, q);
            fmpq_sub(z, x, z);
            r = wk_rat_fmpq(z);
        }
        fmpq_clear(z);
        fmpz_clear(q); fmpz_clear(rr);
        fmpq_clear(x); fmpq_clear(y);
        set_out(out, r);
        return;
    }
    if (a->t == T_INT && b->t == T_INT) {
        fmpz_t t;
        fmpz_init(t);
        switch (op) {
        case OP_ADD: fmpz_add(t, &a->u.z, &b->u.z); break;
        case OP_SUB: fmpz_sub(t, &a->u.z, &b->u.z); break;
        case OP_MUL: fmpz_mul(t, &a->u.z, &b->u.z); break;
        case OP_DIV:
            fmpz_clear(t);
            if (fmpz_is_zero(&b->u.z)) wk_throw(S, WK_ERR_DOMAIN, "division by zero");
            fmpq_init(x);
            fmpq_set_fmpz_frac(x, &a->u.z, &b->u.z);
            set_out(out, wk_rat_fmpq(x));
            fmpq_clear(x);
            return;
        }
        set_out(out, wk_int_fmpz_move(t));
        fmpz_clear(t);
        return;
    }
    fmpq_init(x); fmpq_init(y); fmpq_init(z);
    wk_get_fmpq(x, a);
    wk_get_fmpq(y, b);
    switch (op) {
    case OP_ADD: fmpq_add(z, x, y); break;
    case OP_SUB: fmpq_sub(z, x, y); break;
    case OP_MUL: fmpq_mul(z, x, y); break;
    case OP_DIV:
        if (fmpq_is_zero(y)) { fmpq_clear(x); fmpq_clear(y); fmpq_clear(z); wk_throw(S, WK_ERR_DOMAIN, "division by zero"); }
        fmpq_div(z, x, y);
        break;
    }
    set_out(out, wk_rat_fmpq(z));
    fmpq_clear(x); fmpq_clear(y); fmpq_clear(z);
}

/* exact rational root: x^(p/q) when it is rational; returns 1 on success */
static int exact_root(fmpq_t res, const fmpq_t x, const fmpq_t e)
{
    fmpz_t rn, rd;
    slong q;
    int ok = 0;
    if (!fmpz_fits_si(fmpq_denref(e))) return 0;
    q = fmpz_get_si(fmpq_denref(e));
    if (q > 64 || fmpq_sgn(x) < 0 || !fmpz_fits_si(fmpq_numref(e))) return 0;
    fmpz_init(rn); fmpz_init(rd);
    if (fmpz_root(rn, fmpq_numref(x), q) && fmpz_root(rd, fmpq_denref(x), q)) {
        fmpz_t t;
        fmpz_init(t);
        fmpz_pow_ui(t, rn, q);
        if (fmpz_equal(t, fmpq_numref(x))) {
            fmpz_pow_ui(t, rd, q);
            if (fmpz_equal(t, fmpq_denref(x))) {
                slong p = fmpz_get_si(fmpq_numref(e));
                if (fmpz_is_zero(rn) && p < 0) { fmpz_clear(t); fmpz_clear(rn); fmpz_clear(rd); return 0; }
                if (p < 40000 && p > -40000) {
                    fmpq_set_fmpz_frac(res, rn, rd);
                    fmpq_pow_si(res, res, p);
                    ok = 1;
                }
            }
        }
        fmpz_clear(t);
    }
    fmpz_clear(rn); fmpz_clear(rd);
    return ok;
}

/* ---- balls ----------------------------------------------------------------------- */
static void ball_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    slong prec = S->prec;
    if (a->t == T_CPLX || b->t == T_CPLX) {
        acb_t x, y, z;
        acb_init(x); acb_init(y); acb_init(z);
        wk_get_acb(x, a, prec);
        wk_get_acb(y, b, prec);
        switch (op) {
        case OP_ADD: acb_add(z, x, y, prec); break;
        case OP_SUB: acb_sub(z, x, y, prec); break;
        case OP_MUL: acb_mul(z, x, y, prec); break;
        case OP_DIV:
            if (acb_is_zero(y)) { acb_clear(x); acb_clear(y); acb_clear(z); wk_throw(S, WK_ERR_DOMAIN, "division by zero"); }
            acb_div(z, x, y, prec);
            break;
        case OP_POW:
            if (b->t == T_INT && fmpz_fits_si(&b->u.z)) acb_pow_si(z, x, fmpz_get_si(&b->u.z), prec);
            else acb_pow(z, x, y, prec);
            break;
        default:
            acb_clear(x); acb_clear(y); acb_clear(z);
            cannot(S, op, a, b);
        }
        set_out(out, wk_num_acb(z));
        acb_clear(x); acb_clear(y); acb_clear(z);
        return;
    }
    {
        arb_t x, y, z;
        arb_init(x); arb_init(y); arb_init(z);
        wk_get_arb(x, a, prec);
        wk_get_arb(y, b, prec);
        switch (op) {
        case OP_ADD: arb_add(z, x, y, prec); break;
        case OP_SUB: arb_sub(z, x, y, prec); break;
        case OP_MUL: arb_mul(z, x, y, prec); break;
        case OP_DIV:
            if (arb_is_zero(y)) { arb_clear(x); arb_clear(y); arb_clear(z); wk_throw(S, WK_ERR_DOMAIN, "division by zero"); }
            arb_div(z, x, y, prec);
            break;
        case OP_POW:
            if (b->t == T_INT && fmpz_fits_si(&b->u.z)) {
                arb_pow_fmpz(z, x, &b->u.z, prec);
            } else if (arb_is_nonnegative(x) || b->t == T_INT) {
                arb_pow(z, x, y, prec);
            } else {
                /* a negative base to a non-integer power is complex */
                acb_t cx, cy, cz;
                acb_init(cx); acb_init(cy); acb_init(cz);
                acb_set_arb(cx, x);
                acb_set_arb(cy, y);
                acb_pow(cz, cx, cy, prec);
                set_out(out, wk_num_acb(cz));
                acb_clear(cx); acb_clear(cy); acb_clear(cz);
                arb_clear(x); arb_clear(y); arb_clear(z);
                return;
            }
            break;
        default:
            arb_clear(x); arb_clear(y); arb_clear(z);
            cannot(S, op, a, b);
        }
        set_out(out, wk_real_arb(z));
        arb_clear(x); arb_clear(y); arb_clear(z);
    }
}

static void num_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    int ra = numrank(a), rb = numrank(b);
    if (ra <= 1 && rb <= 1) {
        if (op == OP_POW && b->t == T_RAT) {
            fmpq_t x, e, r;
            int ok;
            fmpq_init(x); fmpq_init(e); fmpq_init(r);
            wk_get_fmpq(x, a);
            wk_get_fmpq(e, b);
            ok = exact_root(r, x, e);
            if (ok) set_out(out, wk_rat_fmpq(r));
            fmpq_clear(x); fmpq_clear(e); fmpq_clear(r);
            if (ok) return;
            ball_arith(S, op, a, b, out);
            return;
        }
        exact_arith(S, op, a, b, out);
        return;
    }
    if (op == OP_IDIV || op == OP_MOD) {
        if (ra <= 2 && rb <= 2) {
            arb_t x, y, q;
            fmpz_t f;
            arb_init(x); arb_init(y); arb_init(q); fmpz_init(f);
            wk_get_arb(x, a, S->prec);
            wk_get_arb(y, b, S->prec);
            arb_div(q, x, y, S->prec);
            arb_floor(q, q, S->prec);
            if (!arb_get_unique_fmpz(f, q)) {
                arb_clear(x); arb_clear(y); arb_clear(q); fmpz_clear(f);
                wk_throw(S, WK_ERR_DOMAIN, "floor of the quotient is not determined at this precision");
            }
            if (op == OP_IDIV) set_out(out, wk_int_fmpz(f));
            else {
                arb_mul_fmpz(q, y, f, S->prec);
                arb_sub(q, x, q, S->prec);
                set_out(out, wk_real_arb(q));
            }
            arb_clear(x); arb_clear(y); arb_clear(q); fmpz_clear(f);
            return;
        }
        cannot(S, op, a, b);
    }
    ball_arith(S, op, a, b, out);
}

/* ---- lists as vectors -------------------------------------------------------------- */
static void list_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    wk_value *r = wk_push(S), *x = wk_push(S);
    slong i, n;
    if (a->t == T_LIST && b->t == T_LIST && (op == OP_ADD || op == OP_SUB)) {
        n = wk_list_len(a);
        if (wk_list_len(b) != n)
            wk_throw(S, WK_ERR_DIM, "cannot apply '%s' to lists of lengths %ld and %ld", opname(op),
                     (long) n, (long) wk_list_len(b));
        *r = wk_list_new(n);
        for (i = 0; i < n; i++) {
            wk_arith(S, op, wk_list_get(a, i), wk_list_get(b, i), x);
            wk_list_push(r, *x);
            x->t = T_NIL;
        }
    } else if (a->t == T_LIST && b->t != T_LIST && b->t != T_MAT
               && (op == OP_MUL || op == OP_DIV || op == OP_IDIV || op == OP_MOD)) {
        n = wk_list_len(a);
        *r = wk_list_new(n);
        for (i = 0; i < n; i++) {
            wk_arith(S, op, wk_list_get(a, i), b, x);
            wk_list_push(r, *x);
            x->t = T_NIL;
        }
    } else if (b->t == T_LIST && a->t != T_LIST && a->t != T_MAT && op == OP_MUL) {
        n = wk_list_len(b);
        *r = wk_list_new(n);
        for (i = 0; i < n; i++) {
            wk_arith(S, op, a, wk_list_get(b, i), x);
            wk_list_push(r, *x);
            x->t = T_NIL;
        }
    } else {
        cannot(S, op, a, b);
    }
    set_out(out, *r);
    r->t = T_NIL;
    wk_pop(S);
    wk_pop(S);
}

/* ---- permutations (GAP's right action: i^(gh) = (i^g)^h) ------------------------- */
static wk_value perm_mul(const wk_perm *g, const wk_perm *h)
{
    slong n = g->n > h->n ? g->n : h->n, i;
    int *img = flint_malloc((n ? n : 1) * sizeof(int));
    wk_value r;
    for (i = 0; i < n; i++) {
        int x = i < g->n ? g->img[i] : (int) i;
        img[i] = x < h->n ? h->img[x] : x;
    }
    r = wk_perm_new(img, n);
    flint_free(img);
    return r;
}

static wk_value perm_inv(const wk_perm *g)
{
    int *img = flint_malloc((g->n ? g->n : 1) * sizeof(int));
    slong i;
    wk_value r;
    for (i = 0; i < g->n; i++) img[g->img[i]] = (int) i;
    r = wk_perm_new(img, g->n);
    flint_free(img);
    return r;
}

static void perm_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    if (a->t == T_PERM && b->t == T_PERM && op == OP_MUL) {
        set_out(out, perm_mul((const wk_perm *) a->u.h, (const wk_perm *) b->u.h));
        return;
    }
    if (a->t == T_PERM && b->t == T_PERM && op == OP_DIV) {
        wk_value inv = perm_inv((const wk_perm *) b->u.h);
        set_out(out, perm_mul((const wk_perm *) a->u.h, (const wk_perm *) inv.u.h));
        wk_release(&inv);
        return;
    }
    if (a->t == T_PERM && b->t == T_PERM && op == OP_POW) {
        /* conjugation g^h = h^-1 g h */
        wk_value inv = perm_inv((const wk_perm *) b->u.h), t;
        t = perm_mul((const wk_perm *) inv.u.h, (const wk_perm *) a->u.h);
        set_out(out, perm_mul((const wk_perm *) t.u.h, (const wk_perm *) b->u.h));
        wk_release(&inv);
        wk_release(&t);
        return;
    }
    if (a->t == T_INT && b->t == T_PERM && op == OP_POW) {
        /* image of a point: i^g */
        const wk_perm *g = (const wk_perm *) b->u.h;
        slong i;
        if (!wk_get_si(&i, a) || i < 1)
            wk_throw(S, WK_ERR_DOMAIN, "a point acted on by a permutation must be a positive integer");
        set_out(out, wk_int_si(i <= g->n ? g->img[i - 1] + 1 : i));
        return;
    }
    if (a->t == T_PERM && b->t == T_INT && op == OP_POW) {
        const wk_perm *g = (const wk_perm *) a->u.h;
        fmpz_t e;
        wk_value base, acc;
        fmpz_init_set(e, &b->u.z);
        if (fmpz_sgn(e) < 0) { base = perm_inv(g); fmpz_neg(e, e); }
        else { base.t = T_NIL; wk_copy(&base, a); }
        {
            int id = 0;
            acc = wk_perm_new(&id, 0);
        }
        while (!fmpz_is_zero(e)) {
            if (fmpz_is_odd(e)) {
                wk_value t = perm_mul((const wk_perm *) acc.u.h, (const wk_perm *) base.u.h);
                wk_release(&acc);
                acc = t;
            }
            fmpz_fdiv_q_2exp(e, e, 1);
            if (!fmpz_is_zero(e)) {
                wk_value t = perm_mul((const wk_perm *) base.u.h, (const wk_perm *) base.u.h);
                wk_release(&base);
                base = t;
            }
        }
        fmpz_clear(e);
        wk_release(&base);
        set_out(out, acc);
        return;
    }
    cannot(S, op, a, b);
}

/* ---- equality and order ---------------------------------------------------------- */
static int num_equal(wk_state *S, const wk_value *a, const wk_value *b)
{
    int ra = numrank(a), rb = numrank(b);
    if (ra <= 1 && rb <= 1) {
        if (a->t != b->t) return 0;   /* canonical forms */
        if (a->t == T_INT) return fmpz_equal(&a->u.z, &b->u.z);
        return fmpq_equal(((const wk_rat *) a->u.h)->q, ((const wk_rat *) b->u.h)->q);
    }
    {
        /* balls: equal means "cannot be told apart": the balls overlap */
        acb_t x, y;
        int r;
        acb_init(x); acb_init(y);
        wk_get_acb(x, a, S->prec);
        wk_get_acb(y, b, S->prec);
        r = acb_overlaps(x, y);
        acb_clear(x); acb_clear(y);
        return r;
    }
}

int wk_equal(wk_state *S, const wk_value *a, const wk_value *b)
{
    slong i, r1, c1, r2, c2;
    if (a->t == T_LIST || a->t == T_REC) {
        wk_pos p = { -1, 0, 0 };
        wk_cstack_check(S, p);
    }
    if (numrank(a) >= 0 && numrank(b) >= 0) return num_equal(S, a, b);
    if ((a->t == T_MAT || b->t == T_MAT) && wk_mat_dims(a, &r1, &c1) && wk_mat_dims(b, &r2, &c2)) {
        if (r1 != r2 || c1 != c2) return 0;
        for (i = 0; i < r1 * c1; i++)
            if (!wk_equal(S, wk_mat_get(a, i / c1, i % c1), wk_mat_get(b, i / c1, i % c1))) return 0;
        return 1;
    }
    if (a->t == T_RANGE && b->t == T_LIST) return wk_equal(S, b, a);
    if (a->t == T_LIST && b->t == T_RANGE) {
        const wk_range *r = (const wk_range *) b->u.h;
        slong n = wk_range_len(r);
        if (wk_list_len(a) != n) return 0;
        for (i = 0; i < n; i++) {
            const wk_value *x = wk_list_get(a, i);
            if (x->t != T_INT || !fmpz_equal_si(&x->u.z, r->a + i * r->step)) return 0;
        }
        return 1;
    }
    if (a->t == T_OBJ || b->t == T_OBJ) {
        if (a->t == T_OBJ && b->t == T_OBJ) {
            const wk_obj *x = (const wk_obj *) a->u.h, *y = (const wk_obj *) b->u.h;
            if (x == y) return 1;
            if (x->type == y->type && x->type->equal) return x->type->equal(x->data, y->data);
            if (x->type != y->type) return 0;
            return x->data == y->data;
        } else {
            const wk_value *o = a->t == T_OBJ ? a : b;
            const wk_obj *x = (const wk_obj *) o->u.h;
            wk_value r;
            if (x->type->binop) {
                /* let the module compare with numbers (e.g. a cyclotomic 1 == 1) */
                slong top = S->top;
                r.t = T_NIL;
                if (x->type->binop(S, '=', a, b, &r)) {
                    int t = r.t == T_BOOL && r.u.b;
                    wk_popto(S, top);
                    wk_release(&r);
                    return t;
                }
                wk_popto(S, top);
            }
            return 0;
        }
    }
    if (a->t != b->t) return 0;
    switch (a->t) {
    case T_NIL: return 1;
    case T_BOOL: return a->u.b == b->u.b;
    case T_STR: return strcmp(wk_str_get(a), wk_str_get(b)) == 0;
    case T_LIST: {
        slong n = wk_list_len(a);
        if (wk_list_len(b) != n) return 0;
        for (i = 0; i < n; i++)
            if (!wk_equal(S, wk_list_get(a, i), wk_list_get(b, i))) return 0;
        return 1;
    }
    case T_REC: {
        const wk_rec *x = (const wk_rec *) a->u.h, *y = (const wk_rec *) b->u.h;
        if (x->n != y->n) return 0;
        for (i = 0; i < x->n; i++) {
            const wk_value *f = wk_rec_get(b, x->key[i]);
            if (!f || !wk_equal(S, &x->v[i], f)) return 0;
        }
        return 1;
    }
    case T_POLY: return wk_poly_equal(a, b);
    case T_SER: return wk_ser_equal(a, b);
    case T_PERM: {
        const wk_perm *x = (const wk_perm *) a->u.h, *y = (const wk_perm *) b->u.h;
        return x->n == y->n && memcmp(x->img, y->img, x->n * sizeof(int)) == 0;
    }
    case T_RANGE: {
        const wk_range *x = (const wk_range *) a->u.h, *y = (const wk_range *) b->u.h;
        slong n = wk_range_len(x);
        return n == wk_range_len(y) && (n == 0 || (x->a == y->a && (n == 1 || x->step == y->step)));
    }
    case T_FUNC: return a->u.h == b->u.h;
    case T_BUILTIN: return a->u.be == b->u.be;
    default: return 0;
    }
}

int wk_cmp(wk_state *S, const wk_value *a, const wk_value *b)
{
    int ra = numrank(a), rb = numrank(b);
    if (ra >= 0 && rb >= 0) {
        if (ra == 3 || rb == 3)
            wk_throw(S, WK_ERR_TYPE, "complex numbers are not ordered");
        if (ra <= 1 && rb <= 1) {
            int c;
            if (a->t == T_INT && b->t == T_INT) return fmpz_cmp(&a->u.z, &b->u.z) < 0 ? -1 : fmpz_cmp(&a->u.z, &b->u.z) > 0;
            {
                fmpq_t x, y;
                fmpq_init(x); fmpq_init(y);
                wk_get_fmpq(x, a);
                wk_get_fmpq(y, b);
                c = fmpq_cmp(x, y);
                fmpq_clear(x); fmpq_clear(y);
            }
            return c < 0 ? -1 : c > 0;
        }
        {
            arb_t x, y;
            int r = 2;
            arb_init(x); arb_init(y);
            wk_get_arb(x, a, S->prec);
            wk_get_arb(y, b, S->prec);
            if (arb_lt(x, y)) r = -1;
            else if (arb_gt(x, y)) r = 1;
            else if (arb_is_exact(x) && arb_is_exact(y) && arb_equal(x, y)) r = 0;
            arb_clear(x); arb_clear(y);
            if (r == 2)
                wk_throw(S, WK_ERR_DOMAIN,
                         "cannot decide the order of two overlapping balls (raise precision)");
            return r;
        }
    }
    if (a->t == T_STR && b->t == T_STR) {
        int c = strcmp(wk_str_get(a), wk_str_get(b));
        return c < 0 ? -1 : c > 0;
    }
    if (a->t == T_LIST && b->t == T_LIST) {
        slong n = wk_list_len(a), m = wk_list_len(b), i;
        for (i = 0; i < n && i < m; i++) {
            int c = wk_cmp(S, wk_list_get(a, i), wk_list_get(b, i));
            if (c) return c;
        }
        return n < m ? -1 : n > m;
    }
    if (a->t == T_BOOL && b->t == T_BOOL) return a->u.b - b->u.b;
    wk_throw(S, WK_ERR_TYPE, "cannot compare %s with %s", wk_type_name(a),
             b->t == a->t ? "another" : wk_type_name(b));
}

static int member(wk_state *S, const wk_value *x, const wk_value *c)
{
    slong i, n;
    switch (c->t) {
    case T_LIST:
        n = wk_list_len(c);
        for (i = 0; i < n; i++)
            if (wk_equal(S, x, wk_list_get(c, i))) return 1;
        return 0;
    case T_RANGE: {
        const wk_range *r = (const wk_range *) c->u.h;
        slong k;
        if (!wk_get_si(&k, x)) return 0;
        if (r->step > 0) return k >= r->a && k <= r->b && (k - r->a) % r->step == 0;
        return k <= r->a && k >= r->b && (r->a - k) % (-r->step) == 0;
    }
    case T_STR:
        if (x->t != T_STR) return 0;
        return strstr(wk_str_get(c), wk_str_get(x)) != NULL;
    case T_REC:
        if (x->t != T_STR) return 0;
        return wk_rec_get(c, wk_str_get(x)) != NULL;
    default:
        wk_throw(S, WK_ERR_TYPE, "cannot test membership in %s", wk_type_name(c));
    }
}

/* ---- dispatch -------------------------------------------------------------------------- */
void wk_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    int ra, rb;
    switch (op) {
    case OP_EQ: set_out(out, wk_bool(wk_equal(S, a, b))); return;
    case OP_NE: set_out(out, wk_bool(!wk_equal(S, a, b))); return;
    case OP_LT: set_out(out, wk_bool(wk_cmp(S, a, b) < 0)); return;
    case OP_LE: set_out(out, wk_bool(wk_cmp(S, a, b) <= 0)); return;
    case OP_GT: set_out(out, wk_bool(wk_cmp(S, a, b) > 0)); return;
    case OP_GE: set_out(out, wk_bool(wk_cmp(S, a, b) >= 0)); return;
    case OP_IN: set_out(out, wk_bool(member(S, a, b))); return;
    default: break;
    }
    if (a->t == T_OBJ || b->t == T_OBJ) {
        static const char ops[] = { 0, '+', '-', '*', '/', '\\', '%', '^' };
        int c = op <= OP_POW ? ops[op] : 0;
        wk_value r;
        r.t = T_NIL;
        slong top = S->top;   /* a hook may root values: restore the stack after it */
        if (a->t == T_OBJ && ((const wk_obj *) a->u.h)->type->binop
            && ((const wk_obj *) a->u.h)->type->binop(S, c, a, b, &r)) { wk_popto(S, top); set_out(out, r); return; }
        wk_popto(S, top);
        if (b->t == T_OBJ && ((const wk_obj *) b->u.h)->type->binop
            && ((const wk_obj *) b->u.h)->type->binop(S, c, a, b, &r)) { wk_popto(S, top); set_out(out, r); return; }
        wk_popto(S, top);
        cannot(S, op, a, b);
    }
    ra = numrank(a);
    rb = numrank(b);
    if (ra >= 0 && rb >= 0) { num_arith(S, op, a, b, out); return; }
    if (a->t == T_MAT || b->t == T_MAT) { wk_mat_arith(S, op, a, b, out); return; }
    if (a->t == T_LIST || b->t == T_LIST) { list_arith(S, op, a, b, out); return; }
    if (a->t == T_PERM || b->t == T_PERM) { perm_arith(S, op, a, b, out); return; }
    if (a->t == T_STR && b->t == T_STR && op == OP_ADD) {
        const wk_strobj *x = (const wk_strobj *) a->u.h, *y = (const wk_strobj *) b->u.h;
        wk_value r = wk_scratch(x->len + y->len);
        wk_strobj *z = (wk_strobj *) r.u.h;
        memcpy(z->s, x->s, x->len);
        memcpy(z->s + x->len, y->s, y->len);
        z->len = x->len + y->len;
        z->s[z->len] = '\0';
        set_out(out, r);
        return;
    }
    if (a->t == T_SER || b->t == T_SER) { wk_ser_arith(S, op, a, b, out); return; }
    if (a->t == T_POLY || b->t == T_POLY) { wk_poly_arith(S, op, a, b, out); return; }
    cannot(S, op, a, b);
}

static wk_value arith_new(wk_state *S, int op, const wk_value *a, const wk_value *b)
{
    wk_value *r = wk_push(S), v;
    wk_arith(S, op, a, b, r);
    v = *r;
    r->t = T_NIL;
    wk_pop(S);
    return v;
}

wk_value wk_add(wk_state *S, const wk_value *a, const wk_value *b) { return arith_new(S, OP_ADD, a, b); }
wk_value wk_sub(wk_state *S, const wk_value *a, const wk_value *b) { return arith_new(S, OP_SUB, a, b); }
wk_value wk_mul(wk_state *S, const wk_value *a, const wk_value *b) { return arith_new(S, OP_MUL, a, b); }
wk_value wk_div(wk_state *S, const wk_value *a, const wk_value *b) { return arith_new(S, OP_DIV, a, b); }
wk_value wk_pow(wk_state *S, const wk_value *a, const wk_value *b) { return arith_new(S, OP_POW, a, b); }

wk_value wk_neg(wk_state *S, const wk_value *a)
{
    switch (a->t) {
    case T_INT: {
        wk_value r = wk_int_fmpz(&a->u.z);
        fmpz_neg(&r.u.z, &r.u.z);
        return r;
    }
    case T_RAT: {
        fmpq_t x;
        wk_value r;
        fmpq_init(x);
        fmpq_neg(x, ((const wk_rat *) a->u.h)->q);
        r = wk_rat_fmpq(x);
        fmpq_clear(x);
        return r;
    }
    case T_REAL: {
        arb_t x;
        wk_value r;
        arb_init(x);
        arb_neg(x, ((const wk_real *) a->u.h)->x);
        r = wk_real_arb(x);
        arb_clear(x);
        return r;
    }
    case T_CPLX: {
        acb_t x;
        wk_value r;
        acb_init(x);
        acb_neg(x, ((const wk_cplx *) a->u.h)->x);
        r = wk_cplx_acb(x);
        acb_clear(x);
        return r;
    }
    case T_OBJ: {
        const wk_obj *o = (const wk_obj *) a->u.h;
        wk_value r;
        slong top = S->top;
        r.t = T_NIL;
        if (o->type->binop && o->type->binop(S, 'n', a, NULL, &r)) { wk_popto(S, top); return r; }
        wk_popto(S, top);
        break;
    }
    case T_PERM:
        break;
    default: {
        wk_value m1 = wk_int_si(-1);
        wk_value r;
        if (a->t == T_LIST || a->t == T_MAT || a->t == T_POLY || a->t == T_SER) {
            r = arith_new(S, OP_MUL, &m1, a);
            return r;
        }
        break;
    }
    }
    cannot(S, OP_SUB, a, NULL);
}
