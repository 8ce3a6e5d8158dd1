import gzip
import io
import zlib

print(gzip.compress(b"abc", mtime=0).hex())
print(gzip.compress(b"abc", 1, mtime=5).hex())
print(gzip.compress(b"abc", 6, mtime=12345).hex())
print(gzip.compress(bytearray(b"xyz" * 100), mtime=1).hex())
print(gzip.decompress(gzip.compress(b"round trip")))
print(gzip.decompress(gzip.compress(b"a", mtime=0) + gzip.compress(b"b", mtime=0) + b"\0\0\0"))
print(gzip.decompress(b""))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    print(f.mode, f.name == "", f.writable(), f.readable(), f.seekable())
    print(f.write(b"hello "), f.write(memoryview(b"world\n")), f.tell())
    f.write(b"second line\nthird")
print(buf.getvalue().hex())
buf2 = io.BytesIO()
with gzip.GzipFile("name.txt.gz", mode="wb", fileobj=buf2, mtime=7, compresslevel=1) as f:
    f.write(b"x")
print(buf2.getvalue().hex())
buf3 = io.BytesIO()
with gzip.GzipFile("named.bin", mode="wb", fileobj=buf3, mtime=7, compresslevel=5) as f:
    f.write(b"y")
print(buf3.getvalue().hex())

data = buf.getvalue()
with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
    print(f.mode, f.read(5), f.tell(), f.peek(1)[:1], f.readline(), f.mtime)
    print(list(f))
    print(f.read(), f.tell())
with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
    print(f.read1(3), f.seek(2), f.read(3), f.seek(-2, 1), f.read(4), f.seek(0, 2), f.read())
    f.rewind()
    print(f.readline(3), f.readline(), f.readline(100))
with gzip.GzipFile(fileobj=io.BytesIO(data + data)) as f:
    print(f.read())

big = b"".join(b"%d\n" % i for i in range(50000))
blob = gzip.compress(big, mtime=0)
with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
    lines = f.readlines()
    print(len(lines), lines[:2], lines[-1])
with gzip.open(io.BytesIO(blob), "rt", encoding="ascii") as t:
    print(t.readline(), t.read(10))
out = io.BytesIO()
with gzip.open(out, "wt", encoding="utf-8") as t:
    t.write("héllo\n")
print(gzip.decompress(out.getvalue()))

for bad in [b"xx", b"\x1f\x8b", blob[:-3], blob[:-1] + b"\1", b"\x1f\x8b\x09" + b"\0" * 20,
            blob[:20], gzip.compress(b"abc", mtime=0)[:-8] + b"\0\0\0\0\3\0\0\0"]:
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(bad)) as f:
            print(len(f.read()))
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, str(e).split(" != ")[0])

f = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
for op in (f.read, lambda: f.seek(-1, 0)):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
f.close()
print(f.closed)
try:
    f.write(b"x")
except ValueError as e:
    print("ValueError", e)
r = gzip.GzipFile(fileobj=io.BytesIO(data))
try:
    r.write(b"x")
except OSError as e:
    print(e.errno, e)
for args in [("f", "rbt"), ("f", "rb", 9, "utf-8"), (3, "rb")]:
    try:
        gzip.open(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode="q")
except ValueError as e:
    print("ValueError", e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE, gzip.FNAME)
print(repr(r).startswith("<gzip _io.BytesIO object at 0x"))
