**a, b = c
