/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the Borodin series: the spec's public vectors (spec 7), the
   recurrence against the theta/NTT multimodular path and against the
   series modulo p, Euler products against FLINT's fmpq_poly_exp_series,
   Gessel-Krattenthaler compositions, rotation/reversal/complement
   invariance (spec 1). */
#include <string.h>
#include <flint/fmpq_poly.h>
#include <flint/arith.h>
#include <flint/ulong_extras.h>
#include "wk_cylindric.h"
#include "tap.h"

static slong *word(const char *s, slong *T)
{
    slong *w;
    if (wk_cpp_profile_set_str(&w, T, s) != WK_OK)
        return NULL;
    return w;
}

/* res == the listed coefficients */
static int series_is(const fmpz_poly_t res, const slong *c, slong n)
{
    slong i;
    for (i = 0; i < n; i++) {
        fmpz_t x;
        int eq;
        fmpz_init(x);
        fmpz_poly_get_coeff_fmpz(x, res, i);
        eq = fmpz_equal_si(x, c[i]);
        fmpz_clear(x);
        if (!eq)
            return 0;
    }
    return fmpz_poly_length(res) <= n;
}

static void check_vector(const char *s, slong N, const slong *c)
{
    slong T, *w = word(s, &T);
    fmpz_poly_t a, b;
    fmpz_poly_init(a);
    fmpz_poly_init(b);
    TAP_OK(wk_cpp_series(a, w, T, N) == WK_OK && series_is(a, c, N + 1),
           "cpp_series(\"%s\", %ld) matches the spec", s, (long) N);
    TAP_OK(wk_cpp_series_multimod(b, w, T, N) == WK_OK && fmpz_poly_equal(a, b),
           "multimodular path agrees for \"%s\"", s);
    fmpz_poly_clear(a);
    fmpz_poly_clear(b);
    flint_free(w);
}

static void random_profile(slong *w, slong T, flint_rand_t st)
{
    slong i;
    for (i = 0; i < T; i++)
        w[i] = n_randint(st, 2);
}

