# mode: single
x = 1; x + 1
