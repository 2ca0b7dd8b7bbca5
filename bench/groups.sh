#!/bin/bash
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/groups.sh: character tables of the groups module against GAP, in the
# same run (spec: "every ratio <= 2; goal <= 1"):
#   1. the anchor groups S7, M11, PSL(2,31), A8, PSL(3,4), S3 wr S4, S8,
#      PSL(2,49), S4 wr S3, M12, S9: wk's chartable(G) (through the language,
#      CPU time by cputime() around the call, on a freshly built group, best
#      of 3) against GAP's Irr(CharacterTable(G)) (wall time by
#      NanosecondsSinceEpoch around the call, on a freshly constructed group
#      from GAP's own constructors, best of 3); prints wk/GAP per group and the
#      worst ratio;
#   2. the sweep "every group of order <= 2000 and degree <= 100 gets its table
#      in under a second": the groups of wk's constructors (cyclic, dihedral,
#      quaternion, symmetric, alternating, Mathieu, PSL, direct and wreath
#      products, semidirect products, cyclic extensions) and, when GAP is
#      installed, GAP's transitive groups of degree <= 31, primitive groups of
#      degree <= 100 and the regular representations of all groups of order
#      <= 100 (generators printed by GAP in the same run; GAP's number of
#      classes is checked against wk's); prints the slowest and every group
#      over 1 s (CPU ms of chartable(G), best of 3, or of 1 over a second).
# Env: WK_BIN (wk), GAP (gap), SWEEP_TRANSITIVE_MAX (largest transitive degree,
# default 31; 16 gives a quick run), SWEEP_OUT (a file to keep every sweep row
# in: name, |G|, degree, classes, GAP's classes or -1, wk microseconds).  The
# whole run takes 15 to 35 minutes on the shared 2-core machine: GAP lists
# about 9800 library groups (3 to 4 min), wk builds each group 4 times, and
# GAP needs about 10 s for Irr(CharacterTable(PSL(2,49))).
set -u
wk="${WK_BIN:-wk}"
d=$(dirname "$wk")
. "$(dirname "$0")/wk-bin.sh"
gap="${GAP:-gap}"
tdeg="${SWEEP_TRANSITIVE_MAX:-31}"
have_gap=0; command -v "$gap" >/dev/null 2>&1 && have_gap=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

if [ $have_gap = 1 ]; then
  gapv=$(echo 'Print(GAPInfo.Version, "\n");' | "$gap" -q 2>/dev/null | tail -1)
  echo "bench/groups: wk $("$wk" --version | cut -d' ' -f2) vs GAP $gapv"
else
  echo "bench/groups: wk $("$wk" --version | cut -d' ' -f2); GAP is not installed (apt-get install gap): wk times only"
fi

# ---- 1. the anchor groups ------------------------------------------------------
# name | wk constructor | GAP constructor
cat > "$tmp/anchors" <<'LIST'
S7|symmetric(7)|SymmetricGroup(7)
M11|mathieu(11)|MathieuGroup(11)
PSL(2,31)|psl(2, 31)|PSL(2,31)
A8|alternating(8)|AlternatingGroup(8)
PSL(3,4)|psl(3, 4)|PSL(3,4)
S3 wr S4|wreath(symmetric(3), symmetric(4))|WreathProduct(SymmetricGroup(3),SymmetricGroup(4))
S8|symmetric(8)|SymmetricGroup(8)
PSL(2,49)|psl(2, 49)|PSL(2,49)
S4 wr S3|wreath(symmetric(4), symmetric(3))|WreathProduct(SymmetricGroup(4),SymmetricGroup(3))
M12|mathieu(12)|MathieuGroup(12)
S9|symmetric(9)|SymmetricGroup(9)
LIST
{
  cat <<'WK'
fn best(f) {
  local b, nc, G, T, t0, t1;
  b = 1e9; nc = 0; G = nil;
  for r in 1..3 { G = f(); t0 = cputime(); T = chartable(G); t1 = cputime(); if t1 - t0 < b { b = t1 - t0 }; nc = len(T.degrees) }
  printf("%d %d %d\n", order(G), nc, round(1000000 * mid(b)))
}
WK
  while IFS='|' read -r n w g; do printf 'best(() -> %s)\n' "$w"; done < "$tmp/anchors"
} > "$tmp/anchors.wk"
if ! "$wk" "$tmp/anchors.wk" > "$tmp/anchors.wk.out" 2> "$tmp/err"; then
  echo "bench/groups: wk failed on the anchors:"; cat "$tmp/err"; exit 1
