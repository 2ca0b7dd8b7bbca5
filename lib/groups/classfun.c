/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/classfun.c: class functions: arithmetic, the inner product
   <f,g> = (1/|G|) sum |C_k| f(g_k) conj g(g_k), decomposition into
   irreducibles, restriction through the class fusion, induction
   Ind(psi)(g_k) = (|C_G(g_k)|/|H|) sum_{h-classes c -> k} |c| psi(c)
   (Isaacs, Character Theory, ch. 5), symmetric and alternating squares and
   Frobenius-Schur indicators (Isaacs ch. 4). */
#include <stdlib.h>
#include <flint/fmpz_vec.h>
#include "impl.h"

static wk_status diff_groups(void)
{
    return wk_error(WK_E_DOMAIN, "characters belong to different groups");
}

wk_status wk_classfun_init(wk_classfun_t f, wk_group_struct * G)
{
    slong k;
    wk_status st = wk_group_classes(G);
    f->G = NULL;
    f->r = 0;
    f->v = NULL;
    if (st != WK_OK) return st;
    f->G = wk_group_incref(G);
    f->r = G->cls->r;
    f->v = flint_malloc(f->r * sizeof(wk_cyc_struct));
    for (k = 0; k < f->r; k++) wk_cyc_init(f->v + k);
    return WK_OK;
}

void wk_classfun_clear(wk_classfun_t f)
{
    slong k;
    for (k = 0; k < f->r; k++) wk_cyc_clear(f->v + k);
    flint_free(f->v);
    wk_group_clear(f->G);
    f->v = NULL;
    f->G = NULL;
    f->r = 0;
}

/* makes f a class function of G (keeping values if already so) */
static void reinit(wk_classfun_t f, wk_group_struct * G)
{
    slong k;
    if (f->G == G) return;
    wk_classfun_clear(f);
    f->G = wk_group_incref(G);
    f->r = G->cls->r;
    f->v = flint_malloc(f->r * sizeof(wk_cyc_struct));
    for (k = 0; k < f->r; k++) wk_cyc_init(f->v + k);
}

void wk_classfun_set(wk_classfun_t f, const wk_classfun_t g)
{
    slong k;
    if (f == g) return;
    reinit(f, g->G);
    for (k = 0; k < f->r; k++) wk_cyc_set(f->v + k, g->v + k);
}

wk_status wk_classfun_set_values(wk_classfun_t f, wk_group_struct * G,
                                 const wk_cyc_struct * vals, slong len)
{
    slong k;
    wk_status st = wk_group_classes(G);
    if (st != WK_OK) return st;
    if (len != G->cls->r)
        return wk_error(WK_E_DIM, "expected %ld values (one per class), got %ld", (long) G->cls->r, (long) len);
    reinit(f, G);
    for (k = 0; k < f->r; k++) wk_cyc_set(f->v + k, vals + k);
    return WK_OK;
}

wk_status wk_classfun_irr(wk_classfun_t f, wk_group_struct * G, slong i)
{
    slong k;
    wk_status st = wk_group_chartable(G);
    if (st != WK_OK) return st;
    if (i < 0 || i >= G->tab->r)
        return wk_error(WK_E_DOMAIN, "character number %ld out of range 1..%ld", (long) i + 1, (long) G->tab->r);
    reinit(f, G);
    for (k = 0; k < f->r; k++) wk_group_irr_value(f->v + k, G, i, k);
    return WK_OK;
}

wk_status wk_classfun_trivial(wk_classfun_t f, wk_group_struct * G)
{
    slong k;
    wk_status st = wk_group_classes(G);
    if (st != WK_OK) return st;
    reinit(f, G);
    for (k = 0; k < f->r; k++) wk_cyc_one(f->v + k);
    return WK_OK;
}

wk_status wk_classfun_permutation_character(wk_classfun_t f, wk_group_struct * G)
{
    slong k, x, n = G->n;
    wk_status st = wk_group_classes(G);
    if (st != WK_OK) return st;
    reinit(f, G);
    for (k = 0; k < f->r; k++) {
        const pt * g = G->cls->reps + k * n;
        slong fix = 0;
        for (x = 0; x < n; x++) fix += (g[x] == (pt) x);
        wk_cyc_set_si(f->v + k, fix);
    }
    return WK_OK;
}

