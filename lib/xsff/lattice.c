/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/lattice.c: Hamiltonians from local terms on a chain of L sites of
   local dimension q (user models; the spec 2 chains are built this way too). */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

#define MAXFACT 32

void wk_xsff_lattice_init(wk_xsff_lattice_t lat, slong L, slong q)
{
    memset(lat, 0, sizeof(wk_xsff_lattice_struct));
    lat->L = L;
    lat->q = q;
}

void wk_xsff_lattice_clear(wk_xsff_lattice_t lat)
{
    slong i;
    flint_free(lat->parity);
    _wk_xsff_strs_free(lat->op_name, lat->nops);
    flint_free(lat->op);
    for (i = 0; i < lat->nterms; i++) {
        flint_free(lat->term[i].op);
        flint_free(lat->term[i].site);
    }
    flint_free(lat->term);
    _wk_xsff_strs_free(lat->gen_name, lat->ngens);
    flint_free(lat->gen_site);
    flint_free(lat->gen_local);
    flint_free(lat->gen_phase);
    for (i = 0; i < lat->nirr; i++) flint_free(lat->irr_mats[i]);
    flint_free(lat->irr_mats);
    _wk_xsff_strs_free(lat->irr_name, lat->nirr);
    flint_free(lat->irr_dim);
    _wk_xsff_strs_free(lat->charge_name, lat->ncharges);
    flint_free(lat->charge_val);
    flint_free(lat->charge_offset);
    flint_free(lat->charge_den);
    flint_free(lat->restrict_charge);
    flint_free(lat->restrict_value);
    wk_xsff_lattice_init(lat, 0, 0);
}

static wk_status check_shape(const wk_xsff_lattice_t lat)
{
    if (lat->L < 1 || lat->L > 64)
        return wk_error(WK_E_DOMAIN, "number of sites L = %ld must be 1..64", (long) lat->L);
    if (lat->q < 1 || lat->q > 64)
        return wk_error(WK_E_DOMAIN, "local dimension q = %ld must be 1..64", (long) lat->q);
    return WK_OK;
}

wk_status wk_xsff_lattice_set_fermions(wk_xsff_lattice_t lat, const slong *parity)
{
    slong s;
    wk_status st = check_shape(lat);
    if (st) return st;
    for (s = 0; s < lat->q; s++)
        if (parity[s] != 0 && parity[s] != 1)
            return wk_error(WK_E_DOMAIN, "fermion parity of local state %ld is %ld; must be 0 or 1",
                            (long) s, (long) parity[s]);
    if (lat->nterms > 0 || lat->ngens > 0)
        return wk_error(WK_E_DOMAIN, "declare the fermion parities before terms and symmetries");
    flint_free(lat->parity);
    lat->parity = _wk_xsff_slong_dup(parity, lat->q);
    return WK_OK;
}

static int valid_name(const char *name)
{
    const char *p;
    if (name == NULL || *name == '\0' || strlen(name) > 63) return 0;
    for (p = name; *p; p++)
        if (!(isalnum((unsigned char) *p) || strchr("+-'^.", *p))) return 0;
    return 1;
}

static int valid_charge_name(const char *name)
{
    const char *p;
    if (name == NULL || *name == '\0' || strlen(name) > 63) return 0;
    for (p = name; *p; p++)
        if (!(isalnum((unsigned char) *p) || strchr("+-'^._", *p))) return 0;
    return 1;
}

static slong find_op(const wk_xsff_lattice_t lat, const char *name, size_t len)
{
    slong o;
    for (o = 0; o < lat->nops; o++)
        if (strlen(lat->op_name[o]) == len && strncmp(lat->op_name[o], name, len) == 0) return o;
    return -1;
}

static int op_parity(const wk_xsff_lattice_t lat, const double complex *m)
{
    /* 0 even, 1 odd, -1 mixed */
    slong i, j, q = lat->q;
    int ev = 0, od = 0;
    if (lat->parity == NULL) return 0;
    for (i = 0; i < q; i++)
        for (j = 0; j < q; j++)
            if (m[i * q + j] != 0) {
                if (lat->parity[i] == lat->parity[j]) ev = 1; else od = 1;
            }
    if (ev && od) return -1;
    return od;
}

