/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_num.c: number theory on exact integers and rationals, and the real
   and complex functions on Arb balls (exact where the answer is rational). */
#include <string.h>
#include "wk_int.h"
#include <flint/fmpz_factor.h>
#include <flint/arith.h>
#include <flint/fmpq_mpoly_factor.h>
#include <arb_hypgeom.h>
#include <acb_hypgeom.h>
#include "wk_int.h"

/* ---- integers ------------------------------------------------------------------ */
static wk_value gcd_lcm(wk_state *S, int argc, const wk_value *argv, int lcm)
{
    int i, allint = 1, anypoly = 0;
    for (i = 0; i < argc; i++) {
        if (argv[i].t == T_POLY) anypoly = 1;
        else if (argv[i].t != T_INT && argv[i].t != T_RAT)
            wk_arg_error(S, i, "argument %d must be an integer, rational or polynomial, got %s", i + 1, wk_type_name(&argv[i]));
        if (argv[i].t != T_INT) allint = 0;
    }
    if (allint) {
        fmpz_t g;
        wk_value r;
        fmpz_init(g);
        fmpz_set(g, &argv[0].u.z);
        if (lcm && argc == 1) fmpz_abs(g, g);
        for (i = 1; i < argc; i++) {
            if (lcm) fmpz_lcm(g, g, &argv[i].u.z);
            else fmpz_gcd(g, g, &argv[i].u.z);
        }
        if (!lcm) fmpz_abs(g, g);
        r = wk_int_fmpz(g);
        fmpz_clear(g);
        return r;
    }
    if (!anypoly) {
        /* rationals: gcd(a/b, c/d) = gcd(a, c) / lcm(b, d) */
        fmpq_t g, x;
        wk_value r;
        fmpq_init(g); fmpq_init(x);
        wk_get_fmpq(g, &argv[0]);
        fmpq_abs(g, g);
        for (i = 1; i < argc; i++) {
            fmpz_t n, d;
            wk_get_fmpq(x, &argv[i]);
            fmpz_init(n); fmpz_init(d);
            if (lcm) {
                fmpz_lcm(n, fmpq_numref(g), fmpq_numref(x));
                fmpz_gcd(d, fmpq_denref(g), fmpq_denref(x));
            } else {
                fmpz_gcd(n, fmpq_numref(g), fmpq_numref(x));
                fmpz_lcm(d, fmpq_denref(g), fmpq_denref(x));
            }
            fmpq_set_fmpz_frac(g, n, d);
            fmpz_clear(n); fmpz_clear(d);
        }
        fmpq_abs(g, g);
        r = wk_rat_fmpq(g);
        fmpq_clear(g); fmpq_clear(x);
        return r;
    }
    {
        /* polynomials: monic gcd over Q */
        wk_pctx *c = NULL;
        fmpq_mpoly_t g, n, d, t;
        wk_value r;
        for (i = 0; i < argc; i++) {
            if (argv[i].t == T_POLY) {
                const wk_poly *p = (const wk_poly *) argv[i].u.h;
                if (!fmpq_mpoly_is_one(p->den, p->c->ctx))
                    wk_arg_error(S, i, "gcd of rational functions is not defined; use numerators");
                c = c ? wk_pctx_union(c, p->c) : p->c;
            }
        }
        fmpq_mpoly_init(g, c->ctx); fmpq_mpoly_init(n, c->ctx);
        fmpq_mpoly_init(d, c->ctx); fmpq_mpoly_init(t, c->ctx);
        wk_poly_to_ctx(S, g, d, &argv[0], c);
        for (i = 1; i < argc; i++) {
            wk_poly_to_ctx(S, n, d, &argv[i], c);
            if (lcm) {
                if (fmpq_mpoly_is_zero(g, c->ctx) || fmpq_mpoly_is_zero(n, c->ctx)) fmpq_mpoly_zero(g, c->ctx);
                else {
                    fmpq_mpoly_gcd(t, g, n, c->ctx);
                    fmpq_mpoly_mul(g, g, n, c->ctx);
                    fmpq_mpoly_divides(g, g, t, c->ctx);
                }
            } else {
                fmpq_mpoly_gcd(g, g, n, c->ctx);
            }
        }
        if (!fmpq_mpoly_is_zero(g, c->ctx)) fmpq_mpoly_make_monic(g, g, c->ctx);
        r = wk_poly_make(c, g, NULL);
        fmpq_mpoly_clear(g, c->ctx); fmpq_mpoly_clear(n, c->ctx);
        fmpq_mpoly_clear(d, c->ctx); fmpq_mpoly_clear(t, c->ctx);
        return r;
    }
}

static wk_value bi_gcd(wk_state *S, int argc, const wk_value *argv) { return gcd_lcm(S, argc, argv, 0); }
static wk_value bi_lcm(wk_state *S, int argc, const wk_value *argv) { return gcd_lcm(S, argc, argv, 1); }

static wk_value pair(wk_value a, wk_value b)
{
    wk_value l = wk_list_new(2);
    wk_list_push(&l, a);
    wk_list_push(&l, b);
    return l;
}

