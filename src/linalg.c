/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/linalg.c: matrix arithmetic and linear algebra on matrix values.  Exact
   matrices go through fmpq_mat, ball matrices through arb_mat/acb_mat, and
   matrices of polynomials through fraction-free (Bareiss) elimination. */
#include <string.h>
#include "linalg.h"

static void set_out(wk_value *out, wk_value v)
{
    wk_release(out);
    *out = v;
}

wk_matkind wk_mat_kind(const wk_value *m)
{
    slong r, c, i;
    wk_matkind k = MK_EXACT;
    if (!wk_mat_dims(m, &r, &c)) return MK_GEN;
    for (i = 0; i < r * c; i++) {
        const wk_value *x = wk_mat_get(m, i / c, i % c);
        switch (x->t) {
        case T_INT: case T_RAT: break;
        case T_REAL: if (k == MK_EXACT) k = MK_REAL; break;
        case T_CPLX: if (k != MK_GEN) k = MK_CPLX; break;
        default: return MK_GEN;
        }
    }
    return k;
}

static void dims(wk_state *S, const wk_value *m, slong *r, slong *c)
{
    if (!wk_mat_dims(m, r, c)) wk_bi_error(S, "expected a matrix, got %s", wk_type_name(m));
}

static void square(wk_state *S, const wk_value *m, slong *n)
{
    slong r, c;
    dims(S, m, &r, &c);
    if (r != c) wk_bi_error(S, "matrix is %ldx%ld, not square", (long) r, (long) c);
    *n = r;
}

wk_value wk_mat_identity(slong n)
{
    wk_value m = wk_mat_new(n, n);
    slong i;
    for (i = 0; i < n; i++) wk_mat_set(&m, i, i, wk_int_si(1));
    return m;
}

wk_value wk_mat_transpose(wk_state *S, const wk_value *m)
{
    slong r, c, i, j;
    wk_value t;
    dims(S, m, &r, &c);
    t = wk_mat_new(c, r);
    for (i = 0; i < r; i++)
        for (j = 0; j < c; j++) {
            wk_value x;
            wk_copy(&x, wk_mat_get(m, i, j));
            wk_mat_set(&t, j, i, x);
        }
    return t;
}

wk_value wk_mat_mul(wk_state *S, const wk_value *a, const wk_value *b)
{
    slong r1, c1, r2, c2, i, j, k;
    wk_matkind ka = wk_mat_kind(a), kb = wk_mat_kind(b);
    dims(S, a, &r1, &c1);
    dims(S, b, &r2, &c2);
    if (c1 != r2)
        wk_throw(S, WK_ERR_DIM, "cannot multiply a %ldx%ld matrix by a %ldx%ld matrix",
                 (long) r1, (long) c1, (long) r2, (long) c2);
    if (ka == MK_EXACT && kb == MK_EXACT) {
        fmpq_mat_t x, y, z;
        wk_value r;
        fmpq_mat_init(x, r1, c1); fmpq_mat_init(y, r2, c2); fmpq_mat_init(z, r1, c2);
        wk_get_fmpq_mat(x, a);
        wk_get_fmpq_mat(y, b);
        fmpq_mat_mul(z, x, y);
        r = wk_mat_from_fmpq_mat(z);
        fmpq_mat_clear(x); fmpq_mat_clear(y); fmpq_mat_clear(z);
        return r;
    }
    if (ka != MK_GEN && kb != MK_GEN) {
        acb_mat_t x, y, z;
        wk_value r;
        acb_mat_init(x, r1, c1); acb_mat_init(y, r2, c2); acb_mat_init(z, r1, c2);
        wk_get_acb_mat(x, a, S->prec);
        wk_get_acb_mat(y, b, S->prec);
        acb_mat_mul(z, x, y, S->prec);
        r = wk_mat_from_acb_mat(z);
        acb_mat_clear(x); acb_mat_clear(y); acb_mat_clear(z);
        return r;
    }
    {
        wk_value *res = wk_push(S), *acc = wk_push(S), *t = wk_push(S), *u = wk_push(S), r;
        *res = wk_mat_new(r1, c2);
        for (i = 0; i < r1; i++)
            for (j = 0; j < c2; j++) {
                set_out(acc, wk_int_si(0));
                for (k = 0; k < c1; k++) {
                    wk_arith(S, OP_MUL, wk_mat_get(a, i, k), wk_mat_get(b, k, j), t);
                    wk_arith(S, OP_ADD, acc, t, u);
                    set_out(acc, *u);
                    u->t = T_NIL;
                }
                wk_mat_set(res, i, j, *acc);
                acc->t = T_NIL;
            }
        r = *res;
        res->t = T_NIL;
        wk_pop(S); wk_pop(S); wk_pop(S); wk_pop(S);
        return r;
    }
}

