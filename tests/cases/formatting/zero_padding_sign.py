for v in [5, -5, 0, 3.5, -3.5, -0.0, 2 ** 70, float("nan")]:
    print(repr(v), [format(v, s) for s in ["05", "+05", "-05", " 05", "=5", "0=5", "<05", ">05", "^05", "z05" if isinstance(v, float) else "05", "010,", "+010_"]])
print(format(-0.0, "z"), format(-0.0, "z.1f"), format(-0.001, "z.1f"), format(-0.001, ".1f"), format(0.0, "+z.1f"))
try:
    format(5, "z")
except ValueError as e:
    print(type(e).__name__, e)