wk_status wk_classfun_add(wk_classfun_t r, const wk_classfun_t f, const wk_classfun_t g)
{
    slong k;
    wk_status st = WK_OK;
    if (!wk_group_same(f->G, g->G)) return diff_groups();
    reinit(r, f->G);
    for (k = 0; k < r->r && st == WK_OK; k++) st = wk_cyc_add(r->v + k, f->v + k, g->v + k);
    return st;
}

wk_status wk_classfun_sub(wk_classfun_t r, const wk_classfun_t f, const wk_classfun_t g)
{
    slong k;
    wk_status st = WK_OK;
    if (!wk_group_same(f->G, g->G)) return diff_groups();
    reinit(r, f->G);
    for (k = 0; k < r->r && st == WK_OK; k++) st = wk_cyc_sub(r->v + k, f->v + k, g->v + k);
    return st;
}

wk_status wk_classfun_scalar_mul(wk_classfun_t r, const wk_classfun_t f, const wk_cyc_t a)
{
    slong k;
    wk_status st = WK_OK;
    reinit(r, f->G);
    for (k = 0; k < r->r && st == WK_OK; k++) st = wk_cyc_mul(r->v + k, f->v + k, a);
    return st;
}

wk_status wk_classfun_mul(wk_classfun_t r, const wk_classfun_t f, const wk_classfun_t g)
{
    slong k;
    wk_status st = WK_OK;
    if (!wk_group_same(f->G, g->G)) return diff_groups();
    reinit(r, f->G);
    for (k = 0; k < r->r && st == WK_OK; k++) st = wk_cyc_mul(r->v + k, f->v + k, g->v + k);
    return st;
}

wk_status wk_classfun_conj(wk_classfun_t r, const wk_classfun_t f)
{
    slong k;
    reinit(r, f->G);
    for (k = 0; k < r->r; k++) wk_cyc_conj(r->v + k, f->v + k);
    return WK_OK;
}

wk_status wk_classfun_galois(wk_classfun_t r, const wk_classfun_t f, slong a)
{
    slong k, c = 1;
    wk_status st = WK_OK;
    /* sigma_a acts on Q(E(c)), c the conductor of the values: a need only be
       prime to c (it extends to an automorphism of Q(E(exponent))) */
    for (k = 0; k < f->r; k++) {
        slong d = wk_cyc_conductor(f->v + k);
        c = c / _wk_gcd(c, d) * d;
    }
    if (_wk_gcd(a, c) != 1)
        return wk_error(WK_E_DOMAIN, "Galois exponent %ld is not coprime to the conductor %ld of the values",
                        (long) a, (long) c);
    reinit(r, f->G);
    for (k = 0; k < r->r && st == WK_OK; k++) st = wk_cyc_galois(r->v + k, f->v + k, a);
    return st;
}

wk_status wk_classfun_inner(wk_cyc_t res, const wk_classfun_t f, const wk_classfun_t g)
{
    slong k, L = 1;
    cyc_acc_struct A;
    fmpz_t sz;
    fmpq_t q;
    classes_struct * C;
    if (!wk_group_same(f->G, g->G)) return diff_groups();
    C = f->G->cls;
    for (k = 0; k < f->r; k++) {
        L = _wk_lcm(L, _wk_lcm(f->v[k].n, g->v[k].n));
        if (L > WK_CYC_MAX_N) return wk_error(WK_E_TOO_LARGE, "values need a field above Q(E(%d))", WK_CYC_MAX_N);
    }
    cyc_acc_init(&A, L);
    fmpz_init(sz);
    for (k = 0; k < f->r; k++) {
        if (wk_cyc_is_zero(f->v + k) || wk_cyc_is_zero(g->v + k)) continue;
        fmpz_set_ui(sz, C->size[k]);
        cyc_acc_addmul(&A, f->v + k, g->v + k, 1, sz);
    }
    cyc_acc_get(res, &A);
    fmpq_init(q);
    fmpq_set_si(q, 1, 1);
    fmpz_set_ui(fmpq_denref(q), C->gorder);
    wk_cyc_mul_fmpq(res, res, q);
    fmpq_clear(q);
    fmpz_clear(sz);
    cyc_acc_clear(&A);
    return WK_OK;
}

