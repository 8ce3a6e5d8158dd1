print()
print(1, 2, 3)
print(1, 2, sep="-")
print("a", "b", sep="", end="|\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print("x", sep=None, end=None)
print(None, True, 1.0, [1], {"a": 1})
import sys
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("file none", file=None)
for kw in [{"sep": 1}, {"end": 2}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", "b", file=w, sep="+")
print(w.parts)
