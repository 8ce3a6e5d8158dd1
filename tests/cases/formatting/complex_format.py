for z in [1 + 2j, -1.5 - 0.5j, 1j, -0j, complex(1e20, -1e-20), complex(float("inf"), float("nan")), 3 + 0j]:
    print(repr(z), [format(z, s) for s in ["", ".2f", "e", "g", ">20", "<20", "^20.1f", "+", " ", "*>15.3g", ",.1f"]])
for s in ["d", "=10", "010", "%", "c"]:
    try:
        format(1 + 1j, s)
    except ValueError as e:
        print(s, type(e).__name__, e)
print("{:.1f}".format(2j), "%s %r" % (1j, 2 + 3j), str(complex(0, -0.0)), f"{1+1j!s:>10}")
