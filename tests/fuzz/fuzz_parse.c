/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   tests/fuzz/fuzz_parse.c: libFuzzer target.  Each input is parsed as a wk
   chunk and, if it parses, evaluated under a step budget (so loops end) and
   small size guards.  Nothing may crash, leak or hang. */
#include <stdint.h>
#include <string.h>
#include "wk_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* a fresh interpreter per input: nothing accumulates, every leak is the input's */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int f;
    wk_chunk *ch;
    char here;
    wk_state *FS;
    static FILE *devnull;
    if (size > 4096) return 0;
    if (!devnull) devnull = fopen("/dev/null", "w");
    FS = wk_state_new();
    wk_builtins_register(FS);
    FS->out = devnull;
    FS->fuzz = 1;
    FS->cstack_base = &here;
    FS->cstack_limit = 1u << 20;
    FS->budget = 20000;
    f = wk_file_new(FS, "<fuzz>");
    wk_file_append(FS, f, (const char *) data, size);
    if (wk_parse(FS, f, 0, &ch) == WK_PARSE_OK) {
        ch->next = FS->chunks;
        FS->chunks = ch;
        FS->tap = 1;
        wk_run_chunk(FS, ch);
    }
    wk_state_free(FS);
    return 0;
}