static wk_value mat_map_scalar(wk_state *S, int op, const wk_value *m, const wk_value *s, int left)
{
    slong r, c, i;
    wk_value *res = wk_push(S), *t = wk_push(S), v;
    dims(S, m, &r, &c);
    *res = wk_mat_new(r, c);
    for (i = 0; i < r * c; i++) {
        if (left) wk_arith(S, op, s, wk_mat_get(m, i / c, i % c), t);
        else wk_arith(S, op, wk_mat_get(m, i / c, i % c), s, t);
        wk_mat_set(res, i / c, i % c, *t);
        t->t = T_NIL;
    }
    v = *res;
    res->t = T_NIL;
    wk_pop(S); wk_pop(S);
    return v;
}

static wk_value mat_pow(wk_state *S, const wk_value *m, const fmpz_t e0)
{
    slong n;
    fmpz_t e;
    wk_value *base = wk_push(S), *acc = wk_push(S), r;
    square(S, m, &n);
    fmpz_init_set(e, e0);
    if (fmpz_sgn(e) < 0) {
        *base = wk_mat_inverse(S, m);
        fmpz_neg(e, e);
    } else {
        wk_copy(base, m);
    }
    *acc = wk_mat_identity(n);
    while (!fmpz_is_zero(e)) {
        if (wk_interrupt_flag) { fmpz_clear(e); wk_check_interrupt(S); }
        if (fmpz_is_odd(e)) set_out(acc, wk_mat_mul(S, acc, base));
        fmpz_fdiv_q_2exp(e, e, 1);
        if (!fmpz_is_zero(e)) set_out(base, wk_mat_mul(S, base, base));
    }
    fmpz_clear(e);
    r = *acc;
    acc->t = T_NIL;
    wk_pop(S); wk_pop(S);
    return r;
}

