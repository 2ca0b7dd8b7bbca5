/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/char.c: weight multiplicities of L(lambda) by Freudenthal's formula
   on dominant weights only, the sum over positive roots grouped into orbits of
   the stabiliser W_mu (R. V. Moody, J. Patera, Bull. AMS 7 (1982) 237-242):
     ((lambda+rho)^2 - (mu+rho)^2) m(mu) = 2 sum_{alpha>0} sum_{k>=1} (mu+k alpha, alpha) m(mu+k alpha),
   where the inner sum T(alpha) is constant on W_mu-orbits, so
   sum_{alpha>0} T(alpha) = sum_O |O cap Delta+| T(alpha_O).  Also the Weyl
   dimension formula. */
#include <string.h>
#include <stdlib.h>
#include "impl.h"

void wk_weyl_char_init(wk_weyl_char_t ch) { memset(ch, 0, sizeof(wk_weyl_char_struct)); }

void wk_weyl_char_clear(wk_weyl_char_t ch)
{
    if (ch->weights) _fmpz_vec_clear(ch->weights, ch->length * ch->n);
    if (ch->mult) _fmpz_vec_clear(ch->mult, ch->length);
    memset(ch, 0, sizeof(wk_weyl_char_struct));
}

#define MAX_COORD (WORD(1) << 20)

static wk_status check_dominant_integral(const wk_weyl_t R, const fmpq *lambda)
{
    slong i;
    wk_status st = _wk_weyl_check_finite(R, "a character");
    if (st != WK_OK) return st;
    if (R->npos < 0)
        return wk_error(WK_E_TOO_LARGE, "the root table of %s exceeds %d entries",
                        R->name, WK_WEYL_MAX_ROOT_ENTRIES);
    for (i = 0; i < R->n; i++) {
        if (!fmpz_is_one(fmpq_denref(lambda + i)) || fmpq_sgn(lambda + i) < 0) {
            char *s = fmpq_get_str(NULL, 10, lambda + i);
            wk_error(WK_E_DOMAIN, "lambda is not dominant integral (coordinate %ld = %s)",
                     (long) i + 1, s);
            flint_free(s);
            return WK_E_DOMAIN;
        }
        if (fmpz_cmp_si(fmpq_numref(lambda + i), MAX_COORD) > 0)
            return wk_error(WK_E_TOO_LARGE, "lambda coordinate %ld exceeds 2^20", (long) i + 1);
    }
    return WK_OK;
}

/* Orbit representatives of W_Z on the positive roots: the Z-dominant ones,
   with weight |O cap Delta+|. */
typedef struct {
    slong nrep;
    slong *rep;      /* root indices */
    slong *weight;
} reps_struct;

typedef struct {
    const wk_weyl_struct *R;
    slong n, N;
    int64_t *rx;      /* N*n omega-coordinates of the positive roots */
    int64_t *rcd;     /* N*n: c_j d_j (so (mu, beta) = sum_j mu_j rcd_j) */
    slong *ht;        /* heights */
    slong *nbr_start, *nbr, *nbr_a;   /* s_i nu: nu_k -= nu_i a_ki for k in nbr(i) */
    /* cache of representatives by Z (n <= 64) */
    slong ncache, cachecap;
    ulong *cachekey;
    reps_struct *cache;
    _wk_ordcache_t oc;
} fctx;

