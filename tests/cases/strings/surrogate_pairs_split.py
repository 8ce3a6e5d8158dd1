x = "\ud83d\ude00"
e = "\U0001f600"
print(len(x), repr(x), x == e, x != e, [hex(ord(c)) for c in x], len(e), repr(e))
y = "\ud83d" + "\ude00"
print(len(y), y == x, repr(y), hash(y) == hash(x), hash(x) == hash(e))
a, b = "\ud83d", "\ude00"
z = a + b
print(len(z), z == x, repr(z), z[0] == a, z[1] == b, repr(z[::-1]), repr(z[1:]), repr(z[:1]))
j = "".join([a, b])
print(len(j), j == x, repr(j), repr("-".join([a, b])), repr(a.join([b, b])))
m = (b + a) * 2
print(len(m), repr(m), list(m) == [b, a, b, a])
mixed = e + x + "abc"
print(len(mixed), repr(mixed), mixed[0] == e, mixed[1] == a, mixed[2] == b, repr(mixed[3:]), repr(mixed[1:3]))
print({x: 1}.get(e), {x: 1}.get(z), {e: 2}.get(x), x < e, e > x, sorted([e, x, "a"]) == ["a", x, e])
print([c for c in x] == [a, b], list(iter(mixed))[:3] == [e, a, b], x in mixed, e in x)
print(x.__len__(), str(x) == x, f"{x}" == x, len(f"{a}{b}"))
s = set([x, e, z])
print(len(s))
print(x.encode('utf-8', 'surrogatepass'), e.encode('utf-8'), x.encode('utf-16-le', 'surrogatepass'), x.encode('utf-8', 'replace'))
print(x.encode('utf-8', 'backslashreplace'), x.encode('ascii', 'backslashreplace'), x.encode('utf-32-le', 'surrogatepass'))
try:
    x.encode()
except UnicodeEncodeError as err:
    print('UnicodeEncodeError')
print("\ud800\udc00\ud800" == "\U00010000\ud800", len("\ud800\udc00\ud800"), len("\U00010000\ud800"))
print(x.upper() == x, len(x.upper()))