static wk_value bi_factor(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_INT || argv[0].t == T_RAT) {
        fmpz_factor_t f;
        fmpq_t q;
        wk_value l;
        slong i;
        fmpq_init(q);
        wk_get_fmpq(q, &argv[0]);
        if (fmpq_is_zero(q)) { fmpq_clear(q); wk_arg_error(S, 0, "cannot factor 0"); }
        if (fmpz_bits(fmpq_numref(q)) > 200 || fmpz_bits(fmpq_denref(q)) > 200) {
            /* FLINT's factoring cannot be interrupted: keep it to sizes that finish quickly */
            fmpq_clear(q);
            wk_arg_error(S, 0, "integer too large to factor here (more than 200 bits)");
        }
        l = wk_list_new(8);
        if (fmpq_sgn(q) < 0) wk_list_push(&l, pair(wk_int_si(-1), wk_int_si(1)));
        fmpz_factor_init(f);
        fmpz_factor(f, fmpq_numref(q));
        for (i = 0; i < f->num; i++) wk_list_push(&l, pair(wk_int_fmpz(f->p + i), wk_int_si(f->exp[i])));
        fmpz_factor_clear(f);
        fmpz_factor_init(f);
        fmpz_factor(f, fmpq_denref(q));
        for (i = 0; i < f->num; i++) wk_list_push(&l, pair(wk_int_fmpz(f->p + i), wk_int_si(-(slong) f->exp[i])));
        fmpz_factor_clear(f);
        fmpq_clear(q);
        if (argv[0].t == T_RAT) {
            /* sort by prime when a denominator contributed */
            slong n = wk_list_len(&l), a, b;
            wk_list *L = (wk_list *) l.u.h;
            for (a = 1; a < n; a++)
                for (b = a; b > 0; b--) {
                    const wk_value *x = wk_list_get(&L->v[b - 1], 0), *y = wk_list_get(&L->v[b], 0);
                    if (fmpz_cmp(&x->u.z, &y->u.z) > 0) {
                        wk_value t = L->v[b - 1];
                        L->v[b - 1] = L->v[b];
                        L->v[b] = t;
                    } else break;
                }
        }
        return l;
    }
    if (argv[0].t == T_POLY) {
        const wk_poly *p = (const wk_poly *) argv[0].u.h;
        fmpq_mpoly_factor_t f;
        fmpq_mpoly_t b;
        fmpq_t c;
        wk_value l;
        slong i;
        if (!fmpq_mpoly_is_one(p->den, p->c->ctx))
            wk_arg_error(S, 0, "factor a rational function through numer() and denom()");
        fmpq_mpoly_factor_init(f, p->c->ctx);
        if (!fmpq_mpoly_factor(f, p->num, p->c->ctx)) {
            fmpq_mpoly_factor_clear(f, p->c->ctx);
            wk_bi_error(S, "polynomial factorisation failed");
        }
        fmpq_mpoly_init(b, p->c->ctx);
        fmpq_init(c);
        l = wk_list_new(8);
        fmpq_mpoly_factor_get_constant_fmpq(c, f, p->c->ctx);
        if (!fmpq_is_one(c)) wk_list_push(&l, pair(wk_rat_fmpq(c), wk_int_si(1)));
        for (i = 0; i < f->num; i++) {
            fmpq_mpoly_factor_get_base(b, f, i, p->c->ctx);
            wk_list_push(&l, pair(wk_poly_make(p->c, b, NULL), wk_int_si(fmpq_mpoly_factor_get_exp_si(f, i, p->c->ctx))));
        }
        fmpq_clear(c);
        fmpq_mpoly_clear(b, p->c->ctx);
        fmpq_mpoly_factor_clear(f, p->c->ctx);
        return l;
    }
    wk_arg_error(S, 0, "factor needs an integer, a rational or a polynomial, got %s", wk_type_name(&argv[0]));
}

static wk_value bi_isprime(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (fmpz_sgn(&argv[0].u.z) <= 0) return wk_bool(0);
    if (fmpz_bits(&argv[0].u.z) > 2000)
        wk_arg_error(S, 0, "a %ld-bit number is too large to prove prime here (limit 2000 bits)",
                     (long) fmpz_bits(&argv[0].u.z));
    return wk_bool(fmpz_is_prime(&argv[0].u.z));
}

static wk_value bi_nextprime(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_t p;
    wk_value r;
    (void) argc;
    if (fmpz_bits(&argv[0].u.z) > 2000)
        wk_arg_error(S, 0, "a %ld-bit number is too large here (limit 2000 bits)", (long) fmpz_bits(&argv[0].u.z));
    fmpz_init(p);
    if (fmpz_cmp_si(&argv[0].u.z, 2) < 0) fmpz_set_si(p, 2);
    else {
        fmpz_sub_ui(p, &argv[0].u.z, 1);
        fmpz_nextprime(p, p, 1);
    }
    r = wk_int_fmpz(p);
    fmpz_clear(p);
    return r;
}

static wk_value bi_binomial(wk_state *S, int argc, const wk_value *argv)
{
    slong k;
    (void) argc;
    k = wk_arg_si(S, 1, WORD_MIN, WORD_MAX);
    if (k < 0) return wk_int_si(0);
    if (argv[0].t == T_INT && fmpz_sgn(&argv[0].u.z) >= 0 && fmpz_fits_si(&argv[0].u.z)) {
        fmpz_t r;
        wk_value v;
        ulong n = fmpz_get_ui(&argv[0].u.z);
        if (n < (ulong) k) return wk_int_si(0);
        if (k > 10000000 && n - k > 10000000) wk_bi_error(S, "binomial(%lu, %ld) is too large", n, (long) k);
        fmpz_init(r);
        fmpz_bin_uiui(r, n, (ulong) k);
        v = wk_int_fmpz(r);
        fmpz_clear(r);
        return v;
    }
    {
        /* general n: n (n-1) ... (n-k+1) / k! */
        wk_value *acc = wk_push(S), *t = wk_push(S), *u = wk_push(S), r;
        slong i;
        if (k > 100000) wk_bi_error(S, "k = %ld is too large for a symbolic binomial", (long) k);
        *acc = wk_int_si(1);
        for (i = 0; i < k; i++) {
            wk_value ii = wk_int_si(i), kk = wk_int_si(i + 1);
            wk_release(t);
            *t = wk_sub(S, &argv[0], &ii);
            wk_release(u);
            *u = wk_mul(S, acc, t);
            wk_release(acc);
            *acc = wk_div(S, u, &kk);
            wk_release(&ii);
            wk_release(&kk);
        }
        r = *acc;
        acc->t = T_NIL;
        wk_pop(S); wk_pop(S); wk_pop(S);
        return r;
    }
}

