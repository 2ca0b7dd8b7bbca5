# wk — SPDX-License-Identifier: GPL-3.0-or-later
# lib/xsff: hidden symmetries from the cross spectral form factor (spec xsff-bootstrap.md).
noinst_LTLIBRARIES += lib/xsff/libwkxsff.la
lib_xsff_libwkxsff_la_SOURCES = lib/xsff/xsff_impl.h lib/xsff/util.c lib/xsff/op.c \
	lib/xsff/group.c lib/xsff/lattice.c lib/xsff/model.c lib/xsff/sectors.c \
	lib/xsff/eig.c lib/xsff/spectrum.c lib/xsff/torus_chain.c lib/xsff/s3_chain.c \
	lib/xsff/potts4.c lib/xsff/hubbard.c lib/xsff/kdbh.c \
	lib/xsff/plateau.c lib/xsff/ratio.c lib/xsff/sff.c lib/xsff/bootstrap.c lib/xsff/peel.c lib/xsff/report.c \
	lib/xsff/stagec.c
lib_libwk_la_LIBADD += lib/xsff/libwkxsff.la
include_HEADERS += lib/wk_xsff.h
EXTRA_DIST += lib/xsff/NOTES.md

XSFF_LDADD = lib/xsff/libwkxsff.la lib/groups/libwkgroups.la lib/core/libwkcore.la $(WK_LIBS)

check_PROGRAMS += lib/xsff/test/t-sectors
lib_xsff_test_t_sectors_SOURCES = lib/xsff/test/t-sectors.c
lib_xsff_test_t_sectors_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-sectors

check_PROGRAMS += lib/xsff/test/t-op
lib_xsff_test_t_op_SOURCES = lib/xsff/test/t-op.c
lib_xsff_test_t_op_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-op

check_PROGRAMS += lib/xsff/test/t-group
lib_xsff_test_t_group_SOURCES = lib/xsff/test/t-group.c
lib_xsff_test_t_group_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-group

check_PROGRAMS += lib/xsff/test/t-lattice
lib_xsff_test_t_lattice_SOURCES = lib/xsff/test/t-lattice.c
lib_xsff_test_t_lattice_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-lattice

check_PROGRAMS += lib/xsff/test/t-models
lib_xsff_test_t_models_SOURCES = lib/xsff/test/t-models.c
lib_xsff_test_t_models_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-models

check_PROGRAMS += lib/xsff/test/t-plateau
lib_xsff_test_t_plateau_SOURCES = lib/xsff/test/t-plateau.c
lib_xsff_test_t_plateau_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-plateau

check_PROGRAMS += lib/xsff/test/t-ratio
lib_xsff_test_t_ratio_SOURCES = lib/xsff/test/t-ratio.c
lib_xsff_test_t_ratio_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-ratio

check_PROGRAMS += lib/xsff/test/t-sff
lib_xsff_test_t_sff_SOURCES = lib/xsff/test/t-sff.c
lib_xsff_test_t_sff_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-sff

check_PROGRAMS += lib/xsff/test/t-bootstrap
lib_xsff_test_t_bootstrap_SOURCES = lib/xsff/test/t-bootstrap.c
lib_xsff_test_t_bootstrap_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-bootstrap

check_PROGRAMS += lib/xsff/test/t-errors
lib_xsff_test_t_errors_SOURCES = lib/xsff/test/t-errors.c
lib_xsff_test_t_errors_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-errors

# the companion data's sizes: skipped unless WK_XSFF_PAPERS=1 (make check-papers)
check_PROGRAMS += lib/xsff/test/t-papers
lib_xsff_test_t_papers_SOURCES = lib/xsff/test/t-papers.c
lib_xsff_test_t_papers_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-papers

# timings (spec 8), built on demand: make lib/xsff/bench/xsff-bench
# (no other fragment sets EXTRA_PROGRAMS; turn this into += if one does)
EXTRA_PROGRAMS = lib/xsff/bench/xsff-bench
lib_xsff_bench_xsff_bench_SOURCES = lib/xsff/bench/xsff-bench.c
lib_xsff_bench_xsff_bench_LDADD = $(XSFF_LDADD)
EXTRA_DIST += lib/xsff/bench/compare-numpy.py

# Stage C (spec 5.4, 5.6) uses lib/groups' character tables
check_PROGRAMS += lib/xsff/test/t-stagec
lib_xsff_test_t_stagec_SOURCES = lib/xsff/test/t-stagec.c
lib_xsff_test_t_stagec_LDADD = $(XSFF_LDADD)
TESTS += lib/xsff/test/t-stagec

# the language binding (doc/bindings.md)
src_libwklang_la_SOURCES += src/bi_xsff.c

# .wk tests (spec section 7 vectors, independent identities), the error transcript (section 9)
XSFF_WK_TESTS = tests/xsff/vectors.wk tests/xsff/identities.wk tests/xsff/builtins.wk
TESTS += $(XSFF_WK_TESTS) tests/transcripts/xsff.tr
EXTRA_DIST += $(XSFF_WK_TESTS) tests/transcripts/xsff.tr
CLEANFILES += xsff-test.svg xsff-plot.svg

# the tutorial and the paper's claims (spec section 6; slow parts under make check-papers)
EXAMPLES += examples/xsff.wk
PAPER_TESTS += papers/xsff.wk
CLEANFILES += xsff-tutorial.svg

# the benchmark (spec section 8): sector ED through wk against numpy on the same
# matrices (dumped by lib/xsff/bench/xsff-bench), whole pipelines through wk
BENCH_SH += bench/xsff.sh
