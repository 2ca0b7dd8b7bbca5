/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/eval.c: the tree-walking evaluator.  Every intermediate value lives in
   a slot of the value stack, so an error anywhere releases it (wk_pcall). */
#include <string.h>
#include <stdlib.h>
#include <time.h>
#include "wk_int.h"

enum { CTL_NONE = 0, CTL_BREAK, CTL_CONTINUE, CTL_RETURN };

static int ev(wk_state *S, const wk_node *n, wk_value *out);

static inline void set_out(wk_value *out, wk_value v)
{
    wk_release(out);
    *out = v;
}

static void undefined(wk_state *S, const wk_node *n)
{
    const wk_bientry *be = wk_builtin_find(n->name);
    (void) be;
    wk_throw_at(S, n->pos, WK_ERR_NAME, "undefined name '%s'", n->name);
}

int wk_truthy(wk_state *S, const wk_value *v)
{
    switch (v->t) {
    case T_BOOL: return v->u.b;
    case T_NIL: return 0;
    case T_INT: return !fmpz_is_zero(&v->u.z);
    default:
        wk_throw(S, WK_ERR_TYPE, "a condition must be true or false, got %s", wk_type_name(v));
    }
}

static int truthy_at(wk_state *S, const wk_value *v, wk_pos pos)
{
    switch (v->t) {
    case T_BOOL: return v->u.b;
    case T_NIL: return 0;
    case T_INT: return !fmpz_is_zero(&v->u.z);
    default:
        wk_throw_at(S, pos, WK_ERR_TYPE, "a condition must be true or false, got %s",
                    wk_type_name(v));
    }
}

static slong get_slong_at(wk_state *S, const wk_value *v, wk_pos pos, const char *what)
{
    slong x;
    if (v->t != T_INT)
        wk_throw_at(S, pos, WK_ERR_TYPE, "%s must be an integer, got %s", what, wk_type_name(v));
    if (!wk_get_si(&x, v) || x > WORD(1) << 62 || x < -(WORD(1) << 62))
        wk_throw_at(S, pos, WK_ERR_OVERFLOW, "%s is too large", what);
    return x;
}

/* ---- calls -------------------------------------------------------------------- */
/* a nonempty list of scalars (a row vector) */
static int flat_list(const wk_value *v)
{
    slong i, n = wk_list_len(v);
    if (n <= 0) return 0;
    for (i = 0; i < n; i++) {
        wk_type t = wk_list_get(v, i)->t;
        if (t == T_LIST || t == T_MAT || t == T_STR || t == T_REC) return 0;
    }
    return 1;
}

static int kind_ok(wk_state *S, char k, const wk_value *v)
{
    slong r, c;
    switch (k) {
    case 'A': return 1;
    case 'Z': return v->t == T_INT;
    case 'N': return v->t == T_INT && fmpz_sgn(&v->u.z) >= 0;
    case 'Q': return v->t == T_INT || v->t == T_RAT;
    case 'R': return v->t == T_INT || v->t == T_RAT || v->t == T_REAL;
    case 'X': return wk_is_number(v);
    case 'S': return v->t == T_STR;
    case 'L': return v->t == T_LIST || v->t == T_RANGE;
    case 'M': return v->t == T_MAT || wk_mat_dims(v, &r, &c) || flat_list(v);
    case 'P': return v->t == T_INT || v->t == T_RAT || v->t == T_POLY;
    case 'V': { slong id; return wk_poly_is_var(v, &id); }
    case 'F': return v->t == T_FUNC || v->t == T_BUILTIN;
    case 'O': return v->t == T_OBJ;
    case 'B': return v->t == T_BOOL;
    case 'G': return v->t == T_REC;
    default: (void) S; return 1;
    }
}

static const char *kind_name(char k)
{
    switch (k) {
    case 'Z': return "an integer";
    case 'N': return "a nonnegative integer";
    case 'Q': return "a rational number";
    case 'R': return "a real number";
    case 'X': return "a number";
    case 'S': return "a string";
    case 'L': return "a list";
    case 'M': return "a matrix";
    case 'P': return "a polynomial";
    case 'V': return "a declared variable (see 'var')";
    case 'F': return "a function";
    case 'O': return "an object";
    case 'B': return "true or false";
    case 'G': return "a record";
    default: return "a value";
    }
}

/* Converts range arguments to lists in place for 'L' parameters. */
static void check_builtin_args(wk_state *S, const wk_bientry *be, int argc, wk_value *argv,
                               int nkw, const char **kwn)
{
    int i, j;
    if (argc < be->minargs || (!be->variadic && argc > be->maxargs)) {
        if (be->variadic)
            wk_bi_error(S, "expected at least %d argument%s, got %d", be->minargs,
                        be->minargs == 1 ? "" : "s", argc);
        else if (be->minargs == be->maxargs)
            wk_bi_error(S, "expected %d argument%s, got %d", be->minargs,
                        be->minargs == 1 ? "" : "s", argc);
        else
            wk_bi_error(S, "expected %d to %d arguments, got %d", be->minargs, be->maxargs, argc);
    }
    for (i = 0; i < argc; i++) {
        int ki = i < be->maxargs ? i : be->maxargs - 1;
        char k = ki >= 0 ? be->kinds[ki] : 'A';
        if (!kind_ok(S, k, &argv[i]))
            wk_arg_error(S, i, "argument %d must be %s, got %s", i + 1, kind_name(k),
                         wk_type_name(&argv[i]));
        if (k == 'M' && argv[i].t == T_LIST && flat_list(&argv[i])) {
            /* a plain list is a row vector: a 1 x n matrix */
            slong n = wk_list_len(&argv[i]), t;
            wk_value m = wk_mat_new(1, n);
            for (t = 0; t < n; t++) {
                wk_value x;
                wk_copy(&x, wk_list_get(&argv[i], t));
                wk_mat_set(&m, 0, t, x);
            }
            set_out(&argv[i], m);
        }
        if (k == 'L' && argv[i].t == T_RANGE) {
            const wk_range *r = (const wk_range *) argv[i].u.h;
            slong m = wk_range_len(r), t;
            wk_value l;
            if (m > 100000000) wk_arg_error(S, i, "range has %ld elements, too many for a list", (long) m);
            l = wk_list_new(m);
            for (t = 0; t < m; t++) wk_list_push(&l, wk_int_si(r->a + t * r->step));
            set_out(&argv[i], l);
        }
    }
    for (i = 0; i < nkw; i++) {
        for (j = 0; j < be->nkw; j++)
            if (strcmp(kwn[i], be->kwnames[j]) == 0) break;
        if (j == be->nkw) {
            if (be->nkw == 0)
                wk_bi_error(S, "takes no keyword arguments (got '%s')", kwn[i]);
            else {
                char acc[200] = "";
                for (j = 0; j < be->nkw; j++) {
                    if (j) strncat(acc, ", ", sizeof acc - strlen(acc) - 1);
                    strncat(acc, be->kwnames[j], sizeof acc - strlen(acc) - 1);
                }
                wk_bi_error(S, "unknown keyword '%s' (accepted: %s)", kwn[i], acc);
            }
        }
    }
}

