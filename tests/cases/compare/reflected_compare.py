class Base:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print(self.name, "lt", other.name)
        return True

    def __gt__(self, other):
        print(self.name, "gt", other.name)
        return False


class Sub(Base):
    def __gt__(self, other):
        print(self.name, "sub gt", other.name)
        return True


b = Base("b")
s = Sub("s")
print(b < s)
print(s < b)
print(b > s)
print(b < b)


class OnlyGt:
    def __gt__(self, other):
        print("OnlyGt.gt")
        return "yes"


print(1 < OnlyGt())
print(OnlyGt() > 1)


class Eq:
    def __eq__(self, other):
        return "truthy string"


print(Eq() == 3, 3 == Eq(), Eq() != 3)
