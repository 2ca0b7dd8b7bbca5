/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_linalg.c: linear algebra builtins (exact over Q, certified over balls,
   fraction-free over polynomial entries). */
#include <string.h>
#include "linalg.h"

static wk_value bi_det(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return wk_mat_det(S, &argv[0]);
}

static wk_value bi_rank(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return wk_int_si(wk_mat_rank(S, &argv[0]));
}

static wk_value bi_inverse(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (wk_is_number(&argv[0]) || argv[0].t == T_POLY || argv[0].t == T_SER) {
        wk_value one = wk_int_si(1);
        wk_value r = wk_div(S, &one, &argv[0]);
        wk_release(&one);
        return r;
    }
    if (argv[0].t == T_PERM) {
        wk_value m1 = wk_int_si(-1);
        wk_value r = wk_pow(S, &argv[0], &m1);
        wk_release(&m1);
        return r;
    }
    {
        slong r, c;
        if (!wk_mat_dims(&argv[0], &r, &c)) wk_arg_error(S, 0, "inverse needs a matrix, a number, a series or a permutation");
    }
    return wk_mat_inverse(S, &argv[0]);
}

static wk_value bi_transpose(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return wk_mat_transpose(S, &argv[0]);
}

static wk_value bi_trace(wk_state *S, int argc, const wk_value *argv)
{
    slong r, c, i;
    wk_value *acc = wk_push(S), *t = wk_push(S), v;
    (void) argc;
    wk_arg_mat_dims(S, 0, &r, &c);
    if (r != c) wk_arg_error(S, 0, "matrix is %ldx%ld, not square", (long) r, (long) c);
    *acc = wk_int_si(0);
    for (i = 0; i < r; i++) {
        wk_arith(S, OP_ADD, acc, wk_mat_get(&argv[0], i, i), t);
        wk_release(acc);
        *acc = *t;
        t->t = T_NIL;
    }
    v = *acc;
    acc->t = T_NIL;
    wk_pop(S); wk_pop(S);
    return v;
}

static slong default_var(wk_state *S, int argc, const wk_value *argv, int i)
{
    slong id;
    if (argc > i) {
        if (!wk_poly_is_var(&argv[i], &id)) wk_arg_error(S, i, "argument %d must be a declared variable", i + 1);
        return id;
    }
    return wk_var_id(S, "x");
}

static wk_value bi_charpoly(wk_state *S, int argc, const wk_value *argv)
{
    slong n, c, id = default_var(S, argc, argv, 1);
    fmpq_mat_t a;
    fmpq_poly_t p;
    wk_pctx *ctx;
    fmpq_mpoly_t m;
    wk_value v;
    wk_arg_mat_dims(S, 0, &n, &c);
    if (n != c) wk_arg_error(S, 0, "matrix is %ldx%ld, not square", (long) n, (long) c);
    if (wk_mat_kind(&argv[0]) != MK_EXACT)
        wk_arg_error(S, 0, "charpoly needs rational entries (the characteristic polynomial of balls is not exact)");
    fmpq_mat_init(a, n, n);
    fmpq_poly_init(p);
    wk_get_fmpq_mat(a, &argv[0]);
    fmpq_mat_charpoly(p, a);
    ctx = wk_pctx_get(&id, 1);
    fmpq_mpoly_init(m, ctx->ctx);
    fmpq_mpoly_set_fmpq_poly(m, p, 0, ctx->ctx);
    v = wk_poly_make(ctx, m, NULL);
    fmpq_mpoly_clear(m, ctx->ctx);
    fmpq_poly_clear(p);
    fmpq_mat_clear(a);
    return v;
}

