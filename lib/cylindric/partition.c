/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/partition.c: integer partitions as weakly decreasing slong
   vectors: validation, containment, horizontal strips (spec 1), text. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "internal.h"

void wk_partition_init(wk_partition_t p)
{
    p->parts = NULL;
    p->length = 0;
    p->alloc = 0;
}

void wk_partition_clear(wk_partition_t p)
{
    flint_free(p->parts);
    p->parts = NULL;
    p->length = p->alloc = 0;
}

void _wk_partition_fit_length(wk_partition_t p, slong n)
{
    if (n > p->alloc) {
        slong a = FLINT_MAX(n, 2 * p->alloc);
        p->parts = flint_realloc(p->parts, a * sizeof(slong));
        p->alloc = a;
    }
}

void _wk_partition_normalise(wk_partition_t p)
{
    while (p->length > 0 && p->parts[p->length - 1] == 0)
        p->length--;
}

void wk_partition_set(wk_partition_t res, const wk_partition_t p)
{
    if (res == p)
        return;
    _wk_partition_fit_length(res, p->length);
    if (p->length > 0)
        memcpy(res->parts, p->parts, p->length * sizeof(slong));
    res->length = p->length;
}

void wk_partition_swap(wk_partition_t a, wk_partition_t b)
{
    wk_partition_struct t = *a;
    *a = *b;
    *b = t;
}

void wk_partition_zero(wk_partition_t p)
{
    p->length = 0;
}

void _wk_partition_set_vec(wk_partition_t p, const slong *parts, slong n)
{
    _wk_partition_fit_length(p, n);
    if (n > 0)
        memcpy(p->parts, parts, n * sizeof(slong));
    p->length = n;
    _wk_partition_normalise(p);
}

/* "(1,3)" for the message of a vector that is not (yet) a partition;
   long vectors are cut. */
static void vec_str(char *buf, size_t size, const slong *a, slong n)
{
    size_t len = 0;
    slong i;
    len += snprintf(buf + len, size - len, "(");
    for (i = 0; i < n && len + 32 < size; i++)
        len += snprintf(buf + len, size - len, i ? ",%ld" : "%ld", (long) a[i]);
    if (i < n)
        len += snprintf(buf + len, size - len, ",...");
    snprintf(buf + len, size - len, ")");
}

wk_status wk_partition_check_vec(const slong *parts, slong n)
{
    slong i;
    char buf[160];

    if (n < 0)
        return wk_error(WK_E_DOMAIN, "partition length must be nonnegative");
    for (i = 0; i < n; i++) {
        if (parts[i] < 0) {
            vec_str(buf, sizeof buf, parts, n);
            return wk_error(WK_E_DOMAIN, "partition %s has a negative part (part %ld is %ld)",
                            buf, (long) (i + 1), (long) parts[i]);
        }
        if (i > 0 && parts[i] > parts[i - 1]) {
            vec_str(buf, sizeof buf, parts, n);
            return wk_error(WK_E_DOMAIN,
                            "partition %s is not weakly decreasing (part %ld is %ld, part %ld is %ld)",
                            buf, (long) (i + 1), (long) parts[i], (long) i, (long) parts[i - 1]);
        }
    }
    if (n > 0 && parts[0] > WK_PARTITION_MAX_PART)
        return wk_error(WK_E_TOO_LARGE, "partition part %ld exceeds the limit %ld",
                        (long) parts[0], (long) WK_PARTITION_MAX_PART);
    /* trailing zeros do not count towards the length */
    while (n > 0 && parts[n - 1] == 0)
        n--;
    if (n > WK_PARTITION_MAX_LENGTH)
        return wk_error(WK_E_TOO_LARGE, "partition length %ld exceeds the limit %ld",
                        (long) n, (long) WK_PARTITION_MAX_LENGTH);
    return WK_OK;
}

