# bench: benchmarks against the tools researchers use today (never tests).
# `make bench` runs them all; each prints wk's time, the other tool's time
# measured in the same run (when installed) and the ratio.
BENCH_SH += bench/lang.sh
EXTRA_DIST += $(BENCH_SH) bench/README bench/wk-bin.sh
bench: all
	@for b in $(BENCH_SH); do WK_BIN=$(abs_top_builddir)/repl/wk $(SHELL) $(srcdir)/$$b || exit 1; done
.PHONY: bench
