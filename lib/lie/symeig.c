/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/symeig.c: approximate symmetric eigendecomposition at high
   precision: LAPACK dsyevd in double, then the refinement of Ogita & Aishima
   (Japan J. Indust. Appl. Math. 35 (2018), Alg. 1) with precision doubling;
   strongly coupled groups (close eigenvalues) are re-diagonalised by cyclic
   Jacobi at the current precision.  Midpoints only: certification is in
   symdec.c. */
#include <math.h>
#include <stdlib.h>
#include <lapacke.h>
#include "core/wk_lapack.h"  /* LAPACK is loaded on first use */
#include "internal.h"

/* T = A^T B where the result is known to be symmetric: upper triangle only. */
static void approx_mul_tn_sym(arb_mat_t T, const arb_mat_t At, const arb_mat_t Bt, slong prec)
{
    /* At, Bt hold the transposes, so columns of A, B are rows here */
    slong i, j, n = arb_mat_nrows(At), m = arb_mat_ncols(At);
    for (i = 0; i < n; i++)
        for (j = i; j < n; j++)
        {
            arb_approx_dot(arb_mat_entry(T, i, j), NULL, 0, At->rows[i], 1, Bt->rows[j], 1, m, prec);
            arb_set(arb_mat_entry(T, j, i), arb_mat_entry(T, i, j));
        }
}

/* cyclic Jacobi on the symmetric k x k matrix B (midpoints), accumulating the
   rotations into W (initially the identity); stops when every off-diagonal
   entry is below tol. */
static void jacobi_block(arb_mat_t W, arb_mat_t B, const arf_t tol, slong prec)
{
    slong k = arb_mat_nrows(B), i, j, r, sweep;
    arf_t theta, t, c, s, u, v, x, y;
    arf_init(theta); arf_init(t); arf_init(c); arf_init(s);
    arf_init(u); arf_init(v); arf_init(x); arf_init(y);
    arb_mat_one(W);
    for (sweep = 0; sweep < 40; sweep++)
    {
        int rotated = 0;
        for (i = 0; i < k; i++)
            for (j = i + 1; j < k; j++)
            {
                arf_srcptr bij = arb_midref(arb_mat_entry(B, i, j));
                if (arf_cmpabs(bij, tol) <= 0)
                    continue;
                rotated = 1;
                /* theta = (b_jj - b_ii) / (2 b_ij); t = sgn(theta)/(|theta| + sqrt(theta^2+1)) */
                arf_sub(u, arb_midref(arb_mat_entry(B, j, j)), arb_midref(arb_mat_entry(B, i, i)), prec, ARF_RND_NEAR);
                arf_div(theta, u, bij, prec, ARF_RND_NEAR);
                arf_mul_2exp_si(theta, theta, -1);
                arf_mul(u, theta, theta, prec, ARF_RND_NEAR);
                arf_add_ui(u, u, 1, prec, ARF_RND_NEAR);
                arf_sqrt(u, u, prec, ARF_RND_NEAR);
                arf_abs(v, theta);
                arf_add(u, u, v, prec, ARF_RND_NEAR);
                arf_ui_div(t, 1, u, prec, ARF_RND_NEAR);
                if (arf_sgn(theta) < 0)
                    arf_neg(t, t);
                /* c = 1/sqrt(t^2+1), s = t c */
                arf_mul(u, t, t, prec, ARF_RND_NEAR);
                arf_add_ui(u, u, 1, prec, ARF_RND_NEAR);
                arf_rsqrt(c, u, prec, ARF_RND_NEAR);
                arf_mul(s, t, c, prec, ARF_RND_NEAR);
                /* B <- J^T B J with J = [[c, s], [-s, c]] in the (i, j) plane */
                for (r = 0; r < k; r++)
                {
                    arf_srcptr bri = arb_midref(arb_mat_entry(B, r, i));
                    arf_srcptr brj = arb_midref(arb_mat_entry(B, r, j));
                    arf_mul(x, c, bri, prec, ARF_RND_NEAR);
                    arf_submul(x, s, brj, prec, ARF_RND_NEAR);
                    arf_mul(y, s, bri, prec, ARF_RND_NEAR);
                    arf_addmul(y, c, brj, prec, ARF_RND_NEAR);
                    arf_set(arb_midref(arb_mat_entry(B, r, i)), x);
                    arf_set(arb_midref(arb_mat_entry(B, r, j)), y);
                }
                for (r = 0; r < k; r++)
                {
                    arf_srcptr bir = arb_midref(arb_mat_entry(B, i, r));
                    arf_srcptr bjr = arb_midref(arb_mat_entry(B, j, r));
                    arf_mul(x, c, bir, prec, ARF_RND_NEAR);
                    arf_submul(x, s, bjr, prec, ARF_RND_NEAR);
                    arf_mul(y, s, bir, prec, ARF_RND_NEAR);
                    arf_addmul(y, c, bjr, prec, ARF_RND_NEAR);
                    arf_set(arb_midref(arb_mat_entry(B, i, r)), x);
                    arf_set(arb_midref(arb_mat_entry(B, j, r)), y);
                }
                arf_zero(arb_midref(arb_mat_entry(B, i, j)));
                arf_zero(arb_midref(arb_mat_entry(B, j, i)));
                for (r = 0; r < k; r++)
                {
                    arf_srcptr wri = arb_midref(arb_mat_entry(W, r, i));
                    arf_srcptr wrj = arb_midref(arb_mat_entry(W, r, j));
                    arf_mul(x, c, wri, prec, ARF_RND_NEAR);
                    arf_submul(x, s, wrj, prec, ARF_RND_NEAR);
                    arf_mul(y, s, wri, prec, ARF_RND_NEAR);
                    arf_addmul(y, c, wrj, prec, ARF_RND_NEAR);
                    arf_set(arb_midref(arb_mat_entry(W, r, i)), x);
                    arf_set(arb_midref(arb_mat_entry(W, r, j)), y);
                }
            }
        if (!rotated)
            break;
    }
    arf_clear(theta); arf_clear(t); arf_clear(c); arf_clear(s);
    arf_clear(u); arf_clear(v); arf_clear(x); arf_clear(y);
}