static void fctx_init(fctx *F, const wk_weyl_t R)
{
    slong n = R->n, N = R->npos, k, i, j, nn = 0;
    F->R = R; F->n = n; F->N = N;
    F->rx = flint_malloc(FLINT_MAX(N * n, 1) * sizeof(int64_t));
    F->rcd = flint_malloc(FLINT_MAX(N * n, 1) * sizeof(int64_t));
    F->ht = flint_malloc(FLINT_MAX(N, 1) * sizeof(slong));
    for (k = 0; k < N; k++) {
        const slong *c = R->roots + k * n;
        slong h = 0;
        for (i = 0; i < n; i++) {
            int64_t s = 0;
            for (j = 0; j < n; j++) s += R->a[i * n + j] * c[j];
            F->rx[k * n + i] = s;
            F->rcd[k * n + i] = c[i] * R->sym[i];
            h += c[i];
        }
        F->ht[k] = h;
    }
    F->nbr_start = flint_malloc((n + 1) * sizeof(slong));
    for (i = 0; i < n; i++) for (j = 0; j < n; j++) if (j != i && R->a[j * n + i]) nn++;
    F->nbr = flint_malloc(FLINT_MAX(nn, 1) * sizeof(slong));
    F->nbr_a = flint_malloc(FLINT_MAX(nn, 1) * sizeof(slong));
    nn = 0;
    for (i = 0; i < n; i++) {
        F->nbr_start[i] = nn;
        for (j = 0; j < n; j++)
            if (j != i && R->a[j * n + i]) { F->nbr[nn] = j; F->nbr_a[nn] = R->a[j * n + i]; nn++; }
    }
    F->nbr_start[n] = nn;
    F->ncache = 0; F->cachecap = 0; F->cachekey = NULL; F->cache = NULL;
    _wk_ordcache_init(F->oc);
}

static void fctx_clear(fctx *F)
{
    slong k;
    flint_free(F->rx); flint_free(F->rcd); flint_free(F->ht);
    flint_free(F->nbr_start); flint_free(F->nbr); flint_free(F->nbr_a);
    for (k = 0; k < F->ncache; k++) { flint_free(F->cache[k].rep); flint_free(F->cache[k].weight); }
    flint_free(F->cache); flint_free(F->cachekey);
    _wk_ordcache_clear(F->oc);
}

/* |W_Z| for Z given by flags (any rank): product of component orders. */
static slong order_of_flags(fctx *F, const int *inZ)
{
    const wk_weyl_struct *R = F->R;
    slong n = F->n, i, j, res = 1;
    slong *stack = flint_malloc(n * sizeof(slong)), *nodes = flint_malloc(n * sizeof(slong));
    int *seen = flint_calloc(n, sizeof(int));
    fmpz_t t;
    char letter;
    fmpz_init(t);
    for (i = 0; i < n; i++) {
        slong top = 0, m = 0;
        if (!inZ[i] || seen[i]) continue;
        seen[i] = 1; stack[top++] = i;
        while (top) {
            slong u = stack[--top];
            nodes[m++] = u;
            for (j = F->nbr_start[u]; j < F->nbr_start[u + 1]; j++) {
                slong v = F->nbr[j];
                if (inZ[v] && !seen[v]) { seen[v] = 1; stack[top++] = v; }
            }
        }
        _wk_weyl_classify(&letter, nodes, t, R->a, n, m);
        res *= fmpz_get_si(t);   /* orbit sizes of roots stay small; |W_Z| may not, see below */
    }
    fmpz_clear(t);
    flint_free(stack); flint_free(nodes); flint_free(seen);
    return res;
}

/* The W_Z-orbit of a Z-dominant root beta has |W_Z| / |W_{Z cap beta^perp}|
   elements; counted here as the number of positive roots reached from beta by
   the reflections in Z (a BFS on root indices), which avoids big orders. */
