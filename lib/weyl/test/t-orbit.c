/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of lib/weyl/orbit.c and weight.c: the tree walk (4.3) against a plain
   BFS with a hash set, |W| against the BFS orbit of rho, the leaf identity of
   4.2, reduced words (length = number of positive roots made negative), the
   spec's coordinate vectors (section 7), weight parsing (section 9). */
#include <string.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

/* BFS orbit of the integer vector x0 under W_J; returns its size (or -1 above cap),
   storing the points in set. */
static slong bfs_orbit(_wk_vset_t set, const wk_weyl_t R, const int32_t *x0, ulong J, slong cap)
{
    slong n = R->n, head, i, k;
    int32_t *y = flint_malloc(n * sizeof(int32_t));
    int isnew;
    _wk_vset_insert(set, x0, &isnew);
    for (head = 0; head < set->len; head++) {
        for (i = 0; i < n; i++) {
            const int32_t *x;
            if (J != WK_WEYL_ALL && !(J >> i & 1)) continue;
            x = _wk_vset_key(set, head);
            for (k = 0; k < n; k++) y[k] = x[k] - x[i] * (int32_t) R->a[k * n + i];
            _wk_vset_insert(set, y, &isnew);
            if (set->len > cap) { flint_free(y); return -1; }
        }
    }
    flint_free(y);
    return set->len;
}

/* Number of positive roots beta of W_J (support in J) with <mu, beta^vee> < 0. */
static slong neg_count(const wk_weyl_t R, const fmpq *mu, ulong J)
{
    slong N, k, j, n = R->n, cnt = 0;
    fmpq_t s, t;
    fmpq_init(s); fmpq_init(t);
    wk_weyl_num_positive_roots(&N, R);
    for (k = 0; k < N; k++) {
        const slong *c = R->roots + k * n;
        int inJ = 1;
        for (j = 0; j < n; j++) if (c[j] && !(J == WK_WEYL_ALL || (J >> j & 1))) inJ = 0;
        if (!inJ) continue;
        fmpq_zero(s);
        for (j = 0; j < n; j++) {
            fmpq_mul_si(t, mu + j, c[j] * R->sym[j]);
            fmpq_add(s, s, t);
        }
        if (fmpq_sgn(s) < 0) cnt++;
    }
    fmpq_clear(s); fmpq_clear(t);
    return cnt;
}

