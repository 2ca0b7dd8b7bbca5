#!/bin/sh
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# Every builtin's help must have an example that runs (and is true if boolean).
exec "${WK_BIN:-wk}" --check-examples
