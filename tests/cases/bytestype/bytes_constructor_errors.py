for args in [(), (0,), (3,), ([],), ([0, 255],), ("abc", "ascii"), (b"abc",), (bytearray(b"x"),), (range(5),), ("é", "utf-8", "strict")]:
    print(args, bytes(*args), bytearray(*args))
for args in [(-1,), ([256],), (["a"],), (1.5,), ("abc",), (b"x", "utf-8"), (1, "utf-8"), ("é", "ascii"), (None,), ("x", "no-codec")]:
    for f in (bytes, bytearray):
        try:
            f(*args)
        except (TypeError, ValueError, LookupError) as e:
            print(f.__name__, args, type(e).__name__, e)
print(bytes(source=b"k"), bytes(encoding="ascii", source="s") if True else "")
try:
    bytes(2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
