# examples: (nothing yet)
