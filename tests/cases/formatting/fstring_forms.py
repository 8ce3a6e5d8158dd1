x, y = 3, "s"
print(f"{x}", f"{x!r}", f"{y!r}", f"{x:>4}", f"{x=}", f"{y=!s}", f"{x = }", f"{x*2=:05}", f"{{x}}", f"{'nested'}", f"{x:{'>'}{4}}")
print(f"{3.14159:.2f}", f"{10**9:,}", f"{0.5:%}", f"{-5:+}", f"{'é'!a}", f"{[1, 2]}", f"{ {'a': 1}['a'] }", f"{(lambda: 7)()}")
w = 6
print(f"{'ab':^{w}}|", f"{x:0{w}d}", f"{x:#0{w}x}", f"{1/3:.{x}}", f"{'q':{y}}" if False else "", f"{x if x else y}")
def fmt(v):
    return f"[{v!r:>8}]"
print(fmt(1), fmt("a"), fmt(None))
print(f"""multi
{x}line""", f"a" f"b" f"{x}", F"{x}", rf"\n{x}", fr"{x}\t")
import math
print(f"{math.pi:.3}", f"{math.pi:10.4f}|", f"{-math.pi:e}", f"{math.inf}", f"{-0.0}", f"{1e100:g}")
try:
    f"{x:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{y:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{x!r:d}"
except ValueError as e:
    print(type(e).__name__, e)
