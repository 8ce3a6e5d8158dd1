s = {a b}