wk_status wk_xsff_lattice_add_op(wk_xsff_lattice_t lat, const char *name, const double complex *m)
{
    slong q = lat->q, i;
    wk_status st = check_shape(lat);
    if (st) return st;
    if (!valid_name(name))
        return wk_error(WK_E_DOMAIN, "operator name '%s' must be 1..63 letters, digits or + - ' ^ .",
                        name ? name : "");
    if (find_op(lat, name, strlen(name)) >= 0)
        return wk_error(WK_E_DOMAIN, "local operator '%s' is already defined", name);
    for (i = 0; i < q * q; i++)
        if (!isfinite(creal(m[i])) || !isfinite(cimag(m[i])))
            return wk_error(WK_E_DOMAIN, "local operator '%s' has a non-finite entry", name);
    if (op_parity(lat, m) < 0)
        return wk_error(WK_E_DOMAIN, "local operator '%s' mixes fermion parities (neither even nor odd)", name);
    lat->op = flint_realloc(lat->op, (lat->nops + 1) * q * q * sizeof(double complex));
    memcpy(lat->op + lat->nops * q * q, m, q * q * sizeof(double complex));
    lat->op_name = flint_realloc(lat->op_name, (lat->nops + 1) * sizeof(char *));
    lat->op_name[lat->nops] = _wk_xsff_strdup(name);
    lat->nops++;
    return WK_OK;
}

static void push_term(wk_xsff_lattice_t lat, double complex c, slong group, double sigma,
                      slong k, const slong *op, const slong *site)
{
    wk_xsff_term_struct *t;
    if (lat->nterms == lat->alloc_terms) {
        lat->alloc_terms = lat->alloc_terms ? 2 * lat->alloc_terms : 16;
        lat->term = flint_realloc(lat->term, lat->alloc_terms * sizeof(wk_xsff_term_struct));
    }
    t = lat->term + lat->nterms++;
    t->coeff = c;
    t->group = group;
    t->sigma = sigma;
    t->k = k;
    t->op = _wk_xsff_slong_dup(op, k);
    t->site = _wk_xsff_slong_dup(site, k);
}

/* index of the adjoint of op o, creating "NAME^dag" if needed */
static slong dagger_op(wk_xsff_lattice_t lat, slong o)
{
    slong q = lat->q, i, j, p;
    double complex *m = flint_malloc(q * q * sizeof(double complex));
    char name[80];
    for (i = 0; i < q; i++)
        for (j = 0; j < q; j++) m[i * q + j] = conj(lat->op[(o * q + j) * q + i]);
    for (p = 0; p < lat->nops; p++) {
        for (i = 0; i < q * q; i++) if (lat->op[p * q * q + i] != m[i]) break;
        if (i == q * q) { flint_free(m); return p; }
    }
    snprintf(name, sizeof name, "%s^dag", lat->op_name[o]);
    if (find_op(lat, name, strlen(name)) >= 0 || strlen(name) > 63)
        snprintf(name, sizeof name, "dag%ld", (long) lat->nops);
    lat->op = flint_realloc(lat->op, (lat->nops + 1) * q * q * sizeof(double complex));
    memcpy(lat->op + lat->nops * q * q, m, q * q * sizeof(double complex));
    lat->op_name = flint_realloc(lat->op_name, (lat->nops + 1) * sizeof(char *));
    lat->op_name[lat->nops] = _wk_xsff_strdup(name);
    flint_free(m);
    return lat->nops++;
}

