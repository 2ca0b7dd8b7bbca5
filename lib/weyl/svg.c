/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/svg.c: pictures of conv V with the lib/core SVG writer: 2D and 3D
   polyhedra drawn in Euclidean coordinates of the invariant form (unbounded
   ones truncated), larger ones projected onto a plane; faces coloured by their
   type K.  Floating point is used for drawing only. */
#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "impl.h"

/* Euclidean frame: e[k] (k < dim) orthonormal for the invariant form, as
   weights in omega-coordinates (doubles); coordinates of x are (x, e_k). */
typedef struct {
    slong n, dim;
    double *G;      /* n x n Gram matrix of the omega_i */
    double *e;      /* dim x n */
} frame;

static double form(const frame *F, const double *x, const double *y)
{
    slong i, j, n = F->n;
    double s = 0;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) s += x[i] * F->G[i * n + j] * y[j];
    return s;
}

/* Gram-Schmidt of the given vectors (rows of v, k of them); keeps up to maxdim */
static void frame_build(frame *F, const double *v, slong k, slong maxdim)
{
    slong n = F->n, i, j, t;
    F->dim = 0;
    F->e = flint_malloc(FLINT_MAX(maxdim, 1) * n * sizeof(double));
    for (i = 0; i < k && F->dim < maxdim; i++) {
        double *u = F->e + F->dim * n, nr;
        memcpy(u, v + i * n, n * sizeof(double));
        for (t = 0; t < 2; t++)   /* twice for stability */
            for (j = 0; j < F->dim; j++) {
                double c = form(F, u, F->e + j * n);
                slong l;
                for (l = 0; l < n; l++) u[l] -= c * F->e[j * n + l];
            }
        nr = sqrt(fabs(form(F, u, u)));
        if (nr < 1e-9) continue;
        for (j = 0; j < n; j++) u[j] /= nr;
        F->dim++;
    }
}

static void coords(double *out, const frame *F, const double *x)
{
    slong k;
    for (k = 0; k < F->dim; k++) out[k] = form(F, x, F->e + k * F->n);
    for (; k < 3; k++) out[k] = 0;
}

/* 2D convex hull (monotone chain) of pts (m points, x,y interleaved), in place;
   returns the number of hull points in counter-clockwise order */
static int cmp_pt(const void *a, const void *b)
{
    const double *p = a, *q = b;
    if (p[0] != q[0]) return p[0] < q[0] ? -1 : 1;
    if (p[1] != q[1]) return p[1] < q[1] ? -1 : 1;
    return 0;
}
static double cross(const double *o, const double *a, const double *b)
{
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}
static slong hull2d(double *pts, slong m, double *out)
{
    slong k = 0, i, t;
    if (m <= 2) { memcpy(out, pts, 2 * m * sizeof(double)); return m; }
    qsort(pts, m, 2 * sizeof(double), cmp_pt);
    for (i = 0; i < m; i++) {
        while (k >= 2 && cross(out + 2 * (k - 2), out + 2 * (k - 1), pts + 2 * i) <= 1e-12) k--;
        out[2 * k] = pts[2 * i]; out[2 * k + 1] = pts[2 * i + 1]; k++;
    }
    for (i = m - 2, t = k + 1; i >= 0; i--) {
        while (k >= t && cross(out + 2 * (k - 2), out + 2 * (k - 1), pts + 2 * i) <= 1e-12) k--;
        out[2 * k] = pts[2 * i]; out[2 * k + 1] = pts[2 * i + 1]; k++;
    }
    return k - 1;
}

/* The Coxeter plane of the connected node set C (n <= 64): the real and
   imaginary parts of an eigenvector, for exp(2 pi i / h), of the bipartite
   Coxeter element prod_{i in X} s_i prod_{i in Y} s_i acting on weights
   (Steinberg; the plane of the Petrie polygon).  Returns 0 on failure. */
