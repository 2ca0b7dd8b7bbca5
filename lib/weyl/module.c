/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/module.c: highest weight modules M(lambda), L(lambda), M(lambda, J)
   and their data J, J0, S, I_S, admissible sets, K_min, Stab_K (spec section 2,
   T2-T4; Dhillon-Khare arXiv:1611.00114). */
#include <ctype.h>
#include <string.h>
#include "impl.h"

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\t') p++;
    return p;
}

wk_status wk_weyl_module_set_str(wk_weyl_kind *kind, ulong *J, const char *str, const wk_weyl_t R)
{
    const char *p;
    size_t len;
    if (str == NULL) str = "";
    p = skip_ws(str);
    len = strlen(p);
    while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t')) len--;
    if (len == 6 && strncmp(p, "simple", 6) == 0) { *kind = WK_WEYL_SIMPLE; *J = 0; return WK_OK; }
    if (len == 5 && strncmp(p, "verma", 5) == 0) { *kind = WK_WEYL_VERMA; *J = 0; return WK_OK; }
    if (len >= 10 && strncmp(p, "parabolic:", 10) == 0) {
        ulong mask = 0;
        const char *q = p + 10, *end = p + len;
        if (R->n > 64)
            return wk_error(WK_E_TOO_LARGE, "parabolic modules need rank <= 64 (rank is %ld)", (long) R->n);
        q = skip_ws(q);
        if (q >= end) { *kind = WK_WEYL_PARABOLIC; *J = 0; return WK_OK; }
        for (;;) {
            const char *t0 = skip_ws(q), *t1;
            slong v = 0;
            int ok = 1, nd = 0;
            t1 = t0;
            while (t1 < end && *t1 != ',') t1++;
            /* token [t0, t1) without trailing spaces */
            {
                const char *e = t1;
                const char *c;
                while (e > t0 && (e[-1] == ' ' || e[-1] == '\t')) e--;
                for (c = t0; c < e; c++) {
                    if (!isdigit((unsigned char) *c)) { ok = 0; break; }
                    if (v > 100000) { ok = 0; break; }
                    v = 10 * v + (*c - '0'); nd++;
                }
                if (nd == 0) ok = 0;
                if (!ok || v < 1 || v > R->n || (mask >> (v - 1) & 1)) {
                    char tok[48];
                    size_t tl = (size_t) (e - t0) < 40 ? (size_t) (e - t0) : 40;
                    memcpy(tok, t0, tl); tok[tl] = '\0';
                    if (ok && v >= 1 && v <= R->n)
                        return wk_error(WK_E_DOMAIN, "bad node label '%s' in module '%.*s' (repeated)",
                                        tok, (int) len, p);
                    return wk_error(WK_E_DOMAIN, "bad node label '%s' in module '%.*s' (nodes are 1..%ld)",
                                    tok, (int) len, p, (long) R->n);
                }
            }
            mask |= UWORD(1) << (v - 1);
            if (t1 >= end) break;
            q = t1 + 1;
        }
        *kind = WK_WEYL_PARABOLIC;
        *J = mask;
        return WK_OK;
    }
    return wk_error(WK_E_DOMAIN, "unknown module kind '%.*s' (expected simple, verma or parabolic:J)",
                    (int) (len > 60 ? 60 : len), p);
}

static void hw_zero(wk_weyl_hw_t V)
{
    memset(V, 0, sizeof(wk_weyl_hw_struct));
}

static void hw_finish(wk_weyl_hw_t V)
{
    const wk_weyl_struct *R = V->R;
    ulong full = _wk_full(R->n), x;
    slong i;
    V->J0 = 0;
    for (x = V->J; x; x &= x - 1) {
        i = _wk_lowbit(x);
        if (fmpq_is_zero(V->lambda + i)) V->J0 |= UWORD(1) << i;
    }
    V->S = full & ~V->J0;
    /* I_S: the components of I that meet S */
    V->IS = _wk_reach(R->adj, full, V->S);
    V->d = _wk_popcount(V->IS);
}

