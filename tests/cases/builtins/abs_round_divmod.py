print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-(10 ** 30)), abs(True), abs(False))
print(round(3.5), round(4.5), round(-3.5), round(3.14159, 3), round(1e-20, 5), round(123.456, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 7))


class Num:
    def __abs__(self):
        return "absolute"

    def __round__(self, n=None):
        return f"rounded {n}"

    def __divmod__(self, o):
        return ("dm", o)

    def __rdivmod__(self, o):
        return ("rdm", o)


print(abs(Num()), round(Num()), round(Num(), 2), divmod(Num(), 3), divmod(3, Num()))
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
