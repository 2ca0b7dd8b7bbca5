/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   bench/lie/b-lie.c: times the operations of spec section 10 directly in
   libwk (no language) on A3 and A8 at 50, 100 and 1000 digits (certified ball
   output, median of 3 runs, CPU time) and n = 64 at 256 bits.  With --raw it
   prints "op n digits ms" lines for bench/lie/bench.py, which sets them
   beside the same operations timed through the language and in mpmath;
   with a file of mpmath_rows.py timings it prints wk/mpmath itself.  Built
   and run by `make bench` only:  bench/lie/b-lie [--raw | mpmath.txt] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "wk_lie.h"

static const int B8[8][8] = {
    {-2,-1,0,-2,-2,2,-3,-3}, {-2,-2,3,1,-2,0,2,-3}, {0,0,0,0,0,1,-2,3}, {0,-3,0,-2,3,-3,2,-1},
    {1,0,0,0,2,-3,2,-1}, {-3,3,-3,0,1,3,0,-3}, {2,-3,-1,-2,2,-3,0,2}, {1,-2,1,3,-2,1,-3,1}};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);   /* the machine is shared */
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

static void make_A(fmpq_mat_t A, slong n)
{
    slong i, j;
    fmpq_mat_init(A, n, n);
    if (n == 3)
    {
        slong a[9] = {4, 2, 0, -2, 6, 2, 1, -2, 4};
        for (i = 0; i < 9; i++)
            fmpq_set_si(fmpq_mat_entry(A, i / 3, i % 3), a[i], 2);
    }
    else if (n == 8)
    {
        for (i = 0; i < 8; i++)
            for (j = 0; j < 8; j++)
                fmpq_set_si(fmpq_mat_entry(A, i, j), B8[i][j] + (i == j ? 8 : 0), 4);
    }
    else
    {
        flint_rand_t st;
        flint_randinit(st);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                fmpq_set_si(fmpq_mat_entry(A, i, j), (slong) n_randint(st, 21) - 10 + (i == j ? 3 * n : 0), 7);
        flint_randclear(st);
    }
}

typedef struct { const char * op; slong n; slong digits; } row_t;

static int run_op(const char * op, const fmpq_mat_t A, slong prec)
{
    slong n = fmpq_mat_nrows(A);
    wk_lie_src_t s;
    wk_status st = WK_OK;
    wk_lie_src_fmpq(s, A);
    if (!strcmp(op, "expm") || !strcmp(op, "logm") || !strcmp(op, "sqrtm"))
    {
        arb_mat_t R;
        arb_mat_init(R, n, n);
        if (op[0] == 'e') st = wk_lie_expm(R, s, prec);
        else if (op[0] == 'l') st = wk_lie_logm(R, NULL, s, prec);
        else st = wk_lie_sqrtm(R, s, prec);
        arb_mat_clear(R);
    }
    else if (!strncmp(op, "polar", 5))
    {
        wk_lie_polar_t P;
        wk_lie_polar_init(P, n);
        st = wk_lie_polar(P, s, WK_LIE_GLPLUS, prec);
        wk_lie_polar_clear(P);
    }
    else if (!strcmp(op, "symeig") || !strcmp(op, "spdlog"))
    {
        /* S = n A^T A / |A|_F^2 resp. A^T A, formed exactly */
        fmpq_mat_t At, S;
        fmpq_t f;
        slong i;
        fmpq_mat_init(At, n, n);
        fmpq_mat_init(S, n, n);
        fmpq_init(f);
        fmpq_mat_transpose(At, A);
        fmpq_mat_mul(S, At, A);
        if (op[1] == 'y')
        {
            /* |A|_F^2 = tr(A^T A); S <- n S / tr S */
            for (i = 0; i < n; i++)
                fmpq_add(f, f, fmpq_mat_entry(S, i, i));
            fmpq_inv(f, f);
            fmpq_mul_si(f, f, n);
            fmpq_mat_scalar_mul_fmpq(S, S, f);
        }
        wk_lie_src_fmpq(s, S);
        if (op[1] == 'y')
        {
            arb_ptr l = _arb_vec_init(n);
            st = wk_lie_eigvals_sym(l, s, prec);
            _arb_vec_clear(l, n);
        }
        else
        {
            arb_mat_t R;
            arb_mat_init(R, n, n);
            st = wk_lie_logm(R, NULL, s, prec);
            arb_mat_clear(R);
        }
        fmpq_mat_clear(At);
        fmpq_mat_clear(S);
        fmpq_clear(f);
    }
    else if (!strcmp(op, "qr"))
    {
        wk_lie_iwasawa_t I_;
        wk_lie_iwasawa_init(I_, n);
        st = wk_lie_iwasawa(I_, s, WK_LIE_GLPLUS, prec);
        wk_lie_iwasawa_clear(I_);
    }
    else if (!strcmp(op, "svd"))
    {
        arb_ptr sg = _arb_vec_init(n);
        st = wk_lie_singular_values(sg, s, prec);
        _arb_vec_clear(sg, n);
    }
    if (st != WK_OK)
        fprintf(stderr, "%s n=%ld: %s\n", op, (long) n, wk_error_msg());
    return st;
}

