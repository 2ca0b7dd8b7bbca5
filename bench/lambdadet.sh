#!/bin/bash
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/lambdadet.sh: lambda-determinants.  wk against the route people take
# without it, in the same run: "condense symbolically with FLINT, then
# substitute" (bench/lambdadet/generic-route, FLINT fmpz_mpoly with exact
# division) for the generic det_lambda, and fraction-free integer condensation
# with GMP for numeric det_lambda; then the spec's scale targets (section 8).
# Prints wall seconds (best of 3 for the short ones), CPU seconds (user +
# system, all threads: the honest number on a busy shared machine), the ratio
# of wall times, and the peak memory.  Run by `make bench`; WK_BIN names wk.
# An argument picks one part: generic, numeric or targets.
set -u
wk="${WK_BIN:-wk}"
d=$(dirname "$wk")
. "$(dirname "$0")/wk-bin.sh"
gen="$d/../bench/lambdadet/generic-route"
[ -x "$gen" ] || gen=""
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
LIMIT_KB=${LAMBDADET_BENCH_MEM_KB:-8000000}     # virtual memory; the generic route needs more at n = 7, lam symbolic
TIMEOUT=${LAMBDADET_BENCH_TIMEOUT:-300}

# run CMD...; sets T (wall seconds) and MEM (peak MB); fails if the command did
run() {
  local rc
  /usr/bin/time -o "$tmp/time" -f "%e %M %U %S" timeout "$TIMEOUT" bash -c "ulimit -v $LIMIT_KB; $*" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  T=$(tail -1 "$tmp/time" | awk '{print $1}')
  MEM=$(tail -1 "$tmp/time" | awk '{printf "%.0f", $2 / 1024}')
  CPU=$(tail -1 "$tmp/time" | awk '{printf "%.2f", $3 + $4}')
  if [ $rc != 0 ] || ! grep -q . "$tmp/out" || grep -qi "error\|abort\|killed\|terminated" "$tmp/err"; then return 1; fi
  return 0
}
best3() {  # best3 CMD...: T = best of three (and its CPU)
  local b=999999 c=0
  for r in 1 2 3; do
    run "$@" || return 1
    if awk "BEGIN { exit !($T < $b) }"; then b=$T; c=$CPU; fi
  done
  T=$b; CPU=$c
}
wkrun() { printf '%s\n' "$1" > "$tmp/s.wk"; echo "\"$wk\" \"$tmp/s.wk\""; }
ratio() { echo "$1 $2" | awk '{ if ($1 > 0) printf "%.1f", $2 / $1; else print "inf" }'; }

part=${1:-all}
echo "bench/lambdadet: wk $("$wk" --version | cut -d' ' -f2), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); generic route: ${gen:-not built (make bench builds it)}"
if [ "$part" = all ] || [ "$part" = generic ]; then
echo
echo "generic det_lambda of the n x n matrix (x_ij): wk's ASM route vs symbolic condensation (FLINT)"
for spec in "5 sym" "6 sym" "7 sym" "6 num" "7 num" "6 subst"; do
  set -- $spec; n=$1; mode=$2
  case $mode in
    sym)   code="p = ldet_expand($n); nterms(p)"; what="lam symbolic" ;;
    num)   code="p = ldet_expand($n, 3/2); nterms(p)"; what="lam = 3/2" ;;
    subst) code="p = ldet_expand($n, 3/2); nterms(p)"; what="lam = 3/2, condense then substitute" ;;
  esac
  if [ "$n" -le 6 ]; then best3 "$(wkrun "$code")"; else run "$(wkrun "$code")"; fi
  tw=$T; mw=$MEM; cw=$CPU; terms=$(tail -1 "$tmp/out")
  if [ -n "$gen" ]; then
    if [ "$mode" = sym ]; then args="sym $n"; else args="$mode $n 3 2"; fi
    if { if [ "$n" -le 6 ]; then best3 "\"$gen\" $args"; else run "\"$gen\" $args"; fi; }; then
      printf 'n = %d, %-30s %7s terms  wk %6.2f s (cpu %6.2f) %5s MB  generic %7.2f s (cpu %7.2f) %5s MB  generic/wk %s\n' \
        "$n" "$what:" "$terms" "$tw" "$cw" "$mw" "$T" "$CPU" "$MEM" "$(ratio "$tw" "$T")"
    else
      printf 'n = %d, %-30s %7s terms  wk %6.2f s (cpu %6.2f) %5s MB  generic: failed after %s s, %s MB (limit %d MB virtual, %d s)\n' \
        "$n" "$what:" "$terms" "$tw" "$cw" "$mw" "$T" "$MEM" $((LIMIT_KB / 1024)) "$TIMEOUT"
    fi
  else
    printf 'n = %d, %-30s %7s terms  wk %6.2f s (cpu %6.2f) %5s MB\n' "$n" "$what:" "$terms" "$tw" "$cw" "$mw"
  fi
