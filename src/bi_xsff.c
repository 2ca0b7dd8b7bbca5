/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_xsff.c: the builtins of lib/xsff: hidden symmetries from the cross
   spectral form factor between symmetry sectors (Bai, Zhou, Lapierre, Ryu,
   arXiv:2604.01296; spec xsff-bootstrap.md).  Object kinds: a Hamiltonian (a
   model: Hilbert space, visible symmetry N, disorder), its sectors, its
   sector-resolved spectra and an xSFF K_ab(t) (drawn by svg()).  Plateaus,
   level ratios and the bootstrap's report are records.  Sectors are named by
   their irrep ("[0,1]") or numbered from 1; lattice sites and local states
   are numbered from 0, as in the term strings "Ud_0 U_1". */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "wk_api.h"
#include "wk_xsff.h"
#include "wk_groups.h"
#include "bi_groups.h"
#include <complex.h>   /* after FLINT's headers, which use I as a parameter name */


/* ---- C temporaries that survive an error --------------------------------
   Builtins throw (longjmp) on bad input; every lib/ object that lives across a
   possible throw is owned by a rooted value whose free hook clears it.  keep()
   returns the holder; setting holder->p = NULL hands the object on. */
typedef struct { void (*fn)(void *); void *p; } keep_t;

static void keep_free(void *d)
{
    keep_t *k = d;
    if (k->p && k->fn) k->fn(k->p);
    flint_free(k);
}
static void keep_print(wk_buf *b, const void *d, int top)
{
    (void) d; (void) top;
    wk_buf_puts(b, "<internal buffer>");
}
static const wk_objtype keep_type = { .name = "internal buffer", .free = keep_free, .print = keep_print };

static keep_t *keep(wk_state *S, void *p, void (*fn)(void *))
{
    keep_t *k = flint_malloc(sizeof *k);
    k->fn = fn; k->p = p;
    wk_root(S, wk_obj_new(&keep_type, k));
    return k;
}
/* a zeroed flint_malloc'd block freed when the builtin returns or throws */
static void *kmalloc(wk_state *S, size_t n)
{
    void *p = flint_calloc(1, n ? n : 1);
    keep(S, p, flint_free);
    return p;
}

static void free_buf(void *p) { wk_buf_clear(p); flint_free(p); }
/* a text buffer freed when the builtin returns or throws */
static wk_buf *kbuf(wk_state *S)
{
    wk_buf *b = flint_malloc(sizeof *b);
    wk_buf_init(b);
    keep(S, b, free_buf);
    return b;
}

static void free_model(void *p) { wk_xsff_model_clear(p); flint_free(p); }
static void free_lattice(void *p) { wk_xsff_lattice_clear(p); flint_free(p); }
static void free_plateau(void *p) { wk_xsff_plateau_clear(p); flint_free(p); }
static void free_ratio(void *p) { wk_xsff_ratio_clear(p); flint_free(p); }
static void free_boot(void *p) { wk_xsff_boot_clear(p); flint_free(p); }
static void free_stagec(void *p) { wk_xsff_stagec_clear(p); flint_free(p); }
static void free_peel(void *p) { wk_xsff_peel_clear(p); flint_free(p); }
static void free_info(void *p) { wk_xsff_info_clear(p); flint_free(p); }

#define CHECK(S, call) do { wk_status st_ = (call); if (st_ != WK_OK) wk_bi_status((S), st_); } while (0)

/* ---- numbers in ---------------------------------------------------------- */
/* a real number as a double (integers, rationals, real balls); 0 if not */
static int get_d(double *x, const wk_value *v)
{
    arb_t a;
    int ok;
    if (!(v->t == T_INT || v->t == T_RAT || v->t == T_REAL)) return 0;
    arb_init(a);
    ok = wk_get_arb(a, v, 128);
    if (ok) *x = arf_get_d(arb_midref(a), ARF_RND_NEAR);
    arb_clear(a);
    return ok && isfinite(*x);
}

/* any number as a complex double; 0 if not */
static int get_cd(double complex *z, const wk_value *v)
{
    acb_t a;
    int ok;
    double re, im;
    if (!wk_is_number(v)) return 0;
    acb_init(a);
    ok = wk_get_acb(a, v, 128);
    re = arf_get_d(arb_midref(acb_realref(a)), ARF_RND_NEAR);
    im = arf_get_d(arb_midref(acb_imagref(a)), ARF_RND_NEAR);
    acb_clear(a);
    if (!ok || !isfinite(re) || !isfinite(im)) return 0;
    *z = re + I * im;
    return 1;
}

/* a double result as a real ball of radius one unit in the 15th digit (the
   computation is in floating point: only those digits are shown) */
static wk_value real_value(double x)
{
    arb_t a;
    wk_value v;
    if (!isfinite(x)) return wk_nil();
    if (x == 0) return wk_real_d(0);
    arb_init(a);
    arb_set_d(a, x);
    mag_set_d(arb_radref(a), fabs(x) * 1e-15);
    v = wk_real_arb(a);
    arb_clear(a);
    return v;
}

static wk_value list_d(const double *x, slong n)
{
    wk_value l = wk_list_new(n);
    slong i;
    for (i = 0; i < n; i++) wk_list_push(&l, real_value(x[i]));
    return l;
}

/* ---- keywords ------------------------------------------------------------
   The language accepts at most 8 keyword names per builtin (src/wk_int.h,
   kwnames[8]); the rarer settings of xsff_bootstrap therefore come in an
   options= record, looked up here after the keywords.  *label names the
   setting in messages ("keyword tol" or "options.rtol"). */
static const wk_value *kwo(wk_state *S, const char *name, char *label, size_t n)
{
    const wk_value *v = wk_kwarg(S, name), *o;
    if (v) { snprintf(label, n, "keyword %s", name); return v; }
    o = wk_kwarg(S, "options");
    if (o && o->t == T_REC && (v = wk_rec_get(o, name))) { snprintf(label, n, "options.%s", name); return v; }
    return NULL;
}

static double kw_real(wk_state *S, const char *name, double def)
{
    char lab[80];
    const wk_value *v = kwo(S, name, lab, sizeof lab);
    double x;
    if (!v) return def;
    if (!get_d(&x, v)) wk_bi_error(S, "%s must be a real number, got %s", lab, wk_type_name(v));
    return x;
}

static double kw_real_range(wk_state *S, const char *name, double def, double lo, double hi, const char *what)
{
    char lab[80];
    double x = kw_real(S, name, def);
    if (!(x >= lo && x <= hi)) {
        if (!kwo(S, name, lab, sizeof lab)) snprintf(lab, sizeof lab, "%s", name);
        wk_bi_error(S, "%s = %g must be %s", lab, x, what);
    }
    return x;
}

static slong kw_int(wk_state *S, const char *name, slong def, slong lo, slong hi)
{
    char lab[80];
    const wk_value *v = kwo(S, name, lab, sizeof lab);
    slong x;
    if (!v) return def;
    if (v->t != T_INT || !wk_get_si(&x, v))
        wk_bi_error(S, "%s must be an integer, got %s", lab, wk_type_name(v));
    if (x < lo || x > hi) wk_bi_error(S, "%s = %ld must be in %ld..%ld", lab, (long) x, (long) lo, (long) hi);
    return x;
}

static int kw_bool(wk_state *S, const char *name, int def)
{
    char lab[80];
    const wk_value *v = kwo(S, name, lab, sizeof lab);
    if (!v) return def;
    if (v->t != T_BOOL) wk_bi_error(S, "%s must be true or false, got %s", lab, wk_type_name(v));
    return v->u.b;
}

/* options= must be a record of known names */
static void check_options(wk_state *S, const char *const *known)
{
    const wk_value *o = wk_kwarg(S, "options");
    const wk_rec *r;
    slong i, j;
    if (!o) return;
    if (o->t != T_REC) wk_bi_error(S, "keyword options must be a record, got %s", wk_type_name(o));
    r = (const wk_rec *) o->u.h;
    for (i = 0; i < r->n; i++) {
        for (j = 0; known[j]; j++)
            if (!strcmp(known[j], r->key[i])) break;
        if (!known[j]) {
            wk_buf b;
            char msg[600];
            wk_buf_init(&b);
            for (j = 0; known[j]; j++) wk_buf_printf(&b, "%s%s", j ? ", " : "", known[j]);
            snprintf(msg, sizeof msg, "%s", b.s ? b.s : "");
            wk_buf_clear(&b);
            wk_bi_error(S, "keyword options: unknown option '%s' (accepted: %s)", r->key[i], msg);
        }
    }
}

static ulong kw_seed(wk_state *S)
{
    const wk_value *v = wk_kwarg(S, "seed");
    slong x;
    if (!v) return (ulong) wk_setting_si(S, "seed");
    if (v->t != T_INT || !wk_get_si(&x, v) || x < 0)
        wk_bi_error(S, "keyword seed must be an integer >= 0, got %s", wk_type_name(v));
    return (ulong) x;
}

/* ---- the Hamiltonian object ------------------------------------------------ */
static void ham_free(void *d) { free_model(d); }

static void ham_print(wk_buf *b, const void *d, int top)
{
    const wk_xsff_model_struct *m = d;
    slong i;
    if (!top) {
        wk_buf_printf(b, "<hamiltonian %s: %ld states>", m->name ? m->name : "", (long) m->dim);
        return;
    }
    wk_buf_printf(b, "hamiltonian %s (%s): %ld states", m->name ? m->name : "",
                  m->params ? m->params : "", (long) m->dim);
    if (m->kind == WK_XSFF_FINITE) {
        wk_buf_printf(b, "\n  visible symmetry N = <");
        for (i = 0; i < m->N->ngens; i++) wk_buf_printf(b, "%s%s", i ? ", " : "", m->N->gen_name[i]);
        wk_buf_printf(b, "> of order %ld, irreps ", (long) m->N->order);
        for (i = 0; i < m->N->nirr; i++) wk_buf_printf(b, "%s%s", i ? ", " : "", m->N->irr_name[i]);
    } else {
        wk_buf_printf(b, "\n  visible symmetry: torus of conserved charges ");
        for (i = 0; i < m->T->rank; i++) wk_buf_printf(b, "%s%s", i ? ", " : "", m->T->name[i]);
    }
    wk_buf_printf(b, "\n  %s, %s", m->real ? "real" : "complex",
                  m->xi ? "couplings fixed" : m->disordered ? "disordered (one realisation per sample)" : "no disorder");
    if (m->nvar > 0) wk_buf_printf(b, " (%ld disorder variables)", (long) m->nvar);
}

static const char *const ham_fields[] = { "name", "params", "dim", "order", "generators", "irreps",
                                          "charges", "real", "disordered", "nvar", NULL };

static int ham_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const wk_xsff_model_struct *m = d;
    slong i;
    (void) S;
    if (!strcmp(name, "name")) *out = wk_str(m->name ? m->name : "");
    else if (!strcmp(name, "params")) *out = wk_str(m->params ? m->params : "");
    else if (!strcmp(name, "dim")) *out = wk_int_si(m->dim);
    else if (!strcmp(name, "order")) *out = m->kind == WK_XSFF_FINITE ? wk_int_si(m->N->order) : wk_nil();
    else if (!strcmp(name, "generators") || !strcmp(name, "irreps")) {
        int g = name[0] == 'g';
        slong n = m->kind == WK_XSFF_FINITE ? (g ? m->N->ngens : m->N->nirr) : 0;
        *out = wk_list_new(n);
        for (i = 0; i < n; i++) wk_list_push(out, wk_str(g ? m->N->gen_name[i] : m->N->irr_name[i]));
    } else if (!strcmp(name, "charges")) {
        slong n = m->kind == WK_XSFF_TORUS ? m->T->rank : 0;
        *out = wk_list_new(n);
        for (i = 0; i < n; i++) wk_list_push(out, wk_str(m->T->name[i]));
    } else if (!strcmp(name, "real")) *out = wk_bool(m->real);
    else if (!strcmp(name, "disordered")) *out = wk_bool(m->disordered && !m->xi);
    else if (!strcmp(name, "nvar")) *out = wk_int_si(m->nvar);
    else return 0;
    return 1;
}

static const wk_objtype ham_type = {
    .name = "hamiltonian", .free = ham_free, .print = ham_print,
    .field = ham_field, .fields = ham_fields
};

/* ---- the sectors object ----------------------------------------------------- */
typedef struct {
    wk_value ham;                   /* the Hamiltonian (a reference) */
    wk_xsff_sectors_struct sec[1];
} secobj;

static void sec_free(void *d)
{
    secobj *o = d;
    wk_xsff_sectors_clear(o->sec);
    wk_release(&o->ham);
    flint_free(o);
}

static const wk_xsff_model_struct *sec_model(const secobj *o)
{
    return wk_obj_get(&o->ham, &ham_type);
}

static void print_info_table(wk_buf *b, const wk_xsff_info_struct *info)
{
    slong a;
    wk_buf_printf(b, "  %-24s %4s %8s\n", "sector", "d", "R");
    for (a = 0; a < info->nsec; a++)
        wk_buf_printf(b, "  %-24s %4ld %8ld%s", info->name[a], (long) info->d[a], (long) info->R[a],
                      a + 1 < info->nsec ? "\n" : "");
}