fi
if [ $have_gap = 1 ]; then
  {
    echo 'best := function(f) local b, i, t0, t1, G, T; b := infinity; for i in [1..3] do G := f(); t0 := NanosecondsSinceEpoch(); T := Irr(CharacterTable(G)); t1 := NanosecondsSinceEpoch(); b := Minimum(b, t1 - t0); od; Print(Size(G), " ", Length(T), " ", Int(b / 1000), "\n"); end;;'
    while IFS='|' read -r n w g; do printf 'best(function() return %s; end);\n' "$g"; done < "$tmp/anchors"
  } > "$tmp/anchors.g"
  "$gap" -q < "$tmp/anchors.g" > "$tmp/anchors.g.out" 2> "$tmp/err"
  echo "GAP side: GAP's own constructors (SymmetricGroup(7), MathieuGroup(11), PSL(2,31), AlternatingGroup(8),"
  echo "  WreathProduct(SymmetricGroup(3),SymmetricGroup(4)), ...; the S_n are the natural symmetric groups in both)."
  echo "wk: CPU ms of chartable(G) (cputime()); GAP: wall ms of Irr(CharacterTable(G)) (NanosecondsSinceEpoch); best of 3, fresh groups"
else
  : > "$tmp/anchors.g.out"
  echo "wk: CPU ms of chartable(G) on a freshly built group (cputime()), best of 3"
fi
awk -v have_gap=$have_gap -v worstfile="$tmp/worst" '
  FILENAME == ARGV[1] { split($0, a, "|"); name[++n] = a[1]; next }
  FILENAME == ARGV[2] { ++w; wo[w] = $1; wc[w] = $2; wt[w] = $3 / 1000; next }
  { ++g; go[g] = $1; gc[g] = $2; gt[g] = $3 / 1000 }
  END {
    if (have_gap) printf "%-10s %8s %7s %10s %10s %7s\n", "group", "|G|", "classes", "wk ms", "GAP ms", "wk/GAP"
    else printf "%-10s %8s %7s %10s\n", "group", "|G|", "classes", "wk ms"
    worst = 0; bad = 0
    for (i = 1; i <= n; i++) {
      if (!have_gap) { printf "%-10s %8d %7d %10.2f\n", name[i], wo[i], wc[i], wt[i]; continue }
      r = (gt[i] > 0) ? wt[i] / gt[i] : 0
      if (r > worst) { worst = r; wn = name[i] }
      note = (go[i] != wo[i] || gc[i] != wc[i]) ? sprintf("   GAP: |G| = %s, %s classes!", go[i], gc[i]) : ""
      if (note != "") bad++
      printf "%-10s %8d %7d %10.2f %10.2f %7.3f%s\n", name[i], wo[i], wc[i], wt[i], gt[i], r, note
    }
    if (have_gap) {
      printf "worst ratio wk/GAP: %.3f (%s)   (required <= 2, goal <= 1)%s\n", worst, wn, bad ? "; ORDERS OR CLASS COUNTS DIFFER" : ""
      printf "worst wk/GAP ratio %.3f (%s)", worst, wn > worstfile
    }
  }' "$tmp/anchors" "$tmp/anchors.wk.out" "$tmp/anchors.g.out"

