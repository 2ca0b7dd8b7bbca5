/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of lib/weyl/char.c: Freudenthal multiplicities against the Weyl
   dimension formula (sum of m(mu) |W mu|), against LiE 2.2.2 dom_char values
   (a different program, same labels), the zero weight of the adjoint module,
   known dimensions, the dot-action sign identity of the dimension polynomial,
   W-invariance of the full character, bad input. */
#include <string.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

static fmpq *weight(const wk_weyl_t R, const char *s)
{
    fmpq *l = _fmpq_vec_init(R->n);
    wk_weyl_weight_set_str(l, R, s);
    return l;
}

/* multiplicity of the dominant weight w (string) in ch, -1 if absent */
static slong mult_of(const wk_weyl_char_t ch, const char *s, const wk_weyl_t R)
{
    fmpq *w = weight(R, s);
    slong k, i, res = -1;
    for (k = 0; k < ch->length && res < 0; k++) {
        int eq = 1;
        for (i = 0; i < R->n; i++)
            if (!fmpz_equal(ch->weights + k * R->n + i, fmpq_numref(w + i))) eq = 0;
        if (eq) res = fmpz_get_si(ch->mult + k);
    }
    _fmpq_vec_clear(w, R->n);
    return res;
}

/* is the multiplicity of the dominant weight s in ch the decimal string val? */
static int mult_is(const wk_weyl_char_t ch, const char *s, const wk_weyl_t R, const char *val)
{
    fmpq *w = weight(R, s);
    slong k, i;
    int res = 0;
    fmpz_t v;
    fmpz_init(v);
    fmpz_set_str(v, val, 10);
    for (k = 0; k < ch->length; k++) {
        int eq = 1;
        for (i = 0; i < R->n; i++)
            if (!fmpz_equal(ch->weights + k * R->n + i, fmpq_numref(w + i))) eq = 0;
        if (eq) res = fmpz_equal(ch->mult + k, v);
    }
    fmpz_clear(v);
    _fmpq_vec_clear(w, R->n);
    return res;
}

/* sum over dominant weights of m(mu) |W mu| */
static void dim_by_char(fmpz_t res, const wk_weyl_char_t ch, const wk_weyl_t R)
{
    slong k, i, n = R->n;
    fmpq *mu = _fmpq_vec_init(n);
    fmpz_t sz;
    fmpz_init(sz);
    fmpz_zero(res);
    for (k = 0; k < ch->length; k++) {
        for (i = 0; i < n; i++) fmpq_set_fmpz(mu + i, ch->weights + k * n + i);
        wk_weyl_orbit_size(sz, R, mu, WK_WEYL_ALL);
        fmpz_addmul(res, sz, ch->mult + k);
    }
    fmpz_clear(sz);
    _fmpq_vec_clear(mu, n);
}

