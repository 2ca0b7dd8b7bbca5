/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_weyl.c: the builtins of lib/weyl (root systems, Weyl groups,
   characters, and the faces of highest weight modules after Dhillon-Khare,
   arXiv:1611.00114; spec weyl-faces.md).  Three object kinds: a root system,
   a highest weight module (drawn by svg()), and a face w F_K (also the faces
   (T, w, K) of the universal polyhedron U_J).  Nodes are 1-based here, 0-based
   in lib/. */
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpq_vec.h>
#include "wk_api.h"
#include "wk_weyl.h"

/* ---- C temporaries that survive an error --------------------------------
   Builtins throw (longjmp) on bad input; every lib/ object that lives across
   a possible throw is owned by a rooted value whose free hook clears it. */
typedef wk_keep_fn keep_fn;
#define keep wk_keep

static void free_qvec(void *p, slong n) { _fmpq_vec_clear(p, n); }
static void free_zvec(void *p, slong n) { _fmpz_vec_clear(p, n); }
static void free_word(void *p, slong n) { (void) n; wk_weyl_word_clear(p); flint_free(p); }
static void free_qmat(void *p, slong n) { (void) n; fmpq_mat_clear(p); flint_free(p); }
static void free_zmat(void *p, slong n) { (void) n; fmpz_mat_clear(p); flint_free(p); }
static void free_flist(void *p, slong n) { (void) n; wk_weyl_face_list_clear(p); flint_free(p); }
static void free_orbit(void *p, slong n) { (void) n; wk_weyl_orbit_clear(p); flint_free(p); }
static void free_char(void *p, slong n) { (void) n; wk_weyl_char_clear(p); flint_free(p); }
static void free_hull(void *p, slong n) { (void) n; wk_weyl_hull_clear(p); flint_free(p); }
static void free_cone(void *p, slong n) { (void) n; wk_weyl_cone_clear(p); flint_free(p); }
static void free_fmpz(void *p, slong n) { (void) n; fmpz_clear(p); flint_free(p); }
static void free_fmpq(void *p, slong n) { (void) n; fmpq_clear(p); flint_free(p); }
static void free_plain(void *p, slong n) { (void) n; flint_free(p); }

static fmpq *keep_qvec(wk_state *S, slong n)
{
    n = FLINT_MAX(n, 1);
    return keep(S, _fmpq_vec_init(n), n, free_qvec);
}
static fmpz *keep_zvec(wk_state *S, slong n)
{
    n = FLINT_MAX(n, 1);
    return keep(S, _fmpz_vec_init(n), n, free_zvec);
}
static wk_weyl_word_struct *keep_word(wk_state *S)
{
    wk_weyl_word_struct *w = flint_malloc(sizeof *w);
    wk_weyl_word_init(w);
    return keep(S, w, 0, free_word);
}
static fmpq_mat_struct *keep_qmat(wk_state *S, slong r, slong c)
{
    fmpq_mat_struct *m = flint_malloc(sizeof *m);
    fmpq_mat_init(m, r, c);
    return keep(S, m, 0, free_qmat);
}
static fmpz_mat_struct *keep_zmat(wk_state *S, slong r, slong c)
{
    fmpz_mat_struct *m = flint_malloc(sizeof *m);
    fmpz_mat_init(m, r, c);
    return keep(S, m, 0, free_zmat);
}
static fmpz *keep_fmpz(wk_state *S)
{
    fmpz *z = flint_malloc(sizeof(fmpz));
    fmpz_init(z);
    return keep(S, z, 0, free_fmpz);
}
static fmpq *keep_fmpq(wk_state *S)
{
    fmpq *q = flint_malloc(sizeof(fmpq));
    fmpq_init(q);
    return keep(S, q, 0, free_fmpq);
}
#define KEEP_NEW(S, T, init, fn) ((T *) keep_new_((S), sizeof(T), (void (*)(void *)) (init), (fn)))
static void *keep_new_(wk_state *S, size_t size, void (*init)(void *), keep_fn fn)
{
    void *p = flint_malloc(size);
    init(p);
    return keep(S, p, 0, fn);
}

/* ---- small helpers ---------------------------------------------------- */
static int popcount(ulong x) { return __builtin_popcountl(x); }
static int qvec_equal(const fmpq *x, const fmpq *y, slong n)
{
    slong i;
    for (i = 0; i < n; i++) if (!fmpq_equal(x + i, y + i)) return 0;
    return 1;
}

/* A lib/ status as an error: interrupts and size guards as they are, input
   errors pointing at argument i (i < 0: at the call). */
static void __attribute__((noreturn)) fail(wk_state *S, int i, wk_status st)
{
    if (st == WK_E_TOO_LARGE && strncmp(wk_error_msg(), "too_large", 9) != 0)
        wk_throw(S, WK_ERR_OVERFLOW, "too_large: %s", wk_error_msg());   /* the spec's category word */
    if (i < 0 || st == WK_E_INTERRUPT || st == WK_E_TOO_LARGE || st == WK_E_NOMEM || st == WK_E_INTERNAL
        || st == WK_E_IO)
        wk_bi_status(S, st);
    wk_arg_error(S, i, "%s", wk_error_msg());
}
#define CHECK(S, i, call) do { wk_status st_ = (call); if (st_ != WK_OK) fail((S), (i), st_); } while (0)

static slong opt_limit(wk_state *S)
{
    const wk_value *v = wk_kwarg(S, "limit");
    slong x;
    if (v == NULL) return wk_setting_si(S, "list_limit");
    if (!wk_get_si(&x, v) || x < 1) {
        char msg[64];
        wk_buf b;
        wk_buf_init(&b);
        wk_buf_value(S, &b, v, 0);
        snprintf(msg, sizeof msg, "%s", b.s ? b.s : "");
        wk_buf_clear(&b);
        wk_bi_error(S, "limit must be a positive integer, got %s", msg);
    }
    return x;
}

static int opt_bool(wk_state *S, const char *name, int def)
{
    const wk_value *v = wk_kwarg(S, name);
    if (v == NULL) return def;
    if (v->t != T_BOOL) wk_bi_error(S, "%s must be true or false, got %s", name, wk_type_name(v));
    return v->u.b;
}

/* ---- values out --------------------------------------------------------- */
static wk_value v_nodes(ulong K)
{
    wk_value l = wk_list_new(popcount(K));
    for (; K; K &= K - 1) wk_list_push(&l, wk_int_si(__builtin_ctzl(K) + 1));
    return l;
}

static wk_value v_word(const wk_weyl_word_struct *w)
{
    wk_value l = wk_list_new(w->length);
    slong t;
    for (t = 0; t < w->length; t++) wk_list_push(&l, wk_int_si(w->letters[t] + 1));
    return l;
}

static wk_value v_qvec(const fmpq *x, slong n)
{
    return wk_list_from_fmpq(x, n);
}

static wk_value v_zrows(const fmpz_mat_t A)
{
    slong i, r = fmpz_mat_nrows(A), c = fmpz_mat_ncols(A);
    wk_value l = wk_list_new(r);
    for (i = 0; i < r; i++) wk_list_push(&l, wk_list_from_fmpz(fmpz_mat_entry(A, i, 0), c));
    return l;
}

static wk_value v_qrows(const fmpq_mat_t A)
{
    slong i, r = fmpq_mat_nrows(A), c = fmpq_mat_ncols(A);
    wk_value l = wk_list_new(r);
    for (i = 0; i < r; i++) wk_list_push(&l, wk_list_from_fmpq(fmpq_mat_entry(A, i, 0), c));
    return l;
}

/* a weight num[0..n-1]/den as a list of rationals */
static wk_value v_frac(const fmpz *num, const fmpz_t den, slong n)
{
    wk_value l = wk_list_new(n);
    fmpq_t q;
    slong j;
    fmpq_init(q);
    for (j = 0; j < n; j++) {
        fmpq_set_fmpz_frac(q, num + j, den);
        wk_list_push(&l, wk_rat_fmpq(q));
    }
    fmpq_clear(q);
    return l;
}

/* The spec's display of an f-vector: f_0..f_{d-1} (f_d = 1 is the polyhedron
   itself); a point is [1]. */
static wk_value v_fvector(const fmpz *f, slong d)
{
    if (d == 0) return wk_list_from_si((const slong[]) { 1 }, 1);
    return wk_list_from_fmpz(f, d);
}

/* Bounded faces: f_0..f_{d-1} up to the last nonzero entry. */
static wk_value v_bounded(const fmpz *fb, slong d)
{
    slong m = d;
    if (d == 0) return wk_list_from_si((const slong[]) { 1 }, 1);
    while (m > 0 && fmpz_is_zero(fb + m - 1)) m--;
    return wk_list_from_fmpz(fb, m);
}

static void buf_nodes(wk_buf *b, ulong K)
{
    int first = 1;
    wk_buf_putc(b, '{');
    for (; K; K &= K - 1) {
        wk_buf_printf(b, first ? "%d" : ",%d", __builtin_ctzl(K) + 1);
        first = 0;
    }
    wk_buf_putc(b, '}');
}

static void buf_qvec(wk_buf *b, const fmpq *x, slong n)
{
    slong j;
    for (j = 0; j < n; j++) {
        if (j) wk_buf_puts(b, ", ");
        wk_buf_fmpq(b, x + j);
    }
}

/* ---- root systems (shared, reference counted) --------------------------- */
typedef struct {
    slong rc;
    wk_weyl_struct R[1];
} rsys;

static void rsys_decref(rsys *r)
{
    if (--r->rc == 0) {
        wk_weyl_clear(r->R);
        flint_free(r);
    }
}

static void rsys_obj_free(void *d) { rsys_decref(d); }

static void rsys_print(wk_buf *b, const void *d, int top)
{
    const rsys *r = d;
    const wk_weyl_struct *R = r->R;
    wk_buf_printf(b, "root system %s", R->name);
    if (top) {
        char *o = R->finite ? fmpz_get_str(NULL, 10, R->order) : NULL;
        wk_buf_printf(b, " (rank %ld", (long) R->n);
        if (R->finite && R->npos >= 0) wk_buf_printf(b, ", %ld positive roots", (long) R->npos);
        if (o) wk_buf_printf(b, ", |W| = %s)", o);
        else wk_buf_puts(b, ", not of finite type)");
        flint_free(o);
    }
}

static int rsys_same(const wk_weyl_struct *A, const wk_weyl_struct *B)
{
    return A == B || (A->n == B->n && memcmp(A->a, B->a, A->n * A->n * sizeof(slong)) == 0);
}

static int rsys_equal(const void *a, const void *b)
{
    return rsys_same(((const rsys *) a)->R, ((const rsys *) b)->R);
}

static wk_value rsys_components(const wk_weyl_struct *R)
{
    wk_value l = wk_list_new(R->ncomp);
    slong c, k;
    for (c = 0; c < R->ncomp; c++) {
        const wk_weyl_component_struct *C = R->comp + c;
        wk_value rec = wk_rec_new(), nodes = wk_list_new(C->rank);
        for (k = 0; k < C->rank; k++) wk_list_push(&nodes, wk_int_si(C->nodes[k] + 1));
        if (C->letter == '?') wk_rec_set(&rec, "type", wk_str("?"));
        else wk_rec_set(&rec, "type", wk_str_printf("%c%ld", C->letter, (long) C->rank));
        wk_rec_set(&rec, "nodes", nodes);
        wk_rec_set(&rec, "order", fmpz_is_zero(C->order) ? wk_nil() : wk_int_fmpz(C->order));
        wk_list_push(&l, rec);
    }
    return l;
}