# ---- 2. the sweep: order <= 2000, degree <= 100 --------------------------------
# sw(name, k, f): times chartable(f()) (best of 3, CPU), k = GAP's number of
# classes (-1: not known); groups outside the range of the claim are skipped.
cat > "$tmp/sw.wk" <<'WK'
fn sw(name, k, f) {
  local y, G, b, nc, x, t0, t1;
  y = try(f);
  if not y.ok { printf("%s\tERROR\t%s\n", name, y.error); return nil }
  G = y.value;
  if order(G) > 2000 or G.degree > 100 { return nil }
  b = 1e9; nc = 0;
  for r in 1..3 {
    G = f(); t0 = cputime(); x = try(() -> chartable(G)); t1 = cputime();
    if not x.ok { printf("%s\tERROR\t%s\n", name, x.error); return nil }
    if t1 - t0 < b { b = t1 - t0 }
    nc = len(x.value.degrees)
    if b > 1 { break }            # over a second: once is enough
  }
  printf("%s\t%d\t%d\t%d\t%d\t%d\n", name, order(G), G.degree, nc, k, round(1000000 * mid(b)))
}
WK
# the groups of wk's constructors
cat > "$tmp/cons.wk" <<'WK'
fn ncycle(n) { perm(vector(n, i -> (i % n) + 1)) }
fn mulorder(k, n) { local o, x; o = 1; x = k % n; while x != 1 { x = (x * k) % n; o = o + 1 }; o }
for n in 1..100 { sw(str("cyclic(", n, ")"), -1, () -> cyclic(n)) }
for n in 1..100 { sw(str("dihedral(", n, ")"), -1, () -> dihedral(n)) }
for n in 1..25 { sw(str("quaternion(", 4 * n, ")"), -1, () -> quaternion(4 * n)) }
for n in 1..6 { sw(str("symmetric(", n, ")"), -1, () -> symmetric(n)) }
for n in 3..6 { sw(str("alternating(", n, ")"), -1, () -> alternating(n)) }
for q in [2, 3, 4, 5, 7, 8, 9, 11, 13] { sw(str("psl(2, ", q, ")"), -1, () -> psl(2, q)) }
sw("psl(3, 2)", -1, () -> psl(3, 2))
# direct products, among them abelian groups with nearly 2000 classes and large conductor
sw("C8 x C9 x C25", -1, () -> direct(cyclic(8), cyclic(9), cyclic(25)))
sw("C16 x C9 x C13", -1, () -> direct(cyclic(16), cyclic(9), cyclic(13)))
sw("C4 x C3 x C5 x C31", -1, () -> direct(cyclic(4), cyclic(3), cyclic(5), cyclic(31)))
sw("C3 x C5 x C7 x C11", -1, () -> direct(cyclic(3), cyclic(5), cyclic(7), cyclic(11)))
sw("C2^10", -1, () -> direct(vector(10, i -> cyclic(2))))
sw("C3^6", -1, () -> direct(vector(6, i -> cyclic(3))))
sw("C4^5", -1, () -> direct(vector(5, i -> cyclic(4))))
sw("C2^4 x C5^3", -1, () -> direct(cyclic(2), cyclic(2), cyclic(2), cyclic(2), cyclic(5), cyclic(5), cyclic(5)))
sw("D8^3", -1, () -> direct(dihedral(4), dihedral(4), dihedral(4)))
sw("Q8^3", -1, () -> direct(quaternion(8), quaternion(8), quaternion(8)))
sw("S3^4", -1, () -> direct(vector(4, i -> symmetric(3))))
sw("S4 x S4", -1, () -> direct(symmetric(4), symmetric(4)))
sw("A4 x A4 x C3", -1, () -> direct(alternating(4), alternating(4), cyclic(3)))
sw("S5 x S3", -1, () -> direct(symmetric(5), symmetric(3)))
sw("psl(2, 7) x C11", -1, () -> direct(psl(2, 7), cyclic(11)))
sw("psl(2, 11) x C3", -1, () -> direct(psl(2, 11), cyclic(3)))
for k in 2..33 { sw(str("A5 x C", k), -1, () -> direct(alternating(5), cyclic(k))) }
for k in 2..16 { sw(str("S5 x C", k), -1, () -> direct(symmetric(5), cyclic(k))) }
for n in [5, 7, 8, 9, 12, 15, 16, 20, 25, 31] { for m in [2, 3, 4, 6, 8, 12, 16] {
  if 2 * n * m <= 2000 { sw(str("dihedral(", n, ") x C", m), -1, () -> direct(dihedral(n), cyclic(m))) } } }
# D_2p x C_m with p prime: few classes of D_2p, but a large conductor lcm(p, m)
for pm in [[31, 30], [37, 24], [41, 24], [43, 22], [47, 21]] {
  sw(str("dihedral(", pm[1], ") x C", pm[2]), -1, () -> direct(dihedral(pm[1]), cyclic(pm[2]))) }
