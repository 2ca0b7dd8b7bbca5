/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_groups.c: the builtins of lib/groups (spec finite-groups.md):
   permutation groups, conjugacy classes, exact character tables
   (Dixon-Schneider), cyclotomic numbers, class functions and their
   arithmetic, Clifford data, embeddings.  Four object kinds: a group, a
   character table, a class function (character) and a cyclotomic number.
   Classes, characters and points are 1-based here, 0-based in lib/. */
#include <string.h>
#include <stdlib.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpz_factor.h>
#include <flint/ulong_extras.h>
#include "bi_groups.h"

/* The interpreter (src/state.c), for wk_chartable_value, whose interface
   has no state argument (src/wk_int.h: "the one interpreter"). */
extern wk_state *wk_S;

/* ---- C temporaries that survive an error --------------------------------
   Builtins throw (longjmp) on bad input; lib/ objects living across a
   possible throw are owned by a rooted value whose free hook clears them
   (released when the builtin returns or an error unwinds). */
typedef wk_keep_fn keep_fn;
#define keep wk_keep

static void free_perms(void *p, slong n)
{
    slong i;
    for (i = 0; i < n; i++) wk_perm_clear((wk_perm_struct *) p + i);
    flint_free(p);
}
static void free_cycs(void *p, slong n)
{
    slong i;
    for (i = 0; i < n; i++) wk_cyc_clear((wk_cyc_struct *) p + i);
    flint_free(p);
}
static void free_cf(void *p, slong n) { (void) n; wk_classfun_clear(p); flint_free(p); }
static void free_zvec(void *p, slong n) { _fmpz_vec_clear(p, n); }
static void free_plain(void *p, slong n) { (void) n; flint_free(p); }
static void free_clifford(void *p, slong n) { (void) n; wk_clifford_clear(p); flint_free(p); }
static void free_emb(void *p, slong n) { (void) n; wk_embeddings_clear(p); flint_free(p); }

static wk_perm_struct *keep_perms(wk_state *S, slong n)
{
    wk_perm_struct *a = flint_malloc(FLINT_MAX(n, 1) * sizeof *a);
    slong i;
    for (i = 0; i < n; i++) wk_perm_init(a + i, 0);
    return keep(S, a, n, free_perms);
}
static wk_cyc_struct *keep_cycs(wk_state *S, slong n)
{
    wk_cyc_struct *a = flint_malloc(FLINT_MAX(n, 1) * sizeof *a);
    slong i;
    for (i = 0; i < n; i++) wk_cyc_init(a + i);
    return keep(S, a, n, free_cycs);
}
static wk_classfun_struct *keep_cf(wk_state *S)
{
    wk_classfun_struct *f = flint_malloc(sizeof *f);
    f->G = NULL; f->r = 0; f->v = NULL;
    return keep(S, f, 0, free_cf);
}
static fmpz *keep_zvec(wk_state *S, slong n)
{
    n = FLINT_MAX(n, 1);
    return keep(S, _fmpz_vec_init(n), n, free_zvec);
}
static slong *keep_slongs(wk_state *S, slong n)
{
    return keep(S, flint_calloc(FLINT_MAX(n, 1), sizeof(slong)), 0, free_plain);
}

/* ---- errors ---------------------------------------------------------------- */
/* A lib/ status as an error: the size guards say how to raise them,
   interrupts and internal errors come as they are, input errors point at
   argument i (i < 0: at the call). */
static void __attribute__((noreturn)) fail(wk_state *S, int i, wk_status st)
{
    const char *m = wk_error_msg();
    if (st == WK_E_TOO_LARGE && strstr(m, "exceeds the size guard"))
        wk_throw(S, WK_ERR_OVERFLOW, "%s (raise with chartable_limit)", m);
    if (st == WK_E_TOO_LARGE && strstr(m, "of the character table has phi"))
        wk_throw(S, WK_ERR_OVERFLOW, "%s (raise with chartable(G, phi_limit = ...))", m);
    if (i < 0 || (st != WK_E_DOMAIN && st != WK_E_DIM))
        wk_bi_status(S, st);
    wk_arg_error(S, i, "%s", m);
}
#define CHECK(S, i, call) do { wk_status st_ = (call); if (st_ != WK_OK) fail((S), (i), st_); } while (0)

/* The size guard of the class and table algorithms follows the setting
   chartable_limit (lib/ caps it at 2^31). */
static void limits(wk_state *S)
{
    slong l = wk_setting_si(S, "chartable_limit");
    if (l < 1) l = WK_GROUPS_DEFAULT_ORDER_LIMIT;
    if (l > (WORD(1) << 31)) l = WORD(1) << 31;
    wk_groups_set_order_limit(l);
}

/* the text of a value for messages (at most 60 characters) */
static const char *show(wk_state *S, const wk_value *v)
{
    static char msg[80];
    wk_buf b;
    wk_buf_init(&b);
    wk_buf_value(S, &b, v, 0);
    if (b.len > 60) snprintf(msg, sizeof msg, "%.57s...", b.s);
    else snprintf(msg, sizeof msg, "%s", b.s ? b.s : "");
    wk_buf_clear(&b);
    return msg;
}

/* ---- permutations ----------------------------------------------------------- */
wk_value wk_perm_value(const wk_perm_t p)
{
    int *img = flint_malloc(FLINT_MAX(p->n, 1) * sizeof(int));
    slong i;
    wk_value v;
    for (i = 0; i < p->n; i++) img[i] = (int) p->v[i];
    v = wk_perm_new(img, p->n);
    flint_free(img);
    return v;
}

int wk_get_perm(wk_perm_t p, const wk_value *v, const char **why)
{
    static char msg[200];
    *why = NULL;
    if (v->t == T_PERM) {
        const wk_perm *c = (const wk_perm *) v->u.h;
        slong i;
        if (c->n > WK_GROUPS_MAX_DEGREE) {
            snprintf(msg, sizeof msg, "degree %ld exceeds the limit %d", (long) c->n, WK_GROUPS_MAX_DEGREE);
            *why = msg;
            return 0;
        }
        wk_perm_one(p, c->n);
        for (i = 0; i < c->n; i++) p->v[i] = (wk_pt) c->img[i];
        return 1;
    }
    if (v->t == T_STR) {
        if (wk_perm_set_str(p, wk_str_get(v)) != WK_OK) {
            snprintf(msg, sizeof msg, "%s", wk_error_msg());
            *why = msg;
            return 0;
        }
        return 1;
    }
    if (v->t == T_LIST) {
        slong n = wk_list_len(v), i;
        slong *img;
        wk_status st;
        if (n > WK_GROUPS_MAX_DEGREE) {
            snprintf(msg, sizeof msg, "degree %ld exceeds the limit %d", (long) n, WK_GROUPS_MAX_DEGREE);
            *why = msg;
            return 0;
        }
        img = flint_malloc(FLINT_MAX(n, 1) * sizeof(slong));
        for (i = 0; i < n; i++) {
            const wk_value *x = wk_list_get(v, i);
            if (x->t != T_INT || !wk_get_si(img + i, x)) {
                flint_free(img);
                snprintf(msg, sizeof msg, "an image list must hold integers, entry %ld is %s",
                         (long) i + 1, wk_type_name(x));
                *why = msg;
                return 0;
            }
        }
        st = wk_perm_set_images(p, img, n);
        flint_free(img);
        if (st != WK_OK) {
            snprintf(msg, sizeof msg, "%s", wk_error_msg());
            *why = msg;
            return 0;
        }
        return 1;
    }
    snprintf(msg, sizeof msg, "expected a permutation (cycles (1,2,3), an image list or a string), got %s",
             wk_type_name(v));
    *why = msg;
    return 0;
}

/* permutation argument i into a kept wk_perm */
static wk_perm_struct *arg_perm(wk_state *S, const wk_value *argv, int i, const char *what)
{
    wk_perm_struct *p = keep_perms(S, 1);
    const char *why;
    if (!wk_get_perm(p, &argv[i], &why)) {
        if (what) wk_arg_error(S, i, "%s: %s", what, why);
        wk_arg_error(S, i, "%s", why);
    }
    return p;
}

/* ---- cyclotomic numbers ------------------------------------------------------ */
typedef struct { wk_cyc_struct x[1]; } cycobj;

static void cyc_free(void *d)
{
    wk_cyc_clear(((cycobj *) d)->x);
    flint_free(d);
}

static void cyc_print(wk_buf *b, const void *d, int top)
{
    char *s = wk_cyc_get_str(((const cycobj *) d)->x);
    (void) top;
    wk_buf_puts(b, s);
    flint_free(s);
}

static int cyc_equal(const void *a, const void *b)
{
    return wk_cyc_equal(((const cycobj *) a)->x, ((const cycobj *) b)->x);
}

wk_value wk_cyc_value(const wk_cyc_t x)
{
    cycobj *o;
    if (wk_cyc_is_rational(x)) {
        fmpq_t q;
        wk_value v;
        fmpq_init(q);
        wk_cyc_get_fmpq(q, x);
        v = wk_rat_fmpq(q);
        fmpq_clear(q);
        return v;
    }
    o = flint_malloc(sizeof *o);
    wk_cyc_init(o->x);
    wk_cyc_set(o->x, x);
    return wk_obj_new(&wk_cyc_type, o);
}

int wk_get_cyc(wk_cyc_t x, const wk_value *v)
{
    const cycobj *o;
    if (v->t == T_INT) { wk_cyc_set_fmpz(x, &v->u.z); return 1; }
    if (v->t == T_RAT) {
        fmpq_t q;
        fmpq_init(q);
        wk_get_fmpq(q, v);
        wk_cyc_set_fmpq(x, q);
        fmpq_clear(q);
        return 1;
    }
    if ((o = wk_obj_get(v, &wk_cyc_type)) != NULL) { wk_cyc_set(x, o->x); return 1; }
    return 0;
}

static int is_cyc_like(const wk_value *v)
{
    return v->t == T_INT || v->t == T_RAT || wk_obj_get(v, &wk_cyc_type) != NULL;
}

/* x as a ball: a real ball when x is real */
static wk_value cyc_numeric(const wk_cyc_t x, slong prec)
{
    acb_t z;
    wk_cyc_t c;
    wk_value v;
    int real;
    wk_cyc_init(c);
    wk_cyc_conj(c, x);
    real = wk_cyc_equal(c, x);
    wk_cyc_clear(c);
    acb_init(z);
    wk_cyc_get_acb(z, x, prec + 10);
    if (real) arb_zero(acb_imagref(z));
    acb_set_round(z, z, prec);
    v = wk_num_acb(z);
    acb_clear(z);
    return v;
}

/* 1 iff x is a root of unity: an algebraic integer with x * conj(x) = 1
   (then every Galois conjugate has absolute value 1; Kronecker). */
static int cyc_is_root_of_unity(const wk_cyc_t x)
{
    wk_cyc_t c;
    int r;
    if (!wk_cyc_is_integral(x)) return 0;
    wk_cyc_init(c);
    wk_cyc_conj(c, x);
    r = wk_cyc_mul(c, c, x) == WK_OK && wk_cyc_is_one(c);
    wk_cyc_clear(c);
    return r;
}

#define CYC_POW_MAX 100000

/* r = x^e; WK_E_DOMAIN for 0^negative, WK_E_TOO_LARGE for a huge exponent
   of a number that is not a root of unity. */
static wk_status cyc_pow(wk_cyc_t r, const wk_cyc_t x, const fmpz_t e0)
{
    wk_cyc_t b, acc;
    fmpz_t e;
    wk_status st = WK_OK;
    fmpz_init_set(e, e0);
    wk_cyc_init(b);
    wk_cyc_init(acc);
    if (wk_cyc_is_zero(x) && fmpz_sgn(e) < 0) { st = wk_error(WK_E_DOMAIN, "division by zero"); goto done; }
    if (cyc_is_root_of_unity(x)) fmpz_set_ui(e, fmpz_fdiv_ui(e, 2 * (ulong) wk_cyc_conductor(x)));
    else if (!fmpz_is_zero(e) && (fmpz_bits(e) > 62 || fmpz_get_si(e) > CYC_POW_MAX || fmpz_get_si(e) < -CYC_POW_MAX)
             && !wk_cyc_is_zero(x)) {
        st = wk_error(WK_E_TOO_LARGE, "exponent beyond %d of a cyclotomic number that is not a root of unity",
                      CYC_POW_MAX);
        goto done;
    }
    if (fmpz_sgn(e) < 0) { st = wk_cyc_inv(b, x); fmpz_neg(e, e); }
    else wk_cyc_set(b, x);
    wk_cyc_one(acc);
    while (st == WK_OK && !fmpz_is_zero(e)) {
        if (fmpz_is_odd(e)) st = wk_cyc_mul(acc, acc, b);
        fmpz_fdiv_q_2exp(e, e, 1);
        if (st == WK_OK && !fmpz_is_zero(e)) st = wk_cyc_mul(b, b, b);
    }
    if (st == WK_OK) wk_cyc_swap(r, acc);
done:
    wk_cyc_clear(b);
    wk_cyc_clear(acc);
    fmpz_clear(e);
    return st;
}

