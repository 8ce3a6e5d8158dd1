s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:])
print(s[8:2:-2], s[-1:-5:-1], s[100:], s[-100:3], s[5:2], s[::-3], s[2:-2:3])
print(repr(s[10:]), repr(s[3:3]), s[:-100] == "")
print(s[None:None:None], s[slice(2, 5)], s[slice(None, None, -4)])
for i in (0, 5, 9, -10):
    print(i, s[i])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
u = "héllo wörld ☃"
print(u[1], u[-1], u[::-1], len(u))
print(s[2**70:], s[-2**70:2])