wk_status wk_xsff_lattice_add_term(wk_xsff_lattice_t lat, double complex coeff, const char *ops,
                                   int translate, int hc, slong group, double sigma)
{
    slong op[MAXFACT], site[MAXFACT], k = 0, j, i, L = lat->L;
    const char *p = ops;
    wk_status st = check_shape(lat);
    if (st) return st;
    if (ops == NULL)
        return wk_error(WK_E_DOMAIN, "empty operator string");
    if (!isfinite(creal(coeff)) || !isfinite(cimag(coeff)) || !isfinite(sigma))
        return wk_error(WK_E_DOMAIN, "coefficient of term '%s' is not finite", ops);
    if (group < -1 || group > 1000)
        return wk_error(WK_E_DOMAIN, "disorder group %ld of term '%s' must be -1 (none) or 0..1000",
                        (long) group, ops);
    while (*p) {
        const char *t0, *us = NULL;
        size_t len;
        long sv;
        char *end;
        slong o;
        while (*p && (isspace((unsigned char) *p) || *p == '*')) p++;
        if (!*p) break;
        t0 = p;
        while (*p && !isspace((unsigned char) *p) && *p != '*') { if (*p == '_') us = p; p++; }
        len = p - t0;
        if (us == NULL || us == t0 || us + 1 == p)
            return wk_error(WK_E_DOMAIN, "malformed factor '%.*s' in term '%s' (write NAME_SITE, e.g. U_0)",
                            (int) len, t0, ops);
        sv = strtol(us + 1, &end, 10);
        if (end != p)
            return wk_error(WK_E_DOMAIN, "malformed site in factor '%.*s' of term '%s'", (int) len, t0, ops);
        o = find_op(lat, t0, us - t0);
        if (o < 0)
            return wk_error(WK_E_DOMAIN, "unknown local operator '%.*s' in term '%s'", (int) (us - t0), t0, ops);
        if (sv < 0 || sv >= L)
            return wk_error(WK_E_DOMAIN, "site %ld out of range 0..%ld in term '%s'", sv, (long) L - 1, ops);
        if (k == MAXFACT)
            return wk_error(WK_E_DOMAIN, "term '%s' has more than %d factors", ops, MAXFACT);
        op[k] = o; site[k] = sv; k++;
    }
    if (k == 0)
        return wk_error(WK_E_DOMAIN, "term '%s' has no factors", ops);
    for (j = 0; j < (translate ? L : 1); j++) {
        slong s2[MAXFACT], o2[MAXFACT], g = group >= 0 ? group * L + j : -1;
        for (i = 0; i < k; i++) s2[i] = (site[i] + j) % L;
        push_term(lat, coeff, g, group >= 0 ? sigma : 0, k, op, s2);
        if (hc) {
            for (i = 0; i < k; i++) { o2[i] = dagger_op(lat, op[k - 1 - i]); }
            for (i = 0; i < k; i++) s2[i] = (site[k - 1 - i] + j) % L;
            push_term(lat, conj(coeff), g, group >= 0 ? sigma : 0, k, o2, s2);
        }
    }
    if (group >= 0 && (group + 1) > lat->ngroups) lat->ngroups = group + 1;
    return WK_OK;
}

wk_status wk_xsff_lattice_add_symmetry(wk_xsff_lattice_t lat, const char *name, const slong *site_perm,
                                       const slong *local_perm, const double complex *phase)
{
    slong L = lat->L, q = lat->q, i, g = lat->ngens;
    char seen[64];
    wk_status st = check_shape(lat);
    if (st) return st;
    if (!valid_name(name))
        return wk_error(WK_E_DOMAIN, "symmetry name '%s' must be 1..63 letters, digits or + - ' ^ .",
                        name ? name : "");
    if (lat->nirr > 0)
        return wk_error(WK_E_DOMAIN, "symmetry '%s' added after the irreps; add all generators first", name);
    if (site_perm) {
        memset(seen, 0, sizeof seen);
        for (i = 0; i < L; i++) {
            if (site_perm[i] < 0 || site_perm[i] >= L || seen[site_perm[i]])
                return wk_error(WK_E_DOMAIN, "site map of symmetry '%s' is not a permutation of 0..%ld",
                                name, (long) L - 1);
            seen[site_perm[i]] = 1;
        }
    }
    if (local_perm) {
        memset(seen, 0, sizeof seen);
        for (i = 0; i < q; i++) {
            if (local_perm[i] < 0 || local_perm[i] >= q || seen[local_perm[i]])
                return wk_error(WK_E_DOMAIN, "local map of symmetry '%s' is not a permutation of 0..%ld",
                                name, (long) q - 1);
            seen[local_perm[i]] = 1;
            if (lat->parity && lat->parity[local_perm[i]] != lat->parity[i])
                return wk_error(WK_E_DOMAIN, "local map of symmetry '%s' changes the fermion parity of state %ld",
                                name, (long) i);
        }
    }
    if (phase)
        for (i = 0; i < q; i++)
            if (!(fabs(cabs(phase[i]) - 1) < 1e-9))
                return wk_error(WK_E_DOMAIN, "phase of symmetry '%s' on local state %ld has modulus %g, not 1",
                                name, (long) i, cabs(phase[i]));
    lat->gen_name = flint_realloc(lat->gen_name, (g + 1) * sizeof(char *));
    lat->gen_site = flint_realloc(lat->gen_site, (g + 1) * L * sizeof(slong));
    lat->gen_local = flint_realloc(lat->gen_local, (g + 1) * q * sizeof(slong));
    lat->gen_phase = flint_realloc(lat->gen_phase, (g + 1) * q * sizeof(double complex));
    lat->gen_name[g] = _wk_xsff_strdup(name);
    for (i = 0; i < L; i++) lat->gen_site[g * L + i] = site_perm ? site_perm[i] : i;
    for (i = 0; i < q; i++) {
        lat->gen_local[g * q + i] = local_perm ? local_perm[i] : i;
        lat->gen_phase[g * q + i] = phase ? phase[i] : 1;
    }
    lat->ngens++;
    return WK_OK;
}

