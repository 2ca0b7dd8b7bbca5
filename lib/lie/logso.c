/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/logso.c: logarithm on SO(n) (spec 3.7): n = 2 by atan2;
   n >= 3 K = acosc(C) S with C = (U + U^T)/2 = cos K, S = (U - U^T)/2 = sin K
   (acosc(c) = arccos c/sqrt(1-c^2) = theta/sin theta), certified on a
   symmetric eigendecomposition of C; rotation angle pi handled by the
   eigenspace of C for -1 (exactly over Q for rational U). */
#include "internal.h"

/* orthonormal basis of the column space of the projector P (n x n, balls),
   by Gram-Schmidt on the columns of P in index order: columns whose
   remaining norm^2 is below 1/4 are skipped (a projector column P e_j has
   norm^2 = P_jj).  E gets k columns; returns k. */
static slong projector_basis(arb_mat_t E, const arb_mat_t P, slong k, slong prec)
{
    slong n = arb_mat_nrows(P), j, i, c, got = 0;
    arb_ptr v = _arb_vec_init(n);
    arb_t t, nrm;
    arb_init(t);
    arb_init(nrm);
    for (j = 0; j < n && got < k; j++)
    {
        for (i = 0; i < n; i++)
            arb_set(v + i, arb_mat_entry(P, i, j));
        for (c = 0; c < got; c++)
        {
            arb_zero(t);
            for (i = 0; i < n; i++)
                arb_addmul(t, arb_mat_entry(E, i, c), v + i, prec);
            for (i = 0; i < n; i++)
                arb_submul(v + i, t, arb_mat_entry(E, i, c), prec);
        }
        arb_zero(nrm);
        for (i = 0; i < n; i++)
            arb_addmul(nrm, v + i, v + i, prec);
        arb_set_d(t, 0.25);
        if (!arb_gt(nrm, t))
            continue;
        arb_rsqrt(nrm, nrm, prec);
        for (i = 0; i < n; i++)
            arb_mul(arb_mat_entry(E, i, got), v + i, nrm, prec);
        got++;
    }
    _arb_vec_clear(v, n);
    arb_clear(t);
    arb_clear(nrm);
    return got;
}

/* K += pi sum_k (e_2k e_2k-1^T - e_2k-1 e_2k^T) over the columns of E */
static void add_pi_planes(arb_mat_t K, const arb_mat_t E, slong k, slong prec)
{
    slong n = arb_mat_nrows(K), a, i, j;
    arb_t pi, t;
    arb_init(pi);
    arb_init(t);
    arb_const_pi(pi, prec);
    for (a = 0; a + 1 < k; a += 2)
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
            {
                arb_mul(t, arb_mat_entry(E, i, a + 1), arb_mat_entry(E, j, a), prec);
                arb_submul(t, arb_mat_entry(E, i, a), arb_mat_entry(E, j, a + 1), prec);
                arb_addmul(arb_mat_entry(K, i, j), pi, t, prec);
            }
    arb_clear(pi);
    arb_clear(t);
}

/* K_ij = -K_ji, K_ii = 0 by intersection */
static void skew_clean(arb_mat_t K, slong prec)
{
    slong i, j, n = arb_mat_nrows(K);
    arb_t t, u;
    arb_init(t);
    arb_init(u);
    for (i = 0; i < n; i++)
    {
        if (arb_contains_zero(arb_mat_entry(K, i, i)))
            arb_zero(arb_mat_entry(K, i, i));
        for (j = i + 1; j < n; j++)
        {
            arb_neg(u, arb_mat_entry(K, j, i));
            if (arb_intersection(t, arb_mat_entry(K, i, j), u, prec))
            {
                arb_set(arb_mat_entry(K, i, j), t);
                arb_neg(arb_mat_entry(K, j, i), t);
            }
        }
    }
    arb_clear(t);
    arb_clear(u);
}