const wk_value *wk_kwarg(wk_state *S, const char *name)
{
    int i;
    for (i = 0; i < S->cur_nkw; i++)
        if (strcmp(S->cur_kwn[i], name) == 0) return &S->cur_kwv[i];
    return NULL;
}

/* Calls f with argc values at argv (stack slots), writing the result to out. */
static inline void step(wk_state *S, const wk_node *n)
{
    if (wk_interrupt_flag) {
        wk_interrupt_flag = 0;
        wk_throw_at(S, n ? n->pos : (wk_pos) { -1, 0, 0 }, WK_ERR_INTERRUPT, "interrupted");
    }
    if (S->budget >= 0 && --S->budget < 0) {
        S->budget = 0;
        wk_throw(S, WK_ERR_OVERFLOW, "step budget exhausted");
    }
}

static void call(wk_state *S, const wk_value *f, int argc, wk_value *argv, int nkw,
                 const char **kwn, wk_value *kwv, const wk_node *site, wk_value *out)
{
    step(S, site);
    if (f->t == T_BUILTIN) {
        const wk_bientry *be = f->u.be;
        const wk_bientry *save_be = S->cur_be;
        const wk_node *save_call = S->cur_call;
        wk_node *const *save_args = S->cur_args;
        int save_nargs = S->cur_nargs, save_nkw = S->cur_nkw;
        const wk_value *save_kwv = S->cur_kwv;
        const char **save_kwn = S->cur_kwn;
        const wk_value *save_argv = S->cur_argv;
        slong top = S->top;
        wk_value r;
        S->cur_be = be;
        S->cur_call = site;
        S->cur_args = site && site->k == N_CALL ? site->v : NULL;
        S->cur_nargs = site && site->k == N_CALL ? site->nv : 0;
        S->cur_nkw = nkw;
        S->cur_kwn = kwn;
        S->cur_kwv = kwv;
        S->cur_argv = argv;
        check_builtin_args(S, be, argc, argv, nkw, kwn);
        r = be->b->fn(S, argc, argv);
        wk_popto(S, top);
        S->cur_be = save_be;
        S->cur_call = save_call;
        S->cur_args = save_args;
        S->cur_nargs = save_nargs;
        S->cur_nkw = save_nkw;
        S->cur_kwn = save_kwn;
        S->cur_kwv = save_kwv;
        S->cur_argv = save_argv;
        set_out(out, r);
        return;
    }
    if (f->t == T_FUNC) {
        wk_func *fn = (wk_func *) f->u.h;
        wk_fproto *p = fn->p;
        slong base = S->top, save_base = S->base;
        wk_func *save_cl = S->closure;
        wk_pos pos = site ? site->pos : p->pos;
        int i, j;
        if (argc > p->nparams)
            wk_throw_at(S, pos, WK_ERR_TYPE, "%s: expected at most %d argument%s, got %d",
                        p->name, p->nparams, p->nparams == 1 ? "" : "s", argc);
        if (S->depth >= S->maxdepth)
            wk_throw_at(S, pos, WK_ERR_OVERFLOW,
                        "recursion deeper than %d calls (in %s)", S->maxdepth, p->name);
        wk_cstack_check(S, pos);
        if (S->top + p->nslots + 64 >= S->cap)
            wk_throw_at(S, pos, WK_ERR_OVERFLOW, "value stack overflow (in %s)", p->name);
        for (i = 0; i < p->nslots; i++) S->stk[S->top++].t = T_NIL;
        for (i = 0; i < argc; i++) wk_copy(&S->stk[base + i], &argv[i]);
        for (i = 0; i < p->nparams; i++) S->stk[base + i].t = i < argc ? S->stk[base + i].t : T_UNDEF;
        for (j = 0; j < nkw; j++) {
            for (i = 0; i < p->nparams; i++)
                if (p->params[i] == kwn[j]) break;
            if (i == p->nparams)
                wk_throw_at(S, pos, WK_ERR_TYPE, "%s: no parameter named '%s'", p->name, kwn[j]);
            if (i < argc || S->stk[base + i].t != T_UNDEF)
                wk_throw_at(S, pos, WK_ERR_TYPE, "%s: parameter '%s' given twice", p->name, kwn[j]);
            wk_copy(&S->stk[base + i], &kwv[j]);
        }
        S->base = base;
        S->closure = fn;
        S->depth++;
        {
            /* user code called from a builtin (map, sort ...) reports its own errors */
            const wk_bientry *save_be = S->cur_be;
            const wk_node *save_call = S->cur_call;
            S->cur_be = NULL;
            S->cur_call = NULL;
        for (i = 0; i < p->nparams; i++)
            if (S->stk[base + i].t == T_UNDEF) {
                S->stk[base + i].t = T_NIL;
                if (p->defaults[i] == NULL)
                    wk_throw_at(S, pos, WK_ERR_TYPE, "%s: missing argument '%s'", p->name, p->params[i]);
                ev(S, p->defaults[i], &S->stk[base + i]);
            }
        ev(S, p->body, out);
        S->cur_be = save_be;
        S->cur_call = save_call;
        }
        S->depth--;
        S->base = save_base;
        S->closure = save_cl;
        wk_popto(S, base);
        return;
    }
    if (f->t == T_UNDEF)
        wk_throw_at(S, site ? site->pos : (wk_pos){-1, 0, 0}, WK_ERR_NAME, "call of an undefined function");
    wk_throw_at(S, site ? site->pos : (wk_pos){-1, 0, 0}, WK_ERR_TYPE,
                "cannot call %s", wk_type_name(f));
}

