/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl: root systems, Weyl groups, weights of highest weight modules and the
   faces of their convex hulls (Dhillon-Khare, arXiv:1611.00114; spec
   weyl-faces.md, whose section 1 conventions are normative). */
#ifndef WK_WEYL_H
#define WK_WEYL_H

#include <flint/flint.h>
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpq_mat.h>
#include "wk_core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ======================================================================
   Conventions (spec section 1).
   - Nodes are 0-based in this C interface (the language shows them 1-based).
   - Cartan matrix A = (a_ij), a_ij = <alpha_j, alpha_i^vee>: row i belongs to
     the coroot alpha_i^vee, column j is alpha_j in fundamental weights.  This
     is the transpose of GAP's and LiE's matrix.  Bourbaki numbering.
   - A weight is its vector of omega-coordinates mu_i = <mu, alpha_i^vee>.
     Reflections: (s_i mu)_k = mu_k - mu_i a_ki.
   - Roots are stored in simple-root coordinates (integers).
   - A word (i_1, ..., i_l) denotes the element s_{i_1} s_{i_2} ... s_{i_l};
     acting on a weight it applies s_{i_l} first.
   - Node sets are ulong bit masks (bit i = node i); functions taking node sets
     need rank n <= 64 (WK_E_TOO_LARGE otherwise).  WK_WEYL_ALL means all nodes
     and is accepted at any rank.
   ====================================================================== */

#define WK_WEYL_ALL (~UWORD(0))
#define WK_WEYL_MAX_RANK 1024          /* type strings and matrices */
#define WK_WEYL_MAX_ROOT_ENTRIES 4194304 /* npos * n guard for the root table */
#define WK_WEYL_MAX_MASK_RANK 24       /* the 2^d mask loop of spec 4.4, per component */
#define WK_WEYL_DEFAULT_LIMIT 1000000  /* default size guard for explicit lists */

/* ---- words in the simple reflections ---- */
typedef struct {
    slong *letters;
    slong length;
    slong alloc;
} wk_weyl_word_struct;
typedef wk_weyl_word_struct wk_weyl_word_t[1];

void wk_weyl_word_init(wk_weyl_word_t w);
void wk_weyl_word_clear(wk_weyl_word_t w);
/* Appends letter i (0-based node) at the right end of w. */
void wk_weyl_word_push(wk_weyl_word_t w, slong i);
/* Sets w to the given letters (copied); len may be 0. */
void wk_weyl_word_set(wk_weyl_word_t w, const slong *letters, slong len);
/* Sets res to the inverse word (the letters reversed).  Aliasing allowed. */
void wk_weyl_word_inv(wk_weyl_word_t res, const wk_weyl_word_t w);

/* ---- root systems (a generalized Cartan matrix with its data) ---- */
typedef struct {
    char letter;      /* 'A'..'G', or '?' when not of finite type */
    slong rank;       /* number of nodes */
    slong *nodes;     /* the nodes, in Bourbaki order when of finite type
                         (for B2 / C2 the long root first), otherwise increasing */
    fmpz_t order;     /* |W_C|, or 0 when infinite */
} wk_weyl_component_struct;

typedef struct {
    slong n;                    /* rank */
    slong *a;                   /* n*n Cartan entries, a[i*n+j] = a_ij */
    ulong *adj;                 /* n <= 64: adj[i] = mask of nodes j != i with a_ij != 0; else NULL */
    slong ncomp;                /* connected components of the Dynkin diagram ... */
    wk_weyl_component_struct *comp;  /* ... ordered by smallest node */
    slong *comp_of;             /* node -> component index */
    int finite;                 /* every component of finite type */
    char *name;                 /* e.g. "A1xB3"; "?" stands for a component not of finite type */
    fmpz_t order;               /* |W|, 0 when infinite */
    slong *sym;                 /* finite type: d_i = (alpha_i, alpha_i)/2, minimal positive
                                   integers per component (short roots 1); else NULL */
    fmpq_mat_t ainv;            /* finite type: A^{-1}; else 0 x 0 */
    slong npos;                 /* number of positive roots (finite type), else -1;
                                   -1 also when the table would exceed the guard */
    slong *roots;               /* npos*n simple-root coordinates, by height, then
                                   lexicographically decreasing; NULL if npos < 0 */
    slong *rootnorm;            /* npos entries: (beta, beta)/2 in the units of sym */
} wk_weyl_struct;
typedef wk_weyl_struct wk_weyl_t[1];

