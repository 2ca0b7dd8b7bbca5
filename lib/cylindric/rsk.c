/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/rsk.c: tableaux, and RSK of a nonnegative integer matrix by
   Fomin's growth diagram (Krattenthaler, arXiv:math/0510676, Thm. 2; spec 4):
   shape(i, j) = forward(shape(i-1, j-1), shape(i-1, j), shape(i, j-1), A_ij);
   P is read off the chain shape(a, 0..b), Q off shape(0..a, b).  The
   inverse runs the backward rule from the top-right corner. */
#include <string.h>
#include "internal.h"

void wk_tableau_init(wk_tableau_t P)
{
    wk_partition_init(&P->shape);
    P->entries = NULL;
}

void wk_tableau_clear(wk_tableau_t P)
{
    wk_partition_clear(&P->shape);
    flint_free(P->entries);
    P->entries = NULL;
}

static slong row_offset(const wk_partition_t shape, slong i)
{
    slong r, o = 0;
    for (r = 0; r < i; r++)
        o += shape->parts[r];
    return o;
}

slong wk_tableau_entry(const wk_tableau_t P, slong i, slong j)
{
    return P->entries[row_offset(&P->shape, i) + j];
}

void wk_tableau_set(wk_tableau_t P, const wk_partition_t shape, const slong *entries)
{
    slong n = wk_partition_size(shape);
    wk_partition_set(&P->shape, shape);
    P->entries = flint_realloc(P->entries, FLINT_MAX(n, 1) * sizeof(slong));
    if (n > 0)
        memcpy(P->entries, entries, n * sizeof(slong));
}

wk_status wk_tableau_check_ssyt(const wk_tableau_t P, slong max)
{
    slong i, j, o = 0, prev = 0;
    wk_status st = wk_partition_check_vec(P->shape.parts, P->shape.length);
    if (st != WK_OK)
        return st;
    for (i = 0; i < P->shape.length; i++) {
        for (j = 0; j < P->shape.parts[i]; j++) {
            slong v = P->entries[o + j];
            if (v < 1 || v > max)
                return wk_error(WK_E_DOMAIN, "tableau entry %ld is outside 1..%ld", (long) v, (long) max);
            if (j > 0 && v < P->entries[o + j - 1])
                return wk_error(WK_E_DOMAIN, "tableau is not semistandard: row %ld decreases at column %ld",
                                (long) (i + 1), (long) (j + 1));
            if (i > 0 && v <= P->entries[prev + j])
                return wk_error(WK_E_DOMAIN,
                                "tableau is not semistandard: column %ld does not increase strictly at row %ld",
                                (long) (j + 1), (long) (i + 1));
        }
        prev = o;
        o += P->shape.parts[i];
    }
    return WK_OK;
}

/* Tableau from a chain c[0] = empty, c[1], ..., c[n] of horizontal strips:
   the cells of c[t]/c[t-1] get the entry t. */
static void tableau_from_chain(wk_tableau_t P, const wk_partition_struct *c, slong n)
{
    slong t, r, col, total = wk_partition_size(c + n);
    slong *off = flint_malloc((c[n].length + 1) * sizeof(slong));
    wk_partition_set(&P->shape, c + n);
    P->entries = flint_realloc(P->entries, FLINT_MAX(total, 1) * sizeof(slong));
    for (r = 0, off[0] = 0; r < c[n].length; r++)
        off[r + 1] = off[r] + c[n].parts[r];
    for (t = 1; t <= n; t++)
        for (r = 0; r < c[t].length; r++)
            for (col = wk_partition_part(c + t - 1, r); col < c[t].parts[r]; col++)
                P->entries[off[r] + col] = t;
    flint_free(off);
}

/* the chain of a tableau with entries in 1..n: c[t] = cells with entry <= t */
static void chain_from_tableau(wk_partition_struct *c, const wk_tableau_t P, slong n)
{
    slong t, r, o;
    slong *v = flint_malloc(FLINT_MAX(P->shape.length, 1) * sizeof(slong));
    for (t = 0; t <= n; t++) {
        for (r = 0, o = 0; r < P->shape.length; r++) {
            slong j = 0;
            while (j < P->shape.parts[r] && P->entries[o + j] <= t)
                j++;
            v[r] = j;
            o += P->shape.parts[r];
        }
        _wk_partition_set_vec(c + t, v, P->shape.length);
    }
    flint_free(v);
}

/* the partitions of one row and one column of a growth diagram */
static wk_partition_struct *partitions_new(slong n)
{
    slong i;
    wk_partition_struct *p = flint_malloc(n * sizeof(wk_partition_struct));
    for (i = 0; i < n; i++)
        wk_partition_init(p + i);
    return p;
}

static void partitions_free(wk_partition_struct *p, slong n)
{
    slong i;
    for (i = 0; i < n; i++)
        wk_partition_clear(p + i);
    flint_free(p);
}

