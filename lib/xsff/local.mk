# lib/xsff: (module not yet added)