wk_status wk_partition_set_vec(wk_partition_t p, const slong *parts, slong n)
{
    wk_status st = wk_partition_check_vec(parts, n);
    if (st != WK_OK)
        return st;
    _wk_partition_set_vec(p, parts, n);
    return WK_OK;
}

slong wk_partition_size(const wk_partition_t p)
{
    slong i, s = 0;
    for (i = 0; i < p->length; i++)
        s += p->parts[i];
    return s;
}

int wk_partition_equal(const wk_partition_t a, const wk_partition_t b)
{
    return a->length == b->length
        && (a->length == 0 || memcmp(a->parts, b->parts, a->length * sizeof(slong)) == 0);
}

int wk_partition_contains(const wk_partition_t lam, const wk_partition_t mu)
{
    slong i;
    if (mu->length > lam->length)
        return 0;
    for (i = 0; i < mu->length; i++)
        if (mu->parts[i] > lam->parts[i])
            return 0;
    return 1;
}

int wk_partition_is_horizontal_strip(const wk_partition_t lam, const wk_partition_t mu)
{
    slong i;
    /* lam_{i+1} <= mu_i <= lam_i for every i (0-based), which forces
       length(lam) <= length(mu) + 1 */
    if (lam->length > mu->length + 1 || mu->length > lam->length)
        return 0;
    for (i = 0; i < lam->length; i++) {
        slong m = wk_partition_part(mu, i);
        if (m > lam->parts[i] || m < wk_partition_part(lam, i + 1))
            return 0;
    }
    return 1;
}

void wk_partition_conjugate(wk_partition_t res, const wk_partition_t p)
{
    slong i, j, n = p->length ? p->parts[0] : 0;
    slong *c = flint_malloc(FLINT_MAX(n, 1) * sizeof(slong));

    /* c_j = #{i : p_i > j} */
    for (j = 0, i = p->length; j < n; j++) {
        while (i > 0 && p->parts[i - 1] <= j)
            i--;
        c[j] = i;
    }
    _wk_partition_fit_length(res, n);
    if (n > 0)
        memcpy(res->parts, c, n * sizeof(slong));
    res->length = n;
    flint_free(c);
}

/* ---- text ---------------------------------------------------------------- */

void _wk_cyl_strbuf_init(wk_cyl_strbuf *b)
{
    b->alloc = 64;
    b->s = flint_malloc(b->alloc);
    b->s[0] = '\0';
    b->len = 0;
}

void _wk_cyl_strbuf_printf(wk_cyl_strbuf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(b->s + b->len, b->alloc - b->len, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if (b->len + n + 1 > b->alloc) {
        b->alloc = FLINT_MAX(2 * b->alloc, b->len + n + 1);
        b->s = flint_realloc(b->s, b->alloc);
        va_start(ap, fmt);
        vsnprintf(b->s + b->len, b->alloc - b->len, fmt, ap);
        va_end(ap);
    }
    b->len += n;
}

void _wk_cyl_strbuf_putc(wk_cyl_strbuf *b, char c)
{
    if (b->len + 2 > b->alloc) {
        b->alloc *= 2;
        b->s = flint_realloc(b->s, b->alloc);
    }
    b->s[b->len++] = c;
    b->s[b->len] = '\0';
}

char *_wk_cyl_strbuf_finish(wk_cyl_strbuf *b)
{
    return b->s;
}

void _wk_partition_append_str(wk_cyl_strbuf *b, const wk_partition_t p)
{
    slong i;
    _wk_cyl_strbuf_putc(b, '(');
    for (i = 0; i < p->length; i++)
        _wk_cyl_strbuf_printf(b, i ? ",%ld" : "%ld", (long) p->parts[i]);
    _wk_cyl_strbuf_putc(b, ')');
}

char *wk_partition_get_str(const wk_partition_t p)
{
    wk_cyl_strbuf b;
    _wk_cyl_strbuf_init(&b);
    _wk_partition_append_str(&b, p);
    return _wk_cyl_strbuf_finish(&b);
}
