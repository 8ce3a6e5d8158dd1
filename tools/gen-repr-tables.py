#!/usr/bin/env python3
"""Writes the expected outputs for PyReprTest, produced by CPython 3.11 itself.

    python3 tools/gen-repr-tables.py src/test/resources/repr

printable.txt: ranges of code points for which str.isprintable() is true ("HEX HEX").
floats.txt:    "BITS_HEX REPR" for special and random doubles (fixed seed).
complex.txt:   "REAL_BITS IMAG_BITS REPR".
strings.txt:   "CODEPOINTS_HEX_COMMA_SEPARATED<TAB>REPR".
bytes.txt:     "HEX<TAB>REPR".
"""
import os
import random
import struct
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/repr"
os.makedirs(out, exist_ok=True)
rnd = random.Random(20231121)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


with open(os.path.join(out, "printable.txt"), "w", encoding="utf-8") as f:
    start = None
    for cp in range(0x110001):
        p = cp < 0x110000 and chr(cp).isprintable()
        if p and start is None:
            start = cp
        if not p and start is not None:
            f.write("%x %x\n" % (start, cp - 1))
            start = None

floats = [0.0, -0.0, float("inf"), -float("inf"), float("nan"), 5e-324, -5e-324, 1e-323,
          2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.5e-07, 1e16, 1e15, 9999999999999998.0, 1e17, 123.0,
          1e300, 1e-300, 1e22, 1e23, 0.0001, 0.00001, 0.00012345, 1e-4, 1.0, 10.0, 100.0,
          12345678901234567.0, 1234567890123456.7, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
          3.141592653589793, 2.718281828459045, 1e100, 9.5, 0.5, 0.25]
for e in range(-330, 310):
    for m in (1, 2, 5, 9.999999, 1.2345678901234567):
        try:
            floats.append(float("%re%d" % (m, e)))
        except OverflowError:
            pass
for k in range(-1074, 1024, 7):
    floats.append(2.0 ** k)
for _ in range(3000):
    floats.append(from_bits(rnd.getrandbits(64)))
for _ in range(1000):  # subnormals
    floats.append(from_bits(rnd.getrandbits(52)))
for _ in range(1000):
    floats.append(rnd.uniform(-1e6, 1e6))
for _ in range(500):  # short decimals
    floats.append(float("%d.%de%d" % (rnd.randrange(10), rnd.randrange(100), rnd.randrange(-320, 309))))
for _ in range(500):
    floats.append(float(rnd.randrange(1, 10 ** rnd.randrange(1, 20))))
with open(os.path.join(out, "floats.txt"), "w", encoding="utf-8") as f:
    for x in floats:
        f.write("%s %r\n" % (bits(x), x))

comps = []
specials = [0.0, -0.0, 1.0, -1.0, 1.5, float("inf"), -float("inf"), float("nan"), 1e100, 1e16, 1e15,
            1e-5, 123.0, 0.1, 5e-324]
for r in specials:
    for i in specials:
        comps.append(complex(r, i))
for _ in range(300):
    comps.append(complex(0.0, from_bits(rnd.getrandbits(64))))
with open(os.path.join(out, "complex.txt"), "w", encoding="utf-8") as f:
    for c in comps:
        f.write("%s %s %r\n" % (bits(c.real), bits(c.imag), c))

strings = ["", "'", '"', "'\"", "a'b", 'a"b', "\\", "\t\n\r", "\x00\x1f\x7f\x80\x9f\xa0\xad\xff",
           "\u2028\u2029\u200b\ufeff\ue000\U000f0000\U0010ffff\U000e0001", "\ud800", "\udfff",
           "héllo wörld", "日本語", "😀", "\u3000\u00a0\u1680", "\u0378", "\U0001fa75", "\u0897"]
pools = [range(0, 0x80), range(0x80, 0x800), range(0x800, 0x10000), range(0x10000, 0x110000)]
for _ in range(3000):
    n = rnd.randrange(1, 6)
    s = []
    for _ in range(n):
        cp = rnd.choice(rnd.choice(pools))
        s.append(chr(cp))
    t = "".join(s)
    # Java cannot keep a high surrogate followed by a low one apart from their pair.
    if any(0xD800 <= ord(a) < 0xDC00 and 0xDC00 <= ord(b) < 0xE000 for a, b in zip(t, t[1:])):
        continue
    strings.append(t)
with open(os.path.join(out, "strings.txt"), "w", encoding="utf-8") as f:
    for s in strings:
        f.write("%s\t%r\n" % (",".join("%x" % ord(c) for c in s), s))

bs = [b"", b"'", b'"', b"'\"", b"a'b", bytes(range(256)), b"\\x"]
for _ in range(300):
    bs.append(bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(0, 8))))
with open(os.path.join(out, "bytes.txt"), "w", encoding="utf-8") as f:
    for b in bs:
        f.write("%s\t%r\n" % (b.hex(), b))
