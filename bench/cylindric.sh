#!/bin/bash
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/cylindric.sh: cpp_series (Borodin's product, exact integers) for
# N = 10^4, 10^5, 10^6 on the spec's profiles, against PARI/GP computing the
# same product to the same order in the same run: its plain series product
#   prod(m = 1, N, (1/(1 - q^m) + O(q^(N+1)))^e_m)
# (O(N^2) series divisions: run at N = 10^4 only unless BENCH_FULL=1) and, where
# the profile allows it (e_m depends only on gcd(m, T)), the eta quotient
#   prod_{d | T} eta(q^d + O(q^(N+1)))^(-c_d).
# Prints, for each tool, the wall seconds of the computation measured inside it
# (wk's time(), gp's getabstime(): start-up excluded) and wk's CPU seconds (the
# process, all threads: the machine is shared, so both matter), the ratios
# wk/gp on wall time, and whether the coefficient of q^N agrees mod 10^9.
# Targets (issue 5): N = 10^4 <= 0.1 s, 10^5 <= 2 s, 10^6 <= 1 min.
# Knobs: BENCH_TIMEOUT (seconds per gp run, default 300; the plain product gets
# half), BENCH_NMAX (default 1000000), BENCH_FULL=1 (plain product at every N),
# BENCH_PROFILES="10 1010 ...".
set -u
wk="${WK_BIN:-wk}"
# use the real binary, not libtool's wrapper script
d=$(dirname "$wk")
. "$(dirname "$0")/wk-bin.sh"
TO="${BENCH_TIMEOUT:-300}"
NMAX="${BENCH_NMAX:-1000000}"
FULL="${BENCH_FULL:-0}"
PROFILES="${BENCH_PROFILES:-10 1100 1010 11010 110100 1101001010}"
have_gp=0; command -v gp >/dev/null 2>&1 && have_gp=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# run SECONDS FILE CMD...: runs CMD < FILE under a timeout; sets CPU (process
# user + sys), OUT (last line of output), ERR (stderr), RC
run() {
  local to=$1 f=$2; shift 2
  /usr/bin/time -f "%e %U %S" -o "$tmp/t" timeout "$to" "$@" < "$f" > "$tmp/out" 2> "$tmp/err"
  RC=$?
  read -r _ u s < <(tail -1 "$tmp/t")
  CPU=$(echo "$u $s" | awk '{printf "%.3f", $1 + $2}')
  OUT=$(tail -1 "$tmp/out")
  ERR=$(grep -v '^Command' "$tmp/err" | tail -1)
}

gp_list() { echo "$1" | sed 's/./&,/g; s/,$//; s/^/[/; s/$/]/'; }

gp_header() {
  cat <<'EOF'
default(parisizemax, 8000000000);
expo(w, m) = { my(T = #w); if (m % T == 0, 1, sum(i = 1, T, w[i] == 1 && w[(i + m - 1) % T + 1] == 0)) };
etaprod(w, N) = {
  my(T = #w, g = vector(#w), c, P);
  for (m = 1, T, my(v = expo(w, m), d = gcd(m, T)); if (g[d] && g[d] != v, return(0)); g[d] = v);
  c = vector(T, d, if (T % d, 0, sumdiv(d, dd, moebius(d / dd) * g[dd])));
  P = 1 + O(q^(N + 1));
  fordiv(T, d, if (c[d], P = P * eta(q^d + O(q^(N + 1)))^(-c[d])));
  P
};
EOF
}

fmt_ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.3g", $1 / $2; else printf "-" }'; }

echo "bench/cylindric: cpp_series (exact) vs $( [ $have_gp = 1 ] && echo "PARI/GP $(echo 'print(version())' | gp -q -f | tr -d '[]' | tr ',' '.' | tr -d ' ')" || echo 'no gp'),"
echo "  $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); gp timeouts: plain product $((TO / 2)) s, eta ${TO} s"
printf '%-11s %-5s %10s %10s %5s | %-26s | %-26s | %s\n' profile N "wk wall" "wk cpu" goal "gp plain product" "gp eta quotient" "q^N agrees"
# wk's start-up CPU, subtracted from its CPU times
echo 'print(1)' > "$tmp/one.wk"
run 60 "$tmp/one.wk" "$wk"; WK0=$CPU
for w in $PROFILES; do
  for N in 10000 100000 1000000; do
    [ "$N" -gt "$NMAX" ] && continue
    case $N in 10000) tgt=0.1; nn="10^4";; 100000) tgt=2; nn="10^5";; *) tgt=60; nn="10^6";; esac
    printf 's = time(cpp_series("%s", %s));\nprint(coeff(s, %s) %% 10^9)\n' "$w" "$N" "$N" > "$tmp/w.wk"
    run 3600 "$tmp/w.wk" "$wk"
    ww=$(echo "$ERR" | awk '/^time:/ {printf "%.3f", $2 / 1000}'); wout=$OUT
    wc=$(echo "$CPU $WK0" | awk '{x = $1 - $2; printf "%.3f", (x > 0 ? x : 0)}')
    if [ $RC -ne 0 ] || [ -z "$ww" ]; then ww=0; wout="wk failed"; fi
    met=$(echo "$ww $wc $tgt" | awk '{ if ($1 <= $3) print "met"; else if ($2 <= $3) print "cpu"; else print "MISS" }')
    plain="(gp not installed)"; eta="(gp not installed)"; agree=""
    if [ $have_gp = 1 ]; then
      gw=$(gp_list "$w")
      if [ "$N" -le 10000 ] || [ "$FULL" = 1 ]; then
        { gp_header; printf 'w = %s; N = %s; t0 = getabstime();\nP = prod(m = 1, N, my(e = expo(w, m)); if (e, (1/(1 - q^m) + O(q^(N + 1)))^e, 1));\nprint(getabstime() - t0);\nprint(polcoef(P, N) %% 10^9);\n' "$gw" "$N"; } > "$tmp/p.gp"
        run $((TO / 2)) "$tmp/p.gp" gp -q -f
        gwall=$(tail -2 "$tmp/out" | head -1 | awk '{printf "%.3f", $1 / 1000}')
        if [ $RC -eq 124 ]; then plain="> $((TO / 2)) s (timeout)"
        elif [ $RC -ne 0 ]; then plain="gp failed ($RC)"
        else plain=$(printf '%8.3f s  wk/gp %-7s' "$gwall" "$(fmt_ratio "$ww" "$gwall")"); agree="$agree $( [ "$OUT" = "$wout" ] && echo yes || echo NO)"; fi
      else
        plain="not run (O(N^2))"
      fi
      { gp_header; printf 'w = %s; N = %s; t0 = getabstime();\nP = etaprod(w, N);\nprint(getabstime() - t0);\nprint(if (P === 0, "none", polcoef(P, N) %% 10^9));\n' "$gw" "$N"; } > "$tmp/e.gp"
      run "$TO" "$tmp/e.gp" gp -q -f
      gwall=$(tail -2 "$tmp/out" | head -1 | awk '{printf "%.3f", $1 / 1000}')
      if [ $RC -eq 124 ]; then eta="> ${TO} s (timeout)"
      elif [ $RC -ne 0 ]; then eta="gp failed ($RC)"
      elif [ "$OUT" = "none" ]; then eta="no eta quotient"
      else eta=$(printf '%8.3f s  wk/gp %-7s' "$gwall" "$(fmt_ratio "$ww" "$gwall")"); agree="$agree $( [ "$OUT" = "$wout" ] && echo yes || echo NO)"; fi
    fi
    printf '%-11s %-5s %8.3f s %8.3f s %5s | %-26s | %-26s |%s\n' "$w" "$nn" "$ww" "$wc" "$met" "$plain" "$eta" "${agree:- -}"
  done
done
echo "goal: the issue's bound met by the wall time (met), only by the CPU time (cpu: the machine was busy), or by neither (MISS)"