static void sec_print(wk_buf *b, const void *d, int top)
{
    const secobj *o = d;
    const wk_xsff_info_struct *info = o->sec->info;
    const wk_xsff_model_struct *m = sec_model(o);
    if (!top) {
        wk_buf_printf(b, "<%ld sectors of %s>", (long) info->nsec, m && m->name ? m->name : "");
        return;
    }
    if (info->order > 0)
        wk_buf_printf(b, "%ld sectors of %s under N of order %ld, %ld states:\n", (long) info->nsec,
                      m && m->name ? m->name : "", (long) info->order, (long) info->dim);
    else
        wk_buf_printf(b, "%ld sectors of %s (charges), %ld states:\n", (long) info->nsec,
                      m && m->name ? m->name : "", (long) info->dim);
    print_info_table(b, info);
}

static wk_value info_names(const wk_xsff_info_struct *info)
{
    wk_value l = wk_list_new(info->nsec);
    slong a;
    for (a = 0; a < info->nsec; a++) wk_list_push(&l, wk_str(info->name[a]));
    return l;
}

static wk_value info_weights(const wk_xsff_info_struct *info)
{
    wk_value l = wk_list_new(info->nsec);
    slong a, c;
    for (a = 0; a < info->nsec; a++) {
        wk_value w = wk_list_new(info->rank);
        for (c = 0; c < info->rank; c++) wk_list_push(&w, wk_rat_si(info->w2[a * info->rank + c], 2));
        wk_list_push(&l, w);
    }
    return l;
}

static int info_field(const wk_xsff_info_struct *info, const char *name, wk_value *out)
{
    if (!strcmp(name, "names")) *out = info_names(info);
    else if (!strcmp(name, "d")) *out = wk_list_from_si(info->d, info->nsec);
    else if (!strcmp(name, "R")) *out = wk_list_from_si(info->R, info->nsec);
    else if (!strcmp(name, "dim")) *out = wk_int_si(info->dim);
    else if (!strcmp(name, "order")) *out = info->order > 0 ? wk_int_si(info->order) : wk_nil();
    else if (!strcmp(name, "trivial"))
        *out = info->trivial >= 0 ? wk_str(info->name[info->trivial]) : wk_nil();
    else if (!strcmp(name, "weights")) *out = info->rank > 0 ? info_weights(info) : wk_nil();
    else if (!strcmp(name, "conjugation")) {
        /* the sector complex conjugation K maps each sector to (H real) */
        slong a;
        if (!info->kperm) { *out = wk_nil(); return 1; }
        *out = wk_list_new(info->nsec);
        for (a = 0; a < info->nsec; a++) wk_list_push(out, wk_str(info->name[info->kperm[a]]));
    } else return 0;
    return 1;
}

static const char *const sec_fields[] = { "names", "d", "R", "dim", "order", "trivial", "weights",
                                          "conjugation", "real", "hamiltonian", NULL };

static int sec_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const secobj *o = d;
    slong a;
    (void) S;
    if (info_field(o->sec->info, name, out)) return 1;
    if (!strcmp(name, "hamiltonian")) wk_copy(out, &o->ham);
    else if (!strcmp(name, "real")) {
        const wk_xsff_model_struct *m = sec_model(o);
        *out = wk_list_new(o->sec->info->nsec);
        for (a = 0; a < o->sec->info->nsec; a++)
            wk_list_push(out, wk_bool(m && m->real && (o->sec->real[a] || (o->sec->kreal && o->sec->kreal[a]))));
    } else return 0;
    return 1;
}

static slong sec_len(const void *d) { return ((const secobj *) d)->sec->info->nsec; }

/* s[a]: {name, d, R} of sector a (from 1) */
static int sec_index(wk_state *S, const void *d, slong i, wk_value *out)
{
    const wk_xsff_info_struct *info = ((const secobj *) d)->sec->info;
    (void) S;
    if (i < 1 || i > info->nsec) return 0;
    *out = wk_rec_new();
    wk_rec_set(out, "name", wk_str(info->name[i - 1]));
    wk_rec_set(out, "d", wk_int_si(info->d[i - 1]));
    wk_rec_set(out, "R", wk_int_si(info->R[i - 1]));
    return 1;
}

static const wk_objtype sec_type = {
    .name = "sector decomposition", .free = sec_free, .print = sec_print,
    .field = sec_field, .fields = sec_fields, .index = sec_index, .len = sec_len
};

/* ---- the spectrum object ------------------------------------------------------ */
typedef struct {
    wk_value sectors;               /* the sectors object (a reference) */
    wk_xsff_spectrum_struct sp[1];
    double secs;                    /* wall time of the computation */
} specobj;

static void spec_free(void *d)
{
    specobj *o = d;
    wk_xsff_spectrum_clear(o->sp);
    wk_release(&o->sectors);
    flint_free(o);
}

static void spec_print(wk_buf *b, const void *d, int top)
{
    const specobj *o = d;
    const wk_xsff_spectrum_struct *sp = o->sp;
    const wk_xsff_info_struct *info = sp->info;
    slong a, s;
    if (!top) {
        wk_buf_printf(b, "<spectra of %ld sectors, %ld sample%s>", (long) info->nsec, (long) sp->nsamples,
                      sp->nsamples == 1 ? "" : "s");
        return;
    }
    wk_buf_printf(b, "spectra of %ld sectors (%ld states), %ld sample%s (seeds %lu..%lu)", (long) info->nsec,
                  (long) info->dim, (long) sp->nsamples, sp->nsamples == 1 ? "" : "s",
                  (unsigned long) sp->seed, (unsigned long) (sp->seed + sp->nsamples - 1));
    if (sp->checked) wk_buf_printf(b, "; [H, N] = 0 checked on the first (commutator %.1e)", sp->comm_max);
    wk_buf_printf(b, "\n  %-24s %8s %14s %14s   (sample 1)\n", "sector", "R", "lowest", "highest");
    s = 0;
    for (a = 0; a < info->nsec; a++) {
        const double *E = sp->E[s * info->nsec + a];
        slong R = info->R[a];
        if (R > 0) wk_buf_printf(b, "  %-24s %8ld %14.8g %14.8g", info->name[a], (long) R, E[0], E[R - 1]);
        else wk_buf_printf(b, "  %-24s %8ld %14s %14s", info->name[a], (long) R, "-", "-");
        if (a + 1 < info->nsec) wk_buf_putc(b, '\n');
    }
}

static const char *const spec_fields[] = { "levels", "samples", "seed", "names", "d", "R", "dim", "order",
                                           "trivial", "weights", "conjugation", "mean", "sdev",
                                           "commutator", "sectors", "seconds", NULL };

static wk_value sample_levels(const wk_xsff_spectrum_struct *sp, slong s)
{
    slong a, nsec = sp->info->nsec;
    wk_value l = wk_list_new(nsec);
    for (a = 0; a < nsec; a++) wk_list_push(&l, list_d(sp->E[s * nsec + a], sp->info->R[a]));
    return l;
}

static int spec_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const specobj *o = d;
    const wk_xsff_spectrum_struct *sp = o->sp;
    slong s;
    (void) S;
    if (info_field(sp->info, name, out)) return 1;
    if (!strcmp(name, "levels")) {
        if (sp->nsamples == 1) *out = sample_levels(sp, 0);
        else {
            *out = wk_list_new(sp->nsamples);
            for (s = 0; s < sp->nsamples; s++) wk_list_push(out, sample_levels(sp, s));
        }
    } else if (!strcmp(name, "samples")) *out = wk_int_si(sp->nsamples);
    else if (!strcmp(name, "seed")) *out = wk_int_ui(sp->seed);
    else if (!strcmp(name, "mean")) *out = list_d(sp->mean, sp->nsamples);
    else if (!strcmp(name, "sdev")) *out = list_d(sp->sdev, sp->nsamples);
    else if (!strcmp(name, "commutator")) *out = sp->checked ? real_value(sp->comm_max) : wk_nil();
    else if (!strcmp(name, "sectors")) wk_copy(out, &o->sectors);
    else if (!strcmp(name, "seconds")) *out = real_value(o->secs);
    else return 0;
    return 1;
}

static const wk_objtype spec_type = {
    .name = "set of spectra", .free = spec_free, .print = spec_print,
    .field = spec_field, .fields = spec_fields
};

/* ---- the xSFF object ----------------------------------------------------------- */
typedef struct {
    wk_xsff_sff_struct K[1];
    wk_xsff_info_struct info[1];
    wk_xsff_plateau_struct pl[1];
    slong npairs;
    slong *pa, *pb;
    int connected;
} sffobj;

static void sff_free(void *d)
{
    sffobj *o = d;
    wk_xsff_sff_clear(o->K);
    wk_xsff_info_clear(o->info);
    wk_xsff_plateau_clear(o->pl);
    flint_free(o->pa);
    flint_free(o->pb);
    flint_free(o);
}

static void sff_print(wk_buf *b, const void *d, int top)
{
    const sffobj *o = d;
    const wk_xsff_sff_struct *K = o->K;
    if (!top) {
        wk_buf_printf(b, "<xsff: %ld sectors, %ld times>", (long) K->nsec, (long) K->ntimes);
        return;
    }
    wk_buf_printf(b, "xSFF K_ab(t) of %ld sectors at %ld times in [%.4g, %.4g], %ld sample%s, ", (long) K->nsec,
                  (long) K->ntimes, K->t[0], K->t[K->ntimes - 1], (long) K->nsamples, K->nsamples == 1 ? "" : "s");
    if (K->filter == WK_XSFF_FILTER_GAUSS)
        wk_buf_printf(b, "Gaussian filter: E0 = %.6g, w = %.6g (eta = %g)", K->E0, K->w, K->eta);
    else
        wk_buf_printf(b, "no filter");
    wk_buf_printf(b, "\n  drawn by svg(k, \"file.svg\") (%s K, %ld pair%s); fields t, K, Kc, curves, labels",
                  o->connected ? "connected" : "full", (long) o->npairs, o->npairs == 1 ? "" : "s");
}

static const char *const sff_fields[] = { "t", "K", "Kc", "curves", "labels", "pairs", "names", "filter",
                                          "eta", "E0", "w", "samples", "plateau", "connected", NULL };

/* K_ab(t) over the times, as a list */
static wk_value sff_curve(const sffobj *o, slong a, slong b, int conn)
{
    const wk_xsff_sff_struct *K = o->K;
    slong k, n = K->nsec;
    wk_value l = wk_list_new(K->ntimes);
    for (k = 0; k < K->ntimes; k++)
        wk_list_push(&l, real_value((conn ? K->Kc : K->K)[(k * n + a) * n + b]));
    return l;
}

static int sff_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const sffobj *o = d;
    const wk_xsff_sff_struct *K = o->K;
    slong a, b, n = K->nsec;
    (void) S;
    if (!strcmp(name, "t")) *out = list_d(K->t, K->ntimes);
    else if (!strcmp(name, "K") || !strcmp(name, "Kc")) {
        int conn = name[1] == 'c';
        *out = wk_list_new(n);
        for (a = 0; a < n; a++) {
            wk_value row = wk_list_new(n);
            for (b = 0; b < n; b++) wk_list_push(&row, sff_curve(o, a, b, conn));
            wk_list_push(out, row);
        }
    } else if (!strcmp(name, "curves")) {
        *out = wk_list_new(o->npairs);
        for (a = 0; a < o->npairs; a++) wk_list_push(out, sff_curve(o, o->pa[a], o->pb[a], o->connected));
    } else if (!strcmp(name, "labels") || !strcmp(name, "pairs")) {
        *out = wk_list_new(o->npairs);
        for (a = 0; a < o->npairs; a++) {
            if (name[0] == 'l')
                wk_list_push(out, wk_str_printf("K[%s, %s]", o->info->name[o->pa[a]], o->info->name[o->pb[a]]));
            else {
                wk_value p = wk_list_new(2);
                wk_list_push(&p, wk_str(o->info->name[o->pa[a]]));
                wk_list_push(&p, wk_str(o->info->name[o->pb[a]]));
                wk_list_push(out, p);
            }
        }
    } else if (!strcmp(name, "names")) *out = info_names(o->info);
    else if (!strcmp(name, "filter")) *out = wk_str(K->filter == WK_XSFF_FILTER_GAUSS ? "gauss" : "none");
    else if (!strcmp(name, "eta")) *out = K->filter == WK_XSFF_FILTER_GAUSS ? real_value(K->eta) : wk_nil();
    else if (!strcmp(name, "E0")) *out = K->filter == WK_XSFF_FILTER_GAUSS ? real_value(K->E0) : wk_nil();
    else if (!strcmp(name, "w")) *out = K->filter == WK_XSFF_FILTER_GAUSS ? real_value(K->w) : wk_nil();
    else if (!strcmp(name, "samples")) *out = wk_int_si(K->nsamples);
    else if (!strcmp(name, "connected")) *out = wk_bool(o->connected);
    else if (!strcmp(name, "plateau")) {
        fmpq_mat_t P;
        fmpq_mat_init(P, n, n);
        for (a = 0; a < n; a++)
            for (b = 0; b < n; b++)
                fmpq_set_si(fmpq_mat_entry(P, a, b), o->pl->P[a * n + b], o->pl->nsamples);
        *out = wk_mat_from_fmpq_mat(P);
        fmpq_mat_clear(P);
    } else return 0;
    return 1;
}