void wk_mat_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    slong r1, c1, r2, c2, i;
    int ma = wk_mat_dims(a, &r1, &c1) && (a->t == T_MAT), mb = wk_mat_dims(b, &r2, &c2) && (b->t == T_MAT);
    if (!ma && a->t == T_LIST && b->t == T_MAT && op == OP_MUL) {
        /* row vector times matrix */
        slong n = wk_list_len(a), j, k;
        wk_value *res = wk_push(S), *acc = wk_push(S), *t = wk_push(S), *u = wk_push(S);
        if (n != r2) wk_throw(S, WK_ERR_DIM, "cannot multiply a vector of length %ld by a %ldx%ld matrix", (long) n, (long) r2, (long) c2);
        *res = wk_list_new(c2);
        for (j = 0; j < c2; j++) {
            set_out(acc, wk_int_si(0));
            for (k = 0; k < n; k++) {
                wk_arith(S, OP_MUL, wk_list_get(a, k), wk_mat_get(b, k, j), t);
                wk_arith(S, OP_ADD, acc, t, u);
                set_out(acc, *u);
                u->t = T_NIL;
            }
            wk_list_push(res, *acc);
            acc->t = T_NIL;
        }
        set_out(out, *res);
        res->t = T_NIL;
        wk_pop(S); wk_pop(S); wk_pop(S); wk_pop(S);
        return;
    }
    if (ma && b->t == T_LIST && op == OP_MUL) {
        /* matrix times column vector */
        slong n = wk_list_len(b), j, k;
        wk_value *res = wk_push(S), *acc = wk_push(S), *t = wk_push(S), *u = wk_push(S);
        if (n != c1) wk_throw(S, WK_ERR_DIM, "cannot multiply a %ldx%ld matrix by a vector of length %ld", (long) r1, (long) c1, (long) n);
        *res = wk_list_new(r1);
        for (j = 0; j < r1; j++) {
            set_out(acc, wk_int_si(0));
            for (k = 0; k < n; k++) {
                wk_arith(S, OP_MUL, wk_mat_get(a, j, k), wk_list_get(b, k), t);
                wk_arith(S, OP_ADD, acc, t, u);
                set_out(acc, *u);
                u->t = T_NIL;
            }
            wk_list_push(res, *acc);
            acc->t = T_NIL;
        }
        set_out(out, *res);
        res->t = T_NIL;
        wk_pop(S); wk_pop(S); wk_pop(S); wk_pop(S);
        return;
    }
    if (ma && mb) {
        switch (op) {
        case OP_ADD: case OP_SUB: {
            wk_value *res = wk_push(S), *t = wk_push(S);
            if (r1 != r2 || c1 != c2)
                wk_throw(S, WK_ERR_DIM, "cannot apply '%s' to a %ldx%ld and a %ldx%ld matrix",
                         op == OP_ADD ? "+" : "-", (long) r1, (long) c1, (long) r2, (long) c2);
            *res = wk_mat_new(r1, c1);
            for (i = 0; i < r1 * c1; i++) {
                wk_arith(S, op, wk_mat_get(a, i / c1, i % c1), wk_mat_get(b, i / c1, i % c1), t);
                wk_mat_set(res, i / c1, i % c1, *t);
                t->t = T_NIL;
            }
            set_out(out, *res);
            res->t = T_NIL;
            wk_pop(S); wk_pop(S);
            return;
        }
        case OP_MUL:
            set_out(out, wk_mat_mul(S, a, b));
            return;
        case OP_DIV: {
            wk_value *inv = wk_push(S);
            *inv = wk_mat_inverse(S, b);
            set_out(out, wk_mat_mul(S, a, inv));
            wk_pop(S);
            return;
        }
        default: break;
        }
    } else if ((ma && b->t != T_LIST && b->t != T_MAT && (op == OP_ADD || op == OP_SUB))
               || (mb && a->t != T_LIST && a->t != T_MAT && (op == OP_ADD || op == OP_SUB))) {
        /* scalar +- square matrix means scalar * identity (as in PARI) */
        const wk_value *m = ma ? a : b, *sc = ma ? b : a;
        slong n, i;
        wk_value *res = wk_push(S), *t = wk_push(S);
        square(S, m, &n);
        if (ma || op == OP_ADD) wk_copy(res, m);
        else *res = wk_neg(S, m);            /* sc - m = sc I + (-m) */
        wk_make_unique(res);
        for (i = 0; i < n; i++) {
            wk_value *d = &((wk_mat *) res->u.h)->v[i * n + i];
            if (ma) wk_arith(S, op, d, sc, t);
            else wk_arith(S, OP_ADD, sc, d, t);
            wk_release(d);
            *d = *t;
            t->t = T_NIL;
        }
        set_out(out, *res);
        res->t = T_NIL;
        wk_pop(S); wk_pop(S);
        return;
    } else if (ma && b->t != T_LIST && b->t != T_MAT) {
        if (op == OP_MUL || op == OP_DIV) { set_out(out, mat_map_scalar(S, op, a, b, 0)); return; }
        if (op == OP_POW && b->t == T_INT) { set_out(out, mat_pow(S, a, &b->u.z)); return; }
    } else if (mb && a->t != T_LIST && a->t != T_MAT) {
        if (op == OP_MUL) { set_out(out, mat_map_scalar(S, op, b, a, 1)); return; }
        if (op == OP_DIV) {
            wk_value *inv = wk_push(S);
            *inv = wk_mat_inverse(S, b);
            set_out(out, mat_map_scalar(S, OP_MUL, inv, a, 1));
            wk_pop(S);
            return;
        }
    }
    {
        char ta[64];
        snprintf(ta, sizeof ta, "%s", wk_type_name(a));
        wk_throw(S, WK_ERR_TYPE, "cannot apply this operator to %s and %s", ta, wk_type_name(b));
    }
}

/* ---- determinants, inverses, ranks ----------------------------------------------- */

/* Bareiss fraction-free elimination on a copy (generic exact entries).
   Returns the determinant of the leading square part, rank in *rank. */
