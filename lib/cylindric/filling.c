/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/filling.c: the bijections behind the product formulas
   (spec 4): reverse plane partitions <-> fillings of their cells (the hook
   formula, exchanging the leftmost "10" of the profile), and the cylindric
   bijection CPP <-> (kappa, fill) behind Borodin's identity (reconstructed:
   exchanging the smallest cyclic "10", recording how often each pair met).
   Each exchange is the backward local rule at a peak; the inverses replay
   the same schedule with the forward rule. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

void wk_filling_init(wk_filling_t F)
{
    F->entries = NULL;
    F->length = F->alloc = 0;
}

void wk_filling_clear(wk_filling_t F)
{
    flint_free(F->entries);
    F->entries = NULL;
    F->length = F->alloc = 0;
}

static void filling_push(wk_filling_t F, slong p, slong z, slong n, slong m)
{
    if (F->length == F->alloc) {
        F->alloc = FLINT_MAX(16, 2 * F->alloc);
        F->entries = flint_realloc(F->entries, F->alloc * sizeof(wk_fill_struct));
    }
    F->entries[F->length].p = p;
    F->entries[F->length].z = z;
    F->entries[F->length].n = n;
    F->entries[F->length].m = m;
    F->length++;
}

static int cmp_fill(const void *x, const void *y)
{
    const wk_fill_struct *a = x, *b = y;
    if (a->p != b->p) return a->p < b->p ? -1 : 1;
    if (a->z != b->z) return a->z < b->z ? -1 : 1;
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    return 0;
}

wk_status wk_filling_set(wk_filling_t F, const wk_fill_struct *e, slong len)
{
    slong i;
    wk_fill_struct *t;
    if (len < 0)
        return wk_error(WK_E_DOMAIN, "filling length must be nonnegative");
    for (i = 0; i < len; i++) {
        if (e[i].m < 0)
            return wk_error(WK_E_DOMAIN, "filling value for (%ld,%ld,%ld) is %ld, values must be nonnegative",
                            (long) e[i].p, (long) e[i].z, (long) e[i].n, (long) e[i].m);
        if (e[i].n < 0)
            return wk_error(WK_E_DOMAIN, "filling key (%ld,%ld,%ld) has a negative meeting count",
                            (long) e[i].p, (long) e[i].z, (long) e[i].n);
        if (e[i].m > WK_PARTITION_MAX_PART)
            return wk_error(WK_E_TOO_LARGE, "filling value %ld exceeds the limit %ld",
                            (long) e[i].m, (long) WK_PARTITION_MAX_PART);
    }
    t = flint_malloc(FLINT_MAX(len, 1) * sizeof(wk_fill_struct));
    if (len > 0)
        memcpy(t, e, len * sizeof(wk_fill_struct));
    qsort(t, len, sizeof(wk_fill_struct), cmp_fill);
    for (i = 1; i < len; i++)
        if (cmp_fill(t + i - 1, t + i) == 0) {
            wk_status st = wk_error(WK_E_DOMAIN, "filling has two entries for (%ld,%ld,%ld)",
                                    (long) t[i].p, (long) t[i].z, (long) t[i].n);
            flint_free(t);
            return st;
        }
    F->length = 0;
    for (i = 0; i < len; i++)
        if (t[i].m > 0)
            filling_push(F, t[i].p, t[i].z, t[i].n, t[i].m);
    flint_free(t);
    return WK_OK;
}

slong wk_filling_weight(const wk_filling_t F, slong T)
{
    slong i, s = 0;
    for (i = 0; i < F->length; i++) {
        const wk_fill_struct *e = F->entries + i;
        slong d = T > 0 ? ((e->z - e->p) % T + T) % T + e->n * T : e->z - e->p;
        s += e->m * d;
    }
    return s;
}

