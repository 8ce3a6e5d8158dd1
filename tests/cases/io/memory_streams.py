# io.StringIO and io.BytesIO.
import io

s = io.StringIO()
print(s.write("ab\u20acc\U0001F600d"), s.tell(), repr(s.getvalue()))
s.seek(2)
print(repr(s.read(3)), s.tell())
s.seek(0)
print(s.readline(), s.readable(), s.writable(), s.seekable())
s = io.StringIO("x\ny\nz")
print(list(s), s.tell())
s.seek(1)
s.write("Y")
print(repr(s.getvalue()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(2), repr(s.getvalue()), s.tell())
print(repr(io.StringIO("a\r\nb\rc", newline=None).getvalue()))
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(repr(io.StringIO("a\nb", newline="\r\n").getvalue()))
print(repr(io.StringIO(None).getvalue()))
for bad in [lambda: io.StringIO(3), lambda: io.StringIO().write(b"x"),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(-1), lambda: io.StringIO(newline="x")]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(5)
b.seek(7)
b.write(b"x")
print(b.getvalue())
print(b.seek(-1, 2), b.read(), b.seek(-10, 1), b.tell())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
b = io.BytesIO()
print(b.write(b"12345"), b.truncate(3), b.getvalue(), b.tell())
print(list(io.BytesIO(b"l1\nl2\n")))
buf = bytearray(3)
print(io.BytesIO(b"abcdef").readinto(buf), buf)
try:
    b.write("str")
except TypeError as e:
    print(e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)

t = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\rl3\n"))
print(t.readline(), repr(t.readline()), t.newlines, repr(t.read()))
out = io.BytesIO()
t = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
print(t.write("x\ny\n\u00e9"), t.encoding)
t.flush()
print(out.getvalue(), repr(t))
t = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="ascii", errors="replace")
print(repr(t.read()))
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print(e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.IOBase), issubclass(io.FileIO, io.RawIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
