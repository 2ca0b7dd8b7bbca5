/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Every row of spec section 9 in one place (each error names the problem in
   the spec's words), rank > 64 behaviour, and interrupts: long loops return
   WK_E_INTERRUPT (ASan/LeakSanitizer check that they free everything). */
#include <string.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

static int err_is(wk_status got, wk_status want, const char *needle)
{
    int ok = got == want && strstr(wk_error_msg(), needle) != NULL;
    if (!ok) tap_diag("got status %s, message '%s'", wk_status_name(got), wk_error_msg());
    return ok;
}

int main(int argc, char **argv)
{
    wk_weyl_t R;
    wk_weyl_hw_t V;
    fmpq *l;
    fmpz_mat_t A;
    wk_weyl_kind kind;
    ulong J;
    slong i;

    tap_init(argc, argv);

    /* cartan: must be square and non-empty (got r x c) */
    fmpz_mat_init(A, 3, 2);
    TAP_OK(err_is(wk_weyl_init_cartan(R, A), WK_E_DIM, "must be square and non-empty (got 3x2)"),
           "cartan: non-square");
    fmpz_mat_clear(A);
    /* cartan: not a generalized Cartan matrix, entry (i,j)=... */
    fmpz_mat_init(A, 2, 2);
    fmpz_set_si(fmpz_mat_entry(A, 0, 0), 2); fmpz_set_si(fmpz_mat_entry(A, 1, 1), 2);
    fmpz_set_si(fmpz_mat_entry(A, 1, 0), -1);
    TAP_OK(err_is(wk_weyl_init_cartan(R, A), WK_E_DOMAIN, "not a generalized Cartan matrix, entry"), "cartan: a_12 = 0, a_21 = -1");
    fmpz_mat_clear(A);
    /* type: unknown Cartan type */
    {
        const char *bad[] = { "A0", "B1", "C1", "D3", "E5", "E9", "F5", "G3", "X4", "A-1" };
        int ok = 1;
        for (i = 0; i < 10; i++) {
            wk_status st = wk_weyl_init_type(R, bad[i]);
            if (!err_is(st, WK_E_DOMAIN, "unknown Cartan type") || !strstr(wk_error_msg(), bad[i])) ok = 0;
        }
        TAP_OK(ok, "type: unknown Cartan type (A0, B1, C1, D3, E5, E9, F5, G3, X4, A-1), naming it");
    }
    wk_weyl_init_type(R, "B4");
    l = _fmpq_vec_init(4);
    /* weight: lambda has k coordinates, rank is n */
    TAP_OK(err_is(wk_weyl_weight_set_str(l, R, "1,0,0"), WK_E_DIM, "has 3 coordinates, rank is 4"),
           "weight: 3 coordinates for B4");
    /* weight: cannot parse coordinate i */
    {
        const char *bad[] = { "sqrt2,0,0,0", "1,1/0,0,0", "1,0,,0", "1,0,0,1.5.2" };
        const char *at[] = { "coordinate 1", "coordinate 2", "coordinate 3", "coordinate 4" };
        int ok = 1;
        for (i = 0; i < 4; i++)
            if (!err_is(wk_weyl_weight_set_str(l, R, bad[i]), WK_E_DOMAIN, "cannot parse coordinate")
                || !strstr(wk_error_msg(), at[i])) ok = 0;
        TAP_OK(ok, "weight: cannot parse coordinate i ('sqrt2', '1/0', '', '1.5.2')");
    }
    /* module: unknown module kind */
    TAP_OK(err_is(wk_weyl_module_set_str(&kind, &J, "integrable", R), WK_E_DOMAIN, "unknown module kind"),
           "module: unknown module kind");
    /* module: parabolic Verma needs lambda_j in Z>=0 for j in J; fails at j=... */
    wk_weyl_weight_set_str(l, R, "1,-1,2/3,0");
    TAP_OK(err_is(wk_weyl_hw_init(V, R, l, WK_WEYL_PARABOLIC, 0xf), WK_E_DOMAIN,
                  "parabolic Verma module needs lambda_j in Z>=0 for j in J; fails at j=2 (lambda_j=-1)"),
           "module: parabolic J not inside J_lambda");
    /* module: bad node label */
    {
        const char *bad[] = { "parabolic:0", "parabolic:5", "parabolic:2,2", "parabolic:1.0", "parabolic:a" };
        int ok = 1;
        for (i = 0; i < 5; i++)
            if (!err_is(wk_weyl_module_set_str(&kind, &J, bad[i], R), WK_E_DOMAIN, "bad node label")) ok = 0;
        TAP_OK(ok, "module: bad node label (0, > n, repeated, non-integer)");
    }
    /* too_large: explicit listing above the limit */
    {
        wk_weyl_face_list_t L;
        wk_weyl_orbit_t O;
        wk_weyl_face_list_init(L);
        wk_weyl_orbit_init(O);
        wk_weyl_rho(l, R);
        wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0);
        TAP_OK(err_is(wk_weyl_face_list(L, V, 1000), WK_E_TOO_LARGE, "faces exceeds limit 1000; use counts"),
               "too_large: face listing states the count and the limit");
        TAP_OK(err_is(wk_weyl_orbit(O, R, l, WK_WEYL_ALL, 100), WK_E_TOO_LARGE, "orbit size 384 exceeds limit 100"),
               "too_large: orbit size N exceeds limit L");
        wk_weyl_hw_clear(V);
        wk_weyl_orbit_clear(O);
        wk_weyl_face_list_clear(L);
    }
    _fmpq_vec_clear(l, 4);
    wk_weyl_clear(R);
    /* too_large: rank d of the active part exceeds 24 */
    {
        fmpz *f;
        wk_weyl_init_type(R, "B26");
        l = _fmpq_vec_init(26);
        fmpq_one(l);
        wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0);
        f = _fmpz_vec_init(V->d + 1);
        TAP_OK(err_is(wk_weyl_fvector(f, NULL, V), WK_E_TOO_LARGE, "of the active part exceeds 24"), "too_large: B26 active part");
        _fmpz_vec_clear(f, V->d + 1);
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 26);
        wk_weyl_clear(R);
    }
    /* infinite: a GCM not of finite type */
    {
        fmpz *f = _fmpz_vec_init(4);
        fmpz_mat_init(A, 3, 3);
        for (i = 0; i < 3; i++) fmpz_set_si(fmpz_mat_entry(A, i, i), 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 1), -1); fmpz_set_si(fmpz_mat_entry(A, 1, 0), -4);
        fmpz_set_si(fmpz_mat_entry(A, 1, 2), -1); fmpz_set_si(fmpz_mat_entry(A, 2, 1), -1);
        TAP_OK(wk_weyl_init_cartan(R, A) == WK_OK && !R->finite, "a hyperbolic GCM is accepted");
        l = _fmpq_vec_init(3);
        fmpq_one(l); fmpq_one(l + 1); fmpq_one(l + 2);
        wk_weyl_hw_init(V, R, l, WK_WEYL_VERMA, 0);
        TAP_OK(wk_weyl_fvector(f, NULL, V) == WK_OK && fmpz_equal_si(f + 1, 3), "its Verma counts are binomials");
        wk_weyl_hw_clear(V);
        wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0);
        TAP_OK(err_is(wk_weyl_fvector(f, NULL, V), WK_E_DOMAIN, "infinite: W_J is infinite (component {1,2,3} of J"),
               "infinite: W_J is infinite (component {...} of J not of finite type)");
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 3);
        _fmpz_vec_clear(f, 4);
        fmpz_mat_clear(A);
        wk_weyl_clear(R);
    }

    /* rank above 64: Weyl groups, roots, orbits and characters work, faces say so */
    {
        fmpz_t o, e;
        wk_weyl_orbit_t O;
        wk_weyl_char_t ch;
        fmpq_t d;
        slong N;
        fmpz_init(o); fmpz_init(e);
        wk_weyl_init_type(R, "A100");
        wk_weyl_order(o, R);
        fmpz_fac_ui(e, 101);
        TAP_OK(fmpz_equal(o, e), "|W(A100)| = 101!");
        TAP_OK(wk_weyl_num_positive_roots(&N, R) == WK_OK && N == 5050, "A100 has 5050 positive roots");
        l = _fmpq_vec_init(100);
        fmpq_one(l);
        wk_weyl_orbit_init(O);
        TAP_OK(wk_weyl_orbit(O, R, l, WK_WEYL_ALL, 1000) == WK_OK && O->length == 101, "A100: orbit of omega_1 has 101 points");
        wk_weyl_orbit_clear(O);
        wk_weyl_char_init(ch);
        fmpq_one(l + 99);
        fmpq_init(d);
        wk_weyl_dim(d, R, l);
        TAP_OK(wk_weyl_dominant_character(ch, R, l, 1000) == WK_OK && ch->length == 2
               && fmpz_equal_si(ch->mult + 1, 100) && fmpq_equal_si(d, 10200),
               "A100 adjoint: dim 10200, zero weight multiplicity 100");
        TAP_OK(err_is(wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0), WK_E_TOO_LARGE, "rank <= 64"),
               "A100: face functions need rank <= 64");
        fmpq_clear(d);
        wk_weyl_char_clear(ch);
        _fmpq_vec_clear(l, 100);
        wk_weyl_clear(R);
        fmpz_clear(o); fmpz_clear(e);
    }

    /* interrupts */
    {
        fmpz_t c;
        fmpz *f;
        wk_weyl_char_t ch;
        wk_weyl_hull_t H;
        fmpz_init(c);
        wk_weyl_init_type(R, "E8");
        l = _fmpq_vec_init(8);
        wk_weyl_rho(l, R);
        wk_interrupt_flag = 1;
        TAP_OK(err_is(wk_weyl_orbit_count(c, R, l, WK_WEYL_ALL), WK_E_INTERRUPT, "interrupted"),
               "interrupt stops the E8 orbit walk");
        wk_weyl_char_init(ch);
        TAP_OK(err_is(wk_weyl_dominant_character(ch, R, l, 1000000), WK_E_INTERRUPT, "interrupted"),
               "interrupt stops Freudenthal");
        wk_weyl_char_clear(ch);
        wk_interrupt_flag = 0;
        _fmpq_vec_clear(l, 8);
        wk_weyl_clear(R);
        wk_weyl_init_type(R, "A20");
        l = _fmpq_vec_init(20);
        wk_weyl_rho(l, R);
        wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0);
        f = _fmpz_vec_init(21);
        wk_interrupt_flag = 1;
        TAP_OK(err_is(wk_weyl_fvector(f, NULL, V), WK_E_INTERRUPT, "interrupted"), "interrupt stops the mask loop");
        wk_interrupt_flag = 0;
        _fmpz_vec_clear(f, 21);
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 20);
        wk_weyl_clear(R);
        wk_weyl_init_type(R, "F4");
        l = _fmpq_vec_init(4);
        wk_weyl_rho(l, R);
        wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0);
        wk_weyl_hull_init(H);
        wk_interrupt_flag = 1;
        TAP_OK(err_is(wk_weyl_faces_hull(H, V, 1000000), WK_E_INTERRUPT, "interrupted"), "interrupt stops the hull");
        wk_interrupt_flag = 0;
        wk_weyl_hull_clear(H);
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 4);
        wk_weyl_clear(R);
        fmpz_clear(c);
    }
    flint_cleanup();
    return tap_done();
}
