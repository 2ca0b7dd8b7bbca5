/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/value.c: value constructors, accessors, reference counting, text buffers. */
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"

static void *xmalloc(size_t n)
{
    return flint_malloc(n ? n : 1);
}

static wk_heap *heap_new(size_t size, wk_type t)
{
    wk_heap *h = xmalloc(size);
    h->rc = 1;
    h->t = t;
    return h;
}

static inline wk_value mk(wk_type t, wk_heap *h)
{
    wk_value v;
    v.t = t;
    v.u.h = h;
    return v;
}

/* ---- freeing ----------------------------------------------------------------
   Iterative: a container whose last reference goes pushes its children on a
   work list instead of recursing, so a list nested 10^7 deep frees safely. */
static wk_heap **free_stack;
static size_t free_n, free_cap;
static int freeing;

static void free_one(wk_heap *h);

void wk_free_heap(wk_heap *h)
{
    if (free_n == free_cap) {
        free_cap = 2 * free_cap + 64;
        free_stack = realloc(free_stack, free_cap * sizeof(wk_heap *));
    }
    free_stack[free_n++] = h;
    if (freeing) return;
    freeing = 1;
    while (free_n > 0) free_one(free_stack[--free_n]);
    freeing = 0;
}

void wk_value_free_all(void)
{
    free(free_stack);
    free_stack = NULL;
    free_n = free_cap = 0;
}

static void free_one(wk_heap *h)
{
    slong i;
    switch (h->t) {
    case T_RAT: fmpq_clear(((wk_rat *) h)->q); break;
    case T_REAL: arb_clear(((wk_real *) h)->x); break;
    case T_CPLX: acb_clear(((wk_cplx *) h)->x); break;
    case T_STR: break;
    case T_LIST: {
        wk_list *l = (wk_list *) h;
        for (i = 0; i < l->len; i++) wk_release(&l->v[i]);
        flint_free(l->v);
        break;
    }
    case T_REC: {
        wk_rec *r = (wk_rec *) h;
        for (i = 0; i < r->n; i++) wk_release(&r->v[i]);
        flint_free(r->v);
        flint_free(r->key);
        break;
    }
    case T_MAT: {
        wk_mat *m = (wk_mat *) h;
        for (i = 0; i < m->r * m->c; i++) wk_release(&m->v[i]);
        flint_free(m->v);
        break;
    }
    case T_POLY: wk_poly_free((wk_poly *) h); break;
    case T_SER: fmpq_poly_clear(((wk_ser *) h)->c); break;
    case T_PERM: flint_free(((wk_perm *) h)->img); break;
    case T_RANGE: break;
    case T_FUNC: {
        wk_func *f = (wk_func *) h;
        for (i = 0; i < f->p->nup; i++) wk_release(&f->up[i]);
        break;
    }
    case T_OBJ: {
        wk_obj *o = (wk_obj *) h;
        if (o->type->free) o->type->free(o->data);
        break;
    }
    default: break;
    }
    flint_free(h);
}

/* ---- constructors ---------------------------------------------------------- */

wk_value wk_int_si(slong x)
{
    wk_value v;
    v.t = T_INT;
    fmpz_init(&v.u.z);
    fmpz_set_si(&v.u.z, x);
    return v;
}

wk_value wk_int_ui(ulong x)
{
    wk_value v;
    v.t = T_INT;
    fmpz_init(&v.u.z);
    fmpz_set_ui(&v.u.z, x);
    return v;
}

wk_value wk_int_fmpz(const fmpz_t x)
{
    wk_value v;
    v.t = T_INT;
    fmpz_init_set(&v.u.z, x);
    return v;
}

wk_value wk_int_fmpz_move(fmpz_t x)
{
    wk_value v;
    v.t = T_INT;
    v.u.z = *x;        /* fmpz is one word: move the small value or the pointer */
    *x = 0;
    return v;
}

wk_value wk_int_mpz(const mpz_t x)
{
    wk_value v;
    v.t = T_INT;
    fmpz_init(&v.u.z);
    fmpz_set_mpz(&v.u.z, x);
    return v;
}

