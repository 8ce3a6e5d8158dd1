# list.sort and sorted: key errors, comparison errors midway, reverse stability, mutation detection, lt-only classes
l = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError("key fails on 2")
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, l)
m = [3, "a", 1, 2]
try:
    m.sort()
except TypeError as e:
    print("TypeError", e, m)
class Lt:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "%d%s" % (self.v, self.tag)
items = [Lt(2, "a"), Lt(1, "b"), Lt(2, "c"), Lt(1, "d"), Lt(3, "e"), Lt(2, "f")]
print(sorted(items), sorted(items, reverse=True), sorted(items, key=lambda x: -x.v), sorted(items, key=lambda x: -x.v, reverse=True))
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return str(self.v)
print(sorted([Gt(3), Gt(1), Gt(2)]))
class NoCmp: pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print("TypeError", e)
print(sorted([NoCmp()]) != [], sorted([]), sorted("bca"), sorted({3: 1, 1: 2}), sorted((2, 1), key=None), sorted([1, 2], reverse=0))
calls = []
class Counting:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
sorted([Counting(i) for i in [5, 3, 4, 1, 2]])
print(len(calls), calls[:6])
big = [(i * 7919) % 101 for i in range(101)]
print(sorted(big) == list(range(101)), sorted(big, key=lambda x: x % 10)[:12])
l2 = [5, 4, 3]
def key_mutates(x):
    l2.append(x)
    return x
try:
    l2.sort(key=key_mutates)
except ValueError as e:
    print("ValueError", e, l2)
class Mut:
    def __init__(self, v, lst): self.v, self.lst = v, lst
    def __lt__(self, o):
        self.lst.clear()
        return self.v < o.v
lst = []
lst.extend([Mut(2, lst), Mut(1, lst), Mut(3, lst)])
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, len(lst))
print(sorted([1.0, 1, True, 0.5, False]), sorted([-0.0, 0.0, 0]), sorted([float("nan"), 1, 0]) [1:] if False else "skip-nan")
try:
    sorted([1, 2], key=lambda a, b: 0)
except TypeError as e:
    print("TypeError", e)
try:
    [].sort(reverse=None)
except TypeError as e:
    print("TypeError", e)
