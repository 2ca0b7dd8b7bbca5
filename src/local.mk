# src: the wk language (a noinst convenience library shared by repl/ and tests/).
noinst_LTLIBRARIES += src/libwklang.la
src_libwklang_la_SOURCES = src/wk_api.h src/wk_int.h src/lex.h src/linalg.h \
	src/state.c src/value.c src/args.c src/lex.c src/parse.c src/eval.c \
	src/arith.c src/linalg.c src/poly.c src/series.c src/print.c \
	src/builtins.c src/examples.c \
	src/bi_lang.c src/bi_num.c src/bi_linalg.c src/bi_poly.c src/bi_list.c
