/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-models.c: the spec's model Hamiltonians against its public
   vectors (section 7, rows 1, 2, 3/7/8/10 (sector sizes), 6, 9, 11) and claims
   (section 6: F at the self-dual point, F^2 = C; the KDBH shift S; eta pairing
   and spin SU(2) of the Hubbard ring), at sizes that keep the test fast. */
#include <complex.h>
#include <math.h>
#include <string.h>
#include "wk_xsff.h"
#include "tap.h"

typedef struct { wk_xsff_sectors_t S; wk_xsff_spectrum_t sp; wk_xsff_plateau_t pl; } run_t;

static wk_status run(run_t *x, const wk_xsff_model_t m, ulong seed)
{
    wk_status st;
    wk_xsff_sectors_init(x->S); wk_xsff_spectrum_init(x->sp); wk_xsff_plateau_init(x->pl);
    if ((st = wk_xsff_sectors_build(x->S, m))) return st;
    if ((st = wk_xsff_spectrum_compute(x->sp, m, x->S, 1, seed, 0))) return st;
    return wk_xsff_plateau(x->pl, x->sp, 0);
}

static void run_clear(run_t *x)
{
    wk_xsff_sectors_clear(x->S); wk_xsff_spectrum_clear(x->sp); wk_xsff_plateau_clear(x->pl);
}

static int R_is(const wk_xsff_sectors_t S, const slong *R, slong n)
{
    slong a;
    if (S->info->nsec != n) return 0;
    for (a = 0; a < n; a++) if (S->info->R[a] != R[a]) return 0;
    return 1;
}

/* y = (x) local 3x3 matrix f on every site of a chain of L qutrits */
static void apply_local(double complex *y, const double complex *x, slong L, const double complex *f)
{
    slong D = 1, i, s, k, st = 1;
    double complex *t;
    for (i = 0; i < L; i++) D *= 3;
    t = flint_malloc(D * sizeof(double complex));
    memcpy(y, x, D * sizeof(double complex));
    for (i = 0; i < L; i++, st *= 3) {
        for (s = 0; s < D; s++) {
            slong d = (s / st) % 3, base = s - d * st;
            double complex v = 0;
            for (k = 0; k < 3; k++) v += f[d * 3 + k] * y[base + k * st];
            t[s] = v;
        }
        memcpy(y, t, D * sizeof(double complex));
    }
    flint_free(t);
}

static double norm_diff(const double complex *a, const double complex *b, slong n)
{
    double s = 0;
    slong i;
    for (i = 0; i < n; i++) s += creal((a[i] - b[i]) * conj(a[i] - b[i]));
    return sqrt(s);
}