static wk_value cartan_value(const wk_weyl_struct *R)
{
    fmpz_mat_t A;
    wk_value v;
    fmpz_mat_init(A, R->n, R->n);
    wk_weyl_get_cartan(A, R);
    v = wk_mat_from_fmpz_mat(A);
    fmpz_mat_clear(A);
    return v;
}

static wk_value roots_record(wk_state *S, const wk_weyl_struct *R);

static const char *const rsys_fields[] = {
    "type", "rank", "cartan", "finite", "order", "components", "positive_roots",
    "positive_roots_omega", "rho", "inverse_cartan", "symmetrizer", NULL
};

static int rsys_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const wk_weyl_struct *R = ((const rsys *) d)->R;
    if (!strcmp(name, "type")) *out = wk_str(R->name);
    else if (!strcmp(name, "rank")) *out = wk_int_si(R->n);
    else if (!strcmp(name, "cartan")) *out = cartan_value(R);
    else if (!strcmp(name, "finite")) *out = wk_bool(R->finite);
    else if (!strcmp(name, "order")) *out = R->finite ? wk_int_fmpz(R->order) : wk_nil();
    else if (!strcmp(name, "components")) *out = rsys_components(R);
    else if (!strcmp(name, "positive_roots") || !strcmp(name, "positive_roots_omega")) {
        wk_value rec = roots_record(S, R);   /* throws before allocating */
        wk_copy(out, wk_rec_get(&rec, name[14] ? "omega" : "simple"));
        wk_release(&rec);
    } else if (!strcmp(name, "rho")) {
        fmpq *x = _fmpq_vec_init(R->n);
        wk_weyl_rho(x, R);
        *out = v_qvec(x, R->n);
        _fmpq_vec_clear(x, R->n);
    } else if (!strcmp(name, "inverse_cartan")) {
        if (!R->finite) wk_throw(S, WK_ERR_DOMAIN, "root system %s: the Cartan matrix of a root system not of finite type need not be invertible", R->name);
        *out = wk_mat_from_fmpq_mat(R->ainv);
    } else if (!strcmp(name, "symmetrizer")) {
        if (!R->finite) wk_throw(S, WK_ERR_DOMAIN, "root system %s: symmetrizer only for finite type", R->name);
        *out = wk_list_from_si(R->sym, R->n);
    } else return 0;
    return 1;
}

static const wk_objtype rsys_type = {
    .name = "root system", .free = rsys_obj_free, .print = rsys_print, .equal = rsys_equal,
    .field = rsys_field, .fields = rsys_fields
};

/* wraps r (rc 0 -> 1) into a rooted root system value */
static wk_value *root_rsys(wk_state *S, rsys *r)
{
    r->rc++;
    return wk_root(S, wk_obj_new(&rsys_type, r));
}

/* ---- highest weight modules ---------------------------------------------- */
typedef struct {
    slong rc;
    rsys *rs;
    wk_weyl_hw_struct V[1];
} hwmod;

static void hwmod_decref(hwmod *m)
{
    if (--m->rc == 0) {
        wk_weyl_hw_clear(m->V);
        rsys_decref(m->rs);
        flint_free(m);
    }
}

static void hwmod_obj_free(void *d) { hwmod_decref(d); }

static void buf_module(wk_buf *b, const wk_weyl_hw_struct *V)
{
    const char *L = V->kind == WK_WEYL_SIMPLE ? "L" : "M";
    wk_buf_printf(b, "%s(", L);
    buf_qvec(b, V->lambda, V->n);
    if (V->kind == WK_WEYL_PARABOLIC) {
        wk_buf_puts(b, "; J = ");
        buf_nodes(b, V->J);
    }
    wk_buf_printf(b, ") for %s", V->R->name);
}

static void hwmod_print(wk_buf *b, const void *d, int top)
{
    const wk_weyl_hw_struct *V = ((const hwmod *) d)->V;
    buf_module(b, V);
    if (top) {
        wk_buf_printf(b, "\nconv V: dimension %ld, J = ", (long) V->d);
        buf_nodes(b, V->J);
        wk_buf_puts(b, ", J0 = ");
        buf_nodes(b, V->J0);
        if (V->d <= 16) {
            fmpz *f = _fmpz_vec_init(V->d + 1);
            if (wk_weyl_fvector(f, NULL, V) == WK_OK) {
                slong k;
                wk_buf_puts(b, ", f-vector [");
                if (V->d == 0) wk_buf_puts(b, "1");
                for (k = 0; k < V->d; k++) {
                    char *s = fmpz_get_str(NULL, 10, f + k);
                    wk_buf_printf(b, k ? ", %s" : "%s", s);
                    flint_free(s);
                }
                wk_buf_puts(b, "]");
            }
            _fmpz_vec_clear(f, V->d + 1);
        }
    }
}

static int hw_same(const wk_weyl_hw_struct *A, const wk_weyl_hw_struct *B)
{
    return A == B || (rsys_same(A->R, B->R) && A->kind == B->kind && A->J == B->J
                      && qvec_equal(A->lambda, B->lambda, A->n));
}

static int hwmod_equal(const void *a, const void *b)
{
    return hw_same(((const hwmod *) a)->V, ((const hwmod *) b)->V);
}

static wk_status faces_record_st(wk_value *out, const wk_weyl_hw_struct *V, int table, slong limit);

static const char *const hwmod_fields[] = {
    "root_system", "type", "rank", "lambda", "kind", "J", "J0", "active", "dim", "fvector",
    "bounded_fvector", "table", NULL
};

static int hwmod_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const hwmod *m = d;
    const wk_weyl_hw_struct *V = m->V;
    if (!strcmp(name, "root_system")) {
        ((rsys *) m->rs)->rc++;
        *out = wk_obj_new(&rsys_type, m->rs);
    } else if (!strcmp(name, "type")) *out = wk_str(V->R->name);
    else if (!strcmp(name, "rank")) *out = wk_int_si(V->n);
    else if (!strcmp(name, "lambda")) *out = v_qvec(V->lambda, V->n);
    else if (!strcmp(name, "kind"))
        *out = wk_str(V->kind == WK_WEYL_SIMPLE ? "simple" : V->kind == WK_WEYL_VERMA ? "verma" : "parabolic");
    else if (!strcmp(name, "J")) *out = v_nodes(V->J);
    else if (!strcmp(name, "J0")) *out = v_nodes(V->J0);
    else if (!strcmp(name, "active")) *out = v_nodes(V->S);
    else if (!strcmp(name, "dim")) *out = wk_int_si(V->d);
    else if (!strcmp(name, "fvector") || !strcmp(name, "bounded_fvector") || !strcmp(name, "table")) {
        /* field hooks must not root values: compute, copy the field, release */
        wk_value rec;
        wk_status st = faces_record_st(&rec, V, !strcmp(name, "table"), wk_setting_si(S, "list_limit"));
        if (st != WK_OK)
            wk_throw(S, st == WK_E_TOO_LARGE ? WK_ERR_OVERFLOW : WK_ERR_DOMAIN, "%s%s", st == WK_E_TOO_LARGE ? "too_large: " : "",
                     wk_error_msg());
        wk_copy(out, wk_rec_get(&rec, name));
        wk_release(&rec);
    } else return 0;
    return 1;
}

static wk_status hwmod_svg(wk_state *S, const void *d, const char *path, const wk_value *opts);

static const wk_objtype hwmod_type = {
    .name = "highest weight module", .free = hwmod_obj_free, .print = hwmod_print,
    .equal = hwmod_equal, .field = hwmod_field, .fields = hwmod_fields, .svg = hwmod_svg
};

/* ---- faces ------------------------------------------------------------------ */
typedef struct {
    hwmod *m;          /* faces of conv V; NULL for faces of U_J */
    rsys *rs;          /* faces of U_J: the root system, J and T */
    ulong J, T;
    ulong K;
    wk_weyl_word_struct w[1];
} wface;

static void wface_free(void *d)
{
    wface *f = d;
    if (f->m) hwmod_decref(f->m);
    if (f->rs) rsys_decref(f->rs);
    wk_weyl_word_clear(f->w);
    flint_free(f);
}

static void buf_word(wk_buf *b, const wk_weyl_word_struct *w)
{
    slong t;
    if (w->length == 0) { wk_buf_puts(b, "1"); return; }
    for (t = 0; t < w->length; t++) wk_buf_printf(b, t ? " s%ld" : "s%ld", (long) w->letters[t] + 1);
}

static void wface_print(wk_buf *b, const void *d, int top)
{
    const wface *f = d;
    if (f->m) {
        if (f->w->length) { buf_word(b, f->w); wk_buf_putc(b, ' '); }
        wk_buf_puts(b, "F");
        buf_nodes(b, f->K);
        if (top) {
            wk_buf_printf(b, ", a face of dimension %d of conv ", popcount(f->K));
            buf_module(b, f->m->V);
        }
    } else {
        wk_buf_puts(b, "(T=");
        buf_nodes(b, f->T);
        wk_buf_puts(b, ", ");
        buf_word(b, f->w);
        wk_buf_puts(b, ", F");
        buf_nodes(b, f->K);
        wk_buf_puts(b, ")");
        if (top) {
            wk_buf_printf(b, ", a face of dimension %d of the universal Weyl polyhedron U_J, J = ",
                          popcount(f->K) + popcount(f->J) - popcount(f->T));
            buf_nodes(b, f->J);
            wk_buf_printf(b, ", of %s", f->rs->R->name);
        }
    }
}

static int wface_leq(wk_state *S, const wface *a, const wface *b);

static int wface_equal(const void *x, const void *y)
{
    const wface *a = x, *b = y;
    int r = 0;
    if ((a->m == NULL) != (b->m == NULL) || a->K != b->K) return 0;
    if (a->m) {
        if (!hw_same(a->m->V, b->m->V)) return 0;
        if (wk_weyl_face_leq(&r, a->m->V, a->K, a->w, b->K, b->w) != WK_OK) return 0;
    } else {
        if (!rsys_same(a->rs->R, b->rs->R) || a->J != b->J || a->T != b->T) return 0;
        if (wk_weyl_universal_face_leq(&r, a->rs->R, a->J, a->T, a->w, a->K, b->T, b->w, b->K) != WK_OK)
            return 0;
    }
    return r;   /* same K (and T): inclusion is equality */
}

static const char *const wface_fields[] = {
    "K", "w", "dim", "bounded", "stab", "vertices", "rays", "functional", "module", "T", "J", NULL
};

static int wface_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const wface *f = d;
    slong limit = wk_setting_si(S, "list_limit");
    if (!strcmp(name, "K")) { *out = v_nodes(f->K); return 1; }
    if (!strcmp(name, "w")) { *out = v_word(f->w); return 1; }
    if (f->m == NULL) {
        if (!strcmp(name, "T")) *out = v_nodes(f->T);
        else if (!strcmp(name, "J")) *out = v_nodes(f->J);
        else if (!strcmp(name, "dim")) *out = wk_int_si(popcount(f->K) + popcount(f->J) - popcount(f->T));
        else return 0;
        return 1;
    }
    {
        const wk_weyl_hw_struct *V = f->m->V;
        wk_status st = WK_OK;
        if (!strcmp(name, "dim")) *out = wk_int_si(popcount(f->K));
        else if (!strcmp(name, "bounded")) *out = wk_bool((f->K & ~V->J) == 0);
        else if (!strcmp(name, "stab")) *out = v_nodes(wk_weyl_stab(V, f->K));
        else if (!strcmp(name, "module")) {
            f->m->rc++;
            *out = wk_obj_new(&hwmod_type, f->m);
        } else if (!strcmp(name, "vertices")) {
            fmpq_mat_t P;
            fmpq_mat_init(P, 0, 0);
            st = wk_weyl_face_vertices(P, V, f->K, f->w, limit);
            if (st == WK_OK) *out = v_qrows(P);
            fmpq_mat_clear(P);
        } else if (!strcmp(name, "rays")) {
            fmpz_mat_t X;
            fmpz_mat_init(X, 0, 0);
            st = wk_weyl_face_rays(X, V, f->K, f->w, limit);
            if (st == WK_OK) *out = v_zrows(X);
            fmpz_mat_clear(X);
        } else if (!strcmp(name, "functional")) {
            fmpz *ba = _fmpz_vec_init(V->n + 1);
            st = wk_weyl_face_functional(ba, V, f->K, f->w);
            if (st == WK_OK) *out = wk_list_from_fmpz(ba, V->n + 1);
            _fmpz_vec_clear(ba, V->n + 1);
        } else return 0;
        if (st != WK_OK) wk_throw(S, st == WK_E_TOO_LARGE ? WK_ERR_OVERFLOW : WK_ERR_DOMAIN,
                                  "face field '%s': %s", name, wk_error_msg());
    }
    return 1;
}

