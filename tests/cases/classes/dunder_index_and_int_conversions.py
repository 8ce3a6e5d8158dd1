class Nth:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1j


three = Nth(3)
print(list(range(three)), "abcdef"[three], "abcdef"[Nth(1):three], [0] * three)
print(hex(three), bin(Nth(5)), int(three), three.__index__(), (10).__index__())
print(int(Num()), float(Num()), complex(Num()))
try:
    range(Num())
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[Num()]
except TypeError as e:
    print(type(e).__name__, e)
print(operator_like := [1, 2, 3, 4][Nth(-1)])