wk_value wk_rat_fmpq(const fmpq_t x)
{
    wk_rat *r;
    if (fmpz_is_one(fmpq_denref(x)))
        return wk_int_fmpz(fmpq_numref(x));
    r = (wk_rat *) heap_new(sizeof(wk_rat), T_RAT);
    fmpq_init(r->q);
    fmpq_set(r->q, x);
    return mk(T_RAT, &r->hd);
}

wk_value wk_rat_si(slong p, slong q)
{
    fmpq_t x;
    wk_value v;
    fmpq_init(x);
    fmpq_set_si(x, p, (ulong) q);
    v = wk_rat_fmpq(x);
    fmpq_clear(x);
    return v;
}

wk_value wk_real_arb(const arb_t x)
{
    wk_real *r = (wk_real *) heap_new(sizeof(wk_real), T_REAL);
    arb_init(r->x);
    arb_set(r->x, x);
    return mk(T_REAL, &r->hd);
}

wk_value wk_real_d(double d)
{
    arb_t x;
    wk_value v;
    arb_init(x);
    arb_set_d(x, d);
    v = wk_real_arb(x);
    arb_clear(x);
    return v;
}

wk_value wk_cplx_acb(const acb_t x)
{
    wk_cplx *r = (wk_cplx *) heap_new(sizeof(wk_cplx), T_CPLX);
    acb_init(r->x);
    acb_set(r->x, x);
    return mk(T_CPLX, &r->hd);
}

wk_value wk_num_acb(const acb_t x)
{
    if (arb_is_zero(acb_imagref(x)))
        return wk_real_arb(acb_realref(x));
    return wk_cplx_acb(x);
}

wk_value wk_str_n(const char *s, slong n)
{
    wk_strobj *r = (wk_strobj *) heap_new(sizeof(wk_strobj) + n + 1, T_STR);
    memcpy(r->s, s, n);
    r->s[n] = '\0';
    r->len = n;
    return mk(T_STR, &r->hd);
}

wk_value wk_str(const char *s) { return wk_str_n(s, strlen(s)); }

wk_value wk_scratch(size_t bytes)
{
    wk_strobj *r = (wk_strobj *) heap_new(sizeof(wk_strobj) + bytes + 1, T_STR);
    r->len = 0;
    r->s[0] = '\0';
    return mk(T_STR, &r->hd);
}

wk_value wk_str_take(char *s)
{
    wk_value v = wk_str(s);
    flint_free(s);
    return v;
}

wk_value wk_str_printf(const char *fmt, ...)
{
    wk_buf b;
    va_list ap;
    wk_value v;
    char tmp[512];
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < (int) sizeof tmp)
        return wk_str_n(tmp, n);
    wk_buf_init(&b);
    b.cap = n + 1;
    b.s = flint_malloc(b.cap);
    va_start(ap, fmt);
    vsnprintf(b.s, b.cap, fmt, ap);
    va_end(ap);
    v = wk_str_n(b.s, n);
    wk_buf_clear(&b);
    return v;
}

wk_value wk_list_new(slong cap)
{
    wk_list *l = (wk_list *) heap_new(sizeof(wk_list), T_LIST);
    l->len = 0;
    l->cap = cap > 0 ? cap : 4;
    l->v = xmalloc(l->cap * sizeof(wk_value));
    return mk(T_LIST, &l->hd);
}

void wk_list_push(wk_value *lv, wk_value x)
{
    wk_list *l = (wk_list *) lv->u.h;
    if (l->len == l->cap) {
        l->cap = 2 * l->cap + 4;
        l->v = flint_realloc(l->v, l->cap * sizeof(wk_value));
    }
    l->v[l->len++] = x;
}

wk_value wk_list_from_si(const slong *x, slong n)
{
    wk_value l = wk_list_new(n);
    slong i;
    for (i = 0; i < n; i++) wk_list_push(&l, wk_int_si(x[i]));
    return l;
}

wk_value wk_list_from_fmpz(const fmpz *x, slong n)
{
    wk_value l = wk_list_new(n);
    slong i;
    for (i = 0; i < n; i++) wk_list_push(&l, wk_int_fmpz(x + i));
    return l;
}

