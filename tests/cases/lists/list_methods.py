l = [1, 2, 3]
l.append(4); l.extend([5, 6]); l.extend(range(7, 9)); l.extend("ab"); l.insert(0, 0); l.insert(100, "end"); l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l, l.index(3), l.index(3, 2), l.count(1), l.count("z"))
l.remove(2); l.reverse()
print(l, l.copy() == l, l.copy() is not l)
l.clear()
print(l, [1, 2] * 2, [[]] * 3, [0] * 0, [1] * -1, [1, 2] + [3])
for f in [lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1].index(1, 5), lambda: [].insert(0), lambda: [].extend(5),
          lambda: [1, 2].pop(2), lambda: [].append(1, 2), lambda: [1].index(1, "x"), lambda: [1].count()]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = [1, 2, 3, 4, 5]
print(l.index(4, -3), l.index(2, 0, 2), l.index(5, -1, 10 ** 20))
l = list("abc")
l.extend(l)
print(l)
l += l
print(len(l), l.__len__(), l.__contains__("a"), l.__getitem__(-1), l.__iter__().__next__())
