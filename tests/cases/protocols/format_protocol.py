class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F()), format(F(), "xyz"), f"{F():>10}", "{:abc}".format(F()), f"{F()!r:5}".startswith("<"))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat:
    def __str__(self): return "nf"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(format(3), format(3.5, ""), format("s", ""), format(None), format([1, 2]))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{True:d}", f"{True}", f"{True:5}", f"{False:>6}")
print(f"{3:{'>'}{5}}", f"{'x':{'^'}{7}}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", f"{'s'!r:>{w}}|")
