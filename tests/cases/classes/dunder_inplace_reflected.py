class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self

    def __add__(self, o):
        print("add")
        return Acc(self.v + o)

    def __radd__(self, o):
        print("radd")
        return Acc(o + self.v)

    def __repr__(self):
        return f"Acc({self.v})"


a = Acc(1)
orig = a
a += 5
print(a, a is orig)
b = a + 1
c = 10 + a
print(b, c)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("OnlyAdd.add")
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 2
print(x.v, x is y)


class Sub(int):
    def __radd__(self, o):
        return "Sub.radd wins"


print(1 + Sub(2), Sub(2) + 1)


class Pw:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)

    def __rpow__(self, o):
        return ("rpow", o)


print(Pw() ** 2, pow(Pw(), 3, 5), 2 ** Pw())