static const wk_objtype wface_type = {
    .name = "Weyl face", .free = wface_free, .print = wface_print, .equal = wface_equal,
    .field = wface_field, .fields = wface_fields
};

static wk_value wface_new(hwmod *m, rsys *rs, ulong J, ulong T, ulong K, const slong *letters, slong len)
{
    wface *f = flint_malloc(sizeof *f);
    f->m = m; f->rs = rs; f->J = J; f->T = T; f->K = K;
    if (m) m->rc++;
    if (rs) rs->rc++;
    wk_weyl_word_init(f->w);
    wk_weyl_word_set(f->w, letters, len);
    return wk_obj_new(&wface_type, f);
}

/* ---- arguments in ---------------------------------------------------------- */
static const char *const TYPE_EXPECTED =
    "expected a Cartan type such as \"E8\" or \"A1xB3\", a Cartan matrix or a root system";

/* The root system of argument i: a type string, a generalized Cartan matrix,
   a root system or a highest weight module.  Alive until the builtin returns. */
static rsys *arg_rsys(wk_state *S, const wk_value *argv, int i)
{
    const wk_value *v = &argv[i];
    rsys *r;
    hwmod *m;
    wface *f;
    slong nr, nc, a, b;
    if ((r = wk_obj_get(v, &rsys_type))) return r;
    if ((m = wk_obj_get(v, &hwmod_type))) return m->rs;
    if ((f = wk_obj_get(v, &wface_type))) return f->m ? f->m->rs : f->rs;
    if (v->t == T_STR) {
        wk_status st;
        r = flint_calloc(1, sizeof *r);
        st = wk_weyl_init_type(r->R, wk_str_get(v));
        if (st != WK_OK) { flint_free(r); fail(S, i, st); }
        root_rsys(S, r);
        return r;
    }
    {
        int flat = 0;
        if (v->t == T_LIST && wk_list_len(v) == 0) nr = nc = 0;
        else if (!wk_mat_dims(v, &nr, &nc)) {
            slong k, len = wk_list_len(v);
            flat = len > 0;
            for (k = 0; k < len && flat; k++) if (!wk_is_number(wk_list_get(v, k))) flat = 0;
            if (len > 0 && wk_list_get(v, 0)->t == T_LIST)
                wk_arg_error(S, i, "Cartan matrix must be square and non-empty (its rows have different lengths)");
            if (!flat) wk_arg_error(S, i, "%s, got %s", TYPE_EXPECTED, wk_type_name(v));
            nr = 1; nc = len;
        }
        if (nr != nc || nr == 0)
            wk_arg_error(S, i, "Cartan matrix must be square and non-empty (got %ldx%ld)", (long) nr, (long) nc);
        if (nr > WK_WEYL_MAX_RANK)
            wk_arg_error(S, i, "Cartan matrix of rank %ld exceeds %d", (long) nr, WK_WEYL_MAX_RANK);
        for (a = 0; a < nr; a++)
            for (b = 0; b < nc; b++) {
                const wk_value *e = flat ? wk_list_get(v, b) : wk_mat_get(v, a, b);
                if (!wk_is_exact_number(e))
                    wk_arg_error(S, i, "not a generalized Cartan matrix, entry (%ld,%ld) is %s, not an integer",
                                 (long) a + 1, (long) b + 1, wk_type_name(e));
            }
        {
            fmpq_mat_struct *A = keep_qmat(S, nr, nc);
            wk_status st;
            for (a = 0; a < nr; a++)
                for (b = 0; b < nc; b++)
                    wk_get_fmpq(fmpq_mat_entry(A, a, b), flat ? wk_list_get(v, b) : wk_mat_get(v, a, b));
            r = flint_calloc(1, sizeof *r);
            st = wk_weyl_init_cartan_fmpq(r->R, A);
            if (st != WK_OK) { flint_free(r); fail(S, i, st); }
            root_rsys(S, r);
            return r;
        }
    }
}

/* One exact coordinate (integer, rational, or a string such as "1/2"). */
static int coord_ok(const wk_value *e)
{
    fmpq_t q;
    int ok;
    if (wk_is_exact_number(e)) return 1;
    if (e->t != T_STR) return 0;
    fmpq_init(q);
    ok = wk_weyl_coord_set_str(q, wk_str_get(e));
    fmpq_clear(q);
    return ok;
}

static void coord_get(fmpq_t q, const wk_value *e)
{
    if (!wk_get_fmpq(q, e)) wk_weyl_coord_set_str(q, wk_str_get(e));
}

/* A weight (what = "lambda", "mu") of the rank of R: a list of rationals, a
   row or column matrix, or the spec's string "1,0,1/2".  Returns a kept vector. */
static fmpq *arg_weight(wk_state *S, const wk_value *argv, int i, const wk_weyl_struct *R, const char *what)
{
    const wk_value *v = &argv[i];
    slong n = R->n, k, r, c;
    fmpq *lam;
    if (v->t == T_STR) {
        const char *s = wk_str_get(v), *p, *q;
        slong cnt = 1;
        char tok[64];
        for (p = s; *p; p++) if (*p == ',') cnt++;
        if (cnt != n) wk_arg_error(S, i, "weight %s has %ld coordinates, rank is %ld", what, (long) cnt, (long) n);
        lam = keep_qvec(S, n);
        for (k = 0, p = s; k < n; k++, p = q + 1) {
            size_t len;
            q = strchr(p, ',');
            if (q == NULL) q = p + strlen(p);
            len = (size_t) (q - p);
            if (len >= sizeof tok) len = sizeof tok - 1;
            memcpy(tok, p, len); tok[len] = '\0';
            if (!wk_weyl_coord_set_str(lam + k, tok)) {
                if ((size_t) (q - p) > 40) strcpy(tok + 37, "...");
                wk_arg_error(S, i, "cannot parse coordinate %ld of weight %s ('%s')", (long) k + 1, what, tok);
            }
        }
        return lam;
    }
    if (v->t == T_LIST) {
        slong len = wk_list_len(v);
        if (len > 0 && wk_list_get(v, 0)->t == T_LIST) {
            if (!wk_mat_dims(v, &r, &c) || (r != 1 && c != 1))
                wk_arg_error(S, i, "weight %s must be a list of %ld rationals, got a list of lists", what, (long) n);
            len = r * c;
            if (len != n) wk_arg_error(S, i, "weight %s has %ld coordinates, rank is %ld", what, (long) len, (long) n);
            for (k = 0; k < n; k++)
                if (!coord_ok(wk_mat_get(v, r == 1 ? 0 : k, r == 1 ? k : 0)))
                    wk_arg_error(S, i, "cannot parse coordinate %ld of weight %s (%s; coordinates are exact rationals such as 1/2)",
                                 (long) k + 1, what, wk_type_name(wk_mat_get(v, r == 1 ? 0 : k, r == 1 ? k : 0)));
            lam = keep_qvec(S, n);
            for (k = 0; k < n; k++) coord_get(lam + k, wk_mat_get(v, r == 1 ? 0 : k, r == 1 ? k : 0));
            return lam;
        }
        if (len != n) wk_arg_error(S, i, "weight %s has %ld coordinates, rank is %ld", what, (long) len, (long) n);
        for (k = 0; k < n; k++)
            if (!coord_ok(wk_list_get(v, k)))
                wk_arg_error(S, i, "cannot parse coordinate %ld of weight %s (%s; coordinates are exact rationals such as 1/2)",
                             (long) k + 1, what, wk_type_name(wk_list_get(v, k)));
        lam = keep_qvec(S, n);
        for (k = 0; k < n; k++) coord_get(lam + k, wk_list_get(v, k));
        return lam;
    }
    if (v->t == T_MAT && wk_mat_dims(v, &r, &c) && (r == 1 || c == 1)) {
        if (r * c != n) wk_arg_error(S, i, "weight %s has %ld coordinates, rank is %ld", what, (long) (r * c), (long) n);
        for (k = 0; k < n; k++)
            if (!coord_ok(wk_mat_get(v, r == 1 ? 0 : k, r == 1 ? k : 0)))
                wk_arg_error(S, i, "cannot parse coordinate %ld of weight %s (%s; coordinates are exact rationals such as 1/2)",
                             (long) k + 1, what, wk_type_name(wk_mat_get(v, r == 1 ? 0 : k, r == 1 ? k : 0)));
        lam = keep_qvec(S, n);
        for (k = 0; k < n; k++) coord_get(lam + k, wk_mat_get(v, r == 1 ? 0 : k, r == 1 ? k : 0));
        return lam;
    }
    wk_arg_error(S, i, "weight %s must be a list of %ld rationals or a string such as \"1,0,1/2\", got %s",
                 what, (long) n, wk_type_name(v));
}

/* A node set (1-based labels): a list, a range, or a string "1,3" ("" is empty). */
static ulong arg_nodes(wk_state *S, const wk_value *argv, int i, const wk_weyl_struct *R, const char *what)
{
    const wk_value *v = &argv[i];
    ulong mask = 0;
    slong n = R->n, k, len, x;
    if (n > 64) wk_arg_error(S, i, "node sets need rank <= 64 (rank is %ld)", (long) n);
    if (v->t == T_STR) {
        const char *p = wk_str_get(v);
        while (*p == ' ') p++;
        if (*p == '\0') return 0;
        for (;;) {
            char *end;
            long y;
            while (*p == ' ') p++;
            y = strtol(p, &end, 10);
            if (end == p || y < 1 || y > n) {
                char tok[24];
                size_t l = strcspn(p, ",");
                if (l > 20) l = 20;
                memcpy(tok, p, l); tok[l] = '\0';
                wk_arg_error(S, i, "bad node label '%s' in %s (nodes are 1..%ld)", tok, what, (long) n);
            }
            if (mask >> (y - 1) & 1) wk_arg_error(S, i, "bad node label %ld in %s (repeated)", y, what);
            mask |= UWORD(1) << (y - 1);
            p = end;
            while (*p == ' ') p++;
            if (*p == '\0') break;
            if (*p != ',') wk_arg_error(S, i, "bad node label in %s: unexpected '%c'", what, *p);
            p++;
        }
        return mask;
    }
    if (v->t == T_RANGE) {
        const wk_range *rg = (const wk_range *) v->u.h;
        slong a = rg->a;
        len = (rg->step > 0 ? (rg->b - rg->a) / rg->step + 1 : (rg->a - rg->b) / -rg->step + 1);
        if ((rg->step > 0 && rg->b < rg->a) || (rg->step < 0 && rg->b > rg->a)) len = 0;
        for (k = 0; k < len; k++, a += rg->step) {
            if (a < 1 || a > n) wk_arg_error(S, i, "bad node label %ld in %s (nodes are 1..%ld)", (long) a, what, (long) n);
            mask |= UWORD(1) << (a - 1);
        }
        return mask;
    }
    if (v->t != T_LIST)
        wk_arg_error(S, i, "%s must be a list of node labels 1..%ld (or a string \"1,3\"), got %s", what, (long) n,
                     wk_type_name(v));
    len = wk_list_len(v);
    for (k = 0; k < len; k++) {
        const wk_value *e = wk_list_get(v, k);
        if (e->t != T_INT || !wk_get_si(&x, e) || x < 1 || x > n) {
            if (e->t == T_INT) {
                wk_buf b;
                wk_buf_init(&b);
                wk_buf_value(S, &b, e, 0);
                {
                    char tok[64];
                    strncpy(tok, b.s ? b.s : "", sizeof tok - 1);
                    tok[sizeof tok - 1] = '\0';
                    wk_buf_clear(&b);
                    wk_arg_error(S, i, "bad node label %s in %s (nodes are 1..%ld)", tok, what, (long) n);
                }
            }
            wk_arg_error(S, i, "bad node label in %s: %s is not an integer (nodes are 1..%ld)", what,
                         wk_type_name(e), (long) n);
        }
        if (mask >> (x - 1) & 1) wk_arg_error(S, i, "bad node label %ld in %s (repeated)", (long) x, what);
        mask |= UWORD(1) << (x - 1);
    }
    return mask;
}