wk_value wk_call_value(wk_state *S, const wk_value *f, int argc, const wk_value *argv, wk_pos pos)
{
    slong top = S->top;
    wk_value *out = wk_push(S), *a, r;
    int i;
    wk_node site;
    memset(&site, 0, sizeof site);
    site.k = N_NOP;
    site.pos = pos;
    a = &S->stk[S->top];
    for (i = 0; i < argc; i++) wk_copy(wk_push(S), &argv[i]);
    call(S, f, argc, a, 0, NULL, NULL, &site, out);
    r = *out;
    out->t = T_NIL;
    wk_popto(S, top);
    return r;
}

wk_value wk_call(wk_state *S, const wk_value *f, int argc, const wk_value *argv)
{
    wk_pos p = { -1, 0, 0 };
    if (S->cur_call) p = S->cur_call->pos;
    return wk_call_value(S, f, argc, argv, p);
}

/* ---- indexing ----------------------------------------------------------------- */
static slong index_at(wk_state *S, const wk_value *i, slong len, wk_pos pos, const char *what)
{
    slong k = get_slong_at(S, i, pos, "an index"), k0 = k;
    if (k < 0) k = len + 1 + k;   /* a[-1] is the last element */
    if (k < 1 || k > len)
        wk_throw_at(S, pos, WK_ERR_DIM, "index %ld out of range: %s has %ld element%s",
                    (long) k0, what, (long) len, len == 1 ? "" : "s");
    return k - 1;
}

static void index_value(wk_state *S, const wk_node *n, const wk_value *obj, int ni,
                        const wk_value *ix, wk_value *out)
{
    wk_pos pos = n->v[0]->pos;
    if (ni == 1 && ix[0].t == T_RANGE && (obj->t == T_LIST || obj->t == T_STR)) {
        const wk_range *r = (const wk_range *) ix[0].u.h;
        slong len = obj->t == T_LIST ? wk_list_len(obj) : ((const wk_strobj *) obj->u.h)->len;
        slong m = wk_range_len(r), t;
        for (t = 0; t < m; t++) {
            slong k = r->a + t * r->step;
            if (k < 1 || k > len)
                wk_throw_at(S, pos, WK_ERR_DIM, "index %ld out of range: %s has %ld element%s",
                            (long) k, wk_type_name(obj), (long) len, len == 1 ? "" : "s");
        }
        if (obj->t == T_STR) {
            wk_buf b;
            wk_buf_init(&b);
            for (t = 0; t < m; t++) wk_buf_putc(&b, ((const wk_strobj *) obj->u.h)->s[r->a + t * r->step - 1]);
            set_out(out, wk_str_n(b.s ? b.s : "", b.len));
            wk_buf_clear(&b);
        } else {
            wk_value l = wk_list_new(m), x;
            for (t = 0; t < m; t++) {
                wk_copy(&x, wk_list_get(obj, r->a + t * r->step - 1));
                wk_list_push(&l, x);
            }
            set_out(out, l);
        }
        return;
    }
    switch (obj->t) {
    case T_LIST:
        if (ni == 1) {
            slong k = index_at(S, &ix[0], wk_list_len(obj), pos, "the list");
            wk_assign(out, wk_list_get(obj, k));
            return;
        } else {
            slong r, c;
            if (wk_mat_dims(obj, &r, &c)) {
                slong i = index_at(S, &ix[0], r, n->v[0]->pos, "the list");
                slong j = index_at(S, &ix[1], c, n->v[1]->pos, "the row");
                wk_assign(out, wk_mat_get(obj, i, j));
                return;
            }
        }
        break;
    case T_MAT: {
        const wk_mat *m = (const wk_mat *) obj->u.h;
        if (ni == 2) {
            slong i = index_at(S, &ix[0], m->r, n->v[0]->pos, "the matrix (rows)");
            slong j = index_at(S, &ix[1], m->c, n->v[1]->pos, "the matrix (columns)");
            wk_assign(out, &m->v[i * m->c + j]);
        } else {
            slong i = index_at(S, &ix[0], m->r, pos, "the matrix (rows)"), j;
            wk_value l = wk_list_new(m->c), x;
            for (j = 0; j < m->c; j++) {
                wk_copy(&x, &m->v[i * m->c + j]);
                wk_list_push(&l, x);
            }
            set_out(out, l);
        }
        return;
    }
    case T_STR:
        if (ni == 1) {
            const wk_strobj *s = (const wk_strobj *) obj->u.h;
            slong k = index_at(S, &ix[0], s->len, pos, "the string");
            set_out(out, wk_str_n(s->s + k, 1));
            return;
        }
        break;
    case T_RANGE:
        if (ni == 1) {
            const wk_range *r = (const wk_range *) obj->u.h;
            slong k = index_at(S, &ix[0], wk_range_len(r), pos, "the range");
            set_out(out, wk_int_si(r->a + k * r->step));
            return;
        }
        break;
    case T_REC:
        if (ni == 1 && ix[0].t == T_STR) {
            const wk_value *f = wk_rec_get(obj, wk_str_get(&ix[0]));
            if (!f) wk_throw_at(S, pos, WK_ERR_NAME, "record has no field '%s'", wk_str_get(&ix[0]));
            wk_assign(out, f);
            return;
        }
        break;
    case T_PERM:
        break;
    case T_OBJ: {
        const wk_obj *o = (const wk_obj *) obj->u.h;
        if (ni == 1 && o->type->index && o->type->len) {
            slong k = index_at(S, &ix[0], o->type->len(o->data), pos, o->type->name);
            wk_value r;
            r.t = T_NIL;
            if (o->type->index(S, o->data, k + 1, &r)) { set_out(out, r); return; }
        }
        break;
    }
    default: break;
    }
    wk_throw_at(S, n->pos, WK_ERR_TYPE, "cannot index %s with %d index%s", wk_type_name(obj),
                ni, ni == 1 ? "" : "es");
}

