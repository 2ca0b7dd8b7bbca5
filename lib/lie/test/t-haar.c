/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the Haar densities (spec section 4): public J values (P1, P2, P4,
   P5, P6); Vol(SO(n)), C_2 = 4 pi, C_3 = 64 pi^2; J(kXk^T) = J(-X) = J(X);
   stable log J for large gaps against direct evaluation; and the chart
   Jacobians against central finite differences at 320 bits: polar, Iwasawa,
   Cartan and square-root charts of GL+(n) against Lebesgue measure
   (|det DPhi| / |det g|^n), and for SL(n) the transition maps
   Iwasawa -> polar, Cartan -> polar and left translation in the polar chart
   (coordinates recovered by wk_lie_polar and wk_lie_log_SO). */
#include "helpers.h"

#define FDP 320     /* working precision of the finite differences */
#define FDH (-90)   /* step 2^FDH */

typedef void (*fd_map)(arb_ptr y, arb_srcptr x, void * ctx);

/* log |det J| of the map at x (m -> m), central differences */
static double fd_logdet(fd_map F, void * ctx, arb_srcptr x, slong m, arb_t out)
{
    slong i, j;
    arb_ptr xp = _arb_vec_init(m), yp = _arb_vec_init(m), ym = _arb_vec_init(m);
    arb_mat_t J;
    arb_t h;
    arb_mat_init(J, m, m);
    arb_init(h);
    arb_one(h);
    arb_mul_2exp_si(h, h, FDH);
    for (j = 0; j < m; j++)
    {
        _arb_vec_set(xp, x, m);
        arb_add(xp + j, xp + j, h, FDP);
        F(yp, xp, ctx);
        _arb_vec_set(xp, x, m);
        arb_sub(xp + j, xp + j, h, FDP);
        F(ym, xp, ctx);
        for (i = 0; i < m; i++)
        {
            arb_sub(arb_mat_entry(J, i, j), yp + i, ym + i, FDP);
            arb_mul_2exp_si(arb_mat_entry(J, i, j), arb_mat_entry(J, i, j), -FDH - 1);
        }
    }
    arb_mat_get_mid(J, J);
    arb_mat_det(out, J, FDP);
    arb_abs(out, out);
    arb_log(out, out, FDP);
    _arb_vec_clear(xp, m);
    _arb_vec_clear(yp, m);
    _arb_vec_clear(ym, m);
    arb_mat_clear(J);
    arb_clear(h);
    return arf_get_d(arb_midref(out), ARF_RND_NEAR);
}

/* ---- building blocks of the charts ---- */

static slong nn;                  /* matrix size of the current test */
static arb_mat_struct R0[1], V0[1];   /* base rotations of the source charts */
static arb_mat_struct RT[1];          /* base rotation of the target (polar) chart */
static int set_target = 0;            /* 1: the next call records RT */

/* Exponential coordinates R = base exp(W(w)) carry the Haar measure (as
   d w / Vol) only at w = 0 for n >= 3, so every chart is evaluated at w = 0
   around a random base rotation, and the target coordinates of a
   transition map are taken around the target's own base point. */

/* skew matrix from n(n-1)/2 coordinates: Omega = sum w_ij (e_ij - e_ji) */
static void skew_from(arb_mat_t W, arb_srcptr w)
{
    slong i, j, k = 0;
    arb_mat_zero(W);
    for (i = 0; i < nn; i++)
        for (j = i + 1; j < nn; j++, k++)
        {
            arb_set(arb_mat_entry(W, i, j), w + k);
            arb_neg(arb_mat_entry(W, j, i), w + k);
        }
}

/* symmetric X from measure coordinates x_ij, i <= j (sl: x_nn = -sum) */
static slong sym_from(arb_mat_t X, arb_srcptr x, int sl)
{
    slong i, j, k = 0;
    arb_mat_zero(X);
    for (i = 0; i < nn; i++)
        for (j = i; j < nn; j++)
        {
            if (sl && i == nn - 1 && j == nn - 1)
                continue;
            arb_set(arb_mat_entry(X, i, j), x + k);
            arb_set(arb_mat_entry(X, j, i), x + k);
            k++;
        }
    if (sl)
        for (i = 0; i < nn - 1; i++)
            arb_sub(arb_mat_entry(X, nn - 1, nn - 1), arb_mat_entry(X, nn - 1, nn - 1), arb_mat_entry(X, i, i), FDP);
    return k;
}

