# lib/groups: (module not yet added)
