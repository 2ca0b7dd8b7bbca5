/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Reverse plane partitions and plane partitions (spec 1, 2, 10.3): the hook
   product against the transfer count with mu^0 empty for every shape up to
   size 7, the public vectors, MacMahon's series as the limit of boxes, and
   the diagram <-> slices dictionary against brute-force enumeration. */
#include <string.h>
#include <flint/fmpz_vec.h>
#include "wk_cylindric.h"
#include "tap.h"

static int coeffs_are(const fmpz_poly_t a, const slong *c, slong n)
{
    slong i;
    for (i = 0; i < n; i++) {
        fmpz_t x;
        int eq;
        fmpz_init(x);
        fmpz_poly_get_coeff_fmpz(x, a, i);
        eq = fmpz_equal_si(x, c[i]);
        fmpz_clear(x);
        if (!eq)
            return 0;
    }
    return 1;
}

/* all partitions of size <= nmax into list (flat, 0-terminated rows) */
static void shapes(slong *buf, slong len, slong left, slong maxpart,
                   void (*f)(const slong *, slong, void *), void *data)
{
    slong v;
    if (len > 0)
        f(buf, len, data);
    for (v = FLINT_MIN(left, maxpart); v >= 1; v--) {
        buf[len] = v;
        shapes(buf, len + 1, left - v, v, f, data);
    }
}

typedef struct { slong N, shapes, bad; } hook_data;

static void check_hook(const slong *parts, slong n, void *vd)
{
    hook_data *d = vd;
    wk_partition_t lam;
    slong *w, T;
    fmpz_poly_t a, b;
    wk_partition_init(lam);
    wk_partition_set_vec(lam, parts, n);
    wk_cpp_shape_to_word(&w, &T, lam);
    fmpz_poly_init(a);
    fmpz_poly_init(b);
    if (wk_cpp_rpp_series(a, lam, d->N) != WK_OK
        || wk_cpp_count_transfer(b, w, T, d->N, 1) != WK_OK || !fmpz_poly_equal(a, b)) {
        char *s = wk_partition_get_str(lam);
        tap_diag("shape %s: hook product and transfer count differ", s);
        flint_free(s);
        d->bad++;
    }
    d->shapes++;
    fmpz_poly_clear(a);
    fmpz_poly_clear(b);
    flint_free(w);
    wk_partition_clear(lam);
}

/* enumerate all RPPs of shape lam with entries <= m, check the slices */
typedef struct { slong count, bad; } rpp_data;

static void rpp_rec(const wk_partition_t lam, slong *e, slong pos, slong total, slong m,
                    const slong *off, rpp_data *d)
{
    slong r, c, v, lo;
    if (pos == total) {
        wk_cpp_t t;
        slong *back, i;
        wk_partition_t mu;
        slong s = 0;
        wk_cpp_init(t);
        wk_partition_init(mu);
        for (i = 0; i < total; i++)
            s += e[i];
        if (wk_rpp_set_rows(t, lam, e) != WK_OK
            || wk_cpp_check_seq(t->w, t->T, t->mu, t->T + 1, WK_CPP_STRICT) != WK_OK
            || t->mu[0].length != 0 || wk_cpp_size(t) != s)
            d->bad++;
        else if (wk_rpp_get_rows(&back, mu, t) != WK_OK)
            d->bad++;
        else {
            if (!wk_partition_equal(mu, lam) || memcmp(back, e, total * sizeof(slong)) != 0)
                d->bad++;
            flint_free(back);
        }
        d->count++;
        wk_partition_clear(mu);
        wk_cpp_clear(t);
        return;
    }
    for (r = 0; off[r + 1] <= pos; r++)
        ;
    c = pos - off[r];
    lo = 0;
    if (c > 0) lo = FLINT_MAX(lo, e[pos - 1]);
    if (r > 0) lo = FLINT_MAX(lo, e[off[r - 1] + c]);
    for (v = lo; v <= m; v++) {
        e[pos] = v;
        rpp_rec(lam, e, pos + 1, total, m, off, d);
    }
}