wk_status wk_xsff_lattice_add_irrep(wk_xsff_lattice_t lat, const char *name, slong d,
                                    const double complex *mats)
{
    slong n = lat->nirr, i;
    if (lat->ngens == 0)
        return wk_error(WK_E_DOMAIN, "irrep '%s' given before any symmetry generator", name ? name : "");
    if (name == NULL || *name == '\0')
        return wk_error(WK_E_DOMAIN, "irrep needs a name");
    if (d < 1 || d > 64)
        return wk_error(WK_E_DOMAIN, "irrep '%s' has dimension %ld; must be 1..64", name, (long) d);
    for (i = 0; i < lat->ngens * d * d; i++)
        if (!isfinite(creal(mats[i])) || !isfinite(cimag(mats[i])))
            return wk_error(WK_E_DOMAIN, "irrep '%s' has a non-finite entry", name);
    lat->irr_name = flint_realloc(lat->irr_name, (n + 1) * sizeof(char *));
    lat->irr_dim = flint_realloc(lat->irr_dim, (n + 1) * sizeof(slong));
    lat->irr_mats = flint_realloc(lat->irr_mats, (n + 1) * sizeof(double complex *));
    lat->irr_name[n] = _wk_xsff_strdup(name);
    lat->irr_dim[n] = d;
    lat->irr_mats[n] = flint_malloc(lat->ngens * d * d * sizeof(double complex));
    memcpy(lat->irr_mats[n], mats, lat->ngens * d * d * sizeof(double complex));
    lat->nirr++;
    return WK_OK;
}

wk_status wk_xsff_lattice_add_charge(wk_xsff_lattice_t lat, const char *name, const slong *val,
                                     slong offset, slong den)
{
    slong c = lat->ncharges, L = lat->L, q = lat->q, i;
    wk_status st = check_shape(lat);
    if (st) return st;
    if (!valid_charge_name(name))
        return wk_error(WK_E_DOMAIN, "charge name '%s' must be 1..63 letters, digits or + - ' ^ . _",
                        name ? name : "");
    if (den != 1 && den != 2)
        return wk_error(WK_E_DOMAIN, "charge '%s' has denominator %ld; must be 1 or 2", name, (long) den);
    if (c >= 8)
        return wk_error(WK_E_DOMAIN, "at most 8 conserved charges");
    for (i = 0; i < L * q; i++)
        if (val[i] < -1000000 || val[i] > 1000000)
            return wk_error(WK_E_DOMAIN, "charge '%s' has a local value %ld out of range", name, (long) val[i]);
    lat->charge_name = flint_realloc(lat->charge_name, (c + 1) * sizeof(char *));
    lat->charge_val = flint_realloc(lat->charge_val, (c + 1) * L * q * sizeof(slong));
    lat->charge_offset = flint_realloc(lat->charge_offset, (c + 1) * sizeof(slong));
    lat->charge_den = flint_realloc(lat->charge_den, (c + 1) * sizeof(slong));
    lat->charge_name[c] = _wk_xsff_strdup(name);
    memcpy(lat->charge_val + c * L * q, val, L * q * sizeof(slong));
    lat->charge_offset[c] = offset;
    lat->charge_den[c] = den;
    lat->ncharges++;
    return WK_OK;
}

wk_status wk_xsff_lattice_restrict(wk_xsff_lattice_t lat, slong c, slong value)
{
    slong r = lat->nrestrict;
    if (c < 0 || c >= lat->ncharges)
        return wk_error(WK_E_DOMAIN, "charge %ld does not exist (%ld charges declared)",
                        (long) c, (long) lat->ncharges);
    lat->restrict_charge = flint_realloc(lat->restrict_charge, (r + 1) * sizeof(slong));
    lat->restrict_value = flint_realloc(lat->restrict_value, (r + 1) * sizeof(slong));
    lat->restrict_charge[r] = c;
    lat->restrict_value[r] = value;
    lat->nrestrict++;
    return WK_OK;
}

/* ---- the model ------------------------------------------------------- */

typedef struct {
    wk_xsff_lattice_t lat;
    slong dim;
    slong *basis;           /* full indices (increasing), NULL if all q^L */
    slong *opc_start;       /* sparse columns of local operators: nops*q + 1 */
    slong *opc_row;
    double complex *opc_val;
    int *op_odd;
    slong nvar;
} lat_data;

static void lat_data_clear(void *p)
{
    lat_data *d = p;
    wk_xsff_lattice_clear(d->lat);
    flint_free(d->basis);
    flint_free(d->opc_start);
    flint_free(d->opc_row);
    flint_free(d->opc_val);
    flint_free(d->op_odd);
    flint_free(d);
}