static void make_reps(reps_struct *rp, fctx *F, const int *inZ)
{
    slong n = F->n, N = F->N, k, i, total = 0;
    slong *orb = flint_malloc(N * sizeof(slong));      /* rep index of each root */
    slong *queue = flint_malloc(N * sizeof(slong));
    const slong *c;
    _wk_vset_t set;
    int32_t *key = flint_malloc(n * sizeof(int32_t));
    (void) order_of_flags;
    _wk_vset_init(set, n);
    for (k = 0; k < N; k++) {
        c = F->R->roots + k * n;
        for (i = 0; i < n; i++) key[i] = (int32_t) c[i];
        _wk_vset_insert(set, key, NULL);
        orb[k] = -1;
    }
    rp->nrep = 0;
    rp->rep = flint_malloc(N * sizeof(slong));
    rp->weight = flint_malloc(N * sizeof(slong));
    for (k = 0; k < N; k++) {
        int dom = 1, inside = 1;
        slong head = 0, tail = 0, npos_in_orbit = 0, neg = 0;
        if (orb[k] >= 0) continue;
        for (i = 0; i < n; i++) if (inZ[i] && F->rx[k * n + i] < 0) dom = 0;
        if (!dom) continue;
        c = F->R->roots + k * n;
        for (i = 0; i < n; i++) if (c[i] && !inZ[i]) inside = 0;
        /* BFS over W_Z beta inside the positive roots; a reflection leaving
           Delta+ can only happen inside Delta_Z (then the orbit is symmetric) */
        orb[k] = rp->nrep;
        queue[tail++] = k;
        while (head < tail) {
            slong r = queue[head++];
            npos_in_orbit++;
            for (i = 0; i < n; i++) {
                slong p = 0, j, idx;
                if (!inZ[i]) continue;
                c = F->R->roots + r * n;
                for (j = 0; j < n; j++) { key[j] = (int32_t) c[j]; }
                p = F->rx[r * n + i];
                key[i] -= (int32_t) p;
                if (key[i] < 0 || (p > 0 && c[i] - p < 0)) { neg = 1; continue; }
                idx = _wk_vset_find(set, key);
                if (idx < 0) { neg = 1; continue; }
                if (orb[idx] < 0) { orb[idx] = rp->nrep; queue[tail++] = idx; }
            }
        }
        (void) neg;
        (void) inside;
        rp->rep[rp->nrep] = k;
        rp->weight[rp->nrep] = npos_in_orbit;
        total += npos_in_orbit;
        rp->nrep++;
    }
    _wk_vset_clear(set);
    flint_free(key); flint_free(orb); flint_free(queue);
    (void) total;
}

static reps_struct *get_reps(fctx *F, const int64_t *mu, reps_struct *tmp, int *is_tmp)
{
    slong n = F->n, i, k;
    int *inZ = flint_malloc(n * sizeof(int));
    ulong key = 0;
    for (i = 0; i < n; i++) inZ[i] = (mu[i] == 0);
    if (n <= 64) {
        for (i = 0; i < n; i++) if (inZ[i]) key |= UWORD(1) << i;
        for (k = 0; k < F->ncache; k++)
            if (F->cachekey[k] == key) { flint_free(inZ); *is_tmp = 0; return F->cache + k; }
        if (F->ncache == F->cachecap) {
            F->cachecap = FLINT_MAX(8, 2 * F->cachecap);
            F->cachekey = flint_realloc(F->cachekey, F->cachecap * sizeof(ulong));
            F->cache = flint_realloc(F->cache, F->cachecap * sizeof(reps_struct));
        }
        make_reps(F->cache + F->ncache, F, inZ);
        F->cachekey[F->ncache] = key;
        flint_free(inZ);
        *is_tmp = 0;
        return F->cache + F->ncache++;
    }
    make_reps(tmp, F, inZ);
    flint_free(inZ);
    *is_tmp = 1;
    return tmp;
}

/* Dominates x in place (int64). */
static inline void dominate64(int64_t *x, const fctx *F)
{
    slong n = F->n, i, j;
    for (;;) {
        for (i = 0; i < n; i++) if (x[i] < 0) break;
        if (i == n) return;
        {
            int64_t xi = x[i];
            x[i] = -xi;
            for (j = F->nbr_start[i]; j < F->nbr_start[i + 1]; j++) x[F->nbr[j]] -= xi * F->nbr_a[j];
        }
    }
}