static int cyc_binop(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    wk_cyc_struct *x, *y, *r;
    wk_status st = WK_OK;
    if (op == 'n') {
        r = keep_cycs(S, 1);
        wk_cyc_neg(r, ((const cycobj *) wk_obj_get(a, &wk_cyc_type))->x);
        *out = wk_cyc_value(r);
        return 1;
    }
    if (op == '=') {
        x = keep_cycs(S, 2);
        *out = wk_bool(wk_get_cyc(x, a) && wk_get_cyc(x + 1, b) && wk_cyc_equal(x, x + 1));
        return 1;
    }
    /* with balls: the number as a ball */
    if (a->t == T_REAL || a->t == T_CPLX || b->t == T_REAL || b->t == T_CPLX) {
        const wk_value *c = wk_obj_get(a, &wk_cyc_type) ? a : b;
        wk_value *z = wk_root(S, cyc_numeric(((const cycobj *) wk_obj_get(c, &wk_cyc_type))->x, wk_prec(S)));
        const wk_value *p = c == a ? z : a, *q = c == a ? b : z;
        switch (op) {
        case '+': *out = wk_add(S, p, q); return 1;
        case '-': *out = wk_sub(S, p, q); return 1;
        case '*': *out = wk_mul(S, p, q); return 1;
        case '/': *out = wk_div(S, p, q); return 1;
        case '^': *out = wk_pow(S, p, q); return 1;
        default: return 0;
        }
    }
    if (op == '^') {
        if (!wk_obj_get(a, &wk_cyc_type) || b->t != T_INT) return 0;
        r = keep_cycs(S, 1);
        st = cyc_pow(r, ((const cycobj *) wk_obj_get(a, &wk_cyc_type))->x, &b->u.z);
        if (st != WK_OK) wk_bi_status(S, st);
        *out = wk_cyc_value(r);
        return 1;
    }
    if (!is_cyc_like(a) || !is_cyc_like(b)) return 0;
    x = keep_cycs(S, 3);
    y = x + 1;
    r = x + 2;
    wk_get_cyc(x, a);
    wk_get_cyc(y, b);
    switch (op) {
    case '+': st = wk_cyc_add(r, x, y); break;
    case '-': st = wk_cyc_sub(r, x, y); break;
    case '*': st = wk_cyc_mul(r, x, y); break;
    case '/':
        if (wk_cyc_is_zero(y)) wk_throw(S, WK_ERR_DOMAIN, "division by zero");
        st = wk_cyc_inv(y, y);
        if (st == WK_OK) st = wk_cyc_mul(r, x, y);
        break;
    default: return 0;
    }
    if (st != WK_OK) wk_bi_status(S, st);
    *out = wk_cyc_value(r);
    return 1;
}

const wk_objtype wk_cyc_type = {
    .name = "cyclotomic number", .free = cyc_free, .print = cyc_print, .equal = cyc_equal,
    .binop = cyc_binop
};

/* ---- groups ---------------------------------------------------------------- */
static wk_group_struct *group_of(const wk_value *v)
{
    void *d;
    if ((d = wk_obj_get(v, &wk_group_type)) != NULL) return d;
    if ((d = wk_obj_get(v, &wk_chartable_type)) != NULL) return d;
    return NULL;
}

static wk_group_struct *arg_grp(wk_state *S, const wk_value *argv, int i)
{
    wk_group_struct *G = group_of(&argv[i]);
    if (G == NULL) wk_arg_error(S, i, "argument %d must be a group, got %s", i + 1, wk_type_name(&argv[i]));
    limits(S);
    return G;
}

wk_group_struct *wk_arg_group(wk_state *S, int i)
{
    wk_group_struct *G = wk_arg_obj(S, i, &wk_group_type);
    limits(S);
    return G;
}

static void group_free(void *d) { wk_group_clear(d); }

/* generators in cycle notation, "()" for none; NULL if longer than max */
static char *gens_str(const wk_group_struct *G, size_t max, const char *sep)
{
    wk_buf b;
    wk_perm_t g;
    slong i;
    wk_buf_init(&b);
    wk_perm_init(g, 0);
    for (i = 0; i < wk_group_ngens(G) && b.len <= max; i++) {
        char *s;
        wk_group_gen(g, G, i);
        s = wk_perm_get_str(g);
        if (i) wk_buf_puts(&b, sep);
        wk_buf_puts(&b, s);
        flint_free(s);
    }
    wk_perm_clear(g);
    if (b.len > max) { wk_buf_clear(&b); return NULL; }
    if (b.s == NULL) wk_buf_puts(&b, "");
    return b.s;
}

/* a short name: the constructor's name, else permgroup(...) or a summary */
static void buf_group_name(wk_buf *b, const wk_group_struct *G)
{
    const char *nm = wk_group_name(G);
    char *s;
    if (nm) { wk_buf_puts(b, nm); return; }
    s = gens_str(G, 100, ", ");
    if (s) {
        wk_buf_printf(b, "permgroup(%s)", s);
        flint_free(s);
    } else
        wk_buf_printf(b, "<group of degree %ld with %ld generators>", (long) wk_group_degree(G),
                      (long) wk_group_ngens(G));
}

static void group_print(wk_buf *b, const void *d, int top)
{
    wk_group_struct *G = (wk_group_struct *) d;
    const char *nm = wk_group_name(G);
    buf_group_name(b, G);
    if (top && !(nm && strstr(nm, "(order "))) {
        fmpz_t o;
        fmpz_init(o);
        if (wk_group_order(o, G) == WK_OK) {
            char *s = fmpz_get_str(NULL, 10, o);
            wk_buf_printf(b, " (order %s)", s);
            flint_free(s);
        }
        fmpz_clear(o);
    }
}

/* equal as sets of permutations */
static int group_equal(const void *a, const void *b)
{
    wk_group_struct *G = (wk_group_struct *) a, *H = (wk_group_struct *) b;
    fmpz_t o, p;
    int eq = 0, sub = 0;
    if (G == H) return 1;
    fmpz_init(o);
    fmpz_init(p);
    if (wk_group_order(o, G) == WK_OK && wk_group_order(p, H) == WK_OK && fmpz_equal(o, p)
        && wk_group_is_subgroup(&sub, H, G) == WK_OK && sub)
        eq = 1;
    fmpz_clear(o);
    fmpz_clear(p);
    return eq;
}

wk_value wk_group_value(wk_group_struct *G)
{
    return wk_obj_new(&wk_group_type, G);
}

static wk_value gens_value(const wk_group_struct *G)
{
    wk_value l = wk_list_new(wk_group_ngens(G));
    wk_perm_t g;
    slong i;
    wk_perm_init(g, 0);
    for (i = 0; i < wk_group_ngens(G); i++) {
        wk_group_gen(g, G, i);
        wk_list_push(&l, wk_perm_value(g));
    }
    wk_perm_clear(g);
    return l;
}

static wk_value classes_record(wk_state *S, wk_group_struct *G);
static wk_value chartable_value(wk_state *S, wk_group_struct *G);

static const char *const group_fields[] = {
    "order", "degree", "gens", "name", "nclasses", "exponent", "abelian", "classes", "table", NULL
};

static int group_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    wk_group_struct *G = (wk_group_struct *) d;
    limits(S);
    if (!strcmp(name, "order")) {
        fmpz *o = keep_zvec(S, 1);
        CHECK(S, -1, wk_group_order(o, G));
        *out = wk_int_fmpz(o);
    } else if (!strcmp(name, "degree")) *out = wk_int_si(wk_group_degree(G));
    else if (!strcmp(name, "gens")) *out = gens_value(G);
    else if (!strcmp(name, "name")) {
        wk_buf b;
        wk_buf_init(&b);
        buf_group_name(&b, G);
        *out = wk_str(b.s);
        wk_buf_clear(&b);
    } else if (!strcmp(name, "nclasses")) {
        CHECK(S, -1, wk_group_classes(G));
        *out = wk_int_si(wk_group_nclasses(G));
    } else if (!strcmp(name, "exponent")) {
        CHECK(S, -1, wk_group_classes(G));
        *out = wk_int_si(wk_group_exponent(G));
    } else if (!strcmp(name, "abelian")) *out = wk_bool(wk_group_is_abelian(G));
    else if (!strcmp(name, "classes")) *out = classes_record(S, G);
    else if (!strcmp(name, "table")) *out = chartable_value(S, G);
    else return 0;
    return 1;
}

const wk_objtype wk_group_type = {
    .name = "group", .free = group_free, .print = group_print, .equal = group_equal,
    .field = group_field, .fields = group_fields
};

/* ---- character tables --------------------------------------------------------
   The table object holds a reference to its group, whose table is computed. */
static void table_print(wk_buf *b, const void *d, int top)
{
    wk_group_struct *G = (wk_group_struct *) d;
    if (top) {
        char *s = NULL;
        if (wk_group_chartable_display(&s, G) == WK_OK && s) {
            size_t n = strlen(s);
            while (n > 0 && s[n - 1] == '\n') n--;   /* the REPL adds the newline */
            wk_buf_putn(b, s, n);
            flint_free(s);
            return;
        }
        flint_free(s);
    }
    wk_buf_puts(b, "CharacterTable(");
    buf_group_name(b, G);
    wk_buf_putc(b, ')');
}

static int table_equal(const void *a, const void *b)
{
    return group_equal(a, b);
}

static slong table_len(const void *d)
{
    return wk_group_nclasses((const wk_group_struct *) d);
}

static wk_value irr_value(wk_state *S, wk_group_struct *G, slong i);
static wk_value degrees_value(wk_group_struct *G);
static wk_value table_rows(wk_group_struct *G);

static int table_index(wk_state *S, const void *d, slong i, wk_value *out)
{
    *out = irr_value(S, (wk_group_struct *) d, i - 1);
    return 1;
}

static const char *const table_fields[] = {
    "group", "degrees", "irr", "values", "classes", "names", "sizes", "orders", "centralizers",
    "conductor", "fs", "nclasses", NULL
};

static int table_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    wk_group_struct *G = (wk_group_struct *) d;
    slong r = wk_group_nclasses(G), k;
    if (!strcmp(name, "group")) *out = wk_group_value(wk_group_incref(G));
    else if (!strcmp(name, "degrees")) *out = degrees_value(G);
    else if (!strcmp(name, "irr")) {
        wk_value *l = wk_root(S, wk_list_new(r));
        for (k = 0; k < r; k++) wk_list_push(l, irr_value(S, G, k));
        wk_copy(out, l);
    } else if (!strcmp(name, "values")) *out = table_rows(G);
    else if (!strcmp(name, "nclasses")) *out = wk_int_si(r);
    else if (!strcmp(name, "conductor")) *out = wk_int_si(wk_group_conductor(G));
    else if (!strcmp(name, "fs")) {
        slong *ind = keep_slongs(S, r);
        CHECK(S, -1, wk_group_fs_indicators(ind, G));
        *out = wk_list_from_si(ind, r);
    } else if (!strcmp(name, "classes") || !strcmp(name, "names") || !strcmp(name, "sizes")
               || !strcmp(name, "orders") || !strcmp(name, "centralizers")) {
        wk_value *rec = wk_root(S, classes_record(S, G));
        if (!strcmp(name, "classes")) wk_copy(out, rec);
        else wk_copy(out, wk_rec_get(rec, name));
    } else return 0;
    return 1;
}

const wk_objtype wk_chartable_type = {
    .name = "character table", .free = group_free, .print = table_print, .equal = table_equal,
    .field = table_field, .fields = table_fields, .index = table_index, .len = table_len
};

static wk_value chartable_value(wk_state *S, wk_group_struct *G)
{
    limits(S);
    CHECK(S, -1, wk_group_chartable(G));
    return wk_obj_new(&wk_chartable_type, wk_group_incref(G));
}

wk_value wk_chartable_value(wk_group_struct *G)
{
    if (wk_S == NULL) {
        if (wk_group_chartable(G) != WK_OK) return wk_nil();
        return wk_obj_new(&wk_chartable_type, wk_group_incref(G));
    }
    return chartable_value(wk_S, G);
}

/* ---- class functions ---------------------------------------------------------
   The object owns a wk_classfun_struct (its first member) and remembers
   whether the function is known to be a character (for printing only). */
