print(int("42") + 1)
print(int("4.2"))
