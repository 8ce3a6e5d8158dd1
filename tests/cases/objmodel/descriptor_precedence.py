class Data:
    def __get__(self, obj, owner):
        return ("data-get", obj is None, owner.__name__)
    def __set__(self, obj, value):
        obj.__dict__["d"] = ("set", value)
class NonData:
    def __get__(self, obj, owner):
        return ("nondata-get", obj is None)
class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet.__set__", value)
class C:
    d = Data()
    n = NonData()
    s = OnlySet()
c = C()
print(c.d, C.d)
c.d = 5
print(c.__dict__, c.d)
print(c.n)
c.__dict__["n"] = "instance"
print(c.n, C.n)
c.s = 9
print("s" in c.__dict__, type(c.s).__name__)
c.__dict__["s"] = "inst-s"
print(c.s)
class G:
    def __get__(self, obj, owner=None):
        return "G"
class H:
    g = G()
print(H.g, H().g, H.__dict__["g"].__class__.__name__)
class Del:
    def __get__(self, o, t): return "got"
    def __delete__(self, obj):
        print("deleting")
class K:
    x = Del()
k = K()
del k.x
try:
    k.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
