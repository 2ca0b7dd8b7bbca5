/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   C unit tests of the language: values and reference counts, the parser's
   statuses and positions, and the evaluator against an independent evaluator
   of random rational expression trees written here with fmpq. */
#include <string.h>
#include <stdlib.h>
#include "wk_int.h"
#include "tap.h"

static wk_state *S;

typedef struct { const char *code; wk_value *out; int f; } ev_ud;

static void ev_body(wk_state *S_, void *ud_)
{
    ev_ud *ud = ud_;
    wk_chunk *ch;
    slong top = S_->top;
    wk_value *tmp;
    if (wk_parse(S_, ud->f, 0, &ch) != WK_PARSE_OK) wk_throw(S_, WK_ERR_SYNTAX, "%s", S_->errmsg);
    ch->next = S_->chunks;
    S_->chunks = ch;
    tmp = wk_push(S_);
    wk_eval_chunk(S_, ch, tmp);
    wk_assign(ud->out, tmp);
    wk_popto(S_, top);
}

/* evaluates code; returns 0 on success with *out set */
static int eval(const char *code, wk_value *out)
{
    ev_ud ud;
    ud.code = code;
    ud.out = out;
    ud.f = wk_file_new(S, "<test>");
    wk_file_append(S, ud.f, code, strlen(code));
    out->t = T_NIL;
    return wk_pcall(S, ev_body, &ud);
}

/* ---- an independent evaluator of random expression trees over Q ---------------
   The generator writes the fewest parentheses the precedence rules allow
   (+ - : 1, * / : 2, unary minus : 3, ^ : 4, atoms : 5), so the parser's
   precedence and associativity are what is tested. */
static int gen(flint_rand_t st, int depth, char *buf, size_t cap, fmpq_t val, int *ok)
{
    if (depth == 0 || n_randint(st, 3) == 0) {
        slong p = (slong) n_randint(st, 19) - 9, q = 1 + n_randint(st, 9);
        if (n_randint(st, 2)) {
            snprintf(buf, cap, "%ld", (long) p);
            fmpq_set_si(val, p, 1);
            return p < 0 ? 3 : 5;
        }
        snprintf(buf, cap, "%ld/%ld", (long) p, (long) q);
        fmpq_set_si(val, p, q);
        return 2;
    } else {
        char a[1024], b[1024];
        fmpq_t x, y;
        int op = n_randint(st, 5), pa, pb, prec;
        const char *sym;
        fmpq_init(x); fmpq_init(y);
        pa = gen(st, depth - 1, a, sizeof a, x, ok);
        pb = op == 4 ? 5 : gen(st, depth - 1, b, sizeof b, y, ok);
        if (op == 4) {
            slong e = (slong) n_randint(st, 5) - 2;
            if (fmpq_is_zero(x) && e < 0) { *ok = 0; fmpq_zero(val); }
            else fmpq_pow_si(val, x, e);
            if (pa < 5) snprintf(buf, cap, "(%s)^%ld", a, (long) e);
            else snprintf(buf, cap, "%s^%ld", a, (long) e);
            fmpq_clear(x); fmpq_clear(y);
            return 4;
        }
        switch (op) {
        case 0: fmpq_add(val, x, y); sym = "+"; prec = 1; break;
        case 1: fmpq_sub(val, x, y); sym = "-"; prec = 1; break;
        case 2: fmpq_mul(val, x, y); sym = "*"; prec = 2; break;
        default:
            if (fmpq_is_zero(y)) { *ok = 0; fmpq_zero(val); }
            else fmpq_div(val, x, y);
            sym = "/"; prec = 2;
        }
        {
            int lp = pa < prec, rp = (op == 1 || op == 3) ? pb <= prec : pb < prec;
            snprintf(buf, cap, "%s%s%s %s %s%s%s", lp ? "(" : "", a, lp ? ")" : "", sym,
                     rp ? "(" : "", b, rp ? ")" : "");
        }
        fmpq_clear(x); fmpq_clear(y);
        return prec;
    }
}

