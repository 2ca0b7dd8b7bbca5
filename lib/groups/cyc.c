/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/cyc.c: exact cyclotomic numbers in GAP's normal form: the
   Zumbroich basis of Q(zeta_n) (Zumbroich 1988; the basis GAP uses, see the
   GAP reference manual ch. 18) at the smallest possible n (the conductor). */
#include <stdlib.h>
#include <flint/fmpz_vec.h>
#include <flint/ulong_extras.h>
#include <flint/fmpz_factor.h>
#include "impl.h"

/* prime factors of n (n < 2^31): primes p[0..np-1], exponents a[] */
static slong factor_small(slong * p, slong * a, slong n)
{
    slong np = 0, d;
    for (d = 2; d * d <= n; d++) {
        if (n % d) continue;
        p[np] = d;
        a[np] = 0;
        while (n % d == 0) { n /= d; a[np]++; }
        np++;
    }
    if (n > 1) { p[np] = n; a[np] = 1; np++; }
    return np;
}

/* Rewrites sum c[e] zeta_n^e in the Zumbroich basis of Q(zeta_n).  For the
   prime power q = p^a exactly dividing n, write e's q-component as
   j = e (n/q)^-1 mod q; basis exponents have j in [0, q/2) for p = 2 and
   j outside [-h, h], h = (q/p - 1)/2, for odd p.  A non-basis zeta^e is
   replaced using 1 + zeta_p + ... + zeta_p^(p-1) = 0. */
static void zumbroich_reduce(fmpz * c, slong n)
{
    slong p[16], a[16], np, i, e, t;
    if (n <= 2) {
        if (n == 2) { fmpz_sub(c, c, c + 1); fmpz_zero(c + 1); }
        return;
    }
    np = factor_small(p, a, n);
    for (i = 0; i < np; i++) {
        slong q = 1, m, minv, step = n / p[i], h;
        for (t = 0; t < a[i]; t++) q *= p[i];
        m = n / q;
        minv = (q == 1) ? 0 : (slong) n_invmod(m % q, q);
        h = (q / p[i] - 1) / 2;
        for (e = 0; e < n; e++) {
            slong j;
            int excl;
            if (fmpz_is_zero(c + e)) continue;
            j = (slong) (((ulong) (e % q) * (ulong) minv) % (ulong) q);
            if (p[i] == 2) excl = (j >= q / 2);
            else excl = (j <= h || j >= q - h);
            if (!excl) continue;
            for (t = 1; t < p[i]; t++) fmpz_sub(c + (e + t * step) % n, c + (e + t * step) % n, c + e);
            fmpz_zero(c + e);
        }
    }
}

/* Moves a canonical vector to the smallest field containing it. */
static void conductor_reduce(fmpz ** pc, slong * pn)
{
    fmpz * c = *pc;
    slong n = *pn;
    int changed = 1;
    while (changed && n > 1) {
        slong p[16], a[16], np, i, e;
        changed = 0;
        np = factor_small(p, a, n);
        for (i = 0; i < np && !changed; i++) {
            slong P = p[i], m = n / P;
            int ok = 1;
            if (P == 2 && a[i] == 1) {
                ok = 1;   /* canonical form has even exponents only */
            } else if (a[i] >= 2) {
                for (e = 0; e < n && ok; e++)
                    if (e % P && !fmpz_is_zero(c + e)) ok = 0;
            } else {
                slong e0, t;
                for (e0 = 0; e0 < n && ok; e0 += P) {
                    const fmpz * v = c + (e0 + m) % n;
                    for (t = 2; t < P && ok; t++)
                        if (!fmpz_equal(v, c + (e0 + t * m) % n)) ok = 0;
                }
            }
            if (!ok) continue;
            {
                fmpz * d = _fmpz_vec_init(m);
                if (P == 2 || a[i] >= 2) {
                    for (e = 0; e < n; e += P) fmpz_swap(d + e / P, c + e);
                } else {
                    for (e = 0; e < n; e += P) fmpz_neg(d + e / P, c + (e + m) % n);
                }
                _fmpz_vec_clear(c, n);
                c = d;
                n = m;
                changed = 1;
            }
        }
    }
    *pc = c;
    *pn = n;
}