static wk_value bi_factorial(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, 0, 5000000);
    fmpz_t r;
    wk_value v;
    (void) argc; (void) argv;
    fmpz_init(r);
    fmpz_fac_ui(r, n);
    v = wk_int_fmpz(r);
    fmpz_clear(r);
    return v;
}

static int cmp_fmpz(const void *a, const void *b) { return fmpz_cmp((const fmpz *) a, (const fmpz *) b); }

static wk_value bi_divisors(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_factor_t f;
    fmpz *d;
    slong nd = 1, i, j, k, cnt;
    wk_value l;
    fmpz_t n;
    (void) argc;
    fmpz_init(n);
    fmpz_abs(n, &argv[0].u.z);
    if (fmpz_is_zero(n)) { fmpz_clear(n); wk_arg_error(S, 0, "0 has infinitely many divisors"); }
    if (fmpz_bits(n) > 200) { fmpz_clear(n); wk_arg_error(S, 0, "integer too large (more than 200 bits)"); }
    fmpz_factor_init(f);
    fmpz_factor(f, n);
    for (i = 0; i < f->num; i++) {
        nd *= (f->exp[i] + 1);
        if (nd > 10000000) { fmpz_factor_clear(f); fmpz_clear(n); wk_bi_error(S, "more than 10^7 divisors"); }
    }
    d = _fmpz_vec_init(nd);
    fmpz_one(d);
    cnt = 1;
    for (i = 0; i < f->num; i++) {
        slong c0 = cnt;
        fmpz_t pk;
        fmpz_init_set_ui(pk, 1);
        for (k = 1; k <= (slong) f->exp[i]; k++) {
            fmpz_mul(pk, pk, f->p + i);
            for (j = 0; j < c0; j++) fmpz_mul(d + cnt++, d + j, pk);
        }
        fmpz_clear(pk);
    }
    qsort(d, nd, sizeof(fmpz), cmp_fmpz);
    l = wk_list_from_fmpz(d, nd);
    _fmpz_vec_clear(d, nd);
    fmpz_factor_clear(f);
    fmpz_clear(n);
    return l;
}

static wk_value bi_eulerphi(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_t r;
    wk_value v;
    (void) argc;
    if (fmpz_sgn(&argv[0].u.z) <= 0) wk_arg_error(S, 0, "eulerphi needs a positive integer");
    if (fmpz_bits(&argv[0].u.z) > 200) wk_arg_error(S, 0, "integer too large (more than 200 bits)");
    fmpz_init(r);
    fmpz_euler_phi(r, &argv[0].u.z);
    v = wk_int_fmpz(r);
    fmpz_clear(r);
    return v;
}

static wk_value bi_moebius(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (fmpz_sgn(&argv[0].u.z) <= 0) wk_arg_error(S, 0, "moebius needs a positive integer");
    if (fmpz_bits(&argv[0].u.z) > 200) wk_arg_error(S, 0, "integer too large (more than 200 bits)");
    return wk_int_si(fmpz_moebius_mu(&argv[0].u.z));
}

static wk_value bi_isqrt(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_t r;
    wk_value v;
    (void) argc;
    if (fmpz_sgn(&argv[0].u.z) < 0) wk_arg_error(S, 0, "isqrt needs a nonnegative integer");
    fmpz_init(r);
    fmpz_sqrt(r, &argv[0].u.z);
    v = wk_int_fmpz(r);
    fmpz_clear(r);
    return v;
}

static wk_value bi_valuation(wk_state *S, int argc, const wk_value *argv)
{
    fmpq_t x;
    fmpz_t p, t;
    slong v = 0;
    (void) argc;
    fmpq_init(x);
    fmpz_init(p);
    fmpz_init(t);
    wk_get_fmpq(x, &argv[0]);
    wk_arg_fmpz(S, 1, p);
    if (fmpz_cmp_si(p, 2) < 0) { fmpq_clear(x); fmpz_clear(p); fmpz_clear(t); wk_arg_error(S, 1, "p must be at least 2"); }
    if (fmpq_is_zero(x)) { fmpq_clear(x); fmpz_clear(p); fmpz_clear(t); wk_arg_error(S, 0, "the valuation of 0 is infinite"); }
    fmpz_set(t, fmpq_numref(x));
    v = fmpz_remove(t, t, p);
    fmpz_set(t, fmpq_denref(x));
    v -= fmpz_remove(t, t, p);
    fmpq_clear(x); fmpz_clear(p); fmpz_clear(t);
    return wk_int_si(v);
}

static wk_value bi_fibonacci(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, 0, 100000000);
    fmpz_t r;
    wk_value v;
    (void) argc; (void) argv;
    fmpz_init(r);
    fmpz_fib_ui(r, n);
    v = wk_int_fmpz(r);
    fmpz_clear(r);
    return v;
}

static wk_value bi_partitions(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, -1000000000, 1000000000);
    fmpz_t r;
    wk_value v;
    (void) argc; (void) argv;
    if (n < 0) return wk_int_si(0);
    fmpz_init(r);
    arith_number_of_partitions(r, (ulong) n);
    v = wk_int_fmpz(r);
    fmpz_clear(r);
    return v;
}

