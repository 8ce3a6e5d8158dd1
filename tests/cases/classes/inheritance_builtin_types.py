class MyList(list):
    def sum(self):
        return sum(self)

    def __repr__(self):
        return "MyList" + super().__repr__()


class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        self[key] = value = self.factory()
        return value


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())


ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), isinstance(ml, list), ml[1:], type(ml[1:]).__name__)
dd = DefaultDict(list)
dd["a"].append(1)
dd["b"]
print(dd, "c" in dd, dd.get("c"))
u = Upper("shout")
print(u, type(u).__name__, u.lower(), type(u.lower()).__name__, u + "!", isinstance(u, str))


class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)


print(PositiveInt(5) + 1, type(PositiveInt(5) + 1).__name__)
try:
    PositiveInt(-1)
except ValueError as e:
    print(type(e).__name__, e)
