#!/bin/bash
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/lang.sh: the language core against PARI/GP, in the same run:
# a 10^7-iteration integer loop, a recursive Fibonacci, a polynomial
# expansion, and the start-up time.  Prints seconds and the ratio wk/gp.
set -u
wk="${WK_BIN:-wk}"
# use the real binary, not libtool's wrapper script, so start-up is honest
d=$(dirname "$wk")
. "$(dirname "$0")/wk-bin.sh"
have_gp=0; command -v gp >/dev/null 2>&1 && have_gp=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

best() {  # best of 3 wall times of a command reading a script file: best FILE CMD...
  local f=$1; shift; local b=999999 t
  for r in 1 2 3; do
    /usr/bin/time -f %e -o "$tmp/t" "$@" < "$f" > /dev/null 2>&1
    t=$(tail -1 "$tmp/t")
    b=$(echo "$t $b" | awk '{print ($1 < $2) ? $1 : $2}')
  done
  echo "$b"
}

row() {  # row NAME WKCODE GPCODE
  printf '%s\n' "$2" > "$tmp/w.wk"; printf '%s\n' "$3" > "$tmp/g.gp"
  local tw tg
  tw=$(best "$tmp/w.wk" "$wk")
  if [ $have_gp = 1 ]; then
    tg=$(best "$tmp/g.gp" gp -q -f --default parisizemax=2G)
    printf '%-28s wk %7.3f s   gp %7.3f s   wk/gp %5.2f\n' "$1" "$tw" "$tg" "$(echo "$tw $tg" | awk '{print ($2 > 0) ? $1/$2 : 0}')"
  else
    printf '%-28s wk %7.3f s   (gp not installed)\n' "$1" "$tw"
  fi
}

echo "bench/lang: wk $("$wk" --version | cut -d' ' -f2) vs $( [ $have_gp = 1 ] && echo "PARI/GP $(echo 'print(version())' | gp -q -f | tr -d '[]' )" || echo 'no gp')"
row "loop 10^7 (s = s + i)" \
  's = 0; for i in 1..10000000 { s = s + i }; s' \
  's = 0; for(i = 1, 10^7, s = s + i); s'
row "recursive fib(27)" \
  'fib(n) = if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
fib(27)' \
  'fib(n) = if(n < 2, n, fib(n - 1) + fib(n - 2));
fib(27)'
row "poly (1+x+y+z)^20 squared" \
  'var x, y, z; p = (1 + x + y + z)^20; r = p * (p + 1); 0' \
  'p = (1 + x + y + z)^20; r = p * (p + 1); 0'
row "series prod 1/(1-q^k), 2000" \
  'var q; N = 2000; P = 1 + O(q^(N+1)); for k in 1..N { P = P / (1 - q^k) }; coeff(P, N)' \
  'N = 2000; P = 1 + O(q^(N+1)); for(k = 1, N, P = P / (1 - q^k)); polcoef(P, N)'
# start-up: 50 runs of an empty program
printf '1\n' > "$tmp/one"
/usr/bin/time -f %e -o "$tmp/t" bash -c "for i in \$(seq 50); do \"$wk\" < $tmp/one > /dev/null; done"
s=$(tail -1 "$tmp/t")
ms=$(echo "$s" | awk '{printf "%.1f", $1 * 1000 / 50}')
if [ $have_gp = 1 ]; then
  /usr/bin/time -f %e -o "$tmp/t" bash -c "for i in \$(seq 50); do gp -q -f < $tmp/one > /dev/null; done"
  g=$(tail -1 "$tmp/t")
  gms=$(echo "$g" | awk '{printf "%.1f", $1 * 1000 / 50}')
  printf '%-28s wk %7s ms  gp %7s ms  (goal: wk < 10 ms)\n' "start-up" "$ms" "$gms"
else
  printf '%-28s wk %7s ms  (goal: < 10 ms)\n' "start-up" "$ms"
fi
