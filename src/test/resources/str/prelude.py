# Helper classes the str cases may use (run before every case, by CPython and by Taipan).
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Flt:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class Intish:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
class Fmt:
    def __format__(self, spec): return 'Fmt(' + spec + ')'
class BadFmt:
    def __format__(self, spec): return 42
class Str:
    def __str__(self): return 'S!'
    def __repr__(self): return 'R!'
class BadStr:
    def __str__(self): return 5
class Obj:
    def __init__(self, **kw): self.__dict__.update(kw)
class Seq3:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
class Mapping:
    def __getitem__(self, k): return 'm[' + str(k) + ']'
    def keys(self): return ['a']
