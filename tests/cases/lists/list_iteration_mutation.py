l = [1, 2, 3]
it = iter(l)
print(next(it))
l.append(4)
print(list(it))
l = [1, 2, 3]
it = iter(l)
next(it); next(it)
l.clear()
print(list(it), next(it, "done"))
l = [1, 2, 3]
it = iter(l)
print(it.__length_hint__(), list(it), it.__length_hint__())
l = [0, 1, 2, 3, 4, 5]
for i, x in enumerate(l):
    if x % 2 == 0:
        del l[i]
print(l)
l = [1, 2, 3]
r = reversed(l)
l.insert(0, 0)
print(list(r))
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.insert(0, x)
print(l)
l = list(range(5))
print([l.pop() for _ in range(3)], l)