wk_value wk_list_from_fmpq(const fmpq *x, slong n)
{
    wk_value l = wk_list_new(n);
    slong i;
    for (i = 0; i < n; i++) wk_list_push(&l, wk_rat_fmpq(x + i));
    return l;
}

wk_value wk_list_clone(const wk_value *lv)
{
    const wk_list *l = (const wk_list *) lv->u.h;
    wk_value r = wk_list_new(l->len);
    slong i;
    for (i = 0; i < l->len; i++) {
        wk_value x;
        wk_copy(&x, &l->v[i]);
        wk_list_push(&r, x);
    }
    return r;
}

wk_value wk_rec_new(void)
{
    wk_rec *r = (wk_rec *) heap_new(sizeof(wk_rec), T_REC);
    r->n = 0;
    r->cap = 4;
    r->key = xmalloc(r->cap * sizeof(char *));
    r->v = xmalloc(r->cap * sizeof(wk_value));
    return mk(T_REC, &r->hd);
}

void wk_rec_set(wk_value *rv, const char *name, wk_value x)
{
    wk_rec *r = (wk_rec *) rv->u.h;
    slong i;
    name = wk_intern(name);
    for (i = 0; i < r->n; i++)
        if (r->key[i] == name) {
            wk_release(&r->v[i]);
            r->v[i] = x;
            return;
        }
    if (r->n == r->cap) {
        r->cap *= 2;
        r->key = flint_realloc(r->key, r->cap * sizeof(char *));
        r->v = flint_realloc(r->v, r->cap * sizeof(wk_value));
    }
    r->key[r->n] = name;
    r->v[r->n++] = x;
}

wk_value wk_rec_clone(const wk_value *rv)
{
    const wk_rec *r = (const wk_rec *) rv->u.h;
    wk_value o = wk_rec_new();
    slong i;
    for (i = 0; i < r->n; i++) {
        wk_value x;
        wk_copy(&x, &r->v[i]);
        wk_rec_set(&o, r->key[i], x);
    }
    return o;
}

wk_value wk_mat_new(slong r, slong c)
{
    wk_mat *m = (wk_mat *) heap_new(sizeof(wk_mat), T_MAT);
    slong i;
    m->r = r;
    m->c = c;
    m->v = xmalloc((size_t) (r * c) * sizeof(wk_value));
    for (i = 0; i < r * c; i++) {
        m->v[i].t = T_INT;
        fmpz_init(&m->v[i].u.z);
    }
    return mk(T_MAT, &m->hd);
}

void wk_mat_set(wk_value *mv, slong i, slong j, wk_value x)
{
    wk_mat *m = (wk_mat *) mv->u.h;
    wk_release(&m->v[i * m->c + j]);
    m->v[i * m->c + j] = x;
}

wk_value wk_mat_clone(const wk_value *mv)
{
    const wk_mat *m = (const wk_mat *) mv->u.h;
    wk_value o = wk_mat_new(m->r, m->c);
    wk_mat *n = (wk_mat *) o.u.h;
    slong i;
    for (i = 0; i < m->r * m->c; i++) wk_assign(&n->v[i], &m->v[i]);
    return o;
}

wk_value wk_mat_from_fmpz_mat(const fmpz_mat_t a)
{
    wk_value o = wk_mat_new(fmpz_mat_nrows(a), fmpz_mat_ncols(a));
    slong i, j;
    for (i = 0; i < fmpz_mat_nrows(a); i++)
        for (j = 0; j < fmpz_mat_ncols(a); j++)
            wk_mat_set(&o, i, j, wk_int_fmpz(fmpz_mat_entry(a, i, j)));
    return o;
}

wk_value wk_mat_from_fmpq_mat(const fmpq_mat_t a)
{
    wk_value o = wk_mat_new(fmpq_mat_nrows(a), fmpq_mat_ncols(a));
    slong i, j;
    for (i = 0; i < fmpq_mat_nrows(a); i++)
        for (j = 0; j < fmpq_mat_ncols(a); j++)
            wk_mat_set(&o, i, j, wk_rat_fmpq(fmpq_mat_entry(a, i, j)));
    return o;
}

