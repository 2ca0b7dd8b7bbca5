# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/lie/bench.py: spec section 10 in one run.  Each operation on A3 and A8
# at 50, 100 and 1000 digits is timed through the language (a wk script that
# repeats the builtin R times, minus the same script without it; CPU time of
# the wk process from wait4), in libwk directly (bench/lie/b-lie --raw, when
# built), and in mpmath (mpmath_rows.py, in this process, CPU time); then
# n = 64 at 256 bits in wk.  Medians of 5 (wk; each run repeats the builtin
# for about 0.4 s) and of 3 (mpmath, libwk).  CPU time, not wall time: the
# machine is shared.  Run by bench/lie.sh (make bench) with /usr/bin/python3.
import os, sys, subprocess, statistics, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import mpmath as mp
import mpmath_rows as M

WK = os.environ.get('WK_BIN', 'wk')
BLIE = os.environ.get('WK_BLIE')          # bench/lie/b-lie, optional
tmpdir = tempfile.mkdtemp(prefix='wk-bench-lie.')

B8 = "; ".join(", ".join(str(x) for x in row) for row in M.B8)
MATS = {3: "[2, 1, 0; -1, 3, 1; 1/2, -1, 2]", 8: "2 * identity(8) + [%s] / 4" % B8}
# (row name, wk expression; S is n A^T A/|A|_F^2 for the symmetric rows, T = A^T A)
ROWS = [('expm', 'expm(A)'), ('logm', 'logm(A)'), ('sqrtm', 'sqrtm(A)'),
        ('polar_newton', 'polar(A)'), ('polar_eig', 'polar(A)'), ('symeig', 'eig_sym(S)'),
        ('spdlog', 'logm(T)'), ('qr', 'iwasawa(A)'), ('svd', 'singular_values(A)')]
LABEL = {'expm': 'expm', 'logm': 'logm', 'sqrtm': 'sqrtm', 'polar_newton': 'polar (Newton)',
         'polar_eig': 'polar (eig A^T A)', 'symeig': 'symmetric eig', 'spdlog': 'SPD log',
         'qr': 'QR (Iwasawa)', 'svd': 'singular values'}
# the spec's own mpmath medians (ms), for reference
SPEC = {'expm': [1.66, 2.39, 15.3, 18.4, 31, 191], 'logm': [18.9, 30.1, 150, 170, 278, 1720],
        'sqrtm': [2.94, 3.53, 8.51, 29.8, 42.5, 83.1], 'polar_newton': [2.27, 2.68, 7.62, 22, 31, 67.6],
        'polar_eig': [0.85, 0.97, 1.8, 11.5, 16.4, 31.7], 'symeig': [0.57, 0.66, 1.23, 8.47, 11.5, 25.3],
        'spdlog': [0.64, 0.75, 1.49, 11.5, 12.2, 27.3], 'qr': [0.11, 0.11, 0.14, 1.18, 1.17, 1.82],
        'svd': [0.48, 0.55, 1.18, 3.62, 3.99, 14.1]}
DIGITS = (50, 100, 1000)


