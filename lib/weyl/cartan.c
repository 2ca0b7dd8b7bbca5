/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/cartan.c: Cartan matrices from type strings and from generalized
   Cartan matrices (validation, components, finite-type identification of
   spec 4.2 after Kac, Infinite dimensional Lie algebras, Thm 4.3 / 4.8). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpq_mat.h>
#include "impl.h"

/* ---- the four kinds of finite-type shapes, and their orders ---- */

void _wk_weyl_type_order(fmpz_t ord, char letter, slong m)
{
    fmpz_t t;
    switch (letter) {
    case 'A': fmpz_fac_ui(ord, m + 1); break;
    case 'B': case 'C':
        fmpz_init(t); fmpz_fac_ui(ord, m); fmpz_set_ui(t, 1); fmpz_mul_2exp(t, t, m);
        fmpz_mul(ord, ord, t); fmpz_clear(t); break;
    case 'D':
        fmpz_init(t); fmpz_fac_ui(ord, m); fmpz_set_ui(t, 1); fmpz_mul_2exp(t, t, m - 1);
        fmpz_mul(ord, ord, t); fmpz_clear(t); break;
    case 'E':
        fmpz_set_ui(ord, m == 6 ? 51840 : m == 7 ? 2903040 : 696729600); break;
    case 'F': fmpz_set_ui(ord, 1152); break;
    case 'G': fmpz_set_ui(ord, 12); break;
    default: fmpz_zero(ord);
    }
}

#define A_(i, j) a[(i) * n + (j)]

/* Follows the arm that leaves node `from` towards `to` until its end; stores
   the nodes (starting with `to`) in arm and returns the arm length.  The
   component is a tree with maximal degree 3. */
static slong follow_arm(slong *arm, const slong *a, slong n, const slong *nodes, slong m,
                        slong from, slong to)
{
    slong len = 0, prev = from, cur = to, p, next;
    for (;;) {
        arm[len++] = cur;
        next = -1;
        for (p = 0; p < m; p++) {
            slong v = nodes[p];
            if (v != cur && v != prev && A_(cur, v) != 0) { next = v; break; }
        }
        if (next < 0) return len;
        prev = cur; cur = next;
    }
}

