class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return "$%d.%02d" % divmod(self.cents, 100) if spec == "" else "<" + spec + ">"

    def __str__(self):
        return "Money"


m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:xyz}", format(m), "{:short}".format(m), str(m), f"{m!s}")


class Plain:
    def __repr__(self):
        return "Plain()"


print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
