for c in ["A", "z", "0", " ", "é", "€", "😀", "\n", "\x00", "\uffff"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c, len(c))
print(chr(65), chr(0x263A), chr(128512), repr(chr(0)), repr(chr(127)), repr(chr(0x85)))
print(repr("\u200b"), repr("\U0001F600"), repr("\ud800"), ascii("ü€😀"))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
s = "naïve café 😀"
print(len(s), s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
