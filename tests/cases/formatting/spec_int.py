specs = ["", "d", "5", "<5", ">5", "^5", "=5", "+", "-", " ", "05", "+05", "=+7", "*^9", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "#010b", ",", "_", ",d", "_x", "_b", "_o", "12,", "012,", "c", "n", "e", ".2f", "%", "g", "+#x", " #o", "0=8", "-^7"]
for n in [0, 42, -42, 255, -255, 1234567, -1234567, 2 ** 64]:
    out = []
    for spec in specs:
        try:
            out.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(n, out)
for spec in [",x", "_c", ",b", "#c", ".2d", "+c", "=c" if False else "zz", "<<5", "5.5.5"]:
    try:
        print(spec, format(65, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
