# lib/cylindric: (module not yet added)
