# wk — SPDX-License-Identifier: GPL-3.0-or-later
# lib/lambdadet: lambda-determinants, alternating sign matrices, octahedron recurrence.
noinst_LTLIBRARIES += lib/lambdadet/libwklambdadet.la
lib_lambdadet_libwklambdadet_la_SOURCES = \
	lib/lambdadet/internal.h \
	lib/lambdadet/asm_count.c \
	lib/lambdadet/is_asm.c \
	lib/lambdadet/asm_weight.c \
	lib/lambdadet/asm_list.c \
	lib/lambdadet/asm_stats.c \
	lib/lambdadet/util.c \
	lib/lambdadet/eseries.c \
	lib/lambdadet/condense.c \
	lib/lambdadet/multimod.c \
	lib/lambdadet/transfer.c \
	lib/lambdadet/expand.c \
	lib/lambdadet/octahedron.c
lib_libwk_la_LIBADD += lib/lambdadet/libwklambdadet.la
include_HEADERS += lib/wk_lambdadet.h
EXTRA_DIST += lib/lambdadet/NOTES.md lib/lambdadet/test/helpers.h

LAMBDADET_TESTS = \
	lib/lambdadet/test/t-asm \
	lib/lambdadet/test/t-ldet \
	lib/lambdadet/test/t-symbolic \
	lib/lambdadet/test/t-multimod
check_PROGRAMS += $(LAMBDADET_TESTS)
TESTS += $(LAMBDADET_TESTS)
lib_lambdadet_test_t_asm_SOURCES = lib/lambdadet/test/t-asm.c
lib_lambdadet_test_t_asm_LDADD = lib/lambdadet/libwklambdadet.la lib/core/libwkcore.la $(WK_LIBS)
lib_lambdadet_test_t_ldet_SOURCES = lib/lambdadet/test/t-ldet.c
lib_lambdadet_test_t_ldet_LDADD = lib/lambdadet/libwklambdadet.la lib/core/libwkcore.la $(WK_LIBS)
lib_lambdadet_test_t_symbolic_SOURCES = lib/lambdadet/test/t-symbolic.c
lib_lambdadet_test_t_symbolic_LDADD = lib/lambdadet/libwklambdadet.la lib/core/libwkcore.la $(WK_LIBS)
lib_lambdadet_test_t_multimod_SOURCES = lib/lambdadet/test/t-multimod.c
lib_lambdadet_test_t_multimod_LDADD = lib/lambdadet/libwklambdadet.la lib/core/libwkcore.la $(WK_LIBS)

# the language binding (doc/bindings.md)
src_libwklang_la_SOURCES += src/bi_lambdadet.c

# .wk test scripts, the transcript of error messages (spec 7), the tutorial,
# the paper's checks, the benchmark (doc/bindings.md)
LAMBDADET_WK_TESTS = \
	tests/lambdadet/vectors.wk \
	tests/lambdadet/random.wk \
	tests/lambdadet/identities.wk \
	tests/lambdadet/asm.wk \
	tests/lambdadet/symbolic.wk
TESTS += $(LAMBDADET_WK_TESTS) tests/transcripts/lambdadet.tr
EXTRA_DIST += $(LAMBDADET_WK_TESTS) tests/transcripts/lambdadet.tr
EXAMPLES += examples/lambdadet.wk
PAPER_TESTS += papers/lambda-determinants.wk
# the benchmark and its C helper (FLINT/GMP only, no libwk): built by `make
# bench`, never by `make all` or `make check`
BENCH_SH += bench/lambdadet.sh
EXTRA_DIST += bench/lambdadet/generic-route.c
CLEANFILES += bench/lambdadet/generic-route$(EXEEXT)
bench/lambdadet/generic-route$(EXEEXT): $(srcdir)/bench/lambdadet/generic-route.c
	@$(MKDIR_P) bench/lambdadet
	$(AM_V_CC)$(CC) -O2 $(CPPFLAGS) $(CFLAGS) -o $@ $(srcdir)/bench/lambdadet/generic-route.c $(MATH_LIBS) $(LIBS)
bench: bench/lambdadet/generic-route$(EXEEXT)
