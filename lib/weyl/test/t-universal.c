/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of lib/weyl/universal.c: U_J against the exact hull of its generating
   rays (f-vector by T8, faces (T, w, K) through their extreme rays, the
   inclusion rule), its fibres against conv M(lambda_c, J) - lambda_c, the
   unique vertex, the spec's vector (A2, universal:1,2), and the degeneration
   map against collapsed vertex sets. */
#include <string.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

static void bset(ulong *b, slong i) { b[i >> 6] |= UWORD(1) << (i & 63); }

/* index of row v (length c) in X, or -1 */
static slong find_row(const fmpz_mat_t X, const fmpz *v)
{
    slong i, j, c = fmpz_mat_ncols(X);
    for (i = 0; i < fmpz_mat_nrows(X); i++) {
        for (j = 0; j < c; j++) if (!fmpz_equal(fmpz_mat_entry(X, i, j), v + j)) break;
        if (j == c) return i;
    }
    return -1;
}

/* the ray of a one-dimensional face (T, w, K) of U_J */
static void ray_of(fmpz *v, const wk_weyl_t R, ulong J, ulong T, const wk_weyl_word_t w, ulong K)
{
    slong n = R->n, m = _wk_popcount(J), j, col;
    fmpz *x = _fmpz_vec_init(n);
    _fmpz_vec_zero(v, m + n);
    if (K == 0) {
        slong jj = _wk_lowbit(J & ~T);
        ulong y;
        for (col = 0, y = J; y; y &= y - 1, col++) if (_wk_lowbit(y) == jj) fmpz_one(v + col);
        fmpz_one(x + jj);
        _wk_weyl_act_fmpz(x, w->letters, w->length, R);
        fmpz_sub_ui(x + jj, x + jj, 1);
    } else {
        slong i = _wk_lowbit(K);
        for (j = 0; j < n; j++) fmpz_set_si(x + j, -R->a[j * n + i]);
        _wk_weyl_act_fmpz(x, w->letters, w->length, R);
    }
    for (j = 0; j < n; j++) fmpz_set(v + m + j, x + j);
    _fmpz_vec_clear(x, n);
}

