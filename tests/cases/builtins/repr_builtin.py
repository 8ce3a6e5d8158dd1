values = [1, -2.5, "s", 's"q', "it's", b"b", None, True, [1, "a"], (1,), (), {"k": [1]}, {1, 2}, set(),
          frozenset({3}), range(1, 5, 2), 1 + 2j, ..., NotImplemented, float("inf"), -0.0, 10 ** 25, bytearray(b"x")]
for v in values:
    print(repr(v))
print(repr(int), repr(len), repr(ValueError), repr(ValueError("x")), repr(type(None)))
print(ascii("plain"), ascii("é😀"), ascii(["ü"]))