/* Initialises R from a type string: "A1".."An", "Bn" (n>=2), "Cn" (n>=2),
   "Dn" (n>=4), "E6".."E8", "F4", "G2", and sums such as "A1xA2xB3" (block
   diagonal, nodes numbered block by block).  Letters may be lowercase; spaces
   around 'x' are ignored.  On failure (WK_E_DOMAIN "unknown Cartan type ...",
   WK_E_TOO_LARGE above WK_WEYL_MAX_RANK) R is left zeroed: wk_weyl_clear is
   harmless but not needed. */
wk_status wk_weyl_init_type(wk_weyl_t R, const char *type);

/* Initialises R from a generalized Cartan matrix (a_ii = 2, a_ij <= 0 for
   i != j, a_ij = 0 iff a_ji = 0), which need not be of finite type.  Errors
   (R left zeroed): WK_E_DIM "Cartan matrix must be square and non-empty (got
   rxc)"; WK_E_DOMAIN "not a generalized Cartan matrix, entry (i,j)=... (why)"
   (1-based), WK_E_TOO_LARGE for rank > WK_WEYL_MAX_RANK or |a_ij| >= 2^30.
   Components of finite type are identified by 4.2 (linear in the diagram). */
wk_status wk_weyl_init_cartan(wk_weyl_t R, const fmpz_mat_t A);
/* The same from a rational matrix; a non-integer entry is reported as
   "not a generalized Cartan matrix, entry (i,j)=1/2 is not an integer". */
wk_status wk_weyl_init_cartan_fmpq(wk_weyl_t R, const fmpq_mat_t A);
void wk_weyl_clear(wk_weyl_t R);

static inline slong wk_weyl_rank(const wk_weyl_t R) { return R->n; }
static inline int wk_weyl_is_finite(const wk_weyl_t R) { return R->finite; }
static inline slong wk_weyl_cartan_entry(const wk_weyl_t R, slong i, slong j)
{ return R->a[i * R->n + j]; }
/* Sets A (resized by the caller to n x n) to the Cartan matrix. */
void wk_weyl_get_cartan(fmpz_mat_t A, const wk_weyl_t R);

/* Finite-type test by all principal minors > 0 (2^m determinants per
   component of m nodes): 1 or 0, or -1 if a component has more than 20
   nodes.  An independent check of 4.2 for tests. */
int wk_weyl_is_finite_minors(const wk_weyl_t R);

/* ---- Weyl group orders ---- */
/* Sets ord to |W| (exact).  WK_E_DOMAIN "infinite: W is infinite (component
   {..} not of finite type)" otherwise. */
wk_status wk_weyl_order(fmpz_t ord, const wk_weyl_t R);
/* Sets ord to |W_L| for the node set L (product over the components of L,
   identified by 4.2).  Errors: infinite W_L; n > 64. */
wk_status wk_weyl_parabolic_order(fmpz_t ord, const wk_weyl_t R, ulong L);

/* ---- roots ---- */
/* Number of positive roots; WK_E_DOMAIN if R is not of finite type,
   WK_E_TOO_LARGE if the table exceeds WK_WEYL_MAX_ROOT_ENTRIES. */
wk_status wk_weyl_num_positive_roots(slong *npos, const wk_weyl_t R);
/* Sets c (n entries) to the k-th positive root in simple-root coordinates,
   0 <= k < npos (precondition). */
void wk_weyl_root(slong *c, const wk_weyl_t R, slong k);
/* Sets x (n entries) to the k-th positive root in omega-coordinates (x = A c). */
void wk_weyl_root_omega(slong *x, const wk_weyl_t R, slong k);
/* Sets res to s_i beta for a root beta in simple-root coordinates:
   s_i beta = beta - <beta, alpha_i^vee> alpha_i.  Aliasing allowed. */
void wk_weyl_reflect_root(slong *res, const slong *beta, slong i, const wk_weyl_t R);

/* ---- weights ---- */
/* Parses one exact rational coordinate: optional sign, digits, and either
   "/digits" (nonzero) or ".digits" (a finite decimal, so "0.5" is 1/2).
   Surrounding spaces allowed.  Returns 1 on success, 0 otherwise (res is
   then 0). */
