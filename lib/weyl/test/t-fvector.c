/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of lib/weyl/fvector.c and module.c: the public vectors of spec section
   7, the face tables of 4.4 and 7, the identities of section 5 (Euler-Poincare,
   f_0 = tree-walk count, Dehn-Sommerville, Verma binomials, dependence only on
   (J, J0), diagram symmetry), the E8 Gosset polytope 4_21 and the module rows
   of section 9. */
#include <string.h>
#include "wk_weyl.h"
#include "../impl.h"
#include "tap.h"

/* f-vector f_0..f_{d-1} as the spec writes it ("1" for a point) */
static void fstr(char *buf, size_t size, const fmpz *f, slong d)
{
    slong k, lo = d > 0 ? d : 1;
    size_t pos = 0;
    buf[0] = '\0';
    for (k = 0; k < lo; k++) {
        char *s = fmpz_get_str(NULL, 10, f + k);
        pos += snprintf(buf + pos, size - pos, k ? ",%s" : "%s", s);
        flint_free(s);
    }
}

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

static int fvec_is(const char *type, const char *lam, const char *mod, const char *expect)
{
    wk_weyl_t R;
    wk_weyl_hw_t V;
    fmpz *f;
    char buf[512];
    int ok;
    if (make(R, V, type, lam, mod) != WK_OK) { wk_weyl_clear(R); return 0; }
    f = _fmpz_vec_init(V->d + 1);
    if (wk_weyl_fvector(f, NULL, V) != WK_OK) buf[0] = 0;
    else fstr(buf, sizeof buf, f, V->d);
    ok = strcmp(buf, expect) == 0;
    if (!ok) tap_diag("%s %s %s: got %s", type, lam, mod, buf);
    _fmpz_vec_clear(f, V->d + 1);
    wk_weyl_hw_clear(V);
    wk_weyl_clear(R);
    return ok;
}

/* alternating sum of f_0..f_d, d = top */
static slong euler(const fmpz *f, slong d)
{
    slong k, r;
    fmpz_t s;
    fmpz_init(s);
    for (k = 0; k <= d; k++) { if (k % 2) fmpz_sub(s, s, f + k); else fmpz_add(s, s, f + k); }
    r = fmpz_get_si(s);
    fmpz_clear(s);
    return r;
}

/* the whole f-vector and bounded f-vector of V as strings */
static void fall(char *buf, size_t size, const wk_weyl_hw_t V)
{
    fmpz *f = _fmpz_vec_init(V->d + 1), *fb = _fmpz_vec_init(V->d + 1);
    char a[512], b[512];
    if (wk_weyl_fvector(f, fb, V) != WK_OK) { snprintf(buf, size, "error"); }
    else {
        fstr(a, sizeof a, f, V->d + 1);
        fstr(b, sizeof b, fb, V->d + 1);
        snprintf(buf, size, "%s|%s", a, b);
    }
    _fmpz_vec_clear(f, V->d + 1);
    _fmpz_vec_clear(fb, V->d + 1);
}

