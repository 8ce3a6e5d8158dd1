lambda: 0 = 1
