print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "x", [] and 5)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print(not 0 and 1, not (0 and 1), (not 0) or 1)
seen = []


def t(x):
    seen.append(x)
    return x


r = t(0) and t(1)
print(r, seen)
seen.clear()
r = t(1) or t(2)
print(r, seen)
seen.clear()
r = t(0) or t("") or t([]) or t(5) or t(6)
print(r, seen)
seen.clear()
r = t(1) and t(2) or t(3) and t(4)
print(r, seen)
seen.clear()
x = [] or {} or ()
print(x, type(x).__name__)
print(True and "yes" or "no", False and "yes" or "no")
