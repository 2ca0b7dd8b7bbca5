/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-errors.c: every row of spec section 9 gets its message (the
   language binding prefixes "builtin_name: "); guards before work. */
#include <complex.h>
#include <math.h>
#include <string.h>
#include "wk_xsff.h"
#include "tap.h"

#define MSG_IS(st, code, text) ((st) == (code) && strcmp(wk_error_msg(), (text)) == 0)
#define MSG_HAS(st, code, text) ((st) == (code) && strstr(wk_error_msg(), (text)) != NULL)

static int progress_calls = 0;
static double progress_last = 0;
static void on_progress(const char *what, double done, double total)
{
    if (what != NULL) { progress_calls++; progress_last = total > 0 ? done / total : 0; }
}

int main(int argc, char **argv)
{
    wk_xsff_model_t m;
    wk_status st;
    tap_init(argc, argv);
    wk_xsff_model_init(m);

    st = wk_xsff_model_torus_chain(m, 8, M_PI / 4, 0.25);
    TAP_OK(MSG_IS(st, WK_E_DOMAIN, "L = 8 is not a multiple of m = 3; A and B do not commute (projective N), "
                  "choose N = <A> x <C> or L divisible by 3"), "torus chain 3 does not divide L: %s", wk_error_msg());
    st = wk_xsff_model_kdbh(m, 7, 9, 0.9, 1, 0);
    TAP_OK(MSG_IS(st, WK_E_DOMAIN, "L = 7 is odd; the momentum shift by pi is not defined"), "KDBH odd L: %s", wk_error_msg());
    st = wk_xsff_model_hubbard(m, 7, 4, 3, 0.5, WK_XSFF_ALL, 1);
    TAP_OK(MSG_HAS(st, WK_E_DOMAIN, "L must be even for eta-pairing on a ring"), "Hubbard odd L: %s", wk_error_msg());
    st = wk_xsff_model_hubbard(m, 3, 4, 3, 0.5, WK_XSFF_ALL, 0);
    TAP_OK(st == WK_OK, "Hubbard odd L allowed with eta = false");
    wk_xsff_model_clear(m);

    /* a declared N element that does not commute with H */
    {
        wk_xsff_lattice_t lat;
        const double complex X[4] = {0, 1, 1, 0}, Z[4] = {1, 0, 0, -1};
        slong flip[2] = {1, 0};
        double complex p1 = 1, m1 = -1;
        wk_xsff_lattice_init(lat, 4, 2);
        wk_xsff_lattice_add_op(lat, "X", X);
        wk_xsff_lattice_add_op(lat, "Z", Z);
        wk_xsff_lattice_add_term(lat, 1, "Z_0 Z_1", 1, 0, -1, 0);
        wk_xsff_lattice_add_term(lat, 0.7, "Z_0", 1, 0, -1, 0);     /* breaks the spin flip */
        wk_xsff_lattice_add_symmetry(lat, "C", NULL, flip, NULL);
        wk_xsff_lattice_add_irrep(lat, "+", 1, &p1);
        wk_xsff_lattice_add_irrep(lat, "-", 1, &m1);
        TAP_OK(wk_xsff_model_lattice(m, lat, "ising") == WK_OK, "model with a non-symmetry declared builds");
        st = wk_xsff_model_check(NULL, m, 1);
        TAP_OK(MSG_HAS(st, WK_E_DOMAIN, "symmetry 'C' does not commute with H (norm of commutator ")
               && strstr(wk_error_msg(), "on a random vector)"), "%s", wk_error_msg());
        {
            wk_xsff_sectors_t S;
            wk_xsff_spectrum_t sp;
            wk_xsff_sectors_init(S); wk_xsff_spectrum_init(sp);
            wk_xsff_sectors_build(S, m);
            st = wk_xsff_spectrum_compute(sp, m, S, 1, 1, 0);
            TAP_OK(MSG_HAS(st, WK_E_DOMAIN, "symmetry 'C' does not commute with H"), "spectrum checks it too");
            wk_xsff_sectors_clear(S); wk_xsff_spectrum_clear(sp);
        }
        wk_xsff_model_clear(m);
        wk_xsff_lattice_clear(lat);
    }
    /* irreps that are not a representation; incomplete irreps */
    {
        wk_xsff_lattice_t lat;
        const double complex Z[4] = {1, 0, 0, -1};
        slong sh[3] = {1, 2, 0};
        double complex one = 1, w = cexp(2 * M_PI * I / 3);
        wk_xsff_lattice_init(lat, 3, 3);
        {
            double complex d[9] = {1, 0, 0, 0, -1, 0, 0, 0, 1};
            wk_xsff_lattice_add_op(lat, "D", d);
        }
        wk_xsff_lattice_add_term(lat, 1, "D_0 D_1", 1, 0, -1, 0);
        wk_xsff_lattice_add_symmetry(lat, "T", NULL, sh, NULL);
        wk_xsff_lattice_add_irrep(lat, "0", 1, &one);
        wk_xsff_lattice_add_irrep(lat, "1", 1, &w);
        st = wk_xsff_model_lattice(m, lat, "x");
        TAP_OK(st == WK_OK, "model with two of three irreps of Z3 builds");
        {
            wk_xsff_sectors_t S;
            wk_xsff_sectors_init(S);
            st = wk_xsff_sectors_build(S, m);
            TAP_OK(MSG_HAS(st, WK_E_DOMAIN, "sector dimensions sum to 18, Hilbert space has 27"), "%s", wk_error_msg());
            wk_xsff_sectors_clear(S);
        }
        wk_xsff_model_clear(m);
        wk_xsff_lattice_clear(lat);
        (void) Z;
        /* rho(g) of the wrong order: w^2 is not a homomorphism image of ... (Z3 with rho = i) */
        wk_xsff_lattice_init(lat, 3, 3);
        {
            double complex d[9] = {1, 0, 0, 0, -1, 0, 0, 0, 1}, bad = I;
            wk_xsff_lattice_add_op(lat, "D", d);
            wk_xsff_lattice_add_term(lat, 1, "D_0 D_1", 1, 0, -1, 0);
            wk_xsff_lattice_add_symmetry(lat, "T", NULL, sh, NULL);
            wk_xsff_lattice_add_irrep(lat, "0", 1, &one);
            wk_xsff_lattice_add_irrep(lat, "1", 1, &w);
            wk_xsff_lattice_add_irrep(lat, "i", 1, &bad);
        }
        st = wk_xsff_model_lattice(m, lat, "x");
        TAP_OK(MSG_HAS(st, WK_E_DOMAIN, "rho('i') is not a homomorphism (rho(a)rho(b) != rho(ab) for a=T, b="),
               "%s", wk_error_msg());
        wk_xsff_lattice_clear(lat);
    }
    /* dense guard: before any work (Hubbard L = 10, S_z = 0: sector 63504) */
    {
        wk_xsff_sectors_t S;
        wk_xsff_spectrum_t sp;
        wk_xsff_sectors_init(S); wk_xsff_spectrum_init(sp);
        wk_xsff_model_torus_chain(m, 6, M_PI / 4, 0.25);
        wk_xsff_sectors_build(S, m);
        st = wk_xsff_spectrum_compute(sp, m, S, 1, 1, 60);
        TAP_OK(MSG_IS(st, WK_E_TOO_LARGE, "sector [0,1] has dimension 81 > dense limit 60"), "%s", wk_error_msg());
        wk_xsff_sectors_clear(S);
        wk_xsff_model_clear(m);
        st = wk_xsff_model_hubbard(m, 10, 4, 3, 0.5, 0, 1);
        TAP_OK(st == WK_OK && m->dim == 184756, "Hubbard L = 10, S_z = 0 has 184756 states");
        wk_xsff_sectors_build(S, m);
        st = wk_xsff_spectrum_compute(sp, m, S, 1, 1, 0);
        TAP_OK(MSG_IS(st, WK_E_TOO_LARGE, "sector (eta_z=0, s_z=0) has dimension 63504 > dense limit 8000"),
               "%s", wk_error_msg());
        wk_xsff_sectors_clear(S);
        wk_xsff_model_clear(m);
        wk_xsff_spectrum_clear(sp);
    }
    /* xsff: times */
    {
        wk_xsff_info_t info;
        wk_xsff_spectrum_t sp;
        wk_xsff_sff_t K;
        slong R = 3;
        double e[3] = {0, 1, 2.5}, t[3] = {1, 3, 2};
        const double *E[1] = {e};
        wk_xsff_info_init(info); wk_xsff_spectrum_init(sp); wk_xsff_sff_init(K);
        wk_xsff_info_set_data(info, 1, NULL, NULL, &R, 1, 0);
        wk_xsff_spectrum_set(sp, info, E);
        st = wk_xsff_sff(K, sp, t, 3, WK_XSFF_FILTER_NONE, 0);
        TAP_OK(MSG_IS(st, WK_E_DOMAIN, "times must be a non-empty increasing list"), "xsff: %s", wk_error_msg());
        st = wk_xsff_sff(K, sp, t, 0, WK_XSFF_FILTER_NONE, 0);
        TAP_OK(MSG_IS(st, WK_E_DOMAIN, "times must be a non-empty increasing list"), "xsff empty: %s", wk_error_msg());
        wk_xsff_info_clear(info); wk_xsff_spectrum_clear(sp); wk_xsff_sff_clear(K);
    }
    /* bootstrap: malformed plateau, unequal R in an orbit, no skeleton (see also t-bootstrap) */
    {
        wk_xsff_info_t info;
        wk_xsff_boot_t B;
        slong R[6] = {1094, 1093, 2187, 2180, 2187, 2187}, P[36], a;
        wk_xsff_info_init(info); wk_xsff_boot_init(B);
        wk_xsff_info_set_data(info, 6, NULL, NULL, R, 18, 0);
        for (a = 0; a < 36; a++) P[a] = (a % 7 == 0) ? R[a / 6] : 0;
        P[1] = 5;
        st = wk_xsff_bootstrap(B, info, P, 6, 0, NULL, NULL, NULL, NULL, NULL);
        TAP_OK(MSG_IS(st, WK_E_DOMAIN, "plateau matrix must be symmetric non-negative, size 6x6 to match 6 sectors"),
               "%s", wk_error_msg());
        st = wk_xsff_bootstrap(B, info, P, 5, 0, NULL, NULL, NULL, NULL, NULL);
        TAP_OK(MSG_IS(st, WK_E_DOMAIN, "plateau matrix must be symmetric non-negative, size 6x6 to match 6 sectors"),
               "wrong size: %s", wk_error_msg());
        P[1] = 0;
        P[2 * 6 + 3] = P[3 * 6 + 2] = 2180;
        st = wk_xsff_bootstrap(B, info, P, 6, 0, NULL, NULL, NULL, NULL, NULL);
        TAP_OK(B->warnings && strstr(B->warnings, "orbit {s2,s3} has R = 2187, 2180")
               && strstr(B->warnings, "N is not normal in G or levels were merged wrongly"), "%s", B->warnings ? B->warnings : "");
        wk_xsff_info_clear(info); wk_xsff_boot_clear(B);
    }
    /* progress reports and the interrupt flag (Ctrl-C) */
    {
        wk_xsff_sectors_t S;
        wk_xsff_spectrum_t sp;
        wk_xsff_sectors_init(S); wk_xsff_spectrum_init(sp);
        wk_xsff_model_torus_chain(m, 6, M_PI / 4, 0.25);
        wk_xsff_sectors_build(S, m);
        wk_progress_set_handler(on_progress);
        st = wk_xsff_spectrum_compute(sp, m, S, 2, 1, 0);
        TAP_OK(st == WK_OK && progress_calls > 0 && fabs(progress_last - 1) < 1e-12,
               "spectra report progress (%d calls, last %.3f)", progress_calls, progress_last);
        wk_progress_set_handler(NULL);
        wk_interrupt_flag = 1;
        st = wk_xsff_spectrum_compute(sp, m, S, 2, 1, 0);
        TAP_OK(st == WK_E_INTERRUPT && sp->nsamples == 0, "interrupt flag: spectra stop with 'interrupted', nothing kept");
        st = wk_xsff_sectors_build(S, m);
        TAP_OK(st == WK_E_INTERRUPT, "interrupt flag: sector construction stops");
        wk_interrupt_flag = 0;
        wk_xsff_sectors_clear(S); wk_xsff_spectrum_clear(sp);
        wk_xsff_model_clear(m);
    }
    wk_xsff_model_clear(m);
    return tap_done();
}
