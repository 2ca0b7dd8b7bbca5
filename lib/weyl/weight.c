/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/weight.c: words, exact rational weights (parsing per spec section 9),
   reflections (s_i mu)_k = mu_k - mu_i a_ki, domination with a reduced word
   (spec 4.3), roots and the invariant form. */
#include <ctype.h>
#include <string.h>
#include "impl.h"

/* ---- words ---- */

void wk_weyl_word_init(wk_weyl_word_t w) { w->letters = NULL; w->length = 0; w->alloc = 0; }
void wk_weyl_word_clear(wk_weyl_word_t w) { flint_free(w->letters); w->letters = NULL; w->length = w->alloc = 0; }

static void word_fit(wk_weyl_word_t w, slong len)
{
    if (len > w->alloc) {
        slong a = FLINT_MAX(len, 2 * w->alloc);
        w->letters = flint_realloc(w->letters, FLINT_MAX(a, 1) * sizeof(slong));
        w->alloc = a;
    }
}

void wk_weyl_word_push(wk_weyl_word_t w, slong i)
{
    word_fit(w, w->length + 1);
    w->letters[w->length++] = i;
}

void wk_weyl_word_set(wk_weyl_word_t w, const slong *letters, slong len)
{
    word_fit(w, len);
    if (len) memmove(w->letters, letters, len * sizeof(slong));
    w->length = len;
}

void wk_weyl_word_inv(wk_weyl_word_t res, const wk_weyl_word_t w)
{
    slong i, len = w->length;
    if (res != w) wk_weyl_word_set(res, w->letters, len);
    for (i = 0; i < len / 2; i++) {
        slong t = res->letters[i];
        res->letters[i] = res->letters[len - 1 - i];
        res->letters[len - 1 - i] = t;
    }
}

/* ---- parsing ---- */

int wk_weyl_coord_set_str(fmpq_t res, const char *str)
{
    const char *p = str, *d0, *d1;
    int neg = 0;
    fmpz_t num, den;
    char *buf;
    size_t k;

    fmpq_zero(res);
    if (str == NULL) return 0;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '+' || *p == '-') { neg = (*p == '-'); p++; }
    d0 = p;
    while (isdigit((unsigned char) *p)) p++;
    if (p == d0) return 0;
    fmpz_init(num); fmpz_init(den);
    buf = flint_malloc(strlen(str) + 2);
    memcpy(buf, d0, p - d0); buf[p - d0] = '\0';
    fmpz_set_str(num, buf, 10);
    fmpz_one(den);
    if (*p == '/') {
        p++;
        d1 = p;
        while (isdigit((unsigned char) *p)) p++;
        if (p == d1) goto fail;
        memcpy(buf, d1, p - d1); buf[p - d1] = '\0';
        fmpz_set_str(den, buf, 10);
        if (fmpz_is_zero(den)) goto fail;
    } else if (*p == '.') {
        p++;
        d1 = p;
        while (isdigit((unsigned char) *p)) p++;
        if (p == d1) goto fail;
        /* num.frac = (num * 10^k + frac) / 10^k */
        k = p - d1;
        memcpy(buf, d1, k); buf[k] = '\0';
        fmpz_set_ui(den, 10);
        fmpz_pow_ui(den, den, k);
        fmpz_mul(num, num, den);
        {
            fmpz_t f;
            fmpz_init(f);
            fmpz_set_str(f, buf, 10);
            fmpz_add(num, num, f);
            fmpz_clear(f);
        }
    }
    while (*p == ' ' || *p == '\t') p++;
    if (*p != '\0') goto fail;
    if (neg) fmpz_neg(num, num);
    fmpq_set_fmpz_frac(res, num, den);
    fmpz_clear(num); fmpz_clear(den);
    flint_free(buf);
    return 1;
fail:
    fmpz_clear(num); fmpz_clear(den);
    flint_free(buf);
    return 0;
}

