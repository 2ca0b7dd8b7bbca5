/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/transfer.c: brute-force count and enumeration of cylindric
   partitions by a transfer matrix on partitions (spec 5): for every start
   mu^0, vectors indexed by partitions and the accumulated size are pushed
   through the T steps (horizontal strips up or down) and only the paths
   returning to mu^0 are kept.  Never uses the product formula. */
#include <string.h>
#include <flint/fmpz_vec.h>
#include <flint/arith.h>
#include "internal.h"

/* ---- interned partitions with cached strip neighbours ------------------- */

typedef struct {
    slong n;                 /* number of partitions */
    slong alloc;
    slong *off, *len, *size; /* parts of partition i: parts[off[i] .. off[i]+len[i]) */
    slong *parts;
    slong parts_len, parts_alloc;
    slong *table;            /* open addressing: partition id or -1 */
    slong table_size;
    slong **nb;              /* nb[2 i + up]: neighbour ids sorted by size, or NULL */
    slong *nnb;
    slong *nbmax;            /* the size up to which nb[2 i + 1] lists them */
    slong maxsize;           /* the size strips_rec lists up to */
} universe;

static ulong hash_parts(const slong *a, slong n)
{
    ulong h = 1469598103934665603UL;
    slong i;
    for (i = 0; i < n; i++) {
        h ^= (ulong) a[i] + 0x9e3779b97f4a7c15UL + (h << 6) + (h >> 2);
        h *= 1099511628211UL;
    }
    return h ^ (ulong) n;
}

static void universe_init(universe *U, slong maxsize)
{
    memset(U, 0, sizeof *U);
    U->table_size = 1024;
    U->table = flint_malloc(U->table_size * sizeof(slong));
    memset(U->table, 0xff, U->table_size * sizeof(slong));
    U->maxsize = maxsize;
}

static void universe_clear(universe *U)
{
    slong i;
    for (i = 0; i < 2 * U->n; i++)
        flint_free(U->nb[i]);
    flint_free(U->nb);
    flint_free(U->nnb);
    flint_free(U->nbmax);
    flint_free(U->off);
    flint_free(U->len);
    flint_free(U->size);
    flint_free(U->parts);
    flint_free(U->table);
}

static int same(const universe *U, slong id, const slong *a, slong n)
{
    return U->len[id] == n && (n == 0 || memcmp(U->parts + U->off[id], a, n * sizeof(slong)) == 0);
}

static void rehash(universe *U)
{
    slong i, ts = 2 * U->table_size;
    slong *t = flint_malloc(ts * sizeof(slong));
    memset(t, 0xff, ts * sizeof(slong));
    for (i = 0; i < U->n; i++) {
        ulong h = hash_parts(U->parts + U->off[i], U->len[i]) & (ts - 1);
        while (t[h] != -1)
            h = (h + 1) & (ts - 1);
        t[h] = i;
    }
    flint_free(U->table);
    U->table = t;
    U->table_size = ts;
}

/* id of the partition a[0..n) (no trailing zeros), added if new */
static slong intern(universe *U, const slong *a, slong n)
{
    ulong h = hash_parts(a, n) & (U->table_size - 1);
    slong id, s = 0, i;
    while ((id = U->table[h]) != -1) {
        if (same(U, id, a, n))
            return id;
        h = (h + 1) & (U->table_size - 1);
    }
    if (U->n == U->alloc) {
        U->alloc = FLINT_MAX(64, 2 * U->alloc);
        U->off = flint_realloc(U->off, U->alloc * sizeof(slong));
        U->len = flint_realloc(U->len, U->alloc * sizeof(slong));
        U->size = flint_realloc(U->size, U->alloc * sizeof(slong));
        U->nb = flint_realloc(U->nb, 2 * U->alloc * sizeof(slong *));
        U->nnb = flint_realloc(U->nnb, 2 * U->alloc * sizeof(slong));
        U->nbmax = flint_realloc(U->nbmax, 2 * U->alloc * sizeof(slong));
    }
    if (U->parts_len + n > U->parts_alloc) {
        U->parts_alloc = FLINT_MAX(2 * U->parts_alloc, U->parts_len + n + 256);
        U->parts = flint_realloc(U->parts, U->parts_alloc * sizeof(slong));
    }
    id = U->n++;
    U->off[id] = U->parts_len;
    U->len[id] = n;
    if (n > 0)
        memcpy(U->parts + U->parts_len, a, n * sizeof(slong));
    U->parts_len += n;
    for (i = 0; i < n; i++)
        s += a[i];
    U->size[id] = s;
    U->nb[2 * id] = U->nb[2 * id + 1] = NULL;
    U->nnb[2 * id] = U->nnb[2 * id + 1] = 0;
    U->table[h] = id;
    if (2 * U->n > U->table_size)
        rehash(U);
    return id;
}

