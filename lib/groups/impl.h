/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/impl.h: the module's private structures (stabiliser chains,
   classes, character tables) and the raw-array routines shared by its files. */
#ifndef WK_GROUPS_IMPL_H
#define WK_GROUPS_IMPL_H

#include <stdint.h>
#include <string.h>
#include <flint/flint.h>
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/nmod_vec.h>
#include "wk_groups.h"

typedef wk_pt pt;

/* x mod n (FLINT's inline nmod_set_ui shifts an int literal by up to 63
   bits, undefined behaviour that UBSan reports) */
static inline mp_limb_t _wk_nmod_red(ulong x, nmod_t mod)
{
    return x < mod.n ? x : x % mod.n;
}

/* ---- raw permutations on 0..n-1 ---------------------------------------- */
static inline void _perm_one(pt * p, slong n)
{
    slong i;
    for (i = 0; i < n; i++) p[i] = (pt) i;
}
/* r = a*b (first a, then b).  r may alias a, not b. */
static inline void _perm_mul(pt * r, const pt * a, const pt * b, slong n)
{
    slong i;
    for (i = 0; i < n; i++) r[i] = b[a[i]];
}
/* r = a^-1; r must not alias a. */
static inline void _perm_inv(pt * r, const pt * a, slong n)
{
    slong i;
    for (i = 0; i < n; i++) r[a[i]] = (pt) i;
}
static inline int _perm_is_one(const pt * a, slong n)
{
    slong i;
    for (i = 0; i < n; i++) if (a[i] != (pt) i) return 0;
    return 1;
}
static inline int _perm_equal(const pt * a, const pt * b, slong n)
{
    return memcmp(a, b, n * sizeof(pt)) == 0;
}
/* r = g^-1 x g given ginv; r must not alias x or g. */
static inline void _perm_conj(pt * r, const pt * x, const pt * g, const pt * ginv, slong n)
{
    slong i;
    for (i = 0; i < n; i++) r[i] = g[x[ginv[i]]];
}
ulong _perm_order_ui(const pt * a, slong n);     /* order if it fits a ulong, else 0 */
void _perm_pow(pt * r, const pt * a, slong e, slong n);   /* r must not alias a */
ulong _perm_hash(const pt * a, slong n);

/* ---- stabiliser chains (bsgs.c) ------------------------------------------
   Base points base[0..k-1]; strong generators sg[s] with inverses; sglev[s]
   is the number of leading base points s fixes, so the generators of level
   i (the stabiliser of base[0..i-1]) are those with sglev >= i.  Orbits
   with Schreier vectors (svgen, svpar), and explicit transversals u, uinv
   (u[i] + j*n maps base[i] to orbit[i][j]) while they fit the budget. */
typedef struct {
    slong n;
    slong k, kalloc;
    slong * base;
    slong ns, nsalloc;
    pt ** sg;
    pt ** sginv;
    slong * sglev;
    slong * olen, * oalloc;
    pt ** orbit;
    int ** pos;          /* n entries per level: orbit index or -1 */
    int ** svgen, ** svpar;   /* Schreier tree: label index and parent */
    int ** depth;             /* depth of each orbit point in the tree */
    slong * maxdep;
    slong * nlab, * lalloc;   /* tree labels per level: the level's strong */
    pt *** lab, *** labinv;   /* generators plus random elements of the level */
    int ** labsg;             /* group that keep the tree shallow; labsg = sg index or -1 */
    slong * nextra;
    pt ** u, ** uinv;
    int expl;
    slong expl_total;    /* sum of oalloc while explicit */
    ulong * stride;      /* rank strides (set by bsgs_rank_init) */
    int rank_ok;
    fmpz_t order;
} bsgs_struct;

void bsgs_init(bsgs_struct * B, slong n);
void bsgs_clear(bsgs_struct * B);
/* Builds a complete BSGS for <gens>.  With known_order != NULL, stops when
   the order is reached (no verification needed: a partial chain never
   overestimates); otherwise random Schreier-Sims then deterministic
   verification.  Returns WK_E_INTERRUPT on Ctrl-C (B then partial). */
wk_status bsgs_build(bsgs_struct * B, const pt * gens, slong ngens,
                     const fmpz_t known_order, flint_rand_t state);
/* Sifts g in place from level start; returns the level where it stopped
   (k if through).  buf, tmp: scratch of n points. */
slong bsgs_sift(const bsgs_struct * B, pt * g, slong start, pt * buf, pt * tmp);
/* With check = 0 and a target order: random Schreier-Sims only, stopping at
   the target or after 40 sifts to the identity (the chain then describes a
   subgroup of <gens>, exactly <gens> if the target was reached). */
wk_status bsgs_build_ex(bsgs_struct * B, const pt * gens, slong ngens,
                        const fmpz_t known_order, flint_rand_t state, int check);