static wk_value bi_minpoly(wk_state *S, int argc, const wk_value *argv)
{
    slong n, c, id = default_var(S, argc, argv, 1);
    fmpq_mat_t a;
    fmpq_poly_t p;
    wk_pctx *ctx;
    fmpq_mpoly_t m;
    wk_value v;
    wk_arg_mat_dims(S, 0, &n, &c);
    if (n != c) wk_arg_error(S, 0, "matrix is %ldx%ld, not square", (long) n, (long) c);
    if (wk_mat_kind(&argv[0]) != MK_EXACT) wk_arg_error(S, 0, "minpoly needs rational entries");
    fmpq_mat_init(a, n, n);
    fmpq_poly_init(p);
    wk_get_fmpq_mat(a, &argv[0]);
    fmpq_mat_minpoly(p, a);
    ctx = wk_pctx_get(&id, 1);
    fmpq_mpoly_init(m, ctx->ctx);
    fmpq_mpoly_set_fmpq_poly(m, p, 0, ctx->ctx);
    v = wk_poly_make(ctx, m, NULL);
    fmpq_mpoly_clear(m, ctx->ctx);
    fmpq_poly_clear(p);
    fmpq_mat_clear(a);
    return v;
}

static wk_value bi_kron(wk_state *S, int argc, const wk_value *argv)
{
    slong r1, c1, r2, c2, i, j, k, l;
    wk_value *res = wk_push(S), *t = wk_push(S), v;
    (void) argc;
    wk_arg_mat_dims(S, 0, &r1, &c1);
    wk_arg_mat_dims(S, 1, &r2, &c2);
    if ((double) r1 * r2 * c1 * c2 > 1e8) wk_bi_error(S, "the product would have more than 10^8 entries");
    *res = wk_mat_new(r1 * r2, c1 * c2);
    for (i = 0; i < r1; i++)
        for (j = 0; j < c1; j++)
            for (k = 0; k < r2; k++)
                for (l = 0; l < c2; l++) {
                    wk_arith(S, OP_MUL, wk_mat_get(&argv[0], i, j), wk_mat_get(&argv[1], k, l), t);
                    wk_mat_set(res, i * r2 + k, j * c2 + l, *t);
                    t->t = T_NIL;
                }
    v = *res;
    res->t = T_NIL;
    wk_pop(S); wk_pop(S);
    return v;
}

static wk_value bi_identity(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, 0, 10000);
    (void) argc; (void) argv;
    return wk_mat_identity(n);
}

static wk_value bi_zero(wk_state *S, int argc, const wk_value *argv)
{
    slong r = wk_arg_si(S, 0, 0, 100000), c = argc > 1 ? wk_arg_si(S, 1, 0, 100000) : r;
    (void) argv;
    if ((double) r * c > 1e8) wk_bi_error(S, "more than 10^8 entries");
    return wk_mat_new(r, c);
}

static wk_value bi_solve(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return wk_mat_solve(S, &argv[0], &argv[1]);
}

static wk_value bi_norm(wk_state *S, int argc, const wk_value *argv)
{
    slong r, c, i;
    (void) argc;
    if (wk_is_number(&argv[0])) {
        const wk_value *a = &argv[0];
        if (a->t == T_CPLX) {
            arb_t x;
            wk_value v;
            arb_init(x);
            acb_abs(x, ((const wk_cplx *) a->u.h)->x, S->prec);
            v = wk_real_arb(x);
            arb_clear(x);
            return v;
        }
        {
            wk_value z = wk_int_si(0), v;
            int neg = wk_cmp(S, a, &z) < 0;
            wk_release(&z);
            if (neg) return wk_neg(S, a);
            wk_copy(&v, a);
            return v;
        }
    }
    {
        /* Frobenius (Euclidean for vectors); exact when the sum of squares is a square */
        const wk_value **e;
        slong n;
        int exact = 1;
        wk_value v;
        if (argv[0].t == T_LIST && !wk_mat_dims(&argv[0], &r, &c)) {
            n = wk_list_len(&argv[0]);
            e = flint_malloc((n + 1) * sizeof(wk_value *));
            for (i = 0; i < n; i++) e[i] = wk_list_get(&argv[0], i);
        } else if (wk_mat_dims(&argv[0], &r, &c)) {
            n = r * c;
            e = flint_malloc((n + 1) * sizeof(wk_value *));
            for (i = 0; i < n; i++) e[i] = wk_mat_get(&argv[0], i / c, i % c);
        } else {
            wk_arg_error(S, 0, "norm needs a number, a vector or a matrix, got %s", wk_type_name(&argv[0]));
        }
        for (i = 0; i < n; i++) {
            if (!wk_is_number(e[i])) { flint_free(e); wk_arg_error(S, 0, "entries must be numbers"); }
            if (!wk_is_exact_number(e[i])) exact = 0;
        }
        if (exact) {
            fmpq_t qa, qx;
            const wk_bientry *be = wk_builtin_find("sqrt");
            wk_value *sq;
            fmpq_init(qa); fmpq_init(qx);
            for (i = 0; i < n; i++) {
                wk_get_fmpq(qx, e[i]);
                fmpq_addmul(qa, qx, qx);
            }
            sq = wk_root(S, wk_rat_fmpq(qa));
            fmpq_clear(qa); fmpq_clear(qx);
            flint_free(e);
            return be->b->fn(S, 1, sq);   /* the sqrt builtin's exact rule */
        } else {
            acb_t x;
            arb_t acc, t;
            acb_init(x); arb_init(acc); arb_init(t);
            for (i = 0; i < n; i++) {
                wk_get_acb(x, e[i], S->prec);
                acb_abs(t, x, S->prec);
                arb_addmul(acc, t, t, S->prec);
            }
            arb_sqrtpos(acc, acc, S->prec);
            v = wk_real_arb(acc);
            acb_clear(x); arb_clear(acc); arb_clear(t);
            flint_free(e);
            return v;
        }
    }
}

