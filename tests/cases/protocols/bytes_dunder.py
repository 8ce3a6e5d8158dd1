class B:
    def __bytes__(self): return b"custom"
print(bytes(B()), bytearray(B()) if False else "skip")
class BadB:
    def __bytes__(self): return "str"
try:
    bytes(BadB())
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 3
print(bytes(Idx()), bytes([Idx(), 65]), bytearray(Idx()))
for v in [-1, "s", 1.5, [256], [-1], ["a"], None]:
    try:
        print(bytes(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(range(3)), bytes((x for x in [104, 105])))
try:
    bytes("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(b"x", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
