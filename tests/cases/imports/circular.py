import sys
import circ.a
print(circ.a.A, circ.b.B)
try:
    import circ.c
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], "|", "most likely due to a circular import" in str(e))
print("circ.c" in sys.modules, "circ.d" in sys.modules)
import circ.e
print(circ.f.use(), circ.e.E)