static wk_value bi_numerator(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_INT) { wk_value v; wk_copy(&v, &argv[0]); return v; }
    if (argv[0].t == T_RAT) return wk_int_fmpz(fmpq_numref(((const wk_rat *) argv[0].u.h)->q));
    if (argv[0].t == T_POLY) {
        const wk_poly *p = (const wk_poly *) argv[0].u.h;
        return wk_poly_make(p->c, p->num, NULL);
    }
    wk_arg_error(S, 0, "numer needs a rational number or a rational function");
}

static wk_value bi_denominator(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_INT) return wk_int_si(1);
    if (argv[0].t == T_RAT) return wk_int_fmpz(fmpq_denref(((const wk_rat *) argv[0].u.h)->q));
    if (argv[0].t == T_POLY) {
        const wk_poly *p = (const wk_poly *) argv[0].u.h;
        return wk_poly_make(p->c, p->den, NULL);
    }
    wk_arg_error(S, 0, "denom needs a rational number or a rational function");
}

/* floor/ceil/round: exact on rationals; on balls only if the integer is certain */
static wk_value rounding(wk_state *S, const wk_value *v, int mode)
{
    if (v->t == T_INT) { wk_value r; wk_copy(&r, v); return r; }
    if (v->t == T_RAT) {
        const fmpq *q = ((const wk_rat *) v->u.h)->q;
        fmpz_t r;
        wk_value out;
        fmpz_init(r);
        if (mode == 0) fmpz_fdiv_q(r, fmpq_numref(q), fmpq_denref(q));
        else if (mode == 1) fmpz_cdiv_q(r, fmpq_numref(q), fmpq_denref(q));
        else {
            /* round half away from zero */
            fmpz_t t;
            fmpz_init(t);
            fmpz_mul_2exp(t, fmpq_numref(q), 1);
            fmpz_add(t, t, fmpz_sgn(fmpq_numref(q)) >= 0 ? fmpq_denref(q) : fmpq_denref(q));
            if (fmpz_sgn(fmpq_numref(q)) >= 0) {
                fmpz_mul_2exp(r, fmpq_denref(q), 1);
                fmpz_fdiv_q(r, t, r);
            } else {
                fmpz_mul_2exp(t, fmpq_numref(q), 1);
                fmpz_sub(t, t, fmpq_denref(q));
                fmpz_mul_2exp(r, fmpq_denref(q), 1);
                fmpz_cdiv_q(r, t, r);
            }
            fmpz_clear(t);
        }
        out = wk_int_fmpz(r);
        fmpz_clear(r);
        return out;
    }
    if (v->t == T_REAL) {
        arb_t x;
        fmpz_t r;
        int ok;
        wk_value out;
        arb_init(x);
        fmpz_init(r);
        if (mode == 0) arb_floor(x, ((const wk_real *) v->u.h)->x, S->prec);
        else if (mode == 1) arb_ceil(x, ((const wk_real *) v->u.h)->x, S->prec);
        else {
            arb_set_d(x, 0.5);
            if (arb_is_negative(((const wk_real *) v->u.h)->x)) {
                arb_sub(x, ((const wk_real *) v->u.h)->x, x, S->prec);
                arb_ceil(x, x, S->prec);
            } else {
                arb_add(x, ((const wk_real *) v->u.h)->x, x, S->prec);
                arb_floor(x, x, S->prec);
            }
        }
        ok = arb_get_unique_fmpz(r, x);
        out = ok ? wk_int_fmpz(r) : wk_nil();
        arb_clear(x);
        fmpz_clear(r);
        if (!ok) wk_bi_error(S, "the ball straddles an integer: raise the precision");
        return out;
    }
    wk_arg_error(S, 0, "needs a real number, got %s", wk_type_name(v));
}

static wk_value bi_floor(wk_state *S, int argc, const wk_value *argv) { (void) argc; return rounding(S, &argv[0], 0); }
static wk_value bi_ceil(wk_state *S, int argc, const wk_value *argv) { (void) argc; return rounding(S, &argv[0], 1); }
static wk_value bi_round(wk_state *S, int argc, const wk_value *argv) { (void) argc; return rounding(S, &argv[0], 2); }

static wk_value bi_sign(wk_state *S, int argc, const wk_value *argv)
{
    wk_value z = wk_int_si(0);
    int c = wk_cmp(S, &argv[0], &z);
    (void) argc;
    wk_release(&z);
    return wk_int_si(c);
}

