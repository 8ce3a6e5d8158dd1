import circ.f
E = "e"
