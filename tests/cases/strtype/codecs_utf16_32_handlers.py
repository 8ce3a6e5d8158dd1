# str.encode / bytes.decode with utf-16/utf-32 (BOMs, endianness) and every error handler
s = "a\xe9\u20ac\U0001f600z"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf16", "UTF-32LE", "utf_16_be"]:
    b = s.encode(enc)
    print(enc, b.hex(), b.decode(enc) == s)
bad = "x\ud800y\udfffz"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "ascii"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]:
        try:
            r = bad.encode(enc, h)
            print(enc, h, r)
        except Exception as e:
            print(enc, h, type(e).__name__, e)
data = [b"\xff\xfea\x00\x00\xd8b\x00", b"\x00\xd8\x00\xdc", b"a\x00b", b"\xff\xfe\x00\x00a\x00\x00\x00\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"\xfe\xff\x00a"]
for d in data:
    for enc in ["utf-16", "utf-16-le", "utf-32", "utf-32-le", "utf-32-be"]:
        for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
            try:
                r = d.decode(enc, h)
                print(d, enc, h, ascii(r))
            except Exception as e:
                print(d, enc, h, type(e).__name__, e)
for h in ["xmlcharrefreplace", "namereplace", "bogus"]:
    try:
        b"\xff".decode("utf-8", h)
    except Exception as e:
        print(h, type(e).__name__, e)
try:
    "\u20ac".encode("latin-1", "bogus")
except Exception as e:
    print(type(e).__name__, e)
print("\u20ac\xe9".encode("ascii", "namereplace"), "\U0001f600".encode("latin-1", "xmlcharrefreplace"), "\x80".encode("ascii", "backslashreplace"))
print(b"\x80abc\xff".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"), ascii(b"\x80\xfe".decode("utf-8", "surrogateescape")))
