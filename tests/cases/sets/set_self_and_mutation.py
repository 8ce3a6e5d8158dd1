s = {1, 2, 3}
s |= s; s &= s
print(s)
s ^= s
print(s)
s = {1, 2, 3}
s -= s
print(s)
s = {1, 2}
s.update(s)
s.difference_update(s)
print(s)
s = set(range(5))
it = iter(s)
next(it)
s.add(99)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(5))
it = iter(s)
s.remove(0); s.add(0)
try:
    print(sorted(it))
except RuntimeError as e:
    print(type(e).__name__, e)
class Evil:
    def __hash__(self): return 1
    def __eq__(self, o):
        bag.clear()
        return False
bag = {Evil()}
try:
    Evil() in bag
    print("survived", len(bag))
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(10))
print(len(s), s.__length_hint__() if hasattr(s, "__length_hint__") else "", iter(s).__length_hint__())