static wk_value bi_matrix(wk_state *S, int argc, const wk_value *argv)
{
    slong r = wk_arg_si(S, 0, 0, 100000), c = wk_arg_si(S, 1, 0, 100000), i, j;
    wk_value *m = wk_push(S), v;
    (void) argc;
    if ((double) r * c > 1e8) wk_bi_error(S, "more than 10^8 entries");
    *m = wk_mat_new(r, c);
    for (i = 0; i < r; i++)
        for (j = 0; j < c; j++) {
            wk_value a[2];
            a[0] = wk_int_si(i + 1);
            a[1] = wk_int_si(j + 1);
            wk_mat_set(m, i, j, wk_call(S, &argv[2], 2, a));
            wk_release(&a[0]);
            wk_release(&a[1]);
        }
    v = *m;
    m->t = T_NIL;
    wk_pop(S);
    return v;
}

static wk_value bi_mat(wk_state *S, int argc, const wk_value *argv)
{
    wk_value m;
    (void) argc;
    if (argv[0].t == T_MAT) { wk_copy(&m, &argv[0]); return m; }
    if (argv[0].t == T_LIST && wk_list_len(&argv[0]) > 0 && wk_list_get(&argv[0], 0)->t != T_LIST) {
        /* a vector becomes a column */
        slong n = wk_list_len(&argv[0]), i;
        m = wk_mat_new(n, 1);
        for (i = 0; i < n; i++) {
            wk_value x;
            wk_copy(&x, wk_list_get(&argv[0], i));
            wk_mat_set(&m, i, 0, x);
        }
        return m;
    }
    if (!wk_list_to_mat(&argv[0], &m))
        wk_arg_error(S, 0, "mat needs a list of equal-length lists of scalars");
    return m;
}

static wk_value bi_diag(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_list_len(&argv[0]), i;
    wk_value m;
    (void) argc; (void) S;
    m = wk_mat_new(n, n);
    for (i = 0; i < n; i++) {
        wk_value x;
        wk_copy(&x, wk_list_get(&argv[0], i));
        wk_mat_set(&m, i, i, x);
    }
    return m;
}

static wk_value bi_dims(wk_state *S, int argc, const wk_value *argv)
{
    slong r, c;
    wk_value l = wk_list_new(2);
    (void) argc;
    if (!wk_mat_dims(&argv[0], &r, &c)) { wk_release(&l); wk_arg_error(S, 0, "dims needs a matrix"); }
    wk_list_push(&l, wk_int_si(r));
    wk_list_push(&l, wk_int_si(c));
    return l;
}

static wk_value bi_kernel(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return wk_mat_kernel(S, &argv[0]);
}

