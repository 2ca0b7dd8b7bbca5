/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/orbit.c: W_J-orbits by the dominant-chamber tree walk (spec 4.3):
   the children of nu are s_i nu (i in J, nu_i > 0) whose smallest negative
   J-coordinate is at i; every orbit point is visited once, without a hash set. */
#include <string.h>
#include "impl.h"

/* Nodes of J in increasing order; returns their number. */
static slong jlist(slong *list, const wk_weyl_t R, ulong J)
{
    slong i, m = 0;
    for (i = 0; i < R->n; i++)
        if (J == WK_WEYL_ALL || (i < 64 && (J >> i & 1))) list[m++] = i;
    return m;
}

/* Number of positive roots of the finite-type node set given by the list
   (bounds the depth of the walk). */
static slong npos_of(const wk_weyl_t R, const slong *list, slong m)
{
    /* positive roots of W_J: count by components (bounded by m(m+1)/2 * 4) */
    slong N = 0, i, j, *seen = flint_calloc(m, sizeof(slong)), *stack = flint_malloc(m * sizeof(slong));
    slong *nodes = flint_malloc(m * sizeof(slong));
    fmpz_t t;
    fmpz_init(t);
    for (i = 0; i < m; i++) {
        slong top = 0, k = 0;
        char letter;
        if (seen[i]) continue;
        seen[i] = 1; stack[top++] = i;
        while (top) {
            slong u = stack[--top];
            nodes[k++] = list[u];
            for (j = 0; j < m; j++)
                if (!seen[j] && R->a[list[u] * R->n + list[j]] != 0) { seen[j] = 1; stack[top++] = j; }
        }
        _wk_weyl_classify(&letter, nodes, t, R->a, R->n, k);
        switch (letter) {
        case 'A': N += k * (k + 1) / 2; break;
        case 'B': case 'C': N += k * k; break;
        case 'D': N += k * (k - 1); break;
        case 'E': N += k == 6 ? 36 : k == 7 ? 63 : 120; break;
        case 'F': N += 24; break;
        case 'G': N += 6; break;
        default: N += 1000000; break;   /* not reached: W_J checked finite */
        }
    }
    fmpz_clear(t);
    flint_free(seen); flint_free(stack); flint_free(nodes);
    return N;
}

/* The walk for |J| <= 64 with bit masks of the positive and negative
   coordinates: the children of x (f = smallest negative coordinate) are the
   positive c < f, and the positive c > f adjacent to f for which every
   negative j < c is a neighbour of c made nonnegative by s_c. */
static int walk64(const slong *list, slong m, const wk_weyl_t R, const int64_t *mu,
                  _wk_walk_fn visit, void *ctx, slong depth)
{
    slong n = R->n, i, j, top, nn = 0;
    slong nbr_start[65], *nbr;
    int64_t *nbr_a, x[64];
    ulong adj[64], pos = 0, neg = 0, *cand, *savepos, *saveneg;
    slong *let, *parent_id, count = 1;
    int ret;
    for (i = 0; i < m; i++) {
        adj[i] = 0;
        for (j = 0; j < m; j++) if (j != i && R->a[list[j] * n + list[i]] != 0) { nn++; adj[i] |= UWORD(1) << j; }
    }
    nbr = flint_malloc(FLINT_MAX(nn, 1) * sizeof(slong));
    nbr_a = flint_malloc(FLINT_MAX(nn, 1) * sizeof(int64_t));
    nn = 0;
    for (i = 0; i < m; i++) {
        nbr_start[i] = nn;
        for (j = 0; j < m; j++)
            if (j != i && R->a[list[j] * n + list[i]] != 0) { nbr[nn] = j; nbr_a[nn] = R->a[list[j] * n + list[i]]; nn++; }
    }
    nbr_start[m] = nn;
    cand = flint_malloc(depth * sizeof(ulong));
    savepos = flint_malloc(depth * sizeof(ulong));
    saveneg = flint_malloc(depth * sizeof(ulong));
    let = flint_malloc(depth * sizeof(slong));
    parent_id = flint_malloc(depth * sizeof(slong));
    for (i = 0; i < m; i++) {
        x[i] = mu[list[i]];
        if (x[i] > 0) pos |= UWORD(1) << i;
        if (x[i] < 0) neg |= UWORD(1) << i;
    }
#define FIXBIT(k) do { ulong b_ = UWORD(1) << (k); \
        pos = (pos & ~b_) | ((ulong) ((uint64_t) (-x[k]) >> 63) << (k)); \
        neg = (neg & ~b_) | ((ulong) ((uint64_t) x[k] >> 63) << (k)); } while (0)