static void field_value(wk_state *S, const wk_node *n, const wk_value *obj, wk_value *out)
{
    if (obj->t == T_REC) {
        const wk_value *f = wk_rec_get(obj, n->name);
        if (!f) {
            const wk_rec *r = (const wk_rec *) obj->u.h;
            wk_buf b;
            slong i;
            wk_buf_init(&b);
            for (i = 0; i < r->n && i < 20; i++) {
                if (i) wk_buf_puts(&b, ", ");
                wk_buf_puts(&b, r->key[i]);
            }
            {
                char msg[600];
                snprintf(msg, sizeof msg, "record has no field '%s' (fields: %s)", n->name, b.s ? b.s : "none");
                wk_buf_clear(&b);
                wk_throw_at(S, n->pos, WK_ERR_NAME, "%s", msg);
            }
        }
        wk_assign(out, f);
        return;
    }
    if (obj->t == T_OBJ) {
        const wk_obj *o = (const wk_obj *) obj->u.h;
        wk_value r;
        r.t = T_NIL;
        if (o->type->field && o->type->field(S, o->data, n->name, &r)) {
            set_out(out, r);
            return;
        }
        wk_throw_at(S, n->pos, WK_ERR_NAME, "%s has no field '%s'", wk_type_name(obj), n->name);
    }
    wk_throw_at(S, n->pos, WK_ERR_TYPE, "cannot take field '%s' of %s", n->name, wk_type_name(obj));
}

/* ---- assignment ------------------------------------------------------------------ */

/* Pointer to the slot an lvalue chain names; index values are in ix (already
   evaluated, in chain order from the root).  Containers are made unique on
   the way (copy on write). */
static wk_value *lvalue_ptr(wk_state *S, const wk_node *n, wk_value **ix, int create)
{
    wk_value *c;
    switch (n->k) {
    case N_GLOBAL:
        c = &S->glob[n->slot].v;
        if (c->t == T_UNDEF) {
            if (!create) undefined(S, n);
            c->t = T_NIL;
        }
        return c;
    case N_LOCAL:
        return &S->stk[S->base + n->slot];
    case N_INDEX: {
        wk_value *cont = lvalue_ptr(S, n->a, ix, 0);
        wk_value *iv = *ix;
        *ix += n->nv;
        wk_make_unique(cont);
        if (cont->t == T_LIST && n->nv == 1) {
            wk_list *l = (wk_list *) cont->u.h;
            slong k = get_slong_at(S, &iv[0], n->v[0]->pos, "an index");
            if (k < 0) k = l->len + 1 + k;
            if (k == l->len + 1) {      /* a[len(a) + 1] = x appends */
                wk_list_push(cont, wk_nil());
                l = (wk_list *) cont->u.h;
            }
            if (k < 1 || k > l->len)
                wk_throw_at(S, n->v[0]->pos, WK_ERR_DIM,
                            "index %ld out of range: the list has %ld element%s", (long) k,
                            (long) l->len, l->len == 1 ? "" : "s");
            return &l->v[k - 1];
        }
        if (cont->t == T_LIST && n->nv == 2) {
            slong r, cc;
            if (wk_mat_dims(cont, &r, &cc)) {
                wk_list *l = (wk_list *) cont->u.h;
                slong i = index_at(S, &iv[0], r, n->v[0]->pos, "the list");
                slong j = index_at(S, &iv[1], cc, n->v[1]->pos, "the row");
                wk_make_unique(&l->v[i]);
                return &((wk_list *) l->v[i].u.h)->v[j];
            }
        }
        if (cont->t == T_MAT && n->nv == 2) {
            wk_mat *m = (wk_mat *) cont->u.h;
            slong i = index_at(S, &iv[0], m->r, n->v[0]->pos, "the matrix (rows)");
            slong j = index_at(S, &iv[1], m->c, n->v[1]->pos, "the matrix (columns)");
            return &m->v[i * m->c + j];
        }
        if (cont->t == T_REC && n->nv == 1 && iv[0].t == T_STR) {
            const char *k = wk_intern(wk_str_get(&iv[0]));
            wk_rec *r = (wk_rec *) cont->u.h;
            slong i;
            for (i = 0; i < r->n; i++)
                if (r->key[i] == k) return &r->v[i];
            wk_rec_set(cont, k, wk_nil());
            r = (wk_rec *) cont->u.h;
            return &r->v[r->n - 1];
        }
        wk_throw_at(S, n->pos, WK_ERR_TYPE, "cannot assign to an element of %s", wk_type_name(cont));
    }
    case N_FIELD: {
        wk_value *cont = lvalue_ptr(S, n->a, ix, 0);
        wk_rec *r;
        slong i;
        if (cont->t == T_NIL) *cont = wk_rec_new();
        if (cont->t != T_REC)
            wk_throw_at(S, n->pos, WK_ERR_TYPE, "cannot set field '%s' of %s", n->name, wk_type_name(cont));
        wk_make_unique(cont);
        r = (wk_rec *) cont->u.h;
        for (i = 0; i < r->n; i++)
            if (r->key[i] == n->name) return &r->v[i];
        wk_rec_set(cont, n->name, wk_nil());
        r = (wk_rec *) cont->u.h;
        return &r->v[r->n - 1];
    }
    default:
        wk_throw_at(S, n->pos, WK_ERR_SYNTAX, "cannot assign to this expression");
    }
}

/* evaluate every index expression of an lvalue chain, root first */
static void eval_indices(wk_state *S, const wk_node *n)
{
    int i;
    if (n->k == N_INDEX || n->k == N_FIELD) eval_indices(S, n->a);
    if (n->k == N_INDEX)
        for (i = 0; i < n->nv; i++) ev(S, n->v[i], wk_push(S));
}

static void assign(wk_state *S, const wk_node *n, wk_value *out)
{
    const wk_node *t = n->a;
    slong top = S->top;
    wk_value *val, *dst, *ix;
    if (t->k == N_GLOBAL || t->k == N_LOCAL) {
        val = wk_push(S);
        if (n->b) ev(S, n->b, val);
        dst = t->k == N_GLOBAL ? &S->glob[t->slot].v : &S->stk[S->base + t->slot];
        if (n->op) {
            wk_value *r = wk_push(S);
            if (dst->t == T_UNDEF) undefined(S, t);
            wk_arith(S, n->op, dst, val, r);
            wk_release(val);
            *val = *r;
            r->t = T_NIL;
        }
        if (dst->t == T_UNDEF) dst->t = T_NIL;
        if (out) wk_assign(out, val);
        wk_release(dst);
        *dst = *val;
        val->t = T_NIL;
        wk_popto(S, top);
        return;
    }
    ix = &S->stk[S->top];
    eval_indices(S, t);
    val = wk_push(S);
    if (n->b) ev(S, n->b, val);
    dst = lvalue_ptr(S, t, &ix, 1);
    if (n->op) {
        wk_value *r = wk_push(S);
        wk_arith(S, n->op, dst, val, r);
        dst = NULL;   /* re-walk: arithmetic may have run code */
        ix = &S->stk[top];
        dst = lvalue_ptr(S, t, &ix, 1);
        wk_release(val);
        *val = *r;
        r->t = T_NIL;
    }
    if (out) wk_assign(out, val);
    wk_release(dst);
    *dst = *val;
    val->t = T_NIL;
    wk_popto(S, top);
}

