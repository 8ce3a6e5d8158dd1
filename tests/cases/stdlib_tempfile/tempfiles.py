import os
import re
import stat
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdir() is tempfile.gettempdir(), tempfile.gettempprefix(),
      tempfile.gettempprefixb(), tempfile.gettempdirb() == os.fsencode(tmp), tempfile.TMP_MAX)
shape = re.compile(r"^(pre_)?[a-z0-9_]{8}(_suf)?$")

fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.dirname(path) == tmp, bool(shape.match(os.path.basename(path).replace("tmp", "", 1))),
      oct(stat.S_IMODE(os.stat(path).st_mode)))
print(os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
os.ftruncate(fd, 5)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print("OSError", e.errno, e.strerror)
with open(path, "rb") as f:
    print(f.read())
os.unlink(path)

d = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
print(os.path.isdir(d), bool(shape.match(os.path.basename(d))), oct(stat.S_IMODE(os.stat(d).st_mode)))
fd, p2 = tempfile.mkstemp(prefix="pre_", suffix="_suf", dir=d, text=True)
with os.fdopen(fd, "w") as f:
    f.write("via fdopen")
print(os.path.dirname(p2) == d, bool(shape.match(os.path.basename(p2))), open(p2).read())
fd, p3 = tempfile.mkstemp(dir=os.fsencode(d))
os.close(fd)
print(type(p3).__name__, os.listdir(d) != [])
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)

with tempfile.NamedTemporaryFile() as f:
    print(type(f).__name__, os.path.exists(f.name), f.write(b"abc"), f.tell(), f.seek(0), f.read(), f.delete)
    name = f.name
print(os.path.exists(name), f.closed)
f = tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False, encoding="utf-8")
f.write("line1\nline2\n")
f.seek(0)
print(f.name.endswith(".txt"), list(f), f.mode if hasattr(f, "mode") else None)
f.close()
print(os.path.exists(f.name), open(f.name).read())
os.unlink(f.name)

with tempfile.TemporaryFile() as t:
    t.write(b"anonymous")
    t.seek(0)
    print(t.read(), isinstance(t.name, int))
with tempfile.TemporaryFile("w+t") as t:
    t.write("text mode")
    t.seek(0)
    print(t.read())

with tempfile.SpooledTemporaryFile(max_size=10) as s:
    s.write(b"12345")
    print(s._rolled, s.tell())
    s.write(b"678901")
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read())
s = tempfile.SpooledTemporaryFile(mode="w+")
s.write("spooled text")
s.seek(0)
print(s.read(), s._rolled, s.closed)
s.fileno()
print(s._rolled)
s.close()
print(s.closed)

with tempfile.TemporaryDirectory(prefix="td_") as td:
    print(os.path.isdir(td), os.path.basename(td).startswith("td_"))
    os.makedirs(os.path.join(td, "a", "b"))
    with open(os.path.join(td, "a", "b", "f.txt"), "w") as f:
        f.write("x")
print(os.path.exists(td))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print("TypeError", e)
try:
    tempfile.mkdtemp(dir=os.path.join(tmp, "no", "such", "dir"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