/* A word: a list of node labels 1..n; [i1, ..., il] is s_i1 ... s_il. */
static wk_weyl_word_struct *arg_word(wk_state *S, const wk_value *argv, int i, const wk_weyl_struct *R)
{
    const wk_value *v = &argv[i];
    slong len, k, x;
    wk_weyl_word_struct *w;
    if (v->t != T_LIST)
        wk_arg_error(S, i, "a word must be a list of node labels 1..%ld (s_i1 s_i2 ... for [i1, i2, ...]), got %s",
                     (long) R->n, wk_type_name(v));
    len = wk_list_len(v);
    for (k = 0; k < len; k++) {
        const wk_value *e = wk_list_get(v, k);
        if (e->t != T_INT || !wk_get_si(&x, e) || x < 1 || x > R->n)
            wk_arg_error(S, i, "letter %ld of the word is not a node label in 1..%ld", (long) k + 1, (long) R->n);
    }
    w = keep_word(S);
    for (k = 0; k < len; k++) {
        wk_get_si(&x, wk_list_get(v, k));
        wk_weyl_word_push(w, x - 1);
    }
    return w;
}

/* The highest weight module given by the arguments from position 0: either
   a module object, or T, lambda [, module string].  *next is the index of
   the first argument after it. */
static hwmod *arg_module(wk_state *S, int argc, const wk_value *argv, int *next)
{
    hwmod *m;
    rsys *rs;
    fmpq *lam;
    wk_weyl_kind kind = WK_WEYL_SIMPLE;
    ulong J = 0;
    wk_status st;
    if ((m = wk_obj_get(&argv[0], &hwmod_type))) { *next = 1; return m; }
    if (wk_obj_get(&argv[0], &wface_type))
        wk_arg_error(S, 0, "expected a highest weight module or a Cartan type, got a face (use F.module)");
    rs = arg_rsys(S, argv, 0);
    if (argc < 2)
        wk_bi_error(S, "expected a weight lambda after the Cartan type (or a module made by weyl_module)");
    lam = arg_weight(S, argv, 1, rs->R, "lambda");
    *next = 2;
    if (argc > 2 && argv[2].t == T_STR) {
        if (rs->R->n > 64)
            wk_bi_error(S, "highest weight modules need rank <= 64 (rank is %ld)", (long) rs->R->n);
        CHECK(S, 2, wk_weyl_module_set_str(&kind, &J, wk_str_get(&argv[2]), rs->R));
        *next = 3;
    }
    m = flint_calloc(1, sizeof *m);
    st = wk_weyl_hw_init(m->V, rs->R, lam, kind, J);
    if (st != WK_OK) { flint_free(m); fail(S, *next == 3 ? 2 : -1, st); }
    m->rs = rs;
    rs->rc++;
    m->rc = 1;
    wk_root(S, wk_obj_new(&hwmod_type, m));
    return m;
}

/* Finite-type root systems only (roots, A^-1). */
static void need_finite(wk_state *S, int i, const wk_weyl_struct *R, const char *what)
{
    if (!R->finite) {
        slong c;
        for (c = 0; c < R->ncomp; c++)
            if (R->comp[c].letter == '?') break;
        {
            wk_buf b;
            char msg[300];
            ulong K = 0;
            slong k;
            wk_buf_init(&b);
            if (c < R->ncomp && R->n <= 64) {
                for (k = 0; k < R->comp[c].rank; k++) K |= UWORD(1) << R->comp[c].nodes[k];
                buf_nodes(&b, K);
            }
            snprintf(msg, sizeof msg, "infinite: %s needs a root system of finite type (component %s is not)",
                     what, b.s ? b.s : "?");
            wk_buf_clear(&b);
            wk_arg_error(S, i, "%s", msg);
        }
    }
}

/* ---- root systems: cartan, cartan_check, root_system, roots ------------------ */
static wk_value bi_cartan(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return cartan_value(arg_rsys(S, argv, 0)->R);
}

static wk_value bi_cartan_check(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    wk_value r = wk_rec_new();
    (void) argc;
    wk_rec_set(&r, "type", wk_str(R->name));
    wk_rec_set(&r, "rank", wk_int_si(R->n));
    wk_rec_set(&r, "finite", wk_bool(R->finite));
    wk_rec_set(&r, "order", R->finite ? wk_int_fmpz(R->order) : wk_nil());
    wk_rec_set(&r, "components", rsys_components(R));
    return r;
}

static wk_value bi_root_system(wk_state *S, int argc, const wk_value *argv)
{
    rsys *r = arg_rsys(S, argv, 0);
    (void) argc;
    r->rc++;
    return wk_obj_new(&rsys_type, r);
}

static wk_value roots_record(wk_state *S, const wk_weyl_struct *R)
{
    slong npos, k, n = R->n, h, j;
    slong *c;
    wk_value simple, omega, height, rec;
    wk_status st = wk_weyl_num_positive_roots(&npos, R);
    if (st != WK_OK) fail(S, -1, st);
    c = flint_malloc(n * sizeof(slong));
    simple = wk_list_new(npos);
    omega = wk_list_new(npos);
    height = wk_list_new(npos);
    for (k = 0; k < npos; k++) {
        wk_weyl_root(c, R, k);
        for (h = 0, j = 0; j < n; j++) h += c[j];
        wk_list_push(&simple, wk_list_from_si(c, n));
        wk_weyl_root_omega(c, R, k);
        wk_list_push(&omega, wk_list_from_si(c, n));
        wk_list_push(&height, wk_int_si(h));
    }
    flint_free(c);
    rec = wk_rec_new();
    wk_rec_set(&rec, "count", wk_int_si(npos));
    wk_rec_set(&rec, "simple", simple);
    wk_rec_set(&rec, "omega", omega);
    wk_rec_set(&rec, "height", height);
    return rec;
}

static wk_value bi_roots(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    (void) argc;
    need_finite(S, 0, R, "roots");
    return roots_record(S, R);
}

/* ---- Weyl groups: orders, orbits, words ------------------------------------- */
static wk_value bi_weyl_order(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    fmpz *o = keep_fmpz(S);
    if (argc > 1) {
        ulong J = arg_nodes(S, argv, 1, R, "J");
        CHECK(S, 1, wk_weyl_parabolic_order(o, R, J));
    } else
        CHECK(S, 0, wk_weyl_order(o, R));
    return wk_int_fmpz(o);
}

static ulong opt_J(wk_state *S, int argc, const wk_value *argv, int i, const wk_weyl_struct *R)
{
    if (argc <= i || argv[i].t == T_NIL) return WK_WEYL_ALL;
    return arg_nodes(S, argv, i, R, "J");
}

static wk_value bi_weyl_orbit(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    fmpq *mu = arg_weight(S, argv, 1, R, "mu");
    ulong J = opt_J(S, argc, argv, 2, R);
    slong limit = opt_limit(S), k, n = R->n;
    int words = opt_bool(S, "words", 0);
    wk_weyl_orbit_struct *O = KEEP_NEW(S, wk_weyl_orbit_struct, wk_weyl_orbit_init, free_orbit);
    wk_weyl_word_struct *w = keep_word(S);
    wk_value l;
    CHECK(S, -1, wk_weyl_orbit(O, R, mu, J, limit));
    l = wk_list_new(O->length);
    for (k = 0; k < O->length; k++) {
        wk_value p = v_frac(O->num + k * n, O->den, n);
        if (words) {
            wk_value r = wk_rec_new();
            wk_rec_set(&r, "weight", p);
            wk_weyl_orbit_word(w, O, k);
            wk_rec_set(&r, "word", v_word(w));
            p = r;
        }
        wk_list_push(&l, p);
    }
    return l;
}

static wk_value bi_weyl_orbit_size(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    fmpq *mu = arg_weight(S, argv, 1, R, "mu");
    ulong J = opt_J(S, argc, argv, 2, R);
    fmpz *c = keep_fmpz(S);
    if (opt_bool(S, "walk", 0)) CHECK(S, -1, wk_weyl_orbit_count(c, R, mu, J));
    else CHECK(S, -1, wk_weyl_orbit_size(c, R, mu, J));
    return wk_int_fmpz(c);
}

static wk_value bi_weyl_dominate(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    fmpq *mu = arg_weight(S, argv, 1, R, "mu");
    ulong J = opt_J(S, argc, argv, 2, R);
    fmpq *res = keep_qvec(S, R->n);
    wk_weyl_word_struct *w = keep_word(S);
    wk_value r;
    CHECK(S, -1, wk_weyl_dominate(res, w, mu, R, J));
    r = wk_rec_new();
    wk_rec_set(&r, "weight", v_qvec(res, R->n));
    wk_rec_set(&r, "word", v_word(w));
    return r;
}

static wk_value bi_weyl_act(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    wk_weyl_word_struct *w = arg_word(S, argv, 1, R);
    fmpq *mu = arg_weight(S, argv, 2, R, "mu");
    (void) argc;
    wk_weyl_act(mu, w, mu, R);
    return v_qvec(mu, R->n);
}

/* ---- characters -------------------------------------------------------------- */
static wk_value char_value(wk_state *S, int argc, const wk_value *argv, int all)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    fmpq *lam = arg_weight(S, argv, 1, R, "lambda");
    slong limit = opt_limit(S), k, n = R->n;
    wk_weyl_char_struct *ch = KEEP_NEW(S, wk_weyl_char_struct, wk_weyl_char_init, free_char);
    wk_value r, ws, ms;
    (void) argc;
    need_finite(S, 0, R, all ? "weyl_character" : "dominant_character");
    if (all) CHECK(S, 1, wk_weyl_character(ch, R, lam, limit));
    else CHECK(S, 1, wk_weyl_dominant_character(ch, R, lam, limit));
    ws = wk_list_new(ch->length);
    for (k = 0; k < ch->length; k++) wk_list_push(&ws, wk_list_from_fmpz(ch->weights + k * n, n));
    ms = wk_list_from_fmpz(ch->mult, ch->length);
    r = wk_rec_new();
    wk_rec_set(&r, "weights", ws);
    wk_rec_set(&r, "mult", ms);
    return r;
}