typedef struct {
    slong *ids;
    slong n, alloc;
} idlist;

static void idlist_push(idlist *L, slong id)
{
    if (L->n == L->alloc) {
        L->alloc = FLINT_MAX(16, 2 * L->alloc);
        L->ids = flint_realloc(L->ids, L->alloc * sizeof(slong));
    }
    L->ids[L->n++] = id;
}

/* Enumerates lam with lam/mu a horizontal strip (up) or mu/lam one (down),
   |lam| <= maxsize, choosing lam_i for i = pos, pos+1, ... */
static void strips_rec(universe *U, idlist *L, const slong *mu, slong mlen, int up,
                       slong *lam, slong pos, slong size)
{
    slong lo, hi, v, n;
    if (pos == (up ? mlen + 1 : mlen)) {
        for (n = pos; n > 0 && lam[n - 1] == 0; n--)
            ;
        idlist_push(L, intern(U, lam, n));
        return;
    }
    if (up) {
        lo = pos < mlen ? mu[pos] : 0;
        hi = pos == 0 ? lo + (U->maxsize - size - (pos < mlen ? mu[pos] : 0))
                      : mu[pos - 1];
        /* the rest of lam has at least the parts of mu below pos */
        {
            slong rest = 0, i;
            for (i = pos + 1; i < mlen; i++)
                rest += mu[i];
            hi = FLINT_MIN(hi, U->maxsize - size - rest);
        }
    } else {
        lo = pos + 1 < mlen ? mu[pos + 1] : 0;
        hi = mu[pos];
        {
            slong rest = 0, i;
            for (i = pos + 2; i < mlen; i++)
                rest += mu[i];
            hi = FLINT_MIN(hi, U->maxsize - size - rest);
        }
    }
    for (v = lo; v <= hi; v++) {
        lam[pos] = v;
        strips_rec(U, L, mu, mlen, up, lam, pos + 1, size + v);
    }
}

static _Thread_local const universe *sort_U;  /* qsort has no context argument */

/* by size, then reverse lexicographically (larger parts first) */
static int cmp_ids(const void *a, const void *b)
{
    slong x = *(const slong *) a, y = *(const slong *) b, i;
    const universe *U = sort_U;
    if (U->size[x] != U->size[y])
        return U->size[x] < U->size[y] ? -1 : 1;
    for (i = 0; i < U->len[x] && i < U->len[y]; i++) {
        slong px = U->parts[U->off[x] + i], py = U->parts[U->off[y] + i];
        if (px != py)
            return px > py ? -1 : 1;
    }
    return U->len[x] < U->len[y] ? -1 : (U->len[x] > U->len[y]);
}

/* the neighbours of id in direction up (1) or down (0), sorted by size;
   up neighbours are listed at least up to size maxsize (a cache that grows) */
static const slong *neighbours(universe *U, slong id, int up, slong maxsize, slong *count)
{
    if (up && U->nb[2 * id + up] != NULL && U->nbmax[id] < maxsize) {
        flint_free(U->nb[2 * id + up]);
        U->nb[2 * id + up] = NULL;
    }
    if (U->nb[2 * id + up] == NULL) {
        idlist L = {NULL, 0, 0};
        slong mlen = U->len[id];
        slong *mu = flint_malloc((mlen + 1) * sizeof(slong));
        slong *lam = flint_malloc((mlen + 2) * sizeof(slong));
        if (mlen > 0)
            memcpy(mu, U->parts + U->off[id], mlen * sizeof(slong));
        U->maxsize = up ? maxsize : U->size[id];
        if (!up || U->size[id] <= maxsize)
            strips_rec(U, &L, mu, mlen, up, lam, 0, 0);
        if (up)
            U->nbmax[id] = maxsize;
        sort_U = U;
        if (L.n > 1)
            qsort(L.ids, L.n, sizeof(slong), cmp_ids);
        flint_free(mu);
        flint_free(lam);
        U->nb[2 * id + up] = L.ids != NULL ? L.ids : flint_malloc(sizeof(slong));
        U->nnb[2 * id + up] = L.n;
    }
    *count = U->nnb[2 * id + up];
    return U->nb[2 * id + up];
}

