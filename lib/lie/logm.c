/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/logm.c: matrix exponential (arb_mat_exp), principal logarithm and
   principal square root (spec 3.8): closed forms for 2 x 2 (the SL(2)
   formula L = acosc(t)(A - tI), t = tr A/2, scaled by sqrt(det)), certified
   eigen-decomposition enclosures (funm.c) for n >= 3, the Hermite
   interpolant on the exact spectrum (hermite.c) for exact matrices the
   eigenvectors cannot certify (defective ones), and for such ball matrices
   inverse scaling and squaring (Higham, Functions of Matrices, 2008, ch. 11)
   with a certified residual ||exp(L) - A||. */
#include <complex.h>
#include <lapacke.h>
#include "core/wk_lapack.h"  /* LAPACK is loaded on first use */
#include "internal.h"

/* ---- exp ------------------------------------------------------------------ */

wk_status wk_lie_expm(arb_mat_t E, const wk_lie_src_t X, slong prec)
{
    wk_status st;
    slong n, w, cap;
    int exact, sym, have_prev = 0;
    arb_mat_t B;
    mag_t s, prev, cur;

    if ((st = _wk_lie_check_basic(X, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(X);
    if (arb_mat_nrows(E) != n || arb_mat_ncols(E) != n)
        return wk_error(WK_E_DIM, "result is %ldx%ld, matrix is %ldx%ld", (long) arb_mat_nrows(E),
                        (long) arb_mat_ncols(E), (long) n, (long) n);
    exact = wk_lie_src_is_exact(X);
    sym = exact && _wk_lie_src_is_symmetric(X);
    cap = _wk_lie_prec_cap(prec);
    arb_mat_init(B, n, n);
    mag_init(s); mag_init(prev); mag_init(cur);
    for (w = prec + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        if ((st = _wk_lie_round_check(w, cap, prec)) != WK_OK)
            break;
        wk_lie_src_get_arb(B, X, w);
        arb_mat_exp(E, B, w);
        if (sym)
            _wk_lie_symmetrize(E, w);
        _wk_lie_mag_frobenius(s, E);
        if (_wk_lie_accurate(E, s, prec))
            break;
        _wk_lie_max_rad(cur, E);
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    arb_mat_clear(B);
    mag_clear(s); mag_clear(prev); mag_clear(cur);
    return st;
}

/* ---- 2 x 2 closed forms ------------------------------------------------------ */

/* principal log (fun = LOG) or sqrt of every point matrix in A (2 x 2):
   0 ok, 2 no principal log (certain), 3 undecided. */
static int funm_2x2(arb_mat_t L, const arb_mat_t A, _wk_lie_funm_kind fun, slong prec)
{
    arb_t det, sd, t, h, c, u;
    int res = 0;
    arb_init(det); arb_init(sd); arb_init(t); arb_init(h); arb_init(c); arb_init(u);
    arb_mat_det(det, A, prec);
    if (!arb_is_positive(det))
    {
        res = arb_is_nonpositive(det) ? 2 : 3;
        goto cleanup;
    }
    arb_sqrt(sd, det, prec);
    arb_add(h, arb_mat_entry(A, 0, 0), arb_mat_entry(A, 1, 1), prec);
    arb_mul_2exp_si(h, h, -1);                 /* h = tr A / 2 */
    arb_div(t, h, sd, prec);                   /* t = tr A' / 2, A' = A / sqrt(det) */
    arb_set_si(u, -1);
    if (!arb_gt(t, u))
    {
        res = arb_lt(t, u) ? 2 : 3;
        goto cleanup;
    }
    if (fun == _WK_LIE_FUNM_LOG)
    {
        /* L = (1/2) log(det) I + (acosc(t)/sqrt(det)) (A - h I) */
        _wk_lie_acosc(c, t, prec);
        arb_div(c, c, sd, prec);
        arb_log(u, det, prec);
        arb_mul_2exp_si(u, u, -1);
        arb_mat_scalar_mul_arb(L, A, c, prec);
        arb_mul(c, c, h, prec);
        arb_sub(c, u, c, prec);
        arb_add(arb_mat_entry(L, 0, 0), arb_mat_entry(L, 0, 0), c, prec);
        arb_add(arb_mat_entry(L, 1, 1), arb_mat_entry(L, 1, 1), c, prec);
    }
    else
    {
        /* sqrt(A) = (A + s I)/sqrt(tr A + 2 s), s = sqrt(det) */
        arb_mul_2exp_si(c, h, 1);
        arb_addmul_ui(c, sd, 2, prec);
        arb_rsqrt(c, c, prec);
        arb_mat_set(L, A);
        arb_add(arb_mat_entry(L, 0, 0), arb_mat_entry(L, 0, 0), sd, prec);
        arb_add(arb_mat_entry(L, 1, 1), arb_mat_entry(L, 1, 1), sd, prec);
        arb_mat_scalar_mul_arb(L, L, c, prec);
    }
cleanup:
    arb_clear(det); arb_clear(sd); arb_clear(t); arb_clear(h); arb_clear(c); arb_clear(u);
    return res;
}

/* ---- symmetric input ------------------------------------------------------------ */

/* log / sqrt of a symmetric (midpoint and radii) matrix through the symmetric
   decomposition: 0 ok, 2 an eigenvalue certainly < 0 (or = 0 for exact
   input), 3 undecided, 1 not certified, -1 interrupted */
static int funm_sym(arb_mat_t L, const arb_mat_t B, _wk_lie_funm_kind fun, int exact, slong w)
{
    slong n = arb_mat_nrows(B), i;
    int r;
    _wk_lie_symdec_t D;
    _wk_lie_symdec_init(D, n);
    r = _wk_lie_symdec_compute(D, B, w);
    if (r == 0)
    {
        r = _wk_lie_symdec_apply(L, D, fun == _WK_LIE_FUNM_LOG ? _WK_LIE_F_LOG : _WK_LIE_F_SQRT, exact, w);
        if (r != 0)
        {
            /* outside the domain: certainly, or undecided? */
            r = 3;
            for (i = 0; i < n; i++)
                if (arb_is_negative(D->lam + i))
                    r = 2;
        }
    }
    _wk_lie_symdec_clear(D);
    return r;
}

/* ---- inverse scaling and squaring (approximate) -------------------------------- */

/* log2 of the largest midpoint entry (WORD_MIN for zero) */
static slong mid_log2_max(const arb_mat_t A)
{
    slong i, j, e = WORD_MIN;
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
            if (!arf_is_zero(arb_midref(arb_mat_entry(A, i, j))))
                e = FLINT_MAX(e, arf_abs_bound_lt_2exp_si(arb_midref(arb_mat_entry(A, i, j))));
    return e;
}

/* L ~ log A at precision w (midpoints): Denman-Beavers square roots until
   ||A^(1/2^k) - I|| <= 2^-10, then log Z = 2 atanh((Z - I)(Z + I)^-1).
   Returns 0 on success. */
static int log_iss_approx(arb_mat_t L, const arb_mat_t A, slong w)
{
    slong n = arb_mat_nrows(A), k, it, j, ey;
    int ok = 1;
    arb_mat_t Y, Z, Yi, Zi, M, W, W2, P;
    arb_mat_init(Y, n, n); arb_mat_init(Z, n, n); arb_mat_init(Yi, n, n); arb_mat_init(Zi, n, n);
    arb_mat_init(M, n, n); arb_mat_init(W, n, n); arb_mat_init(W2, n, n); arb_mat_init(P, n, n);
    arb_mat_get_mid(Y, A);
    for (k = 0; ok; k++)
    {
        if (k > 100) { ok = 0; break; }
        arb_mat_set(M, Y);
        for (j = 0; j < n; j++)
            arb_sub_ui(arb_mat_entry(M, j, j), arb_mat_entry(M, j, j), 1, w);
        if (mid_log2_max(M) <= -10)
            break;
        /* Denman-Beavers: Y -> (Y + Z^-1)/2, Z -> (Z + Y^-1)/2 (Z0 = I) */
        arb_mat_one(Z);
        for (it = 0; ; it++)
        {
            int last;
            if (it > 100 || wk_interrupted() || !arb_mat_approx_inv(Yi, Y, w)
                || !arb_mat_approx_inv(Zi, Z, w))
            {
                ok = 0;
                break;
            }
            arb_mat_add(M, Y, Zi, w);
            arb_mat_scalar_mul_2exp_si(M, M, -1);
            arb_mat_add(Z, Z, Yi, w);
            arb_mat_scalar_mul_2exp_si(Z, Z, -1);
            arb_mat_get_mid(Z, Z);
            arb_mat_get_mid(M, M);
            arb_mat_sub(Yi, M, Y, w);
            arb_mat_swap(Y, M);
            ey = mid_log2_max(Y);
            /* quadratic convergence: once the step is below 2^-w/2, one more */
            last = (mid_log2_max(Yi) < ey - w / 2 - 4);
            if (mid_log2_max(Yi) < ey - w + 4)
                break;
            if (last)
            {
                /* one more iteration then stop */
                if (!arb_mat_approx_inv(Yi, Y, w) || !arb_mat_approx_inv(Zi, Z, w))
                {
                    ok = 0;
                    break;
                }
                arb_mat_add(M, Y, Zi, w);
                arb_mat_scalar_mul_2exp_si(M, M, -1);
                arb_mat_get_mid(Y, M);
                break;
            }
        }
    }
    if (ok)
    {
        /* W = (Z - I)(Z + I)^-1, log Z = 2 sum_j W^(2j+1)/(2j+1) */
        arb_mat_set(M, Y);
        arb_mat_set(P, Y);
        for (j = 0; j < n; j++)
        {
            arb_sub_ui(arb_mat_entry(M, j, j), arb_mat_entry(M, j, j), 1, w);
            arb_add_ui(arb_mat_entry(P, j, j), arb_mat_entry(P, j, j), 1, w);
        }
        if (!arb_mat_approx_inv(Zi, P, w))
            ok = 0;
        else
        {
            arb_mat_approx_mul(W, M, Zi, w);
            arb_mat_approx_mul(W2, W, W, w);
            arb_mat_set(L, W);
            arb_mat_set(P, W);
            for (j = 1; j < w; j++)
            {
                slong eterm;
                arb_mat_approx_mul(P, P, W2, w);
                arb_mat_scalar_div_si(M, P, 2 * j + 1, w);
                arb_mat_add(L, L, M, w);
                arb_mat_get_mid(L, L);
                eterm = mid_log2_max(M);
                if (eterm == WORD_MIN || eterm < mid_log2_max(L) - w - 4)
                    break;
            }
            arb_mat_scalar_mul_2exp_si(L, L, k + 1);
            arb_mat_get_mid(L, L);
        }
    }
    arb_mat_clear(Y); arb_mat_clear(Z); arb_mat_clear(Yi); arb_mat_clear(Zi);
    arb_mat_clear(M); arb_mat_clear(W); arb_mat_clear(W2); arb_mat_clear(P);
    return ok ? 0 : 1;
}

/* every eigenvalue of the point matrix L (double estimate) in |Im| < pi */
static int strip_ok(const arb_mat_t L)
{
    slong n = arb_mat_nrows(L), i, j;
    double complex * a = flint_malloc(sizeof(double complex) * n * n);
    double complex * wv = flint_malloc(sizeof(double complex) * n);
    int ok = 1;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            a[i * n + j] = arf_get_d(arb_midref(arb_mat_entry(L, i, j)), ARF_RND_NEAR);
    if (LAPACKE_zgeev(LAPACK_ROW_MAJOR, 'N', 'N', n, a, n, wv, NULL, n, NULL, n) != 0)
        ok = 0;
    for (i = 0; i < n && ok; i++)
        if (!(fabs(cimag(wv[i])) < 3.14159265358979))
            ok = 0;
    flint_free(a);
    flint_free(wv);
    return ok;
}

/* ---- log / sqrt driver ------------------------------------------------------- */

void wk_lie_loginfo_init(wk_lie_loginfo_t info)
{
    info->cert = WK_LIE_CERTIFIED;
    info->unique = 1;
    mag_init(&info->residual);
}

void wk_lie_loginfo_clear(wk_lie_loginfo_t info)
{
    mag_clear(&info->residual);
}

static wk_status funm_driver(arb_mat_t L, wk_lie_loginfo_t info,
                             const wk_lie_src_t A, _wk_lie_funm_kind fun, slong prec)
{
    wk_status st;
    slong n, w, cap, failures = 0;
    int exact, sym, defective, have_prev = 0;
    arb_mat_t B;
    acb_mat_t Ac, F;
    acb_ptr eigs;
    mag_t s, one, prev, cur;
    const char * what = (fun == _WK_LIE_FUNM_LOG) ? "log" : "square root";

    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(A);
    if (arb_mat_nrows(L) != n || arb_mat_ncols(L) != n)
        return wk_error(WK_E_DIM, "result is %ldx%ld, matrix is %ldx%ld", (long) arb_mat_nrows(L),
                        (long) arb_mat_ncols(L), (long) n, (long) n);
    if (info)
    {
        info->cert = WK_LIE_CERTIFIED;
        info->unique = 1;
        mag_zero(&info->residual);
    }
    exact = wk_lie_src_is_exact(A);
    if (A->q)
    {
        char buf[128];
        if (_wk_lie_exact_nonpos_eigenvalue(buf, sizeof buf, A->q))
            return wk_error(WK_E_DOMAIN, "%s on (-inf, 0]: no principal %s", buf, what);
    }
    cap = _wk_lie_prec_cap(prec);
    sym = _wk_lie_src_is_symmetric(A);
    /* exact input with n >= 3: defective matrices go straight to the
       Hermite interpolant of hermite.c (certified) */
    defective = (A->q != NULL && n >= 3 && !sym && !_wk_lie_exact_is_diagonalizable(A->q));
    arb_mat_init(B, n, n);
    acb_mat_init(Ac, n, n);
    acb_mat_init(F, n, n);
    eigs = _acb_vec_init(n);
    mag_init(s); mag_init(one); mag_init(prev); mag_init(cur);
    mag_one(one);

    for (w = prec + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        int r;
        if ((st = _wk_lie_round_check(w, cap, prec)) != WK_OK)
            break;
        wk_lie_src_get_arb(B, A, w + 8);
        if (n == 1)
        {
            arb_ptr a = arb_mat_entry(B, 0, 0);
            if (arb_is_positive(a))
            {
                r = 0;
                if (fun == _WK_LIE_FUNM_LOG)
                    arb_log(arb_mat_entry(L, 0, 0), a, w);
                else
                    arb_sqrt(arb_mat_entry(L, 0, 0), a, w);
            }
            else
                r = arb_is_nonpositive(a) ? 2 : 3;
        }
        else if (n == 2)
            r = funm_2x2(L, B, fun, w);
        else if (sym)
            r = funm_sym(L, B, fun, exact, w);
        else if (defective)
            r = _wk_lie_funm_hermite(L, A->q, fun, w);
        else
        {
            acb_mat_set_arb_mat(Ac, B);
            r = _wk_lie_funm(F, eigs, Ac, fun, w);
            if (r == 0)
                _wk_lie_acb_mat_get_real(L, F);
        }
        if (r < 0)
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        if (r == 2)
        {
            slong i;
            char * str = NULL;
            for (i = 0; i < n && n >= 3; i++)
                if (arb_is_negative(acb_realref(eigs + i)) && arb_contains_zero(acb_imagref(eigs + i)))
                {
                    str = arb_get_str(acb_realref(eigs + i), 15, 0);
                    break;
                }
            if (str != NULL)
            {
                st = wk_error(WK_E_DOMAIN, "eigenvalue %s < 0 (real): no principal %s", str, what);
                flint_free(str);
            }
            else
                st = wk_error(WK_E_DOMAIN, "an eigenvalue is real and <= 0: no principal %s", what);
            break;
        }
        if (r == 0)
        {
            if (fun == _WK_LIE_FUNM_LOG)
            {
                _wk_lie_mag_frobenius(s, L);
                mag_max(s, s, one);
            }
            else
                _wk_lie_mag_frobenius(s, L);
            if (_wk_lie_accurate(L, s, prec))
                break;
            _wk_lie_max_rad(cur, L);
            if (_wk_lie_stalled(prev, &have_prev, cur, exact))
                break;
            continue;
        }
        if (r == 3 && exact)
            r = 1;   /* exact input: the log exists (charpoly), so not certified yet */
        if (r == 3 && !exact && w >= 4 * prec)
        {
            st = wk_error(WK_E_UNDECIDED, "an eigenvalue ball meets (-inf, 0]: principal %s undecided", what);
            break;
        }
        if (r == 1 && A->q != NULL && n >= 3 && !defective && ++failures >= 2)
        {
            /* exact input the eigenvector route cannot certify: the Hermite
               interpolant (hermite.c) is certified for every exact matrix */
            defective = 1;
            continue;
        }
        if (r == 1 && A->q == NULL && ++failures >= 2)
        {
            /* not diagonalisable at this precision: residual-verified log */
            if (fun == _WK_LIE_FUNM_SQRT || info == NULL)
            {
                st = wk_error(WK_E_PRECISION, "matrix is defective (or nearly): no certified %s", what);
                break;
            }
            if (log_iss_approx(L, B, prec + 64) != 0 || !strip_ok(L))
            {
                st = wk_error(WK_E_PRECISION, "inverse scaling and squaring failed: no %s", what);
                break;
            }
            {
                arb_mat_t Ex;
                arb_mat_init(Ex, n, n);
                arb_mat_exp(Ex, L, prec + 64);
                arb_mat_sub(Ex, Ex, B, prec + 64);
                _wk_lie_mag_frobenius(&info->residual, Ex);
                arb_mat_clear(Ex);
            }
            info->cert = WK_LIE_RESIDUAL_VERIFIED;
            break;
        }
    }
    arb_mat_clear(B);
    acb_mat_clear(Ac);
    acb_mat_clear(F);
    _acb_vec_clear(eigs, n);
    mag_clear(s); mag_clear(one); mag_clear(prev); mag_clear(cur);
    return st;
}

wk_status wk_lie_logm(arb_mat_t L, wk_lie_loginfo_t info, const wk_lie_src_t A, slong prec)
{
    return funm_driver(L, info, A, _WK_LIE_FUNM_LOG, prec);
}

wk_status wk_lie_sqrtm(arb_mat_t Y, const wk_lie_src_t A, slong prec)
{
    return funm_driver(Y, NULL, A, _WK_LIE_FUNM_SQRT, prec);
}
