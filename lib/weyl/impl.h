/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/impl.h: helpers shared by the files of lib/weyl (not installed):
   node-set bit tricks, a hash set of small integer vectors, internal prototypes. */
#ifndef WK_WEYL_IMPL_H
#define WK_WEYL_IMPL_H

#include <stdint.h>
#include <string.h>
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpq_vec.h>
#include "wk_weyl.h"

/* ---- small fmpq helpers missing from FLINT 2.9 ---- */
static inline void fmpq_addmul_si(fmpq_t res, const fmpq_t x, slong c)
{
    fmpq_t t;
    fmpq_init(t);
    fmpq_mul_si(t, x, c);
    fmpq_add(res, res, t);
    fmpq_clear(t);
}
static inline void fmpq_submul_si(fmpq_t res, const fmpq_t x, slong c)
{
    fmpq_t t;
    fmpq_init(t);
    fmpq_mul_si(t, x, c);
    fmpq_sub(res, res, t);
    fmpq_clear(t);
}
static inline void _fmpq_vec_set(fmpq *res, const fmpq *x, slong n)
{
    slong i;
    for (i = 0; i < n; i++) fmpq_set(res + i, x + i);
}

static inline void _fmpq_vec_zero(fmpq *x, slong n)
{
    slong i;
    for (i = 0; i < n; i++) fmpq_zero(x + i);
}
static inline int _fmpq_vec_equal(const fmpq *x, const fmpq *y, slong n)
{
    slong i;
    for (i = 0; i < n; i++) if (!fmpq_equal(x + i, y + i)) return 0;
    return 1;
}

/* ---- node sets as bit masks (n <= 64) ---- */
static inline int _wk_popcount(ulong x) { return __builtin_popcountl(x); }
static inline int _wk_lowbit(ulong x) { return __builtin_ctzl(x); }
static inline ulong _wk_full(slong n) { return n >= 64 ? ~UWORD(0) : (UWORD(1) << n) - 1; }

/* The neighbours of the nodes of K (adj[i] = nodes joined to i). */
static inline ulong _wk_nbrs(const ulong *adj, ulong K)
{
    ulong r = 0;
    while (K) { r |= adj[_wk_lowbit(K)]; K &= K - 1; }
    return r;
}

/* The union of the connected components of K (inside K) that meet seed. */
static inline ulong _wk_reach(const ulong *adj, ulong K, ulong seed)
{
    ulong r = seed & K, front = r;
    while (front) {
        ulong nb = _wk_nbrs(adj, front) & K & ~r;
        r |= nb;
        front = nb;
    }
    return r;
}

/* The connected component of K containing node i (i in K). */
static inline ulong _wk_component(const ulong *adj, ulong K, int i)
{
    return _wk_reach(adj, K, UWORD(1) << i);
}

/* ---- a hash set of int32 vectors of fixed length, values are insertion indices ---- */
typedef struct {
    slong n;        /* vector length */
    slong len;      /* number of stored vectors */
    slong alloc;    /* capacity of keys (in vectors) */
    slong cap;      /* table size, a power of 2 */
    int32_t *keys;  /* len vectors of n entries, in insertion order */
    slong *table;   /* cap slots: index into keys or -1 */
} _wk_vset_struct;
typedef _wk_vset_struct _wk_vset_t[1];

void _wk_vset_init(_wk_vset_t h, slong n);
void _wk_vset_clear(_wk_vset_t h);
/* Index of v, or -1. */
slong _wk_vset_find(const _wk_vset_t h, const int32_t *v);
/* Index of v, inserting it if new; *is_new tells which. */
slong _wk_vset_insert(_wk_vset_t h, const int32_t *v, int *is_new);
static inline const int32_t *_wk_vset_key(const _wk_vset_t h, slong k) { return h->keys + k * h->n; }

