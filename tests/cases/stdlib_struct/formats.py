import struct
tests = [
 ("pack",("i",2**31)),("pack",("<i",2**31)),("pack",("l",2**63)),("pack",("<l",2**31)),("pack",("<f",1e300)),("pack",(">f",float('inf'))),
 ("pack",("5p",b"abc")),("pack",("2p",b"abc")),("pack",("1p",b"abc")),("pack",("0p",b"abc")),("unpack",("5p",b"\x09abcd")),("pack",("p",b"")),
 ("pack",("3s",b"a")),("pack",("3s",b"abcdef")),("pack",("3s",bytearray(b"ab"))),("pack",("s","a")),
 ("calcsize",("bi",)),("calcsize",("ib",)),("calcsize",("@i0q",)),("calcsize",("=bi",)),("calcsize",("b d",)),("calcsize",("b\td",)),("calcsize",("b 3 d",)),
 ("pack",("<e",1.5)),("pack",(">e",-0.0)),("pack",("e",1e-8)),("pack",("e",65504.0)),("pack",("e",65519.99)),("unpack",("<e",b"\x01\x00")),
 ("pack",("!hq",1,2)),("pack",(">?",5)),("unpack",("??",b"\x00\x05")),("pack",("<Q",2**64-1)),("unpack",("<Q",b"\xff"*8)),
 ("pack",("3c",b"a",b"b",b"c")),("unpack",("3c",b"abc")),("pack",("<i",2.0)),("pack",("h","1")),("pack",("B",2**100)),("pack",("<B",2**100)),
 ("pack",("P",2**64)),("pack",("N",-1)),("pack",("n",2**63)),("unpack",("<d",b"\x00"*8)),("pack",(">d",1.1)),
 ("unpack",("hh",bytearray(b"abcd"))),("unpack",("s",b"a")),("calcsize",("c\x00",)),("calcsize",("ii\n",)),
 ("pack",("<h",-32769)),("pack",("<H",-1)),("pack",("<q",-2**63)),("pack",("q",None)),
]
for name, args in tests:
    try:
        r = getattr(struct, name)(*args)
        print(name, args, "->", r)
    except Exception as e:
        print(name, args, "!!", type(e).__name__, e)
s = struct.Struct("<2i")
print(repr(s)[:20], s.format, s.size, s.pack(1,2), s.unpack(b"\x01\0\0\0\x02\0\0\0"), s.unpack_from(b"xx"+s.pack(3,4), offset=2))
print(struct.Struct(b"i").format)
print(list(s.iter_unpack(s.pack(1,2)*3)))
it = s.iter_unpack(s.pack(1,2)*3); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
class I:
    def __index__(self): return 7
print(struct.pack("i", I()), struct.pack("<Q", I()))
try: struct.pack("f", I())
except Exception as e: print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
print(struct.pack("<d", F()))
try: struct.Struct("z")
except struct.error as e: print(e)
print(struct.error.__mro__)
try: struct.Struct()
except TypeError as e: print(e)
try: s.pack_into(bytearray(8))
except Exception as e: print(type(e).__name__, e)
try: struct.pack_into("i", bytearray(8))
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("i")
except Exception as e: print(type(e).__name__, e)
print(struct.unpack_from("i", buffer=b"abcdefgh", offset=4))
b=bytearray(8); struct.pack_into("<i", b, -4, 5); print(b)