typedef struct {
    wk_classfun_struct f[1];
    int known_char;
} cfobj;

static void cf_free(void *d)
{
    wk_classfun_clear(((cfobj *) d)->f);
    flint_free(d);
}

static void buf_values(wk_buf *b, const wk_classfun_struct *f)
{
    slong k;
    wk_buf_putc(b, '[');
    for (k = 0; k < f->r; k++) {
        char *s = wk_cyc_get_str(f->v + k);
        if (k) wk_buf_puts(b, ", ");
        wk_buf_puts(b, s);
        flint_free(s);
    }
    wk_buf_putc(b, ']');
}

static void cf_print(wk_buf *b, const void *d, int top)
{
    const cfobj *o = d;
    const char *nm = o->f->G ? wk_group_name(o->f->G) : NULL;
    (void) top;
    wk_buf_puts(b, o->known_char ? "Character(" : "ClassFunction(");
    if (nm) wk_buf_printf(b, "%s, ", nm);
    buf_values(b, o->f);
    wk_buf_putc(b, ')');
}

static int cf_same(const wk_classfun_struct *f, const wk_classfun_struct *g)
{
    slong k;
    if (!wk_group_same(f->G, g->G) || f->r != g->r) return 0;
    for (k = 0; k < f->r; k++)
        if (!wk_cyc_equal(f->v + k, g->v + k)) return 0;
    return 1;
}

static int cf_equal(const void *a, const void *b)
{
    return cf_same(((const cfobj *) a)->f, ((const cfobj *) b)->f);
}

/* moves f into a new value (f is left empty) */
static wk_value cf_value(wk_classfun_struct *f, int known_char)
{
    cfobj *o = flint_malloc(sizeof *o);
    *o->f = *f;
    f->G = NULL; f->r = 0; f->v = NULL;
    o->known_char = known_char;
    if (known_char) {     /* the zero function is not a character */
        slong k;
        int zero = 1;
        for (k = 0; k < o->f->r && zero; k++) zero = wk_cyc_is_zero(o->f->v + k);
        if (zero) o->known_char = 0;
    }
    return wk_obj_new(&wk_classfun_type, o);
}

wk_value wk_classfun_value(wk_classfun_t f)
{
    return cf_value(f, 0);
}

static const cfobj *cfobj_of(const wk_value *v)
{
    return wk_obj_get(v, &wk_classfun_type);
}

static const cfobj *arg_cfo(wk_state *S, const wk_value *argv, int i)
{
    const cfobj *o = cfobj_of(&argv[i]);
    if (o == NULL)
        wk_arg_error(S, i, "argument %d must be a class function (a character such as irr(G, 2)), got %s",
                     i + 1, wk_type_name(&argv[i]));
    limits(S);
    return o;
}

const wk_classfun_struct *wk_arg_classfun(wk_state *S, int i)
{
    const cfobj *o = wk_arg_obj(S, i, &wk_classfun_type);
    limits(S);
    return o->f;
}

static wk_value irr_value(wk_state *S, wk_group_struct *G, slong i)
{
    wk_classfun_struct *f = keep_cf(S);
    CHECK(S, -1, wk_classfun_irr(f, G, i));
    return cf_value(f, 1);
}

static int cf_binop(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    const cfobj *x = cfobj_of(a), *y = b ? cfobj_of(b) : NULL;
    wk_classfun_struct *r;
    wk_cyc_struct *c;
    wk_status st = WK_OK;
    int kc = 0;
    limits(S);
    if (op == '=') { *out = wk_bool(0); return 1; }   /* never equal to a number */
    r = keep_cf(S);
    if (op == 'n') {
        c = keep_cycs(S, 1);
        wk_cyc_set_si(c, -1);
        CHECK(S, -1, wk_classfun_scalar_mul(r, x->f, c));
        *out = cf_value(r, 0);
        return 1;
    }
    if (x && y) {
        switch (op) {
        case '+': st = wk_classfun_add(r, x->f, y->f); kc = x->known_char && y->known_char; break;
        case '-': st = wk_classfun_sub(r, x->f, y->f); break;
        case '*': st = wk_classfun_mul(r, x->f, y->f); kc = x->known_char && y->known_char; break;
        default: return 0;
        }
        CHECK(S, -1, st);
        *out = cf_value(r, kc);
        return 1;
    }
    if (op == '^' && x && b->t == T_INT) {
        slong e, i;
        if (!wk_get_si(&e, b) || e < 0 || e > 1000000)
            wk_throw(S, WK_ERR_DOMAIN, "a class function's power (tensor power) needs an exponent in 0..10^6");
        CHECK(S, -1, wk_classfun_trivial(r, x->f->G));
        for (i = 0; i < e; i++) {
            CHECK(S, -1, wk_classfun_mul(r, r, x->f));
            if ((i & 63) == 63) wk_check_interrupt(S);
        }
        *out = cf_value(r, x->known_char || e == 0);
        return 1;
    }
    /* a scalar times a class function, or a class function divided by one */
    {
        const wk_value *sv = x ? b : a;
        const cfobj *f = x ? x : y;
        fmpq_t q;
        if (f == NULL || !is_cyc_like(sv)) return 0;
        if (op == '/' && !x) return 0;
        if (op != '*' && op != '/') return 0;
        c = keep_cycs(S, 1);
        wk_get_cyc(c, sv);
        if (op == '/') {
            if (wk_cyc_is_zero(c)) wk_throw(S, WK_ERR_DOMAIN, "division by zero");
            CHECK(S, -1, wk_cyc_inv(c, c));
        }
        fmpq_init(q);
        kc = f->known_char && wk_cyc_get_fmpq(q, c) && fmpz_is_one(fmpq_denref(q)) && fmpz_sgn(fmpq_numref(q)) > 0;
        fmpq_clear(q);
        CHECK(S, -1, wk_classfun_scalar_mul(r, f->f, c));
        *out = cf_value(r, kc);
        return 1;
    }
}

static slong cf_len(const void *d) { return ((const cfobj *) d)->f->r; }

static int cf_index(wk_state *S, const void *d, slong i, wk_value *out)
{
    (void) S;
    *out = wk_cyc_value(((const cfobj *) d)->f->v + i - 1);
    return 1;
}

static wk_value cf_values(const wk_classfun_struct *f)
{
    wk_value l = wk_list_new(f->r);
    slong k;
    for (k = 0; k < f->r; k++) wk_list_push(&l, wk_cyc_value(f->v + k));
    return l;
}

static const char *const cf_fields[] = { "values", "group", "degree", "table", NULL };

static int cf_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const wk_classfun_struct *f = ((const cfobj *) d)->f;
    if (!strcmp(name, "values")) *out = cf_values(f);
    else if (!strcmp(name, "group")) *out = wk_group_value(wk_group_incref(f->G));
    else if (!strcmp(name, "degree")) *out = wk_cyc_value(f->v);
    else if (!strcmp(name, "table")) *out = chartable_value(S, f->G);
    else return 0;
    return 1;
}

const wk_objtype wk_classfun_type = {
    .name = "class function", .free = cf_free, .print = cf_print, .equal = cf_equal,
    .field = cf_field, .fields = cf_fields, .binop = cf_binop, .index = cf_index, .len = cf_len
};

/* ---- classes and tables as values ---------------------------------------------- */
/* the primes dividing |G| (|G| within the order guard, so it fits a ulong) */
static slong order_primes(ulong *p, wk_group_struct *G)
{
    fmpz_t o;
    n_factor_t fac;
    slong i;
    fmpz_init(o);
    wk_group_order(o, G);
    n_factor_init(&fac);
    n_factor(&fac, fmpz_get_ui(o), 1);
    for (i = 0; i < fac.num; i++) p[i] = fac.p[i];
    fmpz_clear(o);
    return fac.num;
}

static wk_value powermap_value(const wk_group_struct *G, slong e)
{
    slong r = wk_group_nclasses(G), k;
    wk_value l = wk_list_new(r);
    for (k = 0; k < r; k++) wk_list_push(&l, wk_int_si(wk_group_class_power(G, k, e) + 1));
    return l;
}

static wk_value classes_record(wk_state *S, wk_group_struct *G)
{
    slong r, k, np, i;
    ulong p[16];
    wk_value *rec, reps, sizes, orders, names, cents, primes, pm;
    wk_perm_struct *g;
    limits(S);
    CHECK(S, -1, wk_group_classes(G));
    r = wk_group_nclasses(G);
    g = keep_perms(S, 1);
    rec = wk_root(S, wk_rec_new());
    reps = wk_list_new(r);
    sizes = wk_list_new(r);
    orders = wk_list_new(r);
    names = wk_list_new(r);
    cents = wk_list_new(r);
    for (k = 0; k < r; k++) {
        wk_group_class_rep(g, G, k);
        wk_list_push(&reps, wk_perm_value(g));
        wk_list_push(&sizes, wk_int_si(wk_group_class_size(G, k)));
        wk_list_push(&orders, wk_int_si(wk_group_class_elt_order(G, k)));
        wk_list_push(&names, wk_str(wk_group_class_name(G, k)));
        wk_list_push(&cents, wk_int_si(wk_group_class_centralizer_order(G, k)));
    }
    wk_rec_set(rec, "reps", reps);
    wk_rec_set(rec, "sizes", sizes);
    wk_rec_set(rec, "orders", orders);
    wk_rec_set(rec, "names", names);
    wk_rec_set(rec, "centralizers", cents);
    np = order_primes(p, G);
    primes = wk_list_new(np);
    pm = wk_list_new(np);
    for (i = 0; i < np; i++) {
        wk_list_push(&primes, wk_int_ui(p[i]));
        wk_list_push(&pm, powermap_value(G, (slong) p[i]));
    }
    wk_rec_set(rec, "primes", primes);
    wk_rec_set(rec, "powermaps", pm);
    {
        wk_value out;
        wk_copy(&out, rec);
        return out;
    }
}

static wk_value degrees_value(wk_group_struct *G)
{
    slong r = wk_group_nclasses(G), i;
    wk_value l = wk_list_new(r);
    for (i = 0; i < r; i++) wk_list_push(&l, wk_int_si(wk_group_irr_degree(G, i)));
    return l;
}

static wk_value table_rows(wk_group_struct *G)
{
    slong r = wk_group_nclasses(G), i, k;
    wk_value l = wk_list_new(r);
    wk_cyc_t v;
    wk_cyc_init(v);
    for (i = 0; i < r; i++) {
        wk_value row = wk_list_new(r);
        for (k = 0; k < r; k++) {
            wk_group_irr_value(v, G, i, k);
            wk_list_push(&row, wk_cyc_value(v));
        }
        wk_list_push(&l, row);
    }
    wk_cyc_clear(v);
    return l;
}

/* G with its table computed (argument i: a group or a table) */
static wk_group_struct *arg_table(wk_state *S, const wk_value *argv, int i)
{
    wk_group_struct *G = arg_grp(S, argv, i);
    CHECK(S, -1, wk_group_chartable(G));
    return G;
}

/* 0-based index from a 1-based argument in 1..n */
static slong arg_index(wk_state *S, const wk_value *argv, int i, slong n, const char *what)
{
    slong k;
    if (argv[i].t != T_INT || !wk_get_si(&k, &argv[i]) || k < 1 || k > n)
        wk_arg_error(S, i, "%s must be an integer in 1..%ld, got %s", what, (long) n, show(S, &argv[i]));
    return k - 1;
}

/* ---- builtins: permutations ------------------------------------------------------ */
static wk_value bi_perm(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return wk_perm_value(arg_perm(S, argv, 0, NULL));
}

static wk_value bi_images(wk_state *S, int argc, const wk_value *argv)
{
    wk_perm_struct *p = arg_perm(S, argv, 0, NULL);
    slong n = p->n, i;
    wk_value l;
    if (argc > 1) {
        if (argv[1].t != T_INT || !wk_get_si(&n, &argv[1]) || n < 0 || n > WK_GROUPS_MAX_DEGREE)
            wk_arg_error(S, 1, "n must be an integer in 0..%d, got %s", WK_GROUPS_MAX_DEGREE, show(S, &argv[1]));
        if (n < wk_perm_largest_moved_point(p))
            wk_arg_error(S, 1, "the permutation moves point %ld, beyond n = %ld",
                         (long) wk_perm_largest_moved_point(p), (long) n);
    }
    l = wk_list_new(n);
    for (i = 1; i <= n; i++) wk_list_push(&l, wk_int_si(wk_perm_image(p, i)));
    return l;
}