/* C = (U + U^T)/2, S = (U - U^T)/2 */
static void cos_sin_parts(arb_mat_t C, arb_mat_t S, const arb_mat_t U, slong prec)
{
    slong i, j, n = arb_mat_nrows(U);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            arb_add(arb_mat_entry(C, i, j), arb_mat_entry(U, i, j), arb_mat_entry(U, j, i), prec);
            arb_mul_2exp_si(arb_mat_entry(C, i, j), arb_mat_entry(C, i, j), -1);
            arb_sub(arb_mat_entry(S, i, j), arb_mat_entry(U, i, j), arb_mat_entry(U, j, i), prec);
            arb_mul_2exp_si(arb_mat_entry(S, i, j), arb_mat_entry(S, i, j), -1);
        }
}

/* K = acosc(C) S on a certified decomposition; returns 0 on success, 1 if
   the spectrum of C is not certified inside (-1, oo), -1 interrupted */
static int acosc_times(arb_mat_t K, const arb_mat_t C, const arb_mat_t S, slong w)
{
    slong n = arb_mat_nrows(C);
    int r;
    arb_mat_t G;
    _wk_lie_symdec_t D;
    arb_mat_init(G, n, n);
    _wk_lie_symdec_init(D, n);
    r = _wk_lie_symdec_compute(D, C, w);
    if (r == 0)
        r = _wk_lie_symdec_apply(G, D, _WK_LIE_F_ACOSC, 1, w);
    if (r == 0)
        arb_mat_mul(K, G, S, w);
    arb_mat_clear(G);
    _wk_lie_symdec_clear(D);
    return r;
}

/* exact U (rational) with eigenvalue -1: the eigenspace over Q */
static int log_so_exact_pi(arb_mat_t K, const fmpq_mat_t U, slong w)
{
    slong n = fmpq_mat_nrows(U), i, j, k;
    int r;
    fmpq_mat_t Cq, Nq, NtN, Pq, T;
    fmpz_mat_t Cz, Nz;
    fmpz_t den;
    arb_mat_t C, S, P, E, Ub;

    fmpq_mat_init(Cq, n, n);
    fmpz_mat_init(Cz, n, n);
    fmpz_mat_init(Nz, n, n);
    fmpz_init(den);
    /* C + I = (U + U^T)/2 + I */
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            fmpq_add(fmpq_mat_entry(Cq, i, j), fmpq_mat_entry(U, i, j), fmpq_mat_entry(U, j, i));
            fmpq_div_2exp(fmpq_mat_entry(Cq, i, j), fmpq_mat_entry(Cq, i, j), 1);
            if (i == j)
                fmpq_add_si(fmpq_mat_entry(Cq, i, j), fmpq_mat_entry(Cq, i, j), 1);
        }
    fmpq_mat_get_fmpz_mat_matwise(Cz, den, Cq);
    k = fmpz_mat_nullspace(Nz, Cz);

    /* projector P = N (N^T N)^-1 N^T, exact */
    fmpq_mat_init(Nq, n, k);
    fmpq_mat_init(NtN, k, k);
    fmpq_mat_init(Pq, n, n);
    fmpq_mat_init(T, n, k);
    for (i = 0; i < n; i++)
        for (j = 0; j < k; j++)
            fmpq_set_fmpz(fmpq_mat_entry(Nq, i, j), fmpz_mat_entry(Nz, i, j));
    {
        fmpq_mat_t Nt;
        fmpq_mat_init(Nt, k, n);
        fmpq_mat_transpose(Nt, Nq);
        fmpq_mat_mul(NtN, Nt, Nq);
        fmpq_mat_inv(NtN, NtN);
        fmpq_mat_mul(T, Nq, NtN);
        fmpq_mat_mul(Pq, T, Nt);
        fmpq_mat_clear(Nt);
    }

    arb_mat_init(C, n, n);
    arb_mat_init(S, n, n);
    arb_mat_init(P, n, n);
    arb_mat_init(E, n, k);
    arb_mat_init(Ub, n, n);
    arb_mat_set_fmpq_mat(Ub, U, w);
    arb_mat_set_fmpq_mat(P, Pq, w);
    cos_sin_parts(C, S, Ub, w);
    /* C' = C + 2P moves the eigenvalue -1 to +1; S vanishes on that space */
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            arb_addmul_ui(arb_mat_entry(C, i, j), arb_mat_entry(P, i, j), 2, w);
    r = acosc_times(K, C, S, w);
    if (r == 0)
    {
        if (projector_basis(E, P, k, w) != k)
            r = 1;
        else
            add_pi_planes(K, E, k, w);
    }
    fmpq_mat_clear(Cq); fmpq_mat_clear(Nq); fmpq_mat_clear(NtN); fmpq_mat_clear(Pq); fmpq_mat_clear(T);
    fmpz_mat_clear(Cz); fmpz_mat_clear(Nz);
    fmpz_clear(den);
    arb_mat_clear(C); arb_mat_clear(S); arb_mat_clear(P); arb_mat_clear(E); arb_mat_clear(Ub);
    return r;
}

