vals = [1, 1.5, 1j, "s", b"b", [1], (1,), {1: 2}, {1}, None, range(1), object]
seen = []
for op in ["<", "<=", ">", ">="]:
    for a in vals:
        for b in vals:
            try:
                eval(f"a {op} b")
            except TypeError as e:
                if str(e) not in seen:
                    seen.append(str(e))
print(len(seen))
for m in seen:
    print(m)
