class C:
    a = 1

    def __init__(self):
        self.b = 2

    def m(self):
        pass


c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
print([x for x in dir(c) if not x.startswith("__")], "m" in dir(C), "b" in dir(C))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(c), callable(C), callable(c.m), callable(None), callable(print))
print(sorted(dir([]))[-3:], "upper" in dir(""))
