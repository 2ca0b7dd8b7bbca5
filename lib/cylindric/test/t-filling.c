/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   The bijections of spec 4 (spec 10.6): the public vectors; RPP -> filling
   -> RPP on all RPPs of small shapes and filling -> RPP -> filling on all
   fillings of small weight; the cylindric bijection on all CPPs of size
   <= 9 (six profiles), and its inverse on all product-side objects
   (kappa, fill) of weight <= 9 (three profiles), counted against Borodin. */
#include <string.h>
#include "wk_cylindric.h"
#include "tap.h"

static slong *word(const char *s, slong *T)
{
    slong *w;
    wk_cpp_profile_set_str(&w, T, s);
    return w;
}

static int filling_is(const wk_filling_t F, const slong (*e)[4], slong n)
{
    slong i;
    if (F->length != n)
        return 0;
    for (i = 0; i < n; i++)
        if (F->entries[i].p != e[i][0] || F->entries[i].z != e[i][1]
            || F->entries[i].n != e[i][2] || F->entries[i].m != e[i][3])
            return 0;
    return 1;
}

static void set_cpp(wk_cpp_t pi, const char *prof, const slong (*parts)[3], slong n)
{
    slong T, *w = word(prof, &T), k;
    wk_partition_struct *mu = flint_malloc(n * sizeof(wk_partition_struct));
    for (k = 0; k < n; k++) {
        wk_partition_init(mu + k);
        wk_partition_set_vec(mu + k, parts[k], 3);
    }
    wk_cpp_set(pi, w, T, mu, n);
    for (k = 0; k < n; k++)
        wk_partition_clear(mu + k);
    flint_free(mu);
    flint_free(w);
}

/* ---- all fillings of the cells of w with weight <= W -------------------- */
typedef struct {
    const slong *w;
    slong T;
    slong (*cells)[2];
    slong ncells;
    slong W;
    slong *count;          /* by weight */
    slong bad;
} rppfill_ctx;

static void rppfill_rec(rppfill_ctx *c, wk_fill_struct *f, slong nf, slong ci, slong weight)
{
    slong m;
    if (ci == c->ncells) {
        wk_filling_t F, G;
        wk_cpp_t r;
        wk_filling_init(F);
        wk_filling_init(G);
        wk_cpp_init(r);
        wk_filling_set(F, f, nf);
        if (wk_rpp_from_filling(r, c->w, c->T, F) != WK_OK
            || wk_cpp_check_seq(r->w, r->T, r->mu, r->T + 1, WK_CPP_STRICT) != WK_OK
            || wk_cpp_size(r) != weight || wk_rpp_to_filling(G, r) != WK_OK
            || G->length != F->length
            || (F->length && memcmp(F->entries, G->entries, F->length * sizeof(wk_fill_struct))))
            c->bad++;
        c->count[weight]++;
        wk_cpp_clear(r);
        wk_filling_clear(F);
        wk_filling_clear(G);
        return;
    }
    for (m = 0; weight + m * (c->cells[ci][1] - c->cells[ci][0]) <= c->W; m++) {
        slong nn = nf;
        if (m > 0) {
            f[nf].p = c->cells[ci][0];
            f[nf].z = c->cells[ci][1];
            f[nf].n = 0;
            f[nf].m = m;
            nn++;
        }
        rppfill_rec(c, f, nn, ci + 1, weight + m * (c->cells[ci][1] - c->cells[ci][0]));
    }
}

/* ---- all product-side objects (kappa, fill) of weight <= W -------------- */
typedef struct {
    const slong *w;
    slong T;
    slong (*keys)[4];       /* (p, z, n, weight) */
    slong nkeys;
    slong W;
    slong *count;
    slong bad;
} cylfill_ctx;

