# wk — SPDX-License-Identifier: GPL-3.0-or-later
# bench/lie/mpmath_rows.py: the mpmath side of spec section 10, timed on
# this machine (median of 3 runs of each row, CPU time).  bench/lie/bench.py
# imports it; standalone:
#   /usr/bin/python3 bench/lie/mpmath_rows.py [rows...]
# prints "op n digits ms" lines that b-lie reads to print wk/mpmath ratios.
import sys, time, statistics
import mpmath as mp

B8 = [[-2,-1,0,-2,-2,2,-3,-3],[-2,-2,3,1,-2,0,2,-3],[0,0,0,0,0,1,-2,3],
      [0,-3,0,-2,3,-3,2,-1],[1,0,0,0,2,-3,2,-1],[-3,3,-3,0,1,3,0,-3],
      [2,-3,-1,-2,2,-3,0,2],[1,-2,1,3,-2,1,-3,1]]

def A3():
    return mp.matrix([[2,1,0],[-1,3,1],[mp.mpf(1)/2,-1,2]])

def A8():
    return mp.matrix([[mp.mpf(B8[i][j])/4 + (2 if i == j else 0) for j in range(8)] for i in range(8)])

def polar_newton(A):
    X = A.copy()
    scaled = True
    eps = mp.mpf(2) ** (-(mp.mp.prec // 2))
    for k in range(100):
        Xi = mp.inverse(X)
        if scaled:
            g = mp.sqrt(mp.mnorm(Xi, 'f') / mp.mnorm(X, 'f'))
        else:
            g = 1
        Xn = (g * X + Xi.T / g) / 2
        d = mp.mnorm(Xn - X, 'f') / mp.mnorm(Xn, 'f')
        X = Xn
        if d <= mp.mpf(10) ** -2:
            scaled = False
        if d <= eps:
            Xi = mp.inverse(X)
            X = (X + Xi.T) / 2
            break
    H = X.T * A
    H = (H + H.T) / 2
    return X, H

def polar_eig(A):
    E, Q = mp.eigsy(A.T * A)
    H = Q * mp.diag([mp.sqrt(e) for e in E]) * Q.T
    U = A * mp.inverse(H)
    return U, H

def sym_input(A):
    n = A.rows
    S = A.T * A
    return S * (n / mp.mnorm(A, 'f') ** 2)

OPS = {
    'expm': lambda A: mp.expm(A, method='taylor'),
    'logm': lambda A: mp.logm(A),
    'sqrtm': lambda A: mp.sqrtm(A),
    'polar_newton': polar_newton,
    'polar_eig': polar_eig,
    'symeig': lambda A: mp.eigsy(sym_input(A), eigvals_only=True),
    'spdlog': lambda A: (lambda EQ: EQ[1] * mp.diag([mp.log(e) for e in EQ[0]]) * EQ[1].T)(mp.eigsy(A.T * A)),
    'qr': lambda A: mp.qr(A),
    'svd': lambda A: mp.svd_r(A, compute_uv=False),
}

def timeit(f, A, reps):
    # CPU time of this process: the machine is shared
    ts = []
    for r in range(3):
        t = time.process_time()
        for k in range(reps):
            f(A)
        ts.append((time.process_time() - t) / reps)
    return statistics.median(ts)

def main():
    rows = sys.argv[1:] or list(OPS)
    for op in rows:
        for n, mk in ((3, A3), (8, A8)):
            for dps in (50, 100, 1000):
                mp.mp.dps = dps
                A = mk()
                reps = 1 if (n == 8 and dps == 1000) or op in ('logm',) else (3 if n == 8 else 10)
                t = timeit(OPS[op], A, reps)
                print("%s %d %d %.4f" % (op, n, dps, t * 1e3), flush=True)

if __name__ == '__main__':
    main()
