# memoryview basics: slicing, tolist, tobytes, hex, cast, release, readonly, comparisons, errors
b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m.tolist(), len(m), m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m.readonly, memoryview(b"xy").readonly, m.obj is b, m.hex(), m.hex(":"), m[1:4].hex("-", 2), m.contiguous, m.c_contiguous)
m[0] = 65; m[1:3] = b"BC"; print(b)
print(m == b"ABCdef", m == bytearray(b"ABCdef"), m == m, m[0:2] == b"AB", m != b"x", memoryview(b"ab") == memoryview(b"ab"))
i = memoryview(bytearray(8)).cast("i")
i[0] = -5; i[1] = 7
print(i.tolist(), i.format, i.itemsize, len(i), i.nbytes, bytes(i.cast("B"))[:4])
h = memoryview(b"\x01\x00\x02\x00").cast("H"); print(h.tolist(), h[1])
print(list(memoryview(b"xyz")), [x for x in memoryview(b"\x00\xff")], memoryview(b"abc").tobytes(), str(memoryview(b"q").tobytes(), "ascii"))
for f in [lambda: memoryview(b"abc").__setitem__(0, 1), lambda: memoryview("str"), lambda: memoryview(b"abc")[3],
          lambda: memoryview(bytearray(b"abc")).__setitem__(0, 256), lambda: memoryview(bytearray(b"abc")).__setitem__(slice(0, 2), b"x"),
          lambda: memoryview(b"abc").cast("i"), lambda: memoryview(b"abcd").cast("q"), lambda: memoryview(b"ab")["x"],
          lambda: hash(memoryview(bytearray(b"a"))), lambda: memoryview(1), lambda: memoryview(b"ab").cast("Z"),
          lambda: memoryview(b"abc")[1:2][5]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(memoryview(b"abc")) == hash(b"abc"))
r = memoryview(b"released")
r.release()
for f in [lambda: r[0], lambda: len(r), lambda: r.tobytes(), lambda: bytes(r)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
print(repr(r).startswith("<released memory at"), repr(memoryview(b"")).startswith("<memory at"))
with memoryview(b"ctx") as c:
    print(c.tobytes())
try:
    c[0]
except ValueError as e:
    print("ValueError", e)
print(memoryview(b"abc").toreadonly().readonly, bytes(memoryview(b"hello")[1:-1]), bytearray(memoryview(b"zz")), b"ab" + memoryview(b"cd"))
print(memoryview(b"abcdef")[::-1].tobytes(), memoryview(b"abcdef")[::-2].tolist(), memoryview(b"abc")[5:1].tobytes())
print(b"x".join([memoryview(b"a"), memoryview(b"b")]), memoryview(b"ab") in [b"ab"], b"b" in bytes(memoryview(b"ab")))