static int coxeter_plane(double *v, const wk_weyl_t R, ulong C)
{
    slong n = R->n, m = _wk_popcount(C), i, j, k, N = 0;
    double complex *M = flint_malloc(n * n * sizeof(double complex)), *x;
    double *c = flint_calloc(n * n, sizeof(double)), *t = flint_malloc(n * n * sizeof(double));
    ulong X = 0, Y = 0, x0;
    slong *piv;
    int ok = 1;
    double h;
    for (k = 0; k < R->npos; k++) {
        int in = 1, any = 0;
        for (j = 0; j < n; j++) if (R->roots[k * n + j]) { any = 1; if (!(C >> j & 1)) in = 0; }
        if (in && any) N++;
    }
    h = 2.0 * N / m;
    /* bipartition by BFS parity */
    X = UWORD(1) << _wk_lowbit(C);
    for (x0 = X; ; ) {
        ulong nb = _wk_nbrs(R->adj, x0) & C & ~X & ~Y;
        ulong nb2;
        if (!nb) break;
        Y |= nb;
        nb2 = _wk_nbrs(R->adj, nb) & C & ~X & ~Y;
        X |= nb2;
        x0 = nb2;
        if (!nb2) break;
    }
    /* c = s_X s_Y as a matrix on omega-coordinates: start with the identity, multiply */
    for (i = 0; i < n; i++) c[i * n + i] = 1;
    for (k = 0; k < 2; k++) {
        ulong P = k == 0 ? Y : X, q;
        for (q = P; q; q &= q - 1) {
            slong r = _wk_lowbit(q), col;
            /* c <- s_r c: rows (s_r y)_l = y_l - y_r a_lr */
            memcpy(t, c, n * n * sizeof(double));
            for (j = 0; j < n; j++)
                for (col = 0; col < n; col++) c[j * n + col] = t[j * n + col] - t[r * n + col] * R->a[j * n + r];
        }
    }
    for (i = 0; i < n * n; i++) M[i] = c[i];
    for (i = 0; i < n; i++) M[i * n + i] -= cexp(2 * M_PI * I / h);
    /* null vector by Gaussian elimination with partial pivoting */
    piv = flint_malloc(n * sizeof(slong));
    {
        slong row = 0, col, free_col = -1;
        for (col = 0; col < n && row < n; col++) {
            slong best = row;
            for (i = row; i < n; i++) if (cabs(M[i * n + col]) > cabs(M[best * n + col])) best = i;
            if (cabs(M[best * n + col]) < 1e-9) { if (free_col < 0) free_col = col; piv[col] = -1; continue; }
            for (j = 0; j < n; j++) { double complex z = M[row * n + j]; M[row * n + j] = M[best * n + j]; M[best * n + j] = z; }
            for (i = 0; i < n; i++) {
                double complex f;
                if (i == row) continue;
                f = M[i * n + col] / M[row * n + col];
                for (j = 0; j < n; j++) M[i * n + j] -= f * M[row * n + j];
            }
            piv[col] = row++;
        }
        for (; col < n; col++) { piv[col] = -1; if (free_col < 0) free_col = col; }
        x = flint_calloc(n, sizeof(double complex));
        if (free_col < 0) ok = 0;
        else {
            x[free_col] = 1;
            for (col = 0; col < n; col++)
                if (piv[col] >= 0) x[col] = -M[piv[col] * n + free_col] / M[piv[col] * n + col];
            for (j = 0; j < n; j++) { v[j] = creal(x[j]); v[n + j] = cimag(x[j]); }
        }
        flint_free(x);
    }
    flint_free(piv); flint_free(M); flint_free(c); flint_free(t);
    return ok;
}

typedef struct {
    slong dim, type;          /* face dimension, index of its K in the table */
    slong np;                 /* drawing points (2D), after truncation */
    double *xy;
    double depth;
} shape;

static int cmp_depth(const void *a, const void *b)
{
    double x = ((const shape *) a)->depth, y = ((const shape *) b)->depth;
    return x < y ? -1 : x > y;
}

