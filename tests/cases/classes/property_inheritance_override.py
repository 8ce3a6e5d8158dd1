class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x


class ReadOnly(Base):
    @property
    def v(self):
        return "ro:" + str(self._v)


class Doubling(Base):
    @Base.v.setter
    def v(self, x):
        self._v = x * 2


b, r, d = Base(), ReadOnly(), Doubling()
b.v = 5
d.v = 5
print(b.v, r.v, d.v)
try:
    r.v = 9
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Doubling.__dict__["v"]).__name__, Doubling.v.fget is Base.v.fget)
