print(True, False, type(True), isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True == 1, False == 0, True is True, hash(True), hash(False), True + 0.5, {True: "a", 1: "b"})
print(bool.__name__, bool.__base__, repr(True), str(False), int(True), float(False), complex(True))
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(True & True, True & 1, type(True & 1).__name__, True | 0, type(False ^ False).__name__, ~True, -False)
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.to_bytes(1, "big"), True.as_integer_ratio())
print(sum([True, True, False]), max(True, 0), sorted([True, False, True]), [1, 2][True], "ab"[False])
print(bool("False"), bool(""), bool(" "), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool(1e-300))
print(True.__and__(False), True.__or__(2), True.__xor__(True), bool.__and__(True, 1), True.__rand__(1))
print(f"{True:>5}|{False:d}|{True:x}|{True:.2f}|{True!r}", "%s|%d|%i|%x|%f" % (True, True, False, True, True))
