x = (y for a + b in z)
