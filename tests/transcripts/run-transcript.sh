#!/bin/sh
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# Replays a GAP-style transcript (lines "wk> input", "...> continuation",
# then the expected output) through `wk --transcript` and prints one TAP line
# per input block.  Lines starting with "##" are comments.
# Usage: run-transcript.sh file.tr   (WK_BIN names wk)
tr="$1"
wk="${WK_BIN:-wk}"
tmp="${TMPDIR:-/tmp}/wk-tr.$$"
trap 'rm -f "$tmp".*' EXIT
grep -v '^##' "$tr" > "$tmp.tr"
tr="$tmp.tr"
sed -n -e 's/^wk> //p' -e 's/^\.\.\.> //p' "$tr" > "$tmp.in"
(cd "$(dirname "$1")" && "$wk" --transcript < "$tmp.in") > "$tmp.out" 2>&1
split_blocks() {
  # one block per "wk> " line, NUL-free; blocks separated by a line "@@BLOCK@@"
  awk 'NR > 1 && /^wk> / { print "@@BLOCK@@" } { print }' "$1"
}
split_blocks "$tr" > "$tmp.exp"
split_blocks "$tmp.out" > "$tmp.act"
awk -v act="$tmp.act" '
  function readblock(file,   line, b, r) {
    b = ""
    while ((r = (getline line < file)) > 0) {
      if (line == "@@BLOCK@@") return b
      b = b line "\n"
    }
    eof[file] = 1
    return b
  }
  BEGIN {
    expf = ARGV[1]; ARGV[1] = ""
    n = 0; fail = 0
    while (!eof[expf]) {
      e = readblock(expf)
      if (e == "" && eof[expf]) break
      a = readblock(act)
      n++
      split(e, first, "\n")
      title = first[1]
      if (e == a) print "ok " n " - " title
      else {
        print "not ok " n " - " title
        gsub(/\n/, "\n#   ", e); gsub(/\n/, "\n#   ", a)
        print "# expected:\n#   " e
        print "# got:\n#   " a
      }
    }
    print "1.." n
  }' "$tmp.exp"
