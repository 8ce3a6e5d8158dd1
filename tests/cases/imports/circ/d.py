from circ.c import C
D = 1