void _wk_cyc_set_raw(wk_cyc_t x, fmpz * c, slong n, const fmpz_t den)
{
    fmpz_t g;
    slong e;
    zumbroich_reduce(c, n);
    conductor_reduce(&c, &n);
    fmpz_init(g);
    fmpz_set(g, den);
    for (e = 0; e < n && !fmpz_is_one(g); e++)
        if (!fmpz_is_zero(c + e)) fmpz_gcd(g, g, c + e);
    if (fmpz_sgn(den) < 0) fmpz_neg(g, g);
    if (fmpz_is_zero(g)) fmpz_one(g);
    if (x->c) _fmpz_vec_clear(x->c, x->n);
    x->c = c;
    x->n = n;
    if (!fmpz_is_one(g)) {
        _fmpz_vec_scalar_divexact_fmpz(c, c, n, g);
        fmpz_divexact(x->den, den, g);
    } else {
        fmpz_set(x->den, den);
    }
    if (_fmpz_vec_is_zero(c, n)) {
        if (n != 1) {
            _fmpz_vec_clear(c, n);
            x->c = _fmpz_vec_init(1);
            x->n = 1;
        }
        fmpz_one(x->den);
    }
    fmpz_clear(g);
}

void wk_cyc_init(wk_cyc_t x)
{
    x->n = 1;
    x->c = _fmpz_vec_init(1);
    fmpz_init_set_ui(x->den, 1);
}

void wk_cyc_clear(wk_cyc_t x)
{
    _fmpz_vec_clear(x->c, x->n);
    x->c = NULL;
    fmpz_clear(x->den);
}

void wk_cyc_set(wk_cyc_t x, const wk_cyc_t y)
{
    if (x == y) return;
    if (x->n != y->n) {
        _fmpz_vec_clear(x->c, x->n);
        x->c = _fmpz_vec_init(y->n);
        x->n = y->n;
    }
    _fmpz_vec_set(x->c, y->c, y->n);
    fmpz_set(x->den, y->den);
}

void wk_cyc_swap(wk_cyc_t x, wk_cyc_t y)
{
    wk_cyc_struct t = *x;
    *x = *y;
    *y = t;
}

static void set_rational(wk_cyc_t x)
{
    if (x->n != 1) {
        _fmpz_vec_clear(x->c, x->n);
        x->c = _fmpz_vec_init(1);
        x->n = 1;
    }
}

void wk_cyc_zero(wk_cyc_t x) { set_rational(x); fmpz_zero(x->c); fmpz_one(x->den); }
void wk_cyc_one(wk_cyc_t x) { set_rational(x); fmpz_one(x->c); fmpz_one(x->den); }
void wk_cyc_set_si(wk_cyc_t x, slong a) { set_rational(x); fmpz_set_si(x->c, a); fmpz_one(x->den); }
void wk_cyc_set_fmpz(wk_cyc_t x, const fmpz_t a) { set_rational(x); fmpz_set(x->c, a); fmpz_one(x->den); }

void wk_cyc_set_fmpq(wk_cyc_t x, const fmpq_t a)
{
    set_rational(x);
    fmpz_set(x->c, fmpq_numref(a));
    fmpz_set(x->den, fmpq_denref(a));
}

wk_status wk_cyc_set_root(wk_cyc_t x, slong n, slong e)
{
    fmpz * c;
    fmpz_t one;
    if (n < 1) return wk_error(WK_E_DOMAIN, "E(n) needs n >= 1, got %ld", (long) n);
    if (n > WK_CYC_MAX_N)
        return wk_error(WK_E_TOO_LARGE, "conductor %ld exceeds the limit %d", (long) n, WK_CYC_MAX_N);
    e %= n;
    if (e < 0) e += n;
    c = _fmpz_vec_init(n);
    fmpz_one(c + e);
    fmpz_init_set_ui(one, 1);
    _wk_cyc_set_raw(x, c, n, one);
    fmpz_clear(one);
    return WK_OK;
}

static wk_status lcm_field(slong * L, slong a, slong b)
{
    slong l = _wk_lcm(a, b);
    *L = 1;
    if (l > WK_CYC_MAX_N)
        return wk_error(WK_E_TOO_LARGE, "the field Q(E(%ld)) needed exceeds the conductor limit %d",
                        (long) l, WK_CYC_MAX_N);
    *L = l;
    return WK_OK;
}

