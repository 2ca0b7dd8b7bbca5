#!/usr/bin/python3
# wk -- SPDX-License-Identifier: GPL-3.0-or-later
# lib/xsff/bench/compare-numpy.py: sector eigenvalues, wk vs numpy eigvalsh on the
# same matrices in the same run (spec 8 anchors).  Usage:
#   compare-numpy.py BENCH_BINARY [REPS] FILE...   (files written by "xsff-bench dump";
#   best of REPS (default 3) interleaved runs of each)
import subprocess, sys, time
import numpy as np

def load(path):
    with open(path, 'rb') as f:
        n, real = np.frombuffer(f.read(16), dtype=np.int64)
        dt = np.float64 if real else np.complex128
        A = np.frombuffer(f.read(), dtype=dt).reshape(n, n).T.copy()
    return A, bool(real)

bench = sys.argv[1]
reps = int(sys.argv[2]) if sys.argv[2].isdigit() else 3
files = sys.argv[3:] if sys.argv[2].isdigit() else sys.argv[2:]
print("%-20s %6s %8s %9s %9s %6s %10s %10s %6s %9s" % ("matrix", "n", "type", "numpy s", "wk s", "ratio",
                                                    "numpy cpu", "wk cpu", "ratio", "max|dw|"))
for path in files:
    A, real = load(path)
    best, twk, cbest, cwk = 1e9, 1e9, 1e9, 1e9
    for _ in range(reps):   # interleaved, so that load from other users hits both alike
        t0, c0 = time.perf_counter(), time.process_time()
        w = np.linalg.eigvalsh(A, UPLO='U')
        best, cbest = min(best, time.perf_counter() - t0), min(cbest, time.process_time() - c0)
        out = subprocess.run([bench, "eig", path, "1"], capture_output=True, text=True).stdout.split()
        twk, w0, w1, cwk = min(twk, float(out[0])), float(out[1]), float(out[2]), min(cwk, float(out[3]))
    dw = max(abs(w0 - w[0]), abs(w1 - w[-1]))
    print("%-20s %6d %8s %9.3f %9.3f %6.2f %10.3f %10.3f %6.2f %9.2g" % (path.split('/')[-1], A.shape[0],
          "real" if real else "complex", best, twk, twk / best, cbest, cwk, cwk / cbest, dw), flush=True)