int _wk_weyl_classify(char *letter, slong *nodes, fmpz_t ord, const slong *a, slong n, slong m)
{
    slong p, q, edges = 0, cnt2 = 0, cnt3 = 0, nbranch = 0, branch = -1;
    slong *deg, *out;
    int ok = 0;

    *letter = '?';
    fmpz_zero(ord);
    if (m == 1) { *letter = 'A'; fmpz_set_ui(ord, 2); return 1; }

    deg = flint_calloc(m, sizeof(slong));
    out = flint_malloc(m * sizeof(slong));
    for (p = 0; p < m; p++)
        for (q = p + 1; q < m; q++) {
            slong x = A_(nodes[p], nodes[q]), y = A_(nodes[q], nodes[p]), b;
            if (x == 0) continue;
            b = x * y;  /* both in [-2^30, 0]: no overflow in slong */
            if (b > 3) goto done;
            edges++; deg[p]++; deg[q]++;
            if (b == 2) cnt2++;
            if (b == 3) cnt3++;
        }
    if (edges != m - 1) goto done;       /* connected: a tree iff m - 1 edges */
    for (p = 0; p < m; p++) {
        if (deg[p] > 3) goto done;
        if (deg[p] == 3) { nbranch++; branch = p; }
    }
    if (cnt3) {
        if (m != 2) goto done;
        /* G2: alpha_1 short, a_12 = -3 (row of the short root) */
        if (A_(nodes[0], nodes[1]) != -3) { slong t = nodes[0]; nodes[0] = nodes[1]; nodes[1] = t; }
        *letter = 'G'; ok = 1; goto done;
    }
    if (nbranch > 1) goto done;
    if (nbranch == 1) {
        slong *armp[3], len[3], k = 0, v = nodes[branch], i, j;
        slong *big;
        if (cnt2) goto done;
        big = flint_malloc(3 * m * sizeof(slong));
        for (i = 0; i < 3; i++) armp[i] = big + i * m;
        for (q = 0; q < m; q++)
            if (nodes[q] != v && A_(v, nodes[q]) != 0) {
                len[k] = follow_arm(armp[k], a, n, nodes, m, v, nodes[q]);
                k++;
            }
        /* sort arms by length, ties by the index of the arm's end node */
        for (i = 0; i < 3; i++)
            for (j = i + 1; j < 3; j++)
                if (len[j] < len[i] || (len[j] == len[i] && armp[j][len[j] - 1] < armp[i][len[i] - 1])) {
                    slong *tp = armp[i], tl = len[i];
                    armp[i] = armp[j]; len[i] = len[j]; armp[j] = tp; len[j] = tl;
                }
        if (len[0] == 1 && len[1] == 1) {
            /* D_m: node 1 = end of the long arm (for D4: the smallest leaf),
               ..., node m-2 = branch, nodes m-1, m = the two other leaves */
            slong *la, ll, *l1, *l2, t = 0;
            if (len[2] == 1) {  /* D4: all arms of length 1; the smallest leaf first */
                slong e[3] = { armp[0][0], armp[1][0], armp[2][0] }, x;
                for (i = 0; i < 3; i++) for (j = i + 1; j < 3; j++)
                    if (e[j] < e[i]) { x = e[i]; e[i] = e[j]; e[j] = x; }
                nodes[0] = e[0]; nodes[1] = v; nodes[2] = e[1]; nodes[3] = e[2];
            } else {
                la = armp[2]; ll = len[2]; l1 = armp[0]; l2 = armp[1];
                for (i = ll - 1; i >= 0; i--) out[t++] = la[i];
                out[t++] = v;
                if (l1[0] < l2[0]) { out[t++] = l1[0]; out[t++] = l2[0]; }
                else { out[t++] = l2[0]; out[t++] = l1[0]; }
                memcpy(nodes, out, m * sizeof(slong));
            }
            *letter = 'D'; ok = 1;
        } else if (len[0] == 1 && len[1] == 2 && len[2] >= 2 && len[2] <= 4) {
            slong t = 0;
            out[t++] = armp[1][1];   /* node 1 */
            out[t++] = armp[0][0];   /* node 2 */
            out[t++] = armp[1][0];   /* node 3 */
            out[t++] = v;            /* node 4 */
            for (i = 0; i < len[2]; i++) out[t++] = armp[2][i];
            memcpy(nodes, out, m * sizeof(slong));
            *letter = 'E'; ok = 1;
        }
        flint_free(big);
        goto done;
    }
    /* a path */
    {
        slong e1 = -1, t = 0, prev, cur, i, pos2 = -1;
        for (p = 0; p < m; p++) if (deg[p] == 1) { e1 = nodes[p]; break; }  /* smallest end */
        prev = -1; cur = e1;
        while (cur >= 0) {
            slong next = -1;
            out[t++] = cur;
            for (q = 0; q < m; q++) {
                slong v = nodes[q];
                if (v != cur && v != prev && A_(cur, v) != 0) { next = v; break; }
            }
            prev = cur; cur = next;
        }
        if (cnt2 == 0) { memcpy(nodes, out, m * sizeof(slong)); *letter = 'A'; ok = 1; goto done; }
        if (cnt2 > 1) goto done;
        for (i = 0; i + 1 < m; i++)
            if (A_(out[i], out[i + 1]) * A_(out[i + 1], out[i]) == 2) pos2 = i;
        if (pos2 == 0 || pos2 == m - 2) {
            if (pos2 == 0) {  /* put the double bond at the end */
                for (i = 0; i < m / 2; i++) { slong x = out[i]; out[i] = out[m - 1 - i]; out[m - 1 - i] = x; }
            }
            if (m == 2) {
                /* B2: alpha_1 long, alpha_2 short, a_21 = -2 */
                if (A_(out[1], out[0]) != -2) { slong x = out[0]; out[0] = out[1]; out[1] = x; }
                *letter = 'B';
            } else
                *letter = A_(out[m - 1], out[m - 2]) == -2 ? 'B' : 'C';
            memcpy(nodes, out, m * sizeof(slong));
            ok = 1;
        } else if (m == 4 && pos2 == 1) {
            /* F4: 1-2=>3-4 with a_32 = -2 (alpha_3 short) */
            if (A_(out[2], out[1]) != -2)
                for (i = 0; i < 2; i++) { slong x = out[i]; out[i] = out[3 - i]; out[3 - i] = x; }
            memcpy(nodes, out, m * sizeof(slong));
            *letter = 'F'; ok = 1;
        }
    }
done:
    if (ok) _wk_weyl_type_order(ord, *letter, m);
    else {
        /* not of finite type: keep the nodes increasing */
        slong i, j;
        for (i = 0; i < m; i++) for (j = i + 1; j < m; j++)
            if (nodes[j] < nodes[i]) { slong x = nodes[i]; nodes[i] = nodes[j]; nodes[j] = x; }
    }
    flint_free(deg);
    flint_free(out);
    return ok;
}

