# Lookups whose key comparison changes the dict, str/int subclasses with their own __eq__ as keys
# of dicts and sets, and copies ({**d}, dict(d), copy, update) that do not hash the keys again.
class S(str):
    def __eq__(self, other):
        print("S.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)
    __hash__ = str.__hash__

class I(int):
    def __eq__(self, other):
        print("I.__eq__", int(self), other)
        return True
    __hash__ = int.__hash__

d = {"a": 1, S("b"): 2, 5: 3}
print(d["b"], d[S("a")], d.get(I(5)), I(7) in d)
s = {"a", S("b"), 5}
print("b" in s, S("a") in s, I(5) in s)

class Clearer:
    def __init__(self, d, h):
        self.d, self.h = d, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.d.clear()
        return False

d = {}
d[Clearer(d, 1)] = "x"
for i in range(20):
    d[i * 8 + 1] = i
print(len(d))
d2 = {}
k = Clearer(d2, 1)
d2[k] = 1
d2[Clearer(d2, 1)] = 2
print(len(d2), list(d2.values()))

class Grower:
    def __init__(self, d, h):
        self.d, self.h = d, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        for i in range(100, 140):
            self.d[i] = i
        return False
d3 = {}
d3[Grower(d3, 3)] = 0
d3[Grower(d3, 3)] = 1
print(len(d3), type(list(d3)[-1]).__name__)

class Noisy:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n
    def __eq__(self, other):
        return isinstance(other, Noisy) and other.n == self.n
d4 = {Noisy(1): 1, Noisy(2): 2}
print("copy")
c = d4.copy()
print("dict()")
c = dict(d4)
print("unpack")
c = {**d4}
print("update")
c = {}
c.update(d4)
print(len(c))
del d4[Noisy(1)]
print(d4.pop(Noisy(2)), d4)
print("setdefault")
print(d4.setdefault(Noisy(3), "x"), d4.setdefault(Noisy(3), "y"))
print("get/in/pop")
print(d4.get(Noisy(3)), Noisy(3) in d4, d4.pop(Noisy(3)), len(d4))
