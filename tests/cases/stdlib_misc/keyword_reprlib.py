import keyword
import reprlib

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('x'))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(10 ** 50))
r = reprlib.Repr()
r.maxlist = 2
print(r.repr([1, 2, 3]), r.repr(frozenset()), r.repr(tuple(range(10))))
class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node()
n.children.append(n)
print(n, Node.__repr__.__name__)
