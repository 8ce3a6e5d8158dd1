b = b"hello world"
print(b, b[0], b[-1], b[1:4], b[::-1], len(b), list(b[:3]))
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), b"ab" + b"cd", b"x" * 3)
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex(":"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), ba.pop(), ba, bytes(ba))
print(b"a" in b"abc", 97 in b"abc", b"%d-%s" % (5, b"x"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(repr(b"'\""), repr(b"\t\n\\"), b"abc" == bytearray(b"abc"))
