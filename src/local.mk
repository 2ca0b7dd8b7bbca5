# src: (nothing yet)
