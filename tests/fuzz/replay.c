/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   tests/fuzz/replay.c: runs the fuzz target on files (the crash-regression
   corpus), one TAP line each. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        unsigned char buf[8192];
        size_t n;
        if (!f) { printf("not ok %d - cannot open %s\n", i, argv[i]); continue; }
        n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        LLVMFuzzerTestOneInput(buf, n);
        printf("ok %d - %s\n", i, argv[i]);
        fflush(stdout);
    }
    printf("1..%d\n", argc - 1);
    return 0;
}
