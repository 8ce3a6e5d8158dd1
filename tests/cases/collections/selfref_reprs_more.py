# self-referential containers: [...] {...} and nesting through each other
a = [1, 2]; a.append(a); print(a, repr(a), str(a), len(repr(a)))
d = {"k": 1}; d["self"] = d; print(d)
b = [a, d]; d["b"] = b; print(b); print(d)
t = ([],); t[0].append(t); print(t)
s = {}; s[1] = [s, (s,)]; print(s)
print(d.keys(), d.values(), d.items())
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%r)" % self.children
n = Node(); n.children.append(n); n.children.append([n])
try:
    print(n)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
dd = {}; dd[0] = dd.values(); print(dd)
l = []; l.append(l); l.append(l); print(l, l == l, [l] == [l])
x = [[]]; x[0].append(x); print(x)
import sys
print(f"{a}", "%s" % (a,), "{}".format(a), format(a), ascii(a))
class MyList(list): pass
m = MyList([1]); m.append(m); print(m, repr(m))
class MyDict(dict): pass
md = MyDict(a=1); md["me"] = md; print(md)
sl = [0]; sl.append(sl); sl.append({"x": sl}); print(sl)