static slong uf_find(slong * p, slong i)
{
    while (p[i] != i)
        i = p[i] = p[p[i]];
    return i;
}

/* the double-precision start: Q, lambda from LAPACK on mid(S) 2^-e */
static int lapack_start(arb_mat_t Q, arb_ptr lambda, const arb_mat_t S, slong e)
{
    slong n = arb_mat_nrows(S), i, j;
    double * a = flint_malloc(sizeof(double) * n * n);
    double * wv = flint_malloc(sizeof(double) * n);
    arf_t t;
    lapack_int info;
    arf_init(t);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            arf_mul_2exp_si(t, arb_midref(arb_mat_entry(S, i, j)), -e);
            a[i * n + j] = arf_get_d(t, ARF_RND_NEAR);
        }
    info = LAPACKE_dsyevd(LAPACK_ROW_MAJOR, 'V', 'U', n, a, n, wv);
    if (info == 0)
    {
        for (i = 0; i < n; i++)
        {
            arb_set_d(lambda + i, wv[i]);
            arb_mul_2exp_si(lambda + i, lambda + i, e);
            for (j = 0; j < n; j++)
                arb_set_d(arb_mat_entry(Q, i, j), a[i * n + j]);
        }
    }
    else
    {
        arb_mat_one(Q);
        for (i = 0; i < n; i++)
            arb_set(lambda + i, arb_mat_entry(S, i, i));
    }
    arf_clear(t);
    flint_free(a);
    flint_free(wv);
    return info == 0;
}


typedef struct { slong i; arf_struct * v; } idx_arf;

static int cmp_idx_arf(const void * a, const void * b)
{
    const idx_arf * x = a, * y = b;
    return arf_cmp(x->v, y->v);
}