static wk_status sff_svg(wk_state *S, const void *d, const char *path, const wk_value *opts)
{
    const sffobj *o = d;
    (void) S; (void) opts;
    return wk_xsff_sff_svg(path, o->K, o->info, o->K->filter == WK_XSFF_FILTER_NONE ? o->pl : NULL,
                           o->npairs, o->pa, o->pb, o->connected);
}

static const wk_objtype sff_type = {
    .name = "xsff", .free = sff_free, .print = sff_print,
    .field = sff_field, .fields = sff_fields, .svg = sff_svg
};

/* ---- reading arguments ------------------------------------------------------- */
/* A complex q x q (or d x d) matrix from a value: a matrix, a list of lists, or
   a number for a 1 x 1 matrix.  Returns the size or -1 (message in why). */
static slong get_cmat(wk_state *S, double complex **out, const wk_value *v, slong want, char *why, size_t nwhy)
{
    slong r, c, i, j;
    double complex *m;
    if (wk_is_number(v)) {
        r = c = 1;
        m = kmalloc(S, sizeof(double complex));
        if (!get_cd(m, v)) { snprintf(why, nwhy, "entry is not a finite number"); return -1; }
    } else {
        if (!wk_mat_dims(v, &r, &c)) { snprintf(why, nwhy, "must be a matrix, got %s", wk_type_name(v)); return -1; }
        if (r != c) { snprintf(why, nwhy, "matrix is %ldx%ld, not square", (long) r, (long) c); return -1; }
        m = kmalloc(S, (size_t) r * r * sizeof(double complex));
        for (i = 0; i < r; i++)
            for (j = 0; j < r; j++)
                if (!get_cd(m + i * r + j, wk_mat_get(v, i, j))) {
                    snprintf(why, nwhy, "entry (%ld, %ld) is not a finite number", (long) i + 1, (long) j + 1);
                    return -1;
                }
    }
    if (want > 0 && r != want) {
        snprintf(why, nwhy, "matrix is %ldx%ld, the local dimension is %ld", (long) r, (long) r, (long) want);
        return -1;
    }
    *out = m;
    return r;
}

/* a list of n integers in [lo, hi] */
static int get_si_list(slong *out, const wk_value *v, slong n, slong lo, slong hi, char *why, size_t nwhy)
{
    slong i, x;
    if (v->t == T_RANGE || v->t != T_LIST) {
        snprintf(why, nwhy, "must be a list of %ld integers, got %s", (long) n, wk_type_name(v));
        return 0;
    }
    if (wk_list_len(v) != n) {
        snprintf(why, nwhy, "must have %ld entries, got %ld", (long) n, (long) wk_list_len(v));
        return 0;
    }
    for (i = 0; i < n; i++) {
        const wk_value *e = wk_list_get(v, i);
        if (e->t != T_INT || !wk_get_si(&x, e) || x < lo || x > hi) {
            snprintf(why, nwhy, "entry %ld must be an integer in %ld..%ld", (long) i + 1, (long) lo, (long) hi);
            return 0;
        }
        out[i] = x;
    }
    return 1;
}

static const wk_value *rec_field(const wk_value *r, const char *name)
{
    return r->t == T_REC ? wk_rec_get(r, name) : NULL;
}

/* ---- declaring symmetries on a lattice (hamiltonian(), xsff_sectors()) ------- */
/* symmetries = [{name: "T", sites: [1, 2, 0], states: [...], phase: [...]}, ...];
   irreps = [{name: "0", mats: [m_1, ..., m_g]}, ...] (1 x 1 matrices may be numbers) */
static void add_symmetries(wk_state *S, wk_xsff_lattice_struct *lat, const wk_value *syms, const wk_value *irrs)
{
    slong L = lat->L, q = lat->q, g, i, ngen;
    char why[200];
    if (syms->t != T_LIST) wk_bi_error(S, "keyword symmetries must be a list of records {name, sites, states, phase}, got %s", wk_type_name(syms));
    if (irrs == NULL) wk_bi_error(S, "keyword symmetries needs irreps= (the irreps of N on the generators)");
    if (irrs->t != T_LIST) wk_bi_error(S, "keyword irreps must be a list of records {name, mats}, got %s", wk_type_name(irrs));
    ngen = wk_list_len(syms);
    if (ngen == 0) wk_bi_error(S, "keyword symmetries is empty");
    for (g = 0; g < ngen; g++) {
        const wk_value *r = wk_list_get(syms, g), *nm, *sv, *lv, *pv;
        slong *sites = NULL, *loc = NULL;
        double complex *ph = NULL;
        if (r->t != T_REC) wk_bi_error(S, "symmetries[%ld] must be a record {name, sites, states, phase}, got %s", (long) g + 1, wk_type_name(r));
        nm = rec_field(r, "name");
        if (!nm || !wk_str_get(nm)) wk_bi_error(S, "symmetries[%ld] needs a field name (a string)", (long) g + 1);
        if ((sv = rec_field(r, "sites"))) {
            sites = kmalloc(S, L * sizeof(slong));
            if (!get_si_list(sites, sv, L, 0, L - 1, why, sizeof why))
                wk_bi_error(S, "symmetries[%ld].sites (site i goes to sites[i], from 0) %s", (long) g + 1, why);
        }
        if ((lv = rec_field(r, "states"))) {
            loc = kmalloc(S, q * sizeof(slong));
            if (!get_si_list(loc, lv, q, 0, q - 1, why, sizeof why))
                wk_bi_error(S, "symmetries[%ld].states (local state s goes to states[s]) %s", (long) g + 1, why);
        }
        if ((pv = rec_field(r, "phase"))) {
            ph = kmalloc(S, q * sizeof(double complex));
            if (pv->t != T_LIST || wk_list_len(pv) != q)
                wk_bi_error(S, "symmetries[%ld].phase must be a list of %ld numbers of modulus 1", (long) g + 1, (long) q);
            for (i = 0; i < q; i++)
                if (!get_cd(ph + i, wk_list_get(pv, i)))
                    wk_bi_error(S, "symmetries[%ld].phase entry %ld is not a number", (long) g + 1, (long) i + 1);
        }
        CHECK(S, wk_xsff_lattice_add_symmetry(lat, wk_str_get(nm), sites, loc, ph));
    }
    for (i = 0; i < wk_list_len(irrs); i++) {
        const wk_value *r = wk_list_get(irrs, i), *nm, *mv;
        slong d = -1;
        double complex *all = NULL;
        if (r->t != T_REC) wk_bi_error(S, "irreps[%ld] must be a record {name, mats}, got %s", (long) i + 1, wk_type_name(r));
        nm = rec_field(r, "name");
        if (!nm || !wk_str_get(nm)) wk_bi_error(S, "irreps[%ld] needs a field name (a string)", (long) i + 1);
        mv = rec_field(r, "mats");
        if (!mv || mv->t != T_LIST || wk_list_len(mv) != ngen)
            wk_bi_error(S, "irreps[%ld] ('%s') needs mats: a list of %ld matrices, one per generator", (long) i + 1,
                        wk_str_get(nm), (long) ngen);
        for (g = 0; g < ngen; g++) {
            double complex *m;
            slong dd = get_cmat(S, &m, wk_list_get(mv, g), 0, why, sizeof why);
            if (dd < 0) wk_bi_error(S, "irreps[%ld] ('%s'), matrix %ld: %s", (long) i + 1, wk_str_get(nm), (long) g + 1, why);
            if (d < 0) { d = dd; all = kmalloc(S, (size_t) ngen * d * d * sizeof(double complex)); }
            else if (dd != d)
                wk_bi_error(S, "irreps[%ld] ('%s'): matrix %ld is %ldx%ld, matrix 1 is %ldx%ld", (long) i + 1, wk_str_get(nm),
                            (long) g + 1, (long) dd, (long) dd, (long) d, (long) d);
            memcpy(all + g * d * d, m, (size_t) d * d * sizeof(double complex));
        }
        CHECK(S, wk_xsff_lattice_add_irrep(lat, wk_str_get(nm), d, all));
    }
}

/* A new Hamiltonian value holding m (handed over from its keep holder). */
static wk_value ham_value(keep_t *k)
{
    void *m = k->p;
    k->p = NULL;
    return wk_obj_new(&ham_type, m);
}

static keep_t *new_model(wk_state *S, wk_xsff_model_struct **m)
{
    *m = flint_malloc(sizeof(wk_xsff_model_struct));
    wk_xsff_model_init(*m);
    return keep(S, *m, free_model);
}

/* couplings=[...]: fixed disorder variables */
static void set_couplings(wk_state *S, wk_xsff_model_struct *m)
{
    const wk_value *v = wk_kwarg(S, "couplings");
    double *xi;
    slong i, n;
    if (!v) return;
    if (v->t != T_LIST) wk_bi_error(S, "keyword couplings must be a list of %ld real numbers (the disorder variables xi), got %s",
                                    (long) m->nvar, wk_type_name(v));
    n = wk_list_len(v);
    if (n != m->nvar) wk_bi_error(S, "keyword couplings has %ld entries, the model has %ld disorder variables", (long) n, (long) m->nvar);
    xi = kmalloc(S, (n + 1) * sizeof(double));
    for (i = 0; i < n; i++)
        if (!get_d(xi + i, wk_list_get(v, i)))
            wk_bi_error(S, "keyword couplings: entry %ld is not a real number", (long) i + 1);
    CHECK(S, wk_xsff_model_set_couplings(m, xi, n));
}

/* ==== model builders ========================================================== */
static wk_value bi_torus_chain(wk_state *S, int argc, const wk_value *argv)
{
    slong L = wk_arg_si(S, 0, 1, 64);
    double theta = kw_real(S, "theta", M_PI / 4), sigma = kw_real_range(S, "sigma", 0.25, 0, 100, "in 0..100");
    wk_xsff_model_struct *m;
    keep_t *k = new_model(S, &m);
    (void) argc;
    CHECK(S, wk_xsff_model_torus_chain(m, L, theta, sigma));
    set_couplings(S, m);
    return ham_value(k);
}

static wk_value bi_s3_chain(wk_state *S, int argc, const wk_value *argv)
{
    slong L = wk_arg_si(S, 0, 1, 64);
    double J = kw_real(S, "J", 1), h = kw_real(S, "h", 1), phi = kw_real(S, "phi", 0);
    double sigma = kw_real_range(S, "sigma", 0.25, 0, 100, "in 0..100");
    wk_xsff_model_struct *m;
    keep_t *k = new_model(S, &m);
    (void) argc; (void) argv;
    CHECK(S, wk_xsff_model_s3_chain(m, L, J, h, phi, sigma));
    set_couplings(S, m);
    return ham_value(k);
}

static wk_value bi_potts4(wk_state *S, int argc, const wk_value *argv)
{
    slong L = wk_arg_si(S, 0, 1, 64);
    double J = kw_real(S, "J", 1), h = kw_real(S, "h", 1);
    double sigma = kw_real_range(S, "sigma", 0.25, 0, 100, "in 0..100");
    wk_xsff_model_struct *m;
    keep_t *k = new_model(S, &m);
    (void) argc; (void) argv;
    CHECK(S, wk_xsff_model_potts4(m, L, J, h, sigma));
    set_couplings(S, m);
    return ham_value(k);
}

static wk_value bi_hubbard(wk_state *S, int argc, const wk_value *argv)
{
    slong L = wk_arg_si(S, 0, 1, 64), sz2 = WK_XSFF_ALL;
    double U = kw_real(S, "U", 4), t = kw_real(S, "t", 3);
    double sigma = kw_real_range(S, "sigma", 0.5, 0, 100, "in 0..100");
    int eta = kw_bool(S, "eta", 1);
    const wk_value *szv = wk_kwarg(S, "sz");
    wk_xsff_model_struct *m;
    keep_t *k;
    (void) argc; (void) argv;
    if (szv && szv->t != T_NIL) {
        fmpq_t x;
        fmpq_init(x);
        if (!wk_get_fmpq(x, szv)) { fmpq_clear(x); wk_bi_error(S, "keyword sz must be an integer or half-integer (S_z), got %s", wk_type_name(szv)); }
        fmpq_mul_si(x, x, 2);
        if (!fmpz_is_one(fmpq_denref(x)) || !fmpz_fits_si(fmpq_numref(x)) || fmpz_cmp_si(fmpq_numref(x), 1000) > 0 || fmpz_cmp_si(fmpq_numref(x), -1000) < 0) {
            fmpq_clear(x);
            wk_bi_error(S, "keyword sz must be an integer or half-integer (S_z)");
        }
        sz2 = fmpz_get_si(fmpq_numref(x));
        fmpq_clear(x);
    }
    k = new_model(S, &m);
    CHECK(S, wk_xsff_model_hubbard(m, L, U, t, sigma, sz2, eta));
    set_couplings(S, m);
    return ham_value(k);
}

