/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/borodin.c: Borodin's exponents f(d) and the product
   1/(q^T;q^T)_inf prod_{d=1}^{T-1} 1/(q^d;q^T)_inf^{f(d)}
   (Borodin, Duke Math. J. 140 (2007), Prop. 1.1; spec 2). */
#include "internal.h"

/* f(d) = sum_i w_i (1 - w_{i+d}) is a cyclic correlation: with
   A = sum_i w_i x^i and B = sum_j (1 - w_j) x^{T-1-j}, the pairs with
   j = i + d contribute to x^{T-1-d} and those with j = i + d - T to
   x^{2T-1-d}. */
static void borodin_f_correlation(slong *f, const slong *w, slong T)
{
    fmpz_poly_t A, B;
    slong i, d;

    fmpz_poly_init2(A, T);
    fmpz_poly_init2(B, T);
    for (i = 0; i < T; i++) {
        if (w[i])
            fmpz_poly_set_coeff_ui(A, i, 1);
        else
            fmpz_poly_set_coeff_ui(B, T - 1 - i, 1);
    }
    fmpz_poly_mul(A, A, B);
    for (d = 1; d < T; d++) {
        fmpz_t s;
        fmpz_init(s);
        fmpz_poly_get_coeff_fmpz(s, A, T - 1 - d);
        if (2 * T - 1 - d < A->length)
            fmpz_add(s, s, A->coeffs + 2 * T - 1 - d);
        f[d - 1] = fmpz_get_si(s);
        fmpz_clear(s);
    }
    fmpz_poly_clear(A);
    fmpz_poly_clear(B);
}

wk_status wk_cpp_borodin_f(slong *f, const slong *w, slong T)
{
    slong i, d;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    if (T > 256) {
        borodin_f_correlation(f, w, T);
        return WK_OK;
    }
    for (d = 1; d < T; d++) {
        slong s = 0;
        for (i = 0; i < T; i++)
            s += (w[i] == 1 && w[(i + d) % T] == 0);
        f[d - 1] = s;
    }
    return WK_OK;
}

wk_status wk_cpp_borodin_exponents(slong *e, const slong *w, slong T, slong N)
{
    slong m, *f;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    if (N < 0)
        return wk_error(WK_E_DOMAIN, "truncation order must be a nonnegative integer");
    f = flint_malloc(FLINT_MAX(T - 1, 1) * sizeof(slong));
    wk_cpp_borodin_f(f, w, T);
    e[0] = 0;
    for (m = 1; m <= N; m++)
        e[m] = (m % T == 0) ? 1 : f[m % T - 1];
    flint_free(f);
    return WK_OK;
}

char *wk_cpp_borodin_product_get_str(const slong *w, slong T)
{
    slong d, *f;
    wk_cyl_strbuf b;

    if (wk_cpp_profile_check(w, T) != WK_OK)
        return NULL;
    f = flint_malloc(FLINT_MAX(T - 1, 1) * sizeof(slong));
    wk_cpp_borodin_f(f, w, T);
    _wk_cyl_strbuf_init(&b);
    if (T == 1)
        _wk_cyl_strbuf_printf(&b, "1/((q;q)_inf");
    else
        _wk_cyl_strbuf_printf(&b, "1/((q^%ld;q^%ld)_inf", (long) T, (long) T);
    for (d = 1; d < T; d++) {
        if (f[d - 1] == 0)
            continue;
        if (d == 1)
            _wk_cyl_strbuf_printf(&b, " * (q;q^%ld)_inf", (long) T);
        else
            _wk_cyl_strbuf_printf(&b, " * (q^%ld;q^%ld)_inf", (long) d, (long) T);
        if (f[d - 1] > 1)
            _wk_cyl_strbuf_printf(&b, "^%ld", (long) f[d - 1]);
    }
    _wk_cyl_strbuf_putc(&b, ')');
    flint_free(f);
    return _wk_cyl_strbuf_finish(&b);
}
