print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100, repr("ab" * 1))
print("a" + "b" + "c", "" + "", "x" + "y" * 2)
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for word in "the quick brown fox".split():
    parts.append(word[::-1])
print(" ".join(parts))
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(("ab" * 1000).count("ba"), len("xyz" * 333))
