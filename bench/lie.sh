#!/bin/bash
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/lie.sh: the lie module against mpmath (spec section 10), in the same
# run: expm, logm, sqrtm, polar, symmetric eig, SPD log, QR and singular
# values of A3 and A8 at 50, 100 and 1000 digits, through the wk language, in
# libwk directly (bench/lie/b-lie) and in mpmath; then n = 64 at 256 bits.
# Prints CPU milliseconds and wk/mpmath per row (required <= 0.5, goal <= 0.1).
set -u
wk="${WK_BIN:-wk}"
here=$(cd "$(dirname "$0")" && pwd)
d=$(dirname "$wk")
blie="$d/../bench/lie/b-lie"
# use the real binary, not libtool's wrapper script (its start-up is a shell)
. "$(dirname "$0")/wk-bin.sh"
[ -x "$d/../bench/lie/.libs/b-lie" ] && blie="$d/../bench/lie/.libs/b-lie"
py=/usr/bin/python3
if ! "$py" -c 'import mpmath' 2>/dev/null; then
  echo "bench/lie: $py with mpmath is not installed (apt-get install python3-mpmath); skipped"
  exit 0
fi
# LAPACK (OpenBLAS) threads only add noise for these sizes on a shared machine
export OPENBLAS_NUM_THREADS=1
WK_BIN="$wk" WK_BLIE="$blie" exec "$py" "$here/lie/bench.py"
