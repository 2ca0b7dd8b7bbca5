/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff: hidden symmetries from the cross spectral form factor (xSFF) between
   symmetry sectors (Bai, Zhou, Lapierre, Ryu, arXiv:2604.01296; spec xsff-bootstrap.md). */
#ifndef WK_XSFF_H
#define WK_XSFF_H

#include "wk_core.h"

/* Complex numbers are C99 double _Complex; the header does not include
   <complex.h> (whose macro I would leak into every file including wk.h). */

#ifdef __cplusplus
extern "C" {
#endif

/* Default size guards. */
#define WK_XSFF_DENSE_LIMIT 8000      /* largest sector diagonalised densely */
#define WK_XSFF_GROUP_LIMIT 1024      /* largest finite symmetry group N */
#define WK_XSFF_DIM_LIMIT   (WORD(1) << 24)   /* largest Hilbert space */

/* ======================================================================
   Sparse operators (CSR, complex entries)
   ====================================================================== */
typedef struct {
    slong dim;              /* rows = columns */
    slong nnz;
    slong *rowptr;          /* dim + 1 */
    slong *col;             /* nnz, increasing within each row */
    double _Complex *val;    /* nnz */
    int real;               /* 1 if every entry has zero imaginary part */
} wk_xsff_op_struct;
typedef wk_xsff_op_struct wk_xsff_op_t[1];

/* Initialises A to the empty 0 x 0 operator. */
void wk_xsff_op_init(wk_xsff_op_t A);
void wk_xsff_op_clear(wk_xsff_op_t A);
/* Sets A to the dim x dim operator with entries val[k] at (row[k], col[k]);
   repeated positions are added, entries that cancel below 1e-15 times the
   largest |val| are dropped.  WK_E_DOMAIN if an index is out of range. */
wk_status wk_xsff_op_set_triplets(wk_xsff_op_t A, slong dim, slong n,
                                  const slong *row, const slong *col,
                                  const double _Complex *val);
/* Sets y = A x (y and x must not alias; both have A->dim entries). */
void wk_xsff_op_mul_vec(double _Complex *y, const wk_xsff_op_t A,
                        const double _Complex *x);
/* Returns max |A_ij - conj(A_ji)| (0 for a Hermitian operator). */
double wk_xsff_op_hermitian_defect(const wk_xsff_op_t A);
/* Returns the entry A_ij (0 if not stored). */
double _Complex wk_xsff_op_entry(const wk_xsff_op_t A, slong i, slong j);

/* ======================================================================
   Monomial operators U|s> = phase[s] |perm[s]>
   ====================================================================== */
typedef struct {
    slong dim;
    slong *perm;
    double _Complex *phase;
} wk_xsff_mono_struct;
typedef wk_xsff_mono_struct wk_xsff_mono_t[1];

/* Initialises U to the identity on dim states. */
void wk_xsff_mono_init(wk_xsff_mono_t U, slong dim);
void wk_xsff_mono_clear(wk_xsff_mono_t U);
/* Sets y = U x (no aliasing). */
void wk_xsff_mono_apply(double _Complex *y, const wk_xsff_mono_t U,
                        const double _Complex *x);

/* ======================================================================
   The visible symmetry group N: a finite group given by generators acting
   monomially on the basis and the matrices of its irreps on those
   generators (spec 1, "Input"), or a torus of conserved charges (spec 5.7).
   ====================================================================== */
typedef struct {
    slong dim;                  /* Hilbert space dimension D */
    slong ngens;
    char **gen_name;
    wk_xsff_mono_struct *gen;   /* ngens monomial actions on the basis */
    slong nirr;
    char **irr_name;
    slong *irr_dim;
    double _Complex **irr_gen;   /* irr_gen[a]: ngens unitary d_a x d_a matrices, row-major */
    /* set by wk_xsff_group_setup: */
    slong order;                /* |N| */
    slong *lmul;                /* lmul[n*ngens + j]: index of gen_j * n */
    slong *parent, *pgen;       /* n = gen_{pgen[n]} * parent[n] (BFS tree; n = 0 is 1) */
    double _Complex **rho;       /* rho[a]: order matrices d_a x d_a */
    double _Complex *chi;        /* chi[a*order + n] = trace rho_a(n) */
    slong trivial;              /* index of the trivial irrep */
    slong *dual;                /* dual[a]: irrep with character conj(chi_a) */
    slong *fusion;              /* fusion[(a*nirr + b)*nirr + c] = N_ab^c */
    slong *kperm;               /* irrep a -> conj(a(K n K)) under complex conjugation K,
                                   NULL if K does not normalise the action */
    int complete;               /* sum d_a^2 = |N| */
    int ready;
} wk_xsff_group_struct;
typedef wk_xsff_group_struct wk_xsff_group_t[1];

/* Initialises G with no generators on a Hilbert space of dimension dim. */
void wk_xsff_group_init(wk_xsff_group_t G, slong dim);
void wk_xsff_group_clear(wk_xsff_group_t G);
/* Adds a generator U|s> = phase[s]|perm[s]> named name (phase NULL means 1).
   Generators must all be added before the first irrep.  WK_E_DOMAIN if perm
   is not a bijection of 0..dim-1 or a phase is not of modulus 1. */
wk_status wk_xsff_group_add_gen(wk_xsff_group_t G, const char *name,
                                const slong *perm, const double _Complex *phase);
/* Adds the irrep name of dimension d given by its ngens unitary matrices
   (row-major, one after the other). */
wk_status wk_xsff_group_add_irrep(wk_xsff_group_t G, const char *name, slong d,
                                  const double _Complex *mats);
/* Enumerates N (the group generated by the pairs (U(g), (+)_a rho_a(g))),
   checks that the irreps are inequivalent irreducible representations of N
   and that the action on the basis is a representation of N (spec 9:
   "rho('[0,1]') is not a homomorphism ..."), and fills the derived fields.
   An incomplete set of irreps is accepted (complete = 0; the sectors will
   then not fill the Hilbert space).  WK_E_TOO_LARGE if |N| >
   WK_XSFF_GROUP_LIMIT. */
wk_status wk_xsff_group_setup(wk_xsff_group_t G);
/* Writes into buf (size n) a word in the generators for element e ("1",
   "A", "C*A*B" ...). */
void wk_xsff_group_word(char *buf, size_t n, const wk_xsff_group_t G, slong e);

typedef struct {
    slong rank;
    char **name;        /* rank names */
    slong *den;         /* rank denominators (1 or 2): weight = value/den */
    slong *value;       /* dim*rank numerators */
} wk_xsff_torus_struct;
typedef wk_xsff_torus_struct wk_xsff_torus_t[1];

void wk_xsff_torus_init(wk_xsff_torus_t T);
void wk_xsff_torus_clear(wk_xsff_torus_t T);

/* ======================================================================
   Models: a Hilbert space with its symmetry and a family of Hamiltonians
   (one member per disorder realisation) (spec 2).
   ====================================================================== */
typedef struct wk_xsff_model_struct wk_xsff_model_struct;
/* Builds the realisation with disorder variables xi (m->nvar standard
   normal numbers). */
typedef wk_status (*wk_xsff_build_fn)(wk_xsff_op_t H, const wk_xsff_model_struct *m,
                                      const double *xi);
struct wk_xsff_model_struct {
    char *name;             /* "torus_chain" ... */
    char *params;           /* "L = 6, theta = pi/4, sigma = 0.25" */
    slong dim;
    int kind;               /* WK_XSFF_FINITE or WK_XSFF_TORUS */
    wk_xsff_group_t N;      /* kind FINITE (set up) */
    wk_xsff_torus_t T;      /* kind TORUS */
    int real;               /* every realisation is a real matrix */
    int disordered;         /* realisations differ */
    slong nvar;             /* disorder variables xi per realisation */
    double *xi;             /* fixed couplings (nvar), or NULL: drawn per realisation */
    wk_xsff_build_fn build;
    slong nsites;           /* length of a basis-state label */
    void (*state)(slong *label, const wk_xsff_model_struct *m, slong s);
    slong (*index)(const wk_xsff_model_struct *m, const slong *label);
    void *data;
    void (*data_clear)(void *);
};
typedef wk_xsff_model_struct wk_xsff_model_t[1];
#define WK_XSFF_FINITE 1
#define WK_XSFF_TORUS 2

void wk_xsff_model_init(wk_xsff_model_t m);
void wk_xsff_model_clear(wk_xsff_model_t m);
/* Sets H to one realisation of the model: its m->nvar disorder variables
   xi are drawn (standard normal) from r, or taken from the fixed couplings. */
wk_status wk_xsff_model_hamiltonian(wk_xsff_op_t H, const wk_xsff_model_t m,
                                    wk_rand_t r);
/* Sets H to the realisation with the given disorder variables xi (nvar
   entries; NULL or nvar = 0 for a model without disorder). */
wk_status wk_xsff_model_hamiltonian_xi(wk_xsff_op_t H, const wk_xsff_model_t m,
                                       const double *xi, slong nvar);
/* Sets label (m->nsites entries) to basis state s: the local states s_i of
   a lattice model, the occupations n_q of the KDBH model. */
void wk_xsff_model_state(slong *label, const wk_xsff_model_t m, slong s);
/* Returns the basis index of the state with this label, -1 if none. */
slong wk_xsff_model_index(const wk_xsff_model_t m, const slong *label);
/* Fixes the disorder variables of every realisation to xi (n = m->nvar
   entries: e.g. the torus chain's J_i = 1 + sigma xi_i, i = 0..L-1), or
   returns to random draws if xi is NULL. */
wk_status wk_xsff_model_set_couplings(wk_xsff_model_t m, const double *xi, slong n);

/* Quantum torus chain, m = 3 (spec 2.3): local Z3 clock U, shift V,
   H = -sum_i J_i [cos theta (U_i^+ U_{i+1} + h.c.) + sin theta (V_i^+ V_{i+1} + h.c.)],
   J_i = 1 + sigma xi_i, periodic.  N = <A, B, C> = (Z3 x Z3):Z2 (order 18) with
   irreps in the order (0,+), (0,-), [0,1], [1,0], [1,1], [1,2].
   WK_E_DOMAIN unless 3 | L (A and B commute only then) and L >= 2. */
wk_status wk_xsff_model_torus_chain(wk_xsff_model_t m, slong L, double theta,
                                    double sigma);
/* S3 chain (spec 2.1): H = -sum J_i (e^{i phi} sigma_i^+ sigma_{i+1} + h.c.)
   - sum h_i (tau_i + tau_i^+), J_i = J0(1 + sigma xi), h_i = h0(1 + sigma xi').
   N = Z3 = <prod tau_i>, sectors q = 0, 1, 2. */
wk_status wk_xsff_model_s3_chain(wk_xsff_model_t m, slong L, double J0, double h0,
                                 double phi, double sigma);
/* Four-state Potts chain (spec 2.2), s in Z2 x Z2; N = Z2 x Z2 acting by
   translation of every site; sectors 00, 10, 01, 11. */
wk_status wk_xsff_model_potts4(wk_xsff_model_t m, slong L, double J0, double h0,
                               double sigma);
/* Fermi-Hubbard ring (spec 2.5), particle-hole symmetric form, t_j =
   t0(1 + sigma xi_j).  N = U(1) x U(1) with weights (eta_z, s_z) =
   ((N - L)/2, (N_up - N_dn)/2).  If sz2 is not WK_XSFF_ALL, only the states
   with 2 s_z = sz2 are kept.  eta = 1 requires even L (eta pairing). */
wk_status wk_xsff_model_hubbard(wk_xsff_model_t m, slong L, double U, double t0,
                                double sigma, slong sz2, int eta);
#define WK_XSFF_ALL WORD_MIN
/* Kinetically driven Bose-Hubbard effective Hamiltonian (spec 2.4) in the
   momentum-occupation basis with nb bosons on L sites:
   H = (U/2L) sum_{q1+q2=q3+q4} J0(2 kappa_s [cos k3 + cos k4 - cos k1 - cos k2])
   a+_q1 a+_q2 a_q3 a_q4, kappa_s = kappa(1 + sigma xi) per realisation.
   N = D_L (order 2L) with sectors (0,+), (0,-), 1, ..., L/2-1, (L/2,+), (L/2,-).
   WK_E_DOMAIN for odd L. */
wk_status wk_xsff_model_kdbh(wk_xsff_model_t m, slong L, slong nb, double kappa,
                             double U, double sigma);

/* ---- user-defined Hamiltonians from local terms ----------------------- */
typedef struct {
    double _Complex coeff;
    slong group;            /* disorder group (-1: none) */
    double sigma;           /* coefficient c(1 + sigma xi_{group, shift}) */
    slong k;                /* number of factors */
    slong *op, *site;       /* factor i: operator op[i] at site site[i]; rightmost acts first */
} wk_xsff_term_struct;

typedef struct {
    slong L, q;
    slong *parity;          /* q local fermion parities, or NULL (no fermions) */
    slong nops;
    char **op_name;
    double _Complex *op;     /* nops q x q matrices, op[(o*q + i)*q + j] = <i|o|j> */
    slong nterms, alloc_terms;
    wk_xsff_term_struct *term;
    slong ngroups;          /* disorder groups in use */
    /* symmetry generators: site permutation and one local monomial map */
    slong ngens;
    char **gen_name;
    slong *gen_site;        /* ngens * L: site i -> gen_site[i] */
    slong *gen_local;       /* ngens * q: local state s -> gen_local[s] */
    double _Complex *gen_phase;  /* ngens * q */
    slong nirr;
    char **irr_name;
    slong *irr_dim;
    double _Complex **irr_mats;
    /* conserved charges: value(state) = offset + sum_i val[i*q + s_i], weight = value/den */
    slong ncharges;
    char **charge_name;
    slong *charge_val;      /* ncharges * L * q */
    slong *charge_offset, *charge_den;
    slong nrestrict;
    slong *restrict_charge, *restrict_value;
} wk_xsff_lattice_struct;
typedef wk_xsff_lattice_struct wk_xsff_lattice_t[1];

/* Initialises lat to a chain of L sites of local dimension q, with no
   operators, terms, symmetries or charges. */
void wk_xsff_lattice_init(wk_xsff_lattice_t lat, slong L, slong q);
void wk_xsff_lattice_clear(wk_xsff_lattice_t lat);
/* Declares the local states' fermion parities (q entries 0 or 1); operators
   that change the parity then carry Jordan-Wigner strings along the site
   order, and site permutations carry the sign of reordering the fermions. */
wk_status wk_xsff_lattice_set_fermions(wk_xsff_lattice_t lat, const slong *parity);
/* Adds the local operator name with q x q matrix m (row-major, m[i*q+j] =
   <i|op|j>).  Names are letters, digits and the characters + - ' ^ . */
wk_status wk_xsff_lattice_add_op(wk_xsff_lattice_t lat, const char *name,
                                 const double _Complex *m);
/* Adds coeff times the operator string ops, e.g. "Ud_0 U_1" (factor NAME at
   site i written NAME_i; the rightmost factor acts first).  If translate,
   adds the L translates (sites shifted by j = 0..L-1, periodic).  If hc, also
   adds the Hermitian conjugate.  group >= 0 makes the coefficient random,
   coeff (1 + sigma xi) with one standard normal xi per (group, translate j),
   shared by all terms of that group. */
wk_status wk_xsff_lattice_add_term(wk_xsff_lattice_t lat, double _Complex coeff,
                                   const char *ops, int translate, int hc,
                                   slong group, double sigma);
/* Adds a symmetry generator: sites move by site_perm (i -> site_perm[i]; NULL
   for none) and each local state s goes to phase[s] |local_perm[s]> (NULL for
   identity / 1). */
wk_status wk_xsff_lattice_add_symmetry(wk_xsff_lattice_t lat, const char *name,
                                       const slong *site_perm, const slong *local_perm,
                                       const double _Complex *phase);
/* Adds an irrep of the symmetry group: d x d unitary matrices for every
   generator (row-major, in the order the generators were added). */
wk_status wk_xsff_lattice_add_irrep(wk_xsff_lattice_t lat, const char *name, slong d,
                                    const double _Complex *mats);
/* Adds a conserved charge Q = (offset + sum_i val[i*q + s_i]) / den
   (den 1 or 2). */
wk_status wk_xsff_lattice_add_charge(wk_xsff_lattice_t lat, const char *name,
                                     const slong *val, slong offset, slong den);
/* Keeps only the basis states whose charge c has numerator value. */
wk_status wk_xsff_lattice_restrict(wk_xsff_lattice_t lat, slong c, slong value);
/* Sets m to the model of lat: basis = product states (restricted by the
   charges), symmetry = the generators and irreps if any (finite N), else the
   torus of the unrestricted charges.  Checks that H is Hermitian, that the
   terms and the symmetries keep the restricted basis, and sets up N. */
wk_status wk_xsff_model_lattice(wk_xsff_model_t m, const wk_xsff_lattice_t lat,
                                const char *name);
/* Sets res (res != m) to the model m, built from local terms (every model
   but kdbh), with its symmetry group N replaced by the generators and irreps
   declared in sym (a lattice of the same L and q whose terms, operators and
   charges are ignored); the basis restriction, the disorder and any fixed
   couplings of m are kept.  Errors as in wk_xsff_model_lattice (e.g. spec 9:
   "rho('[0,1]') is not a homomorphism ..."), and WK_E_DOMAIN if m is not a
   lattice model. */
wk_status wk_xsff_model_set_symmetry(wk_xsff_model_t res, const wk_xsff_model_t m,
                                     const wk_xsff_lattice_t sym);
/* Returns 1 if m was built from local terms (wk_xsff_model_lattice and the
   chains of spec 2 except kdbh). */
int wk_xsff_model_is_lattice(const wk_xsff_model_t m);

/* ======================================================================
   Sector information (shared by sectors, spectra, plateaus, bootstrap)
   ====================================================================== */
typedef struct {
    slong nsec;
    char **name;
    slong *d;           /* dimension of the N-irrep (1 for a torus) */
    slong *R;           /* dimension of the multiplicity space */
    slong dim;          /* D = sum d_a R_a */
    slong order;        /* |N|; 0 for a torus */
    slong trivial;      /* trivial irrep, -1 if none among the sectors */
    slong *dual;        /* NULL or dual sector */
    slong *kperm;       /* NULL or the action of complex conjugation K (H real) */
    slong *fusion;      /* NULL or N_ab^c, nsec^3 */
    slong rank;         /* torus rank, 0 for a finite N */
    slong *w2;          /* nsec*rank: twice the weights */
    char **wname;
} wk_xsff_info_struct;
typedef wk_xsff_info_struct wk_xsff_info_t[1];

void wk_xsff_info_init(wk_xsff_info_t info);
void wk_xsff_info_clear(wk_xsff_info_t info);
/* Sets I to a copy of J (I != J). */
void wk_xsff_info_set(wk_xsff_info_t info, const wk_xsff_info_t src);
/* Sets I to bare data for the bootstrap: nsec sectors with names (NULL: s0,
   s1, ...), irrep dimensions d (NULL: 1) and dimensions R; order = |N|. */
wk_status wk_xsff_info_set_data(wk_xsff_info_t info, slong nsec, const char *const *names,
                                const slong *d, const slong *R, slong order,
                                slong trivial);

/* ======================================================================
   Sectors (spec 3): sparse isometries B_a onto the multiplicity spaces
   ====================================================================== */
typedef struct {
    wk_xsff_info_t info;
    slong dim;
    int kind;
    /* orbits of the monomial action */
    slong norbits;
    slong *orbit_start;     /* norbits + 1 */
    slong *orbit_state;     /* dim: states grouped by orbit */
    slong *orbit_of, *pos;  /* dim: orbit and position inside it */
    /* per orbit: the sectors it meets and their columns there */
    slong *oc_start;        /* norbits + 1 */
    slong *oc_sec, *oc_col, *oc_n;   /* sector, first column, number of columns */
    /* per sector: columns of B_a, each supported on one orbit */
    slong **col_orbit;      /* [a][j] */
    slong **col_off;        /* [a][j]: offset of column j in val[a] */
    double _Complex **val;   /* [a]: coefficients over the orbit's states (orbit order) */
    int *real;              /* B_a is real */
    int *kreal;             /* B_a's columns are fixed by an anti-unitary U(g)K: H_a is real when H is */
    slong *kg;              /* that g (element of N), -1 if none */
} wk_xsff_sectors_struct;
typedef wk_xsff_sectors_struct wk_xsff_sectors_t[1];

void wk_xsff_sectors_init(wk_xsff_sectors_t S);
void wk_xsff_sectors_clear(wk_xsff_sectors_t S);
/* Sets S to the sector decomposition of the model's Hilbert space: orbits of
   the monomial action, and for each irrep a an orthonormal basis of the image
   of P^a_11 (spec 3.2); if the model is real and the basis of a sector is
   complex, it is replaced by a basis fixed by an anti-unitary U(g)K that maps
   the sector to itself with (U(g)K)^2 = 1, when N has such a g, so that H_a
   is real (dsyevd instead of zheevd).  WK_E_DOMAIN if sum_a d_a R_a != D (incomplete
   irreps). */
wk_status wk_xsff_sectors_build(wk_xsff_sectors_t S, const wk_xsff_model_t m);
/* Sets y = B_a x (x has R_a entries, y has D) or x = B_a^+ y. */
void wk_xsff_sectors_embed(double _Complex *y, const wk_xsff_sectors_t S, slong a,
                           const double _Complex *x);
void wk_xsff_sectors_project(double _Complex *x, const wk_xsff_sectors_t S, slong a,
                             const double _Complex *y);
/* Sets the dense R_a x R_a matrix B_a^+ H B_a (column-major) in Hc (complex)
   or, if Hr != NULL, H is real and the sector has a real or anti-unitarily
   fixed basis (real[a] or kreal[a]), in Hr.  Returns 1 if Hr was used. */
int wk_xsff_sectors_block(double _Complex *Hc, double *Hr, const wk_xsff_sectors_t S,
                          slong a, const wk_xsff_op_t H);
/* Builds one realisation of m (seed) and checks that it is Hermitian and
   commutes with every generator of N (or conserves every charge) on a random
   vector: WK_E_DOMAIN "symmetry 'C' does not commute with H (norm of
   commutator 0.26 on a random vector)" otherwise; *norm (if not NULL) gets
   the largest commutator norm. */
wk_status wk_xsff_model_check(double *norm, const wk_xsff_model_t m, ulong seed);
/* Returns max over generators of |[H, U(g)] x| for a random unit vector x
   drawn from r and sets *gen to the worst generator (finite N; for a torus,
   the commutator with the charges). */
double wk_xsff_commutator_norm(slong *gen, const wk_xsff_model_t m,
                               const wk_xsff_op_t H, wk_rand_t r);

/* ======================================================================
   Dense Hermitian eigenvalues (LAPACK dsyevd / zheevd, eigenvalues only)
   ====================================================================== */
/* Sets w (n entries, increasing) to the eigenvalues of the real symmetric
   matrix A (column-major, upper triangle used; A is copied, not changed). */
wk_status wk_xsff_eigvalsh_real(double *w, const double *A, slong n);
/* Same for a complex Hermitian A. */
wk_status wk_xsff_eigvalsh_complex(double *w, const double _Complex *A, slong n);
/* Trailing entries the in-place routines (lib/xsff internal) add to matrices
   and LAPACK work arrays: OpenBLAS 0.3.21 reads past them (NOTES.md). */
#define WK_XSFF_EIG_PAD(n) (4 * (size_t) (n) + 64)

/* ======================================================================
   Spectra per sector and per disorder sample
   ====================================================================== */
typedef struct {
    wk_xsff_info_t info;
    slong nsamples;
    double **E;         /* E[s*nsec + a]: increasing levels of H_a in sample s */
    double *mean, *sdev; /* per sample: mean and standard deviation of spec H */
    ulong seed;
    int checked;        /* commutation checked (on the first realisation) */
    double comm_max;    /* largest commutator norm seen */
} wk_xsff_spectrum_struct;
typedef wk_xsff_spectrum_struct wk_xsff_spectrum_t[1];

void wk_xsff_spectrum_init(wk_xsff_spectrum_t sp);
void wk_xsff_spectrum_clear(wk_xsff_spectrum_t sp);
/* Sets sp to the spectra of nsamples realisations of m, sector by sector
   (sectors in parallel with OpenMP), realisation s drawn from a wk_rand_t
   seeded with seed + s.  Checks [H, U(g)] = 0 on a random vector in the first
   realisation (spec 9).  WK_E_TOO_LARGE if a sector exceeds dense_limit
   (<= 0 means WK_XSFF_DENSE_LIMIT), before any work. */
wk_status wk_xsff_spectrum_compute(wk_xsff_spectrum_t sp, const wk_xsff_model_t m,
                                   const wk_xsff_sectors_t S, slong nsamples,
                                   ulong seed, slong dense_limit);
/* Sets sp to the given levels of one sample (E[a] has info->R[a] entries, any
   order) for data from elsewhere. */
wk_status wk_xsff_spectrum_set(wk_xsff_spectrum_t sp, const wk_xsff_info_t info,
                               const double *const *E);
/* Appends one more sample (E[a] has sp->info->R[a] entries, any order). */
wk_status wk_xsff_spectrum_add(wk_xsff_spectrum_t sp, const double *const *E);

/* ======================================================================
   Exact plateau, multiplet histogram and margins (spec 1, 4)
   ====================================================================== */
typedef struct {
    slong nsec, nsamples;
    slong *R;               /* summed over samples */
    slong *P;               /* nsec*nsec, P_ab summed over samples */
    slong nvec;             /* distinct multiplet vectors */
    slong *vec;             /* nvec*nsec */
    slong *count;           /* nvec, summed over samples; sorted by support then count */
    slong nclusters;
    double tol;             /* absolute merging tolerance used (largest over samples) */
    double max_merged;      /* largest gap merged */
    double min_unmerged;    /* smallest gap not merged */
} wk_xsff_plateau_struct;
typedef wk_xsff_plateau_struct wk_xsff_plateau_t[1];

void wk_xsff_plateau_init(wk_xsff_plateau_t pl);
void wk_xsff_plateau_clear(wk_xsff_plateau_t pl);
/* Sets pl to the exact plateau P_ab = sum_E m_a(E) m_b(E) and the histogram of
   multiplet vectors m(E), levels of one sample merged across sectors when
   closer than tol_rel * max|E| (tol_rel <= 0: 1e-9). */
wk_status wk_xsff_plateau(wk_xsff_plateau_t pl, const wk_xsff_spectrum_t sp,
                          double tol_rel);

/* ======================================================================
   Level-spacing ratio <r> per sector (spec 1, block count)
   ====================================================================== */
typedef struct {
    slong nsec;
    double *r;          /* mean ratio */
    double *err;        /* standard error */
    slong *n;           /* number of ratios */
} wk_xsff_ratio_struct;
typedef wk_xsff_ratio_struct wk_xsff_ratio_t[1];

void wk_xsff_ratio_init(wk_xsff_ratio_t rr);
void wk_xsff_ratio_clear(wk_xsff_ratio_t rr);
/* Sets rr to the mean adjacent-gap ratio of each sector over the central
   fraction (<= 0: 0.5) of its levels after merging exact degeneracies
   (tol_rel as in wk_xsff_plateau), pooled over samples. */
wk_status wk_xsff_level_ratio(wk_xsff_ratio_t rr, const wk_xsff_spectrum_t sp,
                              double central, double tol_rel);
/* Reads a block count and Dyson index from a ratio r with standard error
   err (margins of two standard errors): sets *blocks to 1 (one chaotic block:
   r - 2 err > WK_XSFF_R_ONE_BLOCK), 2 or 3 (several blocks, r + 2 err <
   WK_XSFF_R_SEVERAL; 3 means three or more or Poisson, r + 2 err <
   WK_XSFF_R_TWO_BLOCKS, a soft distinction) or 0 (undecided, or err > 0.05),
   and *beta to 1, 2, 4 for a single block whose class is clear (GOE, GUE,
   GSE), 0 otherwise.  Thresholds sit between the
   random-matrix values of NOTES.md (one GOE block 0.531, GUE 0.600, GSE 0.674;
   two blocks 0.42-0.45; three equal blocks 0.40; Poisson 0.386). */
void wk_xsff_ratio_class(slong *blocks, int *beta, double r, double err);
#define WK_XSFF_R_ONE_BLOCK 0.485
#define WK_XSFF_R_SEVERAL 0.45
#define WK_XSFF_R_GUE 0.565
#define WK_XSFF_R_GSE 0.637
#define WK_XSFF_R_TWO_BLOCKS 0.4125

/* ======================================================================
   The xSFF K_ab(t) (spec 1, 4)
   ====================================================================== */
#define WK_XSFF_FILTER_NONE 0
#define WK_XSFF_FILTER_GAUSS 1
typedef struct {
    slong nsec, ntimes, nsamples;
    double *t;                  /* ntimes */
    double *K;                  /* ntimes*nsec*nsec: <Re Z_a conj Z_b> */
    double *Kc;                 /* connected */
    double _Complex *Zmean;      /* ntimes*nsec */
    int filter;
    double eta;                 /* filter width w = eta * (standard deviation of spec H) */
    double E0, w;               /* filter centre and width averaged over samples */
} wk_xsff_sff_struct;
typedef wk_xsff_sff_struct wk_xsff_sff_t[1];

void wk_xsff_sff_init(wk_xsff_sff_t K);
void wk_xsff_sff_clear(wk_xsff_sff_t K);
/* Sets ts (n entries) to the default grid: n log-spaced times from 1/W to
   10 * 2 pi rho_max (W bandwidth, rho_max the largest peak density of a
   sector, sample 0).  n <= 0 means 2000. */
wk_status wk_xsff_default_times(double **ts, slong *n, const wk_xsff_spectrum_t sp);
/* Sets K to the xSFF K_ab(t) and its connected part over the samples of sp,
   at the ntimes times t (non-empty, increasing), with filter f(E) = 1 or
   exp(-(E - E0)^2 / 2w^2), E0 the mean level and w = eta * standard
   deviation of each sample's spectrum. */
wk_status wk_xsff_sff(wk_xsff_sff_t K, const wk_xsff_spectrum_t sp, const double *t,
                      slong ntimes, int filter, double eta);
/* Sets P (nsec^2) to the late-time average of the unfiltered K_ab over npts
   uniform times in [t1, t2] and err to its standard error (over samples if
   there are two or more, else from the number of decorrelated times). */
wk_status wk_xsff_sff_plateau(double *P, double *err, const wk_xsff_spectrum_t sp,
                              double t1, double t2, slong npts);
/* Writes an SVG picture of K_ab(t) (log-log) for the npairs pairs (a[i],
   b[i]) (npairs = 0: every diagonal pair and every pair of a merged orbit),
   connected or not, with the exact plateaus as thin lines if pl != NULL (for
   the unfiltered, not connected K only). */
wk_status wk_xsff_sff_svg(const char *path, const wk_xsff_sff_t K, const wk_xsff_info_t info,
                          const wk_xsff_plateau_t pl, slong npairs, const slong *a,
                          const slong *b, int connected);

/* ======================================================================
   The bootstrap, stages A and B (spec 5.1-5.6)
   ====================================================================== */
typedef struct {
    slong kmax;         /* largest index tried (<= 0: 64; at most 1024) */
    double tol;         /* relative tolerance on h/R against c e |O| / k (<= 0: 0.08) */
    int use_blocks;     /* use block counts read from <r> (E8) when r is given */
    double acc_max;     /* largest fraction of an orbit's levels in accidental clusters (<= 0: 0.2) */
} wk_xsff_boot_opts_struct;

/* Sets opts to the defaults (kmax 64, tol 0.08, blocks used, acc_max 0.2). */
void wk_xsff_boot_opts_init(wk_xsff_boot_opts_struct *opts);

typedef struct {
    slong nsec;
    /* stage A */
    slong norbits;
    slong *orbit_of;        /* nsec: orbit of each sector under P_ab > sqrt(P_aa P_bb)/2 */
    slong *orbit_size;      /* norbits */
    slong *blocks;          /* nsec: 1, 2, 3 (>= 3), 0 unknown */
    int *beta;              /* nsec: 1, 2, 4 for one GOE/GUE/GSE block, 0 otherwise */
    slong *anti;            /* nsec: partner under an anti-unitary pairing, or -1 */
    int anti_is_K;          /* every anti-unitary pairing is the one of complex conjugation */
    slong nunitary;         /* orbits after splitting anti-unitary pairings */
    slong *uorbit_of;       /* nsec */
    slong *uorbit_size;     /* nunitary */
    slong *kramers;         /* nunitary: 1 if levels are doubled (single GSE blocks) */
    slong accidental;       /* histogram levels (with multiplicity) spanning several rows */
    slong bad;              /* histogram levels not constant on an orbit (E6 violated) */
    /* stage B */
    int found;
    slong index;            /* [G_u : N] */
    slong minimal_index;    /* smallest index the plateaus allow, 0 if none */
    int used_blocks;        /* level statistics chose the reading */
    double chi2;            /* of the observed <r> against the chosen skeleton's blocks */
    slong index_blocks;     /* index the block counts prefer (chi^2 lower by > 9), else index */
    double chi2_blocks;
    slong ncand;            /* readings compared: index, anti-unitary pairs, chi^2 */
    slong *cand_k, *cand_anti;
    double *cand_chi2;
    int projective;         /* the trivial sector is not a singleton orbit with e = 1 (E9) */
    int fusion_ok;          /* E10 held (or could not be checked: -1) */
    slong nrows;
    slong *row_orbit;       /* nrows: unitary orbit */
    slong *row_e;           /* nrows: e */
    slong *row_deg;         /* nrows: d_Gamma = e |O| d_a */
    slong *M;               /* nrows*nsec: branching matrix M_{Gamma a} */
    double max_dev;         /* largest relative deviation |h/R - c e |O|/k| / (c e |O|/k) */
    char *report;           /* readable summary (flint_malloc'd) */
    char *warnings;         /* warning lines ("" if none) */
} wk_xsff_boot_struct;
typedef wk_xsff_boot_struct wk_xsff_boot_t[1];

void wk_xsff_boot_init(wk_xsff_boot_t B);
void wk_xsff_boot_clear(wk_xsff_boot_t B);
/* Runs stages A and B (spec 5.2, 5.3, 5.5, 5.6) on the sector information
   info (names, d_a, R_a, |N|, trivial sector, and if known the dual map, the
   action of complex conjugation kperm and N's fusion rules), the plateau P
   (pdim x pdim row-major, symmetric, non-negative, pdim = nsec; summed over as
   many samples as R), the histogram of multiplet vectors (hvec nvec x nsec, hcount; nvec = 0
   for none) and the per-sector ratios r with standard errors rerr (NULL: no
   block counts).  Fills B and its report.  Returns WK_E_DOMAIN with the spec 9
   message if P is malformed, or if no skeleton exists up to kmax (B then
   holds stage A and the report). */
wk_status wk_xsff_bootstrap(wk_xsff_boot_t B, const wk_xsff_info_t info, const slong *P,
                            slong pdim, slong nvec, const slong *hvec, const slong *hcount,
                            const double *r, const double *rerr,
                            const wk_xsff_boot_opts_struct *opts);
/* Runs the bootstrap on the exact plateau and histogram of pl (R taken from
   pl) and the ratios rr (NULL for none). */
wk_status wk_xsff_bootstrap_spectrum(wk_xsff_boot_t B, const wk_xsff_info_t info,
                                     const wk_xsff_plateau_t pl, const wk_xsff_ratio_t rr,
                                     const wk_xsff_boot_opts_struct *opts);

/* ======================================================================
   Stage C (spec 5.4, 5.6): candidate groups through lib/groups
   (lib/xsff/stagec.c; built into libwk together with lib/groups)
   ====================================================================== */
typedef struct wk_group_struct wk_group_struct;   /* lib/groups (wk_groups.h) */

typedef struct {
    slong max_aut;          /* automorphisms of N enumerated at most (<= 0: 20000) */
    slong max_cand;         /* candidate groups built at most (<= 0: 200) */
    slong zmax;             /* projective: central Z_r tried for r = 2..zmax (<= 0: 3) */
    int extensions;         /* search cyclic extensions of N (1) or only the user groups (0) */
} wk_xsff_stagec_opts_struct;

void wk_xsff_stagec_opts_init(wk_xsff_stagec_opts_struct *o);

typedef struct {
    slong nsec;
    slong ncand;            /* candidate groups whose restriction was compared */
    slong nmatch;           /* matches, one per isomorphism type (by invariants) */
    wk_group_struct **group;    /* nmatch references (wk_group_clear each) */
    char **desc;            /* nmatch: how the group was built, its invariants */
    slong *order;           /* nmatch */
    slong zorder;           /* projective: order r of the central Z (0: linear) */
    /* data of the first match */
    slong nirr;             /* irreps of G (over lambda if projective) */
    slong *irr_deg;         /* nirr */
    slong *restr;           /* nirr*nsec: Res to N in the sector labels */
    slong *fs;              /* nirr: Frobenius-Schur indicators (linear case) */
    slong nabel, *abel;     /* invariants of G/[G,G] */
    char *table;            /* character table in GAP's layout */
    char *report;
} wk_xsff_stagec_struct;
typedef wk_xsff_stagec_struct wk_xsff_stagec_t[1];

void wk_xsff_stagec_init(wk_xsff_stagec_t C);
void wk_xsff_stagec_clear(wk_xsff_stagec_t C);
/* Stage C: finds groups G_u (or, if B is projective, central extensions G^ of
   order r [G_u:N] |N| with Z = Z_r and the irreps over a faithful character
   of Z) containing N = the model's group (set up) whose restriction to N, in
   the sector labels, equals the skeleton of B as a multiset of rows.
   Candidates: the nuser groups user[] (every embedding of N, found by
   lib/groups), and the cyclic extensions <N, x> with x acting by an
   automorphism alpha of N (one per outer class) whose permutation of Irr(N)
   has the skeleton's orbits and x^k = n0, alpha(n0) = n0, alpha^k =
   conjugation by n0.  Fills the matches and, for the first, its character
   table, restriction, Frobenius-Schur indicators and G/[G,G].  WK_OK with
   nmatch = 0 if nothing matches. */
wk_status wk_xsff_stagec(wk_xsff_stagec_t C, const wk_xsff_group_t N, const wk_xsff_boot_t B,
                         wk_group_struct *const *user, slong nuser,
                         const wk_xsff_stagec_opts_struct *opts);

/* ======================================================================
   Torus N: multiplets of SU(2) x ... (spec 5.7)
   ====================================================================== */
typedef struct {
    slong nsec, rank;
    int *frozen;            /* rank: coordinate takes one value in every sector */
    slong nmult;            /* distinct peeled highest weights */
    slong *hw2;             /* nmult*rank: twice the highest weights (J, S, ...) */
    slong *count;           /* peeled multiplets with that highest weight (all samples) */
    slong *stair;           /* nmult: staircase count from the sector dimensions */
    int stair_ok;           /* staircase = peeled counts for every highest weight */
    slong nclusters;        /* exact-degeneracy clusters */
    slong accidental;       /* clusters needing more than one multiplet */
    slong bad;              /* clusters that do not peel into weight diagrams */
    int integral_sum;       /* every peeled multiplet has J + S + ... integral */
    slong *Ppred;           /* nsec*nsec: multiplet-only plateau (no accidents) */
    char *report;
} wk_xsff_peel_struct;
typedef wk_xsff_peel_struct wk_xsff_peel_t[1];

void wk_xsff_peel_init(wk_xsff_peel_t T);
void wk_xsff_peel_clear(wk_xsff_peel_t T);
/* For a torus N (sectors labelled by weights, spec 5.7): peels every
   exact-degeneracy cluster of every sample (levels merged as in
   wk_xsff_plateau) into weight diagrams of SU(2) x ... x SU(2) (rectangles
   [-J..J] x [-S..S], step 1) from its highest weight, counts multiplets per
   highest weight and the clusters needing several (accidental), compares with
   the staircase n(lambda) = sum_{eps in {0,1}^r} (-1)^|eps| R(lambda + eps)
   of the sector dimensions, and predicts the multiplet-only plateau.
   Coordinates with a single value among the sectors (e.g. only s_z = 0
   computed) are frozen: diagrams are cut to that value.  WK_E_DOMAIN unless
   the sectors carry weights (rank 1..4). */
wk_status wk_xsff_peel(wk_xsff_peel_t T, const wk_xsff_spectrum_t sp, double tol_rel);

/* ======================================================================
   Reports
   ====================================================================== */
/* Returns a readable report (flint_malloc'd) of the sectors, the samples
   (seeds, spectral mean and width), plateau, histogram, margins, ratios and
   bootstrap (any of sp, pl, rr, B may be NULL). */
char *wk_xsff_report(const wk_xsff_info_t info, const wk_xsff_spectrum_t sp,
                     const wk_xsff_plateau_t pl, const wk_xsff_ratio_t rr,
                     const wk_xsff_boot_t B);

#ifdef __cplusplus
}
#endif
#endif
