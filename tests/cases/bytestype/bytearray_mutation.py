a = bytearray(b"hello")
a[0] = 72
a[1:3] = b"EY"
a.append(33)
a.extend(b"??")
a += b"#"
print(a, len(a))
a.insert(0, 62)
a.insert(-1, 60)
print(a, a.pop(), a.pop(0), a)
a.remove(ord("E"))
del a[0]
del a[::2]
print(a)
a.reverse()
print(a, a.copy(), a.count(b"?"), a.index(b"?"))
a[:] = b"reset"
a *= 2
print(a, a * 2, bytearray(3), bytearray(b"x") + b"y", bytearray([1, 2]) == b"\x01\x02")
for f in [lambda: a.__setitem__(0, 256), lambda: a.__setitem__(0, -1), lambda: a.append("x"), lambda: a.remove(200), lambda: bytearray().pop(),
          lambda: a.__setitem__(slice(0, 2), 5), lambda: a.extend([1, "x"]), lambda: a.__setitem__(slice(None, None, 2), b"ab"), lambda: hash(a)]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
a.clear()
print(a, repr(bytearray()), bytearray(b"ab").decode(), bytearray("é", "utf-8"), bytearray.fromhex("41 42"))
b = bytearray(b"abc")
b[1:2] = [120, 121, 122]
b[::-1] = b"12345"
print(b)
