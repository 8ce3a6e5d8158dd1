def process(grid):
    out = []
    for r, row in enumerate(grid):
        if not row:
            out.append("empty row")
            continue
        for c, v in enumerate(row):
            try:
                if v < 0:
                    raise ValueError
                while v > 10:
                    v //= 2
                    if v == 12:
                        break
                else:
                    if v % 2:
                        out.append((r, c, "odd", v))
                        continue
                out.append((r, c, v))
            except ValueError:
                out.append((r, c, "neg"))
            except TypeError:
                out.append((r, c, "type"))
    return out


for item in process([[1, 24, -3], [], [100, "x", 7]]):
    print(item)
