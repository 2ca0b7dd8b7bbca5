/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   tests/tap.h: a tiny TAP producer for the C unit tests (lib/<module>/test).
   Usage:  tap_init(argc, argv);  TAP_OK(cond, "what %d", i);  return tap_done();
   Randomised tests take their seed from tap_seed() (WK_TEST_SEED, default
   fixed) and print it as "# seed N"; WK_TEST_MULTIPLIER scales loop counts. */
#ifndef WK_TAP_H
#define WK_TAP_H
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static int tap_n = 0, tap_failed = 0;
static unsigned long tap_seed_value = 20261126UL;

static inline void tap_init(int argc, char **argv)
{
    const char *s = getenv("WK_TEST_SEED");
    (void) argc; (void) argv;
    if (s && *s) tap_seed_value = strtoul(s, NULL, 10);
    setvbuf(stdout, NULL, _IOLBF, 0);
}

static inline unsigned long tap_seed(void)
{
    static int printed = 0;
    if (!printed) { printf("# seed %lu\n", tap_seed_value); printed = 1; }
    return tap_seed_value;
}

static inline long tap_multiplier(void)
{
    const char *s = getenv("WK_TEST_MULTIPLIER");
    long m = s ? atol(s) : 1;
    return m > 0 ? m : 1;
}

static inline int tap_ok(int cond, const char *fmt, ...)
{
    va_list ap;
    tap_n++;
    if (!cond) tap_failed++;
    printf("%sok %d - ", cond ? "" : "not ", tap_n);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    return cond;
}
#define TAP_OK(cond, ...) tap_ok((cond) ? 1 : 0, __VA_ARGS__)

static inline void tap_diag(const char *fmt, ...)
{
    va_list ap;
    printf("# ");
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

static inline int tap_done(void)
{
    printf("1..%d\n", tap_n);
    return 0;  /* failures are reported by the TAP lines, not the exit status */
}
#endif
