s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 2), s.replace("x", "y"), s.replace(" ", ""))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "hello".translate({104: 72}))
print(str.maketrans({"a": "1", "b": None}))
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
