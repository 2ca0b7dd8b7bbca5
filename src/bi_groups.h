/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_groups.h: the language values of lib/groups (groups, character
   tables, class functions, cyclotomic numbers) for other bindings (the xSFF
   bootstrap).  Defined in src/bi_groups.c. */
#ifndef WK_BI_GROUPS_H
#define WK_BI_GROUPS_H

#include "wk_api.h"
#include "wk_groups.h"

/* The object types.  Their data: wk_group_type and wk_chartable_type hold a
   wk_group_struct * (one reference); wk_classfun_type a wk_classfun_struct *
   (flint_malloc'd, owns its reference to the group); wk_cyc_type a
   wk_cyc_struct * (flint_malloc'd; never rational: rationals are numbers). */
extern const wk_objtype wk_group_type, wk_chartable_type, wk_classfun_type, wk_cyc_type;

/* A group value; consumes one reference to G. */
wk_value wk_group_value(wk_group_struct *G);
/* The character table object of G (computes the table; throws on failure,
   e.g. above the size guard, with the current builtin's name).  G is
   borrowed. */
wk_value wk_chartable_value(wk_group_struct *G);
/* A cyclotomic number (an integer or rational value if x is rational). */
wk_value wk_cyc_value(const wk_cyc_t x);
/* Borrowed group from argument i (a group or a character table), or an
   argument error "NAME: argument i must be a group, got ...". */
wk_group_struct *wk_arg_group(wk_state *S, int i);

/* Additions. */
/* A class function value; consumes f (f is left empty, safe to clear). */
wk_value wk_classfun_value(wk_classfun_t f);
/* Borrowed class function from argument i, or an argument error. */
const wk_classfun_struct *wk_arg_classfun(wk_state *S, int i);
/* Sets x to the cyclotomic number v (an integer, a rational or a cyclotomic
   value); returns 0 if v is none of these.  x must be initialised. */
int wk_get_cyc(wk_cyc_t x, const wk_value *v);
/* Sets p (initialised) to the permutation v (a core permutation value, a
   cycle string "(1,2)(3,4)" or an image list [2,1,4,3]); returns 0 and
   leaves a message in *why (static text or NULL) if v is none of these. */
int wk_get_perm(wk_perm_t p, const wk_value *v, const char **why);
/* The core permutation value of p. */
wk_value wk_perm_value(const wk_perm_t p);

#endif