/* all partitions of size <= N in the order of cmp_ids, interned */
static void all_partitions_rec(universe *U, idlist *L, slong *a, slong len, slong left, slong maxpart)
{
    slong v;
    idlist_push(L, intern(U, a, len));
    for (v = FLINT_MIN(left, maxpart); v >= 1; v--) {
        a[len] = v;
        all_partitions_rec(U, L, a, len + 1, left - v, v);
    }
}

static void all_partitions(universe *U, idlist *L, slong N)
{
    slong *a = flint_malloc((N + 1) * sizeof(slong));
    all_partitions_rec(U, L, a, 0, N, N);
    flint_free(a);
    sort_U = U;
    qsort(L->ids, L->n, sizeof(slong), cmp_ids);
}

static int is_strip_ids(const universe *U, slong big, slong small)
{
    wk_partition_t a, b;
    a->parts = U->parts + U->off[big];
    a->length = U->len[big];
    b->parts = U->parts + U->off[small];
    b->length = U->len[small];
    return wk_partition_is_horizontal_strip(a, b);
}

/* ---- the count --------------------------------------------------------- */

typedef struct {
    slong *state;            /* partition ids */
    fmpz *poly;              /* (N + 1) counts per state, by accumulated size */
    slong n, alloc, N;
} layer;

static void layer_init(layer *Ly, slong N)
{
    memset(Ly, 0, sizeof *Ly);
    Ly->N = N;
}

static void layer_clear(layer *Ly)
{
    if (Ly->poly != NULL)
        _fmpz_vec_clear(Ly->poly, Ly->alloc * (Ly->N + 1));
    flint_free(Ly->state);
}

/* slot of state id in Ly, added (zero) if new; slot[] maps ids to slots */
static slong layer_slot(layer *Ly, slong id, slong **slot, slong *slot_alloc)
{
    if (id >= *slot_alloc) {
        slong a = FLINT_MAX(2 * *slot_alloc, id + 1024), i;
        *slot = flint_realloc(*slot, a * sizeof(slong));
        for (i = *slot_alloc; i < a; i++)
            (*slot)[i] = -1;
        *slot_alloc = a;
    }
    if ((*slot)[id] == -1) {
        if (Ly->n == Ly->alloc) {
            slong a = FLINT_MAX(16, 2 * Ly->alloc), i;
            fmpz *np = _fmpz_vec_init(a * (Ly->N + 1));
            for (i = 0; i < Ly->n * (Ly->N + 1); i++)
                fmpz_swap(np + i, Ly->poly + i);
            if (Ly->poly != NULL)
                _fmpz_vec_clear(Ly->poly, Ly->alloc * (Ly->N + 1));
            Ly->poly = np;
            Ly->state = flint_realloc(Ly->state, a * sizeof(slong));
            Ly->alloc = a;
        }
        Ly->state[Ly->n] = id;
        _fmpz_vec_zero(Ly->poly + Ly->n * (Ly->N + 1), Ly->N + 1);
        (*slot)[id] = Ly->n++;
    }
    return (*slot)[id];
}

/* forgets the slots of Ly's states (Ly keeps its entries) */
static void layer_release(const layer *Ly, slong *slot)
{
    slong i;
    for (i = 0; i < Ly->n; i++)
        slot[Ly->state[i]] = -1;
}

static wk_status transfer_check(const slong *w, slong T, slong N, int rpp)
{
    fmpz *p;
    fmpz_t s;
    slong n;
    int big;
    wk_status st = wk_cpp_profile_check(w, T);
    if (st != WK_OK)
        return st;
    st = _wk_cyl_check_order(N, WK_CPP_TRANSFER_MAX_N);
    if (st != WK_OK || rpp)
        return st;
    /* every partition of size <= N is a start */
    p = _fmpz_vec_init(N + 1);
    fmpz_init(s);
    arith_number_of_partitions_vec(p, N + 1);
    for (n = 0; n <= N; n++)
        fmpz_add(s, s, p + n);
    big = fmpz_cmp_si(s, WK_CPP_TRANSFER_MAX_STATES) > 0;
    if (big)
        st = wk_error(WK_E_TOO_LARGE,
                      "the transfer count to q^%ld starts from %ld partitions, over the limit %ld",
                      (long) N, (long) fmpz_get_si(s), (long) WK_CPP_TRANSFER_MAX_STATES);
    fmpz_clear(s);
    _fmpz_vec_clear(p, N + 1);
    return st;
}

