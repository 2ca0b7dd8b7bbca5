/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   placeholder */
#include "helpers.h"
int main(int argc, char ** argv) { tap_init(argc, argv); return tap_done(); }
