s = "Hello, Wörld!"
print(list(s))
print([c for c in s if c.isupper()], sum(1 for c in s if c in "aeiouö"))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(sorted("python"), "".join(sorted("python")), "".join(reversed("python")))
print(list(enumerate("abc")), list(zip("abc", "12")))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print(max("hello"), min("hello"), "l" in "hello", list(map(ord, "AZaz")))
print([s[i:i + 3] for i in range(0, len(s), 3)])