static wk_value bareiss(wk_state *S, const wk_value *m, slong *rank, int want_det)
{
    slong r, c, i, j, k, rk = 0;
    slong top = S->top;
    wk_value *a, *prev, *t1, *t2, *t3, res;
    int sign = 1;
    dims(S, m, &r, &c);
    a = &S->stk[S->top];
    for (i = 0; i < r * c; i++) wk_copy(wk_push(S), wk_mat_get(m, i / c, i % c));
    prev = wk_push(S);
    *prev = wk_int_si(1);
    t1 = wk_push(S); t2 = wk_push(S); t3 = wk_push(S);
    for (k = 0; k < c && rk < r; k++) {
        slong p = -1;
        wk_check_interrupt(S);
        for (i = rk; i < r; i++)
            if (!(a[i * c + k].t == T_INT && fmpz_is_zero(&a[i * c + k].u.z))) { p = i; break; }
        if (p < 0) {
            if (want_det) { res = wk_int_si(0); goto out; }
            continue;
        }
        if (p != rk) {
            for (j = 0; j < c; j++) {
                wk_value t = a[p * c + j];
                a[p * c + j] = a[rk * c + j];
                a[rk * c + j] = t;
            }
            sign = -sign;
        }
        for (i = rk + 1; i < r; i++) {
            for (j = k + 1; j < c; j++) {
                /* a[i][j] = (a[rk][k] a[i][j] - a[i][k] a[rk][j]) / prev */
                wk_arith(S, OP_MUL, &a[rk * c + k], &a[i * c + j], t1);
                wk_arith(S, OP_MUL, &a[i * c + k], &a[rk * c + j], t2);
                wk_arith(S, OP_SUB, t1, t2, t3);
                wk_arith(S, OP_DIV, t3, prev, t1);
                set_out(&a[i * c + j], *t1);
                t1->t = T_NIL;
            }
            set_out(&a[i * c + k], wk_int_si(0));
        }
        wk_assign(prev, &a[rk * c + k]);
        rk++;
    }
    if (want_det) {
        if (rk < r) res = wk_int_si(0);
        else if (sign < 0) res = wk_neg(S, prev);
        else wk_copy(&res, prev);
    } else {
        res = wk_nil();
    }
out:
    *rank = rk;
    wk_popto(S, top);
    return res;
}

wk_value wk_mat_det(wk_state *S, const wk_value *m)
{
    slong n, rk;
    square(S, m, &n);
    switch (wk_mat_kind(m)) {
    case MK_EXACT: {
        fmpq_mat_t a;
        fmpq_t d;
        wk_value r;
        fmpq_mat_init(a, n, n);
        fmpq_init(d);
        wk_get_fmpq_mat(a, m);
        fmpq_mat_det(d, a);
        r = wk_rat_fmpq(d);
        fmpq_clear(d);
        fmpq_mat_clear(a);
        return r;
    }
    case MK_REAL: {
        arb_mat_t a;
        arb_t d;
        wk_value r;
        arb_mat_init(a, n, n);
        arb_init(d);
        wk_get_arb_mat(a, m, S->prec);
        arb_mat_det(d, a, S->prec);
        r = wk_real_arb(d);
        arb_clear(d);
        arb_mat_clear(a);
        return r;
    }
    case MK_CPLX: {
        acb_mat_t a;
        acb_t d;
        wk_value r;
        acb_mat_init(a, n, n);
        acb_init(d);
        wk_get_acb_mat(a, m, S->prec);
        acb_mat_det(d, a, S->prec);
        r = wk_num_acb(d);
        acb_clear(d);
        acb_mat_clear(a);
        return r;
    }
    default:
        return bareiss(S, m, &rk, 1);
    }
}

slong wk_mat_rank(wk_state *S, const wk_value *m)
{
    slong r, c, rk;
    dims(S, m, &r, &c);
    switch (wk_mat_kind(m)) {
    case MK_EXACT: {
        fmpq_mat_t a, b;
        fmpq_mat_init(a, r, c);
        fmpq_mat_init(b, r, c);
        wk_get_fmpq_mat(a, m);
        rk = fmpq_mat_rref(b, a);
        fmpq_mat_clear(a);
        fmpq_mat_clear(b);
        return rk;
    }
    case MK_GEN:
        bareiss(S, m, &rk, 0);
        return rk;
    default:
        wk_bi_error(S, "the rank of a matrix of balls is not decidable; use exact entries");
    }
}

