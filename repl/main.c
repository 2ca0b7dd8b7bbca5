/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   repl/main.c: the wk program: command line, script/batch/TAP modes, the REPL
   loop, Ctrl-C, progress display.  Line editing lives in repl/rl.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <pthread.h>
#include <time.h>
#include "config.h"
#include "wk_int.h"
#include "rl.h"

extern int wk_quit_requested;
extern void wk_lang_cleanup(void);
extern void wk_update_constants(wk_state *S);
extern int wk_check_examples(wk_state *S);

static wk_state *S;
static volatile sig_atomic_t at_prompt = 0;
static sigjmp_buf prompt_jmp;

/* ---- signals ----------------------------------------------------------------- */
static void on_sigint(int sig)
{
    (void) sig;
    if (at_prompt) {
        at_prompt = 0;
        siglongjmp(prompt_jmp, 1);
    }
    wk_interrupt_flag = 1;   /* the evaluator and lib/ loops poll this */
}

static FLINT_NORETURN void on_flint_abort(void)
{
    wk_throw(S, WK_ERR_INTERNAL,
             "internal error in the math library (FLINT/Arb abort); please report it and restart wk");
}

/* ---- progress ------------------------------------------------------------------- */
static int progress_enabled = 0;
static struct timespec progress_t0, progress_last;
static pthread_mutex_t progress_lock = PTHREAD_MUTEX_INITIALIZER;

static double secs(const struct timespec *a, const struct timespec *b)
{
    return (b->tv_sec - a->tv_sec) + (b->tv_nsec - a->tv_nsec) / 1e9;
}

static void progress_reset(void)
{
    clock_gettime(CLOCK_MONOTONIC, &progress_t0);
    progress_last = progress_t0;
}

static void on_progress(const char *what, double done, double total)
{
    struct timespec now;
    if (!progress_enabled) return;
    if (pthread_mutex_trylock(&progress_lock) != 0) return;
    if (what == NULL) {
        if (S->in_progress_line) { fputs("\r\033[K", stderr); S->in_progress_line = 0; }
        pthread_mutex_unlock(&progress_lock);
        return;
    }
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (secs(&progress_t0, &now) > 0.5 && secs(&progress_last, &now) > 0.2) {
        progress_last = now;
        if (total > 0)
            fprintf(stderr, "\r\033[K%s: %.0f%% (%.0f of %.0f)  Ctrl-C to stop", what, 100.0 * done / total, done, total);
        else
            fprintf(stderr, "\r\033[K%s: %.0f  Ctrl-C to stop", what, done);
        fflush(stderr);
        S->in_progress_line = 1;
    }
    pthread_mutex_unlock(&progress_lock);
}

/* ---- running ----------------------------------------------------------------------- */
static const char *usage =
    "usage: wk [options] [file.wk]\n"
    "  wk                 start the interactive REPL (reads a script from a pipe)\n"
    "  wk file.wk         run a script; an error stops it with exit status 1\n"
    "  wk -e 'code'       run code and print its value\n"
    "  wk --tap file.wk   run a test script: check() lines become TAP, errors 'not ok'\n"
    "  --list-builtins    print every builtin's name and summary (the reference)\n"
    "  --check-examples   run every builtin's help example (TAP)\n"
    "  --version, --help\n";

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0, k;
    char *buf = malloc(cap);
    while ((k = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 >= cap) { cap *= 2; buf = realloc(buf, cap); }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int run_text(const char *name, const char *text, size_t len)
{
    int f = wk_file_new(S, name), errs;
    wk_chunk *ch;
    wk_file_append(S, f, text, len);
    if (wk_parse(S, f, 0, &ch) != WK_PARSE_OK) {
        wk_report_error(S);
        return 1;
    }
    ch->next = S->chunks;
    S->chunks = ch;
    errs = wk_run_chunk(S, ch);
    return errs ? 1 : 0;
}

static int run_file(const char *path)
{
    FILE *f = fopen(path, "r");
    size_t len;
    char *text;
    int r;
    if (!f) {
        fprintf(stderr, "wk: cannot open '%s'\n", path);
        return 1;
    }
    text = read_all(f, &len);
    fclose(f);
    r = run_text(path, text, len);
    free(text);
    return r;
}

static int transcript = 0;

/* --transcript: the REPL on plain input, echoing prompt and input, so that a
   session can be compared with a recorded one (tests/transcripts) */
static char *transcript_read(const char *prompt)
{
    char buf[65536];
    size_t n;
    if (!fgets(buf, sizeof buf, stdin)) return NULL;
    n = strlen(buf);
    if (n && buf[n - 1] == '\n') buf[--n] = '\0';
    printf("%s%s\n", prompt, buf);
    return strdup(buf);
}

static int repl(void)
{
    int f = wk_file_new(S, "<stdin>");
    size_t start = S->files[f].len;
    int cont = 0;
    if (transcript) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    } else {
        wk_rl_init(S);
        printf("wk %s: exact and certified group theory.  'help' lists the functions, Ctrl-D leaves.\n",
               PACKAGE_VERSION);
    }
    for (;;) {
        char *line;
        wk_chunk *ch;
        wk_parse_status st;
        if (sigsetjmp(prompt_jmp, 1)) {
            /* Ctrl-C at the prompt: drop the partial input */
            fputs("^C", stdout);
            fflush(stdout);
            wk_rl_reset_after_interrupt();
            fputs("\n", stdout);
            start = S->files[f].len;
            cont = 0;
        }
        at_prompt = 1;
        line = transcript ? transcript_read(cont ? "...> " : "wk> ") : wk_rl_read(cont ? "...> " : "wk> ");
        at_prompt = 0;
        if (line == NULL) { if (!transcript) putchar('\n'); break; }
        wk_file_append(S, f, line, strlen(line));
        wk_file_append(S, f, "\n", 1);
        free(line);
        st = wk_parse(S, f, start, &ch);
        if (st == WK_PARSE_INCOMPLETE) { cont = 1; continue; }
        if (!transcript) wk_rl_add_history(S->files[f].text + start, S->files[f].len - start);
        cont = 0;
        start = S->files[f].len;
        if (st == WK_PARSE_ERROR) { wk_report_error(S); continue; }
        ch->next = S->chunks;
        S->chunks = ch;
        wk_interrupt_flag = 0;
        progress_reset();
        wk_run_chunk(S, ch);
        fflush(stdout);
        if (wk_quit_requested) break;
    }
    if (!transcript) wk_rl_done();
    return 0;
}