static slong lookup(const lat_data *d, slong full)
{
    slong lo = 0, hi = d->dim;
    if (d->basis == NULL) return full;
    while (lo < hi) {
        slong mid = (lo + hi) / 2;
        if (d->basis[mid] == full) return mid;
        if (d->basis[mid] < full) lo = mid + 1; else hi = mid;
    }
    return -1;
}

static void digits_of(slong *dg, slong full, slong L, slong q)
{
    slong i;
    for (i = 0; i < L; i++) { dg[i] = full % q; full /= q; }
}

static slong full_of(const slong *dg, slong L, slong q)
{
    slong i, f = 0;
    for (i = L - 1; i >= 0; i--) f = f * q + dg[i];
    return f;
}

/* triplet buffers */
typedef struct { slong n, alloc; slong *r, *c; double complex *v; } tbuf;

static void tpush(tbuf *t, slong r, slong c, double complex v)
{
    if (t->n == t->alloc) {
        t->alloc = t->alloc ? 2 * t->alloc : 1024;
        t->r = flint_realloc(t->r, t->alloc * sizeof(slong));
        t->c = flint_realloc(t->c, t->alloc * sizeof(slong));
        t->v = flint_realloc(t->v, t->alloc * sizeof(double complex));
    }
    t->r[t->n] = r; t->c[t->n] = c; t->v[t->n] = v; t->n++;
}

/* applies factors f-1 .. 0 of term t (rightmost first) to digits dg with amplitude amp */
static int apply_term(const lat_data *d, const wk_xsff_term_struct *t, slong f, slong *dg,
                      double complex amp, slong col, tbuf *out)
{
    const wk_xsff_lattice_struct *lat = d->lat;
    slong q = lat->q, L = lat->L, o, s, old, k;
    if (f < 0) {
        slong row = lookup(d, full_of(dg, L, q));
        if (row < 0) return 1;
        tpush(out, row, col, amp);
        return 0;
    }
    o = t->op[f]; s = t->site[f]; old = dg[s];
    if (d->op_odd[o]) {
        slong i, par = 0;
        for (i = 0; i < s; i++) par ^= lat->parity[dg[i]];
        if (par) amp = -amp;
    }
    for (k = d->opc_start[o * q + old]; k < d->opc_start[o * q + old + 1]; k++) {
        dg[s] = d->opc_row[k];
        if (apply_term(d, t, f - 1, dg, amp * d->opc_val[k], col, out)) { dg[s] = old; return 1; }
    }
    dg[s] = old;
    return 0;
}

