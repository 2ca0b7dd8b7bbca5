/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the explicit-face interface: the spec's coordinate vectors for
   H-representations (section 7), facets of Gosset polytopes checked by rank
   (every row valid and tight on a (d-1)-dimensional vertex set), face checks,
   size guards and the bad input of section 9. */
#include <string.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

static wk_status make(wk_weyl_t R, wk_weyl_hw_t V, const char *type, const char *lam, const char *mod)
{
    fmpq *l;
    wk_weyl_kind kind;
    ulong J;
    wk_status st = wk_weyl_init_type(R, type);
    if (st != WK_OK) return st;
    l = _fmpq_vec_init(R->n);
    st = wk_weyl_weight_set_str(l, R, lam);
    if (st == WK_OK) st = wk_weyl_module_set_str(&kind, &J, mod, R);
    if (st == WK_OK) st = wk_weyl_hw_init(V, R, l, kind, J);
    _fmpq_vec_clear(l, R->n);
    return st;
}

static int rows_are(const fmpz_mat_t M, const slong *rows, slong nr)
{
    slong i, j, k, c = fmpz_mat_ncols(M);
    if (fmpz_mat_nrows(M) != nr) return 0;
    for (i = 0; i < nr; i++) {
        int found = 0;
        for (j = 0; j < nr && !found; j++) {
            int eq = 1;
            for (k = 0; k < c; k++) if (!fmpz_equal_si(fmpz_mat_entry(M, j, k), rows[i * c + k])) eq = 0;
            found = eq;
        }
        if (!found) return 0;
    }
    return 1;
}

/* every row is valid on the orbit and tight on a vertex set of affine rank d-1;
   rows pairwise distinct */
static int facets_by_rank(const wk_weyl_hw_t V, const fmpz_mat_t ineq)
{
    wk_weyl_orbit_t O;
    slong n = V->n, i, j, p;
    int ok = 1;
    wk_weyl_orbit_init(O);
    wk_weyl_orbit(O, V->R, V->lambda, V->J, 1000000);
    for (i = 0; i < fmpz_mat_nrows(ineq) && ok; i++) {
        fmpz_mat_t T;
        slong cnt = 0;
        fmpz_mat_init(T, O->length, n + 1);
        for (p = 0; p < O->length; p++) {
            fmpz_t s;
            fmpz_init(s);
            fmpz_mul(s, fmpz_mat_entry(ineq, i, 0), O->den);
            for (j = 0; j < n; j++) fmpz_addmul(s, fmpz_mat_entry(ineq, i, 1 + j), O->num + p * n + j);
            if (fmpz_sgn(s) < 0) ok = 0;
            if (fmpz_is_zero(s)) {
                fmpz_set(fmpz_mat_entry(T, cnt, 0), O->den);
                for (j = 0; j < n; j++) fmpz_set(fmpz_mat_entry(T, cnt, 1 + j), O->num + p * n + j);
                cnt++;
            }
            fmpz_clear(s);
        }
        T->r = cnt;
        if (fmpz_mat_rank(T) != V->d) ok = 0;   /* affine rank d-1 */
        T->r = O->length;
        fmpz_mat_clear(T);
        if (i < 2000)
            for (j = 0; j < i; j++) {
                slong k;
                int eq = 1;
                for (k = 0; k <= n; k++)
                    if (!fmpz_equal(fmpz_mat_entry(ineq, i, k), fmpz_mat_entry(ineq, j, k))) { eq = 0; break; }
                if (eq) ok = 0;
            }
    }
    wk_weyl_orbit_clear(O);
    return ok;
}