/* R = base exp(Omega(w)) */
static void rot(arb_mat_t R, const arb_mat_t base, arb_srcptr w)
{
    arb_mat_t W;
    arb_mat_init(W, nn, nn);
    skew_from(W, w);
    arb_mat_exp(W, W, FDP);
    arb_mat_mul(R, base, W, FDP);
    arb_mat_clear(W);
}

static void vec_of(arb_ptr y, const arb_mat_t g)
{
    slong i;
    for (i = 0; i < nn * nn; i++)
        arb_set(y + i, g->entries + i);
}

/* polar chart of GL+: (x, w) -> R0 exp(W) exp(X) */
static void map_polar(arb_ptr y, arb_srcptr p, void * ctx)
{
    slong d;
    arb_mat_t X, R, g;
    arb_mat_init(X, nn, nn); arb_mat_init(R, nn, nn); arb_mat_init(g, nn, nn);
    d = sym_from(X, p, 0);
    arb_mat_exp(X, X, FDP);
    rot(R, R0, p + d);
    arb_mat_mul(g, R, X, FDP);
    vec_of(y, g);
    arb_mat_clear(X); arb_mat_clear(R); arb_mat_clear(g);
}

/* Iwasawa chart: (a, n_ij (i<j), w) -> R0 exp(W) diag(a) N */
static void map_iwasawa(arb_ptr y, arb_srcptr p, void * ctx)
{
    slong i, j, k = nn;
    arb_mat_t N, R, g;
    arb_mat_init(N, nn, nn); arb_mat_init(R, nn, nn); arb_mat_init(g, nn, nn);
    arb_mat_one(N);
    for (i = 0; i < nn; i++)
        for (j = i + 1; j < nn; j++)
            arb_set(arb_mat_entry(N, i, j), p + k++);
    for (i = 0; i < nn; i++)
        for (j = 0; j < nn; j++)
            arb_mul(arb_mat_entry(N, i, j), arb_mat_entry(N, i, j), p + i, FDP);
    rot(R, R0, p + k);
    arb_mat_mul(g, R, N, FDP);
    vec_of(y, g);
    arb_mat_clear(N); arb_mat_clear(R); arb_mat_clear(g);
}

/* Cartan chart: (w, t, w') -> R0 exp(W) diag(e^t) (V0 exp(W'))^T */
static void map_cartan(arb_ptr y, arb_srcptr p, void * ctx)
{
    slong i, j, m = nn * (nn - 1) / 2;
    arb_mat_t U, V, g;
    arb_t e;
    arb_mat_init(U, nn, nn); arb_mat_init(V, nn, nn); arb_mat_init(g, nn, nn);
    arb_init(e);
    rot(U, R0, p);
    rot(V, V0, p + m + nn);
    for (j = 0; j < nn; j++)
    {
        arb_exp(e, p + m + j, FDP);
        for (i = 0; i < nn; i++)
            arb_mul(arb_mat_entry(U, i, j), arb_mat_entry(U, i, j), e, FDP);
    }
    arb_mat_transpose(V, V);
    arb_mat_mul(g, U, V, FDP);
    vec_of(y, g);
    arb_mat_clear(U); arb_mat_clear(V); arb_mat_clear(g);
    arb_clear(e);
}

/* square-root chart: (s_ij (i<=j), w) -> S^(1/2) R0 exp(W) */
static void map_sqrt(arb_ptr y, arb_srcptr p, void * ctx)
{
    slong d;
    arb_mat_t S, H, R, g;
    wk_lie_src_t src;
    arb_mat_init(S, nn, nn); arb_mat_init(H, nn, nn); arb_mat_init(R, nn, nn); arb_mat_init(g, nn, nn);
    d = sym_from(S, p, 0);
    wk_lie_src_arb(src, S);
    wk_lie_sqrtm(H, src, FDP - 20);
    rot(R, R0, p + d);
    arb_mat_mul(g, H, R, FDP);
    vec_of(y, g);
    arb_mat_clear(S); arb_mat_clear(H); arb_mat_clear(R); arb_mat_clear(g);
}

/* ---- SL: polar coordinates of g (x0 measure coords of X, w = coords of
   log(R0^T U)) ---- */