#define REFLECT(c) do { int64_t xc_ = x[c]; slong t_; x[c] = -xc_; FIXBIT(c); \
        for (t_ = nbr_start[c]; t_ < nbr_start[(c) + 1]; t_++) { slong k_ = nbr[t_]; x[k_] -= xc_ * nbr_a[t_]; FIXBIT(k_); } } while (0)
#define UNREFLECT(c) do { int64_t xc_ = x[c]; slong t_; x[c] = -xc_; \
        for (t_ = nbr_start[c]; t_ < nbr_start[(c) + 1]; t_++) x[nbr[t_]] -= xc_ * nbr_a[t_]; } while (0)
    top = 0;
    let[0] = -1; parent_id[0] = 0;
    cand[0] = pos;           /* the root is J-dominant: no negatives */
    ret = visit(ctx, -1, -1, x);
    while (ret == 0) {
        ulong cm = cand[top];
        slong c;
        if (cm == 0) {
            if (top == 0) break;
            c = let[top];
            UNREFLECT(c);
            top--;
            pos = savepos[top]; neg = saveneg[top];
            continue;
        }
        c = _wk_lowbit(cm);
        cand[top] = cm & (cm - 1);
        if (neg) {
            slong f = _wk_lowbit(neg);
            if (c > f) {
                /* every negative j < c must be a neighbour of c fixed by s_c */
                ulong low = neg & ((UWORD(1) << c) - 1), q;
                int ok = (low & ~adj[c]) == 0;
                for (q = low; q && ok; q &= q - 1) {
                    slong jj = _wk_lowbit(q), t;
                    for (t = nbr_start[c]; t < nbr_start[c + 1]; t++)
                        if (nbr[t] == jj) { if (x[jj] - x[c] * nbr_a[t] < 0) ok = 0; break; }
                }
                if (!ok) continue;
            }
        }
        savepos[top] = pos; saveneg[top] = neg;
        REFLECT(c);
        top++;
        let[top] = c;
        parent_id[top] = count;
        /* candidates of the new node: positives below c (f = c), and positives
           above c adjacent to c */
        cand[top] = pos & (((UWORD(1) << c) - 1) | (adj[c] & ~((UWORD(2) << c) - 1)));
        ret = visit(ctx, parent_id[top - 1], list[c], x);
        count++;
        if ((count & 65535) == 0) {
            if (wk_interrupted()) { wk_error(WK_E_INTERRUPT, "interrupted"); ret = -1; }
            if ((count & ((WORD(1) << 24) - 1)) == 0) wk_progress("Weyl orbit", (double) count, -1);
        }
    }
#undef REFLECT
#undef UNREFLECT
#undef FIXBIT
    flint_free(nbr); flint_free(nbr_a); flint_free(cand); flint_free(savepos); flint_free(saveneg); flint_free(let); flint_free(parent_id);
    return ret;
}

