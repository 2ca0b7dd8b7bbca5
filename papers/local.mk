# papers: one script per source paper checking its claims (TAP).  Their fast
# parts run in `make check`; `make check-papers` also runs the slow parts.
TESTS += $(PAPER_TESTS)
EXTRA_DIST += $(PAPER_TESTS) papers/README

check-papers: all
	@fail=0; for f in $(PAPER_TESTS); do \
	  echo "# $$f"; \
	  WK_SLOW=1 $(top_builddir)/repl/wk --tap $(srcdir)/$$f || fail=1; \
	done; test $$fail = 0
.PHONY: check-papers