static void polar_coords_sl(arb_ptr y, const arb_mat_t g)
{
    slong i, j, k = 0;
    wk_lie_polar_t P;
    wk_lie_src_t s;
    arb_mat_t T, K;
    wk_lie_polar_init(P, nn);
    arb_mat_init(T, nn, nn);
    arb_mat_init(K, nn, nn);
    wk_lie_src_arb(s, g);
    wk_lie_polar(P, s, WK_LIE_SL, FDP - 40);
    for (i = 0; i < nn; i++)
        for (j = i; j < nn; j++)
        {
            if (i == nn - 1 && j == nn - 1)
                continue;
            arb_set(y + k++, arb_mat_entry(&P->X, i, j));
        }
    if (set_target)
        arb_mat_set(RT, &P->U);
    arb_mat_transpose(T, RT);
    arb_mat_mul(T, T, &P->U, FDP);
    wk_lie_src_arb(s, T);
    wk_lie_log_SO(K, NULL, s, FDP - 60);
    for (i = 0; i < nn; i++)
        for (j = i + 1; j < nn; j++)
            arb_set(y + k++, arb_mat_entry(K, i, j));
    wk_lie_polar_clear(P);
    arb_mat_clear(T);
    arb_mat_clear(K);
}

/* SL Iwasawa: (t_1..t_{n-1}, n_ij, w) -> R0 exp(W) diag(e^t) N, t_n = -sum */
static void map_sl_iwasawa_to_polar(arb_ptr y, arb_srcptr p, void * ctx)
{
    slong i, j, k = nn - 1;
    arb_mat_t N, R, g;
    arb_ptr t = _arb_vec_init(nn);
    arb_mat_init(N, nn, nn); arb_mat_init(R, nn, nn); arb_mat_init(g, nn, nn);
    for (i = 0; i < nn - 1; i++)
    {
        arb_set(t + i, p + i);
        arb_sub(t + nn - 1, t + nn - 1, p + i, FDP);
    }
    arb_mat_one(N);
    for (i = 0; i < nn; i++)
        for (j = i + 1; j < nn; j++)
            arb_set(arb_mat_entry(N, i, j), p + k++);
    for (i = 0; i < nn; i++)
    {
        arb_exp(t + i, t + i, FDP);
        for (j = 0; j < nn; j++)
            arb_mul(arb_mat_entry(N, i, j), arb_mat_entry(N, i, j), t + i, FDP);
    }
    rot(R, R0, p + k);
    arb_mat_mul(g, R, N, FDP);
    polar_coords_sl(y, g);
    _arb_vec_clear(t, nn);
    arb_mat_clear(N); arb_mat_clear(R); arb_mat_clear(g);
}

/* SL Cartan: (w, t_1..t_{n-1}, w') -> U e^t V^T, then polar coordinates */
static void map_sl_cartan_to_polar(arb_ptr y, arb_srcptr p, void * ctx)
{
    slong i, j, m = nn * (nn - 1) / 2;
    arb_mat_t U, V, g;
    arb_ptr t = _arb_vec_init(nn);
    arb_mat_init(U, nn, nn); arb_mat_init(V, nn, nn); arb_mat_init(g, nn, nn);
    for (i = 0; i < nn - 1; i++)
    {
        arb_set(t + i, p + m + i);
        arb_sub(t + nn - 1, t + nn - 1, p + m + i, FDP);
    }
    rot(U, R0, p);
    rot(V, V0, p + m + nn - 1);
    for (j = 0; j < nn; j++)
    {
        arb_exp(t + j, t + j, FDP);
        for (i = 0; i < nn; i++)
            arb_mul(arb_mat_entry(U, i, j), arb_mat_entry(U, i, j), t + j, FDP);
    }
    arb_mat_transpose(V, V);
    arb_mat_mul(g, U, V, FDP);
    polar_coords_sl(y, g);
    _arb_vec_clear(t, nn);
    arb_mat_clear(U); arb_mat_clear(V); arb_mat_clear(g);
}

/* SL left translation in the polar chart: (x0, w) -> coords of h R0 exp(W) exp(X0) */
static arb_mat_struct Hl[1];
static void map_sl_left(arb_ptr y, arb_srcptr p, void * ctx)
{
    slong d;
    arb_mat_t X, R, g;
    arb_mat_init(X, nn, nn); arb_mat_init(R, nn, nn); arb_mat_init(g, nn, nn);
    d = sym_from(X, p, 1);
    arb_mat_exp(X, X, FDP);
    rot(R, R0, p + d);
    arb_mat_mul(g, R, X, FDP);
    arb_mat_mul(g, Hl, g, FDP);
    polar_coords_sl(y, g);
    arb_mat_clear(X); arb_mat_clear(R); arb_mat_clear(g);
}