static wk_value bi_kdbh(wk_state *S, int argc, const wk_value *argv)
{
    slong L = wk_arg_si(S, 0, 1, 64), nb = wk_arg_si(S, 1, 0, 1000);
    double kappa = kw_real(S, "kappa", 0.9), U = kw_real(S, "U", 1);
    double sigma = kw_real_range(S, "sigma", 0.25, 0, 100, "in 0..100");
    wk_xsff_model_struct *m;
    keep_t *k = new_model(S, &m);
    (void) argc;
    CHECK(S, wk_xsff_model_kdbh(m, L, nb, kappa, U, sigma));
    set_couplings(S, m);
    return ham_value(k);
}

/* ---- hamiltonian(L, q, terms; ...) ------------------------------------------- */
static int lat_has_op(const wk_xsff_lattice_struct *lat, const char *name)
{
    slong i;
    for (i = 0; i < lat->nops; i++)
        if (!strcmp(lat->op_name[i], name)) return 1;
    return 0;
}

/* the standard local operators for dimension q (added unless ops= defines the name) */
static void add_default_ops(wk_state *S, wk_xsff_lattice_struct *lat, const wk_value *ops)
{
    slong q = lat->q, s, t;
    double complex *m = kmalloc(S, (size_t) q * q * sizeof(double complex));
    const double w = 2 * M_PI / q;
    const char *names[] = { "U", "Ud", "V", "Vd", "n", "X", "Y", "Z", "Sp", "Sm" };
    int j;
    for (j = 0; j < 10; j++) {
        if (j >= 5 && q != 2) break;
        if (ops && ops->t == T_REC && wk_rec_get(ops, names[j])) continue;
        memset(m, 0, (size_t) q * q * sizeof(double complex));
        for (s = 0; s < q; s++)
            for (t = 0; t < q; t++) {
                double complex x = 0;
                switch (j) {
                case 0: x = s == t ? cexp(I * w * s) : 0; break;                       /* clock */
                case 1: x = s == t ? cexp(-I * w * s) : 0; break;
                case 2: x = s == (t + 1) % q ? 1 : 0; break;                            /* shift |t> -> |t+1> */
                case 3: x = t == (s + 1) % q ? 1 : 0; break;
                case 4: x = s == t ? s : 0; break;                                      /* number */
                case 5: x = s != t ? 1 : 0; break;                                      /* Pauli */
                case 6: x = s == 0 && t == 1 ? -I : s == 1 && t == 0 ? I : 0; break;
                case 7: x = s == t ? (s == 0 ? 1 : -1) : 0; break;
                case 8: x = s == 0 && t == 1 ? 1 : 0; break;                            /* |0><1| */
                case 9: x = s == 1 && t == 0 ? 1 : 0; break;
                }
                m[s * q + t] = x;
            }
        CHECK(S, wk_xsff_lattice_add_op(lat, names[j], m));
    }
}

static void add_term_value(wk_state *S, wk_xsff_lattice_struct *lat, const wk_value *t, slong idx, int translate)
{
    double complex c = 1;
    const char *ops = NULL;
    int hc = 0;
    slong group = -1;
    double sigma = 0;
    if (t->t == T_STR) ops = wk_str_get(t);
    else if (t->t == T_LIST && wk_list_len(t) == 2 && wk_str_get(wk_list_get(t, 1))) {
        if (!get_cd(&c, wk_list_get(t, 0)))
            wk_arg_error(S, 2, "term %ld: [c, \"ops\"] needs a number c, got %s", (long) idx + 1, wk_type_name(wk_list_get(t, 0)));
        ops = wk_str_get(wk_list_get(t, 1));
    } else if (t->t == T_REC) {
        const wk_value *v;
        if (!(v = rec_field(t, "ops")) || !wk_str_get(v))
            wk_arg_error(S, 2, "term %ld: a record term needs ops: \"NAME_i NAME_j ...\"", (long) idx + 1);
        ops = wk_str_get(v);
        if ((v = rec_field(t, "c")) && !get_cd(&c, v))
            wk_arg_error(S, 2, "term %ld: c must be a number, got %s", (long) idx + 1, wk_type_name(v));
        if ((v = rec_field(t, "hc"))) {
            if (v->t != T_BOOL) wk_arg_error(S, 2, "term %ld: hc must be true or false", (long) idx + 1);
            hc = v->u.b;
        }
        if ((v = rec_field(t, "translate"))) {
            if (v->t != T_BOOL) wk_arg_error(S, 2, "term %ld: translate must be true or false", (long) idx + 1);
            translate = v->u.b;
        }
        if ((v = rec_field(t, "disorder"))) {
            if (v->t != T_INT || !wk_get_si(&group, v) || group < 0 || group > 63)
                wk_arg_error(S, 2, "term %ld: disorder must be a group number in 0..63", (long) idx + 1);
        }
        if ((v = rec_field(t, "sigma")) && (!get_d(&sigma, v) || sigma < 0))
            wk_arg_error(S, 2, "term %ld: sigma must be a real number >= 0", (long) idx + 1);
        if (sigma > 0 && group < 0) group = 0;
    } else
        wk_arg_error(S, 2, "term %ld must be a string \"Ud_0 U_1\", a pair [c, \"ops\"] or a record {c, ops, hc, "
                     "translate, disorder, sigma}, got %s", (long) idx + 1, wk_type_name(t));
    {
        wk_status st = wk_xsff_lattice_add_term(lat, c, ops, translate, hc, group, sigma);
        if (st != WK_OK) wk_arg_error(S, 2, "term %ld: %s", (long) idx + 1, wk_error_msg());
    }
}

static void read_charges(wk_state *S, wk_xsff_lattice_struct *lat, const wk_value *cv)
{
    slong L = lat->L, q = lat->q, c, i, s;
    char why[200];
    if (cv->t != T_LIST) wk_bi_error(S, "keyword charges must be a list of records {name, values, offset, den}, got %s", wk_type_name(cv));
    for (c = 0; c < wk_list_len(cv); c++) {
        const wk_value *r = wk_list_get(cv, c), *nm, *vv, *v;
        slong *val = kmalloc(S, (size_t) L * q * sizeof(slong)), off = 0, den = 1;
        if (r->t != T_REC) wk_bi_error(S, "charges[%ld] must be a record {name, values, offset, den}", (long) c + 1);
        nm = rec_field(r, "name");
        if (!nm || !wk_str_get(nm)) wk_bi_error(S, "charges[%ld] needs a field name (a string)", (long) c + 1);
        vv = rec_field(r, "values");
        if (!vv || vv->t != T_LIST) wk_bi_error(S, "charges[%ld] needs values: a list of %ld integers (one per local state) or %ld such lists (one per site)", (long) c + 1, (long) q, (long) L);
        if (wk_list_len(vv) == L && wk_list_get(vv, 0)->t == T_LIST) {
            for (i = 0; i < L; i++)
                if (!get_si_list(val + i * q, wk_list_get(vv, i), q, -1000000, 1000000, why, sizeof why))
                    wk_bi_error(S, "charges[%ld].values[%ld] %s", (long) c + 1, (long) i + 1, why);
        } else {
            if (!get_si_list(val, vv, q, -1000000, 1000000, why, sizeof why))
                wk_bi_error(S, "charges[%ld].values %s", (long) c + 1, why);
            for (i = 1; i < L; i++)
                for (s = 0; s < q; s++) val[i * q + s] = val[s];
        }
        if ((v = rec_field(r, "offset")) && (v->t != T_INT || !wk_get_si(&off, v)))
            wk_bi_error(S, "charges[%ld].offset must be an integer", (long) c + 1);
        if ((v = rec_field(r, "den")) && (v->t != T_INT || !wk_get_si(&den, v) || (den != 1 && den != 2)))
            wk_bi_error(S, "charges[%ld].den must be 1 or 2", (long) c + 1);
        CHECK(S, wk_xsff_lattice_add_charge(lat, wk_str_get(nm), val, off, den));
    }
}

static void read_restrict(wk_state *S, wk_xsff_lattice_struct *lat, const wk_value *rv)
{
    const wk_rec *r;
    slong i, c, x;
    if (rv->t != T_REC) wk_bi_error(S, "keyword restrict must be a record {charge: value, ...}, got %s", wk_type_name(rv));
    r = (const wk_rec *) rv->u.h;
    for (i = 0; i < r->n; i++) {
        for (c = 0; c < lat->ncharges; c++)
            if (!strcmp(lat->charge_name[c], r->key[i])) break;
        if (c == lat->ncharges) wk_bi_error(S, "keyword restrict: no charge named '%s' was declared", r->key[i]);
        if (r->v[i].t != T_INT || !wk_get_si(&x, &r->v[i]))
            wk_bi_error(S, "keyword restrict: %s must be an integer (the numerator of the charge)", r->key[i]);
        CHECK(S, wk_xsff_lattice_restrict(lat, c, x));
    }
}

/* hamiltonian(H; symmetries=, irreps=): H with its symmetry declared again */
static keep_t *redeclare(wk_state *S, wk_xsff_model_struct **res, const wk_xsff_model_struct *m)
{
    const wk_value *syms = wk_kwarg(S, "symmetries"), *irrs = wk_kwarg(S, "irreps");
    wk_xsff_lattice_struct *lat;
    keep_t *k;
    if (!wk_xsff_model_is_lattice(m))
        wk_bi_error(S, "model %s is not built from local terms; its symmetry group cannot be declared again", m->name);
    lat = flint_malloc(sizeof(wk_xsff_lattice_struct));
    {
        /* L and q of the model: from its label length and the lattice; the lib keeps them in the data */
        slong L = m->nsites, q;
        slong D = m->dim;
        (void) D;
        q = 0;
        {
            /* q: the largest local state + 1 over the basis */
            slong s, i, *lab = flint_malloc((L + 1) * sizeof(slong));
            for (s = 0; s < m->dim; s++) {
                wk_xsff_model_state(lab, m, s);
                for (i = 0; i < L; i++) if (lab[i] + 1 > q) q = lab[i] + 1;
            }
            flint_free(lab);
        }
        wk_xsff_lattice_init(lat, L, q);
    }
    keep(S, lat, free_lattice);
    add_symmetries(S, lat, syms, irrs);
    k = new_model(S, res);
    CHECK(S, wk_xsff_model_set_symmetry(*res, m, lat));
    return k;
}

static wk_value bi_hamiltonian(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *ops = wk_kwarg(S, "ops"), *ferm = wk_kwarg(S, "fermions"), *syms = wk_kwarg(S, "symmetries");
    const wk_value *irrs = wk_kwarg(S, "irreps"), *ch = wk_kwarg(S, "charges"), *rs = wk_kwarg(S, "restrict");
    const wk_value *nmv = wk_kwarg(S, "name");
    wk_xsff_lattice_struct *lat;
    wk_xsff_model_struct *m;
    keep_t *k;
    slong L, q, i;
    int translate = 1;
    const char *name = "lattice";
    char why[200];
    if (argv[0].t == T_OBJ && wk_obj_get(&argv[0], &ham_type)) {
        wk_xsff_model_struct *res;
        if (argc > 1) wk_bi_error(S, "hamiltonian(H; symmetries=, irreps=) takes one argument");
        if (!syms) wk_bi_error(S, "hamiltonian(H) needs symmetries= and irreps= to declare N again");
        k = redeclare(S, &res, wk_obj_get(&argv[0], &ham_type));
        return ham_value(k);
    }
    if (argv[0].t != T_INT || !wk_get_si(&L, &argv[0]) || L < 1 || L > 64)
        wk_arg_error(S, 0, "L must be an integer in 1..64 (the number of sites), got %s", wk_type_name(&argv[0]));
    if (argc < 3) wk_bi_error(S, "needs hamiltonian(L, q, terms) (or hamiltonian(H; symmetries=, irreps=))");
    if (argv[1].t != T_INT || !wk_get_si(&q, &argv[1]) || q < 2 || q > 64)
        wk_arg_error(S, 1, "q must be an integer in 2..64 (the local dimension), got %s", wk_type_name(&argv[1]));
    if (argv[2].t != T_LIST) wk_arg_error(S, 2, "terms must be a list, got %s", wk_type_name(&argv[2]));
    if (nmv) {
        if (!wk_str_get(nmv)) wk_bi_error(S, "keyword name must be a string");
        name = wk_str_get(nmv);
    }
    lat = flint_malloc(sizeof(wk_xsff_lattice_struct));
    wk_xsff_lattice_init(lat, L, q);
    keep(S, lat, free_lattice);
    if (ferm) {
        slong *par = kmalloc(S, q * sizeof(slong));
        if (!get_si_list(par, ferm, q, 0, 1, why, sizeof why))
            wk_bi_error(S, "keyword fermions (the parity 0 or 1 of each local state) %s", why);
        CHECK(S, wk_xsff_lattice_set_fermions(lat, par));
    }
    if (ops) {
        const wk_rec *r;
        if (ops->t != T_REC) wk_bi_error(S, "keyword ops must be a record {NAME: q x q matrix, ...}, got %s", wk_type_name(ops));
        r = (const wk_rec *) ops->u.h;
        for (i = 0; i < r->n; i++) {
            double complex *m2;
            if (get_cmat(S, &m2, &r->v[i], q, why, sizeof why) < 0) wk_bi_error(S, "keyword ops: %s: %s", r->key[i], why);
            CHECK(S, wk_xsff_lattice_add_op(lat, r->key[i], m2));
        }
    }
    add_default_ops(S, lat, ops);
    for (i = 0; i < wk_list_len(&argv[2]); i++) add_term_value(S, lat, wk_list_get(&argv[2], i), i, translate);
    if (syms) add_symmetries(S, lat, syms, irrs);
    else if (irrs) wk_bi_error(S, "keyword irreps needs symmetries= (the generators they represent)");
    if (ch) read_charges(S, lat, ch);
    if (rs) read_restrict(S, lat, rs);
    (void) lat_has_op;
    k = new_model(S, &m);
    CHECK(S, wk_xsff_model_lattice(m, lat, name));
    set_couplings(S, m);
    return ham_value(k);
}

