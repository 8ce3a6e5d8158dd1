print(list(range(3)))
list = "shadowed"
print(list)
del list
print(list("ab"))


def uses_local_sum():
    sum = lambda xs: "custom sum"
    return sum([1, 2])


print(uses_local_sum(), sum([1, 2]))


class Str:
    str = "class attr named str"

    def convert(self, v):
        return str(v)


print(Str().convert(5), Str.str)
try:
    del print
except NameError as e:
    print(type(e).__name__, e)