/* ---- iteration --------------------------------------------------------------------- */
typedef struct {
    int kind;           /* 0 slong range, 1 list/matrix rows/string/object */
    slong a, step, n, i;
    wk_value *src;
} iter;

static void iter_init(wk_state *S, iter *it, const wk_node *n)
{
    memset(it, 0, sizeof *it);
    if (n->k == N_RANGE) {
        wk_value *a = wk_push(S), *b = wk_push(S);
        slong x, y;
        ev(S, n->a, a);
        ev(S, n->b, b);
        x = get_slong_at(S, a, n->a->pos, "a range bound");
        y = get_slong_at(S, b, n->b->pos, "a range bound");
        wk_pop(S); wk_pop(S);
        it->kind = 0;
        it->a = x;
        it->step = 1;
        it->n = y >= x ? y - x + 1 : 0;
        return;
    }
    it->src = wk_push(S);
    ev(S, n, it->src);
    switch (it->src->t) {
    case T_RANGE: {
        const wk_range *r = (const wk_range *) it->src->u.h;
        it->kind = 0;
        it->a = r->a;
        it->step = r->step;
        it->n = wk_range_len(r);
        return;
    }
    case T_LIST: it->kind = 1; it->n = wk_list_len(it->src); return;
    case T_MAT: it->kind = 1; it->n = ((const wk_mat *) it->src->u.h)->r; return;
    case T_STR: it->kind = 1; it->n = ((const wk_strobj *) it->src->u.h)->len; return;
    case T_OBJ: {
        const wk_obj *o = (const wk_obj *) it->src->u.h;
        if (o->type->len && o->type->index) {
            it->kind = 1;
            it->n = o->type->len(o->data);
            return;
        }
        break;
    }
    default: break;
    }
    wk_throw_at(S, n->pos, WK_ERR_TYPE, "cannot iterate over %s", wk_type_name(it->src));
}

static void iter_get(wk_state *S, iter *it, slong i, wk_value *dst)
{
    if (it->kind == 0) {
        slong x = it->a + i * it->step;
        if (dst->t == T_INT && !COEFF_IS_MPZ(dst->u.z) && x <= COEFF_MAX && x >= COEFF_MIN) dst->u.z = x;
        else if (dst->t == T_INT) fmpz_set_si(&dst->u.z, x);
        else set_out(dst, wk_int_si(x));
        return;
    }
    switch (it->src->t) {
    case T_LIST: wk_assign(dst, wk_list_get(it->src, i)); return;
    case T_STR: set_out(dst, wk_str_n(((const wk_strobj *) it->src->u.h)->s + i, 1)); return;
    case T_MAT: {
        const wk_mat *m = (const wk_mat *) it->src->u.h;
        wk_value l = wk_list_new(m->c), x;
        slong j;
        for (j = 0; j < m->c; j++) {
            wk_copy(&x, &m->v[i * m->c + j]);
            wk_list_push(&l, x);
        }
        set_out(dst, l);
        return;
    }
    case T_OBJ: {
        const wk_obj *o = (const wk_obj *) it->src->u.h;
        wk_value r;
        slong top = S->top;
        r.t = T_NIL;
        o->type->index(S, o->data, i + 1, &r);
        wk_popto(S, top);
        set_out(dst, r);
        return;
    }
    default: return;
    }
}

/* ---- the evaluator ------------------------------------------------------------------ */
static void print_top(wk_state *S, const wk_value *v)
{
    if (v->t == T_NIL || v->t == T_UNDEF) return;
    wk_print_value(S, v);
}

static void build_perm(wk_state *S, const wk_node *n, wk_value *out)
{
    slong m = 0, i, j;
    int *img;
    wk_value *el = &S->stk[S->top];
    for (i = 0; i < n->nv; i++) {
        wk_value *x = wk_push(S);
        slong k;
        ev(S, n->v[i], x);
        if (x->t != T_INT)
            wk_throw_at(S, n->v[i]->pos, WK_ERR_TYPE, "a cycle contains points 1, 2, ..., got %s", wk_type_name(x));
        if (!wk_get_si(&k, x) || k < 1 || k > 1000000)
            wk_throw_at(S, n->v[i]->pos, WK_ERR_DOMAIN, "a point of a cycle must be an integer in 1..1000000");
        if (k > m) m = k;
    }
    for (i = 0; i < n->nv; i++)
        for (j = 0; j < i; j++)
            if (fmpz_equal(&el[i].u.z, &el[j].u.z))
                wk_throw_at(S, n->v[i]->pos, WK_ERR_DOMAIN,
                            "point %ld appears twice in the cycle", (long) fmpz_get_si(&el[i].u.z));
    img = flint_malloc((m + 1) * sizeof(int));
    for (i = 0; i < m; i++) img[i] = (int) i;
    for (i = 0; i < n->nv; i++) {
        slong a = fmpz_get_si(&el[i].u.z) - 1, b = fmpz_get_si(&el[(i + 1) % n->nv].u.z) - 1;
        img[a] = (int) b;
    }
    set_out(out, wk_perm_new(img, m));
    flint_free(img);
    wk_popto(S, el - S->stk);
}

/* A binary operand: a variable is read in place (borrowed, valid until the
   stack is popped back), anything else is evaluated into a new slot. */
static inline const wk_value *operand(wk_state *S, const wk_node *a)
{
    if (a->k == N_LOCAL) return &S->stk[S->base + a->slot];
    if (a->k == N_CONST) return &a->val;
    if (a->k == N_GLOBAL && S->glob[a->slot].v.t != T_UNDEF) return &S->glob[a->slot].v;
    {
        wk_value *v = wk_push(S);
        ev(S, a, v);
        return v;
    }
}

/* need = 0 when the block's value is discarded (loop bodies): assignments
   then skip copying their value out */
static int ev_block_need(wk_state *S, const wk_node *n, wk_value *out, int need)
{
    int i, c, last = n->nv - 1;
    set_out(out, wk_nil());
    for (i = 0; i < n->nv; i++) {
        const wk_node *st = n->v[i];
        if (st->k == N_ASSIGN && (i < last || !need) && !(st->b && st->b->k == N_FUNC)) {
            assign(S, st, NULL);
            continue;
        }
        c = ev(S, st, out);
        if (c) return c;
    }
    return CTL_NONE;
}