static wk_value bi_cycle_type(wk_state *S, int argc, const wk_value *argv)
{
    wk_perm_struct *p = arg_perm(S, argv, 0, NULL);
    slong n = wk_perm_largest_moved_point(p), k, m;
    slong *lens;
    wk_value l;
    if (argc > 1) {
        if (argv[1].t != T_INT || !wk_get_si(&m, &argv[1]) || m < n || m > WK_GROUPS_MAX_DEGREE)
            wk_arg_error(S, 1, "n must be an integer in %ld..%d (at least the largest moved point), got %s",
                         (long) n, WK_GROUPS_MAX_DEGREE, show(S, &argv[1]));
        n = m;
    }
    {
        wk_perm_struct *q = keep_perms(S, 1);
        wk_perm_one(q, n);
        wk_perm_mul(q, q, p);   /* degree max(n, deg p); points above n are fixed */
        lens = keep_slongs(S, FLINT_MAX(q->n, 1));
        k = wk_perm_cycle_type(lens, q);
        /* drop the fixed points beyond n (a permutation of larger stored degree) */
        if (q->n > n) {
            slong drop = q->n - n;
            while (drop > 0 && k > 0 && lens[k - 1] == 1) { k--; drop--; }
        }
    }
    l = wk_list_from_si(lens, k);
    return l;
}

/* ---- builtins: constructing groups --------------------------------------------- */
/* a positive integer argument n that fits an slong, else the spec's message */
static slong arg_n(wk_state *S, const wk_value *argv, int i, const char *what)
{
    slong n;
    if (argv[i].t == T_INT && !wk_get_si(&n, &argv[i])) {
        fmpz *z = keep_zvec(S, 1);
        wk_get_fmpz(z, &argv[i]);
        if (fmpz_sgn(z) > 0) wk_arg_error(S, i, "%s = %s is too large", what, show(S, &argv[i]));
    }
    if (argv[i].t != T_INT || !wk_get_si(&n, &argv[i]) || n <= 0)
        wk_arg_error(S, i, "%s must be a positive integer, got %s", what, show(S, &argv[i]));
    return n;
}

/* generators given as separate arguments from `first` on, or as one list */
static const wk_value *gen_list(const wk_value *argv, int argc, int first, slong *n, int *listed)
{
    *listed = 0;
    if (argc == first + 1 && argv[first].t == T_LIST) {
        const wk_value *a = &argv[first];
        slong len = wk_list_len(a);
        if (len == 0 || wk_list_get(a, 0)->t != T_INT) {   /* a list of generators, not one image list */
            *listed = 1;
            *n = len;
            return a;
        }
    }
    *n = argc - first;
    return NULL;
}
static const wk_value *gen_at(const wk_value *argv, int first, const wk_value *list, slong j)
{
    return list ? wk_list_get(list, j) : &argv[first + j];
}

static wk_value bi_permgroup(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *dk = wk_kwarg(S, "degree"), *list;
    slong degree = 0, n, j, expected = -1;
    int listed;
    wk_perm_struct *gens;
    wk_group_struct *G;
    limits(S);
    if (dk) {
        if (dk->t != T_INT || !wk_get_si(&degree, dk) || degree < 1 || degree > WK_GROUPS_MAX_DEGREE)
            wk_bi_error(S, "degree must be a positive integer at most %d, got %s", WK_GROUPS_MAX_DEGREE, show(S, dk));
    }
    list = gen_list(argv, argc, 0, &n, &listed);
    gens = keep_perms(S, n);
    for (j = 0; j < n; j++) {
        const wk_value *x = gen_at(argv, 0, list, j);
        const char *why;
        int ai = listed ? 0 : (int) j;
        if (x->t == T_LIST) {
            /* image lists must all have the same length, unless degree= pads them */
            slong len = wk_list_len(x);
            if (degree > 0 && len > degree)
                wk_arg_error(S, ai, "generator %ld has degree %ld, expected at most %ld", (long) j + 1,
                             (long) len, (long) degree);
            if (degree == 0 && expected < 0) expected = len;
            else if (degree == 0 && len != expected)
                wk_arg_error(S, ai, "generator %ld has degree %ld, expected %ld", (long) j + 1, (long) len,
                             (long) expected);
        }
        if (!wk_get_perm(gens + j, x, &why)) {
            if (!strncmp(why, "not a permutation", 17)) wk_arg_error(S, ai, "generator %ld is %s", (long) j + 1, why);
            wk_arg_error(S, ai, "generator %ld: %s", (long) j + 1, why);
        }
        if (degree > 0 && wk_perm_largest_moved_point(gens + j) > degree)
            wk_arg_error(S, ai, "generator %ld moves point %ld, beyond the degree %ld", (long) j + 1,
                         (long) wk_perm_largest_moved_point(gens + j), (long) degree);
    }
    CHECK(S, -1, wk_group_permgroup(&G, gens, n, degree));
    return wk_group_value(G);
}

typedef wk_status (*ctor_n)(wk_group_struct **G, slong n);

static wk_value ctor1(wk_state *S, const wk_value *argv, ctor_n fn)
{
    slong n = arg_n(S, argv, 0, "n");
    wk_group_struct *G;
    limits(S);
    CHECK(S, 0, fn(&G, n));
    return wk_group_value(G);
}

static wk_value bi_cyclic(wk_state *S, int argc, const wk_value *argv)
{ (void) argc; return ctor1(S, argv, wk_group_cyclic); }
static wk_value bi_dihedral(wk_state *S, int argc, const wk_value *argv)
{ (void) argc; return ctor1(S, argv, wk_group_dihedral); }
static wk_value bi_symmetric(wk_state *S, int argc, const wk_value *argv)
{ (void) argc; return ctor1(S, argv, wk_group_symmetric); }
static wk_value bi_alternating(wk_state *S, int argc, const wk_value *argv)
{ (void) argc; return ctor1(S, argv, wk_group_alternating); }
static wk_value bi_mathieu(wk_state *S, int argc, const wk_value *argv)
{ (void) argc; return ctor1(S, argv, wk_group_mathieu); }

static wk_value bi_quaternion(wk_state *S, int argc, const wk_value *argv)
{
    slong n;
    wk_group_struct *G;
    (void) argc;
    if (argv[0].t != T_INT || !wk_get_si(&n, &argv[0]) || n <= 0 || n % 4 != 0)
        wk_arg_error(S, 0, "n must be a positive multiple of 4, got %s", show(S, &argv[0]));
    limits(S);
    CHECK(S, 0, wk_group_quaternion(&G, n));
    return wk_group_value(G);
}

static wk_value bi_psl(wk_state *S, int argc, const wk_value *argv)
{
    slong d = arg_n(S, argv, 0, "d"), q = arg_n(S, argv, 1, "q");
    wk_group_struct *G;
    (void) argc;
    limits(S);
    CHECK(S, -1, wk_group_psl(&G, d, q));
    return wk_group_value(G);
}

/* groups given as arguments from `first` on, or as one list */
static wk_group_struct **group_args(wk_state *S, int argc, const wk_value *argv, int first, slong *n)
{
    const wk_value *list = NULL;
    wk_group_struct **gs;
    slong j;
    if (argc == first + 1 && argv[first].t == T_LIST) list = &argv[first];
    *n = list ? wk_list_len(list) : argc - first;
    if (*n == 0) wk_bi_error(S, "needs at least one group");
    gs = keep(S, flint_malloc(*n * sizeof *gs), 0, free_plain);
    for (j = 0; j < *n; j++) {
        const wk_value *x = list ? wk_list_get(list, j) : &argv[first + j];
        gs[j] = group_of(x);
        if (gs[j] == NULL) {
            if (list) wk_arg_error(S, first, "entry %ld must be a group, got %s", (long) j + 1, wk_type_name(x));
            wk_arg_error(S, first + (int) j, "argument %ld must be a group, got %s", (long) (first + j + 1),
                         wk_type_name(x));
        }
    }
    limits(S);
    return gs;
}

static wk_value bi_direct(wk_state *S, int argc, const wk_value *argv)
{
    slong n;
    wk_group_struct **gs = group_args(S, argc, argv, 0, &n), *G;
    CHECK(S, -1, wk_group_direct(&G, gs, n));
    return wk_group_value(G);
}

static wk_value bi_wreath(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *A = arg_grp(S, argv, 0), *B = arg_grp(S, argv, 1), *G;
    (void) argc;
    CHECK(S, -1, wk_group_wreath(&G, A, B));
    return wk_group_value(G);
}

/* images of N's generators: a list of ngens(N) permutations (or one
   permutation when N has one generator), into out[0..ngens-1] */
static void image_list(wk_state *S, int ai, const wk_value *v, slong ngens, wk_perm_struct *out,
                       const char *what)
{
    slong i;
    const char *why;
    if (v->t != T_LIST || (ngens == 1 && wk_list_len(v) > 0 && wk_list_get(v, 0)->t == T_INT)) {
        if (ngens != 1)
            wk_arg_error(S, ai, "%s must be a list of %ld images (one per generator of N), got %s", what,
                         (long) ngens, wk_type_name(v));
        if (!wk_get_perm(out, v, &why)) wk_arg_error(S, ai, "%s: %s", what, why);
        return;
    }
    if (wk_list_len(v) != ngens)
        wk_arg_error(S, ai, "%s must be a list of %ld images (one per generator of N), got %ld", what,
                     (long) ngens, (long) wk_list_len(v));
    for (i = 0; i < ngens; i++)
        if (!wk_get_perm(out + i, wk_list_get(v, i), &why))
            wk_arg_error(S, ai, "%s, image %ld: %s", what, (long) i + 1, why);
}

static wk_value bi_semidirect(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *N = arg_grp(S, argv, 0), *H = arg_grp(S, argv, 1), *G;
    slong nN = wk_group_ngens(N), nH = wk_group_ngens(H), j;
    wk_perm_struct *phi;
    (void) argc;
    if (argv[2].t != T_LIST || wk_list_len(&argv[2]) != nH)
        wk_arg_error(S, 2, "phi must be a list with one entry per generator of H (%ld), got %s", (long) nH,
                     argv[2].t == T_LIST ? show(S, &argv[2]) : wk_type_name(&argv[2]));
    phi = keep_perms(S, nH * nN);
    for (j = 0; j < nH; j++) {
        char what[32];
        snprintf(what, sizeof what, "phi(h%ld)", (long) j + 1);
        image_list(S, 2, wk_list_get(&argv[2], j), nN, phi + j * nN, what);
    }
    CHECK(S, 2, wk_group_semidirect(&G, N, H, phi));
    return wk_group_value(G);
}

static wk_value bi_cyclic_extension(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *N = arg_grp(S, argv, 0), *G;
    slong nN = wk_group_ngens(N), m;
    wk_perm_struct *alpha = keep_perms(S, nN), *n0 = NULL;
    image_list(S, 1, &argv[1], nN, alpha, "alpha");
    m = arg_n(S, argv, 2, "m");
    if (argc > 3) n0 = arg_perm(S, argv, 3, "n0");
    CHECK(S, -1, wk_group_cyclic_extension(&G, N, alpha, m, n0));
    return wk_group_value(G);
}

static wk_value bi_subgroup(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0), *H;
    const wk_value *list;
    slong n, j;
    int listed;
    wk_perm_struct *gens;
    list = gen_list(argv, argc, 1, &n, &listed);
    gens = keep_perms(S, n);
    for (j = 0; j < n; j++) {
        const char *why;
        if (!wk_get_perm(gens + j, gen_at(argv, 1, list, j), &why))
            wk_arg_error(S, listed ? 1 : 1 + (int) j, "generator %ld: %s", (long) j + 1, why);
    }
    CHECK(S, -1, wk_group_subgroup(&H, G, gens, n));
    return wk_group_value(H);
}

static wk_value bi_centralizer(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0), *C;
    wk_perm_struct *g = arg_perm(S, argv, 1, NULL);
    (void) argc;
    CHECK(S, -1, wk_group_centralizer(&C, G, g));
    return wk_group_value(C);
}

static wk_value bi_normalizer(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0), *H = arg_grp(S, argv, 1), *Nm;
    (void) argc;
    CHECK(S, 1, wk_group_normalizer(&Nm, G, H));
    return wk_group_value(Nm);
}

static wk_value bi_centre(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0), *Z;
    (void) argc;
    CHECK(S, -1, wk_group_centre(&Z, G));
    return wk_group_value(Z);
}

static wk_value bi_derived(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0), *D;
    (void) argc;
    CHECK(S, -1, wk_group_derived_subgroup(&D, G));
    return wk_group_value(D);
}

static wk_value bi_quotient(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0), *N = arg_grp(S, argv, 1), *Q;
    (void) argc;
    CHECK(S, 1, wk_group_quotient(&Q, G, N));
    return wk_group_value(Q);
}

