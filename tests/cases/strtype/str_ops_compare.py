print("a" < "b", "a" < "ab", "B" < "a", "" < "a", "é" > "z", "abc" == "abc", "a" != "A", "😀" > "é")
print(sorted(["b", "A", "a", "B", "é", "😀", "", "aa"]), max("hello"), min("hello"))
print("abc"[0], "abc"[-1], "abc"[1:], "abc"[:-1], "abc"[::-1], "abc"[5:], "abc"[-5:], "abc"[1:1], "abcdef"[::2], "abcdef"[-2::-2])
print("abcdef"[10:-10:-1], "abcdef"[slice(1, None, 2)], "abc"[True:], "a" in "abc", "ab" in "abc", "" in "", "abc" in "ab")
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + "a"
except TypeError as e:
    print(type(e).__name__, e)
print(hash("") == 0, "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3), "a".__rmul__(2))
print("a".__eq__(1), "a".__lt__("b"), "abc".__iter__().__next__(), str.__mod__("%d", 5), "x".__ne__("x"))
s = "abc"
s += "def"
s *= 2
print(s, len(s))