int _wk_weyl_walk(const wk_weyl_t R, ulong J, const int64_t *mu, _wk_walk_fn visit, void *ctx)
{
    if (R->n <= 64) {
        slong lst[64], mm = jlist(lst, R, J);
        if (mm == 0) return visit(ctx, -1, -1, mu);
        return walk64(lst, mm, R, mu, visit, ctx, npos_of(R, lst, mm) + 2);
    }
    /* In place: x <- s_c x going down, undone (s_c is an involution) going up.
       For a node x let f = its smallest negative J-coordinate (m if none; the
       child s_c x created at letter c has f = c).  A candidate c with x_c > 0
       is a child iff every j < c has (s_c x)_j >= 0: automatic when c < f, and
       otherwise needs f adjacent to c and a check of the j < c. */
    slong n = R->n, m, depth, i, j, top, *list, *nbr_start, *nbr, nn = 0;
    slong *next, *fneg, *let, *parent_id;
    int64_t *x, *nbr_a;
    slong count = 0;
    int ret = 0;

    list = flint_malloc(n * sizeof(slong));
    m = jlist(list, R, J);
    nbr_start = flint_malloc((m + 1) * sizeof(slong));
    for (i = 0; i < m; i++)
        for (j = 0; j < m; j++)
            if (j != i && R->a[list[j] * n + list[i]] != 0) nn++;
    nbr = flint_malloc(FLINT_MAX(nn, 1) * sizeof(slong));
    nbr_a = flint_malloc(FLINT_MAX(nn, 1) * sizeof(int64_t));
    nn = 0;
    for (i = 0; i < m; i++) {
        nbr_start[i] = nn;
        for (j = 0; j < m; j++)
            if (j != i && R->a[list[j] * n + list[i]] != 0) {
                nbr[nn] = j; nbr_a[nn] = R->a[list[j] * n + list[i]]; nn++;
            }
    }
    nbr_start[m] = nn;
    depth = npos_of(R, list, m) + 2;
    x = flint_malloc(FLINT_MAX(m, 1) * sizeof(int64_t));
    next = flint_malloc(depth * sizeof(slong));
    fneg = flint_malloc(depth * sizeof(slong));
    let = flint_malloc(depth * sizeof(slong));
    parent_id = flint_malloc(depth * sizeof(slong));

    for (i = 0; i < m; i++) x[i] = mu[list[i]];
    top = 0;
    next[0] = 0; fneg[0] = m; let[0] = -1; parent_id[0] = 0;
    ret = visit(ctx, -1, -1, x);
    count = 1;
    while (ret == 0) {
        slong c = next[top], f = fneg[top];
        int64_t xc;
        if (c >= m) {
            /* go up: undo s_{let[top]} */
            slong l = let[top];
            if (top == 0) break;
            xc = x[l];
            x[l] = -xc;
            for (j = nbr_start[l]; j < nbr_start[l + 1]; j++) x[nbr[j]] -= xc * nbr_a[j];
            top--;
            continue;
        }
        next[top] = c + 1;
        xc = x[c];
        if (xc <= 0) continue;
        if (f < c) {
            int ok = 1;
            for (j = nbr_start[c]; j < nbr_start[c + 1]; j++) if (nbr[j] == f) break;
            if (j == nbr_start[c + 1]) continue;      /* x_f < 0 stays negative */
            for (j = 0; j < c && ok; j++) {
                int64_t y = x[j];
                slong t;
                if (y >= 0) continue;
                for (t = nbr_start[c]; t < nbr_start[c + 1]; t++)
                    if (nbr[t] == j) { y -= xc * nbr_a[t]; break; }
                if (y < 0) ok = 0;
            }
            if (!ok) continue;
        }
        /* go down */
        x[c] = -xc;
        for (j = nbr_start[c]; j < nbr_start[c + 1]; j++) x[nbr[j]] -= xc * nbr_a[j];
        top++;
        next[top] = 0; fneg[top] = c; let[top] = c;
        parent_id[top] = count;
        ret = visit(ctx, parent_id[top - 1], list[c], x);
        count++;
        if ((count & 65535) == 0) {
            if (wk_interrupted()) {
                wk_error(WK_E_INTERRUPT, "interrupted");
                ret = -1;
            }
            if ((count & ((WORD(1) << 24) - 1)) == 0) wk_progress("Weyl orbit", (double) count, -1);
        }
    }
    flint_free(list); flint_free(nbr_start); flint_free(nbr); flint_free(nbr_a);
    flint_free(x); flint_free(next); flint_free(fneg); flint_free(let); flint_free(parent_id);
    return ret;
}

/* ---- orbits ---- */

void wk_weyl_orbit_init(wk_weyl_orbit_t O)
{
    memset(O, 0, sizeof(wk_weyl_orbit_struct));
    fmpz_init(O->den);
    fmpz_one(O->den);
}

void wk_weyl_orbit_clear(wk_weyl_orbit_t O)
{
    if (O->num) _fmpz_vec_clear(O->num, O->alloc * O->n);
    flint_free(O->parent);
    flint_free(O->letter);
    fmpz_clear(O->den);
    memset(O, 0, sizeof(wk_weyl_orbit_struct));
    fmpz_init(O->den);
    fmpz_one(O->den);
}

static wk_status check_J(const wk_weyl_t R, ulong J)
{
    if (J != WK_WEYL_ALL) {
        if (R->n > 64)
            return wk_error(WK_E_TOO_LARGE, "node sets need rank <= 64 (rank is %ld)", (long) R->n);
        if (J & ~_wk_full(R->n))
            return wk_error(WK_E_DOMAIN, "node set contains a node above the rank %ld", (long) R->n);
    }
    return _wk_weyl_check_finite_J(R, J);
}

