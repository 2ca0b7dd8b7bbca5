/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-lattice.c: Hamiltonians from local terms against dense
   Kronecker-product constructions (spins; fermions with Jordan-Wigner strings),
   fermionic translations, charge restrictions, and the builder's errors. */
#include <complex.h>
#include <math.h>
#include <string.h>
#include "wk_xsff.h"
#include "tap.h"

/* dense embedding of the q x q matrix o at site i of L sites, multiplied into
   the D x D matrix M from the right: M <- M * O_i (with JW string if fermionic) */
static void mul_site(double complex *M, slong D, slong L, slong q, const double complex *o, slong i,
                     const slong *parity, int odd)
{
    double complex *T = flint_calloc(D * D, sizeof(double complex)), *R = flint_calloc(D * D, sizeof(double complex));
    slong s, t, j, p, k;
    for (s = 0; s < D; s++) {
        slong ds[16], rest;
        for (j = 0, rest = s; j < L; j++) { ds[j] = rest % q; rest /= q; }
        for (t = 0; t < q; t++) {
            slong dt[16], full = 0, par = 0;
            double complex v = o[t * q + ds[i]];
            if (v == 0) continue;
            memcpy(dt, ds, sizeof dt);
            dt[i] = t;
            for (j = L - 1; j >= 0; j--) full = full * q + dt[j];
            if (odd) for (j = 0; j < i; j++) par ^= parity[ds[j]];
            T[full * D + s] = par ? -v : v;
        }
    }
    for (p = 0; p < D; p++)
        for (k = 0; k < D; k++) {
            double complex x = M[p * D + k];
            if (x == 0) continue;
            for (s = 0; s < D; s++) R[p * D + s] += x * T[k * D + s];
        }
    memcpy(M, R, D * D * sizeof(double complex));
    flint_free(T); flint_free(R);
}

static double compare(const wk_xsff_op_t H, const double complex *A, slong D, const slong *basis, slong n)
{
    slong i, j;
    double e = 0;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            slong fi = basis ? basis[i] : i, fj = basis ? basis[j] : j;
            e = fmax(e, cabs(wk_xsff_op_entry(H, i, j) - A[fi * D + fj]));
        }
    return e;
}

