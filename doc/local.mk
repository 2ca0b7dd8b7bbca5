# doc: the reference is generated from the builtin tables by the built wk.
noinst_DATA = doc/reference.md
doc/reference.md: repl/wk$(EXEEXT)
	@$(MKDIR_P) doc
	$(AM_V_GEN)$(top_builddir)/repl/wk --reference > $@.tmp && mv $@.tmp $@
CLEANFILES += doc/reference.md
