x = (True := 1)