/* ball U whose angle may be pi: the construction on the approximate
   eigenspace of C near -1, as a point value with a certified residual */
static int log_so_ball_pi(arb_mat_t K, mag_t residual, const arb_mat_t U, slong w)
{
    slong n = arb_mat_nrows(U), i, j, k = 0;
    int r = 1;
    arb_mat_t C, S, Q, Ec, P, E, Ex;
    arb_ptr lam = _arb_vec_init(n);
    arf_t thr;
    arb_mat_init(C, n, n); arb_mat_init(S, n, n); arb_mat_init(Q, n, n);
    arb_mat_init(Ec, n, n); arb_mat_init(P, n, n); arb_mat_init(E, n, n);
    arb_mat_init(Ex, n, n);
    arf_init(thr);
    cos_sin_parts(C, S, U, w);
    if (_wk_lie_symeig_approx(Q, lam, C, w) >= 0)
    {
        /* eigenvalues of C within 2^-(w/3) of -1 form the angle-pi space */
        arf_one(thr);
        arf_mul_2exp_si(thr, thr, -(w / 3));
        arf_sub_ui(thr, thr, 1, w, ARF_RND_NEAR);
        for (j = 0; j < n; j++)
            if (arf_cmp(arb_midref(lam + j), thr) <= 0)
            {
                for (i = 0; i < n; i++)
                    arb_set(arb_mat_entry(Ec, i, k), arb_mat_entry(Q, i, j));
                k++;
            }
        if (k % 2 == 0)
        {
            /* P = Ec Ec^T (approximate projector) */
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                {
                    slong a;
                    arb_zero(arb_mat_entry(P, i, j));
                    for (a = 0; a < k; a++)
                        arb_addmul(arb_mat_entry(P, i, j), arb_mat_entry(Ec, i, a),
                                   arb_mat_entry(Ec, j, a), w);
                }
            arb_mat_get_mid(P, P);
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                    arb_addmul_ui(arb_mat_entry(C, i, j), arb_mat_entry(P, i, j), 2, w);
            arb_mat_get_mid(C, C);
            arb_mat_get_mid(S, S);
            if (acosc_times(K, C, S, w) == 0 && projector_basis(E, P, k, w) == k)
            {
                add_pi_planes(K, E, k, w);
                arb_mat_get_mid(K, K);
                skew_clean(K, w);
                arb_mat_exp(Ex, K, w);
                arb_mat_sub(Ex, Ex, U, w);
                _wk_lie_mag_frobenius(residual, Ex);
                r = 0;
            }
        }
    }
    arb_mat_clear(C); arb_mat_clear(S); arb_mat_clear(Q);
    arb_mat_clear(Ec); arb_mat_clear(P); arb_mat_clear(E); arb_mat_clear(Ex);
    _arb_vec_clear(lam, n);
    arf_clear(thr);
    return r;
}