int main(int argc, char **argv)
{
    tap_init(argc, argv);

    {
        static const slong v[] = {1, 2, 3, 5, 7, 9, 12, 15, 18};
        slong p[2] = {2, 1};
        wk_partition_t lam;
        fmpz_poly_t a;
        wk_partition_init(lam);
        wk_partition_set_vec(lam, p, 2);
        fmpz_poly_init(a);
        TAP_OK(wk_cpp_rpp_series(a, lam, 8) == WK_OK && coeffs_are(a, v, 9) && a->length == 9,
               "rpp_series((2,1), 8) = 1,2,3,5,7,9,12,15,18");
        fmpz_poly_clear(a);
        wk_partition_clear(lam);
    }
    {
        static const slong pp[] = {1, 1, 3, 6, 13, 24, 48, 86, 160, 282, 500, 859, 1479, 2485, 4167};
        fmpz_poly_t a, b;
        slong p[14], i, *w, T;
        wk_partition_t box;
        fmpz_poly_init(a);
        fmpz_poly_init(b);
        TAP_OK(wk_cpp_plane_partition_series(a, -1, -1, 14) == WK_OK && coeffs_are(a, pp, 15),
               "plane partitions to q^14 (MacMahon) match the spec");
        /* the 14 x 14 box is the same to q^14; its profile 1^14 0^14 by transfer */
        for (i = 0; i < 14; i++)
            p[i] = 14;
        wk_partition_init(box);
        wk_partition_set_vec(box, p, 14);
        wk_cpp_rpp_series(b, box, 14);
        TAP_OK(fmpz_poly_equal(a, b), "rpp_series of the 14 x 14 box = MacMahon to q^14");
        wk_cpp_shape_to_word(&w, &T, box);
        wk_cpp_count_transfer(b, w, T, 14, 1);
        TAP_OK(fmpz_poly_equal(a, b), "transfer count for 1^14 0^14 with mu^0 empty = MacMahon to q^14");
        flint_free(w);
        wk_partition_clear(box);
        /* a 3 x 2 box against the rpp series of shape (2,2,2) to q^30 */
        for (i = 0; i < 3; i++)
            p[i] = 2;
        wk_partition_init(box);
        wk_partition_set_vec(box, p, 3);
        wk_cpp_plane_partition_series(a, 3, 2, 30);
        wk_cpp_rpp_series(b, box, 30);
        TAP_OK(fmpz_poly_equal(a, b), "plane partitions in a 3 x 2 rectangle = RPPs of (2,2,2)");
        /* at a large order (short-denominator multimodular path) against
           FLINT's series division by prod (1 - q^h) over the hooks 1,2,2,3,3,4 */
        {
            static const slong hooks[] = {1, 2, 2, 3, 3, 4};
            fmpz_poly_t den, one, f;
            fmpz_poly_init(den);
            fmpz_poly_init(one);
            fmpz_poly_init(f);
            fmpz_poly_one(den);
            fmpz_poly_one(one);
            for (i = 0; i < 6; i++) {
                fmpz_poly_zero(f);
                fmpz_poly_set_coeff_si(f, 0, 1);
                fmpz_poly_set_coeff_si(f, hooks[i], -1);
                fmpz_poly_mul(den, den, f);
            }
            fmpz_poly_div_series(f, one, den, 1501);
            wk_cpp_rpp_series(b, box, 1500);
            TAP_OK(fmpz_poly_equal(f, b) && b->length == 1501,
                   "RPPs of (2,2,2) to q^1500 (multimodular) = fmpz_poly_div_series of the hook product");
            fmpz_poly_clear(den);
            fmpz_poly_clear(one);
            fmpz_poly_clear(f);
        }
        /* MacMahon to q^900 (multimodular exponential) against the recurrence
           written out here: n a_n = sum_k sigma_2(k) a_{n-k} */
        {
            slong n2 = 900, k, n;
            fmpz *c = _fmpz_vec_init(n2 + 1), *s2 = _fmpz_vec_init(n2 + 1);
            for (k = 1; k <= n2; k++)
                for (n = k; n <= n2; n += k)
                    fmpz_add_ui(s2 + n, s2 + n, (ulong) (k * k));
            fmpz_one(c);
            for (n = 1; n <= n2; n++) {
                for (k = 1; k <= n; k++)
                    fmpz_addmul(c + n, s2 + k, c + n - k);
                fmpz_divexact_ui(c + n, c + n, n);
            }
            wk_cpp_plane_partition_series(a, -1, -1, n2);
            TAP_OK(a->length == n2 + 1 && _fmpz_vec_equal(a->coeffs, c, n2 + 1),
                   "MacMahon to q^900 (multimodular exp) = sigma_2 recurrence");
            _fmpz_vec_clear(c, n2 + 1);
            _fmpz_vec_clear(s2, n2 + 1);
        }
        wk_partition_clear(box);
        fmpz_poly_clear(a);
        fmpz_poly_clear(b);
    }
    {
        hook_data d = {15, 0, 0};
        slong buf[16];
        shapes(buf, 0, 7, 7, check_hook, &d);
        TAP_OK(d.bad == 0, "hook product = transfer count (mu^0 empty) for all %ld shapes of size <= 7 to q^15",
               (long) d.shapes);
    }
    {
        static const slong shp[][3] = {{2, 2, 0}, {3, 1, 0}, {2, 1, 1}, {3, 2, 1}, {1, 1, 1}, {4, 0, 0}};
        rpp_data d = {0, 0};
        slong s, e[16], off[5];
        for (s = 0; s < 6; s++) {
            wk_partition_t lam;
            slong i;
            wk_partition_init(lam);
            wk_partition_set_vec(lam, shp[s], 3);
            for (i = 0, off[0] = 0; i < 4; i++)
                off[i + 1] = off[i] + wk_partition_part(lam, i);
            rpp_rec(lam, e, 0, wk_partition_size(lam), 3, off, &d);
            wk_partition_clear(lam);
        }
        TAP_OK(d.bad == 0 && d.count == 565,
               "rows <-> slices: %ld RPPs (entries <= 3, six shapes) give CPPs of the same size and come back (%ld bad)",
               (long) d.count, (long) d.bad);
    }
    {
        /* spec 7: RPP (2,2) with rows 1,1 / 2,3 has slices () | (2) | (3,1) | (1) | () */
        slong p[2] = {2, 2}, e[4] = {1, 1, 2, 3};
        wk_partition_t lam;
        wk_cpp_t t;
        char *s;
        wk_partition_init(lam);
        wk_partition_set_vec(lam, p, 2);
        wk_cpp_init(t);
        wk_rpp_set_rows(t, lam, e);
        s = wk_cpp_get_str(t);
        TAP_OK(strncmp(s, "() | (2) | (3,1) | (1) | ()", 27) == 0, "slices of the spec's RPP: %.27s", s);
        flint_free(s);
        wk_cpp_clear(t);
        wk_partition_clear(lam);
    }
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}