static int orbit_is(const wk_weyl_orbit_t O, const slong *pts, slong npts)
{
    slong k, p, i, n = O->n;
    if (O->length != npts || !fmpz_is_one(O->den)) return 0;
    for (p = 0; p < npts; p++) {
        int found = 0;
        for (k = 0; k < O->length && !found; k++) {
            int eq = 1;
            for (i = 0; i < n; i++) if (!fmpz_equal_si(O->num + k * n + i, pts[p * n + i])) eq = 0;
            found = eq;
        }
        if (!found) return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    wk_weyl_t R;
    flint_rand_t st;
    slong i, k, t;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 3);

    /* spec section 7 coordinate vectors */
    {
        wk_weyl_orbit_t O;
        fmpq mu[2];
        static const slong b2[] = { 1, 0, -1, 2, 1, -2, -1, 0 };
        static const slong g2[] = { 1, 0, -1, 1, 2, -1, -2, 1, 1, -1, -1, 0 };
        fmpq_init(mu); fmpq_init(mu + 1);
        wk_weyl_orbit_init(O);
        fmpq_one(mu);
        wk_weyl_init_type(R, "B2");
        wk_weyl_orbit(O, R, mu, WK_WEYL_ALL, 100);
        TAP_OK(orbit_is(O, b2, 4), "B2 orbit of omega_1 = {(1,0),(-1,2),(1,-2),(-1,0)}");
        wk_weyl_clear(R);
        wk_weyl_init_type(R, "G2");
        wk_weyl_orbit(O, R, mu, WK_WEYL_ALL, 100);
        TAP_OK(orbit_is(O, g2, 6), "G2 orbit of omega_1 = {(1,0),(-1,1),(2,-1),(-2,1),(1,-1),(-1,0)}");
        wk_weyl_clear(R);
        wk_weyl_orbit_clear(O);
        fmpq_clear(mu); fmpq_clear(mu + 1);
    }

    /* |W| = BFS orbit of rho */
    {
        const char *types[] = { "A1", "A4", "B3", "C4", "D4", "D5", "F4", "G2", "B5", "A2xB2", "E6" };
        for (i = 0; i < 11; i++) {
            _wk_vset_t set;
            int32_t x[8];
            fmpz_t o;
            slong sz;
            wk_weyl_init_type(R, types[i]);
            for (k = 0; k < R->n; k++) x[k] = 1;
            _wk_vset_init(set, R->n);
            sz = bfs_orbit(set, R, x, WK_WEYL_ALL, 100000);
            fmpz_init(o);
            wk_weyl_order(o, R);
            TAP_OK(fmpz_equal_si(o, sz), "|W(%s)| = %ld by BFS of rho", types[i], (long) sz);
            fmpz_clear(o);
            _wk_vset_clear(set);
            wk_weyl_clear(R);
        }
    }

    /* 4.2 cross-check: |W_C| = |W_C omega_j| |W_{C \ j}| for a leaf j */
    {
        struct { const char *t; slong leaf; } c[] = { { "E8", 7 }, { "E7", 6 }, { "E6", 0 }, { "F4", 3 },
                                                       { "D7", 0 }, { "B6", 0 }, { "C6", 5 }, { "A9", 0 } };
        for (i = 0; i < 8; i++) {
            fmpq *mu;
            fmpz_t a, b, o;
            wk_weyl_init_type(R, c[i].t);
            mu = _fmpq_vec_init(R->n);
            fmpq_one(mu + c[i].leaf);
            fmpz_init(a); fmpz_init(b); fmpz_init(o);
            wk_weyl_orbit_count(a, R, mu, WK_WEYL_ALL);
            wk_weyl_parabolic_order(b, R, _wk_full(R->n) & ~(UWORD(1) << c[i].leaf));
            wk_weyl_order(o, R);
            fmpz_mul(a, a, b);
            TAP_OK(fmpz_equal(a, o), "|W(%s)| = |W omega_%ld| |W_{I \\ %ld}| (tree walk count)",
                   c[i].t, (long) c[i].leaf + 1, (long) c[i].leaf + 1);
            fmpz_clear(a); fmpz_clear(b); fmpz_clear(o);
            _fmpq_vec_clear(mu, R->n);
            wk_weyl_clear(R);
        }
    }

    /* random weights and parabolic subgroups: walk = BFS, formula = walk, words reduced */
    {
        const char *types[] = { "A3", "B3", "C3", "D4", "G2", "F4", "A2xB2", "B4", "A1xA1xA2", "C4" };
        int ok_set = 1, ok_size = 1, ok_words = 1, ok_count = 1, ok_dom = 1;
        for (t = 0; t < 60 * tap_multiplier(); t++) {
            wk_weyl_orbit_t O;
            wk_weyl_word_t w;
            fmpq *mu, *p, *q;
            fmpz_t sz, cnt;
            ulong J;
            slong n;
            _wk_vset_t set;
            int32_t *x;
            wk_weyl_init_type(R, types[t % 10]);
            n = R->n;
            J = n_randint(st, 3) ? _wk_full(n) : n_randint(st, UWORD(1) << n);
            mu = _fmpq_vec_init(n); p = _fmpq_vec_init(n); q = _fmpq_vec_init(n);
            for (i = 0; i < n; i++)
                fmpq_set_si(mu + i, (slong) n_randint(st, 5) - 2, n_randint(st, 4) ? 1 : 2);
            wk_weyl_orbit_init(O);
            wk_weyl_word_init(w);
            fmpz_init(sz); fmpz_init(cnt);
            wk_weyl_orbit(O, R, mu, J, 100000);
            wk_weyl_orbit_size(sz, R, mu, J);
            wk_weyl_orbit_count(cnt, R, mu, J);
            if (!fmpz_equal_si(sz, O->length) || !fmpz_equal(sz, cnt)) ok_size = 0;
            /* BFS on 2 mu (integers) */
            x = flint_malloc(n * sizeof(int32_t));
            for (i = 0; i < n; i++) {
                fmpq_t h; fmpq_init(h); fmpq_mul_si(h, mu + i, 2);
                x[i] = (int32_t) fmpz_get_si(fmpq_numref(h)); fmpq_clear(h);
            }
            _wk_vset_init(set, n);
            if (bfs_orbit(set, R, x, J, 100000) != O->length) ok_set = 0;
            for (k = 0; k < O->length; k++) {
                for (i = 0; i < n; i++) {
                    fmpq_t h; fmpq_init(h);
                    fmpq_set_fmpz_frac(h, O->num + k * n + i, O->den);
                    fmpq_mul_si(h, h, 2);
                    x[i] = (int32_t) fmpz_get_si(fmpq_numref(h));
                    fmpq_clear(h);
                }
                if (_wk_vset_find(set, x) < 0) ok_set = 0;
                /* word: point k = w point 0, w reduced and minimal */
                wk_weyl_orbit_word(w, O, k);
                wk_weyl_orbit_get(p, O, 0);
                wk_weyl_act(p, w, p, R);
                wk_weyl_orbit_get(q, O, k);
                if (!_fmpq_vec_equal(p, q, n)) ok_words = 0;
                if (w->length != neg_count(R, q, J)) ok_words = 0;
            }
            /* dominate a random orbit point: back to point 0, with mu = w res */
            k = n_randint(st, O->length);
            wk_weyl_orbit_get(q, O, k);
            wk_weyl_dominate(p, w, q, R, J);
            wk_weyl_orbit_get(mu, O, 0);
            if (!_fmpq_vec_equal(p, mu, n)) ok_dom = 0;
            wk_weyl_act(p, w, p, R);
            if (!_fmpq_vec_equal(p, q, n) || w->length != neg_count(R, q, J)) ok_dom = 0;
            (void) ok_count;
            flint_free(x);
            _wk_vset_clear(set);
            fmpz_clear(sz); fmpz_clear(cnt);
            wk_weyl_word_clear(w);
            wk_weyl_orbit_clear(O);
            _fmpq_vec_clear(mu, n); _fmpq_vec_clear(p, n); _fmpq_vec_clear(q, n);
            wk_weyl_clear(R);
        }
        TAP_OK(ok_size, "orbit length = [W_J : W_{J0}] = tree walk count");
        TAP_OK(ok_set, "tree walk orbit = BFS orbit (random rational weights, random J)");
        TAP_OK(ok_words, "orbit words act correctly and are reduced minimal representatives");
        TAP_OK(ok_dom, "dominate: J-dominant result, mu = w res, w reduced");
    }

    /* a big walk: E7 rho, 2903040 points, no storage */
    {
        fmpq *mu;
        fmpz_t c;
        wk_weyl_init_type(R, "E7");
        mu = _fmpq_vec_init(7);
        wk_weyl_rho(mu, R);
        fmpz_init(c);
        wk_weyl_orbit_count(c, R, mu, WK_WEYL_ALL);
        TAP_OK(fmpz_equal(c, R->order), "tree walk visits all 2903040 points of the regular E7 orbit");
        fmpz_clear(c);
        _fmpq_vec_clear(mu, 7);
        wk_weyl_clear(R);
    }

    /* size guard and infinite W_J */
    {
        wk_weyl_orbit_t O;
        fmpq *mu;
        fmpz_mat_t A;
        wk_weyl_orbit_init(O);
        wk_weyl_init_type(R, "E8");
        mu = _fmpq_vec_init(8);
        wk_weyl_rho(mu, R);
        TAP_OK(wk_weyl_orbit(O, R, mu, WK_WEYL_ALL, 1000000) == WK_E_TOO_LARGE
               && strstr(wk_error_msg(), "696729600") && strstr(wk_error_msg(), "1000000"),
               "E8 regular orbit refused: %s", wk_error_msg());
        wk_weyl_clear(R);
        fmpz_mat_init(A, 3, 3);
        for (i = 0; i < 3; i++) for (k = 0; k < 3; k++) fmpz_set_si(fmpz_mat_entry(A, i, k), i == k ? 2 : -1);
        wk_weyl_init_cartan(R, A);   /* affine A2^(1) */
        TAP_OK(wk_weyl_orbit(O, R, mu, WK_WEYL_ALL, 100) == WK_E_DOMAIN && strstr(wk_error_msg(), "infinite"),
               "affine A2: orbit refused: %s", wk_error_msg());
        TAP_OK(wk_weyl_orbit(O, R, mu, 3, 100) == WK_OK && O->length == 6,
               "affine A2: W_{1,2} orbit of rho has 6 points");
        wk_weyl_clear(R);
        fmpz_mat_clear(A);
        _fmpq_vec_clear(mu, 8);
        wk_weyl_orbit_clear(O);
    }

    /* weight parsing (spec section 9) */
    {
        fmpq *lam;
        const char *bad[] = { "sqrt2,0", "1/0,0", ",0", "1.5.2,0", "1/,0", "a,0", "1 2,0", "0x1,0",
                              "--1,0", "1/-2,0", ".5,0" };
        wk_weyl_init_type(R, "A2");
        lam = _fmpq_vec_init(2);
        TAP_OK(wk_weyl_weight_set_str(lam, R, " 2/1 , -0 ") == WK_OK && fmpq_equal_si(lam, 2)
               && fmpq_is_zero(lam + 1), "'2/1' = 2 and '-0' = 0");
        TAP_OK(wk_weyl_weight_set_str(lam, R, "0.5,-3/6") == WK_OK && fmpz_equal_si(fmpq_denref(lam), 2)
               && fmpz_equal_si(fmpq_numref(lam + 1), -1), "'0.5' = 1/2, '-3/6' = -1/2");
        for (i = 0; i < (slong) (sizeof bad / sizeof bad[0]); i++)
            TAP_OK(wk_weyl_weight_set_str(lam, R, bad[i]) == WK_E_DOMAIN
                   && strstr(wk_error_msg(), "cannot parse coordinate 1"),
                   "'%s': %s", bad[i], wk_error_msg());
        TAP_OK(wk_weyl_weight_set_str(lam, R, "1,0,0") == WK_E_DIM
               && strstr(wk_error_msg(), "3 coordinates, rank is 2"), "3 coordinates: %s", wk_error_msg());
        TAP_OK(wk_weyl_weight_set_str(lam, R, "") == WK_E_DIM, "empty weight for rank 2: %s", wk_error_msg());
        TAP_OK(wk_weyl_weight_set_str(lam, R, "1,") == WK_E_DOMAIN
               && strstr(wk_error_msg(), "coordinate 2"), "'1,': %s", wk_error_msg());
        _fmpq_vec_clear(lam, 2);
        wk_weyl_clear(R);
    }

    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