static double time_op(const char * op, const fmpq_mat_t A, slong prec, double budget)
{
    double t[3], x;
    slong r, reps = 1, k;
    /* calibrate */
    x = now();
    run_op(op, A, prec);
    x = now() - x;
    if (x > 0 && x < budget)
        reps = (slong) (budget / x) + 1;
    for (k = 0; k < 3; k++)
    {
        double t0 = now();
        for (r = 0; r < reps; r++)
            run_op(op, A, prec);
        t[k] = (now() - t0) / reps;
    }
    /* median of 3 */
    if (t[0] > t[1]) { x = t[0]; t[0] = t[1]; t[1] = x; }
    if (t[1] > t[2]) { x = t[1]; t[1] = t[2]; t[2] = x; }
    if (t[0] > t[1]) { x = t[0]; t[0] = t[1]; t[1] = x; }
    return t[1] * 1e3;
}

int main(int argc, char ** argv)
{
    const char * ops[] = {"expm", "logm", "sqrtm", "polar_newton", "polar_eig", "symeig", "spdlog", "qr", "svd"};
    slong digs[] = {50, 100, 1000}, ns[] = {3, 8};
    slong o, a, b;
    int raw = argc > 1 && !strcmp(argv[1], "--raw");
    FILE * f = (argc > 1 && !raw) ? fopen(argv[1], "r") : NULL;
    char mop[64];
    long mn, md;
    double mt, ref[9][2][3];
    memset(ref, 0, sizeof ref);
    if (f)
    {
        while (fscanf(f, "%63s %ld %ld %lf", mop, &mn, &md, &mt) == 4)
            for (o = 0; o < 9; o++)
                if (!strcmp(mop, ops[o]))
                    ref[o][mn == 8][md == 50 ? 0 : (md == 100 ? 1 : 2)] = mt;
        fclose(f);
    }
    if (!raw)
        printf("%-13s %3s %5s %11s %11s %7s\n", "operation", "n", "dig", "wk ms", "mpmath ms", "ratio");
    for (o = 0; o < 9; o++)
        for (a = 0; a < 2; a++)
            for (b = 0; b < 3; b++)
            {
                fmpq_mat_t A;
                double t;
                slong prec = (slong) (digs[b] * 3.3219280948873623) + 1;
                make_A(A, ns[a]);
                t = time_op(ops[o], A, prec, 0.2);
                if (raw)
                {
                    printf("%s %ld %ld %.5f\n", ops[o], (long) ns[a], (long) digs[b], t);
                    fflush(stdout);
                    fmpq_mat_clear(A);
                    continue;
                }
                printf("%-13s %3ld %5ld %11.4f", ops[o], (long) ns[a], (long) digs[b], t);
                if (ref[o][a][b] > 0)
                    printf(" %11.4f %7.3f", ref[o][a][b], t / ref[o][a][b]);
                printf("\n");
                fflush(stdout);
                fmpq_mat_clear(A);
            }
    {
        const char * big[] = {"polar_eig", "qr", "svd", "expm", "logm"};
        fmpq_mat_t A;
        make_A(A, 64);
        for (o = 0; o < 5; o++)
        {
            if (raw)
                printf("%s 64 256b %.3f\n", big[o], time_op(big[o], A, 256, 0.0));
            else
                printf("%-13s %3d %5s %11.1f\n", big[o], 64, "256b", time_op(big[o], A, 256, 0.0));
            fflush(stdout);
        }
        fmpq_mat_clear(A);
    }
    flint_cleanup();
    return 0;
}
