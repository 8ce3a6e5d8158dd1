import collections
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is type(self) and vars(self) == vars(other)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "__b")

    def __init__(self):
        self.a = 1
        self.__b = 2

    def __repr__(self):
        return "Slotted(%r, %r)" % (self.a, self._Slotted__b)


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = object()

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"]
        self.cache = "rebuilt"


class NewArgs(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


class KwOnly:
    def __new__(cls, *, key):
        self = super().__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return (), {"key": self.key}


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,), {"extra": True})

    def __repr__(self):
        return "Reduced(%r, %r)" % (self.n, self.__dict__.get("extra"))


class MyList(list):
    pass


class MyDict(dict):
    pass


class Custom:
    def __init__(self, n):
        self.n = n


def reduce_custom(c):
    return Custom, (c.n * 10,)


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Tree("root")
for i in range(3):
    child = Tree("c%d" % i)
    child.parent = root
    root.children.append(child)

Point3 = collections.namedtuple("Point3", "x y z")
od = collections.OrderedDict([("b", 1), ("a", 2)])
dd = collections.defaultdict(list, {"k": [1]})

objs = [Point(1, 2), Slotted(), WithState(5), NewArgs(1, 2), Reduced(4), MyList([1, 2]),
        MyDict(a=1), Point3(1, 2, 3), od, dd, collections.Counter("abca"), collections.deque([1, 2], 5),
        root, [Point(0, 0)] * 3, {"p": Point(1, 1), "q": [Point(2, 2)]}]
for proto in range(6):
    for obj in objs:
        try:
            data = pickle.dumps(obj, proto)
        except TypeError as e:
            print(proto, type(obj).__name__, "TypeError", e)
            continue
        back = pickle.loads(data)
        print(proto, type(back).__name__, len(data), data.hex()[:100])
        if isinstance(back, Tree):
            print("  ", back.name, [c.name for c in back.children], all(c.parent is back for c in back.children))
        elif isinstance(back, WithState):
            print("  ", back.v, back.cache)
        elif isinstance(back, KwOnly):
            print("  ", back.key)
        elif isinstance(back, list) and len(back) == 3 and isinstance(back[0], Point):
            print("  ", back, back[0] is back[1])
        else:
            print("  ", back)

# copyreg's dispatch table and a pickler's own
copyreg.pickle(Custom, reduce_custom)
print(pickle.loads(pickle.dumps(Custom(3))).n)
del copyreg.dispatch_table[Custom]


class TablePickler(pickle.Pickler):
    dispatch_table = {Custom: lambda c: (Custom, (c.n + 1,))}


buf = io.BytesIO()
TablePickler(buf, 2).dump(Custom(1))
print(buf.getvalue().hex(), pickle.loads(buf.getvalue()).n)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Custom):
            return Custom, (-obj.n,)
        return NotImplemented


buf = io.BytesIO()
OverridePickler(buf, 4).dump([Custom(2), 5])
print(buf.getvalue().hex(), pickle.loads(buf.getvalue())[0].n)


# persistent ids
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ("Point", obj.x)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, x = pid
        return Point(x, -x)


for proto in range(6):
    buf = io.BytesIO()
    if proto == 0:
        class P0(pickle.Pickler):
            def persistent_id(self, obj):
                return "pt%d" % obj.x if isinstance(obj, Point) else None
        P0(buf, 0).dump([Point(7, 0), "s"])
        print(buf.getvalue())
        continue
    DBPickler(buf, proto).dump([Point(7, 0), "s"])
    print(proto, buf.getvalue().hex())
    buf.seek(0)
    print(DBUnpickler(buf).load())

# extension codes
copyreg.add_extension(__name__, "Point", 240)
copyreg.add_extension(__name__, "Custom", 70000)
print(pickle.dumps([Point, Custom], 2).hex(), pickle.loads(pickle.dumps([Point, Custom], 4)) == [Point, Custom])
copyreg.remove_extension(__name__, "Point", 240)
copyreg.remove_extension(__name__, "Custom", 70000)

# memo shared across dumps of one pickler
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = [1, 2]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(buf.getvalue().hex())
u = pickle.Unpickler(io.BytesIO(buf.getvalue()))
a, b, c = u.load(), u.load(), u.load()
print(a, b, c, a is b, a is c)
