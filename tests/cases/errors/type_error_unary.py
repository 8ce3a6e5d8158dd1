values = ["a", "b"]
print(len(values))
print(-values)
