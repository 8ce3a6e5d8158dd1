print("Hello, world!")
print("several", "values", 1, True, None, sep="|", end="!\n")
