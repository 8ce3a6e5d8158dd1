parts = ["a", "b"]
print("-".join(parts))
print("-".join([1, 2]))
