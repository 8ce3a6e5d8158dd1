import io
s = io.StringIO("abc\ndef\n")
print(s.read(), repr(io.StringIO(newline="").getvalue()))
class Sub(io.StringIO):
    def __init__(self, tag):
        super().__init__("x")
        self.tag = tag
    def getvalue(self):
        r = super().getvalue()
        return r + "!" if r else r
t = Sub("T")
t.seek(0, 2)
t.write("yz")
print(t.getvalue(), t.tag, type(t).__name__, isinstance(t, io.StringIO), t.__dict__)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
s2 = io.StringIO("a\r\nb", newline=None); print(repr(s2.read()))
print(io.StringIO().__dict__)
