/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/model.c: model objects (a Hilbert space, its symmetry N and a
   family of Hamiltonians, one per disorder realisation; spec 2). */
#include <math.h>
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
    flint_free(m->xi);
    wk_xsff_group_clear(m->N);
    wk_xsff_torus_clear(m->T);
    if (m->data_clear) m->data_clear(m->data);
    wk_xsff_model_init(m);
}

wk_status wk_xsff_model_hamiltonian(wk_xsff_op_t H, const wk_xsff_model_t m, wk_rand_t r)
{
    double *xi;
    slong i;
    wk_status st;
    if (m->build == NULL)
        return wk_error(WK_E_DOMAIN, "model has no Hamiltonian");
    if (m->xi != NULL || m->nvar == 0)
        return m->build(H, m, m->xi);
    xi = flint_malloc(m->nvar * sizeof(double));
    for (i = 0; i < m->nvar; i++) xi[i] = wk_rand_normal(r);
    st = m->build(H, m, xi);
    flint_free(xi);
    return st;
}

wk_status wk_xsff_model_hamiltonian_xi(wk_xsff_op_t H, const wk_xsff_model_t m,
                                       const double *xi, slong nvar)
{
    slong i;
    if (m->build == NULL)
        return wk_error(WK_E_DOMAIN, "model has no Hamiltonian");
    if (nvar != m->nvar)
        return wk_error(WK_E_DIM, "model %s has %ld disorder variables, got %ld",
                        m->name ? m->name : "", (long) m->nvar, (long) nvar);
    for (i = 0; i < nvar; i++)
        if (!isfinite(xi[i]))
            return wk_error(WK_E_DOMAIN, "disorder variable %ld is not finite", (long) i);
    return m->build(H, m, nvar > 0 ? xi : NULL);
}

wk_status wk_xsff_model_set_couplings(wk_xsff_model_t m, const double *xi, slong n)
{
    slong i;
    if (xi == NULL) { flint_free(m->xi); m->xi = NULL; return WK_OK; }
    if (n != m->nvar)
        return wk_error(WK_E_DIM, "model %s has %ld disorder variables, got %ld",
                        m->name ? m->name : "", (long) m->nvar, (long) n);
    for (i = 0; i < n; i++)
        if (!isfinite(xi[i]))
            return wk_error(WK_E_DOMAIN, "disorder variable %ld is not finite", (long) i);
    flint_free(m->xi);
    m->xi = flint_malloc((n + 1) * sizeof(double));
    for (i = 0; i < n; i++) m->xi[i] = xi[i];
    return WK_OK;
}

void wk_xsff_model_state(slong *label, const wk_xsff_model_t m, slong s)
{
    slong i;
    if (m->state != NULL && s >= 0 && s < m->dim) m->state(label, m, s);
    else for (i = 0; i < m->nsites; i++) label[i] = -1;
}

slong wk_xsff_model_index(const wk_xsff_model_t m, const slong *label)
{
    return m->index != NULL ? m->index(m, label) : -1;
}