static void kappa_rec(cylfill_ctx *c, wk_fill_struct *f, slong nf, slong weight,
                      slong *kap, slong klen, slong left, slong maxpart)
{
    slong v;
    /* use kappa as it is */
    {
        wk_partition_t kappa, k2;
        wk_filling_t F, G;
        wk_cpp_t pi;
        wk_partition_init(kappa);
        wk_partition_init(k2);
        wk_filling_init(F);
        wk_filling_init(G);
        wk_cpp_init(pi);
        wk_partition_set_vec(kappa, kap, klen);
        wk_filling_set(F, f, nf);
        if (wk_cpp_from_filling(pi, c->w, c->T, kappa, F) != WK_OK
            || wk_cpp_check_seq(pi->w, pi->T, pi->mu, pi->T + 1, WK_CPP_STRICT) != WK_OK
            || wk_cpp_size(pi) != weight + c->T * wk_partition_size(kappa)
            || wk_cpp_to_filling(k2, G, NULL, pi) != WK_OK
            || !wk_partition_equal(kappa, k2) || G->length != F->length
            || (F->length && memcmp(F->entries, G->entries, F->length * sizeof(wk_fill_struct))))
            c->bad++;
        c->count[weight + c->T * wk_partition_size(kappa)]++;
        wk_cpp_clear(pi);
        wk_filling_clear(F);
        wk_filling_clear(G);
        wk_partition_clear(kappa);
        wk_partition_clear(k2);
    }
    for (v = FLINT_MIN(maxpart, left / c->T); v >= 1; v--) {
        kap[klen] = v;
        kappa_rec(c, f, nf, weight, kap, klen + 1, left - v * c->T, v);
    }
}

static void cylfill_rec(cylfill_ctx *c, wk_fill_struct *f, slong nf, slong ki, slong weight)
{
    slong m;
    if (ki == c->nkeys) {
        slong kap[64];
        kappa_rec(c, f, nf, weight, kap, 0, c->W - weight, c->W);
        return;
    }
    for (m = 0; weight + m * c->keys[ki][3] <= c->W; m++) {
        slong nn = nf;
        if (m > 0) {
            f[nf].p = c->keys[ki][0];
            f[nf].z = c->keys[ki][1];
            f[nf].n = c->keys[ki][2];
            f[nf].m = m;
            nn++;
        }
        cylfill_rec(c, f, nn, ki + 1, weight + m * c->keys[ki][3]);
    }
}