wk_status wk_rsk(wk_tableau_t P, wk_tableau_t Q, const slong *A, slong a, slong b)
{
    slong i, j, total = 0;
    wk_partition_struct *row, *prev, *qc;
    wk_status st = WK_OK;

    if (a < 0 || b < 0)
        return wk_error(WK_E_DIM, "matrix dimensions must be nonnegative");
    if (a > 0 && b > WK_RSK_MAX_CELLS / a)
        return wk_error(WK_E_TOO_LARGE, "a %ld x %ld matrix exceeds the limit of %ld entries",
                        (long) a, (long) b, (long) WK_RSK_MAX_CELLS);
    for (i = 0; i < a; i++)
        for (j = 0; j < b; j++) {
            slong v = A[i * b + j];
            if (v < 0)
                return wk_error(WK_E_DOMAIN, "matrix entries must be nonnegative (entry (%ld,%ld) is %ld)",
                                (long) (i + 1), (long) (j + 1), (long) v);
            if (v > WK_RSK_MAX_CELLS - total)
                return wk_error(WK_E_TOO_LARGE, "the matrix entries sum to more than the limit %ld",
                                (long) WK_RSK_MAX_CELLS);
            total += v;
        }
    row = partitions_new(b + 1);
    prev = partitions_new(b + 1);
    qc = partitions_new(a + 1);
    /* prev = shape(i-1, .), row = shape(i, .) */
    for (i = 1; i <= a && st == WK_OK; i++) {
        wk_partition_zero(row + 0);
        for (j = 1; j <= b; j++)
            _wk_growth_forward(row + j, prev + j - 1, prev + j, row + j - 1, A[(i - 1) * b + (j - 1)]);
        wk_partition_set(qc + i, row + b);
        for (j = 0; j <= b; j++)
            wk_partition_swap(row + j, prev + j);
        if ((i & 63) == 0 && wk_interrupted())
            st = wk_error(WK_E_INTERRUPT, "interrupted");
    }
    if (st == WK_OK) {
        tableau_from_chain(P, prev, b);   /* prev now holds shape(a, .) */
        tableau_from_chain(Q, qc, a);
    }
    partitions_free(row, b + 1);
    partitions_free(prev, b + 1);
    partitions_free(qc, a + 1);
    return st;
}

wk_status wk_rsk_inverse(slong *A, slong a, slong b, const wk_tableau_t P, const wk_tableau_t Q)
{
    slong i, j;
    wk_partition_struct *row, *prev, *qc;
    wk_status st;

    if (a < 0 || b < 0)
        return wk_error(WK_E_DIM, "matrix dimensions must be nonnegative");
    if (a > 0 && b > WK_RSK_MAX_CELLS / a)
        return wk_error(WK_E_TOO_LARGE, "a %ld x %ld matrix exceeds the limit of %ld entries",
                        (long) a, (long) b, (long) WK_RSK_MAX_CELLS);
    if ((st = wk_tableau_check_ssyt(P, b)) != WK_OK || (st = wk_tableau_check_ssyt(Q, a)) != WK_OK)
        return st;
    if (!wk_partition_equal(&P->shape, &Q->shape))
        return wk_error(WK_E_DIM, "P and Q must have the same shape");
    if (wk_partition_size(&P->shape) > WK_RSK_MAX_CELLS)
        return wk_error(WK_E_TOO_LARGE, "tableaux with %ld cells exceed the limit %ld",
                        (long) wk_partition_size(&P->shape), (long) WK_RSK_MAX_CELLS);
    row = partitions_new(b + 1);
    prev = partitions_new(b + 1);
    qc = partitions_new(a + 1);
    chain_from_tableau(row, P, b);        /* row = shape(a, .) */
    chain_from_tableau(qc, Q, a);         /* qc[i] = shape(i, b) */
    for (i = a; i >= 1 && st == WK_OK; i--) {
        /* prev = shape(i-1, .) from row = shape(i, .) */
        wk_partition_set(prev + b, qc + i - 1);
        for (j = b; j >= 1; j--) {
            slong m;
            if (!wk_partition_is_horizontal_strip(row + j, prev + j)
                || !wk_partition_is_horizontal_strip(row + j, row + j - 1)) {
                st = wk_error(WK_E_INTERNAL, "inverse RSK met a square that is not a growth square");
                break;
            }
            _wk_growth_backward(prev + j - 1, &m, row + j, prev + j, row + j - 1);
            A[(i - 1) * b + (j - 1)] = m;
        }
        if (st == WK_OK && prev[0].length != 0)
            st = wk_error(WK_E_INTERNAL, "inverse RSK did not reach the empty shape");
        for (j = 0; j <= b; j++)
            wk_partition_swap(row + j, prev + j);
        if ((i & 63) == 0 && wk_interrupted())
            st = wk_error(WK_E_INTERRUPT, "interrupted");
    }
    for (j = 0; st == WK_OK && j <= b; j++)
        if (row[j].length != 0)
            st = wk_error(WK_E_INTERNAL, "inverse RSK did not reach the empty shape");
    partitions_free(row, b + 1);
    partitions_free(prev, b + 1);
    partitions_free(qc, a + 1);
    return st;
}
