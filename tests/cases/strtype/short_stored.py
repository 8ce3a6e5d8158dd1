# Short strs as a program keeps them: in lists, dicts and sets, from split, str(int),
# concatenation and f-strings; every operation on them must see the same text.
words = []
for i in range(40):
    words.append("w%d" % (i % 13))
for w in ["", "a", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
          "ÀÉîõß", "ÿ" * 16, "€uro", "tab\there", "nul\0byte", "Mixed Case 42", "x{y}z`@[", "\ud800x"]:
    words.append(w)

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(ascii(sorted(counts.items())))
print(len(set(words)), "w3" in set(words), "w3" in counts, "w" + "3" in counts)

for w in words[-14:]:
    print(ascii((w, len(w), w == w[:], hash(w) == hash(w + ""), w < "abc", w >= "abcdefgh",
                 w.upper(), w.lower(), w.startswith("ab"), w.endswith("op"),
                 w.endswith(("q", "e")), "cd" in w, "" in w, w[1:4], w[-1:], w[::2], w * 2)))
    print(ascii((w.upper() is w, w.lower() is w, list(w)[:3], w.find("c"), w.split("e"), w.replace("a", "A"))))

nums = [str(n) for n in (0, -1, 7, 42, -99999, 10 ** 15, 10 ** 16 - 1, 10 ** 16, -10 ** 15, 2 ** 63, -2 ** 70)]
print(nums, [len(n) for n in nums], sorted(nums), ",".join(nums), "".join(nums[:4]))
print([int(n) for n in nums] == [int(x) for x in ",".join(nums).split(",")])

parts = []
for i in range(12):
    parts.append(f"{i}:{i * 3 % 17:02d}")
text = ",".join(parts)
fields = text.split(",")
print(text, fields == parts, [f.upper().endswith("7") for f in fields].count(True))
print("-".join(fields[:3]) + "|" + "é".join(fields[3:5]) + "|" + "€".join(fields[5:7]))

acc = ""
for i in range(30):
    acc += str(i)[-1]
    if len(acc) in (8, 16, 17):
        print(repr(acc), hash(acc) == hash(str(acc)), acc == "".join(list(acc)))

keys = {}
for i in range(50):
    keys["k" + str(i % 7)] = i
print(keys, list(keys) == sorted(keys))
print(ascii((max(words, key=len), min(w for w in words if w), sorted(words[-14:]))))
d = {"a" + "b": 1, "ab": 2}
print(d, {"ab"} == {"a" + "b"}, ("ab",) == ("a" + "b",))
