letters = ["a", "b", "c"]
i = 1.0
print(letters[int(i)])
print(letters[i])