static wk_value bi_dominant_character(wk_state *S, int argc, const wk_value *argv)
{
    return char_value(S, argc, argv, 0);
}

static wk_value bi_weyl_character(wk_state *S, int argc, const wk_value *argv)
{
    return char_value(S, argc, argv, 1);
}

static wk_value bi_weyl_dim(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    fmpq *lam = arg_weight(S, argv, 1, R, "lambda");
    fmpq *d = keep_fmpq(S);
    (void) argc;
    need_finite(S, 0, R, "weyl_dim");
    CHECK(S, 1, wk_weyl_dim(d, R, lam));
    return wk_rat_fmpq(d);
}

/* ---- modules and their faces ------------------------------------------------- */
static wk_value bi_weyl_module(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    if (next < argc) wk_arg_error(S, next, "unexpected argument %d (the module kind is a string such as \"simple\")", next + 1);
    m->rc++;
    return wk_obj_new(&hwmod_type, m);
}

/* The record of weyl_faces in *out; never throws (also used by field hooks,
   which must not touch the value stack).  On error *out is untouched. */
static wk_status faces_record_st(wk_value *out, const wk_weyl_hw_struct *V, int table, slong limit)
{
    slong d = V->d, k;
    fmpz *f = _fmpz_vec_init(d + 1), *fb = _fmpz_vec_init(d + 1);
    wk_value r, rows;
    wk_weyl_face_table_t T;
    wk_status st;
    wk_weyl_face_table_init(T);
    st = wk_weyl_fvector(f, fb, V);
    if (st == WK_OK && table) st = wk_weyl_face_table(T, V, limit);
    if (st == WK_OK) {
        r = wk_rec_new();
        wk_rec_set(&r, "dim", wk_int_si(d));
        wk_rec_set(&r, "fvector", v_fvector(f, d));
        wk_rec_set(&r, "bounded_fvector", v_bounded(fb, d));
        wk_rec_set(&r, "J", v_nodes(V->J));
        wk_rec_set(&r, "J0", v_nodes(V->J0));
        if (table) {
            rows = wk_list_new(T->length);
            for (k = 0; k < T->length; k++) {
                const wk_weyl_face_type_struct *t = T->rows + k;
                wk_value row = wk_rec_new();
                wk_rec_set(&row, "K", v_nodes(t->K));
                wk_rec_set(&row, "dim", wk_int_si(t->dim));
                wk_rec_set(&row, "stab", v_nodes(t->stab));
                wk_rec_set(&row, "count", wk_int_fmpz(t->count));
                wk_rec_set(&row, "bounded", wk_bool(t->bounded));
                wk_list_push(&rows, row);
            }
            wk_rec_set(&r, "table", rows);
        }
        *out = r;
    }
    wk_weyl_face_table_clear(T);
    _fmpz_vec_clear(f, d + 1);
    _fmpz_vec_clear(fb, d + 1);
    return st;
}

static wk_value faces_record(wk_state *S, const wk_weyl_hw_struct *V, int table, slong limit)
{
    wk_value r;
    wk_status st = faces_record_st(&r, V, table, limit);
    if (st == WK_E_TOO_LARGE && table && strstr(wk_error_msg(), "face types"))
        wk_throw(S, WK_ERR_OVERFLOW, "too_large: %s (weyl_fvector, or weyl_faces(...; table=false))",
                 wk_error_msg());
    if (st != WK_OK) fail(S, -1, st);
    return r;
}

static void no_more_args(wk_state *S, int argc, int next)
{
    if (next < argc) wk_arg_error(S, next, "unexpected argument %d", next + 1);
}

static wk_value bi_weyl_faces(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    no_more_args(S, argc, next);
    return faces_record(S, m->V, opt_bool(S, "table", 1), opt_limit(S));
}

static wk_value bi_weyl_fvector(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    slong d = m->V->d;
    fmpz *f = keep_zvec(S, d + 1), *fb = keep_zvec(S, d + 1);
    no_more_args(S, argc, next);
    CHECK(S, -1, wk_weyl_fvector(f, fb, m->V));
    return opt_bool(S, "bounded", 0) ? v_bounded(fb, d) : v_fvector(f, d);
}

/* dim= keyword: an integer k, or [a, b] / a..b; default all dimensions */
static void opt_dims(wk_state *S, slong d, slong *lo, slong *hi)
{
    const wk_value *v = wk_kwarg(S, "dim");
    slong a, b;
    *lo = 0; *hi = d;
    if (v == NULL) return;
    if (wk_get_si(&a, v)) { *lo = *hi = a; return; }
    if (v->t == T_RANGE) {
        const wk_range *r = (const wk_range *) v->u.h;
        if (r->step == 1) { *lo = r->a; *hi = r->b; return; }
    }
    if (wk_list_len(v) == 2 && wk_get_si(&a, wk_list_get(v, 0)) && wk_get_si(&b, wk_list_get(v, 1))) {
        *lo = a; *hi = b;
        return;
    }
    wk_bi_error(S, "dim must be an integer k or a range a..b of face dimensions, got %s", wk_type_name(v));
}

static wk_weyl_face_list_struct *face_list(wk_state *S, const wk_weyl_hw_struct *V, slong limit)
{
    slong lo, hi;
    wk_weyl_face_list_struct *L = KEEP_NEW(S, wk_weyl_face_list_struct, wk_weyl_face_list_init, free_flist);
    opt_dims(S, V->d, &lo, &hi);
    CHECK(S, -1, wk_weyl_face_list_range(L, V, lo, hi, limit));
    return L;
}

static wk_value face_values(wk_state *S, hwmod *m, rsys *rs, ulong J, const wk_weyl_face_list_struct *L)
{
    wk_weyl_word_struct *w = keep_word(S);
    wk_value l = wk_list_new(L->length);
    slong k;
    for (k = 0; k < L->length; k++) {
        wk_weyl_face_list_word(w, L, k);
        wk_list_push(&l, wface_new(m, rs, J, L->T ? L->T[k] : 0, L->K[k], w->letters, w->length));
    }
    return l;
}

static wk_value bi_weyl_face_list(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    wk_weyl_face_list_struct *L;
    no_more_args(S, argc, next);
    L = face_list(S, m->V, opt_limit(S));
    return face_values(S, m, NULL, 0, L);
}

/* the face given by (module args), K [, w]: K admissible, w a word in J, reduced to the minimal coset representative of w Stab_K */
static void arg_face_spec(wk_state *S, int argc, const wk_value *argv, hwmod **pm, ulong *pK,
                            wk_weyl_word_struct **pw)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    const wk_weyl_struct *R = m->V->R;
    wk_weyl_word_struct *w;
    ulong K;
    if (next >= argc) wk_bi_error(S, "expected the face type K (a list of nodes) after the module");
    K = arg_nodes(S, argv, next, R, "K");
    if (next + 1 < argc) w = arg_word(S, argv, next + 1, R);
    else w = keep_word(S);
    no_more_args(S, argc, next + 2);
    CHECK(S, next, wk_weyl_face_check(m->V, K, w));
    CHECK(S, next, wk_weyl_face_canonical(w, m->V, K, w));
    *pm = m; *pK = K; *pw = w;
}

static wk_value bi_weyl_face(wk_state *S, int argc, const wk_value *argv)
{
    hwmod *m;
    ulong K;
    wk_weyl_word_struct *w;
    arg_face_spec(S, argc, argv, &m, &K, &w);
    return wface_new(m, NULL, 0, 0, K, w->letters, w->length);
}

static int wface_leq(wk_state *S, const wface *a, const wface *b)
{
    int r = 0;
    if ((a->m == NULL) != (b->m == NULL))
        wk_bi_error(S, "cannot compare a face of conv V with a face of the universal polyhedron");
    if (a->m) {
        if (!hw_same(a->m->V, b->m->V)) wk_bi_error(S, "the faces belong to different modules");
        CHECK(S, -1, wk_weyl_face_leq(&r, a->m->V, a->K, a->w, b->K, b->w));
    } else {
        if (!rsys_same(a->rs->R, b->rs->R) || a->J != b->J)
            wk_bi_error(S, "the faces belong to different universal polyhedra");
        CHECK(S, -1, wk_weyl_universal_face_leq(&r, a->rs->R, a->J, a->T, a->w, a->K, b->T, b->w, b->K));
    }
    return r;
}

static wk_value bi_weyl_face_leq(wk_state *S, int argc, const wk_value *argv)
{
    const wface *a = wk_arg_obj(S, 0, &wface_type), *b = wk_arg_obj(S, 1, &wface_type);
    (void) argc;
    return wk_bool(wface_leq(S, a, b));
}

static wk_value bi_weyl_hasse(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    wk_weyl_face_list_struct *L;
    slong *pairs = NULL, np = 0, k;
    wk_value r, cov, faces;
    wk_status st;
    no_more_args(S, argc, next);
    L = face_list(S, m->V, opt_limit(S));
    faces = face_values(S, m, NULL, 0, L);
    wk_root(S, faces);
    st = wk_weyl_hasse(&pairs, &np, m->V, L);
    if (st != WK_OK) { flint_free(pairs); fail(S, -1, st); }
    if (np > opt_limit(S)) {
        flint_free(pairs);
        wk_throw(S, WK_ERR_OVERFLOW, "too_large: %ld covers exceeds limit %ld; use counts", (long) np, (long) opt_limit(S));
    }
    cov = wk_list_new(np);
    for (k = 0; k < np; k++) {
        slong p[2] = { pairs[2 * k] + 1, pairs[2 * k + 1] + 1 };
        wk_list_push(&cov, wk_list_from_si(p, 2));
    }
    flint_free(pairs);
    r = wk_rec_new();
    wk_incref(&faces);
    wk_rec_set(&r, "faces", faces);
    wk_rec_set(&r, "covers", cov);
    return r;
}

static wk_value bi_weyl_facets(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    fmpz_mat_struct *ineq = keep_zmat(S, 0, 0), *eq = keep_zmat(S, 0, 0);
    wk_value r;
    no_more_args(S, argc, next);
    need_finite(S, 0, m->V->R, "weyl_facets");
    CHECK(S, -1, wk_weyl_facets(ineq, eq, m->V, opt_limit(S)));
    r = wk_rec_new();
    wk_rec_set(&r, "ineq", v_zrows(ineq));
    wk_rec_set(&r, "eq", v_zrows(eq));
    return r;
}

static wk_value bi_weyl_tangent_cone(wk_state *S, int argc, const wk_value *argv)
{
    const wface *f = wk_obj_get(&argv[0], &wface_type);
    const wk_weyl_hw_struct *V;
    ulong K;
    const wk_weyl_word_struct *w;
    wk_weyl_cone_struct *C;
    wk_value r;
    if (f) {
        if (argc > 1) wk_arg_error(S, 1, "unexpected argument 2 (the face already says everything)");
        if (f->m == NULL) wk_arg_error(S, 0, "tangent cones are defined for faces of conv V, not of U_J");
        V = f->m->V; K = f->K; w = f->w;
    } else {
        hwmod *m;
        wk_weyl_word_struct *ww;
        arg_face_spec(S, argc, argv, &m, &K, &ww);
        V = m->V; w = ww;
    }
    need_finite(S, 0, V->R, "weyl_tangent_cone");
    C = KEEP_NEW(S, wk_weyl_cone_struct, wk_weyl_cone_init, free_cone);
    CHECK(S, -1, wk_weyl_tangent_cone(C, V, K, w));
    r = wk_rec_new();
    wk_rec_set(&r, "apex", wk_list_from_fmpq(fmpq_mat_entry(C->apex, 0, 0), V->n));
    wk_rec_set(&r, "lineality", v_zrows(C->lineality));
    wk_rec_set(&r, "rays", v_zrows(C->rays));
    wk_rec_set(&r, "ineq", v_zrows(C->ineq));
    return r;
}

