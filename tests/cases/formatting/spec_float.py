specs = ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10", ">10.3", "^12.4g", "+", " ", "+.2e",
         "010.3f", "#.0f", "#g", "#.3g", ",", ",.2f", "_.3f", "n", ".0e", "#.0e", "z.1f", "-", "=+12.2f", "*<11.1f", ".10g", ".17g", "r" if False else "F"]
for x in [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-5, 1.5e-7, 123456789.123, 1e16, 1e22, -1e300, 0.5, 2.5, 1 / 3,
          float("inf"), float("-inf"), float("nan"), 5e-324]:
    out = []
    for spec in specs:
        try:
            out.append(format(x, spec))
        except ValueError as e:
            out.append("VE")
    print(repr(x), out)
for spec in ["d", "x", "c", "b", ".2s", "=^5"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