wk_status wk_weyl_hw_init(wk_weyl_hw_t V, const wk_weyl_t R, const fmpq *lambda,
                          wk_weyl_kind kind, ulong J)
{
    slong n = R->n, i;
    ulong Jlam = 0;
    hw_zero(V);
    if (n > 64)
        return wk_error(WK_E_TOO_LARGE, "highest weight modules need rank <= 64 (rank is %ld)", (long) n);
    if (kind != WK_WEYL_VERMA && kind != WK_WEYL_SIMPLE && kind != WK_WEYL_PARABOLIC)
        return wk_error(WK_E_DOMAIN, "unknown module kind");
    for (i = 0; i < n; i++)
        if (fmpz_is_one(fmpq_denref(lambda + i)) && fmpq_sgn(lambda + i) >= 0) Jlam |= UWORD(1) << i;
    if (kind == WK_WEYL_PARABOLIC) {
        if (J & ~_wk_full(n))
            return wk_error(WK_E_DOMAIN, "bad node label '%d' in module (nodes are 1..%ld)",
                            _wk_lowbit(J & ~_wk_full(n)) + 1, (long) n);
        if (J & ~Jlam) {
            int j = _wk_lowbit(J & ~Jlam);
            char *s = fmpq_get_str(NULL, 10, lambda + j);
            wk_error(WK_E_DOMAIN, "parabolic Verma module needs lambda_j in Z>=0 for j in J; "
                     "fails at j=%d (lambda_j=%s)", j + 1, s);
            flint_free(s);
            return WK_E_DOMAIN;
        }
    }
    V->R = R;
    V->n = n;
    V->kind = kind;
    V->lambda = _fmpq_vec_init(n);
    _fmpq_vec_set(V->lambda, lambda, n);
    V->Jlam = Jlam;
    V->J = kind == WK_WEYL_VERMA ? 0 : kind == WK_WEYL_SIMPLE ? Jlam : J;
    hw_finish(V);
    return WK_OK;
}

wk_status wk_weyl_hw_init_sets(wk_weyl_hw_t V, const wk_weyl_t R, ulong J, ulong J0)
{
    slong n = R->n, i;
    hw_zero(V);
    if (n > 64)
        return wk_error(WK_E_TOO_LARGE, "highest weight modules need rank <= 64 (rank is %ld)", (long) n);
    if ((J & ~_wk_full(n)) || (J0 & ~J))
        return wk_error(WK_E_DOMAIN, "node sets must satisfy J0 subset J subset I");
    V->R = R;
    V->n = n;
    V->kind = WK_WEYL_PARABOLIC;
    V->lambda = _fmpq_vec_init(n);
    for (i = 0; i < n; i++)
        if ((J >> i & 1) && !(J0 >> i & 1)) fmpq_one(V->lambda + i);
    V->Jlam = _wk_full(n);
    V->J = J;
    hw_finish(V);
    return WK_OK;
}

void wk_weyl_hw_clear(wk_weyl_hw_t V)
{
    if (V->lambda) _fmpq_vec_clear(V->lambda, V->n);
    hw_zero(V);
}

int wk_weyl_admissible(const wk_weyl_hw_t V, ulong K)
{
    return _wk_reach(V->R->adj, K, V->S) == K;
}

ulong wk_weyl_kmin(const wk_weyl_hw_t V, ulong K)
{
    return _wk_reach(V->R->adj, K, V->S);
}

ulong wk_weyl_perp(const wk_weyl_t R, ulong K)
{
    return _wk_full(R->n) & ~K & ~_wk_nbrs(R->adj, K);
}

ulong wk_weyl_stab(const wk_weyl_hw_t V, ulong K)
{
    return (K & V->J) | (wk_weyl_perp(V->R, K) & V->J0);
}
