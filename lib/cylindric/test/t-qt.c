/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   The (q,t) analog (spec 3, 10.4): the public vectors; the identity
   sum_pi A_pi z^|pi| = product side at rational points (q = 0 and t = 0
   included) and symbolically; phi/psi order; t = q gives Borodin; q = 0 and
   t = 0 against the Hall-Littlewood and q-Whittaker products expanded here;
   mu^0 = empty against the hook product (Okada); singular points. */
#include <string.h>
#include <flint/fmpq_vec.h>
#include <flint/fmpq_poly.h>
#include "wk_cylindric.h"
#include "tap.h"

static slong *word(const char *s, slong *T)
{
    slong *w;
    wk_cpp_profile_set_str(&w, T, s);
    return w;
}

static void set_q(fmpq_t q, slong a, slong b)
{
    fmpq_set_si(q, a, b);
}

/* sum of A_pi over the CPPs of size n (rpp: only mu^0 empty) */
static int weight_sum(fmpq_t s, const slong *w, slong T, slong n, const fmpq_t q, const fmpq_t t,
                      int rpp, int swap_order)
{
    wk_cpp_list_t L;
    slong i, k;
    int ok = 1;
    fmpq_t a;
    fmpq_init(a);
    fmpq_zero(s);
    wk_cpp_list_init(L);
    if (wk_cpp_list(L, w, T, n, -1) != WK_OK)
        ok = 0;
    for (i = 0; i < L->length; i++) {
        const wk_cpp_struct *pi = L->entries + i;
        if (rpp && pi->mu[0].length != 0)
            continue;
        if (!swap_order) {
            if (wk_cpp_qt_weight_fmpq(a, w, T, pi->mu, T + 1, WK_CPP_STRICT, q, t) != WK_OK)
                ok = 0;
        } else {
            /* psi on up steps and phi on down steps (spec 3: same product) */
            wk_qt_factored_t F;
            wk_qt_factored_init(F);
            for (k = 1; k <= T; k++) {
                if (w[k - 1] == 1)
                    wk_qt_mul_psi(F, pi->mu + k, pi->mu + k - 1);
                else
                    wk_qt_mul_phi(F, pi->mu + k - 1, pi->mu + k);
            }
            if (wk_qt_factored_evaluate_fmpq(a, F, q, t) != WK_OK)
                ok = 0;
            wk_qt_factored_clear(F);
        }
        fmpq_add(s, s, a);
    }
    wk_cpp_list_clear(L);
    fmpq_clear(a);
    return ok;
}

/* The product side by another expansion:
   log[(t u;q)_inf/(u;q)_inf] = sum_k (1 - t^k)/(k (1 - q^k)) u^k, and
   -log(1 - u) for the trace factors, then exp (fmpq_poly_exp_series). */
static void product_by_log(fmpq_poly_t res, const slong *e, slong T, slong N,
                           const fmpq_t q, const fmpq_t t)
{
    slong m, k;
    fmpq_poly_t L;
    fmpq_t c, x, y;
    fmpq_poly_init(L);
    fmpq_init(c); fmpq_init(x); fmpq_init(y);
    for (m = 1; m <= N; m++) {
        if (e[m] == 0)
            continue;
        for (k = 1; m * k <= N; k++) {
            if (m % T == 0)
                fmpq_set_si(c, 1, k);
            else {
                fmpq_pow_si(x, t, k); fmpq_sub_si(x, x, 1); fmpq_neg(x, x);
                fmpq_pow_si(y, q, k); fmpq_sub_si(y, y, 1); fmpq_neg(y, y);
                fmpq_mul_si(y, y, k);
                fmpq_div(c, x, y);
            }
            fmpq_mul_si(c, c, e[m]);
            fmpq_poly_get_coeff_fmpq(x, L, m * k);
            fmpq_add(x, x, c);
            fmpq_poly_set_coeff_fmpq(L, m * k, x);
        }
    }
    fmpq_poly_exp_series(res, L, N + 1);
    fmpq_poly_clear(L);
    fmpq_clear(c); fmpq_clear(x); fmpq_clear(y);
}