/* ---- the universal Weyl polyhedron U_J ------------------------------------------ */
static wk_value bi_universal_weyl_fvector(wk_state *S, int argc, const wk_value *argv)
{
    rsys *rs = arg_rsys(S, argv, 0);
    const wk_weyl_struct *R = rs->R;
    ulong J = arg_nodes(S, argv, 1, R, "J");
    slong top = R->n + popcount(J);
    fmpz *f = keep_zvec(S, top + 1);
    (void) argc;
    CHECK(S, 1, wk_weyl_universal_fvector(f, R, J));
    return wk_list_from_fmpz(f, top);
}

static wk_value bi_universal_weyl_faces(wk_state *S, int argc, const wk_value *argv)
{
    rsys *rs = arg_rsys(S, argv, 0);
    const wk_weyl_struct *R = rs->R;
    ulong J = arg_nodes(S, argv, 1, R, "J");
    wk_weyl_face_list_struct *L = KEEP_NEW(S, wk_weyl_face_list_struct, wk_weyl_face_list_init, free_flist);
    (void) argc;
    CHECK(S, 1, wk_weyl_universal_face_list(L, R, J, opt_limit(S)));
    return face_values(S, NULL, rs, J, L);
}

static wk_value bi_universal_weyl_rays(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    ulong J = arg_nodes(S, argv, 1, R, "J");
    fmpz_mat_struct *X = keep_zmat(S, 0, 0);
    (void) argc;
    need_finite(S, 0, R, "universal_weyl_rays");
    CHECK(S, 1, wk_weyl_universal_rays(X, R, J));
    return v_zrows(X);
}

static wk_value bi_weyl_degenerate(wk_state *S, int argc, const wk_value *argv)
{
    const wk_weyl_struct *R = arg_rsys(S, argv, 0)->R;
    ulong K = arg_nodes(S, argv, 1, R, "K"), T = arg_nodes(S, argv, 2, R, "T");
    (void) argc;
    return v_nodes(wk_weyl_degenerate(R, K, T));
}

/* ---- the independent hull route ---------------------------------------------- */
static int bit(const ulong *b, slong i) { return (b[i >> 6] >> (i & 63)) & 1; }

static wk_value hull_record(wk_state *S, const fmpq_mat_t P, const fmpz_mat_t X, slong limit)
{
    wk_weyl_hull_struct *H = KEEP_NEW(S, wk_weyl_hull_struct, wk_weyl_hull_init, free_hull);
    slong d, k, i, nv = fmpq_mat_nrows(P), nr = fmpz_mat_nrows(X);
    fmpz *f, *fb;
    wk_value r, faces, verts, xr;
    CHECK(S, -1, wk_weyl_hull(H, P, X, limit));
    d = H->dim;
    f = keep_zvec(S, d + 1);
    fb = keep_zvec(S, d + 1);
    wk_weyl_hull_fvector(f, fb, H);
    faces = wk_list_new(H->nfaces);
    for (k = 0; k < H->nfaces; k++) {
        wk_value rec = wk_rec_new(), vl = wk_list_new(0), rl = wk_list_new(0);
        for (i = 0; i < nv; i++) if (H->vert[i] && bit(H->vinc + k * H->words, i)) wk_list_push(&vl, wk_int_si(i + 1));
        for (i = 0; i < nr; i++) if (H->xray[i] && bit(H->rinc + k * H->words, i)) wk_list_push(&rl, wk_int_si(i + 1));
        wk_rec_set(&rec, "dim", wk_int_si(H->fdim[k]));
        wk_rec_set(&rec, "vertices", vl);
        wk_rec_set(&rec, "rays", rl);
        wk_list_push(&faces, rec);
    }
    verts = wk_list_new(0);
    for (i = 0; i < nv; i++) if (H->vert[i]) wk_list_push(&verts, wk_int_si(i + 1));
    xr = wk_list_new(0);
    for (i = 0; i < nr; i++) if (H->xray[i]) wk_list_push(&xr, wk_int_si(i + 1));
    r = wk_rec_new();
    wk_rec_set(&r, "dim", wk_int_si(d));
    wk_rec_set(&r, "fvector", v_fvector(f, d));
    wk_rec_set(&r, "bounded_fvector", v_bounded(fb, d));
    wk_rec_set(&r, "ineq", v_zrows(H->ineq));
    wk_rec_set(&r, "eq", v_zrows(H->eq));
    wk_rec_set(&r, "points", v_qrows(P));
    wk_rec_set(&r, "rays", v_zrows(X));
    wk_rec_set(&r, "vertices", verts);
    wk_rec_set(&r, "extreme_rays", xr);
    wk_rec_set(&r, "faces", faces);
    return r;
}

static wk_value bi_weyl_faces_hull(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m = arg_module(S, argc, argv, &next);
    const wk_weyl_hw_struct *V = m->V;
    const wk_weyl_struct *R = V->R;
    slong limit = opt_limit(S), n = V->n, k, j, nr = 0, row, npos;
    wk_weyl_orbit_struct *O;
    fmpq_mat_struct *P;
    fmpz_mat_struct *X;
    slong *c;
    no_more_args(S, argc, next);
    need_finite(S, 0, R, "the hull");
    CHECK(S, 0, wk_weyl_num_positive_roots(&npos, R));
    O = KEEP_NEW(S, wk_weyl_orbit_struct, wk_weyl_orbit_init, free_orbit);
    CHECK(S, -1, wk_weyl_orbit(O, R, V->lambda, V->J, limit));
    P = keep_qmat(S, O->length, n);
    for (k = 0; k < O->length; k++)
        for (j = 0; j < n; j++) fmpq_set_fmpz_frac(fmpq_mat_entry(P, k, j), O->num + k * n + j, O->den);
    /* rays: -beta for the positive roots beta outside Delta_J, in root order (T1) */
    c = keep(S, flint_malloc(n * sizeof(slong)), 0, free_plain);
    for (k = 0; k < npos; k++) {
        wk_weyl_root(c, R, k);
        for (j = 0; j < n; j++) if (c[j] && !(V->J >> j & 1)) { nr++; break; }
    }
    X = keep_zmat(S, nr, n);
    for (k = 0, row = 0; k < npos; k++) {
        int out = 0;
        wk_weyl_root(c, R, k);
        for (j = 0; j < n; j++) if (c[j] && !(V->J >> j & 1)) out = 1;
        if (!out) continue;
        wk_weyl_root_omega(c, R, k);
        for (j = 0; j < n; j++) fmpz_set_si(fmpz_mat_entry(X, row, j), -c[j]);
        row++;
    }
    return hull_record(S, P, X, limit);
}

/* rows of rationals (points) or of integers after scaling (rays) */
static slong arg_rows(wk_state *S, const wk_value *argv, int i, const char *what, slong ncols)
{
    const wk_value *v = &argv[i];
    slong r, c, a, b;
    if (v->t == T_LIST && wk_list_len(v) == 0) {
        if (ncols < 0) wk_arg_error(S, i, "the hull needs at least one point");
        return 0;
    }
    if (!wk_mat_dims(v, &r, &c)) wk_arg_error(S, i, "%s must be a list of vectors (a matrix, one per row), got %s", what, wk_type_name(v));
    if (c == 0 || (ncols >= 0 && c != ncols))
        wk_arg_error(S, i, "%s have %ld coordinates, the points have %ld", what, (long) c, (long) ncols);
    if (c > 64) wk_arg_error(S, i, "%s have %ld coordinates; the hull route is for small dimensions", what, (long) c);
    for (a = 0; a < r; a++)
        for (b = 0; b < c; b++)
            if (!wk_is_exact_number(wk_mat_get(v, a, b)))
                wk_arg_error(S, i, "entry (%ld,%ld) of the %s is %s, not an exact rational", (long) a + 1, (long) b + 1,
                             what, wk_type_name(wk_mat_get(v, a, b)));
    return r;
}

static wk_value bi_weyl_hull(wk_state *S, int argc, const wk_value *argv)
{
    slong nv, nr = 0, n, r, c, a, b;
    fmpq_mat_struct *P;
    fmpz_mat_struct *X;
    fmpq_t q;
    fmpz_t den;
    nv = arg_rows(S, argv, 0, "points", -1);
    wk_mat_dims(&argv[0], &r, &n);
    if (argc > 1) nr = arg_rows(S, argv, 1, "rays", n);
    P = keep_qmat(S, nv, n);
    for (a = 0; a < nv; a++)
        for (b = 0; b < n; b++) wk_get_fmpq(fmpq_mat_entry(P, a, b), wk_mat_get(&argv[0], a, b));
    X = keep_zmat(S, nr, n);
    fmpq_init(q);
    fmpz_init(den);
    for (a = 0; a < nr; a++) {
        fmpz_one(den);
        for (b = 0; b < n; b++) {
            wk_get_fmpq(q, wk_mat_get(&argv[1], a, b));
            fmpz_lcm(den, den, fmpq_denref(q));
        }
        for (b = 0; b < n; b++) {
            wk_get_fmpq(q, wk_mat_get(&argv[1], a, b));
            fmpz_divexact(fmpz_mat_entry(X, a, b), den, fmpq_denref(q));
            fmpz_mul(fmpz_mat_entry(X, a, b), fmpz_mat_entry(X, a, b), fmpq_numref(q));
        }
    }
    fmpq_clear(q);
    fmpz_clear(den);
    (void) c;
    return hull_record(S, P, X, opt_limit(S));
}

/* ---- pictures ------------------------------------------------------------------ */
/* plane: nil / "coxeter" (the default view), or two weights spanning the plane */
static fmpq_mat_struct *plane_arg(wk_state *S, const wk_value *v, const wk_weyl_struct *R)
{
    fmpq_mat_struct *P;
    slong k, j, n = R->n;
    if (v == NULL || v->t == T_NIL) return NULL;
    if (v->t == T_STR && strcmp(wk_str_get(v), "coxeter") == 0) return NULL;
    if (wk_list_len(v) != 2)
        wk_bi_error(S, "plane must be two weights (a list [mu, nu]) spanning the projection plane, or \"coxeter\"");
    for (k = 0; k < 2; k++) {
        const wk_value *w = wk_list_get(v, k);
        if (wk_list_len(w) != n) wk_bi_error(S, "plane: weight %ld must have %ld coordinates", (long) k + 1, (long) n);
        for (j = 0; j < n; j++)
            if (!wk_is_exact_number(wk_list_get(w, j)))
                wk_bi_error(S, "plane: coordinate %ld of weight %ld is %s, not an exact rational", (long) j + 1,
                            (long) k + 1, wk_type_name(wk_list_get(w, j)));
    }
    P = keep_qmat(S, 2, n);
    for (k = 0; k < 2; k++)
        for (j = 0; j < n; j++) wk_get_fmpq(fmpq_mat_entry(P, k, j), wk_list_get(wk_list_get(v, k), j));
    return P;
}

static wk_status hwmod_svg(wk_state *S, const void *d, const char *path, const wk_value *opts)
{
    const hwmod *m = d;
    const wk_value *pl = opts && opts->t == T_REC ? wk_rec_get(opts, "plane") : NULL;
    fmpq_mat_struct *P;
    need_finite(S, 0, m->V->R, "a picture");
    P = plane_arg(S, pl, m->V->R);
    return wk_weyl_svg(path, m->V, P, wk_setting_si(S, "list_limit"));
}

