/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_list.c: lists, records, strings and ranges. */
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"

static wk_value copyv(const wk_value *v)
{
    wk_value r;
    wk_copy(&r, v);
    return r;
}

/* Elements of any iterable as a fresh list (ranges, strings, matrix rows, objects). */
static wk_value as_list(wk_state *S, const wk_value *v, int argi)
{
    slong i, n;
    wk_value l;
    switch (v->t) {
    case T_LIST: return copyv(v);
    case T_RANGE: {
        const wk_range *r = (const wk_range *) v->u.h;
        n = wk_range_len(r);
        if (n > 100000000) wk_arg_error(S, argi, "range has %ld elements, too many for a list", (long) n);
        l = wk_list_new(n);
        for (i = 0; i < n; i++) wk_list_push(&l, wk_int_si(r->a + i * r->step));
        return l;
    }
    case T_STR: {
        const wk_strobj *s = (const wk_strobj *) v->u.h;
        l = wk_list_new(s->len);
        for (i = 0; i < s->len; i++) wk_list_push(&l, wk_str_n(s->s + i, 1));
        return l;
    }
    case T_MAT: {
        const wk_mat *m = (const wk_mat *) v->u.h;
        l = wk_list_new(m->r);
        for (i = 0; i < m->r; i++) {
            wk_value row = wk_list_new(m->c);
            slong j;
            for (j = 0; j < m->c; j++) wk_list_push(&row, copyv(&m->v[i * m->c + j]));
            wk_list_push(&l, row);
        }
        return l;
    }
    case T_REC: {
        const wk_rec *r = (const wk_rec *) v->u.h;
        l = wk_list_new(r->n);
        for (i = 0; i < r->n; i++) wk_list_push(&l, copyv(&r->v[i]));
        return l;
    }
    case T_OBJ: {
        const wk_obj *o = (const wk_obj *) v->u.h;
        if (o->type->len && o->type->index) {
            wk_value *lp = wk_push(S), out;
            n = o->type->len(o->data);
            *lp = wk_list_new(n);
            for (i = 0; i < n; i++) {
                wk_value x;
                slong top = S->top;
                x.t = T_NIL;
                o->type->index(S, o->data, i + 1, &x);
                wk_popto(S, top);
                wk_list_push(lp, x);
            }
            out = *lp;
            lp->t = T_NIL;
            wk_pop(S);
            return out;
        }
        break;
    }
    default: break;
    }
    wk_arg_error(S, argi, "argument %d must be a list (or range, string, matrix), got %s", argi + 1, wk_type_name(v));
}

static wk_value bi_len(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *v = &argv[0];
    (void) argc;
    switch (v->t) {
    case T_LIST: return wk_int_si(wk_list_len(v));
    case T_STR: return wk_int_si(((const wk_strobj *) v->u.h)->len);
    case T_RANGE: return wk_int_si(wk_range_len((const wk_range *) v->u.h));
    case T_REC: return wk_int_si(((const wk_rec *) v->u.h)->n);
    case T_MAT: return wk_int_si(((const wk_mat *) v->u.h)->r);
    case T_OBJ: {
        const wk_obj *o = (const wk_obj *) v->u.h;
        if (o->type->len) return wk_int_si(o->type->len(o->data));
        break;
    }
    default: break;
    }
    wk_arg_error(S, 0, "len needs a list, string, range, record or matrix, got %s", wk_type_name(v));
}

static wk_value bi_map(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0)), *out = wk_push(S), r;
    slong i, n = wk_list_len(src);
    (void) argc;
    *out = wk_list_new(n);
    for (i = 0; i < n; i++) wk_list_push(out, wk_call(S, &argv[1], 1, wk_list_get(src, i)));
    r = *out;
    out->t = T_NIL;
    return r;
}

static int call_bool(wk_state *S, const wk_value *f, const wk_value *x)
{
    wk_value *r = wk_root(S, wk_call(S, f, 1, x));
    int t;
    if (r->t != T_BOOL) wk_bi_error(S, "the function must return true or false, got %s", wk_type_name(r));
    t = r->u.b;
    wk_pop(S);
    return t;
}