static int check_universal(const char *type, ulong J, flint_rand_t st, slong *nfaces)
{
    wk_weyl_t R;
    wk_weyl_hull_t H;
    wk_weyl_face_list_t L;
    fmpz_mat_t X;
    fmpq_mat_t P;
    slong n, m, top, f, words, nr, k;
    fmpz *fu, *fh;
    slong *hmap;
    ulong *pr;
    wk_weyl_word_t w, w2;
    int ok = 1;

    wk_weyl_init_type(R, type);
    n = R->n; m = _wk_popcount(J); top = n + m;
    fu = _fmpz_vec_init(top + 1);
    wk_weyl_universal_fvector(fu, R, J);
    fmpz_mat_init(X, 0, 0);
    wk_weyl_universal_rays(X, R, J);
    fmpq_mat_init(P, 1, top);
    wk_weyl_hull_init(H);
    if (wk_weyl_hull(H, P, X, 1000000) != WK_OK) ok = 0;
    fh = _fmpz_vec_init(H->dim + 1);
    wk_weyl_hull_fvector(fh, NULL, H);
    if (H->dim != top || !_fmpz_vec_equal(fu, fh, top + 1) || !fmpz_is_one(fu)) {
        ok = 0; tap_diag("%s J=%lx: f-vector mismatch", type, J);
    }
    nr = fmpz_mat_nrows(X);
    words = H->words;
    /* faces through their extreme rays */
    wk_weyl_face_list_init(L);
    wk_weyl_universal_face_list(L, R, J, 1000000);
    *nfaces += L->length;
    if (L->length != H->nfaces) { ok = 0; tap_diag("%s: %ld faces vs hull %ld", type, L->length, H->nfaces); }
    wk_weyl_word_init(w); wk_weyl_word_init(w2);
    hmap = flint_malloc(FLINT_MAX(L->length, 1) * sizeof(slong));
    pr = flint_calloc(FLINT_MAX(L->length, 1) * words, sizeof(ulong));
    {
        fmpz *v = _fmpz_vec_init(top);
        slong g;
        for (f = 0; f < L->length && ok; f++) {
            slong dim = _wk_popcount(L->K[f]) + m - _wk_popcount(L->T[f]);
            wk_weyl_face_list_word(w, L, f);
            for (g = 0; g < L->length; g++) {
                int res;
                slong dg = _wk_popcount(L->K[g]) + m - _wk_popcount(L->T[g]), idx;
                if (dg != 1) continue;
                wk_weyl_face_list_word(w2, L, g);
                wk_weyl_universal_face_leq(&res, R, J, L->T[g], w2, L->K[g], L->T[f], w, L->K[f]);
                if (!res) continue;
                ray_of(v, R, J, L->T[g], w2, L->K[g]);
                idx = find_row(X, v);
                if (idx < 0 || !H->xray[idx]) { ok = 0; tap_diag("%s: ray of 1-face %ld not extreme", type, g); break; }
                bset(pr + f * words, idx);
            }
            /* find the hull face with exactly these extreme rays */
            hmap[f] = -1;
            for (g = 0; g < H->nfaces; g++) {
                slong i;
                int eq = 1;
                for (i = 0; i < nr && eq; i++)
                    if (H->xray[i] && (((H->rinc[g * words + (i >> 6)] >> (i & 63)) & 1)
                                       != ((pr[f * words + (i >> 6)] >> (i & 63)) & 1))) eq = 0;
                if (eq) { hmap[f] = g; break; }
            }
            if (hmap[f] < 0 || H->fdim[hmap[f]] != dim) { ok = 0; tap_diag("%s: face %ld (dim %ld)", type, f, dim); }
        }
        _fmpz_vec_clear(v, top);
    }
    /* inclusions on sampled pairs */
    for (k = 0; k < 3000 && ok; k++) {
        slong a = n_randint(st, L->length), b = n_randint(st, L->length), i;
        int res, sub = 1;
        wk_weyl_face_list_word(w, L, a);
        wk_weyl_face_list_word(w2, L, b);
        wk_weyl_universal_face_leq(&res, R, J, L->T[a], w, L->K[a], L->T[b], w2, L->K[b]);
        for (i = 0; i < words; i++)
            if (H->rinc[hmap[a] * words + i] & ~H->rinc[hmap[b] * words + i]) sub = 0;
        if (res != sub) { ok = 0; tap_diag("%s: universal leq(%ld,%ld) = %d, hull %d", type, a, b, res, sub); }
    }
    /* fibres: {nu : (c, nu) in U_J} = conv M(lambda_c, J) - lambda_c for positive c */
    for (k = 0; k < 3 && ok; k++) {
        fmpq *lam = _fmpq_vec_init(n);
        wk_weyl_hw_t V;
        wk_weyl_hull_t H2;
        slong i, j, col;
        ulong y;
        fmpz_mat_t Q1;
        fmpz *cvec = _fmpz_vec_init(m);
        for (i = 0; i < n; i++) fmpq_set_si(lam + i, (slong) n_randint(st, 5) - 2, 1 + n_randint(st, 2));
        for (col = 0, y = J; y; y &= y - 1, col++) {
            slong c = 1 + n_randint(st, 3);
            fmpq_set_si(lam + _wk_lowbit(y), c, 1);
            fmpz_set_si(cvec + col, c);
        }
        wk_weyl_hw_init(V, R, lam, WK_WEYL_PARABOLIC, J);
        wk_weyl_hull_init(H2);
        wk_weyl_faces_hull(H2, V, 1000000);
        /* Q1: U_J's facets at c: (alpha . c; a), primitive */
        fmpz_mat_init(Q1, fmpz_mat_nrows(H->ineq), n + 1);
        for (i = 0; i < fmpz_mat_nrows(H->ineq); i++) {
            fmpz_zero(fmpz_mat_entry(Q1, i, 0));
            for (j = 0; j < m; j++) fmpz_addmul(fmpz_mat_entry(Q1, i, 0), fmpz_mat_entry(H->ineq, i, 1 + j), cvec + j);
            fmpz_add(fmpz_mat_entry(Q1, i, 0), fmpz_mat_entry(Q1, i, 0), fmpz_mat_entry(H->ineq, i, 0));
            for (j = 0; j < n; j++) fmpz_set(fmpz_mat_entry(Q1, i, 1 + j), fmpz_mat_entry(H->ineq, i, 1 + m + j));
            _wk_fmpz_vec_primitive(Q1->rows[i], n + 1);
        }
        /* every facet of conv M - lambda_c is a row of Q1 */
        if (H2->dim != n) ok = 0;
        for (i = 0; i < fmpz_mat_nrows(H2->ineq) && ok; i++) {
            fmpz *r = _fmpz_vec_init(n + 1);
            fmpq_t t;
            fmpq_init(t);
            /* b2 + a2.(nu + lambda) = (b2 + a2.lambda) + a2.nu, scaled to integers */
            fmpq_set_fmpz(t, fmpz_mat_entry(H2->ineq, i, 0));
            for (j = 0; j < n; j++) {
                fmpq_t u;
                fmpq_init(u);
                fmpq_mul_fmpz(u, lam + j, fmpz_mat_entry(H2->ineq, i, 1 + j));
                fmpq_add(t, t, u);
                fmpq_clear(u);
            }
            fmpz_set(r, fmpq_numref(t));
            for (j = 0; j < n; j++) fmpz_mul(r + 1 + j, fmpz_mat_entry(H2->ineq, i, 1 + j), fmpq_denref(t));
            _wk_fmpz_vec_primitive(r, n + 1);
            if (find_row(Q1, r) < 0) { ok = 0; tap_diag("%s: fibre facet %ld missing", type, i); }
            fmpq_clear(t);
            _fmpz_vec_clear(r, n + 1);
        }
        /* and the generators of conv M - lambda_c satisfy Q1 */
        {
            wk_weyl_orbit_t O;
            wk_weyl_orbit_init(O);
            wk_weyl_orbit(O, R, lam, J, 1000000);
            for (i = 0; i < fmpz_mat_nrows(Q1) && ok; i++) {
                slong p;
                for (p = 0; p < O->length; p++) {
                    fmpq_t s, u;
                    fmpq_init(s); fmpq_init(u);
                    fmpq_set_fmpz(s, fmpz_mat_entry(Q1, i, 0));
                    for (j = 0; j < n; j++) {
                        fmpq_set_fmpz_frac(u, O->num + p * n + j, O->den);
                        fmpq_sub(u, u, lam + j);
                        fmpq_mul_fmpz(u, u, fmpz_mat_entry(Q1, i, 1 + j));
                        fmpq_add(s, s, u);
                    }
                    if (fmpq_sgn(s) < 0) ok = 0;
                    fmpq_clear(s); fmpq_clear(u);
                }
            }
            wk_weyl_orbit_clear(O);
        }
        fmpz_mat_clear(Q1);
        wk_weyl_hull_clear(H2);
        wk_weyl_hw_clear(V);
        _fmpz_vec_clear(cvec, m);
        _fmpq_vec_clear(lam, n);
    }
    wk_weyl_word_clear(w); wk_weyl_word_clear(w2);
    flint_free(hmap); flint_free(pr);
    wk_weyl_face_list_clear(L);
    _fmpz_vec_clear(fu, top + 1); _fmpz_vec_clear(fh, H->dim + 1);
    wk_weyl_hull_clear(H);
    fmpz_mat_clear(X); fmpq_mat_clear(P);
    wk_weyl_clear(R);
    return ok;
}

