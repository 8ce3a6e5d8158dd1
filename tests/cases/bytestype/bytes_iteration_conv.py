b = b"\x00\x7f\x80\xff"
print(list(b), tuple(b), [x for x in b], sum(b), max(b), min(b), sorted(b, reverse=True), set(b"aab") == {97, 98})
it = iter(b)
print(type(it).__name__, next(it), list(it), list(reversed(b)))
print(bytes(memoryview(b"mv")), bytes(bytearray(b"ba")), bytes(iter([65, 66])), bytes((x for x in range(3))))
print(int.from_bytes(b, "big"), b.decode("latin-1"), bytes(b.decode("latin-1"), "latin-1") == b)
print(b"%s" % b"x" if hasattr(bytes, "__mod__") else "", b"abc"[1], type(b"abc"[1:2]).__name__, bytearray(b"q")[0])
print(bytes.__name__, bytearray.__name__, isinstance(b"", bytes), isinstance(bytearray(), bytes), issubclass(bytes, bytearray))
print(b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"a" == "a", hash(b"abc") == hash(b"abc"), b"abc" != b"abd")