int main(int argc, char **argv)
{
    flint_rand_t st;
    slong i, iter;
    int ok;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 7);

    {
        static const slong v10[] = {1, 1, 2, 3, 5, 7, 11, 15, 22, 30, 42};
        static const slong v1100[] = {1, 1, 3, 4, 8, 11, 20, 27, 44, 60, 92, 124, 183};
        static const slong v1010[] = {1, 2, 3, 6, 10, 16, 25, 38, 57, 84, 121, 172, 243};
        static const slong v11010[] = {1, 2, 4, 7, 13, 21, 35, 54, 84, 126};
        static const slong v111[] = {1, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0, 5};
        check_vector("10", 10, v10);
        check_vector("1100", 12, v1100);
        check_vector("1010", 12, v1010);
        check_vector("11010", 9, v11010);
        check_vector("111", 12, v111);
    }

    /* Borodin's f (spec 7) */
    {
        slong T, *w = word("11010", &T), f[8];
        static const slong f1[] = {2, 1, 1, 2}, f2[] = {2, 2, 1, 2, 2};
        ok = wk_cpp_borodin_f(f, w, T) == WK_OK && memcmp(f, f1, sizeof f1) == 0;
        flint_free(w);
        w = word("110100", &T);
        ok = ok && wk_cpp_borodin_f(f, w, T) == WK_OK && memcmp(f, f2, sizeof f2) == 0;
        flint_free(w);
        TAP_OK(ok, "f for 11010 is 2,1,1,2 and for 110100 is 2,2,1,2,2");
    }
    /* f by the correlation (T > 256) against the definition */
    {
        slong T = 300 + n_randint(st, 200), d, j, *w = flint_malloc(T * sizeof(slong));
        slong *f = flint_malloc(T * sizeof(slong)), k = 0, sum = 0;
        random_profile(w, T, st);
        wk_cpp_borodin_f(f, w, T);
        ok = 1;
        for (d = 1; d < T; d++) {
            slong c = 0;
            for (j = 0; j < T; j++)
                c += (w[j] == 1 && w[(j + d) % T] == 0);
            ok = ok && c == f[d - 1] && f[d - 1] == f[T - d - 1];
            sum += f[d - 1];
        }
        k = wk_cpp_profile_ones(w, T);
        TAP_OK(ok && sum == k * (T - k), "f(d) by correlation for T = %ld: definition, symmetry, sum kl", (long) T);
        flint_free(w);
        flint_free(f);
    }
    {
        slong T, *w = word("1010", &T);
        char *s = wk_cpp_borodin_product_get_str(w, T);
        TAP_OK(s && strcmp(s, "1/((q^4;q^4)_inf * (q;q^4)_inf^2 * (q^3;q^4)_inf^2)") == 0,
               "printable product for 1010: %s", s ? s : "(null)");
        flint_free(s);
        flint_free(w);
    }

    /* p(1000) */
    {
        slong T, *w = word("10", &T);
        fmpz_t c, d;
        fmpz_init(c);
        fmpz_init(d);
        fmpz_set_str(d, "24061467864032622473692149727991", 10);
        TAP_OK(wk_cpp_coeff(c, w, T, 1000) == WK_OK && fmpz_equal(c, d),
               "cpp_coeff(\"10\", 1000) = p(1000)");
        fmpz_clear(c);
        fmpz_clear(d);
        flint_free(w);
    }
    /* w = 10 against FLINT's partition numbers, through the multimodular path */
    {
        slong T, *w = word("10", &T), N = 6000;
        fmpz_poly_t a;
        fmpz *p = _fmpz_vec_init(N + 1);
        fmpz_poly_init(a);
        arith_number_of_partitions_vec(p, N + 1);
        ok = wk_cpp_series_multimod(a, w, T, N) == WK_OK && a->length == N + 1
             && _fmpz_vec_equal(a->coeffs, p, N + 1);
        TAP_OK(ok, "profile 10 to q^%ld equals arith_number_of_partitions_vec", (long) N);
        _fmpz_vec_clear(p, N + 1);
        fmpz_poly_clear(a);
        flint_free(w);
    }

    /* recurrence = multimodular = mod p, random profiles */
    ok = 1;
    for (iter = 0; iter < 12 * tap_multiplier(); iter++) {
        slong T = 1 + n_randint(st, iter < 8 ? 10 : 40), N = n_randint(st, 700);
        slong *w = flint_malloc(T * sizeof(slong));
        fmpz_poly_t a, b;
        nmod_poly_t c, d;
        ulong p = n_randprime(st, 2 + n_randint(st, 40), 1);
        random_profile(w, T, st);
        fmpz_poly_init(a);
        fmpz_poly_init(b);
        nmod_poly_init(c, p);
        nmod_poly_init(d, p);
        if (wk_cpp_series_euler(a, w, T, N) != WK_OK
            || wk_cpp_series_multimod(b, w, T, N) != WK_OK || !fmpz_poly_equal(a, b))
            ok = 0;
        if (wk_cpp_series_nmod(c, w, T, N) != WK_OK)
            ok = 0;
        fmpz_poly_get_nmod_poly(d, a);
        if (!nmod_poly_equal(c, d)) {
            tap_diag("mod %lu disagrees, T = %ld, N = %ld", p, (long) T, (long) N);
            ok = 0;
        }
        nmod_poly_clear(c);
        nmod_poly_clear(d);
        fmpz_poly_clear(a);
        fmpz_poly_clear(b);
        flint_free(w);
    }
    TAP_OK(ok, "recurrence, theta/NTT multimodular and mod-p series agree on random profiles");

    /* a profile with many factors goes through the NTT exponential */
    {
        slong T = 64, N = 400, *w = flint_malloc(T * sizeof(slong));
        fmpz_poly_t a, b;
        for (i = 0; i < T; i++)
            w[i] = (i * 7 % 3) != 0;
        fmpz_poly_init(a);
        fmpz_poly_init(b);
        TAP_OK(wk_cpp_series_euler(a, w, T, N) == WK_OK
               && wk_cpp_series_multimod(b, w, T, N) == WK_OK && fmpz_poly_equal(a, b),
               "T = 64 (exponential path) agrees with the recurrence");
        {
            /* and modulo primes below and above N (factor-wise, exp) */
            static const ulong ps[3] = {3, 401, 1000003};
            ok = 1;
            for (i = 0; i < 3; i++) {
                nmod_poly_t c, d;
                nmod_poly_init(c, ps[i]);
                nmod_poly_init(d, ps[i]);
                ok = ok && wk_cpp_series_nmod(c, w, T, N) == WK_OK;
                fmpz_poly_get_nmod_poly(d, a);
                ok = ok && nmod_poly_equal(c, d);
                nmod_poly_clear(c);
                nmod_poly_clear(d);
            }
            TAP_OK(ok, "T = 64 modulo 3, 401 and 1000003");
        }
        fmpz_poly_clear(a);
        fmpz_poly_clear(b);
        flint_free(w);
    }

    /* Euler products with arbitrary exponents against fmpq_poly_exp_series */
    ok = 1;
    for (iter = 0; iter < 6; iter++) {
        slong N = iter < 3 ? 50 + n_randint(st, 200) : 700 + n_randint(st, 300), m, k;
        slong *e = flint_malloc((N + 1) * sizeof(slong));
        fmpq_poly_t L, E;
        fmpz_poly_t a;
        fmpz_t den;
        e[0] = 0;
        for (m = 1; m <= N; m++)
            e[m] = n_randint(st, 4) == 0 ? 0 : n_randint(st, 5);
        fmpq_poly_init(L);
        fmpq_poly_init(E);
        fmpz_poly_init(a);
        fmpz_init(den);
        /* log = sum_m e_m sum_j q^{mj}/j */
        for (m = 1; m <= N; m++)
            for (k = m; k <= N && e[m]; k += m) {
                fmpq_t c, t;
                fmpq_init(c); fmpq_init(t);
                fmpq_poly_get_coeff_fmpq(c, L, k);
                fmpq_set_si(t, e[m], k / m);
                fmpq_add(c, c, t);
                fmpq_poly_set_coeff_fmpq(L, k, c);
                fmpq_clear(c); fmpq_clear(t);
            }
        fmpq_poly_exp_series(E, L, N + 1);
        if (wk_cpp_euler_product(a, e, N) != WK_OK)
            ok = 0;
        fmpq_poly_get_denominator(den, E);
        if (!fmpz_is_one(den))
            ok = 0;
        else {
            fmpz_poly_t b;
            fmpz_poly_init(b);
            fmpq_poly_get_numerator(b, E);
            if (!fmpz_poly_equal(a, b))
                ok = 0;
            fmpz_poly_clear(b);
        }
        fmpq_poly_clear(L);
        fmpq_poly_clear(E);
        fmpz_poly_clear(a);
        fmpz_clear(den);
        flint_free(e);
    }
    TAP_OK(ok, "wk_cpp_euler_product (recurrence and multimodular exp) = fmpq_poly_exp_series");

    /* GK compositions: (1,1) ~ 1010, (2,0) ~ 1001 ~ 1100, (1,2) ~ 10100 */
    {
        static const slong c1[] = {1, 1}, c2[] = {2, 0}, c3[] = {1, 2};
        static const char *ref[] = {"1010", "1100", "10100"};
        const slong *cs[] = {c1, c2, c3};
        ok = 1;
        for (i = 0; i < 3; i++) {
            slong T, T2, *w, *w2;
            fmpz_poly_t a, b;
            fmpz_poly_init(a);
            fmpz_poly_init(b);
            if (wk_cpp_gk_to_word(&w, &T, cs[i], 2) != WK_OK) { ok = 0; continue; }
            w2 = word(ref[i], &T2);
            wk_cpp_series(a, w, T, 30);
            wk_cpp_series(b, w2, T2, 30);
            ok = ok && fmpz_poly_equal(a, b);
            flint_free(w);
            flint_free(w2);
            fmpz_poly_clear(a);
            fmpz_poly_clear(b);
        }
        TAP_OK(ok, "GK compositions (1,1), (2,0), (1,2) give the series of 1010, 1100, 10100");
    }

    /* rotation, reversal and complement leave the series unchanged */
    ok = 1;
    for (iter = 0; iter < 20; iter++) {
        slong T = 1 + n_randint(st, 12), r = n_randint(st, T), N = 40;
        slong *w = flint_malloc(T * sizeof(slong)), *v = flint_malloc(T * sizeof(slong));
        fmpz_poly_t a, b;
        random_profile(w, T, st);
        fmpz_poly_init(a);
        fmpz_poly_init(b);
        wk_cpp_series(a, w, T, N);
        for (i = 0; i < T; i++)
            v[i] = w[(i + r) % T];
        wk_cpp_series(b, v, T, N);
        ok = ok && fmpz_poly_equal(a, b);
        for (i = 0; i < T; i++)
            v[i] = w[T - 1 - i];
        wk_cpp_series(b, v, T, N);
        ok = ok && fmpz_poly_equal(a, b);
        for (i = 0; i < T; i++)
            v[i] = 1 - w[i];
        wk_cpp_series(b, v, T, N);
        ok = ok && fmpz_poly_equal(a, b);
        fmpz_poly_clear(a);
        fmpz_poly_clear(b);
        flint_free(w);
        flint_free(v);
    }
    TAP_OK(ok, "rotating, reversing or complementing the profile keeps the series");

    flint_randclear(st);
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}