int _wk_lie_symeig_approx(arb_mat_t Q, arb_ptr lambda, const arb_mat_t S, slong w)
{
    slong n = arb_mat_nrows(S), i, j, e, iter, p, acc, pfinal, g;
    int result = 1;
    arb_mat_t SQ, T, R, E, Qt, SQt, Qn;
    arb_ptr lamv;
    arf_struct * lam;
    arf_t num, den, tol, eps_p;
    mag_t offT, rn, normA, delta, emax, tm;
    slong * parent, * members;

    if (n == 1)
    {
        arb_one(arb_mat_entry(Q, 0, 0));
        arb_set(lambda, arb_mat_entry(S, 0, 0));
        arb_get_mid_arb(lambda, lambda);
        return 0;
    }

    /* scale exponent */
    e = WORD_MIN;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (!arf_is_zero(arb_midref(arb_mat_entry(S, i, j))))
                e = FLINT_MAX(e, arf_abs_bound_lt_2exp_si(arb_midref(arb_mat_entry(S, i, j))));
    if (e == WORD_MIN)
    {
        arb_mat_one(Q);
        for (i = 0; i < n; i++)
            arb_zero(lambda + i);
        return 0;
    }

    arb_mat_init(SQ, n, n); arb_mat_init(T, n, n); arb_mat_init(R, n, n);
    arb_mat_init(E, n, n); arb_mat_init(Qt, n, n); arb_mat_init(SQt, n, n);
    arb_mat_init(Qn, n, n);
    lamv = _arb_vec_init(n);
    lam = flint_malloc(sizeof(arf_struct) * n);
    for (i = 0; i < n; i++)
        lam[i] = *arb_midref(lamv + i);
    arf_init(num); arf_init(den); arf_init(tol); arf_init(eps_p);
    mag_init(offT); mag_init(rn); mag_init(normA); mag_init(delta); mag_init(emax); mag_init(tm);
    parent = flint_malloc(sizeof(slong) * n);
    members = flint_malloc(sizeof(slong) * n);

    acc = lapack_start(Q, lambda, S, e) ? 40 : 1;
    pfinal = w + 16;

    for (iter = 0; iter < 80; iter++)
    {
        int subsolved = 0;
        if (wk_interrupted()) { result = -1; break; }
        p = _wk_lie_next_level(acc, w);
        p = FLINT_MAX(p, 64);

        /* SQ = S Q, T = Q^T S Q, R = I - Q^T Q (symmetric products) */
        arb_mat_approx_mul(SQ, S, Q, p);
        arb_mat_transpose(Qt, Q);
        arb_mat_transpose(SQt, SQ);
        approx_mul_tn_sym(T, Qt, SQt, p);
        approx_mul_tn_sym(R, Qt, Qt, p);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
            {
                arb_ptr r = arb_mat_entry(R, i, j);
                arf_neg(arb_midref(r), arb_midref(r));
                if (i == j)
                    arf_add_ui(arb_midref(r), arb_midref(r), 1, p, ARF_RND_NEAR);
            }

        /* lambda_i = T_ii / (1 - R_ii) */
        mag_zero(normA);
        for (i = 0; i < n; i++)
        {
            arf_sub_ui(den, arb_midref(arb_mat_entry(R, i, i)), 1, p, ARF_RND_NEAR);
            arf_neg(den, den);
            arf_div(lam + i, arb_midref(arb_mat_entry(T, i, i)), den, p, ARF_RND_NEAR);
            arf_get_mag(tm, lam + i);
            mag_max(normA, normA, tm);
        }
        if (mag_is_zero(normA))
            mag_one(normA);

        /* delta = 2 (||offdiag T||_F + ||A|| ||R||_F) (Ogita-Aishima's omega) */
        mag_zero(offT);
        mag_zero(rn);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
            {
                arf_get_mag(tm, arb_midref(arb_mat_entry(R, i, j)));
                mag_addmul(rn, tm, tm);
                if (i != j)
                {
                    arf_get_mag(tm, arb_midref(arb_mat_entry(T, i, j)));
                    mag_addmul(offT, tm, tm);
                }
            }
        mag_sqrt(offT, offT);
        mag_sqrt(rn, rn);
        mag_mul(delta, normA, rn);
        mag_add(delta, delta, offT);
        mag_mul_2exp_si(delta, delta, 1);

        /* converged: at full precision, T is diagonal and Q orthonormal to
           2^-(w-8) (within tight clusters the eigenvectors themselves are
           ill-determined, but only T matters for the certification) */
        if (p >= pfinal)
        {
            mag_t lim;
            int done;
            mag_init(lim);
            mag_one(lim);
            mag_mul_2exp_si(lim, lim, -(w - 8));
            done = mag_cmp(rn, lim) <= 0;
            mag_mul(lim, lim, normA);
            done = done && mag_cmp(offT, lim) <= 0;
            mag_clear(lim);
            if (done)
            {
                result = 0;
                break;
            }
        }

        /* eps_p: differences below this are degenerate at precision p */
        arf_set_mag(eps_p, normA);
        arf_mul_2exp_si(eps_p, eps_p, -p + 40);

        /* E: first-order corrections; coupled pairs only re-orthogonalise */
        for (i = 0; i < n; i++)
            parent[i] = i;
        mag_zero(emax);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
            {
                arf_ptr eij = arb_midref(arb_mat_entry(E, i, j));
                arb_ptr rij = arb_mat_entry(R, i, j);
                int coupled = (i == j);
                if (i != j)
                {
                    /* num = T_ij + lambda_j R_ij, den = lambda_j - lambda_i */
                    arf_set(num, arb_midref(arb_mat_entry(T, i, j)));
                    arf_addmul(num, lam + j, arb_midref(rij), p, ARF_RND_NEAR);
                    arf_sub(den, lam + j, lam + i, p, ARF_RND_NEAR);
                    arf_abs(tol, den);
                    if (arf_cmp(tol, eps_p) <= 0)
                        coupled = 1;
                    else
                    {
                        arf_set_mag(tol, delta);
                        if (arf_cmpabs(den, tol) <= 0)
                            coupled = 1;
                        else
                        {
                            arf_mul_2exp_si(tol, num, 8);
                            if (arf_cmpabs(tol, den) >= 0)
                                coupled = 1;
                        }
                    }
                    if (coupled)
                    {
                        slong a = uf_find(parent, i), b = uf_find(parent, j);
                        if (a != b) parent[a] = b;
                    }
                }
                if (coupled)
                {
                    arf_mul_2exp_si(eij, arb_midref(rij), -1);
                }
                else
                {
                    arf_div(eij, num, den, FLINT_MIN(p, FLINT_MAX(64, p - acc + 40)), ARF_RND_NEAR);
                    arf_get_mag(tm, eij);
                    mag_max(emax, emax, tm);
                }
                mag_zero(arb_radref(arb_mat_entry(E, i, j)));
            }
        /* the re-orthogonalisation part counts for convergence as well */
        mag_mul_2exp_si(tm, rn, -1);
        mag_max(emax, emax, tm);

        /* Q <- Q + Q E; E ~ 2^-acc needs only p - acc bits */
        {
            slong pe = FLINT_MIN(p, FLINT_MAX(64, p - acc + 40));
            if (pe < p)
            {
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                        arb_set_round(arb_mat_entry(SQt, i, j), arb_mat_entry(Q, i, j), pe);
                arb_mat_approx_mul(Qn, SQt, E, pe);
            }
            else
                arb_mat_approx_mul(Qn, Q, E, p);
        }
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                arf_add(arb_midref(arb_mat_entry(Q, i, j)), arb_midref(arb_mat_entry(Q, i, j)),
                        arb_midref(arb_mat_entry(Qn, i, j)), p, ARF_RND_NEAR);

        /* coupled groups whose block is not degenerate at precision p:
           Jacobi on the block (T restricted, shifted by its mean) */
        for (g = 0; g < n; g++)
        {
            slong k = 0, a, b, r;
            if (uf_find(parent, g) != g)
                continue;
            for (i = 0; i < n; i++)
                if (uf_find(parent, i) == g)
                    members[k++] = i;
            if (k < 2)
                continue;
            {
                arb_mat_t B, W, Qg, Qg2;
                arf_t mu, bmax;
                arf_init(mu); arf_init(bmax);
                arb_mat_init(B, k, k); arb_mat_init(W, k, k);
                arb_mat_init(Qg, n, k); arb_mat_init(Qg2, n, k);
                for (a = 0; a < k; a++)
                    arf_add(mu, mu, lam + members[a], p, ARF_RND_NEAR);
                arf_div_si(mu, mu, k, p, ARF_RND_NEAR);
                /* bmax: the largest off-diagonal entry of the block (the
                   diagonal spread alone is no reason to re-solve) */
                for (a = 0; a < k; a++)
                    for (b = 0; b < k; b++)
                    {
                        arf_ptr x = arb_midref(arb_mat_entry(B, a, b));
                        if (a == b)
                            arf_sub(x, lam + members[a], mu, p, ARF_RND_NEAR);
                        else
                        {
                            arf_set(x, arb_midref(arb_mat_entry(T, members[a], members[b])));
                            if (arf_cmpabs(x, bmax) > 0)
                                arf_abs(bmax, x);
                        }
                    }
                if (arf_cmp(bmax, eps_p) > 0)
                {
                    /* tolerance: relative to the whole matrix at precision p */
                    arf_mul_2exp_si(tol, eps_p, -32);
                    jacobi_block(W, B, tol, p);
                    for (r = 0; r < n; r++)
                        for (a = 0; a < k; a++)
                            arb_set(arb_mat_entry(Qg, r, a), arb_mat_entry(Q, r, members[a]));
                    arb_mat_approx_mul(Qg2, Qg, W, p);
                    for (r = 0; r < n; r++)
                        for (a = 0; a < k; a++)
                            arb_set(arb_mat_entry(Q, r, members[a]), arb_mat_entry(Qg2, r, a));
                    for (a = 0; a < k; a++)
                        arf_add(lam + members[a], mu, arb_midref(arb_mat_entry(B, a, a)), p, ARF_RND_NEAR);
                    subsolved = 1;
                }
                arb_mat_clear(B); arb_mat_clear(W); arb_mat_clear(Qg); arb_mat_clear(Qg2);
                arf_clear(mu); arf_clear(bmax);
            }
        }

        {
            slong newacc;
            if (mag_is_zero(emax))
                newacc = p - 8;     /* exact at this precision only */
            else
            {
                double l2 = mag_get_d_log2_approx(emax);
                newacc = (slong) FLINT_MIN((double) p - 8, -2.0 * l2 - 2);
            }
            if (subsolved)
                newacc = FLINT_MIN(newacc, FLINT_MAX(acc, 40));
            acc = FLINT_MAX(newacc, 1);
        }
        if (!subsolved && acc >= w - 24)
        {
            result = 0;
            break;
        }
    }

    /* sort ascending, permuting the columns of Q */
    {
        idx_arf * ix = flint_malloc(sizeof(idx_arf) * n);
        for (i = 0; i < n; i++) { ix[i].i = i; ix[i].v = lam + i; }
        qsort(ix, n, sizeof(idx_arf), cmp_idx_arf);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                arb_set(arb_mat_entry(Qn, i, j), arb_mat_entry(Q, i, ix[j].i));
        for (j = 0; j < n; j++)
            arb_set_arf(lambda + j, ix[j].v);
        arb_mat_swap(Q, Qn);
        flint_free(ix);
    }
    arb_mat_get_mid(Q, Q);

    arb_mat_clear(SQ); arb_mat_clear(T); arb_mat_clear(R);
    arb_mat_clear(E); arb_mat_clear(Qt); arb_mat_clear(SQt); arb_mat_clear(Qn);
    for (i = 0; i < n; i++)
        *arb_midref(lamv + i) = lam[i];
    flint_free(lam);
    _arb_vec_clear(lamv, n);
    arf_clear(num); arf_clear(den); arf_clear(tol); arf_clear(eps_p);
    mag_clear(offT); mag_clear(rn); mag_clear(normA); mag_clear(delta); mag_clear(emax); mag_clear(tm);
    flint_free(parent);
    flint_free(members);
    return result;
}
