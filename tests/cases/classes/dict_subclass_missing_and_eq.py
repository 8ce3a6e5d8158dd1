class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1


c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(sorted(c.items()), c["z"], "z" in c, len(c))
print(c == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1}, isinstance(c, dict))
print(c.get("z"), c.get("a"))


class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


l = Lower()
l["KEY"] = 1
print(l["key"], l["Key"], dict(l), list(l))
try:
    l["missing"]
except KeyError as e:
    print(type(e).__name__, e)
