/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/model.c: model objects (a Hilbert space, its symmetry N and a
   family of Hamiltonians, one per disorder realisation; spec 2). */
#include <string.h>
#include "xsff_impl.h"

void wk_xsff_model_init(wk_xsff_model_t m)
{
    memset(m, 0, sizeof(wk_xsff_model_struct));
    wk_xsff_group_init(m->N, 0);
    wk_xsff_torus_init(m->T);
}

void wk_xsff_model_clear(wk_xsff_model_t m)
{
    flint_free(m->name);
    flint_free(m->params);
    wk_xsff_group_clear(m->N);
    wk_xsff_torus_clear(m->T);
    if (m->data_clear) m->data_clear(m->data);
    wk_xsff_model_init(m);
}

wk_status wk_xsff_model_hamiltonian(wk_xsff_op_t H, const wk_xsff_model_t m, wk_rand_t r)
{
    if (m->build == NULL)
        return wk_error(WK_E_DOMAIN, "model has no Hamiltonian");
    return m->build(H, m, r);
}