wk_value wk_mat_from_arb_mat(const arb_mat_t a)
{
    wk_value o = wk_mat_new(arb_mat_nrows(a), arb_mat_ncols(a));
    slong i, j;
    for (i = 0; i < arb_mat_nrows(a); i++)
        for (j = 0; j < arb_mat_ncols(a); j++)
            wk_mat_set(&o, i, j, wk_real_arb(arb_mat_entry(a, i, j)));
    return o;
}

wk_value wk_mat_from_acb_mat(const acb_mat_t a)
{
    wk_value o = wk_mat_new(acb_mat_nrows(a), acb_mat_ncols(a));
    slong i, j;
    for (i = 0; i < acb_mat_nrows(a); i++)
        for (j = 0; j < acb_mat_ncols(a); j++)
            wk_mat_set(&o, i, j, wk_num_acb(acb_mat_entry(a, i, j)));
    return o;
}

wk_value wk_perm_new(const int *img, slong n)
{
    wk_perm *p = (wk_perm *) heap_new(sizeof(wk_perm), T_PERM);
    p->n = n;
    p->img = xmalloc((n ? n : 1) * sizeof(int));
    if (n) memcpy(p->img, img, n * sizeof(int));
    /* canonical degree: drop trailing fixed points */
    while (p->n > 0 && p->img[p->n - 1] == p->n - 1) p->n--;
    return mk(T_PERM, &p->hd);
}

wk_value wk_range_new(slong a, slong b, slong step)
{
    wk_range *r = (wk_range *) heap_new(sizeof(wk_range), T_RANGE);
    r->a = a; r->b = b; r->step = step;
    return mk(T_RANGE, &r->hd);
}

slong wk_range_len(const wk_range *r)
{
    if (r->step > 0) return r->b < r->a ? 0 : (r->b - r->a) / r->step + 1;
    return r->b > r->a ? 0 : (r->a - r->b) / (-r->step) + 1;
}

wk_value wk_obj_new(const wk_objtype *type, void *data)
{
    wk_obj *o = (wk_obj *) heap_new(sizeof(wk_obj), T_OBJ);
    o->type = type;
    o->data = data;
    return mk(T_OBJ, &o->hd);
}

typedef struct { wk_keep_fn fn; void *p; slong n; } keep_t;

static void keep_free(void *d)
{
    keep_t *k = d;
    if (k->fn) k->fn(k->p, k->n);
    flint_free(k);
}

static void keep_print(wk_buf *b, const void *d, int top)
{
    (void) d; (void) top;
    wk_buf_puts(b, "<internal buffer>");
}

static const wk_objtype keep_type = { .name = "internal buffer", .free = keep_free, .print = keep_print };

void *wk_keep(wk_state *S, void *p, slong n, wk_keep_fn fn)
{
    keep_t *k = flint_malloc(sizeof *k);
    k->fn = fn; k->p = p; k->n = n;
    wk_root(S, wk_obj_new(&keep_type, k));
    return p;
}

wk_value wk_func_new(wk_fproto *p, int nup)
{
    wk_func *f = (wk_func *) heap_new(sizeof(wk_func) + nup * sizeof(wk_value), T_FUNC);
    int i;
    f->p = p;
    for (i = 0; i < nup; i++) f->up[i].t = T_NIL;
    return mk(T_FUNC, &f->hd);
}

void wk_make_unique(wk_value *v)
{
    wk_value c;
    if (!wk_is_heap(v) || v->u.h->rc == 1) return;
    switch (v->t) {
    case T_LIST: c = wk_list_clone(v); break;
    case T_REC: c = wk_rec_clone(v); break;
    case T_MAT: c = wk_mat_clone(v); break;
    default: return;
    }
    wk_release(v);
    *v = c;
}