wk_status wk_classfun_decompose(wk_cyc_struct * c, const wk_classfun_t f)
{
    slong i;
    wk_classfun_t chi;
    wk_status st = wk_group_chartable(f->G);
    if (st != WK_OK) return st;
    wk_classfun_init(chi, f->G);
    for (i = 0; i < f->G->tab->r && st == WK_OK; i++) {
        st = wk_classfun_irr(chi, f->G, i);
        if (st == WK_OK) st = wk_classfun_inner(c + i, f, chi);
    }
    wk_classfun_clear(chi);
    return st;
}

wk_status wk_classfun_restrict(wk_classfun_t r, const wk_classfun_t f, wk_group_struct * H)
{
    int sub;
    slong * fus, c;
    wk_status st = wk_group_is_subgroup(&sub, H, f->G);
    if (st != WK_OK) return st;
    if (!sub) return wk_error(WK_E_DOMAIN, "argument 2 is not a subgroup of the character's group");
    if ((st = wk_group_classes(H)) != WK_OK) return st;
    fus = flint_malloc(H->cls->r * sizeof(slong));
    st = wk_group_class_fusion(fus, H, f->G);
    if (st == WK_OK) {
        wk_classfun_t t;
        wk_classfun_init(t, H);
        for (c = 0; c < t->r; c++) wk_cyc_set(t->v + c, f->v + fus[c]);
        wk_classfun_set(r, t);
        wk_classfun_clear(t);
    }
    flint_free(fus);
    return st;
}

wk_status wk_classfun_induce(wk_classfun_t r, const wk_classfun_t psi, wk_group_struct * G)
{
    int sub;
    wk_group_struct * H = psi->G;
    slong * fus, c, k;
    wk_status st = wk_group_is_subgroup(&sub, H, G);
    if (st != WK_OK) return st;
    if (!sub) return wk_error(WK_E_DOMAIN, "psi belongs to a group that is not a subgroup of G");
    if ((st = wk_group_classes(G)) != WK_OK) return st;
    fus = flint_malloc(H->cls->r * sizeof(slong));
    st = wk_group_class_fusion(fus, H, G);
    if (st == WK_OK) {
        wk_classfun_t t;
        wk_cyc_t s, u;
        fmpq_t q;
        wk_cyc_init(s); wk_cyc_init(u);
        fmpq_init(q);
        wk_classfun_init(t, G);
        for (k = 0; k < t->r && st == WK_OK; k++) {
            wk_cyc_zero(s);
            for (c = 0; c < H->cls->r && st == WK_OK; c++) {
                if (fus[c] != k) continue;
                wk_cyc_mul_si(u, psi->v + c, H->cls->size[c]);
                st = wk_cyc_add(s, s, u);
            }
            /* times |C_G(g_k)| / |H| = |G| / (|C_k| |H|) */
            fmpz_set_ui(fmpq_numref(q), G->cls->gorder);
            fmpz_set_ui(fmpq_denref(q), (ulong) G->cls->size[k]);
            fmpz_mul_ui(fmpq_denref(q), fmpq_denref(q), H->cls->gorder);
            fmpq_canonicalise(q);
            wk_cyc_mul_fmpq(t->v + k, s, q);
        }
        if (st == WK_OK) wk_classfun_set(r, t);
        wk_classfun_clear(t);
        wk_cyc_clear(s); wk_cyc_clear(u);
        fmpq_clear(q);
    }
    flint_free(fus);
    return st;
}

static wk_status square(wk_classfun_t r, const wk_classfun_t f, int sign)
{
    slong k;
    wk_status st = WK_OK;
    wk_classfun_t t;
    wk_cyc_t a, b;
    classes_struct * C = f->G->cls;
    wk_classfun_init(t, f->G);
    wk_cyc_init(a); wk_cyc_init(b);
    for (k = 0; k < t->r && st == WK_OK; k++) {
        st = wk_cyc_mul(a, f->v + k, f->v + k);
        if (st != WK_OK) break;
        if (sign > 0) st = wk_cyc_add(b, a, f->v + _wk_powermap(f->G, k)[2 % C->eorder[k]]);
        else st = wk_cyc_sub(b, a, f->v + _wk_powermap(f->G, k)[2 % C->eorder[k]]);
        wk_cyc_div_si(t->v + k, b, 2);
    }
    if (st == WK_OK) wk_classfun_set(r, t);
    wk_classfun_clear(t);
    wk_cyc_clear(a); wk_cyc_clear(b);
    return st;
}