int main(int argc, char **argv)
{
    wk_rand_t r;
    slong iter, nit = 8 * tap_multiplier();
    double worst_spin = 0, worst_ferm = 0, worst_restr = 0;
    const double complex Sx[4] = {0, 0.5, 0.5, 0}, Sy[4] = {0, -0.5 * I, 0.5 * I, 0}, Sz[4] = {0.5, 0, 0, -0.5};
    const double complex Sp[4] = {0, 1, 0, 0}, Sm[4] = {0, 0, 1, 0};
    const double complex *sops[5] = {Sx, Sy, Sz, Sp, Sm};
    const char *snames[5] = {"Sx", "Sy", "Sz", "Sp", "Sm"};
    const double complex cc[4] = {0, 1, 0, 0}, cd[4] = {0, 0, 1, 0}, nn[4] = {0, 0, 0, 1};
    const slong par2[2] = {0, 1};
    tap_init(argc, argv);
    wk_rand_init(r, tap_seed());

    for (iter = 0; iter < nit; iter++) {
        /* random spin-1/2 terms on L = 4 sites */
        slong L = 4, q = 2, D = 16, t, k, i, nt = 1 + wk_rand_ulong(r, 6);
        double complex *A = flint_calloc(D * D, sizeof(double complex)), *Tm = flint_malloc(D * D * sizeof(double complex));
        wk_xsff_lattice_t lat;
        wk_xsff_model_t m;
        wk_xsff_op_t H;
        wk_xsff_lattice_init(lat, L, q);
        for (i = 0; i < 5; i++) wk_xsff_lattice_add_op(lat, snames[i], sops[i]);
        for (t = 0; t < nt; t++) {
            slong nf = 1 + wk_rand_ulong(r, 3), f;
            double complex c = wk_rand_normal(r) + I * wk_rand_normal(r);
            char buf[128];
            size_t len = 0;
            for (i = 0; i < D * D; i++) Tm[i] = (i % (D + 1) == 0);
            for (f = 0; f < nf; f++) {
                slong o = wk_rand_ulong(r, 5), st = wk_rand_ulong(r, L);
                len += snprintf(buf + len, sizeof buf - len, "%s%s_%ld", f ? " " : "", snames[o], (long) st);
                mul_site(Tm, D, L, q, sops[o], st, NULL, 0);
            }
            wk_xsff_lattice_add_term(lat, c, buf, 0, 1, -1, 0);
            for (i = 0; i < D; i++)
                for (k = 0; k < D; k++) A[i * D + k] += c * Tm[i * D + k] + conj(c) * conj(Tm[k * D + i]);
        }
        wk_xsff_model_init(m);
        wk_xsff_op_init(H);
        if (wk_xsff_model_lattice(m, lat, "spins") == WK_OK && wk_xsff_model_hamiltonian_xi(H, m, NULL, 0) == WK_OK)
            worst_spin = fmax(worst_spin, compare(H, A, D, NULL, D));
        else worst_spin = INFINITY;
        wk_xsff_op_clear(H);
        wk_xsff_model_clear(m);
        wk_xsff_lattice_clear(lat);

        /* random fermion hoppings and interactions on L = 4 modes */
        memset(A, 0, D * D * sizeof(double complex));
        wk_xsff_lattice_init(lat, L, q);
        wk_xsff_lattice_set_fermions(lat, par2);
        wk_xsff_lattice_add_op(lat, "c", cc);
        wk_xsff_lattice_add_op(lat, "c+", cd);
        wk_xsff_lattice_add_op(lat, "n", nn);
        for (t = 0; t < nt + 2; t++) {
            slong a = wk_rand_ulong(r, L), b = wk_rand_ulong(r, L);
            double complex c = wk_rand_normal(r) + I * wk_rand_normal(r);
            char buf[64];
            int kind = wk_rand_ulong(r, 2);
            for (i = 0; i < D * D; i++) Tm[i] = (i % (D + 1) == 0);
            if (kind == 0) {   /* c+_a c_b */
                snprintf(buf, sizeof buf, "c+_%ld c_%ld", (long) a, (long) b);
                mul_site(Tm, D, L, q, cd, a, par2, 1);
                mul_site(Tm, D, L, q, cc, b, par2, 1);
            } else {           /* n_a n_b */
                snprintf(buf, sizeof buf, "n_%ld n_%ld", (long) a, (long) b);
                mul_site(Tm, D, L, q, nn, a, par2, 0);
                mul_site(Tm, D, L, q, nn, b, par2, 0);
            }
            wk_xsff_lattice_add_term(lat, c, buf, 0, 1, -1, 0);
            for (i = 0; i < D; i++)
                for (k = 0; k < D; k++) A[i * D + k] += c * Tm[i * D + k] + conj(c) * conj(Tm[k * D + i]);
        }
        {
            slong nval[8] = {0, 1, 0, 1, 0, 1, 0, 1};
            wk_xsff_model_init(m);
            wk_xsff_op_init(H);
            if (wk_xsff_model_lattice(m, lat, "fermions") == WK_OK && wk_xsff_model_hamiltonian_xi(H, m, NULL, 0) == WK_OK)
                worst_ferm = fmax(worst_ferm, compare(H, A, D, NULL, D));
            else worst_ferm = INFINITY;
            wk_xsff_op_clear(H);
            wk_xsff_model_clear(m);
            /* the same with the particle number restricted to 2 (charge conserved) */
            wk_xsff_lattice_add_charge(lat, "N", nval, 0, 1);
            wk_xsff_lattice_restrict(lat, 0, 2);
            wk_xsff_model_init(m);
            wk_xsff_op_init(H);
            if (wk_xsff_model_lattice(m, lat, "fermions2") == WK_OK && m->dim == 6
                && wk_xsff_model_hamiltonian_xi(H, m, NULL, 0) == WK_OK) {
                slong basis[6] = {3, 5, 6, 9, 10, 12};
                worst_restr = fmax(worst_restr, compare(H, A, D, basis, 6));
            } else worst_restr = INFINITY;
            wk_xsff_op_clear(H);
            wk_xsff_model_clear(m);
        }
        wk_xsff_lattice_clear(lat);
        flint_free(A); flint_free(Tm);
    }
    TAP_OK(worst_spin < 1e-12, "random spin terms: lattice H = dense Kronecker construction (%.2g)", worst_spin);
    TAP_OK(worst_ferm < 1e-12, "random fermion terms: lattice H = dense Jordan-Wigner construction (%.2g)", worst_ferm);
    TAP_OK(worst_restr < 1e-12, "restricted to N = 2: the same block (%.2g)", worst_restr);

    /* a fermion ring commutes with the fermionic translation (reordering signs) */
    {
        slong L = 5, i, T[5], Pr[5];
        wk_xsff_lattice_t lat;
        wk_xsff_model_t m;
        double complex one = 1;
        for (i = 0; i < L; i++) { T[i] = (i + 1) % L; Pr[i] = (L - i) % L; }
        wk_xsff_lattice_init(lat, L, 2);
        wk_xsff_lattice_set_fermions(lat, par2);
        wk_xsff_lattice_add_op(lat, "c", cc);
        wk_xsff_lattice_add_op(lat, "c+", cd);
        wk_xsff_lattice_add_op(lat, "n", nn);
        wk_xsff_lattice_add_term(lat, -1.3, "c+_0 c_1", 1, 1, -1, 0);
        wk_xsff_lattice_add_term(lat, 0.7, "n_0 n_2", 1, 0, -1, 0);
        wk_xsff_lattice_add_symmetry(lat, "T", T, NULL, NULL);
        wk_xsff_lattice_add_symmetry(lat, "P", Pr, NULL, NULL);
        (void) one;
        {
            /* irreps of D_5 (order 10) */
            double complex w = cexp(2 * M_PI * I / 5);
            double complex triv[2] = {1, 1}, sgn[2] = {1, -1};
            double complex m1[8] = {w, 0, 0, conj(w), 0, 1, 1, 0}, m2[8] = {w * w, 0, 0, conj(w * w), 0, 1, 1, 0};
            wk_xsff_lattice_add_irrep(lat, "A1", 1, triv);
            wk_xsff_lattice_add_irrep(lat, "A2", 1, sgn);
            wk_xsff_lattice_add_irrep(lat, "E1", 2, m1);
            wk_xsff_lattice_add_irrep(lat, "E2", 2, m2);
        }
        wk_xsff_model_init(m);
        TAP_OK(wk_xsff_model_lattice(m, lat, "ring") == WK_OK && m->N->order == 10,
               "fermion ring with D_5 of order 10 (%s)", wk_error_msg());
        TAP_OK(wk_xsff_model_check(NULL, m, 3) == WK_OK, "[H, T] = [H, P] = 0 with fermion reordering signs (%s)", wk_error_msg());
        {
            wk_xsff_sectors_t S;
            wk_xsff_sectors_init(S);
            TAP_OK(wk_xsff_sectors_build(S, m) == WK_OK, "D_5 sectors of 5 fermion modes (%s)", wk_error_msg());
            wk_xsff_sectors_clear(S);
        }
        wk_xsff_model_clear(m);
        wk_xsff_lattice_clear(lat);
    }

    /* errors */
    {
        wk_xsff_lattice_t lat;
        wk_xsff_model_t m;
        const double complex mix[4] = {1, 1, 1, 1};
        slong szv[8] = {1, -1, 1, -1, 1, -1, 1, -1}, flip[2] = {1, 0};
        wk_xsff_lattice_init(lat, 4, 2);
        wk_xsff_lattice_add_op(lat, "Sz", Sz);
        wk_xsff_lattice_add_op(lat, "Sp", Sp);
        wk_xsff_lattice_add_op(lat, "Sm", Sm);
        TAP_OK(wk_xsff_lattice_add_term(lat, 1, "Q_0", 0, 0, -1, 0) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "unknown local operator 'Q'"), "%s", wk_error_msg());
        TAP_OK(wk_xsff_lattice_add_term(lat, 1, "Sz_9", 0, 0, -1, 0) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "site 9 out of range 0..3"), "%s", wk_error_msg());
        TAP_OK(wk_xsff_lattice_add_term(lat, 1, "Sz0", 0, 0, -1, 0) == WK_E_DOMAIN
               && strstr(wk_error_msg(), "malformed factor 'Sz0'"), "%s", wk_error_msg());
        TAP_OK(wk_xsff_lattice_add_op(lat, "bad name", Sz) == WK_E_DOMAIN, "%s", wk_error_msg());
        wk_xsff_lattice_add_term(lat, 1, "Sp_0 Sm_1", 1, 0, -1, 0);   /* no h.c. */
        wk_xsff_model_init(m);
        TAP_OK(wk_xsff_model_lattice(m, lat, "x") == WK_E_DOMAIN && strstr(wk_error_msg(), "not Hermitian"),
               "%s", wk_error_msg());
        wk_xsff_lattice_clear(lat);

        wk_xsff_lattice_init(lat, 4, 2);
        wk_xsff_lattice_add_op(lat, "Sz", Sz);
        wk_xsff_lattice_add_op(lat, "Sp", Sp);
        wk_xsff_lattice_add_charge(lat, "sz", szv, 0, 2);
        wk_xsff_lattice_restrict(lat, 0, 0);
        wk_xsff_lattice_add_term(lat, 1, "Sp_0", 1, 1, -1, 0);
        TAP_OK(wk_xsff_model_lattice(m, lat, "x") == WK_E_DOMAIN && strstr(wk_error_msg(), "out of the restricted basis"),
               "%s", wk_error_msg());
        wk_xsff_lattice_clear(lat);

        wk_xsff_lattice_init(lat, 3, 2);
        wk_xsff_lattice_add_op(lat, "Sz", Sz);
        wk_xsff_lattice_add_charge(lat, "sz", szv, 0, 2);
        wk_xsff_lattice_restrict(lat, 0, 1);
        wk_xsff_lattice_add_term(lat, 1, "Sz_0 Sz_1", 1, 0, -1, 0);
        wk_xsff_lattice_add_symmetry(lat, "F", NULL, flip, NULL);
        {
            double complex p1 = 1, m1 = -1;
            wk_xsff_lattice_add_irrep(lat, "+", 1, &p1);
            wk_xsff_lattice_add_irrep(lat, "-", 1, &m1);
        }
        TAP_OK(wk_xsff_model_lattice(m, lat, "x") == WK_E_DOMAIN && strstr(wk_error_msg(), "does not preserve the restricted basis"),
               "%s", wk_error_msg());
        wk_xsff_lattice_clear(lat);

        wk_xsff_lattice_init(lat, 3, 2);
        wk_xsff_lattice_set_fermions(lat, par2);
        TAP_OK(wk_xsff_lattice_add_op(lat, "m", mix) == WK_E_DOMAIN && strstr(wk_error_msg(), "mixes fermion parities"),
               "%s", wk_error_msg());
        wk_xsff_lattice_clear(lat);
        wk_xsff_model_clear(m);
    }
    wk_rand_clear(r);
    return tap_done();
}
