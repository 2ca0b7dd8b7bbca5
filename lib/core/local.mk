# lib/core: errors, interrupt flag, progress, random state, SVG writer.
noinst_LTLIBRARIES += lib/core/libwkcore.la
lib_core_libwkcore_la_SOURCES = lib/core/error.c lib/core/signal.c lib/core/rand.c lib/core/svg.c \
	lib/core/lapack.c lib/core/wk_lapack.h
lib_libwk_la_LIBADD += lib/core/libwkcore.la
include_HEADERS += lib/wk_core.h

check_PROGRAMS += lib/core/test/t-core
lib_core_test_t_core_SOURCES = lib/core/test/t-core.c
lib_core_test_t_core_LDADD = lib/core/libwkcore.la $(WK_LIBS)
TESTS += lib/core/test/t-core
