b = b"  Hello, Bytes!  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.strip().startswith(b"Hello"))
print(b.find(b"B"), b.count(b"l"), b.replace(b" ", b""), b.strip().center(20, b"*"))
print(b"-".join([b"a", b"b", b"c"]), b"a,b".partition(b","), b"abc".hex(), b"\x01\x02".hex())
print(b"abc"[0], b"abc"[0:1], list(b"hi"), bytes([104, 105]), b"x" in b"xyz")
print(b"%s is %d" % (b"x", 5), b"%05.1f" % 3.14159, b"abc".title(), b"ab cd".split())
print(b"12".isdigit(), b"ab".isalpha(), b"  ".isspace(), b"\xff".decode("latin-1"))
print(bytes.fromhex("deadbeef"), bytes(b"copy"), b"a" * 3, b"abc".endswith((b"c", b"z")))
try:
    b"abc".decode("ascii") + b"d"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