for m in [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20] { sw(str("Q16 x C", m), -1, () -> direct(quaternion(16), cyclic(m))) }
# wreath products
for n in 2..31 { sw(str("C", n, " wr C2"), -1, () -> wreath(cyclic(n), cyclic(2))) }
for n in 2..8 { sw(str("C", n, " wr C3"), -1, () -> wreath(cyclic(n), cyclic(3))) }
for n in 2..6 { sw(str("C", n, " wr S3"), -1, () -> wreath(cyclic(n), symmetric(3))) }
sw("C2 wr C4", -1, () -> wreath(cyclic(2), cyclic(4)))
sw("C3 wr C4", -1, () -> wreath(cyclic(3), cyclic(4)))
sw("C2 wr C5", -1, () -> wreath(cyclic(2), cyclic(5)))
sw("C2 wr C6", -1, () -> wreath(cyclic(2), cyclic(6)))
sw("C2 wr S4", -1, () -> wreath(cyclic(2), symmetric(4)))
sw("C3 wr S4", -1, () -> wreath(cyclic(3), symmetric(4)))
sw("C2 wr A5", -1, () -> wreath(cyclic(2), alternating(5)))
sw("C2 wr D10", -1, () -> wreath(cyclic(2), dihedral(5)))
sw("S3 wr S2", -1, () -> wreath(symmetric(3), symmetric(2)))
sw("S3 wr S3", -1, () -> wreath(symmetric(3), symmetric(3)))
sw("S4 wr S2", -1, () -> wreath(symmetric(4), symmetric(2)))
sw("A4 wr C2", -1, () -> wreath(alternating(4), cyclic(2)))
sw("D8 wr C2", -1, () -> wreath(dihedral(4), cyclic(2)))
sw("Q8 wr C2", -1, () -> wreath(quaternion(8), cyclic(2)))
sw("(C2 wr C2) wr C2", -1, () -> wreath(wreath(cyclic(2), cyclic(2)), cyclic(2)))
sw("D10 wr C2", -1, () -> wreath(dihedral(5), cyclic(2)))
sw("Q12 wr C2", -1, () -> wreath(quaternion(12), cyclic(2)))
# semidirect products C_n x| C_m (t c t^-1 = c^k, k of multiplicative order m mod n)
for n in 3..100 {
  first = vector(n, i -> 0);     # first[m]: the least unit k > 1 of order m mod n
  for j in 2..n-1 { if gcd(j, n) == 1 { o = mulorder(j, n); if first[o] == 0 { first[o] = j } } }
  for m in 2..n { k = first[m]
    if k > 0 and n * m <= 2000 { sw(str("C", n, " x| C", m, " (", k, ")"), -1, () -> semidirect(cyclic(n), cyclic(m), [[ncycle(n)^k]])) } } }
# (C_p x C_p) x| C_m, the diagonal action c -> c^k on both factors
for p in [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43] { for m in divisors(p - 1) {
  if m > 1 and p * p * m <= 2000 {
    k = 0; for j in 2..p-1 { if k == 0 and mulorder(j, p) == m { k = j } }
    a = ncycle(p); b = perm(vector(2 * p, i -> if i <= p { i } else { ((i - p) % p) + p + 1 }));
    sw(str("(C", p, " x C", p, ") x| C", m), -1, () -> semidirect(direct(cyclic(p), cyclic(p)), cyclic(m), [[a^k, b^k]])) } } }
# cyclic extensions: dicyclic, semidihedral, modular 2-groups
for e in 3..6 { n = 2^e; c = ncycle(n);
  sw(str("SD", 2 * n), -1, () -> cyclic_extension(cyclic(n), [c^(n / 2 - 1)], 2))
  sw(str("M", 2 * n), -1, () -> cyclic_extension(cyclic(n), [c^(n / 2 + 1)], 2))
  sw(str("Dic", 2 * n), -1, () -> cyclic_extension(cyclic(n), [c^(n - 1)], 2, c^(n / 2))) }
WK
cat "$tmp/sw.wk" "$tmp/cons.wk" > "$tmp/sweep1.wk"
if ! "$wk" "$tmp/sweep1.wk" > "$tmp/sweep.out" 2> "$tmp/err"; then
  echo "bench/groups: wk failed in the constructor sweep:"; cat "$tmp/err"; exit 1
fi
src="wk's constructors"
if [ $have_gap = 1 ]; then
  cat > "$tmp/lib.g" <<GAP