/* set equality of the rows of two rational matrices */
static int same_point_sets(const fmpq_mat_t A, const fmpq_mat_t B)
{
    slong i, j, k, c = fmpq_mat_ncols(A);
    if (fmpq_mat_nrows(A) != fmpq_mat_nrows(B)) return 0;
    for (i = 0; i < fmpq_mat_nrows(A); i++) {
        int found = 0;
        for (j = 0; j < fmpq_mat_nrows(B) && !found; j++) {
            int eq = 1;
            for (k = 0; k < c; k++) if (!fmpq_equal(fmpq_mat_entry(A, i, k), fmpq_mat_entry(B, j, k))) { eq = 0; break; }
            found = eq;
        }
        if (!found) return 0;
    }
    return 1;
}

static int same_row_sets(const fmpz_mat_t A, const fmpz_mat_t B)
{
    slong i;
    if (fmpz_mat_nrows(A) != fmpz_mat_nrows(B)) return 0;
    for (i = 0; i < fmpz_mat_nrows(A); i++) if (find_row(B, A->rows[i]) < 0) return 0;
    return 1;
}

int main(int argc, char **argv)
{
    flint_rand_t st;
    slong i, nf = 0;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 13);

    /* spec section 7: A2, universal:1,2 */
    {
        wk_weyl_t R;
        fmpz *f = _fmpz_vec_init(5);
        wk_weyl_init_type(R, "A2");
        wk_weyl_universal_fvector(f, R, 3);
        TAP_OK(fmpz_equal_si(f, 1) && fmpz_equal_si(f + 1, 6) && fmpz_equal_si(f + 2, 12)
               && fmpz_equal_si(f + 3, 8) && fmpz_equal_si(f + 4, 1), "A2 universal:1,2 = 1,6,12,8");
        _fmpz_vec_clear(f, 5);
        wk_weyl_clear(R);
    }

    {
        struct { const char *t; ulong J; } c[] = {
            { "A1", 1 }, { "A2", 3 }, { "A2", 1 }, { "A3", 5 }, { "A3", 7 }, { "B2", 3 }, { "G2", 3 },
            { "A1xA1", 3 }, { "B3", 3 }, { "C3", 6 }, { "B3", 7 }, { "A3", 2 }, { "D4", 13 }, { "A4", 11 },
            { "B2", 2 }, { "G2", 1 }
        };
        int ok = 1;
        for (i = 0; i < (slong) (sizeof c / sizeof c[0]); i++)
            if (!check_universal(c[i].t, c[i].J, st, &nf)) ok = 0;
        TAP_OK(ok, "U_J = cone of its rays: T8 f-vector, unique vertex, faces (T,w,K) with their extreme "
               "rays, inclusions, fibres (16 cases, %ld faces)", nf);
    }

    /* degeneration: w F_K' collapses to w F_K'' as lambda becomes singular */
    {
        const char *types[] = { "A3", "B3", "C3", "G2", "A1xA2", "D4", "B2" };
        int ok = 1;
        slong t, cnt = 0;
        for (t = 0; t < 30; t++) {
            wk_weyl_t R;
            wk_weyl_hw_t V1, V2;
            wk_weyl_face_list_t L;
            fmpq *l1, *l2;
            slong n, k, f;
            ulong T1 = 0, T2;
            wk_weyl_word_t w;
            wk_weyl_init_type(R, types[t % 7]);
            n = R->n;
            l1 = _fmpq_vec_init(n); l2 = _fmpq_vec_init(n);
            for (k = 0; k < n; k++) if (n_randint(st, 3) == 0) T1 |= UWORD(1) << k;
            T2 = T1;
            for (k = 0; k < n; k++) if (n_randint(st, 2)) T2 |= UWORD(1) << k;
            for (k = 0; k < n; k++) {
                fmpq_set_si(l1 + k, (T1 >> k & 1) ? 0 : 1 + n_randint(st, 2), 1);
                fmpq_set_si(l2 + k, (T2 >> k & 1) ? 0 : fmpz_get_si(fmpq_numref(l1 + k)), 1);
            }
            wk_weyl_hw_init(V1, R, l1, WK_WEYL_SIMPLE, 0);
            wk_weyl_hw_init(V2, R, l2, WK_WEYL_SIMPLE, 0);
            wk_weyl_face_list_init(L);
            wk_weyl_face_list(L, V1, 100000);
            wk_weyl_word_init(w);
            for (f = 0; f < L->length; f++) {
                ulong K2 = wk_weyl_degenerate(R, L->K[f], T2);
                fmpq_mat_t A, B;
                wk_weyl_orbit_t O;
                slong p, j;
                fmpq *x = _fmpq_vec_init(n);
                wk_weyl_face_list_word(w, L, f);
                fmpq_mat_init(A, 0, 0);
                if (!wk_weyl_admissible(V2, K2)) { ok = 0; }
                wk_weyl_face_vertices(A, V2, K2, w, 100000);
                /* the collapsed vertex set: w W_{K' cap J} lambda2 */
                wk_weyl_orbit_init(O);
                wk_weyl_orbit(O, R, l2, L->K[f] & V1->J, 100000);
                fmpq_mat_init(B, O->length, n);
                for (p = 0; p < O->length; p++) {
                    wk_weyl_orbit_get(x, O, p);
                    wk_weyl_act(x, w, x, R);
                    for (j = 0; j < n; j++) fmpq_set(fmpq_mat_entry(B, p, j), x + j);
                }
                if (!same_point_sets(A, B)) { ok = 0; tap_diag("%s: degeneration of face %ld", types[t % 7], f); }
                cnt++;
                wk_weyl_orbit_clear(O);
                fmpq_mat_clear(A); fmpq_mat_clear(B);
                _fmpq_vec_clear(x, n);
            }
            wk_weyl_word_clear(w);
            wk_weyl_face_list_clear(L);
            wk_weyl_hw_clear(V1); wk_weyl_hw_clear(V2);
            _fmpq_vec_clear(l1, n); _fmpq_vec_clear(l2, n);
            wk_weyl_clear(R);
        }
        TAP_OK(ok && cnt > 100, "degeneration map: w F_K' -> w F_K'' on %ld faces", cnt);
    }
    /* degeneration for parabolic Verma modules (rays survive) */
    {
        wk_weyl_t R;
        wk_weyl_hw_t V1, V2;
        wk_weyl_face_list_t L;
        fmpq *l1, *l2;
        wk_weyl_word_t w;
        slong f;
        int ok = 1;
        wk_weyl_init_type(R, "B3");
        l1 = _fmpq_vec_init(3); l2 = _fmpq_vec_init(3);
        fmpq_set_si(l1, 1, 1); fmpq_set_si(l1 + 1, 2, 1); fmpq_set_si(l1 + 2, 1, 2);
        fmpq_set_si(l2, 1, 1); fmpq_set_si(l2 + 1, 0, 1); fmpq_set_si(l2 + 2, 1, 2);
        wk_weyl_hw_init(V1, R, l1, WK_WEYL_PARABOLIC, 3);
        wk_weyl_hw_init(V2, R, l2, WK_WEYL_PARABOLIC, 3);
        wk_weyl_face_list_init(L);
        wk_weyl_face_list(L, V1, 100000);
        wk_weyl_word_init(w);
        for (f = 0; f < L->length; f++) {
            ulong K2 = wk_weyl_degenerate(R, L->K[f], V2->J0);
            fmpz_mat_t X1, X2;
            wk_weyl_face_list_word(w, L, f);
            fmpz_mat_init(X1, 0, 0); fmpz_mat_init(X2, 0, 0);
            wk_weyl_face_rays(X1, V1, L->K[f], w, 1000);
            wk_weyl_face_rays(X2, V2, K2, w, 1000);
            if (!same_row_sets(X1, X2)) ok = 0;
            fmpz_mat_clear(X1); fmpz_mat_clear(X2);
        }
        TAP_OK(ok, "degeneration keeps the extreme rays (B3 parabolic:1,2, lambda_2 -> 0)");
        wk_weyl_word_clear(w);
        wk_weyl_face_list_clear(L);
        wk_weyl_hw_clear(V1); wk_weyl_hw_clear(V2);
        _fmpq_vec_clear(l1, 3); _fmpq_vec_clear(l2, 3);
        wk_weyl_clear(R);
    }

    /* bad input */
    {
        wk_weyl_t R;
        fmpz *f = _fmpz_vec_init(8);
        fmpz_mat_t A;
        wk_weyl_init_type(R, "A3");
        TAP_OK(wk_weyl_universal_fvector(f, R, 16) == WK_E_DOMAIN && strstr(wk_error_msg(), "J contains node 5"),
               "J outside I: %s", wk_error_msg());
        wk_weyl_clear(R);
        fmpz_mat_init(A, 2, 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 0), 2); fmpz_set_si(fmpz_mat_entry(A, 1, 1), 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 1), -3); fmpz_set_si(fmpz_mat_entry(A, 1, 0), -3);
        wk_weyl_init_cartan(R, A);
        TAP_OK(wk_weyl_universal_fvector(f, R, 3) == WK_E_DOMAIN && strstr(wk_error_msg(), "infinite"),
               "hyperbolic J: %s", wk_error_msg());
        TAP_OK(wk_weyl_universal_fvector(f, R, 1) == WK_OK && fmpz_is_one(f),
               "finite J = {1} of a hyperbolic matrix: a unique vertex");
        wk_weyl_clear(R);
        fmpz_mat_clear(A);
        _fmpz_vec_clear(f, 8);
    }

    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