static int ev_block(wk_state *S, const wk_node *n, wk_value *out)
{
    return ev_block_need(S, n, out, 1);
}

static int ev(wk_state *S, const wk_node *n, wk_value *out)
{
    switch (n->k) {
    case N_CONST:
        wk_assign(out, &n->val);
        return 0;
    case N_GLOBAL: {
        const wk_value *g = &S->glob[n->slot].v;
        if (g->t == T_UNDEF) undefined(S, n);
        wk_assign(out, g);
        return 0;
    }
    case N_LOCAL:
        wk_assign(out, &S->stk[S->base + n->slot]);
        return 0;
    case N_UPVAL:
        wk_assign(out, &S->closure->up[n->slot]);
        return 0;
    case N_BINOP: {
        /* operands that are variables are read in place (borrowed); others
           are evaluated into stack slots */
        const wk_value *l, *r;
        slong top = S->top;
        /* the left operand is borrowed only if the right one cannot run code */
        if (n->b->k == N_LOCAL || n->b->k == N_CONST || n->b->k == N_GLOBAL) l = operand(S, n->a);
        else { wk_value *lv = wk_push(S); ev(S, n->a, lv); l = lv; }
        r = operand(S, n->b);
        if (l->t == T_INT && r->t == T_INT) {
            int c;
            switch (n->op) {
            case OP_ADD:
            case OP_SUB:
            case OP_MUL:
                if (out->t != T_INT) { wk_release(out); out->t = T_INT; fmpz_init(&out->u.z); }
                if (!COEFF_IS_MPZ(l->u.z) && !COEFF_IS_MPZ(r->u.z) && n->op != OP_MUL) {
                    /* small + small: no call into FLINT */
                    slong x = n->op == OP_ADD ? l->u.z + r->u.z : l->u.z - r->u.z;
                    if (x <= COEFF_MAX && x >= COEFF_MIN && !COEFF_IS_MPZ(out->u.z)) { out->u.z = x; goto done2; }
                    fmpz_set_si(&out->u.z, x);
                    goto done2;
                }
                if (n->op == OP_ADD) fmpz_add(&out->u.z, &l->u.z, &r->u.z);
                else if (n->op == OP_SUB) fmpz_sub(&out->u.z, &l->u.z, &r->u.z);
                else fmpz_mul(&out->u.z, &l->u.z, &r->u.z);
                goto done2;
            case OP_EQ: c = fmpz_equal(&l->u.z, &r->u.z); goto boolres;
            case OP_NE: c = !fmpz_equal(&l->u.z, &r->u.z); goto boolres;
            case OP_LT: c = fmpz_cmp(&l->u.z, &r->u.z) < 0; goto boolres;
            case OP_LE: c = fmpz_cmp(&l->u.z, &r->u.z) <= 0; goto boolres;
            case OP_GT: c = fmpz_cmp(&l->u.z, &r->u.z) > 0; goto boolres;
            case OP_GE: c = fmpz_cmp(&l->u.z, &r->u.z) >= 0; goto boolres;
            default: break;
            }
            goto general;
        boolres:
            set_out(out, wk_bool(c));
            goto done2;
        }
    general:
        {
            const wk_node *save = S->cur_call;
            wk_value *res = wk_push(S);
            S->cur_call = n;
            wk_arith(S, n->op, l, r, res);   /* out may be a variable read in place */
            S->cur_call = save;
            set_out(out, *res);
            res->t = T_NIL;
        }
    done2:
        wk_popto(S, top);
        return 0;
    }
    case N_NEG: {
        slong top = S->top;
        wk_value *a = wk_push(S);
        const wk_node *save = S->cur_call;
        ev(S, n->a, a);
        S->cur_call = n;
        set_out(out, wk_neg(S, a));
        S->cur_call = save;
        wk_popto(S, top);
        return 0;
    }
    case N_NOT: {
        wk_value *a = wk_push(S);
        ev(S, n->a, a);
        set_out(out, wk_bool(!truthy_at(S, a, n->a->pos)));
        wk_pop(S);
        return 0;
    }
    case N_AND:
    case N_OR: {
        wk_value *a = wk_push(S);
        int t;
        ev(S, n->a, a);
        t = truthy_at(S, a, n->a->pos);
        if ((n->k == N_AND && !t) || (n->k == N_OR && t)) {
            set_out(out, wk_bool(t));
        } else {
            ev(S, n->b, a);
            set_out(out, wk_bool(truthy_at(S, a, n->b->pos)));
        }
        wk_pop(S);
        return 0;
    }
    case N_CALL: {
        slong top = S->top;
        wk_value *f = wk_push(S), *args, *kwv;
        int i;
        ev(S, n->a, f);
        args = &S->stk[S->top];
        for (i = 0; i < n->nv; i++) ev(S, n->v[i], wk_push(S));
        kwv = &S->stk[S->top];
        for (i = 0; i < n->nnames; i++) ev(S, n->kw[i], wk_push(S));
        if (f->t == T_UNDEF) undefined(S, n->a);
        call(S, f, n->nv, args, n->nnames, n->names, kwv, n, out);
        wk_popto(S, top);
        return 0;
    }
    case N_INDEX: {
        slong top = S->top;
        wk_value *o = wk_push(S), *ix;
        int i;
        ev(S, n->a, o);
        ix = &S->stk[S->top];
        for (i = 0; i < n->nv; i++) ev(S, n->v[i], wk_push(S));
        index_value(S, n, o, n->nv, ix, out);
        wk_popto(S, top);
        return 0;
    }
    case N_FIELD: {
        slong top = S->top;
        wk_value *o = wk_push(S);
        ev(S, n->a, o);
        field_value(S, n, o, out);   /* a module's field hook may root values */
        wk_popto(S, top);
        return 0;
    }
    case N_LIST: {
        wk_value *l = wk_push(S);
        int i;
        *l = wk_list_new(n->nv);
        for (i = 0; i < n->nv; i++) {
            wk_value *x = wk_push(S);
            ev(S, n->v[i], x);
            wk_list_push(l, *x);
            x->t = T_NIL;
            wk_pop(S);
        }
        set_out(out, *l);
        l->t = T_NIL;
        wk_pop(S);
        return 0;
    }
    case N_MATRIX: {
        wk_value *m = wk_push(S);
        int i;
        *m = wk_mat_new(n->rows, n->cols);
        for (i = 0; i < n->nv; i++) {
            wk_value *x = wk_push(S);
            ev(S, n->v[i], x);
            if (x->t == T_LIST || x->t == T_MAT || x->t == T_STR || x->t == T_REC)
                wk_throw_at(S, n->v[i]->pos, WK_ERR_TYPE, "a matrix entry cannot be %s", wk_type_name(x));
            wk_mat_set(m, i / n->cols, i % n->cols, *x);
            x->t = T_NIL;
            wk_pop(S);
        }
        set_out(out, *m);
        m->t = T_NIL;
        wk_pop(S);
        return 0;
    }
    case N_RECORD: {
        wk_value *r = wk_push(S);
        int i;
        *r = wk_rec_new();
        for (i = 0; i < n->nv; i++) {
            wk_value *x = wk_push(S);
            ev(S, n->v[i], x);
            wk_rec_set(r, n->names[i], *x);
            x->t = T_NIL;
            wk_pop(S);
        }
        set_out(out, *r);
        r->t = T_NIL;
        wk_pop(S);
        return 0;
    }
    case N_RANGE: {
        wk_value *a = wk_push(S), *b = wk_push(S);
        slong x, y;
        ev(S, n->a, a);
        ev(S, n->b, b);
        x = get_slong_at(S, a, n->a->pos, "a range bound");
        y = get_slong_at(S, b, n->b->pos, "a range bound");
        set_out(out, wk_range_new(x, y, 1));
        wk_pop(S); wk_pop(S);
        return 0;
    }
    case N_CYCLE:
        build_perm(S, n, out);
        return 0;
    case N_ASSIGN:
        assign(S, n, out);
        if (n->b && n->b->k == N_FUNC) set_out(out, wk_nil());
        return 0;
    case N_LOCALDECL: {
        int i;
        for (i = 0; i < n->nv; i++) {
            wk_value *dst = &S->stk[S->base + n->v[i]->a->slot];
            if (n->v[i]->b) {
                wk_value *x = wk_push(S);
                ev(S, n->v[i]->b, x);
                wk_release(dst);
                *dst = *x;
                x->t = T_NIL;
                wk_pop(S);
            } else {
                set_out(dst, wk_nil());
            }
        }
        set_out(out, wk_nil());
        return 0;
    }
    case N_VAR: {
        int i;
        for (i = 0; i < n->nv; i++) {
            slong id = wk_var_id(S, n->v[i]->name);
            wk_value *g = &S->glob[n->v[i]->slot].v;
            if (g->t == T_UNDEF) g->t = T_NIL;
            set_out(g, wk_poly_var(id));
        }
        set_out(out, wk_nil());
        return 0;
    }
    case N_IF: {
        wk_value *c = wk_push(S);
        int t;
        ev(S, n->a, c);
        t = truthy_at(S, c, n->a->pos);
        wk_pop(S);
        if (t) return ev_block(S, n->b, out);
        if (n->c) return n->c->k == N_IF ? ev(S, n->c, out) : ev_block(S, n->c, out);
        set_out(out, wk_nil());
        return 0;
    }
    case N_BLOCK:
        return ev_block(S, n, out);
    case N_WHILE: {
        wk_value *c = wk_push(S);
        for (;;) {
            int ctl;
            step(S, n);
            ev(S, n->a, c);
            if (!truthy_at(S, c, n->a->pos)) break;
            ctl = ev_block_need(S, n->b, out, 0);
            if (ctl == CTL_BREAK) break;
            if (ctl == CTL_RETURN) { wk_pop(S); return ctl; }
        }
        wk_pop(S);
        set_out(out, wk_nil());
        return 0;
    }
    case N_FOR: {
        slong top = S->top, i;
        iter it;
        wk_value *var = &S->stk[S->base + n->slot];
        iter_init(S, &it, n->a);
        for (i = 0; i < it.n; i++) {
            int ctl;
            step(S, n);
            iter_get(S, &it, i, var);
            ctl = ev_block_need(S, n->b, out, 0);
            if (ctl == CTL_BREAK) break;
            if (ctl == CTL_RETURN) { wk_popto(S, top); return ctl; }
        }
        wk_popto(S, top);
        set_out(out, wk_nil());
        return 0;
    }
    case N_SUMPROD: {
        slong top = S->top, i;
        iter it;
        wk_value *acc = wk_push(S), *x = wk_push(S), *r = wk_push(S);
        wk_value *var = &S->stk[S->base + n->slot];
        const wk_node *save = S->cur_call;
        *acc = wk_int_si(n->op ? 1 : 0);
        iter_init(S, &it, n->a);
        for (i = 0; i < it.n; i++) {
            step(S, n);
            iter_get(S, &it, i, var);
            ev(S, n->b, x);
            if (acc->t == T_INT && x->t == T_INT) {
                if (n->op) fmpz_mul(&acc->u.z, &acc->u.z, &x->u.z);
                else fmpz_add(&acc->u.z, &acc->u.z, &x->u.z);
            } else {
                S->cur_call = n;
                wk_arith(S, n->op ? OP_MUL : OP_ADD, acc, x, r);
                S->cur_call = save;
                wk_release(acc);
                *acc = *r;
                r->t = T_NIL;
            }
        }
        set_out(out, *acc);
        acc->t = T_NIL;
        wk_popto(S, top);
        return 0;
    }
    case N_COMPREH: {
        slong top = S->top, i;
        iter it;
        wk_value *l = wk_push(S), *x = wk_push(S);
        wk_value *var = &S->stk[S->base + n->slot];
        *l = wk_list_new(8);
        iter_init(S, &it, n->b);
        for (i = 0; i < it.n; i++) {
            step(S, n);
            iter_get(S, &it, i, var);
            if (n->c) {
                ev(S, n->c, x);
                if (!truthy_at(S, x, n->c->pos)) continue;
            }
            ev(S, n->a, x);
            wk_list_push(l, *x);
            x->t = T_NIL;
        }
        set_out(out, *l);
        l->t = T_NIL;
        wk_popto(S, top);
        return 0;
    }
    case N_FUNC: {
        wk_fproto *p = n->fp;
        wk_value f = wk_func_new(p, p->nup);
        wk_func *fn = (wk_func *) f.u.h;
        int i;
        for (i = 0; i < p->nup; i++) {
            if (p->up_from_local[i]) wk_copy(&fn->up[i], &S->stk[S->base + p->up_index[i]]);
            else wk_copy(&fn->up[i], &S->closure->up[p->up_index[i]]);
        }
        set_out(out, f);
        return 0;
    }
    case N_BREAK: return CTL_BREAK;
    case N_CONTINUE: return CTL_CONTINUE;
    case N_RETURN:
        if (n->a) ev(S, n->a, out);
        else set_out(out, wk_nil());
        return CTL_RETURN;
    case N_HELP:
        wk_help(S, n->name);
        set_out(out, wk_nil());
        return 0;
    case N_TIME: {
        struct timespec t0, t1;
        double ms;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        ev(S, n->a, out);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
        fflush(S->out);
        fprintf(stderr, "time: %.3f ms\n", ms);
        return 0;
    }
    case N_NOP:
        set_out(out, wk_nil());
        return 0;
    }
    return 0;
}