/* ---- builtins: questions about groups ---------------------------------------------- */
static wk_value bi_order(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = group_of(&argv[0]);
    fmpz *o = keep_zvec(S, 1);
    (void) argc;
    if (G) {
        limits(S);
        CHECK(S, -1, wk_group_order(o, G));
    } else if (argv[0].t == T_PERM || argv[0].t == T_STR) {
        wk_perm_order(o, arg_perm(S, argv, 0, NULL));
    } else
        wk_arg_error(S, 0, "argument 1 must be a group or a permutation, got %s", wk_type_name(&argv[0]));
    return wk_int_fmpz(o);
}

static wk_value bi_is_element(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    wk_perm_struct *g = arg_perm(S, argv, 1, NULL);
    int r;
    (void) argc;
    CHECK(S, -1, wk_group_contains(&r, G, g));
    return wk_bool(r);
}

static wk_value bi_is_subgroup(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *H = arg_grp(S, argv, 0), *G = arg_grp(S, argv, 1);
    int r;
    (void) argc;
    CHECK(S, -1, wk_group_is_subgroup(&r, H, G));
    return wk_bool(r);
}

static wk_value bi_is_normal(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *N = arg_grp(S, argv, 0), *G = arg_grp(S, argv, 1);
    int r;
    (void) argc;
    CHECK(S, -1, wk_group_is_normal(&r, N, G));
    return wk_bool(r);
}

/* the module's random source for random_element without seed= */
static wk_rand_t grand;
static int grand_init;
static slong grand_seed;

static wk_value bi_random_element(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    const wk_value *sk = wk_kwarg(S, "seed");
    wk_perm_struct *g = keep_perms(S, 1);
    wk_status st;
    (void) argc;
    if (sk) {
        slong seed;
        wk_rand_struct *r;
        if (sk->t != T_INT || !wk_get_si(&seed, sk) || seed < 0)
            wk_bi_error(S, "seed must be a non-negative integer, got %s", show(S, sk));
        r = flint_malloc(sizeof *r);
        wk_rand_init(r, (ulong) seed);
        st = wk_group_random(g, G, r);
        wk_rand_clear(r);
        flint_free(r);
    } else {
        slong seed = wk_setting_si(S, "seed");
        if (!grand_init || seed != grand_seed) {
            if (grand_init) wk_rand_clear(grand);
            wk_rand_init(grand, (ulong) seed ^ 0x67726f7570ul);
            grand_init = 1;
            grand_seed = seed;
        }
        st = wk_group_random(g, G, grand);
    }
    CHECK(S, -1, st);
    return wk_perm_value(g);
}

/* ---- builtins: classes ------------------------------------------------------------- */
static wk_value bi_classes(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return classes_record(S, arg_grp(S, argv, 0));
}

static wk_value bi_class_of(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    wk_perm_struct *g = arg_perm(S, argv, 1, NULL);
    slong k;
    (void) argc;
    CHECK(S, 1, wk_group_class_of(&k, G, g));
    return wk_int_si(k + 1);
}

static wk_value bi_powermap(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    slong e;
    (void) argc;
    if (argv[1].t != T_INT || !wk_get_si(&e, &argv[1]))
        wk_arg_error(S, 1, "the exponent must be an integer, got %s", show(S, &argv[1]));
    CHECK(S, -1, wk_group_classes(G));
    {
        slong x = wk_group_exponent(G);
        e %= x;     /* class powers depend on e modulo the exponent */
    }
    return powermap_value(G, e);
}

static wk_value bi_class_mult(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    slong r, i, j, k;
    fmpz *a = keep_zvec(S, 1);
    (void) argc;
    CHECK(S, -1, wk_group_classes(G));
    r = wk_group_nclasses(G);
    i = arg_index(S, argv, 1, r, "i");
    j = arg_index(S, argv, 2, r, "j");
    k = arg_index(S, argv, 3, r, "k");
    CHECK(S, -1, wk_group_class_mult_coeff(a, G, i, j, k));
    return wk_int_fmpz(a);
}

/* ---- builtins: character tables ----------------------------------------------------- */
static wk_value bi_chartable(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    const wk_value *pk = wk_kwarg(S, "phi_limit");
    slong old = -1, pl;
    wk_status st;
    (void) argc;
    if (pk) {
        if (pk->t != T_INT || !wk_get_si(&pl, pk) || pl < 1)
            wk_bi_error(S, "phi_limit must be a positive integer, got %s", show(S, pk));
        old = wk_groups_set_phi_limit(pl);
    }
    st = wk_group_chartable(G);
    if (old >= 0) wk_groups_set_phi_limit(old);
    CHECK(S, -1, st);
    return wk_obj_new(&wk_chartable_type, wk_group_incref(G));
}

static wk_value bi_degrees(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return degrees_value(arg_table(S, argv, 0));
}

static wk_value bi_irr(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_table(S, argv, 0);
    slong r = wk_group_nclasses(G), k;
    wk_value *l;
    if (argc > 1) return irr_value(S, G, arg_index(S, argv, 1, r, "i"));
    l = wk_root(S, wk_list_new(r));
    for (k = 0; k < r; k++) wk_list_push(l, irr_value(S, G, k));
    {
        wk_value out;
        wk_copy(&out, l);
        return out;
    }
}

static wk_value bi_conductor(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f;
    (void) argc;
    if (group_of(&argv[0])) return wk_int_si(wk_group_conductor(arg_table(S, argv, 0)));
    if ((f = cfobj_of(&argv[0])) != NULL) {
        slong c = 1, k;
        for (k = 0; k < f->f->r; k++) { slong d = wk_cyc_conductor(f->f->v + k); c = c / (slong) n_gcd((ulong) c, (ulong) d) * d; }
        return wk_int_si(c);
    }
    if (is_cyc_like(&argv[0])) {
        wk_cyc_struct *x = keep_cycs(S, 1);
        wk_get_cyc(x, &argv[0]);
        return wk_int_si(wk_cyc_conductor(x));
    }
    wk_arg_error(S, 0, "argument 1 must be a group, a character table, a class function or a cyclotomic number, got %s",
                 wk_type_name(&argv[0]));
}

static wk_value bi_fs_indicators(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_table(S, argv, 0);
    slong r = wk_group_nclasses(G);
    slong *ind = keep_slongs(S, r);
    (void) argc;
    CHECK(S, -1, wk_group_fs_indicators(ind, G));
    return wk_list_from_si(ind, r);
}

static wk_value bi_fs_indicator(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0);
    fmpz *v = keep_zvec(S, 1);
    (void) argc;
    CHECK(S, 0, wk_classfun_fs_indicator(v, f->f));
    return wk_int_fmpz(v);
}

static wk_value int_list(const fmpz *x, slong n) { return wk_list_from_fmpz(x, n); }

static wk_value cyc_list(const wk_cyc_struct *c, slong n)
{
    wk_value l = wk_list_new(n);
    slong k;
    for (k = 0; k < n; k++) wk_list_push(&l, wk_cyc_value(c + k));
    return l;
}

static wk_value bi_fusion(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_table(S, argv, 0);
    slong r = wk_group_nclasses(G), i, j;
    fmpz *N;
    wk_value out;
    if (argc == 2) wk_bi_error(S, "give both i and j (fusion(G, i, j)), or neither");
    if (argc == 3) {
        wk_classfun_struct *a = keep_cf(S), *b = keep_cf(S);
        wk_cyc_struct *c = keep_cycs(S, r);
        i = arg_index(S, argv, 1, r, "i");
        j = arg_index(S, argv, 2, r, "j");
        CHECK(S, -1, wk_classfun_irr(a, G, i));
        CHECK(S, -1, wk_classfun_irr(b, G, j));
        CHECK(S, -1, wk_classfun_tensor_decompose(c, a, b));
        return cyc_list(c, r);
    }
    if (r > 400) wk_bi_error(S, "the table has %ld classes: fusion(G) would list %ld^3 coefficients; use fusion(G, i, j)",
                             (long) r, (long) r);
    N = keep_zvec(S, r * r * r);
    CHECK(S, -1, wk_group_fusion_coeffs(N, G));
    out = wk_list_new(r);
    for (i = 0; i < r; i++) {
        wk_value m = wk_list_new(r);
        for (j = 0; j < r; j++) wk_list_push(&m, int_list(N + (i * r + j) * r, r));
        wk_list_push(&out, m);
    }
    return out;
}

static wk_value bi_class_fusion(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *H = arg_grp(S, argv, 0), *G = arg_grp(S, argv, 1);
    slong *fus, r, k;
    wk_value l;
    (void) argc;
    CHECK(S, -1, wk_group_classes(H));
    CHECK(S, -1, wk_group_classes(G));
    r = wk_group_nclasses(H);
    fus = keep_slongs(S, r);
    CHECK(S, -1, wk_group_class_fusion(fus, H, G));
    for (k = 0; k < r; k++) fus[k]++;
    l = wk_list_from_si(fus, r);
    return l;
}

static wk_value zmat_value(const fmpz *M, slong r, slong c)
{
    wk_value m = wk_mat_new(r, c);
    slong i, j;
    for (i = 0; i < r; i++)
        for (j = 0; j < c; j++) wk_mat_set(&m, i, j, wk_int_fmpz(M + i * c + j));
    return m;
}

static wk_value bi_restriction_matrix(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *H = arg_table(S, argv, 0), *G = arg_table(S, argv, 1);
    slong rH = wk_group_nclasses(H), rG = wk_group_nclasses(G);
    fmpz *M = keep_zvec(S, rH * rG);
    (void) argc;
    CHECK(S, -1, wk_group_restriction_matrix(M, H, G));
    return zmat_value(M, rG, rH);
}

typedef wk_status (*table_text_fn)(char **s, wk_group_struct *G);

static char *table_text(wk_state *S, wk_group_struct *G, table_text_fn fn)
{
    char *s = NULL;
    wk_status st = fn(&s, G);
    if (st != WK_OK) { flint_free(s); fail(S, -1, st); }
    return keep(S, s, 0, free_plain);
}

static wk_value bi_display(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    wk_out(S, table_text(S, arg_table(S, argv, 0), wk_group_chartable_display));
    return wk_nil();
}

static wk_value bi_latex(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    if (wk_obj_get(&argv[0], &wk_cyc_type) || argv[0].t == T_INT || argv[0].t == T_RAT) {
        wk_cyc_struct *x = keep_cycs(S, 1);
        wk_get_cyc(x, &argv[0]);
        return wk_str_take(wk_cyc_get_str_latex(x));
    }
    return wk_str(table_text(S, arg_table(S, argv, 0), wk_group_chartable_latex));
}

static wk_value bi_gap(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *x = &argv[0];
    (void) argc;
    if (wk_obj_get(x, &wk_chartable_type))
        return wk_str(table_text(S, arg_table(S, argv, 0), wk_group_chartable_gap));
    if (wk_obj_get(x, &wk_group_type)) {
        wk_group_struct *G = arg_grp(S, argv, 0);
        char *s = gens_str(G, (size_t) -1 / 2, ", ");
        wk_value v = wk_str_printf("Group([%s])", s);
        flint_free(s);
        return v;
    }
    if (wk_obj_get(x, &wk_cyc_type) || x->t == T_INT || x->t == T_RAT) {
        wk_cyc_struct *c = keep_cycs(S, 1);
        wk_get_cyc(c, x);
        return wk_str_take(wk_cyc_get_str(c));
    }
    if (x->t == T_PERM) {
        wk_perm_struct *p = arg_perm(S, argv, 0, NULL);
        return wk_str_take(wk_perm_get_str(p));
    }
    if (cfobj_of(x)) {
        const wk_classfun_struct *f = cfobj_of(x)->f;
        wk_buf b;
        wk_value v;
        wk_buf_init(&b);
        buf_values(&b, f);
        v = wk_str(b.s);
        wk_buf_clear(&b);
        return v;
    }
    wk_arg_error(S, 0, "argument 1 must be a character table, a group, a permutation, a class function or a cyclotomic number, got %s",
                 wk_type_name(x));
}

/* ---- builtins: class functions ---------------------------------------------------- */
static wk_value bi_classfun(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    slong n, k;
    wk_cyc_struct *vals;
    wk_classfun_struct *f;
    (void) argc;
    if (argv[1].t != T_LIST) wk_arg_error(S, 1, "values must be a list (one value per class), got %s", wk_type_name(&argv[1]));
    n = wk_list_len(&argv[1]);
    vals = keep_cycs(S, n);
    for (k = 0; k < n; k++)
        if (!wk_get_cyc(vals + k, wk_list_get(&argv[1], k)))
            wk_arg_error(S, 1, "value %ld must be exact (an integer, a rational or a cyclotomic number such as E(5)), got %s",
                         (long) k + 1, wk_type_name(wk_list_get(&argv[1], k)));
    f = keep_cf(S);
    CHECK(S, 1, wk_classfun_set_values(f, G, vals, n));
    return cf_value(f, 0);
}