/* a rational rotation (Cayley) as balls */
static void cayley_rot(arb_mat_t R, flint_rand_t st)
{
    slong i, j;
    fmpq_mat_t S, I1, I2;
    fmpq_mat_init(S, nn, nn); fmpq_mat_init(I1, nn, nn); fmpq_mat_init(I2, nn, nn);
    for (i = 0; i < nn; i++)
        for (j = i + 1; j < nn; j++)
        {
            fmpq_set_si(fmpq_mat_entry(S, i, j), (slong) n_randint(st, 7) - 3, 1 + n_randint(st, 3));
            fmpq_neg(fmpq_mat_entry(S, j, i), fmpq_mat_entry(S, i, j));
        }
    fmpq_mat_one(I1);
    fmpq_mat_sub(I1, I1, S);
    fmpq_mat_one(I2);
    fmpq_mat_add(I2, I2, S);
    fmpq_mat_inv(I1, I1);
    fmpq_mat_mul(S, I1, I2);
    arb_mat_set_fmpq_mat(R, S, FDP);
    fmpq_mat_clear(S); fmpq_mat_clear(I1); fmpq_mat_clear(I2);
}

/* log |det g| of the image point */
static void log_det_of(arb_t r, fd_map F, arb_srcptr x)
{
    arb_ptr y = _arb_vec_init(nn * nn);
    arb_mat_t g;
    arb_mat_init(g, nn, nn);
    F(y, x, NULL);
    _arb_vec_set(g->entries, y, nn * nn);
    arb_mat_det(r, g, FDP);
    arb_abs(r, r);
    arb_log(r, r, FDP);
    _arb_vec_clear(y, nn * nn);
    arb_mat_clear(g);
}

static void rnd(arb_t x, flint_rand_t st, slong lo, slong hi, slong den)
{
    arb_set_si(x, lo + (slong) n_randint(st, hi - lo + 1));
    arb_div_si(x, x, den, FDP);
}