/* ---- positive roots by the root-string rule (spec section 1) ---- */

static int cmp_desc(const slong *x, const slong *y, slong n)
{
    slong k;
    for (k = 0; k < n; k++)
        if (x[k] != y[k]) return x[k] > y[k] ? -1 : 1;
    return 0;
}

static int cmp_root_desc(const void *x, const void *y, void *ctx)
{
    return cmp_desc((const slong *) x, (const slong *) y, *(const slong *) ctx);
}

/* Generates the positive roots of a finite-type R (npos known). */
static void make_roots(wk_weyl_t R)
{
    slong n = R->n, N = R->npos, len = 0, lo = 0, hi, i, k, j;
    slong *roots = flint_malloc(N * n * sizeof(slong));
    int32_t *key = flint_malloc(n * sizeof(int32_t));
    _wk_vset_t set;
    const slong *a = R->a;

    _wk_vset_init(set, n);
    for (i = 0; i < n; i++) {
        for (k = 0; k < n; k++) { roots[i * n + k] = (k == i); key[k] = (k == i); }
        _wk_vset_insert(set, key, NULL);
    }
    len = n;
    while (lo < len) {
        hi = len;
        for (k = lo; k < hi; k++) {
            const slong *b = roots + k * n;
            for (i = 0; i < n; i++) {
                slong pair = 0, p = 0, q;
                int isnew;
                for (j = 0; j < n; j++) pair += A_(i, j) * b[j];  /* <beta, alpha_i^vee> */
                /* p = largest k with beta - k alpha_i a root */
                for (;;) {
                    slong c = b[i] - (p + 1);
                    if (c < 0) break;
                    for (j = 0; j < n; j++) key[j] = (int32_t) b[j];
                    key[i] = (int32_t) c;
                    if (_wk_vset_find(set, key) < 0) break;
                    p++;
                }
                q = p - pair;
                if (q <= 0) continue;
                for (j = 0; j < n; j++) key[j] = (int32_t) b[j];
                key[i]++;
                _wk_vset_insert(set, key, &isnew);
                if (isnew) {
                    for (j = 0; j < n; j++) roots[len * n + j] = key[j];
                    len++;
                }
            }
        }
        /* the new level has height one more: sort it */
        _wk_sort(roots + hi * n, len - hi, n * sizeof(slong), cmp_root_desc, &n);
        lo = hi;
    }
    /* the simple roots come out as e_1, ..., e_n: already decreasing */
    R->roots = roots;
    R->rootnorm = flint_malloc(N * sizeof(slong));
    for (k = 0; k < N; k++) {
        /* (beta, beta)/2 = sum_j c_j d_j (A c)_j / 2 */
        const slong *c = roots + k * n;
        slong s = 0;
        for (j = 0; j < n; j++) {
            slong x = 0, l;
            if (c[j] == 0) continue;
            for (l = 0; l < n; l++) x += A_(j, l) * c[l];
            s += c[j] * R->sym[j] * x;
        }
        R->rootnorm[k] = s / 2;
    }
    _wk_vset_clear(set);
    flint_free(key);
}

static slong type_npos(char letter, slong m)
{
    switch (letter) {
    case 'A': return m * (m + 1) / 2;
    case 'B': case 'C': return m * m;
    case 'D': return m * (m - 1);
    case 'E': return m == 6 ? 36 : m == 7 ? 63 : 120;
    case 'F': return 24;
    case 'G': return 6;
    }
    return -1;
}

/* ---- initialisation from the entries ---- */