static int is_svg_name(const wk_value *v)
{
    const char *s = wk_str_get(v);
    size_t l = s ? strlen(s) : 0;
    return l >= 4 && strcasecmp(s + l - 4, ".svg") == 0;
}

static wk_value bi_weyl_svg(wk_state *S, int argc, const wk_value *argv)
{
    int next;
    hwmod *m;
    const char *path = "weyl.svg";
    fmpq_mat_struct *P;
    /* the file is the last argument, a name ending in .svg (so it is never
       mistaken for the module kind) */
    if (argc >= 2 && argv[argc - 1].t == T_STR && is_svg_name(&argv[argc - 1])) {
        path = wk_str_get(&argv[argc - 1]);
        argc--;
    }
    else if (argc >= 3 && argv[argc - 1].t == T_STR && strchr(wk_str_get(&argv[argc - 1]), '.')
             && strncmp(wk_str_get(&argv[argc - 1]), "parabolic", 9) != 0)
        wk_arg_error(S, argc - 1, "the file name must end in .svg, got \"%s\"", wk_str_get(&argv[argc - 1]));
    m = arg_module(S, argc, argv, &next);
    if (next < argc) {
        if (argv[next].t == T_STR)
            wk_arg_error(S, next, "the file name must end in .svg, got \"%s\"", wk_str_get(&argv[next]));
        wk_arg_error(S, next, "unexpected argument %d", next + 1);
    }
    need_finite(S, 0, m->V->R, "a picture");
    P = plane_arg(S, wk_kwarg(S, "plane"), m->V->R);
    CHECK(S, -1, wk_weyl_svg(path, m->V, P, opt_limit(S)));
    return wk_str(path);
}

/* ---- the table ------------------------------------------------------------------- */
#define CONV \
    "Conventions (spec weyl-faces.md, section 1): the Cartan matrix is a_ij = <alpha_j, alpha_i^vee>;\n" \
    "row i belongs to the coroot alpha_i^vee, column j is alpha_j in fundamental weights (Kac's\n" \
    "convention).  It is the TRANSPOSE of GAP's CartanMatrix and LiE's Cartan: B2 is [2, -1; -2, 2]\n" \
    "here and [[2,-2],[-1,2]] in GAP (the -2 sits in the row of the short root).  Nodes are numbered\n" \
    "as in Bourbaki and are 1-based."
#define TARG \
    "T is a type string (\"E8\", \"A1xA2xB3\": block sums, nodes numbered block by block), any\n" \
    "generalized Cartan matrix, or a root system made by root_system(T).\n"
#define WARG \
    "Weights are omega-coordinates lambda_i = <lambda, alpha_i^vee>, exact rationals: a list\n" \
    "[1, 0, 1/2] or the string \"1,0,1/2\".  Reflections: (s_i mu)_k = mu_k - mu_i a_ki.\n"
#define MARG \
    "The module is given either as T, lambda [, kind] or as an object made by weyl_module.\n" \
    "kind: \"simple\" (L(lambda), the default), \"verma\" (M(lambda)), or \"parabolic:1,3\"\n" \
    "(M(lambda, J) with J = {1,3}, which needs lambda_j in Z>=0 for j in J; \"parabolic:\" is J = {}).\n" \
    "Integrability J: {} for M(lambda), J_lambda = {i : lambda_i in Z>=0} for L(lambda); J0 = {j in J :\n" \
    "lambda_j = 0}.  The faces of conv V depend only on (A, J, J0) (Dhillon-Khare, arXiv:1611.00114).\n"
#define LIMIT \
    "Explicit lists are counted first and refused above the size guard (setting(\"list_limit\"),\n" \
    "default 10^6) with 'too_large: N faces exceeds limit L'; limit= raises it for one call.\n"

