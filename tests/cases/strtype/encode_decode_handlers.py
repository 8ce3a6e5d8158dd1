s = "aé€😀\udc80"
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-32", "utf-16-be", "utf-32-le"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__, e.encoding, e.start, e.end, e.reason)
        except LookupError as e:
            print(enc, err, type(e).__name__, e)
b = b"a\xe9\x80\xff\xc3\xa9"
for enc in ["utf-8", "latin-1", "ascii", "utf-16-le"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            print(enc, err, repr(b.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("utf-8", "no-such-handler")
    print("unused handler ok")
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
print("abc".encode(), "é".encode(encoding="UTF8"), "é".encode("Latin_1"), "é".encode("iso-8859-1"), "x".encode("U8"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc", encoding="ascii"), str(b"x", errors="strict"))
