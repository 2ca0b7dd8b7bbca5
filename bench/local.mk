# bench: (nothing yet)