/* ---- accessors -------------------------------------------------------------- */
const char *wk_type_name_t(wk_type t)
{
    switch (t) {
    case T_UNDEF: return "undefined";
    case T_NIL: return "nil";
    case T_BOOL: return "a boolean";
    case T_INT: return "an integer";
    case T_RAT: return "a rational";
    case T_REAL: return "a real ball";
    case T_CPLX: return "a complex ball";
    case T_STR: return "a string";
    case T_LIST: return "a list";
    case T_REC: return "a record";
    case T_MAT: return "a matrix";
    case T_POLY: return "a polynomial";
    case T_SER: return "a series";
    case T_PERM: return "a permutation";
    case T_RANGE: return "a range";
    case T_FUNC: return "a function";
    case T_BUILTIN: return "a builtin function";
    case T_OBJ: return "an object";
    default: return "a value";
    }
}

const char *wk_type_name(const wk_value *v)
{
    static _Thread_local char buf[80];
    if (v->t == T_OBJ) {
        const char *n = ((const wk_obj *) v->u.h)->type->name;
        snprintf(buf, sizeof buf, "%s %s", strchr("aeiou", n[0]) ? "an" : "a", n);
        return buf;
    }
    if (v->t == T_POLY) {
        const wk_poly *p = (const wk_poly *) v->u.h;
        if (!fmpq_mpoly_is_one(p->den, p->c->ctx)) {
            /* a monomial denominator is a Laurent polynomial */
            return fmpq_mpoly_length(p->den, p->c->ctx) == 1
                   ? "a Laurent polynomial" : "a rational function";
        }
    }
    return wk_type_name_t((wk_type) v->t);
}

int wk_get_si(slong *out, const wk_value *v)
{
    if (v->t != T_INT || !fmpz_fits_si(&v->u.z)) return 0;
    *out = fmpz_get_si(&v->u.z);
    return 1;
}

int wk_get_fmpz(fmpz_t out, const wk_value *v)
{
    if (v->t != T_INT) return 0;
    fmpz_set(out, &v->u.z);
    return 1;
}

int wk_get_fmpq(fmpq_t out, const wk_value *v)
{
    if (v->t == T_INT) {
        fmpz_set(fmpq_numref(out), &v->u.z);
        fmpz_one(fmpq_denref(out));
        return 1;
    }
    if (v->t == T_RAT) { fmpq_set(out, ((const wk_rat *) v->u.h)->q); return 1; }
    return 0;
}

int wk_get_arb(arb_t out, const wk_value *v, slong prec)
{
    switch (v->t) {
    case T_INT: arb_set_round_fmpz(out, &v->u.z, prec); return 1;
    case T_RAT: arb_set_fmpq(out, ((const wk_rat *) v->u.h)->q, prec); return 1;
    case T_REAL: arb_set(out, ((const wk_real *) v->u.h)->x); return 1;
    default: return 0;
    }
}

int wk_get_acb(acb_t out, const wk_value *v, slong prec)
{
    if (v->t == T_CPLX) { acb_set(out, ((const wk_cplx *) v->u.h)->x); return 1; }
    if (!wk_get_arb(acb_realref(out), v, prec)) return 0;
    arb_zero(acb_imagref(out));
    return 1;
}

int wk_is_exact_number(const wk_value *v) { return v->t == T_INT || v->t == T_RAT; }
int wk_is_number(const wk_value *v)
{
    return v->t == T_INT || v->t == T_RAT || v->t == T_REAL || v->t == T_CPLX;
}

const char *wk_str_get(const wk_value *v)
{
    return v->t == T_STR ? ((const wk_strobj *) v->u.h)->s : NULL;
}

slong wk_list_len(const wk_value *v)
{
    return v->t == T_LIST ? ((const wk_list *) v->u.h)->len : -1;
}

const wk_value *wk_list_get(const wk_value *v, slong i)
{
    return &((const wk_list *) v->u.h)->v[i];
}

const wk_value *wk_rec_get(const wk_value *v, const char *name)
{
    const wk_rec *r;
    slong i;
    if (v->t != T_REC) return NULL;
    r = (const wk_rec *) v->u.h;
    name = wk_intern(name);
    for (i = 0; i < r->n; i++)
        if (r->key[i] == name) return &r->v[i];
    return NULL;
}

void *wk_obj_get(const wk_value *v, const wk_objtype *type)
{
    if (v->t != T_OBJ || ((const wk_obj *) v->u.h)->type != type) return NULL;
    return ((const wk_obj *) v->u.h)->data;
}

