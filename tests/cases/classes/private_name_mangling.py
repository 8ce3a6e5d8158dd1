class Base:
    def __init__(self):
        self.__secret = "base secret"
        self._protected = "protected"

    def reveal(self):
        return self.__secret


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "derived secret"

    def reveal_derived(self):
        return self.__secret


d = Derived()
print(d.reveal(), d.reveal_derived(), d._protected)
print(sorted(vars(d)))
print(d._Base__secret, d._Derived__secret)
try:
    d.__secret
except AttributeError as e:
    print(type(e).__name__, e)


class __Dunder__:
    __x__ = "not mangled"


print(__Dunder__.__x__)