/* |W_J| / |W_Z| for Z subset J, any rank (node membership arrays). */
static void index_of(fmpz_t res, const wk_weyl_t R, ulong J, const int *zero)
{
    slong n = R->n, i, j, *list = flint_malloc(n * sizeof(slong)), m;
    int *inJ = flint_calloc(n, sizeof(int)), *seen;
    slong *stack = flint_malloc(n * sizeof(slong)), *nodes = flint_malloc(n * sizeof(slong));
    fmpz_t t;
    int pass;
    char letter;
    fmpz_init(t);
    m = jlist(list, R, J);
    for (i = 0; i < m; i++) inJ[list[i]] = 1;
    fmpz_one(res);
    /* pass 0: multiply by |W_J|; pass 1: divide by |W_Z| */
    for (pass = 0; pass < 2; pass++) {
        seen = flint_calloc(n, sizeof(int));
        for (i = 0; i < n; i++) {
            slong top = 0, k = 0;
            if (seen[i] || !inJ[i] || (pass == 1 && !zero[i])) continue;
            seen[i] = 1; stack[top++] = i;
            while (top) {
                slong u = stack[--top];
                nodes[k++] = u;
                for (j = 0; j < n; j++)
                    if (!seen[j] && inJ[j] && (pass == 0 || zero[j]) && j != u && R->a[u * n + j] != 0) {
                        seen[j] = 1; stack[top++] = j;
                    }
            }
            _wk_weyl_classify(&letter, nodes, t, R->a, n, k);
            if (pass == 0) fmpz_mul(res, res, t);
            else fmpz_divexact(res, res, t);
        }
        flint_free(seen);
    }
    fmpz_clear(t);
    flint_free(list); flint_free(inJ); flint_free(stack); flint_free(nodes);
}

/* Dominates mu under W_J into nu and returns the zero flags of nu on J. */
static void dominant_rep(fmpq *nu, int *zero, const wk_weyl_t R, const fmpq *mu, ulong J)
{
    wk_weyl_word_t w;
    slong i;
    wk_weyl_word_init(w);
    wk_weyl_dominate(nu, w, mu, R, J);
    wk_weyl_word_clear(w);
    for (i = 0; i < R->n; i++)
        zero[i] = (J == WK_WEYL_ALL || (i < 64 && (J >> i & 1))) && fmpq_is_zero(nu + i);
}

wk_status wk_weyl_orbit_size(fmpz_t size, const wk_weyl_t R, const fmpq *mu, ulong J)
{
    slong n = R->n;
    fmpq *nu;
    int *zero;
    wk_status st = check_J(R, J);
    if (st != WK_OK) return st;
    nu = _fmpq_vec_init(n);
    zero = flint_malloc(n * sizeof(int));
    dominant_rep(nu, zero, R, mu, J);
    index_of(size, R, J, zero);
    _fmpq_vec_clear(nu, n);
    flint_free(zero);
    return WK_OK;
}

static int count_visit(void *ctx, slong parent, slong letter, const int64_t *x)
{
    (void) parent; (void) letter; (void) x;
    (*(ulong *) ctx)++;
    return 0;
}

wk_status wk_weyl_orbit_count(fmpz_t count, const wk_weyl_t R, const fmpq *mu, ulong J)
{
    slong n = R->n, i;
    fmpq *nu;
    int *zero;
    int64_t *x;
    ulong c = 0;
    int ret;
    wk_status st = check_J(R, J);
    if (st != WK_OK) return st;
    nu = _fmpq_vec_init(n);
    zero = flint_malloc(n * sizeof(int));
    x = flint_malloc(n * sizeof(int64_t));
    dominant_rep(nu, zero, R, mu, J);
    for (i = 0; i < n; i++) x[i] = zero[i] ? 0 : 1;  /* the tree depends only on the zero pattern */
    ret = _wk_weyl_walk(R, J, x, count_visit, &c);
    fmpz_set_ui(count, c);
    _fmpq_vec_clear(nu, n);
    flint_free(zero);
    flint_free(x);
    wk_progress_done();
    return ret < 0 ? WK_E_INTERRUPT : WK_OK;
}

typedef struct {
    slong len, alloc;
    slong *parent, *letter;
} tree_ctx;

static int tree_visit(void *ctx, slong parent, slong letter, const int64_t *x)
{
    tree_ctx *t = ctx;
    (void) x;
    if (t->len == t->alloc) {
        t->alloc = FLINT_MAX(16, 2 * t->alloc);
        t->parent = flint_realloc(t->parent, t->alloc * sizeof(slong));
        t->letter = flint_realloc(t->letter, t->alloc * sizeof(slong));
    }
    t->parent[t->len] = parent;
    t->letter[t->len] = letter;
    t->len++;
    return 0;
}

