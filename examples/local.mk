# examples: one tutorial per module, plus the tour.  Each runs as a test.
EXAMPLES += examples/tour.wk
TESTS += tests/examples.sh
EXTRA_DIST += $(EXAMPLES) tests/examples.sh
