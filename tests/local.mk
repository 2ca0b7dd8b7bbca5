# tests: C unit tests of the language, .wk scripts, REPL transcripts, help
# examples, and the parser fuzz corpus replay.  All speak TAP.
noinst_HEADERS = tests/tap.h
TEST_EXTENSIONS += .sh
SH_LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_COMPILER = $(SHELL)

check_PROGRAMS += tests/unit/t-lang
tests_unit_t_lang_SOURCES = tests/unit/t-lang.c
tests_unit_t_lang_LDADD = src/libwklang.la lib/libwk.la $(WK_LIBS)
TESTS += tests/unit/t-lang

LANG_TESTS = tests/lang/numbers.wk tests/lang/control.wk tests/lang/data.wk \
	tests/lang/linalg.wk tests/lang/poly.wk tests/lang/reals.wk
TESTS += $(LANG_TESTS)
EXTRA_DIST += $(LANG_TESTS)

TRANSCRIPTS = tests/transcripts/errors.tr tests/transcripts/repl.tr
TESTS += $(TRANSCRIPTS) tests/check-examples.sh
EXTRA_DIST += $(TRANSCRIPTS) tests/transcripts/run-transcript.sh tests/check-examples.sh

# the fuzz target's crash-regression corpus, replayed on every `make check`
check_PROGRAMS += tests/fuzz/replay
tests_fuzz_replay_SOURCES = tests/fuzz/fuzz_parse.c tests/fuzz/replay.c
tests_fuzz_replay_LDADD = src/libwklang.la lib/libwk.la $(WK_LIBS)
TESTS += tests/fuzz/replay.sh
EXTRA_DIST += tests/fuzz/replay.sh tests/fuzz/corpus tests/fuzz/README

# `make fuzz`: the libFuzzer binary (needs clang with libFuzzer; not part of check)
FUZZ_CC = clang
fuzz:
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined -I$(top_srcdir)/lib -I$(top_srcdir)/src \
	  -I$(top_srcdir)/tests -I$(top_builddir) $(OPENMP_CFLAGS) $(top_srcdir)/src/*.c $(top_srcdir)/lib/*/*.c \
	  $(top_srcdir)/tests/fuzz/fuzz_parse.c $(MATH_LIBS) -o tests/fuzz/fuzz-wk
.PHONY: fuzz
TESTS += tests/cli.sh
EXTRA_DIST += tests/cli.sh
