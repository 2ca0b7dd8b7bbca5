/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Smoke test during development. */
#include <stdio.h>
#include <stdlib.h>
#include "wk_groups.h"
#include "tap.h"

int main(int argc, char ** argv)
{
    wk_group_struct * G;
    fmpz_t o;
    slong i, k, r;
    tap_init(argc, argv);
    fmpz_init(o);
    TAP_OK(wk_group_symmetric(&G, 5) == WK_OK, "S5");
    TAP_OK(wk_group_order(o, G) == WK_OK && fmpz_equal_ui(o, 120), "order 120");
    TAP_OK(wk_group_classes(G) == WK_OK, "classes %s", wk_error_msg());
    r = wk_group_nclasses(G);
    printf("# r=%ld\n", r);
    for (k = 0; k < r; k++) printf("# %s size %ld\n", wk_group_class_name(G, k), wk_group_class_size(G, k));
    TAP_OK(wk_group_chartable(G) == WK_OK, "table %s", wk_error_msg());
    for (i = 0; i < r; i++) {
        printf("#");
        for (k = 0; k < r; k++) {
            wk_cyc_t v; char * s;
            wk_cyc_init(v);
            wk_group_irr_value(v, G, i, k);
            s = wk_cyc_get_str(v);
            printf(" %s", s);
            flint_free(s);
            wk_cyc_clear(v);
        }
        printf("\n");
    }
    wk_group_clear(G);
    fmpz_clear(o);
    return tap_done();
}
