# the % operator: flags, * widths, mapping keys, conversions, argument count errors
print("%5d|%-5d|%05d|%+d|% d|%x|%#x|%#X|%o|%#o|%e|%E|%g|%G|%.3s|%5.1f|%-8.3e|%c|%c|%%|%r|%a" % (
    42, 42, -42, 42, 42, 255, 255, 255, 8, 8, 12345.678, 0.000123, 1e-5, 1e20, "abcdef", 3.14159, 2.5, 65, "Z", "é", "é"))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828), "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25}, "%s" % [1], "%s" % ((1, 2),))
for fmt, args in [("%d", "x"), ("%d", 1.9), ("%x", 1.5), ("%c", 1114112), ("%c", "ab"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)),
                  ("%(a)s", {}), ("%z", 1), ("%", 1), ("%.*f", (1.5, 2)), ("%*d", ("a", 1)), ("%d%%", 5), ("%i", 2**100), ("%u", -3),
                  ("%s", ()), ("%r", ()), ("no fmt", 5), ("no fmt", ()), ("no fmt", {}), ("%(a)d %d", {"a": 1}), ("%#.3g", 1.0), ("%-05d", 3),
                  ("%.0e", 0.5), ("%#.0e", 5.0), ("%+.2f", -0.0), ("% x", 255), ("%#o", 0), ("%10.4s|", "abcdefg"), ("%c", -1), ("%d", True), ("%f", 10**400)]:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 1.5
print("%s %r %a %d %x %f" % (S(), S(), S(), I(), I(), F()))
for fmt, arg in [("%d", F()), ("%f", I()), ("%x", F()), ("%d", "7")]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print("TypeError", e)