static wk_value bi_permutation_character(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_grp(S, argv, 0);
    wk_classfun_struct *f = keep_cf(S);
    (void) argc;
    CHECK(S, -1, wk_classfun_permutation_character(f, G));
    return cf_value(f, 1);
}

static wk_value bi_restrict(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0);
    wk_group_struct *H = arg_grp(S, argv, 1);
    wk_classfun_struct *r = keep_cf(S);
    (void) argc;
    CHECK(S, 1, wk_classfun_restrict(r, f->f, H));
    return cf_value(r, f->known_char);
}

static wk_value bi_induce(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0);
    wk_group_struct *G = arg_grp(S, argv, 1);
    wk_classfun_struct *r = keep_cf(S);
    (void) argc;
    CHECK(S, 0, wk_classfun_induce(r, f->f, G));
    return cf_value(r, f->known_char);
}

static wk_value bi_inner(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0), *g = arg_cfo(S, argv, 1);
    wk_cyc_struct *x = keep_cycs(S, 1);
    (void) argc;
    CHECK(S, -1, wk_classfun_inner(x, f->f, g->f));
    return wk_cyc_value(x);
}

static wk_value bi_decompose(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0);
    wk_cyc_struct *c;
    (void) argc;
    CHECK(S, -1, wk_group_chartable(f->f->G));
    c = keep_cycs(S, f->f->r);
    CHECK(S, -1, wk_classfun_decompose(c, f->f));
    return cyc_list(c, f->f->r);
}

static wk_value bi_tensor_decompose(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0), *g = arg_cfo(S, argv, 1);
    wk_cyc_struct *c;
    (void) argc;
    if (!wk_group_same(f->f->G, g->f->G)) wk_bi_error(S, "characters belong to different groups");
    CHECK(S, -1, wk_group_chartable(f->f->G));
    c = keep_cycs(S, f->f->r);
    CHECK(S, -1, wk_classfun_tensor_decompose(c, f->f, g->f));
    return cyc_list(c, f->f->r);
}

static wk_value bi_sym2(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0);
    wk_classfun_struct *r = keep_cf(S);
    (void) argc;
    CHECK(S, -1, wk_classfun_sym2(r, f->f));
    return cf_value(r, f->known_char);
}

static wk_value bi_alt2(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0);
    wk_classfun_struct *r = keep_cf(S);
    (void) argc;
    CHECK(S, -1, wk_classfun_alt2(r, f->f));
    return cf_value(r, f->known_char);
}

static wk_value bi_galois(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = cfobj_of(&argv[0]);
    slong k;
    (void) argc;
    if (argv[1].t != T_INT || !wk_get_si(&k, &argv[1]))
        wk_arg_error(S, 1, "k must be an integer, got %s", show(S, &argv[1]));
    if (f) {
        wk_classfun_struct *r = keep_cf(S);
        limits(S);
        CHECK(S, 1, wk_classfun_galois(r, f->f, k));
        return cf_value(r, f->known_char);
    }
    if (is_cyc_like(&argv[0])) {
        wk_cyc_struct *x = keep_cycs(S, 1);
        wk_get_cyc(x, &argv[0]);
        CHECK(S, 1, wk_cyc_galois(x, x, k));
        return wk_cyc_value(x);
    }
    wk_arg_error(S, 0, "argument 1 must be a cyclotomic number or a class function, got %s", wk_type_name(&argv[0]));
}

static wk_value bi_is_character(wk_state *S, int argc, const wk_value *argv)
{
    const cfobj *f = arg_cfo(S, argv, 0);
    int r;
    (void) argc;
    CHECK(S, -1, wk_classfun_is_character(&r, f->f));
    return wk_bool(r);
}

/* ---- builtins: Clifford theory, projective characters, embeddings ------------------ */
static wk_value bi_clifford(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *N = arg_grp(S, argv, 0), *G = arg_grp(S, argv, 1);
    wk_clifford_struct *c;
    wk_value *rec, l;
    slong i, j;
    (void) argc;
    c = flint_malloc(sizeof *c);
    wk_clifford_init(c);
    keep(S, c, 0, free_clifford);
    CHECK(S, -1, wk_group_clifford(c, N, G));
    rec = wk_root(S, wk_rec_new());
    l = wk_list_new(c->ngens);
    for (j = 0; j < c->ngens; j++) {
        wk_value a = wk_list_new(c->rN);
        for (i = 0; i < c->rN; i++) wk_list_push(&a, wk_int_si(c->action[j * c->rN + i] + 1));
        wk_list_push(&l, a);
    }
    wk_rec_set(rec, "action", l);
    l = wk_list_new(c->norbits);
    for (j = 0; j < c->norbits; j++) {
        wk_value o = wk_list_new(c->orbit_start[j + 1] - c->orbit_start[j]);
        for (i = c->orbit_start[j]; i < c->orbit_start[j + 1]; i++) wk_list_push(&o, wk_int_si(c->orbit_elts[i] + 1));
        wk_list_push(&l, o);
    }
    wk_rec_set(rec, "orbits", l);
    l = wk_list_new(c->rN);
    for (i = 0; i < c->rN; i++) wk_list_push(&l, wk_int_si(c->orbit_of[i] + 1));
    wk_rec_set(rec, "orbit_of", l);
    l = wk_list_new(c->norbits);
    for (j = 0; j < c->norbits; j++) wk_list_push(&l, wk_group_value(wk_group_incref(c->inertia[j])));
    wk_rec_set(rec, "inertia", l);
    l = wk_list_new(c->rG);
    for (i = 0; i < c->rG; i++) wk_list_push(&l, wk_int_si(c->irr_orbit[i] + 1));
    wk_rec_set(rec, "irr_orbit", l);
    wk_rec_set(rec, "e", wk_list_from_si(c->irr_e, c->rG));
    {
        wk_value out;
        wk_copy(&out, rec);
        return out;
    }
}

static wk_value bi_irr_over(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *G = arg_table(S, argv, 0);
    const cfobj *lam = arg_cfo(S, argv, 1);
    slong r = wk_group_nclasses(G), n, i;
    slong *idx = keep_slongs(S, r);
    (void) argc;
    CHECK(S, 1, wk_group_irr_over(idx, &n, G, lam->f));
    for (i = 0; i < n; i++) idx[i]++;
    return wk_list_from_si(idx, n);
}

/* An embedding N -> G (one of wk_group_embeddings' results), kept with its
   groups; fields give its images, image subgroup, class fusion and the
   restriction matrix through it. */
typedef struct {
    wk_group_struct *N, *G;
    wk_embeddings_struct e[1];   /* count = 1 */
} embobj;

static void emb_free(void *d)
{
    embobj *o = d;
    wk_embeddings_clear(o->e);
    wk_group_clear(o->N);
    wk_group_clear(o->G);
    flint_free(o);
}

static void emb_print(wk_buf *b, const void *d, int top)
{
    const embobj *o = d;
    slong i;
    (void) top;
    wk_buf_puts(b, "embedding ");
    buf_group_name(b, o->N);
    wk_buf_puts(b, " -> ");
    buf_group_name(b, o->G);
    wk_buf_puts(b, ": ");
    for (i = 0; i < o->e->t; i++) {
        char *x = wk_perm_get_str(o->e->ngens + i), *y = wk_perm_get_str(o->e->images + i);
        wk_buf_printf(b, "%s%s -> %s", i ? ", " : "", x, y);
        flint_free(x);
        flint_free(y);
    }
}

static const char *const emb_fields[] = { "source", "target", "gens", "images", "subgroup", "fusion",
                                          "restriction", NULL };

static int emb_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const embobj *o = d;
    slong i;
    limits(S);
    if (!strcmp(name, "source")) *out = wk_group_value(wk_group_incref(o->N));
    else if (!strcmp(name, "target")) *out = wk_group_value(wk_group_incref(o->G));
    else if (!strcmp(name, "gens") || !strcmp(name, "images")) {
        const wk_perm_struct *p = name[0] == 'g' ? o->e->ngens : o->e->images;
        *out = wk_list_new(o->e->t);
        for (i = 0; i < o->e->t; i++) wk_list_push(out, wk_perm_value(p + i));
    } else if (!strcmp(name, "subgroup")) {
        wk_group_struct *H;
        CHECK(S, -1, wk_embeddings_image(&H, o->e, 0, o->G));
        *out = wk_group_value(H);
    } else if (!strcmp(name, "fusion")) {
        slong r, *fus;
        CHECK(S, -1, wk_group_classes(o->N));
        r = wk_group_nclasses(o->N);
        fus = keep_slongs(S, r);
        CHECK(S, -1, wk_embeddings_fusion(fus, o->e, 0, o->N, o->G));
        for (i = 0; i < r; i++) fus[i]++;
        *out = wk_list_from_si(fus, r);
    } else if (!strcmp(name, "restriction")) {
        slong rN, rG;
        fmpz *M;
        CHECK(S, -1, wk_group_chartable(o->N));
        CHECK(S, -1, wk_group_chartable(o->G));
        rN = wk_group_nclasses(o->N);
        rG = wk_group_nclasses(o->G);
        M = keep_zvec(S, rN * rG);
        CHECK(S, -1, wk_embeddings_restriction_matrix(M, o->e, 0, o->N, o->G));
        *out = zmat_value(M, rG, rN);
    } else return 0;
    return 1;
}

static const wk_objtype emb_type = {
    .name = "embedding", .free = emb_free, .print = emb_print, .field = emb_field, .fields = emb_fields
};

static int opt_bool(wk_state *S, const char *name, int def)
{
    const wk_value *v = wk_kwarg(S, name);
    if (v == NULL) return def;
    if (v->t != T_BOOL) wk_bi_error(S, "%s must be true or false, got %s", name, wk_type_name(v));
    return v->u.b;
}

static wk_value bi_embeddings(wk_state *S, int argc, const wk_value *argv)
{
    wk_group_struct *N = arg_grp(S, argv, 0), *G = arg_grp(S, argv, 1);
    int all = opt_bool(S, "all", 0);
    const wk_value *mk = wk_kwarg(S, "max");
    slong max = 0, i, j, t;
    wk_embeddings_struct *e;
    wk_value *l;
    (void) argc;
    if (mk && (mk->t != T_INT || !wk_get_si(&max, mk) || max < 0))
        wk_bi_error(S, "max must be a non-negative integer, got %s", show(S, mk));
    e = flint_malloc(sizeof *e);
    wk_embeddings_init(e);
    keep(S, e, 0, free_emb);
    CHECK(S, -1, wk_group_embeddings(e, N, G, !all, max));
    t = e->t;
    l = wk_root(S, wk_list_new(e->count));
    for (i = 0; i < e->count; i++) {
        embobj *o = flint_malloc(sizeof *o);
        o->N = wk_group_incref(N);
        o->G = wk_group_incref(G);
        wk_embeddings_init(o->e);
        o->e->t = t;
        o->e->count = o->e->alloc = 1;
        o->e->complete = e->complete;
        o->e->ngens = flint_malloc(FLINT_MAX(t, 1) * sizeof(wk_perm_struct));
        o->e->images = flint_malloc(FLINT_MAX(t, 1) * sizeof(wk_perm_struct));
        for (j = 0; j < t; j++) {
            wk_perm_init(o->e->ngens + j, 0);
            wk_perm_set(o->e->ngens + j, e->ngens + j);
            wk_perm_init(o->e->images + j, 0);
            wk_perm_set(o->e->images + j, e->images + i * t + j);
        }
        wk_list_push(l, wk_obj_new(&emb_type, o));
    }
    {
        wk_value out;
        wk_copy(&out, l);
        return out;
    }
}

/* ---- builtins: cyclotomic numbers ---------------------------------------------------- */
static wk_value bi_E(wk_state *S, int argc, const wk_value *argv)
{
    slong n = arg_n(S, argv, 0, "n");
    wk_cyc_struct *x = keep_cycs(S, 1);
    (void) argc;
    CHECK(S, 0, wk_cyc_set_root(x, n, 1));
    return wk_cyc_value(x);
}

#define ER_MAX_SQUAREFREE 65536

/* r = sqrt(p) for a prime p, by the quadratic Gauss sum
   g = sum_a (a|p) E(p)^a = sqrt(p) (p = 1 mod 4) or i sqrt(p) (p = 3 mod 4);
   sqrt(2) = E(8) - E(8)^3. */