def wk_cpu(script):
    """CPU seconds (user + system) of one wk process running script."""
    path = os.path.join(tmpdir, 'b.wk')
    with open(path, 'w') as f:
        f.write(script)
    p = subprocess.Popen([WK, path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else status
    err = p.stderr.read().decode()
    p.stderr.close()
    if status != 0:
        sys.exit("bench/lie: wk failed on\n%s\n%s" % (script, err))
    return ru.ru_utime + ru.ru_stime


def header(n, digs):
    return ("digits(%d); A = %s; T = transpose(A) * A; S = %d * T / trace(T); r = 0;\n"
            % (digs, MATS[n], n))


def wk_time(n, digs, expr, base):
    """ms per evaluation of expr through the language (median of 3)."""
    h = header(n, digs)
    one = wk_cpu(h + "r = %s;\n" % expr) - base
    reps = max(1, min(20000, int(0.4 / max(one, 2e-5))))
    ts = []
    for _ in range(5):
        t = wk_cpu(h + "for i in 1..%d { r = %s };\n" % (reps, expr))
        ts.append((t - base) / reps)
    return max(statistics.median(ts), 0.0) * 1e3


def wk_base(n, digs):
    return statistics.median(wk_cpu(header(n, digs)) for _ in range(5))


def mp_time(op, n, digs):
    mp.mp.dps = digs
    A = M.A3() if n == 3 else M.A8()
    reps = 1 if (n == 8 and digs == 1000) or op == 'logm' else (3 if n == 8 else 10)
    return M.timeit(M.OPS[op], A, reps) * 1e3


def lib_times():
    out = {}
    if not BLIE or not os.path.exists(BLIE):
        return out
    r = subprocess.run([BLIE, '--raw'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in r.stdout.splitlines():
        f = line.split()
        if len(f) == 4:
            out[(f[0], f[1], f[2])] = float(f[3])
    return out


def main():
    print("bench/lie: spec section 10, wk %s vs mpmath %s (%s backend), CPU ms, medians"
          % (subprocess.run([WK, '--version'], stdout=subprocess.PIPE, text=True).stdout.split()[-1],
             mp.__version__, mp.libmp.BACKEND))
    print("wk = through the language (certified balls, every printed digit correct; polar computes U, X, Xl, H, Hl);")
    print("lib = the same in libwk without the language; required wk/mpmath <= 0.5, goal <= 0.1")
    lib = lib_times()
    bases = {(n, d): wk_base(n, d) for n in (3, 8) for d in DIGITS}
    print("%-18s %3s %5s %10s %10s %11s %9s %9s" % ("operation", "n", "dig", "wk ms", "lib ms", "mpmath ms", "wk/mpm", "wk/spec"))
    worst = 0.0
    for op, expr in ROWS:
        for n in (3, 8):
            for k, d in enumerate(DIGITS):
                tw = wk_time(n, d, expr, bases[(n, d)])
                tm = mp_time(op, n, d)
                tl = lib.get((op, str(n), str(d)))
                spec = SPEC[op][k + (3 if n == 8 else 0)]
                ratio = tw / tm
                worst = max(worst, ratio)
                print("%-18s %3d %5d %10.3f %10s %11.2f %9.3f %9.3f%s"
                      % (LABEL[op], n, d, tw, "%.3f" % tl if tl is not None else "-", tm, ratio, tw / spec,
                         "" if ratio <= 0.1 else ("  (> goal 0.1)" if ratio <= 0.5 else "  (> 0.5: REQUIRED RATIO MISSED)")),
                      flush=True)
    print("worst wk/mpmath: %.3f (required <= 0.5, goal <= 0.1)" % worst)
    # n = 64 at 256 bits (wk only: mpmath takes minutes here)
    big = ("precision(256); setting(\"seed\", 1); "
           "A = matrix(64, 64, (i, j) -> (random(21) - 10 + if i == j { 192 } else { 0 }) / 7); r = 0;\n")
    base = statistics.median(wk_cpu(big) for _ in range(3))
    print("n = 64 at 256 bits, random rational A = (r_ij + 192 delta_ij)/7, r_ij in -10..10 (s; lib = libwk on another such matrix):")
    for name, expr, lname in (('polar', 'polar(A)', 'polar_eig'), ('iwasawa', 'iwasawa(A)', 'qr'),
                              ('singular values', 'singular_values(A)', 'svd'), ('expm', 'expm(A)', 'expm'),
                              ('logm', 'logm(A)', 'logm'), ('chart_log', 'chart_log(A)', None)):
        t = wk_cpu(big + "r = %s;\n" % expr) - base
        tl = lib.get((lname, '64', '256b')) if lname else None
        print("  %-16s %7.2f s%s" % (name, t, ("   (lib %.2f s)" % (tl / 1e3)) if tl is not None else ""), flush=True)


if __name__ == '__main__':
    try:
        main()
    finally:
        for f in os.listdir(tmpdir):
            os.unlink(os.path.join(tmpdir, f))
        os.rmdir(tmpdir)
