with a:
b = 1