wk_status wk_classfun_sym2(wk_classfun_t r, const wk_classfun_t f) { return square(r, f, 1); }
wk_status wk_classfun_alt2(wk_classfun_t r, const wk_classfun_t f) { return square(r, f, -1); }

wk_status wk_classfun_fs_indicator(fmpz_t res, const wk_classfun_t f)
{
    slong k, L = 1;
    wk_cyc_t nrm, s;
    fmpq_t q;
    classes_struct * C = f->G->cls;
    cyc_acc_struct A;
    fmpz_t sz;
    wk_status st;
    for (k = 0; k < f->r; k++)
        if (!wk_cyc_is_integral(f->v + k)) return wk_error(WK_E_DOMAIN, "argument is not a character");
    wk_cyc_init(nrm); wk_cyc_init(s);
    fmpq_init(q);
    st = wk_classfun_inner(nrm, f, f);
    if (st == WK_OK && (!wk_cyc_get_fmpq(q, nrm) || !fmpz_is_one(fmpq_denref(q)) || fmpz_sgn(fmpq_numref(q)) <= 0))
        st = wk_error(WK_E_DOMAIN, "argument is not a character");
    if (st == WK_OK) {
        for (k = 0; k < f->r; k++) L = _wk_lcm(L, f->v[k].n);
        cyc_acc_init(&A, L);
        fmpz_init(sz);
        for (k = 0; k < f->r; k++) {
            fmpz_set_ui(sz, C->size[k]);
            cyc_acc_add(&A, f->v + _wk_powermap(f->G, k)[2 % C->eorder[k]], sz);
        }
        cyc_acc_get(s, &A);
        cyc_acc_clear(&A);
        fmpz_clear(sz);
        if (!wk_cyc_get_fmpq(q, s)) st = wk_error(WK_E_DOMAIN, "argument is not a character");
        else {
            fmpz_t gord;
            fmpz_init_set_ui(gord, C->gorder);
            fmpq_div_fmpz(q, q, gord);
            if (!fmpz_is_one(fmpq_denref(q))) st = wk_error(WK_E_DOMAIN, "argument is not a character");
            else fmpz_set(res, fmpq_numref(q));
            fmpz_clear(gord);
        }
    }
    wk_cyc_clear(nrm); wk_cyc_clear(s);
    fmpq_clear(q);
    return st;
}

wk_status wk_classfun_is_character(int * res, const wk_classfun_t f)
{
    slong i, r;
    wk_cyc_struct * c;
    fmpq_t q;
    int any = 0;
    wk_status st = wk_group_chartable(f->G);
    if (st != WK_OK) return st;
    r = f->G->tab->r;
    c = flint_malloc(r * sizeof(wk_cyc_struct));
    for (i = 0; i < r; i++) wk_cyc_init(c + i);
    fmpq_init(q);
    st = wk_classfun_decompose(c, f);
    *res = (st == WK_OK);
    for (i = 0; i < r && *res; i++) {
        if (!wk_cyc_get_fmpq(q, c + i) || !fmpz_is_one(fmpq_denref(q)) || fmpz_sgn(fmpq_numref(q)) < 0)
            *res = 0;
        else if (fmpz_sgn(fmpq_numref(q)) > 0) any = 1;
    }
    if (!any) *res = 0;
    fmpq_clear(q);
    for (i = 0; i < r; i++) wk_cyc_clear(c + i);
    flint_free(c);
    return st;
}

wk_status wk_classfun_tensor_decompose(wk_cyc_struct * c, const wk_classfun_t f, const wk_classfun_t g)
{
    wk_classfun_t t;
    wk_status st;
    if (!wk_group_same(f->G, g->G)) return diff_groups();
    wk_classfun_init(t, f->G);
    st = wk_classfun_mul(t, f, g);
    if (st == WK_OK) st = wk_classfun_decompose(c, t);
    wk_classfun_clear(t);
    return st;
}

int wk_classfun_degree(slong * d, const wk_classfun_t f)
{
    fmpq_t q;
    int ok;
    if (f->r == 0) return 0;
    fmpq_init(q);
    ok = wk_cyc_get_fmpq(q, f->v) && fmpz_is_one(fmpq_denref(q)) && fmpz_fits_si(fmpq_numref(q));
    if (ok) *d = fmpz_get_si(fmpq_numref(q));
    fmpq_clear(q);
    return ok;
}