static void add_sub(wk_cyc_t r, const wk_cyc_t x, const wk_cyc_t y, slong L, int sub)
{
    fmpz * c = _fmpz_vec_init(L);
    fmpz_t den, t;
    slong e, sx = L / x->n, sy = L / y->n;
    fmpz_init(den);
    fmpz_init(t);
    fmpz_mul(den, x->den, y->den);
    for (e = 0; e < x->n; e++)
        if (!fmpz_is_zero(x->c + e)) fmpz_mul(c + e * sx, x->c + e, y->den);
    for (e = 0; e < y->n; e++)
        if (!fmpz_is_zero(y->c + e)) {
            fmpz_mul(t, y->c + e, x->den);
            if (sub) fmpz_sub(c + e * sy, c + e * sy, t);
            else fmpz_add(c + e * sy, c + e * sy, t);
        }
    _wk_cyc_set_raw(r, c, L, den);
    fmpz_clear(den);
    fmpz_clear(t);
}

wk_status wk_cyc_add(wk_cyc_t r, const wk_cyc_t x, const wk_cyc_t y)
{
    slong L;
    wk_status st = lcm_field(&L, x->n, y->n);
    if (st != WK_OK) return st;
    if (L == 1 && fmpz_is_one(x->den) && fmpz_is_one(y->den)) {
        set_rational(r);
        fmpz_add(r->c, x->c, y->c);
        fmpz_one(r->den);
        return WK_OK;
    }
    add_sub(r, x, y, L, 0);
    return WK_OK;
}

wk_status wk_cyc_sub(wk_cyc_t r, const wk_cyc_t x, const wk_cyc_t y)
{
    slong L;
    wk_status st = lcm_field(&L, x->n, y->n);
    if (st != WK_OK) return st;
    if (L == 1 && fmpz_is_one(x->den) && fmpz_is_one(y->den)) {
        set_rational(r);
        fmpz_sub(r->c, x->c, y->c);
        fmpz_one(r->den);
        return WK_OK;
    }
    add_sub(r, x, y, L, 1);
    return WK_OK;
}