/* ---- running chunks ------------------------------------------------------------------- */
typedef struct {
    const wk_node *stmt;
    wk_value *out;
} stmt_ud;

static void run_stmt(wk_state *S, void *ud_)
{
    stmt_ud *ud = ud_;
    ev(S, ud->stmt, ud->out);
    if ((ud->stmt->flag & 1) && S->echo && ud->out->t != T_NIL && ud->out->t != T_UNDEF) {
        /* the last printed value is kept in `ans` */
        slong g = wk_global_slot(S, "ans");
        if (S->glob[g].v.t == T_UNDEF) S->glob[g].v.t = T_NIL;
        wk_assign(&S->glob[g].v, ud->out);
        print_top(S, ud->out);
    }
}

void wk_report_error(wk_state *S)
{
    wk_buf b;
    if (S->in_progress_line) { fputs("\r\033[K", stderr); S->in_progress_line = 0; }
    fflush(S->out);
    if (S->tap) {
        /* in TAP mode the error is a failed test point; details as comments */
        S->tap_n++;
        S->tap_failed++;
        fprintf(S->out, "not ok %d - error\n", S->tap_n);
        fprintf(S->out, "# %s\n", S->errmsg ? S->errmsg : "error");
        fflush(S->out);
        return;
    }
    fprintf(stderr, "%s\n", S->errmsg ? S->errmsg : "error");
    wk_buf_init(&b);
    wk_src_line(S, S->errpos, &b);
    if (b.len > 0 && b.len < 500 && S->errpos.col > 0) {
        int i;
        fprintf(stderr, "  %s\n  ", b.s);
        for (i = 1; i < S->errpos.col && i <= (int) b.len; i++)
            fputc(b.s[i - 1] == '\t' ? '\t' : ' ', stderr);
        fputs("^\n", stderr);
    }
    wk_buf_clear(&b);
}