int bsgs_contains(const bsgs_struct * B, const pt * g);
/* Adds g (an element of the group the chain should describe) if it does not
   sift; returns 1 if the chain grew. */
int bsgs_add_element(bsgs_struct * B, const pt * g);
/* Uniform random element (complete chain). */
void bsgs_random(pt * g, const bsgs_struct * B, flint_rand_t state);
/* Transversal element u (or its inverse) of level i, orbit index j: pointer
   to the explicit copy, or computed into buf (n points). */
const pt * bsgs_u(const bsgs_struct * B, slong i, slong j, pt * buf);
const pt * bsgs_uinv(const bsgs_struct * B, slong i, slong j, pt * buf);
/* Ranks: a bijection G -> [0, |G|).  Needs explicit transversals and
   |G| < 2^62; returns WK_E_TOO_LARGE otherwise. */
wk_status bsgs_rank_init(bsgs_struct * B);
/* Rank from the base images b[0..k-1] (overwritten). */
static inline ulong bsgs_rank_bimg(const bsgs_struct * B, pt * b)
{
    slong i, j, k = B->k, n = B->n;
    ulong r = 0;
    for (i = 0; i < k; i++) {
        slong p = B->pos[i][b[i]];
        r += (ulong) p * B->stride[i];
        if (p) {
            const pt * ui = B->uinv[i] + p * n;
            for (j = i + 1; j < k; j++) b[j] = ui[b[j]];
        }
    }
    return r;
}
static inline ulong bsgs_rank(const bsgs_struct * B, const pt * g, pt * b)
{
    slong i;
    for (i = 0; i < B->k; i++) b[i] = g[B->base[i]];
    return bsgs_rank_bimg(B, b);
}
void bsgs_unrank(pt * g, const bsgs_struct * B, ulong r, pt * tmp);
/* Base images of the element of rank r (k^2 work). */
void bsgs_bimg_of_rank(pt * b, const bsgs_struct * B, ulong r);
/* Product replacement random elements (Celler et al. 1995). */
typedef struct {
    slong n, len;
    pt * s;      /* len*n */
    pt * acc, * tmp, * tinv;
} prand_struct;
void prand_init(prand_struct * P, const pt * gens, slong ngens, slong n, flint_rand_t st);
void prand_clear(prand_struct * P);
const pt * prand_next(prand_struct * P, flint_rand_t st);

/* ---- classes (classes.c) -------------------------------------------------- */
typedef struct {
    slong r;
    ulong gorder;
    pt * reps;          /* r*n */
    slong * size, * eorder, * inv;
    int32_t ** pw;      /* pw[k][t] = class of g_k^t, t in [0, eorder[k]); lazily (_wk_powermap) */
    uint32_t * cid;     /* class of each rank */
    uint32_t * elts;    /* ranks grouped by class */
    ulong * start;      /* r+1 offsets into elts */
    slong exponent;
    char ** names;
    /* natural symmetric groups: classes are cycle types; cid/elts are then
       built only on demand (_wk_classes_elements) */
    int sym;
    slong * part;       /* r * n: the partition of each class, parts decreasing, 0-padded */
    slong * phash;      /* open addressing over partitions */
    slong phsize;
} classes_struct;

/* ---- character tables (chartable.c) -------------------------------------- */
typedef struct {
    slong r;
    slong npool, palloc;
    wk_cyc_struct * pool;      /* distinct values */
    slong * phash;             /* open addressing, size hsize */
    slong hsize;
    uint32_t * irr;            /* r*r pool indices, row-major */
    slong * degree;
    slong conductor;
    ulong vprime;              /* the verification prime and its e-th root */
    ulong vroot;
} table_struct;

struct wk_group_struct {
    slong refcount;
    slong n;
    slong ngens;
    pt * gens;
    char * name;
    int has_known_order;
    fmpz_t known_order;
    bsgs_struct * bsgs;
    classes_struct * cls;
    table_struct * tab;
};

/* group.c */
/* G's name without the " (order N)" that dihedral names carry (for names of
   products, quotients, extensions); dflt if G has no name.  Uses buf. */
const char * _wk_group_base_name(const wk_group_struct * G, const char * dflt, char * buf, size_t n);
wk_status _wk_group_new(wk_group_struct ** G, slong n, const pt * gens, slong ngens);
wk_status _wk_group_bsgs(wk_group_struct * G);     /* ensure the chain */
wk_status _wk_group_rank(wk_group_struct * G);     /* ensure ranks (order guard) */
void _wk_group_set_known_order_ui(wk_group_struct * G, ulong o);
int _wk_group_contains_raw(wk_group_struct * G, const pt * g);   /* after _wk_group_bsgs */
wk_status _wk_group_check_order_guard(wk_group_struct * G);
void _wk_group_seed(flint_rand_t st);   /* fixed seed: results are reproducible */
char * _wk_limit_str(slong limit);      /* "10^7" or "12345" */

