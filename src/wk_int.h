/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/wk_int.h: the internals of the language shared by the files of src (not by bindings):
   the interpreter state, source positions, the AST, protected calls. */
#ifndef WK_INT_H
#define WK_INT_H

#include <setjmp.h>
#include "wk_api.h"

/* ---- source positions ---------------------------------------------------- */
typedef struct wk_pos {
    int32_t file, line, col;
} wk_pos;

typedef struct wk_srcfile {
    char *name;
    char *text;          /* whole text read so far (REPL: grows) */
    size_t len, cap;
} wk_srcfile;

/* ---- AST ------------------------------------------------------------------- */
typedef enum {
    N_CONST, N_GLOBAL, N_LOCAL, N_UPVAL, N_LIST, N_MATRIX, N_RECORD, N_RANGE,
    N_CYCLE, N_BINOP, N_NEG, N_NOT, N_AND, N_OR, N_CALL, N_INDEX, N_FIELD,
    N_ASSIGN, N_IF, N_BLOCK, N_WHILE, N_FOR, N_BREAK, N_CONTINUE, N_RETURN,
    N_FUNC, N_LOCALDECL, N_VAR, N_SUMPROD, N_COMPREH, N_HELP, N_TIME, N_NOP
} wk_nodekind;

/* binary operators (N_BINOP op field) */
enum {
    OP_ADD = 1, OP_SUB, OP_MUL, OP_DIV, OP_IDIV, OP_MOD, OP_POW,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_IN
};

struct wk_fproto;

typedef struct wk_node {
    uint8_t k, op, flag;
    wk_pos pos;
    struct wk_node *a, *b, *c, *d;
    struct wk_node **v;          /* children: statements, elements, arguments */
    int nv;
    int rows, cols;              /* N_MATRIX */
    const char **names;          /* N_RECORD keys, N_CALL keyword names, N_VAR */
    int nnames;
    struct wk_node **kw;         /* N_CALL keyword values */
    int slot;                    /* N_GLOBAL/N_LOCAL/N_UPVAL, loop variables */
    const char *name;            /* identifier (interned) */
    wk_value val;                /* N_CONST */
    struct wk_fproto *fp;        /* N_FUNC */
} wk_node;

typedef struct wk_fproto {
    const char *name;            /* "f", or "<anonymous>" */
    int nparams, nslots, nup;
    const char **params;
    wk_node **defaults;          /* per parameter, NULL if required */
    int *up_from_local;          /* capture: 1 = enclosing frame slot, 0 = enclosing upvalue */
    int *up_index;
    wk_node *body;
    wk_pos pos;
    int is_expr;                 /* one-line f(x) = expr */
} wk_fproto;

typedef struct {
    wk_heap hd;
    wk_fproto *p;
    wk_value up[];               /* captured values */
} wk_func;

/* A parsed chunk (file or REPL input): statements with print flags. */
typedef struct wk_chunk {
    wk_fproto *main;             /* body is N_BLOCK of top-level statements */
    struct wk_arena *arena;      /* every node, array and constant of the chunk */
    struct wk_chunk *next;
} wk_chunk;
void wk_chunk_free(wk_chunk *c);

/* ---- builtins ---------------------------------------------------------------- */
/* keyword names one builtin may accept (a longer list is a registration error) */
#define WK_MAX_KWNAMES 24

typedef struct wk_bientry {
    const wk_builtin *b;
    const wk_module *mod;
    int minargs, maxargs, variadic;
    char kinds[32];              /* per argument; variadic repeats the last */
    const char *kwnames[WK_MAX_KWNAMES];
    int nkw;
} wk_bientry;

/* ---- the interpreter state ------------------------------------------------------ */
typedef struct wk_jmp {
    jmp_buf b;
    struct wk_jmp *prev;
    int status;
} wk_jmp;

typedef struct wk_global {
    const char *name;
    wk_value v;
} wk_global;

struct wk_state {
    /* value stack: frames and temporaries; never reallocated */
    wk_value *stk;
    slong top, cap, base;
    wk_func *closure;            /* running closure (for upvalues) */
    int depth, maxdepth;
    char *cstack_base;           /* for the C stack guard */
    size_t cstack_limit;

    /* globals */
    wk_global *glob;
    slong nglob, capglob;
    void *gmap;                  /* name -> slot */

    /* errors */
    wk_jmp *jmp;
    char *errmsg;                /* last error text (formatted, with position) */
    wk_errkind errkind;
    wk_pos errpos;

    /* current builtin call */
    const wk_bientry *cur_be;
    const wk_node *cur_call;
    const wk_value *cur_argv;
    wk_node *const *cur_args;
    int cur_nargs;
    const wk_value *cur_kwv;
    int cur_nkw;
    const char **cur_kwn;

    /* settings */
    slong prec, digits;

    /* source files */
    wk_srcfile *files;
    int nfiles, capfiles;
    wk_chunk *chunks;

    /* modes */
    int tap;                     /* --tap: check() prints TAP lines */
    int tap_n, tap_failed;
    int interactive;             /* REPL on a terminal */
    int echo;                    /* print results of top-level statements */
    FILE *out;
    int in_progress_line;
    slong budget;                /* steps left before an error (-1: unlimited); fuzzing */
    int fuzz;                    /* small size guards (fuzzing) */
};

