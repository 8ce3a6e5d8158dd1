# the __format__ protocol on user classes: default object.__format__, conversions, nested specs
class P:
    def __format__(self, spec):
        return "P[" + spec + "]"
    def __str__(self): return "Pstr"
    def __repr__(self): return "Prepr"
p = P()
print(format(p), format(p, "x>5"), f"{p}", f"{p:abc}", f"{p!s}", f"{p!r:>8}", f"{p!a:*^9}", "{0:{1}}".format(p, "nested"), "%s %r" % (p, p))
class Plain:
    def __str__(self): return "plain"
for f in [lambda: format(Plain(), ""), lambda: format(Plain(), "s"), lambda: f"{Plain():>3}", lambda: format(Plain(), 5), lambda: "{:x}".format(object())]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
class BadFormat:
    def __format__(self, spec): return 42
for f in [lambda: format(BadFormat()), lambda: f"{BadFormat()}", lambda: "{}".format(BadFormat())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class IntSub(int):
    def __format__(self, spec): return "IntSub:" + spec
print(format(IntSub(3), "d"), f"{IntSub(4):>5}", "%d" % IntSub(5), str(IntSub(6)), f"{True:d}", f"{True}", format(True, "^7"), format(1.0, ""), format(10**20, "e"))
w = 8; prec = 3
print(f"{3.14159:{w}.{prec}f}|{'s':{'<'}{w}}|{12345:{','}}|{255:#{'x'}}|{'abc'!r:>{w}}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{1 + 1 = }", f"{'x' = !r:>6}", f"{3.0=:.1f}")
