# lib/lie: (module not yet added)
