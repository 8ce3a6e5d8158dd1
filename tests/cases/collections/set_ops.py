a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([2, 3, 7]), a.difference([1], [2]), a.symmetric_difference(range(3)))
s = set()
s.add(1)
s.add(1)
s.update([2, 3], (4,))
s.discard(10)
s.discard(2)
print(s, len(s))
s.remove(3)
print(s, s.pop() in {1, 4}, len(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c &= {2, 3, 4}
c |= {10}
c -= {3}
c ^= {10, 11}
print(c)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), set([1, 1, 2]), {()})
print(frozenset([3, 1]) | {2}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset({1, 2})
print({fs: "ok"}[frozenset([2, 1])], fs.issubset(a), len(fs), set() == frozenset())