/* ==== sectors and spectra ===================================================== */
/* Sectors of argument i: a sectors object (borrowed), or built from a
   Hamiltonian (checked, with symmetries=/irreps= declared again if given). */
static const wk_value *sectors_of(wk_state *S, int i, const wk_value *v)
{
    const wk_value *sv;
    if (v->t == T_OBJ && wk_obj_get(v, &sec_type)) return v;
    if (v->t == T_OBJ && wk_obj_get(v, &spec_type)) return &((const specobj *) wk_obj_get(v, &spec_type))->sectors;
    if (v->t == T_OBJ && wk_obj_get(v, &ham_type)) {
        const wk_xsff_model_struct *m = wk_obj_get(v, &ham_type);
        wk_value hv, *out;
        secobj *o;
        if (wk_kwarg(S, "symmetries")) {
            wk_xsff_model_struct *res;
            keep_t *k = redeclare(S, &res, m);
            hv = ham_value(k);
            m = res;
        } else if (wk_kwarg(S, "irreps")) {
            wk_bi_error(S, "keyword irreps needs symmetries= (the generators they represent)");
        } else {
            wk_copy(&hv, v);
        }
        o = flint_calloc(1, sizeof(secobj));
        o->ham = hv;
        wk_xsff_sectors_init(o->sec);
        out = wk_root(S, wk_obj_new(&sec_type, o));
        CHECK(S, wk_xsff_model_check(NULL, m, kw_seed(S)));
        CHECK(S, wk_xsff_sectors_build(o->sec, m));
        sv = out;
        return sv;
    }
    wk_arg_error(S, i, "argument %d must be a Hamiltonian (torus_chain(6), hamiltonian(...)), its sectors or spectra, got %s",
                 i + 1, wk_type_name(v));
}

static wk_value bi_xsff_sectors(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *sv;
    wk_value r;
    (void) argc;
    if (argv[0].t == T_OBJ && (wk_obj_get(&argv[0], &sec_type) || wk_obj_get(&argv[0], &spec_type))
        && wk_kwarg(S, "symmetries"))
        wk_bi_error(S, "symmetries= applies to a Hamiltonian, not to sectors already built");
    sv = sectors_of(S, 0, &argv[0]);
    wk_copy(&r, sv);
    return r;
}

/* Spectra of argument i: a spectra object (borrowed) or computed now from a
   Hamiltonian or sectors (keywords samples, seed, limit). */
static const specobj *spectra_of(wk_state *S, int i, const wk_value *v, const wk_value **outv)
{
    const wk_value *sv;
    const secobj *so;
    specobj *o;
    wk_value *res;
    slong ns = kw_int(S, "samples", 1, 1, 100000), limit = kw_int(S, "limit", WK_XSFF_DENSE_LIMIT, 1, 100000);
    ulong seed = kw_seed(S);
    double t0;
    if (v->t == T_OBJ && wk_obj_get(v, &spec_type)) {
        if (wk_kwarg(S, "samples") || wk_kwarg(S, "seed"))
            wk_bi_error(S, "samples= and seed= apply when spectra are computed here, not to spectra given");
        if (outv) *outv = v;
        return wk_obj_get(v, &spec_type);
    }
    sv = sectors_of(S, i, v);
    so = wk_obj_get(sv, &sec_type);
    o = flint_calloc(1, sizeof(specobj));
    wk_copy(&o->sectors, sv);
    wk_xsff_spectrum_init(o->sp);
    res = wk_root(S, wk_obj_new(&spec_type, o));
    t0 = (double) clock() / CLOCKS_PER_SEC;
    CHECK(S, wk_xsff_spectrum_compute(o->sp, sec_model(so), so->sec, ns, seed, limit));
    o->secs = (double) clock() / CLOCKS_PER_SEC - t0;
    if (outv) *outv = res;
    return o;
}

static wk_value bi_xsff_spectrum(wk_state *S, int argc, const wk_value *argv)
{
    const wk_value *v;
    wk_value r;
    (void) argc;
    if (argv[0].t == T_OBJ && wk_obj_get(&argv[0], &spec_type)) { wk_copy(&r, &argv[0]); return r; }
    spectra_of(S, 0, &argv[0], &v);
    wk_copy(&r, v);
    return r;
}

/* ==== plateau, histogram, ratios ================================================ */
static double kw_tol(wk_state *S)
{
    return kw_real_range(S, "tol", 1e-9, 1e-15, 0.1, "in 1e-15..0.1 (relative to max |E|)");
}

static wk_value multiplet_label(const wk_xsff_info_struct *info, const slong *v)
{
    wk_buf b;
    slong a;
    int first = 1;
    wk_value r;
    wk_buf_init(&b);
    for (a = 0; a < info->nsec; a++) {
        if (v[a] == 0) continue;
        if (!first) wk_buf_putc(&b, '+');
        if (v[a] > 1) wk_buf_printf(&b, "%ld ", (long) v[a]);
        wk_buf_puts(&b, info->name[a]);
        first = 0;
    }
    r = wk_str(b.s ? b.s : "");
    wk_buf_clear(&b);
    return r;
}

static wk_value plateau_matrix(const slong *P, slong n, slong nsamples)
{
    fmpq_mat_t M;
    slong a, b;
    wk_value r;
    fmpq_mat_init(M, n, n);
    for (a = 0; a < n; a++)
        for (b = 0; b < n; b++) fmpq_set_si(fmpq_mat_entry(M, a, b), P[a * n + b], nsamples);
    r = wk_mat_from_fmpq_mat(M);
    fmpq_mat_clear(M);
    return r;
}

static wk_value histogram_value(const wk_xsff_info_struct *info, const wk_xsff_plateau_struct *pl)
{
    wk_value h = wk_list_new(pl->nvec);
    slong v;
    for (v = 0; v < pl->nvec; v++) {
        wk_value e = wk_rec_new();
        wk_rec_set(&e, "multiplet", multiplet_label(info, pl->vec + v * pl->nsec));
        wk_rec_set(&e, "m", wk_list_from_si(pl->vec + v * pl->nsec, pl->nsec));
        wk_rec_set(&e, "count", wk_int_si(pl->count[v]));
        wk_list_push(&h, e);
    }
    return h;
}

static wk_xsff_plateau_struct *compute_plateau(wk_state *S, const wk_xsff_spectrum_struct *sp, double tol)
{
    wk_xsff_plateau_struct *pl = flint_malloc(sizeof *pl);
    wk_xsff_plateau_init(pl);
    keep(S, pl, free_plateau);
    CHECK(S, wk_xsff_plateau(pl, sp, tol));
    return pl;
}

/* R as a list of integers (averaged over samples) */
static wk_value R_list(const wk_xsff_plateau_struct *pl)
{
    wk_value l = wk_list_new(pl->nsec);
    slong a;
    for (a = 0; a < pl->nsec; a++) wk_list_push(&l, wk_rat_si(pl->R[a], pl->nsamples));
    return l;
}

static wk_value bi_xsff_plateau(wk_state *S, int argc, const wk_value *argv)
{
    const specobj *o = spectra_of(S, 0, &argv[0], NULL);
    const wk_xsff_spectrum_struct *sp = o->sp;
    wk_xsff_plateau_struct *pl = compute_plateau(S, sp, kw_tol(S));
    const wk_value *win = wk_kwarg(S, "window");
    wk_value *r = wk_root(S, wk_rec_new()), out;
    (void) argc;
    wk_rec_set(r, "sectors", info_names(sp->info));
    wk_rec_set(r, "R", R_list(pl));
    wk_rec_set(r, "P", plateau_matrix(pl->P, pl->nsec, pl->nsamples));
    wk_rec_set(r, "histogram", histogram_value(sp->info, pl));
    wk_rec_set(r, "clusters", wk_int_si(pl->nclusters));
    wk_rec_set(r, "tol", real_value(pl->tol));
    wk_rec_set(r, "max_merged", real_value(pl->max_merged));
    wk_rec_set(r, "min_unmerged", real_value(pl->min_unmerged));
    wk_rec_set(r, "samples", wk_int_si(pl->nsamples));
    if (win) {
        double t1, t2, *P, *err;
        slong n = pl->nsec, npts = kw_int(S, "points", 2000, 10, 10000000), a, b;
        wk_value pm, em, w;
        if (win->t != T_LIST || wk_list_len(win) != 2 || !get_d(&t1, wk_list_get(win, 0)) || !get_d(&t2, wk_list_get(win, 1))
            || !(t1 > 0) || !(t2 > t1))
            wk_bi_error(S, "keyword window must be [t1, t2] with 0 < t1 < t2 (the late-time window)");
        P = kmalloc(S, n * n * sizeof(double));
        err = kmalloc(S, n * n * sizeof(double));
        CHECK(S, wk_xsff_sff_plateau(P, err, sp, t1, t2, npts));
        pm = wk_list_new(n);
        em = wk_list_new(n);
        for (a = 0; a < n; a++) {
            wk_value pr = wk_list_new(n), er = wk_list_new(n);
            for (b = 0; b < n; b++) { wk_list_push(&pr, real_value(P[a * n + b])); wk_list_push(&er, real_value(err[a * n + b])); }
            wk_list_push(&pm, pr);
            wk_list_push(&em, er);
        }
        wk_rec_set(r, "P_time", pm);
        wk_rec_set(r, "P_err", em);
        w = wk_list_new(2);
        wk_list_push(&w, real_value(t1));
        wk_list_push(&w, real_value(t2));
        wk_rec_set(r, "window", w);
    }
    wk_copy(&out, r);
    return out;
}

static wk_xsff_ratio_struct *compute_ratio(wk_state *S, const wk_xsff_spectrum_struct *sp)
{
    double central = kw_real_range(S, "central", 0.5, 0.01, 1, "in 0.01..1 (the central fraction of levels)");
    double tol = kw_tol(S);
    wk_xsff_ratio_struct *rr = flint_malloc(sizeof *rr);
    wk_xsff_ratio_init(rr);
    keep(S, rr, free_ratio);
    CHECK(S, wk_xsff_level_ratio(rr, sp, central, tol));
    return rr;
}

static void ratio_fields(wk_value *r, const wk_xsff_ratio_struct *rr)
{
    slong a, *blocks = flint_malloc((rr->nsec + 1) * sizeof(slong)), *beta = flint_malloc((rr->nsec + 1) * sizeof(slong));
    for (a = 0; a < rr->nsec; a++) {
        int bt;
        wk_xsff_ratio_class(blocks + a, &bt, rr->r[a], rr->err[a]);
        beta[a] = bt;
    }
    wk_rec_set(r, "r", list_d(rr->r, rr->nsec));
    wk_rec_set(r, "err", list_d(rr->err, rr->nsec));
    wk_rec_set(r, "n", wk_list_from_si(rr->n, rr->nsec));
    wk_rec_set(r, "blocks", wk_list_from_si(blocks, rr->nsec));
    wk_rec_set(r, "beta", wk_list_from_si(beta, rr->nsec));
    flint_free(blocks);
    flint_free(beta);
}

static wk_value bi_level_ratio(wk_state *S, int argc, const wk_value *argv)
{
    const specobj *o = spectra_of(S, 0, &argv[0], NULL);
    wk_xsff_ratio_struct *rr = compute_ratio(S, o->sp);
    wk_value *r = wk_root(S, wk_rec_new()), out;
    (void) argc;
    wk_rec_set(r, "sectors", info_names(o->sp->info));
    ratio_fields(r, rr);
    wk_copy(&out, r);
    return out;
}

/* ==== the xSFF ============================================================== */
static slong sector_index(wk_state *S, const wk_xsff_info_struct *info, const wk_value *v, const char *what)
{
    slong a, x;
    const char *s = wk_str_get(v);
    if (s) {
        for (a = 0; a < info->nsec; a++)
            if (!strcmp(info->name[a], s)) return a;
        wk_bi_error(S, "%s: no sector named '%s'", what, s);
    }
    if (v->t == T_INT && wk_get_si(&x, v)) {
        if (x < 1 || x > info->nsec) wk_bi_error(S, "%s: sector number %ld is not in 1..%ld", what, (long) x, (long) info->nsec);
        return x - 1;
    }
    wk_bi_error(S, "%s: a sector is a name or a number from 1, got %s", what, wk_type_name(v));
}

