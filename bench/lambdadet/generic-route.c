/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   bench/lambdadet/generic-route.c: the routes a researcher without wk would
   take, written directly on FLINT/GMP (no libwk), for bench/lambdadet.sh.

     generic-route sym N          generic det_lambda of the N x N matrix (x_ij)
                                  with lambda a variable: symbolic condensation
                                  over Z[x, lam] with exact division
                                  (fmpz_mpoly_divides), every level scaled by
                                  the product of its block's interior entries
     generic-route num N A B      the same with lambda = A/B substituted first
                                  (what one does when lambda symbolic is too big)
     generic-route subst N A B    lambda symbolic, then lambda = A/B substituted
                                  into the result ("condense, then substitute")
     generic-route int N          numeric det_lambda (lambda = 2) of the N x N
                                  matrix 1 + (i^3 + 3 j^2 + 7 i j) mod 9
                                  (1-based, as in bench/lambdadet.sh) by fraction-free
                                  integer condensation with GMP (mpz), the
                                  classical way (and wk's way before the
                                  multimodular route)

   Prints one line: what, the number of terms (or bits), and the seconds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <gmp.h>
#include <flint/flint.h>
#include <flint/fmpz.h>
#include <flint/fmpz_mpoly.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

#define AT(lv, i, j) ((lv) + (i) * (n + 1) + (j))

/* symbolic condensation; lam_num/lam_den NULL: lambda is the last variable */
static slong condense_sym(fmpz_mpoly_t res, slong n, const fmpz_t lam_num, const fmpz_t lam_den,
                          const fmpz_mpoly_ctx_t ctx)
{
    slong sz = (n + 1) * (n + 1), k, i, j, s;
    fmpz_mpoly_struct *lev[3], *x;
    fmpz_mpoly_t t, u, a, lam, b;
    for (k = 0; k < 3; k++) {
        lev[k] = flint_malloc(sz * sizeof(fmpz_mpoly_struct));
        for (i = 0; i < sz; i++) fmpz_mpoly_init(lev[k] + i, ctx);
    }
    x = flint_malloc(n * n * sizeof(fmpz_mpoly_struct));
    fmpz_mpoly_init(t, ctx); fmpz_mpoly_init(u, ctx); fmpz_mpoly_init(a, ctx);
    fmpz_mpoly_init(lam, ctx); fmpz_mpoly_init(b, ctx);
    for (i = 0; i < n * n; i++) { fmpz_mpoly_init(x + i, ctx); fmpz_mpoly_gen(x + i, i, ctx); }
    if (lam_num == NULL) { fmpz_mpoly_gen(lam, n * n, ctx); fmpz_mpoly_one(b, ctx); }
    else { fmpz_mpoly_set_fmpz(lam, lam_num, ctx); fmpz_mpoly_set_fmpz(b, lam_den, ctx); }
    for (i = 0; i < sz; i++) fmpz_mpoly_one(lev[0] + i, ctx);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) fmpz_mpoly_set(AT(lev[1], i, j), x + i * n + j, ctx);
    /* Q^(k) = X^(k) * (interior product of the block) * b^{k(k-1)/2}:
       Q^(k) Q^(k-2) = b alpha Q Q + lam_num beta Q Q, alpha, beta monomials */
    for (k = 2; k <= n; k++) {
        fmpz_mpoly_struct *q2 = lev[(k - 2) % 3], *q1 = lev[(k - 1) % 3], *q = lev[k % 3];
        s = n - k + 1;
        for (i = 0; i < s; i++)
            for (j = 0; j < s; j++) {
                fmpz_mpoly_mul(t, AT(q1, i, j), AT(q1, i + 1, j + 1), ctx);
                fmpz_mpoly_mul(t, t, b, ctx);
                fmpz_mpoly_mul(u, AT(q1, i, j + 1), AT(q1, i + 1, j), ctx);
                fmpz_mpoly_mul(u, u, lam, ctx);
                if (k >= 4) {
                    fmpz_mpoly_mul(a, x + (i + 1) * n + j + k - 2, x + (i + k - 2) * n + j + 1, ctx);
                    fmpz_mpoly_mul(t, t, a, ctx);
                    fmpz_mpoly_mul(a, x + (i + 1) * n + j + 1, x + (i + k - 2) * n + j + k - 2, ctx);
                    fmpz_mpoly_mul(u, u, a, ctx);
                }
                fmpz_mpoly_add(t, t, u, ctx);
                if (k >= 4) {
                    if (!fmpz_mpoly_divides(AT(q, i, j), t, AT(q2, i + 1, j + 1), ctx)) {
                        fprintf(stderr, "division not exact\n");
                        exit(1);
                    }
                } else
                    fmpz_mpoly_swap(AT(q, i, j), t, ctx);
            }
    }
    fmpz_mpoly_set(res, AT(lev[n % 3], 0, 0), ctx);
    for (k = 0; k < 3; k++) {
        for (i = 0; i < sz; i++) fmpz_mpoly_clear(lev[k] + i, ctx);
        flint_free(lev[k]);
    }
    for (i = 0; i < n * n; i++) fmpz_mpoly_clear(x + i, ctx);
    flint_free(x);
    fmpz_mpoly_clear(t, ctx); fmpz_mpoly_clear(u, ctx); fmpz_mpoly_clear(a, ctx);
    fmpz_mpoly_clear(lam, ctx); fmpz_mpoly_clear(b, ctx);
    return fmpz_mpoly_length(res, ctx);
}

