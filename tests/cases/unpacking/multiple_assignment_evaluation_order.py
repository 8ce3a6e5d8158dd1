log = []


class Rec:
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)


def val(x):
    log.append(("eval", x))
    return x


r = Rec()
r.a, r.b = val(1), val(2)
print(log)
log.clear()
r.x = r.y = val("chain")
print(log)
log.clear()
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, "assigned at new i"
print(lst)
d = {}
d["a"], d["b"] = d.get("b", "B0"), d.get("a", "A0")
print(d)
