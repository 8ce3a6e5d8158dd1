class BadBool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in [True, False, 1, 0, "x", None, 1.0]:
    try:
        print(repr(v), bool(BadBool(v)))
    except TypeError as e:
        print(repr(v), type(e).__name__, e)
try:
    if BadBool(2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    not BadBool("s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    BadBool(3) and 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    while BadBool([]): pass
except TypeError as e:
    print(type(e).__name__, e)
print(BadBool(True) and "ok", BadBool(False) or "alt")
print(bool.__new__(bool, 5), bool.__new__(bool), int(True), True + True, True * 3.5, -True, True / 2)
print(True & False, True | False, True ^ True, ~False, type(True & True).__name__, type(True + 1).__name__)
print(str(True), repr(False), f"{True}", "%s %d %r" % (True, True, False), format(True, "^6"))
