class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    def quack(self):
        return "beep quack"


class Stone:
    pass


print(isinstance(Robot(), Duck), isinstance(Stone(), Duck), issubclass(Robot, Duck), issubclass(Stone, Duck))
print(isinstance(Robot(), (int, Duck)), isinstance(5, (int, Duck)))
print(isinstance(int, type), isinstance(Duck, Meta), isinstance(Duck, type), type(Duck).__name__)