static wk_value bi_select(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0)), *out = wk_push(S), r;
    slong i, n = wk_list_len(src);
    (void) argc;
    *out = wk_list_new(8);
    for (i = 0; i < n; i++)
        if (call_bool(S, &argv[1], wk_list_get(src, i))) wk_list_push(out, copyv(wk_list_get(src, i)));
    r = *out;
    out->t = T_NIL;
    return r;
}

static wk_value bi_count(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0));
    slong i, n = wk_list_len(src), c = 0;
    (void) argc;
    for (i = 0; i < n; i++)
        if (call_bool(S, &argv[1], wk_list_get(src, i))) c++;
    return wk_int_si(c);
}

static wk_value bi_any(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0));
    slong i, n = wk_list_len(src);
    for (i = 0; i < n; i++) {
        const wk_value *x = wk_list_get(src, i);
        int t;
        if (argc > 1) t = call_bool(S, &argv[1], x);
        else if (x->t == T_BOOL) t = x->u.b;
        else wk_arg_error(S, 0, "any(list) needs a list of booleans");
        if (t) return wk_bool(1);
    }
    return wk_bool(0);
}

static wk_value bi_all(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0));
    slong i, n = wk_list_len(src);
    for (i = 0; i < n; i++) {
        const wk_value *x = wk_list_get(src, i);
        int t;
        if (argc > 1) t = call_bool(S, &argv[1], x);
        else if (x->t == T_BOOL) t = x->u.b;
        else wk_arg_error(S, 0, "all(list) needs a list of booleans");
        if (!t) return wk_bool(0);
    }
    return wk_bool(1);
}

/* stable merge sort of indices by key (wk_cmp may throw: all memory is rooted) */
static void merge_sort(wk_state *S, slong *idx, slong *tmp, const wk_value *keys, slong n)
{
    slong m = n / 2, i, j, k;
    if (n < 2) return;
    merge_sort(S, idx, tmp, keys, m);
    merge_sort(S, idx + m, tmp, keys, n - m);
    if (wk_interrupt_flag) wk_check_interrupt(S);
    for (i = 0, j = m, k = 0; i < m || j < n; k++) {
        if (j >= n || (i < m && wk_cmp(S, &keys[idx[i]], &keys[idx[j]]) <= 0)) tmp[k] = idx[i++];
        else tmp[k] = idx[j++];
    }
    memcpy(idx, tmp, n * sizeof(slong));
}

static wk_value bi_sort(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0)), *keys, *scratch, r;
    slong i, n = wk_list_len(src);
    slong *idx;
    keys = &S->stk[S->top];
    for (i = 0; i < n; i++) {
        wk_value *k = wk_push(S);
        if (argc > 1) *k = wk_call(S, &argv[1], 1, wk_list_get(src, i));
        else wk_copy(k, wk_list_get(src, i));
    }
    scratch = wk_root(S, wk_str_n("", 0));
    wk_release(scratch);
    *scratch = wk_scratch(2 * (n + 1) * sizeof(slong));
    idx = (slong *) ((wk_strobj *) scratch->u.h)->s;
    for (i = 0; i < n; i++) idx[i] = i;
    merge_sort(S, idx, idx + n + 1, keys, n);
    r = wk_list_new(n);
    for (i = 0; i < n; i++) wk_list_push(&r, copyv(wk_list_get(src, idx[i])));
    return r;
}

static wk_value bi_reverse(wk_state *S, int argc, const wk_value *argv)
{
    wk_value l, src;
    slong i, n;
    (void) argc;
    if (argv[0].t == T_STR) {
        const wk_strobj *s = (const wk_strobj *) argv[0].u.h;
        wk_value r = wk_str_n(s->s, s->len);
        wk_strobj *t = (wk_strobj *) r.u.h;
        for (i = 0; i < s->len; i++) t->s[i] = s->s[s->len - 1 - i];
        return r;
    }
    src = as_list(S, &argv[0], 0);
    n = wk_list_len(&src);
    l = wk_list_new(n);
    for (i = n - 1; i >= 0; i--) wk_list_push(&l, copyv(wk_list_get(&src, i)));
    wk_release(&src);
    return l;
}

