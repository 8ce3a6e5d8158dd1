a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference([4, 8]))
print(a <= b, {3} <= b, {3} < b, b < b, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint([1]))
c = a.copy()
c.add(10); c.discard(99); c.remove(1)
print(c, c.pop(), c)
c.update([20], {30}); c.intersection_update(range(25)); c.difference_update([2]); c.symmetric_difference_update({3, 50})
print(c)
c.clear()
print(c, a == {4, 3, 2, 1}, a != b, set() == frozenset())
for f in [lambda: set().pop(), lambda: {1}.remove(2), lambda: a | [1], lambda: a < [1], lambda: {[1]}, lambda: a.add([]), lambda: a.update(5),
          lambda: a.union(5), lambda: set(1, 2), lambda: {1}.remove([]), lambda: [] in a]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print({1}.discard([]) if False else "", {frozenset({1})} , frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
print(a.__len__(), a.__contains__(2), a.__or__(b), a.__and__([1]), a.__ior__ is not None, a.__sub__({1}), a.__xor__(b))
