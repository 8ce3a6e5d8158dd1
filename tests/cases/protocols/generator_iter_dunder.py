class Tree:
    def __init__(self, v, *kids):
        self.v = v; self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, max(t), sorted(t, reverse=True))
it = iter(t)
print(type(it).__name__, next(it), list(it))
class Pairs:
    def __init__(self, d): self.d = d
    def __iter__(self):
        return iter(sorted(self.d.items()))
print(dict(Pairs({"b": 2, "a": 1})), list(enumerate(Pairs({"x": 0}))))
a, *rest = Tree(9, Tree(8), Tree(7))
print(a, rest)
print([*Tree(1, Tree(2))], {*Tree(5)}, (*Tree(6),))
def f(*args): return args
print(f(*Tree(0, Tree(1))))
