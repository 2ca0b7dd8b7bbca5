# lib/lambdadet: (module not yet added)
