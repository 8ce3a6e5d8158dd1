def check(values):
    for v in values:
        if v is None:
            return "found None"
        if v < 0:
            return f"negative {v}"
    else:
        return "all fine"
    return "unreachable"


print(check([1, 2]), check([1, None, -1]), check([3, -2]), check([]))


def implicit(x):
    if x:
        return x


print(implicit(0), implicit(5))


def nested_returns(n):
    while True:
        for i in range(n):
            if i == 3:
                return i * 100
        return -1


print(nested_returns(10), nested_returns(2))