static const wk_builtin num_builtins[] = {
    {"gcd", "A*", bi_gcd, "gcd(a, b, ...): greatest common divisor of integers, rationals or polynomials.",
     "Nonnegative for integers; monic for polynomials (over Q).", "gcd(12, 18, 27) == 3"},
    {"lcm", "A*", bi_lcm, "lcm(a, b, ...): least common multiple of integers, rationals or polynomials.", "",
     "lcm(4, 6) == 12"},
    {"factor", "A", bi_factor, "factor(n): prime factorisation as a list of [p, e] pairs (also for rationals and polynomials).",
     "factor(-12) == [[-1, 1], [2, 2], [3, 1]]; denominators give negative exponents;\n"
     "polynomials factor over Q into monic irreducibles (with the constant first).\n"
     "Integers up to 200 bits (FLINT's factoring cannot be interrupted).",
     "factor(360) == [[2, 3], [3, 2], [5, 1]]"},
    {"isprime", "Z", bi_isprime, "isprime(n): whether the integer n is prime (proved, not probable).", "",
     "isprime(2^61 - 1)"},
    {"nextprime", "Z", bi_nextprime, "nextprime(n): the least prime >= n.", "", "nextprime(20) == 23"},
    {"binomial", "AZ", bi_binomial, "binomial(n, k): binomial coefficient; n may be any number or polynomial.",
     "binomial(n, k) = n (n-1) ... (n-k+1) / k!, and 0 for k < 0.", "binomial(10, 3) == 120"},
    {"factorial", "N", bi_factorial, "factorial(n): n! exactly.", "", "factorial(20) == 2432902008176640000"},
    {"divisors", "Z", bi_divisors, "divisors(n): the positive divisors of n in increasing order.", "",
     "divisors(12) == [1, 2, 3, 4, 6, 12]"},
    {"eulerphi", "Z", bi_eulerphi, "eulerphi(n): Euler's totient.", "", "eulerphi(36) == 12"},
    {"moebius", "Z", bi_moebius, "moebius(n): the Moebius function.", "", "moebius(30) == -1"},
    {"isqrt", "Z", bi_isqrt, "isqrt(n): floor of the square root of n >= 0.", "", "isqrt(99) == 9"},
    {"valuation", "QZ", bi_valuation, "valuation(x, p): the exponent of p in the rational x.", "",
     "valuation(48, 2) == 4"},
    {"fibonacci", "Z", bi_fibonacci, "fibonacci(n): the n-th Fibonacci number (F(0) = 0, F(1) = 1).", "",
     "fibonacci(10) == 55"},
    {"partitions", "Z", bi_partitions, "partitions(n): the number of partitions of n.",
     "Computed by FLINT's Hardy-Ramanujan-Rademacher implementation.",
     "partitions(100) == 190569292"},
    {"numer", "A", bi_numerator, "numer(x): numerator of a rational number or rational function.", "",
     "numer(6/4) == 3"},
    {"denom", "A", bi_denominator, "denom(x): denominator of a rational number or rational function (monic).", "",
     "denom(6/4) == 2"},
    {"floor", "R", bi_floor, "floor(x): the greatest integer <= x.",
     "Exact on rationals; on a ball only when the integer is certain.", "floor(-7/2) == -4"},
    {"ceil", "R", bi_ceil, "ceil(x): the least integer >= x.", "", "ceil(7/2) == 4"},
    {"round", "R", bi_round, "round(x): the nearest integer (halves away from zero).", "", "round(5/2) == 3"},
    {"sign", "R", bi_sign, "sign(x): -1, 0 or 1.", "", "sign(-3/4) == -1"},
    {NULL, NULL, NULL, NULL, NULL, NULL}
};

const wk_module wk_mod_numbers = { "numbers", "integers and rationals: arithmetic functions", num_builtins };

/* ---- reals and complex balls ------------------------------------------------------------ */
static void to_acb(wk_state *S, int i, const wk_value *v, acb_t x)
{
    if (!wk_get_acb(x, v, S->prec))
        wk_arg_error(S, i, "argument %d must be a number, got %s", i + 1, wk_type_name(v));
}

typedef void (*acb_fn)(acb_t, const acb_t, slong);

/* applies f to a number; real arguments inside the real domain give reals */
static wk_value ball_fn(wk_state *S, const wk_value *v, acb_fn f, const char *name, int (*real_ok)(const arb_t))
{
    acb_t x, y;
    wk_value r;
    acb_init(x);
    acb_init(y);
    to_acb(S, 0, v, x);
    if (real_ok && v->t != T_CPLX && !real_ok(acb_realref(x))) {
        acb_clear(x);
        acb_clear(y);
        wk_bi_error(S, "argument outside the real domain of %s (use a complex number, e.g. x + 0*I)", name);
    }
    f(y, x, S->prec);
    if (!acb_is_finite(y)) {
        acb_clear(x);
        acb_clear(y);
        wk_bi_error(S, "%s is not finite here, or the ball is too wide at %ld bits", name, (long) S->prec);
    }
    if (v->t != T_CPLX && real_ok) arb_zero(acb_imagref(y));
    r = v->t == T_CPLX ? wk_cplx_acb(y) : wk_num_acb(y);
    acb_clear(x);
    acb_clear(y);
    return r;
}

static int pos_ok(const arb_t x) { return arb_is_positive(x); }
static int nonneg_ok(const arb_t x) { return arb_is_nonnegative(x); }
static int any_ok(const arb_t x) { (void) x; return 1; }
static int unit_ok(const arb_t x)
{
    arb_t t;
    int r;
    arb_init(t);
    arb_abs(t, x);
    arb_sub_ui(t, t, 1, 64);
    r = arb_is_nonpositive(t);
    arb_clear(t);
    return r;
}

static wk_value bi_exp(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_SER) {
        const wk_ser *s = (const wk_ser *) argv[0].u.h;
        fmpq_poly_t p, r;
        wk_value v;
        if (!fmpq_poly_is_zero(s->c) && s->val <= 0)
            wk_arg_error(S, 0, "exp of a series needs a zero constant term and no negative powers (got valuation %ld)", (long) s->val);
        fmpq_poly_init(p); fmpq_poly_init(r);
        fmpq_poly_shift_left(p, s->c, s->val);
        fmpq_poly_exp_series(r, p, s->prec);
        v = wk_ser_make(s->var, r, 0, s->prec);
        fmpq_poly_clear(p); fmpq_poly_clear(r);
        return v;
    }
    if (argv[0].t == T_INT && fmpz_is_zero(&argv[0].u.z)) return wk_int_si(1);
    if (argv[0].t == T_MAT) {
        slong n, c;
        acb_mat_t a, b;
        wk_value v;
        wk_arg_mat_dims(S, 0, &n, &c);
        if (n != c) wk_arg_error(S, 0, "exp of a %ldx%ld matrix: not square", (long) n, (long) c);
        acb_mat_init(a, n, n); acb_mat_init(b, n, n);
        if (!wk_get_acb_mat(a, &argv[0], S->prec)) { acb_mat_clear(a); acb_mat_clear(b); wk_arg_error(S, 0, "matrix entries must be numbers"); }
        acb_mat_exp(b, a, S->prec);
        v = wk_mat_from_acb_mat(b);
        acb_mat_clear(a); acb_mat_clear(b);
        return v;
    }
    return ball_fn(S, &argv[0], acb_exp, "exp", any_ok);
}

