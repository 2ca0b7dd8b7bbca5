/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups: finite permutation groups and their exact character tables.
   Permutations act on the right, i^(g*h) = (i^g)^h (GAP's convention);
   orders and memberships by randomised Schreier-Sims with a deterministic
   verification (Seress 2003, ch. 4); conjugacy classes by enumeration;
   character tables by Dixon-Schneider over F_p (Dixon 1967, Schneider 1990),
   lifted to cyclotomic numbers and verified exactly before they are returned. */
#ifndef WK_GROUPS_H
#define WK_GROUPS_H

#include <flint/flint.h>
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <acb.h>
#include "wk_core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== size guards ========================================================
   Class enumeration, character tables and the subgroup algorithms keep one
   entry per group element, so they refuse groups larger than the order
   guard (default 10^7) with WK_E_TOO_LARGE and a message that states the
   order and the guard.  Character tables also refuse a conductor N with
   phi(N) above the conductor guard (default 2000).  Points of permutations
   are limited to WK_GROUPS_MAX_DEGREE. */
#define WK_GROUPS_MAX_DEGREE 4194304
#define WK_GROUPS_DEFAULT_ORDER_LIMIT 10000000
#define WK_GROUPS_DEFAULT_PHI_LIMIT 2000

/* Sets the order guard (limit >= 1; at most 2^31).  Returns the old value. */
slong wk_groups_set_order_limit(slong limit);
slong wk_groups_order_limit(void);
/* Sets the conductor guard (the largest phi(N) allowed).  Returns the old value. */
slong wk_groups_set_phi_limit(slong limit);
slong wk_groups_phi_limit(void);

/* ==== permutations =======================================================
   A permutation of the points 1..n, stored 0-based: v[i] is the image of
   point i+1, minus one.  n is its degree (the length of its image list);
   points above n are fixed, so permutations of different degrees combine
   (the result has the larger degree) and compare as maps of 1, 2, 3, ... */
typedef unsigned int wk_pt;

typedef struct {
    slong n;
    wk_pt * v;
} wk_perm_struct;
typedef wk_perm_struct wk_perm_t[1];

/* Initialises p to the identity of degree n (n >= 0). */
void wk_perm_init(wk_perm_t p, slong n);
void wk_perm_clear(wk_perm_t p);
/* Sets p to the identity of degree n. */
void wk_perm_one(wk_perm_t p, slong n);
/* Sets r to a copy of p (same degree). */
void wk_perm_set(wk_perm_t r, const wk_perm_t p);
/* Sets p from the image list img[0..n-1] (1-based, GAP's ListPerm): point
   i+1 goes to img[i].  On failure p is unchanged and the message is
   "not a permutation (image 2 repeats)" or "not a permutation (image 7 is
   outside 1..5)". */
wk_status wk_perm_set_images(wk_perm_t p, const slong * img, slong n);
/* Parses cycle notation "(1,2,3)(4,5)", "()" or an image list "[2,3,1]"
   (spaces allowed).  The degree is the largest point written (for an
   image list: its length).  Cycles need not be disjoint: "(1,2)(2,3)" is
   their product, first (1,2) then (2,3), as GAP multiplies.  A point
   repeated inside one cycle is an error ("point 2 repeats in a cycle"). */
wk_status wk_perm_set_str(wk_perm_t p, const char * s);
/* Cycle notation of p, "()" for the identity; flint_free the result. */
char * wk_perm_get_str(const wk_perm_t p);
/* Image list "[2, 3, 1]" of length p->n; flint_free the result. */
char * wk_perm_get_images_str(const wk_perm_t p);
/* Sets r = a*b, first a then b: i^r = (i^a)^b.  Any aliasing allowed. */
void wk_perm_mul(wk_perm_t r, const wk_perm_t a, const wk_perm_t b);
/* Sets r to the inverse of a.  Aliasing allowed. */
void wk_perm_inv(wk_perm_t r, const wk_perm_t a);
/* Sets r = a^e for any integer e.  Aliasing allowed. */
void wk_perm_pow(wk_perm_t r, const wk_perm_t a, slong e);
/* Sets r = g^-1 a g (a^g in GAP).  Aliasing allowed. */
void wk_perm_conj(wk_perm_t r, const wk_perm_t a, const wk_perm_t g);
/* Commutator r = a^-1 b^-1 a b.  Aliasing allowed. */
void wk_perm_comm(wk_perm_t r, const wk_perm_t a, const wk_perm_t b);
int wk_perm_equal(const wk_perm_t a, const wk_perm_t b);
int wk_perm_is_one(const wk_perm_t a);
/* Image of the point i (1-based, i >= 1) under p. */
slong wk_perm_image(const wk_perm_t p, slong i);
/* Largest point moved by p (0 for the identity). */
slong wk_perm_largest_moved_point(const wk_perm_t p);
/* Sets o to the order of p (lcm of its cycle lengths). */
void wk_perm_order(fmpz_t o, const wk_perm_t p);
/* +1 or -1. */
int wk_perm_sign(const wk_perm_t p);
/* Writes the cycle lengths of p on 1..p->n (fixed points included) in
   decreasing order to lens (room for p->n entries); returns their number. */
slong wk_perm_cycle_type(slong * lens, const wk_perm_t p);

/* ==== groups =============================================================
   A group is a reference-counted heap object: constructors set *G to a new
   reference, wk_group_incref adds one, wk_group_clear drops one and frees
   the group with its caches (base and strong generating set, classes,
   character table) when the last is gone.  Class functions hold a
   reference to their group.  Groups are not shared between threads.
   All functions that take a group may fill its caches. */
typedef struct wk_group_struct wk_group_struct;

wk_group_struct * wk_group_incref(wk_group_struct * G);
void wk_group_clear(wk_group_struct * G);

/* Group generated by gens[0..ngens-1] acting on 1..degree.  degree = 0
   means the largest degree of the generators (at least 1).  A generator
   that moves a point beyond degree is an error ("generator 2 moves point 7,
   beyond the degree 5").  ngens = 0 gives the trivial group. */
wk_status wk_group_permgroup(wk_group_struct ** G, const wk_perm_struct * gens,
                             slong ngens, slong degree);
/* The same from image lists imgs[i] of lengths lens[i] (1-based images),
   checked strictly: "generator 2 is not a permutation (image 2 repeats)",
   "generator 3 has degree 5, expected 4" (expected = degree if degree > 0,
   else the length of the first list). */
wk_status wk_group_permgroup_images(wk_group_struct ** G, const slong * const * imgs,
                                    const slong * lens, slong ngens, slong degree);

/* Constructors.  Bad arguments give "n must be a positive integer, got 0". */
/* Cyclic group of order n on n points (n >= 1). */
wk_status wk_group_cyclic(wk_group_struct ** G, slong n);
/* Symmetry group of the regular n-gon, of order 2n (physics D_n; GAP's
   DihedralGroup(2n)), on n points (n >= 3; n = 1, 2 give C2 and C2 x C2 on
   2 and 4 points).  Its name states the order: "D4 (order 8)". */
wk_status wk_group_dihedral(wk_group_struct ** G, slong n);
wk_status wk_group_symmetric(wk_group_struct ** G, slong n);
wk_status wk_group_alternating(wk_group_struct ** G, slong n);
/* Dicyclic group of order `order` = 4m (Q8 for 8), in its regular action
   (degree 4m).  "n must be a positive multiple of 4, got 6". */
wk_status wk_group_quaternion(wk_group_struct ** G, slong order);
/* Direct product of groups[0..count-1] on the disjoint union of their
   points (count >= 1). */
wk_status wk_group_direct(wk_group_struct ** G, wk_group_struct * const * groups, slong count);
/* Wreath product A wr B (B a permutation group of degree m): A^m : B in the
   imprimitive action on degree(A)*m points. */
wk_status wk_group_wreath(wk_group_struct ** G, wk_group_struct * A, wk_group_struct * B);
/* Semidirect product N : H.  phi[j*ngens(N) + i] is the image of N's
   generator i under the automorphism by which H's generator j acts, i.e.
   n_i^(h_j) = h_j^-1 n_i h_j.  Checks that each phi(h_j) defines an
   automorphism of N ("phi(h1) does not preserve the relations of N
   (relator 2 maps to a non-identity)", "phi(h2) is not bijective (image of
   order 4 in N of order 8)", "phi(h1): image 2 is not in N") and that
   h -> phi(h) is a homomorphism ("phi is not a homomorphism H -> Aut(N)
   (order check: 36 != 18*4)").  The result acts on N's elements (the
   holomorph action) and, when H does not act faithfully, also on H's
   elements (regular action).  |N| and |H| must be within the order guard. */
wk_status wk_group_semidirect(wk_group_struct ** G, wk_group_struct * N, wk_group_struct * H,
                              const wk_perm_struct * phi);
/* The cyclic extension G = <N, x> of order m|N| with n^x = x^-1 n x =
   alpha(n) (alpha[i] = the image of N's generator i) and x^m = n0 (n0 = NULL:
   the identity, i.e. the split extension N : C_m), in the right regular
   action on the words n x^i (degree m|N|).  The data must define an
   extension: "alpha: image 2 is not in N", "alpha does not preserve the
   relations of N (relator 3 maps to a non-identity)", "alpha is not
   bijective (...)", "n0 is not in N", "alpha does not fix n0", "alpha^4 is
   not conjugation by n0".  These are the candidates <N, x> of the xSFF
   bootstrap (iterate for solvable G/N). */
wk_status wk_group_cyclic_extension(wk_group_struct ** G, wk_group_struct * N,
                                    const wk_perm_struct * alpha, slong m, const wk_perm_t n0);
/* PSL(d, q) on the points of the projective space PG(d-1, q) (d >= 2,
   q a prime power, degree (q^d-1)/(q-1) at most 2^20). */
wk_status wk_group_psl(wk_group_struct ** G, slong d, slong q);
/* Mathieu groups M11, M12 (11, 12 points), M22, M23, M24 from standard
   generators; other n: "mathieu: n must be 11, 12, 22, 23 or 24, got 10". */
wk_status wk_group_mathieu(wk_group_struct ** G, slong n);

/* The subgroup generated by gens, which must lie in G ("generator 2 is not
   an element of the group"); it acts on G's points. */
wk_status wk_group_subgroup(wk_group_struct ** H, wk_group_struct * G,
                            const wk_perm_struct * gens, slong ngens);
/* Centralizer in G of the permutation g (g need not lie in G). */
wk_status wk_group_centralizer(wk_group_struct ** C, wk_group_struct * G, const wk_perm_t g);
/* Normalizer in G of the subgroup H ("argument 2 is not a subgroup of the
   group" unless H <= G). */
wk_status wk_group_normalizer(wk_group_struct ** Nm, wk_group_struct * G, wk_group_struct * H);
/* Centre Z(G). */
wk_status wk_group_centre(wk_group_struct ** Z, wk_group_struct * G);
/* Derived subgroup [G,G] (normal closure of the commutators of generators). */
wk_status wk_group_derived_subgroup(wk_group_struct ** D, wk_group_struct * G);
/* G/N as a permutation group: the action of G on the right cosets of N
   (degree |G:N|).  N must be a normal subgroup of G ("argument 2 is not a
   normal subgroup of G").  The generators of Q are the images of G's
   generators, in order. */
wk_status wk_group_quotient(wk_group_struct ** Q, wk_group_struct * G, wk_group_struct * N);

/* Accessors.  name: NULL if none was set; constructors set one. */
slong wk_group_degree(const wk_group_struct * G);
slong wk_group_ngens(const wk_group_struct * G);
/* Sets g to generator i (0-based) of G, of degree wk_group_degree(G). */
void wk_group_gen(wk_perm_t g, const wk_group_struct * G, slong i);
const char * wk_group_name(const wk_group_struct * G);
void wk_group_set_name(wk_group_struct * G, const char * name);

/* Sets o to |G| (Schreier-Sims on first use, then cached). */
wk_status wk_group_order(fmpz_t o, wk_group_struct * G);
/* Sets *res to 1 if g lies in G, else 0 (a g moving points beyond G's
   degree is not in G). */
wk_status wk_group_contains(int * res, wk_group_struct * G, const wk_perm_t g);
/* Sets g to a uniformly random element of G. */
wk_status wk_group_random(wk_perm_t g, wk_group_struct * G, wk_rand_t state);
/* Base and basic orbit lengths of G's stabiliser chain: sets *k to the base
   length and, if the arrays are not NULL, base[0..k-1] (1-based points)
   and orbit_lengths[0..k-1] (room for degree entries each). */
wk_status wk_group_base(slong * k, slong * base, slong * orbit_lengths, wk_group_struct * G);
/* *res = 1 iff every generator of H lies in G (and deg H <= deg G). */
wk_status wk_group_is_subgroup(int * res, wk_group_struct * H, wk_group_struct * G);
/* *res = 1 iff N <= G and N is normalised by G's generators. */
wk_status wk_group_is_normal(int * res, wk_group_struct * N, wk_group_struct * G);
int wk_group_is_abelian(const wk_group_struct * G);
/* 1 if G and H are the same group with the same generators (the same object,
   or equal generator lists; then their classes and tables agree entry by
   entry), so that class functions of one are class functions of the other. */
int wk_group_same(const wk_group_struct * G, const wk_group_struct * H);
/* A generating set of G with at most 3 elements if one is found (random
   search, fixed seed), else G's own generators; sets *ngens and an array
   of perms (flint_malloc'd, each to be cleared) in *gens. */
wk_status wk_group_small_gens(wk_perm_struct ** gens, slong * ngens, wk_group_struct * G);

/* ==== conjugacy classes ==================================================
   wk_group_classes computes the classes (|G| within the order guard):
   identity first, then by element order, then class size, ties by first
   discovery (points ordered by a fixed rank of the elements).  Classes are
   numbered 0..r-1; the accessors below require the classes computed. */
wk_status wk_group_classes(wk_group_struct * G);
slong wk_group_nclasses(const wk_group_struct * G);
/* Sets g to the representative of class k. */
void wk_group_class_rep(wk_perm_t g, const wk_group_struct * G, slong k);
slong wk_group_class_size(const wk_group_struct * G, slong k);
/* Element order of the class. */
slong wk_group_class_elt_order(const wk_group_struct * G, slong k);
/* |C_G(g_k)| = |G| / class size. */
slong wk_group_class_centralizer_order(const wk_group_struct * G, slong k);
/* The class of g_k^e (power map), any integer e. */
slong wk_group_class_power(const wk_group_struct * G, slong k, slong e);
/* GAP-style class name: element order and a letter, "1a", "2a", "2b", ...,
   "64z", "64aa".  Owned by G. */
const char * wk_group_class_name(const wk_group_struct * G, slong k);
/* Exponent of G (lcm of the element orders). */
slong wk_group_exponent(const wk_group_struct * G);
/* Sets *k to the class of g.  "argument is not an element of the group"
   if g is not in G.  Computes the classes if needed. */
wk_status wk_group_class_of(slong * k, wk_group_struct * G, const wk_perm_t g);
/* Class multiplication coefficient a_ijk = #{(x, y) in C_i x C_j : x y = g_k}. */
wk_status wk_group_class_mult_coeff(fmpz_t a, wk_group_struct * G, slong i, slong j, slong k);

/* ==== cyclotomic numbers =================================================
   An element of Q(zeta_n), zeta_n = exp(2 pi i/n), kept in canonical form:
   n is its conductor (the smallest such n; never 2 mod 4), c[0..n-1] its
   coefficients in the Zumbroich basis of Q(zeta_n) (GAP's basis: only basis
   exponents are non-zero), den > 0 the common denominator, coprime to the
   content of c.  Equality is equality of the forms.  Rationals have n = 1.
   Arithmetic refuses fields above WK_CYC_MAX_N with WK_E_TOO_LARGE. */
#define WK_CYC_MAX_N 1048576

typedef struct {
    slong n;
    fmpz * c;
    fmpz_t den;
} wk_cyc_struct;
typedef wk_cyc_struct wk_cyc_t[1];

void wk_cyc_init(wk_cyc_t x);                    /* x = 0 */
void wk_cyc_clear(wk_cyc_t x);
void wk_cyc_set(wk_cyc_t x, const wk_cyc_t y);
void wk_cyc_zero(wk_cyc_t x);
void wk_cyc_one(wk_cyc_t x);
void wk_cyc_set_si(wk_cyc_t x, slong a);
void wk_cyc_set_fmpz(wk_cyc_t x, const fmpz_t a);
void wk_cyc_set_fmpq(wk_cyc_t x, const fmpq_t a);
/* x = E(n)^e = zeta_n^e (n >= 1, any integer e). */
wk_status wk_cyc_set_root(wk_cyc_t x, slong n, slong e);
void wk_cyc_swap(wk_cyc_t x, wk_cyc_t y);
/* Arithmetic; any aliasing allowed. */
wk_status wk_cyc_add(wk_cyc_t r, const wk_cyc_t x, const wk_cyc_t y);
wk_status wk_cyc_sub(wk_cyc_t r, const wk_cyc_t x, const wk_cyc_t y);
wk_status wk_cyc_mul(wk_cyc_t r, const wk_cyc_t x, const wk_cyc_t y);
void wk_cyc_neg(wk_cyc_t r, const wk_cyc_t x);
void wk_cyc_mul_fmpq(wk_cyc_t r, const wk_cyc_t x, const fmpq_t a);
void wk_cyc_mul_si(wk_cyc_t r, const wk_cyc_t x, slong a);
void wk_cyc_div_si(wk_cyc_t r, const wk_cyc_t x, slong a);   /* a != 0 */
/* r = 1/x; WK_E_DOMAIN ("division by zero") if x = 0. */
wk_status wk_cyc_inv(wk_cyc_t r, const wk_cyc_t x);
/* Complex conjugate (zeta -> zeta^-1). */
void wk_cyc_conj(wk_cyc_t r, const wk_cyc_t x);
/* Galois conjugate zeta_n -> zeta_n^k (GAP's GaloisCyc(x, k)); k must be
   coprime to the conductor, else WK_E_DOMAIN. */
wk_status wk_cyc_galois(wk_cyc_t r, const wk_cyc_t x, slong k);
int wk_cyc_equal(const wk_cyc_t x, const wk_cyc_t y);
int wk_cyc_is_zero(const wk_cyc_t x);
int wk_cyc_is_one(const wk_cyc_t x);
int wk_cyc_is_rational(const wk_cyc_t x);
/* 1 iff x is an algebraic integer (den = 1: the basis is integral). */
int wk_cyc_is_integral(const wk_cyc_t x);
/* Sets a to x if x is rational and returns 1; else returns 0. */
int wk_cyc_get_fmpq(fmpq_t a, const wk_cyc_t x);
slong wk_cyc_conductor(const wk_cyc_t x);
/* Total order used to sort characters: compares real parts, then
   imaginary parts (as complex numbers); returns -1, 0, 1. */
int wk_cyc_cmp(const wk_cyc_t x, const wk_cyc_t y);
/* GAP's printed form: "E(5)+E(5)^4", "-E(3)^2", "-1/2+2*E(4)", "3". */
char * wk_cyc_get_str(const wk_cyc_t x);
/* LaTeX form with \zeta_{n}^{e}. */
char * wk_cyc_get_str_latex(const wk_cyc_t x);
/* Sets z to a ball containing x at precision prec. */
void wk_cyc_get_acb(acb_t z, const wk_cyc_t x, slong prec);
/* If x is a quadratic irrationality (degree 2 over Q), writes it as
   "(a+b*Sqrt(d))/c" (GAP's notation) and returns the string, else NULL. */
char * wk_cyc_get_str_quadratic(const wk_cyc_t x);

/* ==== character tables ===================================================
   wk_group_chartable computes (once) the exact table by Dixon-Schneider and
   verifies it exactly: every value is a sum of chi(1) roots of unity, the
   central characters are integral, sum chi(1)^2 = |G|, the set of rows is
   closed under Galois conjugation and the rows are orthonormal (proved
   modulo a prime p > |G|^2 + |G|, p = 1 mod exp(G), which by Galois closure
   and the size bound implies exact orthogonality).  A failed check is
   WK_E_INTERNAL.  Irreducibles are ordered: trivial first, then by degree,
   then by the first class where they differ (real part, then imaginary
   part, increasing).  Errors: "group order 479001600 exceeds the size guard
   10^7", "conductor 4620 of the character table has phi = 960 above the
   guard 800". */
wk_status wk_group_chartable(wk_group_struct * G);
/* Require the table computed: */
slong wk_group_irr_degree(const wk_group_struct * G, slong i);
/* Sets v to chi_i(g_k). */
void wk_group_irr_value(wk_cyc_t v, const wk_group_struct * G, slong i, slong k);
/* Conductor of the table (lcm of the conductors of its values). */
slong wk_group_conductor(const wk_group_struct * G);
/* Frobenius-Schur indicators of the irreducibles, ind[0..r-1] in {1,0,-1}. */
wk_status wk_group_fs_indicators(slong * ind, wk_group_struct * G);
/* Fusion coefficients N[(i*r + j)*r + k] = <chi_i chi_j, chi_k> (r^3
   entries, computed modulo the verification prime, exact because they are
   integers in [0, p)). */
wk_status wk_group_fusion_coeffs(fmpz * N, wk_group_struct * G);
/* Class fusion of H into G (H <= G): fus[0..r_H-1] = the G-class of each
   H-class representative.  "argument 1 is not a subgroup of argument 2". */
wk_status wk_group_class_fusion(slong * fus, wk_group_struct * H, wk_group_struct * G);
/* Restriction matrix: M[i*r_H + j] = <Res chi_i, psi_j>_H for chi_i in
   Irr(G), psi_j in Irr(H) (r_G x r_H, non-negative integers). */
wk_status wk_group_restriction_matrix(fmpz * M, wk_group_struct * H, wk_group_struct * G);

/* Text forms of the table (flint_free the result).  display: GAP's layout
   (centraliser orders by prime, class names, power maps, rows X.1, X.2,
   ..., irrational values named A, B, ... with /A = complex conjugate,
   *A = the other Galois conjugate of a quadratic, A*k = Galois conjugate
   under zeta -> zeta^k, and listed below the table).  latex: a tabular.
   gap: GAP input that rebuilds the table (ConvertToCharacterTableNC). */
wk_status wk_group_chartable_display(char ** s, wk_group_struct * G);
wk_status wk_group_chartable_latex(char ** s, wk_group_struct * G);
wk_status wk_group_chartable_gap(char ** s, wk_group_struct * G);

/* ==== class functions ====================================================
   A class function of G: one cyclotomic value per class (class order of
   wk_group_classes).  It holds a reference to G.  Functions combining two
   class functions require the same group object ("characters belong to
   different groups"). */
typedef struct {
    wk_group_struct * G;
    slong r;
    wk_cyc_struct * v;
} wk_classfun_struct;
typedef wk_classfun_struct wk_classfun_t[1];

/* Initialises f to the zero class function of G (computes G's classes:
   this can fail, hence the status; on failure f is the empty function
   with G = NULL, safe to clear). */
wk_status wk_classfun_init(wk_classfun_t f, wk_group_struct * G);
void wk_classfun_clear(wk_classfun_t f);
/* f = g (f may belong to another group before; it is re-initialised). */
void wk_classfun_set(wk_classfun_t f, const wk_classfun_t g);
/* f = the class function with values vals[0..r-1] ("expected 5 values, got 4"). */
wk_status wk_classfun_set_values(wk_classfun_t f, wk_group_struct * G,
                                 const wk_cyc_struct * vals, slong len);
/* f = chi_i, the i-th irreducible (computes the table). */
wk_status wk_classfun_irr(wk_classfun_t f, wk_group_struct * G, slong i);
/* f = the trivial character / the permutation character of G's action. */
wk_status wk_classfun_trivial(wk_classfun_t f, wk_group_struct * G);
wk_status wk_classfun_permutation_character(wk_classfun_t f, wk_group_struct * G);
wk_status wk_classfun_add(wk_classfun_t r, const wk_classfun_t f, const wk_classfun_t g);
wk_status wk_classfun_sub(wk_classfun_t r, const wk_classfun_t f, const wk_classfun_t g);
wk_status wk_classfun_scalar_mul(wk_classfun_t r, const wk_classfun_t f, const wk_cyc_t a);
/* Pointwise product (tensor product of characters). */
wk_status wk_classfun_mul(wk_classfun_t r, const wk_classfun_t f, const wk_classfun_t g);
wk_status wk_classfun_conj(wk_classfun_t r, const wk_classfun_t f);
/* Galois conjugate: values zeta -> zeta^k, k coprime to exp(G). */
wk_status wk_classfun_galois(wk_classfun_t r, const wk_classfun_t f, slong k);
/* <f, g> = (1/|G|) sum_k |C_k| f(g_k) conj(g(g_k)). */
wk_status wk_classfun_inner(wk_cyc_t res, const wk_classfun_t f, const wk_classfun_t g);
/* Coefficients c[0..r-1] of f on Irr(G): c_i = <f, chi_i>. */
wk_status wk_classfun_decompose(wk_cyc_struct * c, const wk_classfun_t f);
/* Restriction to the subgroup H ("argument 2 is not a subgroup of the
   character's group"). */
wk_status wk_classfun_restrict(wk_classfun_t r, const wk_classfun_t f, wk_group_struct * H);
/* Induction to G of a class function of H <= G ("psi belongs to a group
   that is not a subgroup of G"). */
wk_status wk_classfun_induce(wk_classfun_t r, const wk_classfun_t psi, wk_group_struct * G);
/* Symmetric and alternating squares: (f(g)^2 + f(g^2))/2, (f(g)^2 - f(g^2))/2. */
wk_status wk_classfun_sym2(wk_classfun_t r, const wk_classfun_t f);
wk_status wk_classfun_alt2(wk_classfun_t r, const wk_classfun_t f);
/* Frobenius-Schur indicator (1/|G|) sum_k |C_k| f(g_k^2), for a character
   (sum over constituents if reducible); "argument is not a character"
   unless <f,f> is a positive integer and the values are integral. */
wk_status wk_classfun_fs_indicator(fmpz_t res, const wk_classfun_t f);
/* 1 iff f is a character (non-negative integer coefficients on Irr(G), not 0). */
wk_status wk_classfun_is_character(int * res, const wk_classfun_t f);
/* Multiplicities of the constituents of f*g (f, g class functions of the
   same group): c[k] = <f g, chi_k>.  "characters belong to different groups". */
wk_status wk_classfun_tensor_decompose(wk_cyc_struct * c, const wk_classfun_t f,
                                       const wk_classfun_t g);
/* Sets *d = f(1) if it is an integer, returns 1; else 0. */
int wk_classfun_degree(slong * d, const wk_classfun_t f);

/* ==== Clifford theory and projective characters ==========================
   For N normal in G: the action of G on Irr(N) (theta^g(n) = theta(g n g^-1),
   a right action), its orbits, the inertia group of each orbit's first
   member, and for every chi in Irr(G) the orbit and the ramification e
   with Res_N chi = e * (sum of the orbit). */
typedef struct {
    slong rN, rG, ngens;
    slong * action;      /* ngens x rN: image of theta_i under generator j of G */
    slong norbits;
    slong * orbit_of;    /* rN: orbit index of theta_i */
    slong * orbit_start; /* norbits + 1: offsets into orbit_elts */
    slong * orbit_elts;  /* rN: members of each orbit, in increasing order */
    wk_group_struct ** inertia;  /* norbits: I_G(theta) for the first member */
    slong * irr_orbit;   /* rG: orbit of the constituents of Res_N chi_i */
    slong * irr_e;       /* rG: ramification index */
} wk_clifford_struct;
typedef wk_clifford_struct wk_clifford_t[1];

void wk_clifford_init(wk_clifford_t c);
void wk_clifford_clear(wk_clifford_t c);
/* "argument 1 is not a normal subgroup of argument 2". */
wk_status wk_group_clifford(wk_clifford_t c, wk_group_struct * N, wk_group_struct * G);

/* Irreducibles of G lying over the linear character lambda of the central
   subgroup Z (those with Res_Z chi = chi(1) lambda): their indices in
   idx[0..*count-1] (room for r_G).  These are the lambda-projective
   irreducibles of G/Z; sum chi(1)^2 over them = |G/Z|.  Errors: "argument 2
   is not a central subgroup of G", "lambda is not a linear character of Z". */
wk_status wk_group_irr_over(slong * idx, slong * count, wk_group_struct * G,
                            const wk_classfun_t lambda);

/* ==== subgroups isomorphic to a given group ==============================
   Embeddings (injective homomorphisms) N -> G up to conjugation in G.  N is
   taken with a small generating set x_1..x_t (wk_group_small_gens); each
   embedding is given by the images of the x_i.  With one_per_subgroup, one
   embedding is kept per conjugacy class of image subgroups (so the result
   lists the conjugacy classes of subgroups isomorphic to N).  max bounds
   the number kept (0 = no bound); *complete says whether all were found. */
typedef struct {
    slong t;                 /* number of generators of N used */
    wk_perm_struct * ngens;  /* t generators of N */
    slong count, alloc;
    wk_perm_struct * images; /* count x t images in G */
    int complete;
} wk_embeddings_struct;
typedef wk_embeddings_struct wk_embeddings_t[1];

void wk_embeddings_init(wk_embeddings_t e);
void wk_embeddings_clear(wk_embeddings_t e);
wk_status wk_group_embeddings(wk_embeddings_t e, wk_group_struct * N, wk_group_struct * G,
                              int one_per_subgroup, slong max);
/* The image subgroup of embedding i. */
wk_status wk_embeddings_image(wk_group_struct ** H, const wk_embeddings_t e, slong i,
                              wk_group_struct * G);
/* Sets img to iota_i(n) for n in N (n written as a word in e->ngens). */
wk_status wk_embeddings_apply(wk_perm_t img, const wk_embeddings_t e, slong i,
                              wk_group_struct * N, const wk_perm_t n);
/* fus[k] = the G-class of iota_i(g_k) for each class k of N (r_N entries). */
wk_status wk_embeddings_fusion(slong * fus, const wk_embeddings_t e, slong i,
                               wk_group_struct * N, wk_group_struct * G);
/* Restriction matrix through embedding i: M[c*r_N + a] = <chi_c o iota_i,
   psi_a>_N for chi_c in Irr(G), psi_a in Irr(N) (r_G x r_N non-negative
   integers): the branching of G's irreducibles to the labelled sectors of N. */
wk_status wk_embeddings_restriction_matrix(fmpz * M, const wk_embeddings_t e, slong i,
                                           wk_group_struct * N, wk_group_struct * G);

#ifdef __cplusplus
}
#endif
#endif
