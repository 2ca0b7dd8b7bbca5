# repl: (nothing yet)
