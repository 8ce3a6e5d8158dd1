# String building: concatenation, join, f-strings, str(), repr(), % and format(),
# and common methods on the strings built.
def concat(n):
    s = ""
    for i in range(n):
        s += "ab" if i % 3 else "c"
        if len(s) > 1000:
            s = s[500:]
    return len(s)


def joined(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    line = ",".join(parts)
    return len(line), line[-20:]


def fstrings(n):
    total = 0
    for i in range(n):
        name = f"item{i}"
        row = f"{name}: {i * 2.5:.2f} [{i:>6}] {i % 7:03d} {name!r}"
        total += len(row)
    return total


def methods(n):
    count = 0
    for i in range(n):
        w = "  Word%d  " % i
        t = w.strip().lower()
        if t.startswith("word1"):
            count += 1
        t = t.replace("word", "w").upper()
        count += len(t.split("1"))
        if "5" in t:
            count += t.find("5")
    return count


def reprs(n):
    out = []
    for i in range(n):
        out.append(repr(i / 8) + str(i * 1.5) + format(i, "x"))
    return len("".join(out))


print(concat(2700000))
print(joined(1800000))
print(fstrings(240000))
print(methods(400000))
print(reprs(300000))
