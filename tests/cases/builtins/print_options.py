print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, [1], sep=" | ")
print(*[1, 2, 3])
print(*"abc", sep="-")
print("x", sep=None, end=None)
print("", end="")
print("tab\tsep", "new\nline")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
print(print("inner"))