static wk_status check_SO(const wk_lie_src_t U, slong prec)
{
    slong n = wk_lie_src_nrows(U), i, j;
    wk_status st = WK_OK;
    if (U->q)
    {
        fmpq_mat_t T, G;
        fmpq_t d;
        fmpq_mat_init(T, n, n);
        fmpq_mat_init(G, n, n);
        fmpq_init(d);
        fmpq_mat_transpose(T, U->q);
        fmpq_mat_mul(G, T, U->q);
        if (!fmpq_mat_is_one(G))
            st = wk_error(WK_E_DOMAIN, "U^T U != I: not in SO(%ld)", (long) n);
        else
        {
            fmpq_mat_det(d, U->q);
            if (!fmpq_is_one(d))
                st = wk_error(WK_E_DOMAIN, "det U = -1: not in SO(%ld)", (long) n);
        }
        fmpq_mat_clear(T);
        fmpq_mat_clear(G);
        fmpq_clear(d);
    }
    else
    {
        arb_mat_t G;
        arb_t d;
        arb_mat_init(G, n, n);
        arb_init(d);
        _wk_lie_gram(G, U->b, prec + 32);
        for (i = 0; i < n && st == WK_OK; i++)
            for (j = 0; j < n && st == WK_OK; j++)
                if (!arb_contains_si(arb_mat_entry(G, i, j), i == j))
                    st = wk_error(WK_E_DOMAIN, "(U^T U)_%ld%ld excludes %d: not in SO(%ld)",
                                  (long) i + 1, (long) j + 1, i == j, (long) n);
        if (st == WK_OK)
        {
            arb_mat_det(d, U->b, prec + 32);
            if (!arb_contains_si(d, 1))
                st = wk_error(WK_E_DOMAIN, "det U excludes 1: not in SO(%ld)", (long) n);
        }
        arb_mat_clear(G);
        arb_clear(d);
    }
    return st;
}

static wk_status log_so2(arb_mat_t K, wk_lie_loginfo_t info, const wk_lie_src_t U, slong prec)
{
    slong w;
    wk_status st = WK_OK;
    int exact = wk_lie_src_is_exact(U);
    arb_mat_t B;
    arb_t th, pi, npi, x, y;
    mag_t one, prev;
    arb_mat_init(B, 2, 2);
    arb_init(th); arb_init(pi); arb_init(npi); arb_init(x); arb_init(y);
    mag_init(one);
    mag_init(prev);
    mag_inf(prev);
    mag_one(one);
    for (w = prec + 32; ; w *= 2)
    {
        if (w > _wk_lie_prec_cap(prec))
        {
            st = wk_error(WK_E_PRECISION, "precision cap reached");
            break;
        }
        wk_lie_src_get_arb(B, U, w);
        arb_const_pi(pi, w);
        arb_neg(npi, pi);
        info->unique = 1;
        if (arb_is_negative(arb_mat_entry(B, 0, 0)) && arb_contains_zero(arb_mat_entry(B, 1, 0)))
        {
            /* angle near pi: theta = pi + atan2(-u21, -u11) */
            arb_neg(y, arb_mat_entry(B, 1, 0));
            arb_neg(x, arb_mat_entry(B, 0, 0));
            arb_atan2(th, y, x, w);
            arb_add(th, th, pi, w);
            if (arb_contains(th, pi))
                info->unique = 0;
        }
        else
            arb_atan2(th, arb_mat_entry(B, 1, 0), arb_mat_entry(B, 0, 0), w);
        arb_zero(arb_mat_entry(K, 0, 0));
        arb_zero(arb_mat_entry(K, 1, 1));
        arb_neg(arb_mat_entry(K, 0, 1), th);
        arb_set(arb_mat_entry(K, 1, 0), th);
        {
            mag_t s;
            mag_init(s);
            _wk_lie_mag_frobenius(s, K);
            mag_max(s, s, one);
            if (_wk_lie_accurate(K, s, prec) || (!exact && mag_cmp(arb_radref(th), prev) >= 0))
            {
                mag_clear(s);
                break;
            }
            mag_mul_2exp_si(prev, arb_radref(th), -2);
            mag_clear(s);
        }
    }
    arb_mat_clear(B);
    arb_clear(th); arb_clear(pi); arb_clear(npi); arb_clear(x); arb_clear(y);
    mag_clear(one);
    mag_clear(prev);
    return st;
}

