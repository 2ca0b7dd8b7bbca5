# lib/groups: finite permutation groups, conjugacy classes, exact character
# tables (Dixon-Schneider), class functions, Clifford data.
noinst_LTLIBRARIES += lib/groups/libwkgroups.la
lib_groups_libwkgroups_la_SOURCES = lib/groups/impl.h \
	lib/groups/util.c lib/groups/perm.c lib/groups/perm_str.c lib/groups/bsgs.c \
	lib/groups/group.c lib/groups/construct.c lib/groups/classes.c lib/groups/cyc.c \
	lib/groups/dixon.c lib/groups/chartable.c lib/groups/psl.c lib/groups/subgroups.c \
	lib/groups/quotient.c lib/groups/semidirect.c lib/groups/classfun.c lib/groups/clifford.c \
	lib/groups/embed.c lib/groups/display.c lib/groups/symmetric.c \
	lib/groups/extension.c
lib_libwk_la_LIBADD += lib/groups/libwkgroups.la
include_HEADERS += lib/wk_groups.h
EXTRA_DIST += lib/groups/NOTES.md

GROUPS_TEST_LIBS = lib/groups/libwkgroups.la lib/core/libwkcore.la $(WK_LIBS)
GROUPS_TESTS = lib/groups/test/t-perm lib/groups/test/t-order lib/groups/test/t-classes lib/groups/test/t-cyc lib/groups/test/t-chartable lib/groups/test/t-classfun lib/groups/test/t-groups lib/groups/test/t-clifford lib/groups/test/t-embed \
	lib/groups/test/t-badinput lib/groups/test/t-display

check_PROGRAMS += $(GROUPS_TESTS)
TESTS += $(GROUPS_TESTS)
lib_groups_test_t_perm_SOURCES = lib/groups/test/t-perm.c
lib_groups_test_t_perm_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_order_SOURCES = lib/groups/test/t-order.c lib/groups/test/brute.h
lib_groups_test_t_order_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_classes_SOURCES = lib/groups/test/t-classes.c lib/groups/test/brute.h
lib_groups_test_t_classes_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_cyc_SOURCES = lib/groups/test/t-cyc.c
lib_groups_test_t_cyc_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_chartable_SOURCES = lib/groups/test/t-chartable.c
lib_groups_test_t_chartable_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_classfun_SOURCES = lib/groups/test/t-classfun.c lib/groups/test/brute.h
lib_groups_test_t_classfun_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_groups_SOURCES = lib/groups/test/t-groups.c lib/groups/test/brute.h
lib_groups_test_t_groups_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_clifford_SOURCES = lib/groups/test/t-clifford.c
lib_groups_test_t_clifford_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_embed_SOURCES = lib/groups/test/t-embed.c lib/groups/test/brute.h
lib_groups_test_t_embed_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_badinput_SOURCES = lib/groups/test/t-badinput.c
lib_groups_test_t_badinput_LDADD = $(GROUPS_TEST_LIBS)
lib_groups_test_t_display_SOURCES = lib/groups/test/t-display.c
lib_groups_test_t_display_LDADD = $(GROUPS_TEST_LIBS)

# development and benchmark tool (not a test)
noinst_PROGRAMS += lib/groups/bench/ctbl
lib_groups_bench_ctbl_SOURCES = lib/groups/bench/ctbl.c
lib_groups_bench_ctbl_LDADD = $(GROUPS_TEST_LIBS)
EXTRA_DIST += lib/groups/bench/anchors.sh

# the language binding (doc/bindings.md); src/bi_groups.h is the interface the
# xSFF binding uses for groups, tables, class functions and cyclotomic numbers
src_libwklang_la_SOURCES += src/bi_groups.c src/bi_groups.h

# .wk tests (spec sections 4-5) and the transcript of error messages (section 7)
GROUPS_WK_TESTS = tests/groups/vectors.wk tests/groups/identities.wk tests/groups/order36.wk
TESTS += $(GROUPS_WK_TESTS) tests/transcripts/groups.tr
EXTRA_DIST += $(GROUPS_WK_TESTS) tests/transcripts/groups.tr

# the tutorial (run as a test by tests/examples.sh) and the benchmark against GAP
EXAMPLES += examples/groups.wk
BENCH_SH += bench/groups.sh
