a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__, hash(1) == 1, hash("x") == hash("x"), type(hash(1.5)).__name__)
print(type(1), type("a"), type(type), type(None), type(len), type([].append).__name__, type(lambda: 0).__name__, type((x for x in [])).__name__)
class V:
    def __init__(self): self.x = 1
print(vars(V()), sorted(k for k in vars(V) if not k.startswith("__")), "x" in dir(V()), "__init__" in dir(V))
def f():
    local_var = 5
    return sorted(vars()), sorted(dir())
print(f())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(dir([]))[:5], [n for n in dir({}) if not n.startswith("_")])