int wk_weyl_coord_set_str(fmpq_t res, const char *str);
/* Parses a weight "1,0,1/2" (comma separated) into lambda[0..n-1].  Errors:
   WK_E_DIM "weight lambda has k coordinates, rank is n",
   WK_E_DOMAIN "cannot parse coordinate i of weight lambda ('...')" (1-based).
   lambda is unchanged on error. */
wk_status wk_weyl_weight_set_str(fmpq *lambda, const wk_weyl_t R, const char *str);
/* Sets res to rho = (1, ..., 1). */
void wk_weyl_rho(fmpq *res, const wk_weyl_t R);
/* Sets res to s_i mu.  Aliasing allowed. */
void wk_weyl_reflect(fmpq *res, const fmpq *mu, slong i, const wk_weyl_t R);
/* Sets res to w mu.  Aliasing allowed.  Letters must be valid nodes. */
void wk_weyl_act(fmpq *res, const wk_weyl_word_t w, const fmpq *mu, const wk_weyl_t R);
/* Sets res to the J-dominant weight in W_J mu and w to a reduced word of the
   shortest u in W_J with mu = u res (4.3: repeatedly reflect at the smallest
   j in J with mu_j < 0; then w = the letters in the order applied).
   J = WK_WEYL_ALL for W.  Errors: W_J infinite. Aliasing res = mu allowed. */
wk_status wk_weyl_dominate(fmpq *res, wk_weyl_word_t w, const fmpq *mu,
                           const wk_weyl_t R, ulong J);
/* Simple-root coordinates c = A^{-1} x, and back x = A c (finite type for the
   first; precondition). */
void wk_weyl_omega_to_root(fmpq *c, const fmpq *x, const wk_weyl_t R);
void wk_weyl_root_to_omega(fmpq *x, const fmpq *c, const wk_weyl_t R);
/* The W-invariant form on weights in omega-coordinates, normalised by
   (alpha_i, alpha_i) = 2 sym[i] (finite type; precondition). */
void wk_weyl_form(fmpq_t res, const fmpq *x, const fmpq *y, const wk_weyl_t R);

/* ---- orbits (the dominant-chamber tree walk, spec 4.3) ---- */
typedef struct {
    slong n;
    slong length;
    slong alloc;
    fmpz *num;       /* length * n numerators */
    fmpz_t den;      /* common positive denominator of all points */
    slong *parent;   /* parent[k] = index of the tree parent, -1 for the root */
    slong *letter;   /* point k = s_{letter[k]} (point parent[k]) */
} wk_weyl_orbit_struct;
typedef wk_weyl_orbit_struct wk_weyl_orbit_t[1];

void wk_weyl_orbit_init(wk_weyl_orbit_t O);
void wk_weyl_orbit_clear(wk_weyl_orbit_t O);
/* Sets O to the orbit W_J mu.  Point 0 is the J-dominant representative;
   every point comes with its tree parent, so wk_weyl_orbit_word gives a
   reduced word of the minimal coset representative.  The size is computed
   first; WK_E_TOO_LARGE "orbit size N exceeds limit L" if above limit.
   Errors: W_J infinite; interrupt. */
wk_status wk_weyl_orbit(wk_weyl_orbit_t O, const wk_weyl_t R, const fmpq *mu,
                        ulong J, slong limit);
/* Sets res (n entries) to point k. */
void wk_weyl_orbit_get(fmpq *res, const wk_weyl_orbit_t O, slong k);
/* Sets w to the reduced word with point k = w (point 0). */
void wk_weyl_orbit_word(wk_weyl_word_t w, const wk_weyl_orbit_t O, slong k);
/* Sets size to |W_J mu| = [W_J : W_{J cap {j : nu_j = 0}}], nu the J-dominant
   representative.  Errors: W_J infinite (unless the quotient is finite). */
wk_status wk_weyl_orbit_size(fmpz_t size, const wk_weyl_t R, const fmpq *mu, ulong J);
/* Sets count to the number of points visited by the tree walk of W_J mu
   without storing them (memory O(depth n)); an independent check of
   wk_weyl_orbit_size.  Interruptible. */
wk_status wk_weyl_orbit_count(fmpz_t count, const wk_weyl_t R, const fmpq *mu, ulong J);