int main(int argc, char **argv)
{
    wk_weyl_t R;
    wk_weyl_hw_t V;
    flint_rand_t st;
    slong i, t;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 7);

    /* spec section 7 */
    {
        const char *v[][4] = {
            { "A2", "1,0", "simple", "3,3" },
            { "A2", "1,1", "simple", "6,6" },
            { "A3", "0,1,0", "simple", "6,12,8" },
            { "B3", "1,1,1", "simple", "48,72,26" },
            { "C3", "0,1,0", "simple", "12,24,14" },
            { "D4", "0,1,0,0", "simple", "24,96,96,24" },
            { "G2", "1,0", "simple", "6,6" },
            { "F4", "1,0,0,1", "simple", "144,576,672,240" },
            { "E6", "1,0,0,0,0,0", "simple", "27,216,720,1080,648,99" },
            { "E8", "1,1,1,1,1,1,1,1", "simple", "696729600,2786918400,4470681600,3657830400,"
              "1601268480,357557760,34508640,881760" },
            { "B2", "1,1", "verma", "1,2" },
            { "A3", "1,0,1", "parabolic:1,3", "4,8,5" },
            { "A3", "0,1/2,0", "simple", "1,4,4" },
            { "A2", "1,-1", "simple", "2,3" },
            { "A1xA2", "0,1,0", "simple", "3,3" },
            { "A2", "0,0", "simple", "1" },
            { "E8", "0,0,0,0,0,0,0,1", "simple", "240,6720,60480,241920,483840,483840,207360,19440" },
        };
        for (i = 0; i < (slong) (sizeof v / sizeof v[0]); i++)
            TAP_OK(fvec_is(v[i][0], v[i][1], v[i][2], v[i][3]), "%s lambda=(%s) %s: f = %s",
                   v[i][0], v[i][1], v[i][2], v[i][3]);
    }

    /* face tables: 4.4 (B3, omega_2) and section 7 (A3 parabolic) */
    {
        wk_weyl_face_table_t T;
        char buf[1024];
        size_t pos;
        wk_weyl_face_table_init(T);
        make(R, V, "B3", "0,1,0", "simple");
        wk_weyl_face_table(T, V, 1000);
        pos = 0; buf[0] = 0;
        for (i = 0; i < T->length; i++) {
            char ks[64], ss[64];
            _wk_weyl_set_str(ks, sizeof ks, T->rows[i].K);
            _wk_weyl_set_str(ss, sizeof ss, T->rows[i].stab);
            pos += snprintf(buf + pos, sizeof buf - pos, "%s:%ld:%ld:%s ", ks, (long) T->rows[i].dim,
                            fmpz_get_si(T->rows[i].count), ss);
        }
        TAP_OK(strcmp(buf, "{}:0:12:{1,3} {2}:1:24:{2} {1,2}:2:8:{1,2} {2,3}:2:6:{2,3} {1,2,3}:3:1:{1,2,3} ") == 0,
               "B3 omega_2 table (J0 = {1,3}): %s", buf);
        TAP_OK(V->J0 == 5, "B3 omega_2: J0 = {1,3}");
        wk_weyl_hw_clear(V); wk_weyl_clear(R);

        make(R, V, "A3", "1,0,1", "parabolic:1,3");
        wk_weyl_face_table(T, V, 1000);
        pos = 0; buf[0] = 0;
        for (i = 0; i < T->length; i++) {
            char ks[64];
            _wk_weyl_set_str(ks, sizeof ks, T->rows[i].K);
            pos += snprintf(buf + pos, sizeof buf - pos, "%s:%ld%s ", ks, fmpz_get_si(T->rows[i].count),
                            T->rows[i].bounded ? "b" : "");
        }
        TAP_OK(strcmp(buf, "{}:4b {1}:2b {2}:4 {3}:2b {1,2}:2 {1,3}:1b {2,3}:2 {1,2,3}:1 ") == 0,
               "A3 (1,0,1) parabolic:1,3 table: %s", buf);
        fall(buf, sizeof buf, V);
        TAP_OK(strcmp(buf, "4,8,5,1|4,4,1,0") == 0, "bounded f-vector 4,4,1: %s", buf);
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        wk_weyl_face_table_clear(T);
    }

    /* section 5 identities on random cases */
    {
        const char *types[] = { "A3", "A4", "B3", "B4", "C3", "C4", "D4", "D5", "F4", "G2", "E6", "E7",
                                "E8", "A1xA2", "A2xB2", "A1xA1xA1" };
        int ok1 = 1, ok2 = 1, ok3 = 1, ok4 = 1, ok5 = 1, ok7 = 1, okb = 1;
        for (t = 0; t < 200 * tap_multiplier(); t++) {
            slong n, k, d;
            fmpq *l;
            fmpz *f, *fb, *g;
            wk_weyl_kind kind;
            ulong J = 0;
            wk_weyl_hw_t V2;
            wk_weyl_face_table_t T;
            int r = n_randint(st, 3);
            wk_weyl_init_type(R, types[t % 16]);
            n = R->n;
            l = _fmpq_vec_init(n);
            for (k = 0; k < n; k++) {
                slong c = n_randint(st, 6);
                if (c == 5) fmpq_set_si(l + k, -1, 1);
                else if (c == 4) fmpq_set_si(l + k, 1, 2);
                else fmpq_set_si(l + k, c >= 2 ? c - 1 : 0, 1);
            }
            kind = r == 0 ? WK_WEYL_SIMPLE : r == 1 ? WK_WEYL_VERMA : WK_WEYL_PARABOLIC;
            if (kind == WK_WEYL_PARABOLIC) {
                for (k = 0; k < n; k++)
                    if (fmpz_is_one(fmpq_denref(l + k)) && fmpq_sgn(l + k) >= 0 && n_randint(st, 2))
                        J |= UWORD(1) << k;
            }
            wk_weyl_hw_init(V, R, l, kind, J);
            d = V->d;
            f = _fmpz_vec_init(d + 1); fb = _fmpz_vec_init(d + 1); g = _fmpz_vec_init(d + 1);
            wk_weyl_fvector(f, fb, V);
            /* 1: Euler-Poincare */
            if (euler(f, d) != (V->J == _wk_full(n) ? 1 : 0) && d > 0) ok1 = 0;
            if (d == 0 && !fmpz_is_one(f)) ok1 = 0;
            /* 2: f_0 = tree-walk count = [W_J : W_J0] */
            {
                fmpz_t c, o1, o2;
                fmpz_init(c); fmpz_init(o1); fmpz_init(o2);
                if (fmpz_cmp_si(f, 2000000) < 0) {
                    wk_weyl_orbit_count(c, R, l, V->J);
                    if (!fmpz_equal(c, f)) ok2 = 0;
                }
                wk_weyl_parabolic_order(o1, R, V->J);
                wk_weyl_parabolic_order(o2, R, V->J0);
                fmpz_divexact(o1, o1, o2);
                if (!fmpz_equal(o1, f)) ok2 = 0;
                fmpz_clear(c); fmpz_clear(o1); fmpz_clear(o2);
            }
            /* 3: regular lambda, J = I: d f_0 = 2 f_1 and h-vector symmetric */
            if (V->J == _wk_full(n) && V->J0 == 0 && d >= 2) {
                fmpz_t a, b;
                fmpz *h = _fmpz_vec_init(d + 1);
                slong j, m;
                fmpz_init(a); fmpz_init(b);
                fmpz_mul_si(a, f, d); fmpz_mul_si(b, f + 1, 2);
                if (!fmpz_equal(a, b)) ok3 = 0;
                /* h-vector of the simple polytope: sum_i h_i (t+1)^{d-i} = sum_i f_i t^i
                   (f_i counted by faces of dim i; dual to the usual convention) */
                for (m = 0; m <= d; m++) {
                    /* h_m = sum_i (-1)^{i-m} C(i, m) f_i  (i >= m) */
                    fmpz_zero(h + m);
                    for (j = m; j <= d; j++) {
                        fmpz_bin_uiui(a, j, m);
                        fmpz_mul(a, a, f + j);
                        if ((j - m) % 2) fmpz_sub(h + m, h + m, a); else fmpz_add(h + m, h + m, a);
                    }
                }
                for (m = 0; m <= d; m++) if (!fmpz_equal(h + m, h + d - m)) ok3 = 0;
                fmpz_clear(a); fmpz_clear(b);
                _fmpz_vec_clear(h, d + 1);
            }
            /* 4: Verma: binomials */
            if (kind == WK_WEYL_VERMA) {
                fmpz_t b;
                fmpz_init(b);
                for (k = 0; k <= d; k++) { fmpz_bin_uiui(b, n, k); if (!fmpz_equal(b, f + k)) ok4 = 0; }
                if (d != n || !fmpz_is_one(fb) || !fmpz_is_zero(fb + 1)) ok4 = 0;
                fmpz_clear(b);
            }
            /* 5: change the nonzero J-coordinates and the non-J ones: same output */
            {
                fmpq *l2 = _fmpq_vec_init(n);
                for (k = 0; k < n; k++) {
                    if (V->J >> k & 1) {
                        if (fmpq_is_zero(l + k)) fmpq_zero(l2 + k);
                        else fmpq_set_si(l2 + k, 1 + n_randint(st, 7), 1);
                    } else if (kind == WK_WEYL_SIMPLE)
                        fmpq_set_si(l2 + k, -1 - (slong) n_randint(st, 5), 1 + n_randint(st, 2));
                    else
                        fmpq_set_si(l2 + k, (slong) n_randint(st, 9) - 4, 1 + n_randint(st, 3));
                }
                wk_weyl_hw_init(V2, R, l2, kind, V->J);
                if (V2->J != V->J || V2->J0 != V->J0) ok5 = 0;
                else {
                    wk_weyl_fvector(g, NULL, V2);
                    if (!_fmpz_vec_equal(f, g, d + 1)) ok5 = 0;
                }
                wk_weyl_hw_clear(V2);
                _fmpq_vec_clear(l2, n);
            }
            /* 7 (count side) and the table against the f-vector */
            wk_weyl_face_table_init(T);
            wk_weyl_face_table(T, V, 1000000);
            _fmpz_vec_zero(g, d + 1);
            for (k = 0; k < T->length; k++) {
                fmpz_add(g + T->rows[k].dim, g + T->rows[k].dim, T->rows[k].count);
                if (!wk_weyl_admissible(V, T->rows[k].K) || T->rows[k].stab != wk_weyl_stab(V, T->rows[k].K))
                    ok7 = 0;
                if (T->rows[k].bounded != ((T->rows[k].K & ~V->J) == 0)) okb = 0;
            }
            if (!_fmpz_vec_equal(f, g, d + 1)) ok7 = 0;
            wk_weyl_face_table_clear(T);
            _fmpz_vec_clear(f, d + 1); _fmpz_vec_clear(fb, d + 1); _fmpz_vec_clear(g, d + 1);
            wk_weyl_hw_clear(V);
            _fmpq_vec_clear(l, n);
            wk_weyl_clear(R);
        }
        TAP_OK(ok1, "5.1 Euler-Poincare: 1 for polytopes, 0 for unbounded polyhedra");
        TAP_OK(ok2, "5.2 f_0 = [W_J : W_J0] = tree-walk count");
        TAP_OK(ok3, "5.3 regular lambda, J = I: d f_0 = 2 f_1, h-vector symmetric");
        TAP_OK(ok4, "5.4 Verma modules: f_k = C(n,k), one bounded face");
        TAP_OK(ok5, "5.5 only (J, J0) matters");
        TAP_OK(ok7, "face table rows: admissible, Stab node sets, counts sum to the f-vector");
        TAP_OK(okb, "bounded rows are those with K inside J");
    }

    /* 5.6 diagram symmetry: A_n reversal, E6 flip, D4 triality */
    {
        struct { const char *t; slong perm[8]; } sym[] = {
            { "A4", { 3, 2, 1, 0 } }, { "E6", { 5, 1, 4, 3, 2, 0 } }, { "D4", { 2, 1, 3, 0 } },
            { "D4", { 3, 1, 0, 2 } }, { "D5", { 0, 1, 2, 4, 3 } }
        };
        int ok = 1;
        for (t = 0; t < 5; t++) {
            slong rep;
            for (rep = 0; rep < 20; rep++) {
                fmpq *l, *l2;
                slong n, k;
                ulong J = 0, J2 = 0;
                fmpz *f, *g;
                wk_weyl_hw_t V2;
                int kind = n_randint(st, 2) ? WK_WEYL_SIMPLE : WK_WEYL_PARABOLIC;
                wk_weyl_init_type(R, sym[t].t);
                n = R->n;
                l = _fmpq_vec_init(n); l2 = _fmpq_vec_init(n);
                for (k = 0; k < n; k++) fmpq_set_si(l + k, n_randint(st, 3), 1);
                for (k = 0; k < n; k++) if (n_randint(st, 2)) J |= UWORD(1) << k;
                for (k = 0; k < n; k++) {
                    fmpq_set(l2 + sym[t].perm[k], l + k);
                    if (J >> k & 1) J2 |= UWORD(1) << sym[t].perm[k];
                }
                wk_weyl_hw_init(V, R, l, kind, J);
                wk_weyl_hw_init(V2, R, l2, kind, J2);
                f = _fmpz_vec_init(V->d + 1); g = _fmpz_vec_init(V2->d + 1);
                wk_weyl_fvector(f, NULL, V);
                wk_weyl_fvector(g, NULL, V2);
                if (V->d != V2->d || !_fmpz_vec_equal(f, g, V->d + 1)) ok = 0;
                _fmpz_vec_clear(f, V->d + 1); _fmpz_vec_clear(g, V2->d + 1);
                wk_weyl_hw_clear(V); wk_weyl_hw_clear(V2);
                _fmpq_vec_clear(l, n); _fmpq_vec_clear(l2, n);
                wk_weyl_clear(R);
            }
        }
        TAP_OK(ok, "5.6 diagram automorphisms (A4, E6, D4 triality, D5) preserve f-vectors");
    }

    /* B_n and C_n give the same counts */
    {
        int ok = 1;
        for (t = 0; t < 40; t++) {
            slong n = 2 + t % 4, k;
            char b[8], c[8], lam[64] = "";
            snprintf(b, sizeof b, "B%ld", (long) n); snprintf(c, sizeof c, "C%ld", (long) n);
            for (k = 0; k < n; k++) strcat(lam, k ? (n_randint(st, 2) ? ",1" : ",0") : (n_randint(st, 2) ? "1" : "0"));
            {
                wk_weyl_t R2; wk_weyl_hw_t V2;
                char x[1024], y[1024];
                make(R, V, b, lam, "simple");
                make(R2, V2, c, lam, "simple");
                fall(x, sizeof x, V); fall(y, sizeof y, V2);
                if (strcmp(x, y)) ok = 0;
                wk_weyl_hw_clear(V); wk_weyl_clear(R);
                wk_weyl_hw_clear(V2); wk_weyl_clear(R2);
            }
        }
        TAP_OK(ok, "B_n and C_n have the same face numbers");
    }

    /* sums: the f-polynomial of A1xA2 is the product of those of A1 and A2 */
    {
        char x[256];
        make(R, V, "A2xA1", "1,1,1", "simple");
        fall(x, sizeof x, V);
        /* hexagon (6,6,1) times segment (2,1): (6+6t+t^2)(2+t) = 12,18,8,1 */
        TAP_OK(strncmp(x, "12,18,8,1|", 10) == 0, "A2xA1 regular: hexagonal prism 12,18,8,1 (%s)", x);
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
    }

    /* a large rank: A20 regular (f_0 = 21!) and the too_large guard */
    {
        fmpz *f;
        fmpz_t o;
        char lam[128] = "1";
        for (i = 1; i < 20; i++) strcat(lam, ",1");
        make(R, V, "A20", lam, "simple");
        f = _fmpz_vec_init(21);
        fmpz_init(o);
        wk_weyl_fvector(f, NULL, V);
        fmpz_fac_ui(o, 21);
        TAP_OK(fmpz_equal(f, o) && euler(f, 20) == 1, "A20 regular: f_0 = 21! > 2^64, Euler sum 1");
        fmpz_clear(o);
        _fmpz_vec_clear(f, 21);
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
        strcpy(lam, "1");
        for (i = 1; i < 25; i++) strcat(lam, ",0");
        make(R, V, "A25", lam, "simple");
        f = _fmpz_vec_init(V->d + 1);
        TAP_OK(wk_weyl_fvector(f, NULL, V) == WK_E_TOO_LARGE && strstr(wk_error_msg(), "25")
               && strstr(wk_error_msg(), "24"), "A25: %s", wk_error_msg());
        _fmpz_vec_clear(f, V->d + 1);
        wk_weyl_hw_clear(V); wk_weyl_clear(R);
    }

    /* section 9: module strings, parabolic J, infinite W_J */
    {
        fmpq *l;
        wk_weyl_kind kind;
        ulong J;
        const char *badlab[] = { "parabolic:0,1", "parabolic:4", "parabolic:1,1", "parabolic:x",
                                 "parabolic:1.5", "parabolic:1,,2", "parabolic:-1" };
        wk_weyl_init_type(R, "A3");
        TAP_OK(wk_weyl_module_set_str(&kind, &J, "simpel", R) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "unknown module kind 'simpel'"), "%s", wk_error_msg());
        TAP_OK(wk_weyl_module_set_str(&kind, &J, "parabolic:", R) == WK_OK && kind == WK_WEYL_PARABOLIC
               && J == 0, "'parabolic:' means J empty");
        TAP_OK(wk_weyl_module_set_str(&kind, &J, "parabolic: 3, 1", R) == WK_OK && J == 5,
               "'parabolic: 3, 1' gives J = {1,3}");
        for (i = 0; i < 7; i++)
            TAP_OK(wk_weyl_module_set_str(&kind, &J, badlab[i], R) == WK_E_DOMAIN
                   && strstr(wk_error_msg(), "bad node label"), "'%s': %s", badlab[i], wk_error_msg());
        l = _fmpq_vec_init(3);
        wk_weyl_weight_set_str(l, R, "1,1/2,0");
        TAP_OK(wk_weyl_hw_init(V, R, l, WK_WEYL_PARABOLIC, 3) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "fails at j=2 (lambda_j=1/2)"), "%s", wk_error_msg());
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 3);
        wk_weyl_clear(R);
    }
    {
        fmpz_mat_t A;
        fmpq *l;
        fmpz *f;
        wk_weyl_hw_t V2;
        fmpz_mat_init(A, 3, 3);
        for (i = 0; i < 3; i++) fmpz_set_si(fmpz_mat_entry(A, i, i), 2);
        fmpz_set_si(fmpz_mat_entry(A, 0, 1), -2); fmpz_set_si(fmpz_mat_entry(A, 1, 0), -2);
        fmpz_set_si(fmpz_mat_entry(A, 1, 2), -1); fmpz_set_si(fmpz_mat_entry(A, 2, 1), -1);
        wk_weyl_init_cartan(R, A);   /* not of finite type: affine A1 joined to a node */
        l = _fmpq_vec_init(3);
        fmpq_one(l); fmpq_one(l + 1); fmpq_one(l + 2);
        wk_weyl_hw_init(V, R, l, WK_WEYL_VERMA, 0);
        f = _fmpz_vec_init(4);
        TAP_OK(wk_weyl_fvector(f, NULL, V) == WK_OK && fmpz_equal_si(f + 1, 3) && fmpz_equal_si(f + 2, 3),
               "non-finite GCM: Verma counts are binomials");
        wk_weyl_hw_init(V2, R, l, WK_WEYL_SIMPLE, 0);
        TAP_OK(wk_weyl_fvector(f, NULL, V2) == WK_E_DOMAIN && strstr(wk_error_msg(), "infinite")
               && strstr(wk_error_msg(), "{1,2,3}"), "non-finite W_J: %s", wk_error_msg());
        wk_weyl_hw_clear(V2);
        wk_weyl_hw_init(V2, R, l, WK_WEYL_PARABOLIC, 4);
        TAP_OK(wk_weyl_fvector(f, NULL, V2) == WK_OK && fmpz_equal_si(f, 2),
               "non-finite GCM with finite J = {3}: finite counts (f_0 = 2)");
        wk_weyl_hw_clear(V2);
        _fmpz_vec_clear(f, 4);
        wk_weyl_hw_clear(V);
        _fmpq_vec_clear(l, 3);
        wk_weyl_clear(R);
        fmpz_mat_clear(A);
    }

    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}