static wk_status lat_build(wk_xsff_op_t H, const wk_xsff_model_struct *m, const double *xi)
{
    const lat_data *d = m->data;
    const wk_xsff_lattice_struct *lat = d->lat;
    slong L = lat->L, q = lat->q, D = d->dim, s, t;
    double complex *c = flint_malloc((lat->nterms + 1) * sizeof(double complex));
    slong dg[64];
    tbuf tb = {0, 0, NULL, NULL, NULL};
    wk_status st = WK_OK;
    double cmax = 0, def;

    for (t = 0; t < lat->nterms; t++) {
        const wk_xsff_term_struct *tm = lat->term + t;
        c[t] = tm->coeff;
        if (tm->group >= 0 && tm->sigma != 0 && xi != NULL) c[t] *= 1 + tm->sigma * xi[tm->group];
        if (cabs(c[t]) > cmax) cmax = cabs(c[t]);
    }
    for (s = 0; s < D && st == WK_OK; s++) {
        if ((s & 4095) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        digits_of(dg, d->basis ? d->basis[s] : s, L, q);
        for (t = 0; t < lat->nterms; t++) {
            if (c[t] == 0) continue;
            if (apply_term(d, lat->term + t, lat->term[t].k - 1, dg, c[t], s, &tb)) {
                slong i;
                char buf[200];
                size_t len = 0;
                buf[0] = '\0';
                for (i = 0; i < lat->term[t].k && len < 150; i++)
                    len += snprintf(buf + len, sizeof buf - len, "%s%s_%ld", i ? " " : "",
                                    lat->op_name[lat->term[t].op[i]], (long) lat->term[t].site[i]);
                st = wk_error(WK_E_DOMAIN, "term '%s' leads out of the restricted basis "
                              "(it does not conserve the restricted charge)", buf);
                break;
            }
        }
    }
    if (st == WK_OK) {
        /* entries were generated as <row|H|col>; store as is */
        st = wk_xsff_op_set_triplets(H, D, tb.n, tb.r, tb.c, tb.v);
    }
    if (st == WK_OK) {
        def = wk_xsff_op_hermitian_defect(H);
        if (def > 1e-10 * (cmax > 0 ? cmax : 1))
            st = wk_error(WK_E_DOMAIN, "H is not Hermitian (|H_ij - conj H_ji| = %.3g); "
                          "add the Hermitian conjugate of the terms (hc)", def);
    }
    flint_free(tb.r); flint_free(tb.c); flint_free(tb.v);
    flint_free(c);
    return st;
}

static void lat_copy(wk_xsff_lattice_t dst, const wk_xsff_lattice_t src)
{
    slong i, L = src->L, q = src->q;
    wk_xsff_lattice_init(dst, L, q);
    dst->parity = _wk_xsff_slong_dup(src->parity, q);
    dst->nops = src->nops;
    dst->op_name = flint_malloc((src->nops + 1) * sizeof(char *));
    for (i = 0; i < src->nops; i++) dst->op_name[i] = _wk_xsff_strdup(src->op_name[i]);
    dst->op = flint_malloc((src->nops * q * q + 1) * sizeof(double complex));
    memcpy(dst->op, src->op, src->nops * q * q * sizeof(double complex));
    for (i = 0; i < src->nterms; i++) {
        const wk_xsff_term_struct *t = src->term + i;
        push_term(dst, t->coeff, t->group, t->sigma, t->k, t->op, t->site);
    }
    dst->ngroups = src->ngroups;
    dst->ncharges = src->ncharges;
    dst->charge_name = flint_malloc((src->ncharges + 1) * sizeof(char *));
    for (i = 0; i < src->ncharges; i++) dst->charge_name[i] = _wk_xsff_strdup(src->charge_name[i]);
    dst->charge_val = _wk_xsff_slong_dup(src->charge_val, src->ncharges * L * q);
    dst->charge_offset = _wk_xsff_slong_dup(src->charge_offset, src->ncharges);
    dst->charge_den = _wk_xsff_slong_dup(src->charge_den, src->ncharges);
    dst->nrestrict = src->nrestrict;
    dst->restrict_charge = _wk_xsff_slong_dup(src->restrict_charge, src->nrestrict);
    dst->restrict_value = _wk_xsff_slong_dup(src->restrict_value, src->nrestrict);
}

static void lat_state(slong *label, const wk_xsff_model_struct *m, slong s)
{
    const lat_data *d = m->data;
    digits_of(label, d->basis ? d->basis[s] : s, d->lat->L, d->lat->q);
}

static slong lat_index(const wk_xsff_model_struct *m, const slong *label)
{
    const lat_data *d = m->data;
    slong i;
    for (i = 0; i < d->lat->L; i++) if (label[i] < 0 || label[i] >= d->lat->q) return -1;
    return lookup(d, full_of(label, d->lat->L, d->lat->q));
}

static slong charge_of(const wk_xsff_lattice_t lat, slong c, const slong *dg)
{
    slong i, v = lat->charge_offset[c], L = lat->L, q = lat->q;
    for (i = 0; i < L; i++) v += lat->charge_val[(c * L + i) * q + dg[i]];
    return v;
}

wk_status _wk_xsff_model_from_lattice(wk_xsff_model_t m, const wk_xsff_lattice_t lat,
                                      const char *name, const char *params)
{
    slong L = lat->L, q = lat->q, full, nfull, D, i, j, s, o, g;
    slong dg[64], dg2[64];
    lat_data *d;
    wk_status st;
    int real = 1, disordered = 0;   /* real: a first guess, fixed below */

    if ((st = check_shape(lat))) return st;
    if (lat->nterms == 0)
        return wk_error(WK_E_DOMAIN, "the Hamiltonian has no terms");
    if (lat->ngens > 0 && lat->nirr == 0)
        return wk_error(WK_E_DOMAIN, "symmetry generators given without the irreps of N");
    /* size of the product space */
    nfull = 1;
    for (i = 0; i < L; i++) {
        if (nfull > (WORD(1) << 28) / q)
            return wk_error(WK_E_TOO_LARGE, "product space q^L = %ld^%ld is too large (limit 2^28 states)",
                            (long) q, (long) L);
        nfull *= q;
    }
    /* count kept states */
    D = 0;
    for (full = 0; full < nfull; full++) {
        int keep = 1;
        if (lat->nrestrict == 0) { D = nfull; break; }
        if ((full & 0xfffff) == 0 && wk_interrupted()) return wk_error(WK_E_INTERRUPT, "interrupted");
        digits_of(dg, full, L, q);
        for (i = 0; i < lat->nrestrict && keep; i++)
            if (charge_of(lat, lat->restrict_charge[i], dg) != lat->restrict_value[i]) keep = 0;
        D += keep;
    }
    if (D == 0)
        return wk_error(WK_E_DOMAIN, "no basis state has the requested charges");
    if (D > WK_XSFF_DIM_LIMIT)
        return wk_error(WK_E_TOO_LARGE, "Hilbert space has %ld states > limit %ld",
                        (long) D, (long) WK_XSFF_DIM_LIMIT);

    d = flint_calloc(1, sizeof(lat_data));
    lat_copy(d->lat, lat);
    d->dim = D;
    if (lat->nrestrict > 0) {
        d->basis = flint_malloc(D * sizeof(slong));
        D = 0;
        for (full = 0; full < nfull; full++) {
            int keep = 1;
            digits_of(dg, full, L, q);
            for (i = 0; i < lat->nrestrict && keep; i++)
                if (charge_of(lat, lat->restrict_charge[i], dg) != lat->restrict_value[i]) keep = 0;
            if (keep) d->basis[D++] = full;
        }
    }
    /* sparse columns of the local operators */
    d->opc_start = flint_calloc(d->lat->nops * q + 1, sizeof(slong));
    d->opc_row = flint_malloc((d->lat->nops * q * q + 1) * sizeof(slong));
    d->opc_val = flint_malloc((d->lat->nops * q * q + 1) * sizeof(double complex));
    d->op_odd = flint_calloc(d->lat->nops + 1, sizeof(int));
    for (o = 0, s = 0; o < d->lat->nops; o++) {
        d->op_odd[o] = op_parity(d->lat, d->lat->op + o * q * q) == 1;
        for (j = 0; j < q; j++) {
            d->opc_start[o * q + j] = s;
            for (i = 0; i < q; i++) {
                double complex v = d->lat->op[(o * q + i) * q + j];
                if (v != 0) { d->opc_row[s] = i; d->opc_val[s] = v; s++; if (cimag(v) != 0) real = 0; }
            }
        }
    }
    d->opc_start[d->lat->nops * q] = s;
    d->nvar = d->lat->ngroups * L;
    for (i = 0; i < lat->nterms; i++) {
        if (cimag(lat->term[i].coeff) != 0) real = 0;
        if (lat->term[i].group >= 0 && lat->term[i].sigma != 0) disordered = 1;
    }

    wk_xsff_model_clear(m);
    m->name = _wk_xsff_strdup(name ? name : "lattice");
    m->params = _wk_xsff_strdup(params ? params : "");
    m->dim = d->dim;
    m->real = real;
    m->disordered = disordered;
    m->build = lat_build;
    m->nvar = d->nvar;
    m->nsites = L;
    m->state = lat_state;
    m->index = lat_index;
    m->data = d;
    m->data_clear = lat_data_clear;

    if (lat->ngens > 0 || lat->ncharges == 0) {
        /* finite N from the generators (or the trivial group) */
        slong *perm = flint_malloc(D * sizeof(slong));
        double complex *ph = flint_malloc(D * sizeof(double complex));
        m->kind = WK_XSFF_FINITE;
        wk_xsff_group_clear(m->N);
        wk_xsff_group_init(m->N, D);
        if (lat->ngens == 0) {
            double complex one = 1;
            for (s = 0; s < D; s++) perm[s] = s;
            wk_xsff_group_add_gen(m->N, "1", perm, NULL);
            wk_xsff_group_add_irrep(m->N, "1", 1, &one);
        } else {
            for (g = 0; g < lat->ngens && st == WK_OK; g++) {
                const slong *sp = lat->gen_site + g * L, *lp = lat->gen_local + g * q;
                const double complex *gp = lat->gen_phase + g * q;
                for (s = 0; s < D; s++) {
                    double complex p = 1;
                    slong t, occ[64], nocc = 0, inv = 0, a, b;
                    digits_of(dg, d->basis ? d->basis[s] : s, L, q);
                    for (i = 0; i < L; i++) {
                        dg2[sp[i]] = lp[dg[i]];
                        p *= gp[dg[i]];
                        if (lat->parity && lat->parity[dg[i]]) occ[nocc++] = sp[i];
                    }
                    for (a = 0; a < nocc; a++)
                        for (b = a + 1; b < nocc; b++) if (occ[a] > occ[b]) inv++;
                    if (inv & 1) p = -p;
                    t = lookup(d, full_of(dg2, L, q));
                    if (t < 0) {
                        st = wk_error(WK_E_DOMAIN, "symmetry '%s' does not preserve the restricted basis",
                                      lat->gen_name[g]);
                        break;
                    }
                    perm[s] = t; ph[s] = p;
                }
                if (st == WK_OK) st = wk_xsff_group_add_gen(m->N, lat->gen_name[g], perm, ph);
            }
            for (i = 0; i < lat->nirr && st == WK_OK; i++)
                st = wk_xsff_group_add_irrep(m->N, lat->irr_name[i], lat->irr_dim[i], lat->irr_mats[i]);
        }
        flint_free(perm); flint_free(ph);
        if (st == WK_OK) st = wk_xsff_group_setup(m->N);
    } else {
        slong c, r = lat->ncharges;
        m->kind = WK_XSFF_TORUS;
        wk_xsff_torus_clear(m->T);
        m->T->rank = r;
        m->T->name = flint_malloc(r * sizeof(char *));
        m->T->den = flint_malloc(r * sizeof(slong));
        m->T->value = flint_malloc(D * r * sizeof(slong));
        for (c = 0; c < r; c++) {
            m->T->name[c] = _wk_xsff_strdup(lat->charge_name[c]);
            m->T->den[c] = lat->charge_den[c];
        }
        for (s = 0; s < D; s++) {
            digits_of(dg, d->basis ? d->basis[s] : s, L, q);
            for (c = 0; c < r; c++) m->T->value[s * r + c] = charge_of(lat, c, dg);
        }
    }
    if (st == WK_OK) {
        /* realness: the terms as built (entries like w + conj(w) are real) */
        wk_xsff_op_t H;
        double *xi = flint_calloc(d->nvar + 1, sizeof(double));
        slong v;
        for (v = 0; v < d->nvar; v++) xi[v] = 0.1 + 0.01 * v;   /* a generic realisation */
        wk_xsff_op_init(H);
        st = lat_build(H, m, xi);
        m->real = (st == WK_OK) && H->real;
        flint_free(xi);
        wk_xsff_op_clear(H);
        if (st == WK_OK && m->kind == WK_XSFF_FINITE && !m->real) {
            flint_free(m->N->kperm);
            m->N->kperm = NULL;
        }
    }
    if (st != WK_OK) wk_xsff_model_clear(m);
    return st;
}

wk_status wk_xsff_model_lattice(wk_xsff_model_t m, const wk_xsff_lattice_t lat, const char *name)
{
    char params[64];
    snprintf(params, sizeof params, "L = %ld, q = %ld", (long) lat->L, (long) lat->q);
    return _wk_xsff_model_from_lattice(m, lat, name, params);
}

wk_status wk_xsff_model_set_symmetry(wk_xsff_model_t res, const wk_xsff_model_t m,
                                     const wk_xsff_lattice_t sym)
{
    const lat_data *d;
    wk_xsff_lattice_t lat;
    slong g, i, L, q;
    wk_status st = WK_OK;
    if (m->build != lat_build)
        return wk_error(WK_E_DOMAIN, "model %s is not built from local terms; its symmetry group cannot be "
                        "declared again", m->name ? m->name : "");
    d = m->data;
    L = d->lat->L;
    q = d->lat->q;
    if (sym->L != L || sym->q != q)
        return wk_error(WK_E_DIM, "symmetries are declared on %ld sites of dimension %ld, the model has "
                        "%ld sites of dimension %ld", (long) sym->L, (long) sym->q, (long) L, (long) q);
    if (sym->ngens == 0)
        return wk_error(WK_E_DOMAIN, "no symmetry generators were declared");
    if (sym->nirr == 0)
        return wk_error(WK_E_DOMAIN, "symmetry generators given without the irreps of N");
    lat_copy(lat, d->lat);
    for (g = 0; g < sym->ngens && st == WK_OK; g++)
        st = wk_xsff_lattice_add_symmetry(lat, sym->gen_name[g], sym->gen_site + g * L,
                                          sym->gen_local + g * q, sym->gen_phase + g * q);
    for (i = 0; i < sym->nirr && st == WK_OK; i++)
        st = wk_xsff_lattice_add_irrep(lat, sym->irr_name[i], sym->irr_dim[i], sym->irr_mats[i]);
    if (st == WK_OK) st = _wk_xsff_model_from_lattice(res, lat, m->name, m->params);
    if (st == WK_OK && m->xi != NULL) st = wk_xsff_model_set_couplings(res, m->xi, m->nvar);
    wk_xsff_lattice_clear(lat);
    return st;
}

int wk_xsff_model_is_lattice(const wk_xsff_model_t m)
{
    return m->build == lat_build;
}