wk_status _wk_lie_log_SO(arb_mat_t K, wk_lie_loginfo_t info, const wk_lie_src_t U,
                         slong prec, int allow_pi_fallback)
{
    wk_status st;
    slong n, w, cap;
    int exact, have_prev = 0;
    arb_mat_t B, C, S;
    mag_t s, one, prev, cur;
    wk_lie_loginfo_t tmp;

    if ((st = _wk_lie_check_basic(U, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(U);
    if (arb_mat_nrows(K) != n || arb_mat_ncols(K) != n)
        return wk_error(WK_E_DIM, "result is %ldx%ld, matrix is %ldx%ld", (long) arb_mat_nrows(K),
                        (long) arb_mat_ncols(K), (long) n, (long) n);
    if ((st = check_SO(U, prec)) != WK_OK)
        return st;
    if (info == NULL)
    {
        wk_lie_loginfo_init(tmp);
        st = _wk_lie_log_SO(K, tmp, U, prec, allow_pi_fallback);
        wk_lie_loginfo_clear(tmp);
        return st;
    }
    info->cert = WK_LIE_CERTIFIED;
    info->unique = 1;
    mag_zero(&info->residual);
    if (n == 1)
    {
        arb_mat_zero(K);
        return WK_OK;
    }
    if (n == 2)
        return log_so2(K, info, U, prec);

    exact = wk_lie_src_is_exact(U);
    cap = _wk_lie_prec_cap(prec);
    arb_mat_init(B, n, n); arb_mat_init(C, n, n); arb_mat_init(S, n, n);
    mag_init(s); mag_init(one); mag_init(prev); mag_init(cur);
    mag_one(one);
    for (w = prec + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        int r;
        if ((st = _wk_lie_round_check(w, cap, prec)) != WK_OK)
            break;
        wk_lie_src_get_arb(B, U, w + 8);
        cos_sin_parts(C, S, B, w);
        r = acosc_times(K, C, S, w);
        if (r < 0)
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        if (r == 1 && U->q)
        {
            fmpq_mat_t Ci;
            slong i, j, rk;
            /* is -1 an eigenvalue of C, exactly? */
            fmpq_mat_init(Ci, n, n);
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                {
                    fmpq_add(fmpq_mat_entry(Ci, i, j), fmpq_mat_entry(U->q, i, j), fmpq_mat_entry(U->q, j, i));
                    fmpq_div_2exp(fmpq_mat_entry(Ci, i, j), fmpq_mat_entry(Ci, i, j), 1);
                    if (i == j)
                        fmpq_add_si(fmpq_mat_entry(Ci, i, j), fmpq_mat_entry(Ci, i, j), 1);
                }
            rk = fmpq_mat_rref(Ci, Ci);
            fmpq_mat_clear(Ci);
            if (rk < n)
            {
                info->unique = 0;
                r = log_so_exact_pi(K, U->q, w);
            }
        }
        if (r == 1 && !exact && w >= 2 * prec + 64)
        {
            if (!allow_pi_fallback)
            {
                st = wk_error(WK_E_UNDECIDED, "a rotation angle ball contains pi: log on SO(%ld) undecided", (long) n);
                break;
            }
            /* the angle ball contains pi: residual-verified canonical log */
            if (log_so_ball_pi(K, &info->residual, U->b, w) == 0)
            {
                info->unique = 0;
                info->cert = WK_LIE_RESIDUAL_VERIFIED;
                break;
            }
            st = wk_error(WK_E_UNDECIDED, "a rotation angle ball contains pi: log on SO(%ld) undecided", (long) n);
            break;
        }
        if (r != 0)
            continue;
        skew_clean(K, w);
        _wk_lie_mag_frobenius(s, K);
        mag_max(s, s, one);
        if (_wk_lie_accurate(K, s, prec))
            break;
        _wk_lie_max_rad(cur, K);
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    arb_mat_clear(B); arb_mat_clear(C); arb_mat_clear(S);
    mag_clear(s); mag_clear(one); mag_clear(prev); mag_clear(cur);
    return st;
}

wk_status wk_lie_log_SO(arb_mat_t K, wk_lie_loginfo_t info, const wk_lie_src_t U, slong prec)
{
    return _wk_lie_log_SO(K, info, U, prec, 1);
}
