print("%d %i %s %r %%" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 2.5, -1.0, 9.99, 12345.678, 0.00012, 1e-5, 1e20))
print("%s %s" % ([1, 2], (3,)), "%s" % ((1, 2),), "%s" % None)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%c%c" % (65, "z"), "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 3, 3.14159))
print("%d" % 3.99, "%s" % 3.0, "%r" % 1e100, "%i" % True, "%x" % -255)
print("%d" % 2 ** 80, "%x" % 2 ** 80)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("no args" % ())
print("%s" % "single", "%.3s" % "abcdef", "%-6.2f|" % 3.14159)