int main(int argc, char **argv)
{
    wk_weyl_t R;
    wk_weyl_hw_t V;
    fmpz_mat_t ineq, eq;

    tap_init(argc, argv);
    fmpz_mat_init(ineq, 0, 0);
    fmpz_mat_init(eq, 0, 0);

    /* spec section 7: minimal H-representations (b; a), b + a.x >= 0 */
    {
        static const slong a2[] = { 1, 2, 1, 1, -1, 1, 1, -1, -2 };
        static const slong b2[] = { 1, 1, 0, 1, -1, 0, 1, 1, 1, 1, -1, -1 };
        make(R, V, "A2", "1,0", "simple");
        wk_weyl_facets(ineq, eq, V, 1000);
        TAP_OK(rows_are(ineq, a2, 3) && fmpz_mat_nrows(eq) == 0,
               "A2 omega_1: (1; 2,1), (1; -1,1), (1; -1,-2)");
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        make(R, V, "B2", "1,0", "simple");
        wk_weyl_facets(ineq, eq, V, 1000);
        TAP_OK(rows_are(ineq, b2, 4), "B2 omega_1: (1; 1,0), (1; -1,0), (1; 1,1), (1; -1,-1)");
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
    }
    /* vertices of B2 omega_1 through the face list */
    {
        wk_weyl_face_list_t L;
        wk_weyl_word_t w;
        fmpq_mat_t P;
        slong k, nv = 0;
        int ok = 1;
        static const slong pts[] = { 1, 0, -1, 2, 1, -2, -1, 0 };
        make(R, V, "B2", "1,0", "simple");
        wk_weyl_face_list_init(L);
        wk_weyl_word_init(w);
        fmpq_mat_init(P, 0, 0);
        wk_weyl_face_list(L, V, 1000);
        for (k = 0; k < L->length; k++) {
            slong i, j;
            if (L->K[k] != 0) continue;
            wk_weyl_face_list_word(w, L, k);
            wk_weyl_face_vertices(P, V, 0, w, 10);
            if (fmpq_mat_nrows(P) != 1) { ok = 0; continue; }
            for (i = 0, j = -1; i < 4; i++)
                if (fmpq_equal_si(fmpq_mat_entry(P, 0, 0), pts[2 * i]) && fmpq_equal_si(fmpq_mat_entry(P, 0, 1), pts[2 * i + 1]))
                    j = i;
            if (j < 0) ok = 0;
            nv++;
        }
        TAP_OK(ok && nv == 4 && L->length == 9, "B2 omega_1: 4 vertex faces at (1,0),(-1,2),(1,-2),(-1,0); 9 faces");
        fmpq_mat_clear(P);
        wk_weyl_word_clear(w);
        wk_weyl_face_list_clear(L);
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
    }
    /* H-representation with equations (d < n): A1xA2, lambda = (0,1,0) */
    {
        make(R, V, "A1xA2", "0,1,0", "simple");
        wk_weyl_facets(ineq, eq, V, 1000);
        TAP_OK(V->d == 2 && fmpz_mat_nrows(ineq) == 3 && fmpz_mat_nrows(eq) == 1
               && fmpz_is_zero(fmpz_mat_entry(eq, 0, 0)) && !fmpz_is_zero(fmpz_mat_entry(eq, 0, 1))
               && fmpz_is_zero(fmpz_mat_entry(eq, 0, 2)) && fmpz_is_zero(fmpz_mat_entry(eq, 0, 3)),
               "A1xA2 (0,1,0): a triangle, 3 facets and the equation x_1 = 0");
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
    }
    /* Gosset polytopes: facets checked by rank */
    {
        make(R, V, "E8", "0,0,0,0,0,0,0,1", "simple");
        TAP_OK(wk_weyl_facets(ineq, eq, V, 1000000) == WK_OK && fmpz_mat_nrows(ineq) == 19440
               && facets_by_rank(V, ineq), "4_21 (E8 omega_8): 19440 facets, each valid and 7-dimensional");
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        make(R, V, "E6", "1,0,0,0,0,0", "simple");
        TAP_OK(wk_weyl_facets(ineq, eq, V, 1000000) == WK_OK && fmpz_mat_nrows(ineq) == 99
               && facets_by_rank(V, ineq), "2_21 (E6 omega_1): 99 facets, each valid and 5-dimensional");
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        make(R, V, "E7", "0,0,0,0,0,0,1", "simple");
        TAP_OK(wk_weyl_facets(ineq, eq, V, 1000000) == WK_OK && fmpz_mat_nrows(ineq) == 702
               && facets_by_rank(V, ineq), "3_21 (E7 omega_7): 702 facets, each valid and 6-dimensional");
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
    }

    /* face checks and guards */
    {
        wk_weyl_word_t w;
        wk_weyl_face_list_t L;
        fmpq_mat_t P;
        fmpz_mat_t A;
        fmpq *l;
        int res;
        wk_weyl_word_init(w);
        wk_weyl_face_list_init(L);
        fmpq_mat_init(P, 0, 0);
        make(R, V, "B3", "0,1,0", "simple");
        TAP_OK(wk_weyl_face_vertices(P, V, 1, w, 100) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "K = {1} is not admissible"), "%s", wk_error_msg());
        wk_weyl_word_push(w, 1);
        TAP_OK(wk_weyl_face_vertices(P, V, 2, w, 100) == WK_OK && fmpq_mat_nrows(P) == 2,
               "B3 omega_2: an edge has two vertices");
        wk_weyl_word_push(w, 7);
        TAP_OK(wk_weyl_face_leq(&res, V, 2, w, 3, w) == WK_E_DOMAIN && strstr(wk_error_msg(), "node 8"),
               "%s", wk_error_msg());
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        make(R, V, "A3", "1,1/2,1", "simple");
        w->length = 0; wk_weyl_word_push(w, 1);
        TAP_OK(wk_weyl_face_rays(ineq, V, 2, w, 100) == WK_E_DOMAIN && strstr(wk_error_msg(), "not in J = {1,3}"),
               "%s", wk_error_msg());
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        make(R, V, "E8", "1,1,1,1,1,1,1,1", "simple");
        TAP_OK(wk_weyl_face_list(L, V, 1000000) == WK_E_TOO_LARGE && strstr(wk_error_msg(), "faces exceeds limit 1000000")
               && strstr(wk_error_msg(), "use counts"), "E8 regular: %s", wk_error_msg());
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        fmpz_mat_init(A, 2, 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 0), 2); fmpz_set_si(fmpz_mat_entry(A, 1, 1), 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 1), -2); fmpz_set_si(fmpz_mat_entry(A, 1, 0), -2);
        wk_weyl_init_cartan(R, A);
        l = _fmpq_vec_init(2);
        fmpq_one(l);
        wk_weyl_hw_init(V, R, l, WK_WEYL_SIMPLE, 0);
        TAP_OK(wk_weyl_face_list(L, V, 100) == WK_E_DOMAIN && strstr(wk_error_msg(), "infinite"),
               "affine A1: %s", wk_error_msg());
        wk_weyl_hw_clear(V);
        wk_weyl_hw_init(V, R, l, WK_WEYL_VERMA, 0);
        TAP_OK(wk_weyl_facets(ineq, eq, V, 100) == WK_E_DOMAIN && strstr(wk_error_msg(), "finite type"),
               "affine A1, Verma: facets need finite type: %s", wk_error_msg());
        TAP_OK(wk_weyl_face_list(L, V, 100) == WK_OK && L->length == 4,
               "affine A1, Verma: the 4 faces are listed (combinatorics only)");
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 2);
        wk_weyl_clear(R);
        fmpz_mat_clear(A);
        fmpq_mat_clear(P);
        wk_weyl_face_list_clear(L);
        wk_weyl_word_clear(w);
    }
    /* the hull's own bad input */
    {
        wk_weyl_hull_t H;
        fmpq_mat_t P;
        fmpz_mat_t X;
        wk_weyl_hull_init(H);
        fmpq_mat_init(P, 0, 2);
        fmpz_mat_init(X, 0, 2);
        TAP_OK(wk_weyl_hull(H, P, X, 10) == WK_E_DIM, "hull of no points: %s", wk_error_msg());
        fmpq_mat_clear(P);
        wk_weyl_hull_clear(H);
        fmpz_mat_clear(X);
        make(R, V, "B4", "1,1,1,1", "simple");
        wk_weyl_hull_init(H);
        TAP_OK(wk_weyl_faces_hull(H, V, 100) == WK_E_TOO_LARGE && strstr(wk_error_msg(), "384"),
               "hull size guard: %s", wk_error_msg());
        wk_weyl_hull_clear(H);
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
    }

    fmpz_mat_clear(ineq);
    fmpz_mat_clear(eq);
    flint_cleanup();
    return tap_done();
}
