/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/bsgs.c: bases and strong generating sets by randomised
   Schreier-Sims with deterministic verification (Seress, Permutation Group
   Algorithms, CUP 2003, sections 4.2-4.3 and 4.5); random elements by
   product replacement (Celler, Leedham-Green, Murray, Niemeyer, O'Brien 1995). */
#include <stdlib.h>
#include "impl.h"

/* explicit transversals are kept while n * (sum of orbit allocations) fits */
#define EXPL_BUDGET (WORD(1) << 24)

void bsgs_init(bsgs_struct * B, slong n)
{
    memset(B, 0, sizeof(bsgs_struct));
    B->n = n;
    B->expl = 1;
    fmpz_init_set_ui(B->order, 1);
}

/* stops keeping explicit transversals at level i (Schreier vector only) */
static void drop_explicit(bsgs_struct * B, slong i)
{
    if (B->u[i] == NULL) return;
    B->expl_total -= B->oalloc[i];
    flint_free(B->u[i]);
    flint_free(B->uinv[i]);
    B->u[i] = B->uinv[i] = NULL;
    B->expl = 0;
    B->rank_ok = 0;
}

static void update_expl(bsgs_struct * B)
{
    slong i;
    B->expl = 1;
    for (i = 0; i < B->k; i++) if (B->u[i] == NULL) B->expl = 0;
}

void bsgs_clear(bsgs_struct * B)
{
    slong i;
    for (i = 0; i < B->k; i++) {
        slong l;
        flint_free(B->orbit[i]);
        flint_free(B->pos[i]);
        flint_free(B->svgen[i]);
        flint_free(B->svpar[i]);
        flint_free(B->depth[i]);
        if (B->u) { flint_free(B->u[i]); flint_free(B->uinv[i]); }
        for (l = 0; l < B->nlab[i]; l++)
            if (B->labsg[i][l] < 0) { flint_free(B->lab[i][l]); flint_free(B->labinv[i][l]); }
        flint_free(B->lab[i]);
        flint_free(B->labinv[i]);
        flint_free(B->labsg[i]);
    }
    flint_free(B->depth); flint_free(B->maxdep); flint_free(B->nlab); flint_free(B->lalloc);
    flint_free(B->lab); flint_free(B->labinv); flint_free(B->labsg); flint_free(B->nextra);
    for (i = 0; i < B->ns; i++) {
        flint_free(B->sg[i]);
        flint_free(B->sginv[i]);
    }
    flint_free(B->base); flint_free(B->olen); flint_free(B->oalloc);
    flint_free(B->orbit); flint_free(B->pos); flint_free(B->svgen); flint_free(B->svpar);
    flint_free(B->u); flint_free(B->uinv);
    flint_free(B->sg); flint_free(B->sginv); flint_free(B->sglev);
    flint_free(B->stride);
    fmpz_clear(B->order);
    memset(B, 0, sizeof(bsgs_struct));
}

static void update_order(bsgs_struct * B)
{
    slong i;
    fmpz_one(B->order);
    for (i = 0; i < B->k; i++) fmpz_mul_ui(B->order, B->order, B->olen[i]);
}

static void add_level(bsgs_struct * B, slong point)
{
    slong i = B->k, n = B->n, a = 4;
    if (B->k == B->kalloc) {
        slong m = B->kalloc ? 2 * B->kalloc : 8;
        B->base = flint_realloc(B->base, m * sizeof(slong));
        B->olen = flint_realloc(B->olen, m * sizeof(slong));
        B->oalloc = flint_realloc(B->oalloc, m * sizeof(slong));
        B->orbit = flint_realloc(B->orbit, m * sizeof(pt *));
        B->pos = flint_realloc(B->pos, m * sizeof(int *));
        B->svgen = flint_realloc(B->svgen, m * sizeof(int *));
        B->svpar = flint_realloc(B->svpar, m * sizeof(int *));
        B->u = flint_realloc(B->u, m * sizeof(pt *));
        B->uinv = flint_realloc(B->uinv, m * sizeof(pt *));
        B->depth = flint_realloc(B->depth, m * sizeof(int *));
        B->maxdep = flint_realloc(B->maxdep, m * sizeof(slong));
        B->nlab = flint_realloc(B->nlab, m * sizeof(slong));
        B->lalloc = flint_realloc(B->lalloc, m * sizeof(slong));
        B->lab = flint_realloc(B->lab, m * sizeof(pt **));
        B->labinv = flint_realloc(B->labinv, m * sizeof(pt **));
        B->labsg = flint_realloc(B->labsg, m * sizeof(int *));
        B->nextra = flint_realloc(B->nextra, m * sizeof(slong));
        B->kalloc = m;
    }
    B->k++;
    B->base[i] = point;
    B->olen[i] = 1;
    B->oalloc[i] = a;
    B->orbit[i] = flint_malloc(a * sizeof(pt));
    B->orbit[i][0] = (pt) point;
    B->pos[i] = flint_malloc(n * sizeof(int));
    memset(B->pos[i], 0xff, n * sizeof(int));
    B->pos[i][point] = 0;
    B->svgen[i] = flint_malloc(a * sizeof(int));
    B->svpar[i] = flint_malloc(a * sizeof(int));
    B->svgen[i][0] = B->svpar[i][0] = -1;
    B->depth[i] = flint_malloc(a * sizeof(int));
    B->depth[i][0] = 0;
    B->maxdep[i] = 0;
    B->nlab[i] = 0;
    B->lalloc[i] = 8;
    B->lab[i] = flint_malloc(8 * sizeof(pt *));
    B->labinv[i] = flint_malloc(8 * sizeof(pt *));
    B->labsg[i] = flint_malloc(8 * sizeof(int));
    B->nextra[i] = 0;
    B->u[i] = B->uinv[i] = NULL;
    if ((B->expl_total + a) * n <= EXPL_BUDGET) {
        B->expl_total += a;
        B->u[i] = flint_malloc(a * n * sizeof(pt));
        B->uinv[i] = flint_malloc(a * n * sizeof(pt));
        _perm_one(B->u[i], n);
        _perm_one(B->uinv[i], n);
    }
    update_expl(B);
    B->rank_ok = 0;
}

static void orbit_push(bsgs_struct * B, slong i, pt y, slong gen, slong par)
{
    slong n = B->n, j;
    if (B->olen[i] == B->oalloc[i]) {
        slong a = B->oalloc[i], m = FLINT_MIN(2 * a, n);
        B->orbit[i] = flint_realloc(B->orbit[i], m * sizeof(pt));
        B->svgen[i] = flint_realloc(B->svgen[i], m * sizeof(int));
        B->svpar[i] = flint_realloc(B->svpar[i], m * sizeof(int));
        B->depth[i] = flint_realloc(B->depth[i], m * sizeof(int));
        if (B->u[i] && (B->expl_total + m - a) * n > EXPL_BUDGET)
            drop_explicit(B, i);
        if (B->u[i]) {
            B->expl_total += m - a;
            B->u[i] = flint_realloc(B->u[i], m * n * sizeof(pt));
            B->uinv[i] = flint_realloc(B->uinv[i], m * n * sizeof(pt));
        }
        B->oalloc[i] = m;
    }
    j = B->olen[i]++;
    B->orbit[i][j] = y;
    B->pos[i][y] = (int) j;
    B->svgen[i][j] = (int) gen;
    B->svpar[i][j] = (int) par;
    B->depth[i][j] = B->depth[i][par] + 1;
    if (B->depth[i][j] > B->maxdep[i]) B->maxdep[i] = B->depth[i][j];
    if (B->u[i]) {
        const pt * up = B->u[i] + par * n, * s = B->lab[i][gen];
        const pt * uip = B->uinv[i] + par * n, * si = B->labinv[i][gen];
        pt * uj = B->u[i] + j * n, * uij = B->uinv[i] + j * n;
        slong x;
        for (x = 0; x < n; x++) uj[x] = s[up[x]];
        for (x = 0; x < n; x++) uij[x] = uip[si[x]];
    }
    B->rank_ok = 0;
}

static void extend_orbit(bsgs_struct * B, slong i)
{
    slong idx, l;
    for (idx = 0; idx < B->olen[i]; idx++) {
        pt x = B->orbit[i][idx];
        for (l = 0; l < B->nlab[i]; l++) {
            pt y = B->lab[i][l][x];
            if (B->pos[i][y] < 0) orbit_push(B, i, y, l, idx);
        }
    }
}

static void add_label(bsgs_struct * B, slong i, pt * g, pt * ginv, int sgidx)
{
    if (B->nlab[i] == B->lalloc[i]) {
        B->lalloc[i] *= 2;
        B->lab[i] = flint_realloc(B->lab[i], B->lalloc[i] * sizeof(pt *));
        B->labinv[i] = flint_realloc(B->labinv[i], B->lalloc[i] * sizeof(pt *));
        B->labsg[i] = flint_realloc(B->labsg[i], B->lalloc[i] * sizeof(int));
    }
    B->lab[i][B->nlab[i]] = g;
    B->labinv[i][B->nlab[i]] = ginv;
    B->labsg[i][B->nlab[i]] = sgidx;
    B->nlab[i]++;
}

/* Keeps Schreier trees without explicit transversals shallow: when the
   depth exceeds 2 log2|orbit| + 6, random elements of the level's group
   (product replacement over its strong generators) become extra tree
   labels and the tree is rebuilt by breadth-first search; random Cayley
   graphs have logarithmic diameter (Cooperman, Finkelstein, Sarawagi 1990;
   Seress 2003, sec. 4.4). */
static void shallow(bsgs_struct * B, slong i, flint_rand_t st)
{
    slong n = B->n, lg = 0, t, m, l, j;
    pt * gens;
    prand_struct P;
    while ((WORD(1) << lg) < B->olen[i]) lg++;
    if (B->u[i] || B->maxdep[i] <= 2 * lg + 6 || B->nextra[i] > 4 * lg + 8) return;
    m = 0;
    gens = flint_malloc(B->nlab[i] * n * sizeof(pt));
    for (l = 0; l < B->nlab[i]; l++)
        if (B->labsg[i][l] >= 0) memcpy(gens + (m++) * n, B->lab[i][l], n * sizeof(pt));
    prand_init(&P, gens, m, n, st);
    for (t = 0; t < lg + 2; t++) {
        pt * g = flint_malloc(n * sizeof(pt)), * gi = flint_malloc(n * sizeof(pt));
        memcpy(g, prand_next(&P, st), n * sizeof(pt));
        _perm_inv(gi, g, n);
        add_label(B, i, g, gi, -1);
        B->nextra[i]++;
    }
    prand_clear(&P);
    flint_free(gens);
    /* rebuild the tree breadth first */
    for (j = 1; j < B->olen[i]; j++) B->pos[i][B->orbit[i][j]] = -1;
    B->olen[i] = 1;
    B->maxdep[i] = 0;
    extend_orbit(B, i);
}

/* h fixes base[0..L-1] and moves base[L] (or L == k and h != 1) */
static void add_gen(bsgs_struct * B, const pt * h, slong L)
{
    slong n = B->n, i;
    if (L == B->k) {
        slong x = 0;
        while (h[x] == (pt) x) x++;
        add_level(B, x);
    }
    if (B->ns == B->nsalloc) {
        slong m = B->nsalloc ? 2 * B->nsalloc : 8;
        B->sg = flint_realloc(B->sg, m * sizeof(pt *));
        B->sginv = flint_realloc(B->sginv, m * sizeof(pt *));
        B->sglev = flint_realloc(B->sglev, m * sizeof(slong));
        B->nsalloc = m;
    }
    B->sg[B->ns] = flint_malloc(n * sizeof(pt));
    B->sginv[B->ns] = flint_malloc(n * sizeof(pt));
    memcpy(B->sg[B->ns], h, n * sizeof(pt));
    _perm_inv(B->sginv[B->ns], h, n);
    B->sglev[B->ns] = L;
    B->ns++;
    for (i = 0; i <= L; i++) {
        add_label(B, i, B->sg[B->ns - 1], B->sginv[B->ns - 1], (int) (B->ns - 1));
        extend_orbit(B, i);
    }
    update_order(B);
}

/* u_j = s_1 s_2 ... s_d along the Schreier tree from the root to j */
static void trace(const bsgs_struct * B, slong i, slong j, pt * buf, int inverse)
{
    slong n = B->n, len = 0, t, x, jj;
    int * path;
    for (jj = j; jj > 0; jj = B->svpar[i][jj]) len++;
    path = flint_malloc((len ? len : 1) * sizeof(int));
    len = 0;
    for (jj = j; jj > 0; jj = B->svpar[i][jj]) path[len++] = B->svgen[i][jj];
    _perm_one(buf, n);
    if (!inverse) {
        for (t = len - 1; t >= 0; t--) {
            const pt * s = B->lab[i][path[t]];
            for (x = 0; x < n; x++) buf[x] = s[buf[x]];
        }
    } else {
        for (t = 0; t < len; t++) {
            const pt * s = B->labinv[i][path[t]];
            for (x = 0; x < n; x++) buf[x] = s[buf[x]];
        }
    }
    flint_free(path);
}

const pt * bsgs_u(const bsgs_struct * B, slong i, slong j, pt * buf)
{
    if (B->u[i]) return B->u[i] + j * B->n;
    trace(B, i, j, buf, 0);
    return buf;
}

const pt * bsgs_uinv(const bsgs_struct * B, slong i, slong j, pt * buf)
{
    if (B->uinv[i]) return B->uinv[i] + j * B->n;
    trace(B, i, j, buf, 1);
    return buf;
}

slong bsgs_sift(const bsgs_struct * B, pt * g, slong start, pt * buf, pt * tmp)
{
    slong i, x, n = B->n;
    (void) tmp;
    for (i = start; i < B->k; i++) {
        int j = B->pos[i][g[B->base[i]]];
        if (j < 0) return i;
        if (j > 0) {
            const pt * ui = bsgs_uinv(B, i, j, buf);
            for (x = 0; x < n; x++) g[x] = ui[g[x]];
        }
    }
    return B->k;
}

int bsgs_contains(const bsgs_struct * B, const pt * g)
{
    slong n = B->n;
    pt * h = flint_malloc(3 * n * sizeof(pt));
    int res;
    memcpy(h, g, n * sizeof(pt));
    bsgs_sift(B, h, 0, h + n, h + 2 * n);
    res = _perm_is_one(h, n);
    flint_free(h);
    return res;
}

int bsgs_add_element(bsgs_struct * B, const pt * g)
{
    slong n = B->n, L;
    pt * h = flint_malloc(3 * n * sizeof(pt));
    int grew = 0;
    memcpy(h, g, n * sizeof(pt));
    L = bsgs_sift(B, h, 0, h + n, h + 2 * n);
    if (!_perm_is_one(h, n)) {
        add_gen(B, h, L);
        grew = 1;
    }
    flint_free(h);
    return grew;
}

void bsgs_random(pt * g, const bsgs_struct * B, flint_rand_t state)
{
    slong i, x, n = B->n;
    pt * buf = flint_malloc(n * sizeof(pt));
    _perm_one(g, n);
    for (i = B->k - 1; i >= 0; i--) {
        slong j = n_randint(state, B->olen[i]);
        if (j) {
            const pt * u = bsgs_u(B, i, j, buf);
            for (x = 0; x < n; x++) g[x] = u[g[x]];
        }
    }
    flint_free(buf);
}

/* ---- product replacement ------------------------------------------------ */
void prand_init(prand_struct * P, const pt * gens, slong ngens, slong n, flint_rand_t st)
{
    slong t;
    P->n = n;
    P->len = FLINT_MAX(10, ngens);
    P->s = flint_malloc(P->len * n * sizeof(pt));
    P->acc = flint_malloc(3 * n * sizeof(pt));
    P->tmp = P->acc + n;
    P->tinv = P->tmp + n;
    for (t = 0; t < P->len; t++) {
        if (ngens) memcpy(P->s + t * n, gens + (t % ngens) * n, n * sizeof(pt));
        else _perm_one(P->s + t * n, n);
    }
    _perm_one(P->acc, n);
    for (t = 0; t < 50; t++) prand_next(P, st);
}

void prand_clear(prand_struct * P)
{
    flint_free(P->s);
    flint_free(P->acc);
}

const pt * prand_next(prand_struct * P, flint_rand_t st)
{
    slong n = P->n, i, j, x;
    pt * si, * sj;
    i = n_randint(st, P->len);
    j = n_randint(st, P->len - 1);
    if (j >= i) j++;
    si = P->s + i * n;
    sj = P->s + j * n;
    if (n_randint(st, 2)) {
        for (x = 0; x < n; x++) si[x] = sj[si[x]];
    } else {
        _perm_inv(P->tinv, sj, n);
        for (x = 0; x < n; x++) si[x] = P->tinv[si[x]];
    }
    for (x = 0; x < n; x++) P->acc[x] = si[P->acc[x]];
    return P->acc;
}

/* ---- Schreier-Sims ------------------------------------------------------- */

/* Deterministic check: every Schreier generator of every level sifts to the
   identity through the levels below (Seress, Lemma 4.2.1). */
static wk_status verify(bsgs_struct * B, flint_rand_t state)
{
    slong n = B->n, i = B->k - 1, a, s, x, L;
    pt * h = flint_malloc(5 * n * sizeof(pt));
    pt * b1 = h + n, * b2 = h + 2 * n, * b3 = h + 3 * n, * ua = h + 4 * n;
    ulong poll = 0;
    while (i >= 0) {
        int restarted = 0;
        for (a = 0; a < B->olen[i] && !restarted; a++) {
            int have_ua = 0;
            for (s = 0; s < B->ns; s++) {
                slong j;
                const pt * uj, * sg;
                if (B->sglev[s] < i) continue;
                sg = B->sg[s];
                j = B->pos[i][sg[B->orbit[i][a]]];
                if (B->svpar[i][j] == a && B->labsg[i][B->svgen[i][j]] == s) continue;
                if ((++poll & 255) == 0 && wk_interrupted()) {
                    flint_free(h);
                    return wk_error(WK_E_INTERRUPT, "interrupted");
                }
                if (!have_ua) {
                    const pt * u = bsgs_u(B, i, a, b1);
                    if (u != ua) memcpy(ua, u, n * sizeof(pt));
                    have_ua = 1;
                }
                for (x = 0; x < n; x++) h[x] = sg[ua[x]];
                uj = bsgs_uinv(B, i, j, b2);
                for (x = 0; x < n; x++) h[x] = uj[h[x]];
                L = bsgs_sift(B, h, i + 1, b3, b2);
                if (!_perm_is_one(h, n)) {
                    slong t2;
                    add_gen(B, h, L);
                    for (t2 = 0; t2 <= L && t2 < B->k; t2++) shallow(B, t2, state);
                    i = L;
                    restarted = 1;
                    break;
                }
            }
        }
        if (!restarted) i--;
    }
    flint_free(h);
    return WK_OK;
}

wk_status bsgs_build_ex(bsgs_struct * B, const pt * gens, slong ngens,
                        const fmpz_t known_order, flint_rand_t state, int check)
{
    slong n = B->n, t, L;
    pt * h = flint_malloc(3 * (n ? n : 1) * sizeof(pt));
    wk_status st = WK_OK;

    for (t = 0; t < ngens; t++) {
        memcpy(h, gens + t * n, n * sizeof(pt));
        L = bsgs_sift(B, h, 0, h + n, h + 2 * n);
        if (!_perm_is_one(h, n)) add_gen(B, h, L);
    }
    if (B->ns > 0 && !(known_order && fmpz_equal(B->order, known_order))) {
        prand_struct P;
        slong count = 0, iter = 0;
        prand_init(&P, gens, ngens, n, state);
        for (;;) {
            const pt * r;
            if (known_order && fmpz_equal(B->order, known_order)) break;
            if (count >= (known_order ? (check ? 400 : 40) : 20)) break;
            if ((++iter & 31) == 0) {
                if (wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
                wk_progress("Schreier-Sims", (double) B->k, 0);
            }
            r = prand_next(&P, state);
            memcpy(h, r, n * sizeof(pt));
            L = bsgs_sift(B, h, 0, h + n, h + 2 * n);
            if (!_perm_is_one(h, n)) {
                slong t2;
                add_gen(B, h, L);
                for (t2 = 0; t2 <= L && t2 < B->k; t2++) shallow(B, t2, state);
                count = 0;
            } else {
                count++;
            }
        }
        prand_clear(&P);
    }
    flint_free(h);
    if (st != WK_OK) return st;
    if (known_order && fmpz_equal(B->order, known_order)) return WK_OK;
    if (!check) return WK_OK;
    for (t = 0; t < B->k; t++) shallow(B, t, state);
    st = verify(B, state);
    if (st != WK_OK) return st;
    if (known_order && !fmpz_equal(B->order, known_order)) {
        char * a = fmpz_get_str(NULL, 10, B->order), * b = fmpz_get_str(NULL, 10, known_order);
        st = wk_error(WK_E_INTERNAL, "group order %s differs from the expected %s", a, b);
        flint_free(a);
        flint_free(b);
    }
    return st;
}

wk_status bsgs_build(bsgs_struct * B, const pt * gens, slong ngens,
                     const fmpz_t known_order, flint_rand_t state)
{
    return bsgs_build_ex(B, gens, ngens, known_order, state, 1);
}

/* ---- ranks ------------------------------------------------------------- */
wk_status bsgs_rank_init(bsgs_struct * B)
{
    slong i;
    if (B->rank_ok) return WK_OK;
    if (!B->expl) {
        slong tot = 0;
        for (i = 0; i < B->k; i++) tot += B->olen[i];
        return wk_error(WK_E_TOO_LARGE, "degree %ld with basic orbits of total length %ld: the "
                        "transversal tables (degree x total length > 2^24 points) exceed the memory guard",
                        (long) B->n, (long) tot);
    }
    if (fmpz_bits(B->order) > 62)
        return wk_error(WK_E_TOO_LARGE, "group order exceeds 2^62");
    B->stride = flint_realloc(B->stride, (B->k ? B->k : 1) * sizeof(ulong));
    if (B->k) {
        B->stride[B->k - 1] = 1;
        for (i = B->k - 2; i >= 0; i--) B->stride[i] = B->stride[i + 1] * B->olen[i + 1];
    }
    B->rank_ok = 1;
    return WK_OK;
}

void bsgs_unrank(pt * g, const bsgs_struct * B, ulong r, pt * tmp)
{
    slong i, x, n = B->n;
    (void) tmp;
    _perm_one(g, n);
    for (i = B->k - 1; i >= 0; i--) {
        ulong p = (r / B->stride[i]) % B->olen[i];
        if (p) {
            const pt * u = B->u[i] + p * n;
            for (x = 0; x < n; x++) g[x] = u[g[x]];
        }
    }
}

void bsgs_bimg_of_rank(pt * b, const bsgs_struct * B, ulong r)
{
    slong i, j, k = B->k, n = B->n;
    for (j = 0; j < k; j++) b[j] = (pt) B->base[j];
    for (i = k - 1; i >= 0; i--) {
        ulong p = (r / B->stride[i]) % B->olen[i];
        if (p) {
            const pt * u = B->u[i] + p * n;
            for (j = 0; j < k; j++) b[j] = u[b[j]];
        }
    }
}
