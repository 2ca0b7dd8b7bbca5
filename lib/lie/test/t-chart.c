/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the global charts and vee/hat: xi(xi^-1(A)) = A (identity 7),
   xi^-1(xi(Y)) = Y, the polar chart inverse, P3 and P10 (log U), P1's log U;
   vee/hat round trips, orthonormality of the basis, the n = 2 basis of the
   spec, and log |d vee_p/dX| against the determinant of the linear map. */
#include "helpers.h"

static void random_mat(fmpq_mat_t A, flint_rand_t st, slong n)
{
    slong i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            fmpq_set_si(fmpq_mat_entry(A, i, j), (slong) n_randint(st, 13) - 6, 1 + n_randint(st, 4));
}

/* skew part of Y as a matrix */
static void skew_part(arb_mat_t K, const arb_mat_t Y, slong prec)
{
    slong i, j, n = arb_mat_nrows(Y);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            arb_sub(arb_mat_entry(K, i, j), arb_mat_entry(Y, i, j), arb_mat_entry(Y, j, i), prec);
            arb_mul_2exp_si(arb_mat_entry(K, i, j), arb_mat_entry(K, i, j), -1);
        }
}

int main(int argc, char ** argv)
{
    slong iter, prec = 110;
    flint_rand_t st;
    wk_lie_loginfo_t info;
    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 19);
    wk_lie_loginfo_init(info);

    /* identity 7 on random matrices of GL+ and SL */
    {
        int ok = 1;
        for (iter = 0; iter < 16 * tap_multiplier(); iter++)
        {
            slong n = 1 + n_randint(st, 4);
            wk_lie_group G = n_randint(st, 2) ? WK_LIE_SL : WK_LIE_GLPLUS;
            fmpq_mat_t A;
            fmpq_t d;
            arb_mat_t Y, g, B;
            wk_lie_src_t s;
            fmpq_mat_init(A, n, n);
            fmpq_init(d);
            do
            {
                random_mat(A, st, n);
                fmpq_mat_det(d, A);
            } while (fmpq_sgn(d) <= 0);
            if (G == WK_LIE_SL)
            {
                /* scale the first row by 1/det */
                slong j;
                for (j = 0; j < n; j++)
                    fmpq_div(fmpq_mat_entry(A, 0, j), fmpq_mat_entry(A, 0, j), d);
            }
            arb_mat_init(Y, n, n);
            arb_mat_init(g, n, n);
            arb_mat_init(B, n, n);
            arb_mat_set_fmpq_mat(B, A, prec + 64);
            wk_lie_src_fmpq(s, A);
            if (wk_lie_chart_log(Y, info, s, G, prec) != WK_OK)
                ok = 0;
            else
            {
                wk_lie_src_arb(s, Y);
                if (wk_lie_chart_exp(g, s, G, prec) != WK_OK || !th_overlaps(g, B))
                    ok = 0;
                if (G == WK_LIE_SL)
                {
                    arb_t t;
                    arb_init(t);
                    arb_mat_trace(t, Y, prec);
                    ok = ok && arb_contains_zero(t);
                    arb_clear(t);
                }
            }
            arb_mat_clear(Y);
            arb_mat_clear(g);
            arb_mat_clear(B);
            fmpq_mat_clear(A);
            fmpq_clear(d);
        }
        TAP_OK(ok, "identity 7: xi(xi^-1(A)) = A (GL+ and SL, tr xi^-1 = 0 for SL)");
    }
    /* xi^-1(xi(Y)) = Y when the skew part has angles < pi */
    {
        int ok = 1;
        for (iter = 0; iter < 10 * tap_multiplier(); iter++)
        {
            slong n = 2 + n_randint(st, 3), i, j;
            fmpq_mat_t Yq;
            arb_mat_t g, Y2, Yb;
            wk_lie_src_t s;
            fmpq_mat_init(Yq, n, n);
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                    fmpq_set_si(fmpq_mat_entry(Yq, i, j), (slong) n_randint(st, 9) - 4, 4 + n_randint(st, 4));
            arb_mat_init(g, n, n);
            arb_mat_init(Y2, n, n);
            arb_mat_init(Yb, n, n);
            arb_mat_set_fmpq_mat(Yb, Yq, prec + 64);
            wk_lie_src_fmpq(s, Yq);
            if (wk_lie_chart_exp(g, s, WK_LIE_GLPLUS, prec + 30) != WK_OK)
                ok = 0;
            else
            {
                wk_lie_src_arb(s, g);
                ok = ok && wk_lie_chart_log(Y2, info, s, WK_LIE_GLPLUS, prec) == WK_OK && th_overlaps(Y2, Yb);
            }
            arb_mat_clear(g);
            arb_mat_clear(Y2);
            arb_mat_clear(Yb);
            fmpq_mat_clear(Yq);
        }
        TAP_OK(ok, "xi^-1(xi(Y)) = Y for small skew parts");
    }
    /* P1: log U = [[0, k], [-k, 0]], k = 0.3587...; polar chart inverse */
    {
        slong a[] = {3, 1, -2, 5};
        fmpq_mat_t A;
        arb_mat_t Y, K, B, C;
        wk_lie_src_t s, us, xs;
        wk_lie_polar_t P;
        th_fmpq_mat(A, 2, 2, a, NULL);
        arb_mat_init(Y, 2, 2);
        arb_mat_init(K, 2, 2);
        arb_mat_init(B, 2, 2);
        arb_mat_init(C, 2, 2);
        wk_lie_src_fmpq(s, A);
        TAP_OK(wk_lie_chart_log(Y, info, s, WK_LIE_GLPLUS, th_bits(30)) == WK_OK && info->unique, "P1 xi^-1 succeeds");
        skew_part(K, Y, th_bits(30));
        TAP_OK(th_check_dec(arb_mat_entry(K, 0, 1), "0.358770670270572220395920063926")
               && th_check_dec(arb_mat_entry(Y, 0, 0), "1.15013354426391187228213128114"), "P1 log U and Xl to 30 digits");
        wk_lie_polar_init(P, 2);
        wk_lie_polar(P, s, WK_LIE_GLPLUS, 100);
        wk_lie_src_arb(us, &P->U);
        wk_lie_src_arb(xs, &P->X);
        arb_mat_set_fmpq_mat(B, A, 200);
        TAP_OK(wk_lie_polar_compose(C, us, xs, 0, 100) == WK_OK && th_overlaps(C, B), "polar chart inverse: U exp(X) = A");
        wk_lie_src_arb(xs, &P->Xl);
        TAP_OK(wk_lie_polar_compose(C, us, xs, 1, 100) == WK_OK && th_overlaps(C, B), "polar chart inverse: exp(Xl) U = A");
        wk_lie_polar_clear(P);
        arb_mat_clear(Y); arb_mat_clear(K); arb_mat_clear(B); arb_mat_clear(C);
        fmpq_mat_clear(A);
    }
    /* P3: outside exp(sl(2)), product form, log U with k = 2.6011... */
    {
        slong a[] = {-2, 3, 0, -1}, d[] = {1, 2, 1, 2};
        fmpq_mat_t A;
        arb_mat_t Y, K, E1, E2, B;
        wk_lie_src_t s;
        slong p = th_bits(30);
        th_fmpq_mat(A, 2, 2, a, d);
        arb_mat_init(Y, 2, 2); arb_mat_init(K, 2, 2); arb_mat_init(E1, 2, 2);
        arb_mat_init(E2, 2, 2); arb_mat_init(B, 2, 2);
        wk_lie_src_fmpq(s, A);
        TAP_OK(wk_lie_chart_log(Y, info, s, WK_LIE_SL, p) == WK_OK, "P3 xi^-1 succeeds");
        skew_part(K, Y, p);
        TAP_OK(th_check_dec(arb_mat_entry(K, 0, 1), "2.60117315331920908301906501867")
               && th_check_dec(arb_mat_entry(Y, 0, 0), "0.896045967989050350207001630657"), "P3 log U (k) and Xl to 30 digits");
        /* A = exp(Xl) exp(log U) */
        arb_mat_sub(E1, Y, K, p);
        arb_mat_exp(E1, E1, p + 30);
        arb_mat_exp(E2, K, p + 30);
        arb_mat_mul(E1, E1, E2, p + 30);
        arb_mat_set_fmpq_mat(B, A, p + 64);
        TAP_OK(th_overlaps(E1, B), "P3: A = exp(Xl) exp(log U)");
        arb_mat_clear(Y); arb_mat_clear(K); arb_mat_clear(E1); arb_mat_clear(E2); arb_mat_clear(B);
        fmpq_mat_clear(A);
    }
    /* P10: U with angle pi - 8.39e-17, log U row 1 */
    {
        slong a[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        fmpq_mat_t A;
        fmpz_t p;
        arb_mat_t Y, K;
        wk_lie_src_t s;
        slong pr = th_bits(30);
        th_fmpq_mat(A, 3, 3, a, NULL);
        fmpz_init(p);
        fmpz_ui_pow_ui(p, 10, 15);
        fmpz_mul_ui(fmpq_numref(fmpq_mat_entry(A, 2, 2)), p, 9);
        fmpz_sub_ui(fmpq_numref(fmpq_mat_entry(A, 2, 2)), fmpq_numref(fmpq_mat_entry(A, 2, 2)), 1);
        fmpz_set(fmpq_denref(fmpq_mat_entry(A, 2, 2)), p);
        arb_mat_init(Y, 3, 3);
        arb_mat_init(K, 3, 3);
        wk_lie_src_fmpq(s, A);
        TAP_OK(wk_lie_chart_log(Y, info, s, WK_LIE_GLPLUS, pr) == WK_OK && info->unique
               && info->cert == WK_LIE_CERTIFIED, "P10 xi^-1: certified and unique (angle pi - 8.39e-17)");
        skew_part(K, Y, pr);
        TAP_OK(arb_contains_zero(arb_mat_entry(K, 0, 0))
               && th_check_dec(arb_mat_entry(K, 0, 1), "2.37217644072625450680377504321")
               && th_check_dec(arb_mat_entry(K, 0, 2), "-1.73841970357332528776007334691"), "P10 log U row 1 to 30 digits");
        arb_mat_clear(Y);
        arb_mat_clear(K);
        fmpq_mat_clear(A);
        fmpz_clear(p);
    }
    /* chart_exp on sl needs tr Y = 0 */
    {
        slong y[] = {1, 0, 0, 0};
        fmpq_mat_t Yq;
        arb_mat_t g;
        wk_lie_src_t s;
        th_fmpq_mat(Yq, 2, 2, y, NULL);
        arb_mat_init(g, 2, 2);
        wk_lie_src_fmpq(s, Yq);
        TAP_OK(wk_lie_chart_exp(g, s, WK_LIE_SL, 64) == WK_E_DOMAIN && strstr(wk_error_msg(), "not in sl(2)"),
               "xi on sl(2) with tr Y = 1: E_DOMAIN (%s)", wk_error_msg());
        arb_mat_clear(g);
        fmpq_mat_clear(Yq);
    }
    /* vee / hat */
    {
        int ok_rt = 1, ok_on = 1, ok_jac = 1;
        slong n, g, ai;
        for (n = 1; n <= 4; n++)
            for (g = 0; g < 2; g++)
                for (ai = 0; ai < 2; ai++)
                {
                    wk_lie_group G = g ? WK_LIE_SL : WK_LIE_GLPLUS;
                    slong D = wk_lie_algebra_dim(G, n), d = wk_lie_p_dim(G, n), i, j, k;
                    arb_t alpha, t, u;
                    arb_ptr v, v2;
                    arb_mat_t X, X2, Bi, Bj, M;
                    if (D == 0)
                        continue;
                    arb_init(alpha); arb_init(t); arb_init(u);
                    arb_set_ui(alpha, ai ? 3 : 1);
                    v = _arb_vec_init(D);
                    v2 = _arb_vec_init(D);
                    arb_mat_init(X, n, n); arb_mat_init(X2, n, n);
                    arb_mat_init(Bi, n, n); arb_mat_init(Bj, n, n);
                    /* round trip on a random element */
                    for (i = 0; i < n; i++)
                        for (j = 0; j < n; j++)
                            arb_set_si(arb_mat_entry(X, i, j), (slong) n_randint(st, 11) - 5);
                    if (G == WK_LIE_SL)
                    {
                        arb_mat_trace(t, X, prec);
                        arb_sub(arb_mat_entry(X, n - 1, n - 1), arb_mat_entry(X, n - 1, n - 1), t, prec);
                    }
                    wk_lie_vee(v, X, G, alpha, prec);
                    wk_lie_hat(X2, v, D, G, alpha, prec);
                    ok_rt = ok_rt && th_overlaps(X, X2);
                    /* orthonormal: alpha tr(b_i^T b_j) = delta_ij */
                    for (i = 0; i < D; i++)
                        for (j = 0; j < D; j++)
                        {
                            _arb_vec_zero(v, D);
                            _arb_vec_zero(v2, D);
                            arb_one(v + i);
                            arb_one(v2 + j);
                            wk_lie_hat(Bi, v, D, G, alpha, prec);
                            wk_lie_hat(Bj, v2, D, G, alpha, prec);
                            arb_zero(t);
                            for (k = 0; k < n * n; k++)
                                arb_addmul(t, Bi->entries + k, Bj->entries + k, prec);
                            arb_mul(t, t, alpha, prec);
                            ok_on = ok_on && arb_contains_si(t, i == j);
                        }
                    /* |d vee_p/dX| from the matrix of the linear map on measure coordinates */
                    arb_mat_init(M, d, d);
                    k = 0;
                    for (i = 0; i < n; i++)
                        for (j = i; j < n; j++)
                        {
                            if (G == WK_LIE_SL && i == n - 1 && j == n - 1)
                                continue;
                            arb_mat_zero(X);
                            arb_one(arb_mat_entry(X, i, j));
                            arb_one(arb_mat_entry(X, j, i));
                            if (G == WK_LIE_SL && i == j)
                                arb_set_si(arb_mat_entry(X, n - 1, n - 1), -1);
                            wk_lie_vee_p(v, X, G, alpha, prec);
                            for (slong r = 0; r < d; r++)
                                arb_set(arb_mat_entry(M, r, k), v + r);
                            k++;
                        }
                    if (d > 0)
                    {
                        arb_mat_det(t, M, prec);
                        arb_abs(t, t);
                        arb_log(t, t, prec);
                        wk_lie_vee_p_logjac(u, G, n, alpha, prec);
                        ok_jac = ok_jac && arb_overlaps(t, u);
                    }
                    arb_mat_clear(M);
                    _arb_vec_clear(v, D);
                    _arb_vec_clear(v2, D);
                    arb_mat_clear(X); arb_mat_clear(X2); arb_mat_clear(Bi); arb_mat_clear(Bj);
                    arb_clear(alpha); arb_clear(t); arb_clear(u);
                }
        TAP_OK(ok_rt, "hat(vee(X)) = X (gl, sl; n = 1..4; alpha = 1, 3)");
        TAP_OK(ok_on, "the vee basis is orthonormal for alpha tr(X^T Y)");
        TAP_OK(ok_jac, "log |d vee_p/dX| = (d/2) log alpha + n(n-1)/4 log 2 (+ log(n)/2 for SL)");
    }
    /* the n = 2 bases of the spec */
    {
        arb_t alpha, r2;
        arb_ptr v = _arb_vec_init(4);
        arb_mat_t X;
        int ok = 1;
        arb_init(alpha);
        arb_init(r2);
        arb_one(alpha);
        arb_sqrt_ui(r2, 2, prec);
        arb_inv(r2, r2, prec);
        arb_mat_init(X, 2, 2);
        _arb_vec_zero(v, 4);
        arb_one(v + 1);
        wk_lie_hat(X, v, 4, WK_LIE_GLPLUS, alpha, prec);   /* (e12 + e21)/sqrt 2 */
        ok = ok && arb_overlaps(arb_mat_entry(X, 0, 1), r2) && arb_overlaps(arb_mat_entry(X, 1, 0), r2);
        _arb_vec_zero(v, 4);
        arb_one(v + 3);
        wk_lie_hat(X, v, 4, WK_LIE_GLPLUS, alpha, prec);   /* (e21 - e12)/sqrt 2 */
        ok = ok && arb_overlaps(arb_mat_entry(X, 1, 0), r2) && arb_is_negative(arb_mat_entry(X, 0, 1));
        _arb_vec_zero(v, 4);
        arb_one(v + 2);
        wk_lie_hat(X, v, 3, WK_LIE_SL, alpha, prec);       /* (e11 - e22)/sqrt 2 */
        ok = ok && arb_overlaps(arb_mat_entry(X, 0, 0), r2) && arb_is_negative(arb_mat_entry(X, 1, 1));
        _arb_vec_zero(v, 4);
        arb_one(v + 1);
        wk_lie_hat(X, v, 3, WK_LIE_SL, alpha, prec);       /* (e21 - e12)/sqrt 2 */
        ok = ok && arb_overlaps(arb_mat_entry(X, 1, 0), r2) && arb_contains_zero(arb_mat_entry(X, 0, 0));
        TAP_OK(ok, "GL(2) and SL(2) vee bases as in the authors' code");
        arb_clear(alpha);
        arb_clear(r2);
        _arb_vec_clear(v, 4);
        arb_mat_clear(X);
    }
    wk_lie_loginfo_clear(info);
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
