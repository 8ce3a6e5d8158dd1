def level_a(x):
    return level_b(x) + 1


def level_b(x):
    return level_c(x) * 2


def level_c(x):
    return {"one": 1}[x]


print(level_a("one"))
print(level_a("two"))
