# wk — SPDX-License-Identifier: GPL-3.0-or-later
# lib/lie: Lie group decompositions of GL+(n) and SL(n) (spec lie-decompositions.md).
noinst_LTLIBRARIES += lib/lie/libwklie.la
lib_lie_libwklie_la_SOURCES = lib/lie/internal.h \
	lib/lie/util.c lib/lie/member.c lib/lie/symeig.c lib/lie/symdec.c \
	lib/lie/polar.c lib/lie/eig.c lib/lie/funm.c lib/lie/hermite.c lib/lie/charpoly.c lib/lie/logm.c \
	lib/lie/logso.c lib/lie/iwasawa.c lib/lie/kak.c lib/lie/chart.c \
	lib/lie/expimage.c lib/lie/vee.c lib/lie/haar.c lib/lie/sample.c lib/lie/mc.c \
	lib/lie/affine.c
lib_libwk_la_LIBADD += lib/lie/libwklie.la
include_HEADERS += lib/wk_lie.h

LIE_TEST_LIBS = lib/lie/libwklie.la lib/core/libwkcore.la $(WK_LIBS)
LIE_TESTS = lib/lie/test/t-member lib/lie/test/t-polar lib/lie/test/t-logm \
	lib/lie/test/t-logso lib/lie/test/t-iwasawa lib/lie/test/t-kak \
	lib/lie/test/t-chart lib/lie/test/t-expimage lib/lie/test/t-haar \
	lib/lie/test/t-sample lib/lie/test/t-affine lib/lie/test/t-errors
EXTRA_DIST += lib/lie/test/helpers.h lib/lie/NOTES.md

check_PROGRAMS += $(LIE_TESTS)
TESTS += $(LIE_TESTS)
lib_lie_test_t_member_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_polar_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_logm_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_logso_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_iwasawa_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_kak_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_chart_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_expimage_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_haar_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_sample_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_affine_LDADD = $(LIE_TEST_LIBS)
lib_lie_test_t_errors_LDADD = $(LIE_TEST_LIBS)

# the language binding (doc/bindings.md)
src_libwklang_la_SOURCES += src/bi_lie.c

# .wk tests (spec sections 7-8), the transcript of error messages (section 9)
LIE_WK_TESTS = tests/lie/vectors.wk tests/lie/identities.wk tests/lie/builtins.wk
TESTS += $(LIE_WK_TESTS) tests/transcripts/lie.tr
EXTRA_DIST += $(LIE_WK_TESTS) tests/transcripts/lie.tr

# the tutorial, the paper's claims (papers/README)
EXAMPLES += examples/lie.wk
PAPER_TESTS += papers/lie-decompositions.wk

# the benchmark against mpmath (spec section 10): bench/lie.sh drives
# bench/lie/bench.py; its libwk-only helper b-lie is built by `make bench`,
# never by `make all` or `make check`
BENCH_SH += bench/lie.sh
EXTRA_DIST += bench/lie/bench.py bench/lie/mpmath_rows.py bench/lie/b-lie.c
CLEANFILES += bench/lie/b-lie$(EXEEXT)
bench/lie/b-lie$(EXEEXT): $(srcdir)/bench/lie/b-lie.c lib/libwk.la
	@$(MKDIR_P) bench/lie
	$(AM_V_CCLD)$(LIBTOOL) $(AM_V_lt) --tag=CC --mode=link $(CC) $(AM_CPPFLAGS) $(CPPFLAGS) $(AM_CFLAGS) $(CFLAGS) \
	  $(AM_LDFLAGS) $(LDFLAGS) -o $@ $(srcdir)/bench/lie/b-lie.c lib/libwk.la $(WK_LIBS) $(LIBS)
bench: bench/lie/b-lie$(EXEEXT)
