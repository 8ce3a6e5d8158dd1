mixed = [3, "three", 3.0]
print(len(mixed))
mixed.sort()