typedef struct {
    int argc;
    char **argv;
    int status;
} main_args;

static void *interp_main(void *ud)
{
    main_args *a = ud;
    int argc = a->argc, i, tap = 0;
    char **argv = a->argv;
    const char *file = NULL, *expr = NULL;
    int status = 0, list = 0, check_ex = 0;
    char here;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--version") == 0) { printf("wk %s\n", PACKAGE_VERSION); a->status = 0; return NULL; }
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) { fputs(usage, stdout); a->status = 0; return NULL; }
        else if (strcmp(argv[i], "--tap") == 0) tap = 1;
        else if (strcmp(argv[i], "--list-builtins") == 0) list = 1;
        else if (strcmp(argv[i], "--check-examples") == 0) check_ex = 1;
        else if (strcmp(argv[i], "--transcript") == 0) transcript = 1;
        else if (strcmp(argv[i], "--reference") == 0) list = 2;
        else if (strcmp(argv[i], "-e") == 0) {
            if (i + 1 >= argc) { fputs("wk: -e needs an argument\n", stderr); a->status = 2; return NULL; }
            expr = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "wk: unknown option '%s'\n%s", argv[i], usage);
            a->status = 2;
            return NULL;
        } else if (!file) file = argv[i];
        else { fprintf(stderr, "wk: more than one file given ('%s')\n", argv[i]); a->status = 2; return NULL; }
    }

    S = wk_state_new();
    S->cstack_base = &here;
    S->cstack_limit = (size_t) 240 << 20;
    wk_builtins_register(S);
    {
        /* constants */
        slong g = wk_global_slot(S, "I");
        acb_t x;
        acb_init(x);
        acb_onei(x);
        S->glob[g].v = wk_cplx_acb(x);
        acb_clear(x);
        g = wk_global_slot(S, "pi");
        S->glob[g].v.t = T_UNDEF;
        wk_update_constants(S);
    }
    S->tap = tap;
    flint_set_abort(on_flint_abort);
    wk_progress_set_handler(on_progress);

    if (list == 2) {
        extern void wk_reference(FILE *out);
        wk_reference(stdout);
    } else if (list) {
        slong k;
        for (k = 0; k < wk_builtin_count(); k++) {
            const wk_bientry *e = wk_builtin_at(k);
            printf("%s\t%s\t%s\n", e->mod->name, e->b->name, e->b->summary);
        }
    } else if (check_ex) {
        status = wk_check_examples(S);
    } else if (expr) {
        status = run_text("<command line>", expr, strlen(expr));
    } else if (file) {
        status = run_file(file);
    } else if (transcript) {
        status = repl();
    } else if (isatty(0)) {
        S->interactive = 1;
        progress_enabled = isatty(2);
        status = repl();
    } else {
        size_t len;
        char *text = read_all(stdin, &len);
        status = run_text("<stdin>", text, len);
        free(text);
    }
    if (tap) {
        fprintf(S->out, "1..%d\n", S->tap_n);
        status = S->tap_failed ? 1 : 0;
    }
    fflush(stdout);
    wk_lang_cleanup();
    wk_state_free(S);
    a->status = status;
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t th;
    pthread_attr_t attr;
    main_args a;
    struct sigaction sa;
    sigset_t set;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    a.argc = argc;
    a.argv = argv;
    a.status = 0;
    /* the interpreter runs on a thread with a large stack: deep recursion in
       wk code is then bounded by the recursion limit, not by the C stack */
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t) 256 << 20);
    if (pthread_create(&th, &attr, interp_main, &a) != 0) {
        interp_main(&a);   /* fall back to the main thread */
        return a.status;
    }
    /* only the interpreter thread takes SIGINT */
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    pthread_join(th, NULL);
    pthread_attr_destroy(&attr);
    return a.status;
}
