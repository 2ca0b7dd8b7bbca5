/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/linalg.h: matrices of values: arithmetic and linear algebra over Q
   (fmpq_mat), over balls (arb_mat/acb_mat) and over any exact ring (generic). */
#ifndef WK_LINALG_H
#define WK_LINALG_H
#include "wk_int.h"

typedef enum { MK_EXACT, MK_REAL, MK_CPLX, MK_GEN } wk_matkind;

wk_matkind wk_mat_kind(const wk_value *m);
void wk_mat_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out);
/* these throw with the current builtin's name on bad shapes */
wk_value wk_mat_det(wk_state *S, const wk_value *m);
wk_value wk_mat_inverse(wk_state *S, const wk_value *m);
slong wk_mat_rank(wk_state *S, const wk_value *m);
wk_value wk_mat_solve(wk_state *S, const wk_value *a, const wk_value *b);
wk_value wk_mat_transpose(wk_state *S, const wk_value *m);
wk_value wk_mat_identity(slong n);
wk_value wk_mat_mul(wk_state *S, const wk_value *a, const wk_value *b);
/* row-reduced echelon form of an exact matrix and the kernel basis (columns) */
wk_value wk_mat_rref(wk_state *S, const wk_value *m);
wk_value wk_mat_kernel(wk_state *S, const wk_value *m);
#endif