/* ---- characters of finite-dimensional simple modules ---- */
typedef struct {
    slong n;
    slong length;
    fmpz *weights;   /* length * n integer omega-coordinates */
    fmpz *mult;      /* multiplicities */
} wk_weyl_char_struct;
typedef wk_weyl_char_struct wk_weyl_char_t[1];

void wk_weyl_char_init(wk_weyl_char_t ch);
void wk_weyl_char_clear(wk_weyl_char_t ch);
/* Sets ch to the dominant weights of L(lambda) with their multiplicities
   (Freudenthal's formula summed over W_mu-orbits of roots, Moody-Patera),
   ordered by depth (height of lambda - mu), then lexicographically
   decreasing; lambda comes first.  lambda must be dominant integral (finite
   type).  limit bounds the number of dominant weights (WK_E_TOO_LARGE).
   Errors: "lambda is not dominant integral (coordinate i = ...)". */
wk_status wk_weyl_dominant_character(wk_weyl_char_t ch, const wk_weyl_t R,
                                     const fmpq *lambda, slong limit);
/* All weights of L(lambda) with multiplicities: the W-orbits of the dominant
   ones, in the order of the dominant weights, each orbit in tree-walk order.
   limit bounds the number of distinct weights. */
wk_status wk_weyl_character(wk_weyl_char_t ch, const wk_weyl_t R,
                            const fmpq *lambda, slong limit);
/* Sets res to the Weyl dimension polynomial prod_{beta>0} <lambda+rho,
   beta^vee> / <rho, beta^vee> at any rational lambda (dim L(lambda) when
   lambda is dominant integral).  Finite type. */
wk_status wk_weyl_dim(fmpq_t res, const wk_weyl_t R, const fmpq *lambda);

/* ---- highest weight modules (spec section 2) ---- */
typedef enum {
    WK_WEYL_VERMA = 0,   /* M(lambda): J = {} */
    WK_WEYL_SIMPLE,      /* L(lambda): J = J_lambda */
    WK_WEYL_PARABOLIC    /* M(lambda, J), J subset J_lambda */
} wk_weyl_kind;

typedef struct {
    const wk_weyl_struct *R;  /* borrowed: must outlive the module */
    slong n;
    fmpq *lambda;             /* n coordinates */
    wk_weyl_kind kind;
    ulong Jlam;               /* J_lambda = {i : lambda_i in Z>=0} */
    ulong J;                  /* integrability */
    ulong J0;                 /* singular part {j in J : lambda_j = 0} */
    ulong S;                  /* active nodes I \ J0 */
    ulong IS;                 /* union of the components of I meeting S */
    slong d;                  /* |IS| = dim conv V */
} wk_weyl_hw_struct;
typedef wk_weyl_hw_struct wk_weyl_hw_t[1];

/* Parses "simple", "verma", "parabolic:1,3" or "parabolic:" (J empty) into
   kind and J (node labels 1-based in the string).  Errors: WK_E_DOMAIN
   "unknown module kind '...'", "bad node label '...' in module ... (nodes are
   1..n)" (0, > n, repeated, non-integer). */
wk_status wk_weyl_module_set_str(wk_weyl_kind *kind, ulong *J, const char *str,
                                 const wk_weyl_t R);
/* Initialises V = L(lambda), M(lambda) or M(lambda, J) (J read only for
   WK_WEYL_PARABOLIC).  Needs n <= 64.  Errors: "parabolic Verma module needs
   lambda_j in Z>=0 for j in J; fails at j=.. (lambda_j=..)".  On failure V is
   left zeroed (wk_weyl_hw_clear harmless). */
wk_status wk_weyl_hw_init(wk_weyl_hw_t V, const wk_weyl_t R, const fmpq *lambda,
                          wk_weyl_kind kind, ulong J);
/* V from the node sets alone: the faces depend only on (A, J, J0) (T1); lambda
   is set to sum_{j in J \ J0} omega_j.  Requires J0 subset J. */
wk_status wk_weyl_hw_init_sets(wk_weyl_hw_t V, const wk_weyl_t R, ulong J, ulong J0);
void wk_weyl_hw_clear(wk_weyl_hw_t V);

/* K admissible: every component of K meets S. */
int wk_weyl_admissible(const wk_weyl_hw_t V, ulong K);
/* K_min: the union of the components of K that meet S (T2). */
ulong wk_weyl_kmin(const wk_weyl_hw_t V, ulong K);
/* K^perp = {i not in K : a_ik = 0 for all k in K}. */
ulong wk_weyl_perp(const wk_weyl_t R, ulong K);
/* The node set (K cap J) u (K^perp cap J0) of Stab_K. */
ulong wk_weyl_stab(const wk_weyl_hw_t V, ulong K);