static const wk_builtin weyl_builtins[] = {
    { "cartan", "A", bi_cartan,
      "cartan(T): the Cartan matrix of a type string or a validated generalized Cartan matrix.",
      "A matrix is checked: it must be square and non-empty, integral, with a_ii = 2, a_ij <= 0 for\n"
      "i != j and a_ij = 0 exactly when a_ji = 0; components of non-finite type are accepted (Kac-Moody).\n"
      "Errors: 'unknown Cartan type' (A0, B1, C1, D3, E5, E9, F5, G3, \"X4\" ...), 'Cartan matrix must be\n"
      "square and non-empty (got rxc)', 'not a generalized Cartan matrix, entry (i,j)=...'.\n"
      "cartan(\"B3\") is [2, -1, 0; -1, 2, -1; 0, -2, 2]; cartan(\"G2\") is [2, -3; -1, 2].\n"
      "\n" TARG CONV,
      "cartan(\"B2\") == [2, -1; -2, 2]" },
    { "cartan_check", "A", bi_cartan_check,
      "cartan_check(M): validate a generalized Cartan matrix and identify its components.",
      "Returns {type, rank, finite, order, components}; each component is {type, nodes, order} with\n"
      "its nodes listed in Bourbaki order (so a relabelled matrix tells you its Bourbaki labels).\n"
      "A component not of finite type has type \"?\" and order nil.  Finite type is decided by the\n"
      "classification of connected Dynkin diagrams (spec 4.2), in linear time.  Bad matrices give\n"
      "the errors of cartan().\n"
      "\n" CONV,
      "cartan_check([2, 0, -1; 0, 2, -1; -1, -1, 2]).components[1].nodes == [1, 3, 2]" },
    { "root_system", "A", bi_root_system,
      "root_system(T): a root system object (fields type, rank, cartan, order, positive_roots ...).",
      "Fields: type, rank, cartan, finite, order (|W|, nil if infinite), components, positive_roots\n"
      "(simple-root coordinates, by height), positive_roots_omega, rho, inverse_cartan, symmetrizer\n"
      "(d_i = (alpha_i, alpha_i)/2, short roots 1).  Every builtin taking T accepts the object, which\n"
      "saves rebuilding the root table in loops.\n"
      "\n" TARG CONV,
      "root_system(\"E8\").order == 696729600" },
    { "roots", "A", bi_roots,
      "roots(T): the positive roots in simple-root and in omega-coordinates.",
      "Returns {count, simple, omega, height}: simple[k] are the coefficients c of beta = sum c_i alpha_i,\n"
      "omega[k] = A c its omega-coordinates, height[k] = sum c_i; ordered by height, then\n"
      "lexicographically decreasing.  Finite type only ('infinite: ...' otherwise).\n"
      "\n" TARG CONV,
      "roots(\"B2\").simple == [[1, 0], [0, 1], [1, 1], [1, 2]]" },
    { "weyl_order", "A[A]", bi_weyl_order,
      "weyl_order(T, J): the order of the Weyl group W, or of the parabolic subgroup W_J.",
      "J is a list of nodes ([1, 3]) or a string \"1,3\".  Exact integers of any size (|W(A20)| = 21!).\n"
      "Errors: 'infinite: W_J is infinite (component {...} of J not of finite type)'.\n"
      "\n" TARG CONV,
      "weyl_order(\"E8\") == 696729600 and weyl_order(\"E8\", [1, 2, 3, 4, 5, 6, 7]) == 2903040" },
    { "weyl_orbit", "AA[A];limit,words", bi_weyl_orbit,
      "weyl_orbit(T, mu, J): the orbit W_J mu as a list of weights (J-dominant one first).",
      "J defaults to all nodes.  The orbit is walked as a tree from the J-dominant weight in it (spec\n"
      "4.3); with words=true each entry is {weight, word} where weight = s_i1 ... s_il (first entry)\n"
      "for word = [i1, ..., il], a reduced word of the minimal coset representative.  The size is\n"
      "computed first and refused above the size guard: 'too_large: orbit size N exceeds limit L'.\n"
      "Example: the B2 orbit of omega_1 is [1, 0], [-1, 2], [1, -2], [-1, 0] (GAP's transposed matrix\n"
      "would give [-1, 1] and [1, -1] instead).\n"
      "\n" TARG WARG CONV,
      "sort(weyl_orbit(\"B2\", [1, 0])) == [[-1, 0], [-1, 2], [1, -2], [1, 0]]" },
    { "weyl_orbit_size", "AA[A];walk", bi_weyl_orbit_size,
      "weyl_orbit_size(T, mu, J): |W_J mu| without listing the orbit.",
      "By the formula [W_J : W_{J cap {j : nu_j = 0}}] (nu the J-dominant weight in the orbit); with\n"
      "walk=true by walking the orbit tree without storing it (memory O(depth), Ctrl-C stops it):\n"
      "an independent count, for checks.\n"
      "\n" TARG WARG CONV,
      "weyl_orbit_size(\"E8\", [1, 1, 1, 1, 1, 1, 1, 1]) == 696729600" },
    { "weyl_dominate", "AA[A]", bi_weyl_dominate,
      "weyl_dominate(T, mu, J): the J-dominant weight in W_J mu and a reduced word carrying it to mu.",
      "Returns {weight, word} with mu = s_i1 ... s_il (weight) for word = [i1, ..., il], reduced, of the\n"
      "shortest such element (spec 4.3: reflect at the smallest j in J with mu_j < 0).  J defaults to\n"
      "all nodes; W_J must be finite.\n"
      "\n" TARG WARG CONV,
      "weyl_dominate(\"A2\", [-1, 0]) == {weight: [0, 1], word: [1, 2]}" },
    { "weyl_act", "AAA", bi_weyl_act,
      "weyl_act(T, w, mu): the weight w mu for a word w = [i1, ..., il] (s_i1 ... s_il; s_il acts first).",
      TARG WARG CONV,
      "weyl_act(\"A2\", [1, 2], [0, 1]) == [-1, 0]" },
    { "dominant_character", "AA;limit", bi_dominant_character,
      "dominant_character(T, lambda): the dominant weights of L(lambda) with their multiplicities.",
      "lambda must be dominant integral; finite type.  Returns {weights, mult} (lambda first, then by\n"
      "depth and lexicographically decreasing).  Freudenthal's formula summed over W_mu-orbits of\n"
      "roots (Moody-Patera).  LiE's dom_char gives the same weights for the same labels (LiE's matrix is\n"
      "transposed but its weight labels are Bourbaki's).  limit= bounds the number of dominant weights.\n"
      "\n" TARG WARG CONV,
      "dominant_character(\"E8\", [0, 0, 0, 0, 0, 0, 0, 1]) == {weights: [[0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0]], mult: [1, 8]}" },
    { "weyl_character", "AA;limit", bi_weyl_character,
      "weyl_character(T, lambda): all weights of L(lambda) with their multiplicities.",
      "Returns {weights, mult}: the W-orbits of the dominant weights, in the order of\n"
      "dominant_character.  limit= bounds the number of distinct weights (size guard).\n"
      "\n" TARG WARG CONV,
      "sum(weyl_character(\"A2\", [1, 1]).mult) == 8" },
    { "weyl_dim", "AA", bi_weyl_dim,
      "weyl_dim(T, lambda): Weyl's dimension polynomial prod_{beta>0} <lambda+rho, beta^vee>/<rho, beta^vee>.",
      "For dominant integral lambda this is dim L(lambda); any rational lambda is accepted (the value\n"
      "is then a rational number).  Finite type.\n"
      "\n" TARG WARG CONV,
      "weyl_dim(\"E8\", [1, 0, 0, 0, 0, 0, 0, 0]) == 3875" },
    { "weyl_module", "A[AA]", bi_weyl_module,
      "weyl_module(T, lambda, kind): a highest weight module L(lambda), M(lambda) or M(lambda, J) as an object.",
      "Fields: root_system, type, rank, lambda, kind, J, J0, active (S = I \\ J0), dim, fvector,\n"
      "bounded_fvector, table.  Every face builtin accepts it in place of (T, lambda, kind), and\n"
      "svg(V, \"file.svg\") draws conv V (see weyl_svg; option plane=[mu, nu]).\n"
      "Errors: 'parabolic Verma module needs lambda_j in Z>=0 for j in J; fails at j=.. (lambda_j=..)',\n"
      "'unknown module kind', 'bad node label', 'weight lambda has k coordinates, rank is n'.\n"
      "\n" TARG WARG MARG CONV,
      "weyl_module(\"C3\", [0, 1, 0]).fvector == [12, 24, 14]" },
    { "weyl_faces", "A[AA];limit,table", bi_weyl_faces,
      "weyl_faces(T, lambda, kind): faces of conv V: {dim, fvector, bounded_fvector, J, J0, table}.",
      "Counted by the Dhillon-Khare classification (spec T5, 4.4) without enumerating the orbit: a loop\n"
      "over the 2^d subsets of the active nodes (E8: 256).  fvector lists f_0..f_{d-1} (f_d = 1 is conv V\n"
      "itself; a point gives [1]); bounded_fvector counts the bounded faces, up to its last nonzero\n"
      "entry.  table has one row per admissible K (every component of K meets S = I \\ J0): {K, dim,\n"
      "stab, count, bounded}, where the faces of type K are w F_K for w in W_J / W_stab (count of them).\n"
      "table=false skips the table (the table is a list and obeys the size guard).  Errors: 'too_large:\n"
      "rank r of a component of the active part exceeds 24'; 'infinite: W_J is infinite ...'.\n"
      "\n" TARG WARG MARG CONV,
      "weyl_faces(\"A3\", [1, 0, 1], \"parabolic:1,3\").bounded_fvector == [4, 4, 1]" },
    { "weyl_fvector", "A[AA];bounded", bi_weyl_fvector,
      "weyl_fvector(T, lambda, kind): the f-vector f_0..f_{d-1} of conv V (bounded=true: bounded faces).",
      "The fast path of weyl_faces (no table): any E8 case in well under a millisecond.\n"
      "\n" TARG WARG MARG CONV,
      "weyl_fvector(\"E6\", \"1,0,0,0,0,0\") == [27, 216, 720, 1080, 648, 99]" },
    { "weyl_face_list", "A[AA];limit,dim", bi_weyl_face_list,
      "weyl_face_list(T, lambda, kind): all faces w F_K of conv V as face objects.",
      "dim=k or dim=a..b lists only faces of those dimensions (the guard then counts only those).\n"
      "A face prints as 's2 s1 F{1,2}' (= s2 s1 F_K, K = {1,2}); its fields: K, w (the coset word),\n"
      "dim, bounded, stab, vertices (w W_{K cap J} lambda), rays (extreme rays), functional ([b, a]:\n"
      "b + a.x >= 0 on conv V, = 0 exactly on the face), module.  Faces are listed by type K, each\n"
      "type by the coset tree of W_J / Stab_K.  Compare faces with weyl_face_leq.\n"
      "\n" TARG WARG MARG LIMIT CONV,
      "len(weyl_face_list(\"A2\", [1, 1])) == 13" },
    { "weyl_face", "A[AAAA]", bi_weyl_face,
      "weyl_face(T, lambda, kind, K, w): the face w F_K (K a list of nodes, w a word in J, default []).",
      "K must be admissible (each component of K meets the active nodes); w is reduced to the\n"
      "minimal representative of w Stab_K, so equal faces print alike.  F_K = {x in conv V :\n"
      "phi_K(x) = phi_K(lambda)}, phi_K(x) = sum_{i not in K} (A^{-1} x)_i (spec T2).\n"
      "\n" TARG WARG MARG CONV,
      "weyl_face(\"A2\", [1, 1], [1], [2]).vertices == [[2, -1], [1, -2]]" },
    { "weyl_face_leq", "AA", bi_weyl_face_leq,
      "weyl_face_leq(F, G): true when the face F is contained in the face G.",
      "For faces of conv V (spec T6): w F_K <= w' F_K' iff K subset K' and w^{-1} w' in\n"
      "Stab_K W_{K' cap J}, decided by reducing the double coset (no coordinates).  For faces\n"
      "(T, w, K) of U_J (universal_weyl_faces) the rule of spec T8.  Both faces must come from the\n"
      "same module (or the same U_J).",
      "weyl_face_leq(weyl_face(\"A2\", [1, 1], []), weyl_face(\"A2\", [1, 1], [1]))" },
    { "weyl_hasse", "A[AA];limit,dim", bi_weyl_hasse,
      "weyl_hasse(T, lambda, kind): the Hasse diagram of the face lattice: {faces, covers}.",
      "covers lists pairs [i, j] (1-based indices into faces) with faces[i] covered by faces[j]\n"
      "(dimension one more).  With dim=a..b only the faces of those dimensions and the covers among them.\n"
      "The size guard applies to the faces and to the covers.\n"
      "\n" TARG WARG MARG LIMIT CONV,
      "len(weyl_hasse(\"A2\", [1, 0]).covers) == 9" },
    { "weyl_facets", "A[AA];limit", bi_weyl_facets,
      "weyl_facets(T, lambda, kind): the minimal H-representation of conv V: {ineq, eq}.",
      "ineq has one row [b, a_1, ..., a_n] (primitive integers) per facet: b + a.x >= 0, as the spec\n"
      "writes (b; a).  eq has the equations (A^{-1}(lambda - x))_i = 0, i outside I_S, in the same\n"
      "form, when conv V is not full-dimensional.  E.g. A2, lambda = omega_1: (1; 2, 1), (1; -1, 1),\n"
      "(1; -1, -2).  Finite type; the number of facets obeys the size guard (limit=).\n"
      "\n" TARG WARG MARG CONV,
      "sort(weyl_facets(\"A2\", [1, 0]).ineq) == [[1, -1, -2], [1, -1, 1], [1, 2, 1]]" },
    { "weyl_tangent_cone", "A[AAAA]", bi_weyl_tangent_cone,
      "weyl_tangent_cone(F): the tangent cone of conv V along a face: {apex, lineality, rays, ineq}.",
      "F is a face object, or the arguments of weyl_face (T, lambda, kind, K, w).  Spec T7: the cone\n"
      "is w(lambda + R Pi_K + cone(-beta : beta in Delta+ \\ Delta+_{K u (K^perp cap J0)})): apex\n"
      "w lambda, lineality w alpha_k (k in K), rays (generators), and ineq: the facets of conv V\n"
      "through the face, rows [b, a] as in weyl_facets.\n"
      "\n" TARG WARG MARG CONV,
      "len(weyl_tangent_cone(weyl_face(\"A2\", [1, 1], [])).ineq) == 2" },
    { "universal_weyl_fvector", "AA", bi_universal_weyl_fvector,
      "universal_weyl_fvector(T, J): the f-vector of the universal Weyl polyhedron U_J.",
      "U_J = {(c, nu) : c >= 0 in R^J, nu in conv M(lambda_c, J) - lambda_c} (spec T8), a pointed\n"
      "cone of dimension n + |J|; f_k = sum_{T subset J} f_{k-|J \\ T|}(conv M(lambda_T, J)).  Lists\n"
      "f_0..f_{n+|J|-1}.  J must be of finite type.\n"
      "\n" TARG CONV,
      "universal_weyl_fvector(\"A2\", [1, 2]) == [1, 6, 12, 8]" },
    { "universal_weyl_faces", "AA;limit", bi_universal_weyl_faces,
      "universal_weyl_faces(T, J): the faces (T, w, K) of U_J as face objects.",
      "A face (T, w, K): T subset J (where c vanishes), K admissible for J0 = T, w in\n"
      "W_J / W_{(K cap J) u (K^perp cap T)}; dimension |K| + |J| - |T|.  Fields T, w, K, dim, J.\n"
      "weyl_face_leq compares them by the inclusion rule of T8.\n"
      "\n" TARG LIMIT CONV,
      "len(universal_weyl_faces(\"A2\", [1, 2])) == 28" },
    { "universal_weyl_rays", "AA", bi_universal_weyl_rays,
      "universal_weyl_rays(T, J): generating rays of U_J in R^J x R^n.",
      "Rows (e_j, w omega_j - omega_j) for the distinct w omega_j (j in J, w in W_J) and (0, -beta) for\n"
      "beta in Delta+ \\ Delta+_J; the first |J| columns are the c_j, j in J increasing, then the\n"
      "omega-coordinates.  weyl_hull([zero point], rays) rebuilds U_J independently.\n"
      "\n" TARG CONV,
      "len(universal_weyl_rays(\"A2\", [1, 2])) == 6" },
    { "weyl_degenerate", "AAA", bi_weyl_degenerate,
      "weyl_degenerate(T, K, T0): the face type K'' that w F_K collapses to when lambda becomes singular on T0.",
      "Spec T8: as J0 grows to T0, w F_K becomes w F_K'', K'' = the union of the components of K that\n"
      "meet I \\ T0.\n"
      "\n" TARG CONV,
      "weyl_degenerate(\"A3\", [1, 3], [3]) == [1]" },
    { "weyl_faces_hull", "A[AA];limit", bi_weyl_faces_hull,
      "weyl_faces_hull(T, lambda, kind): faces of conv V by an exact convex hull (independent check).",
      "Builds conv(W_J lambda) + cone(-(Delta+ \\ Delta+_J)) (spec T1) and computes its facets by the\n"
      "double description method in exact integers, then every face as an intersection of facets, with\n"
      "dimensions by exact rank -- no use of the face classification.  Returns {dim, fvector,\n"
      "bounded_fvector, ineq, eq, points, rays, vertices, extreme_rays, faces}: points are the orbit\n"
      "(as weyl_orbit lists it), rays the generators -beta, and each face is {dim, vertices, rays}\n"
      "with 1-based indices into points and rays (extreme rays only).  For small cases: a few\n"
      "thousand points in dimension <= 8 (limit= bounds the orbit and the faces).\n"
      "\n" TARG WARG MARG CONV,
      "weyl_faces_hull(\"B3\", [1, 1, 1]).fvector == [48, 72, 26]" },
    { "weyl_hull", "A[A];limit", bi_weyl_hull,
      "weyl_hull(P, X): faces of conv(rows of P) + cone(rows of X) over Q (the hull route on any input).",
      "P is a list of points (rational vectors), X an optional list of rays; the cone must be pointed.\n"
      "Returns the record of weyl_faces_hull (indices refer to P and X).",
      "weyl_hull([[0, 0], [1, 0], [0, 1], [1, 1]]).fvector == [4, 4]" },
    { "weyl_svg", "A[AAA];plane,limit", bi_weyl_svg,
      "weyl_svg(T, lambda, kind, file): draw conv V as an SVG picture; returns the file name.",
      "Polytopes of dimension 2 and 3 are drawn as they are (3D in an oblique view, unbounded ones\n"
      "truncated), larger ones projected onto the Coxeter plane or onto plane=[mu, nu] (the plane\n"
      "spanned by two weights, orthogonal projection for the invariant form).  Faces are coloured by\n"
      "their type K, with a legend.  Same as svg(weyl_module(T, lambda, kind), file).  The file name\n"
      "comes last and must end in .svg (default \"weyl.svg\").  Example: weyl_svg(\"B3\", [1, 1, 1], \"B3.svg\").\n"
      "Floating point is used for drawing only.\n"
      "\n" TARG WARG MARG CONV,
      "type(weyl_svg) == \"function\"" },
    { NULL, NULL, NULL, NULL, NULL, NULL }
};

const wk_module wk_mod_weyl = {
    "weyl", "root systems, Weyl groups, characters, faces of highest weight modules", weyl_builtins
};