static wk_value bi_log(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_SER) {
        const wk_ser *s = (const wk_ser *) argv[0].u.h;
        fmpq_t c0;
        fmpq_poly_t r;
        wk_value v;
        fmpq_init(c0);
        if (!fmpq_poly_is_zero(s->c)) fmpq_poly_get_coeff_fmpq(c0, s->c, 0);
        if (s->val != 0 || !fmpq_is_one(c0)) {
            fmpq_clear(c0);
            wk_arg_error(S, 0, "log of a series needs constant term 1 (the log of anything else is not rational)");
        }
        fmpq_clear(c0);
        fmpq_poly_init(r);
        fmpq_poly_log_series(r, s->c, s->prec);
        v = wk_ser_make(s->var, r, 0, s->prec);
        fmpq_poly_clear(r);
        return v;
    }
    if (argv[0].t == T_INT && fmpz_is_one(&argv[0].u.z)) return wk_int_si(0);
    if (wk_is_zero(&argv[0])) wk_arg_error(S, 0, "log(0) is -infinity");
    return ball_fn(S, &argv[0], acb_log, "log", pos_ok);
}

static wk_value bi_sqrt(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_INT || argv[0].t == T_RAT) {
        fmpq_t q;
        fmpz_t a, b;
        int exact = 0, neg;
        wk_value r;
        fmpq_init(q); fmpz_init(a); fmpz_init(b);
        wk_get_fmpq(q, &argv[0]);
        neg = fmpq_sgn(q) < 0;
        if (fmpq_sgn(q) >= 0 && fmpz_is_square(fmpq_numref(q)) && fmpz_is_square(fmpq_denref(q))) {
            fmpz_sqrt(a, fmpq_numref(q));
            fmpz_sqrt(b, fmpq_denref(q));
            fmpq_set_fmpz_frac(q, a, b);
            exact = 1;
        }
        r = exact ? wk_rat_fmpq(q) : wk_nil();
        fmpq_clear(q); fmpz_clear(a); fmpz_clear(b);
        if (exact) return r;
        if (neg) {
            acb_t x, y;
            acb_init(x); acb_init(y);
            wk_get_acb(x, &argv[0], S->prec);
            acb_sqrt(y, x, S->prec);
            r = wk_cplx_acb(y);
            acb_clear(x); acb_clear(y);
            return r;
        }
    }
    if (argv[0].t == T_SER) {
        wk_value h = wk_rat_si(1, 2);
        wk_value r = wk_pow(S, &argv[0], &h);
        wk_release(&h);
        return r;
    }
    if (argv[0].t == T_REAL && !arb_is_nonnegative(((const wk_real *) argv[0].u.h)->x)) {
        if (arb_is_negative(((const wk_real *) argv[0].u.h)->x)) {
            acb_t x, y;
            wk_value r;
            acb_init(x); acb_init(y);
            wk_get_acb(x, &argv[0], S->prec);
            acb_sqrt(y, x, S->prec);
            r = wk_cplx_acb(y);
            acb_clear(x); acb_clear(y);
            return r;
        }
        wk_arg_error(S, 0, "the ball contains 0 and negative numbers: the square root is not analytic there");
    }
    return ball_fn(S, &argv[0], acb_sqrt, "sqrt", nonneg_ok);
}

#define SIMPLE(fname, acbf, dom, zero_exact) \
    static wk_value bi_##fname(wk_state *S, int argc, const wk_value *argv) \
    { \
        (void) argc; \
        if (zero_exact && argv[0].t == T_INT && fmpz_is_zero(&argv[0].u.z)) return wk_int_si(0); \
        return ball_fn(S, &argv[0], acbf, #fname, dom); \
    }
SIMPLE(sin, acb_sin, any_ok, 1)
SIMPLE(cos, acb_cos, any_ok, 0)
SIMPLE(tan, acb_tan, any_ok, 1)
SIMPLE(atan, acb_atan, any_ok, 1)
SIMPLE(asin, acb_asin, unit_ok, 1)
SIMPLE(acos, acb_acos, unit_ok, 0)
SIMPLE(sinh, acb_sinh, any_ok, 1)
SIMPLE(cosh, acb_cosh, any_ok, 0)
SIMPLE(tanh, acb_tanh, any_ok, 1)
SIMPLE(gamma, acb_gamma, any_ok, 0)

static wk_value bi_atan2(wk_state *S, int argc, const wk_value *argv)
{
    arb_t y, x, r;
    wk_value v;
    (void) argc;
    arb_init(y); arb_init(x); arb_init(r);
    wk_arg_arb(S, 0, y, S->prec);
    wk_arg_arb(S, 1, x, S->prec);
    arb_atan2(r, y, x, S->prec);
    if (!arb_is_finite(r)) { arb_clear(y); arb_clear(x); arb_clear(r); wk_bi_error(S, "atan2 is not defined or not determined here"); }
    v = wk_real_arb(r);
    arb_clear(y); arb_clear(x); arb_clear(r);
    return v;
}

static wk_value bi_real(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_LIST || argv[0].t == T_MAT) {
        slong r, c, i;
        if (argv[0].t == T_MAT || wk_mat_dims(&argv[0], &r, &c)) {
            wk_value *m = wk_push(S), out;
            wk_mat_dims(&argv[0], &r, &c);
            *m = wk_mat_new(r, c);
            for (i = 0; i < r * c; i++) {
                const wk_value *x = wk_mat_get(&argv[0], i / c, i % c);
                if (!wk_is_number(x)) wk_arg_error(S, 0, "matrix entries must be numbers");
                if (x->t == T_CPLX) { wk_value y; wk_copy(&y, x); wk_mat_set(m, i / c, i % c, y); }
                else wk_mat_set(m, i / c, i % c, wk_num_to_real(S, x));
            }
            out = *m;
            m->t = T_NIL;
            wk_pop(S);
            return out;
        }
        {
            wk_value l = wk_list_new(wk_list_len(&argv[0]));
            for (i = 0; i < wk_list_len(&argv[0]); i++) {
                const wk_value *x = wk_list_get(&argv[0], i);
                if (!wk_is_number(x)) { wk_release(&l); wk_arg_error(S, 0, "list entries must be numbers"); }
                if (x->t == T_CPLX) { wk_value y; wk_copy(&y, x); wk_list_push(&l, y); }
                else wk_list_push(&l, wk_num_to_real(S, x));
            }
            return l;
        }
    }
    if (argv[0].t == T_CPLX) { wk_value v; wk_copy(&v, &argv[0]); return v; }
    if (!wk_is_number(&argv[0])) wk_arg_error(S, 0, "needs a number, got %s", wk_type_name(&argv[0]));
    return wk_num_to_real(S, &argv[0]);
}