wk_status _wk_weyl_coset_tree(slong **parent, slong **letter, slong *len,
                              const wk_weyl_t R, ulong J, ulong Z, slong limit)
{
    slong n = R->n, i;
    int64_t *x = flint_malloc(n * sizeof(int64_t));
    tree_ctx t = { 0, 0, NULL, NULL };
    int ret;
    (void) limit;
    for (i = 0; i < n; i++) x[i] = (i < 64 && (Z >> i & 1)) ? 0 : 1;
    ret = _wk_weyl_walk(R, J, x, tree_visit, &t);
    flint_free(x);
    if (ret < 0) {
        flint_free(t.parent); flint_free(t.letter);
        *parent = *letter = NULL; *len = 0;
        return WK_E_INTERRUPT;
    }
    *parent = t.parent; *letter = t.letter; *len = t.len;
    return WK_OK;
}

wk_status wk_weyl_orbit(wk_weyl_orbit_t O, const wk_weyl_t R, const fmpq *mu, ulong J, slong limit)
{
    slong n = R->n, i, k, len;
    fmpq *nu;
    int *zero;
    fmpz_t size;
    int64_t *x;
    tree_ctx t = { 0, 0, NULL, NULL };
    int ret;
    wk_status st = check_J(R, J);
    if (st != WK_OK) return st;

    nu = _fmpq_vec_init(n);
    zero = flint_malloc(n * sizeof(int));
    fmpz_init(size);
    dominant_rep(nu, zero, R, mu, J);
    index_of(size, R, J, zero);
    if (fmpz_cmp_si(size, limit) > 0) {
        char *s = fmpz_get_str(NULL, 10, size);
        wk_error(WK_E_TOO_LARGE, "orbit size %s exceeds limit %ld", s, (long) limit);
        flint_free(s);
        _fmpq_vec_clear(nu, n); flint_free(zero); fmpz_clear(size);
        return WK_E_TOO_LARGE;
    }
    len = fmpz_get_si(size);
    t.alloc = len;
    t.parent = flint_malloc(FLINT_MAX(len, 1) * sizeof(slong));
    t.letter = flint_malloc(FLINT_MAX(len, 1) * sizeof(slong));
    x = flint_malloc(n * sizeof(int64_t));
    for (i = 0; i < n; i++) x[i] = zero[i] ? 0 : 1;
    ret = _wk_weyl_walk(R, J, x, tree_visit, &t);
    flint_free(x);
    fmpz_clear(size);
    flint_free(zero);
    if (ret < 0 || t.len != len) {
        flint_free(t.parent); flint_free(t.letter);
        _fmpq_vec_clear(nu, n);
        if (ret < 0) return WK_E_INTERRUPT;
        return wk_error(WK_E_INTERNAL, "orbit walk visited %ld points, expected %ld",
                        (long) t.len, (long) len);
    }
    wk_weyl_orbit_clear(O);
    O->n = n;
    O->length = O->alloc = len;
    O->parent = t.parent;
    O->letter = t.letter;
    O->num = _fmpz_vec_init(len * n);
    fmpz_one(O->den);
    for (i = 0; i < n; i++) fmpz_lcm(O->den, O->den, fmpq_denref(nu + i));
    for (i = 0; i < n; i++) {
        fmpz_divexact(O->num + i, O->den, fmpq_denref(nu + i));
        fmpz_mul(O->num + i, O->num + i, fmpq_numref(nu + i));
    }
    for (k = 1; k < len; k++) {
        _fmpz_vec_set(O->num + k * n, O->num + O->parent[k] * n, n);
        _wk_weyl_reflect_fmpz(O->num + k * n, O->letter[k], R);
    }
    _fmpq_vec_clear(nu, n);
    return WK_OK;
}

void wk_weyl_orbit_get(fmpq *res, const wk_weyl_orbit_t O, slong k)
{
    slong i;
    for (i = 0; i < O->n; i++) fmpq_set_fmpz_frac(res + i, O->num + k * O->n + i, O->den);
}

void wk_weyl_orbit_word(wk_weyl_word_t w, const wk_weyl_orbit_t O, slong k)
{
    w->length = 0;
    while (k > 0) {
        wk_weyl_word_push(w, O->letter[k]);
        k = O->parent[k];
    }
}