int wk_mat_dims(const wk_value *v, slong *r, slong *c)
{
    if (v->t == T_MAT) {
        *r = ((const wk_mat *) v->u.h)->r;
        *c = ((const wk_mat *) v->u.h)->c;
        return 1;
    }
    if (v->t == T_LIST) {
        const wk_list *l = (const wk_list *) v->u.h;
        slong i, n;
        if (l->len == 0) return 0;
        if (l->v[0].t != T_LIST) return 0;
        n = ((const wk_list *) l->v[0].u.h)->len;
        for (i = 1; i < l->len; i++)
            if (l->v[i].t != T_LIST || ((const wk_list *) l->v[i].u.h)->len != n)
                return 0;
        for (i = 0; i < l->len; i++) {
            const wk_list *row = (const wk_list *) l->v[i].u.h;
            slong j;
            for (j = 0; j < row->len; j++)
                if (row->v[j].t == T_LIST || row->v[j].t == T_MAT) return 0;
        }
        *r = l->len;
        *c = n;
        return 1;
    }
    return 0;
}

const wk_value *wk_mat_get(const wk_value *v, slong i, slong j)
{
    if (v->t == T_MAT) {
        const wk_mat *m = (const wk_mat *) v->u.h;
        return &m->v[i * m->c + j];
    }
    return wk_list_get(wk_list_get(v, i), j);
}

int wk_list_to_mat(const wk_value *l, wk_value *out)
{
    slong r, c, i, j;
    if (!wk_mat_dims(l, &r, &c)) return 0;
    *out = wk_mat_new(r, c);
    for (i = 0; i < r; i++)
        for (j = 0; j < c; j++) {
            wk_value x;
            wk_copy(&x, wk_mat_get(l, i, j));
            wk_mat_set(out, i, j, x);
        }
    return 1;
}

/* the four matrix conversions differ only in the entry getter */
#define GET_MAT(name, mat_t, entry, getter, ...)                                  \
    int name(mat_t out, const wk_value *v __VA_OPT__(,) __VA_ARGS__)               \
    {                                                                              \
        slong r, c, i, j;                                                          \
        if (!wk_mat_dims(v, &r, &c)) return 0;                                     \
        for (i = 0; i < r; i++)                                                    \
            for (j = 0; j < c; j++)                                                \
                if (!getter(entry(out, i, j), wk_mat_get(v, i, j) PREC_ARG)) return 0; \
        return 1;                                                                  \
    }
#define PREC_ARG
GET_MAT(wk_get_fmpz_mat, fmpz_mat_t, fmpz_mat_entry, wk_get_fmpz)
GET_MAT(wk_get_fmpq_mat, fmpq_mat_t, fmpq_mat_entry, wk_get_fmpq)
#undef PREC_ARG
#define PREC_ARG , prec
GET_MAT(wk_get_arb_mat, arb_mat_t, arb_mat_entry, wk_get_arb, slong prec)
GET_MAT(wk_get_acb_mat, acb_mat_t, acb_mat_entry, wk_get_acb, slong prec)
#undef PREC_ARG
#undef GET_MAT

/* ---- text buffers ------------------------------------------------------------- */
void wk_buf_init(wk_buf *b) { b->s = NULL; b->len = b->cap = 0; }
void wk_buf_clear(wk_buf *b) { flint_free(b->s); b->s = NULL; b->len = b->cap = 0; }

static void buf_grow(wk_buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap) {
        size_t nc = 2 * b->cap + extra + 64;
        b->s = flint_realloc(b->s, nc);
        b->cap = nc;
    }
}

void wk_buf_putn(wk_buf *b, const char *s, size_t n)
{
    buf_grow(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void wk_buf_puts(wk_buf *b, const char *s) { wk_buf_putn(b, s, strlen(s)); }

void wk_buf_putc(wk_buf *b, char c) { wk_buf_putn(b, &c, 1); }

void wk_buf_printf(wk_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    buf_grow(b, n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, n + 1, fmt, ap);
    va_end(ap);
    b->len += n;
}
