print(b"%s %d %x" % (b"ab", 5, 255), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"z"), b"%r" % b"x", b"%a" % "é")
print(b"%(k)s" % {b"k": b"v"}, b"%%", b"%.2f" % 1.5, b"%05d" % -3, b"%o" % 8)
for fmt, args in [(b"%s", "str"), (b"%d", b"x"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (b"a",))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__)