wk_status wk_weyl_weight_set_str(fmpq *lambda, const wk_weyl_t R, const char *str)
{
    slong k = 1, i, n = R->n;
    const char *p;
    char *tok;
    fmpq *tmp;
    if (str == NULL) str = "";
    for (p = str; *p; p++) if (*p == ',') k++;
    if (k != n)
        return wk_error(WK_E_DIM, "weight lambda has %ld coordinates, rank is %ld", (long) k, (long) n);
    tmp = _fmpq_vec_init(n);
    tok = flint_malloc(strlen(str) + 1);
    p = str;
    for (i = 0; i < n; i++) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t) (e - p) : strlen(p);
        memcpy(tok, p, len); tok[len] = '\0';
        if (!wk_weyl_coord_set_str(tmp + i, tok)) {
            char shown[64];
            size_t sl = len < 40 ? len : 40;
            memcpy(shown, tok, sl); shown[sl] = '\0';
            if (len > 40) strcat(shown, "...");
            flint_free(tok);
            _fmpq_vec_clear(tmp, n);
            return wk_error(WK_E_DOMAIN, "cannot parse coordinate %ld of weight lambda ('%s')", (long) i + 1, shown);
        }
        p = e ? e + 1 : p + len;
    }
    for (i = 0; i < n; i++) fmpq_swap(lambda + i, tmp + i);
    flint_free(tok);
    _fmpq_vec_clear(tmp, n);
    return WK_OK;
}

/* ---- reflections ---- */

void wk_weyl_rho(fmpq *res, const wk_weyl_t R)
{
    slong i;
    for (i = 0; i < R->n; i++) fmpq_one(res + i);
}

void wk_weyl_reflect(fmpq *res, const fmpq *mu, slong i, const wk_weyl_t R)
{
    slong k, n = R->n;
    fmpq_t c;
    fmpq_init(c);
    fmpq_set(c, mu + i);
    if (res != mu) _fmpq_vec_set(res, mu, n);
    for (k = 0; k < n; k++) {
        slong a = R->a[k * n + i];
        if (a == 0) continue;
        fmpq_submul_si(res + k, c, a);   /* mu_k - mu_i a_ki */
    }
    fmpq_clear(c);
}

void _wk_weyl_reflect_fmpz(fmpz *x, slong i, const wk_weyl_t R)
{
    slong k, n = R->n;
    fmpz_t c;
    fmpz_init_set(c, x + i);
    for (k = 0; k < n; k++) {
        slong a = R->a[k * n + i];
        if (a) {
            if (a > 0) fmpz_submul_ui(x + k, c, a);
            else fmpz_addmul_ui(x + k, c, -a);
        }
    }
    fmpz_clear(c);
}

void _wk_weyl_act_fmpz(fmpz *x, const slong *w, slong len, const wk_weyl_t R)
{
    slong t;
    for (t = len - 1; t >= 0; t--) _wk_weyl_reflect_fmpz(x, w[t], R);
}

/* s_i on a coweight y in simple-coroot coordinates:
   s_i y = y - <alpha_i, y> alpha_i^vee, <alpha_i, y> = sum_k y_k a_ki. */
void _wk_weyl_coreflect_fmpq(fmpq *y, slong i, const wk_weyl_t R)
{
    slong k, n = R->n;
    fmpq_t c;
    fmpq_init(c);
    for (k = 0; k < n; k++) {
        slong a = R->a[k * n + i];
        if (a) fmpq_addmul_si(c, y + k, a);
    }
    fmpq_sub(y + i, y + i, c);
    fmpq_clear(c);
}

void wk_weyl_act(fmpq *res, const wk_weyl_word_t w, const fmpq *mu, const wk_weyl_t R)
{
    slong t;
    if (res != mu) _fmpq_vec_set(res, mu, R->n);
    for (t = w->length - 1; t >= 0; t--) wk_weyl_reflect(res, res, w->letters[t], R);
}