static void zero_struct(wk_weyl_t R)
{
    memset(R, 0, sizeof(wk_weyl_struct));
    fmpz_init(R->order);
    fmpq_mat_init(R->ainv, 0, 0);
    R->npos = -1;
}

/* Takes ownership of a (validated GCM).  name may be NULL (then derived). */
static wk_status init_from_entries(wk_weyl_t R, slong *a, slong n, const char *name)
{
    slong i, j, c, *stack, *seen;
    char *buf;
    size_t blen;

    R->n = n;
    R->a = a;
    R->comp_of = flint_malloc(n * sizeof(slong));
    if (n <= 64) {
        R->adj = flint_calloc(n, sizeof(ulong));
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                if (i != j && A_(i, j) != 0) R->adj[i] |= UWORD(1) << j;
    }
    /* components by BFS, in order of their smallest node */
    seen = flint_calloc(n, sizeof(slong));
    stack = flint_malloc(n * sizeof(slong));
    R->comp = flint_malloc(n * sizeof(wk_weyl_component_struct));
    R->ncomp = 0;
    R->finite = 1;
    fmpz_one(R->order);
    for (i = 0; i < n; i++) {
        slong top = 0, m = 0, *nodes;
        wk_weyl_component_struct *C;
        if (seen[i]) continue;
        c = R->ncomp++;
        C = R->comp + c;
        nodes = flint_malloc(n * sizeof(slong));
        seen[i] = 1; stack[top++] = i;
        while (top) {
            slong u = stack[--top];
            nodes[m++] = u;
            R->comp_of[u] = c;
            for (j = 0; j < n; j++)
                if (!seen[j] && j != u && A_(u, j) != 0) { seen[j] = 1; stack[top++] = j; }
        }
        /* sort increasing, then classify (which reorders into Bourbaki order) */
        {
            slong x, y;
            for (x = 1; x < m; x++) {
                slong v = nodes[x];
                for (y = x; y > 0 && nodes[y - 1] > v; y--) nodes[y] = nodes[y - 1];
                nodes[y] = v;
            }
        }
        nodes = flint_realloc(nodes, m * sizeof(slong));
        C->nodes = nodes;
        C->rank = m;
        fmpz_init(C->order);
        if (!_wk_weyl_classify(&C->letter, nodes, C->order, a, n, m)) R->finite = 0;
        fmpz_mul(R->order, R->order, C->order);
    }
    flint_free(seen);
    flint_free(stack);

    /* the name */
    if (name != NULL) {
        R->name = flint_malloc(strlen(name) + 1);
        strcpy(R->name, name);
    } else {
        blen = 1;
        for (c = 0; c < R->ncomp; c++) blen += 24;
        buf = flint_malloc(blen);
        buf[0] = '\0';
        for (c = 0; c < R->ncomp; c++) {
            char part[32];
            snprintf(part, sizeof part, "%s%c%ld", c ? "x" : "", R->comp[c].letter,
                     (long) R->comp[c].rank);
            strcat(buf, part);
        }
        R->name = buf;
    }

    if (R->finite) {
        fmpz_mat_t A;
        fmpq *d = _fmpq_vec_init(n);
        fmpz_t l, g;
        slong N = 0;

        /* symmetrizer: d_j / d_i = a_ij / a_ji along the tree of each component */
        R->sym = flint_malloc(n * sizeof(slong));
        fmpz_init(l); fmpz_init(g);
        for (c = 0; c < R->ncomp; c++) {
            wk_weyl_component_struct *C = R->comp + c;
            slong x, y, changed = 1;
            int *done = flint_calloc(C->rank, sizeof(int));
            fmpq_one(d + C->nodes[0]);
            done[0] = 1;
            while (changed) {
                changed = 0;
                for (x = 0; x < C->rank; x++) {
                    if (!done[x]) continue;
                    for (y = 0; y < C->rank; y++) {
                        slong u = C->nodes[x], v = C->nodes[y];
                        if (done[y] || A_(u, v) == 0) continue;
                        fmpq_mul_si(d + v, d + u, A_(u, v));
                        fmpz_set_si(g, A_(v, u));
                        fmpq_div_fmpz(d + v, d + v, g);
                        done[y] = 1; changed = 1;
                    }
                }
            }
            flint_free(done);
            /* scale to coprime positive integers */
            fmpz_one(l);
            for (x = 0; x < C->rank; x++) fmpz_lcm(l, l, fmpq_denref(d + C->nodes[x]));
            fmpz_zero(g);
            for (x = 0; x < C->rank; x++) {
                fmpq_mul_fmpz(d + C->nodes[x], d + C->nodes[x], l);
                fmpz_gcd(g, g, fmpq_numref(d + C->nodes[x]));
            }
            for (x = 0; x < C->rank; x++) {
                fmpz_divexact(fmpq_numref(d + C->nodes[x]), fmpq_numref(d + C->nodes[x]), g);
                R->sym[C->nodes[x]] = fmpz_get_si(fmpq_numref(d + C->nodes[x]));
            }
            N += type_npos(C->letter, C->rank);
        }
        fmpz_clear(l); fmpz_clear(g);
        _fmpq_vec_clear(d, n);

        fmpz_mat_init(A, n, n);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++) fmpz_set_si(fmpz_mat_entry(A, i, j), A_(i, j));
        fmpq_mat_clear(R->ainv);
        fmpq_mat_init(R->ainv, n, n);
        fmpq_mat_set_fmpz_mat(R->ainv, A);
        fmpq_mat_inv(R->ainv, R->ainv);  /* det > 0 in finite type */
        fmpz_mat_clear(A);

        if (N * n <= WK_WEYL_MAX_ROOT_ENTRIES) {
            R->npos = N;
            make_roots(R);
        }
    } else
        fmpz_zero(R->order);
    return WK_OK;
}

