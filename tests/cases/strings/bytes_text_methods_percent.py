tests = ['b"ab".center(5, b"xy")', 'b"ab".center(5, "x")', 'b"ab".center("5")', 'b"ab".ljust()', 'b"ab".partition("a")',
 'b"ab".partition(b"")', 'b"ab".rpartition(5)', 'b"ab".translate(b"x")', 'bytes.maketrans(b"a", b"bc")',
 'b"ab".removeprefix("a")', 'b"ab".zfill("a")', 'b"a\\tb".expandtabs(tabsize=4)', 'b"ab".splitlines(True)',
 'b"ab".translate(None, b"a")', 'bytes.maketrans("a", b"b")', 'b"ab".center(5, bytearray(b"-"))',
 'b"ab".translate(None, delete=b"a")', 'b"a".ljust(3, fillchar=b"x")', 'bytearray(b"ab").partition(b"a")',
 'b"ab".partition(bytearray(b"a"))', 'b"ab".splitlines(keepends=1)', 'b"%s" % 1', 'b"%d" % "x"', 'b"%c" % 300',
 'b"%c" % b"ab"', 'b"%r" % 1', 'b"%a" % "\\xe9"', 'b"%s" % "x"', 'b"%b %s" % (b"x", bytearray(b"y"))',
 'b"%x %o %e %5.2f|%-4d|%+i" % (255, 8, 1.5, 2.345, 3, 4)', 'b"%(a)s" % {b"a": b"v"}', 'b"%s" % memoryview(b"m")',
 'bytearray(b"%d") % 5', 'b"%" % ()', 'b"%s %s" % (b"a",)', 'b"%s" % (b"a", b"b")', 'b"%c%c" % (65, b"B")',
 'b"%5s|%-5s|" % (b"ab", b"cd")', 'b"%.1s" % b"xyz"', 'b"%i%%" % 5', 'b"x" % ()', 'b"x" % 5', '5 % b"x"',
 'b"%s" % [1]', 'b"%a" % [1]', 'b"\\xff%s" % b"\\xfe"', 'b"%(x)d" % {"x": 1}',
 'b"hello world".center(20, b"*")', 'b"ab".center(6)', 'b"abc".center(6)', 'b"-42".zfill(6)', 'b"+".zfill(3)', 'b"".zfill(2)',
 'b"hello WORLD 3x".capitalize()', 'b"Hello World".swapcase()', 'b"they\'re bill\'s 3rd".title()', 'b"Hello World".istitle()',
 'b"Hello world".istitle()', 'b"".istitle()', 'b"abc\\x80".isascii()', 'b"abc".isascii()', 'b"a,b,c".partition(b",")',
 'b"a,b,c".rpartition(b",")', 'b"abc".partition(b"x")', 'b"abc".rpartition(b"x")', 'bytearray(b"abc").rpartition(b"x")',
 'b"abcabc".removeprefix(b"abc")', 'b"abcabc".removesuffix(b"bc")', 'b"abc".removesuffix(b"")', 'bytearray(b"xy").removeprefix(b"x")',
 'b"a\\nb\\r\\nc\\rd\\n".splitlines()', 'b"a\\nb\\r\\nc\\rd\\n".splitlines(True)', 'b"\\n\\n".splitlines()', 'b"".splitlines()',
 'b"a\\x0bb\\x0cc".splitlines()', 'b"abc".translate(bytes.maketrans(b"abc", b"xyz"))', 'b"abc".translate(None)',
 'bytearray(b"abc").translate(bytes.maketrans(b"a", b"A"), b"c")', 'bytearray.maketrans(b"a", b"b")[97:99]',
 'b"a\\tbc\\td".expandtabs()', 'b"a\\tb\\nc\\td".expandtabs(2)', 'b"\\t".expandtabs(0)', 'bytearray(b"x").center(3)',
 'bytearray(b"x").zfill(3)', 'b"ab".__mod__(1)', 'bytearray(b"a").title()', 'b"abc".__bytes__()', 'type(bytearray(b"%s") % b"x")',
 'b"%5c|" % 65', 'b"%-3c|" % b"z"', 'b"%r" % b"q"', 'b"%a" % b"q"', 'b"%s" % bytearray(b"ba")', 'b"%#x %#o %X" % (255, 8, 255)',
 'b"%g %G %E %F" % (1e20, 1e-20, 3.0, float("inf"))', 'b"%*d|%-*d|" % (4, 1, 3, 2)', 'b"%.*f" % (2, 3.14159)', 'b"%u" % 3',
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
class HasBytes:
    def __bytes__(self): return b'HB'
print(b'%s' % HasBytes(), b'%b' % HasBytes(), bytes(HasBytes()))
