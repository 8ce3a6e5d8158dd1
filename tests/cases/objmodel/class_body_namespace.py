x = "global"
class A:
    x = "class"
    y = x + "!"
    z = [x for _ in range(1)]
    def f(self):
        return x
    w = (lambda: x)()
print(A.y, A.z, A().f(), A.w)
class B:
    n = 3
    sq = [i * i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(B.sq, getattr(B, "bad", None), getattr(B, "err", None))
class C:
    print("executing body", __name__, __qualname__)
    locals()["dyn"] = 1
    __module__ = "changed"
print(C.dyn, C.__module__)
class D:
    def __init__(self):
        self.val = __class__.__name__
print(D().val)
def make():
    v = "closure"
    class E:
        a = v
        def g(self):
            return v
    return E
print(make().a, make()().g())
class F:
    if True:
        t = 1
    else:
        t = 2
    for i in range(3):
        pass
print(F.t, F.i)
class G:
    del_me = 1
    del del_me
print(hasattr(G, "del_me"))