SetPrintFormattingStatus("*stdout*", false);
emit := function(name, G)
  local gens;
  gens := Filtered(GeneratorsOfGroup(G), g -> not IsOne(g));
  if Size(G) > 2000 or Length(gens) = 0 or LargestMovedPoint(G) > 100 then return; fi;
  Print("sw(\"", name, "\", ", NrConjugacyClasses(G), ", () -> permgroup(", gens, "))\n");
end;;
for n in [2..$tdeg] do
  if TransitiveGroupsAvailable(n) then
    for k in [1..NrTransitiveGroups(n)] do
      G := TransitiveGroup(n, k);
      if Size(G) <= 2000 then emit(Concatenation("TransitiveGroup(", String(n), ",", String(k), ")"), G); fi;
    od;
  fi;
od;
for n in [2..100] do for k in [1..NrPrimitiveGroups(n)] do
  G := PrimitiveGroup(n, k); if Size(G) <= 2000 then emit(Concatenation("PrimitiveGroup(", String(n), ",", String(k), ")"), G); fi;
od; od;
for n in [2..100] do for k in [1..NrSmallGroups(n)] do
  emit(Concatenation("SmallGroup(", String(n), ",", String(k), ") regular"), Image(RegularActionHomomorphism(SmallGroup(n, k))));
od; od;
GAP
  t0=$SECONDS
  "$gap" -q < "$tmp/lib.g" > "$tmp/lib.wk" 2> "$tmp/err"
  tgap=$((SECONDS - t0))
  cat "$tmp/sw.wk" "$tmp/lib.wk" > "$tmp/sweep2.wk"
  if ! "$wk" "$tmp/sweep2.wk" >> "$tmp/sweep.out" 2> "$tmp/err"; then
    echo "bench/groups: wk failed in the GAP library sweep:"; cat "$tmp/err"; exit 1
  fi
  src="$src, GAP's transitive groups of degree <= $tdeg, primitive groups of degree <= 100, all groups of order <= 100 (regular); GAP listed them in $tgap s"
fi
[ -n "${SWEEP_OUT:-}" ] && cp "$tmp/sweep.out" "$SWEEP_OUT"   # name, |G|, degree, classes, GAP's classes, wk us
echo
echo "sweep: every group of order <= 2000 and degree <= 100 in its table in under a second? ($src)"
echo "  CPU ms of chartable(G) on a freshly built group, best of 3"
awk -F'\t' -v sweepfile="$tmp/sweep" '
  $2 == "ERROR" { err++; printf "  ERROR %s: %s\n", $1, $3; next }
  { n++; t = $6 / 1000; tot += t; name[n] = $1; o[n] = $2; dg[n] = $3; c[n] = $4; ms[n] = t
    if (t > 1000) slow++
    if ($5 >= 0) ngap++
    if ($5 >= 0 && $5 != $4) { bad++; printf "  CLASS COUNT %s: wk %d, GAP %d\n", $1, $4, $5 } }
  function slowest(lib, count,   k, i, m, done) {
    for (k = 1; k <= count; k++) {
      m = 0
      for (i = 1; i <= n; i++)
        if (!(i in done) && (lib == 0 || fromgap[i]) && (m == 0 || ms[i] > ms[m])) m = i
      if (m == 0) break
      done[m] = 1
      printf "  %-34s %6d %6d %7d %10.2f%s\n", name[m], o[m], dg[m], c[m], ms[m], (ms[m] > 1000) ? "   OVER 1 s" : ""
    }
  }
  { fromgap[n] = ($5 >= 0) }
  END {
    printf "  %d groups, %.1f s in all; %d over 1 s; %d errors; %d class counts differ from GAP\n", n, tot / 1000, slow, err, bad
    printf "sweep: %d of %d groups over 1 s", slow, n > sweepfile
    printf "  the slowest:\n  %-34s %6s %6s %7s %10s\n", "group", "|G|", "degree", "classes", "wk ms"
    slowest(0, 12)
    if (ngap) { printf "  the slowest of GAP'"'"'s library groups:\n"; slowest(1, 5) }
  }' "$tmp/sweep.out"
echo
if [ $have_gap = 1 ]; then
  echo "bench/groups: $(cat "$tmp/worst") (required <= 2, goal <= 1); $(cat "$tmp/sweep")"
else
  echo "bench/groups: GAP is not installed (apt-get install gap), no ratios; $(cat "$tmp/sweep")"
fi
exit 0
