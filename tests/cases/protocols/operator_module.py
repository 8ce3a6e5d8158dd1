import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 2))
print(op.pow(2, 10), op.neg(5), op.pos(-1), op.abs(-3), op.inv(5), op.invert(0), op.not_(1), op.truth(0))
print(op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.matmul.__name__)
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 2), op.ge(1, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.concat([1], [2]))
try:
    op.concat(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
g = op.itemgetter(1)
print(g("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter(slice(1, None))([1, 2, 3]))
a = op.attrgetter("real")
print(a(5), op.attrgetter("real", "imag")(3j), op.attrgetter("__class__.__name__")(1))
m = op.methodcaller("split", ",", 1)
print(m("a,b,c"), op.methodcaller("upper")("x"))
x = [1]
print(op.iadd(x, [2]), x, op.imul([1], 2), op.iconcat([0], (1,)))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print(type(e).__name__, e)
print(op.index(5), op.length_hint([1, 2]), op.itemgetter(1)({1: "v"}))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0)))
print(op.__name__, callable(op.attrgetter("x")))