int main(int argc, char **argv)
{
    fmpz_mpoly_ctx_t ctx;
    const char *vars[2] = {"q", "t"};

    tap_init(argc, argv);
    fmpz_mpoly_ctx_init(ctx, 2, ORD_DEGREVLEX);

    /* spec 7: the z^1, z^2 coefficients for profile 10 */
    {
        slong T, *w = word("10", &T);
        wk_qt_series_t S;
        fmpz_mpoly_t p1, p2;
        fmpz_mpoly_init(p1, ctx);
        fmpz_mpoly_init(p2, ctx);
        fmpz_mpoly_set_str_pretty(p1, "1 - t", vars, ctx);
        fmpz_mpoly_set_str_pretty(p2, "q^3 - q^2 + q*t^2 - q*t - q - t + 2", vars, ctx);
        wk_qt_series_init(S, ctx);
        TAP_OK(wk_cpp_qt_series(S, w, T, 2, ctx) == WK_OK && S->length == 3
               && fmpz_mpoly_equal(S->coeffs + 1, p1, ctx) && fmpz_mpoly_equal(S->coeffs + 2, p2, ctx),
               "(q,t) series of 10: z^1 = (1-t)/(1-q), z^2 = (q^3-q^2+qt^2-qt-q-t+2)/((1-q)(1-q^2))");
        wk_qt_series_clear(S, ctx);
        fmpz_mpoly_clear(p1, ctx);
        fmpz_mpoly_clear(p2, ctx);
        flint_free(w);
    }
    /* spec 7: A_pi for profile 10, pi = ((), (2,1), ()) */
    {
        slong T, *w = word("10", &T), p[2] = {2, 1};
        wk_partition_struct mu[3];
        fmpz_mpoly_t num, den, n2, d2;
        int i;
        for (i = 0; i < 3; i++)
            wk_partition_init(mu + i);
        wk_partition_set_vec(mu + 1, p, 2);
        fmpz_mpoly_init(num, ctx); fmpz_mpoly_init(den, ctx);
        fmpz_mpoly_init(n2, ctx); fmpz_mpoly_init(d2, ctx);
        fmpz_mpoly_set_str_pretty(n2, "(1-t)^2*(1-q*t^2)", vars, ctx);
        fmpz_mpoly_set_str_pretty(d2, "(1-q)^2*(1-q^2*t)", vars, ctx);
        TAP_OK(wk_cpp_qt_weight(num, den, w, T, mu, 3, WK_CPP_CONTAINMENT, ctx) == WK_OK
               && fmpz_mpoly_equal(num, n2, ctx) && fmpz_mpoly_equal(den, d2, ctx),
               "A_pi for 10, ((),(2,1),()) = (1-t)^2(1-qt^2)/((1-q)^2(1-q^2 t)) (containment mode)");
        TAP_OK(wk_cpp_qt_weight(num, den, w, T, mu, 3, WK_CPP_STRICT, ctx) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "not a cylindric partition with profile 10: step 1 (up) "
                                         "needs (2,1)/() to be a horizontal strip") == 0,
               "strict mode: %s", wk_error_msg());
        fmpz_mpoly_clear(num, ctx); fmpz_mpoly_clear(den, ctx);
        fmpz_mpoly_clear(n2, ctx); fmpz_mpoly_clear(d2, ctx);
        for (i = 0; i < 3; i++)
            wk_partition_clear(mu + i);
        flint_free(w);
    }
    /* phi_{(r)/()} = (t;q)_r/(q;q)_r, psi_{(r)/()} = 1 */
    {
        slong r, ok = 1;
        for (r = 1; r <= 5; r++) {
            wk_partition_t lam, e0;
            wk_qt_factored_t F, G;
            fmpz_mpoly_t a, b, c, d;
            wk_partition_init(lam);
            wk_partition_init(e0);
            wk_partition_set_vec(lam, &r, 1);
            wk_qt_factored_init(F);
            wk_qt_factored_init(G);
            fmpz_mpoly_init(a, ctx); fmpz_mpoly_init(b, ctx);
            fmpz_mpoly_init(c, ctx); fmpz_mpoly_init(d, ctx);
            wk_qt_mul_phi(F, lam, e0);
            wk_qt_factored_get_fraction(a, b, F, ctx);
            {
                slong i;
                for (i = 0; i < r; i++) {
                    wk_qt_factored_mul_factor(G, i, 1, 1);
                    wk_qt_factored_mul_factor(G, i + 1, 0, -1);
                }
            }
            wk_qt_factored_get_fraction(c, d, G, ctx);
            ok = ok && fmpz_mpoly_equal(a, c, ctx) && fmpz_mpoly_equal(b, d, ctx);
            wk_qt_factored_clear(F);
            wk_qt_factored_init(F);
            wk_qt_mul_psi(F, lam, e0);
            ok = ok && F->length == 0;
            wk_qt_factored_clear(F);
            wk_qt_factored_clear(G);
            fmpz_mpoly_clear(a, ctx); fmpz_mpoly_clear(b, ctx);
            fmpz_mpoly_clear(c, ctx); fmpz_mpoly_clear(d, ctx);
            wk_partition_clear(lam);
            wk_partition_clear(e0);
        }
        TAP_OK(ok, "phi_{(r)/()} = (t;q)_r/(q;q)_r and psi_{(r)/()} = 1 for r <= 5");
    }

    /* phi/psi order, object by object: A_pi with psi on the up steps and phi
       on the down steps is the same rational function */
    {
        static const char *profs[] = {"1100", "11010", "101"};
        slong pi, n, i, k, bad = 0, count = 0;
        fmpz_mpoly_t a, b, c, d;
        fmpz_mpoly_init(a, ctx); fmpz_mpoly_init(b, ctx);
        fmpz_mpoly_init(c, ctx); fmpz_mpoly_init(d, ctx);
        for (pi = 0; pi < 3; pi++) {
            slong T, *w = word(profs[pi], &T);
            for (n = 0; n <= 6; n++) {
                wk_cpp_list_t L;
                wk_cpp_list_init(L);
                wk_cpp_list(L, w, T, n, -1);
                for (i = 0; i < L->length; i++) {
                    const wk_cpp_struct *x = L->entries + i;
                    wk_qt_factored_t F;
                    wk_qt_factored_init(F);
                    for (k = 1; k <= T; k++) {
                        if (w[k - 1] == 1)
                            wk_qt_mul_psi(F, x->mu + k, x->mu + k - 1);
                        else
                            wk_qt_mul_phi(F, x->mu + k - 1, x->mu + k);
                    }
                    wk_qt_factored_get_fraction(a, b, F, ctx);
                    wk_cpp_qt_weight(c, d, w, T, x->mu, T + 1, WK_CPP_STRICT, ctx);
                    if (!fmpz_mpoly_equal(a, c, ctx) || !fmpz_mpoly_equal(b, d, ctx))
                        bad++;
                    count++;
                    wk_qt_factored_clear(F);
                }
                wk_cpp_list_clear(L);
            }
            flint_free(w);
        }
        TAP_OK(bad == 0, "phi/psi order does not matter: %ld CPPs, equal rational functions", (long) count);
        fmpz_mpoly_clear(a, ctx); fmpz_mpoly_clear(b, ctx);
        fmpz_mpoly_clear(c, ctx); fmpz_mpoly_clear(d, ctx);
    }

    /* the identity at rational points, both phi/psi orders */
    {
        static const char *profs[] = {"10", "1100", "1010", "11010", "110100", "0"};
        static const slong pts[4][4] = {{1, 3, 2, 5}, {0, 1, 3, 7}, {-2, 5, 0, 1}, {3, 2, -1, 4}};
        slong pi, pt, n, N = 6, bad = 0, bad_order = 0;
        for (pi = 0; pi < 6; pi++) {
            slong T, *w = word(profs[pi], &T);
            for (pt = 0; pt < 4; pt++) {
                fmpq_t q, t, s;
                fmpq *c = _fmpq_vec_init(N + 1);
                fmpq_init(q); fmpq_init(t); fmpq_init(s);
                set_q(q, pts[pt][0], pts[pt][1]);
                set_q(t, pts[pt][2], pts[pt][3]);
                if (wk_cpp_qt_series_fmpq(c, w, T, N, q, t) != WK_OK)
                    bad++;
                for (n = 0; n <= N; n++) {
                    if (!weight_sum(s, w, T, n, q, t, 0, 0) || !fmpq_equal(s, c + n))
                        bad++;
                    if (!weight_sum(s, w, T, n, q, t, 0, 1) || !fmpq_equal(s, c + n))
                        bad_order++;
                }
                _fmpq_vec_clear(c, N + 1);
                fmpq_clear(q); fmpq_clear(t); fmpq_clear(s);
            }
            flint_free(w);
        }
        TAP_OK(bad == 0, "sum A_pi z^|pi| = product side to z^6, six profiles, four rational points (q = 0, t = 0 among them)");
        TAP_OK(bad_order == 0, "psi on up steps and phi on down steps give the same sums");
    }
    /* symbolically: (q;q)_n sum_{|pi| = n} A_pi = P_n (the single weights
       have other denominators, such as 1 - q^2 t; only the sum is P_n/(q;q)_n) */
    {
        static const char *profs[] = {"10", "1100", "1010", "110"};
        slong pi, n, N = 5, bad = 0;
        for (pi = 0; pi < 4; pi++) {
            slong T, *w = word(profs[pi], &T), i, j;
            wk_qt_series_t S;
            wk_qt_series_init(S, ctx);
            wk_cpp_qt_series(S, w, T, N, ctx);
            for (n = 0; n <= N; n++) {
                wk_cpp_list_t L;
                fmpz_mpoly_t SN, SD, num, den, qp, x, g;
                fmpz_mpoly_init(SN, ctx); fmpz_mpoly_init(SD, ctx); fmpz_mpoly_init(num, ctx);
                fmpz_mpoly_init(den, ctx); fmpz_mpoly_init(qp, ctx); fmpz_mpoly_init(x, ctx);
                fmpz_mpoly_init(g, ctx);
                fmpz_mpoly_one(qp, ctx);
                fmpz_mpoly_one(SD, ctx);
                for (j = 1; j <= n; j++) {
                    char buf[32];
                    snprintf(buf, sizeof buf, "1 - q^%ld", (long) j);
                    fmpz_mpoly_set_str_pretty(x, buf, vars, ctx);
                    fmpz_mpoly_mul(qp, qp, x, ctx);
                }
                wk_cpp_list_init(L);
                wk_cpp_list(L, w, T, n, -1);
                for (i = 0; i < L->length; i++) {
                    /* SN/SD += num/den */
                    wk_cpp_qt_weight(num, den, w, T, L->entries[i].mu, T + 1, WK_CPP_STRICT, ctx);
                    fmpz_mpoly_mul(SN, SN, den, ctx);
                    fmpz_mpoly_mul(x, num, SD, ctx);
                    fmpz_mpoly_add(SN, SN, x, ctx);
                    fmpz_mpoly_mul(SD, SD, den, ctx);
                    fmpz_mpoly_gcd(g, SN, SD, ctx);
                    fmpz_mpoly_divides(SN, SN, g, ctx);
                    fmpz_mpoly_divides(SD, SD, g, ctx);
                }
                /* SN (q;q)_n == P_n SD */
                fmpz_mpoly_mul(x, SN, qp, ctx);
                fmpz_mpoly_mul(g, S->coeffs + n, SD, ctx);
                if (!fmpz_mpoly_equal(x, g, ctx)) {
                    tap_diag("profile %s, n = %ld: the sum of weights is not P_n/(q;q)_n", profs[pi], (long) n);
                    bad++;
                }
                wk_cpp_list_clear(L);
                fmpz_mpoly_clear(SN, ctx); fmpz_mpoly_clear(SD, ctx); fmpz_mpoly_clear(num, ctx);
                fmpz_mpoly_clear(den, ctx); fmpz_mpoly_clear(qp, ctx); fmpz_mpoly_clear(x, ctx);
                fmpz_mpoly_clear(g, ctx);
            }
            wk_qt_series_clear(S, ctx);
            flint_free(w);
        }
        TAP_OK(bad == 0, "symbolic: (q;q)_n sum_{|pi|=n} A_pi = P_n to z^5 for 10, 1100, 1010, 110");
    }
    /* t = q: the (q,t) series is Borodin's */
    {
        slong T, *w = word("110100", &T), n, N = 20, ok = 1;
        fmpq_t q;
        fmpq *c = _fmpq_vec_init(N + 1);
        fmpz_poly_t b;
        fmpq_init(q);
        fmpz_poly_init(b);
        set_q(q, 2, 7);
        wk_cpp_qt_series_fmpq(c, w, T, N, q, q);
        wk_cpp_series(b, w, T, N);
        for (n = 0; n <= N; n++) {
            fmpz_t x;
            fmpz_init(x);
            fmpz_poly_get_coeff_fmpz(x, b, n);
            ok = ok && fmpz_is_one(fmpq_denref(c + n)) && fmpz_equal(fmpq_numref(c + n), x);
            fmpz_clear(x);
        }
        TAP_OK(ok, "t = q = 2/7: the (q,t) series of 110100 is Borodin's to z^20");
        _fmpq_vec_clear(c, N + 1);
        fmpq_clear(q);
        fmpz_poly_clear(b);
        flint_free(w);
    }
    /* the product side against its log/exp expansion: generic points,
       q = 0 (Hall-Littlewood (1 - t u)/(1 - u)) and t = 0 (q-Whittaker
       1/(u;q)_inf) */
    {
        static const char *profs[] = {"1010", "11010", "1101001"};
        static const slong pts[4][4] = {{0, 1, -3, 4}, {1, 5, 0, 1}, {-2, 3, 7, 2}, {3, 1, 1, 3}};
        slong pi, pt, n, N = 14, ok = 1;
        for (pi = 0; pi < 3; pi++) {
            slong T, *w = word(profs[pi], &T);
            slong *e = flint_malloc((N + 1) * sizeof(slong));
            wk_cpp_borodin_exponents(e, w, T, N);
            for (pt = 0; pt < 4; pt++) {
                fmpq_t q, t, x;
                fmpq *c = _fmpq_vec_init(N + 1);
                fmpq_poly_t P;
                fmpq_init(q); fmpq_init(t); fmpq_init(x);
                fmpq_poly_init(P);
                set_q(q, pts[pt][0], pts[pt][1]);
                set_q(t, pts[pt][2], pts[pt][3]);
                ok = ok && wk_cpp_qt_series_fmpq(c, w, T, N, q, t) == WK_OK;
                product_by_log(P, e, T, N, q, t);
                for (n = 0; n <= N; n++) {
                    fmpq_poly_get_coeff_fmpq(x, P, n);
                    ok = ok && fmpq_equal(x, c + n);
                }
                fmpq_poly_clear(P);
                _fmpq_vec_clear(c, N + 1);
                fmpq_clear(q); fmpq_clear(t); fmpq_clear(x);
            }
            flint_free(e);
            flint_free(w);
        }
        TAP_OK(ok, "product side = exp(sum (1-t^k) u^k/(k(1-q^k))) to z^14 at q = 0, t = 0 and generic points");
    }
    {
        /* q = 0 in closed form: prod [(1 - t z^m)/(1 - z^m)]^{e_m} */
        slong T, *w = word("11010", &T), N = 14, m, c, n, ok = 1;
        slong *e = flint_malloc((N + 1) * sizeof(slong));
        fmpq_t q, t, x;
        fmpq *v = _fmpq_vec_init(N + 1);
        fmpq_poly_t P, f;
        fmpq_init(q); fmpq_init(t); fmpq_init(x);
        fmpq_poly_init(P); fmpq_poly_init(f);
        set_q(q, 0, 1); set_q(t, -3, 4);
        wk_cpp_borodin_exponents(e, w, T, N);
        wk_cpp_qt_series_fmpq(v, w, T, N, q, t);
        fmpq_poly_one(P);
        for (m = 1; m <= N; m++)
            for (c = 0; c < e[m]; c++) {
                fmpq_poly_zero(f);
                fmpq_poly_set_coeff_si(f, 0, 1);
                fmpq_poly_set_coeff_si(f, m, -1);
                fmpq_poly_inv_series(f, f, N + 1);
                fmpq_poly_mullow(P, P, f, N + 1);
                if (m % T != 0) {
                    fmpq_poly_zero(f);
                    fmpq_poly_set_coeff_si(f, 0, 1);
                    fmpq_neg(x, t);
                    fmpq_poly_set_coeff_fmpq(f, m, x);
                    fmpq_poly_mullow(P, P, f, N + 1);
                }
            }
        for (n = 0; n <= N; n++) {
            fmpq_poly_get_coeff_fmpq(x, P, n);
            ok = ok && fmpq_equal(x, v + n);
        }
        TAP_OK(ok, "q = 0: the series is prod [(1 - t z^m)/(1 - z^m)]^{e_m} (Hall-Littlewood)");
        fmpq_poly_clear(P); fmpq_poly_clear(f);
        fmpq_clear(q); fmpq_clear(t); fmpq_clear(x);
        _fmpq_vec_clear(v, N + 1);
        flint_free(e);
        flint_free(w);
    }
    /* mu^0 empty: sum over RPPs = prod over hooks (t z^h;q)/(z^h;q) (Okada) */
    {
        static const char *profs[] = {"1100", "10110", "101010"};
        slong pi, n, N = 7, ok = 1;
        for (pi = 0; pi < 3; pi++) {
            slong T, *w = word(profs[pi], &T), i, j, h, r, k;
            fmpq_t q, t, s, x, y;
            fmpq *G = _fmpq_vec_init(N + 1), *A = _fmpq_vec_init(N + 1), *C = _fmpq_vec_init(N + 1);
            fmpq_init(q); fmpq_init(t); fmpq_init(s); fmpq_init(x); fmpq_init(y);
            set_q(q, 1, 3); set_q(t, 5, 2);
            /* G[r] = (t;q)_r/(q;q)_r */
            fmpq_one(G);
            for (r = 1; r <= N; r++) {
                fmpq_pow_si(x, q, r); fmpq_sub_si(x, x, 1); fmpq_neg(x, x);
                fmpq_pow_si(y, q, r - 1); fmpq_mul(y, y, t); fmpq_sub_si(y, y, 1); fmpq_neg(y, y);
                fmpq_mul(G + r, G + r - 1, y);
                fmpq_div(G + r, G + r, x);
            }
            fmpq_one(A);
            for (i = 0; i < T; i++)
                for (j = i + 1; j < T; j++) {
                    if (!(w[i] == 1 && w[j] == 0))
                        continue;
                    h = j - i;
                    for (k = 0; k <= N; k++) {
                        fmpq_zero(C + k);
                        for (r = 0; h * r <= k; r++)
                            fmpq_addmul(C + k, A + k - h * r, G + r);
                    }
                    for (k = 0; k <= N; k++)
                        fmpq_swap(A + k, C + k);
                }
            for (n = 0; n <= N; n++)
                ok = ok && weight_sum(s, w, T, n, q, t, 1, 0) && fmpq_equal(s, A + n);
            _fmpq_vec_clear(G, N + 1); _fmpq_vec_clear(A, N + 1); _fmpq_vec_clear(C, N + 1);
            fmpq_clear(q); fmpq_clear(t); fmpq_clear(s); fmpq_clear(x); fmpq_clear(y);
            flint_free(w);
        }
        TAP_OK(ok, "RPPs (mu^0 empty): sum A_pi = prod over cells of (t z^h;q)/(z^h;q) (Okada) to z^7");
    }
    /* singular points */
    {
        slong T, *w = word("10", &T), p[1] = {1};
        wk_partition_struct mu[3];
        fmpq_t q, t, r;
        fmpq *c = _fmpq_vec_init(4);
        int i;
        for (i = 0; i < 3; i++)
            wk_partition_init(mu + i);
        wk_partition_set_vec(mu + 1, p, 1);
        fmpq_init(q); fmpq_init(t); fmpq_init(r);
        set_q(q, 1, 1); set_q(t, 1, 2);
        TAP_OK(wk_cpp_qt_weight_fmpq(r, w, T, mu, 3, WK_CPP_STRICT, q, t) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "weight is singular at q = 1") == 0,
               "A_pi at q = 1: %s", wk_error_msg());
        TAP_OK(wk_cpp_qt_series_fmpq(c, w, T, 3, q, t) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "(q,t) series is singular at q = 1") == 0,
               "series at q = 1: %s", wk_error_msg());
        set_q(q, -1, 1);
        TAP_OK(wk_cpp_qt_series_fmpq(c, w, T, 1, q, t) == WK_OK
               && wk_cpp_qt_series_fmpq(c, w, T, 3, q, t) == WK_E_DOMAIN,
               "q = -1 is singular from z^2 on: %s", wk_error_msg());
        fmpq_clear(q); fmpq_clear(t); fmpq_clear(r);
        _fmpq_vec_clear(c, 4);
        for (i = 0; i < 3; i++)
            wk_partition_clear(mu + i);
        flint_free(w);
    }
    fmpz_mpoly_ctx_clear(ctx);
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}