static wk_status sqrt_prime(wk_cyc_t r, ulong p)
{
    wk_cyc_t t;
    wk_status st = WK_OK;
    ulong a;
    wk_cyc_init(t);
    wk_cyc_zero(r);
    if (p == 2) {
        wk_cyc_set_root(r, 8, 1);
        wk_cyc_set_root(t, 8, 3);
        st = wk_cyc_sub(r, r, t);
    } else {
        for (a = 1; a < p && st == WK_OK; a++) {
            if ((a & 1023) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
            st = wk_cyc_set_root(t, (slong) p, (slong) a);
            if (st != WK_OK) break;
            st = n_jacobi((mp_limb_signed_t) a, p) > 0 ? wk_cyc_add(r, r, t) : wk_cyc_sub(r, r, t);
        }
        if (st == WK_OK && p % 4 == 3) {   /* sqrt(p) = -i g */
            wk_cyc_set_root(t, 4, 3);
            st = wk_cyc_mul(r, r, t);
        }
    }
    wk_cyc_clear(t);
    return st;
}

static wk_value bi_ER(wk_state *S, int argc, const wk_value *argv)
{
    slong n, s = 1, m = 1, i;
    n_factor_t fac;
    wk_cyc_struct *r, *t;
    (void) argc;
    if (argv[0].t != T_INT || !wk_get_si(&n, &argv[0]) || n > (WORD(1) << 62) || n < -(WORD(1) << 62))
        wk_arg_error(S, 0, "n must be an integer (|n| < 2^62), got %s", show(S, &argv[0]));
    if (n == 0) return wk_int_si(0);
    n_factor_init(&fac);
    n_factor(&fac, (ulong) (n < 0 ? -n : n), 1);
    for (i = 0; i < fac.num; i++) {
        slong e;
        for (e = 0; e < fac.exp[i] / 2; e++) m *= (slong) fac.p[i];
        if (fac.exp[i] % 2) s *= (slong) fac.p[i];
    }
    if (s > ER_MAX_SQUAREFREE)
        wk_arg_error(S, 0, "the squarefree part %ld of n exceeds %d", (long) s, ER_MAX_SQUAREFREE);
    r = keep_cycs(S, 2);
    t = r + 1;
    wk_cyc_one(r);
    for (i = 0; i < fac.num; i++)
        if (fac.exp[i] % 2) {
            CHECK(S, -1, sqrt_prime(t, fac.p[i]));
            CHECK(S, -1, wk_cyc_mul(r, r, t));
        }
    if (n < 0) {
        wk_cyc_set_root(t, 4, 1);
        CHECK(S, -1, wk_cyc_mul(r, r, t));
    }
    wk_cyc_mul_si(r, r, m);
    return wk_cyc_value(r);
}

static wk_value numeric_of(wk_state *S, const wk_value *v, int depth);

static wk_value numeric_list(wk_state *S, const wk_value *v, int depth)
{
    slong n = wk_list_len(v), i;
    wk_value *l = wk_root(S, wk_list_new(n)), out;
    for (i = 0; i < n; i++) wk_list_push(l, numeric_of(S, wk_list_get(v, i), depth + 1));
    wk_copy(&out, l);
    return out;
}

static wk_value numeric_of(wk_state *S, const wk_value *v, int depth)
{
    const cycobj *c;
    const cfobj *f;
    wk_group_struct *G;
    if (depth > 64) wk_bi_error(S, "nested too deeply");
    if ((c = wk_obj_get(v, &wk_cyc_type)) != NULL) return cyc_numeric(c->x, wk_prec(S));
    if (v->t == T_INT || v->t == T_RAT) {
        wk_cyc_struct *x = keep_cycs(S, 1);
        wk_get_cyc(x, v);
        return cyc_numeric(x, wk_prec(S));
    }
    if (v->t == T_REAL || v->t == T_CPLX) { wk_value r; wk_copy(&r, v); return r; }
    if ((f = cfobj_of(v)) != NULL) {
        wk_value *vals = wk_root(S, cf_values(f->f));
        return numeric_list(S, vals, depth);
    }
    if ((G = wk_obj_get(v, &wk_chartable_type)) != NULL) {
        wk_value *rows = wk_root(S, table_rows(G));
        return numeric_list(S, rows, depth);
    }
    if (v->t == T_LIST) return numeric_list(S, v, depth);
    if (v->t == T_MAT) {
        slong r, cc, i, j;
        wk_value *m;
        wk_mat_dims(v, &r, &cc);
        m = wk_root(S, wk_mat_new(r, cc));
        for (i = 0; i < r; i++)
            for (j = 0; j < cc; j++) wk_mat_set(m, i, j, numeric_of(S, wk_mat_get(v, i, j), depth + 1));
        {
            wk_value out;
            wk_copy(&out, m);
            return out;
        }
    }
    wk_bi_error(S, "cannot convert %s to a ball (expected a number, a cyclotomic number, a class function, a table or a list)",
                wk_type_name(v));
}

static wk_value bi_numeric(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return numeric_of(S, &argv[0], 0);
}

/* ---- the table ------------------------------------------------------------------------ */
#define PERM_NOTE "A permutation is a cycle literal (1,2,3)(4,5), a string \"(1,2)\" or an image list [2,3,1]\n" \
    "(i^g for i = 1..n).  Points act on the right (GAP): i^(g*h) = (i^g)^h, g*h = first g, then h.\n"
#define GROUP_NOTE "A group argument may also be a character table (its group).  Sizes above the setting\n" \
    "chartable_limit (default 10^7) are refused with a message; Ctrl-C interrupts.\n"
#define CF_NOTE "A class function prints as its values on the classes of its group (the order of\n" \
    "classes(G)); fields: .values, .group, .degree, .table.  chi + psi, chi * psi (tensor product),\n" \
    "k * chi, chi == psi work; chi[k] is the value on class k.\n"

static const wk_builtin groups_builtins[] = {
    /* permutations */
    { "perm", "A", bi_perm,
      "perm(x): the permutation given by cycle notation or an image list.",
      PERM_NOTE "perm([2,3,1]) == (1,2,3); perm(\"(1,2)(3,4)\") == (1,2)(3,4).  An image list must be a\n"
      "bijection of 1..n: \"perm: argument 1 is not a permutation (image 2 repeats)\".",
      "perm([2, 3, 1]) == (1,2,3) and perm(\"(1,2)\") * (2,3) == (1,3,2)" },
    { "images", "A[Z]", bi_images,
      "images(g[, n]): the image list [1^g, ..., n^g] (n defaults to the largest moved point).",
      PERM_NOTE "n must be at least the largest moved point.",
      "images((1,2,3)) == [2, 3, 1] and images((1,2), 4) == [2, 1, 3, 4]" },
    { "cycle_type", "A[Z]", bi_cycle_type,
      "cycle_type(g[, n]): the cycle lengths of g on 1..n, longest first (fixed points count as 1s).",
      PERM_NOTE,
      "cycle_type((1,2,3)(4,5), 6) == [3, 2, 1]" },
    /* constructing groups */
    { "permgroup", "[A*];degree", bi_permgroup,
      "permgroup(g1, g2, ...): the permutation group generated by the permutations (or one list of them).",
      PERM_NOTE "Image lists must have the same length unless degree= pads them: generators of\n"
      "different degrees give \"permgroup: generator 3 has degree 5, expected 4\".  permgroup() is the\n"
      "trivial group.  Order and membership by Schreier-Sims (deterministic).",
      "order(permgroup((1,2,3,4), (1,2))) == 24" },
    { "cyclic", "A", bi_cyclic,
      "cyclic(n): the cyclic group C_n, generated by the n-cycle (1,...,n).",
      "n must be a positive integer: \"cyclic: n must be a positive integer, got 0\".",
      "order(cyclic(12)) == 12 and len(irr(cyclic(12))) == 12" },
    { "dihedral", "A", bi_dihedral,
      "dihedral(n): the symmetry group of the regular n-gon, of ORDER 2n (GAP's DihedralGroup(2n)).",
      "Printed with its order: D_4 (order 8).  dihedral(1) = C_2, dihedral(2) = C_2 x C_2.",
      "order(dihedral(4)) == 8 and degrees(dihedral(4)) == [1, 1, 1, 1, 2]" },
    { "symmetric", "A", bi_symmetric,
      "symmetric(n): the symmetric group S_n on 1..n.",
      "Character tables of S_n use the Murnaghan-Nakayama rule (classes = cycle types).",
      "order(symmetric(5)) == 120 and len(classes(symmetric(5)).reps) == 7" },
    { "alternating", "A", bi_alternating,
      "alternating(n): the alternating group A_n on 1..n.",
      "",
      "order(alternating(5)) == 60 and degrees(alternating(5)) == [1, 3, 3, 4, 5]" },
    { "mathieu", "A", bi_mathieu,
      "mathieu(n): the Mathieu group M_n, n in {11, 12, 22, 23, 24}, on n points.",
      "Standard generators (as in the ATLAS / GAP's MathieuGroup).",
      "order(mathieu(11)) == 7920" },
    { "quaternion", "A", bi_quaternion,
      "quaternion(n): the dicyclic (generalised quaternion) group of order n, n a multiple of 4.",
      "quaternion(8) is Q8; given by a small faithful permutation action.",
      "order(quaternion(8)) == 8 and fs_indicators(quaternion(8)) == [1, 1, 1, 1, -1]" },
    { "psl", "AA", bi_psl,
      "psl(d, q): PSL(d, q) acting on the points of the projective space over GF(q).",
      "q a prime power; d >= 2.",
      "order(psl(2, 7)) == 168 and order(psl(3, 4)) == 20160" },
    { "direct", "A*", bi_direct,
      "direct(G, H, ...): the direct product on the disjoint union of the points (or one list of groups).",
      GROUP_NOTE,
      "order(direct(cyclic(2), cyclic(3), symmetric(3))) == 36" },
    { "wreath", "AA", bi_wreath,
      "wreath(A, B): the wreath product A wr B (B a permutation group permuting copies of A's points).",
      "Imprimitive action: order |A|^deg(B) |B|.",
      "order(wreath(symmetric(3), symmetric(2))) == 72" },
    { "semidirect", "AAA", bi_semidirect,
      "semidirect(N, H, phi): N x| H, phi[j] the images of N's generators under the j-th generator of H.",
      "phi is a list with one entry per generator of H, each a list of images of N's generators (a\n"
      "single permutation if N has one generator).  Checked: every phi(h) preserves the relations of N\n"
      "(\"semidirect: phi(h1) does not preserve the relations of N (relator 2 maps to a non-identity)\")\n"
      "and is bijective, and h -> phi(h) is a homomorphism (\"phi is not a homomorphism H -> Aut(N)\n"
      "(order check: ...)\").  Built on N's points times the regular action of H.",
      "order(semidirect(cyclic(7), cyclic(3), [[(1,2,3,4,5,6,7)^2]])) == 21" },
    { "cyclic_extension", "AAA[A]", bi_cyclic_extension,
      "cyclic_extension(N, alpha, m[, n0]): the extension G of N by C_m with t n t^-1 = alpha(n), t^m = n0.",
      "alpha: the images of N's generators (an automorphism); n0 in N fixed by alpha with alpha^m =\n"
      "conjugation by n0 (default the identity: a semidirect product).  Checked like semidirect.",
      "order(cyclic_extension(cyclic(4), [(1,2,3,4)], 2, (1,3)(2,4))) == 8" },
    { "subgroup", "AA*", bi_subgroup,
      "subgroup(G, g1, ...): the subgroup of G generated by the elements (or one list of them).",
      PERM_NOTE "Every generator must lie in G.",
      "order(subgroup(symmetric(4), (1,2)(3,4), (1,3)(2,4))) == 4" },
    { "centralizer", "AA", bi_centralizer,
      "centralizer(G, g): the centralizer of the permutation g in G.",
      GROUP_NOTE,
      "order(centralizer(symmetric(5), (1,2,3))) == 6" },
    { "normalizer", "AA", bi_normalizer,
      "normalizer(G, H): the normalizer of the subgroup H in G.",
      GROUP_NOTE,
      "order(normalizer(symmetric(4), subgroup(symmetric(4), (1,2,3,4)))) == 8" },
    { "centre", "A", bi_centre,
      "centre(G): the centre Z(G).",
      GROUP_NOTE,
      "order(centre(dihedral(4))) == 2 and order(centre(symmetric(5))) == 1" },
    { "derived_subgroup", "A", bi_derived,
      "derived_subgroup(G): the commutator subgroup [G, G].",
      GROUP_NOTE,
      "order(derived_subgroup(symmetric(4))) == 12" },
    { "quotient", "AA", bi_quotient,
      "quotient(G, N): G/N as a permutation group (the action on the cosets of N, or a smaller faithful one).",
      "N must be a normal subgroup of G.",
      "order(quotient(symmetric(4), derived_subgroup(alternating(4)))) == 6" },
    /* questions */
    { "order", "A", bi_order,
      "order(x): the order of a group (Schreier-Sims) or of a permutation.",
      GROUP_NOTE,
      "order(mathieu(12)) == 95040 and order((1,2,3)(4,5)) == 6" },
    { "is_element", "AA", bi_is_element,
      "is_element(G, g): whether the permutation g lies in G (sifting through a stabiliser chain).",
      GROUP_NOTE,
      "is_element(alternating(4), (1,2,3)) and not is_element(alternating(4), (1,2))" },
    { "is_subgroup", "AA", bi_is_subgroup,
      "is_subgroup(H, G): whether H is a subgroup of G.",
      GROUP_NOTE,
      "is_subgroup(alternating(4), symmetric(4)) and not is_subgroup(symmetric(4), alternating(4))" },
    { "is_normal", "AA", bi_is_normal,
      "is_normal(N, G): whether N is a normal subgroup of G.",
      GROUP_NOTE,
      "is_normal(alternating(4), symmetric(4)) and not is_normal(subgroup(symmetric(3), (1,2)), symmetric(3))" },
    { "random_element", "A;seed", bi_random_element,
      "random_element(G): a uniformly random element of G (seed= for a reproducible draw).",
      "Without seed= the draws follow the session's setting seed.",
      "is_element(symmetric(6), random_element(symmetric(6), seed = 7))" },
    /* classes */
    { "classes", "A", bi_classes,
      "classes(G): the conjugacy classes: {reps, sizes, orders, names, centralizers, primes, powermaps}.",
      "Identity first, then by element order, then class size.  names are GAP-style (1a, 2a, 3a, ...);\n"
      "powermaps[i] is the p-th power map for p = primes[i] (class indices, 1-based).",
      "classes(symmetric(4)).sizes == [1, 3, 6, 8, 6]" },
    { "class_of", "AA", bi_class_of,
      "class_of(G, g): the index (1-based) of the conjugacy class of g in classes(G).",
      "g must lie in G.",
      "class_of(symmetric(4), (1,2)) == 3" },
    { "powermap", "AZ", bi_powermap,
      "powermap(G, e): the class of g^e for g in each class (a list of class indices).",
      "",
      "powermap(symmetric(3), 2) == [1, 1, 3]" },
    { "class_mult", "AZZZ", bi_class_mult,
      "class_mult(G, i, j, k): the class multiplication coefficient a_ijk = #{(x, y) in C_i x C_j : xy = z} for z in C_k.",
      "",
      "class_mult(symmetric(3), 2, 2, 1) == 3" },
    /* character tables */
    { "chartable", "A;phi_limit", bi_chartable,
      "chartable(G): the exact character table of G (Dixon-Schneider; S_n by Murnaghan-Nakayama).",
      "Values are cyclotomic numbers (E(n) = exp(2 pi i/n)), printed as GAP does.  Every table is\n"
      "verified exactly (both orthogonality relations, sum of chi(1)^2 = |G|, integrality of the\n"
      "central characters) before it is returned.  Rows: trivial first, then by degree; columns: the\n"
      "classes of classes(G).  Fields: .irr, .degrees, .values, .classes, .names, .sizes, .orders,\n"
      ".centralizers, .conductor, .fs, .group; T[i] is the i-th irreducible.  display(T) prints it.\n"
      "Each field access builds its value: in loops bind it once (V = T.values, then V[i][k]).\n"
      "Guards: |G| <= chartable_limit (setting, default 10^7: \"chartable: group order ... exceeds the\n"
      "size guard 10^7 (raise with chartable_limit)\"), phi(conductor) <= phi_limit (default 2000).",
      "chartable(symmetric(3)).degrees == [1, 1, 2]" },
    { "degrees", "A", bi_degrees,
      "degrees(G): the degrees of the irreducible characters, in table order.",
      GROUP_NOTE,
      "degrees(alternating(5)) == [1, 3, 3, 4, 5]" },
    { "irr", "A[Z]", bi_irr,
      "irr(G[, i]): the irreducible characters of G as class functions (or the i-th).",
      CF_NOTE,
      "irr(symmetric(3), 3).values == [2, 0, -1]" },
    { "conductor", "A", bi_conductor,
      "conductor(x): the conductor of a table (its field of values is Q(E(N))), a class function or a cyclotomic number.",
      "",
      "conductor(alternating(5)) == 5 and conductor(E(3) + E(3)^2) == 1" },
    { "fs_indicators", "A", bi_fs_indicators,
      "fs_indicators(G): the Frobenius-Schur indicators of the irreducibles (1 real, 0 complex, -1 quaternionic).",
      "Computed as (1/|G|) sum_C |C| chi(g^2).",
      "fs_indicators(quaternion(8)) == [1, 1, 1, 1, -1]" },
    { "fs_indicator", "A", bi_fs_indicator,
      "fs_indicator(chi): (1/|G|) sum_g chi(g^2) for a character chi (the sum of its constituents' indicators).",
      "\"fs_indicator: argument is not a character\" if <chi, chi> is not a positive integer or the value\n"
      "is not integral.",
      "fs_indicator(irr(symmetric(3), 3) + irr(symmetric(3), 1)) == 2" },
    { "fusion", "A[ZZ]", bi_fusion,
      "fusion(G[, i, j]): the tensor product multiplicities N_ij^k (chi_i chi_j = sum_k N_ij^k chi_k).",
      "fusion(G, i, j) lists N_ij^k over k; fusion(G) the whole r x r x r array (r <= 400).",
      "fusion(symmetric(3), 3, 3) == [1, 1, 1]" },
    { "class_fusion", "AA", bi_class_fusion,
      "class_fusion(H, G): for each class of the subgroup H, the class of G containing it.",
      "H must be a subgroup of G (the same points).",
      "class_fusion(alternating(4), symmetric(4)) == [1, 2, 4, 4]" },
    { "restriction_matrix", "AA", bi_restriction_matrix,
      "restriction_matrix(H, G): the branching matrix B[i, j] = <Res chi_i, psi_j> (chi in Irr(G), psi in Irr(H)).",
      "Rows: Irr(G); columns: Irr(H).",
      "restriction_matrix(alternating(3), symmetric(3)) == [1, 0, 0; 1, 0, 0; 0, 1, 1]" },
    { "display", "A", bi_display,
      "display(T): print the character table the GAP way (class sizes, power maps, irrationalities named below).",
      "Irrational values are abbreviated (A, B, ... or b5, i, r3 as in GAP) and explained under the table.",
      "display(chartable(alternating(4))) == nil" },
    { "latex", "A", bi_latex,
      "latex(x): LaTeX source of a character table (a tabular) or of a cyclotomic number.",
      "",
      "latex(E(3)) == \"\\\\zeta_{3}\"" },
    { "gap", "A", bi_gap,
      "gap(x): GAP input text for a table, a group, a permutation, a class function or a cyclotomic number.",
      "gap(chartable(G)) is a CharacterTable(...) record GAP reads back.",
      "gap(E(5) + E(5)^4) == \"E(5)+E(5)^4\"" },
    /* class functions */
    { "classfun", "AA", bi_classfun,
      "classfun(G, values): the class function of G with the given values on classes(G).",
      CF_NOTE "Values must be exact (integers, rationals, cyclotomic numbers).",
      "inner(classfun(symmetric(3), [3, 1, 0]), irr(symmetric(3), 1)) == 1" },
    { "permutation_character", "A", bi_permutation_character,
      "permutation_character(G): the character of G's action on its points (number of fixed points).",
      "",
      "decompose(permutation_character(symmetric(4))) == [1, 0, 0, 0, 1]" },
    { "restrict", "AA", bi_restrict,
      "restrict(chi, H): the restriction of a class function of G to the subgroup H.",
      "\"restrict: argument 2 is not a subgroup of the character's group\".",
      "restrict(irr(symmetric(4), 4), alternating(4)).degree == 3" },
    { "induce", "AA", bi_induce,
      "induce(psi, G): the induced class function from a subgroup H (psi's group) to G.",
      "\"induce: psi belongs to a group that is not a subgroup of G\".  Frobenius reciprocity holds\n"
      "exactly: inner(induce(psi, G), chi) == inner(psi, restrict(chi, H)).",
      "induce(irr(cyclic(1), 1), symmetric(3)).values == [6, 0, 0]" },
    { "inner", "AA", bi_inner,
      "inner(f, g): the inner product (1/|G|) sum_g f(g) conj(g(g)) of two class functions of one group.",
      "",
      "inner(irr(symmetric(3), 3), irr(symmetric(3), 3)) == 1" },
    { "decompose", "A", bi_decompose,
      "decompose(f): the multiplicities <f, chi_i> over Irr(G), in table order.",
      "",
      "decompose(irr(symmetric(3), 3) * irr(symmetric(3), 3)) == [1, 1, 1]" },
    { "tensor_decompose", "AA", bi_tensor_decompose,
      "tensor_decompose(chi, psi): the multiplicities of the irreducibles in chi * psi.",
      "\"tensor_decompose: characters belong to different groups\".",
      "tensor_decompose(irr(alternating(5), 2), irr(alternating(5), 2)) == [1, 1, 0, 0, 1]" },
    { "sym2", "A", bi_sym2,
      "sym2(chi): the symmetric square (chi(g)^2 + chi(g^2))/2.",
      "",
      "sym2(irr(symmetric(3), 3)).values == [3, 1, 0]" },
    { "alt2", "A", bi_alt2,
      "alt2(chi): the alternating square (chi(g)^2 - chi(g^2))/2.",
      "",
      "alt2(irr(symmetric(3), 3)) == irr(symmetric(3), 2)" },
    { "galois", "AZ", bi_galois,
      "galois(x, k): the Galois conjugate E(n) -> E(n)^k of a cyclotomic number or a class function.",
      "k must be prime to the conductor.",
      "galois(E(5), 2) == E(5)^2" },
    { "is_character", "A", bi_is_character,
      "is_character(f): whether the class function f is a character (non-negative integer multiplicities).",
      "",
      "is_character(permutation_character(symmetric(4))) and not is_character(irr(symmetric(3), 2) - irr(symmetric(3), 1))" },
    /* Clifford theory, projective characters, embeddings */
    { "clifford", "AA", bi_clifford,
      "clifford(N, G): the action of G on Irr(N) for a normal subgroup N: {action, orbits, orbit_of, inertia, irr_orbit, e}.",
      "action[j][i] = the index of the conjugate of chi_i under the j-th generator of G; inertia[k] the\n"
      "inertia group of orbit k; for chi in Irr(G), irr_orbit gives the orbit under it and e the\n"
      "ramification (Res chi = e * sum of the orbit).",
      "len(clifford(alternating(4), symmetric(4)).orbits) == 3" },
    { "irr_over", "AA", bi_irr_over,
      "irr_over(G, lambda): the irreducibles of G lying over lambda, a linear character of a central subgroup.",
      "Projective representations: the irreducibles of a central extension over a faithful lambda are the\n"
      "projective irreducibles with that cocycle class.",
      "irr_over(quaternion(8), irr(centre(quaternion(8)), 2)) == [5]" },
    { "embeddings", "AA;all,max", bi_embeddings,
      "embeddings(N, G): the embeddings of N in G up to conjugacy in G (all=true: every one; max= caps the count).",
      "Each embedding has fields .source, .target, .gens, .images, .subgroup, .fusion (class fusion)\n"
      ".restriction (branching matrix Irr(G) x Irr(N)).",
      "len(embeddings(cyclic(2), symmetric(4))) == 2" },
    /* cyclotomic numbers */
    { "E", "A", bi_E,
      "E(n): the root of unity exp(2 pi i/n), an exact cyclotomic number.",
      "Arithmetic with + - * / ^ and rationals is exact (Zumbroich basis reduction); numeric(x) gives a ball.",
      "E(4)^2 == -1 and E(3) + E(3)^2 == -1" },
    { "ER", "Z", bi_ER,
      "ER(n): the square root of the integer n as a cyclotomic number (GAP's ER).",
      "Gauss sums; the squarefree part of n must be at most 65536.",
      "ER(5)^2 == 5 and ER(-1) == E(4)" },
    { "numeric", "A", bi_numeric,
      "numeric(x): a cyclotomic number, class function, table or list of them as complex balls.",
      "",
      "contains(numeric(E(4)), sqrt(-1))" },
    { NULL }
};
const wk_module wk_mod_groups = { "groups", "finite permutation groups, exact character tables, class functions",
                                  groups_builtins };