wk_status wk_cyc_mul(wk_cyc_t r, const wk_cyc_t x, const wk_cyc_t y)
{
    slong L, e, f, sx, sy;
    fmpz * c;
    fmpz_t den;
    wk_status st = lcm_field(&L, x->n, y->n);
    if (st != WK_OK) return st;
    if (L == 1) {
        set_rational(r);
        fmpz_mul(r->c, x->c, y->c);
        fmpz_mul(r->den, x->den, y->den);
        if (!fmpz_is_one(r->den)) {
            fmpz_t g;
            fmpz_init(g);
            fmpz_gcd(g, r->c, r->den);
            if (fmpz_is_zero(g)) fmpz_one(g);
            fmpz_divexact(r->c, r->c, g);
            fmpz_divexact(r->den, r->den, g);
            fmpz_clear(g);
        }
        return WK_OK;
    }
    c = _fmpz_vec_init(L);
    sx = L / x->n;
    sy = L / y->n;
    for (e = 0; e < x->n; e++) {
        if (fmpz_is_zero(x->c + e)) continue;
        if ((e & 1023) == 1023 && wk_interrupted()) {
            _fmpz_vec_clear(c, L);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        for (f = 0; f < y->n; f++) {
            if (fmpz_is_zero(y->c + f)) continue;
            fmpz_addmul(c + (e * sx + f * sy) % L, x->c + e, y->c + f);
        }
    }
    fmpz_init(den);
    fmpz_mul(den, x->den, y->den);
    _wk_cyc_set_raw(r, c, L, den);
    fmpz_clear(den);
    return WK_OK;
}

void wk_cyc_neg(wk_cyc_t r, const wk_cyc_t x)
{
    wk_cyc_set(r, x);
    _fmpz_vec_neg(r->c, r->c, r->n);
}

void wk_cyc_mul_fmpq(wk_cyc_t r, const wk_cyc_t x, const fmpq_t a)
{
    fmpz * c = _fmpz_vec_init(x->n);
    fmpz_t den;
    fmpz_init(den);
    _fmpz_vec_scalar_mul_fmpz(c, x->c, x->n, fmpq_numref(a));
    fmpz_mul(den, x->den, fmpq_denref(a));
    _wk_cyc_set_raw(r, c, x->n, den);
    fmpz_clear(den);
}

void wk_cyc_mul_si(wk_cyc_t r, const wk_cyc_t x, slong a)
{
    fmpq_t q;
    fmpq_init(q);
    fmpq_set_si(q, a, 1);
    wk_cyc_mul_fmpq(r, x, q);
    fmpq_clear(q);
}

void wk_cyc_div_si(wk_cyc_t r, const wk_cyc_t x, slong a)
{
    fmpq_t q;
    fmpq_init(q);
    fmpq_set_si(q, a < 0 ? -1 : 1, a < 0 ? -(ulong) a : (ulong) a);
    wk_cyc_mul_fmpq(r, x, q);
    fmpq_clear(q);
}

static void galois_raw(wk_cyc_t r, const wk_cyc_t x, slong k)
{
    slong n = x->n, e;
    fmpz * c;
    fmpz_t den;
    if (n <= 2) { wk_cyc_set(r, x); return; }
    k %= n;
    if (k < 0) k += n;
    c = _fmpz_vec_init(n);
    for (e = 0; e < n; e++)
        if (!fmpz_is_zero(x->c + e)) fmpz_set(c + (slong) (((ulong) e * (ulong) k) % (ulong) n), x->c + e);
    fmpz_init_set(den, x->den);
    _wk_cyc_set_raw(r, c, n, den);
    fmpz_clear(den);
}

wk_status wk_cyc_galois(wk_cyc_t r, const wk_cyc_t x, slong k)
{
    if (_wk_gcd(k, x->n) != 1)
        return wk_error(WK_E_DOMAIN, "Galois exponent %ld is not coprime to the conductor %ld",
                        (long) k, (long) x->n);
    galois_raw(r, x, k);
    return WK_OK;
}

void wk_cyc_conj(wk_cyc_t r, const wk_cyc_t x)
{
    galois_raw(r, x, -1);
}

int wk_cyc_equal(const wk_cyc_t x, const wk_cyc_t y)
{
    return x->n == y->n && fmpz_equal(x->den, y->den) && _fmpz_vec_equal(x->c, y->c, x->n);
}

int wk_cyc_is_zero(const wk_cyc_t x) { return x->n == 1 && fmpz_is_zero(x->c); }
int wk_cyc_is_one(const wk_cyc_t x) { return x->n == 1 && fmpz_is_one(x->c) && fmpz_is_one(x->den); }
int wk_cyc_is_rational(const wk_cyc_t x) { return x->n == 1; }
int wk_cyc_is_integral(const wk_cyc_t x) { return fmpz_is_one(x->den); }
slong wk_cyc_conductor(const wk_cyc_t x) { return x->n; }

int wk_cyc_get_fmpq(fmpq_t a, const wk_cyc_t x)
{
    if (x->n != 1) return 0;
    fmpz_set(fmpq_numref(a), x->c);
    fmpz_set(fmpq_denref(a), x->den);
    return 1;
}

wk_status wk_cyc_inv(wk_cyc_t r, const wk_cyc_t x)
{
    wk_cyc_t y, s, nrm;
    slong k, n = x->n;
    fmpq_t q;
    wk_status st = WK_OK;
    if (wk_cyc_is_zero(x)) return wk_error(WK_E_DOMAIN, "division by zero");
    if (n == 1) {
        fmpq_init(q);
        fmpz_set(fmpq_numref(q), x->den);
        fmpz_set(fmpq_denref(q), x->c);
        fmpq_canonicalise(q);
        wk_cyc_set_fmpq(r, q);
        fmpq_clear(q);
        return WK_OK;
    }
    /* 1/x = (prod of the other Galois conjugates) / norm */
    wk_cyc_init(y); wk_cyc_init(s); wk_cyc_init(nrm);
    wk_cyc_one(y);
    for (k = 2; k < n && st == WK_OK; k++) {
        if (_wk_gcd(k, n) != 1) continue;
        if ((k & 63) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        galois_raw(s, x, k);
        st = wk_cyc_mul(y, y, s);
    }
    if (st == WK_OK) st = wk_cyc_mul(nrm, x, y);
    if (st == WK_OK) {
        fmpq_init(q);
        if (!wk_cyc_get_fmpq(q, nrm)) st = wk_error(WK_E_INTERNAL, "norm is not rational");
        else {
            fmpq_inv(q, q);
            wk_cyc_mul_fmpq(r, y, q);
        }
        fmpq_clear(q);
    }
    wk_cyc_clear(y); wk_cyc_clear(s); wk_cyc_clear(nrm);
    return st;
}

ulong _wk_cyc_hash(const wk_cyc_t x)
{
    ulong h = (ulong) x->n * UWORD(0x9e3779b97f4a7c15);
    slong e;
    const ulong P = UWORD(2305843009213693951);   /* 2^61 - 1 */
    h ^= fmpz_fdiv_ui(x->den, P);
    for (e = 0; e < x->n; e++) {
        h = h * UWORD(1099511628211) + (ulong) e;
        if (!fmpz_is_zero(x->c + e)) h ^= fmpz_fdiv_ui(x->c + e, P) * UWORD(0xff51afd7ed558ccd);
    }
    return h ^ (h >> 31);
}

ulong _wk_cyc_reduce_mod(const wk_cyc_t x, slong e, ulong z, nmod_t mod)
{
    ulong w = nmod_pow_ui(z, e / x->n, mod), s = 0, wp = 1, d;
    slong i;
    for (i = 0; i < x->n; i++) {
        if (!fmpz_is_zero(x->c + i))
            s = nmod_add(s, nmod_mul(fmpz_fdiv_ui(x->c + i, mod.n), wp, mod), mod);
        wp = nmod_mul(wp, w, mod);
    }
    d = fmpz_fdiv_ui(x->den, mod.n);
    return nmod_mul(s, n_invmod(d, mod.n), mod);
}

void wk_cyc_get_acb(acb_t z, const wk_cyc_t x, slong prec)
{
    acb_t t;
    arb_t s, c;
    fmpq_t q;
    slong e, wp = prec + 10 + fmpz_bits(x->den);
    acb_init(t); arb_init(s); arb_init(c); fmpq_init(q);
    acb_zero(z);
    for (e = 0; e < x->n; e++) {
        if (fmpz_is_zero(x->c + e)) continue;
        fmpq_set_si(q, 2 * e, x->n);
        arb_sin_cos_pi_fmpq(s, c, q, wp);
        acb_set_arb_arb(t, c, s);
        acb_mul_fmpz(t, t, x->c + e, wp);
        acb_add(z, z, t, wp);
    }
    acb_div_fmpz(z, z, x->den, prec);
    acb_clear(t); arb_clear(s); arb_clear(c); fmpq_clear(q);
}

/* sign of the real part (imag = 0) or imaginary part of a non-zero value */
static int sign_part(const wk_cyc_t d, int imag)
{
    slong prec;
    int sg = 0;
    acb_t z;
    acb_init(z);
    for (prec = 64; prec < 65536 && sg == 0; prec *= 2) {
        const arb_struct * part;
        wk_cyc_get_acb(z, d, prec);
        part = imag ? acb_imagref(z) : acb_realref(z);
        if (arb_is_positive(part)) sg = 1;
        else if (arb_is_negative(part)) sg = -1;
    }
    acb_clear(z);
    return sg;
}

int wk_cyc_cmp(const wk_cyc_t x, const wk_cyc_t y)
{
    wk_cyc_t d, dc, t;
    int res;
    if (wk_cyc_equal(x, y)) return 0;
    wk_cyc_init(d); wk_cyc_init(dc); wk_cyc_init(t);
    wk_cyc_sub(d, x, y);
    wk_cyc_conj(dc, d);
    wk_cyc_add(t, d, dc);          /* 2 Re(x - y) */
    if (!wk_cyc_is_zero(t)) res = sign_part(t, 0);
    else {
        wk_cyc_sub(t, d, dc);      /* 2i Im(x - y) */
        res = sign_part(t, 1);
    }
    wk_cyc_clear(d); wk_cyc_clear(dc); wk_cyc_clear(t);
    return res;
}

/* ---- printing ------------------------------------------------------------ */
static void put_coeff_term(sbuf_struct * b, const fmpz_t num, const fmpz_t den, const char * base,
                           int first)
{
    char * s;
    int neg = fmpz_sgn(num) < 0;
    fmpz_t a;
    fmpz_init(a);
    fmpz_abs(a, num);
    if (neg) sbuf_puts(b, "-");
    else if (!first) sbuf_puts(b, "+");
    if (base == NULL) {
        s = fmpz_get_str(NULL, 10, a);
        sbuf_puts(b, s);
        flint_free(s);
        if (!fmpz_is_one(den)) {
            s = fmpz_get_str(NULL, 10, den);
            sbuf_printf(b, "/%s", s);
            flint_free(s);
        }
    } else {
        if (!(fmpz_is_one(a) && fmpz_is_one(den))) {
            s = fmpz_get_str(NULL, 10, a);
            sbuf_puts(b, s);
            flint_free(s);
            if (!fmpz_is_one(den)) {
                s = fmpz_get_str(NULL, 10, den);
                sbuf_printf(b, "/%s", s);
                flint_free(s);
            }
            sbuf_puts(b, "*");
        }
        sbuf_puts(b, base);
    }
    fmpz_clear(a);
}

char * wk_cyc_get_str(const wk_cyc_t x)
{
    sbuf_struct b;
    slong e;
    int first = 1;
    fmpq_t q;
    char base[64];
    sbuf_init(&b);
    fmpq_init(q);
    if (x->n == 1) {
        fmpz_set(fmpq_numref(q), x->c);
        fmpz_set(fmpq_denref(q), x->den);
        put_coeff_term(&b, fmpq_numref(q), fmpq_denref(q), NULL, 1);
    } else {
        for (e = 0; e < x->n; e++) {
            if (fmpz_is_zero(x->c + e)) continue;
            fmpz_set(fmpq_numref(q), x->c + e);
            fmpz_set(fmpq_denref(q), x->den);
            fmpq_canonicalise(q);
            if (e == 0) put_coeff_term(&b, fmpq_numref(q), fmpq_denref(q), NULL, first);
            else {
                if (e == 1) snprintf(base, sizeof base, "E(%ld)", (long) x->n);
                else snprintf(base, sizeof base, "E(%ld)^%ld", (long) x->n, (long) e);
                put_coeff_term(&b, fmpq_numref(q), fmpq_denref(q), base, first);
            }
            first = 0;
        }
    }
    fmpq_clear(q);
    return sbuf_finish(&b);
}

static void put_frac_latex(sbuf_struct * b, const fmpz_t a, const fmpz_t den)
{
    char * s = fmpz_get_str(NULL, 10, a);
    if (fmpz_is_one(den)) sbuf_puts(b, s);
    else {
        char * t = fmpz_get_str(NULL, 10, den);
        sbuf_printf(b, "\\frac{%s}{%s}", s, t);
        flint_free(t);
    }
    flint_free(s);
}

char * wk_cyc_get_str_latex(const wk_cyc_t x)
{
    sbuf_struct b;
    slong e;
    int first = 1;
    fmpq_t q;
    fmpz_t a;
    sbuf_init(&b);
    fmpq_init(q);
    fmpz_init(a);
    for (e = 0; e < x->n; e++) {
        int neg;
        if (fmpz_is_zero(x->c + e)) continue;
        fmpz_set(fmpq_numref(q), x->c + e);
        fmpz_set(fmpq_denref(q), x->den);
        fmpq_canonicalise(q);
        neg = fmpz_sgn(fmpq_numref(q)) < 0;
        fmpz_abs(a, fmpq_numref(q));
        if (neg) sbuf_puts(&b, "-");
        else if (!first) sbuf_puts(&b, "+");
        if (x->n == 1 || e == 0 || !(fmpz_is_one(a) && fmpz_is_one(fmpq_denref(q))))
            put_frac_latex(&b, a, fmpq_denref(q));
        if (x->n > 1 && e > 0) {
            if (e == 1) sbuf_printf(&b, "\\zeta_{%ld}", (long) x->n);
            else sbuf_printf(&b, "\\zeta_{%ld}^{%ld}", (long) x->n, (long) e);
        }
        first = 0;
    }
    if (first) sbuf_puts(&b, "0");
    fmpq_clear(q);
    fmpz_clear(a);
    return sbuf_finish(&b);
}

char * wk_cyc_get_str_quadratic(const wk_cyc_t x)
{
    wk_cyc_t y, s, p;
    slong n = x->n, k;
    int found = 0, deg2 = 1;
    char * res = NULL;
    if (n <= 2) return NULL;
    wk_cyc_init(y); wk_cyc_init(s); wk_cyc_init(p);
    /* the Galois orbit must be {x, y} */
    for (k = 2; k < n && deg2; k++) {
        if (_wk_gcd(k, n) != 1) continue;
        galois_raw(s, x, k);
        if (wk_cyc_equal(s, x)) continue;
        if (!found) { wk_cyc_set(y, s); found = 1; }
        else if (!wk_cyc_equal(s, y)) deg2 = 0;
    }
    if (found && deg2) {
        fmpq_t S, P, D;
        fmpz_t u, f, d, A, Bc, C, g;
        sbuf_struct b;
        slong sq, sgn;
        fmpq_init(S); fmpq_init(P); fmpq_init(D);
        fmpz_init(u); fmpz_init(f); fmpz_init(d); fmpz_init(A); fmpz_init(Bc); fmpz_init(C); fmpz_init(g);
        wk_cyc_add(s, x, y);
        wk_cyc_mul(p, x, y);
        wk_cyc_get_fmpq(S, s);
        wk_cyc_get_fmpq(P, p);
        /* x = S/2 +- sqrt(D)/2, D = S^2 - 4P = u/v; sqrt(D) = sqrt(u v)/v = f sqrt(d)/v */
        fmpq_mul(D, S, S);
        {
            fmpq_t four;
            fmpq_init(four);
            fmpq_set_si(four, 4, 1);
            fmpq_mul(four, four, P);
            fmpq_sub(D, D, four);
            fmpq_clear(four);
        }
        fmpz_mul(u, fmpq_numref(D), fmpq_denref(D));
        sgn = fmpz_sgn(u);
        fmpz_abs(u, u);
        /* u = f^2 d with d squarefree */
        {
            fmpz_factor_t fac;
            slong i;
            fmpz_factor_init(fac);
            fmpz_factor(fac, u);
            fmpz_one(f);
            fmpz_one(d);
            for (i = 0; i < fac->num; i++) {
                fmpz_t t;
                fmpz_init(t);
                fmpz_pow_ui(t, fac->p + i, fac->exp[i] / 2);
                fmpz_mul(f, f, t);
                if (fac->exp[i] % 2) fmpz_mul(d, d, fac->p + i);
                fmpz_clear(t);
            }
            fmpz_factor_clear(fac);
        }
        if (sgn < 0) fmpz_neg(d, d);
        /* x = (S v + sigma f sqrt(d)) / (2 v) with S = Sn/Sd: common denominator */
        /* A/C + sigma B sqrt(d)/C with C = 2 v Sd */
        fmpz_mul(C, fmpq_denref(D), fmpq_denref(S));
        fmpz_mul_ui(C, C, 2);
        fmpz_mul(A, fmpq_numref(S), fmpq_denref(D));
        fmpz_mul(Bc, f, fmpq_denref(S));
        /* choose the sign: compare x - S/2 with +sqrt(d) numerically */
        {
            wk_cyc_t t;
            fmpq_t h;
            wk_cyc_init(t);
            fmpq_init(h);
            fmpq_div_2exp(h, S, 1);
            wk_cyc_set_fmpq(t, h);
            wk_cyc_sub(t, x, t);
            sq = sign_part(t, sgn < 0);
            if (sq < 0) fmpz_neg(Bc, Bc);
            wk_cyc_clear(t);
            fmpq_clear(h);
        }
        fmpz_gcd(g, A, Bc);
        fmpz_gcd(g, g, C);
        if (!fmpz_is_zero(g) && !fmpz_is_one(g)) {
            fmpz_divexact(A, A, g); fmpz_divexact(Bc, Bc, g); fmpz_divexact(C, C, g);
        }
        sbuf_init(&b);
        {
            char * ds = fmpz_get_str(NULL, 10, d);
            char * as = fmpz_get_str(NULL, 10, A);
            char * cs = fmpz_get_str(NULL, 10, C);
            fmpz_t ab;
            char * bs;
            int paren = !fmpz_is_zero(A) && !fmpz_is_one(C);
            fmpz_init(ab);
            fmpz_abs(ab, Bc);
            bs = fmpz_get_str(NULL, 10, ab);
            if (paren) sbuf_puts(&b, "(");
            if (!fmpz_is_zero(A)) sbuf_puts(&b, as);
            if (fmpz_sgn(Bc) < 0) sbuf_puts(&b, "-");
            else if (!fmpz_is_zero(A)) sbuf_puts(&b, "+");
            if (!fmpz_is_one(ab)) sbuf_printf(&b, "%s*", bs);
            sbuf_printf(&b, "Sqrt(%s)", ds);
            if (paren) sbuf_puts(&b, ")");
            if (!fmpz_is_one(C)) sbuf_printf(&b, "/%s", cs);
            flint_free(ds); flint_free(as); flint_free(cs); flint_free(bs);
            fmpz_clear(ab);
        }
        res = sbuf_finish(&b);
        fmpq_clear(S); fmpq_clear(P); fmpq_clear(D);
        fmpz_clear(u); fmpz_clear(f); fmpz_clear(d); fmpz_clear(A); fmpz_clear(Bc); fmpz_clear(C);
        fmpz_clear(g);
    }
    wk_cyc_clear(y); wk_cyc_clear(s); wk_cyc_clear(p);
    return res;
}

/* ---- accumulator for inner products ------------------------------------- */
void cyc_acc_init(cyc_acc_struct * A, slong L)
{
    A->L = L;
    A->c = _fmpz_vec_init(L);
    fmpz_init_set_ui(A->den, 1);
}

void cyc_acc_clear(cyc_acc_struct * A)
{
    _fmpz_vec_clear(A->c, A->L);
    fmpz_clear(A->den);
}

/* brings A to a denominator divisible by d; returns the factor for terms */
static void acc_fit_den(cyc_acc_struct * A, const fmpz_t d, fmpz_t tscale)
{
    if (fmpz_is_one(d)) { fmpz_set(tscale, A->den); return; }
    if (fmpz_divisible(A->den, d)) { fmpz_divexact(tscale, A->den, d); return; }
    {
        fmpz_t l, s;
        fmpz_init(l); fmpz_init(s);
        fmpz_lcm(l, A->den, d);
        fmpz_divexact(s, l, A->den);
        _fmpz_vec_scalar_mul_fmpz(A->c, A->c, A->L, s);
        fmpz_set(A->den, l);
        fmpz_divexact(tscale, l, d);
        fmpz_clear(l); fmpz_clear(s);
    }
}

void cyc_acc_addmul(cyc_acc_struct * A, const wk_cyc_t x, const wk_cyc_t y, int conj,
                    const fmpz_t a)
{
    slong L = A->L, sx = L / x->n, sy = L / y->n, e, f;
    fmpz_t d, sc, t;
    fmpz_init(d); fmpz_init(sc); fmpz_init(t);
    fmpz_mul(d, x->den, y->den);
    acc_fit_den(A, d, sc);
    fmpz_mul(sc, sc, a);
    for (e = 0; e < x->n; e++) {
        if (fmpz_is_zero(x->c + e)) continue;
        fmpz_mul(t, x->c + e, sc);
        for (f = 0; f < y->n; f++) {
            slong idx;
            if (fmpz_is_zero(y->c + f)) continue;
            idx = conj ? (e * sx - f * sy) % L : (e * sx + f * sy) % L;
            if (idx < 0) idx += L;
            fmpz_addmul(A->c + idx, t, y->c + f);
        }
    }
    fmpz_clear(d); fmpz_clear(sc); fmpz_clear(t);
}

void cyc_acc_add(cyc_acc_struct * A, const wk_cyc_t x, const fmpz_t a)
{
    slong sx = A->L / x->n, e;
    fmpz_t sc;
    fmpz_init(sc);
    acc_fit_den(A, x->den, sc);
    fmpz_mul(sc, sc, a);
    for (e = 0; e < x->n; e++)
        if (!fmpz_is_zero(x->c + e)) fmpz_addmul(A->c + e * sx, x->c + e, sc);
    fmpz_clear(sc);
}

void cyc_acc_get(wk_cyc_t r, cyc_acc_struct * A)
{
    fmpz * c = _fmpz_vec_init(A->L);
    _fmpz_vec_set(c, A->c, A->L);
    _wk_cyc_set_raw(r, c, A->L, A->den);
}
