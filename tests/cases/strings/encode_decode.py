s = "Grüße, 世界"
b = s.encode()
print(b, len(b), b.decode(), s.encode("utf-8") == b)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("latin-1", "replace"))
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xffabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
print(str(b"bytes"), str(b"x", "ascii"), bytes("é", "utf-8"))
print("€".encode("utf-16-le"), "A".encode("utf-32-be"))