done
fi

if [ "$part" = all ] || [ "$part" = numeric ]; then
echo
echo "numeric det_lambda (exact rational result): wk (multimodular, $(nproc) threads) vs fraction-free integer condensation (GMP)"
# the same matrix in both programs: entries 1 + (i^3 + 3 j^2 + 7 i j) mod 9 (1-based), lambda = 2
for n in 60 100 150; do
  best3 "$(wkrun "M = matrix($n, $n, (i, j) -> 1 + (i^3 + 3*j^2 + 7*i*j) % 9); v = ldet(M, 2); len(str(numer(v)))")"
  tw=$T; cw=$CPU
  if [ -n "$gen" ] && run "\"$gen\" int $n"; then
    printf 'n = %3d, entries 1..9, lambda = 2:   wk %7.2f s (cpu %7.2f)   GMP condensation %7.2f s (cpu %7.2f)   ratio %s\n' "$n" "$tw" "$cw" "$T" "$CPU" "$(ratio "$tw" "$T")"
  else printf 'n = %3d, entries 1..9, lambda = 2:   wk %7.2f s (cpu %7.2f)\n' "$n" "$tw" "$cw"; fi
done
fi

if [ "$part" = all ] || [ "$part" = targets ]; then
echo
echo "scale targets (spec section 8): wall (cpu) seconds, peak memory"
target() {  # target NAME TARGET CODE [best]
  if [ "${4:-}" = best ]; then best3 "$(wkrun "$3")"; else run "$(wkrun "$3")"; fi || { printf '%-58s failed (%s s)\n' "$1" "$T"; return; }
  printf '%-58s %8.2f s (cpu %7.2f) %6s MB   (target: %s)\n' "$1" "$T" "$CPU" "$MEM" "$2"
}
R100='M = matrix(100, 100, (i, j) -> (1 + (i*j + 3*i) % 19) / (1 + (i + 2*j) % 9));'
target "ldet, n = 100, rational entries (u/v, u <= 19, v <= 9), 3/7" "< 1 s" "$R100 v = ldet(M, 3/7); 0" best
target "ldet, n = 100, integer entries 1..9, lambda = 2" "< 1 s" "M = matrix(100, 100, (i, j) -> 1 + (i^3 + 3*j^2 + 7*i*j) % 9); v = ldet(M, 2); 0" best
TIMEOUT=3600
target "ldet, n = 300, integer entries 1..9, lambda = 2" "seconds" "M = matrix(300, 300, (i, j) -> 1 + (i^3 + 3*j^2 + 7*i*j) % 9); v = ldet(M, 2); 0"
target "ldet, n = 300, rational entries, lambda = 3/7" "seconds" "M = matrix(300, 300, (i, j) -> (1 + (i*j + 3*i) % 19) / (1 + (i + 2*j) % 9)); v = ldet(M, 3/7); 0"
TIMEOUT=${LAMBDADET_BENCH_TIMEOUT:-300}
target "ldet_expand(7), lam symbolic (810056 terms)" "< 2 s" "p = ldet_expand(7); 0" best
target "ldet_expand(8, 3/2), 10850216 monomials" "< 60 s, < 4 GB" "p = ldet_expand(8, 3/2); 0"
target "asm_stats(12)" "< 10 s" "s = asm_stats(12); 0" best
target "asm_count(1000)" "instant" "a = asm_count(1000); 0" best
target "ldet_transfer, n = 12 (independent route)" "seconds" "M = matrix(12, 12, (i, j) -> 1 + (i*j) % 7); v = ldet_transfer(M, 2); 0" best
target "ldet_expand_multi(6): 32768 terms, 77 variables" "< 10 s" "p = ldet_expand_multi(6); 0" best
target "ldet_expand_multi(7): 2097152 terms" "practical limit" "p = ldet_expand_multi(7); 0"
fi
echo
echo "(SageMath's AlternatingSignMatrices is the usual tool for listing ASMs; it is not packaged for"
echo " Debian 12, so it is not compared here.)"