int main(int argc, char **argv)
{
    wk_rand_t r;
    wk_xsff_model_t m;
    run_t x;
    ulong seed;
    tap_init(argc, argv);
    seed = tap_seed();
    wk_rand_init(r, seed);
    wk_xsff_model_init(m);

    /* ---- vector 1: torus chain L = 6, theta = pi/6 ---- */
    {
        static const slong R[6] = {41, 40, 81, 81, 81, 81};
        slong a, b;
        int ok = 1;
        wk_xsff_model_torus_chain(m, 6, M_PI / 6, 0.25);
        TAP_OK(run(&x, m, seed) == WK_OK, "torus chain L=6 pi/6 runs (%s)", wk_error_msg());
        TAP_OK(R_is(x.S, R, 6), "vector 1: R = [41,40,81,81,81,81]");
        for (a = 0; a < 6; a++)
            for (b = 0; b < 6; b++) {
                slong want = (a == b) ? R[a] : ((a == 4 && b == 5) || (a == 5 && b == 4) ? 81 : 0);
                if (x.pl->P[a * 6 + b] != want) ok = 0;
            }
        TAP_OK(ok, "vector 1: P = diag(R) except P_[1,1],[1,2] = 81");
        run_clear(&x);
        wk_xsff_model_clear(m);
    }
    /* ---- vector 2: theta = pi/4 histogram ---- */
    {
        static const slong V[4][6] = {{1, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0}, {0, 0, 1, 1, 0, 0}, {0, 0, 0, 0, 1, 1}};
        static const slong C[4] = {41, 40, 81, 81};
        slong i, j;
        int ok;
        wk_xsff_model_torus_chain(m, 6, M_PI / 4, 0.25);
        TAP_OK(run(&x, m, seed + 1) == WK_OK, "torus chain L=6 pi/4 runs");
        ok = x.pl->nvec == 4;
        for (i = 0; i < 4 && ok; i++) {
            int found = 0;
            for (j = 0; j < x.pl->nvec; j++)
                if (memcmp(x.pl->vec + j * 6, V[i], 6 * sizeof(slong)) == 0 && x.pl->count[j] == C[i]) found = 1;
            ok = found;
        }
        TAP_OK(ok, "vector 2: histogram (0,+):41, (0,-):40, [0,1]+[1,0]:81, [1,1]+[1,2]:81");
        TAP_OK(x.pl->min_unmerged > 1e3 * x.pl->tol && x.pl->max_merged < 1e-3 * x.pl->tol,
               "margins: unmerged %.2g, merged %.2g, tol %.2g", x.pl->min_unmerged, x.pl->max_merged, x.pl->tol);
        run_clear(&x);
        wk_xsff_model_clear(m);
    }
    /* ---- claim 1: F commutes with H only at pi/4, F^2 = C ---- */
    {
        const double complex w = cexp(2 * M_PI * I / 3);
        double complex F1[9], C1[9] = {1, 0, 0, 0, 0, 1, 0, 1, 0};
        slong L = 5, D = 243, s, t, i;
        double c4, c6, f2;
        double complex *v = flint_malloc(D * sizeof(double complex)), *y1 = flint_malloc(D * sizeof(double complex));
        double complex *y2 = flint_malloc(D * sizeof(double complex)), *t1 = flint_malloc(D * sizeof(double complex));
        wk_xsff_op_t H;
        for (s = 0; s < 3; s++) for (t = 0; t < 3; t++) F1[t * 3 + s] = cpow(w, s * t) / sqrt(3.0);
        for (i = 0; i < D; i++) v[i] = wk_rand_normal(r) + I * wk_rand_normal(r);
        wk_xsff_op_init(H);
        /* L = 5 is not a multiple of 3; build the chain for theta through the 6-site model? no:
           use L = 6 (D = 729) */
        L = 6; D = 729;
        v = flint_realloc(v, D * sizeof(double complex)); y1 = flint_realloc(y1, D * sizeof(double complex));
        y2 = flint_realloc(y2, D * sizeof(double complex)); t1 = flint_realloc(t1, D * sizeof(double complex));
        for (i = 0; i < D; i++) v[i] = wk_rand_normal(r) + I * wk_rand_normal(r);
        wk_xsff_model_torus_chain(m, L, M_PI / 4, 0.25);
        wk_xsff_model_hamiltonian(H, m, r);
        apply_local(t1, v, L, F1); wk_xsff_op_mul_vec(y1, H, t1);
        wk_xsff_op_mul_vec(t1, H, v); apply_local(y2, t1, L, F1);
        c4 = norm_diff(y1, y2, D);
        wk_xsff_model_clear(m);
        wk_xsff_model_torus_chain(m, L, M_PI / 6, 0.25);
        wk_xsff_model_hamiltonian(H, m, r);
        apply_local(t1, v, L, F1); wk_xsff_op_mul_vec(y1, H, t1);
        wk_xsff_op_mul_vec(t1, H, v); apply_local(y2, t1, L, F1);
        c6 = norm_diff(y1, y2, D);
        apply_local(t1, v, L, F1); apply_local(y1, t1, L, F1);
        apply_local(y2, v, L, C1);
        f2 = norm_diff(y1, y2, D);
        TAP_OK(c4 < 1e-10 && c6 > 1e-2, "claim 1: |[H,F]v| = %.2g at pi/4, %.2g at pi/6", c4, c6);
        TAP_OK(f2 < 1e-10, "claim 1: F^2 = C (s -> -s) (%.2g)", f2);
        wk_xsff_op_clear(H);
        wk_xsff_model_clear(m);
        flint_free(v); flint_free(y1); flint_free(y2); flint_free(t1);
    }
    /* ---- vector 3 (sector sizes at L = 9) ---- */
    {
        static const slong R[6] = {1094, 1093, 2187, 2187, 2187, 2187};
        wk_xsff_sectors_t S;
        wk_xsff_sectors_init(S);
        wk_xsff_model_torus_chain(m, 9, M_PI / 4, 0.25);
        TAP_OK(wk_xsff_sectors_build(S, m) == WK_OK && R_is(S, R, 6), "vector 3: L=9 R = [1094,1093,2187,2187,2187,2187]");
        wk_xsff_sectors_clear(S);
        wk_xsff_model_clear(m);
    }
    /* ---- vector 6: KDBH L = 6, 7 bosons ---- */
    {
        static const slong R[6] = {76, 56, 132, 132, 76, 56};
        slong a;
        int ok = 1;
        wk_xsff_model_kdbh(m, 6, 7, 0.9, 1, 0.25);
        TAP_OK(run(&x, m, seed) == WK_OK, "KDBH L=6 N=7 runs");
        TAP_OK(R_is(x.S, R, 6), "vector 6: R = [76,56,132,132,76,56]");
        for (a = 0; a < 6; a++) {
            slong b = (a == 0) ? 4 : (a == 1) ? 5 : (a == 2) ? 3 : (a == 3) ? 2 : (a == 4) ? 0 : 1;
            if (x.pl->P[a * 6 + b] != R[a]) ok = 0;
        }
        TAP_OK(ok, "vector 6: orbits {(0,+),(3,+)}, {(0,-),(3,-)}, {1,2} (P_ab = R_a)");
        run_clear(&x);
        wk_xsff_model_clear(m);
    }
    /* ---- KDBH: S a_q S^-1 = a_{q+L/2} commutes with H; S T = (-1)^N T S ---- */
    {
        slong L = 6, nb, lab[6], lab2[6], s, q, i;
        for (nb = 6; nb <= 7; nb++) {
            wk_xsff_op_t H;
            slong D;
            double complex *v, *y1, *y2, *t1;
            slong *Sp;
            double c, st;
            wk_xsff_model_kdbh(m, L, nb, 0.9, 1, 0.25);
            D = m->dim;
            v = flint_malloc(D * sizeof(double complex)); y1 = flint_malloc(D * sizeof(double complex));
            y2 = flint_malloc(D * sizeof(double complex)); t1 = flint_malloc(D * sizeof(double complex));
            Sp = flint_malloc(D * sizeof(slong));
            for (s = 0; s < D; s++) {
                wk_xsff_model_state(lab, m, s);
                for (q = 0; q < L; q++) lab2[(q + L / 2) % L] = lab[q];
                Sp[s] = wk_xsff_model_index(m, lab2);
            }
            for (i = 0; i < D; i++) v[i] = wk_rand_normal(r) + I * wk_rand_normal(r);
            wk_xsff_op_init(H);
            wk_xsff_model_hamiltonian(H, m, r);
            for (s = 0; s < D; s++) t1[Sp[s]] = v[s];
            wk_xsff_op_mul_vec(y1, H, t1);
            wk_xsff_op_mul_vec(t1, H, v);
            for (s = 0; s < D; s++) y2[Sp[s]] = t1[s];
            c = norm_diff(y1, y2, D);
            /* T S v vs (-1)^N S T v, T = generator 0 of N */
            for (s = 0; s < D; s++) t1[Sp[s]] = v[s];
            wk_xsff_mono_apply(y1, m->N->gen + 0, t1);
            wk_xsff_mono_apply(t1, m->N->gen + 0, v);
            for (s = 0; s < D; s++) y2[Sp[s]] = ((nb % 2) ? -1 : 1) * t1[s];
            st = norm_diff(y1, y2, D);
            TAP_OK(c < 1e-10 && st < 1e-10, "KDBH L=6 N=%ld: [H, S] = 0 (%.2g), T S = (-1)^N S T (%.2g)", (long) nb, c, st);
            wk_xsff_op_clear(H);
            wk_xsff_model_clear(m);
            flint_free(v); flint_free(y1); flint_free(y2); flint_free(t1); flint_free(Sp);
        }
    }
    /* ---- vectors 7, 8 (sector sizes, KDBH L = 8) ---- */
    {
        static const slong R9[7] = {750, 680, 1430, 1430, 1430, 750, 680}, R8[7] = {440, 370, 800, 808, 800, 422, 387};
        wk_xsff_sectors_t S;
        wk_xsff_sectors_init(S);
        wk_xsff_model_kdbh(m, 8, 9, 0.9, 1, 0.25);
        TAP_OK(wk_xsff_sectors_build(S, m) == WK_OK && R_is(S, R9, 7), "vector 7: KDBH L=8 N=9 R = [750,680,1430,1430,1430,750,680]");
        wk_xsff_sectors_clear(S);
        wk_xsff_model_clear(m);
        wk_xsff_model_kdbh(m, 8, 8, 0.9, 1, 0.25);
        TAP_OK(wk_xsff_sectors_build(S, m) == WK_OK && R_is(S, R8, 7), "vector 8: KDBH L=8 N=8 R = [440,370,800,808,800,422,387]");
        wk_xsff_sectors_clear(S);
        wk_xsff_model_clear(m);
    }
    /* ---- vector 10 (sector sizes, Hubbard L = 8, S_z = 0) ---- */
    {
        static const slong R[9] = {1, 64, 784, 3136, 4900, 3136, 784, 64, 1};
        wk_xsff_sectors_t S;
        wk_xsff_sectors_init(S);
        wk_xsff_model_hubbard(m, 8, 4, 3, 0.5, 0, 1);
        TAP_OK(wk_xsff_sectors_build(S, m) == WK_OK && R_is(S, R, 9), "vector 10: Hubbard L=8 S_z=0 R(N=0..16) = [1,64,784,3136,4900,...]");
        wk_xsff_sectors_clear(S);
        wk_xsff_model_clear(m);
    }
    /* ---- vector 9: Hubbard L = 6, multiplets and accidental clusters ---- */
    {
        wk_xsff_peel_t T;
        static const slong want[8][3] = {{0, 0, 70}, {0, 2, 84}, {2, 0, 84}, {2, 2, 90}, {1, 1, 140}, {3, 3, 20}, {6, 0, 1}, {0, 6, 1}};
        slong i, j;
        int ok = 1;
        wk_xsff_peel_init(T);
        wk_xsff_model_hubbard(m, 6, 4, 3, 0.5, WK_XSFF_ALL, 1);
        TAP_OK(run(&x, m, seed) == WK_OK && wk_xsff_peel(T, x.sp, 0) == WK_OK, "Hubbard L=6 peeled");
        for (i = 0; i < 8; i++) {
            int found = 0;
            for (j = 0; j < T->nmult; j++)
                if (T->hw2[2 * j] == want[i][0] && T->hw2[2 * j + 1] == want[i][1] && T->count[j] == want[i][2]) found = 1;
            if (!found) ok = 0;
        }
        TAP_OK(ok, "vector 9: n(J,S) (0,0) 70, (0,1) 84, (1,0) 84, (1,1) 90, (1/2,1/2) 140, (3/2,3/2) 20, (3,0) 1, (0,3) 1");
        TAP_OK(T->accidental == 8 && T->bad == 0, "vector 9: 8 accidental clusters (%ld)", (long) T->accidental);
        TAP_OK(T->stair_ok && T->integral_sum, "claim 4: staircase = peeled counts, J + S integral for every multiplet");
        wk_xsff_peel_clear(T);
        run_clear(&x);
        wk_xsff_model_clear(m);
    }
    /* ---- Hubbard: eta pairing and spin SU(2) commute with H (even L), eta fails for odd L ---- */
    {
        slong Ls[2] = {4, 3}, li;
        for (li = 0; li < 2; li++) {
            slong L = Ls[li], D, s, j, lab[8];
            double complex *v, *y1, *y2, *t1;
            wk_xsff_op_t H;
            double ce, cs;
            wk_xsff_model_hubbard(m, L, 4, 3, 0.5, WK_XSFF_ALL, L % 2 == 0);
            D = m->dim;
            v = flint_malloc(D * sizeof(double complex)); y1 = flint_malloc(D * sizeof(double complex));
            y2 = flint_malloc(D * sizeof(double complex)); t1 = flint_malloc(D * sizeof(double complex));
            for (s = 0; s < D; s++) v[s] = wk_rand_normal(r) + I * wk_rand_normal(r);
            wk_xsff_op_init(H);
            wk_xsff_model_hamiltonian(H, m, r);
            /* eta = sum_j (-1)^j c_{j dn} c_{j up}: |up dn>_j -> |0>_j (even operator, no string);
               S+ = sum_j c+_{j up} c_{j dn}: |dn>_j -> |up>_j */
            {
                int which;
                double res[2];
                for (which = 0; which < 2; which++) {
                    double complex *u1 = y1, *u2 = y2;
                    slong pass;
                    for (pass = 0; pass < 2; pass++) {
                        /* pass 0: u1 = O H v; pass 1: u2 = H O v */
                        const double complex *in = v;
                        double complex *out = pass == 0 ? u1 : t1;
                        if (pass == 0) { wk_xsff_op_mul_vec(t1, H, v); in = t1; }
                        for (s = 0; s < D; s++) out[s] = 0;
                        for (s = 0; s < D; s++) {
                            wk_xsff_model_state(lab, m, s);
                            for (j = 0; j < L; j++) {
                                slong from = which == 0 ? 3 : 2, to = which == 0 ? 0 : 1, t;
                                double sg = which == 0 ? ((j % 2) ? -1 : 1) : 1;
                                if (lab[j] != from) continue;
                                lab[j] = to;
                                t = wk_xsff_model_index(m, lab);
                                lab[j] = from;
                                if (t >= 0) out[t] += sg * in[s];
                            }
                        }
                        if (pass == 1) wk_xsff_op_mul_vec(u2, H, t1);
                    }
                    res[which] = norm_diff(u1, u2, D);
                }
                ce = res[0]; cs = res[1];
            }
            if (L % 2 == 0)
                TAP_OK(ce < 1e-10 && cs < 1e-10, "claim 4: L=%ld [H, eta] = %.2g, [H, S+] = %.2g", (long) L, ce, cs);
            else
                TAP_OK(ce > 1e-2 && cs < 1e-10, "odd L=%ld: eta does not commute (%.2g), S+ does (%.2g)", (long) L, ce, cs);
            wk_xsff_op_clear(H);
            wk_xsff_model_clear(m);
            flint_free(v); flint_free(y1); flint_free(y2); flint_free(t1);
        }
    }
    /* ---- vector 11: S3 chain L = 7 exact plateau; phi != 0 keeps the pairing (by K) ---- */
    {
        static const slong P[9] = {729, 0, 0, 0, 729, 729, 0, 729, 729};
        wk_xsff_model_s3_chain(m, 7, 1, 1, 0, 0.25);
        TAP_OK(run(&x, m, seed) == WK_OK, "S3 chain L=7 runs");
        TAP_OK(memcmp(x.pl->P, P, sizeof P) == 0, "vector 11: exact P = [[729,0,0],[0,729,729],[0,729,729]]");
        run_clear(&x);
        wk_xsff_model_clear(m);
        wk_xsff_model_s3_chain(m, 6, 1, 1, 0.3, 0.25);
        {
            wk_status st = run(&x, m, seed);
            /* e^{i phi} sigma^+ sigma + h.c. is real and diagonal: H stays real, C is
               broken but complex conjugation K still maps q to -q */
            TAP_OK(st == WK_OK && m->real && x.pl->P[1 * 3 + 2] == 243 && x.pl->P[4] == 243
                   && x.S->info->kperm != NULL && x.S->info->kperm[1] == 2,
                   "S3 chain phi = 0.3: H real, q = 1, 2 still paired, by K (P_12 = %ld)",
                   st ? -1L : (long) x.pl->P[5]);
        }
        run_clear(&x);
        wk_xsff_model_clear(m);
    }
    /* ---- four-state Potts: R = 4^L/4, orbits {00}, {10,01,11} ---- */
    {
        wk_xsff_model_potts4(m, 5, 1, 1, 0.25);
        wk_status st = run(&x, m, seed);
        TAP_OK(st == WK_OK && x.S->info->R[0] == 256 && x.S->info->R[3] == 256
               && x.pl->P[1 * 4 + 2] == 256 && x.pl->P[1 * 4 + 3] == 256 && x.pl->P[0 * 4 + 1] <= 4,
               "Potts L=5: R = 256, orbit {10,01,11}, 00 apart (%s)", wk_error_msg());
        run_clear(&x);
        wk_xsff_model_clear(m);
    }
    /* ---- explicit couplings reproduce a realisation ---- */
    {
        double xi[6] = {0.1, -0.3, 0.5, 1.2, -0.7, 0.2};
        wk_xsff_op_t H1, H2;
        double e = 0;
        slong i;
        wk_xsff_op_init(H1); wk_xsff_op_init(H2);
        wk_xsff_model_torus_chain(m, 6, M_PI / 4, 0.25);
        TAP_OK(m->nvar == 6, "torus chain has L = 6 disorder variables");
        wk_xsff_model_hamiltonian_xi(H1, m, xi, 6);
        TAP_OK(wk_xsff_model_set_couplings(m, xi, 5) == WK_E_DIM, "wrong number of couplings refused: %s", wk_error_msg());
        wk_xsff_model_set_couplings(m, xi, 6);
        wk_xsff_model_hamiltonian(H2, m, r);
        for (i = 0; i < H1->nnz; i++) e = fmax(e, cabs(H1->val[i] - H2->val[i]));
        TAP_OK(H1->nnz == H2->nnz && e == 0, "fixed couplings: every realisation is the given one");
        /* J_0 = 1 + 0.25 * 0.1 on bond (0,1): <s'|H|s> for s = 0, s' = V_0^+ V_1 |0> */
        {
            slong lab[6] = {2, 1, 0, 0, 0, 0}, t = wk_xsff_model_index(m, lab);
            double complex h = wk_xsff_op_entry(H1, t, 0);
            TAP_OK(cabs(h + sin(M_PI / 4) * (1 + 0.25 * 0.1)) < 1e-14, "H_(V0^+V1|0>, |0>) = -sin(theta) J_0 (%g)", creal(h));
        }
        wk_xsff_op_clear(H1); wk_xsff_op_clear(H2);
        wk_xsff_model_clear(m);
    }
    wk_rand_clear(r);
    return tap_done();
}