#define TOO_MANY_STATES(U) ((U)->n > WK_CPP_TRANSFER_MAX_STATES)

wk_status wk_cpp_count_transfer(fmpz_poly_t res, const slong *w, slong T, slong N, int rpp)
{
    universe U;
    idlist starts = {NULL, 0, 0};
    layer A, B;
    slong *slot = NULL, slot_alloc = 0, si, k, i, j, a;
    fmpz *out;
    wk_status st = transfer_check(w, T, N, rpp);

    if (st != WK_OK)
        return st;
    universe_init(&U, N);
    layer_init(&A, N);
    layer_init(&B, N);
    out = _fmpz_vec_init(N + 1);
    if (rpp)
        idlist_push(&starts, intern(&U, NULL, 0));
    else
        all_partitions(&U, &starts, N);

    for (si = 0; si < starts.n && st == WK_OK; si++) {
        slong s0 = starts.ids[si], z0 = U.size[s0];
        layer *cur = &A, *nxt = &B, *t;
        cur->n = 0;
        a = layer_slot(cur, s0, &slot, &slot_alloc);
        fmpz_one(cur->poly + a * (N + 1));
        layer_release(cur, slot);
        for (k = 1; k < T && cur->n > 0 && st == WK_OK; k++) {
            nxt->n = 0;
            for (i = 0; i < cur->n; i++) {
                slong cnt, lo, x;
                const slong *nb;
                const fmpz *p = cur->poly + i * (N + 1);
                for (lo = 0; lo <= N && fmpz_is_zero(p + lo); lo++)
                    ;
                if (lo + z0 > N)
                    continue;
                nb = neighbours(&U, cur->state[i], (int) w[k - 1], N - z0 - lo, &cnt);
                for (j = 0; j < cnt; j++) {
                    slong id = nb[j], z = U.size[id], b;
                    fmpz *q;
                    if (lo + z + z0 > N)
                        break;             /* sorted by size */
                    b = layer_slot(nxt, id, &slot, &slot_alloc);
                    q = nxt->poly + b * (N + 1);
                    p = cur->poly + i * (N + 1);   /* layer_slot may move nxt only */
                    for (x = lo; x + z + z0 <= N; x++)
                        if (!fmpz_is_zero(p + x))
                            fmpz_add(q + x + z, q + x + z, p + x);
                }
            }
            layer_release(nxt, slot);
            t = cur;
            cur = nxt;
            nxt = t;
            if (TOO_MANY_STATES(&U))
                st = wk_error(WK_E_TOO_LARGE,
                              "the transfer count met more than %ld partitions (the limit)",
                              (long) WK_CPP_TRANSFER_MAX_STATES);
            else if (wk_interrupted())
                st = wk_error(WK_E_INTERRUPT, "interrupted");
        }
        if (st != WK_OK)
            break;
        /* the last step must return to mu^0 */
        for (i = 0; k == T && i < cur->n; i++) {
            slong id = cur->state[i], x;
            const fmpz *p = cur->poly + i * (N + 1);
            if (!(w[T - 1] ? is_strip_ids(&U, s0, id) : is_strip_ids(&U, id, s0)))
                continue;
            for (x = 0; x + z0 <= N; x++)
                fmpz_add(out + x + z0, out + x + z0, p + x);
        }
        if (si % 64 == 0)
            wk_progress("transfer count", (double) si, (double) starts.n);
    }
    if (st == WK_OK) {
        fmpz_poly_fit_length(res, N + 1);
        _fmpz_vec_set(res->coeffs, out, N + 1);
        _fmpz_poly_set_length(res, N + 1);
        _fmpz_poly_normalise(res);
    }
    _fmpz_vec_clear(out, N + 1);
    flint_free(slot);
    flint_free(starts.ids);
    layer_clear(&A);
    layer_clear(&B);
    universe_clear(&U);
    return st;
}

/* ---- enumeration ------------------------------------------------------- */

void wk_cpp_list_init(wk_cpp_list_t L)
{
    L->entries = NULL;
    L->length = L->alloc = 0;
}

