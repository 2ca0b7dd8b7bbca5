# wk — SPDX-License-Identifier: GPL-3.0-or-later
# lib/cylindric: cylindric plane partitions (spec: shared/specs/cylindric-partitions.md).
# Set WK_CYLINDRIC_TMAX=8 (and WK_CYLINDRIC_QMAX) for t-transfer under check-papers.
noinst_LTLIBRARIES += lib/cylindric/libwkcylindric.la
lib_cylindric_libwkcylindric_la_SOURCES = \
	lib/cylindric/internal.h \
	lib/cylindric/ntt.h \
	lib/cylindric/partition.c \
	lib/cylindric/profile.c \
	lib/cylindric/borodin.c \
	lib/cylindric/ntt.c \
	lib/cylindric/bound.c \
	lib/cylindric/multimod.c \
	lib/cylindric/euler.c \
	lib/cylindric/series.c \
	lib/cylindric/rpp_series.c \
	lib/cylindric/cpp.c \
	lib/cylindric/transfer.c \
	lib/cylindric/rpp.c \
	lib/cylindric/draw.c \
	lib/cylindric/growth.c \
	lib/cylindric/rsk.c \
	lib/cylindric/filling.c \
	lib/cylindric/qt_weight.c \
	lib/cylindric/qt_series.c
lib_libwk_la_LIBADD += lib/cylindric/libwkcylindric.la
include_HEADERS += lib/wk_cylindric.h

CYLINDRIC_TEST_LDADD = lib/cylindric/libwkcylindric.la lib/core/libwkcore.la $(WK_LIBS)
CYLINDRIC_TESTS = \
	lib/cylindric/test/t-ntt \
	lib/cylindric/test/t-series \
	lib/cylindric/test/t-transfer \
	lib/cylindric/test/t-rpp \
	lib/cylindric/test/t-growth \
	lib/cylindric/test/t-filling \
	lib/cylindric/test/t-qt \
	lib/cylindric/test/t-badinput \
	lib/cylindric/test/t-draw
check_PROGRAMS += $(CYLINDRIC_TESTS)
TESTS += $(CYLINDRIC_TESTS)
lib_cylindric_test_t_series_SOURCES = lib/cylindric/test/t-series.c
lib_cylindric_test_t_series_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_ntt_SOURCES = lib/cylindric/test/t-ntt.c
lib_cylindric_test_t_ntt_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_transfer_SOURCES = lib/cylindric/test/t-transfer.c
lib_cylindric_test_t_transfer_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_rpp_SOURCES = lib/cylindric/test/t-rpp.c
lib_cylindric_test_t_rpp_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_growth_SOURCES = lib/cylindric/test/t-growth.c
lib_cylindric_test_t_growth_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_filling_SOURCES = lib/cylindric/test/t-filling.c
lib_cylindric_test_t_filling_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_qt_SOURCES = lib/cylindric/test/t-qt.c
lib_cylindric_test_t_qt_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_badinput_SOURCES = lib/cylindric/test/t-badinput.c
lib_cylindric_test_t_badinput_LDADD = $(CYLINDRIC_TEST_LDADD)
lib_cylindric_test_t_draw_SOURCES = lib/cylindric/test/t-draw.c
lib_cylindric_test_t_draw_LDADD = $(CYLINDRIC_TEST_LDADD)
EXTRA_DIST += lib/cylindric/NOTES.md

# the language binding (doc/bindings.md)
src_libwklang_la_SOURCES += src/bi_cylindric.c

# .wk tests through the builtins and the transcript of exact texts
CYLINDRIC_WK_TESTS = tests/cylindric/vectors.wk tests/cylindric/borodin.wk \
	tests/cylindric/bijections.wk tests/cylindric/qt.wk tests/cylindric/objects.wk
TESTS += $(CYLINDRIC_WK_TESTS) tests/transcripts/cylindric.tr
EXTRA_DIST += $(CYLINDRIC_WK_TESTS) tests/transcripts/cylindric.tr
CLEANFILES += cylindric-test-pi.svg cylindric-test-rpp.svg

# the tutorial (run by tests/examples.sh; it writes one picture)
EXAMPLES += examples/cylindric.wk
CLEANFILES += cylindric-pi.svg

# the papers' claims (papers/README): spec section 10 with TAP; slow parts under
# `make check-papers`, which also runs t-transfer on every necklace with T <= 8
PAPER_TESTS += papers/cylindric.wk
check-papers: check-papers-cylindric
check-papers-cylindric: lib/cylindric/test/t-transfer$(EXEEXT)
	@echo "# lib/cylindric/test/t-transfer, WK_CYLINDRIC_TMAX=8 WK_CYLINDRIC_QMAX=20"
	WK_CYLINDRIC_TMAX=8 WK_CYLINDRIC_QMAX=20 $(top_builddir)/lib/cylindric/test/t-transfer
.PHONY: check-papers-cylindric

# the benchmark against PARI/GP (make bench only)
BENCH_SH += bench/cylindric.sh