int main(int argc, char **argv)
{
    tap_init(argc, argv);

    /* spec 7: RPP (2,2) with rows 1,1 / 2,3 */
    {
        slong p[2] = {2, 2}, e[4] = {1, 1, 2, 3};
        static const slong want[3][4] = {{1, 3, 0, 2}, {2, 3, 0, 1}, {2, 4, 0, 1}};
        wk_partition_t lam;
        wk_cpp_t r, r2;
        wk_filling_t F;
        wk_partition_init(lam);
        wk_partition_set_vec(lam, p, 2);
        wk_cpp_init(r);
        wk_cpp_init(r2);
        wk_filling_init(F);
        wk_rpp_set_rows(r, lam, e);
        TAP_OK(wk_rpp_to_filling(F, r) == WK_OK && filling_is(F, want, 3)
               && wk_filling_weight(F, 0) == 7,
               "RPP (2,2) rows 1,1/2,3: fill (1,3):2, (2,3):1, (2,4):1, weight 7");
        TAP_OK(wk_rpp_from_filling(r2, r->w, r->T, F) == WK_OK && wk_cpp_equal(r, r2),
               "and the filling gives the RPP back");
        wk_filling_clear(F);
        wk_cpp_clear(r);
        wk_cpp_clear(r2);
        wk_partition_clear(lam);
    }
    /* spec 7: the cylindric vectors */
    {
        static const slong m10[3][3] = {{1}, {2, 1}, {1}};
        static const slong f10[2][4] = {{0, 1, 0, 1}, {0, 1, 1, 1}};
        static const slong m1010[5][3] = {{1}, {2}, {1}, {3, 1}, {1}};
        static const slong f1010[3][4] = {{0, 1, 0, 1}, {2, 3, 0, 2}, {2, 3, 1, 1}};
        wk_cpp_t pi, back;
        wk_partition_t kappa;
        wk_filling_t F;
        wk_cpp_init(pi);
        wk_cpp_init(back);
        wk_partition_init(kappa);
        wk_filling_init(F);
        set_cpp(pi, "10", m10, 3);
        TAP_OK(wk_cpp_size(pi) == 4 && wk_cpp_to_filling(kappa, F, NULL, pi) == WK_OK
               && kappa->length == 0 && filling_is(F, f10, 2) && wk_filling_weight(F, 2) == 4,
               "profile 10, (1)|(2,1)|(1): kappa empty, fill (0,1,0):1, (0,1,1):1, size 1 + 3");
        TAP_OK(wk_cpp_from_filling(back, pi->w, pi->T, kappa, F) == WK_OK && wk_cpp_equal(back, pi),
               "and back");
        set_cpp(pi, "1010", m1010, 5);
        TAP_OK(wk_cpp_size(pi) == 8 && wk_cpp_to_filling(kappa, F, NULL, pi) == WK_OK
               && kappa->length == 0 && filling_is(F, f1010, 3) && wk_filling_weight(F, 4) == 8,
               "profile 1010, (1)|(2)|(1)|(3,1)|(1): kappa empty, fill (0,1,0):1, (2,3,0):2, (2,3,1):1");
        TAP_OK(wk_cpp_from_filling(back, pi->w, pi->T, kappa, F) == WK_OK && wk_cpp_equal(back, pi),
               "and back");
        wk_cpp_clear(pi);
        wk_cpp_clear(back);
        wk_partition_clear(kappa);
        wk_filling_clear(F);
    }

    /* RPP side: every RPP of size <= 10 of a few profiles, and every filling
       of weight <= 10, both ways; counts by weight agree with the transfer
       count (so the maps are bijections weight by weight) */
    {
        static const char *profs[] = {"1100", "10110", "110100", "101010", "11100100"};
        slong pi, bad = 0, bad_count = 0, W = 10, objects = 0;
        for (pi = 0; pi < 5; pi++) {
            slong T, *w = word(profs[pi], &T), i, j, n;
            slong cells[64][2], ncells = 0, count[11];
            wk_fill_struct f[64];
            rppfill_ctx c;
            fmpz_poly_t cnt;
            for (i = 0; i < T; i++)
                for (j = i + 1; j < T; j++)
                    if (w[i] == 1 && w[j] == 0) {
                        cells[ncells][0] = i + 1;
                        cells[ncells][1] = j + 1;
                        ncells++;
                    }
            memset(count, 0, sizeof count);
            c.w = w; c.T = T; c.cells = cells; c.ncells = ncells; c.W = W; c.count = count; c.bad = 0;
            rppfill_rec(&c, f, 0, 0, 0);
            bad += c.bad;
            fmpz_poly_init(cnt);
            wk_cpp_count_transfer(cnt, w, T, W, 1);
            for (n = 0; n <= W; n++) {
                fmpz_t x;
                fmpz_init(x);
                fmpz_poly_get_coeff_fmpz(x, cnt, n);
                if (!fmpz_equal_si(x, count[n]))
                    bad_count++;
                objects += count[n];
                fmpz_clear(x);
            }
            fmpz_poly_clear(cnt);
            /* and from the RPP side: all RPPs of size <= 8 */
            for (n = 0; n <= 8; n++) {
                wk_cpp_list_t L;
                wk_cpp_list_init(L);
                wk_cpp_list(L, w, T, n, -1);
                for (i = 0; i < L->length; i++) {
                    wk_filling_t F;
                    wk_cpp_t back;
                    if (L->entries[i].mu[0].length != 0)
                        continue;
                    wk_filling_init(F);
                    wk_cpp_init(back);
                    if (wk_rpp_to_filling(F, L->entries + i) != WK_OK || wk_filling_weight(F, 0) != n
                        || wk_rpp_from_filling(back, w, T, F) != WK_OK
                        || !wk_cpp_equal(back, L->entries + i))
                        bad++;
                    wk_filling_clear(F);
                    wk_cpp_clear(back);
                }
                wk_cpp_list_clear(L);
            }
            flint_free(w);
        }
        TAP_OK(bad == 0, "RPP <-> filling round trips, weight = size (%ld fillings of weight <= 10)",
               (long) objects);
        TAP_OK(bad_count == 0, "fillings of weight n are as many as RPPs of size n (transfer count)");
    }

    /* cylindric side: every CPP of size <= 9 (six profiles) */
    {
        static const char *profs[] = {"10", "1100", "1010", "11010", "110100", "10101"};
        slong pi, bad = 0, objects = 0, injective_bad = 0;
        for (pi = 0; pi < 6; pi++) {
            slong T, *w = word(profs[pi], &T), n, i, j;
            for (n = 0; n <= 9; n++) {
                wk_cpp_list_t L;
                wk_filling_struct *Fs;
                wk_partition_struct *ks;
                wk_cpp_list_init(L);
                wk_cpp_list(L, w, T, n, -1);
                Fs = flint_malloc(FLINT_MAX(L->length, 1) * sizeof(wk_filling_struct));
                ks = flint_malloc(FLINT_MAX(L->length, 1) * sizeof(wk_partition_struct));
                for (i = 0; i < L->length; i++) {
                    wk_cpp_t back;
                    wk_filling_init(Fs + i);
                    wk_partition_init(ks + i);
                    wk_cpp_init(back);
                    if (wk_cpp_to_filling(ks + i, Fs + i, NULL, L->entries + i) != WK_OK
                        || T * wk_partition_size(ks + i) + wk_filling_weight(Fs + i, T) != n
                        || wk_cpp_from_filling(back, w, T, ks + i, Fs + i) != WK_OK
                        || !wk_cpp_equal(back, L->entries + i))
                        bad++;
                    wk_cpp_clear(back);
                    for (j = 0; j < i; j++)
                        if (wk_partition_equal(ks + i, ks + j) && Fs[i].length == Fs[j].length
                            && (Fs[i].length == 0
                                || !memcmp(Fs[i].entries, Fs[j].entries, Fs[i].length * sizeof(wk_fill_struct))))
                            injective_bad++;
                }
                objects += L->length;
                for (i = 0; i < L->length; i++) {
                    wk_filling_clear(Fs + i);
                    wk_partition_clear(ks + i);
                }
                flint_free(Fs);
                flint_free(ks);
                wk_cpp_list_clear(L);
            }
            flint_free(w);
        }
        TAP_OK(bad == 0, "cylindric bijection: %ld CPPs of size <= 9, weight preserved, inverse recovers each",
               (long) objects);
        TAP_OK(injective_bad == 0, "cylindric bijection is injective on them");
    }

    /* product side: every (kappa, fill) of weight <= 9 (three profiles) maps
       to a CPP and back; their number by weight is Borodin's coefficient */
    {
        static const char *profs[] = {"10", "1100", "11010"};
        slong pi, bad = 0, bad_count = 0, W = 9, objects = 0;
        for (pi = 0; pi < 3; pi++) {
            slong T, *w = word(profs[pi], &T), p, z, n, nk = 0, count[10];
            slong keys[256][4];
            wk_fill_struct f[256];
            cylfill_ctx c;
            fmpz_poly_t ser;
            for (p = 0; p < T; p++)
                for (z = 0; z < T; z++)
                    for (n = 0; w[p] == 1 && w[z] == 0; n++) {
                        slong d = ((z - p) % T + T) % T + n * T;
                        if (d > W)
                            break;
                        keys[nk][0] = p; keys[nk][1] = z; keys[nk][2] = n; keys[nk][3] = d;
                        nk++;
                    }
            memset(count, 0, sizeof count);
            c.w = w; c.T = T; c.keys = keys; c.nkeys = nk; c.W = W; c.count = count; c.bad = 0;
            cylfill_rec(&c, f, 0, 0, 0);
            bad += c.bad;
            fmpz_poly_init(ser);
            wk_cpp_series(ser, w, T, W);
            for (n = 0; n <= W; n++) {
                fmpz_t x;
                fmpz_init(x);
                fmpz_poly_get_coeff_fmpz(x, ser, n);
                if (!fmpz_equal_si(x, count[n]))
                    bad_count++;
                objects += count[n];
                fmpz_clear(x);
            }
            fmpz_poly_clear(ser);
            flint_free(w);
        }
        TAP_OK(bad == 0, "inverse cylindric bijection: %ld objects (kappa, fill) of weight <= 9 give CPPs and come back",
               (long) objects);
        TAP_OK(bad_count == 0, "product-side objects of weight n number Borodin's coefficient");
    }
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}