/* ---- counting faces (spec 4.4; T5) ---- */
/* Sets f[0..d] to the numbers of faces of conv V of each dimension (f[d] = 1)
   and fb[0..d] to those of the bounded faces (fb may be NULL).  The arrays
   are _fmpz_vec_init(V->d + 1) by the caller.  Computed by the mask loop per
   component of IS, never the orbit.  Errors: infinite counts; an active
   component of rank > WK_WEYL_MAX_MASK_RANK (WK_E_TOO_LARGE); interrupt. */
wk_status wk_weyl_fvector(fmpz *f, fmpz *fb, const wk_weyl_hw_t V);

typedef struct {
    ulong K;        /* admissible node set */
    slong dim;      /* |K| */
    ulong stab;     /* node set of Stab_K */
    fmpz_t count;   /* |W_J| / |Stab_K| faces of this type */
    int bounded;    /* K subset J */
} wk_weyl_face_type_struct;

typedef struct {
    slong length;
    wk_weyl_face_type_struct *rows;
} wk_weyl_face_table_struct;
typedef wk_weyl_face_table_struct wk_weyl_face_table_t[1];

void wk_weyl_face_table_init(wk_weyl_face_table_t T);
void wk_weyl_face_table_clear(wk_weyl_face_table_t T);
/* Sets T to one row per admissible K, ordered by |K| and then by the sorted
   node lists lexicographically.  More than limit rows: WK_E_TOO_LARGE. */
wk_status wk_weyl_face_table(wk_weyl_face_table_t T, const wk_weyl_hw_t V, slong limit);

/* ---- explicit faces (spec 4.5-4.6) ---- */
/* A face w F_K is given by its admissible K and a word w in the letters of J.
   A face list stores, per face, K and the coset representative as a tree
   (parent, letter) like an orbit. */
typedef struct {
    slong length;
    slong alloc;
    ulong *K;
    ulong *T;        /* universal polyhedron lists only (else NULL): the set T */
    slong *parent;   /* index of the tree parent in this list, -1 for w = 1 */
    slong *letter;   /* w(face) = s_letter w(parent) */
} wk_weyl_face_list_struct;
typedef wk_weyl_face_list_struct wk_weyl_face_list_t[1];

void wk_weyl_face_list_init(wk_weyl_face_list_t L);
void wk_weyl_face_list_clear(wk_weyl_face_list_t L);
/* Sets L to all faces of conv V: for each row of the face table in order, the
   cosets W_J / Stab_K in tree-walk order (the walk of mu_K, spec 4.5).  The
   count is computed first: above limit, WK_E_TOO_LARGE "N faces exceeds limit
   L; use counts".  Needs only W_J finite (any GCM).  Errors: W_J infinite,
   interrupt. */
wk_status wk_weyl_face_list(wk_weyl_face_list_t L, const wk_weyl_hw_t V, slong limit);
/* The same restricted to the faces of dimension dmin..dmax (e.g. 1..1: the
   edges); the limit applies to those only. */
wk_status wk_weyl_face_list_range(wk_weyl_face_list_t L, const wk_weyl_hw_t V, slong dmin,
                                  slong dmax, slong limit);
/* Sets w to the (reduced, minimal) coset representative word of face k. */
void wk_weyl_face_list_word(wk_weyl_word_t w, const wk_weyl_face_list_t L, slong k);

/* Checks a face given by the user: K admissible, letters of w in J.
   Errors name the problem ("K = {..} is not admissible ..."). */
wk_status wk_weyl_face_check(const wk_weyl_hw_t V, ulong K, const wk_weyl_word_t w);
/* Sets res to the minimal representative of w Stab_K (so two faces are equal
   iff K and the canonical words agree).  Aliasing allowed. */
wk_status wk_weyl_face_canonical(wk_weyl_word_t res, const wk_weyl_hw_t V, ulong K,
                                 const wk_weyl_word_t w);
/* Sets P (resized) to the vertices w W_{K cap J} lambda of the face, one per
   row, in tree-walk order of W_{K cap J} lambda.  More than limit vertices:
   WK_E_TOO_LARGE. */