static wk_value bi_range(wk_state *S, int argc, const wk_value *argv)
{
    slong a = wk_arg_si(S, 0, -(WORD(1) << 62), WORD(1) << 62);
    slong b = argc > 1 ? wk_arg_si(S, 1, -(WORD(1) << 62), WORD(1) << 62) : a;
    slong st = argc > 2 ? wk_arg_si(S, 2, -(WORD(1) << 62), WORD(1) << 62) : 1;
    if (argc == 1) a = 1;
    if (st == 0) wk_arg_error(S, 2, "the step must not be 0");
    return wk_range_new(a, b, st);
}

static wk_value bi_concat(wk_state *S, int argc, const wk_value *argv)
{
    int i;
    if (argc > 0 && argv[0].t == T_STR) {
        wk_buf b;
        wk_value r;
        wk_buf_init(&b);
        wk_buf_putn(&b, "", 0);
        for (i = 0; i < argc; i++) {
            if (argv[i].t != T_STR) { wk_buf_clear(&b); wk_arg_error(S, i, "concat of strings: argument %d is %s", i + 1, wk_type_name(&argv[i])); }
            wk_buf_puts(&b, wk_str_get(&argv[i]));
        }
        r = wk_str_n(b.s, b.len);
        wk_buf_clear(&b);
        return r;
    }
    {
        wk_value *out = wk_push(S), r;
        *out = wk_list_new(8);
        for (i = 0; i < argc; i++) {
            wk_value *l = wk_root(S, as_list(S, &argv[i], i));
            slong k;
            for (k = 0; k < wk_list_len(l); k++) wk_list_push(out, copyv(wk_list_get(l, k)));
            wk_pop(S);
        }
        r = *out;
        out->t = T_NIL;
        wk_pop(S);
        return r;
    }
}

static wk_value bi_append(wk_state *S, int argc, const wk_value *argv)
{
    wk_value l;
    int i;
    if (argv[0].t != T_LIST) wk_arg_error(S, 0, "append needs a list");
    l = wk_list_clone(&argv[0]);
    for (i = 1; i < argc; i++) wk_list_push(&l, copyv(&argv[i]));
    return l;
}

static wk_value fold(wk_state *S, const wk_value *src, int op)
{
    wk_value *acc = wk_push(S), *t = wk_push(S), r;
    slong i;
    *acc = wk_int_si(op == OP_MUL ? 1 : 0);
    for (i = 0; i < wk_list_len(src); i++) {
        wk_arith(S, op, acc, wk_list_get(src, i), t);
        wk_release(acc);
        *acc = *t;
        t->t = T_NIL;
    }
    r = *acc;
    acc->t = T_NIL;
    wk_pop(S); wk_pop(S);
    return r;
}

static wk_value bi_sum(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0));
    if (argc > 1) {
        wk_value *m = wk_root(S, wk_list_new(wk_list_len(src)));
        slong i;
        for (i = 0; i < wk_list_len(src); i++) wk_list_push(m, wk_call(S, &argv[1], 1, wk_list_get(src, i)));
        return fold(S, m, OP_ADD);
    }
    return fold(S, src, OP_ADD);
}

static wk_value bi_prod(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0));
    if (argc > 1) {
        wk_value *m = wk_root(S, wk_list_new(wk_list_len(src)));
        slong i;
        for (i = 0; i < wk_list_len(src); i++) wk_list_push(m, wk_call(S, &argv[1], 1, wk_list_get(src, i)));
        return fold(S, m, OP_MUL);
    }
    return fold(S, src, OP_MUL);
}

static wk_value minmax(wk_state *S, int argc, const wk_value *argv, int sgn)
{
    const wk_value *best = NULL;
    wk_value *src = NULL;
    slong i, n;
    if (argc == 1) {
        src = wk_root(S, as_list(S, &argv[0], 0));
        n = wk_list_len(src);
        if (n == 0) wk_arg_error(S, 0, "the list is empty");
        for (i = 0; i < n; i++)
            if (!best || sgn * wk_cmp(S, wk_list_get(src, i), best) > 0) best = wk_list_get(src, i);
    } else {
        for (i = 0; i < argc; i++)
            if (!best || sgn * wk_cmp(S, &argv[i], best) > 0) best = &argv[i];
    }
    return copyv(best);
}

static wk_value bi_min(wk_state *S, int argc, const wk_value *argv) { return minmax(S, argc, argv, -1); }
static wk_value bi_max(wk_state *S, int argc, const wk_value *argv) { return minmax(S, argc, argv, 1); }

