# repl: the wk program (readline lives only in repl/rl.c).
bin_PROGRAMS += repl/wk
repl_wk_SOURCES = repl/main.c repl/rl.c repl/rl.h
repl_wk_CFLAGS = $(AM_CFLAGS) $(READLINE_CFLAGS)
repl_wk_LDADD = src/libwklang.la lib/libwk.la $(READLINE_LIBS) $(WK_LIBS) -lpthread
dist_man1_MANS += repl/wk.1
