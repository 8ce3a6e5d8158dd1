x, def = 1, 2
