values = [1, 2, 3]
result = values(0)