extern wk_state *wk_S;          /* the one interpreter (for lib/ callbacks) */

/* state.c */
wk_state *wk_state_new(void);
void wk_state_free(wk_state *S);
const char *wk_intern(const char *s);
const char *wk_intern_n(const char *s, size_t n);
slong wk_global_slot(wk_state *S, const char *name);      /* creates if needed */
slong wk_global_find(wk_state *S, const char *name);      /* -1 if absent */
int wk_file_new(wk_state *S, const char *name);
void wk_file_append(wk_state *S, int f, const char *text, size_t len);
/* Protected call: runs fn(S, ud); returns 0, or an error kind with
   S->errmsg set; the stack is unwound to its level at entry. */
int wk_pcall(wk_state *S, void (*fn)(wk_state *, void *), void *ud);
void wk_throw_at(wk_state *S, wk_pos pos, wk_errkind kind, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 4, 5)));
void wk_vthrow_at(wk_state *S, wk_pos pos, wk_errkind kind, const char *fmt, va_list ap)
    __attribute__((noreturn));
/* Source line of a position (for the caret display), into b. */
void wk_src_line(wk_state *S, wk_pos pos, wk_buf *b);
void wk_cstack_check(wk_state *S, wk_pos pos);

static inline wk_value *wk_push(wk_state *S)
{
    wk_value *v;
    if (S->top >= S->cap)
        wk_throw(S, WK_ERR_OVERFLOW, "value stack overflow (recursion too deep)");
    v = &S->stk[S->top++];
    v->t = T_NIL;
    return v;
}
static inline void wk_pop(wk_state *S)
{
    wk_release(&S->stk[--S->top]);
}
static inline void wk_popto(wk_state *S, slong top)
{
    while (S->top > top) wk_pop(S);
}

/* value.c */
void wk_value_free_all(void);
wk_value wk_list_clone(const wk_value *l);
wk_value wk_rec_clone(const wk_value *r);
wk_value wk_mat_clone(const wk_value *m);
wk_value wk_range_new(slong a, slong b, slong step);
/* a refcounted scratch buffer of `bytes` bytes (a string of length 0): freed with the value */
wk_value wk_scratch(size_t bytes);
slong wk_range_len(const wk_range *r);
/* make *v uniquely referenced (copy-on-write) */
void wk_make_unique(wk_value *v);
wk_value wk_func_new(wk_fproto *p, int nup);
const char *wk_type_name_t(wk_type t);
/* lists of equal-length lists -> matrix value (0 if not rectangular) */
int wk_list_to_mat(const wk_value *l, wk_value *out);

/* arith.c */
void wk_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out);
int wk_is_zero(const wk_value *v);
int wk_is_one(const wk_value *v);
wk_value wk_num_to_real(wk_state *S, const wk_value *v);

/* poly.c */
wk_value wk_poly_var(slong id);
slong wk_nvars(void);
int wk_poly_is_var(const wk_value *v, slong *id);
void wk_poly_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out);
int wk_poly_equal(const wk_value *a, const wk_value *b);
void wk_poly_print(wk_buf *b, const wk_poly *p);
void wk_poly_free(wk_poly *p);
void wk_vars_free_all(void);
/* promote a number or polynomial to num/den in context c (c must contain its vars) */
void wk_poly_to_ctx(wk_state *S, fmpq_mpoly_t num, fmpq_mpoly_t den, const wk_value *v, wk_pctx *c);
wk_pctx *wk_pctx_union(wk_pctx *a, wk_pctx *b);
wk_pctx *wk_value_pctx(wk_state *S, const wk_value *v);  /* context covering v's vars (NULL for numbers) */

/* series.c */
void wk_ser_arith(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out);
int wk_ser_equal(const wk_value *a, const wk_value *b);
void wk_ser_print(wk_buf *b, const wk_ser *s);
wk_value wk_to_series(wk_state *S, const wk_value *v, slong var, slong prec);

/* print.c */
void wk_print_value(wk_state *S, const wk_value *v);

/* lex.c / parse.c */
typedef enum { WK_PARSE_OK = 0, WK_PARSE_ERROR, WK_PARSE_INCOMPLETE } wk_parse_status;
/* Parses text (already appended to file f from offset off); on success sets
   *chunk.  On error S->errmsg holds the message. */
wk_parse_status wk_parse(wk_state *S, int f, size_t off, wk_chunk **chunk);

/* eval.c */
int wk_run_chunk(wk_state *S, wk_chunk *ch);   /* pcall-protected; prints results */
void wk_eval_chunk(wk_state *S, wk_chunk *ch, wk_value *out);
wk_value wk_call_value(wk_state *S, const wk_value *f, int argc, const wk_value *argv, wk_pos pos);
int wk_run_string(wk_state *S, const char *name, const char *text, int echo);
int wk_run_file(wk_state *S, const char *path, int echo, wk_value *last);
void wk_report_error(wk_state *S);

/* builtins.c */
void wk_builtins_register(wk_state *S);
const wk_bientry *wk_builtin_find(const char *name);
void wk_help(wk_state *S, const char *name);
extern const wk_module *wk_modules[];
slong wk_builtin_count(void);
const wk_bientry *wk_builtin_at(slong i);

/* settings.c */
int wk_setting_set(wk_state *S, const char *name, const wk_value *v);

#endif
