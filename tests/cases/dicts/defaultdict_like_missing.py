class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c["zz"], "zz" in c, c.get("zz"), len(c))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
a = Auto()
a["x"]["y"]["z"] = 1
print(a, type(a["x"]).__name__)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    Raising()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class NotMissing(dict):
    __missing__ = None
try:
    NotMissing()["k"]
except TypeError as e:
    print(type(e).__name__, e)
