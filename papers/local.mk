# papers: (nothing yet)
