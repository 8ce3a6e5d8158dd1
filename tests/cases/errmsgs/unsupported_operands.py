vals = [1, 1.5, 1j, "s", b"b", [1], (1,), {1: 2}, {1}, None, range(1), True]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
seen = set()
for op in ops:
    for a in vals:
        for b in vals:
            try:
                eval(f"a {op} b")
            except TypeError as e:
                msg = str(e)
                if msg not in seen:
                    seen.add(msg)
                    print(op, type(a).__name__, type(b).__name__, "->", msg)
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                pass
print(len(seen))
