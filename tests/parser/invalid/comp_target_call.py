x = [y for f() in z]
