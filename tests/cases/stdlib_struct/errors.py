import struct
tests = [
 ("calcsize", ("z",)), ("calcsize", ("3",)), ("calcsize", ("<",)), ("calcsize",("@bhiq",)),("calcsize",("0s",)),
 ("pack", ("b", 200)), ("pack", ("B", -1)), ("pack", ("h", 70000)), ("pack",("<h",70000)),("pack",("i","x")),("pack",("i",1.5)),
 ("pack", ("q", 2**63)), ("pack", ("Q", -1)), ("pack",("<Q",-1)), ("pack",("<q",2**63)),("pack",("e",1e6)),("pack",("f",1e300)),
 ("pack", ("ii", 1)), ("pack", ("i", 1, 2)), ("pack",("c",b"ab")),("pack",("c",1)),("pack",("s",1)),("pack",("?",[])),
 ("unpack", ("i", b"ab")), ("unpack", ("<i", b"abcde")), ("pack",("n",1)),("pack",("<n",1)),("pack",("P",-1)),("pack",("<P",1)),
 ("pack",("d","x")),("pack",("b",2**70)),("pack",("H",1<<16)),("pack",("<H",1<<16)),("pack",("<I",-1)),("pack",("I",-1)),("pack",("L",-1)),("pack",("<L",-1)),
 ("pack",("<b",200)),("pack",("p",1)),("unpack",("i",1)),("pack",(1,)),("calcsize",(b"i",)),("pack",("i",)),("pack",()),
 ("pack_into",("i",bytearray(2),0,1)),("pack_into",("i",bytearray(8),7,1)),("pack_into",("i",bytearray(8),-9,1)),("pack_into",("i",b"abcd",0,1)),
 ("unpack_from",("i",b"abcd",1)),("unpack_from",("i",b"abcd",-5)),("unpack_from",("i",b"abcd",5)),("iter_unpack",("i",b"abc")),("iter_unpack",("",b"abc")),
 ("pack",("x",1)),("pack",("2x",)),("calcsize",("999999999999999999999i",)),("calcsize",("9999999999999999999i",)),("pack",("e",float('nan'))),("pack",("<e",65520.0)),
 ("pack",("i",True)),("pack",("f",1)),("pack",("?",None)),("unpack",("e",b"\x00\x7c")),
]
for name, args in tests:
    try:
        r = getattr(struct, name)(*args)
        if name=="iter_unpack": r=list(r)
        print(name, args, "->", r)
    except Exception as e:
        print(name, args, "!!", type(e).__name__, e)
for f, a in [(struct.pack_into, ()), (struct.pack_into, ('i',)), (struct.Struct('i').pack_into, ()), (struct.unpack, ('i',)),
             (struct.unpack, ()), (struct.iter_unpack, ('i',)), (struct.Struct('i').unpack, ()),
             (struct.pack, ('P', -2**63 - 1)), (struct.pack, ('P', -2**63)), (struct.pack, ('P', 2**70)), (struct.unpack, ('i', b'abcd', 1)),
             (struct.pack_into, ('i', bytearray(4), 'x', 1)), (struct.pack_into, ('i', bytearray(4), 2**70, 1)), (struct.unpack, ('i', 'abcd')),
             (struct.Struct, ('i', 1)), (struct.pack, ('e', 'x')), (struct.pack, ('?',)), (struct.pack, ('<e', 1e-300)),
             (struct.pack, ('<e', -1e300)), (struct.unpack_from, ('i', b'abcd', 2**70)), (struct.unpack_from, ('i', b'ab')),
             (struct.pack_into, ('i', memoryview(b'abcd'), 0, 1)), (struct.pack_into, ('i', 5, 0, 1)), (struct.Struct, ()),
             (struct.unpack_from, ('i',)), (struct.pack, ('c', bytearray(b'a'))), (struct.pack, ('5s', 'x'))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct('i')
try:
    s.format = 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pack(1, x=2)
except Exception as e:
    print(type(e).__name__, e)
for f in (lambda: struct.pack('i', x=1), lambda: struct.pack_into('i', x=1), lambda: struct.Struct('i').pack_into(x=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
