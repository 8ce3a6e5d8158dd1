# Binary files: the buffered layer and the raw FileIO under it.
import io
PATH = "/tmp/taipan-case-io-bin.dat"

with open(PATH, "wb") as f:
    print(type(f).__name__, f.write(b"abc\ndef\n"), f.write(bytearray(b"xyz")), f.tell())
    print(type(f.raw).__name__, f.raw.mode, f.mode, f.name == PATH)
with open(PATH, "rb") as f:
    print(f.readline(), f.peek(2)[:2], f.read(2), f.read1(100), f.read())
    print(f.seek(-3, 2), f.read(), f.tell())
    f.seek(0)
    print(list(f))
with open(PATH, "r+b") as f:
    print(type(f).__name__)
    f.seek(4)
    f.write(b"DEF")
    f.seek(0)
    print(f.read())
with open(PATH, "ab") as f:
    f.write(b"++")
raw = open(PATH, "rb", buffering=0)
print(type(raw).__name__, raw.read(3), raw.readall())
buf = bytearray(4)
raw.seek(0)
print(raw.readinto(buf), buf)
raw.close()
print(raw.closed, repr(raw))

with io.FileIO(PATH, "w") as f:
    print(f.write(b"raw"), f.mode, f.closefd)
with io.FileIO(PATH) as f:
    print(f.read(), f.read())

try:
    open(PATH, "xb")
except FileExistsError as e:
    print("FileExistsError", e.errno)
try:
    open("/tmp/taipan-case-io-missing/none.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
for mode in ["rw", "rr", "", "rbt", "q"]:
    try:
        open(PATH, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [dict(encoding="utf-8"), dict(newline=""), dict(errors="strict")]:
    try:
        open(PATH, "rb", **kw)
    except ValueError as e:
        print(e)
try:
    open(PATH, "r", buffering=0)
except ValueError as e:
    print(e)
try:
    open(3.5)
except TypeError as e:
    print(e)

f = open(PATH, "wb")
f.close()
for op in ["write", "flush", "seek", "tell"]:
    try:
        getattr(f, op)(*([b"x"] if op == "write" else [0] if op == "seek" else []))
    except ValueError as e:
        print(op, e)
r = open(PATH, "rb")
try:
    r.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
r.close()
try:
    r.read()
except ValueError as e:
    print(e)