static wk_value bi_xsff(wk_state *S, int argc, const wk_value *argv)
{
    const specobj *so = spectra_of(S, 0, &argv[0], NULL);
    const wk_xsff_spectrum_struct *sp = so->sp;
    const wk_value *tv = wk_kwarg(S, "times"), *fv = wk_kwarg(S, "filter"), *pv = wk_kwarg(S, "pairs");
    slong n = 400, nt, i;
    double eta = kw_real_range(S, "eta", 0.5, 1e-6, 1e6, "> 0"), *ts;
    int filter = WK_XSFF_FILTER_NONE;
    sffobj *o;
    wk_value *res, out;
    (void) argc;
    if (fv) {
        const char *f = wk_str_get(fv);
        if (!f || (strcmp(f, "none") && strcmp(f, "gauss")))
            wk_bi_error(S, "keyword filter must be \"none\" or \"gauss\"");
        filter = strcmp(f, "gauss") ? WK_XSFF_FILTER_NONE : WK_XSFF_FILTER_GAUSS;
    } else if (wk_kwarg(S, "eta")) filter = WK_XSFF_FILTER_GAUSS;
    o = flint_calloc(1, sizeof(sffobj));
    wk_xsff_sff_init(o->K);
    wk_xsff_info_init(o->info);
    wk_xsff_plateau_init(o->pl);
    res = wk_root(S, wk_obj_new(&sff_type, o));
    wk_xsff_info_set(o->info, sp->info);
    o->connected = kw_bool(S, "connected", 0);
    if (tv && tv->t == T_INT) {
        if (!wk_get_si(&n, tv) || n < 2 || n > 1000000)
            wk_bi_error(S, "keyword times: a number of times must be in 2..1000000");
        tv = NULL;
    }
    if (tv) {
        if (tv->t == T_RANGE) wk_bi_error(S, "times must be a non-empty increasing list");
        if (tv->t != T_LIST) wk_bi_error(S, "times must be a non-empty increasing list, got %s", wk_type_name(tv));
        nt = wk_list_len(tv);
        ts = kmalloc(S, (nt + 1) * sizeof(double));
        for (i = 0; i < nt; i++)
            if (!get_d(ts + i, wk_list_get(tv, i)))
                wk_bi_error(S, "times must be a non-empty increasing list (entry %ld is %s)", (long) i + 1,
                            wk_type_name(wk_list_get(tv, i)));
    } else {
        double *t0 = NULL;
        nt = n;
        wk_status st = wk_xsff_default_times(&t0, &nt, sp);
        keep(S, t0, flint_free);
        if (st != WK_OK) wk_bi_status(S, st);
        ts = t0;
    }
    CHECK(S, wk_xsff_sff(o->K, sp, ts, nt, filter, eta));
    CHECK(S, wk_xsff_plateau(o->pl, sp, 0));
    if (pv) {
        if (pv->t != T_LIST) wk_bi_error(S, "keyword pairs must be a list of [a, b] (sector names or numbers)");
        o->npairs = wk_list_len(pv);
        o->pa = flint_calloc(o->npairs + 1, sizeof(slong));
        o->pb = flint_calloc(o->npairs + 1, sizeof(slong));
        for (i = 0; i < o->npairs; i++) {
            const wk_value *p = wk_list_get(pv, i);
            if (p->t != T_LIST || wk_list_len(p) != 2)
                wk_bi_error(S, "keyword pairs: entry %ld must be [a, b]", (long) i + 1);
            o->pa[i] = sector_index(S, o->info, wk_list_get(p, 0), "keyword pairs");
            o->pb[i] = sector_index(S, o->info, wk_list_get(p, 1), "keyword pairs");
        }
    } else {
        /* the diagonal pairs and every pair merged by the plateau (P_ab > sqrt(P_aa P_bb)/2) */
        slong a, b, ns = o->info->nsec, cnt = 0;
        const slong *P = o->pl->P;
        o->pa = flint_calloc(ns * ns + 1, sizeof(slong));
        o->pb = flint_calloc(ns * ns + 1, sizeof(slong));
        for (a = 0; a < ns; a++)
            for (b = a; b < ns; b++)
                if (a == b || (double) P[a * ns + b] > 0.5 * sqrt((double) P[a * ns + a] * P[b * ns + b])) {
                    o->pa[cnt] = a; o->pb[cnt] = b; cnt++;
                }
        o->npairs = cnt;
    }
    wk_copy(&out, res);
    return out;
}

/* ==== the bootstrap ========================================================== */
static wk_value names_of_set(const wk_xsff_info_struct *info, const slong *of, slong which)
{
    wk_value l = wk_list_new(2);
    slong a;
    for (a = 0; a < info->nsec; a++)
        if (of[a] == which) wk_list_push(&l, wk_str(info->name[a]));
    return l;
}

static void boot_opts(wk_state *S, wk_xsff_boot_opts_struct *bo)
{
    wk_xsff_boot_opts_init(bo);
    bo->kmax = kw_int(S, "kmax", 64, 1, 1024);
    bo->tol = kw_real_range(S, "rtol", 0.08, 1e-6, 1, "in 1e-6..1 (relative tolerance on h/R)");
    bo->use_blocks = kw_bool(S, "blocks", 1);
    bo->acc_max = kw_real_range(S, "acc_max", 0.2, 1e-6, 1, "in 1e-6..1");
}

static void boot_fields(wk_value *r, const wk_xsff_info_struct *info, const wk_xsff_boot_struct *B)
{
    slong i, a, n = info->nsec;
    wk_value l;
    wk_rec_set(r, "found", wk_bool(B->found));
    wk_rec_set(r, "index", B->found ? wk_int_si(B->index) : wk_nil());
    wk_rec_set(r, "order", B->found && info->order > 0 ? wk_int_si(B->index * info->order) : wk_nil());
    wk_rec_set(r, "minimal_index", B->minimal_index > 0 ? wk_int_si(B->minimal_index) : wk_nil());
    wk_rec_set(r, "index_blocks", B->found ? wk_int_si(B->index_blocks) : wk_nil());
    wk_rec_set(r, "projective", wk_bool(B->projective));
    l = wk_list_new(B->norbits);
    for (i = 0; i < B->norbits; i++) wk_list_push(&l, names_of_set(info, B->orbit_of, i));
    wk_rec_set(r, "orbits", l);
    l = wk_list_new(B->nunitary);
    for (i = 0; i < B->nunitary; i++) wk_list_push(&l, names_of_set(info, B->uorbit_of, i));
    wk_rec_set(r, "unitary_orbits", l);
    l = wk_list_new(2);
    for (a = 0; a < n; a++)
        if (B->anti && B->anti[a] > a) {
            wk_value p = wk_list_new(2);
            wk_list_push(&p, wk_str(info->name[a]));
            wk_list_push(&p, wk_str(info->name[B->anti[a]]));
            wk_list_push(&l, p);
        }
    wk_rec_set(r, "anti_unitary", l);
    wk_rec_set(r, "anti_is_K", wk_bool(B->anti_is_K));
    wk_rec_set(r, "blocks", B->blocks ? wk_list_from_si(B->blocks, n) : wk_nil());
    {
        slong *bt = flint_malloc((n + 1) * sizeof(slong));
        for (a = 0; a < n; a++) bt[a] = B->beta ? B->beta[a] : 0;
        wk_rec_set(r, "beta", wk_list_from_si(bt, n));
        flint_free(bt);
    }
    wk_rec_set(r, "degrees", wk_list_from_si(B->row_deg, B->nrows));
    l = wk_list_new(B->nrows);
    for (i = 0; i < B->nrows; i++) {
        wk_value row = wk_rec_new();
        wk_rec_set(&row, "restriction", multiplet_label(info, B->M + i * n));
        wk_rec_set(&row, "M", wk_list_from_si(B->M + i * n, n));
        wk_rec_set(&row, "e", wk_int_si(B->row_e[i]));
        wk_rec_set(&row, "degree", wk_int_si(B->row_deg[i]));
        wk_list_push(&l, row);
    }
    wk_rec_set(r, "skeleton", l);
    {
        fmpz_mat_t M;
        fmpz_mat_init(M, B->nrows, n);
        for (i = 0; i < B->nrows; i++)
            for (a = 0; a < n; a++) fmpz_set_si(fmpz_mat_entry(M, i, a), B->M[i * n + a]);
        wk_rec_set(r, "M", B->nrows > 0 ? wk_mat_from_fmpz_mat(M) : wk_nil());
        fmpz_mat_clear(M);
    }
    l = wk_list_new(B->ncand);
    for (i = 0; i < B->ncand; i++) {
        wk_value c = wk_rec_new();
        wk_rec_set(&c, "index", wk_int_si(B->cand_k[i]));
        wk_rec_set(&c, "anti_unitary_pairs", wk_int_si(B->cand_anti[i]));
        wk_rec_set(&c, "chi2", real_value(B->cand_chi2[i]));
        wk_list_push(&l, c);
    }
    wk_rec_set(r, "readings", l);
    wk_rec_set(r, "chi2", real_value(B->chi2));
    wk_rec_set(r, "fusion_ok", B->fusion_ok < 0 ? wk_nil() : wk_bool(B->fusion_ok));
    wk_rec_set(r, "max_dev", real_value(B->max_dev));
    wk_rec_set(r, "accidental", wk_int_si(B->accidental));
    wk_rec_set(r, "warnings", wk_str(B->warnings ? B->warnings : ""));
}

static void concat(wk_buf *b, const char *s)
{
    if (s && *s) {
        wk_buf_puts(b, s);
        if (s[strlen(s) - 1] != '\n') wk_buf_putc(b, '\n');
    }
}

static wk_value report_value(wk_buf *b)
{
    wk_value r;
    /* drop the final new line */
    if (b->len > 0 && b->s[b->len - 1] == '\n') b->s[--b->len] = 0;
    r = wk_str(b->s ? b->s : "");
    return r;
}

/* xsff_bootstrap(P, R; d, order, names, trivial): the bootstrap on data */
static wk_value boot_data(wk_state *S, int argc, const wk_value *argv)
{
    slong n, i, j, order;
    slong *P, *R, *d, trivial;
    const wk_value *dr = argc > 2 ? &argv[2] : NULL;
    const wk_value *dv = dr ? rec_field(dr, "d") : NULL, *nv = dr ? rec_field(dr, "names") : NULL;
    const wk_value *ov = dr ? rec_field(dr, "order") : NULL, *tv = dr ? rec_field(dr, "trivial") : NULL;
    const wk_value *hv = dr ? rec_field(dr, "histogram") : NULL;
    const char **names = NULL;
    wk_xsff_info_struct *info;
    wk_xsff_boot_struct *B;
    wk_xsff_boot_opts_struct bo;
    wk_value *r;
    wk_status st;
    char why[200];
    wk_buf *b;
    int flat = argv[0].t == T_LIST && wk_list_len(&argv[0]) > 0 && wk_is_number(wk_list_get(&argv[0], 0));
    if (!flat && !wk_mat_dims(&argv[0], &n, &order))
        wk_arg_error(S, 0, "must be spectra, a Hamiltonian or its sectors, or a plateau matrix P, got %s", wk_type_name(&argv[0]));
    if (argc < 2) wk_bi_error(S, "xsff_bootstrap(P, R) needs the sector dimensions R after the plateau matrix P");
    if (dr && dr->t != T_REC)
        wk_arg_error(S, 2, "must be a record {d, order, names, trivial, histogram}, got %s", wk_type_name(dr));
    if (argv[1].t != T_LIST) wk_arg_error(S, 1, "R must be a list of sector dimensions, got %s", wk_type_name(&argv[1]));
    n = wk_list_len(&argv[1]);
    if (n < 1) wk_arg_error(S, 1, "R is empty");
    R = kmalloc(S, n * sizeof(slong));
    if (!get_si_list(R, &argv[1], n, 0, WORD(1) << 40, why, sizeof why)) wk_arg_error(S, 1, "R %s", why);
    for (i = 0; i < n && R[i] == 0; i++) ;
    if (i == n) wk_arg_error(S, 1, "R is zero in every sector: no levels");
    P = kmalloc(S, n * n * sizeof(slong));
    {
        slong rr, cc;
        if (flat) { rr = 1; cc = wk_list_len(&argv[0]); }
        else if (!wk_mat_dims(&argv[0], &rr, &cc)) wk_arg_error(S, 0, "P must be a matrix, got %s", wk_type_name(&argv[0]));
        if (rr != n || cc != n)
            wk_arg_error(S, 0, "plateau matrix must be symmetric non-negative, size %ldx%ld to match %ld sectors", (long) n, (long) n, (long) n);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++) {
                const wk_value *e = flat ? wk_list_get(&argv[0], j) : wk_mat_get(&argv[0], i, j);
                if (e->t != T_INT || !wk_get_si(P + i * n + j, e))
                    wk_arg_error(S, 0, "plateau matrix entries must be integers (exact plateaus summed over samples)");
            }
    }
    d = kmalloc(S, n * sizeof(slong));
    for (i = 0; i < n; i++) d[i] = 1;
    if (dv && !get_si_list(d, dv, n, 1, 1000, why, sizeof why)) wk_arg_error(S, 2, "d (the irrep dimensions) %s", why);
    order = 0;
    if (ov && (ov->t != T_INT || !wk_get_si(&order, ov) || order < 1 || order > WK_XSFF_GROUP_LIMIT))
        wk_arg_error(S, 2, "order (|N|) must be an integer in 1..%ld", (long) WK_XSFF_GROUP_LIMIT);
    if (order == 0) for (i = 0; i < n; i++) order += d[i] * d[i];
    trivial = 0;
    if (tv && (tv->t != T_INT || !wk_get_si(&trivial, tv) || trivial < 0 || trivial > n))
        wk_arg_error(S, 2, "trivial (the trivial sector, from 1; 0 for none) must be an integer in 0..%ld", (long) n);
    trivial = tv ? trivial - 1 : 0;
    if (nv) {
        if (nv->t != T_LIST || wk_list_len(nv) != n) wk_arg_error(S, 2, "names must be a list of %ld strings", (long) n);
        names = kmalloc(S, n * sizeof(char *));
        for (i = 0; i < n; i++)
            if (!(names[i] = wk_str_get(wk_list_get(nv, i)))) wk_arg_error(S, 2, "names: entry %ld is not a string", (long) i + 1);
    }
    info = flint_malloc(sizeof *info);
    wk_xsff_info_init(info);
    keep(S, info, free_info);
    CHECK(S, wk_xsff_info_set_data(info, n, names, d, R, order, trivial));
    B = flint_malloc(sizeof *B);
    wk_xsff_boot_init(B);
    keep(S, B, free_boot);
    boot_opts(S, &bo);
    {
        /* histogram = [[m, count], ...] or [{m, count}, ...] (as xsff_plateau gives it) */
        slong nvec = 0, *hvec = NULL, *hcount = NULL;
        if (hv) {
            if (hv->t != T_LIST) wk_arg_error(S, 2, "histogram must be a list of [m, count] (m: one multiplicity per sector)");
            nvec = wk_list_len(hv);
            hvec = kmalloc(S, (nvec * n + 1) * sizeof(slong));
            hcount = kmalloc(S, (nvec + 1) * sizeof(slong));
            for (i = 0; i < nvec; i++) {
                const wk_value *e = wk_list_get(hv, i), *mv = NULL, *cv = NULL;
                if (e->t == T_REC) { mv = wk_rec_get(e, "m"); cv = wk_rec_get(e, "count"); }
                else if (e->t == T_LIST && wk_list_len(e) == 2) { mv = wk_list_get(e, 0); cv = wk_list_get(e, 1); }
                if (!mv || !cv) wk_arg_error(S, 2, "histogram: entry %ld must be [m, count] or {m, count}", (long) i + 1);
                if (!get_si_list(hvec + i * n, mv, n, 0, WORD(1) << 30, why, sizeof why))
                    wk_arg_error(S, 2, "histogram: entry %ld: m %s", (long) i + 1, why);
                if (cv->t != T_INT || !wk_get_si(hcount + i, cv) || hcount[i] < 0)
                    wk_arg_error(S, 2, "histogram: entry %ld: count must be an integer >= 0", (long) i + 1);
            }
        }
        st = wk_xsff_bootstrap(B, info, P, n, nvec, hvec, hcount, NULL, NULL, &bo);
    }
    if (st != WK_OK) wk_bi_status(S, st);
    r = wk_root(S, wk_rec_new());
    b = kbuf(S);
    concat(b, B->report);
    concat(b, B->warnings);
    wk_rec_set(r, "report", report_value(b));
    wk_rec_set(r, "sectors", info_names(info));
    boot_fields(r, info, B);
    {
        wk_value out;
        wk_copy(&out, r);
        return out;
    }
}

