/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Robustness: random generalized Cartan matrices (finite or not), random
   rational weights, module kinds, node sets and words through every entry
   point with small limits.  Each call must return WK_OK or an error status
   with a message (never crash or leak: run under ASan); results that exist
   are checked for basic sanity (Euler-Poincare, nonnegative counts). */
#include <string.h>
#include <unistd.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

static int status_ok(wk_status st)
{
    if (st == WK_OK) return 1;
    if (st == WK_E_INTERNAL) { tap_diag("internal error: %s", wk_error_msg()); return 0; }
    return wk_error_msg()[0] != '\0';
}

/* clears the message first, so that a stale one cannot pass */
#define CALL(expr) (wk_error_clear(), status_ok(expr))

int main(int argc, char **argv)
{
    flint_rand_t rs;
    slong it, iters = 300 * tap_multiplier();
    int ok = 1, euler = 1;
    slong nok = 0, nerr = 0;
    char path[] = "/tmp/wk-t-fuzz-XXXXXX";
    int fd;

    tap_init(argc, argv);
    flint_randinit(rs);
    flint_randseed(rs, tap_seed(), 17);
    fd = mkstemp(path);
    close(fd);
    for (it = 0; it < iters; it++) {
        wk_weyl_t R;
        wk_weyl_hw_t V;
        fmpz_mat_t A;
        slong n = 1 + n_randint(rs, 5), i, j;
        fmpq *l;
        ulong J = n_randint(rs, UWORD(1) << n), K = n_randint(rs, UWORD(1) << n);
        wk_weyl_kind kind = (wk_weyl_kind) n_randint(rs, 3);
        wk_status st;
        fmpz_mat_init(A, n, n);
        for (i = 0; i < n; i++) fmpz_set_si(fmpz_mat_entry(A, i, i), 2);
        for (i = 0; i < n; i++)
            for (j = i + 1; j < n; j++)
                if (n_randint(rs, 2)) {
                    fmpz_set_si(fmpz_mat_entry(A, i, j), -1 - (slong) n_randint(rs, n_randint(rs, 3) ? 1 : 3));
                    fmpz_set_si(fmpz_mat_entry(A, j, i), -1 - (slong) n_randint(rs, n_randint(rs, 3) ? 1 : 3));
                }
        st = wk_weyl_init_cartan(R, A);
        fmpz_mat_clear(A);
        if (st != WK_OK) { ok = 0; continue; }
        l = _fmpq_vec_init(n);
        for (i = 0; i < n; i++) {
            slong c = n_randint(rs, 8);
            fmpq_set_si(l + i, c < 5 ? c - 1 : (slong) n_randint(rs, 7) - 3, c < 5 ? 1 : 1 + n_randint(rs, 3));
        }
        if (kind == WK_WEYL_PARABOLIC && n_randint(rs, 2)) {
            /* make J a subset of J_lambda most of the time */
            for (i = 0; i < n; i++) if (!(fmpz_is_one(fmpq_denref(l + i)) && fmpq_sgn(l + i) >= 0)) J &= ~(UWORD(1) << i);
        }
        wk_error_clear();
        st = wk_weyl_hw_init(V, R, l, kind, J);
        ok &= status_ok(st);
        if (st == WK_OK) {
            fmpz *f = _fmpz_vec_init(V->d + 1), *fb = _fmpz_vec_init(V->d + 1);
            wk_weyl_face_table_t T;
            wk_weyl_face_list_t L;
            fmpz_mat_t in, eq;
            wk_weyl_word_t w, w2;
            int res;
            wk_error_clear();
            st = wk_weyl_fvector(f, fb, V);
            ok &= status_ok(st);
            if (st == WK_OK) {
                fmpz_t s;
                slong k;
                fmpz_init(s);
                for (k = 0; k <= V->d; k++) {
                    if (k % 2) fmpz_sub(s, s, f + k); else fmpz_add(s, s, f + k);
                    if (fmpz_sgn(f + k) <= 0 || fmpz_sgn(fb + k) < 0) euler = 0;
                }
                if (!fmpz_equal_si(s, V->J == _wk_full(n) ? 1 : 0) && V->d > 0) euler = 0;
                fmpz_clear(s);
                nok++;
            } else nerr++;
            wk_weyl_face_table_init(T);
            ok &= CALL(wk_weyl_face_table(T, V, 1000));
            wk_weyl_face_table_clear(T);
            wk_weyl_face_list_init(L);
            wk_error_clear();
            st = wk_weyl_face_list(L, V, 2000);
            ok &= status_ok(st);
            if (st == WK_OK && R->finite) {
                slong *pairs, np;
                ok &= CALL(wk_weyl_hasse(&pairs, &np, V, L));
                if (L->length) flint_free(pairs);
            }
            fmpz_mat_init(in, 0, 0); fmpz_mat_init(eq, 0, 0);
            ok &= CALL(wk_weyl_facets(in, eq, V, 2000));
            fmpz_mat_clear(in); fmpz_mat_clear(eq);
            wk_weyl_word_init(w); wk_weyl_word_init(w2);
            for (i = 0; i < 4; i++) {
                wk_weyl_word_push(w, n_randint(rs, n + 1));
                wk_weyl_word_push(w2, n_randint(rs, n));
            }
            ok &= CALL(wk_weyl_face_leq(&res, V, K, w, V->IS, w2));
            {
                fmpq_mat_t P;
                fmpz_mat_t X;
                wk_weyl_cone_t C;
                fmpz *ba = _fmpz_vec_init(n + 1);
                fmpq_mat_init(P, 0, 0); fmpz_mat_init(X, 0, 0);
                ok &= CALL(wk_weyl_face_vertices(P, V, K, w2, 500));
                ok &= CALL(wk_weyl_face_rays(X, V, K, w2, 500));
                ok &= CALL(wk_weyl_face_functional(ba, V, K, w));
                ok &= CALL(wk_weyl_face_canonical(w, V, K, w2));
                wk_weyl_cone_init(C);
                ok &= CALL(wk_weyl_tangent_cone(C, V, K, w2));
                wk_weyl_cone_clear(C);
                fmpq_mat_clear(P); fmpz_mat_clear(X);
                _fmpz_vec_clear(ba, n + 1);
            }
            {
                wk_weyl_hull_t H;
                wk_weyl_hull_init(H);
                ok &= CALL(wk_weyl_faces_hull(H, V, 300));
                wk_weyl_hull_clear(H);
            }
            ok &= CALL(wk_weyl_svg(path, V, NULL, 300));
            wk_weyl_word_clear(w); wk_weyl_word_clear(w2);
            wk_weyl_face_list_clear(L);
            _fmpz_vec_clear(f, V->d + 1); _fmpz_vec_clear(fb, V->d + 1);
        }
        wk_weyl_hw_clear(V);
        {
            wk_weyl_orbit_t O;
            wk_weyl_char_t ch;
            fmpq_t d;
            fmpz *u = _fmpz_vec_init(2 * n + 1);
            fmpz_t c;
            wk_weyl_orbit_init(O);
            ok &= CALL(wk_weyl_orbit(O, R, l, J, 2000));
            wk_weyl_orbit_clear(O);
            fmpz_init(c);
            ok &= CALL(wk_weyl_orbit_size(c, R, l, K));
            fmpz_clear(c);
            wk_weyl_char_init(ch);
            ok &= CALL(wk_weyl_dominant_character(ch, R, l, 500));
            ok &= CALL(wk_weyl_character(ch, R, l, 500));
            wk_weyl_char_clear(ch);
            fmpq_init(d);
            ok &= CALL(wk_weyl_dim(d, R, l));
            fmpq_clear(d);
            ok &= CALL(wk_weyl_universal_fvector(u, R, J));
            _fmpz_vec_clear(u, 2 * n + 1);
        }
        _fmpq_vec_clear(l, n);
        wk_weyl_clear(R);
    }
    unlink(path);
    TAP_OK(ok, "%ld random GCM/weight/module cases through every entry point: OK or an error with a message", (long) iters);
    TAP_OK(euler && nok > 50, "f-vectors that exist are positive with the right Euler sum (%ld counted, %ld refused)",
           (long) nok, (long) nerr);
    flint_randclear(rs);
    flint_cleanup();
    return tap_done();
}