/* classes.c */
void _wk_classes_free(classes_struct * C);
/* the power map of class k: pm[t] = class of g_k^t, 0 <= t < order (computed
   on first use, O(order k^2), cached) */
const int32_t * _wk_powermap(const wk_group_struct * G, slong k);
slong _wk_sym_class(const wk_group_struct * G, const pt * g);
static inline slong _wk_class_of_raw(const wk_group_struct * G, const pt * g, pt * b)
{
    if (G->cls->sym) return _wk_sym_class(G, g);
    return G->cls->cid[bsgs_rank(G->bsgs, g, b)];
}
/* makes sure cid/elts/start exist (enumerating G for symmetric groups) */
wk_status _wk_classes_elements(wk_group_struct * G);
/* symmetric.c */
wk_status _wk_symmetric_classes(wk_group_struct * G);
int32_t * _wk_sym_powermap(const wk_group_struct * G, slong k);
char * _wk_class_name(slong order, slong t);
wk_status _wk_symmetric_table(table_struct ** T, wk_group_struct * G);

/* cyc.c internals */
/* Canonical form of sum c[e] zeta_n^e (c of length n, den > 0): Zumbroich
   reduction, conductor reduction, content.  Takes ownership of c. */
void _wk_cyc_set_raw(wk_cyc_t x, fmpz * c, slong n, const fmpz_t den);
ulong _wk_cyc_hash(const wk_cyc_t x);
/* Image of x in F_p under zeta_e -> z (x's conductor divides e); den must
   be invertible mod p. */
ulong _wk_cyc_reduce_mod(const wk_cyc_t x, slong e, ulong z, nmod_t mod);
slong _wk_gcd(slong a, slong b);
slong _wk_lcm(slong a, slong b);
/* Inner-product accumulator: dense sum over Z[x]/(x^L - 1) with common
   denominator. */
typedef struct {
    slong L;
    fmpz * c;
    fmpz_t den;
} cyc_acc_struct;
void cyc_acc_init(cyc_acc_struct * A, slong L);
void cyc_acc_clear(cyc_acc_struct * A);
/* A += a * x * conj(y) (or x*y if !conj); L must be a multiple of both
   conductors. */
void cyc_acc_addmul(cyc_acc_struct * A, const wk_cyc_t x, const wk_cyc_t y, int conj,
                    const fmpz_t a);
/* Adds a*x. */
void cyc_acc_add(cyc_acc_struct * A, const wk_cyc_t x, const fmpz_t a);
void cyc_acc_get(wk_cyc_t r, cyc_acc_struct * A);

/* chartable.c */
void _wk_table_free(table_struct * T);
slong _wk_table_pool_insert(table_struct * T, const wk_cyc_t x);   /* index, or -1 on failure */
slong _wk_table_pool_find(const table_struct * T, const wk_cyc_t x);

/* exact verification of a table of G (see wk_group_chartable) */
wk_status _wk_table_verify(table_struct * T, wk_group_struct * G);

/* dixon.c: computes the table of G (classes computed). */
wk_status _wk_dixon_schneider(table_struct ** T, wk_group_struct * G);

/* subgroups.c: stabiliser of a point omega of an action of G (complete
   chain): svpar/svgen give the Schreier tree of omega's orbit over G's
   generators (child = parent^(g_i)); act(data, g) returns the orbit index of
   omega^g; target = |G|/|orbit|; seeds are known elements of the stabiliser. */
typedef slong (*wk_action_index_fn)(void * data, const pt * g);
wk_status _wk_stab_from_tree(wk_group_struct ** S, wk_group_struct * G, const fmpz_t target,
                             const int * svpar, const int * svgen,
                             wk_action_index_fn act, void * data,
                             const pt * seeds, slong nseeds);

/* all elements of H (ranks initialised) as perms padded to degree n, in rank order */
pt * _wk_group_elements(wk_group_struct * H, slong n, slong * count);

/* extension.c: extends images of N's generators (N ranked) to phiv[rank]
   = rank of the image, checking the relations and bijectivity; name is used
   in messages ("phi(h1)", "alpha"). */
wk_status _wk_extend_automorphism(uint32_t * phiv, wk_group_struct * N, const pt * imgs,
                                  const char * name);

/* string builder (display.c) */
typedef struct {
    char * s;
    slong len, alloc;
} sbuf_struct;
void sbuf_init(sbuf_struct * b);
void sbuf_clear(sbuf_struct * b);
void sbuf_puts(sbuf_struct * b, const char * s);
void sbuf_printf(sbuf_struct * b, const char * fmt, ...) __attribute__((format(printf, 2, 3)));
char * sbuf_finish(sbuf_struct * b);   /* flint_malloc'd result; b is reset */

#endif
