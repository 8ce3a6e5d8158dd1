# At exit, objects with __del__ that are still alive are finalized: the main module's in the
# order of its names, then the items of its lists (last first) and dicts; suspended
# generators are closed in the same pass.
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(name):
    try:
        yield 1
    finally:
        print("generator closed", name)


first = Res("first")
g = gen("g")
next(g)
second = Res("second")
group = [Res("in list 1"), Res("in list 2")]
table = {"a": Res("in dict a"), "b": Res("in dict b")}
third = Res("third")
print("end of program")