/* Gauss-Jordan inverse over any exact field of values */
static wk_value gen_inverse(wk_state *S, const wk_value *m, slong n)
{
    slong top = S->top, i, j, k;
    wk_value *a = &S->stk[S->top], *t1, *t2, *t3, res;
    for (i = 0; i < n; i++)
        for (j = 0; j < 2 * n; j++) {
            wk_value *x = wk_push(S);
            if (j < n) wk_copy(x, wk_mat_get(m, i, j));
            else *x = wk_int_si(i == j - n);
        }
    t1 = wk_push(S); t2 = wk_push(S); t3 = wk_push(S);
    for (k = 0; k < n; k++) {
        slong p = -1;
        wk_check_interrupt(S);
        for (i = k; i < n; i++)
            if (!(a[i * 2 * n + k].t == T_INT && fmpz_is_zero(&a[i * 2 * n + k].u.z))) { p = i; break; }
        if (p < 0) wk_bi_error(S, "matrix is singular");
        if (p != k)
            for (j = 0; j < 2 * n; j++) {
                wk_value t = a[p * 2 * n + j];
                a[p * 2 * n + j] = a[k * 2 * n + j];
                a[k * 2 * n + j] = t;
            }
        wk_assign(t1, &a[k * 2 * n + k]);
        for (j = 0; j < 2 * n; j++) {
            wk_arith(S, OP_DIV, &a[k * 2 * n + j], t1, t2);
            set_out(&a[k * 2 * n + j], *t2);
            t2->t = T_NIL;
        }
        for (i = 0; i < n; i++) {
            if (i == k) continue;
            wk_assign(t1, &a[i * 2 * n + k]);
            if (t1->t == T_INT && fmpz_is_zero(&t1->u.z)) continue;
            for (j = 0; j < 2 * n; j++) {
                wk_arith(S, OP_MUL, t1, &a[k * 2 * n + j], t2);
                wk_arith(S, OP_SUB, &a[i * 2 * n + j], t2, t3);
                set_out(&a[i * 2 * n + j], *t3);
                t3->t = T_NIL;
            }
        }
    }
    res = wk_mat_new(n, n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            wk_value x;
            wk_copy(&x, &a[i * 2 * n + n + j]);
            wk_mat_set(&res, i, j, x);
        }
    wk_popto(S, top);
    return res;
}

wk_value wk_mat_inverse(wk_state *S, const wk_value *m)
{
    slong n;
    square(S, m, &n);
    switch (wk_mat_kind(m)) {
    case MK_EXACT: {
        fmpq_mat_t a, b;
        wk_value r;
        int ok;
        fmpq_mat_init(a, n, n);
        fmpq_mat_init(b, n, n);
        wk_get_fmpq_mat(a, m);
        ok = fmpq_mat_inv(b, a);
        r = ok ? wk_mat_from_fmpq_mat(b) : wk_nil();
        fmpq_mat_clear(a);
        fmpq_mat_clear(b);
        if (!ok) wk_throw(S, WK_ERR_DOMAIN, "%s: matrix is singular", S->cur_be ? wk_bi_name(S) : "inverse");
        return r;
    }
    case MK_REAL: {
        arb_mat_t a, b;
        wk_value r;
        int ok;
        arb_mat_init(a, n, n);
        arb_mat_init(b, n, n);
        wk_get_arb_mat(a, m, S->prec);
        ok = arb_mat_inv(b, a, S->prec);
        r = ok ? wk_mat_from_arb_mat(b) : wk_nil();
        arb_mat_clear(a);
        arb_mat_clear(b);
        if (!ok) wk_throw(S, WK_ERR_DOMAIN, "matrix is singular or too ill-conditioned at %ld bits", (long) S->prec);
        return r;
    }
    case MK_CPLX: {
        acb_mat_t a, b;
        wk_value r;
        int ok;
        acb_mat_init(a, n, n);
        acb_mat_init(b, n, n);
        wk_get_acb_mat(a, m, S->prec);
        ok = acb_mat_inv(b, a, S->prec);
        r = ok ? wk_mat_from_acb_mat(b) : wk_nil();
        acb_mat_clear(a);
        acb_mat_clear(b);
        if (!ok) wk_throw(S, WK_ERR_DOMAIN, "matrix is singular or too ill-conditioned at %ld bits", (long) S->prec);
        return r;
    }
    default:
        return gen_inverse(S, m, n);
    }
}