/* the entry for key (p, z, n) or NULL (F sorted) */
static const wk_fill_struct *filling_find(const wk_filling_t F, slong p, slong z, slong n)
{
    wk_fill_struct key;
    key.p = p; key.z = z; key.n = n; key.m = 0;
    return F->length ? bsearch(&key, F->entries, F->length, sizeof(wk_fill_struct), cmp_fill) : NULL;
}

/* m recorded for key (p, z, n), 0 if absent */
static slong filling_get(const wk_filling_t F, slong p, slong z, slong n)
{
    const wk_fill_struct *f = filling_find(F, p, z, n);
    return f ? f->m : 0;
}

/* ---- reverse plane partitions ------------------------------------------ */

/* The exchanges for the RPP bijection of profile w: the leftmost "10" at
   1-based positions (s, s+1), until w is sorted.  sched[3e .. 3e+2] =
   (s, label of the 1, label of the 0). */
static slong rpp_schedule(slong **sched, const slong *w, slong T)
{
    slong *v = flint_malloc(T * sizeof(slong)), *lab = flint_malloc(T * sizeof(slong));
    slong s = 0, n = 0, alloc = 16, t;
    slong *out = flint_malloc(3 * alloc * sizeof(slong));
    memcpy(v, w, T * sizeof(slong));
    for (t = 0; t < T; t++)
        lab[t] = t + 1;
    for (;;) {
        while (s + 1 < T && !(v[s] == 1 && v[s + 1] == 0))
            s++;
        if (s + 1 >= T)
            break;
        if (n == alloc) {
            alloc *= 2;
            out = flint_realloc(out, 3 * alloc * sizeof(slong));
        }
        out[3 * n] = s + 1;
        out[3 * n + 1] = lab[s];
        out[3 * n + 2] = lab[s + 1];
        n++;
        v[s] = 0; v[s + 1] = 1;
        t = lab[s]; lab[s] = lab[s + 1]; lab[s + 1] = t;
        if (s > 0)
            s--;
    }
    flint_free(v);
    flint_free(lab);
    *sched = out;
    return n;
}

static slong cells_of_profile(const slong *w, slong T)
{
    slong t, ones = 0, cells = 0;
    for (t = 0; t < T; t++) {
        if (w[t] == 1)
            ones++;
        else
            cells += ones;
    }
    return cells;
}

wk_status wk_rpp_to_filling(wk_filling_t F, const wk_cpp_t rpp)
{
    slong T = rpp->T, e, n, *sched;
    wk_partition_struct *mu;
    wk_partition_t rho;
    wk_status st;

    st = _wk_cpp_rpp_check(rpp);
    if (st != WK_OK)
        return st;
    st = wk_cpp_check_seq(rpp->w, T, rpp->mu, T + 1, WK_CPP_STRICT);
    if (st != WK_OK)
        return st;
    if (cells_of_profile(rpp->w, T) > WK_FILL_MAX_EXCHANGES)
        return wk_error(WK_E_TOO_LARGE, "the shape has %ld cells, over the limit %ld",
                        (long) cells_of_profile(rpp->w, T), (long) WK_FILL_MAX_EXCHANGES);
    n = rpp_schedule(&sched, rpp->w, T);
    mu = flint_malloc((T + 1) * sizeof(wk_partition_struct));
    for (e = 0; e <= T; e++) {
        wk_partition_init(mu + e);
        wk_partition_set(mu + e, rpp->mu + e);
    }
    wk_partition_init(rho);
    F->length = 0;
    for (e = 0; e < n; e++) {
        slong s = sched[3 * e], m;
        /* the peak mu^s between the up step s and the down step s+1 */
        _wk_growth_backward(rho, &m, mu + s, mu + s - 1, mu + s + 1);
        wk_partition_swap(mu + s, rho);
        if (m > 0)
            filling_push(F, sched[3 * e + 1], sched[3 * e + 2], 0, m);
    }
    if (F->length > 1)
        qsort(F->entries, F->length, sizeof(wk_fill_struct), cmp_fill);
    wk_partition_clear(rho);
    for (e = 0; e <= T; e++)
        wk_partition_clear(mu + e);
    flint_free(mu);
    flint_free(sched);
    return WK_OK;
}