static wk_value bi_re(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc; (void) S;
    if (argv[0].t == T_CPLX) return wk_real_arb(acb_realref(((const wk_cplx *) argv[0].u.h)->x));
    { wk_value v; wk_copy(&v, &argv[0]); return v; }
}

static wk_value bi_im(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc; (void) S;
    if (argv[0].t == T_CPLX) return wk_real_arb(acb_imagref(((const wk_cplx *) argv[0].u.h)->x));
    return wk_int_si(0);
}

static wk_value bi_conj(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc; (void) S;
    if (argv[0].t == T_CPLX) {
        acb_t x;
        wk_value v;
        acb_init(x);
        acb_conj(x, ((const wk_cplx *) argv[0].u.h)->x);
        v = wk_cplx_acb(x);
        acb_clear(x);
        return v;
    }
    { wk_value v; wk_copy(&v, &argv[0]); return v; }
}

static wk_value bi_abs(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    switch (argv[0].t) {
    case T_INT: { wk_value v = wk_int_fmpz(&argv[0].u.z); fmpz_abs(&v.u.z, &v.u.z); return v; }
    case T_RAT: {
        fmpq_t q; wk_value v;
        fmpq_init(q);
        fmpq_abs(q, ((const wk_rat *) argv[0].u.h)->q);
        v = wk_rat_fmpq(q);
        fmpq_clear(q);
        return v;
    }
    case T_REAL: {
        arb_t x; wk_value v;
        arb_init(x);
        arb_abs(x, ((const wk_real *) argv[0].u.h)->x);
        v = wk_real_arb(x);
        arb_clear(x);
        return v;
    }
    case T_CPLX: {
        arb_t x; wk_value v;
        arb_init(x);
        acb_abs(x, ((const wk_cplx *) argv[0].u.h)->x, S->prec);
        v = wk_real_arb(x);
        arb_clear(x);
        return v;
    }
    default:
        wk_arg_error(S, 0, "abs needs a number, got %s (norm() handles matrices)", wk_type_name(&argv[0]));
    }
}

static wk_value bi_arg(wk_state *S, int argc, const wk_value *argv)
{
    acb_t x;
    arb_t r;
    wk_value v;
    (void) argc;
    acb_init(x); arb_init(r);
    to_acb(S, 0, &argv[0], x);
    if (acb_is_zero(x)) { acb_clear(x); arb_clear(r); wk_arg_error(S, 0, "arg(0) is undefined"); }
    acb_arg(r, x, S->prec);
    v = wk_real_arb(r);
    acb_clear(x); arb_clear(r);
    return v;
}

static wk_value bi_ball(wk_state *S, int argc, const wk_value *argv)
{
    arb_t m, r;
    wk_value v;
    (void) argc;
    arb_init(m); arb_init(r);
    wk_arg_arb(S, 0, m, S->prec);
    wk_arg_arb(S, 1, r, S->prec);
    if (!arb_is_nonnegative(r)) { arb_clear(m); arb_clear(r); wk_arg_error(S, 1, "the radius must be >= 0"); }
    arb_add_error(m, r);
    v = wk_real_arb(m);
    arb_clear(m); arb_clear(r);
    return v;
}

static wk_value bi_mid(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_REAL) {
        arb_t x;
        fmpq_t q;
        wk_value v;
        arb_init(x);
        fmpq_init(q);
        arf_get_fmpq(q, arb_midref(((const wk_real *) argv[0].u.h)->x));
        v = wk_rat_fmpq(q);
        arb_clear(x);
        fmpq_clear(q);
        return v;
    }
    if (wk_is_exact_number(&argv[0])) { wk_value v; wk_copy(&v, &argv[0]); return v; }
    wk_arg_error(S, 0, "mid needs a real number");
}

static wk_value bi_rad(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (argv[0].t == T_REAL) {
        arf_t r;
        fmpq_t q;
        wk_value v;
        arf_init(r);
        fmpq_init(q);
        arf_set_mag(r, arb_radref(((const wk_real *) argv[0].u.h)->x));
        arf_get_fmpq(q, r);
        v = wk_rat_fmpq(q);
        arf_clear(r);
        fmpq_clear(q);
        return v;
    }
    if (wk_is_exact_number(&argv[0])) return wk_int_si(0);
    (void) S;
    wk_arg_error(S, 0, "rad needs a real number");
}