static wk_value bi_xsff_bootstrap(wk_state *S, int argc, const wk_value *argv)
{
    const specobj *so;
    const wk_xsff_spectrum_struct *sp;
    const wk_xsff_info_struct *info;
    wk_xsff_plateau_struct *pl;
    wk_xsff_ratio_struct *rr;
    wk_value *r, out;
    wk_buf *b = kbuf(S);
    static const char *const known[] = { "rtol", "acc_max", "tol", "central", "max_aut", "max_cand", "zmax",
                                         "extensions", NULL };
    check_options(S, known);
    if (argv[0].t != T_OBJ) return boot_data(S, argc, argv);
    if (argc > 1) wk_bi_error(S, "takes one argument (a Hamiltonian, sectors or spectra), or (P, R) for data");
    so = spectra_of(S, 0, &argv[0], NULL);
    sp = so->sp;
    info = sp->info;
    pl = compute_plateau(S, sp, kw_tol(S));
    rr = compute_ratio(S, sp);
    r = wk_root(S, wk_rec_new());
    wk_rec_set(r, "report", wk_nil());   /* first field; set at the end */
    {
        char *rep = wk_xsff_report(info, sp, pl, rr, NULL);
        concat(b, rep);
        flint_free(rep);
    }
    if (info->rank > 0) {
        /* torus N: multiplets by peeling (spec 5.7) */
        wk_xsff_peel_struct *T = flint_malloc(sizeof *T);
        slong i, c;
        wk_value l;
        wk_xsff_peel_init(T);
        keep(S, T, free_peel);
        {
            wk_status st = wk_xsff_peel(T, sp, pl->tol > 0 ? kw_tol(S) : 0);
            if (st != WK_OK) wk_bi_status(S, st);
        }
        concat(b, T->report);
        wk_rec_set(r, "report", report_value(b));
        wk_rec_set(r, "kind", wk_str("torus"));
        wk_rec_set(r, "sectors", info_names(info));
        wk_rec_set(r, "weights", info_weights(info));
        wk_rec_set(r, "R", R_list(pl));
        wk_rec_set(r, "P", plateau_matrix(pl->P, pl->nsec, pl->nsamples));
        wk_rec_set(r, "P_multiplets", plateau_matrix(T->Ppred, T->nsec, pl->nsamples));
        l = wk_list_new(T->nmult);
        for (i = 0; i < T->nmult; i++) {
            wk_value e = wk_rec_new(), hw = wk_list_new(T->rank);
            for (c = 0; c < T->rank; c++) wk_list_push(&hw, wk_rat_si(T->hw2[i * T->rank + c], 2));
            wk_rec_set(&e, "highest_weight", hw);
            wk_rec_set(&e, "count", wk_int_si(T->count[i]));
            wk_rec_set(&e, "staircase", wk_int_si(T->stair[i]));
            wk_list_push(&l, e);
        }
        wk_rec_set(r, "multiplets", l);
        wk_rec_set(r, "staircase_ok", wk_bool(T->stair_ok));
        wk_rec_set(r, "clusters", wk_int_si(T->nclusters));
        wk_rec_set(r, "accidental", wk_int_si(T->accidental));
        wk_rec_set(r, "bad", wk_int_si(T->bad));
        wk_rec_set(r, "integral_sum", wk_bool(T->integral_sum));
        wk_rec_set(r, "max_merged", real_value(pl->max_merged));
        wk_rec_set(r, "min_unmerged", real_value(pl->min_unmerged));
        ratio_fields(r, rr);
    } else {
        int stagec = kw_bool(S, "stagec", 1);
        wk_xsff_boot_struct *B = flint_malloc(sizeof *B);
        wk_xsff_boot_opts_struct bo;
        wk_status st;
        const secobj *sec = wk_obj_get(&so->sectors, &sec_type);
        const wk_xsff_model_struct *m = sec ? sec_model(sec) : NULL;
        const wk_value *gv = wk_kwarg(S, "groups");
        wk_xsff_boot_init(B);
        keep(S, B, free_boot);
        boot_opts(S, &bo);
        st = wk_xsff_bootstrap_spectrum(B, info, pl, rr, &bo);
        if (st != WK_OK) wk_bi_status(S, st);
        concat(b, B->report);
        concat(b, B->warnings);
        wk_rec_set(r, "kind", wk_str("finite"));
        wk_rec_set(r, "sectors", info_names(info));
        wk_rec_set(r, "d", wk_list_from_si(info->d, info->nsec));
        wk_rec_set(r, "R", R_list(pl));
        wk_rec_set(r, "P", plateau_matrix(pl->P, pl->nsec, pl->nsamples));
        wk_rec_set(r, "histogram", histogram_value(info, pl));
        wk_rec_set(r, "max_merged", real_value(pl->max_merged));
        wk_rec_set(r, "min_unmerged", real_value(pl->min_unmerged));
        ratio_fields(r, rr);
        boot_fields(r, info, B);
        /* stage C */
        if (st == WK_OK && B->found && stagec && m && m->kind == WK_XSFF_FINITE) {
            wk_xsff_stagec_struct *C = flint_malloc(sizeof *C);
            wk_xsff_stagec_opts_struct co;
            wk_group_struct **user = NULL;
            slong nuser = 0, i;
            wk_xsff_stagec_init(C);
            keep(S, C, free_stagec);
            wk_xsff_stagec_opts_init(&co);
            co.max_aut = kw_int(S, "max_aut", 20000, 1, 100000000);
            co.max_cand = kw_int(S, "max_cand", 200, 1, 1000000);
            co.zmax = kw_int(S, "zmax", 3, 2, 12);
            co.extensions = kw_bool(S, "extensions", 1);
            if (gv) {
                if (gv->t != T_LIST) wk_bi_error(S, "keyword groups must be a list of groups (candidates for G)");
                nuser = wk_list_len(gv);
                user = kmalloc(S, (nuser + 1) * sizeof(wk_group_struct *));
                for (i = 0; i < nuser; i++) {
                    const wk_value *g = wk_list_get(gv, i);
                    wk_group_struct *G = g->t == T_OBJ ? wk_obj_get(g, &wk_group_type) : NULL;
                    if (!G && g->t == T_OBJ) G = wk_obj_get(g, &wk_chartable_type);
                    if (!G) wk_bi_error(S, "keyword groups: entry %ld must be a group, got %s", (long) i + 1, wk_type_name(g));
                    user[i] = G;
                }
            }
            st = wk_xsff_stagec(C, m->N, B, user, nuser, &co);
            if (st != WK_OK) wk_bi_status(S, st);
            concat(b, C->report);
            {
                wk_value gl = wk_list_new(C->nmatch), dl = wk_list_new(C->nmatch);
                for (i = 0; i < C->nmatch; i++) {
                    wk_list_push(&gl, wk_group_value(wk_group_incref(C->group[i])));
                    wk_list_push(&dl, wk_str(C->desc[i]));
                }
                wk_rec_set(r, "candidates", gl);
                wk_rec_set(r, "descriptions", dl);
                wk_rec_set(r, "group_orders", wk_list_from_si(C->order, C->nmatch));
                wk_rec_set(r, "candidates_tried", wk_int_si(C->ncand));
            }
            if (C->nmatch > 0) {
                wk_value fs = wk_list_new(C->nirr);
                wk_rec_set(r, "group", wk_group_value(wk_group_incref(C->group[0])));
                wk_rec_set(r, "table", wk_chartable_value(C->group[0]));
                wk_rec_set(r, "table_text", wk_str(C->table ? C->table : ""));
                wk_rec_set(r, "central_order", C->zorder > 0 ? wk_int_si(C->zorder) : wk_nil());
                wk_rec_set(r, "irrep_degrees", wk_list_from_si(C->irr_deg, C->nirr));
                {
                    fmpz_mat_t M;
                    slong a, n = info->nsec;
                    fmpz_mat_init(M, C->nirr, n);
                    for (i = 0; i < C->nirr; i++)
                        for (a = 0; a < n; a++) fmpz_set_si(fmpz_mat_entry(M, i, a), C->restr[i * n + a]);
                    wk_rec_set(r, "restriction", C->nirr > 0 ? wk_mat_from_fmpz_mat(M) : wk_nil());
                    fmpz_mat_clear(M);
                }
                for (i = 0; i < C->nirr && C->fs && C->zorder == 0; i++) wk_list_push(&fs, wk_int_si(C->fs[i]));
                wk_rec_set(r, "fs_indicators", C->zorder == 0 && C->fs ? fs : (wk_release(&fs), wk_nil()));
                wk_rec_set(r, "abelianization", wk_list_from_si(C->abel, C->nabel));
            } else {
                wk_rec_set(r, "group", wk_nil());
                wk_rec_set(r, "table", wk_nil());
            }
        }
        wk_rec_set(r, "report", report_value(b));
    }
    wk_copy(&out, r);
    return out;
}

/* ==== the table =============================================================== */
#define MODEL_KW "Keywords: sigma (disorder strength, default as listed), couplings (a list of the\n" \
    "disorder variables xi: fixes every realisation; h.nvar of them), others as listed.\n"
#define SPEC_KW "samples,seed,limit"
#define SPEC_HELP "The first argument is spectra (xsff_spectrum), or a Hamiltonian or sectors: then the\n" \
    "spectra are computed here with samples= (default 1), seed= (realisation s uses seed + s;\n" \
    "default the session's seed setting) and limit= (dense limit, default 8000).\n"