void wk_cpp_list_clear(wk_cpp_list_t L)
{
    slong i;
    for (i = 0; i < L->length; i++)
        wk_cpp_clear(L->entries + i);
    flint_free(L->entries);
    L->entries = NULL;
    L->length = L->alloc = 0;
}

typedef struct {
    universe *U;
    const slong *w;
    slong T, n, z0;
    slong *path;             /* path[0..T-1]: ids of mu^0 .. mu^{T-1} */
    wk_cpp_list_struct *L;
    slong visits;
    wk_status st;
} list_ctx;

static void emit(list_ctx *c)
{
    wk_cpp_list_struct *L = c->L;
    wk_cpp_struct *pi;
    slong k;
    if (L->length == L->alloc) {
        L->alloc = FLINT_MAX(16, 2 * L->alloc);
        L->entries = flint_realloc(L->entries, L->alloc * sizeof(wk_cpp_struct));
    }
    pi = L->entries + L->length++;
    wk_cpp_init(pi);
    _wk_cpp_fit_profile(pi, c->w, c->T);
    for (k = 0; k <= c->T; k++) {
        slong id = c->path[k % c->T];
        _wk_partition_set_vec(pi->mu + k, c->U->parts + c->U->off[id], c->U->len[id]);
    }
}

static void dfs(list_ctx *c, slong k, slong id, slong acc)
{
    slong cnt, j;
    const slong *nb;
    if (c->st != WK_OK)
        return;
    if ((++c->visits & 1023) == 0 && wk_interrupted()) {
        c->st = wk_error(WK_E_INTERRUPT, "interrupted");
        return;
    }
    if (k == c->T) {
        slong s0 = c->path[0];
        if (acc + c->z0 == c->n
            && (c->w[k - 1] ? is_strip_ids(c->U, s0, id) : is_strip_ids(c->U, id, s0)))
            emit(c);
        return;
    }
    nb = neighbours(c->U, id, (int) c->w[k - 1], c->n - c->z0 - acc, &cnt);
    for (j = 0; j < cnt; j++) {
        slong z = c->U->size[nb[j]];
        if (acc + z + c->z0 > c->n)
            break;
        c->path[k] = nb[j];
        dfs(c, k + 1, nb[j], acc + z);
        /* deeper calls may have rebuilt the list of id with a larger bound:
           it is longer, sorted the same way, so j still indexes it */
        nb = c->U->nb[2 * id + c->w[k - 1]];
    }
}

wk_status wk_cpp_list(wk_cpp_list_t L, const slong *w, slong T, slong n, slong limit)
{
    fmpz_poly_t cnt;
    fmpz_t c;
    universe U;
    idlist starts = {NULL, 0, 0};
    list_ctx ctx;
    slong si;
    wk_status st;

    if (limit < 0)
        limit = WK_CPP_LIST_LIMIT;
    fmpz_poly_init(cnt);
    fmpz_init(c);
    st = wk_cpp_count_transfer(cnt, w, T, n, 0);
    if (st == WK_OK) {
        fmpz_poly_get_coeff_fmpz(c, cnt, n);
        if (fmpz_cmp_si(c, limit) > 0) {
            char *s = fmpz_get_str(NULL, 10, c);
            st = wk_error(WK_E_TOO_LARGE, "%s objects exceed the limit %ld", s, (long) limit);
            flint_free(s);
        }
    }
    fmpz_poly_clear(cnt);
    fmpz_clear(c);
    if (st != WK_OK)
        return st;

    wk_cpp_list_clear(L);
    universe_init(&U, n);
    all_partitions(&U, &starts, n);
    ctx.U = &U;
    ctx.w = w;
    ctx.T = T;
    ctx.n = n;
    ctx.path = flint_malloc(T * sizeof(slong));
    ctx.L = L;
    ctx.visits = 0;
    ctx.st = WK_OK;
    for (si = 0; si < starts.n && ctx.st == WK_OK; si++) {
        ctx.path[0] = starts.ids[si];
        ctx.z0 = U.size[starts.ids[si]];
        dfs(&ctx, 1, starts.ids[si], 0);
    }
    flint_free(ctx.path);
    flint_free(starts.ids);
    universe_clear(&U);
    if (ctx.st != WK_OK)
        wk_cpp_list_clear(L);
    return ctx.st;
}
