specs = ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "5.2", ">10.3", "-<4", "😀^5", "^", "0", "010"]
for s in ["", "a", "abc", "hello world", "😀x", "é"]:
    out = []
    for spec in specs:
        try:
            out.append(format(s, spec))
        except ValueError as e:
            out.append("VE:" + str(e))
    print(repr(s), out)
for spec in ["d", "+", " ", "#", ",", "_", "=5", "x", "05"]:
    try:
        print(repr(spec), format("ab", spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
