ba = bytearray(b"hello")
ba[0] = ord("H")
ba += b" world"
ba.extend([33, 33])
print(ba, len(ba))
del ba[-1]
ba[6:11] = b"WORLD"
print(ba)
ba.insert(0, 62)
ba.remove(ord("o"))
print(ba, ba.pop(0), ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"ab") * 2)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
print(ba.decode(), bytes(ba) == ba, ba.find(b"O"), ba.upper())