int main(int argc, char ** argv)
{
    slong prec = th_bits(30);
    flint_rand_t st;
    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 29);

    /* public J values */
    {
        struct { slong n; const slong * a; wk_lie_group G; const char * J; const char * name; } v[] = {
            {2, (const slong[]) {3, 1, -2, 5}, WK_LIE_GLPLUS, "1.04855512842981927413403125055", "P1"},
            {2, (const slong[]) {1000000, 1000001, 999999, 1000000}, WK_LIE_SL, "6.89243635091911683975750295891e+10", "P2"},
            {3, (const slong[]) {1, 2, 3, 0, 1, 4, 5, 6, 0}, WK_LIE_SL, "552.584121103082361302355924309", "P4"},
        };
        slong k;
        for (k = 0; k < 3; k++)
        {
            fmpq_mat_t A;
            wk_lie_src_t s;
            arb_t l, c;
            arb_init(l);
            arb_init(c);
            th_fmpq_mat(A, v[k].n, v[k].n, v[k].a, NULL);
            wk_lie_src_fmpq(s, A);
            TAP_OK(wk_lie_haar_logdensity_at(l, WK_LIE_CHART_POLAR, s, v[k].G, prec + 16) == WK_OK, "%s density", v[k].name);
            wk_lie_haar_const(c, WK_LIE_CHART_POLAR, v[k].G, v[k].n, prec + 16);
            arb_log(c, c, prec + 16);
            arb_sub(l, l, c, prec + 16);
            arb_exp(l, l, prec + 16);
            TAP_OK(th_check_dec(l, v[k].J), "%s J to 30 digits", v[k].name);
            arb_clear(l);
            arb_clear(c);
            fmpq_mat_clear(A);
        }
        /* P5 and P6 (Hilbert(4)) */
        {
            fmpq_mat_t A;
            fmpz_t p;
            wk_lie_src_t s;
            arb_t l, c;
            slong i, j;
            arb_init(l);
            arb_init(c);
            fmpz_init(p);
            fmpq_mat_init(A, 2, 2);
            fmpq_one(fmpq_mat_entry(A, 0, 0));
            fmpq_one(fmpq_mat_entry(A, 0, 1));
            fmpq_one(fmpq_mat_entry(A, 1, 0));
            fmpz_ui_pow_ui(p, 10, 20);
            fmpz_add_ui(fmpq_numref(fmpq_mat_entry(A, 1, 1)), p, 1);
            fmpz_set(fmpq_denref(fmpq_mat_entry(A, 1, 1)), p);
            wk_lie_src_fmpq(s, A);
            wk_lie_haar_logdensity_at(l, WK_LIE_CHART_POLAR, s, WK_LIE_GLPLUS, prec + 16);
            wk_lie_haar_const(c, WK_LIE_CHART_POLAR, WK_LIE_GLPLUS, 2, prec + 16);
            arb_log(c, c, prec + 16);
            arb_sub(l, l, c, prec + 16);
            arb_exp(l, l, prec + 16);
            TAP_OK(th_check_dec(l, "4.21602967942098671073007767205e+18"), "P5 J to 30 digits");
            fmpq_mat_clear(A);
            fmpq_mat_init(A, 4, 4);
            for (i = 0; i < 4; i++)
                for (j = 0; j < 4; j++)
                    fmpq_set_si(fmpq_mat_entry(A, i, j), 1, i + j + 1);
            wk_lie_src_fmpq(s, A);
            wk_lie_haar_logdensity_at(l, WK_LIE_CHART_POLAR, s, WK_LIE_GLPLUS, prec + 16);
            wk_lie_haar_const(c, WK_LIE_CHART_POLAR, WK_LIE_GLPLUS, 4, prec + 16);
            arb_log(c, c, prec + 16);
            arb_sub(l, l, c, prec + 16);
            arb_exp(l, l, prec + 16);
            TAP_OK(th_check_dec(l, "1.24121158765539116850043948907e+8"), "P6 J to 30 digits");
            fmpq_mat_clear(A);
            fmpz_clear(p);
            arb_clear(l);
            arb_clear(c);
        }
    }
    /* constants */
    {
        arb_t v, pi, t;
        arb_init(v); arb_init(pi); arb_init(t);
        arb_const_pi(pi, 200);
        wk_lie_vol_SO(v, 2, 200);
        arb_mul_2exp_si(t, pi, 1);
        TAP_OK(arb_overlaps(v, t), "Vol(SO(2)) = 2 pi");
        wk_lie_vol_SO(v, 3, 200);
        arb_mul(t, pi, pi, 200);
        arb_mul_2exp_si(t, t, 3);
        TAP_OK(arb_overlaps(v, t), "Vol(SO(3)) = 8 pi^2");
        wk_lie_haar_const(v, WK_LIE_CHART_POLAR, WK_LIE_GLPLUS, 2, 200);
        arb_mul_2exp_si(t, pi, 2);
        TAP_OK(arb_overlaps(v, t), "C_2 = 4 pi");
        wk_lie_haar_const(v, WK_LIE_CHART_POLAR, WK_LIE_GLPLUS, 3, 200);
        arb_mul(t, pi, pi, 200);
        arb_mul_2exp_si(t, t, 6);
        TAP_OK(arb_overlaps(v, t), "C_3 = 64 pi^2");
        arb_clear(v); arb_clear(pi); arb_clear(t);
    }
    /* J symmetries and the stable formula */
    {
        arb_ptr lam = _arb_vec_init(3);
        arb_t a, b, d;
        arb_init(a); arb_init(b); arb_init(d);
        arb_set_si(lam + 0, 1000);
        arb_zero(lam + 1);
        wk_lie_log_J(a, lam, 2, 200);
        arb_set_si(d, 1000);
        arb_sinh(b, d, 400);
        arb_div_si(b, b, 1000, 400);
        arb_log(b, b, 400);
        TAP_OK(arb_overlaps(a, b) && mag_cmp_2exp_si(arb_radref(a), -180) < 0, "log J for a gap of 1000 (stable formula)");
        arb_set_d(lam + 0, 1e-30);
        wk_lie_log_J(a, lam, 2, 200);
        arb_set_d(d, 1e-30);
        arb_mul(b, d, d, 400);
        arb_div_ui(b, b, 6, 400);      /* log(sinh d/d) = d^2/6 - d^4/180 + ... */
        TAP_OK(arb_overlaps(a, b) && mag_cmp_2exp_si(arb_radref(a), -300) < 0, "log J for a gap of 1e-30 (series)");
        arb_set_si(lam + 0, 2);
        arb_set_si(lam + 1, -1);
        arb_set_d(lam + 2, 0.5);
        wk_lie_log_J(a, lam, 3, 200);
        arb_neg(lam + 0, lam + 0);
        arb_neg(lam + 1, lam + 1);
        arb_neg(lam + 2, lam + 2);
        wk_lie_log_J(b, lam, 3, 200);
        TAP_OK(arb_overlaps(a, b), "J(-X) = J(X)");
        _arb_vec_clear(lam, 3);
        arb_clear(a); arb_clear(b); arb_clear(d);
    }
    {
        /* J(k X k^T) = J(X) through the matrix route */
        slong x[] = {1, 2, 0, 2, -1, 3, 0, 3, 2}, r[] = {2, -1, 2, 2, 2, -1, -1, 2, 2}, rd[] = {3, 3, 3, 3, 3, 3, 3, 3, 3};
        fmpq_mat_t X, K, Kt, Y;
        wk_lie_src_t s;
        arb_t a, b;
        arb_init(a);
        arb_init(b);
        th_fmpq_mat(X, 3, 3, x, NULL);
        th_fmpq_mat(K, 3, 3, r, rd);
        fmpq_mat_init(Kt, 3, 3);
        fmpq_mat_init(Y, 3, 3);
        fmpq_mat_transpose(Kt, K);
        fmpq_mat_mul(Y, K, X);
        fmpq_mat_mul(Y, Y, Kt);
        wk_lie_src_fmpq(s, X);
        wk_lie_haar_logdensity_polar(a, s, WK_LIE_GLPLUS, 150);
        wk_lie_src_fmpq(s, Y);
        wk_lie_haar_logdensity_polar(b, s, WK_LIE_GLPLUS, 150);
        TAP_OK(arb_overlaps(a, b) && mag_cmp_2exp_si(arb_radref(a), -140) < 0, "J(k X k^T) = J(X)");
        arb_clear(a);
        arb_clear(b);
        fmpq_mat_clear(X); fmpq_mat_clear(K); fmpq_mat_clear(Kt); fmpq_mat_clear(Y);
    }
    /* chart Jacobians of GL+(n) against finite differences */
    for (nn = 2; nn <= 3; nn++)
    {
        slong m = nn * nn, i, d = nn * (nn + 1) / 2, mk = nn * (nn - 1) / 2;
        arb_ptr x = _arb_vec_init(m);
        arb_t fd, ld, ex, t;
        arb_mat_t X;
        double err;
        arb_init(fd); arb_init(ld); arb_init(ex); arb_init(t);
        arb_mat_init(R0, nn, nn);
        arb_mat_init(V0, nn, nn);
        arb_mat_init(RT, nn, nn);
        arb_mat_init(X, nn, nn);
        cayley_rot(R0, st);
        cayley_rot(V0, st);

        /* polar: |det DPhi| / |det g|^n = 2^(n(n-1)/2) J(X) */
        for (i = 0; i < d; i++) rnd(x + i, st, -8, 8, 7);
        for (i = d; i < m; i++) arb_zero(x + i);
        fd_logdet(map_polar, NULL, x, m, fd);
        log_det_of(ld, map_polar, x);
        arb_submul_si(fd, ld, nn, FDP);
        sym_from(X, x, 0);
        {
            wk_lie_src_t s;
            wk_lie_src_arb(s, X);
            wk_lie_haar_logdensity_polar(ex, s, WK_LIE_GLPLUS, 200);
        }
        wk_lie_vol_SO(t, nn, 200);
        arb_log(t, t, 200);
        arb_sub(ex, ex, t, 200);               /* log(C_n J / Vol) */
        arb_sub(t, fd, ex, 200);
        err = fabs(arf_get_d(arb_midref(t), ARF_RND_NEAR));
        TAP_OK(err < 1e-40, "GL+(%ld) polar chart: FD Jacobian = C_n J(X)/Vol (|diff| %.1e)", nn, err);

        /* Iwasawa: |det DPhi| / |det g|^n = prod a_i^(n-2i) */
        for (i = 0; i < nn; i++) rnd(x + i, st, 3, 20, 7);
        for (i = nn; i < nn + mk; i++) rnd(x + i, st, -5, 5, 7);
        for (i = nn + mk; i < m; i++) arb_zero(x + i);
        fd_logdet(map_iwasawa, NULL, x, m, fd);
        log_det_of(ld, map_iwasawa, x);
        arb_submul_si(fd, ld, nn, FDP);
        wk_lie_haar_logdensity_iwasawa(ex, x, nn, WK_LIE_GLPLUS, 200);
        wk_lie_vol_SO(t, nn, 200);
        arb_log(t, t, 200);
        arb_sub(ex, ex, t, 200);
        arb_sub(t, fd, ex, 200);
        err = fabs(arf_get_d(arb_midref(t), ARF_RND_NEAR));
        TAP_OK(err < 1e-40, "GL+(%ld) Iwasawa chart: FD Jacobian = prod a_i^(n-2i) (|diff| %.1e)", nn, err);

        /* Cartan: |det DPhi| / |det g|^n = 2^(n(n-1)/2) prod sinh(t_i - t_j);
           the chart is 2^(n-1) to 1 (M), hence H6's 2^(-(n-1)) */
        for (i = 0; i < mk; i++) arb_zero(x + i);
        for (i = 0; i < nn; i++) arb_set_si(x + mk + i, 2 * (nn - i));
        arb_add_si(x + mk, x + mk, 0, FDP);
        rnd(t, st, 1, 5, 7);
        arb_add(x + mk, x + mk, t, FDP);
        for (i = mk + nn; i < m; i++) arb_zero(x + i);
        fd_logdet(map_cartan, NULL, x, m, fd);
        log_det_of(ld, map_cartan, x);
        arb_submul_si(fd, ld, nn, FDP);
        wk_lie_haar_logdensity_cartan(ex, x + mk, nn, WK_LIE_GLPLUS, 200);
        wk_lie_vol_SO(t, nn, 200);
        arb_log(t, t, 200);
        arb_submul_ui(ex, t, 2, 200);
        arb_const_log2(t, 200);
        arb_addmul_si(ex, t, nn - 1, 200);     /* local density = H6 density x 2^(n-1) */
        arb_sub(t, fd, ex, 200);
        err = fabs(arf_get_d(arb_midref(t), ARF_RND_NEAR));
        TAP_OK(err < 1e-40, "GL+(%ld) Cartan chart: FD Jacobian = 2^(n-1) x H6 density (|diff| %.1e)", nn, err);

        /* square root: |det DPhi| / |det g|^n = 2^-n det(S)^(-(n+1)/2) */
        {
            arb_mat_t S;
            wk_lie_src_t s;
            arb_mat_init(S, nn, nn);
            do
            {
                for (i = 0; i < d; i++) rnd(x + i, st, -6, 6, 7);
                for (i = 0; i < nn; i++)
                    arb_add_ui(x + (i == 0 ? 0 : (i == 1 ? nn : 2 * nn - 1)), x + (i == 0 ? 0 : (i == 1 ? nn : 2 * nn - 1)), 2, FDP);
                sym_from(S, x, 0);
                wk_lie_src_arb(s, S);
            } while (wk_lie_haar_logdensity_sqrt(ex, s, 200) != WK_OK);
            for (i = d; i < m; i++) arb_zero(x + i);
            fd_logdet(map_sqrt, NULL, x, m, fd);
            log_det_of(ld, map_sqrt, x);
            arb_submul_si(fd, ld, nn, FDP);
            wk_lie_vol_SO(t, nn, 200);
            arb_log(t, t, 200);
            arb_sub(ex, ex, t, 200);
            arb_sub(t, fd, ex, 200);
            err = fabs(arf_get_d(arb_midref(t), ARF_RND_NEAR));
            TAP_OK(err < 1e-40, "GL+(%ld) square-root chart: FD Jacobian = 2^-n det(S)^(-(n+1)/2) (|diff| %.1e)", nn, err);
            arb_mat_clear(S);
        }

        /* SL(n): Iwasawa -> polar transition: rho_P(X0) |det D| = rho_I(t) */
        {
            slong ms = m - 1;
            arb_ptr y = _arb_vec_init(ms);
            arb_mat_t X0;
            wk_lie_src_t s;
            arb_mat_init(X0, nn, nn);
            for (i = 0; i < nn - 1; i++) rnd(x + i, st, -6, 6, 7);
            for (i = nn - 1; i < nn - 1 + mk; i++) rnd(x + i, st, -4, 4, 7);
            for (i = nn - 1 + mk; i < ms; i++) arb_zero(x + i);
            set_target = 1;
            map_sl_iwasawa_to_polar(y, x, NULL);
            set_target = 0;
            fd_logdet(map_sl_iwasawa_to_polar, NULL, x, ms, fd);
            sym_from(X0, y, 1);
            wk_lie_src_arb(s, X0);
            wk_lie_haar_logdensity_polar(ld, s, WK_LIE_SL, 200);
            arb_add(fd, fd, ld, 200);
            wk_lie_haar_logdensity_iwasawa(ex, x, nn, WK_LIE_SL, 200);
            arb_sub(t, fd, ex, 200);
            err = fabs(arf_get_d(arb_midref(t), ARF_RND_NEAR));
            TAP_OK(err < 1e-40, "SL(%ld) Iwasawa density 2^(-n(n-1)/2) e^(sum (n+1-2i) t_i) matches H4 (|diff| %.1e)", nn, err);

            /* Cartan -> polar */
            for (i = 0; i < mk; i++) arb_zero(x + i);
            for (i = 0; i < nn - 1; i++) arb_set_si(x + mk + i, 3 - 2 * i);
            for (i = mk + nn - 1; i < ms; i++) arb_zero(x + i);
            set_target = 1;
            map_sl_cartan_to_polar(y, x, NULL);
            set_target = 0;
            fd_logdet(map_sl_cartan_to_polar, NULL, x, ms, fd);
            sym_from(X0, y, 1);
            wk_lie_src_arb(s, X0);
            wk_lie_haar_logdensity_polar(ld, s, WK_LIE_SL, 200);
            arb_add(fd, fd, ld, 200);
            wk_lie_haar_logdensity_cartan(ex, x + mk, nn, WK_LIE_SL, 200);
            arb_const_log2(t, 200);
            arb_addmul_si(ex, t, nn - 1, 200);
            wk_lie_vol_SO(t, nn, 200);          /* dU dV vs dR: one Vol more */
            arb_log(t, t, 200);
            arb_sub(ex, ex, t, 200);
            arb_sub(t, fd, ex, 200);
            err = fabs(arf_get_d(arb_midref(t), ARF_RND_NEAR));
            TAP_OK(err < 1e-40, "SL(%ld) Cartan density 2^-(n-1) Vol prod sinh matches H4 (x 2^(n-1) cover) (|diff| %.1e)", nn, err);

            /* left invariance of J dX0 dR: rho(X0') |det D L_h| = rho(X0) */
            arb_mat_init(Hl, nn, nn);
            {
                /* h = an SL element: diag(2, 1/2 [, 1]) times a rotation */
                arb_mat_t Dg;
                arb_mat_init(Dg, nn, nn);
                arb_mat_one(Dg);
                arb_set_si(arb_mat_entry(Dg, 0, 0), 2);
                arb_set_d(arb_mat_entry(Dg, 1, 1), 0.5);
                arb_mat_mul(Hl, Dg, V0, FDP);
                arb_mat_clear(Dg);
            }
            for (i = 0; i < d - 1; i++) rnd(x + i, st, -6, 6, 7);
            for (i = d - 1; i < ms; i++) arb_zero(x + i);
            set_target = 1;
            map_sl_left(y, x, NULL);
            set_target = 0;
            fd_logdet(map_sl_left, NULL, x, ms, fd);
            sym_from(X0, y, 1);
            wk_lie_src_arb(s, X0);
            wk_lie_haar_logdensity_polar(ld, s, WK_LIE_SL, 200);
            arb_add(fd, fd, ld, 200);
            sym_from(X0, x, 1);
            wk_lie_src_arb(s, X0);
            wk_lie_haar_logdensity_polar(ex, s, WK_LIE_SL, 200);
            arb_sub(t, fd, ex, 200);
            err = fabs(arf_get_d(arb_midref(t), ARF_RND_NEAR));
            TAP_OK(err < 1e-40, "SL(%ld) H4 density is left invariant (|diff| %.1e)", nn, err);
            arb_mat_clear(Hl);
            arb_mat_clear(X0);
            _arb_vec_clear(y, ms);
        }
        _arb_vec_clear(x, m);
        arb_clear(fd); arb_clear(ld); arb_clear(ex); arb_clear(t);
        arb_mat_clear(R0);
        arb_mat_clear(V0);
        arb_mat_clear(RT);
        arb_mat_clear(X);
    }
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