wk_value wk_mat_solve(wk_state *S, const wk_value *a, const wk_value *b)
{
    slong n, r2, c2;
    int vec = 0;
    wk_value *bb = wk_push(S), *inv = wk_push(S), res;
    square(S, a, &n);
    if (b->t == T_LIST && wk_list_len(b) >= 0 && !wk_mat_dims(b, &r2, &c2)) {
        slong i;
        vec = 1;
        *bb = wk_mat_new(wk_list_len(b), 1);
        for (i = 0; i < wk_list_len(b); i++) {
            wk_value x;
            wk_copy(&x, wk_list_get(b, i));
            wk_mat_set(bb, i, 0, x);
        }
    } else {
        wk_copy(bb, b);
    }
    if (!wk_mat_dims(bb, &r2, &c2))
        wk_arg_error(S, 1, "right-hand side must be a vector or a matrix");
    if (r2 != n)
        wk_bi_error(S, "matrix is %ldx%ld but the right-hand side has %ld rows", (long) n, (long) n, (long) r2);
    if (wk_mat_kind(a) == MK_EXACT && wk_mat_kind(bb) == MK_EXACT) {
        fmpq_mat_t A, B, X;
        int ok;
        fmpq_mat_init(A, n, n); fmpq_mat_init(B, n, c2); fmpq_mat_init(X, n, c2);
        wk_get_fmpq_mat(A, a);
        wk_get_fmpq_mat(B, bb);
        ok = fmpq_mat_solve_fraction_free(X, A, B);
        res = ok ? wk_mat_from_fmpq_mat(X) : wk_nil();
        fmpq_mat_clear(A); fmpq_mat_clear(B); fmpq_mat_clear(X);
        if (!ok) wk_bi_error(S, "matrix is singular");
    } else {
        *inv = wk_mat_inverse(S, a);
        res = wk_mat_mul(S, inv, bb);
    }
    if (vec) {
        wk_value l = wk_list_new(n);
        slong i;
        for (i = 0; i < n; i++) {
            wk_value x;
            wk_copy(&x, wk_mat_get(&res, i, 0));
            wk_list_push(&l, x);
        }
        wk_release(&res);
        res = l;
    }
    wk_pop(S); wk_pop(S);
    return res;
}

wk_value wk_mat_rref(wk_state *S, const wk_value *m)
{
    slong r, c;
    fmpq_mat_t a, b;
    wk_value res;
    dims(S, m, &r, &c);
    if (wk_mat_kind(m) != MK_EXACT) wk_bi_error(S, "needs a matrix with rational entries");
    fmpq_mat_init(a, r, c);
    fmpq_mat_init(b, r, c);
    wk_get_fmpq_mat(a, m);
    fmpq_mat_rref(b, a);
    res = wk_mat_from_fmpq_mat(b);
    fmpq_mat_clear(a);
    fmpq_mat_clear(b);
    return res;
}

wk_value wk_mat_kernel(wk_state *S, const wk_value *m)
{
    slong r, c, i, j, k, rank;
    fmpq_mat_t a, b;
    slong *pivcol;
    wk_value res;
    dims(S, m, &r, &c);
    if (wk_mat_kind(m) != MK_EXACT) wk_bi_error(S, "needs a matrix with rational entries");
    fmpq_mat_init(a, r, c);
    fmpq_mat_init(b, r, c);
    wk_get_fmpq_mat(a, m);
    rank = fmpq_mat_rref(b, a);
    pivcol = flint_malloc((c + 1) * sizeof(slong));
    for (i = 0, j = 0; i < rank; i++) {
        while (fmpq_is_zero(fmpq_mat_entry(b, i, j))) j++;
        pivcol[i] = j;
    }
    res = wk_list_new(c - rank);
    for (k = 0; k < c; k++) {
        int piv = 0;
        wk_value v;
        for (i = 0; i < rank; i++) if (pivcol[i] == k) piv = 1;
        if (piv) continue;
        v = wk_list_new(c);
        for (j = 0; j < c; j++) {
            fmpq_t x;
            fmpq_init(x);
            if (j == k) fmpq_one(x);
            else
                for (i = 0; i < rank; i++)
                    if (pivcol[i] == j) fmpq_neg(x, fmpq_mat_entry(b, i, k));
            wk_list_push(&v, wk_rat_fmpq(x));
            fmpq_clear(x);
        }
        wk_list_push(&res, v);
    }
    flint_free(pivcol);
    fmpq_mat_clear(a);
    fmpq_mat_clear(b);
    return res;
}