static wk_value bi_list(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return as_list(S, &argv[0], 0);
}

static wk_value bi_vector(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, 0, 100000000), i;
    wk_value *out = wk_push(S), r;
    *out = wk_list_new(n);
    for (i = 0; i < n; i++) {
        if (argc > 1) {
            wk_value k = wk_int_si(i + 1);
            wk_list_push(out, wk_call(S, &argv[1], 1, &k));
            wk_release(&k);
        } else {
            wk_list_push(out, wk_int_si(0));
        }
    }
    r = *out;
    out->t = T_NIL;
    return r;
}

static wk_value bi_unique(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0)), *out = wk_push(S), r;
    slong i, j, n = wk_list_len(src);
    (void) argc;
    *out = wk_list_new(n);
    for (i = 0; i < n; i++) {
        for (j = 0; j < wk_list_len(out); j++)
            if (wk_equal(S, wk_list_get(out, j), wk_list_get(src, i))) break;
        if (j == wk_list_len(out)) wk_list_push(out, copyv(wk_list_get(src, i)));
        if ((i & 1023) == 0) wk_check_interrupt(S);
    }
    r = *out;
    out->t = T_NIL;
    return r;
}

static wk_value bi_position(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *src = wk_root(S, as_list(S, &argv[0], 0));
    slong i;
    (void) argc;
    for (i = 0; i < wk_list_len(src); i++)
        if (wk_equal(S, wk_list_get(src, i), &argv[1])) return wk_int_si(i + 1);
    return wk_int_si(0);
}

static wk_value bi_keys(wk_state *S, int argc, const wk_value *argv)
{
    const wk_rec *r = (const wk_rec *) argv[0].u.h;
    wk_value l = wk_list_new(r->n);
    slong i;
    (void) S; (void) argc;
    for (i = 0; i < r->n; i++) wk_list_push(&l, wk_str(r->key[i]));
    return l;
}

static wk_value bi_values(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return as_list(S, &argv[0], 0);
}

static wk_value bi_join(wk_state *S, int argc, const wk_value *argv)
{
    wk_buf b;
    wk_value r;
    slong i;
    const char *sep = argc > 1 ? wk_str_get(&argv[1]) : "";
    wk_buf_init(&b);
    wk_buf_putn(&b, "", 0);
    for (i = 0; i < wk_list_len(&argv[0]); i++) {
        const wk_value *x = wk_list_get(&argv[0], i);
        if (i) wk_buf_puts(&b, sep);
        if (x->t == T_STR) wk_buf_puts(&b, wk_str_get(x));
        else wk_buf_value(S, &b, x, 0);
    }
    r = wk_str_n(b.s, b.len);
    wk_buf_clear(&b);
    return r;
}

static wk_value bi_split(wk_state *S, int argc, const wk_value *argv)
{
    const char *s = wk_str_get(&argv[0]);
    const char *sep = argc > 1 ? wk_str_get(&argv[1]) : " ";
    size_t k = strlen(sep);
    wk_value l = wk_list_new(8);
    if (k == 0) { wk_release(&l); wk_arg_error(S, 1, "the separator must not be empty"); }
    for (;;) {
        const char *e = strstr(s, sep);
        if (!e) { wk_list_push(&l, wk_str(s)); break; }
        wk_list_push(&l, wk_str_n(s, e - s));
        s = e + k;
    }
    return l;
}

static wk_value bi_flatten(wk_state *S, int argc, const wk_value *argv)
{
    wk_value *out = wk_push(S), r;
    slong i, j;
    (void) argc;
    *out = wk_list_new(8);
    for (i = 0; i < wk_list_len(&argv[0]); i++) {
        const wk_value *x = wk_list_get(&argv[0], i);
        if (x->t == T_LIST)
            for (j = 0; j < wk_list_len(x); j++) wk_list_push(out, copyv(wk_list_get(x, j)));
        else
            wk_list_push(out, copyv(x));
    }
    r = *out;
    out->t = T_NIL;
    return r;
}