wk_status wk_rpp_from_filling(wk_cpp_t rpp, const slong *w, slong T, const wk_filling_t F)
{
    slong e, n, i, *sched;
    wk_partition_t lam;
    wk_cpp_t t;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    for (i = 0; i < F->length; i++) {
        const wk_fill_struct *f = F->entries + i;
        if (f->p < 1 || f->z > T || f->p >= f->z || w[f->p - 1] != 1 || w[f->z - 1] != 0 || f->n != 0) {
            wk_cyl_strbuf b;
            _wk_cyl_strbuf_init(&b);
            _wk_cyl_strbuf_printf(&b, "filling entry (%ld,%ld) is not a cell of profile ", (long) f->p, (long) f->z);
            _wk_cpp_profile_append_str(&b, w, T);
            _wk_cyl_strbuf_printf(&b, " (needs i < j, w_i = 1, w_j = 0)");
            st = wk_error(WK_E_DOMAIN, "%s", b.s);
            flint_free(b.s);
            return st;
        }
    }
    if (cells_of_profile(w, T) > WK_FILL_MAX_EXCHANGES)
        return wk_error(WK_E_TOO_LARGE, "the shape has %ld cells, over the limit %ld",
                        (long) cells_of_profile(w, T), (long) WK_FILL_MAX_EXCHANGES);
    n = rpp_schedule(&sched, w, T);
    wk_cpp_init(t);
    _wk_cpp_fit_profile(t, w, T);
    wk_partition_init(lam);
    /* all slices empty at the end; undo the exchanges in reverse */
    for (e = n - 1; e >= 0; e--) {
        slong s = sched[3 * e];
        _wk_growth_forward(lam, t->mu + s, t->mu + s - 1, t->mu + s + 1,
                           filling_get(F, sched[3 * e + 1], sched[3 * e + 2], 0));
        wk_partition_swap(t->mu + s, lam);
    }
    wk_partition_clear(lam);
    flint_free(sched);
    wk_cpp_clear(rpp);
    *rpp = *t;
    return WK_OK;
}

/* ---- the cylindric bijection ------------------------------------------- */

/* One exchange of the cyclic schedule: the smallest 0-based s with
   v[s] = 1, v[s+1 mod T] = 0.  Returns s. */
static slong next_exchange(const slong *v, slong T)
{
    slong s;
    for (s = 0; s < T; s++)
        if (v[s] == 1 && v[(s + 1) % T] == 0)
            return s;
    return -1;
}

static int all_equal(const wk_partition_struct *mu, slong T)
{
    slong s;
    for (s = 1; s < T; s++)
        if (!wk_partition_equal(mu + s, mu))
            return 0;
    return 1;
}

/* rank of each label among the 1s (or the 0s) of w, for the meeting counts */
static void ranks(slong *rank, const slong *w, slong T)
{
    slong t, r1 = 0, r0 = 0;
    for (t = 0; t < T; t++)
        rank[t] = w[t] ? r1++ : r0++;
}

