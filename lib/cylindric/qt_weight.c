/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/qt_weight.c: the Macdonald (q,t) weight of a cylindric
   partition (spec 3, reconstructed): b_lam(s) = (1 - q^a t^{l+1})/(1 - q^{a+1} t^l)
   and the Pieri coefficients phi, psi of Macdonald, Symmetric functions and
   Hall polynomials, 2nd ed., VI (6.24); A_pi = prod_{up} phi prod_{down} psi.
   Rational functions are kept as products of (1 - q^a t^b)^e, expanded into
   fmpz_mpoly fractions or evaluated at rational points on demand. */
#include <string.h>
#include "internal.h"

void wk_qt_factored_init(wk_qt_factored_t F)
{
    F->f = NULL;
    F->length = F->alloc = 0;
}

void wk_qt_factored_clear(wk_qt_factored_t F)
{
    flint_free(F->f);
    F->f = NULL;
    F->length = F->alloc = 0;
}

void wk_qt_factored_mul_factor(wk_qt_factored_t F, slong a, slong b, slong e)
{
    slong lo = 0, hi = F->length;
    if (e == 0)
        return;
    while (lo < hi) {                       /* first index with (a', b') >= (a, b) */
        slong mid = (lo + hi) / 2;
        const wk_qt_factor_struct *x = F->f + mid;
        if (x->a < a || (x->a == a && x->b < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < F->length && F->f[lo].a == a && F->f[lo].b == b) {
        F->f[lo].e += e;
        if (F->f[lo].e == 0) {
            memmove(F->f + lo, F->f + lo + 1, (F->length - lo - 1) * sizeof(wk_qt_factor_struct));
            F->length--;
        }
        return;
    }
    if (F->length == F->alloc) {
        F->alloc = FLINT_MAX(16, 2 * F->alloc);
        F->f = flint_realloc(F->f, F->alloc * sizeof(wk_qt_factor_struct));
    }
    memmove(F->f + lo + 1, F->f + lo, (F->length - lo) * sizeof(wk_qt_factor_struct));
    F->f[lo].a = a;
    F->f[lo].b = b;
    F->f[lo].e = e;
    F->length++;
}

/* ---- Macdonald's b, phi, psi -------------------------------------------- */

/* b_lam(s)^e for s = (i, j); conj is the conjugate of lam */
static void mul_b(wk_qt_factored_t F, const wk_partition_t lam, const wk_partition_t conj,
                  slong i, slong j, slong e)
{
    slong arm, leg;
    if (i >= lam->length || j >= lam->parts[i])
        return;
    arm = lam->parts[i] - j - 1;
    leg = conj->parts[j] - i - 1;
    wk_qt_factored_mul_factor(F, arm, leg + 1, e);
    wk_qt_factored_mul_factor(F, arm + 1, leg, -e);
}

void wk_qt_mul_b(wk_qt_factored_t F, const wk_partition_t lam, slong i, slong j, slong e)
{
    wk_partition_t c;
    wk_partition_init(c);
    wk_partition_conjugate(c, lam);
    mul_b(F, lam, c, i, j, e);
    wk_partition_clear(c);
}

/* phi (sign +1) or psi (sign -1) */
static void mul_phi_psi(wk_qt_factored_t F, const wk_partition_t lam, const wk_partition_t mu, int phi)
{
    wk_partition_t lc, mc;
    slong i, j;
    wk_partition_init(lc);
    wk_partition_init(mc);
    wk_partition_conjugate(lc, lam);
    wk_partition_conjugate(mc, mu);
    for (i = 0; i < lam->length; i++)
        for (j = 0; j < lam->parts[i]; j++) {
            int col = lc->parts[j] > wk_partition_part(mc, j);   /* column meets lam/mu */
            int row = lam->parts[i] > wk_partition_part(mu, i);  /* row meets lam/mu */
            if (phi && col) {
                mul_b(F, lam, lc, i, j, 1);
                mul_b(F, mu, mc, i, j, -1);
            } else if (!phi && row && !col) {
                mul_b(F, mu, mc, i, j, 1);
                mul_b(F, lam, lc, i, j, -1);
            }
        }
    wk_partition_clear(lc);
    wk_partition_clear(mc);
}

void wk_qt_mul_phi(wk_qt_factored_t F, const wk_partition_t lam, const wk_partition_t mu)
{
    mul_phi_psi(F, lam, mu, 1);
}

void wk_qt_mul_psi(wk_qt_factored_t F, const wk_partition_t lam, const wk_partition_t mu)
{
    mul_phi_psi(F, lam, mu, 0);
}

wk_status wk_cpp_qt_weight_factored(wk_qt_factored_t F, const slong *w, slong T,
                                    const wk_partition_struct *mu, slong nmu, int mode)
{
    slong k;
    slong cells = 0;
    wk_status st = wk_cpp_check_seq(w, T, mu, nmu, mode);
    if (st != WK_OK)
        return st;
    for (k = 0; k < nmu; k++) {      /* phi and psi walk over the cells */
        cells += wk_partition_size(mu + k);
        if (cells > WK_QT_MAX_CELLS)
            return wk_error(WK_E_TOO_LARGE,
                            "the (q,t) weight of partitions with more than %ld cells exceeds the limit",
                            (long) WK_QT_MAX_CELLS);
    }
    F->length = 0;
    for (k = 1; k <= T; k++) {
        const wk_partition_struct *prev = mu + (k - 1), *cur = mu + (k % nmu);
        if (w[k - 1] == 1)
            wk_qt_mul_phi(F, cur, prev);
        else
            wk_qt_mul_psi(F, prev, cur);
    }
    return WK_OK;
}

/* ---- expansion --------------------------------------------------------- */

static int ctx_ok(const fmpz_mpoly_ctx_t ctx)
{
    return ctx->minfo->nvars == 2;
}

/* p *= (1 - q^a t^b)^e, e > 0 */
static void mpoly_mul_binomial(fmpz_mpoly_t p, slong a, slong b, slong e, const fmpz_mpoly_ctx_t ctx)
{
    fmpz_mpoly_t f;
    ulong ex[2];
    fmpz_mpoly_init(f, ctx);
    fmpz_mpoly_one(f, ctx);
    ex[0] = a;
    ex[1] = b;
    fmpz_mpoly_set_coeff_si_ui(f, -1, ex, ctx);
    if (e > 1)
        fmpz_mpoly_pow_ui(f, f, e, ctx);
    fmpz_mpoly_mul(p, p, f, ctx);
    fmpz_mpoly_clear(f, ctx);
}

wk_status wk_qt_factored_get_fraction(fmpz_mpoly_t num, fmpz_mpoly_t den,
                                      const wk_qt_factored_t F, const fmpz_mpoly_ctx_t ctx)
{
    slong i, dn = 0, dd = 0;
    fmpz_mpoly_t g;
    ulong zero[2] = {0, 0};
    fmpz_t c;

    if (!ctx_ok(ctx))
        return wk_error(WK_E_DOMAIN, "the polynomial context must have the two variables q, t");
    for (i = 0; i < F->length; i++) {
        const wk_qt_factor_struct *x = F->f + i;
        slong d = (x->a + x->b) * (x->e > 0 ? x->e : -x->e);
        if (d > WK_QT_MAX_DEGREE)
            d = WK_QT_MAX_DEGREE + 1;     /* no overflow while summing */
        if (x->e > 0) dn += d; else dd += d;
        dn = FLINT_MIN(dn, 2 * WK_QT_MAX_DEGREE);
        dd = FLINT_MIN(dd, 2 * WK_QT_MAX_DEGREE);
    }
    if (dn > WK_QT_MAX_DEGREE || dd > WK_QT_MAX_DEGREE)
        return wk_error(WK_E_TOO_LARGE, "the expanded (q,t) weight has degree %s%ld, over the limit %ld",
                        FLINT_MAX(dn, dd) >= 2 * WK_QT_MAX_DEGREE ? "at least " : "",
                        (long) FLINT_MAX(dn, dd), (long) WK_QT_MAX_DEGREE);
    fmpz_mpoly_one(num, ctx);
    fmpz_mpoly_one(den, ctx);
    for (i = 0; i < F->length; i++) {
        const wk_qt_factor_struct *x = F->f + i;
        if (x->e > 0)
            mpoly_mul_binomial(num, x->a, x->b, x->e, ctx);
        else
            mpoly_mul_binomial(den, x->a, x->b, -x->e, ctx);
    }
    fmpz_mpoly_init(g, ctx);
    if (fmpz_mpoly_gcd(g, num, den, ctx) && !fmpz_mpoly_is_one(g, ctx)) {
        fmpz_mpoly_divides(num, num, g, ctx);
        fmpz_mpoly_divides(den, den, g, ctx);
    }
    fmpz_mpoly_clear(g, ctx);
    /* den(0,0) = +-1: make it 1 */
    fmpz_init(c);
    fmpz_mpoly_get_coeff_fmpz_ui(c, den, zero, ctx);
    if (fmpz_sgn(c) < 0) {
        fmpz_mpoly_neg(num, num, ctx);
        fmpz_mpoly_neg(den, den, ctx);
    }
    fmpz_clear(c);
    return WK_OK;
}

/* ---- evaluation -------------------------------------------------------- */

/* res = 1 - q^a t^b */
static void binomial_fmpq(fmpq_t res, slong a, slong b, const fmpq_t q, const fmpq_t t)
{
    fmpq_t x;
    fmpq_init(x);
    fmpq_pow_si(res, q, a);
    fmpq_pow_si(x, t, b);
    fmpq_mul(res, res, x);
    fmpq_sub_si(res, res, 1);
    fmpq_neg(res, res);
    fmpq_clear(x);
}

/* the value of p at (q, t) */
static void mpoly_eval_fmpq(fmpq_t res, const fmpz_mpoly_t p, const fmpq_t q, const fmpq_t t,
                            const fmpz_mpoly_ctx_t ctx)
{
    slong i;
    ulong ex[2];
    fmpq_t term, x;
    fmpq_init(term);
    fmpq_init(x);
    fmpq_zero(res);
    for (i = 0; i < fmpz_mpoly_length(p, ctx); i++) {
        fmpz_mpoly_get_term_exp_ui(ex, p, i, ctx);
        fmpq_pow_si(term, q, (slong) ex[0]);
        fmpq_pow_si(x, t, (slong) ex[1]);
        fmpq_mul(term, term, x);
        fmpq_mul_fmpz(term, term, p->coeffs + i);
        fmpq_add(res, res, term);
    }
    fmpq_clear(term);
    fmpq_clear(x);
}

/* "q = 1", "t = 1/2" or "q = 1, t = 1/2" */
static void point_str(wk_cyl_strbuf *b, const fmpq_t q, const fmpq_t t, int with_q, int with_t)
{
    char *s;
    if (with_q) {
        s = fmpq_get_str(NULL, 10, q);
        _wk_cyl_strbuf_printf(b, "q = %s", s);
        flint_free(s);
    }
    if (with_t) {
        s = fmpq_get_str(NULL, 10, t);
        _wk_cyl_strbuf_printf(b, "%st = %s", with_q ? ", " : "", s);
        flint_free(s);
    }
}

/* a power 0^negative never arises: every factor 1 - q^a t^b has a, b >= 0 */
/* bits of the height of q (numerator plus denominator) */
static double height_bits(const fmpq_t q)
{
    return (double) fmpz_bits(fmpq_numref(q)) + (double) fmpz_bits(fmpq_denref(q)) + 1.0;
}

wk_status wk_qt_factored_evaluate_fmpq(fmpq_t res, const wk_qt_factored_t F,
                                       const fmpq_t q, const fmpq_t t)
{
    slong i;
    int pole = 0, pole_q = 0, pole_t = 0;
    fmpq_t x, acc;
    double est = 0;

    /* the value has height about sum |e| (a bits(q) + b bits(t)) */
    for (i = 0; i < F->length; i++) {
        const wk_qt_factor_struct *f = F->f + i;
        est += (double) (f->e > 0 ? f->e : -f->e)
             * ((double) f->a * height_bits(q) + (double) f->b * height_bits(t) + 1.0);
    }
    if (est > WK_QT_MAX_BITS)
        return wk_error(WK_E_TOO_LARGE,
                        "the (q,t) weight at this point needs about %.0f bits, over the limit %ld",
                        est, (long) WK_QT_MAX_BITS);

    fmpq_init(x);
    fmpq_init(acc);
    fmpq_one(acc);
    for (i = 0; i < F->length; i++) {
        const wk_qt_factor_struct *f = F->f + i;
        binomial_fmpq(x, f->a, f->b, q, t);
        if (fmpq_is_zero(x)) {
            if (f->e < 0) {
                pole = 1;
                pole_q |= f->a > 0;
                pole_t |= f->b > 0;
            } else {
                fmpq_zero(acc);
            }
            continue;
        }
        if (f->e > 0) {
            fmpq_pow_si(x, x, f->e);
            fmpq_mul(acc, acc, x);
        } else {
            fmpq_pow_si(x, x, -f->e);
            fmpq_div(acc, acc, x);
        }
    }
    if (pole) {
        /* maybe only an apparent pole: evaluate the reduced fraction */
        fmpz_mpoly_ctx_t ctx;
        fmpz_mpoly_t num, den;
        wk_status st;
        fmpz_mpoly_ctx_init(ctx, 2, ORD_LEX);
        fmpz_mpoly_init(num, ctx);
        fmpz_mpoly_init(den, ctx);
        st = wk_qt_factored_get_fraction(num, den, F, ctx);
        if (st == WK_OK) {
            mpoly_eval_fmpq(x, den, q, t, ctx);
            if (fmpq_is_zero(x)) {
                wk_cyl_strbuf b;
                _wk_cyl_strbuf_init(&b);
                _wk_cyl_strbuf_printf(&b, "weight is singular at ");
                point_str(&b, q, t, pole_q || !pole_t, pole_t);
                st = wk_error(WK_E_DOMAIN, "%s", b.s);
                flint_free(b.s);
            } else {
                mpoly_eval_fmpq(acc, num, q, t, ctx);
                fmpq_div(acc, acc, x);
            }
        }
        fmpz_mpoly_clear(num, ctx);
        fmpz_mpoly_clear(den, ctx);
        fmpz_mpoly_ctx_clear(ctx);
        if (st != WK_OK) {
            fmpq_clear(x);
            fmpq_clear(acc);
            return st;
        }
    }
    fmpq_swap(res, acc);
    fmpq_clear(x);
    fmpq_clear(acc);
    return WK_OK;
}

wk_status wk_cpp_qt_weight(fmpz_mpoly_t num, fmpz_mpoly_t den, const slong *w, slong T,
                           const wk_partition_struct *mu, slong nmu, int mode,
                           const fmpz_mpoly_ctx_t ctx)
{
    wk_qt_factored_t F;
    wk_status st;
    if (!ctx_ok(ctx))
        return wk_error(WK_E_DOMAIN, "the polynomial context must have the two variables q, t");
    wk_qt_factored_init(F);
    st = wk_cpp_qt_weight_factored(F, w, T, mu, nmu, mode);
    if (st == WK_OK)
        st = wk_qt_factored_get_fraction(num, den, F, ctx);
    wk_qt_factored_clear(F);
    return st;
}

wk_status wk_cpp_qt_weight_fmpq(fmpq_t res, const slong *w, slong T,
                                const wk_partition_struct *mu, slong nmu, int mode,
                                const fmpq_t q, const fmpq_t t)
{
    wk_qt_factored_t F;
    wk_status st;
    wk_qt_factored_init(F);
    st = wk_cpp_qt_weight_factored(F, w, T, mu, nmu, mode);
    if (st == WK_OK)
        st = wk_qt_factored_evaluate_fmpq(res, F, q, t);
    wk_qt_factored_clear(F);
    return st;
}