wk_status wk_weyl_face_vertices(fmpq_mat_t P, const wk_weyl_hw_t V, ulong K,
                                const wk_weyl_word_t w, slong limit);
/* Sets X (resized) to the extreme rays of the face: w W_{K cap J}(-alpha_i),
   i in K \ J, in omega-coordinates, one per row (zero rows for a bounded
   face).  These are the directions of its unbounded edges.  More than limit:
   WK_E_TOO_LARGE. */
wk_status wk_weyl_face_rays(fmpz_mat_t X, const wk_weyl_hw_t V, ulong K,
                            const wk_weyl_word_t w, slong limit);
/* Sets ba[0..n] to an exposing functional: b + a.x >= 0 on conv V with
   equality exactly on the face; it is x -> phi_K(w^{-1} x) (T2), scaled to a
   primitive integer vector.  Finite type. */
wk_status wk_weyl_face_functional(fmpz *ba, const wk_weyl_hw_t V, ulong K,
                                  const wk_weyl_word_t w);
/* Sets res to 1 if w1 F_K1 is contained in w2 F_K2 (T6 by the double coset
   reduction of 4.6), else 0. */
wk_status wk_weyl_face_leq(int *res, const wk_weyl_hw_t V, ulong K1, const wk_weyl_word_t w1,
                           ulong K2, const wk_weyl_word_t w2);
/* Sets *pairs to a flint_malloc'd array of 2 * (*npairs) face indices into L:
   (i, j) when face i is covered by face j (dimension one more).  The faces of
   type K' = K + {k} over w F_K are w W_{Stab_K} mu_{K'} (T6); covers whose
   upper face is not in L (a partial list) are left out. */
wk_status wk_weyl_hasse(slong **pairs, slong *npairs, const wk_weyl_hw_t V,
                        const wk_weyl_face_list_t L);

/* The minimal H-representation (4.5): ineq gets one row (b, a_1..a_n) per
   facet, b + a.x >= 0, primitive integers; eq gets the equations
   (A^{-1}(lambda - x))_i = 0, i not in IS, in the same form.  Rows are
   ordered as the facets in wk_weyl_face_list.  Finite type.  Above limit
   facets: WK_E_TOO_LARGE. */
wk_status wk_weyl_facets(fmpz_mat_t ineq, fmpz_mat_t eq, const wk_weyl_hw_t V, slong limit);

/* ---- tangent cones (T7) ---- */
typedef struct {
    fmpq_mat_t apex;      /* 1 x n: w lambda */
    fmpz_mat_t lineality; /* w alpha_k, k in K */
    fmpz_mat_t rays;      /* w(-beta), beta in Delta+ \ Delta+_{K u (K^perp cap J0)} (distinct) */
    fmpz_mat_t ineq;      /* the facet inequalities of conv V through the face */
} wk_weyl_cone_struct;
typedef wk_weyl_cone_struct wk_weyl_cone_t[1];
void wk_weyl_cone_init(wk_weyl_cone_t C);
void wk_weyl_cone_clear(wk_weyl_cone_t C);
/* Sets C to the tangent cone of conv V along the face w F_K (T7): apex w
   lambda, lineality space spanned by w Pi_K, rays w(-beta) for beta in
   Delta+ \ Delta+_{K u (K^perp cap J0)} (generators, not minimal), and its
   H-description: the facets of conv V containing the face, found as the
   faces w v F_{I_S \ i} (v in W_{Stab_K}) of 4.6, rows (b, a) as in
   wk_weyl_facets.  Finite type. */
wk_status wk_weyl_tangent_cone(wk_weyl_cone_t C, const wk_weyl_hw_t V, ulong K,
                               const wk_weyl_word_t w);

/* ---- the universal Weyl polyhedron U_J (T8) ---- */
/* Sets f[0..n+|J|] to the f-vector of U_J (f[n+|J|] = 1); f allocated by the
   caller with n + |J| + 1 entries.  J must be of finite type. */
wk_status wk_weyl_universal_fvector(fmpz *f, const wk_weyl_t R, ulong J);
/* All faces (T, w, K) of U_J, grouped by T (subsets of J in increasing mask
   order), then as wk_weyl_face_list for M(lambda_T, J); L->T holds T.  The
   face (T, w, K) has dimension |K| + |J| - |T|.  Above limit faces:
   WK_E_TOO_LARGE. */