wk_status wk_cpp_to_filling(wk_partition_t kappa, wk_filling_t F, slong *blocks,
                            const wk_cpp_t pi)
{
    slong T = pi->T, K, L, s, e, b = 0, total = 0;
    slong *v, *lab, *rank, *met;
    wk_partition_struct *mu;
    wk_partition_t rho;
    wk_status st;

    if (pi->mu == NULL || T == 0)
        return wk_error(WK_E_DOMAIN, "not a cylindric partition: it has no profile");
    st = wk_cpp_check_seq(pi->w, T, pi->mu, T + 1, WK_CPP_STRICT);
    if (st != WK_OK)
        return st;
    K = wk_cpp_profile_ones(pi->w, T);
    L = T - K;
    F->length = 0;
    if (K == 0 || L == 0) {
        /* every step goes the same way around the cycle: constant */
        wk_partition_set(kappa, pi->mu);
        if (blocks)
            *blocks = 0;
        return WK_OK;
    }
    if (K > WK_FILL_MAX_EXCHANGES / L)
        return wk_error(WK_E_TOO_LARGE, "a block of %ld x %ld exchanges exceeds the limit %ld",
                        (long) K, (long) L, (long) WK_FILL_MAX_EXCHANGES);
    v = flint_malloc(T * sizeof(slong));
    lab = flint_malloc(T * sizeof(slong));
    rank = flint_malloc(T * sizeof(slong));
    met = flint_calloc(K * L, sizeof(slong));
    memcpy(v, pi->w, T * sizeof(slong));
    ranks(rank, pi->w, T);
    for (s = 0; s < T; s++)
        lab[s] = s;
    mu = flint_malloc(T * sizeof(wk_partition_struct));
    for (s = 0; s < T; s++) {
        wk_partition_init(mu + s);
        wk_partition_set(mu + s, pi->mu + s);
    }
    wk_partition_init(rho);
    do {
        for (e = 0; e < K * L; e++) {
            slong s1, s2, m, p, z, *cnt;
            s = next_exchange(v, T);
            s1 = (s + 1) % T;
            s2 = (s + 2) % T;
            _wk_growth_backward(rho, &m, mu + s1, mu + s, mu + s2);
            wk_partition_swap(mu + s1, rho);
            p = lab[s];
            z = lab[s1];
            cnt = met + rank[p] * L + rank[z];
            if (m > 0)
                filling_push(F, p, z, *cnt, m);
            (*cnt)++;
            v[s] = 0; v[s1] = 1;
            lab[s] = z; lab[s1] = p;
        }
        b++;
        total += K * L;
        if (all_equal(mu, T))
            break;
        if (total > WK_FILL_MAX_EXCHANGES - K * L)
            st = wk_error(WK_E_TOO_LARGE, "the cylindric bijection needs more than %ld exchanges",
                          (long) WK_FILL_MAX_EXCHANGES);
        else if (wk_interrupted())
            st = wk_error(WK_E_INTERRUPT, "interrupted");
    } while (st == WK_OK);
    if (st == WK_OK) {
        wk_partition_set(kappa, mu);
        if (F->length > 1)
            qsort(F->entries, F->length, sizeof(wk_fill_struct), cmp_fill);
        if (blocks)
            *blocks = b;
    } else
        F->length = 0;
    wk_partition_clear(rho);
    for (s = 0; s < T; s++)
        wk_partition_clear(mu + s);
    flint_free(mu);
    flint_free(v);
    flint_free(lab);
    flint_free(rank);
    flint_free(met);
    return st;
}

