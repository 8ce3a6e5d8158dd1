# subclasses of ModuleType, and a module's __class__ set to one
import sys
ModuleType = type(sys)
class M(ModuleType):
    def hello(self): return "hi " + self.__name__
m = M("mymod", "doc")
m.x = 1
print(m.hello(), m.x, m.__doc__, type(m).__name__, isinstance(m, ModuleType), repr(m))
sys.modules["mymod"] = m
import mymod
print(mymod is m)
class Lazy(ModuleType):
    def __getattr__(self, name): return "lazy " + name
sys.modules[__name__].__class__ = Lazy
print(sys.modules[__name__].anything)
