# String building, joining, splitting, formatting and methods.
def run(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 3 % 17:02d}")
    text = ",".join(parts)
    fields = text.split(",")
    upper = sum(1 for f in fields if f.upper().endswith("7"))
    acc = ""
    for i in range(n // 10):
        acc += str(i)[-1]
    replaced = text.replace(":0", "-").count("-")
    return len(text), upper, len(acc), replaced, "%s|%5d|%.3f" % ("x", n, n / 7)


print(run(1200000))
