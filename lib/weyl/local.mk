# lib/weyl: (module not yet added)