static wk_value bi_contains(wk_state *S, int argc, const wk_value *argv)
{
    acb_t x, y;
    int r;
    (void) argc;
    if (wk_is_exact_number(&argv[1]) && (argv[0].t == T_REAL || argv[0].t == T_CPLX || wk_is_exact_number(&argv[0]))) {
        /* an exact point is tested exactly, not rounded to a ball first */
        fmpq_t q;
        fmpq_init(q);
        wk_get_fmpq(q, &argv[1]);
        if (argv[0].t == T_REAL) r = arb_contains_fmpq(((const wk_real *) argv[0].u.h)->x, q);
        else if (argv[0].t == T_CPLX)
            r = arb_contains_zero(acb_imagref(((const wk_cplx *) argv[0].u.h)->x))
                && arb_contains_fmpq(acb_realref(((const wk_cplx *) argv[0].u.h)->x), q);
        else {
            fmpq_t p;
            fmpq_init(p);
            wk_get_fmpq(p, &argv[0]);
            r = fmpq_equal(p, q);
            fmpq_clear(p);
        }
        fmpq_clear(q);
        return wk_bool(r);
    }
    acb_init(x); acb_init(y);
    to_acb(S, 0, &argv[0], x);
    to_acb(S, 1, &argv[1], y);
    r = acb_contains(x, y);
    acb_clear(x); acb_clear(y);
    return wk_bool(r);
}

static wk_value bi_accuracy(wk_state *S, int argc, const wk_value *argv)
{
    acb_t x;
    slong r;
    (void) argc;
    acb_init(x);
    to_acb(S, 0, &argv[0], x);
    r = acb_rel_accuracy_bits(x);
    acb_clear(x);
    return wk_int_si(r);
}

static const wk_builtin real_builtins[] = {
    {"exp", "A", bi_exp, "exp(x): exponential of a number (ball), a series (zero constant term) or a square matrix.",
     "exp(0) is exactly 1; otherwise a ball at the working precision.\nexp(q + O(q^5)) is the exact series.",
     "exp(0) == 1"},
    {"log", "A", bi_log, "log(x): natural logarithm of a number (principal branch) or of a series with constant term 1.",
     "log(1) is exactly 0; log of a negative real needs a complex argument (log(-1 + 0*I)).",
     "log(1) == 0"},
    {"sqrt", "A", bi_sqrt, "sqrt(x): square root; exact for squares of rationals, otherwise a ball; series via ^(1/2).",
     "sqrt(-4) is the complex ball 2*I.", "sqrt(9/4) == 3/2"},
    {"sin", "X", bi_sin, "sin(x): sine (ball).", "", "sin(0) == 0"},
    {"cos", "X", bi_cos, "cos(x): cosine (ball).", "", "contains(cos(pi), -1)"},
    {"tan", "X", bi_tan, "tan(x): tangent (ball).", "", "tan(0) == 0"},
    {"asin", "X", bi_asin, "asin(x): arcsine (principal value).", "", "asin(0) == 0"},
    {"acos", "X", bi_acos, "acos(x): arccosine (principal value).", "", "contains(2 * acos(0), pi)"},
    {"atan", "X", bi_atan, "atan(x): arctangent (principal value).", "", "contains(4 * atan(1), pi)"},
    {"atan2", "RR", bi_atan2, "atan2(y, x): the angle of (x, y) in (-pi, pi].", "", "contains(atan2(1, 0) * 2, pi)"},
    {"sinh", "X", bi_sinh, "sinh(x): hyperbolic sine.", "", "sinh(0) == 0"},
    {"cosh", "X", bi_cosh, "cosh(x): hyperbolic cosine.", "", "contains(cosh(0), 1)"},
    {"tanh", "X", bi_tanh, "tanh(x): hyperbolic tangent.", "", "tanh(0) == 0"},
    {"gamma", "X", bi_gamma, "gamma(x): the Gamma function.", "", "contains(gamma(5), 24)"},
    {"real", "A", bi_real, "real(x): x as a real ball at the working precision (lists and matrices entrywise).",
     "Exact values become balls: real(1/3) prints 0.3333... with only correct digits.",
     "type(real(1/3)) == \"real\""},
    {"re", "X", bi_re, "re(z): real part.", "", "re(3) == 3"},
    {"im", "X", bi_im, "im(z): imaginary part.", "", "im(3) == 0"},
    {"conj", "X", bi_conj, "conj(z): complex conjugate.", "", "conj(2) == 2"},
    {"abs", "X", bi_abs, "abs(x): absolute value (exact for rationals).", "", "abs(-3/4) == 3/4"},
    {"arg", "X", bi_arg, "arg(z): the argument of z in (-pi, pi].", "", "arg(1) == 0"},
    {"ball", "RR", bi_ball, "ball(m, r): the real ball with midpoint m and radius r.", "",
     "contains(ball(1, 1/10), 21/20)"},
    {"mid", "R", bi_mid, "mid(x): the midpoint of a ball, as an exact rational.", "", "mid(ball(1/2, 1/8)) == 1/2"},
    {"rad", "R", bi_rad, "rad(x): the radius of a ball, as an exact rational (an upper bound of the error).", "",
     "rad(ball(1, 1/4)) >= 1/4"},
    {"contains", "XX", bi_contains, "contains(x, y): whether the ball x contains every point of y.", "",
     "contains(real(1/3), 1/3)"},
    {"accuracy", "X", bi_accuracy, "accuracy(x): relative accuracy of a ball in bits.", "",
     "accuracy(real(1/3)) > 100"},
    {NULL, NULL, NULL, NULL, NULL, NULL}
};

const wk_module wk_mod_reals = { "reals", "real and complex balls (Arb): only correct digits are shown", real_builtins };
