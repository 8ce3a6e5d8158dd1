print(int(), float(), complex(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), object().__class__.__name__)
print(int("42"), float("4.2"), complex("4+2j"), str(42), bool(42), list("42"), tuple("42"), dict(a=42), set("42"), frozenset("42"), bytes(2), bytearray(b"42"))
print(type(range(1)).__name__, type(slice(1)).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(type(reversed([])).__name__, type(iter(())).__name__, type(property()).__name__, type(staticmethod(abs)).__name__, type(classmethod(abs)).__name__, type(super).__name__)
for t in [int, float, str, list, dict, set, tuple, bool, type, object, bytes, range, slice, enumerate, zip, map, filter, reversed, property, super, memoryview, complex, frozenset, bytearray]:
    print(t.__name__, t.__module__, isinstance(t, type), t.__qualname__)
