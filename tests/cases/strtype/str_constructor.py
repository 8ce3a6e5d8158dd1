print(str(), str(5), str(1.5), str(None), str([1, "a"]), str(b"x"), str(str), str(...), str(-0.0), str(1e100))
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str("a", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(bytearray(b"x\xff"), "latin-1"), str(memoryview(b"mv"), "ascii") if True else "")
try:
    str(object=5, encoding="x")
except TypeError as e:
    print(type(e).__name__, e)
print(str(object="kw"), repr(str(b"\xe9", "latin-1")))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(type(str("x")) is str, str("abc") is not None, "".__class__.__name__)