/* ---- a cache of |W_C| for connected node sets C (keys are masks) ---- */
typedef struct {
    slong cap, len;
    ulong *keys;   /* 0 = empty slot (the empty set is never stored) */
    fmpz *vals;
} _wk_ordcache_struct;
typedef _wk_ordcache_struct _wk_ordcache_t[1];

void _wk_ordcache_init(_wk_ordcache_t c);
void _wk_ordcache_clear(_wk_ordcache_t c);
/* Sets ord to |W_C| for a connected C of finite type (n <= 64); returns 0
   if C is not of finite type. */
int _wk_ordcache_get(fmpz_t ord, _wk_ordcache_t c, const wk_weyl_t R, ulong C);

/* A stable merge sort with a context pointer (qsort_r is not portable). */
typedef int (*_wk_cmp_fn)(const void *a, const void *b, void *ctx);
void _wk_sort(void *base, slong nmemb, size_t size, _wk_cmp_fn cmp, void *ctx);

/* ---- internal routines shared between files ---- */

/* Classifies the connected node list nodes[0..m-1] of R (4.2 of the spec).
   Sets *letter ('A'..'G' or '?'), reorders nodes into Bourbaki order when of
   finite type, and sets ord to |W_C| (0 if not of finite type).  Returns 1 for
   finite type. */
int _wk_weyl_classify(char *letter, slong *nodes, fmpz_t ord, const slong *a, slong n, slong m);

/* |W| of a finite type given by letter and rank. */
void _wk_weyl_type_order(fmpz_t ord, char letter, slong m);

/* Sets ord to |W_L| (n <= 64); returns 0 (and leaves ord = 0) when W_L is
   infinite, storing in *bad a component of L that is not of finite type. */
int _wk_weyl_parabolic_order(fmpz_t ord, const wk_weyl_t R, ulong L, ulong *bad);

/* Formats the node set L as "{1,3}" (1-based) into buf. */
void _wk_weyl_set_str(char *buf, size_t size, ulong L);

/* The J-dominant tree walk (4.3) on integer J-coordinates.
   mu: n int64 coordinates of a J-dominant weight (only J coordinates read).
   Calls visit(ctx, parent_index, letter, coords) for every orbit element in
   DFS preorder (the root has parent -1, letter -1); visit returns 0 to go on,
   nonzero to stop (then the walk returns that value).  Polls interrupts:
   returns -1 with the error set.  Coordinates outside J are not maintained. */
typedef int (*_wk_walk_fn)(void *ctx, slong parent, slong letter, const int64_t *x);
int _wk_weyl_walk(const wk_weyl_t R, ulong J, const int64_t *mu, _wk_walk_fn visit, void *ctx);

/* Checks that W_J is finite; otherwise sets the "infinite" error. */
wk_status _wk_weyl_check_finite_J(const wk_weyl_t R, ulong J);
/* Checks that the whole of R is of finite type (geometry needs A^{-1}). */
wk_status _wk_weyl_check_finite(const wk_weyl_t R, const char *what);

/* Applies s_i to the fmpz vector x (n entries) in place. */
void _wk_weyl_reflect_fmpz(fmpz *x, slong i, const wk_weyl_t R);
/* Applies the word to x: letters applied from the last to the first. */
void _wk_weyl_act_fmpz(fmpz *x, const slong *w, slong len, const wk_weyl_t R);
/* Coroot action on a coweight in simple-coroot coordinates. */
void _wk_weyl_coreflect_fmpq(fmpq *y, slong i, const wk_weyl_t R);

/* Orbit tree of mu_K (faces of one type): arrays parent[], letter[] of the
   walk from the J-dominant weight given by its zero set Z inside J. */
wk_status _wk_weyl_coset_tree(slong **parent, slong **letter, slong *len,
                              const wk_weyl_t R, ulong J, ulong Z, slong limit);

/* Primitive integer vector: divides by the content (no-op for zero). */
void _wk_fmpz_vec_primitive(fmpz *v, slong len);

#endif