/* Runs a parsed chunk: each top-level statement is protected; on an error the
   chunk stops (or, under --tap, records "not ok" and goes on).  Returns the
   number of errors. */
int wk_run_chunk(wk_state *S, wk_chunk *ch)
{
    wk_fproto *p = ch->main;
    slong top = S->top, base = S->base, i;
    wk_value *out;
    int errors = 0;
    for (i = 0; i < p->nslots; i++) S->stk[S->top++].t = T_NIL;
    out = wk_push(S);
    S->base = top;
    for (i = 0; i < p->body->nv; i++) {
        stmt_ud ud;
        ud.stmt = p->body->v[i];
        ud.out = out;
        if (wk_pcall(S, run_stmt, &ud)) {
            errors++;
            wk_report_error(S);
            if (!S->tap) break;
        }
        wk_release(out);
    }
    S->base = base;
    wk_popto(S, top);
    return errors;
}

void wk_eval_chunk(wk_state *S, wk_chunk *ch, wk_value *out)
{
    wk_fproto *p = ch->main;
    slong top = S->top, base = S->base, i;
    for (i = 0; i < p->nslots; i++) S->stk[S->top++].t = T_NIL;
    S->base = top;
    ev_block(S, p->body, out);
    S->base = base;
    /* out may be inside the frame: move it down is the caller's concern */
}

static void keep_chunk(wk_state *S, wk_chunk *ch)
{
    ch->next = S->chunks;
    S->chunks = ch;
}

/* Parses and runs text as file `name`; returns 0 on success, 1 on a syntax
   error, 2 if a statement failed. */
int wk_run_string(wk_state *S, const char *name, const char *text, int echo)
{
    int f = wk_file_new(S, name), save = S->echo, e;
    wk_chunk *ch;
    wk_parse_status st;
    wk_file_append(S, f, text, strlen(text));
    st = wk_parse(S, f, 0, &ch);
    if (st != WK_PARSE_OK) {
        wk_report_error(S);
        return 1;
    }
    keep_chunk(S, ch);
    S->echo = echo;
    e = wk_run_chunk(S, ch);
    S->echo = save;
    return e ? 2 : 0;
}

typedef struct {
    wk_chunk *ch;
    wk_value *out;
} file_ud;

static void run_file_body(wk_state *S, void *ud_)
{
    file_ud *ud = ud_;
    slong top = S->top;
    wk_value *tmp = wk_push(S);
    wk_eval_chunk(S, ud->ch, tmp);
    wk_assign(ud->out, tmp);
    wk_popto(S, top);
}

/* read("file.wk"): runs a file inside the current computation; errors
   propagate to the caller (they name the file). */
int wk_run_file(wk_state *S, const char *path, int echo, wk_value *last)
{
    FILE *fp = fopen(path, "r");
    char *buf;
    size_t n = 0, cap = 4096, k;
    int f;
    wk_chunk *ch;
    (void) echo;
    if (!fp) return -1;
    buf = malloc(cap);
    while ((k = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += k;
        if (n + 1 >= cap) { cap *= 2; buf = realloc(buf, cap); }
    }
    fclose(fp);
    buf[n] = '\0';
    f = wk_file_new(S, path);
    wk_file_append(S, f, buf, n);
    free(buf);
    if (wk_parse(S, f, 0, &ch) != WK_PARSE_OK) {
        /* rethrow the syntax error in the caller's protected call */
        wk_throw_at(S, S->errpos, WK_ERR_SYNTAX, "%s", strstr(S->errmsg, "error: ") ? strstr(S->errmsg, "error: ") + 7 : S->errmsg);
    }
    keep_chunk(S, ch);
    {
        file_ud ud;
        ud.ch = ch;
        ud.out = last;
        run_file_body(S, &ud);
    }
    return 0;
}
