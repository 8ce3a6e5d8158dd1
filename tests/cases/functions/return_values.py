def nothing():
    return


def multiple():
    return 1, "two", [3]


def early(x):
    if x:
        return "early"
    print("fell through")


a, b, c = multiple()
print(nothing(), multiple(), a, b, c, early(1), early(0))


def returns_function():
    def inner():
        return "inner result"
    return inner


print(returns_function()(), returns_function().__name__)


def returns_in_loop(items):
    for i, x in enumerate(items):
        if x == "stop":
            return i
    return None


print(returns_in_loop(["a", "stop", "b"]), returns_in_loop([]))
