#!/bin/bash
# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/xsff.sh: the xsff module (spec xsff-bootstrap.md section 8), in one run:
#  1. sector exact diagonalisation through the wk language (xsff_spectrum,
#     realisation seed 1) against numpy's eigvalsh on the same sector matrices
#     (written by lib/xsff's helper xsff-bench from the same realisation), with
#     the extreme levels of every sector compared;
#  2. whole pipelines through wk (model, sectors, spectra, plateau, <r>,
#     bootstrap with stage C or peeling): torus chain L = 9 (target < 60 s),
#     KDBH L = 8 with 9 bosons (< 30 s), Hubbard L = 8 at S_z = 0 (< 120 s).
# Prints wall and CPU seconds and the ratio wk/numpy.  numpy absent: part 1 is
# skipped with a message.  Options: XSFF_BENCH_MODELS="torus9 kdbh8" (part 1).
set -u
wk="${WK_BIN:-wk}"
here=$(cd "$(dirname "$0")" && pwd)
d=$(cd "$(dirname "$wk")" && pwd)
top="$d/.."
# the real binary, not libtool's wrapper script
. "$(dirname "$0")/wk-bin.sh"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
py=/usr/bin/python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wk-xsff-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }

echo "bench/xsff: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), OMP_NUM_THREADS=$OMP_NUM_THREADS"

# ---- 1. sector ED: wk vs numpy on the same matrices ------------------------------------------------
model_wk() {
  case "$1" in
    torus9) echo "torus_chain(9, theta=pi/4, sigma=0.25)" ;;
    kdbh8) echo "kdbh(8, 9, kappa=0.9, U=1, sigma=0.25)" ;;
    hubbard8) echo "hubbard(8, U=4, t=3, sigma=0.5, sz=0)" ;;
  esac
}
if ! "$py" -c 'import numpy' 2>/dev/null; then
  echo "bench/xsff: $py with numpy is not installed (apt-get install python3-numpy); the comparison with numpy is skipped"
else
  helper="$top/lib/xsff/bench/xsff-bench"
  make -C "$top" lib/xsff/bench/xsff-bench >/dev/null 2>&1
  [ -x "$top/lib/xsff/bench/.libs/xsff-bench" ] && helper="$top/lib/xsff/bench/.libs/xsff-bench"
  if [ ! -x "$helper" ]; then
    echo "bench/xsff: could not build lib/xsff/bench/xsff-bench; the comparison with numpy is skipped"
  else
    printf "%-9s %6s %9s %9s %9s %9s %7s %7s %10s\n" model sectors "wk s" "wk cpu" "numpy s" "np cpu" "wall" "cpu" "max|dE|"
    for m in ${XSFF_BENCH_MODELS:-torus9 kdbh8}; do
      mkdir -p "$tmp/$m"
      "$helper" dump "$m" "$tmp/$m" > "$tmp/$m.list" || { echo "$m: dump failed"; continue; }
      # wk: the spectra of realisation seed 1, the extreme levels of each sector
      t0=$(now)
      "$wk" -e "c0 = cputime(); sp = xsff_spectrum($(model_wk "$m"), seed=1); c = cputime() - c0;
        for a in 1..len(sp.R) { printf(\"%d %.15g %.15g\n\", sp.R[a], sp.levels[a][1], sp.levels[a][sp.R[a]]) }
        printf(\"cpu %.4g\n\", c)" > "$tmp/$m.wk" 2>&1 || { echo "$m: wk failed: $(head -3 "$tmp/$m.wk")"; continue; }
      t1=$(now)
      # numpy: eigvalsh of every dumped sector matrix, 2 BLAS threads, one after the other
      OPENBLAS_NUM_THREADS=2 "$py" - "$tmp/$m.list" > "$tmp/$m.np" <<'EOF'
import sys, time
import numpy as np
tw = tc = 0.0
for line in open(sys.argv[1]):
    path = line.split()[0]
    with open(path, 'rb') as f:
        n, real = np.frombuffer(f.read(16), dtype=np.int64)
        A = np.frombuffer(f.read(), dtype=np.float64 if real else np.complex128).reshape(n, n).T.copy()
    t0, c0 = time.perf_counter(), time.process_time()
    w = np.linalg.eigvalsh(A, UPLO='U')
    tw += time.perf_counter() - t0; tc += time.process_time() - c0
    print(n, "%.15g %.15g" % (w[0], w[-1]))
print("time %.4f %.4f" % (tw, tc))
EOF
      wkwall=$(echo "$t1 - $t0" | bc -l)
      wkcpu=$(sed -n 's/^cpu //p' "$tmp/$m.wk")
      read -r npw npc < <(sed -n 's/^time //p' "$tmp/$m.np")
      dE=$(paste -d' ' <(grep -v '^cpu' "$tmp/$m.wk") <(grep -v '^time' "$tmp/$m.np") |
           awk '{ if ($1 != $4) bad = 1; x = $2 - $5; y = $3 - $6; x = x < 0 ? -x : x; y = y < 0 ? -y : y;
                  if (x > m) m = x; if (y > m) m = y } END { if (bad) print "sizes-differ"; else printf "%.2g", m }')
      printf "%-9s %6d %9.2f %9.2f %9.2f %9.2f %7.2f %7.2f %10s\n" "$m" "$(grep -vc '^cpu' "$tmp/$m.wk")" \
        "$wkwall" "$wkcpu" "$npw" "$npc" "$(echo "$wkwall / $npw" | bc -l)" "$(echo "$wkcpu / $npc" | bc -l)" "$dE"
      rm -rf "$tmp/$m"
    done
    echo "  (wk: the whole xsff_spectrum, sectors built and diagonalised, in parallel; numpy: eigvalsh only;"
    echo "   wall/cpu = wk/numpy; max|dE| = largest difference of the lowest/highest level of a sector)"
  fi
fi

# ---- 2. whole pipelines through wk ---------------------------------------------------------------------
pipeline() {  # name, target seconds, model expression
  local t0 t1 out
  t0=$(now)
  out=$("$wk" -e "c0 = cputime(); b = xsff_bootstrap($3, seed=1); c = cputime() - c0;
    if b.kind == \"torus\" { printf(\"%d multiplets, staircase %v, SO(4) %v\", len(b.multiplets), b.staircase_ok, b.integral_sum) }
    else { printf(\"index %d, degrees %v, projective %v, %d candidate group(s)\", b.index, b.degrees, b.projective, len(b.group_orders)) }
    printf(\"; cpu %.4g\n\", c)" 2>&1)
  t1=$(now)
  printf "%-26s %8.2f s wall (target < %3d s)  %s\n" "$1" "$(echo "$t1 - $t0" | bc -l)" "$2" "$out"
}
echo "pipelines (model -> sectors -> spectra -> plateau, <r> -> bootstrap / peeling), one sample:"
pipeline "torus chain L = 9, pi/4" 60 "torus_chain(9, theta=pi/4)"
pipeline "KDBH L = 8, 9 bosons" 30 "kdbh(8, 9)"
pipeline "Hubbard L = 8, S_z = 0" 120 "hubbard(8, sz=0)"
