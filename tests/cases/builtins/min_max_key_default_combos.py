words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: (len(w), w)), min(words, key=lambda w: w[-1]))
print(min([], key=len, default="none"), max((x for x in []), default=0))
print(min(3, 1, 2, key=lambda x: -x), max("abc", "abd", "ab"))
print(min([[3], [1, 2], [1]]), max({1: "a", 5: "b"}), min({"z": 1, "a": 2}.values()))
print(max([1, 2, 3], key=lambda x: x % 2), min([1, 2, 3], key=lambda x: x % 2))
print(max(range(10 ** 6, 10 ** 6 + 5)), min(x * x - 4 * x for x in range(10)))
