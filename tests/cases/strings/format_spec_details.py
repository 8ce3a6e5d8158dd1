for v in (0, 1, -1, 255, 2 ** 40, -(2 ** 40)):
    print(f"{v:10}|{v:<10}|{v:^10}|{v:>+10}|{v:010}|{v:x}|{v:#o}|{v:,}|")
for v in (0.0, -0.0, 1.5, -1234.5678, 1e21, 1e-7, float("inf"), float("nan")):
    print(f"{v:10.3f}|{v:e}|{v:g}|{v:G}|{v:+.1f}|{v:%}|{v}|{v:n}|")
print(f"{12345.6789:_.2f} {1e6:,.0f} {0.1:.20f} {123:e} {123:.2%} {5:.1f}")
print(f"{'abc':.2} {'abc':5.1}| {'x':=^5} {True} {True:d} {None!s:>6}")
try:
    f"{'abc':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{5:s}"
except ValueError as e:
    print(type(e).__name__, e)