/* fraction-free integer condensation, lambda = 2 (no lambda denominator) */
static slong condense_int(slong n)
{
    slong sz = (n + 1) * (n + 1), k, i, j, s, bits;
    mpz_t *lev[3], t, u;
    long *A = malloc(n * n * sizeof(long));
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            long a = i + 1, b = j + 1;
            A[i * n + j] = 1 + (a * a * a + 3 * b * b + 7 * a * b) % 9;
        }
    for (k = 0; k < 3; k++) {
        lev[k] = malloc(sz * sizeof(mpz_t));
        for (i = 0; i < sz; i++) mpz_init_set_ui(lev[k][i], 1);
    }
    mpz_init(t); mpz_init(u);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) mpz_set_si(lev[1][i * (n + 1) + j], A[i * n + j]);
    for (k = 2; k <= n; k++) {
        mpz_t *q2 = lev[(k - 2) % 3], *q1 = lev[(k - 1) % 3], *q = lev[k % 3];
        s = n - k + 1;
        for (i = 0; i < s; i++)
            for (j = 0; j < s; j++) {
                long c1 = 1, c2 = 2;
                if (k >= 4) {
                    c1 = A[(i + 1) * n + j + k - 2] * A[(i + k - 2) * n + j + 1];
                    c2 = 2 * A[(i + 1) * n + j + 1] * A[(i + k - 2) * n + j + k - 2];
                }
                mpz_mul(t, q1[i * (n + 1) + j], q1[(i + 1) * (n + 1) + j + 1]);
                mpz_mul_si(t, t, c1);
                mpz_mul(u, q1[i * (n + 1) + j + 1], q1[(i + 1) * (n + 1) + j]);
                mpz_mul_si(u, u, c2);
                mpz_add(t, t, u);
                if (k >= 4) mpz_divexact(q[i * (n + 1) + j], t, q2[(i + 1) * (n + 1) + j + 1]);
                else mpz_swap(q[i * (n + 1) + j], t);
            }
    }
    bits = (slong) mpz_sizeinbase(lev[n % 3][0], 2);
    for (k = 0; k < 3; k++) {
        for (i = 0; i < sz; i++) mpz_clear(lev[k][i]);
        free(lev[k]);
    }
    mpz_clear(t); mpz_clear(u);
    free(A);
    return bits;
}

int main(int argc, char **argv)
{
    double t0;
    slong n, r;
    if (argc < 3) {
        fprintf(stderr, "usage: %s sym N | num N A B | subst N A B | int N\n", argv[0]);
        return 2;
    }
    n = atol(argv[2]);
    t0 = now();
    if (strcmp(argv[1], "int") == 0) {
        r = condense_int(n);
        printf("int n=%ld bits=%ld seconds=%.3f\n", (long) n, (long) r, now() - t0);
        return 0;
    }
    {
        fmpz_mpoly_ctx_t ctx;
        fmpz_mpoly_t res;
        fmpz_t a, b;
        int sym = strcmp(argv[1], "num") != 0;
        fmpz_init(a); fmpz_init(b);
        if (argc > 4) { fmpz_set_str(a, argv[3], 10); fmpz_set_str(b, argv[4], 10); }
        fmpz_mpoly_ctx_init(ctx, n * n + 1, ORD_LEX);
        fmpz_mpoly_init(res, ctx);
        r = condense_sym(res, n, sym ? NULL : a, sym ? NULL : b, ctx);
        if (strcmp(argv[1], "subst") == 0) {
            /* lambda = a/b: b^{n(n-1)/2} det(a/b) = homogenised evaluation */
            fmpz_mpoly_t h, c, bp, ap;
            slong e, N = n * (n - 1) / 2, var = n * n;
            ulong ue;
            fmpz_mpoly_init(h, ctx); fmpz_mpoly_init(c, ctx);
            fmpz_mpoly_init(bp, ctx); fmpz_mpoly_init(ap, ctx);
            fmpz_mpoly_set_fmpz(ap, a, ctx);
            fmpz_mpoly_one(bp, ctx);
            for (e = N; e >= 0; e--) {
                ue = (ulong) e;
                fmpz_mpoly_get_coeff_vars_ui(c, res, &var, &ue, 1, ctx);
                fmpz_mpoly_mul(h, h, ap, ctx);
                fmpz_mpoly_mul(c, c, bp, ctx);
                fmpz_mpoly_add(h, h, c, ctx);
                fmpz_mpoly_scalar_mul_fmpz(bp, bp, b, ctx);
            }
            r = fmpz_mpoly_length(h, ctx);
            fmpz_mpoly_clear(h, ctx); fmpz_mpoly_clear(c, ctx);
            fmpz_mpoly_clear(bp, ctx); fmpz_mpoly_clear(ap, ctx);
        }
        printf("%s n=%ld terms=%ld seconds=%.3f\n", argv[1], (long) n, (long) r, now() - t0);
        fmpz_mpoly_clear(res, ctx);
        fmpz_mpoly_ctx_clear(ctx);
        fmpz_clear(a); fmpz_clear(b);
    }
    return 0;
}
