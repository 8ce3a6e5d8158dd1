# format-spec mini-language corners: grouping, alternate forms, = alignment, n, %, errors
specs = [",", "_", ",d", "_x", "_b", "_o", "#x", "#_x", "#o", "#b", "+,", " ,", "=+12,", "0=12,", "012,", "<12_", "^+12", "*^12,",
         "08.3f", ",.2f", "_.3e", ".0%", ",.1%", "#.0f", "#.0e", "#g", ".3g", "g", "G", "n", ".2n", "e", "E", "%", "-", "+.1e", "x<10",
         "\u00e9>5", ".10", "z.1f", "#", "c", "s", ",s", "=s", "10.3", "010"]
vals = [0, 1234567, -1234567, 2**70, 0.0, -0.0, 1234.5678, 1e-7, float("inf"), float("nan"), True, 65]
for spec in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), row)
for spec in ["s", ">10", "^7.2", "<", ",", "d", "=5", "+", "#", "05"]:
    try:
        print(repr(spec), repr(format("ab", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{0:{1}}".format(5, "03"), "{!r:>8}".format("x"), "{0[1]}{0[0]}".format("ab"), "{a.real}".format(a=3j))
for fmt in ["{", "}", "{0", "{0!}", "{0!x}", "{:{}}}", "{0[}", "{0.}", "{1}", "{x}", "{0:{1:{2}}}", "{!r}", "{:d}"]:
    try:
        print(repr(fmt), repr(fmt.format("s")))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
