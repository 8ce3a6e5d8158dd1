print(int("12", base=10), int(x="12") if False else "", int("101", 2), int(" 0b101 ", 0))
for args, kw in [((), {"base": 10}), ((1.5, 10), {}), (("1",), {"base": 0}), (("0777",), {"base": 0}), (("0",), {"base": 0}),
                 (("000",), {"base": 0}), (("0_0",), {"base": 0}), (("1", 2, 3), {}), (("1",), {"bas": 2})]:
    try:
        print(args, kw, int(*args, **kw))
    except (TypeError, ValueError) as e:
        print(args, kw, type(e).__name__, e)
class IntLike:
    def __int__(self): return 5
class IdxLike:
    def __index__(self): return 6
print(int(IntLike()), int(IdxLike()), int("1" * 30) % 9)
try:
    int("5", IdxLike())
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(int("z", IdxLike()) if False else int("10", base=IdxLike()))
print(int(" \u2003 12 \u3000"), int("-\u0661\u0662"), int("\uff11\uff10", 16))
try:
    int("1\x00")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("é")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("0x1g", 16)
except ValueError as e:
    print(type(e).__name__, e)
