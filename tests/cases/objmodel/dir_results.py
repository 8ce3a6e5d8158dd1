class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
    def __init__(self):
        self.inst = 3
print([n for n in dir(B()) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["z", "a", "m", "a"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class TupleDir:
    def __dir__(self):
        return ("y", "x")
print(dir(TupleDir()))
print("__add__" in dir(1), "append" in dir([]), "keys" in dir({}))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
print(dir(A) == sorted(dir(A)))
print(len([n for n in dir(object)]) > 20)
