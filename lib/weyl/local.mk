# wk — SPDX-License-Identifier: GPL-3.0-or-later
# lib/weyl: root systems, Weyl groups, characters, faces of highest weight modules.
noinst_LTLIBRARIES += lib/weyl/libwkweyl.la
lib_weyl_libwkweyl_la_SOURCES = lib/weyl/impl.h lib/weyl/hash.c lib/weyl/cartan.c \
	lib/weyl/order.c lib/weyl/weight.c lib/weyl/orbit.c lib/weyl/char.c \
	lib/weyl/module.c lib/weyl/fvector.c lib/weyl/faces.c lib/weyl/leq.c lib/weyl/hull.c \
	lib/weyl/universal.c lib/weyl/svg.c
lib_libwk_la_LIBADD += lib/weyl/libwkweyl.la
include_HEADERS += lib/wk_weyl.h

WEYL_TEST_LIBS = lib/weyl/libwkweyl.la lib/core/libwkcore.la $(WK_LIBS)
weyl_tests = lib/weyl/test/t-cartan lib/weyl/test/t-orbit lib/weyl/test/t-char \
	lib/weyl/test/t-fvector lib/weyl/test/t-hull lib/weyl/test/t-universal \
	lib/weyl/test/t-faces lib/weyl/test/t-svg \
	lib/weyl/test/t-badinput lib/weyl/test/t-fuzz
check_PROGRAMS += $(weyl_tests)
TESTS += $(weyl_tests)
lib_weyl_test_t_cartan_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_orbit_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_char_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_fvector_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_hull_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_universal_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_faces_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_svg_LDADD = $(WEYL_TEST_LIBS)
lib_weyl_test_t_badinput_LDADD = $(WEYL_TEST_LIBS)
EXTRA_DIST += lib/weyl/NOTES.md
lib_weyl_test_t_fuzz_LDADD = $(WEYL_TEST_LIBS)

# the language binding (doc/bindings.md)
src_libwklang_la_SOURCES += src/bi_weyl.c

# .wk tests, the error transcript (doc/bindings.md); pictures written by faces.wk
WEYL_WK_TESTS = tests/weyl/vectors.wk tests/weyl/builtins.wk tests/weyl/faces.wk \
	tests/weyl/hull.wk tests/weyl/identities.wk
TESTS += $(WEYL_WK_TESTS) tests/transcripts/weyl.tr
EXTRA_DIST += $(WEYL_WK_TESTS) tests/transcripts/weyl.tr
CLEANFILES += weyl-test-A2.svg weyl-test-B3.svg weyl-test-A3p.svg weyl-test-F4.svg weyl-test-D4.svg

# the tutorial (run by tests/examples.sh; it writes three pictures)
EXAMPLES += examples/weyl.wk
CLEANFILES += weyl-cuboctahedron.svg weyl-parabolic.svg weyl-4_21.svg

# the paper's claims (papers/README), TAP; slow parts under `make check-papers`
PAPER_TESTS += papers/weyl-faces.wk
BENCH_SH += bench/weyl.sh