void wk_weyl_clear(wk_weyl_t R)
{
    slong c;
    if (R->comp) {
        for (c = 0; c < R->ncomp; c++) {
            flint_free(R->comp[c].nodes);
            fmpz_clear(R->comp[c].order);
        }
        flint_free(R->comp);
    }
    flint_free(R->a);
    flint_free(R->adj);
    flint_free(R->comp_of);
    flint_free(R->name);
    flint_free(R->sym);
    flint_free(R->roots);
    flint_free(R->rootnorm);
    fmpz_clear(R->order);
    fmpq_mat_clear(R->ainv);
    memset(R, 0, sizeof(wk_weyl_struct));
    /* leave it in the zeroed state that a failed init produces */
    fmpz_init(R->order);
    fmpq_mat_init(R->ainv, 0, 0);
    R->npos = -1;
}

/* ---- type strings ---- */

static int valid_rank(char L, slong m)
{
    switch (L) {
    case 'A': return m >= 1;
    case 'B': case 'C': return m >= 2;
    case 'D': return m >= 4;
    case 'E': return m >= 6 && m <= 8;
    case 'F': return m == 4;
    case 'G': return m == 2;
    }
    return 0;
}

static void fill_block(slong *a, slong n, slong off, char L, slong m)
{
    slong i;
#define B_(i, j) a[(off + (i)) * n + off + (j)]
    for (i = 0; i < m; i++) B_(i, i) = 2;
    switch (L) {
    case 'A': case 'B': case 'C':
        for (i = 0; i + 1 < m; i++) { B_(i, i + 1) = -1; B_(i + 1, i) = -1; }
        if (L == 'B') B_(m - 1, m - 2) = -2;
        if (L == 'C') B_(m - 2, m - 1) = -2;
        break;
    case 'D':
        for (i = 0; i + 1 < m - 1; i++) { B_(i, i + 1) = -1; B_(i + 1, i) = -1; }
        /* node m-1 (0-based) joined to m-3, not to m-2 */
        B_(m - 2, m - 1) = 0; B_(m - 1, m - 2) = 0;
        B_(m - 3, m - 1) = -1; B_(m - 1, m - 3) = -1;
        break;
    case 'E':
        /* path 1-3-4-5-...-m, node 2 joined to 4 (1-based) */
        B_(0, 2) = B_(2, 0) = -1;
        B_(1, 3) = B_(3, 1) = -1;
        for (i = 2; i + 1 < m; i++) { B_(i, i + 1) = -1; B_(i + 1, i) = -1; }
        break;
    case 'F':
        B_(0, 1) = B_(1, 0) = -1;
        B_(1, 2) = -1; B_(2, 1) = -2;
        B_(2, 3) = B_(3, 2) = -1;
        break;
    case 'G':
        B_(0, 1) = -3; B_(1, 0) = -1;
        break;
    }
#undef B_
}

