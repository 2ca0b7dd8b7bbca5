# tests: (nothing yet)
