/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/profile.c: profiles as 0/1 words, Gessel-Krattenthaler
   compositions and the translation w(c) = 1 0^{c_1} ... 1 0^{c_k} (spec 1),
   boundary words of Young diagrams. */
#include <string.h>
#include "internal.h"

wk_status wk_cpp_profile_check(const slong *w, slong T)
{
    slong i;
    if (T <= 0)
        return wk_error(WK_E_DOMAIN, "profile must be non-empty");
    if (T > WK_CPP_MAX_T)
        return wk_error(WK_E_TOO_LARGE, "profile length %ld exceeds the limit %ld",
                        (long) T, (long) WK_CPP_MAX_T);
    for (i = 0; i < T; i++)
        if (w[i] != 0 && w[i] != 1)
            return wk_error(WK_E_DOMAIN, "profile entries must be 0 or 1 (got %ld at position %ld)",
                            (long) w[i], (long) (i + 1));
    return WK_OK;
}

wk_status wk_cpp_profile_set_str(slong **w, slong *T, const char *s)
{
    size_t n = strlen(s), i;
    slong *v;

    if (n == 0)
        return wk_error(WK_E_DOMAIN, "profile must be non-empty");
    if (n > (size_t) WK_CPP_MAX_T)
        return wk_error(WK_E_TOO_LARGE, "profile length %lu exceeds the limit %ld",
                        (unsigned long) n, (long) WK_CPP_MAX_T);
    for (i = 0; i < n; i++) {
        if (s[i] == '0' || s[i] == '1')
            continue;
        if (s[i] >= '2' && s[i] <= '9')
            return wk_error(WK_E_DOMAIN, "profile entries must be 0 or 1 (got %c at position %lu)",
                            s[i], (unsigned long) (i + 1));
        if ((unsigned char) s[i] >= 32 && (unsigned char) s[i] < 127)
            return wk_error(WK_E_DOMAIN, "profile entries must be 0 or 1 (got '%c' at position %lu)",
                            s[i], (unsigned long) (i + 1));
        return wk_error(WK_E_DOMAIN, "profile entries must be 0 or 1 (got byte 0x%02x at position %lu)",
                        (unsigned) (unsigned char) s[i], (unsigned long) (i + 1));
    }
    v = flint_malloc(n * sizeof(slong));
    for (i = 0; i < n; i++)
        v[i] = s[i] - '0';
    *w = v;
    *T = (slong) n;
    return WK_OK;
}

char *wk_cpp_profile_get_str(const slong *w, slong T)
{
    char *s = flint_malloc(T + 1);
    slong i;
    for (i = 0; i < T; i++)
        s[i] = w[i] ? '1' : '0';
    s[T] = '\0';
    return s;
}

void _wk_cpp_profile_append_str(wk_cyl_strbuf *b, const slong *w, slong T)
{
    slong i;
    for (i = 0; i < T && i < 64; i++)
        _wk_cyl_strbuf_putc(b, w[i] ? '1' : '0');
    if (i < T)
        _wk_cyl_strbuf_printf(b, "... (length %ld)", (long) T);
}

slong wk_cpp_profile_ones(const slong *w, slong T)
{
    slong i, k = 0;
    for (i = 0; i < T; i++)
        k += (w[i] != 0);
    return k;
}

wk_status wk_cpp_gk_to_word(slong **w, slong *T, const slong *c, slong k)
{
    slong i, j, pos, len;
    slong *v;

    if (k <= 0)   /* spec 8: an empty composition is an empty profile */
        return wk_error(WK_E_DOMAIN, "profile must be non-empty");
    for (i = 0; i < k; i++)
        if (c[i] < 0)
            return wk_error(WK_E_DOMAIN, "composition entries must be nonnegative integers");
    /* T = k + sum c, guarded before it can overflow */
    len = k;
    for (i = 0; i < k; i++) {
        if (c[i] > WK_CPP_MAX_T || len > WK_CPP_MAX_T - c[i])
            return wk_error(WK_E_TOO_LARGE, "composition gives a profile longer than the limit %ld",
                            (long) WK_CPP_MAX_T);
        len += c[i];
    }
    if (len > WK_CPP_MAX_T)
        return wk_error(WK_E_TOO_LARGE, "profile length %ld exceeds the limit %ld",
                        (long) len, (long) WK_CPP_MAX_T);
    v = flint_malloc(len * sizeof(slong));
    for (i = 0, pos = 0; i < k; i++) {
        v[pos++] = 1;
        for (j = 0; j < c[i]; j++)
            v[pos++] = 0;
    }
    *w = v;
    *T = len;
    return WK_OK;
}

wk_status wk_cpp_word_to_gk(slong **c, slong *k, slong *shift, const slong *w, slong T)
{
    slong i, s, ones, r;
    slong *v;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    for (s = 0; s < T && w[s] != 1; s++)
        ;
    if (s == T)
        return wk_error(WK_E_DOMAIN, "profile has no entry 1, so it is not of the form w(c)");
    ones = wk_cpp_profile_ones(w, T);
    v = flint_malloc(ones * sizeof(slong));
    for (i = 0, r = -1; i < T; i++) {
        if (w[(s + i) % T] == 1)
            v[++r] = 0;
        else
            v[r]++;
    }
    *c = v;
    *k = ones;
    if (shift != NULL)
        *shift = s;
    return WK_OK;
}

void wk_cpp_shape_to_word(slong **w, slong *T, const wk_partition_t lam)
{
    slong i, j, len, pos;
    slong *v;

    if (lam->length == 0) {
        *w = NULL;
        *T = 0;
        return;
    }
    len = lam->parts[0] + lam->length;
    v = flint_malloc(len * sizeof(slong));
    /* rows from the bottom: east steps lam_i - lam_{i+1}, then one north */
    for (i = lam->length - 1, pos = 0; i >= 0; i--) {
        for (j = 0; j < lam->parts[i] - wk_partition_part(lam, i + 1); j++)
            v[pos++] = 1;
        v[pos++] = 0;
    }
    *w = v;
    *T = len;
}