wk_status wk_weyl_dominate(fmpq *res, wk_weyl_word_t w, const fmpq *mu, const wk_weyl_t R, ulong J)
{
    slong n = R->n, i;
    wk_status st = _wk_weyl_check_finite_J(R, J);
    if (st != WK_OK) return st;
    if (J != WK_WEYL_ALL && (J & ~_wk_full(n)))
        return wk_error(WK_E_DOMAIN, "node set contains a node above the rank %ld", (long) n);
    if (res != mu) _fmpq_vec_set(res, mu, n);
    w->length = 0;
    for (;;) {
        for (i = 0; i < n; i++)
            if ((J == WK_WEYL_ALL || (J >> i & 1)) && fmpq_sgn(res + i) < 0) break;
        if (i == n) break;
        wk_weyl_reflect(res, res, i, R);
        wk_weyl_word_push(w, i);   /* mu = s_{i_1} ... s_{i_l} res */
    }
    return WK_OK;
}

void wk_weyl_omega_to_root(fmpq *c, const fmpq *x, const wk_weyl_t R)
{
    slong i, j, n = R->n;
    fmpq *t = _fmpq_vec_init(n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            fmpq_addmul(t + i, fmpq_mat_entry(R->ainv, i, j), x + j);
    _fmpq_vec_set(c, t, n);
    _fmpq_vec_clear(t, n);
}

void wk_weyl_root_to_omega(fmpq *x, const fmpq *c, const wk_weyl_t R)
{
    slong i, j, n = R->n;
    fmpq *t = _fmpq_vec_init(n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            slong a = R->a[i * n + j];
            if (a) fmpq_addmul_si(t + i, c + j, a);
        }
    _fmpq_vec_set(x, t, n);
    _fmpq_vec_clear(t, n);
}

void wk_weyl_form(fmpq_t res, const fmpq *x, const fmpq *y, const wk_weyl_t R)
{
    /* (x, y) = sum_j c_j d_j y_j with c = A^{-1} x, since (alpha_j, omega_k) = delta_jk d_j */
    slong j, n = R->n;
    fmpq *c = _fmpq_vec_init(n);
    fmpq_t t;
    fmpq_init(t);
    wk_weyl_omega_to_root(c, x, R);
    fmpq_zero(res);
    for (j = 0; j < n; j++) {
        fmpq_mul(t, c + j, y + j);
        fmpq_addmul_si(res, t, R->sym[j]);
    }
    fmpq_clear(t);
    _fmpq_vec_clear(c, n);
}

/* ---- roots ---- */

wk_status wk_weyl_num_positive_roots(slong *npos, const wk_weyl_t R)
{
    wk_status st = _wk_weyl_check_finite(R, "the root system");
    if (st != WK_OK) return st;
    if (R->npos < 0)
        return wk_error(WK_E_TOO_LARGE, "the root table of %s exceeds %d entries",
                        R->name, WK_WEYL_MAX_ROOT_ENTRIES);
    *npos = R->npos;
    return WK_OK;
}

void wk_weyl_root(slong *c, const wk_weyl_t R, slong k)
{
    memcpy(c, R->roots + k * R->n, R->n * sizeof(slong));
}

void wk_weyl_root_omega(slong *x, const wk_weyl_t R, slong k)
{
    slong i, j, n = R->n;
    const slong *c = R->roots + k * n;
    for (i = 0; i < n; i++) {
        slong s = 0;
        for (j = 0; j < n; j++) s += R->a[i * n + j] * c[j];
        x[i] = s;
    }
}

void wk_weyl_reflect_root(slong *res, const slong *beta, slong i, const wk_weyl_t R)
{
    slong j, n = R->n, p = 0;
    for (j = 0; j < n; j++) p += R->a[i * n + j] * beta[j];
    if (res != beta) memcpy(res, beta, n * sizeof(slong));
    res[i] -= p;
}

void _wk_fmpz_vec_primitive(fmpz *v, slong len)
{
    fmpz_t g;
    slong i;
    fmpz_init(g);
    for (i = 0; i < len; i++) fmpz_gcd(g, g, v + i);
    if (!fmpz_is_zero(g) && !fmpz_is_one(g))
        for (i = 0; i < len; i++) fmpz_divexact(v + i, v + i, g);
    fmpz_clear(g);
}