int main(int argc, char **argv)
{
    wk_value v;
    int i, agree = 1, n = 300 * (int) tap_multiplier();
    flint_rand_t st;
    char here;
    tap_init(argc, argv);
    S = wk_state_new();
    S->cstack_base = &here;
    S->cstack_limit = 4u << 20;
    wk_builtins_register(S);

    /* values and reference counts */
    {
        wk_value l = wk_list_new(0), c;
        wk_list_push(&l, wk_int_si(1));
        wk_copy(&c, &l);
        TAP_OK(l.u.h->rc == 2, "wk_copy adds a reference");
        wk_make_unique(&c);
        TAP_OK(l.u.h->rc == 1 && c.u.h->rc == 1 && c.u.h != l.u.h, "copy on write splits shared lists");
        wk_release(&c);
        wk_release(&l);
        TAP_OK(l.t == T_NIL, "wk_release leaves nil");
    }
    {
        fmpq_t q;
        fmpq_init(q);
        fmpq_set_si(q, 6, 3);
        v = wk_rat_fmpq(q);
        TAP_OK(v.t == T_INT && fmpz_equal_si(&v.u.z, 2), "rationals are canonical: 6/3 is the integer 2");
        wk_release(&v);
        fmpq_clear(q);
    }

    /* parser statuses */
    {
        const char *inc[] = { "[1, 2", "f(", "fn g(x) {", "\"abc", "1 +", "if x {", "/* c", "fn (x", NULL };
        const char *bad[] = { "1 +* 2", ")", "x = = 1", "[1, 2; 3]", "1 2", "f(x) = )", NULL };
        int k, ok_inc = 1, ok_bad = 1;
        for (k = 0; inc[k]; k++) {
            int f = wk_file_new(S, "<inc>");
            wk_chunk *ch;
            wk_file_append(S, f, inc[k], strlen(inc[k]));
            if (wk_parse(S, f, 0, &ch) != WK_PARSE_INCOMPLETE) { ok_inc = 0; tap_diag("not incomplete: %s", inc[k]); }
        }
        TAP_OK(ok_inc, "unfinished input is WK_PARSE_INCOMPLETE (the REPL asks for more)");
        for (k = 0; bad[k]; k++) {
            int f = wk_file_new(S, "<bad>");
            wk_chunk *ch;
            wk_file_append(S, f, bad[k], strlen(bad[k]));
            if (wk_parse(S, f, 0, &ch) != WK_PARSE_ERROR) { ok_bad = 0; tap_diag("not an error: %s", bad[k]); }
        }
        TAP_OK(ok_bad, "malformed input is WK_PARSE_ERROR");
    }
    {
        int e = eval("x = 1\ny = qq", &v);
        TAP_OK(e != 0 && strstr(S->errmsg, "<test>:2:5: error: undefined name 'qq'"),
               "errors carry file:line:col (%s)", S->errmsg);
    }
    wk_release(&v);

    /* precedence and exact arithmetic against the independent evaluator */
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 17);
    for (i = 0; i < n; i++) {
        char buf[4096];
        fmpq_t want, got;
        int ok = 1;
        fmpq_init(want); fmpq_init(got);
        gen(st, 4, buf, sizeof buf, want, &ok);
        if (eval(buf, &v) != 0) {
            if (ok) { agree = 0; tap_diag("error on %s: %s", buf, S->errmsg); }
        } else if (!ok || !wk_get_fmpq(got, &v) || !fmpq_equal(got, want)) {
            agree = 0;
            { char *ws = fmpq_get_str(NULL, 10, want); tap_diag("mismatch on %s (expected %s, ok=%d)", buf, ws, ok); flint_free(ws); }
        }
        wk_release(&v);
        fmpq_clear(want); fmpq_clear(got);
        if (!agree) break;
    }
    TAP_OK(agree, "%d random expression trees agree with an fmpq evaluator", n);
    flint_randclear(st);

    /* polynomial products against fmpq_poly */
    {
        int ok = 1;
        flint_rand_t st2;
        flint_randinit(st2);
        flint_randseed(st2, tap_seed() + 1, 3);
        eval("var z", &v);
        wk_release(&v);
        for (i = 0; i < 50; i++) {
            fmpq_poly_t a, b, c;
            char *sa, *sb, code[20000];
            fmpq_poly_init(a); fmpq_poly_init(b); fmpq_poly_init(c);
            fmpq_poly_randtest(a, st2, 1 + n_randint(st2, 8), 20);
            fmpq_poly_randtest(b, st2, 1 + n_randint(st2, 8), 20);
            fmpq_poly_mul(c, a, b);
            sa = fmpq_poly_get_str_pretty(a, "z");
            sb = fmpq_poly_get_str_pretty(b, "z");
            {
                char *sc = fmpq_poly_get_str_pretty(c, "z");
                snprintf(code, sizeof code, "(%s) * (%s) == %s", sa, sb, sc);
                flint_free(sc);
            }
            if (eval(code, &v) != 0 || v.t != T_BOOL || !v.u.b) { ok = 0; tap_diag("poly product: %s", code); }
            wk_release(&v);
            flint_free(sa); flint_free(sb);
            fmpq_poly_clear(a); fmpq_poly_clear(b); fmpq_poly_clear(c);
            if (!ok) break;
        }
        flint_randclear(st2);
        TAP_OK(ok, "50 random polynomial products agree with fmpq_poly_mul");
    }

    /* value semantics through the evaluator */
    TAP_OK(eval("a = [1, 2]; b = a; b[1] = 5; a[1]", &v) == 0 && v.t == T_INT && fmpz_equal_si(&v.u.z, 1),
           "assignment copies (value semantics)");
    wk_release(&v);
    TAP_OK(eval("s = 0; for i in 1..1000 { s += i }; s", &v) == 0 && fmpz_equal_si(&v.u.z, 500500),
           "loop sum");
    wk_release(&v);
    TAP_OK(eval("fn f(n) { f(n + 1) }; f(0)", &v) != 0 && strstr(S->errmsg, "recursion"),
           "runaway recursion is an error, not a crash");
    wk_release(&v);
    TAP_OK(eval("x = 41; x + 1", &v) == 0 && fmpz_equal_si(&v.u.z, 42), "state survives errors");
    wk_release(&v);

    wk_state_free(S);
    return tap_done();
}