wk_status wk_weyl_init_type(wk_weyl_t R, const char *type)
{
    /* parse: comp ('x' comp)*, comp = letter digits; check everything first */
    const char *p = type;
    char letters[WK_WEYL_MAX_RANK + 1];
    slong ranks[WK_WEYL_MAX_RANK + 1];
    slong nc = 0, n = 0, off, c;
    slong *a;
    char *name, *q;

    zero_struct(R);
    if (type == NULL)
        return wk_error(WK_E_DOMAIN, "unknown Cartan type (none given)");
    for (;;) {
        char L;
        slong m = 0;
        int digits = 0;
        while (*p == ' ' || *p == '\t') p++;
        L = (char) toupper((unsigned char) *p);
        if (L < 'A' || L > 'G') goto bad;
        p++;
        while (*p >= '0' && *p <= '9') {
            if (m > 100000) goto bad;
            m = 10 * m + (*p - '0'); p++; digits++;
        }
        if (!digits) goto bad;
        if (!valid_rank(L, m)) {
            static const char *need[] = { ">= 1", ">= 2", ">= 2", ">= 4", "6, 7 or 8", "4", "2" };
            return wk_error(WK_E_DOMAIN, "unknown Cartan type '%s' (%c needs rank %s, got %ld)",
                            type, L, need[L - 'A'], (long) m);
        }
        if (nc > WK_WEYL_MAX_RANK || n + m > WK_WEYL_MAX_RANK)
            return wk_error(WK_E_TOO_LARGE, "Cartan type '%s' has rank above %d",
                            type, WK_WEYL_MAX_RANK);
        letters[nc] = L; ranks[nc] = m; nc++; n += m;
        while (*p == ' ' || *p == '\t') p++;
        if (*p == '\0') break;
        if (*p != 'x' && *p != 'X') goto bad;
        p++;
    }

    a = flint_calloc(n * n, sizeof(slong));
    name = flint_malloc(nc * 12 + 1);
    q = name;
    for (c = 0, off = 0; c < nc; c++) {
        fill_block(a, n, off, letters[c], ranks[c]);
        q += sprintf(q, "%s%c%ld", c ? "x" : "", letters[c], (long) ranks[c]);
        off += ranks[c];
    }
    init_from_entries(R, a, n, name);
    flint_free(name);
    return WK_OK;
bad:
    return wk_error(WK_E_DOMAIN, "unknown Cartan type '%s' (expected e.g. \"E8\" or \"A1xB3\")",
                    type);
}

/* ---- generalized Cartan matrices ---- */

/* Validates entries given by get(i,j) into a fresh array, or reports. */
static wk_status check_gcm(slong **out, slong n, const fmpz_mat_t Z)
{
    slong i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            const fmpz *x = fmpz_mat_entry(Z, i, j);
            if (i == j && !fmpz_equal_si(x, 2)) {
                char *s = fmpz_get_str(NULL, 10, x);
                wk_error(WK_E_DOMAIN, "not a generalized Cartan matrix, entry (%ld,%ld)=%s "
                         "(diagonal entries must be 2)", (long) i + 1, (long) j + 1, s);
                flint_free(s);
                return WK_E_DOMAIN;
            }
            if (i != j && fmpz_sgn(x) > 0) {
                char *s = fmpz_get_str(NULL, 10, x);
                wk_error(WK_E_DOMAIN, "not a generalized Cartan matrix, entry (%ld,%ld)=%s "
                         "(off-diagonal entries must be <= 0)", (long) i + 1, (long) j + 1, s);
                flint_free(s);
                return WK_E_DOMAIN;
            }
        }
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (i != j && fmpz_is_zero(fmpz_mat_entry(Z, i, j))
                && !fmpz_is_zero(fmpz_mat_entry(Z, j, i))) {
                char *s = fmpz_get_str(NULL, 10, fmpz_mat_entry(Z, j, i));
                wk_error(WK_E_DOMAIN, "not a generalized Cartan matrix, entry (%ld,%ld)=0 "
                         "but entry (%ld,%ld)=%s", (long) i + 1, (long) j + 1,
                         (long) j + 1, (long) i + 1, s);
                flint_free(s);
                return WK_E_DOMAIN;
            }
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (fmpz_cmp_si(fmpz_mat_entry(Z, i, j), -(WORD(1) << 30)) <= 0)
                return wk_error(WK_E_TOO_LARGE, "Cartan matrix entry (%ld,%ld) has absolute value "
                                ">= 2^30", (long) i + 1, (long) j + 1);
    *out = flint_malloc(n * n * sizeof(slong));
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) (*out)[i * n + j] = fmpz_get_si(fmpz_mat_entry(Z, i, j));
    return WK_OK;
}

