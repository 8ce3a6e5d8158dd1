import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        return "base run"
class Impl(Base):
    def run(self):
        return "impl+" + super().run()
print(Impl().run())
print(abc.ABC.__abstractmethods__ if hasattr(abc.ABC, "__abstractmethods__") else "none", type(abc.ABC).__name__)
def make(name, *abstract):
    ns = {a: abc.abstractmethod(lambda self: None) for a in abstract}
    return abc.ABCMeta(name, (), ns)
X = make("X", "b", "a", "c")
try:
    X()
except TypeError as e:
    print(type(e).__name__, e)
Y = make("Y", "only")
try:
    Y()
except TypeError as e:
    print(type(e).__name__, e)
class Z(abc.ABC):
    pass
print(type(Z()).__name__)
class Later(abc.ABC):
    def m(self): pass
Later.m = abc.abstractmethod(Later.m)
print(type(Later()).__name__, Later.__abstractmethods__)
abc.update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Impl, abc.ABC), isinstance(Impl(), Base))
print(abc.get_cache_token() is not None)
