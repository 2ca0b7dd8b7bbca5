# doc: (nothing yet)