static wk_value bi_rref(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return wk_mat_rref(S, &argv[0]);
}

static const wk_builtin linalg_builtins[] = {
    {"det", "M", bi_det, "det(M): determinant (exact over Q, a ball for ball entries, exact for polynomial entries).",
     "Matrices may be written [a, b; c, d] or as lists of rows [[a, b], [c, d]].", "det([1, 2; 3, 4]) == -2"},
    {"rank", "M", bi_rank, "rank(M): rank of a matrix with exact entries.", "", "rank([1, 2; 2, 4]) == 1"},
    {"inverse", "A", bi_inverse, "inverse(M): inverse of a matrix (also of a number, series or permutation).",
     "A singular matrix is an error that says so.", "inverse([2, 0; 0, 4]) == [1/2, 0; 0, 1/4]"},
    {"transpose", "M", bi_transpose, "transpose(M): the transposed matrix.", "", "transpose([1, 2; 3, 4]) == [1, 3; 2, 4]"},
    {"trace", "M", bi_trace, "trace(M): sum of the diagonal entries.", "", "trace([1, 2; 3, 4]) == 5"},
    {"charpoly", "M[V]", bi_charpoly, "charpoly(M, x): characteristic polynomial det(x I - M) (variable x by default).",
     "Exact entries only.", "var x; charpoly([1, 2; 3, 4], x) == x^2 - 5*x - 2"},
    {"minpoly", "M[V]", bi_minpoly, "minpoly(M, x): minimal polynomial of a rational matrix.", "",
     "var x; minpoly(identity(3), x) == x - 1"},
    {"kron", "MM", bi_kron, "kron(A, B): Kronecker (tensor) product of two matrices.", "Also called kronecker(A, B).",
     "kron(identity(2), [1, 2; 3, 4])[3, 4] == 2"},
    {"kronecker", "MM", bi_kron, "kronecker(A, B): Kronecker (tensor) product of two matrices (same as kron).", "",
     "kronecker([1, 2], [1; 1]) == [1, 2; 1, 2]"},
    {"identity", "N", bi_identity, "identity(n): the n x n identity matrix.", "", "identity(2) == [1, 0; 0, 1]"},
    {"zero", "N[N]", bi_zero, "zero(r, c): the r x c zero matrix (zero(n) is square).", "", "zero(2, 3)[2, 3] == 0"},
    {"solve", "MA", bi_solve, "solve(A, b): the solution x of A x = b (b a vector or a matrix).",
     "Exact over Q; a singular A is an error.", "solve([2, 1; 1, 3], [3, 5]) == [4/5, 7/5]"},
    {"norm", "A", bi_norm, "norm(x): |x| for numbers, the Euclidean norm of a vector, the Frobenius norm of a matrix.",
     "Exact when the result is rational.", "norm([3, 4]) == 5"},
    {"matrix", "ZZF", bi_matrix, "matrix(r, c, f): the r x c matrix with entries f(i, j) (1-based).", "",
     "matrix(2, 2, (i, j) -> i + j) == [2, 3; 3, 4]"},
    {"mat", "A", bi_mat, "mat(rows): a matrix from a list of rows (a plain list becomes a column).", "",
     "mat([[1, 2], [3, 4]]) == [1, 2; 3, 4]"},
    {"diag", "L", bi_diag, "diag(v): the diagonal matrix with diagonal v.", "", "diag([1, 2]) == [1, 0; 0, 2]"},
    {"dims", "A", bi_dims, "dims(M): [rows, columns].", "", "dims([1, 2, 3; 4, 5, 6]) == [2, 3]"},
    {"kernel", "M", bi_kernel, "kernel(M): a basis of the null space {x : M x = 0} as a list of vectors.", "",
     "kernel([1, 1]) == [[-1, 1]]"},
    {"rref", "M", bi_rref, "rref(M): the reduced row echelon form over Q.", "", "rref([2, 4; 1, 3]) == identity(2)"},
    {NULL, NULL, NULL, NULL, NULL, NULL}
};

const wk_module wk_mod_linalg = { "linalg", "matrices: exact over Q, certified over balls", linalg_builtins };