static const wk_builtin xsff_builtins[] = {
    { "torus_chain", "Z;theta,sigma,couplings", bi_torus_chain,
      "torus_chain(L): the quantum torus chain (m = 3) on L sites with N = (Z3 x Z3):Z2 (spec 2.3).",
      "H = -sum_i J_i [cos theta (U_i^+ U_{i+1} + h.c.) + sin theta (V_i^+ V_{i+1} + h.c.)], periodic,\n"
      "J_i = 1 + sigma xi_i, U = diag(1, w, w^2), V|s> = |s+1>.  N = <A = prod U_i, B = prod V_i,\n"
      "C: s -> -s>, order 18; sectors (0,+), (0,-), [0,1], [1,0], [1,1], [1,2]; [u,v] is the joint\n"
      "eigenspace A = w^u, B = w^v.  theta = pi/4 (default) is the self-dual point where the hidden\n"
      "on-site Fourier transform F (F^2 = C) pairs [0,1] with [1,0].  sigma default 0.25.\n" MODEL_KW
      "Errors: 'L = 8 is not a multiple of m = 3; A and B do not commute (projective N), choose N =\n"
      "<A> x <C> or L divisible by 3'; L <= 15.",
      "torus_chain(6, theta=pi/6).dim == 729" },
    { "s3_chain", "Z;J,h,phi,sigma,couplings", bi_s3_chain,
      "s3_chain(L): the three-state Potts (S3) chain with N = Z3 (spec 2.1).",
      "H = -sum J_i (e^{i phi} s_i^+ s_{i+1} + h.c.) - sum h_i (tau_i + tau_i^+), J_i = J(1 + sigma xi),\n"
      "h_i = h(1 + sigma xi').  Defaults J = h = 1, phi = 0, sigma = 0.25.  Sectors q = 0, 1, 2;\n"
      "charge conjugation pairs q = 1, 2 (G = S3).\n" MODEL_KW,
      "s3_chain(4).order == 3" },
    { "potts4", "Z;J,h,sigma,couplings", bi_potts4,
      "potts4(L): the four-state Potts chain with N = Z2 x Z2 acting by translations (spec 2.2).",
      "H = -sum J_i (4 delta(s_i, s_{i+1}) - 1) - sum h_i sum_{s' != s} |s'><s|_i; defaults J = h = 1,\n"
      "sigma = 0.25.  Hidden G = S4 (the degree-2 irrep restricts to twice the trivial sector).\n" MODEL_KW,
      "potts4(3).dim == 64" },
    { "hubbard", "Z;U,t,sigma,sz,eta,couplings", bi_hubbard,
      "hubbard(L): the Fermi-Hubbard ring with N = U(1) x U(1) (charge, S_z) (spec 2.5).",
      "H = -sum t_j (c+_{j s} c_{j+1, s} + h.c.) + U sum (n_up - 1/2)(n_dn - 1/2), t_j = t(1 + sigma xi_j);\n"
      "defaults U = 4, t = 3, sigma = 0.5.  Sectors are the weights (eta_z, s_z) = ((N - L)/2,\n"
      "(N_up - N_dn)/2); sz=0 keeps only S_z = 0 (sz may be a half-integer).  Hidden: SU(2) spin x\n"
      "SU(2) eta-pairing = SO(4); xsff_bootstrap peels the multiplets.\n" MODEL_KW
      "Errors: 'L must be even for eta-pairing on a ring' (eta=false allows odd L).",
      "hubbard(4, sz=0).dim == 70" },
    { "kdbh", "ZZ;kappa,U,sigma,couplings", bi_kdbh,
      "kdbh(L, n): the kinetically driven Bose-Hubbard effective Hamiltonian, n bosons on L sites, N = D_L (spec 2.4).",
      "H = (U/2L) sum_{q1+q2=q3+q4} J0(2 kappa_s [cos k3 + cos k4 - cos k1 - cos k2]) a+_q1 a+_q2 a_q3 a_q4\n"
      "in the momentum-occupation basis, kappa_s = kappa (1 + sigma xi) per realisation; defaults\n"
      "kappa = 0.9, U = 1, sigma = 0.25.  Sectors (0,+), (0,-), 1, ..., L/2-1, (L/2,+), (L/2,-).  The\n"
      "hidden momentum shift by pi pairs sectors; odd n makes the action projective.\n" MODEL_KW
      "Errors: 'L = 7 is odd; the momentum shift by pi is not defined'.",
      "kdbh(4, 3).dim == 20" },
    { "hamiltonian", "A[AA];ops,fermions,symmetries,irreps,charges,restrict,name,couplings", bi_hamiltonian,
      "hamiltonian(L, q, terms): a chain of L sites of local dimension q from local terms, with its visible symmetry N.",
      "terms: a list of \"Ud_0 U_1\" (factor NAME at site i is NAME_i; the rightmost acts first), [c, \"ops\"]\n"
      "or records {c, ops, hc: add the Hermitian conjugate, translate: add the L translates (default\n"
      "true: strings and pairs are always translated), disorder: group g >= 0, sigma: coefficient c (1 + sigma xi) with one xi\n"
      "per (group, translate)}.  Local operators: ops = {NAME: q x q matrix, ...} (<i|op|j> in row i,\n"
      "column j), plus the built-in U (clock diag w^s, w = e^{2 pi i/q}), Ud = U^+, V (|s> -> |s+1>), Vd,\n"
      "n (diag s) and for q = 2 X, Y, Z (Z = diag(1, -1)), Sp = |0><1|, Sm.  fermions = [parities of the\n"
      "local states]: Jordan-Wigner strings along the site order.  N, finite: symmetries = [{name, sites:\n"
      "[image of site i, from 0], states: [image of local state s], phase: [phase of state s]}, ...] and\n"
      "irreps = [{name, mats: [one unitary matrix per generator; numbers for 1 x 1]}, ...].  N, a torus:\n"
      "charges = [{name, values: [charge of each local state] (or one such list per site), offset, den\n"
      "(1 or 2)}], and restrict = {charge: value} keeps one value.  hamiltonian(H; symmetries=, irreps=)\n"
      "declares N again on a Hamiltonian built from local terms.  Errors name the term ('unknown local\n"
      "operator 'Q' in term 'Q_0''), the matrix, or the symmetry ('rho('-') is not a homomorphism ...').\n"
      "[H, N] = 0 is checked by xsff_sectors.",
      "hamiltonian(4, 2, [\"Z_0 Z_1\", [0.7, \"X_0\"]], symmetries=[{name: \"P\", states: [1, 0]}], "
      "irreps=[{name: \"+\", mats: [1]}, {name: \"-\", mats: [-1]}]).dim == 16" },
    { "xsff_sectors", "A;symmetries,irreps,seed", bi_xsff_sectors,
      "xsff_sectors(H): the sectors of N: names, irrep dimensions d_a and multiplicities R_a (spec 3).",
      "The multiplicity space of irrep a is the image of P^a_11; R_a = its dimension, sum d_a R_a = D.\n"
      "Checks [H, U(g)] = 0 for every generator on a random vector of one realisation (seed=).\n"
      "symmetries=, irreps= declare N again first (as in hamiltonian).  Fields: names, d, R, dim, order,\n"
      "trivial, weights (torus), conjugation (the sector K maps each to, H real), real, hamiltonian;\n"
      "s[a] is the record {name, d, R} of sector a, len(s) the number of sectors.\n"
      "Errors: 'symmetry 'C' does not commute with H (norm of commutator 0.26 on a random vector)',\n"
      "'rho('[0,1]') is not a homomorphism (...)', 'sector dimensions sum to 18, Hilbert space has 27'.",
      "xsff_sectors(torus_chain(6)).R == [41, 40, 81, 81, 81, 81]" },
    { "xsff_spectrum", "A;samples,seed,limit,symmetries,irreps", bi_xsff_spectrum,
      "xsff_spectrum(H): the levels of every sector for samples= disorder realisations (LAPACK, eigenvalues only).",
      "H: a Hamiltonian or its sectors.  samples (default 1), seed (realisation s drawn with seed + s;\n"
      "default the seed setting), limit: largest sector diagonalised (default 8000).  Sectors run in\n"
      "parallel; progress shows on a terminal; Ctrl-C interrupts.  Fields: levels (per sector; per\n"
      "sample, then per sector, if samples > 1), samples, seed, R, names, mean, sdev, commutator.\n"
      "Error: 'sector [0,1] has dimension 63504 > dense limit 8000', before any work.",
      "len(xsff_spectrum(s3_chain(4)).levels) == 3" },
    { "xsff", "A;times,filter,eta,pairs,connected," SPEC_KW, bi_xsff,
      "xsff(sp): the cross spectral form factor K_ab(t) = <Re Z_a(t) conj Z_b(t)> and its connected part (spec 1, 4).",
      "Z_a(t) = sum_E f(E) e^{-iEt} over the levels of sector a; f = 1 (filter=\"none\", default) or\n"
      "exp(-(E - E0)^2/2w^2) (filter=\"gauss\", w = eta x spectral standard deviation, eta default 0.5).\n"
      "times: an increasing list, or a number n of log-spaced times (default 400) from 1/W to 10 x 2 pi rho_max.\n"
      "svg(k, \"file.svg\") draws K (log-log) for pairs= [[a, b], ...] (names or numbers from 1; default\n"
      "the diagonal and every pair merged by the plateau), connected= true for K^c, with the exact\n"
      "plateaus as thin lines; plot(k.t, k.curves, labels=k.labels, logx=true, logy=true) too.\n"
      "Fields: t, K, Kc (K[a][b] is a list over t), curves, labels, pairs, plateau, filter, eta, E0, w.\n"
      SPEC_HELP "Error: 'times must be a non-empty increasing list'.",
      "len(xsff(s3_chain(5), times=50).t) == 50" },
    { "xsff_plateau", "A;tol,window,points," SPEC_KW, bi_xsff_plateau,
      "xsff_plateau(sp): the exact plateau P_ab = sum_E m_a(E) m_b(E) and the histogram of multiplet vectors.",
      "Levels of one sample closer than tol x max|E| (tol default 1e-9) are one level E; m_a(E) is its\n"
      "multiplicity in sector a.  P and R are averaged over samples.  histogram: records {multiplet:\n"
      "\"[0,1]+[1,0]\", m, count}.  max_merged / min_unmerged: the largest gap merged and the smallest\n"
      "kept (the margin of the merging).  window=[t1, t2] also gives the late-time average of the\n"
      "unfiltered K over points= (2000) times, P_time, with its standard error P_err (spec 4).\n" SPEC_HELP,
      "xsff_plateau(torus_chain(6, theta=pi/6)).P[5][6] == 81" },
    { "level_ratio", "A;central,tol," SPEC_KW, bi_level_ratio,
      "level_ratio(sp): the mean adjacent-gap ratio <r> per sector, its standard error and the block count read from it.",
      "Over the central fraction (central=, default 0.5) of the levels after merging exact degeneracies\n"
      "(tol), pooled over samples.  One chaotic block: GOE 0.531, GUE 0.600, GSE 0.674; two blocks\n"
      "0.42-0.45; Poisson 0.386.  blocks: 1, 2, 3 (three or more) or 0 (undecided); beta: 1, 2, 4 for a\n"
      "clear single block, else 0.\n" SPEC_HELP,
      "len(level_ratio(s3_chain(6)).r) == 3" },
    { "xsff_bootstrap", "A[AA];kmax,blocks,stagec,groups,options," SPEC_KW, bi_xsff_bootstrap,
      "xsff_bootstrap(sp): the hidden symmetry group from the sector spectra: orbits, index, branching, candidate groups (spec 5).",
      "Stage A: orbits of sectors merged by the exact plateau, anti-unitary pairings (GUE sectors),\n"
      "block counts from <r>.  Stage B: the smallest index k = [G:N] (up to kmax, default 64) whose\n"
      "Clifford skeleton fits the histogram within rtol (0.08), readings compared by chi^2 of <r>\n"
      "(blocks=false: plateaus only).  Stage C (stagec=true): groups containing N with this\n"
      "restriction, cyclic extensions and the user's groups= [...]; projective skeletons (E9) through\n"
      "central extensions by Z_r, r <= zmax.  The record: report (readable), found, index, order,\n"
      "orbits, anti_unitary, projective, skeleton (rows: restriction, e, degree), degrees, M, readings,\n"
      "chi2, histogram, P, R, r, err, blocks, max_merged, min_unmerged (margins), candidates (groups),\n"
      "group, table (character table of the first), table_text, irrep_degrees, abelianization.  For a\n"
      "torus N (hubbard): multiplets peeled into SU(2) x SU(2) rectangles, staircase check, accidental\n"
      "clusters, P_multiplets, integral_sum (J + S integral: SO(4)).  Rarer settings: options = {rtol,\n"
      "acc_max (largest fraction of accidental levels, 0.2), tol, central (as in level_ratio), max_aut,\n"
      "max_cand, zmax, extensions (stage C)}.  xsff_bootstrap(P, R, {d, order, names, trivial (from 1),\n"
      "histogram: [[m, count], ...]}) runs stages A-B on data (P summed over as many samples as R).\n" SPEC_HELP
      "Errors: 'plateau matrix must be symmetric non-negative, size 6x6 to match 6 sectors', 'no\n"
      "consistent hidden group of index <= 64 (...)'.",
      "xsff_bootstrap(torus_chain(6)).degrees == [1, 1, 1, 1, 4, 4]" },
    { NULL }
};

const wk_module wk_mod_xsff = {
    "xsff", "hidden symmetries from the cross spectral form factor between symmetry sectors", xsff_builtins
};
