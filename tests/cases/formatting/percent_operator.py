print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%e %E %.2e" % (12345.678, 0.00012, 1.5), "%f %.1f %10.3f|" % (1.5, 2.25, 3.14159))
print("%g %G %g %g" % (1e-5, 1e20, 123456, 1234567), "%c %c" % (65, "z"), "%%", "%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3}, "%(x)s %(x)r" % {"x": "q"}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50, "%s" % None, "%r" % (b"x",), "%5s|%-5s|" % ("ab", "ab"))
print("%d" % 3.99, "%d" % True, "%x" % True, "%s" % 1e100, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5, "%#.0f" % 1, "%#x" % 0)
print("%i" % -0.0 if False else "", "%e" % float("inf"), "%f" % float("nan"), "%5.1f|" % float("-inf"), "%+.1f" % 0.05)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", (1,)), ("%(k)s", {}), ("%c", 1.5), ("%c", "ab"),
                  ("%c", 0x110000), ("%x", 1.5), ("%d", None), ("%", ()), ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("%.*f", (1.5, 1)),
                  ("abc", 1), ("abc", ()), ("abc", []), ("abc", {}), ("%s", ()), ("%o", "8")]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
