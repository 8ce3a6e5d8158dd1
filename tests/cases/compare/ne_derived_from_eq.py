class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called")
        return self.v == other.v


a, b = OnlyEq(1), OnlyEq(2)
print(a != b)
print(a != OnlyEq(1))


class EqReturnsNonBool:
    def __eq__(self, other):
        return [1]


print(EqReturnsNonBool() != 1)


class EqNotImpl:
    def __eq__(self, other):
        return NotImplemented


x = EqNotImpl()
print(x == x, x != x, x == 1, x != EqNotImpl())
