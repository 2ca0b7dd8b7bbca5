#!/bin/sh
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# Every example script must run to the end without an error (TAP).
top="${WK_TOP_SRCDIR:-.}"
n=0
for f in "$top"/examples/*.wk; do
  n=$((n + 1))
  if out=$("${WK_BIN:-wk}" "$f" 2>&1 >/dev/null); then echo "ok $n - $f"
  else echo "not ok $n - $f"; echo "$out" | sed 's/^/# /' | head -20; fi
done
echo "1..$n"