wk_status wk_cpp_from_filling(wk_cpp_t pi, const slong *w, slong T,
                              const wk_partition_t kappa, const wk_filling_t F)
{
    slong K, L, i, E, e, s, alloc, seen = 0;
    slong *v, *lab, *rank, *met, *sched;
    wk_partition_t lam;
    wk_cpp_t t;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    st = wk_partition_check_vec(kappa->parts, kappa->length);
    if (st != WK_OK) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s", wk_error_msg());
        return wk_error(st, "kappa: %s", buf);
    }
    for (i = 0; i < F->length; i++) {
        const wk_fill_struct *f = F->entries + i;
        if (f->p < 0 || f->p >= T || f->z < 0 || f->z >= T || w[f->p] != 1 || w[f->z] != 0) {
            wk_cyl_strbuf b;
            _wk_cyl_strbuf_init(&b);
            _wk_cyl_strbuf_printf(&b, "filling key (%ld,%ld,%ld) does not pair a 1 with a 0 of profile ",
                              (long) f->p, (long) f->z, (long) f->n);
            _wk_cpp_profile_append_str(&b, w, T);
            st = wk_error(WK_E_DOMAIN, "%s", b.s);
            flint_free(b.s);
            return st;
        }
    }
    K = wk_cpp_profile_ones(w, T);
    L = T - K;
    wk_cpp_init(t);
    _wk_cpp_fit_profile(t, w, T);
    for (s = 0; s <= T; s++)
        wk_partition_set(t->mu + s, kappa);
    if (K == 0 || L == 0 || F->length == 0) {
        wk_cpp_clear(pi);
        *pi = *t;
        return WK_OK;
    }
    if (K > WK_FILL_MAX_EXCHANGES / L) {
        wk_cpp_clear(t);
        return wk_error(WK_E_TOO_LARGE, "a block of %ld x %ld exchanges exceeds the limit %ld",
                        (long) K, (long) L, (long) WK_FILL_MAX_EXCHANGES);
    }
    /* Run the schedule, whole blocks of K L exchanges, until every key of F
       has occurred, keeping only the positions s: the labels and meeting
       counts are recovered on the way back.  (1 + max n blocks are not
       always enough: a pair can meet twice in one block and not at all in
       the next.) */
    alloc = K * L;
    sched = flint_malloc(alloc * sizeof(slong));
    v = flint_malloc(T * sizeof(slong));
    lab = flint_malloc(T * sizeof(slong));
    rank = flint_malloc(T * sizeof(slong));
    met = flint_calloc(K * L, sizeof(slong));
    memcpy(v, w, T * sizeof(slong));
    ranks(rank, w, T);
    for (s = 0; s < T; s++)
        lab[s] = s;
    for (e = 0; seen < F->length || e % (K * L) != 0; e++) {
        slong s1, p, z;
        if (e == WK_FILL_MAX_EXCHANGES) {
            st = wk_error(WK_E_TOO_LARGE, "the cylindric bijection needs more than %ld exchanges",
                          (long) WK_FILL_MAX_EXCHANGES);
            break;
        }
        if (e == alloc) {
            alloc *= 2;
            sched = flint_realloc(sched, alloc * sizeof(slong));
        }
        s = next_exchange(v, T);
        s1 = (s + 1) % T;
        p = lab[s];
        z = lab[s1];
        if (filling_find(F, p, z, met[rank[p] * L + rank[z]]++) != NULL)
            seen++;
        sched[e] = s;
        v[s] = 0; v[s1] = 1;
        lab[s] = z; lab[s1] = p;
        if ((e & 65535) == 0 && wk_interrupted())
            st = wk_error(WK_E_INTERRUPT, "interrupted");
        if (st != WK_OK)
            break;
    }
    E = e;
    /* replay backwards from the constant sequence kappa: positions (s, s+1)
       hold "01" with labels (z, p); the forward rule, then "10" again */
    wk_partition_init(lam);
    for (e = E - 1; e >= 0 && st == WK_OK; e--) {
        slong s1, s2, p, z, n;
        s = sched[e];
        s1 = (s + 1) % T;
        s2 = (s + 2) % T;
        z = lab[s];
        p = lab[s1];
        n = --met[rank[p] * L + rank[z]];
        _wk_growth_forward(lam, t->mu + s1, t->mu + s, t->mu + s2, filling_get(F, p, z, n));
        wk_partition_swap(t->mu + s1, lam);
        v[s] = 1; v[s1] = 0;
        lab[s] = p; lab[s1] = z;
        if ((e & 4095) == 0 && wk_interrupted())
            st = wk_error(WK_E_INTERRUPT, "interrupted");
    }
    wk_partition_set(t->mu + T, t->mu);
    wk_partition_clear(lam);
    flint_free(sched);
    flint_free(v);
    flint_free(lab);
    flint_free(rank);
    flint_free(met);
    if (st != WK_OK) {
        wk_cpp_clear(t);
        return st;
    }
    wk_cpp_clear(pi);
    *pi = *t;
    return WK_OK;
}