static const wk_builtin list_builtins[] = {
    {"len", "A", bi_len, "len(x): number of elements of a list, string, range or record (rows of a matrix).", "",
     "len([1, 2, 3]) == 3"},
    {"map", "AF", bi_map, "map(list, f): [f(x) for x in list].", "", "map(1..3, x -> x^2) == [1, 4, 9]"},
    {"select", "AF", bi_select, "select(list, f): the elements x with f(x) true.", "",
     "select(1..10, isprime) == [2, 3, 5, 7]"},
    {"count", "AF", bi_count, "count(list, f): how many elements satisfy f.", "", "count(1..10, isprime) == 4"},
    {"any", "A[F]", bi_any, "any(list, f): whether some element satisfies f (any(list) for booleans).", "",
     "any([1, 4, 6], isprime) == false"},
    {"all", "A[F]", bi_all, "all(list, f): whether every element satisfies f (all(list) for booleans).", "",
     "all([2, 3, 5], isprime)"},
    {"sort", "A[F]", bi_sort, "sort(list, key): sorted copy (stable), by the values or by key(x).",
     "Numbers sort by value, strings lexicographically, lists lexicographically.",
     "sort([3, 1, 2]) == [1, 2, 3]"},
    {"reverse", "A", bi_reverse, "reverse(x): a list or string in reverse order.", "", "reverse([1, 2, 3]) == [3, 2, 1]"},
    {"range", "Z[ZZ]", bi_range, "range(a, b, step): the range a, a+step, ... up to b (range(n) is 1..n).",
     "a..b is range(a, b).", "list(range(1, 9, 3)) == [1, 4, 7]"},
    {"concat", "A*", bi_concat, "concat(a, b, ...): join lists (or strings).", "", "concat([1], [2, 3]) == [1, 2, 3]"},
    {"append", "AA*", bi_append, "append(list, x, ...): a new list with x added at the end.",
     "Also: a[len(a) + 1] = x appends in place.", "append([1], 2) == [1, 2]"},
    {"sum", "A[F]", bi_sum, "sum(list), sum(list, f), sum(i in range, expr): a sum (0 if empty).", "",
     "sum(i in 1..100, i) == 5050"},
    {"prod", "A[F]", bi_prod, "prod(list), prod(list, f), prod(i in range, expr): a product (1 if empty).", "",
     "prod(i in 1..5, i) == 120"},
    {"min", "A*", bi_min, "min(list) or min(a, b, ...): the least element.", "", "min([3, 1, 2]) == 1"},
    {"max", "A*", bi_max, "max(list) or max(a, b, ...): the greatest element.", "", "max(3, 7/2) == 7/2"},
    {"list", "A", bi_list, "list(x): the elements of a range, string, matrix (rows) or record (values) as a list.", "",
     "list(1..3) == [1, 2, 3]"},
    {"vector", "N[F]", bi_vector, "vector(n, f): [f(1), ..., f(n)] (zeros without f).", "",
     "vector(3, i -> 2*i) == [2, 4, 6]"},
    {"unique", "A", bi_unique, "unique(list): the distinct elements in order of first appearance.", "",
     "unique([1, 2, 1, 3, 2]) == [1, 2, 3]"},
    {"position", "AA", bi_position, "position(list, x): index of the first element equal to x (0 if none).", "",
     "position([5, 6, 7], 6) == 2"},
    {"keys", "G", bi_keys, "keys(r): the field names of a record.", "", "keys({a: 1, b: 2}) == [\"a\", \"b\"]"},
    {"values", "G", bi_values, "values(r): the field values of a record.", "", "values({a: 1, b: 2}) == [1, 2]"},
    {"join", "L[S]", bi_join, "join(list, sep): the elements as text, separated by sep.", "",
     "join([1, 2, 3], \"-\") == \"1-2-3\""},
    {"split", "S[S]", bi_split, "split(s, sep): split a string at each occurrence of sep (default a space).", "",
     "split(\"a,b\", \",\") == [\"a\", \"b\"]"},
    {"flatten", "L", bi_flatten, "flatten(list): concatenate the elements that are lists (one level).", "",
     "flatten([[1, 2], 3, [4]]) == [1, 2, 3, 4]"},
    {NULL, NULL, NULL, NULL, NULL, NULL}
};

const wk_module wk_mod_lists = { "lists", "lists, records, strings and ranges", list_builtins };