wk_status wk_weyl_init_cartan(wk_weyl_t R, const fmpz_mat_t A)
{
    slong r = fmpz_mat_nrows(A), c = fmpz_mat_ncols(A);
    slong *a = NULL;
    wk_status st;
    zero_struct(R);
    if (r != c || r == 0)
        return wk_error(WK_E_DIM, "Cartan matrix must be square and non-empty (got %ldx%ld)",
                        (long) r, (long) c);
    if (r > WK_WEYL_MAX_RANK)
        return wk_error(WK_E_TOO_LARGE, "Cartan matrix of rank %ld exceeds %d",
                        (long) r, WK_WEYL_MAX_RANK);
    st = check_gcm(&a, r, A);
    if (st != WK_OK) return st;
    return init_from_entries(R, a, r, NULL);
}

wk_status wk_weyl_init_cartan_fmpq(wk_weyl_t R, const fmpq_mat_t A)
{
    slong r = fmpq_mat_nrows(A), c = fmpq_mat_ncols(A), i, j;
    fmpz_mat_t Z;
    wk_status st;
    zero_struct(R);
    if (r != c || r == 0)
        return wk_error(WK_E_DIM, "Cartan matrix must be square and non-empty (got %ldx%ld)",
                        (long) r, (long) c);
    if (r > WK_WEYL_MAX_RANK)
        return wk_error(WK_E_TOO_LARGE, "Cartan matrix of rank %ld exceeds %d",
                        (long) r, WK_WEYL_MAX_RANK);
    for (i = 0; i < r; i++)
        for (j = 0; j < r; j++)
            if (!fmpz_is_one(fmpq_denref(fmpq_mat_entry(A, i, j)))) {
                char *s = fmpq_get_str(NULL, 10, fmpq_mat_entry(A, i, j));
                wk_error(WK_E_DOMAIN, "not a generalized Cartan matrix, entry (%ld,%ld)=%s "
                         "is not an integer", (long) i + 1, (long) j + 1, s);
                flint_free(s);
                return WK_E_DOMAIN;
            }
    fmpz_mat_init(Z, r, r);
    for (i = 0; i < r; i++)
        for (j = 0; j < r; j++)
            fmpz_set(fmpz_mat_entry(Z, i, j), fmpq_numref(fmpq_mat_entry(A, i, j)));
    st = wk_weyl_init_cartan(R, Z);
    fmpz_mat_clear(Z);
    return st;
}

void wk_weyl_get_cartan(fmpz_mat_t A, const wk_weyl_t R)
{
    slong i, j, n = R->n;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            fmpz_set_si(fmpz_mat_entry(A, i, j), R->a[i * n + j]);
}

int wk_weyl_is_finite_minors(const wk_weyl_t R)
{
    slong c, n = R->n;
    for (c = 0; c < R->ncomp; c++) {
        const wk_weyl_component_struct *C = R->comp + c;
        slong m = C->rank, mask, i, j;
        if (m > 20) return -1;
        for (mask = 1; mask < (WORD(1) << m); mask++) {
            slong idx[20], k = 0;
            fmpz_mat_t M;
            fmpz_t det;
            for (i = 0; i < m; i++) if (mask >> i & 1) idx[k++] = C->nodes[i];
            fmpz_mat_init(M, k, k);
            fmpz_init(det);
            for (i = 0; i < k; i++)
                for (j = 0; j < k; j++)
                    fmpz_set_si(fmpz_mat_entry(M, i, j), R->a[idx[i] * n + idx[j]]);
            fmpz_mat_det(det, M);
            i = fmpz_sgn(det);
            fmpz_mat_clear(M);
            fmpz_clear(det);
            if (i <= 0) return 0;
        }
    }
    return 1;
}