wk_status wk_weyl_universal_face_list(wk_weyl_face_list_t L, const wk_weyl_t R, ulong J,
                                      slong limit);
/* Sets res to 1 iff (T1, w1, K1) <= (T2, w2, K2) in U_J (T8): T2 subset T1,
   K1 subset K2 and w1^{-1} w2 in W_{(K1 cap J) u (K1^perp cap T1)} W_{K2 cap J}.
   Checks T subset J, K admissible for J0 = T and the letters in J. */
wk_status wk_weyl_universal_face_leq(int *res, const wk_weyl_t R, ulong J,
                                     ulong T1, const wk_weyl_word_t w1, ulong K1,
                                     ulong T2, const wk_weyl_word_t w2, ulong K2);
/* Sets X to the generating rays of U_J in R^{|J|} x R^n (columns: the c_j for
   j in J in increasing order, then the omega-coordinates): (e_j, w omega_j -
   omega_j) for the distinct w omega_j, and (0, -beta) for beta in Delta+ \
   Delta+_J.  Finite type. */
wk_status wk_weyl_universal_rays(fmpz_mat_t X, const wk_weyl_t R, ulong J);
/* The degeneration map (T8): as lambda becomes singular on T (J0 grows to
   T), the face w F_K collapses to w F_K', K' = the union of the components of
   K that meet I \ T, which this returns. */
ulong wk_weyl_degenerate(const wk_weyl_t R, ulong K, ulong T);

/* ---- the independent exact convex hull over Q (for checks) ---- */
typedef struct {
    slong n;              /* ambient dimension */
    slong nv, nr;         /* input points / rays */
    slong dim;            /* dimension of the polyhedron (-1 if empty) */
    fmpz_mat_t eq;        /* rows (b, a): b + a.x = 0 spanning the affine hull equations */
    fmpz_mat_t ineq;      /* rows (b, a): the facets, b + a.x >= 0 */
    slong nfaces;         /* all nonempty faces, the polyhedron included */
    slong words;          /* ulong words per incidence set */
    ulong *vinc;          /* nfaces * words: input points in the face */
    ulong *rinc;          /* nfaces * words: input rays in the face */
    slong *fdim;          /* dimension of each face */
    int *vert;            /* nv flags: the point is a vertex */
    int *xray;            /* nr flags: the ray is extreme (directions deduplicated: first one) */
} wk_weyl_hull_struct;
typedef wk_weyl_hull_struct wk_weyl_hull_t[1];

void wk_weyl_hull_init(wk_weyl_hull_t H);
void wk_weyl_hull_clear(wk_weyl_hull_t H);
/* Sets H to conv(rows of P) + cone(rows of X) (P must have a row, the cone
   must be pointed): facets by the double description method in exact
   integers, then every face as an intersection of facets, with its dimension
   by exact rank.  Above limit facets or faces: WK_E_TOO_LARGE.  Interruptible.
   Meant for small cases (a few thousand points in dimension <= 8). */
wk_status wk_weyl_hull(wk_weyl_hull_t H, const fmpq_mat_t P, const fmpz_mat_t X, slong limit);
/* f[0..H->dim]: faces per dimension; fb the bounded ones (may be NULL). */
void wk_weyl_hull_fvector(fmpz *f, fmpz *fb, const wk_weyl_hull_t H);
/* H for conv V = conv(W_J lambda) + cone(-(Delta+ \ Delta+_J)) (T1); the input
   points are the orbit in wk_weyl_orbit order, the rays the positive roots
   outside Delta_J in root order (omega-coordinates, negated).  Finite type;
   limit bounds the orbit size and the faces. */
wk_status wk_weyl_faces_hull(wk_weyl_hull_t H, const wk_weyl_hw_t V, slong limit);

/* ---- pictures ---- */
/* Draws conv V into an SVG file: for d <= 3 the polytope itself (an unbounded
   polyhedron truncated), otherwise the projection onto the plane spanned by
   the rows of plane (2 x n weights, orthogonal projection for the invariant
   form; plane may be NULL for d <= 3).  Faces are coloured by their type K
   (legend included).  limit bounds the number of faces.  Finite type. */
wk_status wk_weyl_svg(const char *path, const wk_weyl_hw_t V, const fmpq_mat_t plane,
                      slong limit);

#ifdef __cplusplus
}
#endif
#endif