wk_status wk_weyl_svg(const char *path, const wk_weyl_hw_t V, const fmpq_mat_t plane, slong limit)
{
    const wk_weyl_struct *R = V->R;
    slong n = V->n, d = V->d, i, j, k, f, nshapes = 0;
    frame F;
    wk_weyl_face_list_t L;
    wk_weyl_face_table_t T;
    wk_weyl_word_t w;
    shape *sh = NULL;
    double *lam, bbox[4] = { 1e300, -1e300, 1e300, -1e300 }, trunc = 1, rot[9];
    int proj3 = 0;
    wk_svg_t S;
    wk_status st = _wk_weyl_check_finite(R, "a picture");
    if (st != WK_OK) return st;
    if (plane != NULL && (fmpq_mat_nrows(plane) != 2 || fmpq_mat_ncols(plane) != n))
        return wk_error(WK_E_DIM, "the projection plane must be given by 2 weights of %ld coordinates", (long) n);

    /* Gram matrix (omega_i, omega_j) = (A^{-1})_{ji} d_j */
    F.n = n;
    F.G = flint_malloc(n * n * sizeof(double));
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) F.G[i * n + j] = fmpq_get_d(fmpq_mat_entry(R->ainv, j, i)) * R->sym[j];
    {
        double *v;
        slong nv = 0;
        if (plane != NULL) {
            v = flint_malloc(2 * n * sizeof(double));
            for (i = 0; i < 2; i++)
                for (j = 0; j < n; j++) v[i * n + j] = fmpq_get_d(fmpq_mat_entry(plane, i, j));
            frame_build(&F, v, 2, 2);
            if (F.dim < 2) {
                flint_free(v); flint_free(F.G); flint_free(F.e);
                return wk_error(WK_E_DOMAIN, "the two weights spanning the projection plane are dependent");
            }
        } else {
            /* the directions alpha_k, k in I_S (for d > 3: generic combinations) */
            v = flint_malloc(FLINT_MAX(d, 3) * n * sizeof(double));
            if (d <= 3) {
                ulong x;
                for (x = V->IS; x; x &= x - 1, nv++)
                    for (j = 0; j < n; j++) v[nv * n + j] = (double) R->a[j * n + _wk_lowbit(x)];
            } else if (_wk_component(R->adj, V->IS, _wk_lowbit(V->IS)) == V->IS && coxeter_plane(v, R, V->IS)) {
                nv = 2;
            } else {
                for (nv = 0; nv < 2; nv++)
                    for (j = 0; j < n; j++) {
                        ulong x; slong t = 0;
                        v[nv * n + j] = 0;
                        for (x = V->IS; x; x &= x - 1, t++)
                            v[nv * n + j] += (double) R->a[j * n + _wk_lowbit(x)]
                                             * (nv == 0 ? cos(0.7 * t + 0.3) : sin(1.3 * t + 0.1));
                    }
            }
            frame_build(&F, v, nv, d <= 3 ? 3 : 2);
        }
        flint_free(v);
    }
    proj3 = (plane == NULL && F.dim == 3);
    if (proj3) {
        /* a fixed oblique view: azimuth 35 degrees, elevation 25 degrees */
        double az = 35 * M_PI / 180, el = 25 * M_PI / 180;
        rot[0] = cos(az); rot[1] = -sin(az); rot[2] = 0;
        rot[3] = sin(az) * sin(el); rot[4] = cos(az) * sin(el); rot[5] = cos(el);
        rot[6] = sin(az) * cos(el); rot[7] = cos(az) * cos(el); rot[8] = -sin(el);
    }

    wk_weyl_face_list_init(L);
    wk_weyl_face_table_init(T);
    wk_weyl_word_init(w);
    st = wk_weyl_face_list_range(L, V, 0, d <= 3 ? 2 : 1, limit);
    if (st == WK_OK) st = wk_weyl_face_table(T, V, limit);
    if (st != WK_OK) goto out;

    lam = flint_malloc(n * sizeof(double));
    for (j = 0; j < n; j++) lam[j] = fmpq_get_d(V->lambda + j);
    /* truncation length for rays: the size of the bounded part */
    {
        wk_weyl_orbit_t O;
        double c[3], c0[3], rmax = 0;
        double *x = flint_malloc(n * sizeof(double));
        wk_weyl_orbit_init(O);
        st = wk_weyl_orbit(O, R, V->lambda, V->J, limit);
        if (st != WK_OK) { flint_free(x); flint_free(lam); wk_weyl_orbit_clear(O); goto out; }
        coords(c0, &F, lam);
        for (k = 0; k < O->length; k++) {
            for (j = 0; j < n; j++) x[j] = fmpz_get_d(O->num + k * n + j) / fmpz_get_d(O->den);
            coords(c, &F, x);
            rmax = FLINT_MAX(rmax, sqrt((c[0] - c0[0]) * (c[0] - c0[0]) + (c[1] - c0[1]) * (c[1] - c0[1])
                                        + (c[2] - c0[2]) * (c[2] - c0[2])));
        }
        trunc = rmax > 0 ? 0.8 * rmax + 1 : 2;
        flint_free(x);
        wk_weyl_orbit_clear(O);
    }
    sh = flint_malloc(FLINT_MAX(L->length, 1) * sizeof(shape));
    for (f = 0; f < L->length && st == WK_OK; f++) {
        fmpq_mat_t P;
        fmpz_mat_t X;
        slong dim = _wk_popcount(L->K[f]), np, r;
        double *pts, *x = flint_malloc(n * sizeof(double)), c[3], depth = 0;
        if (dim > 2 || (dim == 2 && d > 3)) { flint_free(x); continue; }
        wk_weyl_face_list_word(w, L, f);
        fmpq_mat_init(P, 0, 0); fmpz_mat_init(X, 0, 0);
        st = wk_weyl_face_vertices(P, V, L->K[f], w, limit);
        if (st == WK_OK) st = wk_weyl_face_rays(X, V, L->K[f], w, limit);
        if (st != WK_OK) { fmpq_mat_clear(P); fmpz_mat_clear(X); flint_free(x); break; }
        np = fmpq_mat_nrows(P) * (1 + fmpz_mat_nrows(X));
        pts = flint_malloc(2 * FLINT_MAX(np, 1) * sizeof(double));
        np = 0;
        for (i = 0; i < fmpq_mat_nrows(P); i++) {
            for (r = -1; r < fmpz_mat_nrows(X); r++) {
                double len = 0;
                for (j = 0; j < n; j++) x[j] = fmpq_get_d(fmpq_mat_entry(P, i, j));
                if (r >= 0) {
                    double dir[3], *y = flint_malloc(n * sizeof(double));
                    for (j = 0; j < n; j++) y[j] = fmpz_get_d(fmpz_mat_entry(X, r, j));
                    coords(dir, &F, y);
                    len = sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
                    if (len < 1e-12) len = 1;
                    for (j = 0; j < n; j++) x[j] += trunc / len * y[j];
                    flint_free(y);
                }
                coords(c, &F, x);
                if (proj3) {
                    double p0 = rot[0] * c[0] + rot[1] * c[1] + rot[2] * c[2];
                    double p1 = rot[3] * c[0] + rot[4] * c[1] + rot[5] * c[2];
                    double p2 = rot[6] * c[0] + rot[7] * c[1] + rot[8] * c[2];
                    c[0] = p0; c[1] = p1; depth += p2;
                }
                pts[2 * np] = c[0]; pts[2 * np + 1] = c[1]; np++;
            }
        }
        sh[nshapes].dim = dim;
        for (k = 0; k < T->length; k++) if (T->rows[k].K == L->K[f]) break;
        sh[nshapes].type = k;
        sh[nshapes].depth = np ? depth / np : 0;
        if (dim == 2) {
            double *out = flint_malloc(2 * (np + 1) * sizeof(double));
            sh[nshapes].np = hull2d(pts, np, out);
            flint_free(pts);
            pts = out;
        } else if (dim == 1 && np > 2) {
            /* an edge: the two extreme points */
            double *out = flint_malloc(4 * sizeof(double));
            slong m = hull2d(pts, np, out);
            if (m < 2) { out[2] = out[0]; out[3] = out[1]; }
            flint_free(pts);
            pts = out;
            sh[nshapes].np = 2;
        } else
            sh[nshapes].np = np;
        sh[nshapes].xy = pts;
        for (i = 0; i < sh[nshapes].np; i++) {
            bbox[0] = FLINT_MIN(bbox[0], pts[2 * i]); bbox[1] = FLINT_MAX(bbox[1], pts[2 * i]);
            bbox[2] = FLINT_MIN(bbox[2], pts[2 * i + 1]); bbox[3] = FLINT_MAX(bbox[3], pts[2 * i + 1]);
        }
        nshapes++;
        fmpq_mat_clear(P); fmpz_mat_clear(X);
        flint_free(x);
        if ((f & 255) == 0 && wk_interrupted()) st = wk_error(WK_E_INTERRUPT, "interrupted");
    }
    flint_free(lam);
    if (st != WK_OK) goto out;

    /* square box plus a legend column */
    {
        double cx = (bbox[0] + bbox[1]) / 2, cy = (bbox[2] + bbox[3]) / 2;
        double half = FLINT_MAX(bbox[1] - bbox[0], bbox[3] - bbox[2]) / 2 * 1.05 + 1e-9;
        double x0 = cx - half, x1 = cx + half, y0 = cy - half, y1 = cy + half, lw = 0.8 * (x1 - x0);
        char buf[256];
        st = wk_svg_open(S, path, 900, 600, x0, x1 + lw, y0, y1);
        if (st != WK_OK) goto out;
        qsort(sh, nshapes, sizeof(shape), cmp_depth);
        /* faces: polygons (x, y arrays) */
        for (k = 0; k < nshapes; k++) {
            if (sh[k].dim != 2) continue;
            {
                double *xs = flint_malloc(FLINT_MAX(sh[k].np, 1) * sizeof(double));
                double *ys = flint_malloc(FLINT_MAX(sh[k].np, 1) * sizeof(double));
                for (i = 0; i < sh[k].np; i++) { xs[i] = sh[k].xy[2 * i]; ys[i] = sh[k].xy[2 * i + 1]; }
                wk_svg_polygon(S, xs, ys, sh[k].np, wk_svg_colour(sh[k].type), proj3 ? 0.35 : 0.5, "#555555");
                flint_free(xs); flint_free(ys);
            }
        }
        {
            slong ne = 0;
            double sw;
            for (k = 0; k < nshapes; k++) ne += (sh[k].dim == 1);
            sw = ne > 100 ? FLINT_MAX(0.15, 20.0 / sqrt((double) ne)) : 2;
            for (k = 0; k < nshapes; k++)
                if (sh[k].dim == 1 && sh[k].np >= 2)
                    wk_svg_line(S, sh[k].xy[0], sh[k].xy[1], sh[k].xy[2], sh[k].xy[3], wk_svg_colour(sh[k].type), sw);
        }
        for (k = 0; k < nshapes; k++)
            if (sh[k].dim == 0) wk_svg_circle(S, sh[k].xy[0], sh[k].xy[1], 3, wk_svg_colour(sh[k].type));
        /* legend: one line per face type */
        snprintf(buf, sizeof buf, "%s, %s", R->name,
                 V->kind == WK_WEYL_SIMPLE ? "L(lambda)" : V->kind == WK_WEYL_VERMA ? "M(lambda)" : "M(lambda, J)");
        wk_svg_text(S, x1 + 0.05 * lw, y1 - 0.02 * (y1 - y0), buf, 14, "start");
        for (k = 0; k < T->length && k < 40; k++) {
            char ks[128], *cnt = fmpz_get_str(NULL, 10, T->rows[k].count);
            double yy = y1 - (0.09 + 0.045 * k) * (y1 - y0);
            _wk_weyl_set_str(ks, sizeof ks, T->rows[k].K);
            snprintf(buf, sizeof buf, "K = %s: dim %ld, %s face%s%s", ks, (long) T->rows[k].dim, cnt,
                     fmpz_is_one(T->rows[k].count) ? "" : "s", T->rows[k].bounded ? "" : " (unbounded)");
            flint_free(cnt);
            wk_svg_rect(S, x1 + 0.05 * lw, yy - 0.01 * (y1 - y0), x1 + 0.09 * lw, yy + 0.02 * (y1 - y0),
                        wk_svg_colour(k), NULL);
            wk_svg_text(S, x1 + 0.11 * lw, yy, buf, 11, "start");
        }
        st = wk_svg_close(S);
    }
out:
    for (k = 0; k < nshapes; k++) flint_free(sh[k].xy);
    flint_free(sh);
    wk_weyl_word_clear(w);
    wk_weyl_face_list_clear(L);
    wk_weyl_face_table_clear(T);
    flint_free(F.G);
    flint_free(F.e);
    return st;
}
