class NoArgs:
    def __init__(self, a):
        self.a = a


class TooFew:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


try:
    match NoArgs(1):
        case NoArgs(x):
            print("matched", x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    match TooFew():
        case TooFew(x, y):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 1:
        case len():
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
match NoArgs(3):
    case NoArgs(a=3):
        print("keyword pattern works")
match TooFew():
    case TooFew(missing=1):
        print("no")
    case TooFew(a=1):
        print("attribute a matched")
