x = a — b