typedef struct { slong n; const int64_t *x; const slong *h; } sort_ctx;
static int cmp_dom(const void *pa, const void *pb, void *vc)
{
    const sort_ctx *S = vc;
    slong a = *(const slong *) pa, b = *(const slong *) pb, i, n = S->n;
    if (S->h[a] != S->h[b]) return S->h[a] < S->h[b] ? -1 : 1;
    for (i = 0; i < n; i++)
        if (S->x[a * n + i] != S->x[b * n + i])
            return S->x[a * n + i] > S->x[b * n + i] ? -1 : 1;
    return 0;
}

/* The dominant weights below lambda (Stembridge: connected by positive roots
   through dominant weights), sorted by depth; x (coords) and c (root coords of
   lambda - mu) returned. */
static wk_status dominant_weights(int64_t **xout, int64_t **cout, slong **hout, slong *len,
                                  fctx *F, const int64_t *lam, slong limit)
{
    slong n = F->n, N = F->N, head, k, i, alloc = 64, cnt;
    int64_t *x = flint_malloc(alloc * n * sizeof(int64_t)), *c = flint_malloc(alloc * n * sizeof(int64_t));
    slong *h = flint_malloc(alloc * sizeof(slong)), *perm;
    int32_t *key = flint_malloc(n * sizeof(int32_t));
    int64_t *y = flint_malloc(n * sizeof(int64_t));
    _wk_vset_t set;
    int isnew;
    _wk_vset_init(set, n);
    for (i = 0; i < n; i++) { x[i] = lam[i]; c[i] = 0; key[i] = (int32_t) lam[i]; }
    h[0] = 0;
    _wk_vset_insert(set, key, NULL);
    cnt = 1;
    for (head = 0; head < cnt; head++) {
        if ((head & 1023) == 0 && wk_interrupted()) {
            _wk_vset_clear(set); flint_free(x); flint_free(c); flint_free(h); flint_free(key); flint_free(y);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        for (k = 0; k < N; k++) {
            int dom = 1;
            for (i = 0; i < n; i++) {
                y[i] = x[head * n + i] - F->rx[k * n + i];
                if (y[i] < 0) { dom = 0; break; }
            }
            if (!dom) continue;
            for (i = 0; i < n; i++) key[i] = (int32_t) y[i];
            _wk_vset_insert(set, key, &isnew);
            if (!isnew) continue;
            if (cnt >= limit) {
                _wk_vset_clear(set); flint_free(x); flint_free(c); flint_free(h); flint_free(key); flint_free(y);
                return wk_error(WK_E_TOO_LARGE, "L(lambda) has more than %ld dominant weights "
                                "(limit)", (long) limit);
            }
            if (cnt == alloc) {
                alloc *= 2;
                x = flint_realloc(x, alloc * n * sizeof(int64_t));
                c = flint_realloc(c, alloc * n * sizeof(int64_t));
                h = flint_realloc(h, alloc * sizeof(slong));
            }
            for (i = 0; i < n; i++) {
                x[cnt * n + i] = y[i];
                c[cnt * n + i] = c[head * n + i] + F->R->roots[k * n + i];
            }
            h[cnt] = h[head] + F->ht[k];
            cnt++;
        }
    }
    _wk_vset_clear(set);
    flint_free(key); flint_free(y);
    /* sort by depth, then lexicographically decreasing */
    perm = flint_malloc(cnt * sizeof(slong));
    for (k = 0; k < cnt; k++) perm[k] = k;
    {
        sort_ctx S = { n, x, h };
        _wk_sort(perm, cnt, sizeof(slong), cmp_dom, &S);
    }
    {
        int64_t *x2 = flint_malloc(cnt * n * sizeof(int64_t)), *c2 = flint_malloc(cnt * n * sizeof(int64_t));
        slong *h2 = flint_malloc(cnt * sizeof(slong));
        for (k = 0; k < cnt; k++) {
            memcpy(x2 + k * n, x + perm[k] * n, n * sizeof(int64_t));
            memcpy(c2 + k * n, c + perm[k] * n, n * sizeof(int64_t));
            h2[k] = h[perm[k]];
        }
        flint_free(x); flint_free(c); flint_free(h);
        x = x2; c = c2; h = h2;
    }
    flint_free(perm);
    *xout = x; *cout = c; *hout = h; *len = cnt;
    return WK_OK;
}

wk_status wk_weyl_dominant_character(wk_weyl_char_t ch, const wk_weyl_t R, const fmpq *lambda, slong limit)
{
    slong n = R->n, len = 0, k, i, r;
    int64_t *x = NULL, *c = NULL, *lam, *nu;
    slong *h = NULL;
    fmpz *mult;
    fmpz_t acc;
    fctx F;
    _wk_vset_t set;
    int32_t *key;
    wk_status st = check_dominant_integral(R, lambda);
    if (st != WK_OK) return st;

    fctx_init(&F, R);
    lam = flint_malloc(n * sizeof(int64_t));
    for (i = 0; i < n; i++) lam[i] = fmpz_get_si(fmpq_numref(lambda + i));
    st = dominant_weights(&x, &c, &h, &len, &F, lam, limit);
    if (st != WK_OK) { fctx_clear(&F); flint_free(lam); return st; }

    key = flint_malloc(n * sizeof(int32_t));
    nu = flint_malloc(n * sizeof(int64_t));
    _wk_vset_init(set, n);
    for (k = 0; k < len; k++) {
        for (i = 0; i < n; i++) key[i] = (int32_t) x[k * n + i];
        _wk_vset_insert(set, key, NULL);   /* index = k */
    }
    mult = _fmpz_vec_init(len);
    fmpz_one(mult);
    fmpz_init(acc);
    for (k = 1; k < len; k++) {
        const int64_t *mu = x + k * n;
        reps_struct tmp, *rp;
        int is_tmp;
        int64_t den = 0;
        if ((k & 255) == 0) {
            if (wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
            if ((k & 4095) == 0) wk_progress("Freudenthal", (double) k, (double) len);
        }
        rp = get_reps(&F, mu, &tmp, &is_tmp);
        fmpz_zero(acc);
        for (r = 0; r < rp->nrep; r++) {
            slong a = rp->rep[r], kk;
            const int64_t *ax = F.rx + a * n, *acd = F.rcd + a * n;
            int64_t mual = 0, norm2 = 2 * R->rootnorm[a];
            for (i = 0; i < n; i++) mual += mu[i] * acd[i];
            for (kk = 1;; kk++) {
                slong idx;
                for (i = 0; i < n; i++) nu[i] = mu[i] + kk * ax[i];
                dominate64(nu, &F);
                for (i = 0; i < n; i++) key[i] = (int32_t) nu[i];
                idx = _wk_vset_find(set, key);
                if (idx < 0) break;
                /* (mu + k alpha, alpha) m(mu + k alpha) |O cap Delta+| */
                fmpz_addmul_si(acc, mult + idx, (mual + kk * norm2) * rp->weight[r]);
            }
        }
        if (is_tmp) { flint_free(tmp.rep); flint_free(tmp.weight); }
        /* denominator (lambda - mu, lambda + mu + 2 rho) */
        for (i = 0; i < n; i++) den += c[k * n + i] * R->sym[i] * (lam[i] + mu[i] + 2);
        fmpz_mul_2exp(acc, acc, 1);
        if (den <= 0 || !fmpz_divisible_si(acc, den)) {
            st = wk_error(WK_E_INTERNAL, "Freudenthal: inexact division at dominant weight %ld", (long) k);
            break;
        }
        fmpz_divexact_si(mult + k, acc, den);
    }
    fmpz_clear(acc);
    wk_progress_done();
    if (st == WK_OK) {
        wk_weyl_char_clear(ch);
        ch->n = n;
        ch->length = len;
        ch->weights = _fmpz_vec_init(len * n);
        for (k = 0; k < len * n; k++) fmpz_set_si(ch->weights + k, x[k]);
        ch->mult = mult;
    } else
        _fmpz_vec_clear(mult, len);
    _wk_vset_clear(set);
    flint_free(key); flint_free(nu); flint_free(x); flint_free(c); flint_free(h); flint_free(lam);
    fctx_clear(&F);
    return st;
}

wk_status wk_weyl_character(wk_weyl_char_t ch, const wk_weyl_t R, const fmpq *lambda, slong limit)
{
    wk_weyl_char_t dom;
    slong n = R->n, k, total = 0, pos = 0, i;
    fmpz_t sz;
    fmpq *mu;
    wk_status st;
    wk_weyl_char_init(dom);
    st = wk_weyl_dominant_character(dom, R, lambda, limit);
    if (st != WK_OK) return st;
    fmpz_init(sz);
    mu = _fmpq_vec_init(n);
    for (k = 0; k < dom->length; k++) {
        for (i = 0; i < n; i++) fmpq_set_fmpz(mu + i, dom->weights + k * n + i);
        wk_weyl_orbit_size(sz, R, mu, WK_WEYL_ALL);
        if (fmpz_cmp_si(sz, limit - total) > 0) {
            _fmpq_vec_clear(mu, n); fmpz_clear(sz); wk_weyl_char_clear(dom);
            return wk_error(WK_E_TOO_LARGE, "L(lambda) has more than %ld weights (limit)", (long) limit);
        }
        total += fmpz_get_si(sz);
    }
    wk_weyl_char_clear(ch);
    ch->n = n;
    ch->length = total;
    ch->weights = _fmpz_vec_init(total * n);
    ch->mult = _fmpz_vec_init(total);
    for (k = 0; k < dom->length && st == WK_OK; k++) {
        wk_weyl_orbit_t O;
        slong j;
        wk_weyl_orbit_init(O);
        for (i = 0; i < n; i++) fmpq_set_fmpz(mu + i, dom->weights + k * n + i);
        st = wk_weyl_orbit(O, R, mu, WK_WEYL_ALL, limit);
        for (j = 0; st == WK_OK && j < O->length; j++, pos++) {
            _fmpz_vec_set(ch->weights + pos * n, O->num + j * n, n);
            fmpz_set(ch->mult + pos, dom->mult + k);
        }
        wk_weyl_orbit_clear(O);
    }
    if (st != WK_OK) wk_weyl_char_clear(ch);
    _fmpq_vec_clear(mu, n);
    fmpz_clear(sz);
    wk_weyl_char_clear(dom);
    return st;
}

wk_status wk_weyl_dim(fmpq_t res, const wk_weyl_t R, const fmpq *lambda)
{
    slong n = R->n, k, j;
    fmpq_t num, t;
    fmpz_t den;
    wk_status st = _wk_weyl_check_finite(R, "the Weyl dimension formula");
    if (st != WK_OK) return st;
    if (R->npos < 0)
        return wk_error(WK_E_TOO_LARGE, "the root table of %s exceeds %d entries",
                        R->name, WK_WEYL_MAX_ROOT_ENTRIES);
    fmpq_init(num); fmpq_init(t); fmpz_init(den);
    fmpq_one(res);
    for (k = 0; k < R->npos; k++) {
        const slong *c = R->roots + k * n;
        /* <lambda + rho, beta^vee> / <rho, beta^vee> = sum (lambda_j+1) c_j d_j / sum c_j d_j */
        fmpq_zero(num);
        fmpz_zero(den);
        for (j = 0; j < n; j++) {
            if (!c[j]) continue;
            fmpq_add_si(t, lambda + j, 1);
            fmpq_mul_si(t, t, c[j] * R->sym[j]);
            fmpq_add(num, num, t);
            fmpz_add_si(den, den, c[j] * R->sym[j]);
        }
        fmpq_div_fmpz(num, num, den);
        fmpq_mul(res, res, num);
    }
    fmpq_clear(num); fmpq_clear(t); fmpz_clear(den);
    return WK_OK;
}
