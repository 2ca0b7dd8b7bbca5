#!/bin/sh
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# lib/groups/bench/anchors.sh: times wk's character tables of the spec's anchor
# groups against GAP (gap -q), Irr(CharacterTable(G)) on a fresh group object,
# both for GAP's own constructors ("natural": SymmetricGroup(9) uses the
# symmetric-group tables) and for a plain Group(generators) ("generic").
# Usage: lib/groups/bench/anchors.sh [path/to/ctbl]   (a manual tool, not a test)
CTBL=${1:-lib/groups/bench/ctbl}
GAP=${GAP:-gap}
set -e
printf '%-12s %10s %10s %10s %8s %8s\n' group wk_ms gap_nat gap_gen nat gen
while read -r name wkname gapexpr; do
    wk=$($CTBL -r 3 "$wkname" | sed -n 's/.*table \([0-9.]*\) ms.*/\1/p')
    g=$(printf '%s\n' \
      "best := function(f) local b, i, t0, t1, G; b := infinity; for i in [1..3] do G := f(); t0 := NanosecondsSinceEpoch(); Irr(CharacterTable(G)); t1 := NanosecondsSinceEpoch(); b := Minimum(b, (t1 - t0) / 10^6); od; return b; end;;" \
      "n := best(function() return $gapexpr; end);;" \
      "h := best(function() return Group(GeneratorsOfGroup($gapexpr)); end);;" \
      "Print(Float(n), \" \", Float(h), \"\\n\");" | $GAP -q 2>/dev/null)
    set -- $g
    awk -v n="$name" -v w="$wk" -v a="$1" -v b="$2" \
        'BEGIN { printf "%-12s %10.1f %10.1f %10.1f %8.2f %8.2f\n", n, w, a, b, w / a, w / b }'
done <<'LIST'
S7 S7 SymmetricGroup(7)
M11 M11 MathieuGroup(11)
PSL(2,31) PSL(2,31) PSL(2,31)
A8 A8 AlternatingGroup(8)
PSL(3,4) PSL(3,4) PSL(3,4)
S3wrS4 S3wrS4 WreathProduct(SymmetricGroup(3),SymmetricGroup(4))
S8 S8 SymmetricGroup(8)
PSL(2,49) PSL(2,49) PSL(2,49)
S4wrS3 S4wrS3 WreathProduct(SymmetricGroup(4),SymmetricGroup(3))
M12 M12 MathieuGroup(12)
S9 S9 SymmetricGroup(9)
LIST