int main(int argc, char **argv)
{
    wk_weyl_t R;
    wk_weyl_char_t ch;
    flint_rand_t st;
    slong i, t;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 5);
    wk_weyl_char_init(ch);

    /* known dimensions */
    {
        struct { const char *t, *w; slong d; } known[] = {
            { "E8", "1,0,0,0,0,0,0,0", 3875 }, { "E8", "0,0,0,0,0,0,0,1", 248 },
            { "E7", "0,0,0,0,0,0,1", 56 }, { "E7", "1,0,0,0,0,0,0", 133 },
            { "E6", "1,0,0,0,0,0", 27 }, { "E6", "0,1,0,0,0,0", 78 },
            { "F4", "0,0,0,1", 26 }, { "F4", "1,0,0,0", 52 }, { "G2", "1,0", 7 }, { "G2", "0,1", 14 },
            { "B3", "0,0,1", 8 }, { "C3", "1,0,0", 6 }, { "C3", "0,1,0", 14 }, { "D4", "1,0,0,0", 8 },
            { "D4", "0,0,0,1", 8 }, { "A2", "1,1", 8 }, { "B2", "0,1", 4 }, { "A1xA2", "1,1,0", 6 }
        };
        for (i = 0; i < (slong) (sizeof known / sizeof known[0]); i++) {
            fmpq_t d;
            fmpq *l;
            wk_weyl_init_type(R, known[i].t);
            l = weight(R, known[i].w);
            fmpq_init(d);
            wk_weyl_dim(d, R, l);
            TAP_OK(fmpq_equal_si(d, known[i].d), "dim L(%s) of %s = %ld", known[i].w, known[i].t, (long) known[i].d);
            fmpq_clear(d);
            _fmpq_vec_clear(l, R->n);
            wk_weyl_clear(R);
        }
    }
    /* dim L(rho) = 2^N */
    {
        fmpq_t d;
        fmpq *l;
        fmpz_t e;
        wk_weyl_init_type(R, "E8");
        l = _fmpq_vec_init(8);
        wk_weyl_rho(l, R);
        fmpq_init(d); fmpz_init(e);
        wk_weyl_dim(d, R, l);
        fmpz_one(e); fmpz_mul_2exp(e, e, 120);
        TAP_OK(fmpz_equal(fmpq_numref(d), e) && fmpz_is_one(fmpq_denref(d)), "dim L(rho) of E8 = 2^120");
        fmpq_clear(d); fmpz_clear(e);
        _fmpq_vec_clear(l, 8);
        wk_weyl_clear(R);
    }

    /* Freudenthal against the Weyl dimension formula */
    {
        const char *types[] = { "A1", "A3", "A4", "B2", "B3", "B4", "C3", "C4", "D4", "D5", "G2", "F4",
                                "E6", "E7", "A1xB2", "A2xG2" };
        int ok = 1, cnt = 0;
        for (t = 0; t < 16; t++) {
            slong rep;
            wk_weyl_init_type(R, types[t]);
            for (rep = 0; rep < 4 * tap_multiplier(); rep++) {
                fmpq *l = _fmpq_vec_init(R->n);
                fmpq_t d;
                fmpz_t s;
                for (i = 0; i < R->n; i++)
                    fmpq_set_si(l + i, n_randint(st, R->n >= 6 ? 2 : (R->n >= 4 ? 3 : 5)), 1);
                fmpq_init(d); fmpz_init(s);
                wk_weyl_dim(d, R, l);
                if (wk_weyl_dominant_character(ch, R, l, 1000000) != WK_OK) ok = 0;
                else {
                    dim_by_char(s, ch, R);
                    if (!fmpz_equal(s, fmpq_numref(d)) || !fmpz_is_one(fmpq_denref(d))) {
                        ok = 0;
                        tap_diag("mismatch for %s", types[t]);
                    }
                    cnt++;
                }
                fmpq_clear(d); fmpz_clear(s);
                _fmpq_vec_clear(l, R->n);
            }
            wk_weyl_clear(R);
        }
        TAP_OK(ok, "sum m(mu)|W mu| = Weyl dimension formula (%d random modules, 16 types)", cnt);
    }

    /* values computed by LiE 2.2.2 dom_char (its labels are Bourbaki's too) */
    {
        struct { const char *t, *lam, *mu; slong m; } lie[] = {
            { "E6", "1,1,1,1,1,1", "0,0,0,0,0,0", 13697920 },
            { "E6", "1,1,1,1,1,1", "0,1,0,0,0,0", 10337840 },
            { "E6", "1,1,1,1,1,1", "6,0,0,0,0,0", 2688 },
            { "E6", "1,1,1,1,1,1", "4,0,1,0,0,0", 27048 },
            { "E6", "1,1,1,1,1,1", "4,2,0,0,0,1", 528 },
            { "E7", "2,0,0,0,0,0,1", "0,0,0,0,0,0,1", 432 },
            { "E7", "2,0,0,0,0,0,1", "0,1,0,0,0,0,0", 162 },
            { "E7", "2,0,0,0,0,0,1", "1,0,0,0,0,0,1", 57 },
            { "B3", "0,1,0", "0,0,0", 3 },
        };
        for (i = 0; i < (slong) (sizeof lie / sizeof lie[0]); i++) {
            fmpq *l;
            slong m;
            wk_weyl_init_type(R, lie[i].t);
            l = weight(R, lie[i].lam);
            wk_weyl_dominant_character(ch, R, l, 1000000);
            m = mult_of(ch, lie[i].mu, R);
            TAP_OK(m == lie[i].m, "%s L(%s): m(%s) = %ld (LiE)", lie[i].t, lie[i].lam, lie[i].mu, (long) lie[i].m);
            _fmpq_vec_clear(l, R->n);
            wk_weyl_clear(R);
        }
        /* E8 rho: 14869 dominant weights (LiE), and two of its multiplicities */
        {
            fmpq *l;
            wk_weyl_init_type(R, "E8");
            l = weight(R, "1,1,1,1,1,1,1,1");
            wk_weyl_dominant_character(ch, R, l, 1000000);
            TAP_OK(ch->length == 14869, "E8 L(rho) has 14869 dominant weights (LiE)");
            TAP_OK(fmpz_equal_si(ch->mult + 0, 1)
                   && mult_is(ch, "0,0,0,0,0,0,0,0", R, "235377394371444230194469748736")
                   && mult_is(ch, "0,0,0,0,0,0,1,1", R, "97909226731664681763728539008")
                   && mult_is(ch, "2,0,0,0,0,0,0,0", R, "86302794630012358208078327808"),
                   "E8 L(rho): m(0), m(omega_7+omega_8), m(2 omega_1) as in LiE (beyond 2^64)");
            _fmpq_vec_clear(l, 8);
            wk_weyl_clear(R);
        }
    }

    /* adjoint modules: the zero weight has multiplicity n */
    {
        struct { const char *t, *w; } adj[] = { { "A4", "1,0,0,1" }, { "B4", "0,1,0,0" }, { "C4", "2,0,0,0" },
                                                 { "D5", "0,1,0,0,0" }, { "E6", "0,1,0,0,0,0" },
                                                 { "E7", "1,0,0,0,0,0,0" }, { "E8", "0,0,0,0,0,0,0,1" },
                                                 { "F4", "1,0,0,0" }, { "G2", "0,1" } };
        for (i = 0; i < 9; i++) {
            fmpq *l;
            char zero[32] = "0";
            slong k;
            wk_weyl_init_type(R, adj[i].t);
            for (k = 1; k < R->n; k++) strcat(zero, ",0");
            l = weight(R, adj[i].w);
            wk_weyl_dominant_character(ch, R, l, 1000);
            TAP_OK(mult_of(ch, zero, R) == R->n, "adjoint %s: m(0) = rank", adj[i].t);
            _fmpq_vec_clear(l, R->n);
            wk_weyl_clear(R);
        }
    }

    /* the dimension polynomial: dim(s_i . lambda) = -dim(lambda) */
    {
        const char *types[] = { "B3", "G2", "F4", "D4", "A3", "C3" };
        int ok = 1;
        for (t = 0; t < 40; t++) {
            fmpq *l, *m;
            fmpq_t a, b;
            slong k;
            wk_weyl_init_type(R, types[t % 6]);
            l = _fmpq_vec_init(R->n); m = _fmpq_vec_init(R->n);
            for (k = 0; k < R->n; k++) fmpq_set_si(l + k, (slong) n_randint(st, 9) - 4, 1 + n_randint(st, 3));
            i = n_randint(st, R->n);
            for (k = 0; k < R->n; k++) fmpq_add_si(m + k, l + k, 1);
            wk_weyl_reflect(m, m, i, R);
            for (k = 0; k < R->n; k++) fmpq_sub_si(m + k, m + k, 1);
            fmpq_init(a); fmpq_init(b);
            wk_weyl_dim(a, R, l);
            wk_weyl_dim(b, R, m);
            fmpq_neg(b, b);
            if (!fmpq_equal(a, b)) ok = 0;
            fmpq_clear(a); fmpq_clear(b);
            _fmpq_vec_clear(l, R->n); _fmpq_vec_clear(m, R->n);
            wk_weyl_clear(R);
        }
        TAP_OK(ok, "Weyl dimension polynomial: dim(s_i . lambda) = -dim(lambda), rational lambda");
    }

    /* full character: W-invariant, multiplicities sum to the dimension */
    {
        fmpq *l;
        fmpq_t d;
        fmpz_t s;
        _wk_vset_t set;
        int32_t key[4], y[4];
        int ok = 1;
        slong k, j;
        wk_weyl_init_type(R, "B4");
        l = weight(R, "1,0,1,1");
        wk_weyl_character(ch, R, l, 100000);
        fmpq_init(d); fmpz_init(s);
        wk_weyl_dim(d, R, l);
        for (k = 0; k < ch->length; k++) fmpz_add(s, s, ch->mult + k);
        TAP_OK(fmpz_equal(s, fmpq_numref(d)), "B4 L(1,0,1,1): all weights, multiplicities sum to dim");
        _wk_vset_init(set, 4);
        for (k = 0; k < ch->length; k++) {
            for (j = 0; j < 4; j++) key[j] = (int32_t) fmpz_get_si(ch->weights + k * 4 + j);
            _wk_vset_insert(set, key, NULL);
        }
        ok = (set->len == ch->length);
        for (k = 0; k < ch->length && ok; k++)
            for (i = 0; i < 4; i++) {
                slong idx;
                for (j = 0; j < 4; j++) key[j] = (int32_t) fmpz_get_si(ch->weights + k * 4 + j);
                for (j = 0; j < 4; j++) y[j] = key[j] - key[i] * (int32_t) R->a[j * 4 + i];
                idx = _wk_vset_find(set, y);
                if (idx < 0 || !fmpz_equal(ch->mult + idx, ch->mult + k)) ok = 0;
            }
        TAP_OK(ok, "B4 L(1,0,1,1): the weights are distinct and the character is W-invariant");
        _wk_vset_clear(set);
        fmpq_clear(d); fmpz_clear(s);
        _fmpq_vec_clear(l, 4);
        wk_weyl_clear(R);
    }

    /* bad input */
    {
        fmpq *l;
        fmpz_mat_t A;
        wk_weyl_init_type(R, "A2");
        l = weight(R, "1,-1");
        TAP_OK(wk_weyl_dominant_character(ch, R, l, 100) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "dominant integral (coordinate 2 = -1)"), "non-dominant: %s", wk_error_msg());
        fmpq_set_si(l + 1, 1, 2);
        TAP_OK(wk_weyl_dominant_character(ch, R, l, 100) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "1/2"), "non-integral: %s", wk_error_msg());
        fmpq_set_si(l, 30, 1); fmpq_set_si(l + 1, 30, 1);
        TAP_OK(wk_weyl_dominant_character(ch, R, l, 100) == WK_E_TOO_LARGE
               && strstr(wk_error_msg(), "100"), "limit on dominant weights: %s", wk_error_msg());
        _fmpq_vec_clear(l, 2);
        wk_weyl_clear(R);
        fmpz_mat_init(A, 2, 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 0), 2); fmpz_set_si(fmpz_mat_entry(A, 1, 1), 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 1), -2); fmpz_set_si(fmpz_mat_entry(A, 1, 0), -2);
        wk_weyl_init_cartan(R, A);
        l = weight(R, "1,0");
        TAP_OK(wk_weyl_dominant_character(ch, R, l, 100) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "infinite"), "affine type: %s", wk_error_msg());
        _fmpq_vec_clear(l, 2);
        wk_weyl_clear(R);
        fmpz_mat_clear(A);
    }

    wk_weyl_char_clear(ch);
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
